#!/usr/bin/env bash
# Installs what docscheck needs from Debian's packages, only where it is missing:
# Tesseract with its French, English and orientation (osd) data, and the DejaVu
# fonts the sample generator draws with.  Idempotent: a second run does nothing.
set -euo pipefail

need=()
if ! command -v tesseract >/dev/null 2>&1; then
  need+=(tesseract-ocr)
fi
langs=$(tesseract --list-langs 2>/dev/null || true)
for lang in fra eng osd; do
  grep -qx "$lang" <<<"$langs" || need+=("tesseract-ocr-$lang")
done
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || need+=(python3-venv)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing system packages: ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
