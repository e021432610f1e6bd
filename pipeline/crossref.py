"""Across articles: the dataset's tables → the actors table and the event clusters (one meeting told by several
articles, outlets or languages), with actor ids merged across articles and `cluster_id` on events.

`link_committed` runs after a run's batches (pipeline/extract.py) whenever documents were added or dropped since
the dataset was last linked (the writer lists them: write.UNLINKED), and updates the committed version from
what changed. It reads the committed part files through DuckDB, taking whole columns only as aggregates (the
count of each actor id) and rows only where they match the keys a change touches: the actors the changed
documents name and the ids whose merge changed, and the events whose dates fall in the windows of the changed
ones. The derived tables are in parts by key (`actor_part`: kind and first letter; `cluster_part`: month), and
a part is rewritten only where a row of it changed, as is a part of mentions, events or event_arguments. The
result is the one a single run over the final folder gives:

- Actor ids: `unify` (pipeline/actors.py) runs over the count of every id the articles give
  (`article_actor_id`), which is small (one entry per distinct id, not per mention); a row whose merged id
  changes is rewritten. An actor's row is rebuilt when its counts changed, a changed document names it, or an
  id merged into it or out of it.
- Clusters: an event's cluster depends only on the events it could tell the same meeting as and, through them,
  on its group of events linked by `same_meeting` (each event is placed by `cluster_rows` in the first cluster,
  in the order of their first events, all of whose events match it; so a cluster is one such group's events,
  and a group is clustered alike alone or with the rest). A run reclusters the groups of the events it added,
  of the events whose sides' ids merged, and of the events left in a cluster that lost one: found by querying,
  from those events, the events of the same status and type in their date windows and keeping those that
  match, until no new one matches. A run that links the whole dataset reads the events in date order and
  clusters each group as soon as no later event can match it (`meeting_groups`), never holding all events.

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
import heapq
import os
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import write
from .actors import KINDS, unify

DATE_SLACK_DAYS = 1  # one meeting told as '28 марта' by one outlet and '28-29 марта' by another
PUBLISHED_SLACK_DAYS = 3  # a report of a meeting appears within a few days of it
MEMORY_MB = 64  # DuckDB's memory limit in the step across articles, first (`link_committed`)
MEMORY_MAX_MB = 4096  # … and at most, raised fourfold each time a query runs out of it
# one report calls a visit's talks a visit, another a meeting: in-person bilateral events are one type here
FAMILY = {"meeting": "in_person", "talks": "in_person", "visit": "in_person"}


def actor_part(actor_id: str) -> str:
    """The part of `actors` an actor's row is in: one for states, organisations of states and places; one per
    kind and first letter of the name for people and other organisations (`part-person-t.parquet`)."""
    prefix, _, name = actor_id.partition(":")
    kind = prefix if prefix in KINDS else "person"
    if kind not in ("person", "organization"):
        return f"part-{kind}.parquet"
    first = name[:1].lower()
    return f"part-{kind}-{first if first.isascii() and first.isalnum() else '_'}.parquet"


def cluster_part(row: dict) -> str:
    """The part of `event_clusters` a cluster's row is in: the month of its first date (its events' own, else
    its articles' publication), or one of 16 parts by its id when nothing dates it."""
    day = row["date_start"] or row["first_seen"]
    return f"part-{day:%Y-%m}.parquet" if day else f"part-undated-{row['cluster_id'][1]}.parquet"


def needs_link(dataset: write.DatasetWriter) -> bool:
    """Whether documents were added or dropped since the dataset was last linked, or it was linked by an
    earlier layout (one part per derived table; events without clusters)."""
    return bool(dataset.version.unlinked) or _relink_all(dataset.version)


def _relink_all(version: write.Version) -> bool:
    return any(write.LEGACY_DERIVED_PART in version.parts.get(name, []) for name in write.DERIVED) or \
        bool(version.rows.get("events")) and not version.parts.get("event_clusters")


def link_committed(dataset: write.DatasetWriter) -> None:
    """Link the documents added or dropped since the last link into the committed version of `dataset` (an open
    writer) and commit: merged actor ids and cluster ids where they change, the derived tables' parts whose rows
    change (module docstring). A kill before the commit leaves the list of documents to link as it was."""
    # doc_ids as Arrow arrays, never Python sets: one run of 100,000 articles held three such sets (+23 MiB)
    present = dataset.documents["doc_id"]
    changed = dataset.unlinked_doc_ids()
    in_changed = pc.is_in(present, value_set=changed)
    everything = _relink_all(dataset.version) or pc.all(in_changed, min_count=0).as_py()
    added = pc.filter(present, in_changed)
    if not dataset.version.batches:  # every document dropped: nothing to link, the derived tables go
        dataset.commit(derived={name: dict.fromkeys(dataset.version.parts.get(name, [])) for name in write.DERIVED},
                       linked=True)
        return
    memory_mb = MEMORY_MB
    while True:
        try:
            with _Committed(dataset, memory_mb) as committed:
                ids = committed.actor_ids()
                actors, remapped = _actors_update(committed, dataset, ids, added, everything)
                # a document dropped and added again in one run (a file renamed: its doc_id stays) left clusters
                clusters, events = _clusters_update(committed, dataset, remapped, added, changed, everything)
                mention_batches = committed.batches_of_mentions(remapped)
            break
        except duckdb.OutOfMemoryException:
            # some of DuckDB's operators here (the joins over the sides of events) stop at the limit instead of
            # spilling to disk, and need more as the dataset grows (the speed bench's 1,000 articles 48 MB, its
            # 10,000 64, 4,000 copies of the seeds more than 64): nothing is written before the commit below, so
            # the step runs again with more
            if memory_mb >= MEMORY_MAX_MB:
                raise
            memory_mb *= 4
    rewrite = {"mentions": lambda part, batch: _remap(part, remapped),
               "events": lambda part, batch: _relinked_events(part, remapped, events.of(batch, "clusters")),
               "event_arguments": lambda part, batch: _relinked_arguments(part, events.of(batch, "sides"))}
    dataset.commit(rewrite=rewrite, rewrite_batches=mention_batches | events.batches(),
                   derived={"actors": actors, "event_clusters": clusters}, linked=True)


