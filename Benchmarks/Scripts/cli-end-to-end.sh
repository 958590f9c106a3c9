#!/usr/bin/env bash
# CLI end to end: JSONL in, JSONL out, one process per run, on a generated corpus, against
# baselines run in the same script on the same file:
#   wc -l                      reading the file at all (the bandwidth bound)
#   chatscreen score           with conversation tracking (the default), --no-conversation, --jobs 2
#   python3 re, one alternation of every rule's pattern (what a moderator's script does), on the
#                              first PY_MESSAGES messages (it is thousands of times slower)
# Prints wall time, messages/s, text MB/s, peak RSS (/usr/bin/time -v) and ChatScreen's ratio to
# each baseline. Wall time is the best of RUNS runs; peak RSS the largest.
#
#   Benchmarks/Scripts/cli-end-to-end.sh                     # 1,000,000 mixed messages, seed 7
#   MESSAGES=200000 RUNS=1 Benchmarks/Scripts/cli-end-to-end.sh
#
# Settings (environment): MESSAGES (1000000), SEED (7), PROFILE (mixed), RUNS (3),
# PY_MESSAGES (5000), WORK (a temporary directory, removed at the end unless KEEP=1).
set -euo pipefail

MESSAGES=${MESSAGES:-1000000}
SEED=${SEED:-7}
PROFILE=${PROFILE:-mixed}
RUNS=${RUNS:-3}
PY_MESSAGES=${PY_MESSAGES:-5000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d -t chatscreen-e2e.XXXXXX)}
mkdir -p "$WORK"
if [[ "${KEEP:-0}" != 1 ]]; then trap 'rm -rf "$WORK"' EXIT; fi

for tool in /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y time python3)" >&2; exit 2; }
done

echo "== building (release)" >&2
swift build -c release --package-path "$ROOT" --product chatscreen >&2
swift build -c release --package-path "$ROOT/Benchmarks" --product chatscreen-regex-patterns >&2
BIN="$(swift build -c release --package-path "$ROOT" --show-bin-path)/chatscreen"
PATTERNS_BIN="$(swift build -c release --package-path "$ROOT/Benchmarks" --show-bin-path)/chatscreen-regex-patterns"

echo "== generating $MESSAGES $PROFILE messages (seed $SEED) in $WORK" >&2
"$BIN" corpus --messages "$MESSAGES" --seed "$SEED" --profile "$PROFILE" --output "$WORK/corpus.jsonl"
"$BIN" corpus --messages "$MESSAGES" --seed "$SEED" --profile "$PROFILE" --format text --output "$WORK/corpus.txt"
LINES=$(wc -l < "$WORK/corpus.jsonl")
[[ "$LINES" -eq "$MESSAGES" ]] || { echo "corpus has $LINES lines, expected $MESSAGES" >&2; exit 1; }
JSONL_BYTES=$(wc -c < "$WORK/corpus.jsonl")
TEXT_BYTES=$(( $(wc -c < "$WORK/corpus.txt") - MESSAGES ))   # message text only, no newlines
"$PATTERNS_BIN" --dialect python > "$WORK/patterns.txt" 2> "$WORK/patterns.log"
head -n "$PY_MESSAGES" "$WORK/corpus.jsonl" > "$WORK/slice.jsonl"
PY_TEXT_BYTES=$(head -n "$PY_MESSAGES" "$WORK/corpus.txt" | wc -c)
PY_TEXT_BYTES=$(( PY_TEXT_BYTES - PY_MESSAGES ))

# measure NAME MESSAGES TEXT_BYTES OUTPUT COMMAND...: best wall time of RUNS, largest peak RSS.
declare -A WALL RSS COUNT BYTES
ORDER=()
measure() {
  local name=$1 messages=$2 bytes=$3 output=$4; shift 4
  local best="" rss=0 i
  for ((i = 0; i < RUNS; i++)); do
    local start end wall kb
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > "$output" 2> "${MEASURE_STDERR:-/dev/stderr}"
    end=$(date +%s.%N)
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
    if [[ -z "$best" ]] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$wall; fi
    (( kb > rss )) && rss=$kb
  done
  WALL[$name]=$best; RSS[$name]=$rss; COUNT[$name]=$messages; BYTES[$name]=$bytes; ORDER+=("$name")
  echo "   $name: ${best}s, peak RSS $((rss / 1024)) MB" >&2
}

