"""End to end with the real model: `ecograph run` on corpus/ and the outputs it leaves.

The second article used for the incremental run is a short French text written for
this test (invented names).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from rdflib import Dataset

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SCHEMA = json.loads((ROOT / "src/ecograph/schema/record.schema.json").read_text())
OTHER_ARTICLE = (
    "La société grenobloise Brevalix (logiciel) ouvre un bureau à Lyon. "
    "Son directeur, Paul Ferrandi, a signé un partenariat avec la Ville de Lyon en mars 2019.\n"
)


def ecograph(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the real `ecograph` command line in a child process."""
    cmd = [sys.executable, "-m", "ecograph", *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)


def load_trig(path: Path) -> Dataset:
    dataset = Dataset()
    dataset.parse(path, format="trig")
    return dataset


def same_quads(one: Dataset, two: Dataset) -> bool:
    """Graphs without blank nodes are isomorphic exactly when their quads are equal."""
    return set(one.quads()) == set(two.quads())


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    result = ecograph("run", CORPUS, "--out", out, "--quiet")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return out


def test_e2e_run_writes_every_output(outputs: Path) -> None:
    for name in ("records.jsonl", "graph.trig", "graph.ttl", "map.html"):
        assert (outputs / name).stat().st_size > 0, name
    assert (outputs / "merges.jsonl").is_file()
    assert (outputs / "store").is_dir()


def test_e2e_records_match_the_schema_and_the_text(outputs: Path) -> None:
    lines = (outputs / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list(CORPUS.glob("*.txt")))
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, SCHEMA)
        text = Path(record["document"]["source"]).read_text(encoding="utf-8")
        ids = {e["id"] for e in record["entities"]}
        for entity in record["entities"]:
            for mention in entity["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        for relation in record["relations"]:
            assert {relation["subject"], relation["object"]} <= ids
            evidence = relation["evidence"]
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
        categories = {e["category"] for e in record["entities"]}
        assert {"Organisation", "Place", "Person"} <= categories


def test_e2e_graph_parses_has_one_graph_per_article_and_validates(outputs: Path) -> None:
    from ecograph.graph import validate

    dataset = load_trig(outputs / "graph.trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert any(n.startswith("https://w3id.org/ecograph/graph/") for n in names)
    conforms, report = validate(dataset)
    assert conforms, report[:2000]


def test_e2e_map_has_no_remote_reference(outputs: Path) -> None:
    html = (outputs / "map.html").read_text(encoding="utf-8")
    assert "<canvas" in html or "vis.Network" in html or "new vis" in html
    remote = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert remote == []
    assert "@import" not in html


def test_e2e_second_run_is_idempotent(outputs: Path, tmp_path: Path) -> None:
    before = load_trig(outputs / "graph.trig")
    result = ecograph("run", CORPUS, "--out", outputs, "--quiet")
    assert result.returncode == 0, result.stderr
    after = load_trig(outputs / "graph.trig")
    assert len(set(before.quads())) == len(set(after.quads()))
    assert same_quads(before, after)


def test_e2e_one_more_article_equals_all_at_once(tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "autre.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    step = tmp_path / "step"
    assert ecograph("run", CORPUS, "--out", step, "-q").returncode == 0
    assert ecograph("run", CORPUS, extra, "--out", step, "-q").returncode == 0
    once = tmp_path / "once"
    assert ecograph("run", CORPUS, extra, "--out", once, "-q").returncode == 0
    assert same_quads(load_trig(step / "graph.trig"), load_trig(once / "graph.trig"))


def test_e2e_same_city_in_two_articles_is_one_node_with_a_geonames_id(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "La société Brevalix ouvre un bureau à Lyon en mars 2021.\n", encoding="utf-8"
    )
    (corpus / "b.txt").write_text(
        "Le maire de Lyon a reçu une délégation venue de Montréal.\n", encoding="utf-8"
    )
    result = ecograph("extract", corpus, "--out", tmp_path / "out", "-q")
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "out/records.jsonl").read_text(encoding="utf-8").splitlines()
    cities = [[e for e in json.loads(line)["entities"] if e["name"] == "Lyon"] for line in lines]
    assert all(len(found) == 1 for found in cities), cities
    (one,), (two,) = cities
    assert one["id"] == two["id"]
    assert one["type"] == "City" and one["links"].get("geonames")
