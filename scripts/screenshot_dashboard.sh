#!/bin/sh
# Screenshot a dashboard written by congress (congress/adapters/dashboard_html.py) with headless
# Chromium, offline, to check by eye how it looks at 1400 px. The same command runs in
# tests/test_dashboard.py.
#
#   scripts/screenshot_dashboard.sh DASHBOARD.html OUT.png [WIDTH HEIGHT]
#
# Needs Debian's chromium (apt-get install chromium). --no-sandbox is for running as root or in a
# container; the throw-away profile and the --disable-* flags keep Chromium off the network.
set -eu

if [ "$#" -lt 2 ]; then
    echo "usage: $0 DASHBOARD.html OUT.png [WIDTH HEIGHT]" >&2
    exit 2
fi
html=$1
out=$2
width=${3:-1400}
height=${4:-2200}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "no chromium or chromium-browser on PATH (Debian: apt-get install chromium)" >&2
    exit 1
fi
if [ ! -f "$html" ]; then
    echo "no such file: $html" >&2
    exit 1
fi

abs_html=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
case $out in
    /*) abs_out=$out ;;
    *) abs_out=$(pwd)/$out ;;
esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

timeout 120 "$browser" \
    --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size="$width,$height" \
    --screenshot="$abs_out" "file://$abs_html" 2>/dev/null

if [ ! -s "$abs_out" ]; then
    echo "chromium wrote no screenshot" >&2
    exit 1
fi
echo "$abs_out"
