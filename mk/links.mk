# Country codes, geocoding and event clusters measured against hand-given answers (README: Benchmarks).
# bench-geocoding and bench-clusters also read the news extraction in outputs/news (`make eval-news`) if present.
.PHONY: bench-links bench-countries bench-geocoding bench-clusters

bench-countries: $(STAMP)
	$(PY) -m pipeline.bench.countries

bench-geocoding: $(STAMP)
	$(PY) -m pipeline.bench.geocoding $(ARGS)

bench-clusters: $(STAMP)
	$(PY) -m pipeline.bench.clusters $(ARGS)

bench-links: bench-countries bench-geocoding bench-clusters
