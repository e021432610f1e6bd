"""Articles as rows of JSON Lines, CSV and Parquet files: each format gives the documents a `.txt` file gives,
a bad row costs one line and the run goes on, re-runs redo only the changed rows, metadata wins over the text
and the text over the url, and workers read only their row."""
import csv
import json
import pickle
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import write
from pipeline.extract import Limits, extract
from pipeline.paths import REPO_ROOT
from pipeline.sources import BadRow, ReadError, Table, table_rows

SEEDS = REPO_ROOT / "seeds"
RU = (SEEDS / "001_9284a0450e23592d.txt").read_text(encoding="utf-8")
KK = (SEEDS / "004_caa11e77a7aba525.txt").read_text(encoding="utf-8")
RU_2 = (SEEDS / "002_c00e56f8f959c6cf.txt").read_text(encoding="utf-8")
# short real sentences (the README's example; a news report of BAQ.KZ) for the runs that redo rows
MEETING_RU = ("Министр иностранных дел Казахстана Мурат Нуртлеу 12 марта встретился в Астане с министром "
              "иностранных дел Узбекистана Бахтиёром Саидовым.")
MEETING_KK = ("Қазақстан Республикасы Премьер-министрінің орынбасары – Сыртқы істер министрі Мұрат Нұртілеу Украина "
              "Сыртқы істер министрі Андрей Сибигамен кездесу өткізді.")
TALKS_RU = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом "
            "Мирзиёевым.\nСтороны обсудили торговлю и водные ресурсы.")


def table(out, name, columns=None) -> pd.DataFrame:
    return write.read_table(out, name, columns).to_pandas()


def write_jsonl(path, rows):
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n"
                            for row in rows), encoding="utf-8")


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, args), "--quiet"],
                          capture_output=True, text=True, cwd=REPO_ROOT, timeout=600)


