"""Analysis with a spaCy pipeline from `models/` (the Kazakh NER model trained here, or any spaCy pipeline)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..document import Mention, Token
from ..paths import MODELS_DIR
from ..registry import backends
from ..tables import read_tsv
from . import Analysis


class BackendUnavailable(RuntimeError):
    """A backend whose models or packages are missing; the message says how to install them."""


@lru_cache(maxsize=None)
def load_label_map(path: Path) -> dict[str, str]:
    """A model's own labels onto the common vocabulary, from a two-column TSV with a header."""
    pairs = (list(row.values()) for row in read_tsv(path))
    return {model_label: common_label for model_label, common_label, *_ in pairs}


@backends.register("spacy")
def build(config: dict):
    import spacy

    model_dir = MODELS_DIR / config["model"]
    if not model_dir.exists():
        raise BackendUnavailable(f"spaCy model {model_dir} is missing: run `make train-kk` to build it")
    labels = load_label_map(MODELS_DIR / config["labels"]) if config.get("labels") else {}
    return analyser(spacy.load(model_dir), labels, config.get("name", f"spacy:{config['model']}"))


def analyser(nlp, labels: dict[str, str], source: str):
    """`analyse(texts)` for any spaCy pipeline."""

    def analyse(texts: list[str], parse=None) -> list[Analysis]:  # a spaCy parser parses every sentence
        return [convert(doc, labels, source) for doc in nlp.pipe(texts, batch_size=64)]

    return analyse


def convert(doc, labels: dict[str, str], source: str) -> Analysis:
    """A spaCy `Doc` as an `Analysis`."""
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if has_sents else [(0, len(doc.text))]
    parsed = doc.has_annotation("DEP")
    kept = [t for t in doc if not t.is_space]
    # token indices shift when whitespace tokens are dropped: heads are remapped
    position = {t.i: n for n, t in enumerate(kept)} if parsed else {}
    tokens = [
        Token(start=t.idx, end=t.idx + len(t.text), text=t.text, lemma=t.lemma_ or t.text.lower(), pos=t.pos_,
              feats=t.morph.to_dict(), head=position.get(t.head.i, -1) if parsed and t.head.i != t.i else -1,
              rel=t.dep_ if parsed else "")
        for t in kept
    ]
    mentions = [
        Mention(start=ent.start_char, end=ent.end_char, text=ent.text, label=labels.get(ent.label_, ent.label_),
                label_fine=ent.label_, normal="", source=source)
        for ent in doc.ents
    ]
    return Analysis(sentences=sentences, tokens=tokens, mentions=mentions)
