"""Analysis with a spaCy pipeline from `models/` (the Kazakh NER model trained here, or any spaCy pipeline)."""
from __future__ import annotations

from contextlib import nullcontext
from functools import lru_cache
from pathlib import Path

from ..document import Mention, Token
from ..paths import MODELS_DIR
from ..registry import backends
from ..tables import read_tsv
from . import Analysis


# strings a pipeline's vocabulary holds for good, the words met first: about 27 MB (561 bytes a word with its
# lexeme and tokenizer entry); the Kazakh texts of `make bench-speed` hold fewer
KEPT_STRINGS = 50_000


class BackendUnavailable(RuntimeError):
    """A backend whose models or packages are missing; the message says how to install them."""


@lru_cache(maxsize=None)
def load_label_map(path: Path) -> dict[str, str]:
    """A model's own labels onto the common vocabulary, from a two-column TSV with a header."""
    pairs = (list(row.values()) for row in read_tsv(path))
    return {model_label: common_label for model_label, common_label, *_ in pairs}


@backends.register("spacy")
def build(config: dict):
    model_dir = MODELS_DIR / config["model"]
    if not model_dir.exists():
        raise BackendUnavailable(f"spaCy model {model_dir} is missing: run `make train-kk` to build it")
    labels = load_label_map(MODELS_DIR / config["labels"]) if config.get("labels") else {}
    return analyser(load(model_dir), labels, config.get("name", f"spacy:{config['model']}"))


def load(model_dir: Path):
    """A spaCy pipeline whose layers multiply matrices through numpy (OpenBLAS) instead of thinc's default, blis.
    blis 1.3 picks its CPU's kernels by vendor and family, and on CPUs it does not know (AMD family 25, Zen 3
    and 4, the development machine's) falls back to its portable reference kernel: a (1,000 × 384) by
    (384 × 384) float32 product, one of the Kazakh encoder's, took 8.7 ms there against OpenBLAS's 3.0. The
    sums run in another order, so the scores differ in their last bits (blis's own kernels differ so from one
    CPU to the next); the entities found in the 1,484 Kazakh texts of `make bench-speed`, the news set and the
    seeds are the same. The thread count is the process's (`pipeline/__init__.py`: one)."""
    from .. import spacy_parts  # noqa: F401  (first: spaCy without torch; the Kazakh model's language and layers)

    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):  # every layer takes the ops current when it is built
        nlp = spacy.load(model_dir)
    _maxout_for_inference(nlp)
    return nlp


def _maxout_for_inference(nlp) -> None:
    """Every thinc `Maxout` layer of the pipeline's models takes its pieces' maximum with numpy's `maximum` when
    it predicts (`_maxout_predict`), and trains as before."""
    from thinc.layers.maxout import forward

    for _, component in nlp.components:
        for node in component.model.walk() if hasattr(component, "model") else ():
            if node.name == "maxout" and node._func is forward:
                node._func = _maxout_predict


def _maxout_predict(model, X, is_train: bool):
    """thinc's `Maxout` forward (thinc/layers/maxout.py) when predicting: the same product and bias, then the
    largest of each output's pieces by numpy's `maximum`, piece after piece, where thinc's `ops.maxout` also finds
    which piece it was (for the gradient) in a loop over every output: the Kazakh encoder's (2,000 words x 128
    outputs x 3 pieces) 3.0 -> 0.6 ms, 6 % of the Kazakh pipeline's CPU in `make bench-speed`. The same numbers
    (`maximum` picks the first of equal pieces, as thinc does; the pieces are no NaN). Training (`is_train`) runs
    thinc's own forward, whose gradient reads the pieces chosen."""
    import numpy as np
    from thinc.layers.maxout import forward

    if is_train:
        return forward(model, X, is_train)
    n_out, pieces = model.get_dim("nO"), model.get_dim("nP")
    weights = model.ops.reshape2f(model.get_param("W"), n_out * pieces, model.get_dim("nI"))
    scores = model.ops.gemm(X, weights, trans2=True)
    scores += model.ops.reshape1f(model.get_param("b"), n_out * pieces)
    scores = model.ops.reshape3f(scores, scores.shape[0], n_out, pieces)
    best = np.maximum(scores[..., 0], scores[..., 1]) if pieces > 1 else scores[..., 0].copy()
    for piece in range(2, pieces):
        np.maximum(best, scores[..., piece], out=best)
    return best, _predicted_only


def _predicted_only(_):
    raise RuntimeError("a Maxout layer run to predict (`_maxout_predict`) has no gradient")


def analyser(nlp, labels: dict[str, str], source: str):
    """`analyse(texts)` for any spaCy pipeline."""

    def analyse(texts: list[str], parse=None) -> list[Analysis]:  # a spaCy parser parses every sentence
        # a process's vocabulary grew with every new word it met (23,614 strings after 2,000 articles of `make
        # bench-speed`'s corpora), so its memory with the corpus: past `KEPT_STRINGS`, the strings and lexemes
        # of words it does not hold live only for the call (spaCy's memory zone; what a Doc gives is read
        # inside). Not before: a word's lexeme made again at every call cost 7 % of the Kazakh analysis.
        with nlp.memory_zone() if len(nlp.vocab.strings) >= KEPT_STRINGS else nullcontext():
            return [convert(doc, labels, source) for doc in nlp.pipe(texts, batch_size=64)]

    return analyse


def convert(doc, labels: dict[str, str], source: str) -> Analysis:
    """A spaCy `Doc` as an `Analysis`. A Doc none of whose tokens the pipeline lemmatised, tagged or parsed (the
    Kazakh NER model's) has its tokens read from its arrays of offsets (`_untagged_tokens`): spaCy makes a Python
    object for each token and attribute read, a tenth of the Kazakh analysis."""
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if has_sents else [(0, len(doc.text))]
    mentions = [
        Mention(start=ent.start_char, end=ent.end_char, text=ent.text, label=labels.get(ent.label_, ent.label_),
                label_fine=ent.label_, normal="", source=source)
        for ent in doc.ents
    ]
    if not any(doc.has_annotation(name) for name in ("LEMMA", "POS", "MORPH", "DEP")):
        return Analysis(sentences=sentences, tokens=_untagged_tokens(doc), mentions=mentions)
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
    return Analysis(sentences=sentences, tokens=tokens, mentions=mentions)


def _untagged_tokens(doc) -> list[Token]:
    """The tokens of a Doc with no lemma, part of speech, features or parse, whitespace tokens left out: what
    `convert` reads of each (its lemma the word in lower case), from the Doc's offsets and lengths."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    text = doc.text
    return [Token(start, start + length, text[start:start + length], text[start:start + length].lower(), "", {})
            for start, length, space in doc.to_array([IDX, LENGTH, IS_SPACE]).tolist() if not space]
