"""Store load and two-hop SPARQL join time: pyoxigraph (memory, disk) against rdflib in memory.

A synthetic graph shaped like ecograph's (articles mention organisations, organisations
are located in places) is built at each size, loaded from N-Triples, then asked two
two-hop joins (article -> organisation -> place): a selective one (the articles that
mention a company located in one city) and the full one (count every pair). All
stores must give the same answers. rdflib at 1M triples takes minutes: pass
`--skip-rdflib-above 100000` for a quick run.

Run: .venv/bin/python bench/bench_store.py [--sizes 100000 1000000] [--skip-rdflib-above N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable, Iterator

import pyoxigraph as ox
import rdflib

ECO = "https://w3id.org/ecograph/ontology#"
ID = "https://w3id.org/ecograph/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
MENTIONS_PER_ARTICLE = 8
PREFIXES = f"""
PREFIX eco: <{ECO}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
QUERIES = {
    # Articles that mention a company located in one city: the selective join.
    "selective": PREFIXES
    + """SELECT DISTINCT ?article WHERE {
  ?article eco:mentions ?org .
  ?org a eco:Company ; eco:locatedIn ?place .
  ?place skos:prefLabel "Ville 7"@fr .
}""",
    # Every (article, place) pair through an organisation: the whole two-hop join.
    "full": PREFIXES
    + """SELECT (COUNT(*) AS ?n) WHERE {
  ?article eco:mentions ?org .
  ?org eco:locatedIn ?place .
}""",
}


def triples(size: int, *, seed: int = 5) -> Iterator[str]:
    """Yield about `size` N-Triples lines of articles, organisations and places."""
    rng = random.Random(seed)
    places, orgs = 500, max(1, size // 50)
    for p in range(places):
        yield f"<{ID}place/{p}> <{RDF_TYPE}> <{ECO}City> ."
        yield f'<{ID}place/{p}> <{LABEL}> "Ville {p}"@fr .'
    for o in range(orgs):
        yield f"<{ID}org/{o}> <{RDF_TYPE}> <{ECO}{rng.choice(('Company', 'Agency'))}> ."
        yield f'<{ID}org/{o}> <{LABEL}> "Organisation {o}"@fr .'
        yield f"<{ID}org/{o}> <{ECO}locatedIn> <{ID}place/{rng.randrange(places)}> ."
    per_article = 2 + MENTIONS_PER_ARTICLE
    for a in range((size - 2 * places - 3 * orgs) // per_article):
        yield f"<{ID}article/{a}> <{RDF_TYPE}> <{ECO}Article> ."
        yield f'<{ID}article/{a}> <http://purl.org/dc/terms/title> "Article {a}" .'
        for o in rng.sample(range(orgs), MENTIONS_PER_ARTICLE):
            yield f"<{ID}article/{a}> <{ECO}mentions> <{ID}org/{o}> ."


def timed(step: Callable[[], object]) -> tuple[float, object]:
    """Wall seconds of one call, and its result."""
    start = time.perf_counter()
    result = step()
    return time.perf_counter() - start, result


Row = tuple[float, dict[str, float], dict[str, frozenset[str]], int]
"""Load seconds, query seconds by name, answers by name, triple count."""


def oxigraph_row(data: bytes, path: str | None) -> Row:
    """Load into a pyoxigraph store (memory or disk); best of three runs per query."""
    store = ox.Store(path) if path else ox.Store()
    load, _ = timed(lambda: store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES))
    times, answers = {}, {}
    for name, query in QUERIES.items():
        runs = [
            timed(lambda q=query: frozenset(r[0].value for r in store.query(q)))  # type: ignore[index, union-attr]
            for _ in range(3)
        ]
        times[name], answers[name] = min(t for t, _ in runs), runs[0][1]
    return load, times, answers, len(store)  # type: ignore[return-value]


def rdflib_row(data: bytes) -> Row:
    """Load into an rdflib in-memory graph; one run per query (they take long)."""
    graph = rdflib.Graph()
    load, _ = timed(lambda: graph.parse(data=data, format="nt"))
    times, answers = {}, {}
    for name, query in QUERIES.items():
        times[name], answers[name] = timed(
            lambda q=query: frozenset(str(r[0]) for r in graph.query(q))  # type: ignore[index]
        )
    return load, times, answers, len(graph)  # type: ignore[return-value]


def main() -> None:
    """Print load and query times per store and size, and the ratios to rdflib."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--skip-rdflib-above", type=int, default=None)
    args = parser.parse_args()
    for size in args.sizes:
        data = ("\n".join(triples(size)) + "\n").encode()
        with tempfile.TemporaryDirectory() as disk:
            rows = {"pyoxigraph memory": oxigraph_row(data, None)}
            rows["pyoxigraph disk"] = oxigraph_row(data, disk)
            if args.skip_rdflib_above is None or size <= args.skip_rdflib_above:
                rows["rdflib memory"] = rdflib_row(data)
        for name in QUERIES:
            assert len({row[2][name] for row in rows.values()}) == 1, f"stores disagree: {name}"
        print(f"{rows['pyoxigraph memory'][3]} triples")
        for store, (load, times, _, _) in rows.items():
            queries = "  ".join(f"{q} query {t * 1000:9.1f} ms" for q, t in times.items())
            print(f"  {store:18s} load {load:7.2f} s  {queries}")
        if "rdflib memory" in rows:
            base = rows["rdflib memory"]
            for store in ("pyoxigraph memory", "pyoxigraph disk"):
                load, times = rows[store][:2]
                ratios = ", ".join(f"{q} query {base[1][q] / times[q]:.0f}x" for q in QUERIES)
                print(f"  rdflib / {store}: load {base[0] / load:.1f}x, {ratios}")


if __name__ == "__main__":
    main()
