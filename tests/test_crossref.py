"""Across articles (pipeline/crossref.py): actor ids merged over the dataset, the actors table, event clusters
on the news set's gold events and on hand-made rows, and the tables an extraction writes."""
import datetime as dt

import pandas as pd
import pytest

from pipeline.actors import unify
from pipeline.bench.clusters import gold_events, pair_groups, score_events
from pipeline.crossref import cluster_rows, meeting_groups, same_meeting
from pipeline.extract import extract
from pipeline.paths import data_dir

from conftest import needs_data

D = dt.date


def _event(event_id, doc_id, people, event_type="meeting", date=None, place=None, lang="ru"):
    return {"event_id": event_id, "doc_id": doc_id, "event_type": event_type, "status": "occurred", "lang": lang,
            "participants": [{"actor_id": actor, "country_iso3": country, "igo_code": None, "kind": "person",
                              "normal": actor, "text": actor, "role": None} for actor, country in people],
            "location": place, "date": {"date_start": date, "date_end": date} if date else None}


TOKAYEV, PUTIN, LAVROV = ("person:kasim-tokaev-zhomart", "KAZ"), ("person:putin-vladimir", "RUS"), \
    ("person:lavrov-sergei", "RUS")
DOCS = {"a": {"published_date": D(2025, 11, 11), "outlet": "tass.ru", "url": "u1", "lang": "ru"},
        "b": {"published_date": D(2025, 11, 12), "outlet": "kazinform.kz", "url": "u2", "lang": "kk"},
        "c": {"published_date": D(2024, 5, 27), "outlet": "x.kz", "url": "u3", "lang": "ru"},
        "d": {"published_date": None, "outlet": "y.kz", "url": "u4", "lang": "ru"}}


def test_reports_of_one_meeting_are_one_cluster_with_their_articles_outlets_and_languages():
    events = [_event("a:e0", "a", [TOKAYEV, PUTIN]), _event("b:e0", "b", [PUTIN, TOKAYEV], event_type="talks", lang="kk")]
    [cluster] = cluster_rows(events, DOCS)
    assert (cluster["n_articles"], cluster["n_outlets"], cluster["languages"], cluster["urls"]) == \
        (2, 2, ["kk", "ru"], ["u1", "u2"])
    assert (cluster["first_seen"], cluster["last_seen"]) == (D(2025, 11, 11), D(2025, 11, 12))
    assert events[0]["cluster_id"] == events[1]["cluster_id"] == cluster["cluster_id"]


@pytest.mark.parametrize("other, why", [
    (_event("c:e0", "c", [TOKAYEV, PUTIN]), "published 18 months apart"),
    (_event("d:e0", "d", [TOKAYEV, PUTIN]), "nothing dates it"),
    (_event("b:e0", "b", [TOKAYEV, LAVROV]), "another person of the same state"),
    (_event("b:e0", "b", [TOKAYEV, PUTIN], event_type="phone_call"), "another type"),
])
def test_different_meetings_are_kept_apart(other, why):
    assert not same_meeting(_event("a:e0", "a", [TOKAYEV, PUTIN]), other, DOCS), why


def test_complete_linkage_does_not_chain_loose_matches():
    # b's event names Tokayev only, in Moscow; a (with Putin) and c-like (with Lavrov) each match it alone
    moscow = {"normal": "Москва", "geonames_id": 524901, "country_iso3": "RUS"}
    events = [_event("a:e0", "a", [TOKAYEV, PUTIN], place=moscow), _event("b:e0", "b", [TOKAYEV], place=moscow),
              _event("b2:e0", "b2", [TOKAYEV, LAVROV], place=moscow)]
    docs = {**DOCS, "b2": DOCS["b"]}
    cluster_rows(events, docs)
    assert events[0]["cluster_id"] != events[2]["cluster_id"]


def test_names_holding_one_another_merge_towards_the_frequent_one_but_not_through_a_glued_name():
    ids = ["person:erdogan-rezhep-taip"] * 5 + ["person:erdogan-rezhep", "person:erdogan-taip"] + \
        ["person:mirziev-shavkat"] * 4 + ["person:asadov-mirziev-shavkat-sherzod", "person:asadov-sherzod"] + \
        ["person:lavrov-sergei"] * 3 + ["person:lavrov-rosi-sergei", "person:mirzievke-shavkat"]
    assert unify(ids) == {"person:erdogan-rezhep": "person:erdogan-rezhep-taip",
                          "person:erdogan-taip": "person:erdogan-rezhep-taip",
                          "person:asadov-mirziev-shavkat-sherzod": "person:mirziev-shavkat",
                          "person:lavrov-rosi-sergei": "person:lavrov-sergei",
                          "person:mirzievke-shavkat": "person:mirziev-shavkat"}  # a Kazakh dative left on


