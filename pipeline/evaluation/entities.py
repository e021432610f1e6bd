"""Entity mentions against gold: exact (same start, end and label) and overlap (any shared character and the
same label, one-to-one) precision/recall/F1 per label, per language and overall, and the accuracy of `normal`
on exact matches.

Only the gold vocabulary's labels are scored: a predicted POSITION or DATE is neither right nor wrong here.
The language of a mention is its document's gold language. In the overlap match the assignment prefers more
pairs first and, among those, pairs whose extents agree more (so an exact pair is never given up for a
partial one). `normal` counts as right when equal to the gold `normal` up to ё/е and spacing.
"""
from __future__ import annotations

from collections import defaultdict

from .assignment import max_weight_matching
from .case import Case
from .counts import Accuracy, Counts

GOLD_LABELS = ("PER", "ORG", "LOC")
PAIR_WEIGHT = 100  # per pair, so that more pairs always beat better-fitting fewer ones


def _overlap_weight(gold: dict, predicted: dict) -> float:
    shared = min(gold["end"], predicted["end"]) - max(gold["start"], predicted["start"])
    if shared <= 0 or gold["label"] != predicted["label"]:
        return 0.0
    union = max(gold["end"], predicted["end"]) - min(gold["start"], predicted["start"])
    return PAIR_WEIGHT + shared / union


def _normal_key(text: str) -> str:
    return " ".join((text or "").replace("ё", "е").replace("Ё", "Е").split())


class EntityScores:
    def __init__(self, labels=GOLD_LABELS):
        self.labels = tuple(labels)
        self.exact = defaultdict(Counts)  # keyed by ("all",), ("label", L), ("lang", l), ("lang_label", l, L)
        self.overlap = defaultdict(Counts)
        self.normal = defaultdict(Accuracy)
        self.errors: list[dict] = []

    def _keys(self, lang: str, label: str):
        return [("all",), ("label", label), ("lang", lang), ("lang_label", lang, label)]

    def add(self, case: Case) -> None:
        gold = [g for g in case.gold_entities if g["label"] in self.labels]
        predicted = [p for p in case.predicted_entities if p["label"] in self.labels]
        exact = self._exact_pairs(gold, predicted)
        weights = {(i, j): w for i, g in enumerate(gold) for j, p in enumerate(predicted)
                   if (w := _overlap_weight(g, p))}
        overlap = dict(max_weight_matching(weights))
        for table, pairs in ((self.exact, exact), (self.overlap, overlap)):
            matched_predicted = set(pairs.values())
            for i, g in enumerate(gold):
                for key in self._keys(case.lang, g["label"]):
                    table[key].add(tp=i in pairs, fn=i not in pairs)
            for j, p in enumerate(predicted):
                if j not in matched_predicted:
                    for key in self._keys(case.lang, p["label"]):
                        table[key].add(fp=1)
        for i, j in exact.items():
            right = _normal_key(gold[i]["normal"]) == _normal_key(predicted[j].get("normal", ""))
            for key in self._keys(case.lang, gold[i]["label"])[:3]:  # all, label, lang
                self.normal[key].add(right)
            if not right:
                self._error(case, "entity_normal", gold[i], predicted[j])
        self._list_errors(case, gold, predicted, exact, overlap)

    @staticmethod
    def _exact_pairs(gold: list[dict], predicted: list[dict]) -> dict[int, int]:
        by_span = defaultdict(list)
        for j, p in enumerate(predicted):
            by_span[(p["start"], p["end"], p["label"])].append(j)
        pairs = {}
        for i, g in enumerate(gold):
            waiting = by_span.get((g["start"], g["end"], g["label"]))
            if waiting:
                pairs[i] = waiting.pop(0)
        return pairs

    def _list_errors(self, case, gold, predicted, exact, overlap) -> None:
        by_span = defaultdict(list)
        for j, p in enumerate(predicted):
            by_span[(p["start"], p["end"])].append(j)
        relabelled = set()
        for i, g in enumerate(gold):
            if i in exact:
                continue
            if i in overlap:
                self._error(case, "entity_boundary", g, predicted[overlap[i]])
            elif by_span.get((g["start"], g["end"])):
                j = by_span[(g["start"], g["end"])][0]
                relabelled.add(j)
                self._error(case, "entity_label", g, predicted[j])
            else:
                self._error(case, "entity_missed", g, None)
        matched = set(overlap.values())
        for j, p in enumerate(predicted):
            if j not in matched and j not in relabelled:
                self._error(case, "entity_spurious", None, p)

    def _error(self, case: Case, kind: str, gold: dict | None, predicted: dict | None) -> None:
        span = gold or predicted
        self.errors.append({
            "document": case.name, "kind": kind,
            "gold": gold and {k: gold[k] for k in ("text", "start", "end", "label", "normal")},
            "predicted": predicted and {k: predicted.get(k) for k in ("text", "start", "end", "label", "normal")},
            "sentence": case.sentence(span["start"], span["end"]),
        })

    def as_dict(self) -> dict:
        def group(table) -> dict:
            return {
                "overall": table[("all",)].as_dict(),
                "per_label": {label: table[("label", label)].as_dict() for label in self.labels},
                "per_lang": {key[1]: {"overall": table[key].as_dict(),
                                      "per_label": {label: table[("lang_label", key[1], label)].as_dict()
                                                    for label in self.labels}}
                             for key in sorted(k for k in list(table) if k[0] == "lang")},
            }

        return {
            "labels": list(self.labels),
            "exact": group(self.exact),
            "overlap": group(self.overlap),
            "normalisation": {"overall": self.normal[("all",)].as_dict(),
                              "per_label": {label: self.normal[("label", label)].as_dict() for label in self.labels},
                              "per_lang": {key[1]: self.normal[key].as_dict()
                                           for key in sorted(k for k in list(self.normal) if k[0] == "lang")}},
        }


def score_entities(cases, labels=GOLD_LABELS) -> EntityScores:
    scores = EntityScores(labels)
    for case in cases:
        scores.add(case)
    return scores
