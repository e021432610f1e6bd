"""Optional analysis with stanza (`pip install '.[stanza]'`): its tokens, sentences, lemmas, syntax and NER
become an `Analysis` like every other backend's. Models are never downloaded implicitly: without them the
backend fails with one line that says how to install them."""
from __future__ import annotations

from ..document import Mention, Token
from ..registry import backends
from . import Analysis
from .spacy_backend import BackendUnavailable

INSTALL_HINT = ("install them once with: python -c \"import stanza; stanza.download('{lang}', "
                "processors='{processors}')\"")


@backends.register("stanza")
def build(config: dict):
    lang, processors = config["lang"], config["processors"]
    try:
        import stanza
    except ImportError:
        raise BackendUnavailable("the stanza backend needs the optional extra: pip install '.[stanza]'") from None
    try:
        nlp = stanza.Pipeline(lang, processors=processors, download_method=None, use_gpu=False,
                              logging_level="WARN")
    except (FileNotFoundError, OSError, ValueError) as error:
        raise BackendUnavailable(f"stanza models for '{lang}' are not installed ({error}); "
                                 + INSTALL_HINT.format(lang=lang, processors=processors)) from None
    labels, source = config.get("labels", {}), f"stanza:{lang}"

    def analyse(texts: list[str], parse=None) -> list[Analysis]:  # stanza's depparse parses every sentence
        return [convert(doc, labels, source) for doc in nlp.bulk_process(texts)]

    return analyse


def convert(doc, labels: dict[str, str], source: str) -> Analysis:
    """A stanza `Document` as an `Analysis`. Our tokens are stanza's tokens (surface units with character
    offsets); a multi-word token takes its first word's lemma, tags and head."""
    analysis = Analysis()
    for sentence in doc.sentences:
        analysis.sentences.append((sentence.tokens[0].start_char, sentence.tokens[-1].end_char))
        first = len(analysis.tokens)
        token_of_word = {word.id: first + n for n, token in enumerate(sentence.tokens) for word in token.words}
        for token in sentence.tokens:
            word = token.words[0]
            feats = dict(item.split("=", 1) for item in word.feats.split("|")) if word.feats else {}
            analysis.tokens.append(Token(
                start=token.start_char, end=token.end_char, text=token.text,
                lemma=word.lemma or token.text.lower(), pos=word.upos or "", feats=feats,
                head=token_of_word.get(word.head, -1) if word.head else -1, rel=word.deprel or "",
            ))
    for entity in doc.entities:
        analysis.mentions.append(Mention(
            start=entity.start_char, end=entity.end_char, text=entity.text,
            label=labels.get(entity.type, entity.type), label_fine=entity.type, source=source,
        ))
    return analysis
