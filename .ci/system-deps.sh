#!/bin/sh
# System packages the test suite needs, installed only when missing (safe to run on every CI job):
#   chromium          browser tests, through playwright-core (never `playwright install`)
#   fonts-wqy-zenhei  CJK glyphs, so the page and docs/screenshot.png show Chinese, not boxes
#   redis-server      the session store's Redis tests
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
dpkg-query -W -f='${Status}' fonts-wqy-zenhei 2>/dev/null | grep -q 'install ok installed' || missing="$missing fonts-wqy-zenhei"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"

if [ -z "$missing" ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "installing:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086  # $missing is a word list on purpose
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
