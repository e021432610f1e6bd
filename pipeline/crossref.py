"""Across articles: the dataset's tables → the actors table and the event clusters (one meeting told by several
articles, outlets or languages), with `cluster_id` on events and the link stage's codes on the flat arguments.

`link_committed` runs once at the end of each run that changed the dataset (pipeline/extract.py), over the
committed version: the tables of the whole dataset are rebuilt from all its rows, and a part of a per-document
table is rewritten only where a merged actor id or a cluster id changes it (write.DatasetWriter.commit's
`rewrite`); every other part is linked. It holds the whole dataset's events and the name columns of its
mentions in memory, the one step of a run whose memory grows with the corpus.

Clusters: two events of different articles tell one meeting when they have the same `status` and type (a
meeting, talks and a visit are one type here: one report calls a visit's talks what another calls a visit);
their dates agree: each event's own date, or where it has none its article's publication date, within
`DATE_SLACK_DAYS` (two own dates) or `PUBLISHED_SLACK_DAYS` (else) of the other's; an event that nothing dates
joins no other (two meetings of the same sides years apart look alike); their places do not disagree (same
GeoNames id or same country, where both name one); the sides one names are all among the other's (by the
states and organisations they are or represent: a person's state stands for the person where the other
report names only the state); the people one names are all among the other's (other people of the same states
make another meeting); and they share two sides, or two people, or one person and a place both name.
Clusters are built with complete linkage (every two events in a cluster match), so loose chains do not merge
different meetings. Measured on the news set's same-event pairs: `python -m pipeline.bench.clusters`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict

import pyarrow as pa

from . import write
from .actors import KINDS, unify

DATE_SLACK_DAYS = 1  # one meeting told as '28 марта' by one outlet and '28-29 марта' by another
PUBLISHED_SLACK_DAYS = 3  # a report of a meeting appears within a few days of it
# one report calls a visit's talks a visit, another a meeting: in-person bilateral events are one type here
FAMILY = {"meeting": "in_person", "talks": "in_person", "visit": "in_person"}


MENTION_COLUMNS = ["mention_id", "doc_id", "lang", "normal", "text", "actor_id"]  # what the actors table reads
DOCUMENT_COLUMNS = ["doc_id", "lang", "url", "outlet", "published_date"]  # what the clusters read


def link_tables(documents: pa.Table, mentions: pa.Table, events: pa.Table) -> tuple[dict, dict, dict[str, pa.Table]]:
    """Across articles: ({old actor id: merged id} — spelling variants, a surname alone → the one full name known,
    pipeline/actors.py `unify` —, {event_id: the event with merged ids and its `cluster_id`}, the `actors` and
    `event_clusters` tables). `mentions` needs only MENTION_COLUMNS; schemas in pipeline/write.py."""
    documents = {row["doc_id"]: row for row in documents.select(DOCUMENT_COLUMNS).to_pylist()}
    events = events.to_pylist()
    mentions = mentions.select(MENTION_COLUMNS).to_pylist()
    ids = [m["actor_id"] for m in mentions if m["actor_id"]]
    ids += [p["actor_id"] for e in events for p in e["participants"] or () if p["actor_id"]]
    merged = {old: new for old, new in unify(ids).items() if old != new}
    for mention in mentions:
        mention["actor_id"] = merged.get(mention["actor_id"], mention["actor_id"])
    for event in events:
        for person in event["participants"] or ():
            person["actor_id"] = merged.get(person["actor_id"], person["actor_id"])
    clusters = cluster_rows(events, documents)
    derived = {"actors": write.to_table("actors", _actors(mentions, events, documents)),
               "event_clusters": write.to_table("event_clusters", clusters)}
    return merged, {event["event_id"]: event for event in events}, derived


def link_committed(dataset: write.DatasetWriter) -> None:
    """Rebuild the tables of the whole dataset in `dataset` (an open writer) and commit them, with each part of
    mentions, events and event_arguments rewritten only where a merged id or a cluster id changes it."""
    out = dataset.out_dir
    merged, events, derived = link_tables(write.read_table(out, "documents", DOCUMENT_COLUMNS),
                                          write.read_table(out, "mentions", MENTION_COLUMNS),
                                          write.read_table(out, "events"))

    def changed(name: str, part: pa.Table, rows: list[dict]) -> pa.Table | None:
        return None if rows == part.to_pylist() else write.to_table(name, rows)

    def mentions(part: pa.Table) -> pa.Table | None:
        return changed("mentions", part, [{**row, "actor_id": merged.get(row["actor_id"], row["actor_id"])}
                                          for row in part.to_pylist()])

    def events_part(part: pa.Table) -> pa.Table | None:
        return changed("events", part, [events.get(row["event_id"], row) for row in part.to_pylist()])

    def arguments(part: pa.Table) -> pa.Table | None:
        rows = part.to_pylist()
        told = [events[e] for e in {row["event_id"] for row in rows} if e in events]
        return changed("event_arguments", part, _arguments([dict(row) for row in rows], told))

    dataset.commit(rewrite={"mentions": mentions, "events": events_part, "event_arguments": arguments},
                   derived=derived)


def _arguments(arguments: list[dict], events: list[dict]) -> list[dict]:
    """The flat rows given what the nested ones carry: a participant's codes and actor id, a place's geocode."""
    by_span = {}
    for event in events:
        for person in event["participants"] or ():
            by_span[(event["event_id"], "participant", person["start"], person["end"])] = person
        if event["location"]:
            by_span[(event["event_id"], "location", event["location"]["start"], event["location"]["end"])] = \
                event["location"]
    for row in arguments:
        found = by_span.get((row["event_id"], row["role"], row["start"], row["end"]))
        for key in ("country_iso3", "igo_code", "actor_id", "geonames_id", "latitude", "longitude",
                    "feature_class"):
            row[key] = found.get(key) if found else None
    return arguments


def _actors(mentions: list[dict], events: list[dict], documents: dict) -> list[dict]:
    names: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    kinds: dict[str, Counter] = defaultdict(Counter)
    codes: dict[str, Counter] = defaultdict(Counter)
    igos: dict[str, Counter] = defaultdict(Counter)
    titles: dict[str, set] = defaultdict(set)
    counts: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set] = defaultdict(set)
    for mention in mentions:
        if mention["actor_id"]:
            names[mention["actor_id"]][mention["lang"]][mention["normal"] or mention["text"]] += 1
            counts[mention["actor_id"]]["mentions"] += 1
            articles[mention["actor_id"]].add(mention["doc_id"])
    for event in events:
        day = (event["date"] or {}).get("date_start") or documents.get(event["doc_id"], {}).get("published_date")
        for person in event["participants"] or ():
            actor = person["actor_id"]
            if not actor:
                continue
            names[actor][event["lang"]][person["normal"] or person["text"]] += 1
            kinds[actor][person["kind"]] += 1
            if person["country_iso3"]:
                codes[actor][person["country_iso3"]] += 1
            if person["igo_code"]:
                igos[actor][person["igo_code"]] += 1
            if person["role"]:
                titles[actor].add((person["role"]["text"], event["lang"], day, event["doc_id"]))
            counts[actor]["events"] += 1
            articles[actor].add(event["doc_id"])
    rows = []
    for actor in sorted(set(names) | set(kinds)):
        prefix = actor.partition(":")[0]
        kind = prefix if prefix in KINDS else "person"
        best = lambda lang: names[actor][lang].most_common(1)[0][0] if names[actor][lang] else None  # noqa: E731
        code = actor.partition(":")[2]
        rows.append({
            "actor_id": actor, "kind": kind, "name_ru": best("ru"), "name_kk": best("kk"),
            "country_iso3": code if kind == "country" else (codes[actor].most_common(1)[0][0]
                                                            if codes[actor] else None),
            "igo_code": code if kind == "igo" else (igos[actor].most_common(1)[0][0] if igos[actor] else None),
            "titles": [{"title": t, "lang": lang, "date": day, "doc_id": doc}
                       for t, lang, day, doc in sorted(titles[actor], key=lambda x: (str(x[2]), x[0]))],
            "n_mentions": counts[actor]["mentions"], "n_events": counts[actor]["events"],
            "n_articles": len(articles[actor]),
        })
    return rows


def _sides(event: dict) -> tuple[frozenset, frozenset]:
    """(the actor ids of its people, the states and organisations its sides are or represent)."""
    people = event["participants"] or ()
    persons = frozenset(p["actor_id"] for p in people if p["actor_id"] and p["actor_id"].startswith("person:"))
    represented = frozenset(p["country_iso3"] or p["igo_code"] or p["actor_id"] for p in people
                            if p["country_iso3"] or p["igo_code"] or p["actor_id"])
    return persons, represented


def _day_range(event: dict, documents: dict) -> tuple[dt.date, dt.date, int] | None:
    """(first day, last day, slack in days) the event can be on, or None when nothing dates it."""
    if event["date"] and event["date"]["date_start"]:
        return event["date"]["date_start"], event["date"]["date_end"] or event["date"]["date_start"], DATE_SLACK_DAYS
    published = documents.get(event["doc_id"], {}).get("published_date")
    return (published, published, PUBLISHED_SLACK_DAYS) if published else None


def _place(event: dict) -> tuple | None:
    place = event["location"]
    if not place:
        return None
    return place["geonames_id"] or place["normal"], place["country_iso3"]


def same_meeting(a: dict, b: dict, documents: dict) -> bool:
    """Whether two events (rows of `events`, of different articles) tell one meeting (the module's rule)."""
    if a["doc_id"] == b["doc_id"] or a["status"] != b["status"] or FAMILY.get(a["event_type"], a["event_type"]) \
            != FAMILY.get(b["event_type"], b["event_type"]):
        return False
    place_a, place_b = _place(a), _place(b)
    if place_a and place_b and place_a[0] != place_b[0] and place_a[1] != place_b[1]:
        return False
    days_a, days_b = _day_range(a, documents), _day_range(b, documents)
    if days_a is None or days_b is None:  # nothing dates one of them: two meetings of the same sides look alike
        return False
    slack = dt.timedelta(days=max(days_a[2], days_b[2]))
    if not (days_a[0] - slack <= days_b[1] and days_b[0] - slack <= days_a[1]):
        return False
    (people_a, sides_a), (people_b, sides_b) = _sides(a), _sides(b)
    if not (sides_a <= sides_b or sides_b <= sides_a):  # a side one report names and the other does not know
        return False
    if people_a and people_b:
        fewer, more = sorted((people_a, people_b), key=len)
        if not fewer <= more:  # other people: another meeting of the same states
            return False
        # one person alone (a visitor) is the same meeting only with a second side or a place both name
        return len(fewer) > 1 or len(sides_a & sides_b) > 1 or bool(place_a and place_b)
    return len(sides_a & sides_b) > 1


def cluster_rows(events: list[dict], documents: dict) -> list[dict]:
    """Set `cluster_id` on every event (an event alone is its own cluster) and return the cluster rows."""
    # complete linkage: an event joins the first cluster every member of which it tells the same meeting as, so a
    # chain of loose matches (A~B, B~C) never joins A and C when they disagree
    members: dict[int, list[dict]] = {}
    # only clusters of the same status and type family that share a side can take an event: an index on those
    holding: dict[tuple, list[int]] = defaultdict(list)
    for event in sorted(events, key=lambda e: e["event_id"]):
        kind = (event["status"], FAMILY.get(event["event_type"], event["event_type"]))
        sides = _sides(event)[1]
        candidates = sorted({key for side in sides for key in holding[(*kind, side)]})
        home = next((key for key in candidates
                     if all(same_meeting(event, other, documents) for other in members[key])), None)
        if home is None:
            home = len(members)
        members.setdefault(home, []).append(event)
        for side in sides:
            if home not in holding[(*kind, side)]:
                holding[(*kind, side)].append(home)
    rows = []
    for group in members.values():
        group.sort(key=lambda e: e["event_id"])
        cluster_id = "c" + hashlib.sha1(" ".join(e["event_id"] for e in group).encode()).hexdigest()[:16]
        docs = [documents.get(e["doc_id"], {}) for e in group]
        published = sorted(d["published_date"] for d in docs if d.get("published_date"))
        dates = [e["date"] for e in group if e["date"] and e["date"]["date_start"]]
        places = Counter((e["location"]["normal"], e["location"]["geonames_id"]) for e in group if e["location"])
        place = places.most_common(1)[0][0] if places else (None, None)
        for event in group:
            event["cluster_id"] = cluster_id
        rows.append({
            "cluster_id": cluster_id, "event_type": Counter(e["event_type"] for e in group).most_common(1)[0][0],
            "status": group[0]["status"],
            "actor_ids": sorted({p["actor_id"] for e in group for p in e["participants"] or () if p["actor_id"]}),
            "date_start": min((d["date_start"] for d in dates), default=None),
            "date_end": max((d["date_end"] for d in dates), default=None),
            "location": place[0], "geonames_id": place[1], "n_events": len(group),
            "n_articles": len({e["doc_id"] for e in group}),
            "n_outlets": len({d["outlet"] for d in docs if d.get("outlet")}),
            "first_seen": published[0] if published else None, "last_seen": published[-1] if published else None,
            "languages": sorted({e["lang"] for e in group}),
            "urls": sorted({d["url"] for d in docs if d.get("url")}),
            "event_ids": [e["event_id"] for e in group],
        })
    rows.sort(key=lambda r: r["event_ids"][0])
    return rows
