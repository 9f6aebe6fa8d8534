"""Organisation rules of eco_orgs that read a name's shape and neighbours.

Agency suffixes and legal forms, gentilés used as nouns ('le belge X'),
'CCI...' acronyms, parenthesised activities, names listed after a designator,
and the model's own ORG spans typed from their words.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ecograph.gazetteer import demonym_target, lookup_place, party_name
from ecograph.gazetteer.lexicons import org_designators
from ecograph.nlp.org_claims import Claims
from ecograph.nlp.org_names import name_before, name_end, paren_activity
from ecograph.nlp.place_rules import place_attrs
from ecograph.nlp.spans import SPANS_KEY


def claim_listed(claims: Claims, start: int, fine_type: str) -> None:
    """'les sociétés Brevalix, Corvane et Solvio': each name after a designator."""
    doc = claims.doc
    stop, _ = name_end(doc, start, connector=False, skip_adjectives=True)
    name_start = _first_title(doc, start, stop)
    while name_start is not None:
        name = bare_name(doc, name_start, stop)
        claims.add(name_start, stop, fine_type, name=name, rule="designator")
        if stop + 1 >= len(doc) or doc[stop].text not in (",", "et", "ou"):
            return
        following, _ = name_end(doc, stop + 1, connector=False)
        name_start = stop + 1 if following > stop + 1 else None
        stop = following


def claim_by_shape(claims: Claims, token: Any) -> None:
    """Agency suffixes, legal forms, gentilé nouns, 'CCI...' and parenthesised activities."""
    doc, i = claims.doc, token.i
    kind = org_designators().get(token.lower_)
    if kind and kind[1] in ("after", "legal") and (token.is_title or token.is_upper):
        start = name_before(doc, i)
        if start is not None:
            name = doc[start : i + 1 if kind[1] == "after" else i].text
            claims.add(start, i + 1, kind[0], name=name, rule="shape")
    elif _is_demonym_noun(doc, token):
        claim_listed(claims, i + 1, "Company")
    elif token.text.startswith("CCI") and token.is_upper:
        stop, place = name_end(doc, i + 1, connector=True)
        name = doc[i:stop].text
        if claims.add(i, stop, "Chamber", name=name, rule="shape", keep_inner=bool(place)):
            keep_place(claims, place)
    elif token.text == "(":
        activity = paren_activity(doc, i)
        start = name_before(doc, i, allow_lower=True) if activity else None
        if start is not None and not _place_or_person(doc, start, i):
            name = bare_name(doc, start, i)
            claims.add(start, i, "Company", name=name, rule="activity", activity=activity)


def claim_model_orgs(claims: Claims) -> None:
    """Type the model's ORG spans that no rule claimed, from their own words."""
    for span in claims.doc.spans[SPANS_KEY]:
        if span.label_ != "Organisation" or not claims.free(span.start, span.end):
            continue
        label = _label_from_words(span)
        if label is None and span.text[:1].islower():
            claims.discard(span)  # 'ministre de l'Économie' is a role, not a name
            continue
        party = party_name(span.text)
        rule = "shape" if label else "model"
        claims.add(
            span.start, span.end, label or "Organisation", name=party or span.text, rule=rule
        )


def _label_from_words(span: Span) -> str | None:
    """'Invest in Lyon' -> Agency, 'Banque Vernet' -> Company, 'CCI Alsace' -> Chamber."""
    if party_name(span.text):
        return "PoliticalParty"
    if span.text.startswith("CCI"):
        return "Chamber"
    kinds = org_designators()
    return next((kinds[t.lower_][0] for t in span if t.lower_ in kinds), None)


def bare_name(doc: Doc, start: int, stop: int) -> str:
    """The name without a final legal form: 'Korvan Industries SAS' -> 'Korvan Industries'."""
    last = doc[stop - 1]
    if stop - start > 1 and org_designators().get(last.lower_, ("", ""))[1] == "legal":
        stop -= 1
    return doc[start:stop].text


def _is_demonym_noun(doc: Doc, token: Any) -> bool:
    """'le belge Varenco', "l'américain Brevalix": a gentilé used as a noun before a name."""
    if not token.is_lower or token.i == 0 or demonym_target(token.text) is None:
        return False
    nxt = token.i + 1
    return doc[token.i - 1].lower_ in ("le", "l'", "l’") and nxt < len(doc) and doc[nxt].is_title


def _first_title(doc: Doc, start: int, stop: int) -> int | None:
    """Index of the first capitalized token of ``doc[start:stop]`` ('israélienne Brevalix')."""
    return next((i for i in range(start, stop) if doc[i].is_title or doc[i].is_upper), None)


def _place_or_person(doc: Doc, start: int, end: int) -> bool:
    """'Lyon (ville hôte)' is a place; 'Anne Dupuis (avocate)' a person the model found."""
    if lookup_place(doc[start:end].text) is not None:
        return True
    return any(
        ent.label_ == "PER" and ent.start == start and ent.end == end and len(ent) > 1
        for ent in doc.ents
    )


def keep_place(claims: Claims, span: Span | None) -> None:
    """Keep 'Bouches-du-Rhône' as a place inside 'Département des Bouches-du-Rhône'."""
    if span is None:
        return
    info = lookup_place(span.text)
    if info is not None:
        place = Span(claims.doc, span.start, span.end, label=info.type)
        place._.eco = place_attrs(info, name=info.name, rule="gazetteer")
        claims.keep_place(place)
