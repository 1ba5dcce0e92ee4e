#!/usr/bin/env bash
# Screenshot a page with headless Chromium: scripts/shot.sh URL OUT.png WIDTH [HEIGHT] [extra chromium flags]
url=$1; out=$2; w=${3:-1000}; h=${4:-2400}; shift 4 2>/dev/null || shift $#
"${CHROME_PATH:-/usr/bin/chromium}" --headless=new --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --no-first-run --disable-sync --hide-scrollbars \
  --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1" \
  --window-size="$w,$h" --virtual-time-budget=4000 --screenshot="$out" "$@" "$url" 2>/dev/null
