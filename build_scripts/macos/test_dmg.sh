#!/usr/bin/env bash
# The disk image as a user gets it: mount it read-only and run the app's --self-test from it.
#
#   build_scripts/macos/test_dmg.sh DMG
set -euo pipefail

DMG=${1:?usage: test_dmg.sh DMG}
MOUNT=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$MOUNT" "$DMG" >/dev/null
trap 'hdiutil detach "$MOUNT" -quiet || hdiutil detach "$MOUNT" -force -quiet' EXIT

APP="$MOUNT/Made in Local.app"
# The self-test runs offscreen; the GUI platform plug-in must be in the bundle all the same.
find "$APP" -name 'libqcocoa.dylib' | grep -q . || { echo "no cocoa platform plug-in" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/MadeInLocal" --self-test
