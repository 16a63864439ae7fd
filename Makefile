# Okaeri — the two commands: `make serve` runs the app, `make test` runs every test.
# Each installs only what is missing (see .ci/tools.sh), so a second run installs nothing;
# `make serve` installs only what the build needs, `make test` the test tools too.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(CURDIR)/build/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TERM_COLOR ?= never
# geckodriver from crates.io (.ci/tools.sh), by its path: node_modules/.bin has an npm one.
GECKODRIVER := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin/geckodriver

.PHONY: serve dev serve-rest backend contract-live build-subpath test tools test-tools browser-tools engine-tools server-tools test-machine-tools check unit contract wasm-test build e2e e2e-embedded e2e-rest e2e-engines engine-firefox engine-webkit engine-chromium bench leaks size clean

## Run the app on the embedded default backend at http://127.0.0.1:8080
serve: tools
	trunk serve --release

## For working on the app: a debug build at http://127.0.0.1:8080 that reloads on every change
## (one WebAssembly file, no wasm-opt).
dev: tools
	trunk serve

## Optional: the app against the reference backend (SQLite in okaeri-reference.sqlite).
## The backend listens on 127.0.0.1:8081; dist/config.json points the app at it (CORS).
serve-rest: tools backend
	trunk build --release
	printf '{ "api_base": "http://127.0.0.1:8081", "token": "demo-worker" }\n' > dist/config.json
	( target/debug/okaeri-reference-backend --port 8081 --db okaeri-reference.sqlite & echo $$! > .backend.pid ); \
	trap 'kill $$(cat .backend.pid); rm -f .backend.pid' EXIT; node tests/e2e/server.mjs dist 8080

backend:
	cargo build -p okaeri-reference-backend

## Run every test: format, lint, unit, contract, browser component tests, end-to-end.
## The live contract check runs beside the first end-to-end pass: they share nothing.
test: tools test-tools test-machine-tools check unit contract wasm-test build build-subpath backend
	@$(MAKE) --no-print-directory -j2 --output-sync=target contract-live e2e-embedded
	@$(MAKE) --no-print-directory e2e-rest
	@$(MAKE) --no-print-directory e2e-engines
	@echo "All Okaeri checks passed."

tools:
	@bash .ci/tools.sh build

test-tools:
	@bash .ci/tools.sh test

browser-tools:
	@bash .ci/tools.sh browser

engine-tools:
	@bash .ci/tools.sh engines

server-tools:
	@bash .ci/tools.sh server

# What the browsers' and the server's tests need, their Debian packages in one apt-get run.
test-machine-tools:
	@bash .ci/tools.sh browser engines server

check:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	# The WebAssembly build and its component tests as well, with the diagnostics-only
	# counting allocator (`make leaks`).
	cargo clippy --target wasm32-unknown-unknown --bin okaeri --test web --features heap-count -- -D warnings
	# And the release build's split points (src/platform/split.rs), which only `--features split` compiles.
	cargo clippy --target wasm32-unknown-unknown --bin okaeri --features split -- -D warnings

unit:
	cargo test --workspace
	node --test build/

contract:
	redocly lint public/openapi.yaml --format=stylish

## The reference backend, checked against the contract by schemathesis.
contract-live: backend
	@bash .ci/tools.sh python
	bash tests/tools/schemathesis.sh

## The component tests in Chromium, then in Firefox.
wasm-test:
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --test web
	GECKODRIVER=$(GECKODRIVER) WASM_BINDGEN_TEST_TIMEOUT=120 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --test web

build:
	trunk build --release

## The intranet build, served under /apps/okaeri/ (used by the PWA tests).
build-subpath:
	trunk build --release --public-url /apps/okaeri/ --dist target/dist-subpath

# The journeys run twice: on the embedded default, then on the reference backend.
E2E_JOURNEYS := tests/e2e/start.test.mjs tests/e2e/storage.test.mjs tests/e2e/logout.test.mjs tests/e2e/onboarding.test.mjs tests/e2e/profile.test.mjs tests/e2e/board.test.mjs tests/e2e/notices.test.mjs tests/e2e/in-touch.test.mjs tests/e2e/her-data.test.mjs tests/e2e/career.test.mjs tests/e2e/chunks.test.mjs
# Two files at a time (each file has its own server, browser, storage and, on the REST pass,
# backend), but the REST pass's own tests (tests/e2e/rest/) one at a time: they wait on real
# timeouts (a hung request times out after 5 s), and with two files at once on a fresh clone
# one of them missed its window once in 44.
e2e: e2e-embedded e2e-rest e2e-engines

e2e-embedded:
	node --test --test-concurrency=2 --test-reporter=spec tests/e2e/*.test.mjs

e2e-rest: backend
	OKAERI_BACKEND=rest node --test --test-concurrency=2 --test-reporter=spec $(E2E_JOURNEYS)
	OKAERI_BACKEND=rest node --test --test-concurrency=1 --test-reporter=spec tests/e2e/rest/*.test.mjs

## The cross-engine journeys (tests/engines/), the same file in each engine, two at a time.
e2e-engines: backend
	@$(MAKE) --no-print-directory -j2 --output-sync=target engine-firefox engine-webkit engine-chromium

engine-firefox engine-chromium:
	OKAERI_ENGINE=$(@:engine-%=%) GECKODRIVER=$(GECKODRIVER) node --test --test-reporter=spec tests/engines/

# WebKitGTK's MiniBrowser needs a display: a virtual one.
engine-webkit:
	OKAERI_ENGINE=webkit xvfb-run --auto-servernum node --test --test-reporter=spec tests/engines/

## The performance benchmark (not a test): a table of figures and budgets, about 12 minutes.
bench: tools test-tools browser-tools build backend
	@bash .ci/tools.sh bench
	trunk build --release --config tests/bench/floor/Trunk.toml
	node tests/bench/run.mjs dist 9 target/dist-floor

## Diagnosis: the Rust heap each page leaves behind, per round trip (counting allocator).
## `make leaks ARGS="--stacks board/ch101 --role coordinator"` also shows where it was allocated.
leaks: tools test-tools browser-tools build
	node tests/bench/leaks.mjs $(ARGS)

## Release bundle size: raw, gzip and brotli per file.
size: build
	@node build/size.mjs dist

clean:
	rm -rf dist target node_modules build/node_modules
