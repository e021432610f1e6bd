"""The data files under models/ that are tables: tab-separated, a header row, `#` comment lines."""
from __future__ import annotations

import csv
from pathlib import Path


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows as dicts keyed by the header; blank and `#` lines skipped."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))
