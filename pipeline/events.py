"""Stage 5, events: diplomatic consultations (who met whom, in what role, where, when, about what), each
argument traced to its character span.

Each sentence is read for trigger words, the sides it names, places, dates and topics; every trigger becomes a
draft event; drafts telling the same event are merged (pipeline/event/merge.py). All knowledge is data under
models/events/ (see its README.md); languages differ by their data files only.
"""
from __future__ import annotations

from .document import Document, Mention
from .event.assemble import (background_by_date, build_event, finish, has_a_side, hosts_from_destination,
                             hosts_from_greeting, hosts_from_talks, share_between_siblings, share_place_and_date,
                             states_as_written)
from .event.drafting import read_sentence
from .event.knowledge import knowledge
from .event.merge import group_drafts
from .event.model import Candidate, Draft
from .event.names import full_name, mention_normal
from .event.people import carry_actor, complete_people, drop_reporters, sides_of_both
from .event.reading import Reading

REQUIRES = ("sentences", "tokens", "mentions")
PROVIDES = ("events",)


def extract_events(doc: Document) -> Document:
    """Fill `doc.events` (pipeline.event.model.Event records) from the analysed sentences and mentions."""
    readings = _readings(doc)
    normal_of = _normaliser(doc, readings)
    drafts: list[Draft] = []
    sides_by_sentence: dict[int, list[Candidate]] = {}
    for reading in readings:
        drafts.extend(read_sentence(doc, reading, normal_of, drafts, sides_by_sentence))
    for draft in drafts:
        carry_actor(draft, readings, sides_by_sentence)
    sides_of_both(drafts, readings, sides_by_sentence)
    complete_people(drafts, sides_by_sentence)
    drop_reporters(drafts, readings)
    events = [build_event(group) for group in group_drafts(drafts)]
    events = [e for e in events if has_a_side(e)]
    share_place_and_date(events)
    share_between_siblings(events)
    hosts_from_talks(events)
    hosts_from_greeting(events, readings, sides_by_sentence)
    hosts_from_destination(events, doc)
    states_as_written(events, doc)
    background_by_date(events, doc.published_date)
    events.sort(key=lambda e: (e.evidence[0], e.trigger.start))
    for n, event in enumerate(events):
        event.event_id = f"{doc.doc_id}:e{n}"
        finish(event, doc)
    doc.events = events
    return doc


def _readings(doc: Document) -> list[Reading]:
    readings = []
    for index, sentence in enumerate(doc.sentences):
        known = knowledge(sentence.lang)
        if not known.triggers:
            continue
        paragraph = next((n for n, p in enumerate(doc.paragraphs) if p.start <= sentence.start < p.end), -1)
        readings.append(Reading.of(doc, sentence, index, paragraph, known))
    return readings


def _normaliser(doc: Document, readings: list[Reading]):
    """A mention's normal for events: people by their full name as known from the whole document."""
    people = [mention_normal(m, r.known) for r in readings for m in r.mentions if m.label == "PER"]

    def normal_of(mention: Mention) -> str:
        reading = next(r for r in readings if r.sentence.start <= mention.start < r.sentence.end)
        normal = mention_normal(mention, reading.known)
        return full_name(normal, people) if mention.label == "PER" else normal

    return normal_of


