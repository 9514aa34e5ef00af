#!/usr/bin/env bash
# Builds the .deb from a build folder and checks what a Debian user gets from it (issue 16):
# the files are where the system looks for them, the desktop file and the AppStream metainfo
# validate, the unpacked binary says its version, and the man page renders without warnings.
# usage: check_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/hookbench_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Version\): /  \1: /p'
dpkg-deb --field "$deb" Version | grep -qx "$version" || { echo "package version is not $version"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q 'libqt6sql6-sqlite' || { echo "Depends lacks the SQLite driver"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q 'libqt6core6' || { echo "Depends lacks Qt (shlibdeps)"; exit 1; }

root="$work/root"
dpkg -x "$deb" "$root"
for file in usr/bin/hookbench \
            usr/share/applications/hookbench.desktop \
            usr/share/metainfo/io.hookbench.Hookbench.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/hookbench.svg \
            usr/share/icons/hicolor/16x16/apps/hookbench.png \
            usr/share/icons/hicolor/256x256/apps/hookbench.png \
            usr/share/man/man1/hookbench.1 \
            usr/share/bash-completion/completions/hookbench \
            lib/systemd/system/hookbench-serve.service; do
  [ -s "$root/$file" ] || { echo "missing from the package: /$file"; exit 1; }
done

desktop-file-validate "$root/usr/share/applications/hookbench.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.hookbench.Hookbench.metainfo.xml"
got=$("$root/usr/bin/hookbench" --version)
[ "$got" = "hookbench $version" ] || { echo "--version said '$got'"; exit 1; }
warnings=$(MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/hookbench.1" 2>&1 >/dev/null)
[ -z "$warnings" ] || { echo "man page warnings: $warnings"; exit 1; }
MANWIDTH=80 man -l "$root/usr/share/man/man1/hookbench.1" | grep -q 'delivery replay' \
  || { echo "the man page does not render the commands"; exit 1; }
bash -n "$root/usr/share/bash-completion/completions/hookbench"
echo "package checked: $got"
