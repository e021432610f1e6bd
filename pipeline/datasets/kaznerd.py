"""KazNERD (IS2AI, LREC 2022; CC BY 4.0): IOB2 files, one "word TAG" per line, sentences split by blank lines."""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, TypeVar

from spacy.tokens import Doc, DocBin
from spacy.training import iob_to_biluo
from spacy.training.iob_utils import biluo_tags_to_spans
from spacy.vocab import Vocab

from ..paths import data_dir

T = TypeVar("T")


@dataclass(frozen=True)
class Sentence:
    words: list[str]
    tags: list[str]  # IOB2: "O", "B-PERSON", "I-PERSON", ...


def kaznerd_dir() -> Path:
    return data_dir() / "kaznerd"


def split_path(directory: Path, split: str) -> Path:
    """`IOB2_{split}.txt` (the files without sentence ids)."""
    return directory / f"IOB2_{split}.txt"


def read_iob2(path: Path) -> list[Sentence]:
    return list(iter_iob2(path.read_text(encoding="utf-8").splitlines()))


def iter_iob2(lines: Iterable[str]) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                yield Sentence(words, tags)
            words, tags = [], []
            continue
        # The word may itself be odd (e.g. a lone space), so split on the last space only.
        word, tag = line.rsplit(" ", 1)
        words.append(word)
        tags.append(tag)
    if words:
        yield Sentence(words, tags)


def labels_of(sentences: Iterable[Sentence]) -> set[str]:
    return {tag[2:] for sentence in sentences for tag in sentence.tags if tag != "O"}


def to_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """A Doc on the gold tokens with the gold entities; one sentence per Doc."""
    doc = Doc(vocab, words=sentence.words, sent_starts=[True] + [False] * (len(sentence.words) - 1))
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(sentence.tags))
    return doc


def to_docbin(vocab: Vocab, sentences: Iterable[Sentence]) -> DocBin:
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"], store_user_data=False)
    for sentence in sentences:
        docbin.add(to_doc(vocab, sentence))
    return docbin


def split_off_dev(sentences: list[T], dev_fraction: float, seed: int) -> tuple[list[T], list[T]]:
    """A fixed, seeded random slice for development (early stopping, model selection); the rest for training."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    n_dev = round(len(sentences) * dev_fraction)
    dev = set(order[:n_dev])
    return [s for i, s in enumerate(sentences) if i not in dev], [s for i, s in enumerate(sentences) if i in dev]