class _Committed:
    """The committed version's part files as DuckDB views (`documents`, `mentions`, `events`, `clusters`), read
    column by column as the queries need them, never loaded whole."""

    def __init__(self, dataset: write.DatasetWriter, memory_mb: int | None = None):
        folder = self.folder = dataset.out_dir / write.VERSIONS / dataset.version.folder
        self.batches = list(dataset.version.batches)
        # one thread and a small memory limit keep the step's memory small (DuckDB spills beyond it, into a
        # folder the writer removes if a kill leaves it: write.DatasetWriter._recover)
        self.spill = dataset.out_dir / write.VERSIONS / f".tmp-link-{os.getpid()}"
        self.db = duckdb.connect(config={"threads": 1, "memory_limit": f"{memory_mb or MEMORY_MB}MB",
                                         "preserve_insertion_order": False,
                                         "temp_directory": str(self.spill)})
        for name in ("documents", "mentions", "events"):
            files = [str(folder / name / f"part-{batch}.parquet") for batch in dataset.version.batches]
            # columns matched by name only where the parts' differ (parts of an older schema): DuckDB then opens
            # every part when the view is made and holds what it read (300 parts per table: +38 MiB, against +8)
            by_name = len({tuple(map(str, pq.read_schema(path))) for path in files}) > 1
            self.db.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_sql_list(files)}, "
                            f"union_by_name={str(by_name).lower()}, filename=true)")
        clusters = dataset.version.parts.get("event_clusters", [])
        self.db.execute("CREATE VIEW clusters AS " + (
            f"SELECT cluster_id, event_ids, filename FROM read_parquet("
            f"{_sql_list(str(folder / 'event_clusters' / part) for part in clusters)}, filename=true)" if clusters
            else "SELECT NULL::VARCHAR AS cluster_id, NULL::VARCHAR[] AS event_ids, NULL::VARCHAR AS filename LIMIT 0"))
        # the id an article gives: article_actor_id, or where a part predates it (schema 5) the stored id
        own = "article_actor_id" in {row[0] for row in self.db.execute("DESCRIBE mentions").fetchall()}
        self.own_m = "coalesce(m.article_actor_id, m.actor_id)" if own else "m.actor_id"
        events_type = dict((row[0], row[1]) for row in self.db.execute("DESCRIBE events").fetchall())
        self.own_p = "coalesce(p.article_actor_id, p.actor_id)" if "article_actor_id" in events_type["participants"] \
            else "p.actor_id"
        family = " ".join(f"WHEN '{kind}' THEN '{group}'" for kind, group in FAMILY.items())
        self.db.execute(f"""CREATE VIEW slim AS SELECT e.event_id, e.doc_id, e.event_type, e.status, e.lang,
            e.cluster_id AS stored_cluster, e.filename AS part,
            list_transform(e.participants, lambda p: {{'own': {self.own_p}, 'actor_id': p.actor_id,
                'country_iso3': p.country_iso3, 'igo_code': p.igo_code, 'start': p.start, 'end': p."end"}})
                AS participants,
            CASE WHEN e.location IS NULL THEN NULL ELSE {{'normal': e.location.normal,
                'geonames_id': e.location.geonames_id, 'country_iso3': e.location.country_iso3}} END AS location,
            CASE WHEN e.date IS NULL THEN NULL ELSE {{'date_start': e.date.date_start,
                'date_end': e.date.date_end}} END AS date,
            d.published_date, d.url, d.outlet,
            CASE WHEN e.date.date_start IS NOT NULL THEN e.date.date_start ELSE d.published_date END AS lo,
            CASE WHEN e.date.date_start IS NOT NULL THEN coalesce(e.date.date_end, e.date.date_start)
                 ELSE d.published_date END AS hi,
            CASE e.event_type {family} ELSE e.event_type END AS family
            FROM events e LEFT JOIN (SELECT doc_id, published_date, url, outlet FROM documents) d
            ON d.doc_id = e.doc_id""")

    def __enter__(self) -> "_Committed":
        return self

    def __exit__(self, *exc) -> None:
        self.db.close()
        shutil.rmtree(self.spill, ignore_errors=True)

    def rows(self, sql: str, **tables: Iterable | pa.Array | pa.ChunkedArray) -> list[dict]:
        """The rows of a query, with Python collections of strings and Arrow arrays registered as one-column
        tables (`name(value)`)."""
        for name, values in tables.items():
            if not isinstance(values, (pa.Array, pa.ChunkedArray)):
                values = pa.array(sorted(values), pa.string())
            self.db.register(name, pa.table({"value": values}))
        return self.db.sql(sql).to_arrow_table().to_pylist()

    def in_batch(self, alias: str, name: str, batch: str) -> str:
        """A condition keeping the rows of table `name` (`alias` in the query) in the part of `batch`: DuckDB
        reads no other part file."""
        return f"{alias}.filename = {_sql_string(str(self.folder / name / f'part-{batch}.parquet'))}"

    def refs(self, where_m: str, where_p: str, dated: bool = False) -> str:
        """Every reference to an actor, mentions' and participants', as (own, actor_id, doc_id, …) rows; with
        `dated`, a participant's `day` is its article's publication date where its event has none (a join with
        every document, whose table DuckDB holds: +7 MiB at 10,000 articles, left out where no day is read)."""
        day, documents = ("coalesce(e.date.date_start, d.published_date)",
                          "LEFT JOIN (SELECT doc_id, published_date FROM documents) d ON d.doc_id = e.doc_id") \
            if dated else ("e.date.date_start", "")
        return f"""SELECT {self.own_m} AS own, m.actor_id, m.doc_id, m.lang,
                coalesce(nullif(m.normal, ''), m.text) AS name, true AS mention, NULL::VARCHAR AS country,
                NULL::VARCHAR AS igo, false AS titled, NULL::VARCHAR AS title, NULL::DATE AS day
            FROM mentions m WHERE m.actor_id IS NOT NULL AND {where_m}
            UNION ALL
            SELECT {self.own_p}, p.actor_id, e.doc_id, e.lang, coalesce(nullif(p.normal, ''), p.text), false,
                p.country_iso3, p.igo_code, p.role IS NOT NULL, p.role.text, {day}
            FROM (SELECT doc_id, lang, date, filename, unnest(participants) AS p FROM events) e {documents}
            WHERE p.actor_id IS NOT NULL AND {where_p}"""

    def actor_ids(self) -> list[dict]:
        """(own id, stored id, mentions, participants) for every pair in the dataset: one row per distinct pair."""
        return self.rows(f"""SELECT own, actor_id, count(*) FILTER (WHERE mention) AS mentions,
            count(*) FILTER (WHERE NOT mention) AS participants FROM ({self.refs('true', 'true')})
            GROUP BY own, actor_id""")

    def batches_of_mentions(self, remapped: dict[str, str]) -> set[str]:
        if not remapped:
            return set()
        found = self.rows(f"SELECT DISTINCT filename FROM mentions m WHERE {self.own_m} IN (SELECT value FROM keys)",
                          keys=remapped)
        return {_batch(row["filename"]) for row in found}


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(map(_sql_string, values)) + "]"


