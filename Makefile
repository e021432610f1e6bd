# dipevents: `make extract` sets itself up and processes seeds/; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: extract test setup clean bench-langid bench-speed bench-scale bench-rows bench-truecase

# The virtual environment is rebuilt when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $(STAMP)

setup: $(STAMP)

extract: $(STAMP)
	$(PY) -m pipeline extract seeds --out outputs $(ARGS)

test: $(STAMP)
	$(PY) -m pytest -q $(ARGS)

bench-langid: $(STAMP)
	$(PY) -m pipeline.bench.langid

bench-truecase: $(STAMP)
	$(PY) -m pipeline.bench.truecase

clean:
	rm -rf outputs

-include mk/*.mk

bench-speed: $(STAMP)
	OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 $(PY) -m pipeline.bench.speed $(ARGS)

bench-scale: $(STAMP)
	$(PY) -m pipeline.bench.scale $(ARGS)

bench-rows: $(STAMP)
	$(PY) -m pipeline.bench.rows $(ARGS)
