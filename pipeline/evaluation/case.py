"""One document's gold and predictions, in the shapes the scorers take.

Entities are dicts with text/start/end/label/normal (gold entities, or `mentions` table rows); events are dicts
in the gold JSON event shape. Offsets index `text`, the document's stored text."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field


@dataclass
class Case:
    name: str  # the article's file name (or a benchmark document id)
    lang: str
    text: str
    gold_entities: list[dict] = field(default_factory=list)
    predicted_entities: list[dict] = field(default_factory=list)
    gold_events: list[dict] = field(default_factory=list)
    predicted_events: list[dict] = field(default_factory=list)

    def sentence(self, start: int, end: int | None = None) -> str:
        """The sentence (or line) around a span, for error listings."""
        end = start if end is None else end
        left = max(self.text.rfind("\n", 0, start), *(self.text.rfind(p, 0, start) for p in (". ", "! ", "? ")))
        left = 0 if left < 0 else left + 1
        right = [i for i in (self.text.find(c, end) for c in ("\n", ". ", "! ", "? ")) if i >= 0]
        right = min(right) + 1 if right else len(self.text)
        return re.sub(r"\s+", " ", self.text[left:right]).strip()


def gold_shaped(event) -> dict:
    """doc.events holds the events stage's records; the scorers take them in the gold JSON event shape."""
    return dataclasses.asdict(event)
