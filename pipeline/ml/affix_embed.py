"""Hash embeddings of token attributes plus longer word beginnings and endings.

Kazakh is agglutinative: "Ташкент", "Ташкентке", "Ташкенттің" are three NORMs, and spaCy's PREFIX
(1 char) and SUFFIX (3 chars) are too short to tie them together. The first 3-6 letters stand in for
the stem, the last 2-5 for the case/possessive endings, without a morphological analyser.
"""
from __future__ import annotations

from typing import List

from spacy.ml.featureextractor import FeatureExtractor
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

AFFIX_WORDS_CACHED = 20_000  # words whose affix hashes are kept (emptied when full: a process's memory stays bounded)


def affix_features(prefix_lengths: List[int], suffix_lengths: List[int]) -> Model[List[Doc], List[Ints2d]]:
    """One uint64 column per affix length: the hash of the lower-cased word's first/last n letters."""
    cache: dict[int, list[int]] = {}  # per lexeme (orth id); the same words recur across batches

    def features_of(word: str) -> list[int]:
        lower = word.lower()
        return [hash_string(lower[:n]) for n in prefix_lengths] + [hash_string(lower[-n:]) for n in suffix_lengths]

    def forward(model, docs, is_train):
        out = []
        for doc in docs:
            rows = []
            for token in doc:
                row = cache.get(token.orth)
                if row is None:
                    if len(cache) >= AFFIX_WORDS_CACHED:
                        cache.clear()
                    row = cache[token.orth] = features_of(token.text)
                rows.append(row)
            width = len(prefix_lengths) + len(suffix_lengths)
            out.append(model.ops.asarray2i(rows, dtype="uint64").reshape((len(doc), width)))
        return out, lambda d_out: []

    return Model("affix_features", forward)


def _side_by_side(left: Model, right: Model) -> Model[List[Doc], List[Ints2d]]:
    """Concatenate two per-doc feature extractors column-wise."""

    def forward(model, docs, is_train):
        a, _ = left(docs, is_train)
        b, _ = right(docs, is_train)
        return [model.ops.xp.hstack((x, y)) for x, y in zip(a, b)], lambda d: []

    return Model("token_features", forward, layers=[left, right])


@registry.architectures("dipevents.AffixHashEmbed.v1")
def affix_hash_embed(
    width: int,
    attrs: List[str],
    rows: List[int],
    prefix_lengths: List[int],
    suffix_lengths: List[int],
    affix_rows: int,
) -> Model[List[Doc], List[Floats2d]]:
    """Like spaCy's MultiHashEmbed (one HashEmbed table per feature, mixed by a Maxout layer),
    with extra tables for the affix features."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} rows vs {len(attrs)} attrs")
    all_rows = list(rows) + [affix_rows] * (len(prefix_lengths) + len(suffix_lengths))
    embeddings = [HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0) for i, n_rows in enumerate(all_rows)]
    return chain(
        _side_by_side(FeatureExtractor(attrs), affix_features(prefix_lengths, suffix_lengths)),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
