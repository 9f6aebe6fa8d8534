"""Other names of an organisation found by eco_orgs: acronyms and repeated names."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ecograph.gazetteer import lookup_place
from ecograph.gazetteer.lexicons import org_designators
from ecograph.link import fold
from ecograph.nlp.doctext import column_strings
from ecograph.nlp.org_claims import Claim, Claims
from ecograph.nlp.org_names import is_name_token

# Rules that guess a name from its slot alone: a rule-found name of the same words wins.
WEAK_RULES = frozenset({"model", "shape", "slot", "list", "business-verb", "source"})
# Capitalized particles of family names that open company names: 'Van Dijk Transport NV'.
PARTICLES = frozenset({"Van", "Von", "Vander", "De", "Di", "Da", "Del", "Della", "Le", "La"})
PARTICLES |= frozenset({"Al", "El", "Ben", "Ter", "Ten", "Den", "Der", "Du", "Mac", "Mc"})
# Heads of network names that the article repeats alone: 'les membres du Club'.
NETWORK_HEADS = frozenset({"club", "cluster", "réseau", "pôle", "association", "fédération"})
# Designators that name, alone, the only such body of the article.
BARE_BODIES = {"cci": "Chamber", "métropole": "PublicBody"}


def add_acronyms(claims: Claims) -> None:
    """'l'Agence de développement du Gard (ADG)': the acronym names the same organisation."""
    doc = claims.doc
    for claim in list(claims.items):
        i = claim.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            acronym = doc[i + 1]
            # 'LYON (AFP)': a dateline's agency, no acronym of the name before it.
            initial = fold(acronym.text[:1]) == fold(claim.data["name"][:1])
            if acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 8 and initial:
                name = claim.data["name"]
                if not claims.add(i + 1, i + 2, claim.label, name=name, rule="acronym"):
                    _rename_model_claim(claims, i + 1, claim.label, name)


def _rename_model_claim(
    claims: Claims, i: int, label: str, name: str, *, rule: str = "acronym", end: int = 0
) -> None:
    """Words claimed alone by a guess (model, slot, list) name a body a rule found.

    'Corvel' tagged as a lone person, 'Orchid Cargo' as the subject of a business
    verb: the same words as another claim's name or short name.
    """
    claim = claims.at(i)
    weak = claim is not None and claim.data.get("rule") in WEAK_RULES
    if claim is not None and weak and (claim.start, claim.end) == (i, end or i + 1):
        claim.label = label
        claim.data.update(name=name, rule=rule)


def _widen_weak_claim(claims: Claims, start: int, end: int, label: str, name: str) -> bool:
    """'Vinéa' + 'Data' where a guess claimed 'Data' alone: the known name takes the words."""
    owners = {claims.owner[k] for k in range(start, end)} - {-1}
    if len(owners) != 1:
        return False
    index = owners.pop()
    claim = claims.items[index]
    inside = start <= claim.start and claim.end <= end and (claim.start, claim.end) != (start, end)
    if not inside or claim.data.get("rule") not in WEAK_RULES:
        return False
    claim.start, claim.end, claim.label = start, end, label
    claim.data.update(name=name, rule="propagated")
    claims.owner[start:end] = [index] * (end - start)
    return True


def _short_name(doc: Doc, claim: Claim) -> tuple[str, ...] | None:
    """'Falkner' for 'Falkner Technik GmbH': a company later named by its first word
    ('Van Dijk' for 'Van Dijk Transport NV': a particle and the word it introduces)."""
    words = doc[claim.start : claim.end]
    first = words[0]
    if claim.label != "Company" or len(words) < 2 or claim.data.get("rule") == "model":
        return None
    if first.text in PARTICLES and len(words) > 2 and words[1].is_title:
        return (first.text, words[1].text)
    if len(first) < 4 or not first.is_title or first.lower_ in org_designators():
        return None
    if lookup_place(first.text) is not None:
        return None  # 'Lorient Développement': 'Lorient' alone is the town
    return (first.text,)


def propagate_names(claims: Claims) -> None:
    """Other occurrences of a rule-found name are mentions of the same organisation."""
    doc = claims.doc
    # The token texts read from the ORTH column: no Token per word.
    texts = column_strings(doc, ORTH)
    first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for claim in claims.items:
        ranges = [claim.alias] if claim.alias else []
        if claim.data.get("rule") != "model":
            ranges.append((claim.start, claim.end))
        for start, end in ranges:
            words = tuple(texts[start:end])
            if len("".join(words)) > 2:
                first.setdefault(words[0], []).append((words, claim.label, claim.data["name"]))
        head = _short_name(doc, claim)
        if head:
            first.setdefault(head[0], []).append((head, claim.label, claim.data["name"]))
    if not first:
        return
    for entries in first.values():
        entries.sort(key=lambda entry: -len(entry[0]))  # 'Orchid Cargo' before 'Orchid'
    blocked = claims.place_tokens()
    for i, text in enumerate(texts):
        if text not in first:
            continue
        for words, label, name in first[text]:
            end = i + len(words)
            if tuple(texts[i:end]) != words or blocked.intersection(range(i, end)):
                continue
            added = claims.add(i, end, label, name=name, rule="propagated")
            if not added and not _widen_weak_claim(claims, i, end, label, name):
                _rename_model_claim(claims, i, label, name, rule="propagated", end=end)
            break


def name_bare_bodies(claims: Claims, found: list[int]) -> None:
    """'la CCI', 'la métropole' alone: the only chamber or metropolis body of the article.

    `found` holds the indices of the words 'CCI' and 'métropole'; nothing is named
    when the article names no such body, or several.
    """
    doc = claims.doc
    for i in found:
        word = doc[i].lower_
        if i == 0 or doc[i - 1].lower_ != "la" or word not in BARE_BODIES:
            continue
        if i + 1 < len(doc) and is_name_token(doc[i + 1]):
            continue  # 'la CCI Vallée du Lys' names itself
        label = BARE_BODIES[word]
        names = {
            c.data["name"]
            for c in claims.items
            if c.label == label and c.end - c.start > 1 and word in c.data["name"].lower()
        }
        if len(names) != 1:
            continue
        name = names.pop()
        claim = claims.at(i)
        if claim is None:
            claims.add(i, i + 1, label, name=name, rule="designator-bare")
        elif (claim.start, claim.end) == (i, i + 1) and claim.data["name"].lower() == word:
            claim.label = label  # the model's 'CCI' alone, maybe propagated
            claim.data.update(name=name, rule="designator-bare")


def name_bare_heads(claims: Claims) -> None:
    """'le Club' alone, capitalized: the one network of the article named 'Club ...'."""
    doc = claims.doc
    for claim in claims.items:
        word = doc[claim.start]
        if claim.end - claim.start != 1 or word.lower_ not in NETWORK_HEADS:
            continue
        if not word.text[:1].isupper() or claim.data.get("name") != word.text:
            continue
        names = {
            c.data["name"]
            for c in claims.items
            if c.end - c.start > 1 and c.data.get("name", "").split()[0] == word.text
        }
        if len(names) == 1:
            claim.data["name"] = names.pop()
