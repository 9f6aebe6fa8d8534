"""First drawn frame of the HTML map in chromium: ecograph's map against pyvis's default.

For synthetic graphs of 200, 2,000 and 5,000 entity nodes (invented names, about 1.5
edges per node, evidence on half the edges) this writes two pages from the same
networkx graph: ours (`ecograph.viz.write_map`: layout computed in Python above 300
nodes, physics off) and pyvis's default output (physics on, default options), made
offline-fair by inlining vis-network (`cdn_resources="in_line"`; its Bootstrap link is
blocked like every other request). Each page opens in Debian's chromium with all
network requests refused; the time of the first canvas drawing call (fill/fillText,
patched before the page runs) is read from `performance.now()`, and "interactive" is
the page time at which it answers a script call after that first frame (both
measured from navigation start).
Target: our 2,000-node map interactive within 5 s.

Run: .venv/bin/python bench/bench_map.py [--sizes 200 2000 5000] [--timeout 180]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from playwright.sync_api import Playwright, sync_playwright
from pyvis.network import Network

from ecograph.viz import read_network, write_map

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ECO = "https://w3id.org/ecograph/ontology#"
ID = "https://w3id.org/ecograph/id/bench/"
TYPES = (
    ("Company", "Organisation", 30),
    ("City", "Place", 15),
    ("Country", "Place", 3),
    ("PublicBody", "Organisation", 8),
    ("Person", "Person", 15),
    ("Sector", "Sector", 4),
    ("Mission", "Event", 8),
    ("Date", "Date", 8),
    ("Figure", "Figure", 9),
)
RELATIONS = ("inContactWith", "locatedIn", "participant", "hasSector", "establishesIn")
# Record the first drawing call on any canvas, before the page's own scripts run.
FIRST_DRAW = """
for (const name of ['fill', 'fillText', 'stroke']) {
  const original = CanvasRenderingContext2D.prototype[name];
  CanvasRenderingContext2D.prototype[name] = function (...args) {
    if (window.__firstDraw === undefined) window.__firstDraw = performance.now();
    return original.apply(this, args);
  };
}
"""


def synthetic_store(n: int, *, seed: int = 1) -> ox.Store:
    """An RDF store of `n` entities following the ecograph contract."""
    rng = random.Random(seed)
    graph = nx.barabasi_albert_graph(n, 1, seed=seed)
    graph.add_edges_from((rng.randrange(n), rng.randrange(n)) for _ in range(n // 2))
    kinds = rng.choices(TYPES, weights=[w for *_, w in TYPES], k=n)
    store, quads = ox.Store(), []
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    node = [ox.NamedNode(f"{ID}{i}") for i in range(n)]
    articles = [ox.NamedNode(f"https://w3id.org/ecograph/article/b{a}") for a in range(n // 4)]
    for i, (fine, category, _) in enumerate(kinds):
        quads += [
            ox.Quad(node[i], rdf_type, ox.NamedNode(ECO + fine)),
            ox.Quad(node[i], rdf_type, ox.NamedNode(ECO + category)),
            ox.Quad(node[i], label, ox.Literal(f"{fine} {i}", language="fr")),
        ]
        for article in rng.sample(articles, min(len(articles), 1 + int(rng.expovariate(0.7)))):
            quads.append(ox.Quad(article, ox.NamedNode(ECO + "mentions"), node[i]))
    for u, v in graph.edges():
        if u != v:
            quads += _relation(node[u], node[v], rng.choice(RELATIONS), rng, articles)
    store.extend(quads)
    return store


def _relation(
    s: ox.NamedNode, o: ox.NamedNode, prop: str, rng: random.Random, articles: list[ox.NamedNode]
) -> list[ox.Quad]:
    p = ox.NamedNode(ECO + prop)
    quads = [ox.Quad(s, p, o)]
    if rng.random() < 0.5:
        a = ox.BlankNode()
        rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        quads += [
            ox.Quad(a, ox.NamedNode(rdf + "type"), ox.NamedNode(ECO + "Assertion")),
            ox.Quad(a, ox.NamedNode(rdf + "subject"), s),
            ox.Quad(a, ox.NamedNode(rdf + "predicate"), p),
            ox.Quad(a, ox.NamedNode(rdf + "object"), o),
            ox.Quad(
                a,
                ox.NamedNode(ECO + "evidenceText"),
                ox.Literal("Une phrase d'appui inventée pour le banc d'essai."),
            ),
            ox.Quad(
                a, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), rng.choice(articles)
            ),
        ]
    return quads


def pyvis_default(store: ox.Store, out: Path) -> None:
    """pyvis's default page for the same graph, with vis-network inlined (physics on)."""
    graph = read_network(store)
    net = Network(directed=True, cdn_resources="in_line")  # directed: skips an O(E²) check
    for iri, data in graph.nodes(data=True):
        net.add_node(iri, label=data["label"])
    for u, v, key in graph.edges(keys=True):
        net.add_edge(u, v, title=key)
    out.write_text(net.generate_html(), encoding="utf-8")


def first_frame(playwright: Playwright, page_path: Path, *, timeout: float) -> tuple[float, float]:
    """Open a page offline in a fresh browser; return (first drawing, interactive), in seconds.

    A fresh browser each time: a page still laying out after a timeout must not slow
    the next measurement down.
    """
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.add_init_script(FIRST_DRAW)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(page_path.as_uri(), wait_until="commit", timeout=timeout * 1000)
        page.wait_for_function("window.__firstDraw !== undefined", timeout=timeout * 1000)
        drawn = page.evaluate("window.__firstDraw") / 1000
        # answered only once the page's main thread is free again after that frame
        return drawn, page.evaluate("performance.now()") / 1000
    except Exception:  # a timeout: report it as a lower bound
        return float("inf"), float("inf")
    finally:
        browser.close()


def show(seconds: float, timeout: float) -> str:
    return f"> {timeout:.0f} s" if seconds == float("inf") else f"{seconds:6.2f} s"


def main() -> None:
    """Build, open and time both pages for each size; print times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 5000])
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_map_"))
    print(
        f"{'nodes':>6} {'edges':>6} | {'build ours':>10} | {'ours: 1st frame':>15} "
        f"{'interactive':>11} | {'pyvis: 1st frame':>16} {'interactive':>11} | ratio"
    )
    with sync_playwright() as playwright:
        for n in args.sizes:
            store = synthetic_store(n)
            began = time.perf_counter()
            summary = write_map(store, folder / f"ours_{n}.html")
            build = time.perf_counter() - began
            pyvis_default(store, folder / f"pyvis_{n}.html")
            ours = first_frame(playwright, folder / f"ours_{n}.html", timeout=args.timeout)
            theirs = first_frame(playwright, folder / f"pyvis_{n}.html", timeout=args.timeout)
            ratio = theirs[1] / ours[1]
            bound = ">= " if theirs[1] == float("inf") else ""
            shown = f"{bound}{args.timeout / ours[1]:.1f}x" if bound else f"{ratio:.1f}x"
            print(
                f"{summary.nodes:>6} {summary.edges:>6} | {build:8.2f} s | "
                f"{show(ours[0], args.timeout):>15} {show(ours[1], args.timeout):>11} | "
                f"{show(theirs[0], args.timeout):>16} {show(theirs[1], args.timeout):>11} | "
                f"pyvis/ours {shown}",
                flush=True,
            )
            if n == 2000:
                verdict = "OK" if ours[1] <= 5.0 else "TOO SLOW"
                print(f"        target: 2,000 nodes interactive within 5 s -> {verdict}")


if __name__ == "__main__":
    main()
