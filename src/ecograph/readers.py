"""Read one corpus file of each supported format into raw article drafts.

A reader turns bytes into `Draft`s (text not yet normalized) and raises
`InputError` for a file it cannot use at all; a JSONL reader reports each bad
line through `on_error` and goes on. `ingest` normalizes drafts into articles.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ecograph.decode import Decoded, UndecodableError, decode_bytes, sniff_binary
from ecograph.errors import InputError, InputWarning
from ecograph.html_text import extract_page
from ecograph.text_head import read_head

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

FIX_BINARY = (
    "extract its text first (e.g. `pdftotext file.pdf file.txt`, or save as .txt/.html "
    "from the word processor), or remove it from the corpus"
)
FIX_IMAGE = "it is an image: run OCR on it (e.g. `tesseract`) and save the text as .txt"
FIX_ENCODING = "re-save the file as UTF-8 (any editor's 'Save as' offers it)"
FIX_EMPTY = "remove it or put the article text in it"
FIX_SPECIAL = "give ordinary files"

ErrorHandler = Callable[[InputError], None]


@dataclass(frozen=True, slots=True)
class Draft:
    """An article as read from a file, before normalization, with where it came from."""

    text: str
    where: str
    source: str
    encoding: str
    article_id: str | None = None
    title: str | None = None
    published: str | None = None


def read_file(path: Path, on_error: ErrorHandler) -> Iterator[Draft]:
    """Yield the drafts of one file of any supported format; raise `InputError` if unusable."""
    decoded = decode_file(path)
    if decoded.replaced:
        reason = f"{decoded.replaced} byte(s) not valid UTF-8 replaced by '\ufffd'; the rest read"
        on_error(InputWarning(str(path), reason, fix=FIX_ENCODING))
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(decoded, path, on_error)
    elif suffix in HTML_SUFFIXES:
        yield read_html(decoded, path)
    else:
        # Plain text has no metadata: a headline and a dateline at its head stand for it.
        title, published = read_head(decoded.text, markdown=suffix in MARKDOWN_SUFFIXES)
        yield Draft(
            decoded.text, str(path), str(path), decoded.encoding, path.stem, title, published
        )


def decode_file(path: Path) -> Decoded:
    """Read and decode a file, refusing binary, undecodable and empty files."""
    if path.exists() and not path.is_file():
        raise InputError(str(path), "not a regular file (pipe, socket or device)", fix=FIX_SPECIAL)
    try:
        data = path.read_bytes()
    except OSError as e:
        reason = f"cannot read ({e.strerror or type(e).__name__})"
        raise InputError(str(path), reason, fix="check that it exists and is readable") from e
    kind = sniff_binary(data)
    if kind:
        fix = FIX_IMAGE if kind.endswith("image") else FIX_BINARY
        raise InputError(str(path), f"binary file ({kind})", fix=fix)
    try:
        decoded = decode_bytes(data)
    except UndecodableError as e:
        raise InputError(str(path), f"undecodable text: {e}", fix=FIX_ENCODING) from e
    if not decoded.text.strip():
        reason = "empty file" if not data else "only whitespace"
        raise InputError(str(path), reason, fix=FIX_EMPTY)
    return decoded


def read_html(decoded: Decoded, path: Path) -> Draft:
    """Keep the main text of a web page, its title and its date."""
    page = extract_page(decoded.text)
    if page is None:
        raise InputError(
            str(path), "no main text found in the HTML page", fix="check it is an article page"
        )
    return Draft(
        page.text, str(path), str(path), decoded.encoding, path.stem, page.title, page.published
    )


def read_jsonl(decoded: Decoded, path: Path, on_error: ErrorHandler) -> Iterator[Draft]:
    """Yield one draft per good line (fields id, text, title, published, source)."""
    # Split on "\n" only: JSON strings may hold U+2028 that str.splitlines() would cut.
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield _jsonl_draft(line, where, decoded.encoding)
        except InputError as e:
            on_error(e)


def _jsonl_draft(line: str, where: str, encoding: str) -> Draft:
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as e:
        reason = f"broken JSON ({e.msg}: column {e.colno})"
        raise InputError(where, reason, fix="fix or remove the line") from e
    if not isinstance(data, dict):
        raise InputError(where, "not a JSON object", fix='write {"id": ..., "text": ...}')
    text = data.get("text")
    fix = "give each line a non-empty 'text' string"
    if text is None:
        raise InputError(where, "no 'text' field", fix=fix)
    if not isinstance(text, str):
        raise InputError(where, f"'text' must be a string, not {_json_kind(text)}", fix=fix)
    if not text.strip():
        raise InputError(where, "empty 'text'", fix=fix)
    return Draft(
        text=text,
        where=where,
        source=_scalar(data.get("source")) or where,
        encoding=encoding,
        article_id=_scalar(data.get("id")),
        title=_scalar(data.get("title")),
        published=_scalar(data.get("published") or data.get("date")),
    )


def _json_kind(value: object) -> str:
    """Name a JSON value's kind as a user sees it in the file."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"


def _scalar(value: object) -> str | None:
    """Return a JSON string or number as text; anything else (null, list, object) as None."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value).strip() or None
