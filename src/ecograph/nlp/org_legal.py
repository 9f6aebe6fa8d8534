"""Legal forms written over several tokens: 'S.p.A.', 'S.à r.l.', 'Pvt Ltd', 'Inc.'.

The tokenizer cuts dotted forms unevenly ('S.p' '.' 'A.', 'S.à' 'r.l' '.'), so a
form is read as text over the next few tokens, whatever the cut. The final dot of
an abbreviation is part of the form ('Corvel Inc.').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# Longest first; one optional space inside ('S.à r.l.' is also written 'S.à.r.l.').
LEGAL_FORMS = (
    "GmbH & Co. KG",
    "Sp. z o.o.",
    "Co., Ltd.",
    "Co. Ltd.",
    "Co. Ltd",
    "Pvt. Ltd.",
    "Pvt Ltd.",
    "Pvt Ltd",
    "Pte. Ltd.",
    "Pte Ltd.",
    "Pte Ltd",
    "Pty. Ltd.",
    "Pty Ltd",
    "S.à r.l.",
    "S.à.r.l.",
    "S.a.r.l.",
    "S.A.R.L.",
    "S.p.r.l.",
    "S.p.A.",
    "S.A.S.",
    "S.A.U.",
    "S.L.U.",
    "S.N.C.",
    "S.r.l.",
    "S.R.L.",
    "S.A.",
    "S.L.",
    "N.V.",
    "B.V.",
    "A.G.",
    "K.K.",
    "Inc.",
    "Ltd.",
    "Corp.",
    "A/S",
    "ASA",
    "AS",
)
_PATTERN = re.compile(
    "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s?") for f in LEGAL_FORMS) + r")(?![\w&])"
)


def _prefixes(word: str) -> set[str]:
    """The pieces the tokenizer may cut a dotted word into: 'S.p.A.' -> 's.p', 's.p.a.', ..."""
    lower = word.lower()
    cuts = [k for k in range(1, len(lower) + 1) if k == len(lower) or "." in lower[k - 1 : k + 1]]
    return {lower[:k] for k in cuts}


# Lower-case first tokens of the forms, to test a token cheaply before reading text.
FIRST_WORDS = frozenset(p for form in LEGAL_FORMS for p in _prefixes(form.split()[0]))
MAX_TOKENS = 7
# Dotted forms the tokenizer cuts ('S.p' '.' 'A.', 'Inc' '.'), which makes the parser end
# the sentence inside 'X Inc., un spécialiste de ...': kept whole before a comma or a
# bracket, where the sentence goes on (before a space the dot may end the sentence).
DOTTED_FORMS = ("S.p.A.", "S.r.l.", "S.à.r.l.", "S.a.r.l.", "S.p.r.l.", "Inc.", "Ltd.", "Corp.")
GOES_ON = (",", ")", ";")


def tokenizer_cases() -> list[tuple[str, list[str]]]:
    """(text, tokens) special cases: 'Inc.,' -> 'Inc.' + ','."""
    return [(form + mark, [form, mark]) for form in DOTTED_FORMS for mark in GOES_ON]


def legal_form_end(doc: Doc, i: int) -> int | None:
    """The token index just past a legal form starting at token `i`, else None."""
    if i >= len(doc) or doc[i].lower_ not in FIRST_WORDS or not doc[i].text[:1].isupper():
        return None
    tokens = doc[i : min(i + MAX_TOKENS, len(doc))]
    text = "".join(t.text_with_ws for t in tokens)
    found = _PATTERN.match(text)
    if found is None:
        return None
    length = 0
    for k, token in enumerate(tokens):
        length += len(token.text)
        if length == found.end():
            return i + k + 1
        if length > found.end():
            return None  # the form ends inside a token ('AS' in 'ASTER')
        length += len(token.whitespace_)
    return None


def legal_start(doc: Doc, start: int, stop: int) -> int | None:
    """Where a legal form ending exactly at `stop` starts inside ``doc[start:stop]``."""
    for k in range(start + 1, stop):
        if legal_form_end(doc, k) == stop:
            return k
    return None
