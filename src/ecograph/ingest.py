"""Read a corpus (folders, .txt/.md files, .jsonl dumps) into `Article` records.

Problems never stop the run: each unusable file or line becomes one `InputError`
handed to the `on_error` callback, and reading goes on with the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ecograph.errors import InputError
from ecograph.records import Article

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES

# C0 controls except tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

ErrorHandler = Callable[[InputError], None]


def normalize_text(text: str) -> str:
    """Return `text` in NFC with C0 control characters removed and newlines unified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", text))


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of the normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield corpus files under `paths` (recursively for folders), in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
        else:
            yield path


def _wanted(path: Path) -> bool:
    return not path.name.startswith(".") and path.suffix.lower() in SUFFIXES


def make_article(
    text: str,
    *,
    source: str,
    article_id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    encoding: str = "utf-8",
) -> Article:
    """Build an `Article` from raw text: normalize it and derive its id and hash."""
    text = normalize_text(text)
    digest = content_hash(text)
    return Article(
        id=article_id or digest[:16],
        text=text,
        source=source,
        sha256=digest,
        title=title,
        published=published,
        encoding=encoding,
    )


def read_text_file(path: Path) -> Article:
    """Read one plain-text or Markdown article."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            str(path), "not valid UTF-8", fix="re-save the file as UTF-8"
        ) from e
    if not text.strip():
        raise InputError(str(path), "empty file", fix="remove it or add the article text")
    return make_article(text, source=str(path), article_id=path.stem)


def read_jsonl_file(path: Path, on_error: ErrorHandler) -> Iterator[Article]:
    """Yield one article per line of a JSONL dump (fields id, text, title, published, source)."""
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                on_error(InputError(where, f"broken JSON ({e.msg})", fix="fix or remove the line"))
                continue
            text = data.get("text") if isinstance(data, dict) else None
            if not isinstance(text, str) or not text.strip():
                on_error(
                    InputError(where, "no 'text' field", fix="give each line a non-empty 'text'")
                )
                continue
            yield make_article(
                text,
                source=str(data.get("source") or where),
                article_id=_opt_str(data.get("id")),
                title=_opt_str(data.get("title")),
                published=_opt_str(data.get("published")),
            )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def read_corpus(paths: Iterable[Path], *, on_error: ErrorHandler) -> Iterator[Article]:
    """Yield every article under `paths`; report unusable input through `on_error`."""
    for path in iter_files(paths):
        try:
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from read_jsonl_file(path, on_error)
            else:
                yield read_text_file(path)
        except InputError as e:
            on_error(e)
        except OSError as e:
            on_error(InputError(str(path), f"cannot read ({e.strerror})", fix="check the path"))
