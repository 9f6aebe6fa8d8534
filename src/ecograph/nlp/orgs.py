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

from typing import Any

from spacy.attrs import IS_UPPER, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ecograph.gazetteer import demonym_target, lookup_place, party_name
from ecograph.gazetteer.lexicons import demonym_forms, org_designators, party_forms
from ecograph.nlp.org_claims import Claims, typed_place_tokens
from ecograph.nlp.org_names import name_before, name_end, paren_activity
from ecograph.nlp.places import place_attrs
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
        _keep_place(claims, place)


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
            _keep_place(claims, place)
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


def add_acronyms(claims: Claims) -> None:
    """'l'Agence de développement du Gard (ADG)': the acronym names the same organisation."""
    doc = claims.doc
    for claim in list(claims.items):
        i = claim.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            acronym = doc[i + 1]
            if acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 8:
                name = claim.data["name"]
                if not claims.add(i + 1, i + 2, claim.label, name=name, rule="acronym"):
                    _rename_model_claim(claims, i + 1, claim.label, name)


def _rename_model_claim(claims: Claims, i: int, label: str, name: str) -> None:
    """The model tagged the acronym alone: it still names the expanded organisation."""
    claim = claims.at(i)
    if claim is not None and claim.data.get("rule") == "model" and claim.end - claim.start == 1:
        claim.label = label
        claim.data.update(name=name, rule="acronym")


def propagate_names(claims: Claims) -> None:
    """Other occurrences of a rule-found name are mentions of the same organisation."""
    doc = claims.doc
    first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for claim in claims.items:
        ranges = [claim.alias] if claim.alias else []
        if claim.data.get("rule") not in ("designator", "model"):
            ranges.append((claim.start, claim.end))
        for start, end in ranges:
            words = tuple(t.text for t in doc[start:end])
            if len("".join(words)) > 2:
                first.setdefault(words[0], []).append((words, claim.label, claim.data["name"]))
    if not first:
        return
    blocked = typed_place_tokens(doc)
    hashes = {doc.vocab.strings.add(word) for word in first}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in hashes:
            continue
        token = doc[i]
        for words, label, name in first[token.text]:
            end = token.i + len(words)
            span_words = tuple(t.text for t in doc[token.i : end])
            if span_words == words and not blocked.intersection(range(token.i, end)):
                claims.add(token.i, end, label, name=name, rule="propagated")


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


def _keep_place(claims: Claims, span: Span | None) -> None:
    """Keep 'Bouches-du-Rhône' as a place inside 'Département des Bouches-du-Rhône'."""
    if span is None:
        return
    info = lookup_place(span.text)
    if info is not None:
        place = Span(claims.doc, span.start, span.end, label=info.type)
        place._.eco = place_attrs(info, name=info.name, rule="gazetteer")
        claims.keep_place(place)


@Language.factory("eco_orgs")
def make_orgs(nlp: Language, name: str) -> OrgTyper:
    """Create the organisation typer (designator and party patterns are built here, once)."""
    return OrgTyper(nlp)
