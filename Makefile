# gxsite: `make site` sets up and builds the sample portal into Site/; `make test` runs every test
# (swift test, then the real-browser layer); `make browser-test` runs the browser layer alone;
# `make bench` (optionally SIZES="1000 10000") times builds on generated corpora; `make bench-reuse` (optionally
# REPORTS=100000) compares full builds with and without text reuse; `make install [PREFIX=/usr/local]`
# installs gxsite with its manual and shell completions; `make demo` builds a generated city's portal into .build-demo/Site.
.PHONY: site test browser-test install-test build install demo bench bench-reuse clean

PREFIX ?= /usr/local
CONFIGURATION ?= release

build:
	bash scripts/ensure-deps.sh
	swift build -c release --product gxsite
	swift build -c release --product gxsite-http

site: build
	.build/release/gxsite build --content Content --output Site

test:
	bash scripts/ensure-deps.sh --browser
	swift test
	$(MAKE) --no-print-directory install-test
	$(MAKE) --no-print-directory browser-test

install:
	bash scripts/ensure-deps.sh
	PREFIX="$(PREFIX)" CONFIGURATION="$(CONFIGURATION)" bash scripts/install.sh

# Installs into a temporary prefix and builds a portal made by `gxsite init` with the installed binary alone.
install-test:
	bash Tests/Install/install-test.sh

# nginx serves the sample site built by gxsite (with Pagefind) to headless Chromium through Selenium;
# screenshots go to .build-browser/screenshots/.
browser-test:
	bash scripts/ensure-deps.sh --browser
	swift build --product gxsite
	swift build --product gxcorpus
	PYTHONDONTWRITEBYTECODE=1 .venv/bin/python -m pytest -p no:cacheprovider -q Tests/Browser

# A city's worth of generated reports built into a portal in .build-demo/Site.
demo:
	bash scripts/ensure-deps.sh
	bash scripts/demo.sh

bench:
	bash scripts/bench.sh $(SIZES)

# What text reuse adds to a full build: alternated cold builds by this gxsite and by gxsite before it (REPORTS=10000).
bench-reuse:
	bash scripts/bench-reuse.sh $(REPORTS)

clean:
	rm -rf .build .build-browser .build-base
