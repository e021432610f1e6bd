"""Dotted Kazakh abbreviations, read from abbreviations.tsv (columns orth, norm, can_end_sentence)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...tables import read_tsv

_TSV = Path(__file__).with_name("abbreviations.tsv")


@dataclass(frozen=True)
class Abbreviation:
    orth: str
    norm: str
    can_end_sentence: bool


ABBREVIATIONS: list[Abbreviation] = [
    Abbreviation(row["orth"], row["norm"], row["can_end_sentence"] == "yes") for row in read_tsv(_TSV)
]
