"""eco_orgs: find and type organisations from designators, shape and context.

Types: Company, PublicBody, Agency, Chamber, Association, PoliticalParty, or
Organisation when nothing tells. Rules, in the order they claim tokens:

- designators that are part of the name: 'la Métropole Nice Côte d'Azur',
  'la Ville de Lyon', 'la chambre de commerce de Lille' (the place inside stays a place);
- names ending in an agency word or a legal form: 'Lorient Développement', 'Brevalix SAS';
- designators before the name: 'la société (israélienne) Brevalix', 'l'agence Atout Nord';
- names followed by a parenthesised activity: 'Brevalix (logistique), Corvane (santé)';
- party names and acronyms (LR, PS, ...), 'CCI...' acronyms, the model's own ORG spans;
- every later occurrence of a name found by a rule is the same organisation
  ('Métropole Nice Côte d'Azur' ... 'Nice Côte d'Azur a voté').

Attributes: ``name`` (canonical: designator included when it is part of the
name, first letter capitalized), ``rule``, and ``activity`` = (start_char,
end_char) of a parenthesised activity when there is one.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ecograph.gazetteer import demonym_target, lookup_place, party_name
from ecograph.gazetteer.lexicons import org_designators, party_forms
from ecograph.nlp.org_names import name_before, name_end, paren_activity
from ecograph.nlp.spans import add_entity, attrs, entity_spans, remove_entities

ORG_TYPES = ("Company", "PublicBody", "Agency", "Chamber", "Association", "PoliticalParty")
GENERIC = ("Organisation", "Place", "Person")
PLACE_TYPES = ("City", "Country", "Region", "Department")


class OrgTyper:
    """Claim organisation mentions from rules, over the model's guesses."""

    def __init__(self, nlp: Language) -> None:
        self.designators = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[str, tuple[str, str]] = {}
        for phrase, kind in org_designators().items():
            key = phrase.lower()
            self.kinds[key] = kind
            variants = {key, key.replace("'", "’")}
            self.designators.add(key, [nlp.make_doc(v) for v in variants])
        self.parties = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.parties.add("party", [nlp.make_doc(form) for form in party_forms()])

    def __call__(self, doc: Doc) -> Doc:
        found = sorted(self.designators(doc), key=lambda m: (m[1], -m[2]))
        for match_id, start, end in found:
            fine_type, mode = self.kinds[doc.vocab.strings[match_id]]
            claim_designated(doc, start, end, fine_type, mode)
        for token in doc:
            claim_by_shape(doc, token)
        for _, start, end in self.parties(doc):
            span = doc[start:end]
            claim(doc, start, end, "PoliticalParty", name=party_name(span.text), rule="party")
        retype_model_orgs(doc)
        add_acronyms(doc)
        propagate_names(doc)
        return doc


def claim(
    doc: Doc, start: int, end: int, label: str, *, keep_inner: bool = False, **data: Any
) -> None:
    """Make ``doc[start:end]`` an organisation unless a rule already claimed these tokens.

    Generic and model mentions over the tokens give way; so do gazetteer places,
    except those strictly inside a 'designator de <place>' name when `keep_inner`.
    """
    overlapping = [s for s in entity_spans(doc) if s.start < end and start < s.end]
    if any(s.label_ in ORG_TYPES for s in overlapping):
        return
    inner = [s for s in overlapping if start <= s.start and s.end <= end]
    drop = [s for s in overlapping if not (keep_inner and s in inner and s.label_ in PLACE_TYPES)]
    remove_entities(doc, drop)
    add_entity(doc, start, end, label, **data)


def claim_designated(doc: Doc, start: int, end: int, fine_type: str, mode: str) -> None:
    """Apply one designator match ('Ville' + 'de Lyon', 'société' + 'Brevalix', ...)."""
    head = doc[start:end]
    if mode in ("head", "head_any"):
        if mode == "head" and not head[0].is_title:
            return
        stop, place = name_end(doc, end)
        if stop == end:
            return
        name = doc[start:stop].text
        claim(
            doc,
            start,
            stop,
            fine_type,
            name=name[0].upper() + name[1:],
            rule="designator",
            keep_inner=place is not None,
            alias=None if place else doc[end:stop].text,
        )
        if place is not None:
            _ensure_place(doc, place)
    elif mode == "before":
        claim_listed(doc, end, fine_type)


def claim_listed(doc: Doc, start: int, fine_type: str) -> None:
    """'les sociétés Brevalix, Corvane et Solvio': each name after a designator."""
    stop, _ = name_end(doc, start, connector=False, skip_adjectives=True)
    name_start = _first_title(doc, start, stop)
    while name_start is not None:
        claim(
            doc,
            name_start,
            stop,
            fine_type,
            name=bare_name(doc, name_start, stop),
            rule="designator",
        )
        if stop + 1 >= len(doc) or doc[stop].text not in (",", "et", "ou"):
            return
        following, _ = name_end(doc, stop + 1, connector=False)
        name_start = stop + 1 if following > stop + 1 else None
        stop = following


