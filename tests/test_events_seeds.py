"""Every argument of every event on the seed articles is a true span of the stored text, in the nested events
rows and in the flat event_arguments rows alike."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline import write
from pipeline.event.rows import ARGUMENT_ROLES
from pipeline.paths import REPO_ROOT
from pipeline.run import Processor

from conftest import TEST_ANALYSIS

SEEDS = sorted((REPO_ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seed_docs():
    processor = Processor.build(config={**TEST_ANALYSIS, "normalizers": {}})
    return [processor(Path(path)) for path in SEEDS]


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
