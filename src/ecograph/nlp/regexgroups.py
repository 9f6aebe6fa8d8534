"""Long regex alternations grouped under their first letter, for speed only (pure).

Python's regex engine tries the alternatives of a group one after the other at
each position it tests: with a hundred cue words or sector forms, a hundred
tests per word of the article. Grouped under their first letter ("s(?:ecteurs?|
ociétés?)|f(?:ilières?)"), it tests one branch per letter, then only the words
that open on the letter read. The grouped regex matches exactly what the flat
one matches: alternatives opening on different letters never both match at one
place, and within one letter their order (the engine's preference) is kept.
"""

from __future__ import annotations

# Initials no two of which match one character, case-blind or not ("s" and "ſ" would:
# the long s, the dotless "ı" and other odd letters are not grouped).
_SAFE_INITIALS = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöûùüÿœæ")


def alternatives(pattern: str) -> list[str]:
    """Split a regex on its top-level "|" (not inside groups, classes or escapes)."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def by_initial(pattern: str, *, ignore_case: bool = False) -> str:
    """`pattern` (an alternation) with its alternatives grouped under their first letter.

    With `ignore_case` (a regex compiled case-blind), "BTP" and "bois" share the "b"
    group: case-blind, a capital initial matches what its lower-case letter matches.
    Returned unchanged when an alternative does not open on a plain letter of
    `_SAFE_INITIALS` (a class, a group, a quantified letter): then the grouping
    could change what matches.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives(pattern):
        initial, rest = alternative[:1], alternative[1:]
        if ignore_case and initial.lower() in _SAFE_INITIALS and initial.lower().upper() == initial:
            initial = initial.lower()
        if initial not in _SAFE_INITIALS or rest[:1] in ("?", "*", "+", "{"):
            return pattern
        groups.setdefault(initial, []).append(rest)
    return "|".join(f"{initial}(?:{'|'.join(rests)})" for initial, rests in groups.items())
