#!/usr/bin/env bash
# Full-corpus figures for docs/benchmarks.md: the CLI over a whole corpus, single-thread and on
# all cores, in a 256 MB heap, with wall time and peak resident memory; then 'bench' per step.
#
#   benchmarks/corpus-scale.sh ../shared/corpus/news-ar.jsonl.gz [STEPS]
#
# Run from the repository root after 'mvn -q -DskipTests package'.
set -euo pipefail
corpus=${1:?usage: benchmarks/corpus-scale.sh CORPUS.jsonl.gz [STEPS]}
steps=${2:-}
jar=target/akhbar-cli.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
cores=$(nproc)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
stepargs=()
[ -n "$steps" ] && stepargs=(--steps "$steps")
echo "machine: $cores cores, $(java -version 2>&1 | head -1)"
echo "corpus: $corpus ($(du -h "$corpus" | cut -f1) compressed)"
for t in 1 "$cores"; do
  /usr/bin/time -f "%e %M" -o "$out/time" java -Xmx256m -jar "$jar" process "${stepargs[@]}" --quiet \
      --threads "$t" --out "$out/out.jsonl" "$corpus" 2> "$out/err" || true
  read -r secs rss < "$out/time"
  echo "--- process --threads $t -Xmx256m: ${secs} s wall, peak RSS $((rss / 1024)) MB"
  grep '^akhbar: ' "$out/err" | grep -v "warning:" | tail -12
done
echo "--- bench"
java -Xmx8g -jar "$jar" bench "${stepargs[@]}" --threads "$cores" --max-mb 1000 "$corpus"
