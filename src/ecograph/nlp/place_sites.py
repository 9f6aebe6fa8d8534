"""Places eco_places reads from a noun before them: sites and towns of a business noun.

- A business site is named after its kind: 'la technopole Atalante', 'le parc
  technologique Orbiter', 'la zone industrielle des Vignes', 'l'ancienne caserne
  Lamoricière'. The model tags such names as organisations or brands; the kind noun
  says they are places (type Place, the site noun included in the mention).
- A wire dispatch opens on its dateline, the town in capitals: 'LYON (AFP) -',
  'RENNES, 3 mars 2025 -', 'TOURS - Ravel Cartons absorbe ...' (a column's items).
- A town completes a business noun with 'de': 'une PME de Lannion', 'les industriels
  de Cholet'. 'de' alone introduces an owner as often as a place ('le directeur de
  Vinci'), so only nouns that denote firms or their people count.
"""

from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.tokens import Doc

from ecograph.gazetteer import PlaceInfo, lookup_place
from ecograph.nlp.doctext import doc_text
from ecograph.nlp.place_rules import add_place, covered
from ecograph.nlp.spans import entity_spans, remove_entities

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
SITE = re.compile(
    r"\b(?:technop[oô]les?|parcs?\s+(?:technologiques?|scientifiques?|industriels?"
    r"|d['’]activités?|d['’]innovation)|zones?\s+(?:industrielles?|d['’]activités?"
    r"|portuaires?|artisanales?)|casernes?|pépinières?\s+d['’]entreprises)"
    # The name follows the noun; 'Belle Étoile', 'des Vignes' (a plural article).
    rf"\s+(?P<name>(?:des\s+|du\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
SITE_CUES = ("technop", "parc", "zone", "caserne", "pépinière")
# Nouns whose 'de' complement is where a firm or its people are: 'une PME de Lannion'.
# Not 'dirigeants', 'fabricant': 'les dirigeants de Vinci' name a company more often.
FIRM_NOUNS = frozenset({
    "pme", "tpe", "eti", "start-up", "startup", "start-ups", "startups", "entreprise",
    "entreprises", "société", "sociétés", "usine", "usines", "industriels", "sous-traitant",
    "sous-traitants", "artisans", "commerçants", "agriculteurs", "éleveurs", "viticulteurs",
})  # fmt: skip
_DE = frozenset({"de", "d'", "d’"})
_DE_IDS = frozenset(get_string_id(w) for w in _DE)
_FIRM_IDS = frozenset(get_string_id(w) for w in FIRM_NOUNS)
# A line opening on a town in capitals, then a comma, a bracket or a dash.
DATELINE = re.compile(r"(?m)^(?P<town>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,40}?)(?=\s*(?:,|\(|[-–—]\s))")
# Words a French town name keeps in lower case: 'Aix-en-Provence', 'Boulogne-sur-Mer'.
_SMALL_WORDS = frozenset({"en", "sur", "sous", "de", "du", "des", "le", "la", "les", "lès", "lez"})


def add_sites(doc: Doc) -> None:
    """'la technopole Atalante' -> a Place mention 'technopole Atalante' named 'Atalante'."""
    text = doc_text(doc)
    low = text.lower()
    if not any(cue in low for cue in SITE_CUES):
        return
    for found in SITE.finditer(text):
        name = re.sub(r"^(?:des|du)\s+", "", found["name"])
        if lookup_place(name) is not None:
            continue  # 'la zone industrielle de Loon-Plage' names a town
        span = doc.char_span(found.start(), found.end("name"), alignment_mode="expand")
        if span is None:
            continue
        info = PlaceInfo(name, "Place", {}, None)
        site = range(found.start(), found.end())
        spans = [(span.start, span.end), *_other_mentions(doc, text, name, site)]
        # The model's guess over the name (an organisation, a brand) gives way.
        remove_entities(
            doc,
            [s for s in entity_spans(doc) if any(a <= s.start < b for a, b in spans)],
        )
        for start, end in spans:
            add_place(doc, start, end, info, name=name, rule="site")


def _other_mentions(doc: Doc, text: str, name: str, site: range) -> list[tuple[int, int]]:
    """Token ranges of the site's name written alone elsewhere ('Hélioparc : X inaugure')."""
    found = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        span = None if m.start() in site else doc.char_span(m.start(), m.end())
        if span is not None:
            found.append((span.start, span.end))
    return found


def add_towns_of_firms(doc: Doc, titles: list[int], lowers: list[int]) -> None:
    """'une PME de Lannion': a known town after 'de' completing a firm noun.

    `lowers` holds the hashes of the lower-case forms: the test runs on ints first.
    """
    found = [
        i for i in titles if i >= 2 and lowers[i - 1] in _DE_IDS and lowers[i - 2] in _FIRM_IDS
    ]
    taken = covered(doc) if found else set()
    for i in found:
        end = _hyphenated_end(doc, i)
        if (end < len(doc) and doc[end].is_title) or taken.intersection(range(i, end)):
            continue  # 'une PME de Saint Malo Port': a longer name
        info = lookup_place(doc[i:end].text)
        if info is not None and info.type == "City":
            add_place(doc, i, end, info, name=info.name, rule="gazetteer")


def _hyphenated_end(doc: Doc, i: int) -> int:
    """'Cesson' '-' 'Sévigné': the tokenizer cuts some compound town names at the hyphen."""
    end = i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def add_dateline_places(doc: Doc) -> None:
    """'LYON (AFP) -' -> a City mention 'LYON' named 'Lyon'."""
    text = doc_text(doc)
    for found in DATELINE.finditer(text):
        info = lookup_place(french_title(found["town"].strip()))
        if info is None or info.type not in ("City", "Country"):
            continue
        span = doc.char_span(found.start("town"), found.end("town"), alignment_mode="contract")
        if span is None or not len(span):
            continue
        remove_entities(
            doc, [s for s in entity_spans(doc) if s.start < span.end and span.start < s.end]
        )
        add_place(doc, span.start, span.end, info, name=info.name, rule="gazetteer")


def french_title(text: str) -> str:
    """'AIX-EN-PROVENCE' -> 'Aix-en-Provence', 'LE HAVRE' -> 'Le Havre'."""
    words = re.split(r"([- ’'])", text.lower())
    out = []
    for k, word in enumerate(words):
        small = k > 0 and word in _SMALL_WORDS
        out.append(word if small or not word else word[0].upper() + word[1:])
    return "".join(out)
