"""The HTML report of the seeds' dataset, opened in a real headless Chromium (Debian's `chromium` with its
`chromedriver`, installed by .ci/run)."""
import io
import os
import re
import shutil

import pandas as pd
import pytest

from dipevents import extract_text, tables
from pipeline.cli import main
from pipeline.report import who_met_whom
from pipeline import write

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
PER_COLOR = (0xAA, 0x9C, 0xFC)  # displaCy's person colour, which the report gives PER mentions
TRIGGER_COLOR = (0xFF, 0x81, 0x97)


@pytest.fixture(scope="module")
def report(seed_dataset, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    assert main(["report", str(seed_dataset), "--html", str(folder)]) == 0
    return folder


def test_a_page_per_article_and_an_index(report, seed_dataset):
    documents = pd.read_parquet(seed_dataset / "current" / "documents")
    assert sorted(p.stem for p in (report / "articles").glob("*.html")) == sorted(documents["doc_id"])
    index = (report / "index.html").read_text(encoding="utf-8")
    for doc_id in documents["doc_id"]:
        assert f'href="articles/{doc_id}.html"' in index
    assert "<td>events meeting</td>" in index and "Errors: 0" in index


def test_pages_load_nothing_from_anywhere(report):
    for page in [report / "index.html", *(report / "articles").glob("*.html")]:
        markup = page.read_text(encoding="utf-8")
        assert not re.search(r"<(script|link|iframe|img)\b", markup, re.IGNORECASE), page
        assert not re.search(r"""(src|srcset)\s*=\s*["']?(https?:)?//|url\(\s*["']?(https?:)?//|@import""",
                             markup, re.IGNORECASE), page


def test_network_has_who_met_whom(seed_dataset):
    graph = who_met_whom(write.read_table(seed_dataset, "events").to_pylist())
    node = {graph.nodes[n]["name"]: n for n in graph}
    assert graph.has_edge(node["Кайрат Абдрахманов"], node["Жан-Марк Эйро"])
    assert graph.edges[node["Ержан Ашықбаев"], node["Наталья Герман"]]["events"] == 2  # the session and their meeting
    assert graph.nodes[node["Узбекистан"]]["kind"] == "country"


def test_network_has_a_node_per_actor_in_both_languages():
    """One meeting told in Russian and in Kazakh: the two spellings of each leader are one node, the pair one
    edge of two events."""
    events = [event for text, lang in [
        ("Касым-Жомарт Токаев встретился в Ташкенте с Президентом Узбекистана Шавкатом Мирзиёевым.", "ru"),
        ("Қасым-Жомарт Тоқаев Ташкентте Өзбекстан Президенті Шавкат Мирзиёевпен кездесті.", "kk")]
        for event in tables(extract_text(text, lang=lang, published="2025-05-14"))["events"].to_dict("records")]
    graph = who_met_whom(events)
    assert sorted(graph.nodes[n]["name"] for n in graph) == ["Касым-Жомарт Токаев", "Шавкат Мирзиёев"]
    assert [graph.edges[e]["events"] for e in graph.edges] == [2]


def test_no_dataset_is_one_line(tmp_path, capsys):
    assert main(["report", str(tmp_path), "--html", str(tmp_path / "html")]) == 2
    assert capsys.readouterr().err.strip() == f"dipevents: no dataset in {tmp_path}: run extract first"


def test_a_version_folder_names_its_dataset(seed_dataset, tmp_path, capsys):
    """README's pandas and DuckDB examples read `outputs/current/…`; given to report, export or load, that folder
    (or one of versions/) is named as a version and the dataset folder to pass is said."""
    import dipevents

    version = seed_dataset / "current"
    reason = f"{version} is one version of the dataset in {seed_dataset}: pass {seed_dataset}"
    assert main(["report", str(version), "--html", str(tmp_path / "html")]) == 2
    assert main(["export", str(tmp_path / "e.csv"), "--format", "gdelt", "--dataset",
                 str(next((seed_dataset / "versions").iterdir()))]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == f"dipevents: {reason}" and lines[1].endswith(f"of the dataset in {seed_dataset}: pass "
                                                                    f"{seed_dataset}")
    with pytest.raises(FileNotFoundError, match="is one version of the dataset"):
        dipevents.load(version)


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI") == "true":
            pytest.fail("chromium and chromedriver are missing: .ci/run installs them with apt-get")
        pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1600"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _pixels(png: bytes, color: tuple[int, int, int]) -> int:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return dict((rgb, n) for n, rgb in image.getcolors(image.width * image.height)).get(color, 0)


def _problems(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def test_index_in_chromium(browser, report, seed_dataset):
    from selenium.webdriver.common.by import By

    browser.get((report / "index.html").as_uri())
    assert _problems(browser) == []
    assert browser.title == "dipevents report"
    figures = browser.find_elements(By.CSS_SELECTOR, ".figure svg")
    assert len(figures) == 2 and all(figure.size["height"] > 100 for figure in figures)  # network, timeline
    events = pd.read_parquet(seed_dataset / "current" / "events")
    assert browser.find_element(By.ID, "events").text == f"Events: {len(events)}"


def test_article_in_chromium_shows_highlighted_spans(browser, report, seed_dataset):
    from selenium.webdriver.common.by import By

    mentions = pd.read_parquet(seed_dataset / "current" / "mentions")
    doc_id = mentions.loc[mentions["normal"] == "Кайрат Абдрахманов", "doc_id"].iloc[0]
    mine = mentions[mentions["doc_id"] == doc_id]
    browser.get((report / "articles" / f"{doc_id}.html").as_uri())
    assert _problems(browser) == []
    marks = browser.find_elements(By.CSS_SELECTOR, "div.text mark.entity")
    assert len(marks) == len(mine)
    # each mark reads as the mention's text followed by its label
    assert [mark.text.replace("\n", " ") for mark in marks] == [f"{t} {label}" for t, label in zip(mine["text"], mine["label"])]
    per = next(mark for mark in marks if mark.text.endswith("PER"))
    assert per.value_of_css_property("background-color") == "rgba(170, 156, 252, 1)"
    text = browser.find_element(By.CSS_SELECTOR, "div.text")
    assert _pixels(text.screenshot_as_png, PER_COLOR) > 2000  # the highlighted names are on screen
    card = browser.find_elements(By.CSS_SELECTOR, "section.event")[0]
    browser.execute_script("arguments[0].scrollIntoView()", card)
    assert "occurred" in card.text and "CAMEO 042" in card.text
    shot = card.screenshot_as_png
    assert _pixels(shot, TRIGGER_COLOR) > 300 and _pixels(shot, PER_COLOR) > 300


def test_the_errors_name_the_row_of_a_file_of_articles(tmp_path):
    folder, out, html = tmp_path / "in", tmp_path / "out", tmp_path / "html"
    folder.mkdir()
    (folder / "news.jsonl").write_text('{"text": "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с '
                                       'послом Франции."}\n{"text": ""}\n', encoding="utf-8")
    main(["extract", str(folder), "--out", str(out)])
    assert main(["report", str(out), "--html", str(html)]) == 0
    index = (html / "index.html").read_text(encoding="utf-8")
    assert "Errors: 1" in index and "news.jsonl:2</td>" in index
