"""Organisation rules of eco_orgs that read a name's shape and neighbours.

Name suffixes and legal forms, gentilés used as nouns ('le belge X'),
'CCIXX' acronyms, parenthesised activities, appositions, funders, names listed
after a designator, 'la Région' alone, and the model's own ORG spans typed
from their words.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ecograph.gazetteer import demonym_target, lookup_place, party_name
from ecograph.gazetteer.lexicons import org_designators, org_suffixes, role_heads
from ecograph.nlp.org_claims import Claims
from ecograph.nlp.org_legal import legal_form_end, legal_start
from ecograph.nlp.org_names import (
    HYPHENS,
    is_name_token,
    name_before,
    name_end,
    paren_activity,
)
from ecograph.nlp.org_nouns import genitive_name, name_after_comma, name_after_complement
from ecograph.nlp.place_rules import place_attrs
from ecograph.nlp.spans import SPANS_KEY, attrs
from ecograph.nlp.userdata import set_span_value

# ', spécialiste des capteurs', ', une PME lyonnaise': words that describe a company.
APPOSITION_HEADS = {"spécialiste", "leader", "pionnier", "fabricant", "éditeur", "pme", "eti"}
APPOSITION_HEADS |= {"start-up", "startup", "société", "entreprise", "filiale", "équipementier"}
APPOSITION_HEADS |= {"constructeur", "distributeur", "groupe", "fournisseur", "sous-traitant"}
# Heads that describe a firm and never a person: 'X, une PME de Brest'.
FIRM_HEADS = {"pme", "eti", "tpe", "start-up", "startup", "société", "entreprise", "filiale"}
# 'Corbel, installée à Lorient': a participle of where or how a company is set up.
APPOSITION_HEADS |= {"basée", "basé", "installée", "installé", "implantée", "implanté"}
APPOSITION_HEADS |= {"spécialisée", "spécialisé", "fondée", "fondé", "créée", "créé"}
# The model may stop a described name before its place: 'Centre ... en' + 'Côte d'Ivoire'.
TRAILING_PREPOSITIONS = {"en", "de", "du", "des", "d'", "d’", "à", "au", "aux"}
# Acronyms of economic vocabulary the model tags ORG: 'les PME du BTP'.
NOT_ORG_ACRONYMS = {"PME", "ETI", "TPE", "BTP", "PIB", "TVA", "RSE", "CDI", "CDD", "RH", "IA"}
NOT_ORG_ACRONYMS |= {"R&D", "CA", "PDG", "DG", "CEO", "DRH", "ZAC", "ZI", "ETP", "HT", "TTC"}
# 'a levé 2 M€ auprès de X': words of fundraising, and the 'de' that introduces each funder.
FUNDING_STEMS = ("lev", "lèv", "obten", "emprunt", "prêt", "financ", "tour de table")
FUNDER_CONNECTORS = {"de", "d'", "d’"}
# 'la Région' names the body of the région the article speaks of.
# 'le conseil régional' alone is the same body.
BARE_BODIES = {
    "région": ("Region", "Région"),
    "département": ("Department", "Département"),
    "conseil régional": ("Region", "Région"),
    "conseil départemental": ("Department", "Département"),
}
# 'le belge X', 'filiale du japonais X', 'au suédois X': singular determiners only.
DEMONYM_DETERMINERS = {"le", "l'", "l’", "du", "au", "un"}
APPOSITION_DETERMINERS = {"un", "une", "le", "la", "l'", "l’", "cette", "ce", "autre"}
# Suffixes that end a name only after an acronym: 'ABCD Port'.
ACRONYM_SUFFIXES = {"port"}


def claim_listed(claims: Claims, start: int, fine_type: str, *, many: bool = False) -> None:
    """'la société Brevalix'; with `many`, 'les sociétés Brevalix, Corvane et Solvio'."""
    doc = claims.doc
    stop, _ = name_end(doc, start, connector=False, skip_adjectives=True)
    name_start = _first_title(doc, start, stop)
    if name_start is None and not many:
        # 'le président de la coopérative, Julien Marchand,': the name is the officer's.
        after_comma = None if _office_before(doc, start) else name_after_comma(doc, start)
        if after_comma is not None and place_or_person(doc, *after_comma):
            after_comma = None  # 'le promoteur du projet, Julien Garnier,': a person
        found = genitive_name(doc, start) or name_after_complement(doc, stop) or after_comma
        name_start, stop = found if found else (None, stop)
    while name_start is not None:
        name, alias = doc[name_start:stop].text, legal_alias(doc, name_start, stop)
        claims.add(name_start, stop, fine_type, name=name, rule="designator", alias=alias)
        if not many or stop + 1 >= len(doc) or doc[stop].text not in (",", "et", "ou"):
            return
        following, _ = name_end(doc, stop + 1, connector=False)
        name_start = stop + 1 if following > stop + 1 else None
        stop = following


def _office_before(doc: Doc, start: int) -> bool:
    """'le président de la coopérative': the designator is the complement of an office."""
    return any(t.lower_ in role_heads() for t in doc[max(0, start - 5) : start])


def claim_by_shape(claims: Claims, token: Any) -> None:
    """Name suffixes, legal forms, gentilé nouns, 'CCIXX', appositions, activities."""
    doc, i = claims.doc, token.i
    legal_end = legal_form_end(doc, i)
    if legal_end is not None:
        claim_legal(claims, i, legal_end)
        return
    kind = suffix_kind(token)
    if kind and token.lower_ in ACRONYM_SUFFIXES and not (i > 0 and doc[i - 1].is_upper):
        kind = None  # 'Saint-Malo Port' is a place; 'ABCD Port' a port authority
    # 'GmbH', 'Ltd': a suffix starts with a capital, whatever its inner case.
    if kind and token.text[:1].isupper() and not _suffix_follows(doc, i):
        start = name_before(doc, i)
        if start is not None:
            alias = (start, i) if kind[1] == "legal" else None
            # 'Hartwig GmbH.' at a sentence end: the tokenizer keeps the full stop.
            name = doc[start : i + 1].text.removesuffix(".") if kind[1] == "legal" else None
            name = name or doc[start : i + 1].text
            town = doc[start:i] if kind[0] == "PublicBody" else None
            inner = (start, i) if town is not None else None
            added = claims.add(
                start, i + 1, kind[0], name=name, rule="shape", alias=alias, inner=inner
            )
            if added:
                keep_place(claims, town)  # 'Rennes' in 'Rennes Métropole', as in 'Ville de X'
    elif _is_demonym_noun(doc, token):
        claim_listed(claims, i + 1, "Company")
    elif token.text.startswith("CCI") and token.is_upper and len(token) > 3:
        claims.add(i, i + 1, "Chamber", name=token.text, rule="shape")
    elif token.text == "(":
        activity = paren_activity(doc, i)
        start = name_before(doc, i, allow_lower=True) if activity else None
        if start is not None and not place_or_person(doc, start, i):
            name, alias = doc[start:i].text, legal_alias(doc, start, i)
            claims.add(
                start, i, "Company", name=name, rule="activity", activity=activity, alias=alias
            )
    elif token.lower_ == "auprès" and _after_funding(doc, i):
        claim_funders(claims, i + 1)
    elif token.text == "," and _apposition_head(doc, i + 1):
        start = name_before(doc, i)
        # 'Claire Fontaine, une PME de Brest': only a firm is a PME, whatever the model says.
        firm = _firm_apposition(doc, i + 1)
        if start is not None and (firm or not place_or_person(doc, start, i)):
            claims.add(start, i, "Company", name=doc[start:i].text, rule="apposition")


def claim_legal(claims: Claims, i: int, end: int) -> None:
    """'Fornari Tessuti S.p.A.', 'Orchid Cargo Pte. Ltd.': the name before a legal form."""
    start = name_before(claims.doc, i)
    if start is not None:
        name = claims.doc[start:end].text
        claims.add(start, end, "Company", name=name, rule="shape", alias=(start, i))


def claim_funders(claims: Claims, i: int) -> None:
    """'lève 3 M€ auprès de Corvel, d'Arlan Partners et de Valmy': each funder is a company."""
    doc = claims.doc
    while i < len(doc) and doc[i].lower_ in FUNDER_CONNECTORS:
        stop, place = name_end(doc, i + 1, connector=False)
        if stop == i + 1 or place is not None or place_or_person(doc, i + 1, stop):
            return
        label = label_from_words(doc[i + 1 : stop]) or "Company"
        claims.add(i + 1, stop, label, name=doc[i + 1 : stop].text, rule="funder")
        i = stop + (1 if stop < len(doc) and doc[stop].text in (",", "et") else 0)
        i += 1 if i < len(doc) and doc[i].lower_ == "et" else 0


