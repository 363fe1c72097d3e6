# Dragoman: the two commands of the README.
#   make run   – set up (system packages), build, and run the main job on the sample content
#   make test  – set up, build, and run the test suite
# Everything the project needs from the system is installed by `make setup` (Debian/Ubuntu, apt).

SWIFT ?= swift
APT_PACKAGES := libicu-dev libmd4c-dev libxml2-dev pkg-config

.PHONY: setup run test build release benchmark check-tools

setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: setup
	$(SWIFT) build

run: build
	$(SWIFT) run dragoman build
	$(SWIFT) run dragoman status
	$(SWIFT) run dragoman check

test: setup
	$(SWIFT) test

release: setup
	$(SWIFT) build -c release

benchmark: release
	.build/release/DragomanBenchmark segmentation-quality --data ../shared/benchmarks/segmentation
	.build/release/DragomanBenchmark segmentation-speed
	.build/release/DragomanBenchmark exchange
	.build/release/DragomanBenchmark glossary
	.build/release/DragomanBenchmark build
	.build/release/DragomanBenchmark build --store
