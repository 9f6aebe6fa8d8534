"""Generate `src/ecograph/namespaces.py` from `ontology/ecograph.ttl`.

The ontology is the single source of its terms: every IRI of the eco:
namespace that the file types (class or property) becomes an attribute of a
closed rdflib `DefinedNamespace`, so `ECO.locatedIn` works and `ECO.locatedln`
raises. The output is deterministic (no date), so `--check` can tell whether
the committed module is in sync.

Example:
    .venv/bin/python scripts/gen_namespaces.py          # rewrite the module
    .venv/bin/python scripts/gen_namespaces.py --check  # exit 1 when stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "ecograph.ttl"
OUTPUT = ROOT / "src" / "ecograph" / "namespaces.py"
ECO_NS = "https://w3id.org/ecograph/ontology#"

HEADER = '''"""Closed namespaces and IRI bases of ecograph: GENERATED, do not edit.

Regenerate with `.venv/bin/python scripts/gen_namespaces.py` after changing
`ontology/ecograph.ttl`; `tests/test_ontology.py` fails when they disagree.
`ECO` is closed (`_fail = True`): a misspelt term raises AttributeError.
"""

from __future__ import annotations

from rdflib.namespace import (
    DCTERMS,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

SCHEMA = SDO
ARTICLE = Namespace("https://w3id.org/ecograph/article/")
GRAPH = Namespace("https://w3id.org/ecograph/graph/")
ID = Namespace("https://w3id.org/ecograph/id/")
WD = Namespace("http://www.wikidata.org/entity/")


class OA(DefinedNamespace):
    """W3C Web Annotation terms ecograph uses (rdflib ships no OA namespace)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    end: URIRef
    exact: URIRef
    hasSelector: URIRef
    hasSource: URIRef
    hasTarget: URIRef
    start: URIRef


'''

FOOTER = """

__all__ = [
    "ARTICLE",
    "DCTERMS",
    "ECO",
    "GRAPH",
    "ID",
    "OA",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SDO",
    "SH",
    "SKOS",
    "TIME",
    "WD",
    "XSD",
]
"""


def ontology_terms(graph: Graph) -> dict[str, str]:
    """Return {local name: English label} for every typed term of the eco: namespace."""
    terms: dict[str, str] = {}
    for subject in set(graph.subjects(RDF.type, None)):
        if isinstance(subject, URIRef) and str(subject).startswith(ECO_NS):
            name = str(subject)[len(ECO_NS) :]
            if name:
                terms[name] = _english_label(graph, subject)
    return terms


def _english_label(graph: Graph, term: URIRef) -> str:
    labels = [o for o in graph.objects(term, RDFS.label) if isinstance(o, Literal)]
    english = [str(o) for o in labels if o.language == "en"]
    return " ".join((english or [str(o) for o in labels] or [""])[0].split())


def render(terms: dict[str, str]) -> str:
    """Return the text of namespaces.py for these terms: classes first, then properties."""
    classes = sorted(n for n in terms if n[0].isupper())
    properties = sorted(n for n in terms if not n[0].isupper())
    lines = [
        "class ECO(DefinedNamespace):",
        '    """The ecograph ontology: every class and property of ontology/ecograph.ttl."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{ECO_NS}")',
        "",
        "    # classes",
        *(_line(n, terms[n]) for n in classes),
        "",
        "    # properties",
        *(_line(n, terms[n]) for n in properties),
    ]
    return HEADER + "\n".join(lines) + "\n" + FOOTER


def _line(name: str, label: str) -> str:
    return f"    {name}: URIRef  # {label}" if label else f"    {name}: URIRef"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the generated module; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    parser.add_argument("--ontology", type=Path, default=ONTOLOGY)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render(ontology_terms(Graph().parse(args.ontology, format="turtle")))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run scripts/gen_namespaces.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
