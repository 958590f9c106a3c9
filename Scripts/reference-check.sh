#!/usr/bin/env bash
# Compares MessageScanner with the reference scanner (Tests/ChatScreenTests/Reference) on
# MESSAGES messages per corpus profile (default 200,000: 1,000,000 over the five profiles), plus
# every rule example and its disguises, the fuzz seeds and the adversarial runs, in a release
# build with testing enabled (the debug build checks 2,000 per profile in `swift test`).
#
#   Scripts/reference-check.sh            # 1,000,000 corpus messages
#   Scripts/reference-check.sh 20000      # 100,000
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-200000}"
export CHATSCREEN_REFERENCE_MESSAGES="$messages"
echo "reference check: $messages messages per corpus profile (seed 20261207), release build with -enable-testing"
start=$(date +%s)
swift test -c release -Xswiftc -enable-testing --scratch-path .build-reference --filter 'ReferenceScannerTests'
echo "took $(( $(date +%s) - start )) s"
