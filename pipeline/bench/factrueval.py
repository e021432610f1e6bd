"""factRuEval-2016: Russian NER (track 1) and Meeting facts, scored on the pipeline's Russian analysis.

    python -m pipeline.bench.factrueval [DIR] [--limit N]

DIR (default: factrueval2016/devset under pipeline.paths.data_dir()) holds `<doc>.txt` with `.spans`,
`.objects`, `.coref` and `.facts` beside it; any split in that format runs unchanged.

Entities, at the object level as track 1 is reported: each gold object is one entity whose extent runs from
the start of its first span to the end of its last (`Юрия Лужкова` = name span + surname span), with its type
mapped to ours (Person→PER, Org→ORG, Location→LOC, LocOrg→LOC; Project, Facility and the rest are not
scored, nor are predicted labels outside PER/ORG/LOC). Nested objects are all kept (`мэрии Москвы` ORG and
`Москвы` LOC); objects with the same extent and mapped label count once. Scored exact and overlap, like the
seeds (pipeline/evaluation/entities.py).

Events: each `Meeting` fact becomes a gold-shaped `meeting` event. Participants are coreference chains
(`obj102`); each is given the mention of its chain nearest to the other participants, its `normal` from the
chain's first name + last name (else its name), `kind` from the object type, and `role`/`affiliation` from an
`Occupation` fact of the same person (Position span; Where's name). `Where` gives the location, `When` a date
only when it is a full `день месяц год`. factRuEval marks no trigger or sentence, so the evidence is the
stretch from the first to the last chosen participant mention. `Модальность будущее` → status planned.
`--scope diplomatic` (default) scores the Meeting facts of two or more states only (`read_corpus`), `--scope all`
every one; only predicted meetings, talks and phone calls are scored (`SCORED_TYPES`): factRuEval labels no
visits or gatherings.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..countries import country_code
from ..paths import data_dir
from .corpus import BenchDocument, bench_main, iso_date

LABELS = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
KINDS = {"Person": "person", "Org": "organization", "Location": "country", "LocOrg": "country"}


def default_dir() -> Path:
    return data_dir() / "factrueval2016" / "devset"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _fields(line: str) -> list[str]:
    return line.split("#", 1)[0].split()  # after `#` is a human-readable copy of the text


def read_spans(path: Path) -> dict[str, tuple[int, int]]:
    """span id → (start, end)."""
    spans = {}
    for line in _lines(path):
        parts = _fields(line)
        if len(parts) >= 4:
            spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
    return spans


@dataclass
class FactObject:
    id: str
    type: str
    start: int
    end: int


def read_objects(path: Path, spans: dict[str, tuple[int, int]]) -> dict[str, FactObject]:
    """object id → object with the extent of its spans."""
    objects = {}
    for line in _lines(path):
        parts = _fields(line)
        if len(parts) >= 3:
            extents = [spans[s] for s in parts[2:] if s in spans]
            if extents:
                objects[parts[0]] = FactObject(parts[0], parts[1], min(s for s, _ in extents),
                                               max(e for _, e in extents))
    return objects


@dataclass
class Chain:
    object_ids: list[str]
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        a = self.attributes
        person = " ".join(a[k] for k in ("firstname", "lastname") if k in a)
        return person or a.get("name", "")


def read_coref(path: Path) -> dict[str, Chain]:
    """chain id (the N of `objN` in facts) → its objects and attributes (firstname, lastname, name …)."""
    chains, current = {}, None
    for line in _lines(path):
        if not line.strip():
            current = None
        elif current is None:
            chain_id, *object_ids = line.split()
            current = chains[chain_id] = Chain(object_ids)
        else:
            key, _, value = line.strip().partition(" ")
            current.attributes.setdefault(key, value)
    return chains


@dataclass
class Fact:
    id: str
    type: str
    slots: list[tuple[str, str, str]] = field(default_factory=list)  # (role, obj/span id, text)
    attributes: dict[str, str] = field(default_factory=dict)  # Модальность, Сложность, Фаза …


def read_facts(path: Path) -> list[Fact]:
    facts, current = [], None
    for line in _lines(path):
        parts = line.split()
        if not parts:
            current = None
        elif current is None:
            current = Fact(parts[0], parts[1])
            facts.append(current)
        elif len(parts) >= 2 and parts[1].startswith(("obj", "span")):
            current.slots.append((parts[0], parts[1], " ".join(parts[2:])))
        else:
            current.attributes[parts[0]] = " ".join(parts[1:])
    return facts


def gold_entities(text: str, objects: dict[str, FactObject]) -> list[dict]:
    seen, entities = set(), []
    for obj in sorted(objects.values(), key=lambda o: (o.start, o.end)):
        label = LABELS.get(obj.type)
        if label and (obj.start, obj.end, label) not in seen:
            seen.add((obj.start, obj.end, label))
            surface = text[obj.start:obj.end]
            entities.append({"text": surface, "start": obj.start, "end": obj.end, "label": label, "normal": surface})
    return entities


class FactDocument:
    """One document's layers, with the lookups that turn facts into gold-shaped events."""

    def __init__(self, path: Path):
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.spans = read_spans(path.with_suffix(".spans"))
        self.objects = read_objects(path.with_suffix(".objects"), self.spans)
        self.chains = read_coref(path.with_suffix(".coref"))
        self.facts = read_facts(path.with_suffix(".facts"))

    def mentions(self, ref: str) -> list[FactObject]:
        """The objects of a fact's `objN` (a coreference chain), in text order."""
        chain = self.chains.get(ref.removeprefix("obj"))
        return sorted((self.objects[i] for i in chain.object_ids if i in self.objects),
                      key=lambda o: o.start) if chain else []

    def span(self, ref: str, near: int = 0) -> dict | None:
        """A fact's `spanN` or `objN` as a text span (an object's mention nearest to `near`)."""
        if ref.startswith("span") and ref.removeprefix("span") in self.spans:
            start, end = self.spans[ref.removeprefix("span")]
        else:
            options = self.mentions(ref)
            if not options:
                return None
            nearest = min(options, key=lambda o: abs(o.start - near))
            start, end = nearest.start, nearest.end
        return {"text": self.text[start:end], "start": start, "end": end}

    def occupations(self) -> dict[str, Fact]:
        """person chain → their first Occupation fact that states a position."""
        found = {}
        for fact in self.facts:
            slots = {role: ref for role, ref, _ in fact.slots}
            if fact.type == "Occupation" and "Who" in slots and "Position" in slots:
                found.setdefault(slots["Who"], fact)
        return found

    def _anchor(self, refs: list[str]) -> int:
        """A text position where the participants are mentioned close together."""
        mentions = [self.mentions(ref) for ref in refs]
        first = [m.start for m in mentions[0]] or [0]
        return min(first, key=lambda at: sum(min((abs(o.start - at) for o in others), default=0)
                                             for others in mentions[1:]))

    def meeting_events(self) -> list[dict]:
        occupations, events = self.occupations(), []
        for fact in self.facts:
            if fact.type != "Meeting":
                continue
            by_role = defaultdict(list)
            for role, ref, text in fact.slots:
                by_role[role].append((ref, text))
            refs = [ref for ref, _ in by_role["Participant"]]
            if not refs:
                continue
            anchor = self._anchor(refs)
            participants = [p for ref, text in by_role["Participant"] if (p := self._participant(ref, text, anchor,
                                                                                                   occupations))]
            if not participants:
                continue
            where = next((self.span(ref, anchor) for ref, _ in by_role["Where"]), None)
            when = next((self.span(ref, anchor) for ref, _ in by_role["When"]), None)
            day = iso_date(when["text"]) if when else None
            states = {state for ref, _ in by_role["Participant"] + by_role["Where"] for state in self.states(ref)}
            events.append({
                "states": states,
                "event_type": "meeting",
                "status": "planned" if fact.attributes.get("Модальность") == "будущее" else "occurred",
                "trigger": None,
                "participants": participants,
                "location": where and {**where, "normal": self._name(by_role["Where"][0][0], where["text"])},
                "date": day and {**when, "date_start": day, "date_end": day},
                "topics": [],
                "evidence": [{"start": min(p["start"] for p in participants),
                              "end": max(p["end"] for p in participants)}],
            })
        return events

    def states(self, ref: str) -> set[str]:
        """The states a fact's participant or place belongs to: a Location or LocOrg chain is one (its ISO 3166
        code where pycountry or our country table knows a name of it), a person those of the `Where` of their
        Occupation facts (`Сандали` → Италия)."""
        objects = self.mentions(ref)
        found = set()
        if objects and objects[0].type in ("Location", "LocOrg"):
            chain = self.chains.get(ref.removeprefix("obj"))
            names = [self._name(ref, "")] + ([chain.attributes.get("name", "")] if chain else [])
            found |= {code for name in names if name and (code := country_code(name))}
        for fact in self.facts:
            slots = [(role, slot_ref) for role, slot_ref, _ in fact.slots]
            if fact.type == "Occupation" and ("Who", ref) in slots:
                found |= {state for role, slot_ref in slots if role == "Where" for state in self.states(slot_ref)}
        return found

    def _name(self, ref: str, fallback: str) -> str:
        chain = self.chains.get(ref.removeprefix("obj"))
        return (chain and chain.name) or fallback

    def _participant(self, ref: str, text: str, anchor: int, occupations: dict[str, Fact]) -> dict | None:
        span = self.span(ref, anchor)
        if span is None:
            return None
        objects = self.mentions(ref)
        role, affiliation = None, None
        if ref in occupations:
            slots = {r: (r_ref, r_text) for r, r_ref, r_text in occupations[ref].slots}
            role = self.span(slots["Position"][0], anchor)
            if "Where" in slots:
                affiliation = self._name(*slots["Where"])
        return {**span, "normal": self._name(ref, text), "kind": KINDS.get(objects[0].type, "person"),
                "role": role, "affiliation": affiliation, "side": "participant"}


SCOPES = ("diplomatic", "all")
SCORED_TYPES = frozenset({"meeting", "talks", "phone_call"})  # our contact family: what a Meeting fact can be


def read_corpus(folder: Path, scope: str = "diplomatic") -> list[BenchDocument]:
    """The documents of `folder` with their gold. `scope` "all" keeps every Meeting fact; "diplomatic" (the
    default, the project's scope: GUIDELINES §2) those whose participants and place belong to two or more states
    (`FactDocument.states`): a family's visit to a prisoner and a company head with a minister are Meeting facts
    but no diplomatic events."""
    documents = []
    for path in sorted(Path(folder).glob("*.txt")):
        layers = FactDocument(path)
        events = [e for e in layers.meeting_events() if scope == "all" or len(e["states"]) >= 2]
        documents.append(BenchDocument(name=path.stem, path=path, entities=gold_entities(layers.text, layers.objects),
                                       events=[{k: v for k, v in e.items() if k != "states"} for e in events]))
    return documents


def main(argv: list[str] | None = None) -> dict:
    return bench_main("factrueval", default_dir(), read_corpus, argv, __doc__, scopes=SCOPES,
                      scored_types=SCORED_TYPES)


if __name__ == "__main__":
    main(sys.argv[1:])
