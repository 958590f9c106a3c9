#!/usr/bin/env bash
# Measures the rule pack on the real development corpora with `chatscreen eval`.
#
#   Scripts/eval-dev-corpora.sh                                # .build/release/chatscreen (built if missing)
#   Scripts/eval-dev-corpora.sh .build/debug/chatscreen --rules Rules
#   CHATSCREEN_CORPORA=/data/corpora Scripts/eval-dev-corpora.sh
#
# The corpora are read from ${CHATSCREEN_CORPORA:-../shared/corpora}, relative to the repository
# root. They are dev-only real text: nothing here copies them into the repository. Rows are
# converted into labelled JSONL in a temporary directory (removed on exit), `chatscreen eval` runs
# on them, and Scripts/eval-dev-corpora.py prints the figures and the commands it ran. No message
# text is printed. Needs bash and python3 (standard library only).
set -euo pipefail

usage() {
    sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

fail() {
    echo "error: $*" >&2
    exit 2
}

# A path given on the command line is relative to the caller's directory.
absolute() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s\n' "$PWD/$1" ;;
    esac
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary=""
rules=""
while (($#)); do
    case "$1" in
        -h | --help) usage; exit 0 ;;
        --rules)
            (($# >= 2)) || fail "--rules needs a rule pack directory, e.g. --rules Rules"
            rules="$(absolute "$2")"
            shift 2
            ;;
        --rules=*) rules="$(absolute "${1#--rules=}")"; shift ;;
        -*) fail "unknown option $1; usage: Scripts/eval-dev-corpora.sh [CHATSCREEN_BINARY] [--rules DIR]" ;;
        *)
            [[ -z "$binary" ]] || fail "more than one binary given ($binary and $1); give at most one path to chatscreen"
            binary="$(absolute "$1")"
            shift
            ;;
    esac
done

cd "$root"
command -v python3 >/dev/null || fail "python3 is not on PATH; this script needs python3 (standard library only)"

corpora="${CHATSCREEN_CORPORA:-../shared/corpora}"
for file in extortion-dev.jsonl chat-benign-dev.jsonl sms-ham.jsonl; do
    [[ -r "$corpora/$file" ]] || fail "cannot read $corpora/$file (relative to the repository root $root). The dev corpora \
are not part of the repository; set CHATSCREEN_CORPORA to the folder holding extortion-dev.jsonl, chat-benign-dev.jsonl \
and sms-ham.jsonl"
done

if [[ -n "$rules" && ! -d "$rules" ]]; then
    fail "--rules $rules is not a directory; give a rule pack directory such as Rules"
fi

if [[ -z "$binary" ]]; then
    binary="$root/.build/release/chatscreen"
    if [[ ! -x "$binary" ]]; then
        echo "chatscreen: $binary is missing; building it (swift build -c release --product chatscreen)" >&2
        swift build -c release --product chatscreen >&2
    fi
fi
[[ -x "$binary" ]] || fail "$binary is not an executable chatscreen; build it with \`swift build -c release\` or give its path"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/chatscreen-eval-dev.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

python3 "$root/Scripts/eval-dev-corpora.py" --binary "$binary" --corpora "$corpora" --tmp "$tmp" ${rules:+--rules "$rules"}
