"""Kazakh split rules: spaCy's defaults, minus the ones that break Kazakh news words.

Kept whole, as in KazNERD's tokenisation: hyphenated words and names (`Нұр-Сұлтан`, `сондай-ақ`),
numbers with a hyphenated case or ordinal suffix (`15-ші`, `2020-сыншы`) and abbreviations with one
(`БҰҰ-ның`, `АҚШ-та`): the suffix belongs to the name, and the entity span then covers one token.
Split: guillemets «», initials glued to a surname (`Е.Ашықбаев` → `Е.` `Ашықбаев`).
"""
from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    HYPHENS,
    LIST_ELLIPSES,
    LIST_ICONS,
)
from spacy.lang.punctuation import TOKENIZER_PREFIXES as BASE_PREFIXES

# Dashes other than the ASCII hyphen still separate words ("Астана–Ташкент").
_dashes = HYPHENS.replace("-", "").strip("|").replace("||", "")

# An upper-case initial with its full stop, glued to the next capitalised word: "Н.Ә.Назарбаев".
_initial = r"[{au}]\.(?=[{au}])".format(au=ALPHA_UPPER)

TOKENIZER_PREFIXES = [_initial] + BASE_PREFIXES

TOKENIZER_INFIXES = (
    LIST_ELLIPSES
    + LIST_ICONS
    + [
        r"(?<=[{al}])\.(?=[{au}])".format(al=ALPHA_LOWER, au=ALPHA_UPPER),  # "жыл.Ол": missing space
        r"(?<=[{a}])[,!?/()]+(?=[{a}])".format(a=ALPHA),
        r"(?<=[{a}{q}])[:<>=](?=[{a}])".format(a=ALPHA, q=CONCAT_QUOTES),
        r"(?<=[{a}])--(?=[{a}])".format(a=ALPHA),
        r"(?<=[{a}])([{q}\)\]\(\[])(?=[\-{a}])".format(a=ALPHA, q=CONCAT_QUOTES),
        r"(?<=[{a}0-9])(?:{d})(?=[{a}0-9])".format(a=ALPHA, d=_dashes),
        r"(?<=[0-9])-(?=[0-9])",  # ranges "2020-2025"
    ]
)
