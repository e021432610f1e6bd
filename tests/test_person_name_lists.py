"""Russian person names in the nominative (pipeline/person_names.py) on the sentence lists of tests/data, scored by
pipeline/bench/person_names.py: `python -m pipeline.bench.person_names` prints the same figures and the misses."""
from pathlib import Path

from pipeline.bench.person_names import evaluate

DATA = Path(__file__).parent / "data"
# Floors are measured accuracies. Development list (the nm lists of issue #16: foreign names after "встретился с"
# and "принял"): 74/88 before the title's case and models/ru/case_endings.tsv, 87/88 after (Сигэру Исибу is read as
# a woman's accusative Сигэра). Held-out list, written before the code first ran on it: 49/61 before, 57/61 on its
# first run; 58/61 once the rule it showed too broad (a man's `Гахарией` read as a woman's first name) was
# narrowed to words pymorphy's dictionary knows.
DEVELOPMENT_FLOOR = 0.98
HELD_OUT_FLOOR = 0.95


def test_development_list_accuracy(processor):
    accuracy, _, misses = evaluate(DATA / "ru_person_names.tsv", processor)
    assert accuracy >= DEVELOPMENT_FLOOR, misses


def test_held_out_list_accuracy(processor):
    accuracy, _, misses = evaluate(DATA / "ru_person_names_heldout.tsv", processor)
    assert accuracy >= HELD_OUT_FLOOR, misses