def test_spelling_variants_and_a_surname_alone_are_one_actor_across_articles():
    ids = ["person:emanyuel-makron", "person:emanuel-makron", "person:emanuel-makron", "person:makron",
           "person:murat-nurtileu", "person:murat-nurtleu", "person:murat-nurtleu"]
    assert unify(ids) == {"person:emanyuel-makron": "person:emanuel-makron", "person:makron":
                          "person:emanuel-makron", "person:murat-nurtileu": "person:murat-nurtleu"}


@needs_data("news")
def test_on_the_news_gold_dated_pairs_hold_and_labelled_meetings_never_mix():
    """The clustering rule on the news set's gold events: every same-event pair whose two articles are dated
    (by the MANIFEST or the text) is in one cluster; events of two labelled pairs share a cluster only where both
    report one meeting;
    Erdogan's two phone calls to Nazarbayev (kk/027 on Syria, kk/030 Eid greetings: MANIFEST notes) stay apart."""
    news = data_dir() / "news"
    events, documents = gold_events(news)
    cluster_rows(events, documents)
    groups = pair_groups(news)
    result = score_events(events, {name: name for name in documents}, groups)
    dated = {name for name, doc in documents.items() if doc["published_date"]}
    assert result["pairs"] == 9
    assert not [pair for pair in result["missed"] if set(pair) <= dated]
    clusters, members = {}, {}
    for event in events:
        clusters.setdefault(event["cluster_id"], set()).add(groups.get(event["doc_id"]))
        members.setdefault(event["cluster_id"], set()).add(event["event_id"])
    mixed = [members[key] for key, found in clusters.items() if len(found - {None}) > 1]
    # one meeting two labelled pairs both report: Putin and Mirziyoyev on the SCO summit's sidelines
    # (ru/051 'Mirziyoyev informal talks with many leaders', ru/054 'Putin brief talks with Sharif, Mirziyoyev,
    # Rahmon': MANIFEST notes)
    assert mixed == [{"ru/051:e0", "ru/054:e1"}]
    of = lambda name: {e["cluster_id"] for e in events if e["doc_id"] == name}  # noqa: E731
    assert not of("kk/027") & of("kk/030")


def _clustered_by_groups(events: list[dict], documents: dict) -> dict[str, str]:
    """{event_id: cluster_id} from `cluster_rows` over each of `meeting_groups`' groups, the events given in the
    order the step across articles reads them (first possible day, those nothing dates last)."""
    rows = [{**event, "published_date": documents[event["doc_id"]]["published_date"]} for event in events]
    first = lambda e: (e["date"] or {}).get("date_start") or e["published_date"]  # noqa: E731
    rows.sort(key=lambda e: (first(e) is None, first(e) or D.min, e["event_id"]))
    clustered = {}
    for group in meeting_groups(rows):
        cluster_rows(group, documents)
        clustered.update((event["event_id"], event["cluster_id"]) for event in group)
    return clustered


def test_groups_let_go_in_date_order_cluster_as_all_events_at_once():
    # one pair of sides meeting every third day (each report matches the next: a chain the slack links), another
    # pair on the same days, a report naming one side only, and reports nothing dates
    docs, events = {}, []
    for n in range(12):
        day = D(2025, 3, 1) + dt.timedelta(days=3 * n)
        for doc, people in ((f"p{n}", [TOKAYEV, PUTIN]), (f"q{n}", [PUTIN, TOKAYEV]), (f"r{n}", [TOKAYEV, LAVROV]),
                            (f"s{n}", [TOKAYEV])):
            docs[doc] = {"published_date": day, "outlet": doc[0], "url": doc, "lang": "ru"}
            events.append(_event(f"{doc}:e0", doc, people))
    docs["d"] = DOCS["d"]
    events += [_event("d:e0", "d", [TOKAYEV, PUTIN]), _event("d:e1", "d", [TOKAYEV, LAVROV])]
    clustered = _clustered_by_groups(events, docs)
    cluster_rows(events, docs)
    assert clustered == {event["event_id"]: event["cluster_id"] for event in events}
    assert len(set(clustered.values())) < len(events) - 10  # reports did merge


