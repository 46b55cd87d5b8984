# meta.sh, sourced by build.sh and check.sh from the repository root: sets name, id, version, build
# and icon from the [Details] table of FyneApp.toml, the one place they are written, and quad, the
# four-number version Windows wants (major.minor.patch.build).

# detail KEY prints KEY's value from the [Details] table of FyneApp.toml.
detail() {
	awk -v key="$1" '/^[[:space:]]*\[/ { inside = ($0 ~ /^[[:space:]]*\[Details\]/) }
		inside && $1 == key { sub(/^[^=]*=[[:space:]]*/, ""); gsub(/^"|"[[:space:]]*$/, ""); print; exit }' FyneApp.toml
}
name=$(detail Name) id=$(detail ID) version=$(detail Version) build=$(detail Build) icon=$(detail Icon)
for v in name id version build icon; do
	[ -n "${!v}" ] || { echo "FyneApp.toml has no $v under [Details]" >&2; exit 1; }
done
IFS=. read -r major minor patch _ <<<"${version%%[-+]*}"
quad="${major:-0}.${minor:-0}.${patch:-0}.$build"
