"""Time every named query as the number of articles grows, and print the growth ratio.

The store repeats the two hand-made articles of `tests/data/query/` (invented names)
under new ids and dates: the worst case for the union default graph, where every
shared entity's triples come once per article. A growth ratio near the size ratio
means the query stays linear; a quadratic query shows the square.

Run: .venv/bin/python bench/bench_query.py [--sizes 100 400]
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path

import pyoxigraph as ox

from ecograph.graph import record_nquads
from ecograph.query import Source, named_queries, run_named
from ecograph.records import Record

ROOT = Path(__file__).resolve().parent.parent
PARAMS = {
    "partners": {"entity": "Lyon"},
    "figures": {"entity": "Kestrel Labs"},
    "changes": {"period_a": "2015", "period_b": "2016"},
    "search": {"text": "lab"},
}


def fixture_module():  # type: ignore[no-untyped-def]
    """Import tests/data/query/make_records.py (it holds the two article specs)."""
    path = ROOT / "tests" / "data" / "query" / "make_records.py"
    spec = importlib.util.spec_from_file_location("make_records", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(pairs: int) -> Source:
    """Return an in-memory source of 2 * `pairs` articles."""
    spec = fixture_module()
    store = ox.Store()
    for i in range(pairs):
        published = f"20{10 + i % 15}-0{1 + i % 9}-1{i % 9}"
        for doc_id, text, entities, relations in (
            (f"a{i}", spec.A_TEXT, spec.A_ENTITIES, spec.A_RELATIONS),
            (f"b{i}", spec.B_TEXT, spec.B_ENTITIES, spec.B_RELATIONS),
        ):
            record = spec.make_record(doc_id, text, published, entities, relations)
            store.load(record_nquads(Record.from_dict(record)), format=ox.RdfFormat.N_QUADS)
    return Source("graph", Path("memory"), store)


def time_queries(source: Source) -> dict[str, float]:
    """Return the seconds each named query takes (in process, no timeout)."""
    seconds = {}
    for name in named_queries():
        start = time.perf_counter()
        run_named(source, name, **PARAMS.get(name, {}))
        seconds[name] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(100, 400), help="articles / 2")
    small, large = parser.parse_args().sizes
    first = time_queries(build(small))
    second_source = build(large)
    print(f"{len(second_source.store)} quads at {2 * large} articles")
    second = time_queries(second_source)
    header = f"{'query':22s} {2 * small:>7d} art. {2 * large:>7d} art."
    print(f"{header}  ratio (size ratio {large / small:g})")
    for name in first:
        ratio = second[name] / max(first[name], 1e-6)
        print(f"{name:22s} {first[name]:9.3f}s {second[name]:10.3f}s  {ratio:6.1f}")


if __name__ == "__main__":
    main()