def _batch(filename: str) -> str:
    return filename.rsplit("/", 1)[-1].removeprefix("part-").removesuffix(".parquet")


def _actors_update(committed: _Committed, dataset: write.DatasetWriter, ids: list[dict],
                   added: pa.ChunkedArray, everything: bool) -> tuple[dict[str, pa.Table | None], dict[str, str]]:
    """({actors part: its new rows, or None to remove it}, {own id: its new merged id, where that changed})."""
    counts, stored, totals = Counter(), defaultdict(set), defaultdict(lambda: [0, 0])
    for row in ids:
        counts[row["own"]] += row["mentions"] + row["participants"]
        stored[row["own"]].add(row["actor_id"])
    merged = unify(counts)
    target = {own: merged.get(own, own) for own in counts}
    for row in ids:
        totals[target[row["own"]]][0] += row["mentions"]
        totals[target[row["own"]]][1] += row["participants"]
    remapped = {own: new for own, new in target.items() if stored[own] != {new}}
    old = write.read_table(dataset.out_dir, "actors", ["actor_id", "n_mentions", "n_events"]).to_pylist()
    if everything:
        affected = set(totals) | {row["actor_id"] for row in old}
    else:
        # counts that changed (a dropped document's actors), what an added document names, what merged anew
        before = {row["actor_id"]: [row["n_mentions"], row["n_events"]] for row in old}
        affected = {actor for actor in set(totals) | set(before) if totals.get(actor) != before.get(actor)}
        in_added = "doc_id IN (SELECT value FROM added)"
        named = committed.rows(f"SELECT DISTINCT own FROM ({committed.refs(in_added, 'e.' + in_added)})", added=added)
        affected |= {target[row["own"]] for row in named}
        for own, new in remapped.items():
            affected |= stored[own] | {new}
    owners = {own: actor for own, actor in target.items() if actor in affected}
    tables: dict[str, list[pa.Table]] = defaultdict(list)  # actors part → its new rows, in tables
    pending: dict[str, list[dict]] = defaultdict(list)  # actors part → its new rows not yet in `tables`
    for row in _actor_rows(committed, owners):
        pending[actor_part(row["actor_id"])].append(row)
        if sum(map(len, pending.values())) >= ACTOR_ROWS:
            _flush("actors", pending, tables)
    _flush("actors", pending, tables)
    if everything:  # every part is new: its rows came in actor order
        return {part: None for part in dataset.version.parts.get("actors", [])} | {
            part: pa.concat_tables(chunks).combine_chunks() for part, chunks in tables.items()}, remapped
    by_part = {part: pa.concat_tables(chunks).to_pylist() for part, chunks in tables.items()}
    return _parts(dataset, "actors", by_part, {actor_part(a) for a in affected}, affected, "actor_id",
                  lambda row: row["actor_id"]), remapped


