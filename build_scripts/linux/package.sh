#!/usr/bin/env bash
# Package the Linux one-folder bundle as the archive users unpack anywhere, then check that the
# unpacked copy works (--self-test) before anything is uploaded.
#
#   build_scripts/linux/package.sh VERSION [BUNDLE_DIR] [OUT_DIR]
#
# Writes OUT_DIR (default build/release)/MadeInLocal-VERSION-linux-ARCH.tar.gz with one folder:
# the program (MadeInLocal, _internal/), its desktop entry, icon and file type, the script that
# installs those for the user, and a README.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=${1:?usage: package.sh VERSION [BUNDLE_DIR] [OUT_DIR]}
BUNDLE=${2:-build/dist/MadeInLocal}
OUT=${3:-build/release}
NAME=MadeInLocal-$VERSION
ARCHIVE=$OUT/$NAME-linux-$(uname -m).tar.gz
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -x "$BUNDLE/MadeInLocal" ] || { echo "no bundle at $BUNDLE: build it first" >&2; exit 2; }
mkdir -p "$WORK/stage/$NAME" "$WORK/check" "$OUT"
cp -a "$BUNDLE/." "$WORK/stage/$NAME/"
cp build_scripts/linux/madeinlocal.desktop build_scripts/linux/madeinlocal-mime.xml \
   build_scripts/linux/install-desktop-entry.sh "$WORK/stage/$NAME/"
cp resources/icons/madeinlocal-256.png "$WORK/stage/$NAME/madeinlocal.png"
cat > "$WORK/stage/$NAME/README.txt" <<TEXT
Made in Local $VERSION (Linux, $(uname -m))

FR  Prérequis (Debian 12, Ubuntu 22.04 ou plus récent) :
      sudo apt install $(build_scripts/linux/qt_debs.sh)
    Lancer : ./MadeInLocal      Menu et fichiers .madeinlocal : ./install-desktop-entry.sh
    Désinstaller : ./install-desktop-entry.sh --remove, puis supprimer ce dossier.

EN  Needs (Debian 12, Ubuntu 22.04 or newer):
      sudo apt install $(build_scripts/linux/qt_debs.sh)
    Run: ./MadeInLocal          Menu entry and .madeinlocal files: ./install-desktop-entry.sh
    Uninstall: ./install-desktop-entry.sh --remove, then delete this folder.

Réglages · settings: ~/.config/MadeInLocal, ~/.local/share/MadeInLocal. Vos études restent
où vous les avez enregistrées · your studies stay where you saved them.
TEXT

# Owner and group 0: the archive should not carry the build machine's user ids.
tar -C "$WORK/stage" --owner=0 --group=0 -cf - "$NAME" | gzip -9 > "$ARCHIVE"

# The archive as a user gets it: unpacked somewhere else, started from there.
tar -C "$WORK/check" -xzf "$ARCHIVE"
QT_QPA_PLATFORM=offscreen "$WORK/check/$NAME/MadeInLocal" --self-test
echo "$ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
