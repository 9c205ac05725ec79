#!/bin/sh
# Renders an HTML report in headless Chromium (Debian: apt-get install chromium) as a desktop
# page, a phone screen and a printed PDF page, to look at:
#     scripts/report_screenshots.sh REPORT.html OUT_DIR
set -eu
report=$(realpath "$1")
out=$(realpath -m "${2:-.}")
mkdir -p "$out"
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars"
$chrome $flags --window-size=1280,1600 --screenshot="$out/report-desktop.png" "file://$report" 2>/dev/null
$chrome $flags --window-size=390,1400 --screenshot="$out/report-phone.png" "file://$report" 2>/dev/null
$chrome $flags --no-pdf-header-footer --print-to-pdf="$out/report-print.pdf" "file://$report" 2>/dev/null
if command -v pdftoppm >/dev/null; then pdftoppm -png -r 60 -f 1 -l 1 "$out/report-print.pdf" "$out/report-print"; fi
ls -l "$out"/report-*
