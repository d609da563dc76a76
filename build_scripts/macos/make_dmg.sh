#!/usr/bin/env bash
# Put the .app in a compressed disk image with a shortcut to /Applications (drag to install).
#
#   build_scripts/macos/make_dmg.sh VERSION [APP] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=${1:?usage: make_dmg.sh VERSION [APP] [OUT_DIR]}
APP=${2:-build/dist/MadeInLocal.app}
OUT=${3:-build/release}
DMG=$OUT/MadeInLocal-$VERSION-macos-$(uname -m).dmg
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$OUT"
# ditto keeps the bundle's symbolic links, extended attributes and signatures intact.
ditto "$APP" "$STAGE/Made in Local.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Made in Local $VERSION" -srcfolder "$STAGE" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 "$DMG"
echo "$DMG"
