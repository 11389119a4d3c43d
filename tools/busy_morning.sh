#!/usr/bin/env bash
# The busy morning (tools/busy_morning.py) on a real X server at the four screen sizes.
# Needs Debian's xvfb and xdotool. Screenshots go to ${1:-/tmp/busy-morning}/WxH/.
set -euo pipefail
out=${1:-/tmp/busy-morning}
cd "$(dirname "$0")/.."
status=0
for size in 1024x768 1280x800 1920x1080 1080x1920; do
  echo "== $size"
  xvfb-run -a -s "-screen 0 ${size}x24" .venv/bin/python tools/busy_morning.py --out "$out/$size" \
    || status=1
done
exit $status
