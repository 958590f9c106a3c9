#!/usr/bin/env bash
# Installs what the benchmark package needs beyond Swift, when missing (Debian/Ubuntu):
#   libre2-dev   RE2, for the RE2::Set baseline (the CRE2Set shim links -lre2)
#   libicu-dev   ICU, for the engine (as ../../Scripts/install-deps.sh)
#   time         GNU /usr/bin/time -v, for peak RSS in cli-end-to-end.sh
#   python3      the Python `re` baseline in cli-end-to-end.sh
# Run as root, or with sudo available.
set -euo pipefail

missing=()
dpkg -s libre2-dev >/dev/null 2>&1 || missing+=(libre2-dev)
dpkg -s libicu-dev >/dev/null 2>&1 || missing+=(libicu-dev)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if (( ${#missing[@]} == 0 )); then
  echo "benchmark dependencies present (libre2-dev, libicu-dev, time, python3)"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "installing: ${missing[*]}"
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
