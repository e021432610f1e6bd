"""Step 4 of the events stage, finish: merged events in their final form, as the events and event_arguments
tables show them (pipeline/event/rows.py): in the order they are told, each with its id, its language, its
PLOVER and CAMEO codes (codes.tsv) and a confidence."""
from __future__ import annotations

from ..document import Document
from .knowledge import codes
from .model import Event

EXTRACTOR_VERSION = "events-0.2.0"  # 0.2.0: statuses cancelled/postponed, background, news-set rules


def finish_events(events: list[Event], doc: Document) -> list[Event]:
    """`events` (merge.py) sorted by their first sentence, then trigger offset, each given the id
    `<doc_id>:e<n>` (n from 0 in that order) and finished in place; the same list, returned."""
    events.sort(key=lambda e: (e.evidence[0].start, e.trigger.start))
    for n, event in enumerate(events):
        event.event_id = f"{doc.doc_id}:e{n}"
        _finish(event, doc)
    return events


def _finish(event: Event, doc: Document) -> None:
    event.lang = doc.sentence_of(event.trigger.start).lang
    code = codes()[(event.event_type, event.status)]
    # a meeting called off or put off has no code (codes.tsv): null, not a claim that it happened
    event.plover_event, event.plover_mode, event.cameo_code = (code[key] or None for key in
                                                               ("plover_event", "plover_mode", "cameo_code"))
    event.confidence = _confidence(event)
    event.extractor_version = EXTRACTOR_VERSION


def _confidence(event: Event) -> float:
    """A rough score of how fully the event is attested: two or more sides, titles, what was discussed, more
    than one report of it; planned events are less certain."""
    score = 0.4
    score += 0.2 if len(event.participants) >= 2 else 0.0
    score += 0.1 if any(p.role or p.affiliation for p in event.participants) else 0.0
    score += 0.1 if event.topics else 0.0
    score += 0.1 if len(event.evidence) > 1 else 0.0
    score *= 1.0 if event.status == "occurred" else 0.8
    return round(min(score, 0.95), 2)