ACTOR_ROWS = 1024  # actors' rows (and rows of references grouped by DuckDB) held as Python rows at a time


def _flush(name: str, pending: dict[str, list[dict]], tables: dict[str, list[pa.Table]]) -> None:
    """Put the rows `pending` holds for each part of table `name` in a table after that part's in `tables`."""
    for part, rows in pending.items():
        tables[part].append(write.to_table(name, rows))
    pending.clear()


def _actor_rows(committed: _Committed, owners: dict[str, str]) -> Iterator[dict]:
    """The actors rows of the merged ids in `owners` ({own id: merged id}) from every reference to them, in
    order of actor id: the name most often given in each language (ties: the longest, `Кайрат Абдрахманов`
    before `Абдрахманов`; then the first in alphabetical order), the state or organisation most often
    represented (the same ties), the titles, and the counts. DuckDB groups the references (a table of the
    groups, which it spills beyond its memory limit) and sorts the groups into one stream, read `ACTOR_ROWS`
    rows at a time: each actor's rows together, its names and codes most common first, its titles in order.
    Python holds one actor's rows and one batch, where it held every actor's names, codes, titles and rows."""
    if not owners:
        return
    committed.db.register("owners", pa.table({"own": list(owners), "actor": list(owners.values())}))
    wanted = "IN (SELECT own FROM owners)"

    def refs(where_m: str, where_p: str, dated: bool = False) -> str:  # the references to owners, merged ids
        return f"""SELECT o.actor, r.* FROM ({committed.refs(f"{committed.own_m} {wanted} AND {where_m}",
            f"{committed.own_p} {wanted} AND {where_p}", dated)}) r JOIN owners o ON o.own = r.own"""

    committed.db.execute(f"CREATE OR REPLACE TEMP VIEW refs AS {refs('true', 'true')}")
    # the groups' table filled query by query: as one query (their union, or the picks made by ordered
    # aggregates, `first(value ORDER BY n DESC, …)`), DuckDB ran out of its 64 MB on the bench's 10,000
    # articles, where each alone fits
    none = "NULL::VARCHAR, NULL::VARCHAR, NULL::DATE, NULL::VARCHAR"
    committed.db.execute("""CREATE OR REPLACE TEMP TABLE grouped (actor VARCHAR, what VARCHAR, value VARCHAR,
        n BIGINT, mentions BIGINT, events BIGINT, articles BIGINT, title VARCHAR, lang VARCHAR, day DATE,
        doc_id VARCHAR)""")
    # the counts batch by batch, added up: an article's references are all in its batch's parts, and the
    # articles of every actor at once (a group per actor and article) were a table as large as the dataset
    # (+21 MiB at the bench's 10,000 articles)
    committed.db.execute("CREATE OR REPLACE TEMP TABLE counted (actor VARCHAR, mentions BIGINT, events BIGINT, "
                         "articles BIGINT)")
    for batch in committed.batches:
        in_batch = refs(committed.in_batch("m", "mentions", batch), committed.in_batch("e", "events", batch))
        committed.db.execute(f"""CREATE OR REPLACE TEMP TABLE counted AS SELECT actor, sum(mentions)::BIGINT AS
            mentions, sum(events)::BIGINT AS events, sum(articles)::BIGINT AS articles FROM (FROM counted UNION ALL
            SELECT actor, count(*) FILTER (WHERE mention), count(*) FILTER (WHERE NOT mention), count(DISTINCT doc_id)
            FROM ({in_batch}) GROUP BY actor) GROUP BY actor""")
    for query in (f"""SELECT actor, 'counts', NULL, NULL, mentions, events, articles, {none} FROM counted""",
                  f"""SELECT actor, 'name_' || lang, name, count(*), NULL, NULL, NULL, {none} FROM refs
            WHERE lang IN ('ru', 'kk') GROUP BY ALL""",
                  f"""SELECT actor, 'country', country, count(*), NULL, NULL, NULL, {none} FROM refs
            WHERE country IS NOT NULL GROUP BY ALL
            UNION ALL SELECT actor, 'igo', igo, count(*), NULL, NULL, NULL, {none} FROM refs
            WHERE igo IS NOT NULL GROUP BY ALL""",
                  # the one query reading a day: the articles' dates joined to the participants with a title only
                  f"""SELECT DISTINCT actor, 'title', NULL, NULL, NULL, NULL, NULL, title, lang, day, doc_id
            FROM ({refs('false', 'p.role IS NOT NULL', dated=True)})"""):
        committed.db.execute(f"INSERT INTO grouped {query}")
    # code points order strings in Python, bytes of UTF-8 in DuckDB: the same order
    grouped = committed.db.sql("""SELECT * FROM grouped ORDER BY actor, what, n DESC,
        length(coalesce(value, '')) DESC, coalesce(value, ''), coalesce(CAST(day AS VARCHAR), 'None'),
        coalesce(title, ''), coalesce(lang, ''), doc_id""")

    def read() -> Iterator[dict]:
        for batch in grouped.to_arrow_reader(ACTOR_ROWS):
            yield from batch.to_pylist()

    for actor, group in groupby(read(), key=itemgetter("actor")):
        most, titles = {}, []
        for row in group:
            if row["what"] == "title":
                titles.append({"title": row["title"], "lang": row["lang"], "date": row["day"],
                               "doc_id": row["doc_id"]})
            elif row["what"] == "counts":
                counts = row
            else:
                most.setdefault(row["what"], row["value"])
        prefix, _, code = actor.partition(":")
        kind = prefix if prefix in KINDS else "person"
        yield {"actor_id": actor, "kind": kind, "name_ru": most.get("name_ru"), "name_kk": most.get("name_kk"),
               "country_iso3": code if kind == "country" else most.get("country"),
               "igo_code": code if kind == "igo" else most.get("igo"), "titles": titles,
               "n_mentions": counts["mentions"], "n_events": counts["events"], "n_articles": counts["articles"]}


