"""Stage 5, events: diplomatic consultations (who met whom, in what role, where, when, about what), each
argument traced to its character span.

Four steps, each a module of pipeline/event/ with one public function: every sentence is read once for its
candidates (triggers, names with their titles, places, dates, topics); the arguments of each trigger are
assigned (who is a side, which side, which place and date), giving one draft per event mention; drafts telling
the same event are merged across sentences; the events are finished (ids, codes, confidence). All knowledge is
data under models/events/ (see its README.md); languages differ by their data files only.
"""
from __future__ import annotations

from .document import Document
from .event.arguments import assign_arguments
from .event.candidates import find_candidates
from .event.finish import finish_events
from .event.merge import merge

REQUIRES = ("sentences", "tokens", "mentions", "mentions.normal", "mentions.full_name")
PROVIDES = ("events",)


def extract_events(doc: Document) -> Document:
    """Fill `doc.events` with the document's events (pipeline.event.model.Event records, in the order they are
    told, ids `<doc_id>:e<n>`); sentences of a language with no event knowledge are not read."""
    sentences = find_candidates(doc)
    drafts = assign_arguments(sentences)
    events = merge(drafts, sentences, doc)
    doc.events = finish_events(events, doc)
    return doc
