"""spaCy language class for Kazakh ("kk"), which spaCy does not ship; modelled on its Kyrgyz and Tatar classes."""
import spacy
from spacy.language import BaseDefaults, Language

from .lex_attrs import LEX_ATTRS
from .punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES
from .sentencizer import KazakhSentencizer
from .stop_words import STOP_WORDS
from .tokenizer_exceptions import TOKENIZER_EXCEPTIONS


class KazakhDefaults(BaseDefaults):
    tokenizer_exceptions = TOKENIZER_EXCEPTIONS
    prefixes = TOKENIZER_PREFIXES
    infixes = TOKENIZER_INFIXES
    lex_attr_getters = LEX_ATTRS
    stop_words = STOP_WORDS


class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults


# The pyproject entry point covers installed copies; this covers a checkout used without reinstalling.
spacy.registry.languages.register("kk", func=Kazakh)

__all__ = ["Kazakh", "KazakhSentencizer"]
