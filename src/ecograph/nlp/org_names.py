"""Token-level helpers for eco_orgs: where an organisation name starts and ends.

They read only token text and case (no tagger), so they behave the same on a
hand-built ``Doc`` and on the real pipeline.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ecograph.gazetteer import demonym_target, lookup_place
from ecograph.nlp.org_legal import legal_form_end

# 'Ville de Lyon', 'Département des Landes', "Chambre d'agriculture de l'Ain".
CONNECTORS = {"de", "du", "des", "d'", "d’"}
ARTICLES = {"la", "l'", "l’"}
# Inside a name: 'Nice Côte d'Azur', 'Boulogne-sur-Mer', 'Maisons des Arts'.
INNER = {"d'", "d’", "de", "du", "des", "sur"}
HYPHENS = {"-", "‐", "‑"}
# Parenthesised words that are not an activity: '(voir ci-dessous)', '(sic)'.
NOT_ACTIVITY = {"voir", "lire", "photo", "sic", "ndlr", "ex", "dont", "soit", "environ", "hors"}
MAX_NAME = 6
# Words before a capitalized designator that show it starts a name ('Le Groupe Casino').
FUNCTION_WORDS = {"le", "la", "les", "l'", "l’", "un", "une", "du", "des", "de", "d'", "d’"}
# Heads of names that describe before naming: 'École nationale supérieure des mines
# d'Albi', 'Union des industries du bois (UIB)', 'Université de technologie de Compiègne'.
DESCRIBED_HEADS = {"école", "institut", "université", "union", "groupement", "fédération"}
DESCRIBED_HEADS |= {"centre", "conservatoire", "observatoire", "office", "fondation", "agence"}
MAX_DESCRIBED = 8
FUNCTION_WORDS |= {"au", "aux", "à", "et", "ou", "en", "par", "pour", "avec", "chez", "dont"}


def is_name_token(token: object) -> bool:
    """A capitalized word, an acronym, a number or a camel-case brand ('Airbus', '3M', 'iXcell')."""
    text = getattr(token, "text", "")
    if text[:1].isupper() or (text[:1].isdigit() and text.isalnum()):
        return True
    # Brands written in camel case: 'iXcell', 'eNova'.
    return text.isalpha() and any(c.isupper() for c in text[1:])


def name_end(
    doc: Doc, start: int, *, connector: bool = True, skip_adjectives: bool = False
) -> tuple[int, Span | None]:
    """Return the end of the name beginning at `start` and the place it names, if any.

    With `connector`, a leading 'de', 'des', "d'" (and 'la', "l'") is part of the
    name ('Ville de Lyon'); with `skip_adjectives`, up to two gentilés or lower-case
    adjectives are skipped ('la société norvégienne Brevalix').
    """
    i, n = start, len(doc)
    if connector and i < n and doc[i].lower_ in CONNECTORS:
        i += 1
        # 'Ville de La Rochelle': a capitalized article belongs to the town's name.
        i += 1 if i < n and doc[i].lower_ in ARTICLES and not _town_article(doc, i) else 0
    skipped = 0
    while skip_adjectives and i < n and skipped < 2 and is_adjective(doc[i]):
        i, skipped = i + 1, skipped + 1
    name_start, j = i, i
    while j < n and j - name_start < MAX_NAME:
        width = 1 if is_name_token(doc[j]) else _join_width(doc, j) if j > name_start else 0
        if not width:
            break
        j += width
    # A name starts with a capital letter: '28 collaborateurs' is not one.
    if j == name_start or doc[name_start].text[:1].isdigit():
        return start, None
    j = _with_legal_form(doc, name_start, j)
    place = doc[name_start:j]
    return j, place if lookup_place(place.text) is not None else None


def _town_article(doc: Doc, i: int) -> bool:
    """'La' + 'Rochelle': a capitalized article that opens a known place's name."""
    if not doc[i].text[:1].isupper() or i + 1 >= len(doc):
        return False
    return lookup_place(doc[i : i + 2].text) is not None


def _with_legal_form(doc: Doc, start: int, stop: int) -> int:
    """'Fornari S.p' + '.' + 'A.': a dotted legal form the name scan cut ends the name."""
    for k in range(start + 1, stop + 1):
        end = legal_form_end(doc, k)
        if end is not None:
            return max(stop, end)
    return stop


def name_before(doc: Doc, end: int, *, allow_lower: bool = False) -> int | None:
    """Return where the name ending just before `end` starts ('Brevalix solutions' + '(').

    With `allow_lower`, plain lower-case words may follow the first capitalized
    one ('Brevalix solutions'); the name must start with a capital.
    """
    i = end
    while i > 0 and end - i < MAX_NAME and _continues_back(doc, i - 1, allow_lower=allow_lower):
        i -= 1
    # 'Les Services ...' at a sentence start: the article is no part of the name.
    while i < end and (not is_name_token(doc[i]) or doc[i].lower_ in FUNCTION_WORDS):
        i += 1
    if i == end or (i > 0 and doc[i - 1].text in ARTICLES | {"le", "les", "un", "une"}):
        return None
    return i


