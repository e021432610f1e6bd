"""The data files under models/ that are tables: tab-separated, a header row, `#` comment lines."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from .wordforms import fold


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows as dicts keyed by the header; blank and `#` lines skipped."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=None)
def known_names(path: Path) -> dict[str, frozenset[str]]:
    """A gazetteer table (columns name, label) as {folded name: its labels}, read once for every stage that
    asks (names compared case-insensitively with ё = е)."""
    names: dict[str, set[str]] = {}
    for row in read_tsv(path):
        names.setdefault(fold(row["name"]), set()).add(row["label"])
    return {name: frozenset(labels) for name, labels in names.items()}
