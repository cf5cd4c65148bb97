# The two set-up commands are `make run` and `make test`; everything else is
# a step they use, or a tool for developers (asan, cross, fuzz, bench).
BUILD      ?= build
JOBS       ?= 2
BUILD_TYPE ?= RelWithDebInfo
CMAKE_GEN  := -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test unit asan cross fuzz bench format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

# The main job on the default target.
run: build
	@scripts/run-example.sh $(BUILD)/bin

unit: build
	@ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# Readers and parsers again under AddressSanitizer and UBSan.
asan: deps
	@cmake -S . -B build-asan $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DCPY_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j$(JOBS)
	@ctest --test-dir build-asan --output-on-failure -j$(JOBS) -L sanitize

# The portable core for Cortex-M0+ and Cortex-M4F, with code sizes.
cross: deps
	@scripts/cross-build.sh

# Every test; ctest's summary is the last thing printed.
test: build cross asan unit

fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS)

bench: build
	@scripts/bench.sh $(BUILD)/bin

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-asan build-arm-* build-fuzz
