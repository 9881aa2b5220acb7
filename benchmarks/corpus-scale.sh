#!/usr/bin/env bash
# Full-corpus figures for docs/benchmarks.md: the CLI over a whole corpus, single-thread and on
# all cores, in a 256 MB heap, with wall time, exit status and peak resident memory; then
# 'bench' per step (which holds the loaded documents only, so 1 GB of heap is plenty).
#
#   benchmarks/corpus-scale.sh CORPUS.jsonl.gz [STEPS]
#
# CORPUS.jsonl.gz is any JSONL corpus with a "text" field per line (gzip or not). Run from the
# repository root after 'mvn -q -DskipTests package'. Exits non-zero if any run failed.
set -uo pipefail
corpus=${1:?usage: benchmarks/corpus-scale.sh CORPUS.jsonl.gz [STEPS]}
steps=${2:-}
jar=target/akhbar-cli.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
[ -f "$corpus" ] || { echo "no such corpus: $corpus" >&2; exit 2; }
cores=$(nproc)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
stepargs=()
[ -n "$steps" ] && stepargs=(--steps "$steps")
failed=0

# run NAME CMD...: runs CMD, stderr to $out/err; prints wall time, exit status and peak RSS
run() {
  local name=$1; shift
  local start end status rss=""
  start=$(date +%s.%N)
  if /usr/bin/time -v true >/dev/null 2>&1; then
    /usr/bin/time -v -o "$out/time" "$@" 2> "$out/err"
    status=$?
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$out/time")
  else
    # no GNU time: sample the high-water mark of the process while it runs
    "$@" 2> "$out/err" &
    local pid=$! hwm=0 kb
    while kill -0 "$pid" 2>/dev/null; do
      kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$kb" ] && [ "$kb" -gt "$hwm" ] && hwm=$kb
      sleep 0.2
    done
    wait "$pid"
    status=$?
    rss="$((hwm / 1024)) (sampled)"
  fi
  end=$(date +%s.%N)
  printf -- '--- %s: %.1f s wall, exit status %d, peak RSS %s MB\n' "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')" \
      "$status" "${rss:-?}"
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "FAILED (exit status $status); last lines of stderr:"
    tail -5 "$out/err"
  fi
}

echo "machine: $cores cores, $(java -version 2>&1 | head -1)"
echo "corpus: $corpus ($(du -h "$corpus" | cut -f1) on disk)"
for t in 1 "$cores"; do
  run "process --threads $t -Xmx256m" java -Xmx256m -jar "$jar" process "${stepargs[@]}" --quiet \
      --threads "$t" --out "$out/out.jsonl" "$corpus"
  grep '^akhbar: ' "$out/err" | grep -v "warning:" | tail -12
done
echo "--- bench"
java -Xmx1g -jar "$jar" bench "${stepargs[@]}" --threads "$cores" --max-mb 1000 "$corpus" || failed=1
exit "$failed"
