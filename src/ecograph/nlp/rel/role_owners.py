"""The organisation an office is held in when no name follows the role: "présidente de
l'entreprise", "le président de la métropole", "X, dont la directrice générale, P", "sa
fondatrice, P"."""

from __future__ import annotations

from spacy.tokens import Span

from ecograph.link import fold
from ecograph.nlp.rel.anaphora import topic_org
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.founders import resolve
from ecograph.nlp.rel.lexicon import GENERIC_ORG_NOUNS, ORG_LABELS
from ecograph.nlp.rel.words import feats

_OF = frozenset({"de", "du", "d'", "d’"})
_ARTICLES = frozenset({"la", "le", "l'", "l’"})
_KINDS = GENERIC_ORG_NOUNS | {"coopérative", "association", "agence", "structure"}
# "le conseil départemental" is the assembly of the Département (likewise the Région).
_COUNCILS = {"départemental": "département", "régional": "région"}
# Words between "dont" and the name: "dont la directrice générale, P".
_MAX_ROLE = 6
# Offices held in a company rather than in an association or a public body.
_COMPANY_ROLES = frozenset(
    {"fondateur", "fondatrice", "cofondateur", "cofondatrice", "pdg", "ceo", "gérant", "gérante"}
    | {"associé", "associée", "commercial", "commerciale", "actionnaire"}
)


def kind_noun_owner(ctx: Context, person: Span, role: str) -> tuple[Span | None, str]:
    """ "P, présidente de l'entreprise": the organisation "l'entreprise" stands for, and the
    role without that tail ("présidente").

    The one organisation of the article whose name holds the noun comes first ("la
    métropole" -> "X Métropole"), then the anaphora resolver.
    """
    words = role.split()
    if len(words) < 3:
        return None, role
    titled = _titled_body(ctx, words)
    if titled[0] is not None:
        return titled
    council = _COUNCILS.get(words[-1].casefold()) if words[-2].casefold() == "conseil" else None
    if council is not None and words[-3].casefold() in _OF:
        # "président du conseil départemental": the article's one Département body.
        return only_org_named(ctx, council), " ".join(words[:-3])
    noun = words[-1].split("'")[-1].split("’")[-1].casefold()
    cut = len(words) - 2  # "de l'entreprise" (elided article) or "de la métropole"
    if noun == words[-1].casefold() and words[cut].casefold() in _ARTICLES:
        cut -= 1
    if cut < 1 or words[cut].casefold() not in _OF:
        return None, role
    token = next(
        (
            t
            for t in ctx.tokens[max(person.start - 16, 0) : person.end + 16]
            if t.lower_ == noun and ctx.by_token.get(t.i) is None
        ),
        None,
    )
    if token is None:
        return None, role
    owner = only_org_named(ctx, noun) or resolve(ctx, token)
    if owner is None and ctx.lemmas[token.i] in _KINDS:
        owner = _topic(ctx, token.i)  # "directrice Europe du groupe": "du" is definite too
    return owner, " ".join(words[:cut])


def _titled_body(ctx: Context, words: list[str]) -> tuple[Span | None, str]:
    """ "vice-présidente de la Région chargée de l'international": a capitalised kind noun
    ("la Région", "la Ville") inside the role, naming the article's one body of that kind."""
    for k in range(1, len(words) - 1):
        word = words[k + 1].split("'")[-1].split("’")[-1]
        det = words[k].casefold()
        if det == "de" and words[k + 1].casefold() in _ARTICLES and k + 2 < len(words):
            word, det = words[k + 2], "de la"
        if det not in ("de la", "du", "de") or not word[:1].isupper():
            continue
        if det == "de" and "'" not in words[k + 1] and "’" not in words[k + 1]:
            continue  # "de Girona": a name, read by the component that tagged the role
        owner = only_org_named(ctx, word.casefold())
        if owner is not None:
            return owner, " ".join(words[:k])
    return None, " ".join(words)


def only_org_named(ctx: Context, noun: str) -> Span | None:
    """The single organisation (by name) whose name holds the word `noun`, if one."""
    word = fold(noun)
    found = [s for s in ctx.spans if s.label_ in ORG_LABELS and word in fold(ctx.name(s)).split()]
    names = {fold(ctx.name(s)) for s in found}
    return found[0] if len(names) == 1 else None


