# The two set-up commands are `make run` and `make test`; everything else is
# a step they use, or a tool for developers (asan, cross, fuzz, bench).
# Build directories and flags come from CMakePresets.json (default, asan, fuzz).
BUILD      := build
JOBS       ?= 2
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test unit asan cross qemu fuzz bench format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset default >/dev/null

build: configure
	@cmake --build --preset default -j$(JOBS)

# The main job on the default target.
run: build
	@scripts/run-example.sh $(BUILD)/bin

unit: build
	@ctest --preset default

# Readers and parsers again under AddressSanitizer and UBSan.
asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j$(JOBS)
	@ctest --preset asan

# The portable core for Cortex-M0+ and Cortex-M4F, with code sizes.
cross: deps
	@scripts/cross-build.sh

# The VM in QEMU: tests/qemu/programs.txt on Cortex-M0 (microbit with the
# nRF52840's sizes) and Cortex-M4F (mps2-an386), with code size and RAM use.
qemu: deps
	@scripts/qemu-build.sh
	@tests/qemu/run.sh build-qemu-m0 build-qemu-m4

# Every test; ctest's summary is the last thing printed.
test: build cross asan qemu unit

fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS)

bench: build
	@scripts/bench.sh $(BUILD)/bin

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-asan build-arm-* build-qemu-* build-fuzz
