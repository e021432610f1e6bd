"""Readers for public labelled data sets (read from pipeline.paths.data_dir(), never copied into the repo)."""
