"""Stage 6, link: the events' sides, affiliations and places tied to identifiers other datasets share.

Each event participant gets `country_iso3` (the state it is or represents: a minister of Kazakhstan, `Акорда`'s
president, `казахстанская сторона` → KAZ), `igo_code` (the intergovernmental organisation it is or represents:
UN, SCO, …) and `actor_id` (pipeline/actors.py); each event location its GeoNames id, coordinates, country and
feature class (pipeline/geocode.py; a city-state's name is its capital: `point_of`); each mention of a person,
organisation or country its `actor_id`. Events and mentions come from the earlier stages as they are; this stage
only adds fields (the records become the `Linked…` subclasses below, which the rows carry as extra columns).
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from .actors import actor_id
from .countries import Code, adjective_country, country_in, resolve
from .document import Document, Mention
from .event.model import Participant, Place
from .geocode import geocode, point_of

REQUIRES = ("events", "mentions", "mentions.full_name")
PROVIDES = ("country_codes", "actor_ids", "geocodes")

KIND_OF_LABEL = {"PER": "person", "ORG": "organization", "LOC": "country"}  # mention label → actor kind


@dataclass
class LinkedParticipant(Participant):
    country_iso3: str | None = None
    igo_code: str | None = None
    actor_id: str | None = None


@dataclass
class LinkedPlace(Place):
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_iso3: str | None = None
    feature_class: str | None = None


def link_document(doc: Document) -> Document:
    """Add country codes, actor ids and geocodes to `doc.events` and `doc.mentions` (in place; returns `doc`)."""
    for mention in doc.mentions:
        mention.actor_id = mention_actor(mention)
    for event in doc.events:
        event.participants = [_linked(p) for p in event.participants]
        if event.location is not None:
            event.location = _placed(event.location)
    return doc


def mention_actor(mention: Mention) -> str | None:
    """A person by the full name the article gives (`Токаев` after `Касым-Жомарт Токаев`: `Mention.full_name`, the
    entities stage's), an organisation or a country; a LOC that is no country (a city) is no actor."""
    kind = KIND_OF_LABEL.get(mention.label)
    normal = mention.normal or mention.text
    if kind == "person":
        return actor_id(kind, mention.full_name or normal)
    if kind == "country":
        code = resolve(normal)
        return actor_id(kind, normal) if code else None
    return actor_id(kind, normal) if kind else None


def participant_codes(kind: str, normal: str, text: str, affiliation: str | None,
                      role: str | None) -> tuple[str | None, str | None]:
    """(country_iso3, igo_code) of a side: what it is (a country or organisation named by its name,
    abbreviation or adjective: `РК`, `киргизская сторона`, `ШОС`; a place standing for its state: `Акорда`,
    `Кремль`; a body with its state's name in it: `МИД России`), else what its affiliation is (a state, an
    organisation, or a place whose country it is in: `Кейптаун` → ZAF), else a country adjective in its title
    (`казахстанский министр`)."""
    own: Code | None = None
    if kind != "person":
        own = resolve(normal) or resolve(text)
    country = own.code if own and own.kind == "state" else None
    igo = own.code if own and own.kind == "igo" else None
    if kind != "person" and not own:  # a seat of power for its state (`Акорда` → KAZ), a state's body
        seat = geocode(normal)  # (`МИД России`, `Ресейдің Федералдық жиналысы` → RUS)
        country = seat.country_iso3 if seat else country_in(normal)
    if affiliation:
        represented = resolve(affiliation)
        if represented and represented.kind == "state":
            country = country or represented.code
        elif represented:
            igo = igo or represented.code
        elif not country and not igo:
            place = geocode(affiliation)
            country = place.country_iso3 if place else country_in(affiliation)
    if not country and not igo and role:
        # a lowercase adjective ("казахстанский министр"), not a proper name it begins ("президент Турецкого Кипра")
        country = next((code for code in map(adjective_country, (w for w in role.split() if w[:1].islower()))
                        if code), None)
    return country, igo


def _linked(person: Participant) -> LinkedParticipant:
    values = {f.name: getattr(person, f.name) for f in fields(Participant)}
    country, igo = participant_codes(person.kind, person.normal, person.text, person.affiliation,
                                     person.role.text if person.role else None)
    return LinkedParticipant(**values, country_iso3=country, igo_code=igo,
                             actor_id=actor_id(person.kind, person.normal or person.text))


def _placed(place: Place) -> LinkedPlace:
    values = {f.name: getattr(place, f.name) for f in fields(Place)}
    found = point_of(place.normal) or point_of(place.text)
    if not found:
        return LinkedPlace(**values)
    return LinkedPlace(**values, geonames_id=found.geonames_id, latitude=found.latitude,
                       longitude=found.longitude, country_iso3=found.country_iso3,
                       feature_class=found.feature_class)
