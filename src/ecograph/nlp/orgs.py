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

from spacy.attrs import IS_UPPER, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ecograph.gazetteer import party_name
from ecograph.gazetteer.lexicons import demonym_forms, org_designators, party_forms
from ecograph.nlp.org_aliases import add_acronyms, propagate_names
from ecograph.nlp.org_claims import Claims
from ecograph.nlp.org_names import name_end
from ecograph.nlp.org_shapes import claim_by_shape, claim_listed, claim_model_orgs, keep_place
from ecograph.nlp.spans import SPANS_KEY

ORG_TYPES = ("Company", "PublicBody", "Agency", "Chamber", "Association", "PoliticalParty")


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
        # Lower-case hashes of the words claim_by_shape looks at (scan ints, not Tokens).
        shape_words = [p for p, (_, mode) in self.kinds.items() if mode in ("after", "legal")]
        self.shape_words = {nlp.vocab.strings.add(w) for w in [*shape_words, "("]}
        self.shape_words |= {nlp.vocab.strings.add(w.lower()) for w in demonym_forms()}

    def __call__(self, doc: Doc) -> Doc:
        if SPANS_KEY not in doc.spans:
            doc.spans[SPANS_KEY] = []
        claims = Claims(doc)
        # Parties first: 'le groupe Les Républicains' is the party, not a company.
        for _, start, end in self.parties(doc):
            name = party_name(doc[start:end].text)
            claims.add(start, end, "PoliticalParty", name=name, rule="party")
        found = sorted(self.designators(doc), key=lambda m: (m[1], -m[2]))
        for match_id, start, end in found:
            fine_type, mode = self.kinds[doc.vocab.strings[match_id]]
            claim_designated(claims, start, end, fine_type, mode)
        rows = doc.to_array([LOWER, IS_UPPER]).tolist()
        for i, (lower, upper) in enumerate(rows):
            if lower in self.shape_words or upper:
                claim_by_shape(claims, doc[i])
        claim_model_orgs(claims)
        add_acronyms(claims)
        propagate_names(claims)
        claims.apply()
        return doc


def claim_designated(claims: Claims, start: int, end: int, fine_type: str, mode: str) -> None:
    """Apply one designator match ('Ville' + 'de Lyon', 'société' + 'Brevalix', ...)."""
    doc = claims.doc
    # A capitalized designator is part of the name: 'Banque Vernelle', 'Groupe Casino'.
    if mode == "before" and not (doc[start].is_title and start + 1 == end):
        claim_listed(claims, end, fine_type)
        return
    if mode == "before":
        mode = "head"
    if mode not in ("head", "head_any") or (mode == "head" and not doc[start].is_title):
        return
    stop, place = name_end(doc, end)
    if stop == end:
        return
    name = doc[start:stop].text
    name = name[0].upper() + name[1:]
    alias = None if place else (end, stop)
    added = claims.add(
        start, stop, fine_type, name=name, rule="designator", keep_inner=bool(place), alias=alias
    )
    if added and place is not None:
        keep_place(claims, place)


@Language.factory("eco_orgs")
def make_orgs(nlp: Language, name: str) -> OrgTyper:
    """Create the organisation typer (designator and party patterns are built here, once)."""
    return OrgTyper(nlp)
