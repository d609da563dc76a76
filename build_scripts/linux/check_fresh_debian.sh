#!/usr/bin/env bash
# Does the Linux bundle run on a fresh Debian that has only the packages the README lists?
#
#   sudo build_scripts/linux/check_fresh_debian.sh [BUNDLE_DIR]   # default build/dist/MadeInLocal
#
# The spec leaves the system's X11/xcb, fontconfig, GLib, D-Bus and C++ libraries out of the
# bundle (docs/building.md). This proves it is safe: it makes a minimal Debian 12 root once
# (debootstrap, kept in build/fresh-debian), installs QT_DEBS from .ci/run in it, copies the
# bundle in, then checks that every library each bundled program, library and Qt plug-in needs
# resolves (ldd), and that --self-test passes there, offscreen and, when Xvfb is available on
# this machine, on a real X server through the xcb plug-in.
# Needs root and the network (debootstrap, apt); not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

BUNDLE=${1:-build/dist/MadeInLocal}
ROOTFS=${MADEINLOCAL_DEBIAN_ROOT:-build/fresh-debian}
SUITE=${MADEINLOCAL_DEBIAN_SUITE:-bookworm}
QT_DEBS=$(build_scripts/linux/qt_debs.sh)

[ -x "$BUNDLE/MadeInLocal" ] || { echo "no bundle at $BUNDLE: build it first" >&2; exit 2; }
if [ ! -x "$ROOTFS/bin/sh" ]; then
  debootstrap --variant=minbase "$SUITE" "$ROOTFS" http://deb.debian.org/debian
fi

mount -t proc proc "$ROOTFS/proc"
mkdir -p "$ROOTFS/tmp/.X11-unix"
cleanup() {
  umount "$ROOTFS/tmp/.X11-unix" 2>/dev/null || true
  umount "$ROOTFS/proc" 2>/dev/null || true
  [ -z "${XVFB_PID:-}" ] || kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
chroot "$ROOTFS" /bin/sh -c "export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $QT_DEBS >/dev/null"
echo "fresh Debian ($SUITE, minbase) + README packages: $(chroot "$ROOTFS" dpkg -l | grep -c '^ii') packages"

rm -rf "$ROOTFS/opt/MadeInLocal"
cp -a "$BUNDLE" "$ROOTFS/opt/MadeInLocal"

# The bootloader puts _internal on the library path; libraries in sub-folders have top-level
# aliases there, or a RUNPATH that ldd follows.
# shellcheck disable=SC2016  # expanded by the shell inside the chroot
chroot "$ROOTFS" /bin/bash -c '
  cd /opt/MadeInLocal
  failed=0
  while IFS= read -r -d "" file; do
    [ "$(head -c 4 "$file" | od -An -c | tr -d " ")" = "177ELF" ] || continue
    missing=$(LD_LIBRARY_PATH=/opt/MadeInLocal/_internal ldd "$file" 2>/dev/null \
              | awk "/not found/ {print \$1}" | tr "\n" " ")
    [ -n "$missing" ] || continue
    case "$file" in
      */plugins/*) echo "plug-in Qt will skip here: ${file#./} needs $missing" ;;
      *) echo "MISSING for ${file#./}: $missing"; failed=1 ;;
    esac
  done < <(find . -type f -print0)
  exit $failed'
echo "ldd: every bundled library resolves against the bundle and those packages"

chroot "$ROOTFS" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  /opt/MadeInLocal/MadeInLocal --self-test

if command -v Xvfb >/dev/null 2>&1; then
  Xvfb :97 -nolisten tcp -screen 0 1366x768x24 >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 1
  mount --bind /tmp/.X11-unix "$ROOTFS/tmp/.X11-unix"
  chroot "$ROOTFS" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY=:97 \
    QT_QPA_PLATFORM=xcb /opt/MadeInLocal/MadeInLocal --self-test
  echo "xcb: the self-test passed on an X server"
fi
