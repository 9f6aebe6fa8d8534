"""One person, several mentions: 'Mme Fontanel' and 'la famille Marchetti' after a full name.

The press names a person in full once ('Clara Fontanel'), then by the surname alone,
with or without a civility title ('Mme Fontanel', 'Fontanel'), and may speak of the
family first ('la famille Marchetti ... le fondateur, Paolo Marchetti'). Such a mention
takes the full name, so that the record holds one person, unless two people of the
article share the surname ('Anne et Paul Morvan': nobody can tell which one is meant).
"""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.nlp.spans import attrs

# Civility titles the model keeps inside a person's span: 'Mme Fontanel'.
TITLES = frozenset({"M.", "Mme", "Mmes", "Mlle", "MM.", "Me", "Dr", "Pr", "Monsieur", "Madame"})


def surname_of(span: Span) -> str | None:
    """'Mme Fontanel' -> 'Fontanel'; 'Fontanel' -> 'Fontanel'; a full name -> None."""
    words = [t.text for t in span if t.text not in TITLES]
    return words[0] if len(words) == 1 else None


def unify_surnames(people: list[Span]) -> None:
    """Give a surname-only mention the full name of the one person who bears it."""
    full: dict[str, set[str]] = {}
    for span in people:
        words = [t.text for t in span if t.text not in TITLES]
        if len(words) >= 2:
            # 'Louis Martin de Vauclair': the surname may hold a particle; its last word counts.
            full.setdefault(words[-1], set()).add(" ".join(words))
    if not full:
        return
    for span in people:
        surname = surname_of(span)
        names = full.get(surname) if surname else None
        if names is not None and len(names) == 1:
            attrs(span)["name"] = next(iter(names))
