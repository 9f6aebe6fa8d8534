"""Organisation names read from a list or an acronym rather than from a designator.

'ses adhérents, parmi lesquels Fermes du Lac, Vergers Bleus et Jardin d'Oléron':
plain names listed as members are companies (unless places or people's names);
'Normandie Santé Connectée (NSC)': the capitalised words whose initials spell the
acronym in brackets are one name, even when the first is a place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ecograph.gazetteer import lookup_place
from ecograph.nlp.org_claims import Claims
from ecograph.nlp.org_names import INNER, is_name_token, name_end
from ecograph.nlp.org_shapes import (
    NOT_ORG_ACRONYMS,
    label_from_words,
    legal_alias,
    place_or_person,
)

# 'ses adhérents, parmi lesquels X, Y et Z', 'Parmi les participants figurent X, Y et Z'.
LIST_OPENERS = {"lesquels", "lesquelles", "figure", "figurent", "figuraient", "figureront"}
MEMBER_NOUNS = {"adhérents", "membres", "participants", "entreprises", "sociétés", "clients"}
MEMBER_NOUNS |= {"partenaires", "sous-traitants", "fournisseurs", "exposants", "marques", "pme"}
MEMBER_NOUNS |= {"start-up", "startups", "start-ups", "industriels", "producteurs", "filiales"}
MEMBER_NOUNS |= {"actionnaires", "investisseurs", "lauréats", "coopératives", "groupes"}
MAX_ACRONYM = 6


def claim_listed_names(claims: Claims, i: int) -> None:
    """At token `i`: members after 'parmi lesquels' / 'figurent', or an acronym's words."""
    doc = claims.doc
    word = doc[i].lower_
    if word in LIST_OPENERS and _members_follow(doc, i):
        claim_members(claims, i + 1)
    elif word == "(":
        claim_expanded(claims, i)


def claim_members(claims: Claims, i: int) -> None:
    """'parmi lesquels Fermes du Lac, Vergers Bleus et Jardin d'Oléron': each is a company.

    Places and people's full names in the list are left alone.
    """
    doc = claims.doc
    while i < len(doc):
        stop, place = name_end(doc, i, connector=False)
        if stop == i:
            return
        if place is None and not _person_name(doc, i, stop):
            alias = legal_alias(doc, i, stop)
            claims.add(i, stop, "Company", name=doc[i:stop].text, rule="list", alias=alias)
        if stop + 1 >= len(doc) or doc[stop].text not in (",", "et"):
            return
        i = stop + (2 if doc[stop].text == "," and doc[stop + 1].lower_ == "et" else 1)


def _members_follow(doc: Doc, i: int) -> bool:
    """'adhérents, parmi lesquels' / 'Parmi les participants figurent': names of members follow."""
    if doc[i].lower_.startswith("figur"):
        window = doc[max(0, i - 4) : i]
        if not any(t.lower_ == "parmi" for t in window):
            return False
    elif i == 0 or doc[i - 1].lower_ != "parmi":
        return False
    else:
        window = doc[max(0, i - 5) : i - 1]
    return any(t.lower_ in MEMBER_NOUNS for t in window)


def _person_name(doc: Doc, start: int, end: int) -> bool:
    """A full name the model tags as a person ('Anne Morel'), not 'Bouquet d'Oléron'."""
    if not place_or_person(doc, start, end) or lookup_place(doc[start:end].text) is not None:
        return False
    return not any(t.lower_ in INNER for t in doc[start:end])


def claim_expanded(claims: Claims, i: int) -> None:
    """'Normandie Santé Connectée (NSC)': the capitalised words the acronym spells.

    The name may start with a place ('Normandie'): the initials show it is part of it.
    """
    doc = claims.doc
    if i + 2 >= len(doc) or doc[i + 2].text != ")":
        return
    acronym = doc[i + 1].text
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= MAX_ACRONYM):
        return
    if acronym in NOT_ORG_ACRONYMS:
        return  # 'Intelligence Artificielle (IA)': a field, not a body
    words: list[int] = []
    k = i - 1
    while k >= 0 and i - k <= 2 * MAX_ACRONYM and len(words) < len(acronym):
        if is_name_token(doc[k]):
            words.append(k)
        elif doc[k].lower_ not in INNER:
            return
        k -= 1
    if "".join(doc[w].text[0] for w in reversed(words)).upper() != acronym:
        return
    span = doc[words[-1] : i]
    label = label_from_words(span) or "Organisation"
    claims.add(span.start, i, label, name=span.text, rule="shape")
