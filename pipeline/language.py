"""Stage 2, language: every content paragraph gets `ru`, `kk` or `other` with a confidence; the document gets
the language of most of its content characters.

lingua scores the candidates; letter evidence from `models/language.yaml` vetoes what lingua cannot tell apart
(Kyrgyz, Tatar, Bashkir and Uzbek, which it has no model for). See `python -m pipeline.bench.langid` for the
accuracy of this method against lingua alone on `tests/data/langid.tsv`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .document import Document
from .paths import MODELS_DIR

REQUIRES = ("paragraphs",)
PROVIDES = ("lang",)


@dataclass(frozen=True)
class LanguageRules:
    lingua_languages: tuple[str, ...]
    targets: dict
    min_letters: int
    min_cyrillic_share: float


@lru_cache(maxsize=None)
def load_rules(path: Path = MODELS_DIR / "language.yaml") -> LanguageRules:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return LanguageRules(tuple(data["lingua_languages"]), data["targets"], int(data["min_letters"]),
                         float(data["min_cyrillic_share"]))


@lru_cache(maxsize=None)
def _detector(languages: tuple[str, ...]):
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in languages)).build()


def identify(text: str, rules: LanguageRules | None = None) -> tuple[str, float]:
    """(`ru` | `kk` | `other`, confidence) for one stretch of text."""
    rules = rules or load_rules()
    lowered = text.lower()
    letters = [ch for ch in lowered if ch.isalpha()]
    if not letters:
        return "other", 0.0
    cyrillic_share = sum("\u0400" <= ch <= "\u04ff" for ch in letters) / len(letters)
    if cyrillic_share < rules.min_cyrillic_share:
        return "other", round(1.0 - cyrillic_share, 4)
    scores = _detector(rules.lingua_languages).compute_language_confidence_values(lowered)
    if not scores:
        return "other", 0.0
    best = scores[0]
    counts = Counter(letters)
    for code, target in rules.targets.items():
        if best.language.name != target["lingua"]:
            continue
        if _letters_agree(text, counts, len(letters), target):
            return code, round(best.value, 4)
        return "other", round(1.0 - best.value, 4)
    return "other", round(best.value, 4)


def _letters_agree(text: str, counts: Counter, n_letters: int, target: dict) -> bool:
    foreign_letters = target.get("foreign_letters", "")
    if target.get("foreign_letters_in_names_only"):
        words = (word.strip("«»\"'“”„()[]") for word in text.split())
        if any(not word[:1].isupper() and any(ch in foreign_letters for ch in word.lower()) for word in words):
            return False
    elif sum(counts[ch] for ch in foreign_letters) / n_letters > target.get("max_foreign_ratio", 0.0):
        return False
    required = target.get("required_letters")
    if not required:
        return True
    n_required = sum(counts[ch] for ch in required)
    if n_required == 0:
        return False
    n_shared = sum(counts[ch] for ch in target.get("shared_letters", ""))
    return n_required / (n_required + n_shared) >= target.get("min_required_share", 0.0)


def detect_language(doc: Document, rules: LanguageRules | None = None) -> Document:
    """Label each content paragraph and the document; short paragraphs take the document's language."""
    rules = rules or load_rules()
    content = [p for p in doc.paragraphs if not p.boilerplate]
    weight: Counter = Counter()
    confidence_sum: Counter = Counter()
    short = []
    for paragraph in content:
        text = doc.text[paragraph.start:paragraph.end]
        if sum(ch.isalpha() for ch in text) < rules.min_letters:
            short.append(paragraph)
            continue
        paragraph.lang, paragraph.lang_confidence = identify(text, rules)
        weight[paragraph.lang] += len(text)
        confidence_sum[paragraph.lang] += paragraph.lang_confidence * len(text)
    if weight:
        doc.lang = weight.most_common(1)[0][0]
        doc.lang_confidence = round(confidence_sum[doc.lang] / weight[doc.lang], 4)
    else:  # nothing long enough to judge paragraph by paragraph: judge the content as a whole
        doc.lang, doc.lang_confidence = identify(" ".join(doc.text[p.start:p.end] for p in content), rules)
    for paragraph in short:
        paragraph.lang, paragraph.lang_confidence = doc.lang, doc.lang_confidence
    return doc
