"""Dotted Kazakh abbreviations, read from abbreviations.tsv (one per line: orth, norm, can_end_sentence)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

_TSV = Path(__file__).with_name("abbreviations.tsv")


@dataclass(frozen=True)
class Abbreviation:
    orth: str
    norm: str
    can_end_sentence: bool


def _read(path: Path) -> list[Abbreviation]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        orth, norm, can_end = line.split("\t")
        rows.append(Abbreviation(orth, norm, can_end == "yes"))
    return rows


ABBREVIATIONS: list[Abbreviation] = _read(_TSV)
