"""Peak memory of `ecograph extract` (or `run`) at 1,000 and 10,000 articles.

Each size runs in a child process on a synthetic corpus of .txt files: either the
streaming extraction stage alone (`--stage records`: files -> model -> records.jsonl,
the path every command takes) or the whole command (`--stage command`). Two figures per
run: the largest process's peak RSS (getrusage of the child, the kernel's own high-water
mark) and the peak of the whole process tree's summed RSS (psutil, sampled every 0.2 s;
forked workers share pages, so the sum overcounts). Target: the 10,000-article peak
within 10% of the 1,000-article one.

Run: .venv/bin/python bench/bench_memory.py [--sizes 1000 10000] [--stage records|command]
     [--command extract|run] [--workers 1] [--data /tmp/ecograph-bench]
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import tempfile
import time
from pathlib import Path

import psutil
from common import PYTHON, write_corpus

# The wrapper runs the command and reports the largest child's peak RSS in KB.
WRAPPER = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


# The extraction stage alone, streamed to a JSONL file as `extract` and `run` do.
RECORDS_STAGE = """
import json, sys
from pathlib import Path
from ecograph.pipeline import Reporter, RunSummary, extract_records, read_articles
summary, reporter = RunSummary(), Reporter()
articles = read_articles([Path(sys.argv[1])], summary, reporter)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for record in extract_records(articles, summary, reporter, workers=int(sys.argv[3])):
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\\n")
"""


def tree_rss(process: psutil.Process) -> int:
    """Summed RSS of a process and its descendants, in bytes."""
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a worker may end between the two calls
            total += proc.memory_info().rss
    return total


def measure(command: list[str]) -> tuple[float, float, float]:
    """Run `command`; return (largest process peak MB, tree peak MB, wall seconds)."""
    start = time.perf_counter()
    child = subprocess.Popen([PYTHON, "-c", WRAPPER, *command], stdout=subprocess.PIPE, text=True)
    watched, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        peak = max(peak, tree_rss(watched))
        time.sleep(0.2)
    largest_kb, code = (child.stdout.read() if child.stdout else "0 1").split()[-2:]
    if code != "0":
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return int(largest_kb) / 1024, peak / 2**20, time.perf_counter() - start


def main() -> None:
    """Build the corpora, run the command on each and print the peaks and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--stage", choices=["records", "command"], default="command")
    parser.add_argument("--command", choices=["extract", "run"], default="extract")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "ecograph-bench")
    args = parser.parse_args()
    peaks = {}
    print(
        f"stage: {args.stage if args.stage == 'records' else 'ecograph ' + args.command}, "
        f"workers: {args.workers}"
    )
    for size in args.sizes:
        corpus = write_corpus(args.data / f"corpus-{size}", size)
        out = args.data / f"out-{args.command}-{size}"
        if args.stage == "records":
            out.mkdir(parents=True, exist_ok=True)
            records = str(out / "records.jsonl")
            command = [PYTHON, "-c", RECORDS_STAGE, str(corpus), records, str(args.workers)]
        else:
            command = [PYTHON, "-m", "ecograph", args.command, str(corpus), "--out", str(out)]
            command += ["--quiet", "--workers", str(args.workers)]
            command += ["--force"] if args.command == "run" else []
        largest, tree, wall = measure(command)
        peaks[size] = largest
        print(
            f"{size:6d} articles: peak RSS {largest:7.0f} MB (largest process), "
            f"{tree:7.0f} MB (process tree), {wall:6.0f} s"
        )
    low, high = min(args.sizes), max(args.sizes)
    print(f"peak RSS ratio {high} / {low} articles: {peaks[high] / peaks[low]:.2f}")


if __name__ == "__main__":
    main()
