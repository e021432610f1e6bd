"""Stage 4, entities: put each mention in its sentence, apply the corrections kept as data in
`models/entities.yaml` (gazetteer relabels and splits for what the NER models get wrong on these texts), and
give every mention a nominative `normal` (the language's normaliser where the backend left none)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from .document import Document, Mention
from .paths import MODELS_DIR
from .registry import Registry

REQUIRES = ("sentences", "mentions")
PROVIDES = ("mentions.normal", "mentions.sentence")

# A normaliser takes (mention text, label) and returns its nominative form.
normalizers = Registry("normaliser")


@normalizers.register("kazakh_nominative")
def _kazakh(text: str, label: str) -> str:
    from .kazakh_nominative import nominative

    return nominative(text, label)


@dataclass(frozen=True)
class GazetteerEntry:
    forms: frozenset[str]
    label: str
    normal: str
    context: re.Pattern | None  # must match the sentence text before the mention


def _key(text: str) -> str:
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=None)
def load_gazetteer(path: Path = MODELS_DIR / "entities.yaml") -> dict[str, tuple[GazetteerEntry, ...]]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    by_lang = {}
    for lang, entries in data.get("gazetteer", {}).items():
        by_lang[lang] = tuple(
            GazetteerEntry(frozenset(_key(f) for f in entry["forms"]), entry["label"], entry["normal"],
                           re.compile(entry["context"], re.IGNORECASE) if entry.get("context") else None)
            for entry in entries
        )
    return by_lang


def resolve_entities(doc: Document, normalizer_names: dict[str, str] | None = None) -> Document:
    gazetteer = load_gazetteer()
    resolved = []
    for mention in doc.mentions:
        sentence = doc.sentence_of(mention.start)
        if sentence:
            mention.sentence_start, mention.sentence_end = sentence.start, sentence.end
        left_context = doc.text[mention.sentence_start:mention.start]
        resolved.extend(_correct(mention, gazetteer.get(mention.lang, ()), left_context))
    for mention in resolved:
        if not mention.normal and normalizer_names and mention.lang in normalizer_names:
            mention.normal = normalizers.get(normalizer_names[mention.lang])(mention.text, mention.label)
        mention.normal = mention.normal or mention.text
    doc.mentions = sorted(resolved, key=lambda m: (m.start, m.end))
    return doc


def _correct(mention: Mention, entries: tuple[GazetteerEntry, ...], left_context: str) -> list[Mention]:
    """Relabel a mention that is a known name; split one that starts with a known name and runs on into
    another (`Западный Кейп Аланом Винде` → LOC `Западный Кейп` + PER `Аланом Винде`)."""
    key = _key(mention.text)
    for entry in entries:
        if entry.context and not entry.context.search(left_context):
            continue
        if key in entry.forms:
            return [replace(mention, label=entry.label, label_fine=entry.label, normal=entry.normal,
                            source=f"{mention.source}+gazetteer")]
        for form in entry.forms:
            if key.startswith(form + " "):
                cut = mention.start + len(form)
                rest_offset = len(form) + 1
                rest_normal = " ".join(mention.normal.split()[len(form.split()):]) if mention.normal else ""
                return [
                    replace(mention, end=cut, text=mention.text[:len(form)], label=entry.label,
                            label_fine=entry.label, normal=entry.normal, source=f"{mention.source}+gazetteer"),
                    replace(mention, start=mention.start + rest_offset, text=mention.text[rest_offset:],
                            label="PER", label_fine="PER", normal=rest_normal, source=f"{mention.source}+split"),
                ]
    return [mention]
