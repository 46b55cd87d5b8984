#!/usr/bin/env bash
# Builds the Windows release of DSPT Desk, run by `make windows`. FyneApp.toml is the one source of the
# name, ID, version and icon; everything generated goes to build/windows/ (ignored by git) and dist/:
#   dsptdesk.exe                                 icon, version details and manifest (tc-hib/go-winres .syso)
#   dist/dsptdesk-VERSION-setup.exe              per-user NSIS installer, never asks for admin rights
#   dist/dsptdesk-VERSION-windows-portable.zip   the exe, README.txt and the licence
# Environment: GO (go), TAGS (Go build tags), EXE and DIST (other places for the exe and dist/),
# SIGN_CERT and SIGN_KEY (PEM files: sign the exe, the uninstaller and the installer with osslsigncode;
# see sign.sh for SIGN_TIMESTAMP and SIGN_PASS_FILE).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/windows
GO=${GO:-go}
WINRES=github.com/tc-hib/go-winres@v0.3.3

# shellcheck source=meta.sh
. "$here/meta.sh"
year=$(date -u +%Y)
work=build/windows
rm -rf "$work"
exe=${EXE:-dsptdesk.exe} dist=${DIST:-dist}
mkdir -p "$work" "$dist"

# Resources: icon, version details and the application manifest, as a .syso that go build links in.
cp "$icon" "$work/icon.png"
sed -e "s/@NAME@/$name/g" -e "s/@ID@/$id/g" -e "s/@VERSION@/$version/g" -e "s/@QUAD@/$quad/g" \
	-e "s/@YEAR@/$year/g" "$here/winres.json" >"$work/winres.json"
syso=rsrc_windows_amd64.syso
trap 'rm -f "$syso"' EXIT
"$GO" run "$WINRES" make --in "$work/winres.json" --arch amd64 --out rsrc

echo "Building dsptdesk.exe $version (tags: ${TAGS:-none})"
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	"$GO" build -tags "${TAGS:-}" -ldflags "-H=windowsgui -s -w" -o "$exe" .
rm -f "$syso"
signing=()
if [ -n "${SIGN_CERT:-}" ]; then
	signing=(-DSIGN="$PWD/$here/sign.sh")
	export SIGN_NAME="$name"
	"$here/sign.sh" "$exe"
fi

# The installer: per user, with the icon as an .ico, signed uninstaller when signing.
convert "$icon" -define icon:auto-resize=256,64,48,32,16 "$work/icon.ico"
setup="$dist/dsptdesk-$version-setup.exe"
makensis -V2 -INPUTCHARSET UTF8 -DNAME="$name" -DID="$id" -DVERSION="$version" -DQUAD="$quad" -DYEAR="$year" \
	-DEXE="$(readlink -f "$exe")" -DICON="$PWD/$work/icon.ico" -DLICENCE="$PWD/LICENSE" -DOUT="$(readlink -f "$dist")/${setup##*/}" \
	"${signing[@]}" "$here/installer.nsi"
[ ${#signing[@]} -eq 0 ] || "$here/sign.sh" "$setup"

# The portable zip: Windows line endings for Notepad.
zipdir="$work/portable"
mkdir -p "$zipdir"
cp "$exe" "$zipdir/dsptdesk.exe"
sed -e "s/@VERSION@/$version/g" -e 's/$/\r/' "$here/README.txt" >"$zipdir/README.txt"
sed -e 's/$/\r/' LICENSE >"$zipdir/LICENSE.txt"
zip="$dist/dsptdesk-$version-windows-portable.zip"
rm -f "$zip"
zipabs="$(readlink -f "$dist")/${zip##*/}"
(cd "$zipdir" && zip -q -X "$zipabs" dsptdesk.exe README.txt LICENSE.txt)
ls -l "$exe" "$setup" "$zip"
