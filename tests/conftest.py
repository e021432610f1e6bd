"""Shared fixtures: analysis backends are built once per test session (natasha takes seconds to load)."""
from __future__ import annotations

import pytest

from pipeline.analysis import analyse, build_backends
from pipeline.document import Document, Paragraph
from pipeline.entities import resolve_entities
from pipeline.events import extract_events

# Russian with natasha; Kazakh with the model-free regex backend until the Kazakh NER model is installed
TEST_ANALYSIS = {"ru": {"backend": "natasha", "syntax": True}, "kk": {"backend": "regex"}}


@pytest.fixture(scope="session")
def analysers():
    return build_backends(TEST_ANALYSIS)


@pytest.fixture(scope="session")
def read_events(analysers):
    """`read_events(text, lang, published=None)` → the Document with its events; one paragraph per line."""
    def read(text: str, lang: str, published: str | None = None) -> Document:
        doc = Document(doc_id="test", source_path="test.txt", sha256="", text=text, lang=lang,
                       published_date=published)
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                doc.paragraphs.append(Paragraph(start=offset, end=offset + len(line), lang=lang))
            offset += len(line) + 1
        return extract_events(resolve_entities(analyse(doc, analysers), {}))

    return read
