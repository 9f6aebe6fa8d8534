"""Organisations recognised by their syntactic slot: unknown names where companies sit.

The model tags unknown brand names as people, places or MISC ('Quorisk', 'chez
Marnac'). A name the gazetteer does not know is a company when:

- it follows 'chez' ('grève chez Thermalis', 'Chez Marnac, on mise ...');
- it is the complement of a company noun or of an office ('les dirigeants de
  Cervio', 'le directeur général de Lunatech', 'le siège de Dalvex');
- it is quoted as a source ('Selon Bravia, le marché ...');
- it is listed with an organisation ('avec Altavia, Quorisk et Belmonte',
  'de Cervio et de Lunatech');
- it is a lone word tagged as a person that no full name of the article ends or
  starts with, and no civility title or role announces ('Veltis a annoncé ...'):
  the press introduces people by their full name, brands by their name alone.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ecograph.gazetteer import lookup_place
from ecograph.gazetteer.lexicons import org_designators, role_heads
from ecograph.nlp.doctext import span_text
from ecograph.nlp.org_claims import Claims

# 'les dirigeants de X', 'le siège de X': nouns whose complement is a company.
COMPANY_NOUNS = {
    "dirigeants", "direction", "salariés", "employés", "usine", "usines", "siège",
    "actionnaires", "actionnaire", "filiale", "clients", "capital", "effectifs",
    "sites", "rachat", "reprise", "chiffre", "ouvriers", "syndicats",
}  # fmt: skip
CONNECTORS = {"de", "d'", "d’", "du"}
LIST_JOINERS = {",", "et", "ou"}
SOURCE_WORDS = {"selon", "après"}
# 'M. Veltis', 'le ministre Tessier': a title announces a person.
TITLES = {"M.", "Mme", "Mmes", "Mlle", "MM.", "Me", "Dr", "Pr", "monsieur", "madame"}
# 'le modèle Zéphyr', 'la gamme Orane': the name of a product, not of its maker.
PRODUCT_NOUNS = {"modèle", "gamme", "produit", "logiciel", "application", "véhicule", "voiture"}
PRODUCT_NOUNS |= {"marque", "label", "projet", "programme", "opération", "plan", "salon"}


def claim_lone_names(claims: Claims) -> None:
    """Claim unknown model names in a company slot as companies (see module doc)."""
    doc = claims.doc
    claim_sources(claims)
    candidates = [s for s in _candidates(claims) if claims.free(s.start, s.end)]
    if not candidates:
        return
    surnames = _full_name_words(claims)
    for span in candidates:
        if _full_name(span):
            # 'Jonas Weber' is a person, except in 'les salariés de Blue Harbor'.
            if _company_noun_before(doc, span.start):
                claims.add(span.start, span.end, "Company", name=span.text, rule="slot")
            continue
        if _company_slot(doc, span) or _unannounced_person(doc, span, surnames):
            claims.add(span.start, span.end, "Company", name=span.text, rule="slot")
    # Lists: 'avec Altavia, Quorisk et Belmonte' -- twice, for names on both sides.
    for _ in range(2):
        for span in candidates:
            if _full_name(span) or not claims.free(span.start, span.end):
                continue
            if _listed_with_org(claims, span):
                # 'la FIM et le GIFAS': an acronym may be any kind of body.
                label = "Organisation" if span.text.isupper() else "Company"
                claims.add(span.start, span.end, label, name=span.text, rule="list")


def claim_sources(claims: Claims) -> None:
    """'Selon Bravia, ...', "D'après Orkam, ...": a lone unknown name quoted as a source.

    Not a gazetteer place, and not the surname of a person the article names in
    full ('selon Dupuis' after 'Anne Dupuis').
    """
    doc = claims.doc
    wanted = {doc.vocab.strings.add(w) for w in SOURCE_WORDS}
    hits = [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in wanted]
    for i in hits:
        if i + 2 >= len(doc) or (doc[i].lower_ == "après" and not _after_d(doc, i)):
            continue
        name = doc[i + 1]
        if not name.is_title or doc[i + 2].text != "," or name.text in _full_name_words(claims):
            continue
        if lookup_place(name.text) is None and name.lower_ not in org_designators():
            claims.add(name.i, name.i + 1, "Company", name=name.text, rule="source")


def _after_d(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in ("d'", "d’")


def _candidates(claims: Claims) -> list[Span]:
    """Capitalized model names of at most three words that no gazetteer typed."""
    doc, places = claims.doc, claims.place_tokens()
    return [
        ent
        for ent in claims.ents()
        if ent.label_ in ("LOC", "MISC", "ORG", "PER")
        and len(ent) <= 3
        and (text := span_text(ent))[:1].isupper()  # ent.text makes new Tokens
        and text.lower() not in org_designators()  # 'président de Région'
        and not places.intersection(range(ent.start, ent.end))
        and not _after_product_noun(doc, ent.start)
        and not _passive_participle(doc, ent)
    ]


def _full_name(span: Span) -> bool:
    return span.label_ == "PER" and len(span) > 1


def _company_noun_before(doc: Doc, i: int) -> bool:
    """'les salariés de X', 'le siège de X'."""
    return i >= 2 and doc[i - 1].lower_ in CONNECTORS and doc[i - 2].lower_ in COMPANY_NOUNS


def _passive_participle(doc: Doc, span: Span) -> bool:
    """'Conduite par la maire, ...': a capitalized participle before its agent."""
    return span.end < len(doc) and doc[span.end].lower_ == "par"


def _company_slot(doc: Doc, span: Span) -> bool:
    """'chez X', 'les dirigeants de X', 'le directeur général de X'."""
    i = span.start
    if i > 0 and doc[i - 1].lower_ == "chez":
        return True
    if i < 2 or doc[i - 1].lower_ not in CONNECTORS:
        return False
    head = doc[i - 2]
    if head.lower_ in COMPANY_NOUNS or head.lower_ in role_heads():
        return True
    # 'le directeur général de X': an office followed by one qualifier.
    return i >= 3 and doc[i - 3].lower_ in role_heads() and head.is_lower


def _unannounced_person(doc: Doc, span: Span, surnames: set[str]) -> bool:
    """A lone 'person' word that no full name, title or role of the article announces."""
    if span.label_ != "PER" or len(span) != 1 or span.text in surnames:
        return False
    if span[0].pos_ in ("VERB", "AUX", "ADJ", "ADV", "ADP", "DET", "PRON"):
        return False  # a capitalized common word the tagger knows ('Conduite')
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.text in TITLES or before.lower_ in role_heads()):
        return False
    return not (before is not None and before.text == "," and _role_before(doc, span.start - 1))


def _role_before(doc: Doc, comma: int) -> bool:
    """'le président de la Région, Tessier': an office phrase just before the comma."""
    return any(t.lower_ in role_heads() for t in doc[max(0, comma - 6) : comma])


def _full_name_words(claims: Claims) -> set[str]:
    """Words of the article's multi-word person names ('Claire Mounier' -> both words)."""
    return {t.text for e in claims.ents() if e.label_ == "PER" and len(e) > 1 for t in e}


def _listed_with_org(claims: Claims, span: Span) -> bool:
    """True when a list neighbour of ``span`` is a claimed organisation."""
    doc = claims.doc
    before = span.start - 1
    if before > 0 and doc[before].lower_ in CONNECTORS:
        before -= 1  # 'de Cervio et de Lunatech'
    if before > 0 and doc[before].lower_ in LIST_JOINERS and claims.at(before - 1) is not None:
        return True
    after = span.end
    if after + 1 < len(doc) and doc[after].lower_ in LIST_JOINERS:
        nxt = after + 1 + (1 if doc[after + 1].lower_ in CONNECTORS else 0)
        return nxt < len(doc) and claims.at(nxt) is not None
    return False


def _after_product_noun(doc: Doc, i: int) -> bool:
    """'le modèle Zéphyr', 'la gamme Orane': the word before names a product."""
    return i > 0 and doc[i - 1].lower_ in PRODUCT_NOUNS
