"""Events against gold: which predicted event is which gold event, then event-level and argument-level scores.

Matching. Event types fall into families that describe the same kind of contact, since the line between them
is the labeller's judgement more than the text's (`провели переговоры в ходе встречи`):
  contact = meeting, talks, phone_call;  visit;  multilateral.
A predicted event can match a gold event of the same family when they share at least one participant (names
compared with the tolerance in `names.py`) and either the participant sets agree (Jaccard of matched names
>= 0.5) or the prediction is anchored in the gold event's text (its trigger or evidence overlaps the gold
evidence or trigger) — a bilateral meeting where one side was missed still matches if it is the same report.
Pairs are then chosen one-to-one with the largest total weight (Jaccard + 0.5 if anchored + 0.1 if the exact
type agrees), so one prediction never takes credit for two gold events.

Scores. Events: P/R/F1 per language, per family and overall; exact type and status accuracy on matched pairs.
Arguments are scored end to end (a gold event that was missed costs all its arguments in recall; a spurious
event costs all of its in precision), per argument kind:
- participants: one-to-one name matches between the two participant lists;
- role: on matched participants, the role spans overlap or their texts agree (case/ё-insensitive);
- affiliation: on matched participants, names_match on the affiliation names;
- location: spans overlap or the normal names match;
- date: date_start and date_end both equal;
- topics: the set of topic categories of the event (union over its topics), counted per category.

On matched pairs, per language: type and status accuracy, and location and date accuracy over the pairs where
the gold or the prediction has one (right when both have it and they match: a missed place and a place given
where the gold has none are both wrong; pairs where neither has one are not counted). Who met whom:
per document, the unordered pairs of participants that met in an `occurred` event (background ones included),
matched one-to-one with the name tolerance (either order). Near-miss documents are those whose gold has no
events: every `occurred` event predicted there is counted.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from .assignment import max_weight_matching
from .case import Case
from .counts import Accuracy, Counts
from .names import ambiguous_last_words, name_key, names_match

FAMILIES = {"meeting": "contact", "talks": "contact", "phone_call": "contact", "visit": "visit",
            "multilateral": "multilateral"}
MIN_JACCARD = 0.5
ARGUMENTS = ("participants", "role", "affiliation", "location", "date", "topics")


def _overlaps(a: dict, b: dict) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def participant_pairs(gold: list[dict], predicted: list[dict], ambiguous: frozenset[str]) -> list[tuple[int, int]]:
    """One-to-one participant matches by name (an exact key match is preferred over a tolerant one)."""
    weights = {(i, j): 1.0 + 0.1 * (name_key(g["normal"]) == name_key(p["normal"]))
               for i, g in enumerate(gold) for j, p in enumerate(predicted)
               if names_match(g["normal"], p["normal"], ambiguous)}
    return max_weight_matching(weights)


@dataclass
class Candidate:
    shared: int
    jaccard: float
    anchored: bool

    @property
    def allowed(self) -> bool:
        return self.shared >= 1 and (self.jaccard >= MIN_JACCARD or self.anchored)

    def weight(self, same_type: bool) -> float:
        return self.jaccard + 0.5 * self.anchored + 0.1 * same_type


def compare(gold: dict, predicted: dict, ambiguous: frozenset[str]) -> Candidate | None:
    """How well a predicted event fits a gold one, or None if they are of different families."""
    if FAMILIES[gold["event_type"]] != FAMILIES.get(predicted.get("event_type")):
        return None
    shared = len(participant_pairs(gold["participants"], predicted.get("participants") or [], ambiguous))
    union = len(gold["participants"]) + len(predicted.get("participants") or []) - shared
    gold_spans = [s for s in [gold.get("trigger"), *gold["evidence"]] if s]  # benchmark gold may lack a trigger
    predicted_spans = [s for s in [predicted.get("trigger"), *(predicted.get("evidence") or [])] if s]
    anchored = any(_overlaps(g, p) for g in gold_spans for p in predicted_spans)
    return Candidate(shared=shared, jaccard=shared / union if union else 0.0, anchored=anchored)


def match_events(gold: list[dict], predicted: list[dict], ambiguous: frozenset[str]) -> list[tuple[int, int]]:
    weights = {}
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            candidate = compare(g, p, ambiguous)
            if candidate and candidate.allowed:
                weights[(i, j)] = candidate.weight(g["event_type"] == p.get("event_type"))
    return max_weight_matching(weights)


def document_names(case: Case) -> list[str]:
    names = [e["normal"] for e in case.gold_entities]
    for event in case.gold_events + case.predicted_events:
        names.extend(p["normal"] for p in event.get("participants") or [])
    return names


def _topic_categories(event: dict) -> set[str]:
    return {c for topic in event.get("topics") or [] for c in topic.get("categories") or []}


def _role_match(gold: dict, predicted: dict) -> bool:
    return _overlaps(gold, predicted) or name_key(gold["text"]) == name_key(predicted["text"])


def _place_match(gold: dict, predicted: dict, ambiguous: frozenset[str]) -> bool:
    return _overlaps(gold, predicted) or names_match(gold["normal"], predicted.get("normal") or "", ambiguous)


def _date_match(gold: dict, predicted: dict) -> bool:
    return (gold["date_start"], gold["date_end"]) == (predicted.get("date_start"), predicted.get("date_end"))


def _optional(counts: Counts, gold, predicted, same) -> None:
    """Score one optional argument (None = absent): right, wrong (one fp and one fn), missing or extra."""
    if gold is not None and predicted is not None:
        right = same(gold, predicted)
        counts.add(tp=right, fp=not right, fn=not right)
    else:
        counts.add(fp=predicted is not None, fn=gold is not None)


def argument_counts(gold: dict | None, predicted: dict | None, ambiguous: frozenset[str]) -> dict[str, Counts]:
    """Per argument kind, the counts of one matched pair, or of a lone gold (missed) or predicted (spurious)
    event when the other side is None."""
    counts = {name: Counts() for name in ARGUMENTS}
    gold_parts = (gold or {}).get("participants") or []
    predicted_parts = (predicted or {}).get("participants") or []
    pairs = participant_pairs(gold_parts, predicted_parts, ambiguous) if gold and predicted else []
    counts["participants"].add(tp=len(pairs), fp=len(predicted_parts) - len(pairs), fn=len(gold_parts) - len(pairs))
    paired_gold, paired_predicted = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold_parts[i], predicted_parts[j]
        _optional(counts["role"], g.get("role"), p.get("role"), _role_match)
        _optional(counts["affiliation"], g.get("affiliation"), p.get("affiliation"),
                  lambda a, b: names_match(a, b, ambiguous))
    for key in ("role", "affiliation"):
        counts[key].add(fn=sum(1 for i, g in enumerate(gold_parts) if i not in paired_gold and g.get(key)),
                        fp=sum(1 for j, p in enumerate(predicted_parts) if j not in paired_predicted and p.get(key)))
    _optional(counts["location"], (gold or {}).get("location"), (predicted or {}).get("location"),
              lambda a, b: _place_match(a, b, ambiguous))
    _optional(counts["date"], (gold or {}).get("date"), (predicted or {}).get("date"), _date_match)
    gold_topics, predicted_topics = _topic_categories(gold or {}), _topic_categories(predicted or {})
    counts["topics"].add(tp=len(gold_topics & predicted_topics), fp=len(predicted_topics - gold_topics),
                         fn=len(gold_topics - predicted_topics))
    return counts


def met_pairs(events: list[dict]) -> list[tuple[str, str]]:
    """Unordered pairs of participant names that met in an `occurred` event, once each per document."""
    pairs, seen = [], set()
    for event in events:
        if event.get("status") != "occurred":
            continue
        names = {name_key(p["normal"]): p["normal"] for p in event.get("participants") or []}
        for a, b in combinations(sorted(names), 2):
            if (a, b) not in seen:
                seen.add((a, b))
                pairs.append((names[a], names[b]))
    return pairs


def pair_counts(gold: list[dict], predicted: list[dict], ambiguous: frozenset[str]) -> Counts:
    """Who-met-whom pairs of one document: one-to-one matches of gold and predicted pairs."""
    gold_pairs, predicted_pairs = met_pairs(gold), met_pairs(predicted)

    def same(g, p):
        return (names_match(g[0], p[0], ambiguous) and names_match(g[1], p[1], ambiguous)) or \
            (names_match(g[0], p[1], ambiguous) and names_match(g[1], p[0], ambiguous))

    weights = {(i, j): 1.0 for i, g in enumerate(gold_pairs) for j, p in enumerate(predicted_pairs) if same(g, p)}
    matched = len(max_weight_matching(weights))
    return Counts(tp=matched, fp=len(predicted_pairs) - matched, fn=len(gold_pairs) - matched)


def summary(event: dict) -> dict:
    """The few fields an error listing needs to recognise an event."""
    trigger = event.get("trigger") or {}
    return {"event_type": event.get("event_type"), "status": event.get("status"), "trigger": trigger.get("text"),
            "participants": [p["normal"] for p in event.get("participants") or []]}


def _argument_values(event: dict, name: str):
    if name in ("participants", "role", "affiliation"):
        key = {"participants": "normal", "role": "role", "affiliation": "affiliation"}[name]
        values = [p.get(key) for p in event.get("participants") or []]
        return [v["text"] if isinstance(v, dict) else v for v in values]
    if name == "topics":
        return sorted(_topic_categories(event))
    value = event.get(name)
    if name == "date" and value:
        return f"{value['date_start']}..{value['date_end']} ({value['text']})"
    return value and value.get("normal", value.get("text"))


def event_sentences(case: Case, event: dict) -> str:
    spans = event.get("evidence") or ([event["trigger"]] if event.get("trigger") else [])
    if not spans:
        return ""
    if event.get("evidence"):
        return " | ".join(" ".join(case.text[s["start"]:s["end"]].split()) for s in spans)
    return case.sentence(spans[0]["start"], spans[0]["end"])


class EventScores:
    def __init__(self):
        self.events = defaultdict(Counts)  # ("all",), ("lang", l), ("family", f)
        self.arguments = defaultdict(Counts)  # argument name, and (lang, name)
        self.accuracy = defaultdict(Accuracy)  # (measure, lang): type / status / location / date on matched events
        self.pairs = defaultdict(Counts)  # ("all",), ("lang", l): who-met-whom pairs
        self.near_miss = defaultdict(Accuracy)  # lang → near-miss documents (total) and those left clean (correct)
        self.near_miss_occurred = defaultdict(int)  # lang → occurred events predicted on near-miss documents
        self.errors: list[dict] = []

    def add(self, case: Case) -> None:
        ambiguous = ambiguous_last_words(document_names(case))
        gold, predicted = case.gold_events, case.predicted_events
        pairs = match_events(gold, predicted, ambiguous)
        matched_gold, matched_predicted = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, g in enumerate(gold):
            hit = i in matched_gold
            for key in (("all",), ("lang", case.lang), ("family", FAMILIES[g["event_type"]])):
                self.events[key].add(tp=hit, fn=not hit)
            if not hit:
                self._add_arguments(case.lang, argument_counts(g, None, ambiguous))
                self._error(case, "event_missed", g, None)
        for j, p in enumerate(predicted):
            if j not in matched_predicted:
                for key in (("all",), ("lang", case.lang), ("family", FAMILIES.get(p.get("event_type"), "other"))):
                    self.events[key].add(fp=1)
                self._add_arguments(case.lang, argument_counts(None, p, ambiguous))
                self._error(case, "event_spurious", None, p)
        met = pair_counts(gold, predicted, ambiguous)
        for key in (("all",), ("lang", case.lang)):
            self.pairs[key].add(met.tp, met.fp, met.fn)
        if not gold:
            occurred = sum(1 for p in predicted if p.get("status") == "occurred")
            self.near_miss[case.lang].add(occurred == 0)
            self.near_miss_occurred[case.lang] += occurred
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            for lang in ("all", case.lang):
                self.accuracy[("type", lang)].add(g["event_type"] == p.get("event_type"))
                self.accuracy[("status", lang)].add(g["status"] == p.get("status"))
                # told as having happened before the news (GUIDELINES "Background meetings")
                self.accuracy[("background", lang)].add(bool(g.get("background")) == bool(p.get("background")))
                for key, same in (("location", lambda a, b: _place_match(a, b, ambiguous)), ("date", _date_match)):
                    gv, pv = g.get(key), p.get(key)
                    if gv is not None or pv is not None:  # both absent says nothing about reading places
                        self.accuracy[(key, lang)].add(gv is not None and pv is not None and same(gv, pv))
            counts = argument_counts(g, p, ambiguous)
            self._add_arguments(case.lang, counts)
            wrong = [name for name, c in counts.items() if c.fp or c.fn]
            for field, default in (("event_type", None), ("status", None), ("background", False)):
                gold_value, predicted_value = g.get(field) or default, p.get(field) or default
                if gold_value != predicted_value:  # a background left null (written before schema 3) is False
                    self._error(case, f"{field}_wrong", g, p, gold_value=gold_value, predicted_value=predicted_value)
            for name in wrong:
                self._error(case, "argument_wrong", g, p, argument=name, gold_value=_argument_values(g, name),
                            predicted_value=_argument_values(p, name))

    def _add_arguments(self, lang: str, counts: dict[str, Counts]) -> None:
        for name, c in counts.items():
            for key in (name, (lang, name), "all", (lang, "all")):
                self.arguments[key].add(c.tp, c.fp, c.fn)

    def _error(self, case: Case, kind: str, gold: dict | None, predicted: dict | None, **details) -> None:
        self.errors.append({
            "document": case.name, "kind": kind, **details,
            "gold": gold and summary(gold), "predicted": predicted and summary(predicted),
            "sentence": event_sentences(case, gold or predicted),
        })

    def as_dict(self) -> dict:
        langs = sorted(key[1] for key in list(self.events) if key[0] == "lang")
        return {
            "events": {
                "overall": self.events[("all",)].as_dict(),
                "per_lang": {lang: self.events[("lang", lang)].as_dict() for lang in langs},
                "per_family": {key[1]: self.events[key].as_dict()
                               for key in sorted(k for k in list(self.events) if k[0] == "family")},
                "type_accuracy": self.accuracy[("type", "all")].as_dict(),
                "status_accuracy": self.accuracy[("status", "all")].as_dict(),
                "matched_accuracy": {lang: {m: self.accuracy[(m, lang)].as_dict()
                                            for m in ("type", "status", "background", "location", "date")}
                                     for lang in ["all", *langs]},
            },
            "pairs": {"overall": self.pairs[("all",)].as_dict(),
                      "per_lang": {lang: self.pairs[("lang", lang)].as_dict() for lang in langs}},
            "near_miss": {lang: {"documents": self.near_miss[lang].total,
                                 "documents_without_occurred": self.near_miss[lang].correct,
                                 "occurred_predicted": self.near_miss_occurred[lang]}
                          for lang in sorted(self.near_miss)},
            "arguments": {
                "overall": self.arguments["all"].as_dict(),
                "per_argument": {name: self.arguments[name].as_dict() for name in ARGUMENTS},
                "per_lang": {lang: {name: self.arguments[(lang, name)].as_dict() for name in ARGUMENTS}
                             for lang in langs},
                "per_lang_overall": {lang: self.arguments[(lang, "all")].as_dict() for lang in langs},
            },
        }


def score_events(cases) -> EventScores:
    scores = EventScores()
    for case in cases:
        scores.add(case)
    return scores