def test_each_format_gives_the_documents_its_text_file_gives(tmp_path, seed_dataset):
    """One seed in each format (a JSONL row, a quoted multi-line CSV row in UTF-8 with a BOM and `;`, a
    Parquet row): the same stored text, mentions and events as the seed's `.txt`, with the row's metadata."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [{"id": "ru-001", "url": "https://example.ru/ru-001", "outlet": "example.ru",
                                      "published": "2025-03-14", "text": RU}])
    with open(folder / "b.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL)
        writer.writerow(["id", "Text", "title"])
        writer.writerow(["kk-004", KK, "Кездесу; Ташкент"])
    pq.write_table(pa.table({"text": [RU_2], "id": [2], "published": [pd.Timestamp("2025-03-15 09:30")],
                             "author": ["x"]}), folder / "c.parquet")
    out = tmp_path / "out"
    summary = extract([folder], out)
    assert not summary.errors
    assert sorted(summary.processed) == [f"{folder}/a.jsonl:1", f"{folder}/b.csv:1", f"{folder}/c.parquet:1"]
    assert any("c.parquet: columns not read: author" in note for note in summary.notes)
    documents = table(out, "documents").set_index("article_id")
    seeds = table(seed_dataset, "documents").set_index("doc_id")
    for article_id, seed in (("ru-001", "001"), ("kk-004", "004"), ("2", "002")):
        row = documents.loc[article_id]
        assert seed in seeds.loc[row.doc_id, "source_path"]  # same stored text: same doc_id
        assert row.source_row == 1 and pd.isna(row.metadata_sha256)
    assert documents.loc["kk-004", "title"] == "Кездесу; Ташкент" and documents.loc["kk-004", "lang"] == "kk"
    assert documents.loc["ru-001", "source_path"].endswith("a.jsonl")
    assert (str(documents.loc["2", "published_date"]), documents.loc["2", "published_date_source"]) == (
        "2025-03-15", "metadata")
    columns = ["doc_id", "start", "end", "text", "label", "normal"]
    ours = table(out, "mentions")[columns].sort_values(columns).reset_index(drop=True)
    theirs = table(seed_dataset, "mentions")[columns]
    theirs = theirs[theirs.doc_id.isin(documents.doc_id)].sort_values(columns).reset_index(drop=True)
    pd.testing.assert_frame_equal(ours, theirs)
    texts = documents.set_index("doc_id")["text"]
    for row in table(out, "mentions").itertuples():  # offsets are into the row's stored text
        assert texts[row.doc_id][row.start:row.end] == row.text
    events = table(out, "events", ["doc_id", "event_type"])
    assert set(events.doc_id) <= set(documents.doc_id) and len(events) == len(
        table(seed_dataset, "events", ["doc_id"]).query("doc_id in @documents.doc_id"))


def test_a_bad_row_of_each_kind_is_one_line_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "rows.jsonl", [
        {"id": "good-ru", "text": MEETING_RU},
        "{\"text\": \"Министр встретился",                      # 2: cut short
        {"id": "no-text", "title": "Встреча"},                  # 3
        {"id": "empty", "text": "  "},                          # 4
        {"id": "number", "text": 42},                           # 5
        {"id": "date", "text": MEETING_RU, "published": "14.13.2025"},  # 6
        {"id": "lang", "text": MEETING_RU, "lang": "russian"},  # 7
        {"id": "big", "text": MEETING_RU * 40},                 # 8: over --max-bytes
        ["a", "list"],                                          # 9
        {"id": "good-kk", "text": MEETING_KK, "lang": "kk"},    # 10
    ])
    (folder / "notext.csv").write_text("id,body\n1,Министр встретился с послом.\n", encoding="utf-8")
    pq.write_table(pa.table({"text": [MEETING_RU] * 50}), folder / "cut.parquet")
    data = (folder / "cut.parquet").read_bytes()
    (folder / "cut.parquet").write_bytes(data[:len(data) // 2])
    out = tmp_path / "out"
    result = run_cli(folder, "--out", out, "--max-bytes", 3000)
    assert result.returncode == 0, result.stderr
    rows = folder / "rows.jsonl"
    lines = result.stderr.splitlines()
    assert lines[:8] == [
        f"dipevents: {folder}/cut.parquet: input: not a readable Parquet file: Parquet magic bytes not found in "
        f"footer. Either the file is corrupted or this is not a parquet file.",
        f"dipevents: {folder}/notext.csv: input: no text column in the CSV header (columns: id, body; "
        f"delimiter ',')",
        f"dipevents: {rows}:2: input: not JSON: Invalid control character at: line 1 column 29 (char 28)",
        f"dipevents: {rows}:3: input: no text",
        f"dipevents: {rows}:4: input: empty text",
        f"dipevents: {rows}:5: input: text must be a string, not int",
        f"dipevents: {rows}:6: input: published '14.13.2025' is not a whole date (YYYY-MM-DD, 14.03.2025, "
        f"14 марта 2025)",
        f"dipevents: {rows}:7: input: lang 'russian' is not an ISO 639 language code (ru, kk, en, …)",
    ]
    assert lines[8].startswith(f"dipevents: {rows}:8: input: row is ") and "over the size cap of 3,000" in lines[8]
    assert lines[9] == f"dipevents: {rows}:9: input: not a JSON object (a list)"
    assert len(lines) == 10
    errors = table(out, "errors")
    assert list(zip(errors.path.map(lambda p: p.rsplit("/", 1)[1]), errors.row.astype("Int64"), errors.stage)) == [
        ("cut.parquet", pd.NA, "input"), ("notext.csv", pd.NA, "input"),
        *[("rows.jsonl", n, "input") for n in range(2, 10)]]
    documents = table(out, "documents").sort_values("source_row")
    assert list(documents.article_id) == ["good-ru", "good-kk"] and list(documents.source_row) == [1, 10]
    assert list(documents.lang) == ["ru", "kk"]
    assert documents.lang_confidence.iloc[1] == 1.0  # the row's lang is taken as given
    # fixed rows leave the errors table; the others are found again
    write_jsonl(rows, [{"id": "good-ru", "text": MEETING_RU}, {"id": "fixed", "text": TALKS_RU}])
    again = run_cli(folder, "--out", out)
    assert f"{rows}:" not in again.stderr
    assert sorted(table(out, "errors").path.map(lambda p: p.rsplit("/", 1)[1])) == ["cut.parquet", "notext.csv"]
    assert sorted(table(out, "documents").article_id) == ["fixed", "good-ru"]


def test_a_rerun_redoes_only_the_changed_rows_and_drops_the_removed_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = folder / "news.jsonl"
    first = [{"id": "1", "text": MEETING_RU}, {"id": "2", "text": MEETING_KK},
             {"id": "3", "text": TALKS_RU, "published": "2024-05-26"}]
    write_jsonl(rows, first)
    out = tmp_path / "out"
    assert sorted(extract([folder], out).processed) == [f"{rows}:1", f"{rows}:2", f"{rows}:3"]
    again = extract([folder], out)
    assert (again.processed, again.unchanged) == ([], 3)
    # one row's metadata changes: that row alone is redone
    write_jsonl(rows, [first[0], first[1], {**first[2], "published": "2024-05-27"}])
    changed = extract([folder], out)
    assert (changed.processed, changed.unchanged) == ([f"{rows}:3"], 2)
    documents = table(out, "documents").set_index("article_id")
    assert str(documents.loc["3", "published_date"]) == "2024-05-27" and len(documents) == 3
    # a row appended: only it is done
    third = {**first[2], "published": "2024-05-27"}
    write_jsonl(rows, [first[0], first[1], third, {"id": "4", "text": RU_2}])
    assert extract([folder], out).processed == [f"{rows}:4"]
    # the first row deleted: its rows leave; the rows after it move up: renumbered, not redone
    before = table(out, "documents").set_index("article_id")
    write_jsonl(rows, [first[1], third, {"id": "4", "text": RU_2}])
    moved = extract([folder], out)
    assert (moved.removed, moved.processed, moved.unchanged) == ([f"{rows}:1"], [], 3)
    assert "3 rows moved in their files: renumbered, not redone" in moved.notes
    documents = table(out, "documents")
    assert sorted(zip(documents.source_row, documents.article_id)) == [(1, "2"), (2, "3"), (3, "4")]
    assert MEETING_RU not in set(documents.text) and documents.doc_id.is_unique
    kept = documents.set_index("article_id")
    assert (kept.processed_at == before.processed_at[kept.index]).all()  # the same rows, not redone
    # a row inserted at the top: it alone is done, the others move down
    write_jsonl(rows, [{"id": "0", "text": MEETING_RU}, first[1], third, {"id": "4", "text": RU_2}])
    inserted = extract([folder], out)
    assert (inserted.processed, inserted.removed, inserted.unchanged) == ([f"{rows}:1"], [], 3)
    documents = table(out, "documents")
    assert sorted(zip(documents.source_row, documents.article_id)) == [(1, "0"), (2, "2"), (3, "3"), (4, "4")]
    write_jsonl(rows, [first[1], third, {"id": "4", "text": RU_2}])
    assert extract([folder], out).removed == [f"{rows}:1"]
    documents = table(out, "documents")
    assert sorted(zip(documents.source_row, documents.article_id)) == [(1, "2"), (2, "3"), (3, "4")]
    mentions = table(out, "mentions")
    assert set(mentions.doc_id) == set(documents.doc_id) and "Бахтиёром Саидовым" not in set(mentions.text)
    assert set(table(out, "events", ["doc_id"]).doc_id) <= set(documents.doc_id)
    # the file removed: its rows leave
    rows.unlink()
    (folder / "other.txt").write_text(MEETING_RU + "\n", encoding="utf-8")
    gone = extract([folder], out)
    assert sorted(gone.removed) == [f"{rows}:1", f"{rows}:2", f"{rows}:3"]
    assert list(table(out, "documents").source_path) == [str(folder / "other.txt")]
    assert table(out, "documents").source_row.isna().all()


def test_metadata_wins_over_the_text_and_the_text_over_the_url(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    dated = "Астана. 17 февраля 2025. " + MEETING_RU
    write_jsonl(folder / "dates.jsonl", [
        {"id": "meta", "text": dated, "published": "2025-02-18", "url": "https://example.kz/2025/02/19/a"},
        {"id": "text", "text": dated.replace("Саидовым", "Саидовым в Ташкенте"),
         "url": "https://example.kz/2025/02/19/b"},
        {"id": "url", "text": MEETING_KK, "url": "https://sputnik.kz/amp/20211112/toqaev-18642500.html"},
        {"id": "none", "text": TALKS_RU, "url": "https://tass.ru/mezhdunarodnaya-panorama/25417721"},
    ])
    # a sidecar beside a .txt: its date wins over the one the text states
    (folder / "a.txt").write_text("Астана. 17 февраля 2025.\n" + TALKS_RU.replace("торговлю", "энергетику") + "\n",
                                  encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"id": "sidecar", "published": "2025-02-20"}), encoding="utf-8")
    out = tmp_path / "out"
    assert not extract([folder], out).errors
    documents = write.read_table(out, "documents").to_pylist()
    got = {row["article_id"]: (row["published_date"] and row["published_date"].isoformat(),
                               row["published_date_source"], row["published_date_text"]) for row in documents}
    assert got == {"meta": ("2025-02-18", "metadata", ""), "text": ("2025-02-17", "text", "Астана. 17 февраля 2025."),
                   "url": ("2021-11-12", "url", "/20211112"), "none": (None, None, ""),
                   "sidecar": ("2025-02-20", "metadata", "")}


def test_jobs_2_gives_the_dataset_jobs_1_gives(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "news.jsonl", [{"id": str(n), "text": text} for n, text in
                                        enumerate([RU, KK, MEETING_RU, MEETING_KK, TALKS_RU, RU_2])])
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert len(extract([folder], serial).processed) == 6
    assert len(extract([folder], parallel, jobs=2).processed) == 6
    for name, columns in (("documents", ["doc_id", "source_row", "article_id", "lang", "text"]),
                          ("mentions", ["doc_id", "start", "end", "label", "normal"]),
                          ("events", ["event_id", "event_type", "status"])):
        left = table(serial, name, columns).sort_values(columns[:3]).reset_index(drop=True)
        right = table(parallel, name, columns).sort_values(columns[:3]).reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right)


def test_a_worker_gets_a_pointer_to_its_row_not_the_file(tmp_path):
    """A 5 MB JSON Lines file: each work item pickles to a few hundred bytes and reads back its own row."""
    path = tmp_path / "big.jsonl"
    texts = [f"{MEETING_RU} ({n})" for n in range(20_000)]
    write_jsonl(path, [{"id": str(n), "text": text} for n, text in enumerate(texts)])
    assert path.stat().st_size > 5_000_000
    found = list(table_rows(str(path), str(path), 1_000_000, Table()))
    assert len(found) == 20_000
    source, sha256 = found[12_345]
    assert len(pickle.dumps(source)) < 500
    raw = pickle.loads(pickle.dumps(source)).read()
    assert (raw.text, raw.metadata.article_id, raw.sha256) == (texts[12_345], "12345", sha256)


def test_csv_delimiter_quotes_and_bom(tmp_path):
    """The header's most frequent of , ; tab | is the delimiter; quoted texts span lines; a BOM is skipped."""
    text = TALKS_RU.replace("\n", "\r\n")  # a quoted text with Windows line ends inside it
    for delimiter in (",", ";", "\t", "|"):
        path = tmp_path / "rows.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow([" TEXT ", "url", "outlet"])
            writer.writerow([text, "https://example.kz/a,b;c|d", "example.kz"])
            writer.writerow(["", "", ""])
            writer.writerow([MEETING_KK, "", ""])
        rows = list(table_rows(str(path), "rows.csv", 1_000_000, Table()))
        assert [source.row for source, _ in rows] == [1, 2]
        first, second = (source.read() for source, _ in rows)
        assert (first.text, first.metadata.url, second.text, second.metadata.url) == (
            text, "https://example.kz/a,b;c|d", MEETING_KK, None)