def _after_funding(doc: Doc, i: int) -> bool:
    """A fundraising verb or noun shortly before 'auprès de' ('a levé', 'un prêt')."""
    return any(t.lower_.startswith(FUNDING_STEMS) for t in doc[max(0, i - 12) : i])


def claim_bare(claims: Claims, start: int, end: int, fine_type: str) -> None:
    """'la Région' alone: the body of the article's only French région ('Région Normandie').

    The same for 'le Département' and 'le conseil régional' / 'départemental'.
    Nothing when the article names no such place,
    or several ('président de Région' in general stays unnamed).
    """
    doc = claims.doc
    bare = BARE_BODIES.get(doc[start:end].text.lower())
    if bare is None or start == 0 or doc[start].text == "région":
        return  # 'la région' in lower case is the area, not its council
    if doc[start - 1].lower_ not in ("la", "le"):
        return
    place_type, word = bare
    places = {
        attrs(s)["name"]
        for s in doc.spans[SPANS_KEY]
        if s.label_ == place_type and attrs(s).get("links", {}).get("iso3166")
    }
    if len(places) == 1:
        name = f"{word} {places.pop()}"
        claims.add(start, end, fine_type, name=name, rule="designator-bare")


def claim_model_orgs(claims: Claims) -> None:
    """Type the model's ORG spans that no rule claimed, from their own words."""
    for span in claims.doc.spans[SPANS_KEY]:
        if span.label_ != "Organisation" or not claims.free(span.start, span.end):
            continue
        start, stop = _cut_lines(span)
        if (start, stop) != (span.start, span.end):
            claims.discard(span)
            if stop <= start or not is_name_token(span.doc[start]):
                continue
            span = span.doc[start:stop]
        label = label_from_words(span)
        plain = label is None and (span.text[:1].islower() or _heading_words(span))
        if _not_a_name(span) or plain:
            claims.discard(span)  # 'ministre de l'Économie' is a role, not a name
            keep_place(claims, _place_tail(span))  # 'salon de Genève': Genève stays
            continue
        places = claims.place_tokens()
        end = _extended_end(claims, span, places)
        inner = _place_after_preposition(span, places) if end == span.end else None
        if inner is not None:
            claims.discard(span)  # 'Centre de promotion des investissements en' + 'Côte d'Ivoire'
            end = inner[1]
        party = party_name(span.text)
        rule = "shape" if label else "model"
        label = label or ("Company" if _brand_like(span) else "Organisation")
        name = party or claims.doc[span.start : end].text
        claims.add(span.start, end, label, name=name, rule=rule, inner=inner)