def claim_by_shape(doc: Doc, token: Any) -> None:
    """Agency suffixes, legal forms, 'CCI...' acronyms and parenthesised activities."""
    kind = org_designators().get(token.lower_)
    if kind and kind[1] in ("after", "legal") and (token.is_title or token.is_upper):
        start = name_before(doc, token.i)
        if start is not None:
            stop = token.i + 1 if kind[1] == "after" else token.i
            claim(doc, start, token.i + 1, kind[0], name=doc[start:stop].text, rule="shape")
    elif _is_demonym_noun(doc, token):
        claim_listed(doc, token.i + 1, "Company")
    elif token.text.startswith("CCI") and token.is_upper:
        stop, _ = name_end(doc, token.i + 1, connector=True)
        claim(doc, token.i, stop, "Chamber", name=doc[token.i : stop].text, rule="shape")
    elif token.text == "(":
        activity = paren_activity(doc, token.i)
        start = name_before(doc, token.i, allow_lower=True) if activity else None
        if activity and start is not None and lookup_place(doc[start : token.i].text) is None:
            claim(
                doc,
                start,
                token.i,
                "Company",
                name=bare_name(doc, start, token.i),
                rule="activity",
                activity=activity,
            )


def retype_model_orgs(doc: Doc) -> None:
    """Type the model's ORG spans that no rule claimed, from their own words."""
    for span in entity_spans(doc):
        if span.label_ != "Organisation":
            continue
        party = party_name(span.text)
        label = "PoliticalParty" if party else "Chamber" if span.text.startswith("CCI") else None
        if label:
            remove_entities(doc, [span])
            add_entity(doc, span.start, span.end, label, name=party or span.text, rule="shape")


def add_acronyms(doc: Doc) -> None:
    """'l'Agence de développement du Gard (ADG)': the acronym names the same organisation."""
    for span in [s for s in entity_spans(doc) if s.label_ in ORG_TYPES]:
        i = span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            acronym = doc[i + 1]
            if acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 8:
                name = attrs(span)["name"]
                claim(doc, i + 1, i + 2, span.label_, name=name, rule="acronym")


def propagate_names(doc: Doc) -> None:
    """Other occurrences of a rule-found organisation name are mentions of it."""
    for span in [s for s in entity_spans(doc) if s.label_ in ORG_TYPES]:
        data = attrs(span)
        if data.get("rule") == "propagated":
            continue
        for text in {data.get("alias"), span.text if data.get("rule") != "designator" else None}:
            if text and len(text) > 2:
                _claim_occurrences(doc, text, span.label_, data["name"])


def _claim_occurrences(doc: Doc, text: str, label: str, name: str) -> None:
    for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", doc.text):
        found = doc.char_span(match.start(), match.end())
        if found is None:
            continue
        overlapping = [s for s in entity_spans(doc) if s.start < found.end and found.start < s.end]
        if not any(s.label_ not in GENERIC for s in overlapping):
            claim(doc, found.start, found.end, label, name=name, rule="propagated")


def bare_name(doc: Doc, start: int, stop: int) -> str:
    """The name without a final legal form: 'Korvan Industries SAS' -> 'Korvan Industries'."""
    last = doc[stop - 1]
    if stop - start > 1 and org_designators().get(last.lower_, ("", ""))[1] == "legal":
        stop -= 1
    return doc[start:stop].text


def _is_demonym_noun(doc: Doc, token: Any) -> bool:
    """'le belge Varenco', "l'américain Brevalix": a gentilé used as a noun before a name."""
    if not token.is_lower or demonym_target(token.text) is None or token.i == 0:
        return False
    nxt = token.i + 1
    return doc[token.i - 1].lower_ in ("le", "l'", "l’") and nxt < len(doc) and doc[nxt].is_title


def _first_title(doc: Doc, start: int, stop: int) -> int | None:
    """Index of the first capitalized token of ``doc[start:stop]`` ('israélienne Brevalix')."""
    return next((i for i in range(start, stop) if doc[i].is_title or doc[i].is_upper), None)


def _ensure_place(doc: Doc, span: Span) -> None:
    """Keep 'Bouches-du-Rhône' as a place inside 'Département des Bouches-du-Rhône'."""
    if any(s.start == span.start and s.end == span.end for s in entity_spans(doc)):
        return
    info = lookup_place(span.text)
    if info is not None:
        from ecograph.nlp.places import add_place

        add_place(doc, span.start, span.end, info, name=info.name, rule="gazetteer")


@Language.factory("eco_orgs")
def make_orgs(nlp: Language, name: str) -> OrgTyper:
    """Create the organisation typer (designator and party patterns are built here, once)."""
    return OrgTyper(nlp)
