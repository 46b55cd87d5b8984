# DSPT Desk. Two commands do everything on a fresh Debian or Ubuntu machine:
#   make run    install what the build needs, then open the app on your own database
#   make test   install the same, then vet and run every test (UI tests included)

GO      ?= go
BINARY  := dsptdesk
# Fyne's cgo build needs the first five; the tests use xvfb, pdftotext (poppler-utils), qpdf,
# and sqlite3 (to prove the standard client reads every table).
DEBS    := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev xvfb poppler-utils qpdf sqlite3
# The Windows release (scripts/windows/): the mingw C compiler, NSIS for the installer, osslsigncode,
# zip, and ImageMagick for the installer's .ico; its test adds Wine, Xvfb and xdotool to drive the window.
WINDEBS := gcc-mingw-w64-x86-64 nsis osslsigncode zip imagemagick
WINTESTDEBS := $(DEBS) $(WINDEBS) wine wine64 xdotool x11-apps openssl python3
# Go build tags of the Windows release. WINTAGS=accessibility exposes the window to screen readers, but
# Wine 8 lacks a UI Automation call it makes, so it cannot be checked here yet (see README).
WINTAGS ?=
# make windows SIGN_CERT=cert.pem SIGN_KEY=key.pem [SIGN_TIMESTAMP=url] [SIGN_PASS_FILE=file] signs it.
SIGN_CERT ?=
SIGN_KEY ?=
SIGN_TIMESTAMP ?=
SIGN_PASS_FILE ?=
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps run test bench windows windows-test build clean

# Install, only when missing, the Debian packages named in $(1).
define install_missing
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(DEBS))

run: deps
	$(GO) run .

build: deps
	$(GO) build -o $(BINARY) .

test: deps
	$(GO) vet ./...
	$(GO) test -race ./...

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

# dsptdesk.exe, dist/dsptdesk-VERSION-setup.exe and dist/dsptdesk-VERSION-windows-portable.zip,
# all named and versioned from FyneApp.toml.
windows:
	$(call install_missing,$(WINDEBS))
	GO="$(GO)" TAGS="$(WINTAGS)" SIGN_CERT="$(SIGN_CERT)" SIGN_KEY="$(SIGN_KEY)" \
		SIGN_TIMESTAMP="$(SIGN_TIMESTAMP)" SIGN_PASS_FILE="$(SIGN_PASS_FILE)" scripts/windows/build.sh

# Install, run, sign-check and uninstall the Windows release under Wine in a fresh profile.
windows-test: windows
	$(call install_missing,$(WINTESTDEBS))
	GO="$(GO)" TAGS="$(WINTAGS)" scripts/windows/check.sh

clean:
	rm -rf $(BINARY) $(BINARY).exe build/windows dist