@needs_data("news")
def test_groups_let_go_in_date_order_cluster_the_news_gold_as_all_events_at_once():
    events, documents = gold_events(data_dir() / "news")
    clustered = _clustered_by_groups(events, documents)
    cluster_rows(events, documents)
    assert clustered == {event["event_id"]: event["cluster_id"] for event in events}
    assert len(set(clustered.values())) < len(events)


def test_an_extraction_writes_actors_and_clusters(seed_copy, tmp_path):
    out = tmp_path / "out"
    extract([seed_copy], out)
    actors = pd.read_parquet(out / "current" / "actors")
    events = pd.read_parquet(out / "current" / "events", dtype_backend="pyarrow")
    clusters = pd.read_parquet(out / "current" / "event_clusters")
    mentions = pd.read_parquet(out / "current" / "mentions")
    kazakhstan = actors.set_index("actor_id").loc["country:KAZ"]
    assert (kazakhstan["kind"], kazakhstan["name_ru"], kazakhstan["name_kk"]) == ("country", "Казахстан", "Қазақстан")
    assert set(events.cluster_id) == set(clusters.cluster_id) and clusters.n_events.sum() == len(events)
    assert set(mentions.actor_id.dropna()) <= set(actors.actor_id)
    participants = [p for ps in events.participants for p in ps]
    assert {p["actor_id"] for p in participants} <= set(actors.actor_id)
    assert all(p["country_iso3"] == "KAZ" for p in participants if p["affiliation"] in ("Казахстан", "Қазақстан"))
    # offsets are ints when read with the pyarrow backend, nested ones included (README: reading the tables)
    places = [e for e in events.location if not pd.isna(e)]
    assert places and all(isinstance(p["start"], int) for p in places)
    paris = next(p for p in places if p["normal"] == "Париж")
    assert (paris["geonames_id"], paris["country_iso3"], paris["feature_class"]) == (2988507, "FRA", "P")
    arguments = pd.read_parquet(out / "current" / "event_arguments", dtype_backend="numpy_nullable")
    assert str(arguments.title_start.dtype) == "Int32"
    located = arguments[arguments.role == "location"]
    assert located.geonames_id.notna().any() and (located.country_iso3.dropna() != "").all()
    coded = arguments[(arguments.role == "participant") & arguments.affiliation.isin(["Казахстан", "Қазақстан"])]
    assert len(coded) and (coded.country_iso3 == "KAZ").all()


def test_a_link_out_of_duckdbs_memory_runs_again_with_more_and_links_alike(seed_copy, tmp_path, monkeypatch):
    from pipeline import crossref

    extract([seed_copy], tmp_path / "enough")
    limits = []
    committed = crossref._Committed

    def recorded(dataset, memory_mb):
        limits.append(memory_mb)
        return committed(dataset, memory_mb)

    monkeypatch.setattr(crossref, "MEMORY_MB", 1)
    monkeypatch.setattr(crossref, "_Committed", recorded)
    extract([seed_copy], tmp_path / "short")
    assert limits[0] == 1 and len(limits) > 1  # it did run out, then had enough
    assert linked(tmp_path / "short") == linked(tmp_path / "enough")


def test_actors_read_a_few_rows_at_a_time_are_the_actors_read_at_once(seed_copy, tmp_path, monkeypatch):
    """The actors' rows come from DuckDB's sorted groups of references in batches (`crossref.ACTOR_ROWS`): an
    actor whose names, codes and titles fall across two batches keeps them all, and the parts come out alike;
    the events' changes and the clusters' rows, put in Arrow tables `crossref.PART_ROWS` at a time, alike."""
    from pipeline import crossref

    extract([seed_copy], tmp_path / "at_once")
    monkeypatch.setattr(crossref, "ACTOR_ROWS", 3)
    monkeypatch.setattr(crossref, "PART_ROWS", 2)
    extract([seed_copy], tmp_path / "by_three")
    assert linked(tmp_path / "by_three") == linked(tmp_path / "at_once")
    actors = linked(tmp_path / "by_three")["actors"]
    assert actors == linked(tmp_path / "at_once")["actors"] and len(actors) > 3 * 20
    # an actor's grouped rows (its counts, a name per language, its titles) did cross a batch
    assert any(1 + bool(row["name_ru"]) + bool(row["name_kk"]) + len(row["titles"]) > 3 for row in actors)
    parts = [{part.name: part.read_bytes() for part in (tmp_path / name / "current" / "actors").iterdir()}
             for name in ("at_once", "by_three")]
    assert parts[0] == parts[1] and len(parts[0]) > 1  # the same part files, byte for byte


