"""Trigger lexicons of the relation rules: French lemmas, lower-cased, no article names."""

from __future__ import annotations

ORG_LABELS = frozenset(
    {"Company", "PublicBody", "Agency", "Chamber", "Association", "PoliticalParty", "Organisation"}
)
PLACE_LABELS = frozenset({"City", "Country", "Region", "Department", "Place"})
EVENT_LABELS = frozenset(
    {"Partnership", "Mission", "Visit", "Agreement", "Investment", "Acquisition", "Establishment"}
)
ACTOR_LABELS = ORG_LABELS | PLACE_LABELS
# Places bigger than a city: what a parenthesis after a place usually names.
CONTAINER_LABELS = frozenset({"Country", "Region", "Department"})

# Nouns that name an event, by event type.
EVENT_TRIGGERS: dict[str, str] = {
    "partenariat": "Partnership",
    "convention": "Partnership",
    "coopération": "Partnership",
    "jumelage": "Partnership",
    "collaboration": "Partnership",
    "alliance": "Partnership",
    "coentreprise": "Partnership",
    "joint-venture": "Partnership",
    "protocole": "Agreement",
    "accord": "Agreement",
    "contrat": "Agreement",
    "lettre": "Agreement",  # only "lettre d'intention" (see triggers.trigger_label)
    "mémorandum": "Agreement",
    "memorandum": "Agreement",
    "charte": "Partnership",  # only "charte de jumelage / de coopération" (see trigger_label)
    "mission": "Mission",
    "délégation": "Mission",
    "voyage": "Mission",
    "déplacement": "Mission",
    "salon": "Mission",
    "stand": "Mission",
    "visite": "Visit",
    "venue": "Visit",
}
# A trade fair or a stand is placed by a locative anywhere in its clause ("À X, le stand de Y").
VENUE_TRIGGERS = frozenset({"salon", "stand"})
# Verbs whose human subject makes a visit ("le ministre est attendu à X").
VISIT_VERBS = frozenset({"attendre", "rendre", "visiter", "venir", "accueillir", "recevoir"})
VISIT_VERBS |= frozenset({"déplacer", "partir", "envoler", "décoller"})

# Prepositions that introduce a destination, a party, a date window.
DESTINATION_PREPS = frozenset({"à", "a", "en", "au", "aux", "vers", "pour", "dans"})
LIST_GLUE = frozenset({",", "et", "ou", "…", "...", "ainsi", "que", "ni"})
DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’"})
RELATIVE_PRONOUNS = frozenset({"laquelle", "lequel", "lesquelles", "lesquels", "qui", "dont"})
# "Même chose pour X": X shares the previous event with its other side.
ELLIPSIS_CUES = ("même chose", "de même", "idem", "il en va de même")
# Demonstratives and "dernier" point back to an event already named.
ANAPHORIC_WORDS = frozenset({"ce", "cet", "cette", "ces", "dernier", "dernière", "même"})

# Nouns of an office held by a person.
ROLE_NOUNS = frozenset(
    {
        "maire",
        "adjoint",
        "adjointe",
        "pdg",
        "directeur",
        "directrice",
        "ministre",
        "président",
        "présidente",
        "vice-président",
        "vice-présidente",
        "fondateur",
        "fondatrice",
        "cofondateur",
        "gérant",
        "gérante",
        "dirigeant",
        "dirigeante",
        "secrétaire",
        "délégué",
        "déléguée",
        "conseiller",
        "conseillère",
        "patron",
        "patronne",
        "préfet",
        "préfète",
        "député",
        "sénateur",
        "responsable",
        "chef",
        "bourgmestre",
        "gouverneur",
        "vice-gouverneur",
    }
)

# Kind nouns for organisations: "la société X", "quatre sociétés ... : X, Y".
GENERIC_ORG_NOUNS = frozenset(
    {
        "société",
        "entreprise",
        "start-up",
        "startup",
        "start",
        "up",
        "pme",
        "eti",
        "groupe",
        "firme",
        "acteur",
    }
    | {"fonds", "laboratoire", "cabinet", "banque", "constructeur", "fabricant", "éditeur"}
    | {"équipementier", "opérateur", "industriel", "spécialiste", "leader", "enseigne"}
)
CONTACT_CUES = ("en contact", "en relation", "en discussion", "en négociation", "en pourparlers")
CONTACT_VERBS = frozenset({"prospecter", "négocier", "démarcher", "discuter", "rencontrer"})
# Nouns of talks: "des discussions avec X", "des échanges avec X".
CONTACT_NOUNS = frozenset(
    {"contact", "discussion", "échange", "négociation", "pourparlers", "pourparler"}
    | {"rencontre", "dialogue"}
)

ESTABLISH_VERBS = frozenset({"ouvrir", "implanter", "installer", "établir", "créer", "fermer"})
ESTABLISH_VERBS |= frozenset({"inaugurer", "déménager", "transférer", "relocaliser"})
ESTABLISH_NOUNS = frozenset(
    {
        "antenne",
        "bureau",
        "usine",
        "site",
        "filiale",
        "siège",
        "agence",
        "succursale",
        "établissement",
        "centre",
        "laboratoire",
        "entrepôt",
        "implantation",
        "atelier",
        "magasin",
        "boutique",
        "plateforme",
    }
)
# "l'ouverture d'un bureau à X", "la fermeture de son usine de Y".
ESTABLISH_NOMINALS = frozenset(
    {"ouverture", "implantation", "installation", "fermeture", "création"}
)
ACQUIRE_VERBS = frozenset({"racheter", "acquérir", "reprendre", "absorber", "offrir"})
ACQUIRE_VERBS |= frozenset({"acheter", "emparer"})  # "X achète la PME Y", "X s'empare de Y"
# "X prend le contrôle de Y", "X met la main sur Y": the taken company follows the cue.
ACQUIRE_PHRASES = ("le contrôle de", "le contrôle du", "la main sur", "la majorité du capital de")
ACQUIRE_NOUNS = frozenset({"rachat", "acquisition", "reprise"})
INVEST_VERBS = frozenset({"investir", "injecter"})

# Verbs whose object counts what the subject received or held.
COUNT_VERBS = frozenset({"recevoir", "accueillir", "attirer", "compter", "réunir", "rassembler"})
# "compte" is listed too: the model lemmatizes "X compte 200 salariés" to the noun.
COUNT_VERBS |= frozenset({"employer", "fédérer", "regrouper", "revendiquer", "totaliser", "compte"})
# Verbs whose counted subject went somewhere.
MOTION_VERBS = frozenset({"venir", "arriver", "rendre", "déplacer", "visiter"})
