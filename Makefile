# driftline — every entry point creates .venv and installs what it needs on first use.
#   make up      run the embedded pipeline (broker + worker + store under ./.driftline/)
#   make test    run the whole test suite (unit + integration on the real broker and engine)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ARGS   ?=

.PHONY: up demo test lint bench clean-env

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU torch first: anything that pulls torch later finds it satisfied (no CUDA download).
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Build the detector models once (offline, from installed packages; cached in ~/.cache/driftline).
	HF_HUB_OFFLINE=1 $(BIN)/driftline models build
	touch $(STAMP)

up: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/driftline up $(if $(DEMO),--demo,) $(ARGS)

demo: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/driftline up --demo $(ARGS)

test: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python bench/run_all.py $(ARGS)

clean-env:
	rm -rf $(VENV)