def _continues_back(doc: Doc, i: int, *, allow_lower: bool) -> bool:
    """True when token `i` still belongs to a name read from right to left."""
    token = doc[i]
    if is_name_token(token) or (allow_lower and _plain_word(token)):
        return True
    # 'Marlin & Fils SAS', 'Saint-Gobain' read backwards; 'CAEN - Normandie Essor' is a
    # dateline: a dash between spaces ends the name.
    if token.text in HYPHENS and token.whitespace_ and doc[i - 1].whitespace_:
        return False
    return (token.text in HYPHENS or token.text == "&") and i > 0 and is_name_token(doc[i - 1])


def paren_activity(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start_char, end_char) of '(logiciel de gestion)' opening at token `i`, else None."""
    if i + 1 >= len(doc) or doc[i].text != "(":
        return None
    first = doc[i + 1]
    # An activity starts with a content word: '(logiciel de paie)', not '(à gauche)'.
    if not (first.is_alpha and first.text[0].islower()) or first.is_stop:
        return None
    if first.lower_ in NOT_ACTIVITY:
        return None
    for j in range(i + 2, min(i + 30, len(doc))):
        if doc[j].text == ")":
            return doc[i + 1].idx, doc[j - 1].idx + len(doc[j - 1].text)
        if doc[j].text in ("(", "."):
            return None
    return None


def _join_width(doc: Doc, j: int) -> int:
    """Tokens a joiner takes before the next capitalized word: '-', '&', 'de', "de l'" (else 0).

    'Marlin & Fils', 'Nice Côte d'Azur', "Vignerons du Couchant".
    """
    n = len(doc)
    joiner = doc[j].text in HYPHENS or doc[j].text == "&" or doc[j].lower_ in INNER
    if joiner and j + 1 < n and is_name_token(doc[j + 1]):
        return 2
    if doc[j].lower_ in INNER and j + 2 < n and doc[j + 1].lower_ in ARTICLES:
        return 3 if is_name_token(doc[j + 2]) else 0
    return 0


def is_adjective(token: object) -> bool:
    """A lower-case qualifier between a designator and a name ('la PME tourangelle X')."""
    text = getattr(token, "text", "")
    if not text[:1].islower() or is_name_token(token):
        return False
    if demonym_target(text) is not None:
        return True
    # Not a verb: 'l'entreprise emploie Brevalix' has no name after 'entreprise'.
    return _plain_word(token) and getattr(token, "pos_", "") not in ("VERB", "AUX", "NOUN")


def _plain_word(token: object) -> bool:
    """A lower-case content word that may sit inside a brand name ('technologies')."""
    return bool(getattr(token, "is_alpha", False) and not getattr(token, "is_stop", True))


def described_end(doc: Doc, start: int) -> tuple[int, Span | None]:
    """End of lower-case words closed by a name or an acronym: 'nationale des mines d'Albi'.

    Returns ``(start, None)`` when the words lead to no name ('l'école a ouvert').
    """
    j, n = start, len(doc)
    while j < n and j - start < MAX_DESCRIBED:
        token = doc[j]
        if token.text == "(" and j + 2 < n and doc[j + 1].is_upper and doc[j + 2].text == ")":
            return (j, None) if j > start else (start, None)  # '... du bois (UIB)'
        if token.lower_ in INNER | ARTICLES and j + 1 < n and is_name_token(doc[j + 1]):
            stop, place = name_end(doc, j)
            return (stop, place) if stop > j else (start, None)
        if not (token.is_alpha and token.is_lower) and token.lower_ not in INNER | ARTICLES:
            return start, None
        if getattr(token, "pos_", "") in ("VERB", "AUX") or token.lower_ in ("et", "ou"):
            return start, None
        j += 1
    return start, None


def campus_end(doc: Doc, stop: int, place: Span | None) -> tuple[int, Span | None]:
    """'Université du Québec' + 'à Montréal': a campus town ends the name."""
    if stop + 1 < len(doc) and doc[stop].lower_ == "à" and is_name_token(doc[stop + 1]):
        end, town = name_end(doc, stop + 1, connector=False)
        if town is not None:
            return end, town
    return stop, place


def gentile_end(doc: Doc, start: int) -> int:
    """After 'Chambre de commerce' + 'franco-allemande' / 'italienne': the index past it."""
    if start >= len(doc) or not doc[start].is_lower:
        return start
    word = doc[start].text
    last = word.rsplit("-", 1)[-1]  # 'franco-allemande', 'franco-marocaine'
    return start + 1 if demonym_target(last) is not None else start
