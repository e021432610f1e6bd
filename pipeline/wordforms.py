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
    the same form picked by pymorphy's `_inflect` among the forms of the word's lexeme, but only that form
    written out (`_nominative_form`), as pymorphy's own tuple: natasha's MorphForm converts each form's tag to UD
    features when built, though only the one picked is read. A superlative is the
    form of that tag written most like the word ("высшего" → "высший", where pymorphy gives "высочайший")."""
    found = _nominative_form(reading)
    if not found:
        return None
    word, tag = found
    if "Supr" in tag:
        # pymorphy files "высший" under "высокий", and inflects "высшего" to "высочайший": of the lexeme's
        # forms with that tag, the one written most like the word ("высший", "лучший")
        written = reading[0]
        alike = [form[0] for form in _plain_dictionary().get_lexeme(reading) if form[1] == tag]
        word = max(alike, key=lambda form: (len(commonprefix([form, written])), form == word), default=word)
    return word


NOMINATIVE = frozenset({"nomn"})


def _nominative_form(reading) -> tuple[str, object] | None:
    """(word, tag) of the form pymorphy's `_inflect(reading, {"nomn"})` picks: of the forms of the reading's
    lexeme whose tag holds the nominative, the first of those whose grammemes are most like the reading's own
    with the nominative put in. A reading of a paradigm (the dictionary's word, or a word guessed by its known
    suffix or behind an unknown or known prefix: pymorphy builds their lexemes from the paradigm alike) has its
    paradigm's nominative forms listed once (`_nominative_forms`) and only the picked one written out, where
    `_inflect` writes out every form of the lexeme (a noun's 12, an adjective's 30 or more) to keep one: the
    same form (checked on the 99,878 readings of every word of `make bench-speed`'s Russian texts), 2.4 times
    faster. Any other reading (a hyphenated word, a number) goes through `_inflect`."""
    from pymorphy2.units import DictionaryAnalyzer, KnownPrefixAnalyzer, KnownSuffixAnalyzer, UnknownPrefixAnalyzer

    methods = reading[4]  # (word, tag, normal form, score, methods)
    base, *above = methods
    prefix = ""  # a prefix the lexeme's words are read behind (`UnknownPrefixAnalyzer`: "тока|ева")
    if above and type(above[0][0]) in (UnknownPrefixAnalyzer, KnownPrefixAnalyzer):
        prefix = above[0][1]
    if not isinstance(base[0], DictionaryAnalyzer) or len(above) > 1 or above and not prefix and \
            type(above[0][0]) is not KnownSuffixAnalyzer:
        found = _plain_dictionary()._inflect(reading, NOMINATIVE)
        return (found[0][0], found[0][1]) if found else None
    _, _, para_id, idx = base
    forms, required = _nominative_forms(para_id)
    if not forms:
        return None
    grammemes = reading[1].updated_grammemes(required)
    # pymorphy's similarity; max keeps the first of equals, as its heapq.nlargest(1, …) does
    start, tag, end = max(forms, key=lambda form: len(grammemes & form[1].grammemes)
                          - 0.1 * len(grammemes ^ form[1].grammemes))
    dictionary = base[0].dict
    stem = dictionary.build_stem(dictionary.paradigms[para_id], idx, reading[0][len(prefix):])
    return prefix + start + stem + end, tag


@lru_cache(maxsize=None)  # one entry per paradigm the names read (the dictionary has 3,456)
def _nominative_forms(para_id: int) -> tuple[tuple[tuple[str, object, str], ...], frozenset[str]]:
    """The (prefix, tag, suffix) forms of a paradigm whose tag holds the nominative, in the paradigm's order,
    with the grammemes asked for: as `_inflect` filters the lexeme, the rare cases put as common ones when no
    form holds them."""
    dictionary = _plain_dictionary().dictionary
    required = NOMINATIVE
    paradigm = dictionary.build_paradigm_info(para_id)
    forms = tuple(form for form in paradigm if required <= form[1].grammemes)
    if not forms:
        required = _plain_dictionary().TagClass.fix_rare_cases(required)
        forms = tuple(form for form in paradigm if required <= form[1].grammemes)
    return forms, required


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
