#!/bin/sh
# Add Made in Local to this user's applications menu and open *.madeinlocal files with it.
# Shipped at the top of the Linux archive; run it from there, after unpacking the archive
# where the program should live (e.g. ~/Applications/MadeInLocal):
#   ./install-desktop-entry.sh            # menu entry, icon, file type (this user only)
#   ./install-desktop-entry.sh --remove   # take them away again (the folder stays)
# Nothing here needs root; nothing outside ~/.local/share is touched.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
DESKTOP=$DATA/applications/madeinlocal.desktop
ICON=$DATA/icons/hicolor/256x256/apps/madeinlocal.png
MIME=$DATA/mime/packages/madeinlocal.xml

optional() {  # a desktop helper this system may lack: without it, the next login catches up
  if command -v "$1" >/dev/null 2>&1; then "$@" >/dev/null 2>&1 || true; fi
}

refresh() {
  optional update-desktop-database "$DATA/applications"
  optional update-mime-database "$DATA/mime"
  optional gtk-update-icon-cache -q "$DATA/icons/hicolor"
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$DESKTOP" "$ICON" "$MIME"
  refresh
  echo "Removed the menu entry and the file type. Delete $HERE to uninstall the program."
  exit 0
fi

mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$(dirname "$MIME")"
# The desktop entry needs an absolute path, quoted in case the folder name has spaces.
sed "s|^Exec=MadeInLocal|Exec=\"$HERE/MadeInLocal\"|" "$HERE/madeinlocal.desktop" > "$DESKTOP"
cp "$HERE/madeinlocal.png" "$ICON"
cp "$HERE/madeinlocal-mime.xml" "$MIME"
refresh
optional xdg-mime default madeinlocal.desktop application/x-madeinlocal
echo "Made in Local is in your applications menu; .madeinlocal files open with it."
