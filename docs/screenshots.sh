#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/ from the Rosewood House demo,
# with the shared screenshot tool (../shared/tools/screenshot, which runs the app
# under Xvfb). Every main screen is taken on each office display (1024x700,
# 1280x800, 1366x768, and 1280x800 at 150% scaling), light and dark.
#
# Each shot gets its own settings folder, written before the app starts: the
# window size, and the screen and question to reopen at (the app restores the
# place it was left at), so no shot depends on where things are drawn.
#
#   docs/screenshots.sh            # the whole set (about 100 shots, ~12 minutes)
#   docs/screenshots.sh 1024       # only the shots whose name contains "1024"
set -euo pipefail
cd "$(dirname "$0")/.."
shot=${SCREENSHOT:-../shared/tools/screenshot}
out=docs/screenshots
only=${1:-}
mkdir -p "$out"
# A private build, so that another checkout taking screenshots at the same
# time cannot swap the program under this one.
bin=$(mktemp -d)/dsptdesk
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" .

# take NAME DISPLAY SCALE THEME SCREEN QUESTION [STEP...]: one screenshot of the
# demo on a DISPLAY (WxH pixels) at SCALE, showing SCREEN (and QUESTION).
# $extra, when set, adds preferences (",\"key\":value").
take() {
	local name=$1 display=$2 scale=$3 theme=$4 screen=$5 question=$6; shift 6
	[[ -z $only || $name == *"$only"* ]] || return 0
	local cfg; cfg=$(mktemp -d)
	local prefs="$cfg/fyne/io.github.dsptdesk.dsptdesk/preferences.json"
	mkdir -p "$(dirname "$prefs")"
	# The window asks for the whole display; the app shrinks it to fit.
	local w h
	w=$(awk "BEGIN{print ${display%x*}/$scale}")
	h=$(awk "BEGIN{print ${display#*x}/$scale}")
	printf '{"window.width":%s,"window.height":%s,"place.screen":"%s","place.question":"%s"%s}' \
		"$w" "$h" "$screen" "$question" "${extra:-}" >"$prefs"
	local steps=() step
	for step in "$@"; do steps+=(--step "$step"); done
	# A busy machine can start Xvfb too slowly for the app: try again.
	local try
	for try in 1 2 3; do
		if XDG_CONFIG_HOME=$cfg FYNE_THEME=$theme FYNE_SCALE=$scale \
			"$shot" --size "$display" --wait 4 "${steps[@]}" "$out/$name.png" -- "$bin" --demo; then
			break
		fi
		[[ $try == 3 ]] && { rm -rf "$cfg"; echo "screenshots: $name failed three times" >&2; exit 1; }
		echo "screenshots: $name failed, trying again" >&2
	done
	rm -rf "$cfg"
}

# Every main screen on one display: TAG DISPLAY SCALE THEME.
screens() {
	local tag=$1 display=$2 scale=$3 theme=$4
	local s="$tag-$theme"
	# The middle of the question's page, to turn the mouse wheel over it and
	# bring the evidence and its buttons into view (the groups panel is 230
	# units wide; the question takes 60% of the rest).
	local wheel
	wheel=$(awk "BEGIN{w=${display%x*}; h=${display#*x}; printf \"mousemove %d %d\", $scale*(230+0.3*(w/$scale-230)), 0.8*h}")
	take "walkthrough-$s" "$display" "$scale" "$theme" questions 1.1.1
	take "document-1.1.2-$s" "$display" "$scale" "$theme" questions 1.1.2 "$wheel" 'click --repeat 20 --delay 40 5'
	take "document-7.1.1-$s" "$display" "$scale" "$theme" questions 7.1.1 "$wheel" 'click --repeat 20 --delay 40 5'
	take "search-$s" "$display" "$scale" "$theme" questions 1.1.1 'key ctrl+f' 'sleep 1' 'type backup'
	take "missing-$s" "$display" "$scale" "$theme" missing ""
	take "registers-$s" "$display" "$scale" "$theme" registers ""
	take "actions-$s" "$display" "$scale" "$theme" actions ""
	take "compare-$s" "$display" "$scale" "$theme" compare ""
	take "years-$s" "$display" "$scale" "$theme" years ""
	take "profile-$s" "$display" "$scale" "$theme" profile ""
	take "export-$s" "$display" "$scale" "$theme" export ""
	take "backups-$s" "$display" "$scale" "$theme" backups ""
	take "help-$s" "$display" "$scale" "$theme" help ""
	take "sitting-$s" "$display" "$scale" "$theme" sitting ""
}

for theme in light dark; do
	screens 1024 1024x700 1 "$theme"
	screens 1280 1280x800 1 "$theme"
	screens 1366 1366x768 1 "$theme"
	screens 1280-150 1280x800 1.5 "$theme"
done

# Each register's screen (the issues ask for 1024x700 and 1280x800).
for display in 1024x700 1280x800; do
	for reg in staff incidents spotchecks devices suppliers information risks; do
		take "register-$reg-${display%x*}-light" "$display" 1 light "register:$reg" ""
	done
done
# A person chosen in the staff table, with the form beside it; and the card
# beside 3.2.1 that the staff register fills (the wheel brings it up).
take register-staff-form-1024-light 1024x700 1 light register:staff "" 'mousemove 300 577' 'click 1' 'sleep 1'
take register-card-3.2.1-1024-light 1024x700 1 light questions 3.2.1 'mousemove 470 550' 'click --repeat 6 --delay 60 5' 'sleep 1'

# The quiet "wording to check" badge on 3.4.1, then its detail (opened by
# clicking the badge, under the question's header).
take wording-badge-1024 1024x700 1 light questions 3.4.1
take wording-badge-detail-1024 1024x700 1 light questions 3.4.1 'mousemove 320 438' 'click 1'

# The action plan's calendar, open on the first action's target date. The
# divider is saved high, so the editor has room; the wheel over the editor's
# labels takes it to its foot, where the target date's calendar button sits
# 237 pixels above the display's foot (the same on every display).
calendar() {
	local display=$1 w=${1%x*} h=${1#*x}
	extra=',"split.actions.editor":0.1' take "calendar-${w}-light" "$display" 1 light actions "" \
		'mousemove 500 345' 'click 1' 'sleep 1' \
		"mousemove 280 $((h - 100))" 'click --repeat 20 --delay 40 5' 'sleep 1' \
		"mousemove $((w - 24)) $((h - 237))" 'click 1'
}
calendar 1024x700
calendar 1280x800

# "Not applicable" on 1.4.2 asks why: three turns of the wheel bring the box
# into view.
take not-applicable-reason-1024 1024x700 1 light questions 1.4.2 \
	'mousemove 470 550' 'click --repeat 3 --delay 60 5' 'sleep 1' \
	'mousemove 257 596' 'click 1'

# A refused edition file (cli/testdata/2027-28.toml), chosen in the file
# dialog from a private Documents folder on the Export and import screen.
home=$(mktemp -d)
mkdir -p "$home/Documents"
cp cli/testdata/2027-28.toml "$home/Documents/"
HOME=$home take add-edition-refused-1280 1280x800 1 light export "" 'mousemove 700 500' 'click --repeat 10 5' 'sleep 1' \
	'mousemove 380 753 click 1' 'sleep 2' 'mousemove 388 210 click 1' 'mousemove 1147 700 click 1' 'sleep 2'
rm -rf "$home"
