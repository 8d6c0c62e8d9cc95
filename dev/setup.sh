#!/usr/bin/env bash
# Everything a fresh machine needs before `npm start` or `npm test`: the npm dependencies
# (exactly as locked) and Debian's Chromium for the browser tests and the harness benchmark.
# Idempotent: a second run on a ready machine does nothing slow.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
# Debian's launcher script prints a shell warning of its own on some machines; the version line is what matters.
/usr/bin/chromium --version 2>/dev/null || { echo "Debian's chromium is installed but does not start: run /usr/bin/chromium --version to see why." >&2; exit 1; }