echo "== running (best of $RUNS)" >&2
measure "wc -l (bandwidth bound)" "$MESSAGES" "$TEXT_BYTES" /dev/null wc -l "$WORK/corpus.jsonl"
measure "chatscreen score" "$MESSAGES" "$TEXT_BYTES" "$WORK/out.jsonl" "$BIN" score "$WORK/corpus.jsonl"
OUT_LINES=$(wc -l < "$WORK/out.jsonl")
FLAGGED=$(grep -c '"flagged":true' "$WORK/out.jsonl" || true)
[[ "$OUT_LINES" -eq "$MESSAGES" ]] || { echo "chatscreen wrote $OUT_LINES lines for $MESSAGES messages" >&2; exit 1; }
[[ "$FLAGGED" -gt 0 ]] || { echo "chatscreen flagged nothing" >&2; exit 1; }
measure "chatscreen score --no-conversation" "$MESSAGES" "$TEXT_BYTES" "$WORK/out-nc.jsonl" \
  "$BIN" score --no-conversation "$WORK/corpus.jsonl"
if "$BIN" score --help 2>&1 | grep -q -- '--jobs'; then
  measure "chatscreen score --jobs 2" "$MESSAGES" "$TEXT_BYTES" "$WORK/out-j2.jsonl" "$BIN" score --jobs 2 "$WORK/corpus.jsonl"
  cmp -s "$WORK/out.jsonl" "$WORK/out-j2.jsonl" || { echo "--jobs 2 output differs from --jobs 1" >&2; exit 1; }
fi
# The slow baseline runs once; its time is the scan as the script measures it (reading, JSON
# parsing and matching; compiling the alternation, several seconds, is left out in its favour).
PY_NAME="python re, one alternation ($PY_MESSAGES-message slice)"
PY_RUNS=$RUNS; RUNS=1
MEASURE_STDERR="$WORK/py.log" measure "$PY_NAME" "$PY_MESSAGES" "$PY_TEXT_BYTES" "$WORK/py.jsonl" \
  python3 "$ROOT/Benchmarks/Scripts/python_re_baseline.py" "$WORK/patterns.txt" "$WORK/slice.jsonl"
RUNS=$PY_RUNS
WALL[$PY_NAME]=$(sed -n 's/.*scan_s=\([0-9.]*\).*/\1/p' "$WORK/py.log")
PY_MATCHED=$(grep -c '"flagged": true' "$WORK/py.jsonl" || true)
[[ "$PY_MATCHED" -gt 0 ]] || { echo "the python re baseline matched nothing: is the translation broken?" >&2; exit 1; }

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / (s > 0 ? s : 1e-9) }'; }
mbps() { awk -v n="$1" -v s="$2" 'BEGIN { v = n / 1e6 / (s > 0 ? s : 1e-9); printf (v >= 1 ? "%.1f" : "%.3f"), v }'; }
CS_RATE=$(rate "${COUNT[chatscreen score]}" "${WALL[chatscreen score]}")

echo
echo "CLI end to end: $MESSAGES $PROFILE messages, seed $SEED, $(awk -v b="$JSONL_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB of JSONL," \
     "$(awk -v b="$TEXT_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB of text; $FLAGGED flagged; commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- Sources Rules || echo '+changes')"
echo "$(tail -1 "$WORK/patterns.log")"
echo
echo "| run | wall s | messages/s | text MB/s | peak RSS MB | chatscreen score ÷ this |"
echo "|---|---|---|---|---|---|"
for name in "${ORDER[@]}"; do
  r=$(rate "${COUNT[$name]}" "${WALL[$name]}")
  ratio=$(awk -v a="$CS_RATE" -v b="$r" 'BEGIN { v = a / b; printf (v >= 100 ? "%.0f" : (v >= 0.1 ? "%.2f" : "%.4f")), v }')
  echo "| \`$name\` | ${WALL[$name]} | $r | $(mbps "${BYTES[$name]}" "${WALL[$name]}") | $(( ${RSS[$name]} / 1024 )) | $ratio |"
done