def test_copies_of_a_dataset_link_as_that_many_times_the_articles(seed_copy, tmp_path):
    """`bench.scale --relink OUT --copies K`: K copies of the articles (ids prefixed) link as one corpus, every
    actor named K times as often, in K times the articles."""
    from pipeline import crossref, write
    from pipeline.bench.scale import copies_of
    from pipeline.run import PIPELINE_VERSION

    extract([seed_copy], tmp_path / "once")
    copies = copies_of(tmp_path / "once", tmp_path / "twice", 2)
    with write.DatasetWriter(copies, PIPELINE_VERSION) as dataset:
        original = set(write.read_table(tmp_path / "once", "documents", ["doc_id"])["doc_id"].to_pylist())
        unlinked = set(dataset.unlinked_doc_ids().to_pylist())
        assert set(dataset.documents["doc_id"].to_pylist()) - original == unlinked == \
            {f"r1-{doc_id}" for doc_id in original}  # the second copy, to link
        crossref.link_committed(dataset)
    once, twice = (linked(tmp_path / name)["actors"] for name in ("once", "twice"))
    assert [row["actor_id"] for row in twice] == [row["actor_id"] for row in once]
    assert all((b["n_mentions"], b["n_events"], b["n_articles"]) == (2 * a["n_mentions"], 2 * a["n_events"],
               2 * a["n_articles"]) and b["name_ru"] == a["name_ru"] for a, b in zip(once, twice))


def linked(out) -> dict[str, list]:
    """What the step across articles decides, as sorted rows: the actors and event_clusters tables whole, and
    the merged and cluster ids on mentions, events and event_arguments."""
    from pipeline import write

    def table(name, columns=None):
        return write.read_table(out, name, columns).to_pylist()

    return {
        "actors": sorted(table("actors"), key=lambda row: row["actor_id"]),
        "event_clusters": sorted(table("event_clusters"), key=lambda row: row["cluster_id"]),
        "events": sorted((e["event_id"], e["cluster_id"], [p["actor_id"] for p in e["participants"]])
                         for e in table("events")),
        "mentions": sorted((m["mention_id"], m["actor_id"]) for m in table("mentions", ["mention_id", "actor_id"])),
        "event_arguments": sorted((a["event_id"], a["role"], a["start"], a["actor_id"] or "")
                                  for a in table("event_arguments", ["event_id", "role", "start", "actor_id"])),
    }


def test_linking_run_by_run_gives_what_one_run_over_the_final_folder_gives(seed_paths, tmp_path):
    """Articles added in three runs, one changed, one deleted: the actors, the clusters and every merged and
    cluster id are those of one run over the final folder, though the surname an early article gives alone
    merges only when a later one gives the full name, and copies of an article join its clusters run by run."""
    from pipeline.bench.scale import make_corpus

    folder, out = tmp_path / "articles", tmp_path / "out"
    folder.mkdir()
    copies = sorted(make_corpus(tmp_path / "copies", 9).iterdir())  # copies 3 and 8: seed 003, dated 2026-02-18
    seeds = {path.name[:3]: path for path in seed_paths}

    def add(*paths):
        for path in paths:
            (folder / path.name).write_bytes(path.read_bytes())

    (folder / "surname.txt").write_text("Министр иностранных дел Абдрахманов провел встречу с послом Франции в "
                                        "Астане.\n", encoding="utf-8")
    (folder / "surname.json").write_text('{"published": "2026-02-12"}', encoding="utf-8")
    add(seeds["000"], seeds["003"])
    extract([folder], out)
    abdrakhmanov = lambda: {actor for (_, actor) in linked(out)["mentions"] if actor and "abdrakhmanov" in actor}  # noqa: E731
    assert abdrakhmanov() == {"person:abdrakhmanov"}
    add(seeds["001"], seeds["002"], copies[3])
    extract([folder], out)
    assert abdrakhmanov() == {"person:abdrakhmanov-kairat"}  # the first run's rows merged by the second
    add(seeds["004"], copies[8], copies[2])
    extract([folder], out)
    widest = lambda: max(row["n_articles"] for row in linked(out)["event_clusters"])  # noqa: E731
    assert widest() == 3  # seed 003 and its two copies, added in three runs
    changed = folder / seeds["000"].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nМатериал обновлен.\n", encoding="utf-8")
    (folder / copies[3].name).unlink()
    summary = extract([folder], out)
    assert summary.processed == [str(changed)] and summary.removed == [str(folder / copies[3].name)]
    assert widest() == 2
    once = tmp_path / "once"
    extract([folder], once)
    assert linked(out) == linked(once)


