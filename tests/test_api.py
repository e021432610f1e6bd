"""The Python API (`import dipevents`) on real news sentences and on the seeds' dataset."""
import datetime as dt
import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

import dipevents
from dipevents import extract, extract_text, load, tables
from pipeline.paths import REPO_ROOT

# From seeds/001 (a Russian news article) and seeds/004 (Kazakh), verbatim.
RUSSIAN = ("В пресс-службе МИД Казахстана сообщили, что по приглашению министра иностранных дел и международного "
           "развития Франции Жана-Марка Эйро 28-29 марта Абдрахманов посетил Париж.")
KAZAKH = ("Ташкент қаласында Орталық Азия мемлекеттері Сыртқы істер министрлері орынбасарларының жыл сайынғы кездесуі "
          "болып өтті. Еліміздің осы саладағы ведомствасының баспасөз қызметі таратқан мәліметі бойынша, БҰҰ-ның "
          "Орталық Азия үшін алдын-алу дипломатиясы бойынша өңірлік орталығының (БҰҰ ОААДӨО) ұйымдастыруымен өткен "
          "Орталық Азия елдері сыртқы істер министрлерінің орынбасарларының жыл сайынғы кездесуіне Қазақстан "
          "тарапынан Сыртқы істер министрінің орынбасары Ержан Ашықбаев қатысқан.")


def test_russian_sentence():
    doc = extract_text(RUSSIAN, published="2016-03-30", url="https://example.org/news/1")
    assert doc.lang == "ru" and doc.url == "https://example.org/news/1"
    found = {(m.text, m.label, m.normal) for m in doc.mentions}
    assert ("Жана-Марка Эйро", "PER", "Жан-Марк Эйро") in found and ("Париж", "LOC", "Париж") in found
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    [visit] = doc.events
    assert (visit.event_type, visit.status, visit.cameo_code) == ("visit", "occurred", "042")
    sides = {p.normal: p.side for p in visit.participants}
    assert sides == {"Абдрахманов": "actor", "Жан-Марк Эйро": "recipient"}
    assert visit.location.normal == "Париж"
    # the year of `28-29 марта` comes from `published`
    assert (visit.date.date_start, visit.date.date_end) == ("2016-03-28", "2016-03-29")


def test_kazakh_sentence_and_its_rows():
    doc = extract_text(KAZAKH)
    assert doc.lang == "kk"
    assert ("Ержан Ашықбаев", "PER") in {(m.normal, m.label) for m in doc.mentions}
    events = [e for e in doc.events if "Ержан Ашықбаев" in {p.normal for p in e.participants}]
    assert events and all(e.lang == "kk" for e in events)
    minister = next(p for p in events[0].participants if p.normal == "Ержан Ашықбаев")
    assert minister.affiliation == "Қазақстан" and minister.role.text == "Сыртқы істер министрінің орынбасары"
    rows = tables(doc)
    assert list(rows["mentions"]["text"]) == [m.text for m in doc.mentions]
    assert set(rows["event_arguments"]["normal"].dropna()) >= {"Ержан Ашықбаев"}
    assert pd.api.types.is_integer_dtype(rows["mentions"]["start"])


def test_language_can_be_given():
    doc = extract_text(KAZAKH, lang="kk")
    assert {p.lang for p in doc.paragraphs} == {"kk"}
    assert "Ержан Ашықбаев" in {m.normal for m in doc.mentions}


def test_the_same_records_as_the_dataset(seed_dataset, seed_paths):
    """extract_text on an article's text gives the rows that extract wrote for the article's file."""
    path = next(p for p in seed_paths if p.name.startswith("001"))
    doc = extract_text(path.read_text(encoding="utf-8"))
    frames = load(seed_dataset)
    written = frames["mentions"][frames["mentions"]["doc_id"] == doc.doc_id]
    mine = tables(doc)["mentions"]
    columns = ["mention_id", "start", "end", "text", "label", "normal", "sentence_start", "sentence_end"]
    assert len(written) > 20
    pd.testing.assert_frame_equal(mine[columns].reset_index(drop=True), written[columns].reset_index(drop=True))
    events = frames["events"][frames["events"]["doc_id"] == doc.doc_id]
    assert [e.event_id for e in doc.events] == list(events["event_id"])
    assert [[p.normal for p in e.participants] for e in doc.events] == [
        [p["normal"] for p in participants] for participants in events["participants"]]


