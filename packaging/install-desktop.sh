#!/bin/sh
# Registers this BrandRegie folder with the desktop, for the current user: the menu entry and
# icon, `brandregie` on the PATH (~/.local/bin), and .brandpack files opening in BrandRegie.
# Run it from the built bundle (dist/BrandRegie/install-desktop.sh); `--uninstall` undoes it.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=${BRANDREGIE_BIN_DIR:-$HOME/.local/bin}
apps=$data/applications
icons=$data/icons/hicolor/scalable
mime=$data/mime

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$mime"; fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]
  then gtk-update-icon-cache -q -t "$data/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/brandregie.desktop" "$mime/packages/brandregie-mime.xml" \
    "$icons/apps/brandregie.svg" "$icons/mimetypes/application-x-brandpack.svg"
  if [ -L "$bin/brandregie" ]; then rm -f "$bin/brandregie"; fi
  refresh
  echo "BrandRegie is no longer registered with the desktop (your data is untouched)."
  exit 0
fi

[ -x "$here/brandregie" ] || { echo "run this from the BrandRegie folder" >&2; exit 2; }
mkdir -p "$apps" "$mime/packages" "$icons/apps" "$icons/mimetypes" "$bin"

# The menu entry, pointing at this folder (quoted: the path may hold spaces).
sed -e "s|^Exec=brandregie |Exec=\"$here/brandregie\" |" \
    -e "s|^TryExec=brandregie\$|TryExec=$here/brandregie|" \
    "$here/share/brandregie.desktop" > "$apps/brandregie.desktop"
cp "$here/share/brandregie-mime.xml" "$mime/packages/brandregie-mime.xml"
cp "$here/_internal/resources/icons/brandregie.svg" "$icons/apps/brandregie.svg"
cp "$here/share/application-x-brandpack.svg" "$icons/mimetypes/application-x-brandpack.svg"
ln -sfn "$here/brandregie" "$bin/brandregie"
refresh
# Nobody else opens brand packs: make BrandRegie their default application.
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default brandregie.desktop application/x-brandpack || true
fi
echo "BrandRegie is in your applications menu; .brandpack files open in it."
