"""A document's finished events as table rows: one nested row per event, and one flat row per argument
(participant, location, date, topic, trigger) for easy joins in pandas or DuckDB. Schemas live in
pipeline/write.py (`SCHEMAS`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from ..document import Document
from .model import Event

ARGUMENT_ROLES = ("trigger", "participant", "location", "date", "topic")


def event_tables(doc: Document) -> dict[str, list[dict]]:
    """{"events": one row per event of `doc.events` (its fields, `doc_id` added, dates as `datetime.date`),
    "event_arguments": one row per argument (`ARGUMENT_ROLES`), every column of the table present (None where
    the role has none)}."""
    return {"events": _event_rows(doc), "event_arguments": _argument_rows(doc)}


def _event_rows(doc: Document) -> list[dict]:
    rows = []
    for event in doc.events:
        row = asdict(event)
        row["doc_id"] = doc.doc_id
        if event.date:
            row["date"]["date_start"] = dt.date.fromisoformat(event.date.date_start)
            row["date"]["date_end"] = dt.date.fromisoformat(event.date.date_end)
        rows.append(row)
    return rows


def _argument_rows(doc: Document) -> list[dict]:
    rows = []
    for event in doc.events:
        rows.extend({"doc_id": doc.doc_id, "event_id": event.event_id, **argument}
                    for argument in _arguments(event))
    return rows


def _arguments(event: Event):
    blank = {"normal": None, "kind": None, "side": None, "affiliation": None, "title": None, "title_start": None,
             "title_end": None, "categories": None, "date_start": None, "date_end": None}
    span = lambda a: {"text": a.text, "start": a.start, "end": a.end}  # noqa: E731
    yield {**blank, "role": "trigger", **span(event.trigger)}
    for person in event.participants:
        yield {**blank, "role": "participant", **span(person), "normal": person.normal, "kind": person.kind,
               "side": person.side, "affiliation": person.affiliation,
               "title": person.role.text if person.role else None,
               "title_start": person.role.start if person.role else None,
               "title_end": person.role.end if person.role else None}
    if event.location:
        yield {**blank, "role": "location", **span(event.location), "normal": event.location.normal}
    if event.date:
        yield {**blank, "role": "date", **span(event.date),
               "date_start": dt.date.fromisoformat(event.date.date_start),
               "date_end": dt.date.fromisoformat(event.date.date_end)}
    for topic in event.topics:
        yield {**blank, "role": "topic", **span(topic), "categories": list(topic.categories)}
