# Okaeri — the two commands: `make serve` runs the app, `make test` runs every test.
# Each installs only what is missing (see .ci/tools.sh), so a second run installs nothing.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never

.PHONY: serve test tools browser-tools check unit contract wasm-test build e2e bench size clean

## Run the app on the embedded default backend at http://127.0.0.1:8080
serve: tools
	trunk serve --release

## Run every test: format, lint, unit, contract, browser component tests, end-to-end.
test: tools browser-tools check unit contract wasm-test build e2e
	@echo "All Okaeri checks passed."

tools:
	@bash .ci/tools.sh build

browser-tools:
	@bash .ci/tools.sh browser

check:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings

unit:
	cargo test

contract:
	redocly lint public/openapi.yaml --format=stylish

wasm-test:
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --test web

build:
	trunk build --release

e2e:
	node --test --test-concurrency=1 --test-reporter=spec tests/e2e/

## Release bundle size: raw, gzip and brotli per file.
size: build
	@node tests/tools/size.mjs dist

clean:
	rm -rf dist target node_modules
