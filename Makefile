# gxsite: `make site` sets up and builds the sample portal into Site/; `make test` runs every test.
.PHONY: site test build clean

build:
	bash scripts/ensure-deps.sh
	swift build -c release --product gxsite

site: build
	.build/release/gxsite build --content Content --output Site

test:
	bash scripts/ensure-deps.sh
	swift test

clean:
	rm -rf .build
