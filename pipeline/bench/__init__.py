"""Benchmark runners: a model against a public labelled data set, with the numbers a model card quotes."""
