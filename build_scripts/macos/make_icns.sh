#!/usr/bin/env bash
# Make resources/icons/madeinlocal.icns (the macOS app and document icon) from the committed
# PNG sizes; the spec uses it when present. macOS only (iconutil).
set -euo pipefail
cd "$(dirname "$0")/../.."

ICONS=resources/icons
SET=$(mktemp -d)/madeinlocal.iconset
mkdir -p "$SET"
# iconutil wants each size at 1x and 2x under these names; 1024 (512@2x) is left out: the
# largest PNG drawn is 512.
for size in 16 32 128 256 512; do
  cp "$ICONS/madeinlocal-$size.png" "$SET/icon_${size}x${size}.png"
  double=$((size * 2))
  if [ -f "$ICONS/madeinlocal-$double.png" ]; then
    cp "$ICONS/madeinlocal-$double.png" "$SET/icon_${size}x${size}@2x.png"
  fi
done
iconutil --convert icns --output "$ICONS/madeinlocal.icns" "$SET"
rm -rf "$(dirname "$SET")"
echo "$ICONS/madeinlocal.icns"
