"""The staged processors put together: ingest → language → analysis → entities → events → link.

Each stage module declares what it REQUIRES and PROVIDES (stanza's way); `check_order` refuses a stage list
whose requirements are not provided by an earlier stage. A `Processor` holds the built components (models are
loaded once per process) and turns one file into one `Document`, or raises `StageError` naming the stage.
"""
from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from . import analysis, entities, events, ingest, language, link
from .document import Document, reading_cased
from .event.knowledge import holds_cue, trigger_matches
from .paths import MODELS_DIR

PIPELINE_VERSION = "0.5.0"  # 0.2.0: the events stage; 0.3.0: schema 3, metadata, people per document;
# 0.4.0: schema 4, the link stage (country codes, actor ids, places on the map), actors and event clusters;
# 0.5.0: schema 6, articles from rows of JSON Lines, CSV and Parquet files (documents.source_row, errors.row),
# dates from urls: every part is rewritten in the new schema, so that a glob over a table reads one schema


def _cased(step: Callable) -> Callable:
    """A stage that reads names by their capitals, run on the text as the analysis stage's models read it (case
    restored in an ALL-CAPS or lowercase article: `reading_cased`, pipeline/document.py)."""
    def run(processor, doc: Document) -> Document:
        with reading_cased(doc):
            return step(processor, doc)
    return run


# After ingest, each stage: (name, module declaring REQUIRES/PROVIDES, how the processor calls it).
STAGES = (
    ("language", language, lambda processor, doc: language.detect_language(doc)),
    ("analysis", analysis, lambda processor, doc: analysis.analyse(doc, processor.analysers, processor.parse)),
    ("entities", entities, _cased(lambda processor, doc: entities.resolve_entities(doc, processor.normalizers,
                                                                                       processor.person_names))),
    ("events", events, _cased(lambda processor, doc: events.extract_events(doc))),
    ("link", link, lambda processor, doc: link.link_document(doc)),
)


class StageError(Exception):
    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage


def check_order(stages=STAGES) -> None:
    provided = set(ingest.PROVIDES)
    for name, module, _ in stages:
        missing = [need for need in module.REQUIRES if need not in provided]
        if missing:
            raise ValueError(f"stage {name!r} requires {missing}, which no earlier stage provides")
        provided.update(module.PROVIDES)


def parse_wanted(lang: str, sentence: str) -> bool:
    """Whether a stage after analysis reads the dependency parse of a sentence (its tokens' heads and relations).
    Only the events stage does, and only in a sentence that may tell an event (pipeline/event/arguments.py makes
    drafts of no other): one holding a trigger word, a topic cue or a participation cue of the language's knowledge
    (models/events/), each matched as the events stage matches it (searched once per sentence for both stages:
    `knowledge.trigger_matches`, `knowledge.holds_cue`). Elsewhere its reading of the parse (`_is_subject`) only
    decides countries and organisations that no later step takes from a sentence naming no event. Parsing these
    sentences only gives the same dataset (tests/test_batching.py: every field of the seeds' and the news set's
    documents against a parse of every sentence)."""
    return bool(trigger_matches(lang, sentence)) or holds_cue(lang, sentence)


@lru_cache(maxsize=None)
def load_config(path: Path = MODELS_DIR / "pipeline.yaml") -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


GC_YOUNG_THRESHOLD = 10_000  # allocations between two collections of the youngest generation (Python's: 700)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, or None where the C library has none (macOS, musl)."""
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


def release_free_memory() -> None:
    """Hand the memory the C allocator holds free back to the system (glibc's `malloc_trim(0)`, as Dask's
    workers do for "unmanaged memory"; nothing where there is none). glibc keeps what a process freed for its
    next allocations: after the models loaded (natasha's three copies of one vocabulary made one, 68 MiB) and
    after each batch of `extract` (the batch's rows and tables) that memory stayed resident, and grew with the
    corpus: 45 MiB after 250 articles of `make bench-speed`'s, 40 after 1,000. A few ms each time."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _freeze_loaded() -> None:
    """Keep the garbage collector off what the models loaded: it lives as long as the process, and every full
    collection walked all of it again (`gc.freeze`). A document makes tens of thousands of small objects
    (tokens, spans, tags): collecting the youngest generation every `GC_YOUNG_THRESHOLD` allocations instead of
    700 makes the full collections, triggered by the younger ones, rarer too. Over 400 Russian texts the
    collector's CPU time fell from 1.1 s to 0.2 s of 16 s (`make bench-speed`)."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    release_free_memory()


