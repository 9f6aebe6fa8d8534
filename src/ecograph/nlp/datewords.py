"""French calendar words and regex fragments shared by the date rules (pure, no spaCy)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from babel.dates import get_month_names
from text_to_num import text2num

# Month names come from CLDR through babel, so spelling variants stay in one place.
_CLDR_MONTHS = get_month_names("wide", locale="fr")
MONTHS: dict[str, int] = {str(name).casefold(): num for num, name in _CLDR_MONTHS.items()}
# The press writes "fevrier", "aout" and "decembre" without accents often enough to matter.
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12})

AP = "['’]"  # French elision is typed with either apostrophe.
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
MONTH_INITIALS = "".join(sorted({name[0] for name in MONTHS}))
WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
DAY = r"(?:1er|[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:19|20)\d{2}"
NUMWORD = (
    r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d{1,2})"  # counts of months
)

ORDINALS = {
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
}
ORDINAL = "(?:" + "|".join(ORDINALS) + ")"

# First words of date patterns, for `scan`.
MONTH_WORDS = tuple(MONTHS)
DIGITS = tuple("0123456789")


def starting_with(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile `pattern`, every match of which starts with a character of the class `first`.

    Python's engine tries a pattern at every position of the text; a lookahead on
    the first character turns most positions down at once (the date rules scan
    whole articles and ran about twice as slow without it).
    """
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


def finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """Yield what ``pattern.finditer(text)`` yields, trying the pattern only at `starts`.

    `starts` must be sorted and hold every offset where a match can begin: the
    engine then skips the stretches between them instead of testing each position.
    """
    end = 0
    for start in starts:
        if start >= end and (found := pattern.match(text, start)) is not None:
            end = found.end()
            yield found


def scan(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose matches all begin with one of `words`.

    `words` are lowercase beginnings ("les", "mai", a digit); a case-blind regex
    engine tests every position of an article, a lowered-text search only finds
    where the words stand (also inside longer words: "mai" in "maison").
    """
    starts = word_starts(text, words)
    return pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts)


@lru_cache(maxsize=64)
def word_starts(text: str, words: tuple[str, ...]) -> tuple[int, ...] | None:
    """Return the sorted offsets where one of `words` begins in `text`, whatever its case.

    None when lowering would shift offsets ("İ" lowers to two characters).
    """
    low = _lower(text)
    if low is None:
        return None
    starts = set()
    for word in words:
        at = low.find(word)
        while at != -1:
            starts.add(at)
            at = low.find(word, at + 1)
    return tuple(sorted(starts))


def forget() -> None:
    """Drop the offsets kept for earlier texts: they serve the passes over one article only.

    Called once per article, so that repeated texts (a benchmark) are read anew.
    """
    word_starts.cache_clear()
    _lower.cache_clear()


@lru_cache(maxsize=4)
def _lower(text: str) -> str | None:
    """`text` lowered as the case-blind regex engine compares letters, offsets kept."""
    if "\u0130" in text:
        return None
    low = text.lower()
    if not low.isascii():
        # The engine also reads the dotless "ı" as "i" and the long "ſ" as "s".
        low = low.replace("ı", "i").replace("ſ", "s")
    return low


# Words after which the future is meant: "est attendu en février", "prévu en novembre".
FORWARD = re.compile(
    r"\b(?:prévue?s?|prévoi\w*|attendue?s?|devrai(?:t|ent)|aura lieu|se tiendra|se déroulera|"
    r"programmée?s?|envisagée?s?|prochaine?s?|à venir|doi(?:t|vent)|vont|va|sera|seront|"
    r"iront|ira|viendra|viendront|projette|compte|prochainement|d['’]ici)\b",
    re.IGNORECASE,
)


# Compound past ("a ouvert", "ont signé", "avait été"): the date is behind the writer.
PAST_WORDING = re.compile(
    # "a lieu" is the present of "avoir lieu"; "a eu lieu" is past through "eu".
    r"\b(?:a|ont|avait|avaient|était|étaient)\s+(?:(?!lieu\b)\w+\s+)?"
    r"(?:été|(?!lieu\b)\w+(?:ée?s?|is|it|ert|u|us|int))\b",
    re.IGNORECASE,
)


def month_number(word: str) -> int:
    """Return the month number of a French month name ('Février' -> 2)."""
    return MONTHS[word.casefold()]


def day_number(word: str) -> int:
    """Return the day of a French day token ('1er' -> 1, '04' -> 4)."""
    return 1 if word.casefold() == "1er" else int(word)


def count_number(word: str) -> int:
    """Return a small count written in digits or words ('neuf' -> 9)."""
    return int(word) if word.isdigit() else int(text2num(word.casefold(), "fr"))


def sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence-like stretch of `text` holding ``text[start:end]``."""
    left = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    rights = [i for i in (text.find(mark, end) for mark in ".!?\n") if i != -1]
    return text[left : min(rights) if rights else len(text)]
