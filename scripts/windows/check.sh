#!/usr/bin/env bash
# check.sh, run by `make windows-test` after `make windows`: checks the Windows release as a Windows
# program, under Wine (../shared/tools/windows-run), in a fresh Wine profile, and prints what each
# check saw. Wine is not Windows, but it runs the real Windows code paths: %AppData%, the registry,
# the native Save dialog, LockFileEx, UTF-16 paths.
#   --screenshots   also save the window and the Save dialog to docs/screenshots/windows-*.png
# Environment: WINDOWS_RUN (the windows-run tool), GO (go), KEEP=1 keeps the Wine profile afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/windows
# shellcheck source=meta.sh
. "$here/meta.sh"
shots=
[ "${1:-}" != --screenshots ] || shots=docs/screenshots
run=$(readlink -m "${WINDOWS_RUN:-../shared/tools/windows-run}")
[ -x "$run" ] || { echo "check.sh: the windows-run tool is not at $run; set WINDOWS_RUN to where it is" >&2; exit 1; }
GO=${GO:-go}
setup="dist/dsptdesk-$version-setup.exe"
[ -f "$setup" ] || { echo "check.sh: no $setup; run make windows first" >&2; exit 1; }

work=$(mktemp -d /tmp/dsptdesk-windows-test.XXXXXX)
prefix=$work/prefix
# Wine links the profile's Desktop and Documents to $HOME and turns shortcuts into Linux menu entries:
# give it a home of its own, keeping Go's caches where they are.
export GOCACHE GOMODCACHE GOPATH GOENV
GOCACHE=$("$GO" env GOCACHE) GOMODCACHE=$("$GO" env GOMODCACHE) GOPATH=$("$GO" env GOPATH) GOENV=$("$GO" env GOENV)
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"
finish() {
	WINEPREFIX=$prefix wineserver -k 2>/dev/null || true
	if [ "${KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap finish EXIT
uninstkey="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$id"
started=$SECONDS

check() { printf '\n== %s\n' "$*"; }
saw() { printf '   ok: %s\n' "$*"; }
fail() {
	printf '   FAILED: %s\n' "$*" >&2
	exit 1
}
# win runs a Windows program in the test profile and prints its standard output.
win() { "$run" --prefix "$prefix" "$@" 2>>"$work/wine.log"; }
# reg prints one value of the uninstall entry, or nothing.
reg() {
	WINEPREFIX=$prefix WINEDEBUG=-all wine reg query "$uninstkey" /v "$1" 2>/dev/null |
		awk -v v="$1" '$1 == v { sub(/^[[:space:]]*[^[:space:]]+[[:space:]]+REG_[A-Z_]+[[:space:]]+/, ""); sub(/\r$/, ""); print }'
}
# colours prints how many different colours a picture has.
colours() { convert "$1" -format %k info:; }

check "signing: make windows SIGN_CERT=... SIGN_KEY=... with a throwaway self-signed certificate"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=DSPT Desk test signer/O=Throwaway" \
	-addext "extendedKeyUsage=codeSigning" -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Someone else" \
	-keyout "$work/other-key.pem" -out "$work/other.pem" 2>/dev/null
SIGN_CERT=$work/cert.pem SIGN_KEY=$work/key.pem EXE=$work/signed/dsptdesk.exe DIST=$work/signed TAGS="${TAGS:-}" \
	"$here/build.sh" >"$work/signed-build.log" 2>&1 || { cat "$work/signed-build.log"; fail "the signed build failed"; }
signed_setup=$work/signed/${setup##*/}
for f in "$work/signed/dsptdesk.exe" "$signed_setup"; do
	osslsigncode verify -CAfile "$work/cert.pem" -in "$f" >"$work/verify.log" 2>&1 ||
		{ cat "$work/verify.log"; fail "osslsigncode verify refused ${f##*/}"; }
	grep -q "Signature verification: ok" "$work/verify.log" || fail "no 'Signature verification: ok' for ${f##*/}"
	! osslsigncode verify -CAfile "$work/other.pem" -in "$f" >/dev/null 2>&1 || fail "${f##*/} verified against the wrong certificate"
	saw "${f##*/} is signed; osslsigncode verify accepts it against the test certificate and refuses another"
done
! osslsigncode verify -CAfile "$work/cert.pem" -in "$setup" >/dev/null 2>&1 || fail "the unsigned $setup claims a signature"
saw "without SIGN_CERT the build is unsigned (osslsigncode finds no signature in $setup)"

check "silent install in a fresh Wine profile: an older version (/S /DESKTOP), then this one over it (/S)"
makensis -V1 -INPUTCHARSET UTF8 -DNAME="$name" -DID="$id" -DVERSION=0.0.1 -DQUAD=0.0.1.0 -DYEAR=2026 \
	-DEXE="$PWD/dsptdesk.exe" -DICON="$PWD/build/windows/icon.ico" -DLICENCE="$PWD/LICENSE" \
	-DOUT="$work/dsptdesk-0.0.1-setup.exe" "$here/installer.nsi" >/dev/null
win "$work/dsptdesk-0.0.1-setup.exe" /S /DESKTOP >/dev/null || fail "the older installer exited with status $?"
win "$setup" /S >/dev/null || fail "the installer exited with status $?"
# The Wine user's profile, C:\users\NAME: NAME is the Linux user's.
home=$(find "$prefix/drive_c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -1)
user=${home##*/}
prog=$home/AppData/Local/Programs/$name
data=$home/AppData/Roaming/$name
[ -f "$prog/dsptdesk.exe" ] || fail "no $prog/dsptdesk.exe"
saw "exe at C:\\users\\$user\\AppData\\Local\\Programs\\$name\\dsptdesk.exe ($(stat -c %s "$prog/dsptdesk.exe") bytes)"
[ -f "$prog/uninstall.exe" ] || fail "no uninstall.exe"
lnk="$home/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/$name.lnk"
[ -f "$lnk" ] || fail "no Start menu shortcut at $lnk"
saw "Start menu shortcut: ${lnk#"$home"/}"
desk="$home/Desktop/$name.lnk"
[ -f "$desk" ] || fail "the desktop shortcut made by the older version's /DESKTOP is gone"
saw "desktop shortcut (made by 0.0.1, kept by the upgrade): ${desk#"$home"/}"
for v in DisplayName DisplayVersion DisplayIcon UninstallString QuietUninstallString InstallLocation; do
	val=$(reg "$v")
	[ -n "$val" ] || fail "the uninstall entry has no $v"
	saw "HKCU uninstall entry $v = $val"
done
[ "$(reg DisplayVersion)" = "$version" ] || fail "DisplayVersion is not $version"
saw "the entry now says $version, not 0.0.1"
[ ! -e "$prefix/drive_c/Program Files/$name" ] || fail "something went to Program Files"

exe=$prog/dsptdesk.exe
check "dsptdesk.exe --version"
out=$(win "$exe" --version | tr -d '\r')
[ "$out" = "$name $version" ] || fail "--version printed '$out', FyneApp.toml says $version"
saw "'$out' (FyneApp.toml: $version)"

check "dsptdesk.exe questions --format csv, every row, against the Linux build"
win "$exe" questions --format csv | tr -d '\r' >"$work/questions-windows.csv"
"$GO" run . questions --format csv >"$work/questions-linux.csv"
cmp -s "$work/questions-windows.csv" "$work/questions-linux.csv" ||
	{ diff "$work/questions-linux.csv" "$work/questions-windows.csv" | head; fail "the Windows and Linux question banks differ"; }
rows=$(($(wc -l <"$work/questions-windows.csv") - 1))
[ "$rows" -ge 40 ] || fail "only $rows questions"
saw "header + $rows rows, identical to the Linux build's default edition ($(head -1 "$work/questions-windows.csv"))"

check "dsptdesk.exe export --demo --format pdf -o C:\\dsptdesk test\\Rosewood pack.pdf"
mkdir -p "$prefix/drive_c/dsptdesk test"
win "$exe" export --demo --format pdf -o 'C:\dsptdesk test\Rosewood pack.pdf' >/dev/null || fail "export pdf failed"
pdf="$prefix/drive_c/dsptdesk test/Rosewood pack.pdf"
qpdf --check "$pdf" >"$work/qpdf.log" 2>&1 || { cat "$work/qpdf.log"; fail "qpdf --check refused the PDF"; }
pages=$(qpdf --show-npages "$pdf")
saw "qpdf --check: $(grep -c . "$work/qpdf.log") lines, no errors; $pages pages, $(stat -c %s "$pdf") bytes"
pdftotext "$pdf" "$work/pack.txt"
grep -q "by DSPT Desk $version" "$work/pack.txt" || fail "the PDF footer does not name DSPT Desk $version"
saw "the footer says 'by DSPT Desk $version'"

check "import into %AppData%\\$name, with evidence at C:\\Users\\Zoë\\Documents\\DSPT evidence\\Privacy notice.docx"
evidence='C:\Users\Zoë\Documents\DSPT evidence\Privacy notice.docx'
mkdir -p "$prefix/drive_c/users/Zoë/Documents/DSPT evidence"
printf 'Our privacy notice.\n' >"$prefix/drive_c/users/Zoë/Documents/DSPT evidence/Privacy notice.docx"
win "$exe" export --demo --format json -o 'C:\dsptdesk test\demo.json' >/dev/null || fail "export --demo json failed"
first=$(awk -F, 'NR == 2 { print $1 }' "$work/questions-windows.csv")
python3 - "$prefix/drive_c/dsptdesk test/demo.json" "$prefix/drive_c/dsptdesk test/Zoë.json" "$first" "$evidence" <<'PY'
import json, sys
src, dst, ref, location = sys.argv[1:]
doc = json.load(open(src, encoding="utf-8"))
doc["assessments"][-1]["evidence"].append({"ref": ref, "kind": "file", "location": location,
    "note": "Typed with spaces and ë", "added_at": "2026-11-30T10:00:00Z"})
json.dump(doc, open(dst, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
win "$exe" import 'C:\dsptdesk test\Zoë.json' >"$work/import.log" || { cat "$work/import.log"; fail "import failed"; }
[ -f "$data/dspt.db" ] || fail "import made no $data/dspt.db"
saw "import wrote %AppData%\\$name\\dspt.db ($(stat -c %s "$data/dspt.db") bytes): $(tr -d '\r' <"$work/import.log" | head -1)"

check "dsptdesk.exe export --format json of that file: the path comes back as typed"
win "$exe" export --format json -o 'C:\dsptdesk test\back.json' >/dev/null || fail "export json failed"
back=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1],encoding="utf-8"));
print("\n".join(e["location"] for a in d["assessments"] for e in a["evidence"] if e["ref"]==sys.argv[2] and e["kind"]=="file"))' \
	"$prefix/drive_c/dsptdesk test/back.json" "$first")
grep -qxF "$evidence" <<<"$back" || fail "exported locations for $first: $back"
saw "evidence for $first exported as '$evidence', byte for byte"
stored=$(sqlite3 "$data/dspt.db" "select location from evidence where location like '%Zo%'")
grep -qxF "$evidence" <<<"$stored" ||
	fail "the database does not hold the path as typed"
saw "dspt.db holds it as typed (sqlite3)"

check "the window on the demo, then the native Save dialog with Ctrl+Shift+E (export PDF; Enter keeps the comments)"
win --window "$work/window.png" --wait 12 "$exe" --demo >"$work/window.log" || { cat "$work/window.log"; fail "no window"; }
n=$(colours "$work/window.png")
[ "$n" -gt 64 ] || fail "the window has only $n colours"
saw "window shown: $(identify -format %wx%h "$work/window.png"), $n colours"
win --window "$work/save.png" --wait 12 --step 'key ctrl+shift+e' --step 'sleep 2' --step 'key Return' --step 'sleep 4' "$exe" --demo >"$work/save.log" ||
	{ cat "$work/save.log"; fail "no window"; }
grep -q '(2 window(s))\|([3-9] window(s))' "$work/save.log" || { cat "$work/save.log"; fail "no Save dialog beside the window"; }
saw "Save dialog seen: $(grep -o '([0-9]* window(s))' "$work/save.log") captured, $(identify -format %wx%h "$work/save.png")"
if [ -n "$shots" ]; then
	cp "$work/window.png" "$shots/windows-wine-walkthrough.png"
	# The dialog alone: the capture puts it to the right of the window, on grey.
	convert "$work/save.png" -crop "+$(($(identify -format %w "$work/window.png") + 8))+0" +repage -trim +repage \
		"$shots/windows-wine-save-dialog.png"
	saw "saved $shots/windows-wine-walkthrough.png and windows-wine-save-dialog.png"
fi

check "two copies cannot open the same file: the window holds %AppData%\\$name\\dspt.db, a second copy tries"
win --window "$work/owner.png" --wait 20 "$exe" >"$work/owner.log" 2>&1 &
owner=$!
# The second copy runs through plain wine, which returns when it ends (windows-run would wait for the
# window too). Until the window has the file, the export still works: try again.
second=
for _ in $(seq 1 40); do
	sleep 3
	second=$(WINEPREFIX=$prefix WINEDEBUG=-all wine "$exe" export --format json -o 'C:\dsptdesk test\second.json' 2>&1 | tr -d '\r' || true)
	grep -q "already open" <<<"$second" && break
	rm -f "$prefix/drive_c/dsptdesk test/second.json"
done
wait "$owner" || true
grep -q "already open" <<<"$second" || fail "the second copy said: $second"
saw "second copy refused: $(grep -o 'DSPT Desk is already open[^.]*\.' <<<"$second" | head -1)"

check "upgrade: the signed setup over the installed one keeps the data and the desktop shortcut"
before=$(sha256sum "$data/dspt.db" | cut -d' ' -f1)
win "$signed_setup" /S >/dev/null || fail "the upgrade exited with status $?"
[ "$(sha256sum "$data/dspt.db" | cut -d' ' -f1)" = "$before" ] || fail "the upgrade changed dspt.db"
[ -f "$desk" ] || fail "the upgrade lost the desktop shortcut"
osslsigncode verify -CAfile "$work/cert.pem" -in "$prog/dsptdesk.exe" >/dev/null 2>&1 || fail "the upgraded exe is not the signed one"
osslsigncode verify -CAfile "$work/cert.pem" -in "$prog/uninstall.exe" >/dev/null 2>&1 || fail "the uninstaller is not signed"
saw "dspt.db unchanged (sha256), desktop shortcut kept, installed exe and uninstall.exe now carry the test signature"

check "silent uninstall (uninstall.exe /S): program gone, data kept"
win "$prog/uninstall.exe" /S >/dev/null || fail "the uninstaller exited with status $?"
WINEPREFIX=$prefix wineserver -w
[ ! -e "$prog/dsptdesk.exe" ] || fail "dsptdesk.exe is still there"
[ ! -e "$prog" ] || fail "the program folder is still there: $(ls "$prog")"
[ ! -e "$lnk" ] || fail "the Start menu shortcut is still there"
[ ! -e "$desk" ] || fail "the desktop shortcut is still there"
[ -z "$(reg DisplayName)" ] || fail "the uninstall entry is still in the registry"
saw "program folder, shortcuts and uninstall entry gone"
[ -f "$data/dspt.db" ] && [ "$(sha256sum "$data/dspt.db" | cut -d' ' -f1)" = "$before" ] || fail "dspt.db was removed or changed"
saw "%AppData%\\$name\\dspt.db still there, unchanged; also there: $(cd "$data" && ls | tr '\n' ' ')"

printf '\nAll Windows checks passed in %d s.\n' $((SECONDS - started))
