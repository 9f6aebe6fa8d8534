"""eco_people: keep the model's people, drop false ones, read the role apposition.

A person mention gets ``label_`` Person and attributes:

- ``name``: the name as written;
- ``role``: the office from an apposition after the name (", la maire PS de
  Lyon" -> "maire"; ", adjoint au maire délégué au commerce" -> that whole
  phrase) or before it ("le président de la Région, Anne Dupuis" -> "président");
- ``role_of``: (start_char, end_char) of the place or organisation mention the
  role is held in ('Lyon' above), absent when the apposition names none;
- ``member_of``: (start_char, end_char) of a party mention inside the
  apposition ('PS' above).

The offsets are those of existing entity mentions in ``doc.spans["eco"]``, so
eco_relations can find the object span with them (match on start_char and
end_char; after a multi-process pipe the tuples come back as lists).

A Person mention that overlaps an organisation found by eco_orgs is dropped
(the model tags unknown brand names as people), and so are lower-case ones
('président de la') and lone common words ('Conduite par ...'). 'M. Girard',
'Mme Anne Lenoir' add the person the model missed.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ecograph.gazetteer.lexicons import role_heads
from ecograph.nlp.org_lone import PRODUCT_NOUNS
from ecograph.nlp.people_names import unify_surnames
from ecograph.nlp.spans import add_entity, attrs, entity_spans, remove_entities

ORG_TYPES = ("Company", "PublicBody", "Agency", "Chamber", "Association", "PoliticalParty")
DETERMINERS = {"le", "la", "l'", "l’", "son", "sa", "leur", "notre", "un", "une"}
CONNECTORS = {"de", "du", "des", "d'", "d’"}
STOPS = {",", ".", ";", ":", "(", ")", "«", "»", '"', "!", "?"}
MAX_ROLE = 14
_ROLE_PREFIXES = frozenset({"vice", "co", "sous"})
# Areas an office covers, written with no "de" after the role ("directrice Europe").
_AREA_LABELS = frozenset({"Country", "Region", "Place"})
_AREAS = frozenset({"Europe", "Asie", "Afrique", "Amérique", "Monde", "EMEA", "International"})
# Parts of speech of a lone word that is not a name (the tagger knows the word).
NOT_NAMES = {"VERB", "AUX", "ADV", "ADP", "ADJ", "SCONJ", "CCONJ", "PRON", "DET", "NOUN"}
# 'M. Girard', 'Mme Lenoir': a civility title announces a person the model may miss.
HONORIFICS = {"M.", "Mme", "Mmes", "Mlle", "MM.", "Me", "Dr", "Pr"}
_HONORIFIC_IDS = frozenset(get_string_id(title) for title in HONORIFICS)


class PeopleTyper:
    """Clean the model's people and attach their role appositions."""

    def __call__(self, doc: Doc) -> Doc:
        add_titled_people(doc)
        spans = entity_spans(doc)
        orgs = [s for s in spans if s.label_ in ORG_TYPES]
        people = [s for s in spans if s.label_ == "Person"]
        false = [p for p in people if _not_a_person(p, orgs)]
        remove_entities(doc, false)
        kept = [p for p in people if p not in false]
        for person in kept:
            data = attrs(person)
            data.setdefault("name", person.text)
            data.update(role_after(doc, person) or role_before(doc, person) or {})
        unify_surnames(kept)
        return doc


def _not_a_person(span: Span, orgs: list[Span]) -> bool:
    """An organisation's name, 'président de la', or a lone verb ('Conduite par X')."""
    if any(o.start < span.end and span.start < o.end for o in orgs):
        return True
    if not span.text[:1].isupper():
        return True
    if span.start > 0 and span.doc[span.start - 1].lower_ in PRODUCT_NOUNS:
        return True  # 'le modèle Zéphyr' names a product
    return len(span) == 1 and span[0].pos_ in NOT_NAMES


def add_titled_people(doc: Doc) -> None:
    """'M. Girard', 'Mme Anne Lenoir' -> a Person mention of the name after the title."""
    taken = {i for s in entity_spans(doc) for i in range(s.start, s.end)}
    # Scan the word hashes, not Token objects: titles are rare.
    orths = doc.to_array(ORTH).tolist()[:-1]
    for token in (doc[i] for i, orth in enumerate(orths) if orth in _HONORIFIC_IDS):
        if token.text not in HONORIFICS or token.i + 1 in taken:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and end not in taken:
            end += 1
        if end > token.i + 1:
            add_entity(
                doc, token.i + 1, end, "Person", name=doc[token.i + 1 : end].text, rule="title"
            )


