"""Scoring parts of `python -m pipeline eval` and the benchmarks: one-to-one assignment, name tolerance,
P/R/F1 counts, entity and event scorers, word-list scores, and the report writer."""
