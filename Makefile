# Front door: thin wrappers over scripts/, CMake and CTest. `make V=1` shows the commands.
Q := $(if $(V),,@)
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
SAMPLES ?= samples
OUT ?= out
FUZZ_SECONDS ?= 60
CI_FUZZ_SECONDS ?= 30

.PHONY: all deps build run test unit-test asan fuzz format lint bench clean deb install

all: build

deps:
	$(Q)./scripts/install-deps

$(BUILD)/build.ninja:
	$(Q)cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIDM_WERROR=ON

build: deps $(BUILD)/build.ninja
	$(Q)cmake --build $(BUILD) -j $(JOBS)

# The main job on the bundled samples: records, run.json and summary.xlsx in $(OUT)/.
run: build
	$(Q)$(BUILD)/idmreport run --input $(SAMPLES) --out $(OUT)

# Every test: unit tests, accuracy bars (samples, and the dev corpus when ../shared is
# there), the robustness run, then the unit tests again under ASan/UBSan.
test: build
	$(Q)cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(Q)$(MAKE) --no-print-directory asan
	$(Q)$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(CI_FUZZ_SECONDS)

asan: deps
	$(Q)cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DIDM_SANITIZE=ON -DIDM_WERROR=ON >/dev/null
	$(Q)cmake --build $(ASAN_BUILD) -j $(JOBS)
	$(Q)cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
		ctest --output-on-failure -j $(JOBS) -L unit

# libFuzzer targets (layout, classification) under ASan/UBSan for a bounded time each.
fuzz: deps
	$(Q)./fuzz/run-fuzz $(FUZZ_SECONDS)

# The Debian package (packaging/CMakeLists.txt): $(BUILD)/idmreport_<version>_<arch>.deb.
# ctest e2e_package builds it too and, as root, installs, tries and removes it.
deb: build
	$(Q)cd $(BUILD) && cpack -G DEB

# Binary, man page, bash completion, schemas; PREFIX=DIR to install elsewhere than /usr/local.
install: build
	$(Q)cmake --install $(BUILD) $(if $(PREFIX),--prefix $(PREFIX))

format:
	$(Q)git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

lint:
	$(Q)git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror

bench: build
	$(Q)./bench/run-bench

clean:
	$(Q)rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz $(OUT)
