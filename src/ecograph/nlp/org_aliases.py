"""Other names of an organisation found by eco_orgs: acronyms and repeated names."""

from __future__ import annotations

from spacy.attrs import ORTH

from ecograph.nlp.org_claims import Claims, typed_place_tokens


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
    """The acronym was claimed alone (model, 'CCI...' shape): it names the expanded body."""
    claim = claims.at(i)
    alone = claim is not None and claim.data.get("rule") in ("model", "shape")
    if claim is not None and alone and claim.end - claim.start == 1:
        claim.label = label
        claim.data.update(name=name, rule="acronym")


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
