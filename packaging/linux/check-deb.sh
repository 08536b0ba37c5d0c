#!/usr/bin/env bash
# Install the .deb (with its dependencies), check what it put where, run the installed
# program's selftest, remove it and check that nothing of it is left. Needs root (CI is).
set -euo pipefail
deb=$(readlink -f "$1")
fail() {
  echo "check-deb: $1" >&2
  exit 1
}

apt-get install -y -qq "$deb" >/dev/null || fail "apt-get install $deb"
files=$(dpkg -L tizilim)
for f in /opt/tizilim/tizilim /opt/tizilim/tizilim-cli /usr/share/applications/tizilim.desktop \
         /usr/share/icons/hicolor/256x256/apps/tizilim.png; do
  [ -e "$f" ] || fail "$f was not installed"
done
[ "$(command -v tizilim-cli)" = /usr/bin/tizilim-cli ] || fail "tizilim-cli is not on the PATH"
grep -q '^Exec=/opt/tizilim/tizilim$' /usr/share/applications/tizilim.desktop \
  || fail "the launcher does not start /opt/tizilim/tizilim"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/tizilim.desktop || fail "desktop file invalid"
fi
home=$(mktemp -d)
TIZILIM_HOME="$home" tizilim-cli --version || fail "tizilim-cli --version"
TIZILIM_HOME="$home" tizilim-cli selftest || fail "the installed program's selftest"
rm -rf "$home"

dpkg --purge tizilim >/dev/null || fail "dpkg --purge tizilim"
left=""
while read -r f; do
  case "$f" in /|/opt|/usr|/usr/bin|/usr/share|/usr/share/applications|/usr/share/icons|\
    /usr/share/icons/hicolor|/usr/share/icons/hicolor/256x256|\
    /usr/share/icons/hicolor/256x256/apps|/usr/share/doc|/.) continue ;; esac
  if [ -e "$f" ] || [ -L "$f" ]; then left="$left $f"; fi
done <<< "$files"
[ -z "$left" ] || fail "left behind after removal:$left"
[ ! -e /opt/tizilim ] || fail "/opt/tizilim is still there"
echo "check-deb: installed, selftest passed, removed cleanly ($(echo "$files" | wc -l) paths)"
