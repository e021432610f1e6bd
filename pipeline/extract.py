"""A run over a folder: find the articles that are new or changed (by content hash), process them (in this
process, in worker processes with `jobs` > 1, or on a Dask cluster), and commit their rows to the dataset in
`out_dir` in batches as they finish (pipeline/write.py), replacing a changed file's old rows, dropping the rows
of files removed from the folder, and keeping every other row. A file that fails is reported (a row in
`errors`), and its earlier rows are kept. A run killed at any moment keeps every batch it committed; the next
run goes on from there.

An article is a `.txt` file or a row of a JSON Lines, CSV or Parquet file (pipeline/sources.py), known by its
key: (path, None) for a file, (path, row number) for a row; a row is new or changed by its content hash (text
and metadata), as a file is by its bytes' and its sidecar's. A bad row costs its own line; the file's other
rows go on."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import signal
import stat
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from . import crossref, write
from .document import Document
from .metadata import FIELDS, sidecar_path
from .sources import ARTICLE_SUFFIXES, COLUMNS, TABLE_KINDS, BadRow, ReadError, Source, Table, table_rows
from .run import PIPELINE_VERSION, Processor, StageError, load_config, release_free_memory


class InputError(Exception):
    """The input cannot be read at all (missing folder, no articles): one line for the user."""


@dataclass
class FileError:
    path: str
    stage: str  # a stage name, `input` (not read: see `scan`) or `worker` (its worker died or ran past the time cap)
    error: str
    row: int | None = None  # the row of a table file (pipeline/sources.py); None: the whole file

    @property
    def where(self) -> str:
        """`path` or `path:row`, as the line on stderr names it."""
        return self.path if self.row is None else f"{self.path}:{self.row}"


Key = tuple[str, "int | None"]  # an article: (stored path, row of a table file or None)


def where(key: Key) -> str:
    return key[0] if key[1] is None else f"{key[0]}:{key[1]}"


@dataclass(frozen=True)
class Limits:
    """How a run treats its input and commits its output; defaults from `run:` in models/pipeline.yaml."""
    max_bytes: int = 1_000_000
    max_seconds: float = 120.0
    batch_documents: int = 100
    batch_seconds: float = 60.0
    compact_below: int = 1000
    compact_when: int = 8
    documents_per_call: int = 16

    @classmethod
    def configured(cls, **overrides) -> "Limits":
        values = {**(load_config().get("run") or {}), **{k: v for k, v in overrides.items() if v is not None}}
        return cls(**values)


@dataclass
class RunSummary:
    found: int = 0
    unchanged: int = 0
    processed: list[str] = field(default_factory=list)  # articles whose rows this run committed: path or path:row
    errors: list[FileError] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (article, article of the same text)
    removed: list[str] = field(default_factory=list)  # articles gone from the folder (path, path:row): rows left
    notes: list[str] = field(default_factory=list)  # one line each: names stored escaped, …
    languages: Counter = field(default_factory=Counter)  # documents processed, by language
    labels: Counter = field(default_factory=Counter)  # mentions, by (lang, label)
    event_types: Counter = field(default_factory=Counter)  # events, by (lang, event_type)
    totals: dict[str, int] = field(default_factory=dict)  # rows per table in the committed version
    version: int = 0  # the committed version after the run
    committed: bool = False  # whether the run committed anything (nothing changed: no new version)


@dataclass
class Scan:
    """What `scan` found under the inputs: article files (`.txt` and table files) as {stored path: path to
    open}, the problems (each a FileError of stage `input`), the roots searched and the folders that could not
    be listed."""
    articles: dict[str, str] = field(default_factory=dict)
    problems: list[FileError] = field(default_factory=list)
    roots: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    same_file: list[tuple[str, str]] = field(default_factory=list)


def display_path(path: str) -> str:
    """The path as stored and printed: a file name that is not valid UTF-8 keeps its bytes as `\\xNN` escapes
    (os.fsdecode gives lone surrogates, which no Parquet string, terminal or JSON can hold)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


