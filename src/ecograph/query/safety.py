"""Read-only guard: classify a SPARQL text and refuse updates, SERVICE and LOAD.

The scan is lexical, done the way a SPARQL lexer reads: strings, IRIs, comments,
variables and prefixed names are removed left to right, so a keyword hidden in
a string (`"SERVICE"`), an IRI (`<x:SERVICE>`) or a comment never counts, and a
keyword written as a real keyword always does, in any case.
"""

from __future__ import annotations

import re

from ecograph.errors import QueryError

_NOT_KEYWORDS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings first: they may hold quotes
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'  # IRIREF: no space inside, so `?a < ?b` stays an operator
    r"|#[^\n\r]*"  # comment
    r"|[?$][^\s(){}\[\],;.=<>!|&+*/^\"']+"  # variable
    r"|@[A-Za-z][A-Za-z0-9-]*"  # language tag
    r"|[^\s(){}\[\],;=<>!|&+*/^\"'#?$]*:[^\s(){}\[\],;=<>!|&+*/^\"'#]*",  # prefixed name, _:b
    re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z]+")

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)


def keywords(text: str) -> list[str]:
    """Return the keywords of a SPARQL text, upper-cased, in order."""
    bare = _NOT_KEYWORDS.sub(" ", text)
    return [w.upper() for w in _WORD.findall(bare)]


def query_form(text: str) -> str | None:
    """Return SELECT, ASK, CONSTRUCT or DESCRIBE, the update keyword, or None."""
    for word in keywords(text):
        if word not in ("BASE", "PREFIX"):
            return word if word in QUERY_FORMS or word in UPDATE_KEYWORDS else None
    return None


def check_query(text: str, *, allow_service: bool = False) -> str | None:
    """Raise QueryError for an update, or SERVICE/LOAD unless allowed; return the form."""
    words = set(keywords(text))
    update = sorted(words & UPDATE_KEYWORDS)
    if update:
        raise QueryError(
            f"refused: {update[0]} is a SPARQL update and ecograph queries are read-only",
            fix="rebuild the graph with `ecograph run` instead of editing it",
        )
    if "SERVICE" in words and not allow_service:
        raise QueryError(
            "refused: SERVICE would send part of the query to another server",
            fix="pass --allow-service if you mean to federate",
        )
    return query_form(text)


_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


def syntax_message(text: str, error: Exception) -> str:
    """Turn a SyntaxError of pyoxigraph into one line: line, column, nearby text, what was expected.

    pyoxigraph reports the furthest point its parser reached, often the end of
    the query; rdflib's parser points at the start of the faulty clause, so it
    is asked first and pyoxigraph's position is the fallback.
    """
    located = _rdflib_location(text) or _oxigraph_location(error)
    if located is None:
        return "malformed query: " + " ".join(str(error).split())[:200]
    line, column, detail = located
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    near = source[max(column - 1, 0) :][:24].strip() or "end of line"
    if "Prefix not found" in detail:
        detail = "unknown prefix (declare it with PREFIX name: <iri>)"
    elif len(detail) > 120:
        detail = detail[:117] + "..."
    return f"malformed query at line {line}, column {column} (near {near!r}): {detail}"


def _oxigraph_location(error: Exception) -> tuple[int, int, str] | None:
    found = _POSITION.search(" ".join(str(error).split()))
    return (int(found[1]), int(found[2]), found[3]) if found else None


def _rdflib_location(text: str) -> tuple[int, int, str] | None:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except ParseBaseException as e:
        detail = " ".join(e.msg.split())
        # "Expected SelectQuery" names a whole grammar rule: no help to the reader.
        if re.fullmatch(r"Expected \{?(\w+Query[ |]*)+\}?", detail):
            detail = "not valid SPARQL from here on"
        return e.lineno, e.col, detail
    except Exception:  # rdflib chokes on what it does not know: keep pyoxigraph's word
        return None
    return None