def _parts(dataset: write.DatasetWriter, name: str, by_part: dict[str, list[dict]], touched: set[str],
           dropped: set[str], key: str, order: Callable[[dict], object]) -> dict[str, pa.Table | None]:
    """{part: its new rows, or None to remove it} for a derived table: each touched part's rows less those whose
    `key` is in `dropped`, plus the new rows `by_part` puts in it; a part that would not change is left out
    (linked as it is)."""
    folder = dataset.out_dir / write.VERSIONS / dataset.version.folder / name
    existing = set(dataset.version.parts.get(name, []))
    result = {}
    for part in sorted(touched | set(by_part)):
        before = write.read_part(folder / part, name).to_pylist() if part in existing else None
        rows = sorted([row for row in before or () if row[key] not in dropped] + by_part.get(part, []), key=order)
        if rows != before:
            result[part] = write.to_table(name, rows) if rows else None
    return result


def _clusters_update(committed: _Committed, dataset: write.DatasetWriter, remapped: dict[str, str],
                     added: pa.ChunkedArray, removed: pa.Array, everything: bool) -> tuple[dict, "_EventChanges"]:
    """({event_clusters part: its new rows, or None}, the changes of the events: their new cluster ids and, where
    a side's id merged anew, their sides' ids) for the groups of events a change touches. `removed`:
    the documents whose committed clusters are stale (dropped, or dropped and added again)."""
    if everything:
        return _cluster_everything(committed, dataset, remapped)
    documents: dict[str, dict] = {}

    def fetch(where: str, **tables: Iterable) -> list[dict]:
        found = committed.rows(f"SELECT * FROM slim WHERE {where}", **tables)
        for event in found:
            _merged_sides(event, remapped)
            documents[event["doc_id"]] = _document_of(event)
        return found

    moved = "list_has_any(list_transform(participants, lambda p: p.own), (SELECT list(value) FROM keys))"
    # clusters that lost an event (of a dropped document) or hold one whose sides' ids merged anew: what is left
    # of them is clustered again, with every event that matches, and every event that matches those
    stale = {row["cluster_id"]: row["event_ids"] for row in committed.rows(f"""SELECT cluster_id, event_ids
        FROM clusters WHERE cluster_id IN (SELECT stored_cluster FROM slim WHERE {moved})
        OR cluster_id IN (SELECT cluster_id FROM (SELECT cluster_id, unnest(event_ids) AS event_id FROM clusters)
                          WHERE regexp_extract(event_id, '^(.*):[^:]*$', 1) IN (SELECT value FROM removed))""",
        keys=remapped, removed=removed)}
    members = {event_id for event_ids in stale.values() for event_id in event_ids}
    frontier = fetch(f"doc_id IN (SELECT value FROM added) OR {moved} OR event_id IN (SELECT value FROM members)",
                     added=added, keys=remapped, members=members)
    group = {event["event_id"]: event for event in frontier}
    while frontier:
        frontier = _matching(committed, fetch, frontier, group, documents)
    rows = cluster_rows(list(group.values()), documents)
    dropped = set(stale) | {event["stored_cluster"] for event in group.values() if event["stored_cluster"]}
    touched = {row["filename"].rsplit("/", 1)[-1] for row in committed.rows(
        "SELECT DISTINCT filename FROM clusters WHERE cluster_id IN (SELECT value FROM dropped)", dropped=dropped)}
    by_part = defaultdict(list)
    for row in rows:
        by_part[cluster_part(row)].append(row)
    parts = _parts(dataset, "event_clusters", by_part, touched, dropped, "cluster_id", lambda row: row["event_ids"][0])
    events = _EventChanges()
    for event in group.values():
        events.note(event, remapped)
    return parts, events


