#!/usr/bin/env bash
# Installs the system packages ChatScreen needs: ICU's headers and libraries (libicu-dev), and
# zlib's (zlib1g-dev, for ZIPFoundation, which reads WhatsApp .zip exports).
# Safe to run repeatedly; uses sudo only when not already root.
set -euo pipefail
missing=()
for package in libicu-dev zlib1g-dev; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
for package in "${missing[@]}"; do
  echo "installed $package ($(dpkg -s "$package" | sed -n 's/^Version: //p'))"
done
