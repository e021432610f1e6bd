# dipevents: `make extract` sets itself up and processes seeds/; `make test` runs the test suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# an editable install that puts the clone's folder on sys.path (setuptools' default finder is asked after Python's
# path search, which takes a folder named `dipevents` beside a user's script, the clone itself, for the package);
# setuptools calls the mode transitional (its notice, a box of stars, silenced): pyproject.toml builds with setuptools
# below 81, which has it
EDITABLE := --config-settings editable_mode=compat

.PHONY: extract test setup clean bench-langid bench-speed bench-scale bench-rows bench-truecase

# The virtual environment is rebuilt when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(PY) -m pip install --quiet -e . $(EDITABLE)
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
