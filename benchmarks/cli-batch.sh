#!/usr/bin/env bash
# The CLI's batch path: `newsnlp extract` over a folder of N generated articles, with 1 and 2 threads,
# and over 2N articles, printing wall time, articles/s, MB/s and peak memory (max RSS), and the steady
# rate of each thread count (the extra N articles over the extra time: start-up and loading left out).
# The one-thread run is made twice: on the whole machine, and held to one core with `taskset -c 0`
# (one core, one thread: the issue's baseline). On the whole machine a "one-thread" run is not one
# core's work: its reader, its writer, the garbage collector and the runtime's own threads run on the
# second core for free, so that ratio understates what the second core adds.
# Usage: bash benchmarks/cli-batch.sh [N=1000]        (R2R=1 bash benchmarks/cli-batch.sh: the ReadyToRun-published CLI;
#                                                     SC=1: self-contained, composite ReadyToRun with the runtime)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cli=(dotnet "$work/bin/NewsNlp.Cli.dll")
if [[ "${SC:-0}" == 1 ]]; then
    # SC=1: self-contained, the runtime and the app compiled together ReadyToRun (composite): the framework's generic code over
    # the app's types is precompiled too (about 150 methods left to JIT at start-up instead of about 530). About 97 MB on disk.
    rid=$(dotnet --info | awk '/ RID:/ {print $2; exit}')
    # Its own artifacts path: the composite's intermediate files must not be reused by a later framework-dependent publish.
    dotnet publish -c Release src/NewsNlp.Cli -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
        --artifacts-path "$work/artifacts" -o "$work/bin" >/dev/null
    cli=("$work/bin/NewsNlp.Cli")
elif [[ "${R2R:-0}" == 1 ]]; then
    # R2R=1: the CLI published with ReadyToRun (precompiled: less JIT work at start-up and on the second core).
    rid=$(dotnet --info | awk '/ RID:/ {print $2; exit}')
    dotnet publish -c Release src/NewsNlp.Cli -r "$rid" --self-contained false -p:PublishReadyToRun=true --artifacts-path "$work/artifacts" -o "$work/bin" >/dev/null
else
    dotnet build -c Release src/NewsNlp.Cli -o "$work/bin" >/dev/null
fi

# Articles: the sample articles and, when ../shared is present, nerugm-raw sentences (tags removed),
# 12 sentences an article, cycled to N (and 2N) files.
make_articles() {
    local dir=$1 count=$2
    mkdir -p "$dir"
    python3 - "$dir" "$count" <<'PY'
import glob, os, re, sys
out, count = sys.argv[1], int(sys.argv[2])
pieces = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("samples/**/*.txt", recursive=True))]
raw = "../shared/data/ner/nerugm-raw/data_train.txt"
if os.path.exists(raw):
    lines = [re.sub(r"</?[A-Z]+>", "", l).strip() for l in open(raw, encoding="utf-8")]
    pieces += ["Jakarta - " + " ".join(lines[i:i + 12]) for i in range(0, len(lines), 12)]
for i in range(count):
    with open(os.path.join(out, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
        f.write(pieces[i % len(pieces)])
PY
}
make_articles "$work/n" "$n"
make_articles "$work/2n" "$((2 * n))"

run() {
    local dir=$1 threads=$2 cores=${3:-all}
    local bytes; bytes=$(du -sb "$dir" | cut -f1)
    local pin=()
    [[ "$cores" == 1 ]] && pin=(taskset -c 0)
    /usr/bin/time -f "%e %U %M" -o "$work/time" "${pin[@]}" "${cli[@]}" extract "$dir" --threads "$threads" -o "$work/out.jsonl" 2> "$work/summary"
    read -r seconds cpu rss < "$work/time"
    # The CLI's own clock (its summary line) starts after the runtime and the command line are up: the batch without process start-up.
    local inner; inner=$(grep -o 'in [0-9.]* s' "$work/summary" | tail -1 | cut -d' ' -f2)
    local files; files=$(ls "$dir" | wc -l)
    python3 -c "import sys; s=float('$seconds'); i=float('$inner'); print(f'| {$files} | {$threads} | $cores | {s:.2f} s | {i:.1f} s | {$cpu} s | {$files/s:.0f} | {$bytes/1e6/s:.2f} | {int($rss)/1024:.0f} MB |')"
    echo "$files $threads $cores $seconds" >> "$work/walls"
}
echo "| articles | threads | cores | wall | in-process | CPU (user) | articles/s | MB/s | max RSS |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
command -v taskset >/dev/null || { echo "taskset not found: the one-core baseline needs it (util-linux)" >&2; exit 1; }
# ROUNDS=K repeats the six runs K times, alternating, and the ratios below use the median wall time of each (this VM's
# single runs vary by 20% and more).
for round in $(seq "${ROUNDS:-1}"); do
    for dir in "$work/n" "$work/2n"; do
        run "$dir" 1 1
        run "$dir" 1
        run "$dir" 2
    done
done
# The steady rate: the N extra articles of the 2N run over the extra wall time, which leaves out what
# every run pays once (process and runtime start-up, JIT, loading the models).
python3 - "$work/walls" <<'PY'
import sys
import statistics
runs = {}
for f, t, c, s in (l.split() for l in open(sys.argv[1])):
    runs.setdefault((int(f), f"{t}/{c}"), []).append(float(s))
w = {k: statistics.median(v) for k, v in runs.items()}
print(f"median of {len(next(iter(runs.values())))} run(s) each")
n = min(f for f, _ in w)
rate = {k: n / (w[(2 * n, k)] - w[(n, k)]) for k in ("1/1", "1/all", "2/all")}
print(f"whole {n}-article run, 2 threads against 1 thread on one core: {w[(n, '1/1')] / w[(n, '2/all')]:.2f}x; "
      f"against 1 thread on the whole machine: {w[(n, '1/all')] / w[(n, '2/all')]:.2f}x")
print(f"steady rate (articles/s): 1 thread on one core {rate['1/1']:.0f}, 1 thread {rate['1/all']:.0f}, 2 threads {rate['2/all']:.0f} "
      f"({rate['2/all'] / rate['1/1']:.2f}x and {rate['2/all'] / rate['1/all']:.2f}x)")
PY