def check_file(path: str, max_bytes: int) -> str | None:
    """Why a file named as an article cannot be read as one (None when it can): not a regular file (FIFO,
    device, socket; a symbolic link counts as what it points to, so a link to /dev/zero is a device), a broken
    link, or over the size cap (a `.txt` file: a table file's rows are held to it one by one). Reading such a
    file would hang or never end."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "broken symbolic link" if os.path.islink(path) else "file vanished"
    except OSError as error:
        return f"cannot read file: {error.strerror or error}"
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file ({_KINDS.get(stat.S_IFMT(info.st_mode), 'special file')}); skipped"
    if info.st_size > max_bytes and not is_table(path):
        return f"file is {info.st_size:,} bytes, over the size cap of {max_bytes:,} (--max-bytes)"
    return None


def is_table(path: str) -> bool:
    """Whether the file is a table of articles (JSON Lines, CSV, Parquet), read row by row."""
    return os.path.splitext(path)[1].lower() in TABLE_KINDS


# Hand-labelled gold beside the articles (`FOLDER/gold/`, docs/gold.md): labels and the labellers' notes, no
# articles, nor files the run did not read.
GOLD_FOLDER = "gold"
ORPHANS_NAMED = 5  # sidecars with no article named in the run's note, the rest counted


def scan(inputs: list[Path], max_bytes: int) -> Scan:
    """Article files (`.txt`, `.jsonl`, `.ndjson`, `.csv`, `.parquet`: ARTICLE_SUFFIXES) under the given
    folders (recursively, skipping hidden folders and files and the `gold` folders of labels) or the files
    themselves, as absolute paths: one file is one `source_path` however the folder was named (relative,
    absolute, `..`), and a file reached twice (a symbolic link to it, a folder given twice) is read once. Folders
    that cannot be listed and files that cannot be articles (see `check_file`) are problems, never silent.
    InputError when an input does not exist or nothing at all is found."""
    result = Scan()
    candidates: list[str] = []
    others: Counter[str] = Counter()  # files of the folders that are no articles, by suffix
    orphans: list[str] = []  # sidecars with no article beside them
    for given in inputs:
        root = os.path.abspath(os.fsdecode(given))
        if not os.path.lexists(root):
            raise InputError(f"no such file or folder: {display_path(root)}")
        result.roots.append(display_path(root))
        if not os.path.isdir(root):
            candidates.append(root)
            continue

        def unreadable(error: OSError) -> None:
            folder = display_path(error.filename)
            result.unreadable.append(folder)
            result.problems.append(FileError(folder, "input", f"cannot list folder: {error.strerror or error}"))

        for folder, folders, files in os.walk(root, onerror=unreadable):
            folders[:] = sorted(name for name in folders if not name.startswith(".") and name != GOLD_FOLDER)
            texts = {os.path.splitext(name)[0] for name in files if name.lower().endswith(".txt")}
            for name in sorted(files):
                if name.startswith("."):
                    continue
                if name.lower().endswith(ARTICLE_SUFFIXES):
                    candidates.append(os.path.join(folder, name))
                else:
                    others[os.path.splitext(name)[1].lower() or "no suffix"] += 1
                if name.endswith(".json") and name[:-len(".json")] not in texts:
                    orphans.append(display_path(os.path.join(folder, name)))
    others.pop(".json", None)  # sidecars, read with their articles
    if orphans:  # a sidecar whose article is missing or misnamed ("NAME.json" beside "NAME.txt") dates nothing
        named = ", ".join(orphans[:ORPHANS_NAMED]) + (", …" if len(orphans) > ORPHANS_NAMED else "")
        result.notes.append(f"{len(orphans)} sidecar{'s' if len(orphans) > 1 else ''} with no NAME.txt beside it, "
                            f"not read: {named}")
    counts = ", ".join(f"{suffix} {n}" for suffix, n in sorted(others.items(), key=lambda item: (-item[1],
                                                                                                 item[0])))
    if others:
        total = sum(others.values())
        result.notes.append(f"{total} file{'s' if total > 1 else ''} not read ({counts}): articles are "
                            f"{', '.join(ARTICLE_SUFFIXES)}")
    seen: dict[str, str] = {}
    for path in candidates:
        stored = display_path(path)
        if stored in result.articles or any(p.path == stored for p in result.problems):
            continue
        problem = check_file(path, max_bytes)
        if problem:
            result.problems.append(FileError(stored, "input", problem))
            continue
        real = os.path.realpath(path)
        if real in seen:
            result.same_file.append((stored, seen[real]))
            continue
        seen[real] = stored
        if stored != path:
            result.notes.append(f"{stored}: file name is not valid UTF-8; stored with \\x escapes")
        result.articles[stored] = path
    if not result.articles and not result.problems:
        raise InputError(f"no articles ({', '.join(ARTICLE_SUFFIXES)}) in "
                         f"{', '.join(display_path(os.fsdecode(p)) for p in inputs)}"
                         + (f"; files not read: {counts}" if others else ""))
    return result


def find_articles(inputs: list[Path]) -> list[Path]:
    """The readable article files under the inputs (see `scan`), with the configured size cap."""
    return [Path(path) for path in scan(inputs, Limits.configured().max_bytes).articles.values()]


def file_sha256(path: str | Path, max_bytes: int | None = None) -> str | None:
    """sha256 of a regular file's bytes, or None when it is missing, unreadable, not a regular file or over
    max_bytes (the processor or the scan reports why). Never blocks on a FIFO."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or (max_bytes is not None and info.st_size > max_bytes):
            return None
        digest = hashlib.sha256()
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
        return digest.hexdigest()


