"""The events of each seed article against its hand-labelled gold, and the span invariant on every argument,
in the nested events rows and in the flat event_arguments rows alike."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline import write
from pipeline.evaluate import dataset_from_documents, pair_with_dataset, score_cases
from pipeline.event.rows import ARGUMENT_ROLES
from pipeline.gold import load_gold_folder
from pipeline.paths import REPO_ROOT

GOLD_DIR = REPO_ROOT / "seeds" / "gold"
SEED_NAMES = sorted(path.name for path in (REPO_ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_docs(seed_documents):
    return seed_documents


@pytest.fixture(scope="module")
def scores_per_seed(seed_docs) -> dict[str, dict]:
    golds, problems = load_gold_folder(GOLD_DIR)
    assert len(golds) == len(SEED_NAMES) and not problems, problems
    cases, unpaired = pair_with_dataset(golds, dataset_from_documents(seed_docs))
    assert not unpaired, unpaired
    return {case.name: score_cases([case])[0]["events"] for case in cases}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_each_seed_has_exactly_the_gold_events(scores_per_seed, name):
    """Every meeting a careful reader sees, and nothing else, with the gold's type and status."""
    events = scores_per_seed[name]["events"]
    assert (events["overall"]["fn"], events["overall"]["fp"]) == (0, 0), events["overall"]
    assert events["type_accuracy"]["accuracy"] == 1.0
    assert events["status_accuracy"]["accuracy"] == 1.0


@pytest.mark.parametrize("name", SEED_NAMES)
def test_each_seed_arguments_against_gold(scores_per_seed, name):
    arguments = scores_per_seed[name]["arguments"]["per_argument"]
    assert arguments["participants"]["recall"] >= 0.75, arguments["participants"]
    assert arguments["participants"]["precision"] >= 0.6, arguments["participants"]


def spans_of(event):
    yield event.trigger
    for person in event.participants:
        yield person
        if person.role:
            yield person.role
    yield from (x for x in (event.location, event.date) if x)
    yield from event.topics
    yield from event.evidence


def test_every_seed_has_events(seed_docs):
    assert all(doc.events for doc in seed_docs)


def test_span_invariant_on_every_argument(seed_docs):
    for doc in seed_docs:
        for event in doc.events:
            for span in spans_of(event):
                assert doc.text[span.start:span.end] == span.text, (doc.source_path, event.event_id, span)


def test_argument_rows_keep_the_span_invariant(seed_docs):
    now = dt.datetime.now(dt.timezone.utc)
    for doc in seed_docs:
        rows = write.document_rows(doc, "test", now)
        events, arguments = write.to_table("events", rows["events"]), write.to_table("event_arguments",
                                                                                       rows["event_arguments"])
        assert events.num_rows == len(doc.events)
        for row in arguments.to_pylist():
            assert row["role"] in ARGUMENT_ROLES
            assert doc.text[row["start"]:row["end"]] == row["text"]
            if row["title"] is not None:
                assert doc.text[row["title_start"]:row["title_end"]] == row["title"]
