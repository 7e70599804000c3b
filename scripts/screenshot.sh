#!/usr/bin/env bash
# Renders `docscheck scan samples --format html` in headless Chromium and saves
# a screenshot to docs/scan-overview.png.  Installs Debian's chromium if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh --browser
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.venv/bin/docscheck scan samples --as-of 2026-11-30 --format html -o "$out/review.html" -q || true
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/profile" --window-size=1280,2000 \
  --screenshot="$PWD/docs/scan-overview.png" "file://$out/review.html" 2>/dev/null
echo "wrote docs/scan-overview.png"
