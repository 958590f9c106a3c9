#!/usr/bin/env bash
# Committed malloc thresholds (the way swift-nio keeps them): every benchmark's mallocs at p90,
# in Benchmarks/Thresholds/<Target>.<Benchmark>.p90.json, checked with a 5% tolerance
# (Suite.mallocThresholds). Only mallocs: time is too noisy on a shared 2-core machine.
#
#   Benchmarks/Scripts/thresholds.sh check     # exit 0 when equal, 2 on regressions, 4 on improvements only
#   Benchmarks/Scripts/thresholds.sh update    # after a deliberate change; commit the JSON files
#
# The run uses small corpora (malloc counts scale with the corpus, so update and check must use
# the same sizes; they are fixed here), which takes a few minutes instead of the full run's
# half hour. Extra arguments go to the benchmark plugin (e.g. --target ScoringBenchmarks).
set -euo pipefail

operation=${1:?usage: thresholds.sh check|update [benchmark options]}
shift
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

export CHATSCREEN_BENCH_MESSAGES=20000
export CHATSCREEN_BENCH_SWIFT_REGEX_MESSAGES=5
export CHATSCREEN_BENCH_NSREGEX_MESSAGES=50
export CHATSCREEN_BENCH_SEED=7
unset CHATSCREEN_BENCH_RULES

cd "$ROOT"
case "$operation" in
  update)
    swift package --package-path Benchmarks --allow-writing-to-package-directory benchmark thresholds update \
      --metric mallocCountTotal --path "$ROOT/Benchmarks/Thresholds" --no-progress "$@" ;;
  check)
    swift package --package-path Benchmarks benchmark thresholds check \
      --metric mallocCountTotal --path "$ROOT/Benchmarks/Thresholds" --no-progress "$@" ;;
  *)
    echo "usage: thresholds.sh check|update [benchmark options]" >&2
    exit 2 ;;
esac
