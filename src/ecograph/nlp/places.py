"""eco_places: type places from gazetteers, add demonyms, city periphrases and "la Ville".

Every place mention gets ``label_`` City / Country / Region / Department (or the
generic Place when no gazetteer knows it: eco_orgs may still turn it into an
organisation), and attributes ``name`` (canonical, the form the article writes),
``links`` (``geonames`` id, ``iso3166`` code), ``key`` (one per real place) and
``country`` (alpha-2 code). Added mentions:

- gentilés: 'délégations chinoises' -> Chine, 'entreprises londoniennes' -> Londres;
- periphrases: 'la cité phocéenne' -> Marseille, 'la Ville rose' -> Toulouse;
- 'la Ville' / 'la ville' -> the city most mentioned in the article,
  'la ville italienne' -> the most mentioned Italian city;
- gazetteer names the model missed after a place preposition ('à Gap').
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.attrs import IS_TITLE, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ecograph.gazetteer import PlaceInfo, demonym_target, lookup_place, periphrases
from ecograph.gazetteer.lexicons import demonym_forms
from ecograph.gazetteer.places import warm_up
from ecograph.nlp.spans import SPANS_KEY, add_entity, attrs, entity_spans, remove_entities

PLACE_TYPES = ("City", "Country", "Region", "Department", "Place")
# Prepositions after which a capitalized known name is a place ('à Gap', 'en Corse').
PLACE_PREPOSITIONS = {"à", "À", "A", "en", "En", "au", "aux", "vers", "depuis", "jusqu'à"}
NOUN_DETERMINERS = {"les", "le", "la", "l'", "l’", "des", "aux", "un", "une", "deux", "trois"}
# Country names that are also first names need a place preposition ('à Maurice').
FIRST_NAMES = {"Maurice", "Dominique", "Salvador", "Grenade"}
# Words that head a designation, not a place, when the model tags them alone.
BARE_DESIGNATORS = {"région", "département", "métropole", "ville", "mairie", "commune", "état"}
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


class PlaceTyper:
    """Type the model's places and add the place mentions it cannot see."""

    def __init__(self, nlp: Language) -> None:
        warm_up()
        self.periphrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in periphrases():
            self.periphrases.add(phrase, [nlp.make_doc(phrase)])
        # Hashes of lower-case forms, to scan a doc as an int array instead of Token objects.
        self.demonyms = {nlp.vocab.strings.add(w.lower()) for w in demonym_forms()}
        self.ville = nlp.vocab.strings.add("ville")

    def __call__(self, doc: Doc) -> Doc:
        if SPANS_KEY not in doc.spans:
            doc.spans[SPANS_KEY] = []
        self.type_model_places(doc)
        rows = doc.to_array([IS_TITLE, LOWER]).tolist()
        self.add_missed_places(doc, [i for i, row in enumerate(rows) if row[0]])
        self.add_demonyms(doc, [i for i, row in enumerate(rows) if row[1] in self.demonyms])
        self.add_periphrases(doc)
        self.add_city_in_focus(doc, [i for i, row in enumerate(rows) if row[1] == self.ville])
        drop_shadowed(doc)
        unify_names(doc)
        return doc

    def type_model_places(self, doc: Doc) -> None:
        """Look every model place up; drop the ones that are plainly not names."""
        drop: list[Span] = []
        for span in entity_spans(doc):
            if span.label_ != "Place" or attrs(span).get("rule") != "model":
                continue
            drop.append(span)
            start = span.start + (1 if span[0].pos_ == "DET" else 0)
            text = doc[start : span.end].text
            info = lookup_place(text)
            if info is not None:
                add_place(doc, start, span.end, info, name=info.name, rule="gazetteer")
            elif start < span.end and not _not_a_name(doc[start : span.end]):
                add_entity(doc, start, span.end, "Place", name=text, rule="model")
        remove_entities(doc, drop)

    def add_missed_places(self, doc: Doc, titles: list[int]) -> None:
        """Add known countries anywhere and known places after a place preposition."""
        covered = _covered(doc)
        for i in titles:
            token = doc[i]
            if i in covered:
                continue
            info = lookup_place(token.text)
            if info is None or (token.i + 1 < len(doc) and doc[token.i + 1].is_title):
                continue
            after_prep = token.i > 0 and doc[token.i - 1].text in PLACE_PREPOSITIONS
            if (info.type == "Country" and token.text not in FIRST_NAMES) or after_prep:
                add_place(doc, token.i, token.i + 1, info, name=info.name, rule="gazetteer")

    def add_demonyms(self, doc: Doc, found: list[int]) -> None:
        """'israéliennes' -> Israël: a gentilé is a mention of its country (or city)."""
        covered = _covered(doc)
        for i in found:
            token = doc[i]
            target = demonym_target(token.text)
            if target is None or token.i in covered:
                continue
            if _is_language(doc, token.i) or not _demonym_use(doc, token.i):
                continue
            info = lookup_place(target)
            if info is not None:
                add_place(doc, token.i, token.i + 1, info, name=info.name, rule="demonym")

    def add_periphrases(self, doc: Doc) -> None:
        """'la cité phocéenne' -> Marseille."""
        for match_id, start, end in self.periphrases(doc):
            city = periphrases()[doc.vocab.strings[match_id]]
            info = lookup_place(city)
            if info is not None:
                add_place(doc, start, end, info, name=city, rule="periphrasis")

    def add_city_in_focus(self, doc: Doc, villes: list[int]) -> None:
        """'la Ville' is the article's main city; 'la ville italienne' its main Italian city."""
        cities = [s for s in entity_spans(doc) if s.label_ == "City"] if villes else []
        if not cities:
            return
        covered = _covered(doc)
        for i in villes:
            token = doc[i]
            if i == 0 or doc[i - 1].lower_ not in ("la", "cette"):
                continue
            if token.i in covered:  # 'la Ville rose' is already a periphrasis
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            country = _country_of_adjective(nxt)
            if nxt is not None and country is None and _specifies(nxt):
                continue
            focus = _most_mentioned(cities, country=country)
            if focus is not None:
                end = token.i + (2 if country else 1)
                data = dict(attrs(focus), rule="city-in-focus")
                add_entity(doc, token.i - 1, end, "City", **data)


