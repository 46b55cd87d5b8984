#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/ from the Rosewood House demo,
# with the shared screenshot tool (../shared/tools/screenshot, which runs the app
# under Xvfb). Each size gets its own settings folder, so the window opens at
# that size.
set -euo pipefail
cd "$(dirname "$0")/.."
shot=${SCREENSHOT:-../shared/tools/screenshot}
out=docs/screenshots
mkdir -p "$out"
go build -o /tmp/dsptdesk-shots .

# take NAME SIZE THEME [STEP...]: one screenshot of the demo.
take() {
	local name=$1 size=$2 theme=$3; shift 3
	local cfg; cfg=$(mktemp -d)
	mkdir -p "$cfg/fyne/io.github.dsptdesk.dsptdesk"
	printf '{"window.width":%s,"window.height":%s}' "${size%x*}" "${size#*x}" >"$cfg/fyne/io.github.dsptdesk.dsptdesk/preferences.json"
	local steps=()
	for s in "$@"; do steps+=(--step "$s"); done
	XDG_CONFIG_HOME=$cfg FYNE_THEME=$theme "$shot" --size "$size" "${steps[@]}" "$out/$name.png" -- /tmp/dsptdesk-shots --demo
	rm -rf "$cfg"
}

take walkthrough-1280-light 1280x800 light
take walkthrough-1280-dark 1280x800 dark
take walkthrough-1024-light 1024x700 light
take walkthrough-1024-dark 1024x700 dark
take missing-1280-light 1280x800 light 'key ctrl+m'
take search-1024-dark 1024x700 dark 'key ctrl+f' 'type backup'
take actions-1280-light 1280x800 light 'mousemove 72 469 click 1' 'mousemove 600 352 click 1'
take compare-1280-dark 1280x800 dark 'mousemove 72 508 click 1'
take years-1024-light 1024x700 light 'mousemove 72 547 click 1'
take actions-1024-dark 1024x700 dark 'mousemove 72 469 click 1' 'mousemove 600 352 click 1'
take profile-1280-light 1280x800 light 'mousemove 72 430 click 1'
take export-1024-light 1024x700 light 'mousemove 72 626 click 1'
take backups-1280-dark 1280x800 dark 'mousemove 72 665 click 1'
take help-1024-light 1024x700 light 'mousemove 72 660 click --repeat 5 5' 'sleep 1' 'mousemove 72 665 click 1'

# The toolkit sitting (Ctrl+T): 1.1.5 confirmed as matching, ticked as entered and
# copied with Ctrl+C; at 1280, then Down twice to 2.2.1.
take sitting-1024-light 1024x700 light 'key ctrl+t' 'mousemove 845 440 click 1' 'mousemove 600 500 click --repeat 4 5' 'sleep 0.5' \
	'mousemove 281 629 click 1' 'mousemove 600 440 click 1' 'sleep 0.5' 'key ctrl+c'
take sitting-1280-dark 1280x800 dark 'key ctrl+t' 'sleep 0.5' 'mousemove 1136 421 click 1' 'mousemove 281 691 click 1' \
	'mousemove 700 518 click 1' 'sleep 0.3' 'key ctrl+c' 'key Down' 'sleep 0.3' 'key Down' 'sleep 0.5'

# The quiet "wording to check" badge on 3.4.1, then its detail.
take wording-badge-1024 1024x700 light 'key ctrl+f' 'type 3.4.1' 'sleep 1' 'key Return' 'sleep 1'
take wording-badge-detail-1024 1024x700 light 'key ctrl+f' 'type 3.4.1' 'sleep 1' 'key Return' 'sleep 1' 'mousemove 355 403 click 1'

# A refused edition file: cli/testdata/2027-28.toml, offered by the file dialog
# from a private Documents folder, then opened from Export and import.
home=$(mktemp -d)
mkdir -p "$home/Documents"
cp cli/testdata/2027-28.toml "$home/Documents/"
HOME=$home take add-edition-refused-1280 1280x800 light 'mousemove 72 626 click 1' 'mousemove 700 500 click --repeat 10 5' 'sleep 1' \
	'mousemove 405 773 click 1' 'sleep 2' 'mousemove 388 195 click 1' 'mousemove 1147 717 click 1' 'sleep 2'
rm -rf "$home"
