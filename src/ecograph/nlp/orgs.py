"""eco_orgs: find and type organisations from designators, shape and context.

Types: Company, PublicBody, Agency, Chamber, Association, PoliticalParty, or
Organisation when nothing tells. Rules claim tokens in this order (first claim
wins; the model's LOC/PER/ORG guesses and gazetteer places over claimed tokens
give way, except the place named inside 'Ville de Lyon'):

- party names and acronyms (LR, PS, ...), national institutions and unions;
- designators (``gazetteer/data/org_designators.tsv``): part of the name
  ('la Métropole Nice Côte d'Azur', 'la Ville de Lyon', 'la chambre de commerce
  de Lille', 'la CCI Normandie') or before it ('la société (norvégienne)
  Brevalix', 'les sociétés X, Y et Z'); a bare 'la Région' is the body of the
  article's only région;
- shapes (``org_shapes``, ``org_legal``): name suffixes and legal forms ('Lorient
  Développement', 'Rennes Métropole', 'Brevalix SAS', 'Fornari S.p.A.', 'Orchid
  Cargo Pte. Ltd.'), gentilé nouns ('le belge Varenco'), parenthesised activities
  ('Brevalix (logistique), Corvane (santé)'), appositions ('Orvane, spécialiste
  des drones'), funders ('a levé ... auprès de X et de Y'), and the model's ORG
  spans typed from their own words;
- lists and acronyms (``org_lists``): members after 'parmi lesquels' or
  'figurent', the words an acronym in brackets spells ('Normandie Santé
  Connectée (NSC)');
- slots (``org_context``, ``org_lone``): unknown names before a business verb,
  after 'chez', after 'les dirigeants de', listed with an organisation, or
  tagged as a lone person no full name of the article announces;
- other names (``org_aliases``): 'Agence ... (ADG)', every later occurrence of a
  found name or of its short form ('Orchid Cargo'), and 'la CCI' / 'la métropole'
  alone when the article names one such body, are the same organisation.

Attributes: ``name`` (canonical: designator included when it is part of the
name, legal form included), ``rule``, and ``activity`` = (start_char, end_char)
of a parenthesised activity when there is one (for the sector component).
"""

from __future__ import annotations

from spacy.attrs import IS_UPPER, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from ecograph.gazetteer import lookup_place, party_name
from ecograph.gazetteer.lexicons import (
    demonym_forms,
    institutions,
    org_designators,
    org_suffixes,
    party_forms,
)
from ecograph.nlp.org_aliases import (
    BARE_BODIES,
    add_acronyms,
    name_bare_bodies,
    name_bare_heads,
    propagate_names,
)
from ecograph.nlp.org_claims import Claims
from ecograph.nlp.org_context import claim_business_subjects
from ecograph.nlp.org_legal import FIRST_WORDS, tokenizer_cases
from ecograph.nlp.org_lists import LIST_OPENERS, claim_listed_names
from ecograph.nlp.org_lone import claim_lone_names
from ecograph.nlp.org_names import (
    CONNECTORS,
    DESCRIBED_HEADS,
    FUNCTION_WORDS,
    campus_end,
    described_end,
    gentile_end,
    is_name_token,
    name_end,
)
from ecograph.nlp.org_shapes import (
    APPOSITION_DETERMINERS,
    APPOSITION_HEADS,
    claim_bare,
    claim_by_shape,
    claim_listed,
    claim_model_orgs,
    keep_place,
)
from ecograph.nlp.spans import SPANS_KEY

PLURAL_DETERMINERS = {"les", "des", "aux", "ses", "leurs", "plusieurs", "quelques"}
ORG_TYPES = ("Company", "PublicBody", "Agency", "Chamber", "Association", "PoliticalParty")
# Designators that also name a department of a body: 'le pôle Santé de la métropole'.
UNIT_HEADS = {"pôle", "réseau"}
# 'X est l'agence de ...', 'Y reste la chambre de ...': the designator describes X.
COPULAS = {"est", "était", "sera", "reste", "devient", "demeure"}
ARTICLE_WORDS = {"la", "le", "l'", "l’", "une", "un"}
# National networks with local chapters named after a place: 'French Tech Armor',
# 'Team France Export Bretagne', 'Polytech Nantes'.
LOCAL_NETWORKS = {"French Tech", "La French Tech", "Team France Export", "Polytech"}


