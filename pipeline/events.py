"""Stage 5, events: diplomatic consultations (who met whom, in what role, where, when, about what), each
argument traced to its character span.

Each sentence is read for trigger words, the sides it names, places, dates and topics; every trigger becomes a
draft event; drafts telling the same event are merged (pipeline/event/merge.py). All knowledge is data under
models/events/ (see its README.md); languages differ by their data files only.
"""
from __future__ import annotations

from .document import Document
from .event.arguments import assign_arguments
from .event.assemble import (background_by_date, build_event, finish, has_a_side, hosts_from_destination,
                             hosts_from_greeting, hosts_from_talks, share_between_siblings, share_place_and_date,
                             states_as_written)
from .event.candidates import find_candidates
from .event.merge import group_drafts

REQUIRES = ("sentences", "tokens", "mentions")
PROVIDES = ("events",)


def extract_events(doc: Document) -> Document:
    """Fill `doc.events` (pipeline.event.model.Event records) from the analysed sentences and mentions."""
    sentences = find_candidates(doc)
    drafts = assign_arguments(sentences)
    events = [build_event(group) for group in group_drafts(drafts)]
    events = [e for e in events if has_a_side(e)]
    share_place_and_date(events)
    share_between_siblings(events)
    hosts_from_talks(events)
    hosts_from_greeting(events, sentences)
    hosts_from_destination(events, doc)
    states_as_written(events, doc)
    background_by_date(events, doc.published_date)
    events.sort(key=lambda e: (e.evidence[0], e.trigger.start))
    for n, event in enumerate(events):
        event.event_id = f"{doc.doc_id}:e{n}"
        finish(event, doc)
    doc.events = events
    return doc
