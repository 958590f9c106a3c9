#!/usr/bin/env bash
# Builds (if needed) and runs one libFuzzer target for SECONDS seconds.
#
#   Fuzz/run.sh TARGET SECONDS [libFuzzer options…]
#   Fuzz/run.sh FuzzTextPipeline 120
#   Fuzz/run.sh FuzzScanner 60 -max_len=512
#   Fuzz/run.sh list                      # the targets
#
# - Seeds: Fuzz/corpus/TARGET (in git, hand-written) and Fuzz/.build/corpus/TARGET (what earlier
#   runs found; git-ignored). New inputs go to a temporary directory and are merged into
#   Fuzz/.build/corpus/TARGET at the end, so the run never adds files to git.
# - Crashes, timeouts and out-of-memory inputs are saved to Fuzz/crashers/TARGET/ (commit them
#   with a regression test, see Fuzz/README.md). Replay one with
#   `Fuzz/.build/release/TARGET Fuzz/crashers/TARGET/crash-…`.
# - The log is kept in Fuzz/.build/logs/TARGET-<time>.log; the last lines are printed with the
#   executions and coverage reached.
# Exit status: 0 when no input failed, 1 when a crasher was saved, 2 on usage or build errors.
set -uo pipefail

FUZZ="$(cd "$(dirname "$0")" && pwd)"
TARGETS=(FuzzTextPipeline FuzzASCIIDifferential FuzzRuleParser FuzzJSONLReader FuzzExports FuzzScanner)

usage() {
    echo "usage: $0 TARGET SECONDS [libFuzzer options…]" >&2
    echo "targets: ${TARGETS[*]}" >&2
    exit 2
}

[[ $# -ge 1 && "$1" == "list" ]] && { printf '%s\n' "${TARGETS[@]}"; exit 0; }
[[ $# -ge 2 ]] || usage
TARGET="$1"; SECONDS_TO_RUN="$2"; shift 2
[[ " ${TARGETS[*]} " == *" $TARGET "* ]] || { echo "unknown target $TARGET" >&2; usage; }
[[ "$SECONDS_TO_RUN" =~ ^[0-9]+$ ]] || usage

# The build: every Swift module (the ChatScreen package too) gets coverage instrumentation and
# AddressSanitizer; -DLIBFUZZER selects libFuzzer's driver as the entry point.
echo "== building $TARGET (release, -sanitize=fuzzer,address)" >&2
mkdir -p "$FUZZ/.build/logs"
BUILD_LOG="$FUZZ/.build/logs/build-$TARGET.log"
if ! swift build --package-path "$FUZZ" -c release --product "$TARGET" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLIBFUZZER >"$BUILD_LOG" 2>&1; then
    grep -E "error" "$BUILD_LOG" | grep -v "ld.gold: warning" | head -20 >&2
    echo "build failed; the full log is $BUILD_LOG" >&2
    exit 2
fi
BINARY="$FUZZ/.build/release/$TARGET"

SEEDS="$FUZZ/corpus/$TARGET"
SCRATCH="$FUZZ/.build/corpus/$TARGET"
CRASHERS="$FUZZ/crashers/$TARGET"
DICT="$FUZZ/dictionaries/$TARGET.dict"
mkdir -p "$SCRATCH" "$CRASHERS" "$FUZZ/.build/tmp"
NEW="$(mktemp -d "$FUZZ/.build/tmp/new-$TARGET-XXXXXX")"
LOG="$FUZZ/.build/logs/$TARGET-$(date +%Y%m%d-%H%M%S).log"
trap 'rm -rf "$NEW"' EXIT

OPTIONS=(-max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=4096 -max_len=4096
         -print_final_stats=1 -artifact_prefix="$CRASHERS/")
[[ -f "$DICT" ]] && OPTIONS+=(-dict="$DICT")

echo "== fuzzing $TARGET for ${SECONDS_TO_RUN}s (log: $LOG)" >&2
# SWIFT_BACKTRACE=enable=no: libFuzzer and ASan print the stack; the Swift backtracer would race
# them. TMPDIR: the files the readers open live under Fuzz/.build/tmp. detect_leaks=0: LeakSanitizer
# reports objects held by Swift globals (static lets, the targets' rule sets) as leaks; set
# ASAN_OPTIONS=detect_leaks=1 to look anyway (Fuzz/README.md).
SWIFT_BACKTRACE=enable=no TMPDIR="$FUZZ/.build/tmp" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
    "$BINARY" "${OPTIONS[@]}" "$@" "$NEW" "$SCRATCH" "$SEEDS" >"$LOG" 2>&1
STATUS=$?

# Keep what this run found (only inputs that add coverage) in the git-ignored scratch corpus.
if [[ -n "$(ls -A "$NEW")" ]]; then
    SWIFT_BACKTRACE=enable=no TMPDIR="$FUZZ/.build/tmp" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
        "$BINARY" -merge=1 -timeout=10 -artifact_prefix="$FUZZ/.build/tmp/merge-" "$SCRATCH" "$NEW" >"$LOG.merge" 2>&1 || true
fi

grep -E "^#[0-9]+[[:space:]]+(INITED|DONE|pulse|NEW|REDUCE)" "$LOG" | sed -n '/INITED/p;$p' 
grep -E "^stat::" "$LOG"
if [[ $STATUS -ne 0 ]]; then
    echo "== $TARGET FAILED (exit $STATUS); stack and input:" >&2
    grep -E "property failed|Fatal error|ERROR: AddressSanitizer|ERROR: libFuzzer|SUMMARY|Test unit written|^    #[0-9]+ " "$LOG" | head -60 >&2
    exit 1
fi
echo "== $TARGET: no failure in ${SECONDS_TO_RUN}s" >&2