# -- running the stages: in this process, in worker processes, or on Dask -----------------------------

ALARM_REPEAT = 1.0  # seconds between SIGALRMs once a call is past the time cap, until it stops


class DocumentTimeout(BaseException):
    """Raised in the main thread by SIGALRM when a document runs past the time cap (not an Exception, so no
    stage wraps it)."""


_processor: Processor | None = None


def _processor_for(backend: str | None) -> Processor:
    global _processor
    if _processor is None:
        _processor = Processor.build(backend)
    return _processor


def _timeout_message(limits: Limits) -> str:
    return f"still running after the time cap of {limits.max_seconds:g} s (--max-seconds); stopped"


def _process(sources: list[Source], backend: str | None) -> list[Document | FileError]:
    """The Document or FileError of each article (a file or a row), their stages run together
    (`Processor.process_files`)."""
    results = _processor_for(backend).process_files(sources)
    return [FileError(source.stored, result.stage, str(result), source.row) if isinstance(result, StageError)
            else result for source, result in zip(sources, results)]


def _sent_back(results: list[Document | FileError]) -> list[Document | FileError]:
    """What a worker process sends the run: its Documents without their tokens, which no table holds
    (write.document_rows) and which were most of a Document's pickled bytes (25 kB of a Russian article's 30)."""
    for result in results:
        if isinstance(result, Document):
            result.tokens = []
    return results


def _chunks(paths: list[Source], size: int) -> list[list[Source]]:
    """The paths in calls of `size` (Limits.documents_per_call) documents."""
    size = max(1, size)
    return [paths[n:n + size] for n in range(0, len(paths), size)]


def _serial(paths: list[Source], backend: str | None, limits: Limits) -> Iterator[Document | FileError]:
    """In this process, `limits.documents_per_call` documents at a time. The time cap is SIGALRM (main thread
    only): it stops a call between two Python steps, not inside one long C call; worker processes (`jobs` >= 2)
    are killed outright instead. A call of several documents past the cap is done again one document at a
    time, each with the cap, so that only a document that is itself too slow is stopped."""
    armed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def expire(signum, frame):
        raise DocumentTimeout

    def capped(chunk: list[Source]) -> list[Document | FileError] | None:
        try:  # outside the disarming too: an alarm due while the call returns is raised there
            if armed:  # repeated: an exception raised inside a garbage-collector callback is ignored, so is lost
                signal.setitimer(signal.ITIMER_REAL, limits.max_seconds, ALARM_REPEAT)
            try:
                return _process(chunk, backend)
            finally:
                if armed:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        except DocumentTimeout:
            return None

    _processor_for(backend)  # the models load before the clock starts: the cap is the documents'
    previous = signal.signal(signal.SIGALRM, expire) if armed else None
    try:
        for chunk in _chunks(paths, limits.documents_per_call):
            results = capped(chunk) if len(chunk) > 1 else None
            if results is None:
                results = [(capped([path]) or [FileError(path.stored, "worker", _timeout_message(limits), path.row)])[0]
                           for path in chunk]
            yield from results
    finally:
        if armed:
            signal.signal(signal.SIGALRM, previous)


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this process when its parent dies (prctl PR_SET_PDEATHSIG), so a kill -9 of the
    main process takes its forkserver with it, and the server its workers; elsewhere a thread polls the parent's
    pid."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL) != 0:  # 1 = PR_SET_PDEATHSIG
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        def watch():
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _worker_main(conn, backend: str | None) -> None:
    _die_with_parent(os.getppid())  # the forkserver (pipeline/worker_models.py), which dies with the run
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    try:
        _processor_for(backend)
    except StageError as error:
        conn.send(("fatal", error.stage, str(error)))
        return
    conn.send(("ready",))
    while True:
        try:
            paths = conn.recv()
        except EOFError:
            return
        conn.send(("done", _sent_back(_process(paths, backend))))


class _Worker:
    def __init__(self, context, backend: str | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, backend), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.task: tuple[list[tuple[int, str]], float] | None = None  # ([(index, path)], started)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _signal_name(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}"