def _merged_sides(event: dict, remapped: dict[str, str]) -> None:
    """Each side of a row of `slim` with its merged id."""
    for person in event["participants"] or ():
        person["actor_id"] = remapped.get(person["own"], person["actor_id"])


def _document_of(event: dict) -> dict:
    """What `cluster_rows` reads of an event's article (`documents` entries), from its row of `slim`."""
    return {key: event[key] for key in ("published_date", "url", "outlet")}


class _EventChanges:
    """What the events and event_arguments tables must change for the clustered rows of `slim` (`note`): each
    changed event's new cluster id, and where a side's id merged anew, each side's merged id by its span; kept
    in Arrow tables of (batch, key, value), `PART_ROWS` rows at a time, and read back by batch (`of`). A first
    run changes every event: as a Python dict of every event's change, this grew with the dataset."""

    def __init__(self):
        self.tables: dict[str, list[pa.Table]] = {"clusters": [], "sides": []}
        self.pending: dict[str, list[tuple]] = {"clusters": [], "sides": []}

    def note(self, event: dict, remapped: dict[str, str]) -> None:
        sides = any(person["own"] in remapped for person in event["participants"] or ())
        if not (sides or event["cluster_id"] != event["stored_cluster"]):
            return
        batch = _batch(event["part"])
        self.pending["clusters"].append((batch, event["event_id"], event["cluster_id"]))
        if sides:  # a side's span holds one merged id: the last side given it, as a dict keeps
            actors = {(p["start"], p["end"]): p["actor_id"] for p in event["participants"]}
            self.pending["sides"].extend((batch, f"{event['event_id']}\x1f{start}\x1f{end}", actor)
                                         for (start, end), actor in actors.items() if actor)
        if len(self.pending["clusters"]) >= PART_ROWS:
            self._flush()

    def _flush(self) -> None:
        for name, rows in self.pending.items():
            if rows:
                batch, key, value = zip(*rows)
                self.tables[name].append(pa.table({"batch": pa.array(batch, pa.string()),
                                                   "key": pa.array(key, pa.string()),
                                                   "value": pa.array(value, pa.string())}))
            rows.clear()

    def _table(self, name: str) -> pa.Table:
        self._flush()
        return pa.concat_tables(self.tables[name]) if self.tables[name] else \
            pa.table({column: pa.array([], pa.string()) for column in ("batch", "key", "value")})

    def batches(self) -> set[str]:
        """The batches holding a changed event."""
        return set(pc.unique(self._table("clusters")["batch"]).to_pylist())

    def of(self, batch: str, name: str) -> pa.Table:
        """The (key, value) rows of batch `batch`: `clusters` (event_id, cluster id) or `sides` (event_id, start
        and end joined by \\x1f, merged actor id)."""
        table = self._table(name)
        return table.filter(pc.equal(table["batch"], batch)).select(["key", "value"])


SWEEP_ROWS = 256  # rows of `slim` read at a time by the sweep over the whole dataset (about 2 kB each in Python)
PART_ROWS = 1024  # cluster rows kept as Python rows before they are put in Arrow tables


def _cluster_everything(committed: _Committed, dataset: write.DatasetWriter,
                        remapped: dict[str, str]) -> tuple[dict, "_EventChanges"]:
    """`_clusters_update` for the whole dataset: the events read in date order, a group of them clustered as soon
    as `meeting_groups` lets it go, its cluster rows put in Arrow tables a thousand at a time. The same clusters
    as `cluster_rows` over every event at once, holding the events of a few days instead of all of them."""
    tables: dict[str, list[pa.Table]] = defaultdict(list)
    pending: dict[str, list[dict]] = defaultdict(list)  # cluster rows not yet in `tables`, by part
    events = _EventChanges()

    def read() -> Iterator[dict]:
        for batch in committed.db.sql("SELECT * FROM slim ORDER BY lo NULLS LAST, event_id").to_arrow_reader(
                SWEEP_ROWS):
            for event in batch.to_pylist():
                _merged_sides(event, remapped)
                yield event

    for members in meeting_groups(read()):
        for row in cluster_rows(members, {event["doc_id"]: _document_of(event) for event in members}):
            pending[cluster_part(row)].append(row)
        for event in members:
            events.note(event, remapped)
        if sum(map(len, pending.values())) >= PART_ROWS:
            _flush("event_clusters", pending, tables)
    _flush("event_clusters", pending, tables)
    parts = {part: None for part in dataset.version.parts.get("event_clusters", [])}
    for part, chunks in tables.items():
        table = pa.concat_tables(chunks)
        parts[part] = table.take(pc.sort_indices(pc.list_element(table["event_ids"], 0))).combine_chunks()
    return parts, events


