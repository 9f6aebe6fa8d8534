"""End to end over bad, hostile and huge input, killed runs and reruns, as a user runs it.

The real CLI runs in a subprocess with the real model (slow tests, always run).
Every article text here is a short French text written for these tests (see
`tests/data/make_bad_corpus.py` for the committed fixtures); all names are invented.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from ecograph.extract import doc_to_record
from ecograph.graph import graph_iri, record_nquads, validate
from ecograph.ingest import make_article
from ecograph.namespaces import ECO
from test_ingest import BAD, READ, REFUSED, WARNED

ECOGRAPH = Path(sys.executable).with_name("ecograph")
EXIT_SKIPPED = 4
HOSTILE_NAME = '"><img src=x onerror=alert(2)>.txt'
HOSTILE_TEXT = (
    "Le groupe Marbrerie Vasseur, installé à Dijon, rachète un atelier à Beaune.\n\n"
    "L'opération, signée vendredi, porte l'effectif à 80 salariés.\n"
)
RAW_MARKUP = ("<img src=x onerror", '<script>alert("ecograph")', "<script>alert('titre')")

pytestmark = [pytest.mark.model, pytest.mark.slow]


def ecograph(*args: str | Path, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """Run the installed `ecograph` command and capture what it prints."""
    return subprocess.run(
        [str(ECOGRAPH), *map(str, args)], capture_output=True, text=True, timeout=timeout
    )


def records(out: Path) -> list[dict]:
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def dataset(path: Path) -> Dataset:
    return Dataset().parse(path, format="trig")


def named_graphs(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.fixture(scope="module")
def bad_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    """Run once over a copy of the bad corpus plus a file whose name is markup."""
    root = tmp_path_factory.mktemp("bad")
    corpus = root / "corpus"
    shutil.copytree(BAD, corpus)
    (corpus / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    out = root / "out"
    return corpus, out, ecograph("run", corpus, "--out", out, "--quiet")


def test_robust_bad_corpus_runs_to_the_end_without_traceback(bad_run) -> None:
    _, out, proc = bad_run
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    for name in ("records.jsonl", "graph.trig", "graph.ttl", "map.html"):
        assert (out / name).stat().st_size > 0, name


def test_robust_each_problem_reported_once(bad_run) -> None:
    corpus, _, proc = bad_run
    lines = [line for line in proc.stderr.splitlines() if f"{corpus}/" in line]
    for where in [*REFUSED, *WARNED]:
        said = [line for line in lines if f"{corpus}/{where}: " in line]
        assert len(said) == 1, (where, said)
    assert len(lines) == len(REFUSED) + len(WARNED), lines
    skipped = re.search(r"inputs skipped\D*(\d+)", proc.stdout)
    assert skipped is not None and int(skipped.group(1)) == len(REFUSED)


def test_robust_every_good_article_is_extracted(bad_run) -> None:
    corpus, out, _ = bad_run
    documents = [r["document"] for r in records(out)]
    assert len(documents) == len(READ) + 1
    assert len({d["id"] for d in documents}) == len(documents)
    sources = {d["source"].removeprefix(f"{corpus}/") for d in documents}
    for where in READ:
        name = where.split(":")[0]
        assert any(s.startswith(name) for s in sources) or where == "depeches.jsonl:1", where
    assert "AFP" in sources and HOSTILE_NAME in sources


def test_robust_graph_parses_validates_and_has_one_node_per_article(bad_run) -> None:
    _, out, _ = bad_run
    ds = dataset(out / "graph.trig")
    ids = [r["document"]["id"] for r in records(out)]
    graphs = named_graphs(ds)
    assert {str(graph_iri(i)) for i in ids} <= set(graphs)
    articles = {s for s, _, _, _ in ds.quads((None, RDF.type, ECO.Article, None))}
    assert len(articles) == len(ids)
    Graph().parse(out / "graph.ttl", format="turtle")
    conforms, report = validate(ds)
    assert conforms, report


def test_robust_duplicate_article_is_one_node(bad_run) -> None:
    _, out, _ = bad_run
    ds = dataset(out / "graph.trig")
    copies = {
        s for s, _, o, _ in ds.quads((None, ECO.source, None, None)) if str(o).endswith("usine.txt")
    }
    assert len(copies) == 1


def test_robust_map_escapes_hostile_text(bad_run) -> None:
    _, out, _ = bad_run
    html = (out / "map.html").read_text(encoding="utf-8")
    for raw in RAW_MARKUP:
        assert raw not in html, raw
    # Not vacuous: the hostile sentence did reach the map, as escaped text.
    assert "onerror=alert(1)" in html


def test_robust_csv_export_neutralises_formulas(bad_run, tmp_path: Path) -> None:
    _, out, _ = bad_run
    proc = ecograph("export", "--format", "csv", "--graph", out / "graph.trig", "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    cells = []
    for name in ("nodes.csv", "edges.csv"):
        with (tmp_path / name).open(encoding="utf-8", newline="") as rows:
            cells += [cell for row in csv.reader(rows) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    # Not vacuous: sentences starting with = and + reached the export, neutralised.
    assert any(c.lstrip("'").startswith("=HYPERLINK") for c in cells)
    assert any(c.lstrip("'").startswith("+33 La société") for c in cells)


def test_robust_console_markup_in_input_is_printed_as_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = {"id": "a1", "text": HOSTILE_TEXT, "published": "[/] [bold]demain"}
    (corpus / "depeches.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    (corpus / "[bold]vide.txt").write_bytes(b"")
    proc = ecograph("extract", corpus, "--out", tmp_path / "out", "--format", "jsonl", "--quiet")
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    assert f"{corpus}/[bold]vide.txt: empty file" in proc.stderr
    assert "publication date '[/] [bold]demain' not understood" in proc.stderr
    assert len(records(tmp_path / "out")) == 1


def test_robust_rerun_on_same_corpus_gives_isomorphic_graph(bad_run, tmp_path: Path) -> None:
    corpus, out, _ = bad_run
    again = ecograph("run", corpus, "--out", tmp_path / "again", "--quiet")
    assert again.returncode == EXIT_SKIPPED, again.stderr
    first, second = (
        named_graphs(dataset(out / "graph.trig")),
        named_graphs(dataset(tmp_path / "again" / "graph.trig")),
    )
    assert set(first) == set(second)
    for name, graph in first.items():
        assert isomorphic(graph, second[name]), name
    assert isomorphic(
        Graph().parse(out / "graph.ttl"), Graph().parse(tmp_path / "again" / "graph.ttl")
    )


TOWNS = ("Rennes", "Brest", "Quimper", "Vannes", "Angers", "Tours", "Poitiers", "Limoges")
TRADES = ("fonderie", "biscuiterie", "imprimerie", "menuiserie", "tannerie", "verrerie")
PEOPLE = ("Anne Roux", "Louis Perrin", "Sarah Vidal", "Marc Giraud", "Julie Caron")


def write_corpus(folder: Path, count: int, *, offset: int = 0) -> None:
    """Write `count` short invented French business articles, each different."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(offset, offset + count):
        town, trade = TOWNS[n % len(TOWNS)], TRADES[n % len(TRADES)]
        person = PEOPLE[n % len(PEOPLE)]
        text = (
            f"La {trade} Atelier{n} s'agrandit à {town}.\n\n"
            f"L'entreprise Atelier{n}, installée à {town} depuis {1990 + n % 30}, investit "
            f"{n + 2} millions d'euros dans une nouvelle usine et embauchera {10 + n} salariés. "
            f"Sa dirigeante, {person}, a signé un accord avec la région Bretagne.\n\n"
            f"La société prévoit aussi une mission commerciale au Canada en mars {2020 + n % 6}.\n"
        )
        (folder / f"article_{n:03d}.txt").write_text(text, encoding="utf-8")