def _place_after_preposition(span: Span, places: set[int]) -> tuple[int, int] | None:
    """The place a model's span stops before, after its last word 'en', 'de', 'du':
    (start, end) of the place's tokens, which then end the name (else None)."""
    if span[-1].lower_ not in TRAILING_PREPOSITIONS or span.end not in places:
        return None
    end = span.end
    while end in places:
        end += 1
    return span.end, end


def _heading_words(span: Span) -> bool:
    """'Nouveaux adhérents' on a line of its own: a heading's capital, then common words."""
    doc = span.doc
    if len(span) < 2 or not all(t.is_lower and t.is_alpha for t in span[1:]):
        return False
    return span.start == 0 or "\n" in doc[span.start - 1].text


def _not_a_name(span: Span) -> bool:
    """'PME', a quoted infinitive ('« Racheter une équipe ...'), 'directrice Europe du groupe'."""
    if span.text in NOT_ORG_ACRONYMS:
        return True
    if len(span) != 1:
        return False
    word = span[0]
    if word.pos_ == "VERB" and "Inf" in word.morph.get("VerbForm", []):
        return True
    doc, i = span.doc, span.start
    # A region word inside a job title: 'directrice Europe du groupe', 'directeur France'.
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return i > 0 and doc[i - 1].lower_ in role_heads() and after in ("du", "de", "d'", "d’", ",")


def _place_tail(span: Span) -> Span | None:
    """'Genève' in the model's 'salon de Genève': the words after the last 'de'."""
    if span[0].lower_ in role_heads():
        return None  # 'ministre du Commerce': an office, not a place
    cut = max((t.i for t in span if t.lower_ in ("de", "d'", "d’", "du")), default=None)
    if cut is None or cut + 1 >= span.end:
        return None
    tail = span.doc[cut + 1 : span.end]
    return tail if tail.text[:1].isupper() and tail[0].pos_ == "PROPN" else None


def _extended_end(claims: Claims, span: Span, places: set[int]) -> int:
    """'Team France' + 'Export': capitalized words right after the model's span belong to it.

    A person the model found right after is no part of it: 'a déclaré à l'AFP Anne Roy'.
    """
    doc, end = claims.doc, span.end
    while end < len(doc) and end - span.start < 6 and doc[end].text[:1].isupper():
        if not claims.free(end, end + 1) or end in places or doc[end].ent_type_ == "PER":
            break
        end += 1
    return end


def _cut_lines(span: Span) -> tuple[int, int]:
    """'Loire Métal' + line break + 'Contrairement': the model's span read over a heading
    ends at the line break; 'TOURS - Loire Métal' (a dateline) starts after the dash."""
    doc, start, end = span.doc, span.start, span.end
    for k in range(start, end):
        if "\n" in doc[k].text:
            return start, k
        if doc[k].text in HYPHENS and doc[k].whitespace_ and k > start:
            start = k + 1
    return start, end


