"""eco_places: type places from gazetteers, add demonyms, city periphrases and "la Ville".

Every place mention gets ``label_`` City / Country / Region / Department (or the
generic Place when no gazetteer knows it: eco_orgs may still turn it into an
organisation), and attributes ``name`` (canonical, the form the article writes),
``links`` (``geonames`` id, ``iso3166`` code), ``key`` (one per real place) and
``country`` (alpha-2 code). Added mentions:

- gentilés: 'investisseurs coréens' -> Corée du Sud, 'clients berlinois' -> Berlin;
- periphrases: 'la capitale des Gaules' -> Lyon, 'la Ville rose' -> Toulouse;
- 'la Ville' / 'la ville' -> the city most mentioned in the article,
  'la ville italienne' -> the most mentioned Italian city;
- gazetteer names the model missed after a place preposition ('à Gap');
- places no gazetteer knows, from their context: 'installée à Belval', 'à Sophia
  Antipolis, sur la commune de Valbonne', a commune's shape 'à Saint-Jean-de-Braye'.
"""

from __future__ import annotations

from spacy.attrs import IS_TITLE, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ecograph.gazetteer import PlaceInfo, demonym_target, lookup_place, periphrases
from ecograph.gazetteer.lexicons import demonym_forms
from ecograph.gazetteer.places import warm_up
from ecograph.nlp.place_rules import (
    CONTRACTED,
    add_place,
    country_of_adjective,
    covered,
    demonym_use,
    is_language,
    local_place,
    most_mentioned,
    province_or_place,
    specifies,
    unify_names,
)
from ecograph.nlp.place_sites import add_dateline_places, add_sites, add_towns_of_firms
from ecograph.nlp.spans import SPANS_KEY, add_entity, attrs, entity_spans, remove_entities

# Prepositions after which a capitalized known name is a place ('à Gap', 'en Corse').
PLACE_PREPOSITIONS = {"à", "À", "A", "en", "En", "au", "aux", "vers", "depuis", "jusqu'à"}
PLACE_LABELS = ("City", "Country", "Region", "Department", "Place")
# Country names that are also first names need a place preposition ('à Maurice').
FIRST_NAMES = {"Maurice", "Dominique", "Salvador", "Grenade"}


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
        add_dateline_places(doc)
        add_sites(doc)
        # Read by column: tolist() of the 2-D array would make one list per token.
        columns = doc.to_array([IS_TITLE, LOWER])
        titles = columns[:, 0].nonzero()[0].tolist()
        lowers = columns[:, 1].tolist()
        self.add_missed_places(doc, titles)
        add_towns_of_firms(doc, titles, lowers)
        demonyms = self.demonyms
        self.add_demonyms(doc, [i for i, lower in enumerate(lowers) if lower in demonyms])
        self.add_periphrases(doc)
        ville = self.ville
        self.add_city_in_focus(doc, [i for i, lower in enumerate(lowers) if lower == ville])
        unify_names(doc)
        return doc

    def type_model_places(self, doc: Doc) -> None:
        """Type the model's places from the gazetteers; drop the ones no gazetteer knows.

        Unknown names tagged as places are mostly brands, buildings or misreadings
        (eco_orgs reads ``doc.ents`` to claim the brands among them).
        """
        drop: list[Span] = []
        add: list[tuple[int, int, PlaceInfo, str]] = []
        for span in entity_spans(doc):
            if not (span.label_ == "Place" or _person_at_place(doc, span)):
                continue  # the cheap test first: reading attributes is slow
            if attrs(span).get("rule") != "model":
                continue
            start = span.start + (1 if span[0].pos_ == "DET" else 0)
            info = province_or_place(doc, start, doc[start : span.end].text)
            if info is None and span.label_ == "Person":
                continue
            drop.append(span)
            if info is not None:
                add.append((start, span.end, info, "gazetteer"))
            elif (local := local_place(doc, span)) is not None:
                add.append((span.start, span.end, local, "local"))
        remove_entities(doc, drop)  # before adding: a re-typed span may share a reference
        for start, end, place, rule in add:
            add_place(doc, start, end, place, name=place.name, rule=rule)

    def add_missed_places(self, doc: Doc, titles: list[int]) -> None:
        """Add known countries anywhere and known places after a place preposition."""
        taken = covered(doc)
        for i in titles:
            token = doc[i]
            if i in taken:
                continue
            info = province_or_place(doc, token.i, token.text)
            if info is None or (token.i + 1 < len(doc) and doc[token.i + 1].is_title):
                continue
            after_prep = token.i > 0 and doc[token.i - 1].text in PLACE_PREPOSITIONS
            # 'du Havre', 'des Sables-d'Olonne': a contracted article of the city's name.
            contracted = token.i > 0 and doc[token.i - 1].lower_ in CONTRACTED
            after_prep = after_prep or (contracted and info.name != token.text)
            if (info.type == "Country" and token.text not in FIRST_NAMES) or after_prep:
                add_place(doc, token.i, token.i + 1, info, name=info.name, rule="gazetteer")

    def add_demonyms(self, doc: Doc, found: list[int]) -> None:
        """'norvégiennes' -> Norvège: a gentilé is a mention of its country (or city)."""
        # 'l'allemand Brauer' tagged PER as a whole: a lower-case first word is no name.
        taken = covered(doc) - {s.start for s in entity_spans(doc) if s[0].is_lower}
        for i in found:
            token = doc[i]
            target = demonym_target(token.text)
            if target is None or token.i in taken:
                continue
            if is_language(doc, token.i) or not demonym_use(doc, token.i):
                continue
            info = lookup_place(target)
            if info is not None:
                add_place(doc, token.i, token.i + 1, info, name=info.name, rule="demonym")

    def add_periphrases(self, doc: Doc) -> None:
        """'la Ville rose' -> Toulouse; 'la capitale girondine' is Bordeaux, not the Gironde."""
        for match_id, start, end in self.periphrases(doc):
            city = periphrases()[doc.vocab.strings[match_id]]
            info = lookup_place(city)
            if info is not None:
                inside = [s for s in entity_spans(doc) if start <= s.start and s.end <= end]
                remove_entities(doc, [s for s in inside if s.label_ in PLACE_LABELS])
                add_place(doc, start, end, info, name=city, rule="periphrasis")

    def add_city_in_focus(self, doc: Doc, villes: list[int]) -> None:
        """'la Ville' is the article's main city; 'la ville italienne' its main Italian city."""
        cities = [s for s in entity_spans(doc) if s.label_ == "City"] if villes else []
        if not cities:
            return
        taken = covered(doc)
        for i in villes:
            token = doc[i]
            if i == 0 or doc[i - 1].lower_ not in ("la", "cette"):
                continue
            if token.i in taken:  # 'la Ville rose' is already a periphrasis
                continue
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            country = country_of_adjective(nxt)
            if nxt is not None and country is None and specifies(nxt):
                continue
            focus = most_mentioned(cities, country=country)
            if focus is not None:
                end = token.i + (2 if country else 1)
                data = dict(attrs(focus), rule="city-in-focus")
                add_entity(doc, token.i - 1, end, "City", **data)


def _person_at_place(doc: Doc, span: Span) -> bool:
    """'à Nancy' tagged as a person: one known place name after a place preposition."""
    if span.label_ != "Person" or len(span) != 1 or span.start == 0:
        return False
    return doc[span.start - 1].text in PLACE_PREPOSITIONS and lookup_place(span.text) is not None


@Language.factory("eco_places")
def make_places(nlp: Language, name: str) -> PlaceTyper:
    """Create the place typer (gazetteers are loaded here, once)."""
    return PlaceTyper(nlp)
