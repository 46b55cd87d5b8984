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
take export-1024-light 1024x700 light 'mousemove 72 587 click 1'
take backups-1280-dark 1280x800 dark 'mousemove 72 626 click 1'
take help-1024-light 1024x700 light 'mousemove 72 665 click 1'