class OrgTyper:
    """Claim organisation mentions from rules, over the model's guesses."""

    def __init__(self, nlp: Language) -> None:
        if isinstance(nlp.tokenizer, Tokenizer):
            for text, pieces in tokenizer_cases():  # 'Inc.,' -> 'Inc.' ','
                nlp.tokenizer.add_special_case(text, [{ORTH: piece} for piece in pieces])
        self.designators = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[str, tuple[str, str]] = {}
        for phrase, kind in org_designators().items():
            key = phrase.lower()
            self.kinds[key] = kind
            variants = {key, key.replace("'", "’")}
            self.designators.add(key, [nlp.make_doc(v) for v in variants])
        self.parties = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.parties.add("party", [nlp.make_doc(form) for form in party_forms()])
        self.institutions = PhraseMatcher(nlp.vocab, attr="ORTH")
        for form in institutions():
            self.institutions.add(form, [nlp.make_doc(form)])
        # Lower-case hashes of the words claim_by_shape looks at (scan ints, not Tokens).
        words = [*org_suffixes(), *(w + "." for w in org_suffixes()), "(", ",", "auprès"]
        words += FIRST_WORDS
        self.shape_words = {nlp.vocab.strings.add(w) for w in words}
        self.list_words = {nlp.vocab.strings.add(w) for w in (*LIST_OPENERS, "(")}
        self.bare_words = {nlp.vocab.strings.add(w) for w in BARE_BODIES}
        self.shape_words |= {nlp.vocab.strings.add(w.lower()) for w in demonym_forms()}
        # A comma matters to claim_by_shape only before an apposition (', une PME de').
        self.comma = nlp.vocab.strings.add(",")
        self.apposition_dets = {nlp.vocab.strings.add(w) for w in APPOSITION_DETERMINERS}
        self.apposition_heads = {nlp.vocab.strings.add(w) for w in APPOSITION_HEADS}

    def __call__(self, doc: Doc) -> Doc:
        if SPANS_KEY not in doc.spans:
            doc.spans[SPANS_KEY] = []
        claims = Claims(doc)
        # Parties first: 'le groupe Les Républicains' is the party, not a company.
        for _, start, end in self.parties(doc):
            name = party_name(doc[start:end].text)
            claims.add(start, end, "PoliticalParty", name=name, rule="party")
        for match_id, start, end in self.institutions(doc):
            form = doc.vocab.strings[match_id]
            name = form
            if form in LOCAL_NETWORKS:
                # 'la French Tech Armor': the chapter's place is part of the name.
                end = max(end, name_end(doc, end, connector=False)[0])
                name = doc[start:end].text
            claims.add(start, end, institutions()[form], name=name, rule="institution")
        found = sorted(self.designators(doc), key=lambda m: (m[1], -m[2]))
        for match_id, start, end in found:
            fine_type, mode = self.kinds[doc.vocab.strings[match_id]]
            claim_designated(claims, start, end, fine_type, mode)
        # Read by column: tolist() of the 2-D array would make one list per token.
        columns = doc.to_array([LOWER, IS_UPPER])
        lowers = columns[:, 0].tolist()
        for i, (lower, upper) in enumerate(zip(lowers, columns[:, 1].tolist(), strict=True)):
            if lower == self.comma:
                if self._apposition_at(lowers, i + 1):
                    claim_by_shape(claims, doc[i])
            elif lower in self.shape_words or upper:
                claim_by_shape(claims, doc[i])
            if lower in self.list_words:
                claim_listed_names(claims, i)
        bare = [i for i, lower in enumerate(lowers) if lower in self.bare_words]
        claim_business_subjects(claims)
        claim_model_orgs(claims)
        claim_lone_names(claims)
        add_acronyms(claims)
        propagate_names(claims)
        name_bare_bodies(claims, bare)
        name_bare_heads(claims)
        claims.apply()
        return doc

    def _apposition_at(self, lowers: list[int], i: int) -> bool:
        """org_shapes._apposition_head read on the LOWER hashes: no Token made."""
        if i < len(lowers) and lowers[i] in self.apposition_dets:
            i += 1
        return i < len(lowers) and lowers[i] in self.apposition_heads


