"""Trigger words in a sentence (triggers.tsv), with what the sentence's modality cues make of them
(modality.tsv): kept as occurred, kept as planned, or dropped (a proposal, a wish, a negation)."""
from __future__ import annotations

from dataclasses import dataclass

from .reading import Reading

@dataclass
class Hit:
    start: int
    end: int
    text: str
    event_type: str
    status: str  # occurred | planned | frame
    plural: bool


def find_triggers(reading: Reading) -> list[Hit]:
    text = reading.text
    hits = [Hit(reading.start + m.start(), reading.start + m.end(), m.group(), t.event_type, t.status, t.plural)
            for t in reading.known.triggers for m in t.pattern.finditer(text)]
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):  # longest first
        if all(hit.end <= c.start or c.end <= hit.start for c in chosen):
            chosen.append(hit)
    kept = []
    for hit in sorted(chosen, key=lambda h: h.start):
        effect = _modality(reading, hit)
        if effect == "not_event":
            continue
        if effect == "planned" and hit.status == "occurred":
            hit.status = "planned"
        kept.append(hit)
    return kept


def _modality(reading: Reading, hit: Hit) -> str:
    """The strongest cue reaching the trigger. A cue inside a quotation speaks for the quotation only, and one
    outside for the narration only."""
    effects = set()
    for cue in reading.known.modality:
        for match in cue.pattern.finditer(reading.text):
            start, end = reading.start + match.start(), reading.start + match.end()
            if reading.quote_level(start) != reading.quote_level(hit.start):
                continue
            if (cue.where == "sentence" or (cue.where == "after" and end <= hit.start)
                    or (cue.where == "before" and hit.end <= start)):
                effects.add(cue.effect)
    return "not_event" if "not_event" in effects else "planned" if "planned" in effects else ""
