"""The query library: the read-only guard, parameter terms, syntax messages, formats, timeout.

Model-free; graphs are a few triples made here (invented IRIs).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rich.table import Table

from ecograph.errors import QueryError
from ecograph.query import Source, render, rows, run_query
from ecograph.query.library import parse_named
from ecograph.query.params import param_term, parse_params
from ecograph.query.safety import check_query, query_form, syntax_message

ECO = "https://w3id.org/ecograph/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture
def small() -> Source:
    store = ox.Store()
    graph = ox.NamedNode("https://w3id.org/ecograph/graph/t1")
    for i, name in enumerate(["Hydrolia", "Vertiga", "[bold]Crochet[/bold]"]):
        node = ox.NamedNode(f"https://w3id.org/ecograph/id/org/c{i}")
        store.add(
            ox.Quad(
                node,
                ox.NamedNode(f"{ECO}size"),
                ox.Literal(
                    str(i * 10), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
                ),
                graph,
            )
        )
        label = ox.Literal(name, language="fr")
        store.add(ox.Quad(node, ox.NamedNode(f"{SKOS}prefLabel"), label, graph))
    return Source("graph", Path("memory.trig"), store)


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX eco: <https://w3id.org/ecograph/ontology#>\ndelete where { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <http://g>",
        "CREATE GRAPH <http://g>",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "ADD DEFAULT TO <http://g>",
        "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <http://a> <http://b> 1 }",
    ],
)
def test_query_safety_refuses_updates(text: str) -> None:
    with pytest.raises(QueryError, match="read-only"):
        check_query(text)


def test_query_safety_refuses_service_unless_allowed() -> None:
    text = "SELECT * WHERE { service <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="--allow-service"):
        check_query(text)
    assert check_query(text, allow_service=True) == "SELECT"


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { ?s ?p "SERVICE INSERT" }',
        "SELECT * WHERE { ?s ?p '''LOAD\nDROP''' }",
        "SELECT * WHERE { ?s <http://x/SERVICE> ?o } # DELETE everything",
        "SELECT ?service ?insert WHERE { ?service ?insert ?load }",
        "PREFIX drop: <http://x/>\nSELECT * WHERE { ?s drop:load eco:delete }",
        'SELECT * WHERE { ?s ?p "x"@service }',
    ],
)
def test_query_safety_ignores_keywords_in_strings_iris_comments_and_names(text: str) -> None:
    assert check_query(text) == "SELECT"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("PREFIX a: <http://a/>\nBASE <http://b/>\nask { ?s ?p ?o }", "ASK"),
        ("# comment SELECT\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <http://a>", "DESCRIBE"),
        ("nonsense", None),
    ],
)
def test_query_safety_query_form(text: str, form: str | None) -> None:
    assert query_form(text) == form


def test_query_syntax_message_names_line_column_and_nearby_text() -> None:
    text = "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }"
    with pytest.raises(SyntaxError) as caught:
        ox.Store().query(text)
    message = syntax_message(text, caught.value)
    assert message.startswith("malformed query at line 3, column 3 (near 'FILTER(?o = ) }')")
    assert "\n" not in message


def test_query_run_malformed_query_is_one_query_error(small: Source) -> None:
    with pytest.raises(QueryError, match=r"line 1, column \d+") as caught:
        run_query(small, "SELECT ?s WHERE { ?s ?p }")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marseille", ox.Literal("Marseille")),
        ("Note: à revoir", ox.Literal("Note: à revoir")),
        ("<http://example.org/a>", ox.NamedNode("http://example.org/a")),
        (
            "https://w3id.org/ecograph/id/place/x",
            ox.NamedNode("https://w3id.org/ecograph/id/place/x"),
        ),
        ("eco:Company", ox.NamedNode(f"{ECO}Company")),
        ("unknown:thing", ox.Literal("unknown:thing")),
    ],
)
def test_query_param_term(value: str, expected: object) -> None:
    assert param_term(value) == expected


def test_query_param_parsing_and_bad_iri() -> None:
    assert parse_params(["city=Saint-Étienne", "?x=a=b"]) == {"city": "Saint-Étienne", "x": "a=b"}
    with pytest.raises(QueryError, match="key=value"):
        parse_params(["city"])
    with pytest.raises(QueryError, match="not a valid IRI"):
        param_term("<http://a b>")


def test_query_bound_parameter_must_be_projected(small: Source) -> None:
    assert rows(run_query(small, "SELECT ?s ?n WHERE { ?s eco:size ?n }", params={"n": "x"})) == []
    with pytest.raises(QueryError, match="SELECT clause"):
        run_query(small, "SELECT ?s WHERE { ?s eco:size ?n }", params={"n": "x"})


def test_query_rows_are_plain_python_values(small: Source) -> None:
    result = run_query(
        small, "SELECT ?name ?n WHERE { ?s skos:prefLabel ?name ; eco:size ?n } ORDER BY ?n"
    )
    assert rows(result) == [
        {"name": "Hydrolia", "n": 0},
        {"name": "Vertiga", "n": 10},
        {"name": "[bold]Crochet[/bold]", "n": 20},
    ]
    assert rows(run_query(small, "ASK { ?s eco:size 10 }")) == [{"boolean": True}]


def test_query_formats_csv_tsv_json_and_table(small: Source) -> None:
    result = run_query(small, "SELECT ?name WHERE { ?s skos:prefLabel ?name } ORDER BY ?name")
    text = render(result, "csv")
    assert isinstance(text, bytes)
    table = list(csv.reader(io.StringIO(text.decode())))
    assert table == [["name"], ["Hydrolia"], ["Vertiga"], ["[bold]Crochet[/bold]"]]
    tsv = render(result, "tsv")
    assert isinstance(tsv, bytes) and tsv.decode().splitlines()[1] == '"Hydrolia"@fr'
    data = json.loads(render(result, "json"))  # type: ignore[arg-type]
    assert data["head"]["vars"] == ["name"] and len(data["results"]["bindings"]) == 3
    grid = render(result, "table")
    assert isinstance(grid, Table) and grid.row_count == 3
    # Cell text is data: rich markup in a name is shown, never interpreted.
    cells = [str(c) for c in grid.columns[0].cells]
    assert "[bold]Crochet[/bold]" in cells


def test_query_formats_for_ask_and_construct(small: Source) -> None:
    assert render(run_query(small, "ASK { ?s eco:size 10 }"), "table") == b"yes\n"
    graph = run_query(small, "CONSTRUCT { ?s eco:size ?n } WHERE { ?s eco:size ?n }")
    turtle = render(graph, "turtle")
    assert isinstance(turtle, bytes) and b"eco:size" in turtle
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == 3
    with pytest.raises(QueryError, match="no CSV form"):
        render(graph, "csv")
    with pytest.raises(QueryError, match="unknown format"):
        render(graph, "xml")


def test_query_timeout_stops_a_long_query_in_a_child(small: Source) -> None:
    store = ox.Store()
    p = ox.NamedNode("http://example.org/p")
    store.extend(
        ox.Quad(ox.NamedNode(f"http://example.org/{i}"), p, ox.Literal(i)) for i in range(3000)
    )
    slow = Source("graph", Path("memory.trig"), store)
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    with pytest.raises(QueryError, match=r"stopped: it ran longer than 0\.5 s"):
        run_query(slow, cross, timeout=0.5)
    # The same machinery returns results when the query is quick.
    quick = run_query(small, "SELECT (COUNT(*) AS ?n) WHERE { ?s eco:size ?n2 }", timeout=30)
    assert rows(quick) == [{"n": 3}]


def test_query_named_header_parsing() -> None:
    header = "# Demo query\n# param: city the city\n# param: since? a date\n"
    query = parse_named("demo", header + "SELECT ?city ?since WHERE {}")
    assert query.description == "Demo query"
    assert [(p.name, p.required) for p in query.params] == [("city", True), ("since", False)]
    with pytest.raises(QueryError, match="no description"):
        parse_named("bare", "SELECT * WHERE {}")


def test_query_table_with_many_columns_shows_one_block_per_row(small: Source) -> None:
    names = " ".join(f"?c{i}" for i in range(9))
    binds = " ".join(f"BIND({i} AS ?c{i})" for i in range(9))
    result = run_query(small, f"SELECT ?name {names} WHERE {{ ?s skos:prefLabel ?name {binds} }}")
    grid = render(result, "table")
    assert isinstance(grid, Table)
    assert [c.header for c in grid.columns] == ["field", "value"]
    assert grid.row_count == 3 * 10 and grid.caption == "3 rows"
    fields = [str(c) for c in grid.columns[0].cells]
    assert fields[:2] == ["name", "c0"]
