"""Other names of an organisation found by eco_orgs: acronyms and repeated names."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ecograph.gazetteer import lookup_place
from ecograph.gazetteer.lexicons import org_designators
from ecograph.nlp.org_claims import Claim, Claims


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


def _rename_model_claim(
    claims: Claims, i: int, label: str, name: str, *, rule: str = "acronym"
) -> None:
    """A word claimed alone (model, 'CCI...' shape) names a body found by a rule."""
    claim = claims.at(i)
    alone = claim is not None and claim.data.get("rule") in ("model", "shape")
    if claim is not None and alone and claim.end - claim.start == 1:
        claim.label = label
        claim.data.update(name=name, rule=rule)


def _short_name(doc: Doc, claim: Claim) -> str | None:
    """'Kestrel' for 'Kestrel Antriebe GmbH': a company later named by its first word."""
    words = doc[claim.start : claim.end]
    first = words[0]
    if claim.label != "Company" or len(words) < 2 or claim.data.get("rule") == "model":
        return None
    if len(first) < 4 or not first.is_title or first.lower_ in org_designators():
        return None
    if lookup_place(first.text) is not None:
        return None  # 'Lorient Développement': 'Lorient' alone is the town
    return first.text


def propagate_names(claims: Claims) -> None:
    """Other occurrences of a rule-found name are mentions of the same organisation."""
    doc = claims.doc
    first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for claim in claims.items:
        ranges = [claim.alias] if claim.alias else []
        if claim.data.get("rule") != "model":
            ranges.append((claim.start, claim.end))
        for start, end in ranges:
            words = tuple(t.text for t in doc[start:end])
            if len("".join(words)) > 2:
                first.setdefault(words[0], []).append((words, claim.label, claim.data["name"]))
        head = _short_name(doc, claim)
        if head:
            first.setdefault(head, []).append(((head,), claim.label, claim.data["name"]))
    if not first:
        return
    blocked = claims.place_tokens()
    hashes = {doc.vocab.strings.add(word) for word in first}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in hashes:
            continue
        token = doc[i]
        for words, label, name in first[token.text]:
            end = token.i + len(words)
            span_words = tuple(t.text for t in doc[token.i : end])
            if span_words != words or blocked.intersection(range(token.i, end)):
                continue
            if not claims.add(token.i, end, label, name=name, rule="propagated"):
                _rename_model_claim(claims, token.i, label, name, rule="propagated")
