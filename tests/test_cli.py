"""The command line's run experience: the summary on an 80-column terminal, unanalysed languages, --jobs,
--help."""
import shutil

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.paths import REPO_ROOT

# A Kyrgyz and an English news sentence: languages the pipeline identifies but does not analyse.
KYRGYZ = ("Кыргызстандын тышкы иштер министри Жээнбек Кулубаев Бишкекте Өзбекстандын тышкы иштер министри менен "
          "жолукту. Тараптар эки өлкөнүн ортосундагы кызматташтыкты талкуулашты.\n")
ENGLISH = "The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss water sharing.\n"


def test_summary_fits_80_columns_and_counts_unanalysed_languages(tmp_path, seed_paths, monkeypatch, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in seed_paths:
        shutil.copy(path, articles / path.name)
    (articles / "ky.txt").write_text(KYRGYZ, encoding="utf-8")
    (articles / "en.txt").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal: nothing is wrapped, so every line must fit by itself
    assert main(["extract", "articles", "--out", "out"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 80, "\n".join(lines)
    assert any(line.startswith("Processed 7 of 7 articles") for line in lines)
    documents = pd.read_parquet(tmp_path / "out" / "current" / "documents")
    others = documents.loc[~documents["lang"].isin(["ru", "kk"]), "lang"].value_counts()
    assert others.sum() == 2  # the Kyrgyz and the English article
    warning = next(line for line in lines if line.startswith("warning:"))
    assert warning.startswith("warning: 2 articles not analysed (only ru, kk are): ")
    for lang, n in others.items():
        assert f"{lang} {n}" in warning
    header = [cell.strip() for cell in next(line for line in lines if line.split()[:1] == ["what"]).split("┃")]
    assert header[1:3] == ["ru", "kk"] and set(header[3:]) == set(others.index)  # a column per language

    monkeypatch.setenv("COLUMNS", "80")
    assert main(["extract", "articles", "--out", "out"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("All 7 articles unchanged" in line for line in lines)


@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_jobs_below_one_is_refused_in_one_line(jobs, tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--jobs", jobs, "--out", str(tmp_path / "out")]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == f"dipevents: --jobs must be 1 or more, not {jobs}"
    assert not (tmp_path / "out").exists()


def test_help_states_the_default_dataset_folder(capsys):
    with pytest.raises(SystemExit) as done:
        main(["extract", "--help"])
    assert done.value.code == 0
    assert f"(default: {REPO_ROOT / 'outputs'})" in " ".join(capsys.readouterr().out.split())


def test_a_run_that_only_removes_prints_no_empty_table(tmp_path, capsys):
    """An article deleted from the folder is the run's only change: the summary says it was removed and prints
    no 'This run' table of zero columns."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "ky.txt").write_text(KYRGYZ, encoding="utf-8")
    (articles / "en.txt").write_text(ENGLISH, encoding="utf-8")
    assert main(["extract", str(articles), "--out", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    (articles / "en.txt").unlink()
    assert main(["extract", str(articles), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "Processed 0 of 1 articles" in out and "1 removed" in out
    assert "This run" not in out


def test_a_long_note_wraps_indented_under_itself(tmp_path, monkeypatch, capsys):
    """A note longer than the terminal (a scraper's export with many columns the run does not read) wraps with its
    continuation lines indented as its first, under the summary's other notes (a fresh user's finding)."""
    columns = ["text", "url"] + [f"scraper_field_{n}" for n in range(12)]
    row = ["Министр иностранных дел Казахстана встретился с послом Японии.", "https://example.org/1"] + ["x"] * 12
    pd.DataFrame([row], columns=columns).to_csv(tmp_path / "export.csv", index=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["extract", "export.csv", "--out", "out"]) == 0
    lines = capsys.readouterr().out.splitlines()
    start = next(n for n, line in enumerate(lines) if "columns not read" in line)
    wrapped = lines[start:next(n for n, line in enumerate(lines) if line.startswith("Processed"))]
    assert len(wrapped) > 1 and all(line.startswith("  ") and len(line) <= 80 for line in wrapped)
