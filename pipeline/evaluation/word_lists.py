"""Scores of a normaliser on a word list: a TSV whose rows give a written form, its expected `nominative` and its
`case`, read by `python -m pipeline.kazakh_nominative LIST` and `python -m pipeline.bench.person_names`."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

Scores = tuple[float, dict[str, tuple[int, int]], list[tuple[str, str, str | None]]]


def score_list(rows: Iterable[dict[str, str]], written: str, normal_of: Callable[[dict[str, str]], str | None]
               ) -> Scores:
    """(accuracy over the rows, {case: (right, rows)}, the misses as (written form, expected, given)): each row's
    `normal_of(row)` against its `nominative`, the row's form read from its column `written`. Errors: KeyError for
    a row without `nominative` or `case`; ZeroDivisionError for no rows."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for row in rows:
        given = normal_of(row)
        total[row["case"]] += 1
        if given == row["nominative"]:
            right[row["case"]] += 1
        else:
            misses.append((row[written], row["nominative"], given))
    per_case = {case: (right[case], total[case]) for case in sorted(total)}
    return sum(right.values()) / sum(total.values()), per_case, misses


def score_lines(scores: Scores, indent: str = "") -> list[str]:
    """The lines printed for a list's scores: one per case, the whole list, then each miss."""
    accuracy, per_case, misses = scores
    lines = [f"{indent}{case:6} {right:4}/{count:<4} {right / count:.3f}" for case, (right, count) in per_case.items()]
    lines.append(f"{indent}{'all':6} {sum(r for r, _ in per_case.values()):4}/"
                 f"{sum(c for _, c in per_case.values()):<4} {accuracy:.3f}")
    lines += [f"{indent}miss: {form} -> {given if given is not None else '(none)'} (expected {expected})"
              for form, expected, given in misses]
    return lines
