# The dataset to look at: outputs/, or $(DIPEVENTS_DATASET) (a folder `extract --out` wrote; relative to the
# repository's root). `make report` writes DATASET/report/ (index.html, articles/*.html); `make notebook` runs
# notebooks/who-met-whom.ipynb on it and saves it with its answers as DATASET/who-met-whom.ipynb. Only the
# default outputs/ is extracted from the seeds first when it holds no dataset yet.
.PHONY: report notebook
DIPEVENTS_DATASET ?= outputs
DATASET := $(abspath $(DIPEVENTS_DATASET))
SEEDS_FIRST = test -e $(DATASET)/current || test "$(DATASET)" != "$(abspath outputs)" || $(MAKE) extract

report: $(STAMP)
	$(SEEDS_FIRST)
	$(PY) -m pipeline report $(DATASET) --html $(DATASET)/report

notebook: $(STAMP)
	$(SEEDS_FIRST)
	cd notebooks && DIPEVENTS_DATASET=$(DATASET) ../$(VENV)/bin/jupyter execute who-met-whom.ipynb \
		--output=$(DATASET)/who-met-whom.ipynb
