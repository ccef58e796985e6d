#!/bin/sh
# System packages the test suite needs, installed only when missing (safe to run on every CI job):
#   chromium          browser tests, through playwright-core (never `playwright install`)
#   fonts-wqy-zenhei  CJK glyphs, so the page and docs/screenshot.png show Chinese, not boxes
#   redis-server      the session store's Redis tests
#   tesseract-ocr tesseract-ocr-chi-sim poppler-utils   scanned PDFs read by OCR (the OCR test skips without them)
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
dpkg-query -W -f='${Status}' fonts-wqy-zenhei 2>/dev/null | grep -q 'install ok installed' || missing="$missing fonts-wqy-zenhei"
command -v redis-server >/dev/null 2>&1 || missing="$missing redis-server"
command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr"
ls /usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata >/dev/null 2>&1 || missing="$missing tesseract-ocr-chi-sim"
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"

if [ -z "$missing" ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "installing:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086  # $missing is a word list on purpose
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