def snapshot(out: Path) -> dict[str, bytes]:
    return {
        n: (out / n).read_bytes() for n in ("records.jsonl", "graph.trig", "graph.ttl", "map.html")
    }


def test_robust_killed_run_leaves_previous_outputs_and_rerun_completes(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    write_corpus(corpus, 40)
    first = ecograph("run", corpus, "--out", out, "--quiet")
    assert first.returncode == 0, first.stderr
    before = snapshot(out)
    write_corpus(corpus, 60, offset=40)
    killed = subprocess.Popen(
        [str(ECOGRAPH), "run", str(corpus), "--out", str(out), "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert _wait_for_new_records(out, killed), "the run ended before it could be killed"
        killed.send_signal(signal.SIGKILL)
    finally:
        killed.wait(timeout=60)
    assert killed.returncode == -signal.SIGKILL
    leftover = _orphans(out)
    for pid in leftover:  # so a failure here does not leave them running
        os.kill(pid, signal.SIGKILL)
    assert leftover == [], "worker processes outlived the killed run"
    assert snapshot(out) == before
    assert len(records(out)) == 40
    rerun = ecograph("run", corpus, "--out", out, "--quiet")
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr
    assert len(records(out)) == 100
    assert len(named_graphs(dataset(out / "graph.trig"))) >= 100


def _orphans(out: Path, *, within: float = 10.0) -> list[int]:
    """Return the pids of processes still running on `out` once `within` seconds have passed."""
    deadline = time.monotonic() + within
    while True:
        alive = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if str(out).encode() in cmdline.read_bytes():
                    alive.append(int(cmdline.parent.name))
            except OSError:  # the process ended while we looked
                continue
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _wait_for_new_records(out: Path, process: subprocess.Popen[bytes]) -> bool:
    """Wait until the run is writing new records (a non-empty temporary file)."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if any(p.stat().st_size > 0 for p in out.glob(".*records*.tmp")):
            return True
        time.sleep(0.02)
    return False


def test_robust_huge_file_is_read_whole_in_pieces(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    # Plain prose, a named firm only every 40th paragraph: the model's work stays
    # modest while the text is over spaCy's 1,000,000-character limit.
    calm = "Le marché reste calme cette semaine et les prix évoluent peu selon les analystes."
    paragraphs = [
        f"La société Atelier{n} ouvre une usine à {TOWNS[n % len(TOWNS)]}." if n % 40 == 0 else calm
        for n in range(12500)
    ]
    text = "\n\n".join(paragraphs) + "\n\nEnfin, la fonderie Finale s'installe à Rennes.\n"
    assert len(text) > 1_000_000
    (corpus / "enorme.txt").write_text(text, encoding="utf-8")
    proc = ecograph("extract", corpus, "--out", out, "--format", "jsonl", "--quiet", timeout=1800)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (record,) = records(out)
    mentions = [m for e in record["entities"] for m in e["mentions"]]
    for mention in mentions:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    # Nothing cut: mentions are found up to the last paragraph.
    assert max(m["end"] for m in mentions) > len(text) - 100


# Pieces of French business text and of hostile input, mixed with any Unicode.
FRAGMENTS = (
    "La société",
    "Lenoir SAS",
    "ouvre une usine à",
    "Caen",
    "en mars 2021",
    "pour 12 millions d'euros.",
    "Son président, Hugo Ferrand,",
    "a signé un accord avec la région Normandie.",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '"guillemets" & <chevrons>',
    '=HYPERLINK("http://exemple.invalid")',
    "href=javascript:alert(1)",
    "\\u0000 \\n \\\\",
    "\u202eàl\u0301",
    "😀 \u200b \ufeff \x00 \x1b[31m \x85 \u2028",
    " ^^^ @@@ ",
    "\n\n",
)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map(
        " ".join
    ),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, title=st.none() | texts, source=texts, published=st.none() | st.dates())
def test_robust_random_text_through_extraction_and_graph(
    nlp, text: str, title: str | None, source: str, published: date | None
) -> None:
    article = make_article(
        text,
        source=source or "x",
        title=title,
        published=published.isoformat() if published else None,
    )
    record = doc_to_record(nlp(article.text), article)
    for entity in record.entities:
        for mention in entity.mentions:
            assert article.text[mention.start : mention.end] == mention.text
    nquads = record_nquads(record)
    ds = Dataset().parse(data=nquads, format="nquads")
    assert len(ds) > 0 or any(len(g) for g in ds.graphs())
    for quad in ds.quads((None, None, None, None)):
        for term in quad[:3]:
            if isinstance(term, URIRef):
                assert not set(str(term)) & set(' <>"{}|^`\\\n'), term
    # TriG written by rdflib reads back with the same number of triples. (Not
    # isomorphic: rdflib writes the decimal "0" as 0.0, another lexical form.)
    trig = ds.serialize(format="trig")
    again = Dataset().parse(data=trig, format="trig")
    assert len(again.graph(graph_iri(article.id))) == len(ds.graph(graph_iri(article.id)))
    conforms, report = validate(ds)
    assert conforms, report
