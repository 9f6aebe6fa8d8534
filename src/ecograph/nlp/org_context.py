"""Organisations recognised by what they do: the subject of a business verb.

'Orbalis a racheté ...', 'Zentrix recrute 40 ingénieurs': an unknown name the
model tagged as a place, as MISC or as a bare ORG, directly followed by a verb
only a company does (racheter, recruter, fabriquer, ...), is a company. People
are left alone ('Dupont a recruté' is rare, 'Dupont a signé' common), and so
are gazetteer places (a town signs conventions, it does not buy companies).
A lone word tagged as a person counts ('Kaptiva recrute'): a surname alone
rarely recruits or buys in the news, a brand often does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ecograph.nlp.doctext import span_text
from ecograph.nlp.org_claims import Claims

# Lemmas of verbs whose subject is a company in economic news.
BUSINESS_VERBS = {
    "racheter", "acquérir", "lever", "recruter", "embaucher", "employer", "licencier",
    "fabriquer", "produire", "commercialiser", "exporter", "distribuer", "concevoir",
    "délocaliser", "facturer", "industrialiser", "breveter", "céder",
}  # fmt: skip
# Words allowed between the name and the verb: 'a racheté', 'vient de lever', 'va recruter'.
BETWEEN = {"a", "ont", "va", "vont", "vient", "viennent", "de", "d'", "d’", "aussi", "déjà"}
BETWEEN |= {",", "qui"}  # 'Hydrolis, qui fabrique des électrolyseurs'

MAX_GAP = 4
# The lemmatizer misses some forms ('fabrique' -> 'fabrique'): long stems match too.
STEMS = tuple(v[:-2] for v in BUSINESS_VERBS if len(v) >= 8)


def claim_business_subjects(claims: Claims) -> None:
    """Claim unknown model names that are the subject of a business verb as companies."""
    doc = claims.doc
    for span in _candidates(claims):
        if claims.free(span.start, span.end) and _business_verb_follows(doc, span.end):
            claims.add(span.start, span.end, "Company", name=span.text, rule="business-verb")


def _candidates(claims: Claims) -> list[Span]:
    """The model's names that no gazetteer typed: LOC, MISC, ORG, and lone PER words."""
    places = claims.place_tokens()
    return [
        ent
        for ent in claims.ents()
        if (ent.label_ in ("LOC", "MISC", "ORG") or (ent.label_ == "PER" and len(ent) == 1))
        and span_text(ent)[:1].isupper()  # ent.text makes new Tokens
        and not places.intersection(range(ent.start, ent.end))
    ]


def _business_verb_follows(doc: Doc, end: int) -> bool:
    for token in doc[end : min(end + MAX_GAP + 1, len(doc))]:
        if token.pos_ == "VERB" and (
            token.lemma_.lower() in BUSINESS_VERBS or token.lower_.startswith(STEMS)
        ):
            return True
        if token.lower_ not in BETWEEN:
            return False
    return False
