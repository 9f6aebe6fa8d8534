"""Names that follow a company noun at a distance: a complement or a comma between.

'le fabricant de cycles Ravel Bikes' (the activity sits between noun and name),
'le leader européen du câble, Kabelo, ouvre ...' (the name is an apposition).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ecograph.nlp.org_names import INNER, is_adjective, is_name_token, name_end

MAX_COMPLEMENT = 3
# 'le réseau des X', 'la fédération du X': the name after a network designator.
GENITIVES = {"des", "du"}
MAX_BEFORE_COMMA = 8


def name_after_complement(doc: Doc, start: int) -> tuple[int, int] | None:
    """'de cycles' + 'Ravel Bikes': (start, stop) of a name after a lower-case complement."""
    n = len(doc)
    if start >= n or doc[start].lower_ not in INNER:
        return None
    j = start + 1
    while j < n and j - start <= MAX_COMPLEMENT and _content_word(doc[j]):
        j += 1
    if j == start + 1 or j >= n or not is_name_token(doc[j]) or doc[j].is_sent_start:
        return None
    stop, place = name_end(doc, j, connector=False)
    return (j, stop) if stop > j and place is None else None


def name_after_comma(doc: Doc, start: int) -> tuple[int, int] | None:
    """', Kabelo,' after 'le leader européen du câble': an apposed name closed by a comma."""
    n = len(doc)
    for j in range(start, min(start + MAX_BEFORE_COMMA, n - 1)):
        token = doc[j]
        if token.text == ",":
            stop, place = name_end(doc, j + 1, connector=False)
            closed = stop < n and doc[stop].text in (",", ")")
            return (j + 1, stop) if stop > j + 1 and closed and place is None else None
        if not (token.is_lower or token.lower_ in INNER) or token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _content_word(token: object) -> bool:
    """A lower-case noun or adjective of an activity ('cycles', 'pièces détachées')."""
    text = getattr(token, "text", "")
    pos = getattr(token, "pos_", "")
    return text.isalpha() and text.islower() and pos not in ("VERB", "AUX", "DET", "ADP", "PRON")


def genitive_name(doc: Doc, start: int) -> tuple[int, int] | None:
    """'des' + 'Cités européennes du vin' after 'le réseau': (start, stop) of the name.

    A plural name after a network designator may go on in lower case ('européennes',
    'du vin') up to a comma or a full stop.
    """
    n = len(doc)
    if start + 1 >= n or doc[start].lower_ not in GENITIVES or not is_name_token(doc[start + 1]):
        return None
    stop, place = name_end(doc, start + 1, connector=False)
    if stop == start + 1 or place is not None:
        return None
    j = stop
    while j < n and j - stop < MAX_COMPLEMENT and is_adjective(doc[j]):
        j += 1
    if j + 1 < n and doc[j].lower_ in INNER and _content_word(doc[j + 1]):
        j += 2
    closed = j == n or doc[j].text in (",", ".", ";", "(", ")")
    return (start + 1, j if closed else stop)