def _brand_like(span: Span) -> bool:
    """'Altavia', 'Blue Harbor': capitalized words only, no acronym, no place -> a company.

    Bodies read as described names ('Commission européenne', 'Cour des comptes')
    or acronyms ('OCDE', 'ONU'), and stay of unknown kind.
    """
    if any(not t.text[:1].isupper() for t in span) or any(t.is_upper for t in span):
        return False
    return lookup_place(span.text) is None


def label_from_words(span: Span) -> str | None:
    """'Invest in Lyon' -> Agency, 'Banque Vernet' -> Company, 'CCI Alsace' -> Chamber."""
    if party_name(span.text):
        return "PoliticalParty"
    if span.text.startswith("CCI"):
        return "Chamber"
    designators, suffixes = org_designators(), org_suffixes()
    found = next((designators[t.lower_][0] for t in span if t.lower_ in designators), None)
    if found or span.text[:1].islower():
        return found  # 'ministre de l'Industrie': a role, whatever its last word
    # A suffix counts capitalized: 'Invest in Lyon', not 'Office des transports du Vexin'.
    return next(
        (suffixes[t.lower_][0] for t in span if t.lower_ in suffixes and t.text[:1].isupper()),
        None,
    )


def legal_alias(doc: Doc, start: int, stop: int) -> tuple[int, int] | None:
    """The name without its legal form ('Korvan Industries' in 'Korvan Industries SAS')."""
    cut = legal_start(doc, start, stop)
    if cut is not None:
        return (start, cut)
    kind = suffix_kind(doc[stop - 1])
    if stop - start > 1 and kind is not None and kind[1] == "legal":
        return (start, stop - 1)
    return None


def suffix_kind(token: Any) -> tuple[str, str] | None:
    """(type, mode) of a name suffix or legal form ('Industries', 'GmbH', 'GmbH.'), else None."""
    table = org_suffixes()
    kind = table.get(token.lower_)
    if kind is None and token.lower_.endswith("."):
        kind = table.get(token.lower_[:-1])
        return kind if kind is not None and kind[1] == "legal" else None
    return kind


def _suffix_follows(doc: Doc, i: int) -> bool:
    """'Korvan Industries SAS', 'Loire Énergie Distribution': the last of two suffixes (a
    legal form or another capitalized suffix) ends the name, not the first one."""
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return False
    return suffix_kind(doc[i + 1]) is not None


def _apposition_head(doc: Doc, i: int) -> bool:
    """', spécialiste des ...', ', une PME de ...': a company described after its name."""
    if i < len(doc) and doc[i].lower_ in APPOSITION_DETERMINERS:
        i += 1
    return i < len(doc) and doc[i].lower_ in APPOSITION_HEADS


def _firm_apposition(doc: Doc, i: int) -> bool:
    """', une PME', ', une société': an apposition only a firm can take.

    Indefinite only: 'Fondée par Sophie Roy, l'entreprise compte ...' opens a new clause.
    """
    if i + 1 >= len(doc) or doc[i].lower_ not in ("une", "un"):
        return False
    return doc[i + 1].lower_ in FIRM_HEADS


def _is_demonym_noun(doc: Doc, token: Any) -> bool:
    """'le belge Varenco', "l'américain Brevalix": a gentilé used as a noun before a name."""
    if not token.is_lower or token.i == 0 or demonym_target(token.text) is None:
        return False
    nxt = token.i + 1
    return (
        doc[token.i - 1].lower_ in DEMONYM_DETERMINERS
        and nxt < len(doc)
        and is_name_token(doc[nxt])
    )


def _first_title(doc: Doc, start: int, stop: int) -> int | None:
    """Index of the first capitalized token of ``doc[start:stop]`` ('norvégienne Brevalix')."""
    return next((i for i in range(start, stop) if is_name_token(doc[i])), None)


def place_or_person(doc: Doc, start: int, end: int) -> bool:
    """'Lyon (ville hôte)' is a place; 'Anne Dupuis (avocate)' a person the model found."""
    if lookup_place(doc[start:end].text) is not None:
        return True
    # Read the IOB tags: building doc.ents per call is slow.
    if end - start < 2 or doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "PER":
        return False
    inside = all(doc[k].ent_iob_ == "I" for k in range(start + 1, end))
    return inside and (end == len(doc) or doc[end].ent_iob_ != "I")


def keep_place(claims: Claims, span: Span | None) -> None:
    """Keep 'Var' as a place inside 'Département du Var'."""
    if span is None:
        return
    info = lookup_place(span.text)
    if info is not None:
        place = Span(claims.doc, span.start, span.end, label=info.type)
        set_span_value(place, place_attrs(info, name=info.name, rule="gazetteer"))
        claims.keep_place(place)
