#!/usr/bin/env bash
# Installs the system packages ChatScreen needs: ICU's headers and libraries (libicu-dev).
# Safe to run repeatedly; uses sudo only when not already root.
set -euo pipefail
if dpkg -s libicu-dev >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libicu-dev >/dev/null
echo "installed libicu-dev ($(dpkg -s libicu-dev | sed -n 's/^Version: //p'))"