def claim_designated(claims: Claims, start: int, end: int, fine_type: str, mode: str) -> None:
    """Apply one designator match ('Ville' + 'de Lyon', 'société' + 'Brevalix', ...)."""
    doc = claims.doc
    capital = doc[start].is_title or doc[start].is_upper
    if mode == "before":
        if capital and _inside_name(doc, start):
            return  # 'Verhaegen Holding NV': the word is inside another name
        if doc[start].lower_ in UNIT_HEADS and _unit_of(doc, end):
            return  # 'le pôle Santé de la métropole': a department, not a body
        # 'Banque Vernelle', 'Groupe Casino': a capitalized designator is in the name.
        if doc[start].is_title and start + 1 == end and name_end(doc, end)[0] > end:
            mode = "head"
        else:
            claim_listed(claims, end, fine_type, many=_plural(doc, start, end))
            return
    if mode == "head" and not capital:
        return
    if not capital and _predicate(doc, start):
        return  # 'X est l'agence de développement de la Communauté ...': a description
    # 'Chambre de commerce italienne de Lyon', 'ministère marocain de l'Industrie'.
    after_gentile = gentile_end(doc, end)
    stop, place = name_end(doc, after_gentile)
    stop = max(stop, after_gentile)
    # Only a capitalized head describes: 'l'université d'été de X' is an event.
    if stop == end and capital and doc[start].lower_ in DESCRIBED_HEADS:
        stop, place = described_end(doc, end)
    if stop == end:
        claim_bare(claims, start, end, fine_type)
        return
    if doc[start].lower_ in DESCRIBED_HEADS:
        stop, place = campus_end(doc, stop, place)
    if not capital and doc[end].lower_ not in CONNECTORS and after_gentile == end and not place:
        # 'l'agence régionale de développement Loire Essor': the name follows.
        claims.add(end, stop, fine_type, name=doc[end:stop].text, rule="designator")
        return
    name = doc[start:stop].text
    if fine_type == "Chamber" and _area(place):
        # 'la CCI Haute-Savoie': the département names the chamber, no place of the text.
        place, stop_alias = None, None
    else:
        stop_alias = (end, stop)
    inner = (place.start, place.end) if place is not None else None
    added = claims.add(
        start,
        stop,
        fine_type,
        name=name[0].upper() + name[1:],
        rule="designator",
        inner=inner,
        alias=None if place else stop_alias,
    )
    if added:
        keep_place(claims, place)


def _predicate(doc: Doc, start: int) -> bool:
    """'est l'' + 'agence ...': a designator after a copula describes the subject."""
    return start > 1 and doc[start - 1].lower_ in ARTICLE_WORDS and doc[start - 2].lower_ in COPULAS


def _area(place: Span | None) -> bool:
    """A département or région (not a town) named by a span."""
    info = lookup_place(place.text) if place is not None else None
    return info is not None and info.type in ("Department", "Region")


def _unit_of(doc: Doc, end: int) -> bool:
    """'Santé' + 'de la métropole': one capitalised word, then the body it belongs to."""
    if end + 2 >= len(doc) or not is_name_token(doc[end]) or doc[end + 1].lower_ not in CONNECTORS:
        return False
    after = doc[end + 3] if doc[end + 2].lower_ in ("la", "l'", "l’") else doc[end + 2]
    return after.is_lower


def _plural(doc: Doc, start: int, end: int) -> bool:
    """A plural designator lists several names: 'les sociétés X, Y et Z', 'les start-up X et Y'."""
    if doc[end - 1].lower_.endswith("s"):
        return True
    return start > 0 and (doc[start - 1].lower_ in PLURAL_DETERMINERS or doc[start - 1].like_num)


def _inside_name(doc: Doc, i: int) -> bool:
    """True when the capitalized word at `i` follows a name word ('Verhaegen Holding')."""
    return i > 0 and is_name_token(doc[i - 1]) and doc[i - 1].lower_ not in FUNCTION_WORDS


@Language.factory("eco_orgs")
def make_orgs(nlp: Language, name: str) -> OrgTyper:
    """Create the organisation typer (designator and party patterns are built here, once)."""
    return OrgTyper(nlp)
