"""Helpers of eco_places: place attributes, small French context tests, name unification."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span

from ecograph.gazetteer import PlaceInfo, demonym_target, lookup_place
from ecograph.nlp.spans import add_entity, attrs, entity_spans

PLACE_TYPES = ("City", "Country", "Region", "Department", "Place")
# 'au Havre' = 'à Le Havre', 'des Sables-d'Olonne' = 'de Les Sables-d'Olonne'.
CONTRACTED = {"au": "Le", "du": "Le", "aux": "Les", "des": "Les"}
# 'installée à X', 'basé à X': where a company is set up is a place.
SITED = {"installé", "installée", "installés", "installées", "basé", "basée", "basés", "basées"}
SITED |= {"implanté", "implantée", "implantés", "implantées", "situé", "située", "situés"}
SITED |= {"situées", "domicilié", "domiciliée"}
# 'à X, sur la commune de Y': X is a place inside the commune Y.
COMMUNE_WORDS = ("sur la commune", "dans la commune", "commune de")
# French commune names: 'Saint-Jean-de-Braye', 'Villeneuve-lès-Avignon', 'Bourg-la-Reine'.
COMMUNE_SHAPE = re.compile(
    r"^(?:Saint|Sainte|Le|La|Les|Notre-Dame)-\w|-(?:sur|sous|en|lès|lez|le|la|les|de|du|des|d['’])-?\w"
)
# 'Le Havre' tagged without its article: the article is part of the city's name.
ARTICLES = {**CONTRACTED, "le": "Le", "la": "La", "les": "Les"}
NOUN_DETERMINERS = {"les", "le", "la", "l'", "l’", "des", "aux", "un", "une", "deux", "trois"}
# 'la ville' refers to another place when followed by these ('la ville de Lyon').
NOT_FOCUS_NEXT = {"de", "d'", "d’", "du", "des", "natale", "voisine", "nouvelle", "même"}


def place_attrs(info: PlaceInfo, *, name: str, rule: str) -> dict[str, Any]:
    """Return the attribute dict of a place mention known to a gazetteer."""
    links = dict(info.links)
    key = next((f"{k}:{v}" for k, v in sorted(links.items()) if k == "geonames"), None)
    key = key or next((f"{k}:{v}" for k, v in links.items()), None) or f"{info.type}:{name}"
    return {"name": name, "links": links, "key": key, "country": info.country, "rule": rule}


def add_place(doc: Doc, start: int, end: int, info: PlaceInfo, *, name: str, rule: str) -> Span:
    """Add a typed place mention over tokens ``doc[start:end]``."""
    return add_entity(doc, start, end, info.type, **place_attrs(info, name=name, rule=rule))


def demonym_use(doc: Doc, i: int) -> bool:
    """Lower case is an adjective; a capital needs an article ('les Chinois', not 'Breton')."""
    if doc[i].text[:1].islower():
        return True
    return i > 0 and doc[i - 1].lower_ in NOUN_DETERMINERS


def is_language(doc: Doc, i: int) -> bool:
    """'en anglais', 'le français est...': the language, not the country ('le belge X' is)."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after_title = i + 1 < len(doc) and doc[i + 1].is_title
    return before == "en" or (before in ("le", "du") and not after_title)


def covered(doc: Doc) -> set[int]:
    """Token indices already inside an entity mention."""
    return {i for span in entity_spans(doc) for i in range(span.start, span.end)}


def country_of_adjective(token: Any) -> str | None:
    """'italienne' -> 'IT' (the country code of a gentilé), else None."""
    target = demonym_target(token.text) if token is not None else None
    info = lookup_place(target) if target else None
    return info.country if info is not None and info.type == "Country" else None


def specifies(token: Any) -> bool:
    """True when the word after 'ville' names another place ('la ville de Lyon', 'voisine')."""
    return bool(token.lower_ in NOT_FOCUS_NEXT or token.pos_ in ("ADJ", "PROPN", "NOUN"))


def most_mentioned(cities: list[Span], *, country: str | None) -> Span | None:
    """The city with the most mentions (first mentioned on ties), optionally in `country`."""
    pool = [s for s in cities if country is None or attrs(s).get("country") == country]
    if not pool:
        return None
    counts = Counter(attrs(s)["key"] for s in pool)
    best = max(counts.values())
    return next(s for s in pool if counts[attrs(s)["key"]] == best)


def unify_names(doc: Doc) -> None:
    """Give every mention of one place the name the article first writes for it."""
    names: dict[str, str] = {}
    # Reading a span's attributes is slow in spaCy: only the places' are read.
    places = [s for s in entity_spans(doc) if s.label_ in PLACE_TYPES]
    for span in places:
        data = attrs(span)
        if data.get("rule") == "gazetteer":
            names.setdefault(data["key"], data["name"])
    for span in places:
        data = attrs(span)
        if data.get("key") in names:
            data["name"] = names[data["key"]]


def province_or_place(doc: Doc, start: int, text: str) -> PlaceInfo | None:
    """Look `text` up; 'au Québec', 'du Québec' (an article before a city name) is a region.

    French puts no article before a city name, so an article shows the homonymous
    province or state ('au Québec', 'du Mexique' is a country anyway), unless the
    article belongs to the city's name ('au Havre' is 'Le Havre').
    """
    info = lookup_place(text)
    article = ARTICLES.get(doc[start - 1].lower_) if start > 0 else None
    if article is not None and (info is None or info.type == "City"):
        # 'au Havre', 'du Mans': the article of 'Le Havre' contracted with the preposition.
        city = lookup_place(f"{article} {text}")
        if city is not None and city.type == "City" and (info is None or city.links == info.links):
            return city
    if info is None or info.type != "City" or start == 0:
        return info
    if doc[start - 1].lower_ in ("au", "du", "le"):
        return PlaceInfo(info.name, "Region", {}, info.country)
    return info


def local_place(doc: Doc, span: Span) -> PlaceInfo | None:
    """A place no gazetteer knows, from its context after 'à' (else None).

    'à Saint-Jean-de-Braye' has a French commune's shape (a town); 'installée à
    Belval', 'à Sophia Antipolis, sur la commune de Valbonne' name a place.
    """
    start, text = span.start, span.text
    if start == 0 or doc[start - 1].lower_ != "à" or not text[:1].isupper():
        return None
    if COMMUNE_SHAPE.search(text):
        return PlaceInfo(text, "City", {}, "FR")
    after = doc[span.end : span.end + 5].text.lower()
    sited = start > 1 and doc[start - 2].lower_ in SITED
    if sited or after.lstrip(", ").startswith(COMMUNE_WORDS):
        return PlaceInfo(text, "Place", {}, None)
    return None
