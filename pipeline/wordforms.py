"""Small helpers on written word forms, shared by the stages that compare or rebuild names."""
from __future__ import annotations

from functools import lru_cache
from os.path import commonprefix


def fold(text: str) -> str:
    """For comparing names as written: case-insensitive, ё = е."""
    return text.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def russian_dictionary():
    """natasha's `MorphVocab` (pymorphy2 over OpenCorpora), one per process for every stage that reads Russian
    words: loading it takes about half a second, and its parse cache is shared. Its dictionary is named, as
    pymorphy2 names it when asked for Russian (`PYMORPHY2_DICT_PATH`, else pymorphy2-dicts-ru's): `MorphVocab()`
    has pymorphy2 find it among the entry points of every installed package (pkg_resources: 0.1 s of CPU at
    start-up)."""
    import os

    import pymorphy2_dicts_ru
    from natasha.morph.vocab import MorphForm, MorphVocab
    from pymorphy2 import MorphAnalyzer

    vocab = object.__new__(MorphVocab)  # MorphVocab.__init__ takes no path
    path = os.environ.get(MorphAnalyzer.DICT_PATH_ENV_VARIABLE) or pymorphy2_dicts_ru.get_path()
    MorphAnalyzer.__init__(vocab, path=path, result_type=MorphForm)
    return vocab


def nominative_of(reading) -> str | None:
    """A reading of `russian_dictionary()` (a natasha `MorphForm`) in the nominative, as written in the
    dictionary (lower case, ё restored), or None where it has no such form: what `reading.inflect({"Nom"})` gives,
    the same form picked by pymorphy's `_inflect` among the forms of the word's lexeme, but those forms built as
    pymorphy's own tuples (`_plain_dictionary`): natasha's MorphForm converts each one's tag to UD features when
    built, half the time of a name's first nominative, though only the one picked is read. A superlative is the
    form of that tag written most like the word ("высшего" → "высший", where pymorphy gives "высочайший")."""
    plain = _plain_dictionary()
    found = plain._inflect(reading, {"nomn"})
    if not found:
        return None
    word, tag = found[0][0], found[0][1]  # (word, tag, normal form, score, methods)
    if "Supr" in tag:
        # pymorphy files "высший" under "высокий", and inflects "высшего" to "высочайший": of the lexeme's
        # forms with that tag, the one written most like the word ("высший", "лучший")
        written = reading[0]
        alike = [form[0] for form in plain.get_lexeme(reading) if form[1] == tag]
        word = max(alike, key=lambda form: (len(commonprefix([form, written])), form == word), default=word)
    return word


@lru_cache(maxsize=1)
def _plain_dictionary():
    """`russian_dictionary()` (its dictionary and analysers shared) returning pymorphy's plain parse tuples."""
    from pymorphy2 import MorphAnalyzer

    plain = object.__new__(MorphAnalyzer)  # a shallow copy (MorphAnalyzer's __reduce__ would load it again)
    plain.__dict__.update(vars(russian_dictionary()), _result_type=None)
    return plain


def shaped(lemma: str, written: str) -> str:
    """Carry the capitals of the written form (`Хилл-Льюисом`) over to its lemma (`хилл-льюис`)."""
    parts, written_parts = lemma.split("-"), written.split("-")
    if len(parts) != len(written_parts):
        return lemma.capitalize()
    return "-".join(p.capitalize() if w[:1].isupper() else p for p, w in zip(parts, written_parts))


def abbreviates(short: str, full: str, function_words: frozenset[str] = frozenset()) -> bool:
    """Whether `short` is the initialism of `full` (`ОДКБ` of `Организация Договора о коллективной безопасности`,
    `ҰҚШҰ` of `Ұжымдық қауіпсіздік туралы шарт ұйымы`): its letters are the first letters of the full name's words,
    with or without the `function_words` (folded: `о`, `туралы`). `short` is one word of two or more capitals."""
    if " " in short.strip() or len(short) < 2 or not short.isupper() or len(full.split()) < 2:
        return False
    words = full.replace("-", " ").split()
    letters = fold(short.strip())
    return letters in ("".join(fold(w)[0] for w in words),
                       "".join(fold(w)[0] for w in words if fold(w) not in function_words))


def shortens(short: str, full: str) -> bool:
    """Whether the one word `short` is a compound of the starts of each word of `full` in turn, three letters at
    least, the last word whole in any case form (`Кабмин` of `Кабинет министров`, `Госдума` of `Государственной
    думы`, `Минобороны` of `Министерство обороны`); an initialism is `abbreviates`'s."""
    words = [fold(w) for w in full.split()]
    if " " in short.strip() or len(words) < 2:
        return False

    def rest(text: str, index: int) -> bool:
        word = words[index]
        if index == len(words) - 1:  # one word in two cases: all but the last two letters shared
            return len(commonprefix((text, word))) >= max(3, min(len(text), len(word)) - 2)
        return any(text.startswith(word[:n]) and rest(text[n:], index + 1) for n in range(3, len(word) + 1))

    return rest(fold(short.strip()), 0)
