"""Every named query on a hand-made graph that follows the RDF contract.

The graph is built at test time from `tests/data/query/records.jsonl` (two short
French articles written for these tests; all firms and people in them are
invented) by `ecograph.graph.build_dataset`, so it is what the mapping writes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from ecograph.errors import QueryError
from ecograph.graph import build_dataset, write_graph_files
from ecograph.query import Source, named_queries, open_source, run_named, to_dataframe
from ecograph.records import Record

DATA = Path(__file__).parent / "data" / "query"
LYON = "https://w3id.org/ecograph/id/place/geonames-2996944-5c4a048d27"


def build_fixture(folder: Path) -> tuple[Path, Path]:
    """Write the fixture graph as graph.trig, graph.ttl (merged) and an Oxigraph store folder."""
    lines = (DATA / "records.jsonl").read_text(encoding="utf-8").splitlines()
    records = [Record.from_dict(json.loads(line)) for line in lines]
    trig = folder / "graph.trig"
    write_graph_files(build_dataset(records), folder, formats=("trig", "ttl"))
    store_dir = folder / "store"
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return trig, store_dir


@pytest.fixture(scope="module")
def fixture_paths(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_fixture(tmp_path_factory.mktemp("query"))


@pytest.fixture(scope="module", params=["graph.trig", "store", "graph.ttl"])
def source(request: pytest.FixtureRequest, fixture_paths: tuple[Path, Path]) -> Source:
    trig, store_dir = fixture_paths
    if request.param == "store":
        return open_source(store=store_dir)
    return open_source(graph=trig.with_name(request.param))


def pick(rows: list[dict[str, Any]], *keys: str) -> set[tuple[Any, ...]]:
    return {tuple(row[k] for k in keys) for row in rows}


def test_query_named_files_declare_description_and_projected_params() -> None:
    queries = named_queries()
    assert len(queries) >= 10
    for query in queries.values():
        assert query.text.startswith("# ") and query.description
        head = re.search(r"SELECT(.*?)WHERE", query.text, re.S)
        assert head, f"{query.name} is not a SELECT"
        for param in query.params:
            # pyoxigraph binds only variables of the projection.
            assert re.search(rf"\?{param.name}\b", head[1]), (query.name, param.name)


def test_query_named_partners_by_name_any_case_with_status_and_date(source: Source) -> None:
    rows = run_named(source, "partners", entity="lyon")
    assert pick(rows, "partner", "kind", "status", "date") == {
        ("Porto", "partnership", "signed", "2024-09"),
        ("Leipzig", "partnership", "under_discussion", None),
    }


def test_query_named_partners_by_iri_and_contacts(source: Source) -> None:
    by_iri = run_named(source, "partners", entity=f"<{LYON}>")
    assert {r["partner"] for r in by_iri} == {"Porto", "Leipzig"}
    contacts = run_named(source, "partners", entity="Kestrel Labs")
    assert pick(contacts, "partner", "kind", "status") == {
        ("Agence Rhône Invest", "contact", "in_progress")
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {("mission", "Montréal"), ("visit", "Lyon"), ("mission", "Leipzig")}),
        ({"destination": "montréal"}, {("mission", "Montréal")}),
        ({"since": "2025"}, {("visit", "Lyon"), ("mission", "Leipzig")}),
        ({"until": "2024-06"}, {("mission", "Montréal")}),
        ({"since": "2024-06-05", "until": "2024-06-05"}, {("mission", "Montréal")}),
        ({"since": "2025-03", "destination": "Lyon"}, set()),
        ({"since": "2026"}, set()),
    ],
)
def test_query_named_missions_by_destination_and_period(
    source: Source, params: dict[str, str], expected: set[tuple[str, str]]
) -> None:
    assert pick(run_named(source, "missions", **params), "kind", "place") == expected


def test_query_named_missions_give_participants_origin_and_status(source: Source) -> None:
    (montreal,) = run_named(source, "missions", destination="Montréal")
    assert {"Hydrolia", "Vertiga"} <= set(montreal["participants"].split(", "))
    assert (montreal["status"], montreal["date"]) == ("done", "2024-06-03/2024-06-06")
    (visit,) = run_named(source, "missions", destination="Lyon")
    assert (visit["origin"], visit["status"]) == ("Leipzig", "planned")


@pytest.mark.parametrize(
    ("sector", "expected"),
    [
        ("J62", {("Kestrel Labs", "logiciel", "J62"), ("Vertiga", "logiciel", "J62")}),
        ("j", {("Kestrel Labs", "logiciel", "J62"), ("Vertiga", "logiciel", "J62")}),
        ("EAU", {("Hydrolia", "eau", "E36")}),
        ("coworking", set()),
    ],
)
def test_query_named_companies_by_sector(
    source: Source, sector: str, expected: set[tuple[str, str, str]]
) -> None:
    rows = run_named(source, "companies-by-sector", sector=sector)
    assert pick(rows, "company", "activity", "nace") == expected


def test_query_named_companies_by_country_directly_or_through_their_city(source: Source) -> None:
    # Lyon (GeoNames) lies in France by the gazetteer even though no article says so.
    assert pick(run_named(source, "companies-by-country"), "company", "land", "located_in") == {
        ("Kestrel Labs", "Allemagne", "Allemagne"),
        ("Vertiga", "Portugal", "Porto"),
        ("Hydrolia", "France", "Lyon"),
    }
    assert [
        r["company"] for r in run_named(source, "companies-by-country", country="portugal")
    ] == ["Vertiga"]


def test_query_named_establishments_merge_statuses_of_both_articles(source: Source) -> None:
    (row,) = run_named(source, "establishments", place="Lyon")
    assert row["organisation"] == "Kestrel Labs"
    assert set(row["status"].split(", ")) == {"planned", "in_progress"}
    assert (row["articles"], row["from_country"]) == (2, "Allemagne")
    assert {r["settles_in"] for r in run_named(source, "establishments")} == {"Lyon", "Montréal"}


def test_query_named_people_and_roles(source: Source) -> None:
    expected = {("Claire Dumas", "maire", "Lyon")}
    assert pick(run_named(source, "people"), "name", "role", "organisation") == expected
    assert pick(run_named(source, "people", person="claire dumas"), "name", "role") == {
        ("Claire Dumas", "maire")
    }
    assert run_named(source, "people", at="Porto") == []


def test_query_named_figures_direct_and_through_events(source: Source) -> None:
    assert pick(run_named(source, "figures", entity="Kestrel Labs"), "value", "unit", "about") == {
        (15, "emploi", "Kestrel Labs")
    }
    rows = run_named(source, "figures", entity="Vertiga")
    assert pick(rows, "value", "unit", "qualifier") == {
        (1200, "client", None),
        (30, "participant", "approx"),
    }


def test_query_named_provenance_gives_article_sentence_and_offsets(source: Source) -> None:
    rows = run_named(source, "provenance", subject="Kestrel Labs", relation="establishes_in")
    assert {r["article"].rsplit("/", 1)[1] for r in rows} == {"qa1", "qb2"}
    evidence = {
        (rel["evidence"]["text"], rel["evidence"]["start"], rel["evidence"]["end"])
        for line in (DATA / "records.jsonl").read_text(encoding="utf-8").splitlines()
        for rel in json.loads(line)["relations"]
    }
    for row in rows:
        assert (row["sentence"], row["start"], row["end"]) in evidence
        assert (row["to"], row["property"], row["rule"]) == ("Lyon", "establishesIn", "fixture")
    assert run_named(source, "provenance", relation="acquires") == []


def test_query_named_most_mentioned_counts_articles(source: Source) -> None:
    rows = run_named(source, "most-mentioned")
    top = {r["name"] for r in rows if r["articles"] == 2}
    assert top == {"Lyon", "Leipzig", "Kestrel Labs", "Allemagne"}
    assert rows[0]["articles"] == 2 and rows[-1]["articles"] == 1
    assert {r["kind"] for r in rows} <= {"Organisation", "Place", "Person", "Sector"}
    orgs = run_named(source, "most-mentioned", category="organisation")
    assert {r["type"] for r in orgs} == {"Company", "Agency", "PublicBody"}


def test_query_named_changes_keep_new_facts_only(source: Source) -> None:
    later = pick(
        run_named(source, "changes", period_a="2024", period_b="2025"), "from", "property", "to"
    )
    assert ("partenariat Lyon Leipzig", "party", "Lyon") in later
    assert ("délégation de Leipzig", "origin", "Leipzig") in later  # event dated 2025
    assert ("Kestrel Labs", "establishesIn", "Lyon") not in later  # told in both periods
    earlier = pick(
        run_named(source, "changes", period_a="2025", period_b="2024"), "from", "property", "to"
    )
    assert ("partenariat Lyon Porto", "party", "Porto") in earlier
    assert ("Kestrel Labs", "establishesIn", "Lyon") not in earlier


def test_query_named_search_by_part_of_a_name(source: Source) -> None:
    assert pick(run_named(source, "search", text="LAB"), "name", "type", "articles") == {
        ("Kestrel Labs", "Company", 2)
    }


@pytest.mark.parametrize(
    ("name", "params", "column", "expected"),
    [
        ("missions", {"destination": "MONTREAL"}, "place", {"Montréal"}),
        ("partners", {"entity": "agence rhone-invest"}, "partner", {"Kestrel Labs"}),
        ("partners", {"entity": "Kestrel  labs"}, "partner", {"Agence Rhône Invest"}),
        ("companies-by-country", {"country": "ALLEMAGNE"}, "company", {"Kestrel Labs"}),
        ("search", {"text": "rhone inv"}, "name", {"Agence Rhône Invest"}),
    ],
)
def test_query_named_names_match_without_case_accents_or_hyphens(
    source: Source, name: str, params: dict[str, str], column: str, expected: set[str]
) -> None:
    assert {row[column] for row in run_named(source, name, **params)} == expected


def test_query_named_parameter_is_a_value_not_query_text(source: Source) -> None:
    hostile = 'x")) } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER(("'
    assert run_named(source, "search", text=hostile) == []
    assert run_named(source, "partners", entity="lyon")  # the graph is untouched


def test_query_named_unknown_name_or_param_or_missing_param(source: Source) -> None:
    with pytest.raises(QueryError, match="no named query 'partner'"):
        run_named(source, "partner", entity="Lyon")
    with pytest.raises(QueryError, match="has no parameter 'city'"):
        run_named(source, "partners", city="Lyon")
    with pytest.raises(QueryError, match="needs --param entity"):
        run_named(source, "partners")


def test_query_named_rows_to_dataframe_uses_pandas_when_installed(
    source: Source, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    rows = run_named(source, "people")
    fake = types.ModuleType("pandas")
    fake.DataFrame = types.SimpleNamespace(from_records=lambda r: ("frame", r))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pandas", fake)
    assert to_dataframe(rows) == ("frame", rows)
    monkeypatch.setitem(sys.modules, "pandas", None)  # import fails
    with pytest.raises(QueryError, match="pandas is not installed"):
        to_dataframe(rows)
