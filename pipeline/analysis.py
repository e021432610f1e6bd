"""Stage 3, analysis: each content paragraph goes to its own language's backend (natasha for Russian, the
Kazakh spaCy model for Kazakh, or stanza when configured); results are put back at document offsets. Which
sentences need a dependency parse is the caller's to say (`wanted`: the processor knows what the later stages
read, pipeline/run.py `parse_wanted`)."""
from __future__ import annotations

from collections import defaultdict

from .backends import Analysis
from .document import Document, Sentence
from .registry import backends
from .truecase import truecase

REQUIRES = ("paragraphs", "lang")
PROVIDES = ("sentences", "tokens", "mentions", "cased_text")


def build_backends(config: dict, override: str | None = None) -> dict:
    """{lang: analyse} from the config's `analysis` section; `override` puts one backend on every language,
    with that backend's per-language options from `backend_options`."""
    built = {}
    for lang, section in config["analysis"].items():
        if override:
            section = {"backend": override, **config.get("backend_options", {}).get(override, {}).get(lang, {})}
        built[lang] = backends.get(section["backend"])({**section, "lang": lang})
    return built


def analyse(doc: Document, analysers: dict, wanted=None) -> Document:
    """Fill sentences, tokens and mentions for every content paragraph whose language has a backend. `wanted`:
    `wanted(lang, sentence text) -> bool`, whether a later stage reads the sentence's dependency parse (None:
    every sentence's); a backend may parse more."""
    return analyse_batch([doc], analysers, wanted)[0]


def analyse_batch(docs: list[Document], analysers: dict, wanted=None) -> list[Document]:
    """`analyse` for several documents with one backend call per language: the neural models then fill their
    batches across documents (fewer, fuller calls; `make bench-speed`). Nothing is placed in any document
    before every backend has returned, so a failure leaves all of them as they were."""
    by_lang = defaultdict(list)
    for doc in docs:
        for paragraph in doc.paragraphs:
            if not paragraph.boilerplate and paragraph.lang in analysers:
                by_lang[paragraph.lang].append((doc, paragraph))
    # one case decision per article: an all-lowercase article is told from a lowercase line in a normal one
    read = {id(doc): truecase(doc.text, doc.lang) for doc in docs}
    pieces, cased = defaultdict(list), defaultdict(list)
    for lang, items in by_lang.items():
        texts = [read[id(doc)][p.start:p.end] for doc, p in items]
        parse = None if wanted is None else [_sentence_test(wanted, lang, text) for text in texts]
        results = analysers[lang](texts, parse)
        for (doc, paragraph), text, result in zip(items, texts, results):
            pieces[id(doc)].append((paragraph.start, lang, result))
            if text != doc.text[paragraph.start:paragraph.end]:
                cased[id(doc)].append((paragraph.start, text))
    for doc in docs:
        for offset, lang, result in sorted(pieces[id(doc)], key=lambda piece: piece[0]):
            _place(doc, offset, lang, result)
        doc.cased_text = _with(doc.text, cased[id(doc)]) if cased[id(doc)] else ""
    return docs


def _sentence_test(wanted, lang: str, text: str):
    """`parse(start, end)` for one paragraph: the sentence as later stages read it (case restored: `reading_cased`
    in pipeline/document.py)."""
    return lambda start, end: wanted(lang, text[start:end])


def _with(text: str, pieces: list[tuple[int, str]]) -> str:
    """`text` with each (offset, piece) written over it: the analysed paragraphs' case-restored text, the rest
    (page furniture) as stored."""
    out = list(text)
    for offset, piece in pieces:
        out[offset:offset + len(piece)] = piece
    return "".join(out)


def _place(doc: Document, offset: int, lang: str, result: Analysis) -> None:
    base = len(doc.tokens)
    for start, end in result.sentences:
        doc.sentences.append(Sentence(start=offset + start, end=offset + end, lang=lang))
    for token in result.tokens:
        token.start += offset
        token.end += offset
        token.text = doc.text[token.start:token.end]
        token.head = base + token.head if token.head >= 0 else -1
        doc.tokens.append(token)
    for mention in result.mentions:
        mention.start += offset
        mention.end += offset
        mention.text = doc.text[mention.start:mention.end]
        mention.lang = lang
        doc.mentions.append(mention)
