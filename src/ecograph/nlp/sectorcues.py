"""The French wording that marks a sector word as an activity description (regexes only)."""

from __future__ import annotations

import re

from ecograph.nlp.regexgroups import by_initial

AP = "['’]"
# Elided forms first ("de l'" before "de"), then longest first ("les" before "le").
DET = rf"(?:(?:de\s+l|à\s+l|l|d){AP}\s*|(?:de\s+la|à\s+la|les|le|la|du|des|aux|au|de)\s+)"
OF = rf"(?:de\s+la\s+|de\s+l{AP}|du\s+|des\s+|de\s+|d{AP})"
# One adjective may sit between a cue noun and its "de": "acteurs majeurs du numérique".
ADJ = r"(?!(?:et|ou|de|du|des|la|le|les|en|à|au|aux|d)\b)[a-zàâçéèêëîïôûùüÿœ]+"
_NOUN_CUES = (
    r"secteurs?|filières?|domaines?|industries?|marchés?|professionnels|acteurs?|métiers?"
    r"|leaders?|spécialistes?|experts?|entreprises?|sociétés?|start-?ups?|pme|groupes?|salons?"
    r"|forums?|pôles?|clusters?|gestion|capitales?|écosystèmes?|acheteurs?|fabricants?"
    r"|constructeurs?|équipementiers?|industriels?|fournisseurs?|géants?|champions?"
    r"|éditeurs?|opérateurs?|prestataires?|distributeurs?|producteurs?|sous-traitants?"
    r"|cabinets?|intégrateurs?|concepteurs?|exploitants?|laboratoires?|studios?|agences?"
    r"|firmes?|multinationales?|jeunes?\s+pousses?|poids\s+lourds?|ténors?|promoteurs?"
    r"|numéro\s+(?:un|1)|n°\s*1|transporteurs?|entrepreneurs?|eti|tpe|fleurons?|pépites?"
    r"|coopératives?|exploitations?|activités?|branches?|usines?|ateliers?|compagnies?"
    # The activity itself: "spécialisée dans la conception de drones".
    r"|conception|fabrication|production|commercialisation|vente|distribution|édition"
    r"|traitement|location|maintenance|réparation|installation|transformation|négoce"
    # What a school teaches: "l'école d'animation", not "l'école de commerce" (a trade).
    r"|écoles?(?!\s+(?:supérieure\s+)?de\s+commerce)"
)
# The sector word follows directly: "la filière bois", "le groupe agroalimentaire".
_BARE_CUES = (
    r"secteurs?|filières?|industries?|pôles?|marchés?|groupes?|entreprises?|sociétés?"
    r"|start-?ups?|pme|industriels?|équipementiers?|acteurs?|fabricants?|laboratoires?"
    r"|sous-traitants?|cabinets?|studios?|éditeurs?|constructeurs?|opérateurs?|chantiers?"
    r"|promoteurs?|géants?|leaders?|spécialistes?|champions?|firmes?|multinationales?"
    r"|fournisseurs?|producteurs?|prestataires?|exploitants?|eti|tpe|jeunes?\s+pousses?"
    r"|coopératives?|exploitations?|branches?|activités?|compagnies?"
    # What is made, then its trade as an adjective: "des actifs cosmétiques".
    r"|actifs|produits|composants|systèmes"
)
# A list announced by its kind: "des secteurs comme l'aéronautique, la santé ou le numérique".
_LIST_CUES = (
    r"(?:secteurs?|filières?|domaines?|industries?|marchés?)"
    r"\s+(?:comme|tels?\s+que|telles?\s+que|notamment|dont|:)"
)
_VERB_CUES = (
    r"axée?s?|centrée?s?|spécialisée?s?|active?s?|positionnée?s?|tournée?s?|présente?s?"
    r"|travaill\w*|opèr\w*|évolu\w*|œuvr\w*|intervien\w*|investi\w*"
    r"|mise?|mis(?:e|ent)|pari\w*"
)
# What a company makes or sells, then what for: "équipements de sécurité", "pièces pour
# l'automobile"; and the verbs that say so: "qui fabrique des drones".
_PRODUCT_CUES = (
    r"solutions?|services?|produits?|équipements?|systèmes?|plateformes?|outils?|matériels?"
    r"|composants?|pièces?|technologies?|applications?|dispositifs?|logiciels?"
)
_MAKE_CUES = (
    r"fabriqu\w*|conçoi\w*|commercialis\w*|distribu\w*|exploit\w*|produi[st]\w*"
    r"|développ\w*|fourni[st]\w*|vend(?:s|ent)?|install\w*|construi\w*|assembl\w*|transform\w*|cultiv\w*"
)
# What cooperation, trade or projects are about: "les opportunités dans l'agriculture",
# "coopérer en matière d'énergie", "les échanges porteront sur le tourisme".
_TOPIC_NOUNS = (
    r"opportunités|débouchés|besoins|coopérations?|partenariats?|collaborations?|échanges"
    r"|projets|accords?|contrats?|investissements?|marchés?|savoir-faire|compétences"
    r"|ingénieurs?|innovations?|potentiel|emplois|croissance"
)
# Each list grouped under its first letters: the same matches, found faster (regexgroups).
_NOUN_CUES, _BARE_CUES, _PRODUCT_CUES, _MAKE_CUES, _VERB_CUES, _TOPIC_NOUNS = (
    by_initial(p)
    for p in (_NOUN_CUES, _BARE_CUES, _PRODUCT_CUES, _MAKE_CUES, _VERB_CUES, _TOPIC_NOUNS)
)
_TOPIC = (
    rf"(?:(?:{_TOPIC_NOUNS})\s+(?:{ADJ}\s+)?(?:dans|en|sur|pour)\s+{DET}?"
    rf"|en\s+matière\s+{OF}|port(?:e|ent|era|eront|aient|ait|ant)\s+(?:notamment\s+)?sur\s+{DET}?"
    rf"|autour\s+{OF}|concern(?:e|ent|era|eront)\s+(?:notamment\s+)?{DET}"
    rf"|s{AP}intéress\w*\s+(?:à\s+la\s+|à\s+l{AP}|aux?\s+)|notamment\s+dans\s+{DET}?)"
)
# Every cue opens on a letter: the lookahead lets the regex engine skip the rest fast.
WORD_START = r"(?=[a-zàâçéèêëîïôûùüÿœA-ZÀ-ÝŒ])\b"
CUE = re.compile(
    rf"{WORD_START}(?:{_TOPIC}|{_LIST_CUES}\s+{DET}?|(?:{_NOUN_CUES})\s+(?:{ADJ}\s+)?{OF}"
    rf"|(?:{_PRODUCT_CUES})\s+(?:{ADJ}\s+)?(?:{OF}|pour\s+{DET}?|à\s+la\s+|à\s+l{AP}|aux?\s+)"
    # "qui fabrique des drones", "qui exploite 14 entrepôts".
    rf"|(?:{_MAKE_CUES})\s+(?:{DET}|\d+\s+)"
    rf"|(?:{_VERB_CUES})\s+(?:\w+ment\s+)?(?:sur|dans|en|vers)\s+{DET}?"
    rf"|(?:dédiée?s?|consacrée?s?|destinée?s?)\s+(?:à\s+la\s+|à\s+l{AP}|au\s+|aux\s+)"
    # "spécialiste en", "le négociant en vins": the trade a merchant deals in.
    rf"|(?:spécialistes?|experts?|négociants?)\s+en\s+)",
    re.IGNORECASE,
)
# Scanned apart from CUE, which would read "sous-traitant aéronautique de" as noun + "de".
BARE_CUE = re.compile(rf"{WORD_START}(?:{_BARE_CUES})\s+", re.IGNORECASE)
# The same cues matched on the lower-cased text: without IGNORECASE the regex engine
# rejects an alternative on its first letter at once (CUE scans about 3 times faster).
CUE_LOWER = re.compile(CUE.pattern)
BARE_CUE_LOWER = re.compile(BARE_CUE.pattern)
# Letters IGNORECASE pairs with "i" or "s" that lower() leaves apart ("ı", "ſ").
_CASE_TRAPS = frozenset("ıſ")


