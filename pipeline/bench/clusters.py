"""Event clusters on the news set's same-event pairs: does each pair of reports land in one cluster, and are
different meetings kept apart?

`python -m pipeline.bench.clusters [DATASET]` (default outputs/news, as `make eval-news` extracts it: each
document's `article_id` is `<folder>/<file stem>`). The pairs are the news MANIFEST files' `kind`
same-event-pair:X (per folder) and `ru-pairs/`'s `pair_id` with its `kk_counterparts`; every two articles of
one pair group report one meeting.

- recall: pairs of articles of one group with at least one event of each in one cluster / all such pairs;
- precision: event pairs of different articles put in one cluster whose articles are of one group / all event
  pairs of different articles put in one cluster. Articles outside the groups may report one meeting too (the
  news set has several reports of the 2025 SCO summit), so this is a floor; the pairs outside the groups are
  listed for reading.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from itertools import combinations
from pathlib import Path

from .. import write
from ..actors import actor_id, unify
from ..crossref import cluster_rows
from ..evaluation.news import GOLD_DIR, news_dir
from ..geocode import geocode
from ..ingest import load_rules, url_date
from ..link import participant_codes
from ..paths import REPO_ROOT


def pair_groups(news: Path) -> dict[str, str]:
    """{`folder/stem`: group} for every article in a same-event group."""
    groups = {}
    for folder in ("ru", "kk", "ru-pairs"):
        with open(news / folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                stem = f"{folder}/{Path(row['file']).stem}"
                if row.get("kind", "").startswith("same-event-pair:"):
                    groups[stem] = f"{folder}:{row['kind'].split(':', 1)[1]}"
                elif row.get("pair_id"):
                    group = f"kk:{row['pair_id']}"
                    groups[stem] = group
                    for other in (row.get("kk_counterparts") or "").split(","):
                        if other.strip():
                            groups[Path(other.strip()).with_suffix("").as_posix()] = group
    return groups


def score(dataset: Path, news: Path) -> dict:
    """The figures for a dataset extracted from the news set."""
    article = dict(zip(*write.read_table(Path(dataset), "documents", ["doc_id", "article_id"]).to_pydict().values()))
    events = write.read_table(Path(dataset), "events", ["event_id", "doc_id", "cluster_id"]).to_pylist()
    return score_events(events, article, pair_groups(news))


def gold_events(news: Path, gold_dir: Path = GOLD_DIR) -> tuple[list[dict], dict[str, dict]]:
    """The news gold's events as rows of `events` (sides coded, places geocoded as the link stage does) and
    their articles as rows of `documents` (publication date from the MANIFEST, else the gold's, else one the
    url holds, as ingest reads it), keyed by `folder/stem`: the clustering rule measured apart from extraction."""
    events, documents = [], {}
    for folder in ("ru", "kk", "ru-pairs"):
        with open(news / folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
            manifest = {Path(row["file"]).stem: row for row in csv.DictReader(handle, delimiter="\t")}
        for path in sorted((gold_dir / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            name, row = f"{folder}/{path.stem}", manifest.get(path.stem, {})
            published = (row.get("published") or gold.get("published_date")
                         or url_date(row.get("url") or "", load_rules())[0])
            documents[name] = {"doc_id": name, "published_date": dt.date.fromisoformat(published) if published
                               else None, "url": row.get("url"), "outlet": row.get("outlet"), "lang": gold["lang"]}
            for n, event in enumerate(gold["events"]):
                people = []
                for person in event["participants"]:
                    country, igo = participant_codes(person["kind"], person["normal"], person["text"],
                                                     person["affiliation"], (person["role"] or {}).get("text"))
                    people.append({**person, "country_iso3": country, "igo_code": igo,
                                   "actor_id": actor_id(person["kind"], person["normal"])})
                location = event["location"]
                if location:
                    place = geocode(location["normal"])
                    location = {**location, "geonames_id": place.geonames_id if place else None,
                                "country_iso3": place.country_iso3 if place else None}
                date = event["date"]
                if date:
                    date = {"date_start": dt.date.fromisoformat(date["date_start"]),
                            "date_end": dt.date.fromisoformat(date["date_end"])}
                events.append({"event_id": f"{name}:e{n}", "doc_id": name, "event_type": event["event_type"],
                               "status": event["status"], "lang": gold["lang"], "participants": people,
                               "location": location, "date": date})
    merged = unify([p["actor_id"] for e in events for p in e["participants"] if p["actor_id"]])
    for event in events:
        for person in event["participants"]:
            person["actor_id"] = merged.get(person["actor_id"], person["actor_id"])
    return events, documents


def url_dates(news: Path) -> dict:
    """How the dates urls hold (ingest's `url_date`) compare with the MANIFEST's `published`: urls with a date,
    those whose article has a `published` and agrees / disagrees, and undated articles the url dates."""
    counts = {"urls": 0, "with_date": 0, "agree": 0, "disagree": [], "undated_dated": 0}
    for folder in ("ru", "kk", "ru-pairs"):
        with open(news / folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if not row.get("url"):
                    continue
                counts["urls"] += 1
                date = url_date(row["url"], load_rules())[0]
                if date is None:
                    continue
                counts["with_date"] += 1
                if not row.get("published"):
                    counts["undated_dated"] += 1
                elif date == row["published"]:
                    counts["agree"] += 1
                else:
                    counts["disagree"].append((row["url"], date, row["published"]))
    return counts


def score_events(events: list[dict], article: dict[str, str], groups: dict[str, str]) -> dict:
    """recall and precision figures (module docstring) for events carrying `cluster_id`; `article` maps a
    doc_id to its `folder/stem`."""
    clusters_of: dict[str, set[str]] = {}
    members: dict[str, list[dict]] = {}
    for event in events:
        name = article.get(event["doc_id"])
        clusters_of.setdefault(name, set()).add(event["cluster_id"])
        members.setdefault(event["cluster_id"], []).append(event)
    by_group: dict[str, list[str]] = {}
    for name, group in groups.items():
        by_group.setdefault(group, []).append(name)
    pairs = [(a, b) for names in by_group.values() for a, b in combinations(sorted(names), 2)]
    held = [(a, b) for a, b in pairs if clusters_of.get(a, set()) & clusters_of.get(b, set())]
    together, right, outside = 0, 0, []
    for cluster in members.values():
        for x, y in combinations(cluster, 2):
            a, b = article.get(x["doc_id"]), article.get(y["doc_id"])
            if a == b:
                continue
            together += 1
            if groups.get(a) and groups.get(a) == groups.get(b):
                right += 1
            else:
                outside.append((x["event_id"], a, y["event_id"], b))
    return {"pairs": len(pairs), "held": len(held), "missed": sorted(set(pairs) - set(held)),
            "together": together, "right": right, "outside": outside}


def _print(title: str, result: dict) -> None:
    recall = result["held"] / result["pairs"] if result["pairs"] else 0.0
    precision = result["right"] / result["together"] if result["together"] else 1.0
    print(f"{title}: same-event pairs in one cluster (recall) {result['held']}/{result['pairs']} = {recall:.2f}; "
          f"event pairs of different articles clustered together that are a labelled pair (precision floor) "
          f"{result['right']}/{result['together']} = {precision:.2f}")
    for a, b in result["missed"]:
        print(f"  missed: {a} ~ {b}")
    for x, a, y, b in result["outside"]:
        print(f"  outside the pairs: {x} ~ {y}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    dataset = Path(argv[0]) if argv else REPO_ROOT / "outputs" / "news"
    news = news_dir()
    dates = url_dates(news)
    print(f"dates from urls: {dates['with_date']} of {dates['urls']} MANIFEST urls hold one; of those with a "
          f"`published`, {dates['agree']} agree and {len(dates['disagree'])} disagree; undated articles dated by "
          f"their url: {dates['undated_dated']}")
    for url, date, published in dates["disagree"]:
        print(f"  disagrees: {url} {date} (published {published})")
    events, documents = gold_events(news)
    cluster_rows(events, documents)
    _print("gold events (the rule alone)", score_events(events, {name: name for name in documents},
                                                         pair_groups(news)))
    if write.has_table(dataset, "events"):
        _print(f"extracted events ({dataset})", score(dataset, news))
    else:
        print(f"no dataset in {dataset}: run `make eval-news` first for the extracted events' figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