def role_after(doc: Doc, person: Span) -> dict[str, Any] | None:
    """', la maire PS de Lyon' after the name -> role, role_of, member_of."""
    i = person.end
    party = _party_in_brackets(doc, i)  # 'Anne Lenoir (PS), maire de ...'
    i += 3 if party else 0
    # 'Anne Lenoir, 52 ans, directrice de ...': the age is skipped.
    if i + 3 < len(doc) and doc[i + 1].like_num and doc[i + 2].lower_ == "ans":
        i += 3
    if i + 1 >= len(doc) or doc[i].text != ",":
        return {"member_of": party} if party else None
    start = i + 1 + (1 if doc[i + 1].lower_ in DETERMINERS else 0)
    end = start
    while end < len(doc) and end - start < MAX_ROLE and doc[end].text not in STOPS:
        end += 1
    found = read_role(doc, start, end) or {}
    if party:
        found.setdefault("member_of", party)
    return found or None


def _party_in_brackets(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start_char, end_char) of the party in '(LR)' right after a name, if any."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    for span in entity_spans(doc):
        if span.label_ == "PoliticalParty" and span.start == i + 1 and span.end == i + 2:
            return (span.start_char, span.end_char)
    return None


def role_before(doc: Doc, person: Span) -> dict[str, Any] | None:
    """'le président de la Région, Anne Dupuis' before the name -> role, role_of."""
    end = person.start - (1 if person.start > 0 and doc[person.start - 1].text == "," else 0)
    start = end
    while start > 0 and end - start < MAX_ROLE and doc[start - 1].text not in STOPS:
        start -= 1
        if doc[start].lower_ in DETERMINERS and start + 1 < end and _is_role(doc[start + 1]):
            return read_role(doc, start + 1, end)
    return None


def read_role(doc: Doc, start: int, end: int) -> dict[str, Any] | None:
    """Split 'maire PS de Lyon' into the role words, the party and the place or body."""
    if start >= end or not _is_role(doc[start]):
        return None
    mentions = [s for s in entity_spans(doc) if start <= s.start < end]
    words: list[Any] = []
    found: dict[str, Any] = {}
    for token in doc[start:end]:
        inside = next((s for s in mentions if s.start <= token.i < s.end), None)
        if inside is not None and inside.label_ == "PoliticalParty":
            found["member_of"] = (inside.start_char, inside.end_char)
            continue
        if inside is not None and _area_word(doc, inside, words):
            words.append(token)  # "directrice Europe du groupe": the area is part of the office
            continue
        held_in = inside or _opened(mentions, token)
        if held_in is not None:
            found["role_of"] = (held_in.start_char, held_in.end_char)
            break
        words.append(token)
    found["role"] = "".join(t.text_with_ws for t in words).strip()
    return found if found["role"] else None


def _area_word(doc: Doc, inside: Span, words: list[Any]) -> bool:
    """A one-word name right after the role words, before "de"/"du" or the end of the role:
    the area of the office ("directrice Europe du groupe", "responsable Asie")."""
    if len(inside) != 1 or not words or words[-1].i != inside.start - 1:
        return False
    if words[-1].lower_ in CONNECTORS or not inside.text[:1].isupper():
        return False
    if inside.label_ not in _AREA_LABELS and inside.text not in _AREAS:
        return False
    after = doc[inside.end] if inside.end < len(doc) else None
    return after is None or after.lower_ in CONNECTORS or after.text in STOPS


def _opened(mentions: list[Span], token: Any) -> Span | None:
    """The mention a connector introduces ('de' + 'Lyon', 'de la' + 'Région Sud'), if any."""
    if token.lower_ not in CONNECTORS:
        return None
    return next((s for s in mentions if token.i < s.start <= token.i + 3), None)


def _is_role(token: Any) -> bool:
    heads = role_heads()
    if token.lower_ in heads or token.lemma_.lower() in heads:
        return True
    # "vice-gouverneur", "co-présidente", "sous-préfet": a prefixed office.
    prefix, _, rest = token.lower_.partition("-")
    return prefix in _ROLE_PREFIXES and rest in heads


@Language.factory("eco_people")
def make_people(nlp: Language, name: str) -> PeopleTyper:
    """Create the people component."""
    return PeopleTyper()
