#!/usr/bin/env bash
# OPTIONAL: the same bundle as a single AppImage file, for users who prefer one file to a folder.
# The release workflow tries it and carries on without it if it fails; the .tar.gz is the
# supported Linux download. The AppImage needs the same system packages (qt_debs.sh).
#
#   APPIMAGETOOL=/path/to/appimagetool build_scripts/linux/appimage.sh VERSION [BUNDLE] [OUT]
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=${1:?usage: appimage.sh VERSION [BUNDLE_DIR] [OUT_DIR]}
BUNDLE=${2:-build/dist/MadeInLocal}
OUT=${3:-build/release}
TOOL=${APPIMAGETOOL:-appimagetool}
APPDIR=$(mktemp -d)/MadeInLocal.AppDir
trap 'rm -rf "$(dirname "$APPDIR")"' EXIT

mkdir -p "$APPDIR/usr/lib" "$OUT"
cp -a "$BUNDLE" "$APPDIR/usr/lib/MadeInLocal"
cp build_scripts/linux/madeinlocal.desktop "$APPDIR/madeinlocal.desktop"
cp resources/icons/madeinlocal-256.png "$APPDIR/madeinlocal.png"
cp resources/icons/madeinlocal-256.png "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'SCRIPT'
#!/bin/sh
# The AppImage runtime sets APPDIR; fall back to this script's folder when run unpacked.
HERE=${APPDIR:-$(dirname "$(readlink -f "$0")")}
exec "$HERE/usr/lib/MadeInLocal/MadeInLocal" "$@"
SCRIPT
chmod +x "$APPDIR/AppRun"

IMAGE=$OUT/MadeInLocal-$VERSION-$(uname -m).AppImage
ARCH=$(uname -m) "$TOOL" --no-appstream "$APPDIR" "$IMAGE"
# Without FUSE (CI machines, containers) the image can still unpack itself and run.
QT_QPA_PLATFORM=offscreen "$IMAGE" --appimage-extract-and-run --self-test
echo "$IMAGE"