@dataclass
class Processor:
    analysers: dict
    normalizers: dict
    person_names: dict
    # which sentences need a dependency parse (None: all, and natasha tags every sentence in its batch)
    parse: Callable[[str, str], bool] | None = parse_wanted

    @classmethod
    def build(cls, backend: str | None = None, config: dict | None = None) -> "Processor":
        check_order()
        config = config or load_config()
        try:
            analysers = analysis.build_backends(config, override=backend)
        except Exception as error:  # a missing model or optional package: one clear line
            raise StageError("analysis", str(error)) from None
        language.identify("Загрузка моделей языков")  # lingua's and fastText's models loaded at start-up
        _freeze_loaded()
        return cls(analysers=analysers, normalizers=config.get("normalizers", {}) or {},
                   person_names=config.get("person_names", {}) or {})

    def warm_up(self) -> None:
        """Runs every stage once on the short articles of `warm_up` in models/pipeline.yaml (one per language),
        so that what the stages load at their first document is loaded now: the events stage's knowledge and its
        compiled patterns, dates' month forms, the modules they import, 0.3 s of CPU (one Russian and one Kazakh
        article, then 16 of the bench's articles took 1.24 s cold against 0.93 s). The server that forks
        `extract --jobs N`'s workers calls it, so that it is paid once, not once per worker. The results go."""
        self.process_batch([ingest.ingest_text(text) for text in (load_config().get("warm_up") or {}).values()])

    def __call__(self, source: Path | ingest.Source) -> Document:
        """One article (a file, or a `pipeline.sources.Source`: a file or a row of a table file) through every
        stage; the language stage is skipped when the source gave the language."""
        doc = self.read(source)
        return self.process(doc, skip=("language",) if doc.lang_given else ())

    def read(self, source: Path | ingest.Source) -> Document:
        """The ingested Document of a file or row; StageError `ingest` when it cannot be read."""
        try:
            return ingest.ingest(source)
        except ingest.IngestError as error:
            raise StageError("ingest", str(error)) from None

    def process_files(self, sources: list[Path | ingest.Source]) -> list[Document | StageError]:
        """`__call__` for several files or rows, their stages run together (`process_batch`): a Document or the
        StageError of each, in order. The same Documents as one at a time (tests/test_extract.py)."""
        read: list[Document | StageError] = []
        for source in sources:
            try:
                read.append(self.read(source))
            except StageError as error:
                read.append(error)
        done = iter(self.process_batch([doc for doc in read if isinstance(doc, Document)]))
        return [next(done) if isinstance(doc, Document) else doc for doc in read]

    def process_batch(self, docs: list[Document], seconds: Counter | None = None) -> list[Document | StageError]:
        """`process` for several ingested Documents, each stage over all of them before the next, so that the
        analysis stage reads them in one call (`analysis.analyse_batch`: batches across documents). A document
        that fails is its StageError in the list, and the others go on; when the batched analysis fails, each
        document is analysed alone, so that only the one at fault fails. `seconds` adds up CPU seconds per
        stage (`make bench-speed`)."""
        results: list[Document | StageError] = list(docs)
        for name, _, step in STAGES:
            clock = time.process_time()
            alive = [n for n, result in enumerate(results) if isinstance(result, Document)
                     and not (name == "language" and result.lang_given)]
            batched = False
            if name == "analysis" and len(alive) > 1:
                try:
                    analysis.analyse_batch([results[n] for n in alive], self.analysers, self.parse)
                    batched = True
                except Exception:
                    pass  # one document at fault: each alone below
            for n in alive if not batched else ():
                try:
                    results[n] = step(self, results[n])
                except Exception as error:
                    results[n] = StageError(name, f"{type(error).__name__}: {error}")
            if seconds is not None:
                seconds[name] += time.process_time() - clock
        return results

    def process(self, doc: Document, skip: tuple[str, ...] = ()) -> Document:
        """Every stage after ingest on an ingested Document, but those named in `skip` (whose fields the caller
        has filled); StageError naming the stage that failed."""
        for name, _, step in STAGES:
            if name in skip:
                continue
            try:
                doc = step(self, doc)
            except Exception as error:
                raise StageError(name, f"{type(error).__name__}: {error}") from error
        return doc
