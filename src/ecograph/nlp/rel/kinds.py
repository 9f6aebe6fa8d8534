"""Kind nouns: "la PME", "le logisticien", "l'hébergeur" standing for an organisation.

A definite singular kind noun with no name after it points back to an organisation:
the one the same noun was put before ("le logisticien X"), else the topic (see
`discourse`). `named_head` reads the name a kind noun introduces ("le transporteur X").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.lexicon import GENERIC_ORG_NOUNS, ORG_LABELS, PLACE_LABELS, ROLE_NOUNS
from ecograph.nlp.rel.words import feats

_DEFINITE = frozenset({"le", "la", "l'", "l’"})
ARTICLES = _DEFINITE | {"un", "une"}
# Kind nouns that stand for an organisation named before, even if never put before its name.
KINDS = GENERIC_ORG_NOUNS | {
    "association",
    "coopérative",
    "structure",
    "agence",
    "chantier",
    "cluster",
    "pôle",
    "réseau",
    "fintech",
    "filiale",
    "maison",
    "venu",
    "nouveau",
    "site",
    "centre",
    "usine",
    "entrepôt",
    "plateforme",
    "jeune",
    "pousse",
}
_OF = frozenset({"de", "d'", "d’"})
_PRONOUNS = frozenset({"il", "elle"})
# "il y a", "il faut", "il s'agit", "il reste", "il semble": no one is meant.
_IMPERSONAL = frozenset({"faut", "semble", "reste", "suffit", "convient", "manque", "importe"})
# Endings of place adjectives ("lombarde", "havraise", "angevine", "italienne").
_DEMONYM_ENDS: tuple[str, ...] = ("ais", "aise", "ois", "oise", "ien", "ienne", "ard", "arde")
_DEMONYM_ENDS += ("an", "ane", "in", "ine", "ain", "aine", "ol", "ole")
_NOT_ORIGINS = frozenset(
    {"ancien", "ancienne", "prochain", "prochaine", "certain", "certaine", "moyen", "moyenne"}
    | {"fin", "fine", "plein", "pleine", "urbain", "urbaine", "humain", "humaine", "seul"}
)
# Trade nouns before a name: "le logisticien X", "la moutarderie X", "l'armateur X".
_TRADES = ("eur", "euse", "ier", "ière", "iste", "erie", "icien", "icienne")
# Trade nouns that stand for a company on their own ("l'hébergeur", "le transporteur");
# the suffixes alone would also take persons ("l'ingénieur", "le chercheur").
_TRADE_NOUNS = frozenset(
    {"logisticien", "hébergeur", "transporteur", "armateur", "semencier", "distributeur"}
    | {"intégrateur", "assureur", "fournisseur", "sous-traitant", "prestataire", "exploitant"}
    | {"producteur", "négociant", "importateur", "exportateur", "grossiste", "cimentier"}
    | {"brasserie", "fromagerie", "moutarderie", "biscuiterie", "imprimerie", "laiterie"}
    | {"conserverie", "fonderie", "verrerie", "chocolaterie", "distillerie", "commissionnaire"}
)


def is_pronoun(ctx: Context, token: Token) -> bool:
    """Whether `token` is a personal subject "il"/"elle" (not "il y a", "il est difficile de")."""
    i = token.i
    if ctx.lowers[i] not in _PRONOUNS or not token.dep_.startswith("nsubj"):
        return False
    if ctx.lowers[i] == "elle" or i + 3 >= len(ctx.lowers):
        return True
    nxt, then = ctx.lowers[i + 1], ctx.lowers[i + 2]
    if nxt in _IMPERSONAL or (nxt == "y" and ctx.lemmas[i + 2] == "avoir"):
        return False  # "il faut", "il y a"
    if nxt in ("s'", "s’") and then == "agit":
        return False  # "il s'agit de"
    # "il est essentiel de ...": an adjective then "de"/"que" after être.
    return not (
        ctx.lemmas[i + 1] == "être"
        and ctx.tokens[i + 2].pos_ == "ADJ"
        and ctx.lowers[i + 3] in ("de", "d'", "d’", "que", "qu'")
    )


def kind_of(ctx: Context, i: int) -> str:
    """The kind noun at token `i`: its lemma, but "venu" for "le nouveau venu" (a participle)."""
    return "venu" if ctx.lowers[i] in ("venu", "venue") else ctx.lemmas[i]


def compound_start(ctx: Context, i: int) -> int:
    """The first token of a kind noun the model cuts: "start", "-", "up" -> "start"."""
    if i >= 2 and ctx.lowers[i - 1] == "-" and ctx.lowers[i] == "up":
        return i - 2
    return i


def compound_end(ctx: Context, i: int) -> int:
    """The token after a kind noun the model cuts: "start", "-", "up" -> after "up"."""
    if i + 2 < len(ctx.lowers) and ctx.lowers[i] == "start" and ctx.lowers[i + 1] == "-":
        return i + 3
    return i + 1


def is_anaphor(ctx: Context, token: Token) -> bool:
    """Whether `token` is a bare definite singular kind noun ("la PME", not "la PME X")."""
    i = token.i
    word = kind_of(ctx, i)
    if word not in KINDS and word not in _TRADE_NOUNS and i > 0:
        if token.pos_ != "NOUN" or ctx.lowers[i - 1] not in _DEFINITE:
            return False
        # "le bureau d'études" is a kind once "le bureau d'études X" was read.
        index_designations(ctx)
    if not _anaphoric_kind(ctx, word):
        return False
    if ctx.entity_at(i, ORG_LABELS) is not None or word in ROLE_NOUNS or i == 0:
        return False
    if token.pos_ not in ("NOUN", "ADJ") and word != "venu":
        return False
    if "Plur" in feats(token, "Number"):
        return False
    j = compound_start(ctx, i) - 1
    while j > 0 and ctx.tokens[j].pos_ == "ADJ":
        j -= 1  # "le nouveau venu", "la jeune pousse"
    if ctx.lowers[j] not in _DEFINITE or _after_name(ctx, j):
        return False
    k = compound_end(ctx, i)
    while k < len(ctx.tokens) and (ctx.tokens[k].pos_ == "ADJ" or place_word(ctx, k)):
        k += 1  # "la PME savoyarde X": the name may follow an adjective
    # "la moutarderie X" with X not recognised: a capitalised word still names it.
    if k >= len(ctx.tokens):
        return True
    known = ctx.by_token.get(k)
    if known is not None:
        # "l'hébergeur de données": the noun's own sector mention goes on, no name.
        return known.label_ not in ORG_LABELS and known.start <= i
    return not ctx.tokens[k].is_title


def _after_name(ctx: Context, det: int) -> bool:
    """ "X (XX), l'association régionale ...": an apposition describes the name before it."""
    j = det - 1
    if j < 1 or ctx.tokens[j].text != ",":
        return False
    j -= 1
    if ctx.tokens[j].text == ")":
        j = next((k - 1 for k in range(j, max(j - 6, 0), -1) if ctx.tokens[k].text == "("), j)
    known = ctx.by_token.get(j)
    if known is not None:
        return known.label_ in ORG_LABELS  # not "Fondé à Lyon, le groupe ..."
    return ctx.tokens[j].is_title or ctx.tokens[j].is_upper


def origin_word(ctx: Context, k: int) -> bool:
    """A place adjective: a one-word place mention, or an adjective shaped like a
    demonym ("la société lombarde", "l'entreprise roubaisienne")."""
    token = ctx.tokens[k]
    if place_word(ctx, k):
        return True
    word = ctx.lowers[k]
    return token.pos_ == "ADJ" and word.endswith(_DEMONYM_ENDS) and word not in _NOT_ORIGINS


def place_word(ctx: Context, k: int) -> bool:
    span = ctx.entity_at(k, PLACE_LABELS)
    return span is not None and len(span) == 1 and ctx.tokens[k].is_lower


def designated(ctx: Context, token: Token) -> Span | None:
    """The last organisation the kind noun `token` was put before, earlier in the doc."""
    index_designations(ctx)
    found = [s for s in ctx.designations.get(kind_of(ctx, token.i), []) if s.end <= token.i]
    return found[-1] if found else None


def index_designations(ctx: Context) -> None:
    """ "le logisticien X", "X, un fabricant de", "Y Coopérative": kind noun -> organisation
    (once per doc, kept in `ctx.designations`)."""
    if ctx.indexed:
        return
    ctx.indexed = True
    for span in ctx.spans:
        if span.label_ not in ORG_LABELS:
            continue
        kinds = [ctx.lemmas[t.i] for t in span if ctx.lemmas[t.i] in KINDS and t.i > span.start]
        j = span.start - 1
        while j > 0 and (ctx.tokens[j].pos_ == "ADJ" or place_word(ctx, j)):
            j -= 1  # "le groupe isérois X", "la PME savoyarde X"
        j = compound_start(ctx, j)
        if j > 0 and ctx.tokens[j].pos_ == "NOUN" and ctx.lowers[j - 1] in ARTICLES:
            kinds.append(ctx.lemmas[j])
        elif j > 2 and ctx.lowers[j - 1] in _OF and ctx.lowers[j - 3] in ARTICLES:
            kinds.append(ctx.lemmas[j - 2])  # "le bureau d'études X", "l'éditeur de logiciels X"
        k = span.end
        if k < len(ctx.tokens) and ctx.tokens[k].text == "(":
            k = next((t.i + 1 for t in ctx.tokens[k : k + 6] if t.text == ")"), k)
        # "X, un fabricant de capteurs": an apposed kind noun.
        apposed = k + 2 < len(ctx.tokens) and ctx.tokens[k].text == ","
        if apposed and ctx.lowers[k + 1] in ARTICLES and ctx.tokens[k + 2].pos_ == "NOUN":
            kinds.append(ctx.lemmas[k + 2])
        for kind in kinds:
            if kind not in ROLE_NOUNS:
                ctx.designations.setdefault(kind, []).append(span)


def is_kind(ctx: Context, i: int) -> bool:
    """Whether token `i` is a noun for a kind of organisation ("société", "logisticien")."""
    word = kind_of(ctx, i)
    if word in ROLE_NOUNS:
        return False
    if word in KINDS:
        return True  # including "PME", "ETI"
    return ctx.tokens[i].is_lower and (word in ctx.designations or word.endswith(_TRADES))


def _anaphoric_kind(ctx: Context, word: str) -> bool:
    return word in KINDS or word in _TRADE_NOUNS or word in ctx.designations


def named_head(ctx: Context, token: Token) -> Span | None:
    """The organisation a subject names: itself, or the name after its kind noun
    ("le transporteur frigorifique X", "l'éditeur roumain de logiciels X")."""
    named = ctx.entity_at(token.i, ORG_LABELS)
    if named is not None or not is_kind(ctx, token.i):
        return named
    end = min(compound_end(ctx, token.i) + 5, len(ctx.tokens))
    return ctx.entity_after(compound_end(ctx, token.i), end, ORG_LABELS) or _apposed_to(ctx, token)


def _apposed_to(ctx: Context, token: Token) -> Span | None:
    """ "X (XX), l'association régionale de ...": the name a kind noun is set after."""
    j = compound_start(ctx, token.i) - 1
    while j > 0 and ctx.tokens[j].pos_ in ("ADJ", "DET"):
        j -= 1
    if j < 1 or ctx.tokens[j].text != ",":
        return None
    j -= 1
    if ctx.tokens[j].text == ")":
        j = next((k - 1 for k in range(j, max(j - 6, 0), -1) if ctx.tokens[k].text == "("), j)
    return ctx.entity_at(j, ORG_LABELS)
