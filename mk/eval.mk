# Evaluation against the seed gold and the quality benchmarks. Included by the main Makefile (PY, STAMP).
# Pass ARGS=--limit 20 to the benchmarks for a quick run; FACTRUEVAL_DIR / NEREL_DIR for another split.
.PHONY: eval eval-news train-people-states cv-participants bench-quality bench-factrueval bench-nerel

# A dataset is extracted from seeds/ only when outputs/ has none; `make extract` refreshes an existing one.
outputs/current: | $(STAMP)
	$(PY) -m pipeline extract seeds --out outputs

eval: outputs/current
	$(PY) -m pipeline eval $(ARGS)

# The news development set (../shared/data/news, DIPEVENTS_DATA overrides) against seeds/gold/news, per split.
eval-news: $(STAMP)
	$(PY) -m pipeline.evaluation.news $(ARGS)

# Relearns models/events/people_states.tsv (which state a person speaks for) from the news set's dev split gold.
train-people-states: $(STAMP)
	$(PY) -m pipeline.training.people_states

# Cross-validates a learned choice of event sides against the rules on the dev split's folds (no model is written:
# models/events/README.md "Learned sides"); ARGS=--trees, --nerel DIR, --without-rule for the other variants.
cv-participants: $(STAMP)
	$(PY) -m pipeline.training.participants $(ARGS)

bench-quality: outputs/current
	$(PY) -m pipeline.bench.quality $(ARGS)

bench-factrueval: $(STAMP)
	$(PY) -m pipeline.bench.factrueval $(FACTRUEVAL_DIR) $(ARGS)

bench-nerel: $(STAMP)
	$(PY) -m pipeline.bench.nerel $(NEREL_DIR) $(ARGS)
