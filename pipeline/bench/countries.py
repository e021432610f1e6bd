"""Country and organisation codes of the gold events' sides: coverage and accuracy of the link stage's rule.

`python -m pipeline.bench.countries [GOLD_DIR …] [--dataset outputs/news]` (default: seeds/gold and
seeds/gold/news). Every participant
of every gold event is coded by `pipeline.link.participant_codes` from what the gold gives (kind, normal, text,
affiliation, title) and compared with the code given by hand in `seeds/gold/country_codes.tsv` for its own
name (a country or organisation side) or else its affiliation. Classes: state (a state, its organ or
official: `country_iso3` must be the state's), igo (`igo_code`), subnational (a region, city or a body of one:
`country_iso3` of its state), none (must get no code). coverage = coded / n; accuracy = right / coded. Also
how many of the states' names pycountry's Russian and Kazakh names know alone, before `models/countries.tsv`,
and, for an extracted dataset, the share of its sides with an affiliation that carry a code (the rest are
mostly the events stage's mis-read affiliations: `Мемлекет`, `Сенат`).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from .. import write
from ..countries import pycountry_codes
from ..link import participant_codes
from ..paths import REPO_ROOT
from ..tables import read_tsv
from ..wordforms import fold

GOLD_DIRS = (REPO_ROOT / "seeds" / "gold", REPO_ROOT / "seeds" / "gold" / "news")
EXPECTED = REPO_ROOT / "seeds" / "gold" / "country_codes.tsv"


def gold_participants(dirs=GOLD_DIRS) -> list[dict]:
    """Every participant of every event in the gold files under `dirs` (recursively; pass files are left out)."""
    found = []
    paths = sorted({path.resolve() for folder in dirs for path in Path(folder).rglob("*.json")})
    for path in paths:
        if "passes" in path.parts:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        for event in gold.get("events", ()):
            found.extend({**person, "file": str(path)} for person in event["participants"])
    return found


def expected_code(person: dict, expected: dict[str, dict]) -> dict | None:
    """The hand-given row for a side: its own name's when it is a country or organisation that is coded, else
    its affiliation's; None when neither is listed."""
    own = expected.get(person["normal"]) if person["kind"] in ("country", "organization") else None
    if own and own["class"] != "none":
        return own
    return expected.get(person["affiliation"] or "") or own


def score(dirs=GOLD_DIRS, expected_path: Path = EXPECTED) -> dict:
    """{class: {n, coded, right, wrong: [(name, expected, got)]}} over the gold participants with an expectation."""
    expected = {row["name"]: row for row in read_tsv(expected_path)}
    scores = defaultdict(lambda: {"n": 0, "coded": 0, "right": 0, "wrong": [], "unlisted": 0})
    for person in gold_participants(dirs):
        want = expected_code(person, expected)
        if want is None:
            scores["unlisted"]["n"] += 1
            continue
        country, igo = participant_codes(person["kind"], person["normal"], person["text"], person["affiliation"],
                                         (person["role"] or {}).get("text"))
        got = igo if want["class"] == "igo" else country
        entry = scores[want["class"]]
        entry["n"] += 1
        if want["class"] == "none":
            got = country or igo
            entry["coded"] += bool(got)
            entry["right"] += not got
            if got:
                entry["wrong"].append((person["affiliation"] or person["normal"], "", got))
            continue
        if got:
            entry["coded"] += 1
            entry["right"] += got == want["code"]
        if got != want["code"]:
            entry["wrong"].append((person["affiliation"] or person["normal"], want["code"], got))
    return dict(scores)


def pycountry_coverage(expected_path: Path = EXPECTED) -> tuple[int, int]:
    """(state names pycountry's ru/kk names know, state names listed) over `country_codes.tsv`'s states."""
    states = [row["name"] for row in read_tsv(expected_path) if row["class"] == "state"]
    return sum(fold(name) in pycountry_codes() for name in states), len(states)


def dataset_coverage(dataset: Path) -> tuple[int, int, Counter]:
    """(extracted participants with an affiliation that carry a country or organisation code, participants with
    an affiliation, the uncoded affiliations) in a dataset's events."""
    rows = write.read_table(Path(dataset), "events", ["participants"]).column("participants")
    sides = [p for people in rows.to_pylist() for p in people or () if p["affiliation"]]
    coded = [p for p in sides if p["country_iso3"] or p["igo_code"]]
    return len(coded), len(sides), Counter(p["affiliation"] for p in sides if p not in coded)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.countries", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path, default=list(GOLD_DIRS), help="gold folders")
    parser.add_argument("--dataset", type=Path, default=REPO_ROOT / "outputs" / "news",
                        help="also count the coded affiliations of this extraction, if present")
    args = parser.parse_args(argv)
    dirs = args.gold
    scores = score(dirs)
    print("| class | participants | coded | right | coverage | accuracy |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in ("state", "igo", "subnational", "none"):
        s = scores.get(name)
        if not s:
            continue
        coverage = s["coded"] / s["n"] if s["n"] else 0.0
        accuracy = s["right"] / s["coded"] if s["coded"] else 0.0
        if name == "none":  # right = given no code
            coverage, accuracy = s["coded"] / s["n"], s["right"] / s["n"]
        print(f"| {name} | {s['n']} | {s['coded']} | {s['right']} | {coverage:.3f} | {accuracy:.3f} |")
    print(f"participants with neither name listed: {scores.get('unlisted', {}).get('n', 0)}")
    known, total = pycountry_coverage()
    print(f"state names pycountry's ru/kk names know alone: {known}/{total} ({known / total:.2f})")
    for name, s in scores.items():
        for wrong in s.get("wrong", ()):
            print(f"  {name}: {wrong[0]!r}: expected {wrong[1] or 'none'}, got {wrong[2] or 'none'}")
    if write.has_table(args.dataset, "events"):
        coded, total, uncoded = dataset_coverage(args.dataset)
        print(f"extracted sides with an affiliation ({args.dataset}) that carry a code: {coded}/{total} = "
              f"{coded / max(total, 1):.2f}; uncoded: "
              + ", ".join(f"{name} ({n})" for name, n in uncoded.most_common(15)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
