"""Dotted abbreviations stay one token ("т.б.", "ж."), in lower case and capitalised at a sentence start."""
from spacy.symbols import NORM, ORTH
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.util import update_exc

from .abbreviations import ABBREVIATIONS

_exc = {}
for abbreviation in ABBREVIATIONS:
    for orth in {abbreviation.orth, abbreviation.orth[:1].upper() + abbreviation.orth[1:]}:
        _exc[orth] = [{ORTH: orth, NORM: abbreviation.norm}]

TOKENIZER_EXCEPTIONS = update_exc(BASE_EXCEPTIONS, _exc)
