"""Mint stable IRIs for entities: the one place where identifiers are made.

An IRI never contains raw text: it is a slug plus a short hash of a normalized key,
so the same real thing gets the same IRI in every article, and hostile text
cannot break Turtle, TriG or JSON-LD.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from slugify import slugify

BASE = "https://w3id.org/ecograph/id/"

# Kinds of IRI, by category: a Place and an Organisation named alike stay apart.
_KIND = {
    "Organisation": "org",
    "Place": "place",
    "Person": "person",
    "Sector": "sector",
    "Date": "date",
    "Figure": "figure",
    "Event": "event",
}


@lru_cache(maxsize=65536)  # called for the same words again and again by the rules
def fold(text: str) -> str:
    """Fold case, accents, hyphens and spacing: 'Saint-Malo' and 'saint malo' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for mark in "-‐‑–—'’_.":
        plain = plain.replace(mark, " ")
    return " ".join(plain.split())


def mint_iri(kind: str, key: str) -> str:
    """Return ``BASE/kind/slug-hash`` for a normalized key."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    slug = slugify(key, max_length=48, word_boundary=True) or "x"
    return f"{BASE}{kind}/{slug}-{digest}"


def entity_iri(
    category: str,
    fine_type: str,
    name: str,
    *,
    links: dict[str, str] | None = None,
    value: object = None,
    article_id: str,
) -> str:
    """Return the IRI of an entity: gazetteer ids first, then a folded name key.

    Places with a GeoNames id or a country code are keyed by it; dates, figures
    and events are local to their article (a figure of one article is not the
    same fact as an equal figure of another).
    """
    links = links or {}
    kind = _KIND.get(category, "thing")
    if category == "Place" and links.get("geonames"):
        return mint_iri(kind, f"geonames:{links['geonames']}")
    if category == "Place" and links.get("iso3166"):
        return mint_iri(kind, f"iso3166:{links['iso3166']}")
    if category == "Date" and value:
        # A normalized date is the same date in every article; an unresolved one is not.
        return mint_iri(kind, f"value:{value}")
    if category in ("Date", "Figure", "Event"):
        return mint_iri(kind, f"{article_id}|{fine_type}|{fold(name)}")
    if category in ("Organisation", "Person", "Place"):
        # The same key as `linking.org_key` without a country: linking an entity that
        # nothing else claims leaves its IRI unchanged.
        return mint_iri(kind, f"{fine_type}|{fold(name)}")
    return mint_iri(kind, fold(name))
