"""Files of articles at size: `python -m pipeline.bench.rows [--megabytes 200] [--reads 2000]`.

Writes a JSON Lines, a CSV and two Parquet files (row groups of 1,000 rows, and pyarrow's default, one group
here) of about `--megabytes` each, made from the seeds (each row numbered, so no text repeats), and measures,
each in a fresh process, time and how much the process's peak resident memory grows (Linux: the peak is reset
after the imports through /proc/self/clear_refs and read as VmHWM) while:

- the run's reading of a file (`sources.table_rows`: every row parsed, checked and hashed), holding every row's
  work item as a run does;
- a worker's reading of `--reads` rows spread over the file through their work items (`Source.read()`).

Streaming shows as memory that does not grow with the file: neither the run nor a worker holds the file, only
its pointers (the run) or one row (a worker) — or, for Parquet, the row group the row is in.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..paths import REPO_ROOT


def make_files(folder: Path, megabytes: int) -> dict[str, Path]:
    """{kind: path} of files of articles of about `megabytes` MB each."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    seeds = [path.read_text(encoding="utf-8") for path in sorted((REPO_ROOT / "seeds").glob("*.txt"))]
    rows, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        text = f"{seeds[n % len(seeds)]}\nМатериал подготовлен редакцией, выпуск {n}.\n"
        rows.append({"id": str(n), "url": f"https://example.kz/2025/03/{n % 28 + 1:02d}/{n}", "text": text})
        size += len(text.encode("utf-8")) + 80
        n += 1
    files = {kind: folder / name for kind, name in (("jsonl", "rows.jsonl"), ("csv", "rows.csv"),
                                                     ("parquet-1000", "groups.parquet"),
                                                     ("parquet-default", "one.parquet"))}
    with open(files["jsonl"], "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(files["csv"], "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "url", "text"])
        writer.writeheader()
        writer.writerows(rows)
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, files["parquet-1000"], row_group_size=1000)
    pq.write_table(table, files["parquet-default"])
    return files


def _resident() -> tuple[float, float]:
    """(resident MB now, peak resident MB since the last `_reset`) of this process."""
    status = Path("/proc/self/status").read_text()
    field = {line.split(":")[0]: line.split()[1] for line in status.splitlines() if line.startswith("Vm")}
    return int(field["VmRSS"]) / 1024, int(field["VmHWM"]) / 1024


def _reset() -> float:
    """Reset the peak to the resident memory now (Linux 4.0+); that memory in MB."""
    Path("/proc/self/clear_refs").write_text("5")
    return _resident()[0]


def child(mode: str, path: str, reads: int) -> dict:
    """In a fresh process: the run's reading (`scan`) or a worker's (`read`); peak memory growth and time."""
    import pyarrow.parquet  # noqa: F401 (imported before the clock and the peak: a worker has it loaded)

    from ..sources import Table, table_rows

    base = _reset()
    clock = time.perf_counter()
    items = [item for item in table_rows(path, path, 1_000_000, Table())]
    result = {"rows": len(items)}
    if mode == "scan":
        result["seconds"] = time.perf_counter() - clock
        result["pickled_bytes"] = sum(len(pickle.dumps(source)) for source, _ in items) / len(items)
    else:  # the pointers come from the run: what a worker holds is the reading of its rows
        sources = [source for source, _ in items][:: max(1, len(items) // reads)]
        del items
        base = _reset()
        clock = time.perf_counter()
        for source in sources:
            source.read()
        result["rows_read"] = len(sources)
        result["seconds"] = time.perf_counter() - clock
    result["grew_mb"] = _resident()[1] - base
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.rows", description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--reads", type=int, default=2000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child, args.reads)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-rows-") as work:
        files = make_files(Path(work), args.megabytes)
        print(f"files of about {args.megabytes} MB each; how much reading grew a fresh process's peak resident "
              f"memory")
        for kind, path in files.items():
            for mode in ("scan", "read"):
                out = subprocess.run([sys.executable, "-m", "pipeline.bench.rows", "--reads", str(args.reads),
                                      "--child", mode, str(path)], capture_output=True, text=True, check=True,
                                     cwd=REPO_ROOT)
                figures = json.loads(out.stdout)
                what = (f"the run reads {figures['rows']:,} rows ({figures['pickled_bytes']:.0f} bytes a work item)"
                        if mode == "scan" else f"a worker reads {figures['rows_read']:,} rows")
                print(f"{kind:16} {os.path.getsize(path) / 1e6:6.0f} MB  {what}: {figures['seconds']:.1f} s, "
                      f"peak memory grew {figures['grew_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