def test_load_gives_integer_offsets(seed_dataset):
    frames = load(seed_dataset)
    assert set(frames) == {"documents", "mentions", "events", "event_arguments", "errors", "actors", "event_clusters"}
    for name, column in [("mentions", "start"), ("mentions", "end"), ("event_arguments", "start"),
                         ("event_arguments", "title_start"), ("documents", "n_chars")]:
        assert pd.api.types.is_integer_dtype(frames[name][column]), (name, column)
    texts = frames["documents"].set_index("doc_id")["text"]
    arguments = frames["event_arguments"].dropna(subset=["title"])
    assert len(arguments) > 10 and arguments["title_start"].notna().all()
    for row in arguments.itertuples():
        assert texts[row.doc_id][row.title_start:row.title_end] == row.title
    roles = [p["role"] for ps in frames["events"]["participants"] for p in ps if p["role"]]
    assert roles and all(isinstance(role["start"], int) for role in roles)
    assert all(isinstance(day, dt.date) for day in frames["documents"]["published_date"].dropna())


def test_extract_writes_a_dataset(tmp_path, seed_paths):
    summary = extract(seed_paths[4], tmp_path / "out")
    assert len(summary.processed) == 1 and not summary.errors
    assert list(load(tmp_path / "out")["documents"]["lang"]) == ["kk"]


def test_published_is_read_as_a_sidecars():
    """`published` as scrapers write it is taken here as it is in a sidecar or a row's column."""
    for written in ("30.03.2016", "30 марта 2016 г.", "2016-03-30T09:30:00+05:00", dt.date(2016, 3, 30)):
        assert extract_text(RUSSIAN, lang="ru", published=written).published_date == "2016-03-30", written


def test_errors_are_clear(tmp_path):
    with pytest.raises(ValueError, match="lang must be one of"):
        extract_text(RUSSIAN, lang="en")
    with pytest.raises(ValueError, match="published must be a date"):
        extract_text(RUSSIAN, published="вчера")  # relative to what?
    with pytest.raises(ValueError, match="published must be a date"):
        extract_text(RUSSIAN, published="31.02.2016")
    with pytest.raises(ValueError, match="blank"):
        extract_text(" \n ")
    with pytest.raises(FileNotFoundError, match="no dataset"):
        load(tmp_path)
    with pytest.raises(ValueError, match="jobs"):
        extract(tmp_path, tmp_path / "out", jobs=0)
    with pytest.raises(dipevents.InputError, match="no articles"):
        extract(tmp_path, tmp_path / "out")


def test_the_readme_example_runs(tmp_path, seed_paths, monkeypatch, capsys):
    section = (REPO_ROOT / "README.md").read_text(encoding="utf-8").split("## Python API", 1)[1]
    example = re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)
    (tmp_path / "seeds").mkdir()
    for path in seed_paths[:2]:
        shutil.copy(path, tmp_path / "seeds" / path.name)
    monkeypatch.chdir(tmp_path)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "118 136 PER Бахтиёром Саидовым → Бахтиёр Саидов" in printed
    assert "meeting occurred 2025-03-12 Астана" in printed
    assert "('Мурат Нуртлеу', 'Казахстан', 'Министр иностранных дел Казахстана')" in printed
    assert len(load(tmp_path / "outputs")["documents"]) == 2


def test_a_script_beside_a_clone_named_dipevents_imports_the_package(tmp_path):
    """A user's script in the folder that holds the clone, named `dipevents` (`git clone … dipevents`), imports the
    installed package, not the clone's folder (which holds no __init__.py) as an empty namespace package: make
    setup's editable install puts the clone on sys.path (Makefile `EDITABLE`)."""
    (tmp_path / "dipevents").mkdir()
    script = tmp_path / "mine.py"
    script.write_text("from dipevents import extract_text\nprint(extract_text.__module__)\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "dipevents"


def test_a_three_word_kazakh_headline_names_the_side_the_body_gives_by_title():
    # ingest.split_paragraphs: a short headline above the body is no masthead, so "Мәжіліс Төрағасы" after it
    # stands for the one it names (sentences written for this test)
    doc = extract_text("Қошанов Володинмен кездесті\nМәжіліс Төрағасы Ресей Мемлекеттік Думасының Төрағасы "
                       "Вячеслав Володинмен кездесті.", lang="kk")
    [meeting] = doc.events
    assert {p.normal.split()[-1] for p in meeting.participants} == {"Қошанов", "Володин"}


def test_a_name_in_a_paragraph_split_into_no_sentence_is_placed_in_its_paragraph():
    """A credit line under a Kazakh article ("Adyrna.kz Telegram", a language the pipeline does not analyse) holds a
    name the entities stage finds; its mention's sentence had been 0..0, a span of no text (a fresh user's finding):
    it is the paragraph's."""
    text = ("Тоқаев Мирзиёевпен кездесті\nАстанада Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті.\n"
            "Adyrna.kz Telegram\n")
    doc = extract_text(text, published="2025-01-01")
    for mention in doc.mentions:
        assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end
    credit = next(m for m in doc.mentions if m.text == "Adyrna.kz")
    assert doc.text[credit.sentence_start:credit.sentence_end] == "Adyrna.kz Telegram"