def lowered(text: str) -> str | None:
    """`text` lower-cased letter for letter, for CUE_LOWER and BARE_CUE_LOWER; None when
    lower() would move the offsets ("İ" becomes two letters) or IGNORECASE matches more."""
    low = text.lower()
    if len(low) != len(text) or not _CASE_TRAPS.isdisjoint(text):
        return None
    return low


# After the words: "l'agroalimentaire et les énergies renouvelables, deux filières ...".
POST_CUE = re.compile(
    r",?\s+(?:deux|trois|quatre|des|ces|autant\s+de)\s+"
    r"(?:filières|secteurs|domaines|débouchés|marchés|industries)\b",
    re.IGNORECASE,
)
# The same on the lower-cased text, tried only when one of its nouns is written there.
POST_CUE_LOWER = re.compile(POST_CUE.pattern)
POST_NOUNS = ("filières", "secteurs", "domaines", "débouchés", "marchés", "industries")
# An adjective by its ending, not a verb: "urbaine", "durable", "médicale", "spatiaux".
QUALIFIER = (
    r"[a-zàâçéèêëîïôûùüÿœ-]+(?:ale?|aux|elle|ique|aire|ienne?|aine?|ée?|ive?|ante?|ble|el)s?"
)
# "la mobilité urbaine et le tourisme", "en formation et en logistique".
COORD = re.compile(
    rf"(?:\s+{QUALIFIER})?(?:\s*,\s*|\s*/\s*|\s+(?:et|ou)\s+)(?:en\s+|{DET})?", re.IGNORECASE
)
COMPLEMENT = re.compile(rf"\s+{OF}", re.IGNORECASE)
PAREN = re.compile(r"\(([^()]{1,300})\)")
# Inside a description: "(bureau d'études en électronique)", "(ingrédients pour la boulangerie)".
PAREN_CUE = re.compile(rf"\b(?:en|pour)\s+{DET}?", re.IGNORECASE)
# What may follow the sector word that opens a description: a complement or adjective.
OPEN_REST = re.compile(rf"\s+(?:{OF}|{ADJ}\b)", re.IGNORECASE)
# A description that opens on its product: "(machines d'emballage)", "(pièces de fonderie)".
HEAD_OF = re.compile(rf"[a-zàâçéèêëîïôûùüÿœ-]+(?:\s+{ADJ})?\s*{OF}", re.IGNORECASE)
EN = re.compile(r"\s+(?:en|pour)\s", re.IGNORECASE)