def test_a_file_that_cannot_be_read_past_a_row_keeps_the_rows_before(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f'text\n"{MEETING_RU}"\n"{MEETING_KK}" x\n"{TALKS_RU}"\n', encoding="utf-8")
    state = Table()
    found = []
    with pytest.raises(ReadError, match="the rest of the file is not read"):
        for result in table_rows(str(path), str(path), 1_000_000, state):
            found.append(result)
    assert [item[0].row for item in found if not isinstance(item, BadRow)] == [1] and state.stopped_at == 2
    limits = Limits.configured()
    out = tmp_path / "out"
    summary = extract([path], out, limits=limits)
    assert [(e.row, e.error) for e in summary.errors] == [
        (2, "',' expected after '\"'; the rest of the file is not read")]
    assert list(table(out, "documents").source_row) == [1]


def test_a_long_csv_text_is_read_by_a_fresh_worker_process(tmp_path):
    """A row over the csv module's default field limit (131,072 characters) but under the size cap: a worker
    that never read the file whole reads it too; a row whose file went is a one-line error, not a crash."""
    path = tmp_path / "long.csv"
    long_text = "\n".join([TALKS_RU] * 1500)
    assert 131_072 < len(long_text) and len(long_text.encode("utf-8")) < 1_000_000
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["long", long_text]])
    (source, sha256), = table_rows(str(path), str(path), 1_000_000, Table())
    code = "import pickle, sys; raw = pickle.loads(sys.stdin.buffer.read()).read(); print(len(raw.text), raw.sha256)"
    result = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(source), capture_output=True,
                            cwd=REPO_ROOT, timeout=120)
    assert result.stdout.decode().split() == [str(len(long_text)), sha256], result.stderr.decode()
    path.unlink()
    with pytest.raises(ReadError, match="cannot read row: No such file or directory"):
        source.read()