def meeting_groups(events: Iterable[dict]) -> Iterator[list[dict]]:
    """The events (rows of `events` with their article's `published_date`, in order of their first possible day:
    own date, else publication; those nothing dates last) in groups linked by `same_meeting`, each group given as
    soon as no later event can match one of its events (the later event's first day is past each one's last day
    plus the slack). Only the events a later one may still match and the open groups are held. A group is
    clustered alike alone or among all events (module docstring), so `cluster_rows` over each group gives the
    clusters of all events at once (tests/test_crossref.py); an event nothing dates is a group of its own.
    A new event is compared with each open group sharing a side until one of its events matches, and events of
    a group that compare alike (the same traits, other articles: copies of one report) once."""
    slack = dt.timedelta(days=max(DATE_SLACK_DAYS, PUBLISHED_SLACK_DAYS))
    parent: dict[str, str] = {}  # union-find over the open events' ids
    group: dict[str, list[dict]] = {}  # a group's root → its events
    last: dict[str, dt.date] = {}  # a group's root → the last day of its events
    closing: list[tuple] = []  # heap of (last day, root) of the open groups; an entry outdated by a merge is skipped
    active: list[tuple] = []  # heap of (last day, event_id) of the events a later one may match
    # (status, family, side) → group's root → traits but the article → the articles of its active events
    holding: dict[tuple, dict[str, dict[tuple, set[str]]]] = defaultdict(dict)
    held: dict[str, set[tuple]] = defaultdict(set)  # a group's root → its keys in `holding`
    placed: dict[str, tuple] = {}  # an active event's id → (its keys, traits but the article, article)

    def root(event_id: str) -> str:
        while parent[event_id] != event_id:
            parent[event_id] = parent[parent[event_id]]
            event_id = parent[event_id]
        return event_id

    def join(a: str, b: str) -> str:
        if len(group[a]) < len(group[b]):
            a, b = b, a
        parent[b] = a
        group[a].extend(group.pop(b))
        last[a] = max(last[a], last.pop(b))
        for key in held.pop(b, ()):
            into = holding[key].setdefault(a, {})
            for alike, docs in holding[key].pop(b, {}).items():
                into.setdefault(alike, set()).update(docs)
            held[a].add(key)
        return a

    def matches(traits: tuple, alikes: dict[tuple, set[str]]) -> bool:
        doc = traits[0]
        return any(_same(traits, (next(iter(docs - {doc})), *alike))
                   for alike, docs in alikes.items() if len(docs) > 1 or doc not in docs)

    def closed(before: dt.date | None) -> Iterator[list[dict]]:
        while active and (before is None or active[0][0] + slack < before):
            event_id = heapq.heappop(active)[1]
            keys, alike, doc = placed.pop(event_id)
            top = root(event_id)
            for key in keys:
                alikes = holding[key].get(top)
                if alikes is not None and alike in alikes:
                    alikes[alike].discard(doc)
                    if not alikes[alike]:
                        del alikes[alike]
                    if not alikes:
                        del holding[key][top]
        while closing and (before is None or closing[0][0] + slack < before):
            day, top = heapq.heappop(closing)
            if parent.get(top) == top and last[top] == day:
                del last[top]
                held.pop(top, None)
                members = group.pop(top)
                for event in members:
                    del parent[event["event_id"]]
                yield members

    for event in events:
        traits = _traits(event, {event["doc_id"]: {"published_date": event["published_date"]}})
        if traits[4] is None:
            yield from closed(None)
            yield [event]
            continue
        yield from closed(traits[4][0])
        event_id, hi = event["event_id"], traits[4][1]
        parent[event_id], group[event_id], last[event_id] = event_id, [event], hi
        keys = [(traits[1], traits[2], side) for side in traits[-1]]
        home = event_id
        for key in keys:
            for other in list(holding[key]):
                if other != home and other in holding[key] and matches(traits, holding[key][other]):
                    home = join(other, home)
        for key in keys:
            holding[key].setdefault(home, {}).setdefault(traits[1:], set()).add(traits[0])
            held[home].add(key)
        placed[event_id] = (keys, traits[1:], traits[0])
        heapq.heappush(closing, (last[home], home))
        heapq.heappush(active, (hi, event_id))
    yield from closed(None)


def _matching(committed: _Committed, fetch: Callable[..., list[dict]], frontier: list[dict], group: dict[str, dict],
              documents: dict) -> list[dict]:
    """The events not yet in `group` that tell the same meeting as one of `frontier` (added to `group`): read
    from the committed version only where status, type and date window could let them match."""
    slack = dt.timedelta(days=max(DATE_SLACK_DAYS, PUBLISHED_SLACK_DAYS))
    dated = [event for event in frontier if event["lo"]]
    if not dated:
        return []
    committed.db.register("windows", pa.table({
        "status": [event["status"] for event in dated], "family": [event["family"] for event in dated],
        "lo": pa.array([event["lo"] - slack for event in dated], pa.date32()),
        "hi": pa.array([event["hi"] + slack for event in dated], pa.date32())}))
    candidates = fetch("""event_id NOT IN (SELECT value FROM seen) AND lo IS NOT NULL AND EXISTS (SELECT 1 FROM windows w
        WHERE w.status = slim.status AND w.family = slim.family AND slim.lo <= w.hi AND slim.hi >= w.lo)""",
                       seen=group)
    # a match shares a side (same_meeting): each candidate is tried against the frontier's events sharing one
    by_side = defaultdict(list)
    for event in dated:
        traits = _traits(event, documents)
        for side in traits[-1]:
            by_side[(event["status"], event["family"], side)].append(traits)
    found = []
    for candidate in candidates:
        traits = _traits(candidate, documents)
        near = {id(other): other for side in traits[-1] for other in by_side[(candidate["status"], candidate["family"], side)]}
        if any(_same(traits, other) for other in near.values()):
            group[candidate["event_id"]] = candidate
            found.append(candidate)
    return found


