"""Entity-level exact-match precision/recall/F1 from IOB2 tag sequences (conlleval's definition).

An entity counts as found only if its label, first and last token all match the gold one.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

from ..evaluation.counts import Counts


def entity_spans(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """(label, start, end) for each entity; an I- tag that cannot continue an entity starts a new one."""
    spans = set()
    label, start = None, 0
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, tag_label = tag.partition("-")
        continues = prefix == "I" and tag_label == label
        if label is not None and not continues:
            spans.add((label, start, i))
            label = None
        if prefix in ("B", "I") and not continues:
            label, start = tag_label, i
    return spans


def score_tag_sequences(
    gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]
) -> tuple[dict[str, Counts], Counts]:
    """Per-label counts (every label seen in gold or predictions) and the micro total over all labels, with
    their precision, recall and F1 (the evaluation's one P/R/F1 record)."""
    n_gold, n_pred, n_correct = Counter(), Counter(), Counter()
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_spans, predicted_spans = entity_spans(gold_tags), entity_spans(predicted_tags)
        n_gold.update(label for label, _, _ in gold_spans)
        n_pred.update(label for label, _, _ in predicted_spans)
        n_correct.update(label for label, _, _ in gold_spans & predicted_spans)
    labels = sorted(set(n_gold) | set(n_pred))

    def counts(gold: int, predicted: int, correct: int) -> Counts:
        return Counts(tp=correct, fp=predicted - correct, fn=gold - correct)

    per_label = {label: counts(n_gold[label], n_pred[label], n_correct[label]) for label in labels}
    micro = counts(sum(n_gold.values()), sum(n_pred.values()), sum(n_correct.values()))
    return per_label, micro
