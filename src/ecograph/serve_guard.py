"""The guard of `ecograph serve`: SPARQL 1.1 Protocol requests checked, then passed to Oxigraph.

Queries (GET `?query=`, POST form or `application/sparql-query`) go through the
read-only check of `ecograph query`; updates, SERVICE (unless allowed) and any
write to the Graph Store Protocol get 403 with a one-line reason. Reads of the
Graph Store and Oxigraph's query page are passed through unchanged.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from ecograph.errors import QueryError
from ecograph.query.safety import check_query

QUERY_PATHS = ("/query", "/sparql")
READ_PATHS = ("/", "/store", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
_FORWARDED = ("Accept", "Content-Type", "Accept-Language")
_RETURNED = ("Content-Type", "Content-Disposition", "Vary")
_CANCELLED = b"The SPARQL operation has been cancelled"


def make_handler(
    backend: str, *, allow_service: bool, timeout: float
) -> type[BaseHTTPRequestHandler]:
    """Return a request handler class that guards the Oxigraph server at `backend`."""

    class Guard(BaseHTTPRequestHandler):
        server_version = "ecograph-sparql"

        def do_GET(self) -> None:
            path, query = _split(self.path)
            if path not in QUERY_PATHS + READ_PATHS:
                return self._refuse(404, f"no resource {path}: the SPARQL endpoint is /query")
            form = parse_qs(query)
            refusal = _refusal(form, allow_service) if path in QUERY_PATHS else None
            if refusal:
                return self._refuse(*refusal)
            self._forward("GET", path, query, None)

        do_HEAD = do_GET

        def do_POST(self) -> None:
            path, query = _split(self.path)
            if path not in QUERY_PATHS:
                return self._refuse(403, "read-only endpoint: only queries are accepted")
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            text = body.decode("utf-8", errors="replace")
            if kind == "application/sparql-query":
                form = {"query": [text]}
            elif kind == "application/x-www-form-urlencoded":
                form = parse_qs(text)
            else:  # application/sparql-update, or anything else
                form = {"update": [kind]}
            refusal = _refusal(form, allow_service)
            if refusal:
                return self._refuse(*refusal)
            self._forward("POST", path, query, body)

        def do_PUT(self) -> None:
            self._refuse(403, "read-only endpoint: the store cannot be changed")

        do_DELETE = do_PATCH = do_PUT

        def _forward(self, method: str, path: str, query: str, body: bytes | None) -> None:
            target = f"{backend}{'/query' if path in QUERY_PATHS else path}"
            request = urllib.request.Request(
                target + (f"?{query}" if query else ""), body, method=method
            )
            for name in _FORWARDED:
                if self.headers.get(name):
                    request.add_header(name, self.headers[name])
            try:
                with urllib.request.urlopen(request, timeout=timeout + 30) as answer:
                    data = answer.read()
            except urllib.error.HTTPError as e:
                return self._reply(e.code, e.headers, e.read())
            # Oxigraph streams: a query cut by its timeout ends a "200" body with this line.
            if data.rstrip().endswith(_CANCELLED):
                message = (
                    f"query stopped: it ran longer than {timeout:g} s (add LIMIT or narrow it)"
                )
                return self._refuse(503, message)
            self._reply(answer.status, answer.headers, data)

        def _reply(self, status: int, headers: object, data: bytes) -> None:
            self.send_response(status)
            for name in _RETURNED:
                value = headers.get(name)  # type: ignore[attr-defined]
                if value:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def _refuse(self, status: int, message: str) -> None:
            data = (message + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the endpoint does not log every request to the terminal."""

    return Guard


def _refusal(form: dict[str, list[str]], allow_service: bool) -> tuple[int, str] | None:
    """Return (status, reason) when the request must not reach the server, else None."""
    if form.get("update"):
        return 403, "read-only endpoint: SPARQL updates are refused"
    texts = form.get("query", [])
    if len(texts) != 1:
        return 400, "give exactly one query parameter"
    try:
        check_query(texts[0], allow_service=allow_service)
    except QueryError as e:
        return 403, str(e)
    return None


def _split(raw: str) -> tuple[str, str]:
    parts = urlsplit(raw)
    return parts.path or "/", parts.query