def test_an_article_renamed_is_linked_as_one_run_over_the_final_folder_links_it(seed_paths, tmp_path):
    """A renamed file is the same text, dropped and added again in one run (its doc_id stays): its events' old
    clusters go, not stay beside the new ones."""
    folder, out = tmp_path / "articles", tmp_path / "out"
    folder.mkdir()
    for path in seed_paths[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    extract([folder], out)
    (folder / seed_paths[0].name).rename(folder / "renamed.txt")
    extract([folder], out)
    clusters = linked(out)["event_clusters"]
    assert len({row["cluster_id"] for row in clusters}) == len(clusters)
    once = tmp_path / "once"
    extract([folder], once)
    assert linked(out) == linked(once)


def test_parts_of_an_older_schema_beside_new_ones_are_read_by_column_name(seed_copy, tmp_path):
    """The step reads a table's parts by column name where their columns differ (a batch written before
    `article_actor_id`, schema 6, beside a new one): the old part's rows have it null, the new part's are read."""
    import pyarrow.parquet as pq

    from pipeline import crossref, write
    from pipeline.run import PIPELINE_VERSION

    out = tmp_path / "out"
    extract([seed_copy], out)
    first = sorted(seed_copy.iterdir())[0]
    (seed_copy / "added.txt").write_text(first.read_text(encoding="utf-8") + "\nОдна статья ещё.\n", encoding="utf-8")
    extract([seed_copy], out)
    folder = out / "versions" / write.committed_version(out).folder / "mentions"
    old, new = sorted(folder.iterdir())  # batch ids sort by time
    pq.write_table(pq.read_table(old).drop_columns(["article_actor_id"]), old)  # as schema 6 wrote it
    given = pq.read_table(new)["article_actor_id"].drop_null()
    with write.DatasetWriter(out, PIPELINE_VERSION) as dataset, crossref._Committed(dataset) as committed:
        read = committed.db.sql("SELECT article_actor_id FROM mentions WHERE filename = ? AND article_actor_id "
                                "IS NOT NULL", params=[str(new)]).fetchall()
        rows = committed.db.sql("SELECT count(*) FROM mentions").fetchall()[0][0]
    assert [value for value, in read] == given.to_pylist() and len(given) > 0
    assert rows == pq.read_metadata(old).num_rows + pq.read_metadata(new).num_rows


def test_every_article_replaced_or_a_dataset_of_schema_5_is_linked_anew(seed_copy, tmp_path):
    """When every committed article changed, or the tables across articles are in the one part schema 5 wrote,
    the step builds them anew: nothing of the old parts is left."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline import write
    from pipeline.bench.scale import make_corpus

    out = tmp_path / "out"
    extract([seed_copy], out)
    for path in seed_copy.iterdir():
        path.unlink()
    make_corpus(seed_copy, 4)  # copies with a line of their own: every article is another
    extract([seed_copy], out)
    extract([seed_copy], tmp_path / "once")
    assert linked(out) == linked(tmp_path / "once")
    # schema 5: one part per derived table
    folder = out / "versions" / write.committed_version(out).folder
    manifest = json.loads((folder / "_manifest.json").read_text(encoding="utf-8"))
    for name in write.DERIVED:
        parts = sorted((folder / name).iterdir())
        pq.write_table(pa.concat_tables([pq.read_table(path) for path in parts]), folder / name / "part-dataset.parquet")
        for path in parts:
            path.unlink()
        manifest["tables"][name]["parts"] = [f"{name}/part-dataset.parquet"]
    (folder / "_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    summary = extract([seed_copy], out)
    assert not summary.processed and summary.committed
    assert "part-dataset.parquet" not in write.committed_version(out).parts["actors"]
    assert linked(out) == linked(tmp_path / "once")
