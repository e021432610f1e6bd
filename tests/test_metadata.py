"""Article metadata from a sidecar NAME.json beside NAME.txt: it reaches the documents table, its date reads the
text's relative dates, a broken one fails its article in one line, and a changed one is a changed article."""
import json

import pandas as pd

from pipeline import write as dataset
from pipeline.extract import extract
from pipeline.ingest import ingest

ARTICLE = ("Вчера в Астане министр иностранных дел Казахстана Мурат Нуртлеу провел встречу с послом Италии "
           "Марко Алберти.\n")


def write(folder, name, text=ARTICLE, sidecar=None):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    if sidecar is not None:
        (folder / f"{name}.json").write_text(sidecar if isinstance(sidecar, str) else json.dumps(sidecar),
                                             encoding="utf-8")


def test_sidecar_fields_reach_the_documents_table_and_date_the_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a", sidecar={"id": "kz-1", "url": "https://example.kz/a", "outlet": "example.kz",
                                "published": "2025-03-14"})
    write(folder, "b", text=ARTICLE.replace("Италии", "Испании"))  # another text: the same one is kept once
    out = tmp_path / "out"
    summary = extract([folder], out)
    assert not summary.errors
    documents = dataset.read_table(out, "documents").to_pandas().set_index("article_id", drop=False)
    a = documents.loc["kz-1"]
    assert (a.url, a.outlet, str(a.published_date), a.published_date_source, a.published_date_text) == (
        "https://example.kz/a", "example.kz", "2025-03-14", "metadata", "")
    b = documents[documents.article_id.isna()].iloc[0]
    assert pd.isna(b.published_date) and pd.isna(b.published_date_source)
    events = dataset.read_table(out, "events").to_pandas().merge(documents[["doc_id", "article_id"]].reset_index(drop=True),
                                                          on="doc_id")
    dated = events[events.article_id == "kz-1"].iloc[0]
    assert str(dated.date["date_start"]) == "2025-03-13"  # "вчера" from the sidecar's date
    assert events[events.article_id.isna()].iloc[0].date is None  # no date to count from: no guess


def test_a_broken_sidecar_fails_its_article_in_one_line_and_the_rest_go_on(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good", sidecar={"published": "2025-03-14"})
    write(folder, "notjson", sidecar="{published: 2025}")
    write(folder, "baddate", sidecar={"published": "март 2025"})
    write(folder, "compact", sidecar={"published": "20250314"})
    write(folder, "twice", sidecar='{"id": "a", "id": "b"}')
    summary = extract([folder], tmp_path / "out")
    assert [path.rsplit("/", 1)[-1] for path in summary.processed] == ["good.txt"]
    assert dataset.read_table(tmp_path / "out", "documents")["article_id"].to_pylist() == [None]
    reasons = {e.path.rsplit("/", 1)[-1]: (e.stage, e.error) for e in summary.errors}
    assert reasons["notjson.txt"][1].startswith("notjson.json: not JSON")
    assert reasons["baddate.txt"][1] == ("baddate.json: published 'март 2025' is not a whole date (YYYY-MM-DD, "
                                         "14.03.2025, 14 марта 2025)")
    assert reasons["compact.txt"][1] == ("compact.json: published '20250314' is not a whole date (YYYY-MM-DD, "
                                         "14.03.2025, 14 марта 2025)")
    assert reasons["twice.txt"][1] == "twice.json: field 'id' given twice"
    assert all("\n" not in error for _, error in reasons.values())


def test_a_sidecars_other_fields_are_named_in_the_notes_and_the_article_is_read(tmp_path):
    """A scraper's extra field ("author") or a misspelt one ("pubished") is not read, as a table file's other columns
    are not: the article is processed with the fields it has, and the run's notes name the fields left (a fresh
    user's finding: the whole article had failed)."""
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "scraped", sidecar={"url": "https://example.org/a", "author": "Айгерім Сейіт", "tags": ["МИД"]})
    write(folder, "typo", "Министр иностранных дел Казахстана Мурат Нуртлеу встретился в Астане с послом Японии.\n",
          sidecar={"pubished": "2025-03-14"})
    summary = extract([folder], tmp_path / "out")
    assert sorted(path.rsplit("/", 1)[-1] for path in summary.processed) == ["scraped.txt", "typo.txt"]
    assert not summary.errors
    notes = [note for note in summary.notes if "fields not read" in note]
    assert any(note.endswith("scraped.json: fields not read: author, tags (read: id, url, outlet, published, title, "
                             "lang)") for note in notes)
    assert any(note.endswith("typo.json: fields not read: pubished (read: id, url, outlet, published, title, lang)")
               for note in notes)
    documents = dataset.read_table(tmp_path / "out", "documents").to_pandas().set_index("source_path")
    scraped = documents[documents.index.str.endswith("scraped.txt")].iloc[0]
    assert scraped["url"] == "https://example.org/a"
    assert extract([folder], tmp_path / "out").notes == []  # named once, when the article is read


def test_a_changed_sidecar_is_a_changed_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "a", sidecar={"published": "2025-03-14"})
    out = tmp_path / "out"
    extract([folder], out)
    assert extract([folder], out).unchanged == 1
    write(folder, "a", sidecar={"published": "2025-03-20", "outlet": "example.kz"})
    again = extract([folder], out)
    assert len(again.processed) == 1
    documents = dataset.read_table(out, "documents").to_pandas()
    assert len(documents) == 1 and documents.outlet[0] == "example.kz"
    assert str(documents.published_date[0]) == "2025-03-20"


def test_the_sidecar_title_wins_and_the_text_date_is_kept_as_text(tmp_path):
    write(tmp_path, "a", text="Дата: 3 апреля 2025\n\n" + ARTICLE, sidecar={"title": "Встреча в Астане"})
    doc = ingest(tmp_path / "a.txt")
    assert doc.title == "Встреча в Астане"
    assert (doc.published_date, doc.published_date_source) == ("2025-04-03", "text")


def test_the_sidecar_date_wins_over_the_texts_and_no_text_is_claimed_for_it(tmp_path):
    write(tmp_path, "a", text="Дата: 3 апреля 2025\n\n" + ARTICLE, sidecar={"published": "2025-04-05"})
    doc = ingest(tmp_path / "a.txt")
    assert (doc.published_date, doc.published_date_source, doc.published_date_text) == ("2025-04-05", "metadata", "")


def test_a_date_a_scraper_writes_out_is_the_articles_date(tmp_path):
    # metadata.published_date reads whole dates with dateparser, day first (Russian and Kazakh order): a Russian
    # scraper's export lost every row before ("published '14.03.2025' is not a date")
    folder = tmp_path / "in"
    folder.mkdir()
    written = {"dotted": "14.03.2025", "slashed": "14/03/2025 09:30", "named": "14 марта 2025 г.",
               "kazakh": "14 наурыз 2025", "rss": "Fri, 14 Mar 2025 23:30:00 -0500"}
    for n, (name, published) in enumerate(written.items()):
        write(folder, name, text=ARTICLE.replace("Италии", ["Испании", "Греции", "Польши", "Чехии", "Дании"][n]),
              sidecar={"id": name, "published": published})
    out = tmp_path / "out"
    summary = extract([folder], out)
    assert not summary.errors
    documents = dataset.read_table(out, "documents").to_pandas()
    # the RSS date as written, not moved to another time zone
    assert dict(zip(documents.article_id, documents.published_date.astype(str))) == {
        name: "2025-03-14" for name in written}