def _not_a_name(span: Span) -> bool:
    """A sentence-initial verb ('Terminé les ...') or a bare 'Région' is not a place."""
    if span.root.pos_ in ("VERB", "AUX", "ADJ", "ADV", "PRON"):
        return True
    if not any(t.text[:1].isupper() for t in span):
        return True
    return len(span) == 1 and span[0].lower_ in BARE_DESIGNATORS


def _demonym_use(doc: Doc, i: int) -> bool:
    """Lower case is an adjective; a capital needs an article ('les Chinois', not 'Breton')."""
    if doc[i].text[:1].islower():
        return True
    return i > 0 and doc[i - 1].lower_ in NOUN_DETERMINERS


def _is_language(doc: Doc, i: int) -> bool:
    """'en anglais', 'le français est...': the language, not the country ('le belge X' is)."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after_title = i + 1 < len(doc) and doc[i + 1].is_title
    return before == "en" or (before in ("le", "du") and not after_title)


def _covered(doc: Doc) -> set[int]:
    """Token indices already inside an entity mention."""
    return {i for span in entity_spans(doc) for i in range(span.start, span.end)}


def _country_of_adjective(token: Any) -> str | None:
    """'italienne' -> 'IT' (the country code of a gentilé), else None."""
    target = demonym_target(token.text) if token is not None else None
    info = lookup_place(target) if target else None
    return info.country if info is not None and info.type == "Country" else None


def _specifies(token: Any) -> bool:
    """True when the word after 'ville' names another place ('la ville de Lyon', 'voisine')."""
    return bool(token.lower_ in NOT_FOCUS_NEXT or token.pos_ in ("ADJ", "PROPN", "NOUN"))


def _most_mentioned(cities: list[Span], *, country: str | None) -> Span | None:
    """The city with the most mentions (first mentioned on ties), optionally in `country`."""
    pool = [s for s in cities if country is None or attrs(s).get("country") == country]
    if not pool:
        return None
    counts = Counter(attrs(s)["key"] for s in pool)
    best = max(counts.values())
    return next(s for s in pool if counts[attrs(s)["key"]] == best)


def drop_shadowed(doc: Doc) -> None:
    """Drop unknown model places overlapping a typed place ('La capitale girondine')."""
    spans = entity_spans(doc)
    typed = [s for s in spans if s.label_ in PLACE_TYPES[:-1]]
    generic = [s for s in spans if s.label_ == "Place"]
    shadowed = [g for g in generic if any(t.start < g.end and g.start < t.end for t in typed)]
    if shadowed:
        remove_entities(doc, shadowed)


def unify_names(doc: Doc) -> None:
    """Give every mention of one place the name the article first writes for it."""
    names: dict[str, str] = {}
    for span in entity_spans(doc):
        data = attrs(span)
        if span.label_ in PLACE_TYPES and data.get("rule") == "gazetteer":
            names.setdefault(data["key"], data["name"])
    for span in entity_spans(doc):
        data = attrs(span)
        if span.label_ in PLACE_TYPES and data.get("key") in names:
            data["name"] = names[data["key"]]


@Language.factory("eco_places")
def make_places(nlp: Language, name: str) -> PlaceTyper:
    """Create the place typer (gazetteers are loaded here, once)."""
    return PlaceTyper(nlp)
