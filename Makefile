# Bransjenorsk
#   make run   installs what is missing, then serves the app on http://127.0.0.1:8080
#   make test  installs what is missing, then runs every check and test
# Both install only what is missing: a second run installs nothing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
WASM_TARGET := wasm32-unknown-unknown
# The wasm a learner downloads must stay under this, compressed with brotli.
MAX_BROTLI_BYTES := 255000
# The teachers' studio (player, forms, TOML writer and CSV reader) has its own.
MAX_STUDIO_BROTLI_BYTES := 380000
# A sub-path to prove that the app also works away from a host's root.
SUB_PATH := /bransjenorsk/

APT_TEST := chromium chromium-driver fonts-dejavu-core brotli hunspell hunspell-no hunspell-uk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Tools are built without fat LTO: a third of the build time, same behaviour.
FAST_TOOL_BUILD := CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CARGO_TERM_COLOR := never

.PHONY: run test setup setup-test apt-test rust-tools node-tools crates \
        fmt lint clear-log test-core test-native test-wasm release size e2e summary fuzz bench \
        size-profile perf clean

run: setup
	trunk serve

# Every runner's output also goes to $(TEST_LOG), which `summary` counts.
TEST_LOG := target/test-output.log

test: setup-test fmt lint clear-log test-native test-wasm release size e2e summary

# --- Installation (idempotent) ---------------------------------------------

setup: rust-tools node-tools crates

setup-test: apt-test setup

apt-test:
	@missing=""; \
	for p in $(APT_TEST); do dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

rust-tools:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" || \
	  $(FAST_TOOL_BUILD) cargo install --locked trunk --version $(TRUNK_VERSION)
	@# wasm-bindgen-cli's lock file pins a crate the registry no longer has: no --locked.
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" || \
	  $(FAST_TOOL_BUILD) cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

node-tools:
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nodejs npm; }
	@stamp=node_modules/.installed-from; \
	if ! [ -f "$$stamp" ] || ! cmp -s package-lock.json "$$stamp"; then \
	  npm ci --no-audit --no-fund && cp package-lock.json "$$stamp"; \
	fi

# Trunk builds offline, so every crate must be on disk first.
crates:
	@cargo fetch --locked --quiet

# --- Checks and tests ------------------------------------------------------

fmt:
	cargo fmt --all --check

lint:
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo clippy --locked --workspace --all-targets --target $(WASM_TARGET) -- -D warnings

clear-log:
	@mkdir -p target && : > $(TEST_LOG)

# The pure core alone: no UI crate is compiled.
test-core:
	cargo test --locked -p bransjenorsk-core

test-native:
	cargo test --locked --workspace 2>&1 | tee -a $(TEST_LOG)

# Component tests (tests/web_*.rs) in headless Chromium.
test-wasm:
	cargo test --locked --target $(WASM_TARGET) --test 'web_*' 2>&1 | tee -a $(TEST_LOG)

release:
	trunk build --release --locked
	trunk build --release --locked --public-url $(SUB_PATH) --dist dist-sub

size:
	@report() { printf '%-28s raw %8d B   gzip %8d B   brotli %8d B\n' "$$1" \
	  "$$(stat -c %s "$$2")" "$$(gzip -9c "$$2" | wc -c)" "$$(brotli -q 11 -c "$$2" | wc -c)"; }; \
	echo "Release build sizes:"; \
	for file in dist/*.wasm dist/*.js dist/*.css dist/locales/*.ftl.txt; do report "$${file#dist/}" "$$file"; done; \
	status=0; for wasm in dist/*.wasm; do \
	  br=$$(brotli -q 11 -c "$$wasm" | wc -c); \
	  case "$${wasm#dist/}" in studio_*) budget=$(MAX_STUDIO_BROTLI_BYTES);; *) budget=$(MAX_BROTLI_BYTES);; esac; \
	  if [ "$$br" -gt "$$budget" ]; then \
	    echo "FAIL: $${wasm#dist/} is $$br B brotli, over the $$budget B budget"; status=1; \
	  else echo "$${wasm#dist/}: $$br B brotli, within the $$budget B budget"; fi; \
	done; exit $$status

# The player's tests serve their own packs, made like the bundled ones.
e2e:
	cargo run --quiet --locked --bin packcheck -- --export target/e2e-packs tests/e2e/packs
	npx playwright test --config tests/e2e/playwright.config.ts 2>&1 | tee -a $(TEST_LOG)

# A million generated and mutated inputs for each reader of outside input
# (pack files, zips, pack links, backups); prints counts and times.
fuzz:
	FUZZ_ROUNDS=1000000 cargo test --locked --release -p bransjenorsk-core --test fuzz -- --nocapture

# Loading and saving 5,000 reviewed items; prints its figures.
bench:
	cargo bench --locked --bench progress

# What the practice app's wasm is made of, by crate and by function:
# the release build, optimised as Trunk does (index.html) but keeping its
# function names, read by twiggy.
TWIGGY_VERSION := 0.8.0
size-profile: setup
	@twiggy --version 2>/dev/null | grep -qx "twiggy-opt $(TWIGGY_VERSION)" || \
	  $(FAST_TOOL_BUILD) cargo install --locked twiggy --version $(TWIGGY_VERSION)
	cargo build --release --locked --target $(WASM_TARGET) --bin bransjenorsk
	mkdir -p target/size
	wasm-bindgen --target web --out-dir target/size target/$(WASM_TARGET)/release/bransjenorsk.wasm
	wasm-opt -g -Oz --flatten --rereloop -Oz --converge --low-memory-unused --zero-filled-memory -Oz \
	  target/size/bransjenorsk_bg.wasm -o target/size/named.wasm
	twiggy top -n 1000000 -f csv target/size/named.wasm > target/size/top.csv
	node benches/size-profile.mjs target/size/top.csv

# Lighthouse's mobile preset on the home page and on a first lesson of the
# release build served with brotli, first and repeat visits, three runs
# each; prints the medians. Its tools are kept apart from the test tools.
# (Lighthouse's trace engine asks for the "latest" of two packages; its
# package.json pins them to the locked versions, so `npm ci` keeps working.)
perf: setup
	@stamp=benches/perf/node_modules/.installed-from; \
	if ! [ -f "$$stamp" ] || ! cmp -s benches/perf/package-lock.json "$$stamp"; then \
	  npm ci --prefix benches/perf --no-audit --no-fund && cp benches/perf/package-lock.json "$$stamp"; \
	fi
	trunk build --release --locked
	node benches/perf/perf.mjs dist

# One closing line over all runners: cargo's "test result:" lines and
# Playwright's "N passed" / "N failed" / "N skipped".
summary:
	@awk '/^test result:/ { for (i = 1; i < NF; i++) { if ($$(i+1) ~ /^passed/) p += $$i; if ($$(i+1) ~ /^failed/) f += $$i; if ($$(i+1) ~ /^ignored/) s += $$i } } \
	  /^ +[0-9]+ passed/ { p += $$1 } /^ +[0-9]+ failed/ { f += $$1 } /^ +[0-9]+ skipped/ { s += $$1 } \
	  END { printf "All checks done.\nTests: %d passed, %d failed, %d skipped\n", p, f, s; exit (f > 0 || p == 0) }' $(TEST_LOG)

clean:
	rm -rf dist dist-sub tests/e2e/results
	cargo clean
