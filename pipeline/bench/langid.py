"""Language identification: accuracy per language of the project's method against lingua alone.

`python -m pipeline.bench.langid [tests/data/langid.tsv]`. Each row's expected answer is its own code for
ru and kk, and `other` for every other language; a row counts as correct when the method's answer matches.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from ..language import identify, load_rules
from ..paths import REPO_ROOT

DEFAULT_SET = REPO_ROOT / "tests" / "data" / "langid.tsv"
LINGUA_CODES = {"RUSSIAN": "ru", "KAZAKH": "kk"}


def read_set(path: Path) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return [(row["lang"], row["text"]) for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


@lru_cache(maxsize=None)
def _lingua(restricted: bool):
    from lingua import Language, LanguageDetectorBuilder

    if restricted:
        names = load_rules().lingua_languages
        return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in names)).build()
    return LanguageDetectorBuilder.from_all_languages().build()


def lingua_only(text: str, restricted: bool) -> str:
    language = _lingua(restricted).detect_language_of(text)
    return LINGUA_CODES.get(language.name, "other") if language else "other"


METHODS = {
    "lingua (all 75 languages)": lambda text: lingua_only(text, restricted=False),
    "lingua (our candidate list)": lambda text: lingua_only(text, restricted=True),
    "dipevents (lingua + letter evidence)": lambda text: identify(text)[0],
}


def evaluate(rows: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """{method: {lang: accuracy, ..., 'all': accuracy}}"""
    report = {}
    for name, method in METHODS.items():
        correct, total = Counter(), Counter()
        confusions = defaultdict(Counter)
        for lang, text in rows:
            expected = lang if lang in ("ru", "kk") else "other"
            answer = method(text)
            total[lang] += 1
            correct[lang] += answer == expected
            confusions[lang][answer] += 1
        report[name] = {lang: correct[lang] / total[lang] for lang in sorted(total)}
        report[name]["all"] = sum(correct.values()) / sum(total.values())
    return report


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else DEFAULT_SET
    report = evaluate(read_set(path))
    langs = [lang for lang in next(iter(report.values())) if lang != "all"] + ["all"]
    print(f"Language-ID accuracy on {path} (expected: ru, kk, or other for every other language)\n")
    print("| method | " + " | ".join(langs) + " |")
    print("|---|" + "---:|" * len(langs))
    for name, scores in report.items():
        print(f"| {name} | " + " | ".join(f"{scores[lang]:.2f}" for lang in langs) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