def dont_owner(ctx: Context, person: Span) -> Span | None:
    """ "l'agence X, dont la directrice générale, P, ...": X, the antecedent of "dont"."""
    i = person.start - 1
    if i < 1 or ctx.lowers[i] != ",":
        return None
    for j in range(i - 1, max(i - 1 - _MAX_ROLE, 0), -1):
        if ctx.lowers[j] == "dont":
            k = j - 1 if ctx.lowers[j - 1] != "," else j - 2
            return ctx.entity_at(k, ORG_LABELS) if k >= 0 else None
        if not ctx.tokens[j].is_lower and not ctx.tokens[j].is_punct:
            return None
    return None


def possessor(ctx: Context, i: int, *, role: str = "") -> Span | None:
    """ "sa présidente, P" / "son directeur général, P": the organisation the possessive
    points to, among those named in the words before.

    The nearest name is the default; the subject of its sentence (the topic) and an
    organisation whose kind fits the office weigh more; a name inside a quotation
    closed before the possessive is the speaker's words, not the topic.
    """
    before = [s for s in ctx.spans if s.label_ in ORG_LABELS and s.end <= i and s.start > i - 60]
    # The discourse topic may be named further back ("L'hébergeur ... son fondateur").
    topic = _topic(ctx, i)
    if topic is not None and topic not in before:
        before.append(topic)
    if not before:
        return None
    nearest = max(before, key=lambda s: s.end)
    fits = _fitting_labels(role)

    def score(span: Span) -> tuple[int, int]:
        subject = span == topic or _is_topic(ctx, span)
        points = (span == nearest) + 2 * subject + 2 * (span.label_ in fits)
        points -= 3 * _quoted(ctx, span, i)
        return points, span.end

    return max(before, key=score)


def _topic(ctx: Context, i: int) -> Span | None:
    """The organisation the text is about before token `i`."""
    found = topic_org(ctx, i)
    return found if found is not None and found.label_ in ORG_LABELS else None


def _fitting_labels(role: str) -> frozenset[str]:
    """The organisation kinds an office belongs to ("fondatrice" -> a company)."""
    words = set(role.casefold().split())
    if words & _COMPANY_ROLES:
        return frozenset({"Company"})
    if words & {"président", "présidente"}:
        return frozenset({"Association", "Chamber", "PublicBody", "Agency", "Organisation"})
    return frozenset()


def _is_topic(ctx: Context, span: Span) -> bool:
    """Whether the organisation is the subject of its sentence (by the parse, or named
    before the sentence's first conjugated verb, not as the complement of a preposition:
    "Membre de la French Tech X, la start-up ..." is about the start-up)."""
    if span.root.dep_ in ("nsubj", "nsubj:pass"):
        return True
    for j in range(span.start - 1, max(span.start - 4, -1), -1):
        token = ctx.tokens[j]
        if token.pos_ == "ADP":
            return False
        if not (token.pos_ in ("DET", "ADJ") or token.is_lower):
            break
    for token in ctx.tokens[_sentence_start(ctx, span.start) : span.start]:
        if token.pos_ in ("VERB", "AUX") and "Fin" in feats(token, "VerbForm"):
            return False
    return not ctx.entities_in(_sentence_start(ctx, span.start), span.start, ORG_LABELS)


def _sentence_start(ctx: Context, i: int) -> int:
    """The first token of the sentence holding token `i` (the model's cut glues sentences)."""
    j = i - 1
    while j >= 0 and ctx.tokens[j].text not in (".", "!", "?") and "\n" not in ctx.tokens[j].text:
        j -= 1
    return j + 1


def _quoted(ctx: Context, span: Span, i: int) -> bool:
    """Whether `span` sits inside a quotation « ... » that closes before token `i`."""
    opened = False
    for token in reversed(ctx.tokens[_sentence_start(ctx, span.start) : span.start]):
        if token.text in ("«", "»"):
            opened = token.text == "«"
            break
    return opened and any(t.text == "»" for t in ctx.tokens[span.end : i])
