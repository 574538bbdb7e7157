#!/usr/bin/env bash
# Regenerates the sovereign-state gazetteer from maintained public lists (npm registry).
# Installs the two packages into a temporary folder (never into the repository).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/NewsNlp/Data/entities"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent i18n-iso-countries@7.14.0 world-countries@5.1.0)
node "$here/generate-states.mjs" "$tmp/node_modules" "$out"
