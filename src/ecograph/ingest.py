"""Read a corpus (folders, .txt/.md/.html files, .jsonl dumps) into `Article` records.

Problems never stop the run: each unusable file or line becomes exactly one
`InputError` handed to the `on_error` callback, and reading goes on with the
rest. Notes that skip nothing are `InputWarning`s (`is_warning = True`): a
duplicate article (`DuplicateArticle`, read once), text that does not look
French, a publication date that cannot be read. Callers count only errors
whose `is_warning` is false as skipped input.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from slugify import slugify

from ecograph.corpus_walk import walk
from ecograph.errors import DuplicateArticle, InputError, InputWarning, NoInputError
from ecograph.readers import JSONL_SUFFIXES, Draft, read_file
from ecograph.records import Article
from ecograph.textcheck import FIX_DATE, french_share, iso_date, looks_french

# C0 and C1 controls except tab and newline, DEL, and stray byte-order marks
# (left in the middle of files that were concatenated).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
# Old line and page breaks (pdftotext puts a form feed between pages) become
# newlines, so that the words on either side stay apart.
_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x85", "\n"))
# Terminal colour codes (ESC [ ... m) pasted from a console: drop them whole,
# not just the ESC, or "[31m" would be left in the text.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
# Lone surrogates can come from JSON ("\ud800") and cannot be encoded.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Ids become IRIs (`.../article/<id>`): anything else is slugged and hashed.
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")

ErrorHandler = Callable[[InputError], None]


def normalize_text(text: str) -> str:
    """Return `text` in NFC with control characters removed and newlines unified."""
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", _ANSI.sub("", text)))
    return unicodedata.normalize("NFC", text)


def content_hash(text: str) -> str:
    """Return the sha256 hex digest of the normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
        id=safe_id(article_id, digest),
        text=text,
        source=normalize_text(source),
        sha256=digest,
        title=(" ".join(normalize_text(title).split()) or None) if title else None,
        published=published,
        encoding=encoding,
    )


def safe_id(candidate: str | None, digest: str) -> str:
    """Return `candidate` if it is IRI-safe, else its slug plus a hash prefix (or the hash)."""
    if candidate and _SAFE_ID.fullmatch(candidate):
        return candidate
    slug = slugify(candidate or "", max_length=40)
    return f"{slug}-{digest[:8]}" if slug else digest[:16]


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield corpus files under `paths` (recursively for folders), in a stable order."""
    yield from walk(paths, on_error=lambda error: None)


def count_articles(paths: Iterable[Path]) -> int:
    """Return about how many articles `paths` hold: one per file, one per .jsonl line.

    For the progress bar only: JSONL lines are counted, not parsed (bad lines count).
    """
    return sum(
        _count_lines(p) if p.suffix.lower() in JSONL_SUFFIXES else 1 for p in iter_files(paths)
    )


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip())
    except OSError:
        return 1  # reading it will report the problem


def read_corpus(paths: Iterable[Path], *, on_error: ErrorHandler) -> Iterator[Article]:
    """Yield every article under `paths` once; report unusable input through `on_error`.

    Raises `NoInputError` at the end if not a single article was found (marked
    `reported` when an input was already reported as skipped).
    """
    paths = list(paths)
    seen: dict[str, str] = {}
    ids: set[str] = set()
    skipped: list[InputError] = []

    def report(error: InputError) -> None:
        if not error.is_warning:
            skipped.append(error)
        on_error(error)

    for path in walk(paths, on_error=report):
        yield from _read_path(path, seen, ids, report)
    if not seen:
        where = ", ".join(str(p) for p in paths) or "no path"
        raise NoInputError(
            f"no article found in {where}",
            fix="give .txt, .md, .html or .jsonl files",
            reported=bool(skipped),
        )


def _read_path(
    path: Path, seen: dict[str, str], ids: set[str], on_error: ErrorHandler
) -> Iterator[Article]:
    """Yield the new articles of one file; each problem goes to `on_error` once."""
    try:
        for draft in read_file(path, on_error):
            try:
                article = _accept(draft, seen, ids, on_error)
            except InputError as e:
                on_error(e)
                continue
            if article is not None:
                yield article
    except InputError as e:
        on_error(e)


def _accept(
    draft: Draft, seen: dict[str, str], ids: set[str], on_error: ErrorHandler
) -> Article | None:
    """Turn a draft into an article, or report why not; remember it for duplicates."""
    article = make_article(
        draft.text,
        source=draft.source,
        article_id=draft.article_id,
        title=draft.title,
        encoding=draft.encoding,
    )
    if not any(c.isalpha() for c in article.text):
        raise InputError(draft.where, "no words in the text", fix="check the file is an article")
    if article.sha256 in seen:
        on_error(
            DuplicateArticle(
                draft.where,
                f"duplicate of {seen[article.sha256]}",
                fix="read once; remove one copy",
            )
        )
        return None
    if not looks_french(article.text):
        share = f"{french_share(article.text):.0%}"
        on_error(
            InputWarning(
                draft.where,
                f"does not look like French ({share} French words)",
                fix="ecograph reads French; check the file",
            )
        )
    seen[article.sha256] = draft.where
    if article.id in ids:
        # Two files called a.txt in two folders: the second gets the hash suffix.
        article = replace(article, id=f"{article.id}-{article.sha256[:8]}")
    ids.add(article.id)
    return replace(article, published=_published(draft, on_error))


def _published(draft: Draft, on_error: ErrorHandler) -> str | None:
    if draft.published is None:
        return None
    value = iso_date(draft.published)
    if value is None:
        reason = f"publication date {draft.published!r} not understood; left empty"
        on_error(InputWarning(draft.where, reason, fix=FIX_DATE))
    return value