def _pool(paths: list[Source], jobs: int, backend: str | None, limits: Limits) -> Iterator[Document | FileError]:
    """`jobs` worker processes, forked from a server that loaded the models once (`_worker_context`), each
    taking `limits.documents_per_call` documents per task (fewer when the documents left would not keep every
    worker busy). A worker that dies (kill -9, the OOM killer) or runs past the time cap costs only the document
    it held: a task of several documents is given out again one document per task, and a one-document task that
    fails so gets a FileError of stage `worker`; a fresh worker takes the place of the dead one and the run goes
    on. Results come in the order of `paths`."""
    from multiprocessing.connection import wait

    workers: list[_Worker] = []
    queue = deque(enumerate(paths))
    alone: deque = deque()  # documents of a failed task, each to be done again alone
    done: dict[int, Document | FileError] = {}
    next_out = load_deaths = 0
    context = _worker_context(backend)
    try:
        workers += [_started(context, backend) for _ in range(min(jobs, len(paths)))]
        while next_out < len(paths):
            for worker in workers:
                if worker.ready and worker.task is None and (alone or queue):
                    size = min(limits.documents_per_call, -(-len(queue) // len(workers)))
                    task = [alone.popleft()] if alone else [queue.popleft() for _ in range(max(1, size))]
                    worker.conn.send([path for _, path in task])
                    worker.task = (task, time.monotonic())
            busy = [w.task[1] for w in workers if w.task]
            timeout = max(0.0, min(busy) + limits.max_seconds - time.monotonic()) if busy else None
            ready = wait([w.conn for w in workers] + [w.process.sentinel for w in workers], timeout)
            for i, worker in enumerate(list(workers)):
                message = None
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        message = None
                if message and message[0] == "ready":
                    worker.ready = True
                elif message and message[0] == "done":
                    done.update(zip((index for index, _ in worker.task[0]), message[1]))
                    worker.task = None
                elif message and message[0] == "fatal":
                    raise StageError(message[1], message[2])
                expired = worker.task and time.monotonic() - worker.task[1] > limits.max_seconds
                if (message is None and (worker.conn in ready or worker.process.sentinel in ready)) or expired:
                    worker.kill()
                    if not worker.ready:
                        load_deaths += 1  # once may be a kill; every time is the models not fitting
                        if load_deaths >= 3:
                            raise StageError("worker", f"worker processes keep dying while loading the models "
                                                       f"({_signal_name(worker.process.exitcode)})")
                    else:
                        load_deaths = 0
                    if worker.task and len(worker.task[0]) > 1:
                        alone.extend(worker.task[0])
                    elif worker.task:
                        (index, path), = worker.task[0]
                        reason = (_timeout_message(limits) if expired else
                                  f"its worker process died ({_signal_name(worker.process.exitcode)}, "
                                  f"e.g. out of memory)")
                        done[index] = FileError(path.stored, "worker", reason, path.row)
                    workers[i] = _started(context, backend)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    finally:
        for worker in workers:  # first: the server waits for its workers when it stops
            worker.kill()
        _stop_worker_server()


WORKER_BACKEND = "DIPEVENTS_WORKER_BACKEND"  # the backend the forkserver loads (pipeline/worker_models.py)
SERVER_STARTS = 3  # a worker's server dying before it forks the worker this often is the models not fitting


def _worker_context(backend: str | None):
    """multiprocessing's forkserver context for a run, its server loading the models of `backend`
    (pipeline/worker_models.py; `WORKER_BACKEND` in this process's environment until `_stop_worker_server`, which
    a server started again, after it died, inherits too): each worker forks from it sharing them, where a
    spawned worker (a fresh interpreter) loaded its own. Forked from the server, not from this process, which has
    threads by now (the progress bar, pyarrow's pools) that a fork would copy in whatever state they are."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.worker_models"])
    os.environ[WORKER_BACKEND] = backend or ""
    return context


def _stop_worker_server(run_ends: bool = True) -> None:
    """Stops the run's forkserver and waits for it (`_stop`, the standard library's own way, its tests'): the run
    leaves no process holding the models behind, its CPU time and its workers' count in the run's (getrusage's
    children), and the next run starts a server of its own, with its own backend."""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()
    if run_ends:
        os.environ.pop(WORKER_BACKEND, None)


def _started(context, backend: str | None) -> _Worker:
    """A new worker, forked by the run's server, which is started again when it died (kill -9, the OOM killer
    while it loaded the models); StageError when it dies before forking one `SERVER_STARTS` times."""
    for _ in range(SERVER_STARTS):
        try:
            return _Worker(context, backend)
        except (EOFError, OSError) as error:  # the server closed its end: it died before forking the worker
            failure = error
            _stop_worker_server(run_ends=False)  # waits for it to be gone: the next worker starts a new one
    raise StageError("worker", f"the worker processes' server keeps dying while loading the models ({failure})")


_dask_lock = threading.Lock()


def _dask_process(paths: list[Source], backend: str | None) -> list[Document | FileError]:
    """On a Dask worker: the models are loaded once per worker process (module state) and used by one thread
    at a time (the analysers are not known to be thread-safe)."""
    with _dask_lock:
        return _sent_back(_process(paths, backend))


SCHEDULER_TIMEOUT = 30  # seconds to reach a Dask scheduler (distributed's own default connect timeout)
WORKERS_TIMEOUT = 120  # seconds a scheduler may take to have its first worker (a cluster's workers starting)


def _dask(paths: list[Source], backend: str | None, scheduler: str | None, jobs: int,
          limits: Limits) -> Iterator[Document | FileError]:
    """On a Dask distributed cluster: the scheduler at `scheduler`, or a local cluster of `jobs` worker
    processes. Tasks of `limits.documents_per_call` documents are submitted a couple per worker thread ahead
    (never the whole corpus at once) and results come in the order of `paths`. A task whose workers keep dying
    (Dask retries it, then gives up with KilledWorker) is submitted again one document per task, so that it
    costs only the document at fault. Workers read the articles by path (a row of a table file by its offset or
    row group, pipeline/sources.py): on several machines, the folder must be at the same path on each (a shared
    file system). InputError (one line) where the scheduler cannot be reached within SCHEDULER_TIMEOUT or has no
    worker within WORKERS_TIMEOUT."""
    from distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                                                  dashboard_address=None, silence_logs=logging.CRITICAL)
    try:
        client = Client(scheduler or cluster, timeout=SCHEDULER_TIMEOUT)
    except (OSError, TimeoutError) as error:  # no scheduler there: one line, not distributed's traceback
        if cluster is not None:
            cluster.close()
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except (OSError, TimeoutError):  # a scheduler with no worker would take the tasks and never answer
        client.close()
        raise InputError(f"the Dask scheduler at {scheduler} has no worker after {WORKERS_TIMEOUT} s: start one "
                         f"(`dask worker {scheduler}`) and run again") from None

    def submit(chunk: list[Source]):
        return chunk, client.submit(_dask_process, chunk, backend, pure=False)

    try:
        threads = sum(client.nthreads().values()) or 1
        pending: deque = deque()
        todo = iter(_chunks(paths, limits.documents_per_call))
        for chunk in todo:
            pending.append(submit(chunk))
            if len(pending) >= 2 * threads:
                break
        while pending:
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except Exception as error:  # KilledWorker and the like
                results = None if len(chunk) > 1 else \
                    [FileError(chunk[0].stored, "worker", f"{type(error).__name__}: {error}", chunk[0].row)]
            future.release()
            if results is None:  # each document again alone, before the tasks already submitted
                pending.extendleft(reversed([submit([path]) for path in chunk]))
                continue
            yield from results
            following = next(todo, None)
            if following is not None:
                pending.append(submit(following))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _results(paths: list[Source], *, engine: str, jobs: int, backend: str | None, scheduler: str | None,
             limits: Limits) -> Iterator[Document | FileError]:
    if not paths:  # nothing to do: no models loaded, no workers started
        return
    if engine == "dask":
        yield from _dask(paths, backend, scheduler, jobs, limits)
    elif jobs <= 1 or len(paths) <= 1:
        yield from _serial(paths, backend, limits)
    else:
        yield from _pool(paths, jobs, backend, limits)


# -- the run ----------------------------------------------------------------------------------------------

def extract(inputs: list[Path], out_dir: Path, *, force: bool = False, jobs: int = 1, backend: str | None = None,
            engine: str = "processes", scheduler: str | None = None, limits: Limits | None = None,
            wait: bool = False, waiting: Callable[[str], None] | None = None,
            progress: Callable[[int], Callable[[], None]] | None = None) -> RunSummary:
    """Process new and changed articles from `inputs` into the dataset in `out_dir`, committing a batch every
    `limits.batch_documents` documents or `limits.batch_seconds` seconds.

    engine: `processes` (this process, or `jobs` worker processes) or `dask` (`scheduler` address, or a local
    cluster of `jobs` workers). With `wait`, a run finding `out_dir` locked by another waits for it (after
    telling `waiting(line)`) instead of stopping. `progress(total)` may return a callback called once per
    processed file.
    InputError / write.DatasetError (one line each) when the input or the output folder cannot be used; a
    StageError when the models cannot be loaded."""
    limits = limits or Limits.configured()
    for given in inputs:  # before taking the output folder: a typo in the input changes nothing
        if not os.path.lexists(os.fsdecode(given)):
            raise InputError(f"no such file or folder: {display_path(os.path.abspath(os.fsdecode(given)))}")
    # the output folder is checked (and locked) before the input is searched or any model is loaded
    with write.DatasetWriter(out_dir, PIPELINE_VERSION, wait=wait, waiting=waiting) as dataset:
        found = scan(inputs, limits.max_bytes)
        summary = RunSummary(notes=list(found.notes))
        run = _Run(dataset, limits, summary)
        todo = run.plan(found, force)
        tick = progress(len(todo)) if progress and todo else None
        with closing(_results(todo, engine=engine, jobs=jobs, backend=backend, scheduler=scheduler,
                              limits=limits)) as results:  # closed on error too: no worker outlives the run
            for result in results:
                run.add(result)
                if tick:
                    tick()
        run.commit()
        if crossref.needs_link(dataset):  # actors and clusters across articles, once the batches are in (or
            crossref.link_committed(dataset)  # where a killed run left documents unlinked)
        summary.committed = dataset.version.number != run.started_at
        summary.totals = dict(dataset.version.rows)
        summary.version = dataset.version.number
    return summary


def _described_first(todo: list[Key], keys: dict[Key, tuple]) -> list[Key]:
    """`todo` with each file that has a sidecar moved before the files of the same bytes that have none, each
    group keeping the places its files held. The same text under several names is kept once, the first read
    (_Run._document): the copy a scraper described (url, published, outlet) is the one kept, not a bare copy whose
    name sorts first."""
    places: dict[str, list[int]] = {}
    for place, key in enumerate(todo):
        if key[1] is None:  # a row's sha256 covers its metadata: no row shares a file's bytes
            places.setdefault(keys[key][0], []).append(place)
    ordered = list(todo)
    for held in (held for held in places.values() if len(held) > 1):
        copies = sorted((todo[place] for place in held), key=lambda key: keys[key][1] is None)
        for place, key in zip(held, copies):
            ordered[place] = key
    return ordered


class _Run:
    """The bookkeeping of one run: which committed rows a finished document replaces, which text is already
    there under another name, and the batch being filled."""

    def __init__(self, dataset: write.DatasetWriter, limits: Limits, summary: RunSummary):
        self.dataset, self.limits, self.summary = dataset, limits, summary
        # the committed articles as {(path, row): (doc_id, sha256, metadata_sha256, pipeline_version)}: a few
        # hundred bytes each, the only thing a run holds for every article
        index = dataset.documents
        columns = ("source_path", "source_row", "doc_id", "sha256", "metadata_sha256", "pipeline_version")
        self.by_path: dict[Key, tuple] = {(os.path.abspath(path), row): tuple(identity) for path, row, *identity
                                          in zip(*(index[column].to_pylist() for column in columns))}
        self.owner: dict[str, Key] = {identity[0]: key for key, identity in self.by_path.items()}
        self.pending: set[Key] = set()  # articles sent to the stages and not back yet
        # the committed failures {(path, row): (stage, error)}: one that fails again alike is not committed again
        self.failed = {(row["path"], row["row"]): (row["stage"], row["error"]) for row in
                       write.read_table(dataset.out_dir, "errors", ["path", "row", "stage", "error"]).to_pylist()}
        self.started_at = dataset.version.number
        self.rows: dict[str, list[dict]] = {name: [] for name in write.SCHEMAS}
        self.drop_docs: set[str] = set()
        self.drop_errors: set[str] = set()
        self.documents_in_batch = 0
        self.last_commit = time.monotonic()

    def _read(self, found: Scan) -> tuple[dict[Key, Source], dict[Key, tuple], dict[str, float]]:
        """Every article under the inputs: ({key: Source}, {key: what incremental runs compare}, {table file: the
        row from which it could not be read}). A table file is read once, streaming; its bad rows and a file
        that cannot be read are reported here."""
        sources: dict[Key, Source] = {}
        keys: dict[Key, tuple] = {}
        stopped: dict[str, float] = {}
        for path, real in found.articles.items():
            if not is_table(path):
                sources[(path, None)] = Source(real, path)
                keys[(path, None)] = (file_sha256(real, self.limits.max_bytes),
                                      file_sha256(sidecar_path(real), self.limits.max_bytes), PIPELINE_VERSION)
                continue
            self.drop_errors.add(path)  # a table file's errors are found again, row by row
            table = Table()
            rows = 0
            try:
                for rows, result in enumerate(table_rows(real, path, self.limits.max_bytes, table), start=1):
                    if isinstance(result, BadRow):
                        self._error(FileError(path, "input", result.reason, result.row))
                    else:
                        source, sha256 = result
                        sources[(path, source.row)] = source
                        keys[(path, source.row)] = (sha256, None, PIPELINE_VERSION)
            except (ReadError, OSError) as error:
                stopped[path] = table.stopped_at or 0
                reason = str(error) if isinstance(error, ReadError) else f"cannot read file: {error.strerror or error}"
                self._error(FileError(path, "input", reason, table.stopped_at))
            if not rows and path not in stopped:  # an empty export or a header alone: no error, nor silence
                self.summary.notes.append(f"{path}: no rows")
            if table.ignored:
                self.summary.notes.append(f"{path}: columns not read: {', '.join(table.ignored)} "
                                          f"(read: {', '.join(COLUMNS)})")
            if table.large_row_group_mb:
                self.summary.notes.append(f"{path}: row groups of up to {table.large_row_group_mb:,.0f} MB; each "
                                          f"worker holds the one it reads (write row_group_size=1000)")
        return sources, keys, stopped

    def plan(self, found: Scan, force: bool) -> list[Source]:
        """The articles to process, in order; counts the unchanged ones and drops the rows of removed files and
        rows (under a searched root, gone from it, and not under a folder that could not be listed). A row that
        moved in its file (rows removed or added above it) is renumbered, not redone (`_move_rows`); a place its
        file was read past that holds no article now (removed, or a bad row) has gone; the rows of a table file
        that cannot be read, or past the row where reading stopped, stay."""
        for problem in found.problems:
            self._error(problem)
        sources, keys, stopped = self._read(found)
        seen = set(found.articles) | {problem.path for problem in found.problems}
        self.summary.found = len(keys) + len(self.summary.errors)
        if not force:
            self._move_rows(keys, stopped)

        def gone(key: Key) -> bool:
            path, row = key
            under = any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in found.roots)
            hidden = any(path.startswith(folder.rstrip(os.sep) + os.sep) for folder in found.unreadable)
            if not under or hidden:
                return False
            if path not in seen:
                return True
            if row is None or path not in found.articles or not is_table(path):
                return False
            return key not in keys and row < stopped.get(path, float("inf"))

        for key in [key for key in self.by_path if gone(key)]:
            self._forget(key)
            self.summary.removed.append(where(key))
        self.drop_errors.update(path for path in self.dataset.errors["path"].to_pylist() if gone((path, None)))
        for path, original in found.same_file:
            self.summary.duplicates.append((path, original))
        unchanged = {key for key, identity in keys.items() if not force and key in self.by_path
                     and self.by_path[key][1:] == identity}
        # texts known under a name that stays: committed and either unchanged now or outside this run's inputs
        by_content = {identity[1:]: key for key, identity in self.by_path.items()
                      if key in unchanged or key not in keys}
        todo = []
        for key, identity in keys.items():
            if key in unchanged:
                self.summary.unchanged += 1
                continue
            other = by_content.get(identity)
            if not force and identity[0] and other:  # the same article under another name: known, not redone
                if key in self.by_path:  # this name held other text before: its rows go
                    self._forget(key)
                self.summary.unchanged += 1
                self.summary.duplicates.append((where(key), where(other)))
                continue
            todo.append(key)
        self.summary.errors.sort(key=lambda error: (error.path, error.row or 0))
        todo = _described_first(todo, keys)
        self.pending = set(todo)
        return [sources[key] for key in todo]

    def _move_rows(self, keys: dict[Key, tuple], stopped: dict[str, float]) -> None:
        """Rows of a table file whose content now stands at another row of the same file (a row removed or added
        above them) keep their committed rows: `documents.source_row` is renumbered in one commit (every
        documents part read once; the others linked), and they are not redone."""
        read = {path for path, row in keys if row is not None}  # table files with rows this run
        vacated: dict[tuple, list[Key]] = {}  # (path, identity) → committed places that no longer hold it
        for key, (doc_id, *identity) in self.by_path.items():
            path, row = key
            if (path in read and row is not None and row < stopped.get(path, float("inf"))
                    and (key not in keys or keys[key] != tuple(identity))):
                vacated.setdefault((path, *identity), []).append(key)
        moves: dict[Key, Key] = {}  # old place → new place
        for key, identity in keys.items():
            if key[1] is None or (key in self.by_path and self.by_path[key][1:] == identity):
                continue
            old = vacated.get((key[0], *identity))
            if old:
                moves[old.pop(0)] = key
        if not moves:
            return
        staged = {new: self.by_path.pop(old) for old, new in moves.items()}
        for new, identity in staged.items():
            if new in self.by_path:  # the place held another article, which did not move: its rows go
                self._forget(new)
                self.summary.removed.append(where(new))
            self.by_path[new] = identity
            self.owner[identity[0]] = new
        rows = {identity[0]: new[1] for new, identity in staged.items()}
        moved = pa.array(sorted(rows), pa.string())

        def renumber(part: pa.Table, batch: str) -> pa.Table | None:
            if not pc.any(pc.is_in(part["doc_id"], moved)).as_py():
                return None
            numbers = [rows.get(doc_id, row) for doc_id, row in zip(part["doc_id"].to_pylist(),
                                                                    part["source_row"].to_pylist())]
            return part.set_column(part.schema.get_field_index("source_row"), "source_row",
                                   pa.array(numbers, pa.int32()))

        index = self.dataset.documents
        batches = pc.filter(index["batch"], pc.is_in(index["doc_id"], moved)).to_pylist()
        # nothing the tables across articles read changed
        self.dataset.commit(rewrite={"documents": renumber}, rewrite_batches=batches)
        self.summary.notes.append(f"{len(moves)} rows moved in their files: renumbered, not redone")

    def _forget(self, key: Key) -> None:
        """Drop the committed rows of the document at key (in the next commit)."""
        doc_id = self.by_path.pop(key)[0]
        self.drop_docs.add(doc_id)
        self.owner.pop(doc_id, None)

    def _error(self, error: FileError) -> None:
        self.summary.errors.append(error)
        self.pending.discard((error.path, error.row))
        if error.row is None:
            self.drop_errors.add(error.path)
        self.rows["errors"].append({"path": error.path, "row": error.row, "stage": error.stage, "error": error.error,
                                    "when": dt.datetime.now(dt.timezone.utc).replace(microsecond=0)})

    def add(self, result: Document | FileError) -> None:
        if isinstance(result, FileError):
            self._error(result)
        else:
            self._document(result)
        if (self.documents_in_batch >= self.limits.batch_documents
                or time.monotonic() - self.last_commit >= self.limits.batch_seconds):
            self.commit()

    def _document(self, doc: Document) -> None:
        doc.source_path = display_path(doc.source_path)
        key = (doc.source_path, doc.source_row)
        self.pending.discard(key)
        if doc.source_row is None:  # a table file's errors were dropped when it was read
            self.drop_errors.add(doc.source_path)
        if key in self.by_path:  # a changed file or row: its old rows go
            self._forget(key)
        owner = self.owner.get(doc.doc_id)
        if owner is not None and owner in self.pending:  # that article holds another text now: this one takes it
            self._forget(owner)
            owner = None
        if owner is not None and owner != key:  # the same text under another name is kept once
            self.summary.duplicates.append((where(key), where(owner)))
            return
        self.owner[doc.doc_id] = key
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        for name, rows in write.document_rows(doc, PIPELINE_VERSION, now).items():
            self.rows[name].extend(rows)
        self.documents_in_batch += 1
        self.summary.processed.append(where(key))
        self.summary.languages[doc.lang] += 1
        self.summary.labels.update((m.lang, m.label) for m in doc.mentions)
        self.summary.event_types.update((e.lang, e.event_type) for e in doc.events)
        if doc.metadata_ignored:  # as a table file's other columns: read on, named once
            self.summary.notes.append(f"{sidecar_path(doc.source_path)}: fields not read: "
                                      f"{', '.join(doc.metadata_ignored)} (read: {', '.join(FIELDS)})")

    def commit(self) -> None:
        """Commit the batch (and what it drops), then merge small batches (`Limits.compact_*`). A failure
        committed before alike (same stage and reason) is kept as it is; a batch that changes nothing is not
        committed."""
        # a file that fails again alike keeps its row; a file of articles' rows are found again each run it is read
        # (its errors dropped by path and written anew), so a table file with bad rows still commits each run
        again = {row["path"] for row in self.rows["errors"] if row["row"] is None
                 and self.failed.get((row["path"], None)) == (row["stage"], row["error"])}
        self.rows["errors"] = [row for row in self.rows["errors"] if row["row"] is not None or row["path"] not in again]
        drop_errors = (self.drop_errors - again) & {path for path, _ in self.failed}
        if any(self.rows.values()) or self.drop_docs or drop_errors:
            self.dataset.commit({name: write.to_table(name, rows) for name, rows in self.rows.items()},
                                drop_doc_ids=self.drop_docs, drop_error_paths=drop_errors)
            self.failed = {key: value for key, value in self.failed.items() if key[0] not in drop_errors}
            self.failed.update(((row["path"], row["row"]), (row["stage"], row["error"])) for row in self.rows["errors"])
        self.rows = {name: [] for name in write.SCHEMAS}
        self.drop_docs, self.drop_errors = set(), set()
        self.documents_in_batch = 0
        self.last_commit = time.monotonic()
        small = self.dataset.small_batches(self.limits.compact_below)
        if len(small) >= self.limits.compact_when:
            self._compact(small)
        release_free_memory()  # the batch's rows and tables: resident otherwise, and growing with the corpus

    def _compact(self, small: list[str]) -> None:
        """Merge small batches in groups of about `compact_below` documents (memory stays bounded)."""
        group, size = [], 0
        for batch in sorted(small):
            group.append(batch)
            size += self.dataset.version.batches[batch]
            if size >= self.limits.compact_below:
                self.dataset.commit(merge_batches=group)
                group, size = [], 0
        if len(group) > 1:
            self.dataset.commit(merge_batches=group)
