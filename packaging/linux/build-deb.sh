#!/usr/bin/env bash
# Build dist/tizilim_<version>_<arch>.deb from the bundle dist/tizilim/ (made first by
# `pyinstaller --noconfirm build.spec`). The package installs the bundle under /opt/tizilim,
# a menu launcher with the icon, and `tizilim` and `tizilim-cli` on the PATH (/usr/bin links);
# it depends on the system libraries the window needs (desktop-packages.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."

bundle=dist/tizilim
if [ ! -x "$bundle/tizilim-cli" ]; then
  echo "build-deb: no bundle in $bundle: run 'pyinstaller --noconfirm build.spec' first" >&2
  exit 1
fi
version=$("$bundle/tizilim-cli" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
glibc=$(ldd --version | awk 'NR==1 {print $NF}')
out="dist/tizilim_${version}_${arch}.deb"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt/tizilim" "$stage/usr/bin" \
  "$stage/usr/share/applications" "$stage/usr/share/icons/hicolor/256x256/apps" \
  "$stage/usr/share/doc/tizilim"
cp -a "$bundle/." "$stage/opt/tizilim/"
chmod -R u=rwX,go=rX "$stage/opt/tizilim"
ln -s /opt/tizilim/tizilim "$stage/usr/bin/tizilim"
ln -s /opt/tizilim/tizilim-cli "$stage/usr/bin/tizilim-cli"
install -m 644 packaging/linux/tizilim.desktop "$stage/usr/share/applications/tizilim.desktop"
install -m 644 resources/icons/tizilim.png \
  "$stage/usr/share/icons/hicolor/256x256/apps/tizilim.png"
cat > "$stage/usr/share/doc/tizilim/copyright" <<COPYRIGHT
Tizilim: the registry of specialists who provide special social services.
The bundled fonts are DejaVu (licence: /opt/tizilim/_internal/resources/fonts/LICENSE-DejaVu.txt);
Qt and PySide6 are under the LGPL v3 (their licences ship with PySide6 in /opt/tizilim/_internal).
COPYRIGHT

depends="libc6 (>= ${glibc})"
while read -r pkg; do
  case "$pkg" in ''|'#'*) continue ;; esac
  depends="$depends, $pkg"
done < packaging/linux/desktop-packages.txt
size=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: tizilim
Version: ${version}
Architecture: ${arch}
Maintainer: Tizilim support <support@tizilim.invalid>
Installed-Size: ${size}
Depends: ${depends}
Section: misc
Priority: optional
Description: registry of specialists who provide special social services
 Desktop back office for Kazakhstan's Registry of specialists who provide
 special social services: reviews applications, keeps and prints the registry
 (Kazakh and Russian), with a tamper-evident audit log. The program is
 /opt/tizilim/tizilim; tizilim-cli runs the same commands in scripts.
CONTROL

mkdir -p dist
dpkg-deb --root-owner-group -Zzstd --build "$stage" "$out" >/dev/null
echo "$out"
