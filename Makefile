# gxsite: `make site` sets up and builds the sample portal into Site/; `make test` runs every test;
# `make bench` (optionally SIZES="1000 10000") times builds on generated corpora.
.PHONY: site test build bench clean

build:
	bash scripts/ensure-deps.sh
	swift build -c release --product gxsite

site: build
	.build/release/gxsite build --content Content --output Site

test:
	bash scripts/ensure-deps.sh
	swift test

bench:
	bash scripts/bench.sh $(SIZES)

clean:
	rm -rf .build
