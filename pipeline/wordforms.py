"""Small helpers on written word forms, shared by the stages that compare or rebuild names."""
from __future__ import annotations


def fold(text: str) -> str:
    """For comparing names as written: case-insensitive, ё = е."""
    return text.lower().replace("ё", "е")


def shaped(lemma: str, written: str) -> str:
    """Carry the capitals of the written form (`Хилл-Льюисом`) over to its lemma (`хилл-льюис`)."""
    parts, written_parts = lemma.split("-"), written.split("-")
    if len(parts) != len(written_parts):
        return lemma.capitalize()
    return "-".join(p.capitalize() if w[:1].isupper() else p for p, w in zip(parts, written_parts))