def _looked_up(keys, mapping: dict[str, str] | pa.Table, default):
    """`default` with the value `mapping` gives each key in it (arrays of strings; a table: columns key, value,
    each key once)."""
    if not len(mapping):
        return default
    known, values = (pa.array(list(mapping), pa.string()), pa.array(list(mapping.values()), pa.string())) \
        if isinstance(mapping, dict) else (mapping["key"].combine_chunks(), mapping["value"].combine_chunks())
    return pc.coalesce(pc.take(values, pc.index_in(keys, value_set=known)), default)


def _changed(part: pa.Table, columns: dict[str, pa.Array]) -> pa.Table | None:
    new = part
    for name, column in columns.items():
        new = new.set_column(new.schema.get_field_index(name), name, column)
    return None if new.equals(part) else new


def _remap(part: pa.Table, remapped: dict[str, str]) -> pa.Table | None:
    """A mentions part with each row's merged id (from its article's id), or None where none changes."""
    own = pc.coalesce(part["article_actor_id"], part["actor_id"])
    return _changed(part, {"actor_id": _looked_up(own, remapped, part["actor_id"])})


def _relinked_events(part: pa.Table, remapped: dict[str, str], clusters: pa.Table) -> pa.Table | None:
    """An events part with the new cluster ids (`clusters`: key event_id, value cluster id) and its sides' merged
    ids, or None where none changes."""
    lists = part["participants"].combine_chunks()
    people = lists.flatten()
    actor = pc.struct_field(people, "actor_id")
    actor = _looked_up(pc.coalesce(pc.struct_field(people, "article_actor_id"), actor), remapped, actor)
    people = pa.StructArray.from_arrays([actor if field.name == "actor_id" else pc.struct_field(people, field.name)
                                         for field in people.type], fields=list(people.type), mask=people.is_null())
    offsets = pc.subtract(lists.offsets, lists.offsets[0])
    return _changed(part, {"cluster_id": _looked_up(part["event_id"], clusters, part["cluster_id"]),
                           "participants": pa.ListArray.from_arrays(offsets, people, mask=lists.is_null())})


def _relinked_arguments(part: pa.Table, spans: pa.Table) -> pa.Table | None:
    """An event_arguments part with its participants' merged ids (`spans`: key event_id, start and end joined by
    \\x1f, value the merged id of the event's side of that span)."""
    if not spans.num_rows:
        return None
    key = pc.binary_join_element_wise(part["event_id"], pc.cast(part["start"], pa.string()),
                                      pc.cast(part["end"], pa.string()), "\x1f")
    key = pc.if_else(pc.equal(part["role"], "participant"), key, pa.scalar(None, pa.string()))
    return _changed(part, {"actor_id": _looked_up(key, spans, part["actor_id"])})


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
    return _same(_traits(a, documents), _traits(b, documents))


def _traits(event: dict, documents: dict) -> tuple:
    """What `same_meeting` compares of an event, computed once per event where many pairs are compared."""
    return (event["doc_id"], event["status"], FAMILY.get(event["event_type"], event["event_type"]), _place(event),
            _day_range(event, documents), *_sides(event))


def _same(a: tuple, b: tuple) -> bool:
    (doc_a, status_a, family_a, place_a, days_a, people_a, sides_a) = a
    (doc_b, status_b, family_b, place_b, days_b, people_b, sides_b) = b
    if doc_a == doc_b or status_a != status_b or family_a != family_b:
        return False
    if place_a and place_b and place_a[0] != place_b[0] and place_a[1] != place_b[1]:
        return False
    if days_a is None or days_b is None:  # nothing dates one of them: two meetings of the same sides look alike
        return False
    slack = dt.timedelta(days=max(days_a[2], days_b[2]))
    if not (days_a[0] - slack <= days_b[1] and days_b[0] - slack <= days_a[1]):
        return False
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
    traits = {event["event_id"]: _traits(event, documents) for event in events}
    # only clusters of the same status and type family that share a side can take an event: an index on those
    holding: dict[tuple, list[int]] = defaultdict(list)
    for event in sorted(events, key=lambda e: e["event_id"]):
        own = traits[event["event_id"]]
        kind = (event["status"], FAMILY.get(event["event_type"], event["event_type"]))
        sides = own[-1] if own[4] else ()  # an event nothing dates matches none: it stays alone, out of the index
        candidates = sorted({key for side in sides for key in holding[(*kind, side)]})
        home = next((key for key in candidates
                     if all(_same(own, traits[other["event_id"]]) for other in members[key])), None)
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
