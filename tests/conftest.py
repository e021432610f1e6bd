"""Shared fixtures: the seed articles, and analysis backends built once per test session (natasha takes
seconds to load)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.analysis import analyse
from pipeline.document import Document, Paragraph, reading_cased
from pipeline.entities import resolve_entities
from pipeline.events import extract_events
from pipeline.paths import REPO_ROOT, data_dir
from pipeline.run import Processor

SEEDS = REPO_ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def seed_copy(tmp_path, seed_paths) -> Path:
    """A private copy of the seed articles, safe to modify."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in seed_paths:
        shutil.copy(path, folder / path.name)
    return folder


def needs_data(*parts: str):
    """Skip only when the reference data folder is absent (a user's machine); in CI it is present."""
    return pytest.mark.skipif(not data_dir().joinpath(*parts).exists(),
                              reason=f"reference data {'/'.join(parts)} not present")


@pytest.fixture(scope="session")
def processor() -> Processor:
    """The configured pipeline (models/pipeline.yaml), built once."""
    return Processor.build()


@pytest.fixture(scope="session")
def seed_documents(processor, seed_paths) -> list[Document]:
    return [processor(path) for path in seed_paths]


@pytest.fixture(scope="session")
def read_events(processor):
    """`read_events(text, lang, published=None)` → the Document with its events; one paragraph per line."""
    def read(text: str, lang: str, published: str | None = None) -> Document:
        doc = Document(doc_id="test", source_path="test.txt", sha256="", text=text, lang=lang,
                       published_date=published)
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                doc.paragraphs.append(Paragraph(start=offset, end=offset + len(line), lang=lang))
            offset += len(line) + 1
        analyse(doc, processor.analysers)
        with reading_cased(doc):  # as the processor runs the two stages (pipeline/run.py)
            return extract_events(resolve_entities(doc, processor.normalizers, processor.person_names))

    return read


@pytest.fixture(scope="session")
def seed_dataset(tmp_path_factory, seed_paths) -> Path:
    """The seed articles extracted once into a temporary dataset folder, for tests that only read it."""
    from pipeline.extract import extract

    out = tmp_path_factory.mktemp("seed-dataset")
    summary = extract(seed_paths, out)
    assert not summary.errors and len(summary.processed) == len(seed_paths)
    return out


@pytest.fixture
def dataset_of(tmp_path):
    """`dataset_of({"name.txt": text, "name.json": sidecar, …})` → a dataset folder extracted from those files,
    written into a folder of articles of their own."""
    from pipeline.extract import extract

    def build(files: dict[str, str]) -> Path:
        articles = tmp_path / "articles"
        articles.mkdir()
        for name, text in files.items():
            (articles / name).write_text(text, encoding="utf-8")
        extract([articles], tmp_path / "out")
        return tmp_path / "out"

    return build
