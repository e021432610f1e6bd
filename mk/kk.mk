# Kazakh NER (KazNERD). Included by the main Makefile, which defines PY.
KK_NER_DIR := models/kk_ner

.PHONY: train-kk bench-kaznerd

# Rebuilds models/kk_ner/model from KazNERD `valid` (single CPU thread, see models/kk_ner/README.md).
train-kk:
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(PY) -m pipeline.training.kk_ner --config $(KK_NER_DIR)/config.cfg --dev-split sentence

# Scores the committed model on KazNERD `test` (gold tokens); pass KAZNERD_DIR=... for another split.
bench-kaznerd:
	$(PY) -m pipeline.bench.kaznerd $(KAZNERD_DIR) --model $(KK_NER_DIR)/model