def test_a_parquet_file_of_large_row_groups_is_named_in_the_notes(tmp_path, monkeypatch):
    """A worker holds the row group of its row: groups over sources.LARGE_ROW_GROUP_MB are named, small ones not."""
    from pipeline import sources

    texts = [f"{MEETING_RU} ({n})" for n in range(2000)]
    pq.write_table(pa.table({"text": texts}), tmp_path / "one.parquet")
    pq.write_table(pa.table({"text": texts}), tmp_path / "many.parquet", row_group_size=100)
    monkeypatch.setattr(sources, "LARGE_ROW_GROUP_MB", 0.1)  # one group here is ~0.5 MB, a group of 100 rows 0.03
    found = {}
    for name in ("one", "many"):
        state = Table()
        found[name] = (sum(1 for _ in table_rows(str(tmp_path / f"{name}.parquet"), name, 1_000_000, state)),
                       state.large_row_group_mb is not None)
    assert found == {"one": (2000, True), "many": (2000, False)}


def test_a_csv_file_in_windows_1251_is_read_as_excel_saved_it(tmp_path):
    """Excel on a Russian Windows saves "CSV" in Windows-1251 with `;` and CRLF: every row is read (by the run
    and, through its pointer, by a worker), its encoding stored, as a `.txt` in that code page is; one row was
    one 'not UTF-8' line per row before."""
    path = tmp_path / "excel.csv"
    texts = ["Министр иностранных дел Кыргызстана встретился в Бишкеке с послом Китая.\r\nСтороны обсудили "
             "строительство железной дороги.", "Премьер-министр Таджикистана провел переговоры с делегацией Ирана."]
    with open(path, "w", encoding="cp1251", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Id", "Published", "Text"])
        writer.writerows([[f"r-{n}", "2025-04-0" + str(n + 1), text] for n, text in enumerate(texts)])
    rows = list(table_rows(str(path), str(path), 1_000_000, Table()))
    assert not [row for row in rows if isinstance(row, BadRow)]
    read = [pickle.loads(pickle.dumps(source)).read() for source, _ in rows]
    assert [(raw.text, raw.metadata.article_id, raw.encoding) for raw in read] == [
        (texts[0], "r-0", "cp1251"), (texts[1], "r-1", "cp1251")]
    out = tmp_path / "out"
    summary = extract([path], out, limits=Limits.configured())
    assert summary.errors == []
    documents = table(out, "documents", ["source_row", "encoding", "text"]).sort_values("source_row")
    assert documents.values.tolist() == [[1, "cp1251", texts[0].replace("\r\n", "\n")], [2, "cp1251", texts[1]]]


def test_a_stray_byte_in_a_utf8_csv_file_is_its_row_alone(tmp_path):
    """A CSV file's encoding is judged on its start: one stray byte in a UTF-8 file keeps it UTF-8 (not a code
    page, nor a file no encoding fits), so the row holding it is the one bad row and the others are read."""
    path = tmp_path / "rows.csv"
    data = f"id,text\n1,{MEETING_RU}\n2,{TALKS_RU.splitlines()[0]}\n3,{MEETING_KK}\n".encode("utf-8")
    path.write_bytes(data.replace("Шавкатом".encode("utf-8"), b"\xa0"))
    rows = list(table_rows(str(path), str(path), 1_000_000, Table()))
    assert [row.row if isinstance(row, BadRow) else row[0].read().text for row in rows] == [MEETING_RU, 2, MEETING_KK]
    assert rows[1].reason == "not UTF-8"


def test_an_empty_export_or_a_header_alone_is_named_in_the_notes(tmp_path):
    # extract: a table file that gives no row at all (an empty .jsonl, a CSV with its header only, a Parquet file
    # of no rows) was passed over without a word
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "header.csv").write_text("id,published,text\n", encoding="utf-8")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), folder / "none.parquet")
    write_jsonl(folder / "rows.jsonl", [{"id": "good-ru", "text": MEETING_RU}])
    from pipeline.extract import extract

    summary = extract([folder], tmp_path / "out")
    assert not summary.errors and len(summary.processed) == 1
    assert sorted(note for note in summary.notes if note.endswith("no rows")) == [
        f"{folder / name}: no rows" for name in ("empty.jsonl", "header.csv", "none.parquet")]
