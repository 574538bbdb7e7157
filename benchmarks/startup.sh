#!/usr/bin/env bash
# Start-up: the first Extract in a fresh process (models loaded), N runs each of
#   (1) the plain build (every method JIT-compiled on first use), and
#   (2) the same program published with ReadyToRun (`-p:PublishReadyToRun=true`), as a service that cares
#       about start-up ships it: the SDK precompiles NewsNlp.dll with the app.
# Usage: bash benchmarks/startup.sh [N=5]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rid=$(dotnet --info | awk '/ RID:/ {print $2; exit}')

dotnet build -c Release benchmarks/NewsNlp.Benchmarks -o "$work/jit" >/dev/null
dotnet publish -c Release benchmarks/NewsNlp.Benchmarks -r "$rid" --self-contained false \
    -p:PublishReadyToRun=true -o "$work/r2r" >/dev/null

for kind in jit r2r; do
    echo "== $kind"
    for _ in $(seq "$n"); do dotnet "$work/$kind/NewsNlp.Benchmarks.dll" startup | tail -1; done
done
