"""Take the main text and metadata out of a saved web page, with trafilatura.

Menus, footers, scripts and comments are dropped; what remains is the text the
extraction offsets refer to. The module is not called `html` so that it never
shadows the standard library's `html` for a script run from this folder.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True, slots=True)
class PageText:
    """The main text of a web page with its title and publication date (ISO) when found."""

    text: str
    title: str | None = None
    published: str | None = None


def extract_page(html: str, *, url: str | None = None) -> PageText | None:
    """Return the main text and metadata of `html`, or None when it has no readable text."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    if document is None:
        return None
    text = (getattr(document, "text", None) or "").strip()
    if not text:
        return None
    return PageText(
        text=text,
        title=_clean(getattr(document, "title", None)),
        published=_clean(getattr(document, "date", None)),
    )


def _clean(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
