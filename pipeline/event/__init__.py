"""The parts of stage 5 (events), one job per module; `pipeline.events` puts them together."""
