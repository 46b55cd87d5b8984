# DSPT Desk. Two commands do everything on a fresh Debian or Ubuntu machine:
#   make run    install what the build needs, then open the app on your own database
#   make test   install the same, then vet and run every test (UI tests included)

GO      ?= go
BINARY  := dsptdesk
# Fyne's cgo build needs the first five; the tests use xvfb, pdftotext (poppler-utils), qpdf,
# and sqlite3 (to prove the standard client reads every table).
DEBS    := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev xvfb poppler-utils qpdf sqlite3
WINDEBS := gcc-mingw-w64-x86-64
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps run test bench windows build clean

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

windows:
	$(call install_missing,$(WINDEBS))
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$(GO) build -ldflags "-H=windowsgui -s -w" -o $(BINARY).exe .

clean:
	rm -f $(BINARY) $(BINARY).exe
