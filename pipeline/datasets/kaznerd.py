"""KazNERD (IS2AI, LREC 2022; CC BY 4.0): IOB2 files, one "word TAG" per line, sentences split by blank lines."""
from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Hashable, Iterable, Iterator, TypeVar

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
    # The passage a sentence came from (the number of its id "AID330210"/"DID330210"), when the file has ids.
    # KazNERD splits by passage; sentences of one passage share names.
    passage: str | None = None


def kaznerd_dir() -> Path:
    return data_dir() / "kaznerd"


def split_path(directory: Path, split: str, with_ids: bool = False) -> Path:
    """`IOB2_{split}.txt`, or `IOB2_{split}_with_sentID.txt` (each sentence preceded by its id line)."""
    return directory / (f"IOB2_{split}_with_sentID.txt" if with_ids else f"IOB2_{split}.txt")


def read_iob2(path: Path, with_ids: bool = False) -> list[Sentence]:
    return list(iter_iob2(path.read_text(encoding="utf-8").splitlines(), with_ids))


SENTENCE_ID = re.compile(r"[A-Z]ID(\d+)")


def iter_iob2(lines: Iterable[str], with_ids: bool = False) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    passage: str | None = None
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                yield Sentence(words, tags, passage)
            words, tags, passage = [], [], None
            continue
        # The word may itself be odd (e.g. a lone space), so split on the last space only.
        word, tag = line.rsplit(" ", 1)
        if with_ids and not words and passage is None:
            match = SENTENCE_ID.fullmatch(word)
            if not match:
                raise ValueError(f"expected a sentence id such as AID283875, got {word!r}")
            passage = match.group(1)
            continue
        words.append(word)
        tags.append(tag)
    if words:
        yield Sentence(words, tags, passage)


def labels_of(sentences: Iterable[Sentence]) -> set[str]:
    return {tag[2:] for sentence in sentences for tag in sentence.tags if tag != "O"}


def to_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """A Doc on the gold tokens with the gold entities; one sentence per Doc."""
    doc = Doc(vocab, words=sentence.words, sent_starts=[True] + [False] * (len(sentence.words) - 1))
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(sentence.tags))
    return doc


def iob2_tags(doc: Doc) -> list[str]:
    """The inverse of to_doc: one IOB2 tag per token of the Doc's entities."""
    return [f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in ("B", "I") else "O" for token in doc]


def to_docbin(vocab: Vocab, sentences: Iterable[Sentence]) -> DocBin:
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"], store_user_data=False)
    for sentence in sentences:
        docbin.add(to_doc(vocab, sentence))
    return docbin


def split_off_dev(
    sentences: list[T], dev_fraction: float, seed: int, group: Callable[[T], Hashable] | None = None
) -> tuple[list[T], list[T]]:
    """A fixed, seeded random slice for development (early stopping, model selection); the rest for training.

    With `group`, whole groups go to one side, as KazNERD's own splits keep passages whole: a dev slice
    that shares passages with training shares their names too and overrates the model.
    """
    keys = [group(s) if group else i for i, s in enumerate(sentences)]
    order = list(dict.fromkeys(keys))
    random.Random(seed).shuffle(order)
    dev_keys: set = set()
    n_dev = 0
    size = Counter(keys)
    for key in order:
        if n_dev >= round(len(sentences) * dev_fraction):
            break
        dev_keys.add(key)
        n_dev += size[key]
    return [s for s, k in zip(sentences, keys) if k not in dev_keys], [s for s, k in zip(sentences, keys) if k in dev_keys]
