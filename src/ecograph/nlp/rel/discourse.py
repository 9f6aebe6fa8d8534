"""The topic of each clause: the organisation it is about, computed once per doc.

French news opens a sentence with its topic ("Le logisticien X a choisi ...") and goes
on with "il", "elle", "le groupe" or a clause whose subject is no organisation. Each
clause's topic is its first subject that names or stands for an organisation, else a
name after a fronted phrase ("Fondé en 1998 à Y, X emploie ..."); it is carried over at
most `CARRY` clauses. `kind_org` resolves a kind noun against it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel.context import Context, Topic
from ecograph.nlp.rel.kinds import (
    ARTICLES,
    compound_end,
    designated,
    index_designations,
    is_anaphor,
    is_pronoun,
    named_head,
    origin_word,
)
from ecograph.nlp.rel.lexicon import ORG_LABELS
from ecograph.nlp.rel.words import feats

# A topic is carried over at most this many clauses (a paragraph break counts one more).
CARRY = 3
_RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "où"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_PERSON = frozenset({"Person"})
# Fronted words before the comma that opens on the subject: "Fondé en 1998 à X, le groupe".
_FRONTED = frozenset({"membre", "fort", "forte", "spécialiste", "leader", "présent", "présente"})
_AGENT_PREPS = frozenset({"en", "par", "à", "au", "dans", "depuis", "il"})


def topics(ctx: Context) -> list[Topic]:
    """The topic of every clause of the doc (computed on first use, then kept)."""
    if ctx.topics is None:
        ctx.clause_of(0)
        index_designations(ctx)
        ctx.topics = []
        for n, clause in enumerate(ctx.parts):
            ctx.topics.append(_topic_of(ctx, n, clause))
    return ctx.topics


def step_back(ctx: Context, k: int) -> int:
    """How far clause k is from clause k + 1 for carrying a topic: one clause, one more for
    a paragraph break; a heading line between ("Chiffres clés") counts for nothing."""
    if _heading(ctx, ctx.parts[k]):
        return 0
    after = ctx.parts[k + 1]
    return 1 if _heading(ctx, after) else 1 + _paragraph(ctx, after)


_ENDS = frozenset({".", "!", "?", "…", ":", ";", "»", '"'})


def _heading(ctx: Context, clause: Span) -> bool:
    """A short line with no verb and no final punctuation: a heading, not a sentence."""
    if len(clause) > 6 or ctx.lowers[clause.end - 1] in _ENDS:
        return False
    return not any(ctx.tokens[j].pos_ in ("VERB", "AUX") for j in range(clause.start, clause.end))


def _paragraph(ctx: Context, clause: Span) -> bool:
    return clause.start > 0 and "\n" in ctx.tokens[clause.start - 1].text


def subjects(ctx: Context, clause: Span) -> list[Token]:
    """The clause's subjects, in order, outside relative clauses ("qui", "dont ... est")."""
    return [
        t
        for t in ctx.words(clause)
        if t.dep_ in _SUBJECTS
        and ctx.lowers[t.i] not in _RELATIVES
        and t.head.dep_ != "acl:relcl"
        and clause.start <= t.head.i < clause.end  # the model may parse across a line break
    ]


def _is_person(ctx: Context, token: Token) -> bool:
    """A person subject, or a role noun with a person in apposition ("Sa directrice, P,")."""
    if ctx.entity_at(token.i, _PERSON) is not None:
        return True
    return any(ctx.entity_at(c.i, _PERSON) is not None for c in token.children if c.dep_ == "appos")


def _topic_of(ctx: Context, n: int, clause: Span) -> Topic:
    """What clause n is about: its first subject that is (or stands for) an organisation,
    else a fronted or clause-initial name; a person subject marks the clause as about them."""
    para = _paragraph(ctx, clause)
    person_at = -1
    for subject in subjects(ctx, clause):
        org = _subject_org(ctx, n, subject)
        if org is not None:
            return Topic(org, False, para, subject.i)
        if person_at < 0 and (_is_person(ctx, subject) or _person_pronoun(ctx, n, subject)):
            person_at = subject.i
    fronted = _fronted(ctx, clause)
    if fronted is not None:
        return Topic(fronted[0], False, para, fronted[1])
    if person_at >= 0:
        return Topic(None, True, para, person_at)
    initial = _initial(ctx, n, clause)
    if initial is not None:
        return Topic(initial[0], False, para, initial[1])
    # "Paul Morin, son directeur, salue ...": a person opening the clause (parsed as root).
    opening = ctx.entity_at(clause.start, _PERSON)
    return Topic(None, opening is not None, para, clause.start if opening else clause.end)


def _subject_org(ctx: Context, n: int, subject: Token) -> Span | None:
    """The organisation a subject token names or stands for, read while topics are built."""
    named = named_head(ctx, subject)
    if named is not None:
        return named
    if is_pronoun(ctx, subject):
        return _pronoun_org(ctx, n)
    if is_anaphor(ctx, subject):
        return kind_org(ctx, subject, n)
    return None


def kind_org(ctx: Context, token: Token, n: int, *, exclude: Span | None = None) -> Span | None:
    """What a definite kind noun stands for: the organisation the same noun designated,
    else the carried topic, else the doc's main topic, else the first name just before."""
    topics(ctx)  # a rule may ask before the topics are built
    earlier = designated(ctx, token)
    if earlier is not None and earlier != exclude:
        return earlier
    kind = ctx.lemmas[token.i]
    # "le groupe lillois acquiert ... [a quote] ... Fondé à Y, le groupe compte ...": with no
    # company the topic of the clause just before, the same kind noun goes on naming the
    # company it stood for, not one topic further back.
    memo = [o for j, o in ctx.kind_memo.get(kind, []) if j < token.i and o != exclude]
    assert ctx.topics is not None
    if memo and (n == 0 or n > len(ctx.topics) or ctx.topics[n - 1].org is None):
        return memo[-1]
    found = (
        _contrasted(ctx, token, n, exclude)
        or _carried(ctx, n, exclude)
        or _main_topic(ctx, n, exclude)
        or _previous_name(ctx, token, n, exclude)
    )
    if found is not None and found.label_ != "Company" and kind in COMPANY_KINDS:
        # "L'agence X annonce l'arrivée de Y. Le fabricant ...": a maker is a company.
        found = _last_company(ctx, token.i, n, exclude) or found
    if found is not None and token.dep_.startswith("nsubj"):
        ctx.kind_memo.setdefault(kind, []).append((token.i, found))
    return found


# Kind nouns only a company answers to ("le fabricant" is never the agency that hosts it).
COMPANY_KINDS = frozenset(
    {"fabricant", "groupe", "industriel", "équipementier", "constructeur", "éditeur", "firme"}
    | {"pme", "eti", "start-up", "startup", "entreprise", "société", "spécialiste", "leader"}
)


def _last_company(ctx: Context, i: int, n: int, exclude: Span | None) -> Span | None:
    """The last company named before token `i` in its clause or the two before."""
    first = ctx.parts[max(n - 2, 0)].start
    named = [s for s in ctx.entities_in(first, i, ORG_LABELS) if s.label_ == "Company"]
    named = [s for s in named if s != exclude]
    return named[-1] if named else None


def _contrasted(ctx: Context, token: Token, n: int, exclude: Span | None) -> Span | None:
    """ "le capital de la société lombarde": a kind noun with a place adjective tells a
    company apart from the topic; it is the last other one named."""
    k = compound_end(ctx, token.i)
    if k >= len(ctx.tokens) or not origin_word(ctx, k) or token.dep_.startswith("nsubj"):
        return None
    topic = _carried(ctx, n)
    first = ctx.parts[max(n - 1, 0)].start
    named = ctx.entities_in(first, token.i, ORG_LABELS)
    others = [s for s in named if s not in (topic, exclude)]
    return others[-1] if others else None


def _pronoun_org(ctx: Context, n: int) -> Span | None:
    """ "Il"/"Elle" continues the last subject: None when that was a person."""
    assert ctx.topics is not None
    for k in range(n - 1, max(n - 1 - CARRY, -1), -1):
        if ctx.topics[k].person:
            return None
        if ctx.topics[k].org is not None:
            return ctx.topics[k].org
    return None


def _person_pronoun(ctx: Context, n: int, subject: Token) -> bool:
    """A subject "il"/"elle" continuing a person ("P, présidente de X, ... Elle conduira")."""
    assert ctx.topics is not None
    if not is_pronoun(ctx, subject):
        return False
    for k in range(n - 1, max(n - 1 - CARRY, -1), -1):
        if ctx.topics[k].person or ctx.topics[k].org is not None:
            return ctx.topics[k].person
    return False


def _carried(ctx: Context, n: int, exclude: Span | None = None) -> Span | None:
    """The organisation topic of the clauses before n, within the carry distance."""
    assert ctx.topics is not None
    distance = 0
    for k in range(n - 1, -1, -1):
        distance += step_back(ctx, k)
        if distance > CARRY:
            return None
        org = ctx.topics[k].org
        if org is not None and org != exclude:
            return org
    return None


def _main_topic(ctx: Context, n: int, exclude: Span | None) -> Span | None:
    """The organisation that was the topic of most clauses before n (at least two)."""
    assert ctx.topics is not None
    counts: dict[str, tuple[int, Span]] = {}
    for topic in ctx.topics[:n]:
        if topic.org is not None and topic.org != exclude:
            key = ctx.name(topic.org)
            counts[key] = (counts.get(key, (0, topic.org))[0] + 1, topic.org)
    best = max(counts.values(), key=lambda c: c[0], default=None)
    return best[1] if best is not None and best[0] >= 2 else None


def _previous_name(ctx: Context, token: Token, n: int, exclude: Span | None) -> Span | None:
    """The first organisation of the nearest earlier clause naming one (two back at most)."""
    own = ctx.parts[n]
    if ctx.entities_in(own.start, token.i, ORG_LABELS):
        return None  # a name earlier in the same clause: the clause's own rules read it
    for clause in reversed(ctx.parts[max(n - 2, 0) : n]):
        found = [s for s in ctx.entities_in(clause.start, clause.end, ORG_LABELS) if s != exclude]
        if found:
            return found[0]
    return None


def _fronted(ctx: Context, clause: Span) -> tuple[Span, int] | None:
    """ "Fondé en 1998 à X, Y emploie ...", "Membre de X depuis 2015, la PME ...": the name
    (or resolved kind noun) right after the comma closing a fronted participle phrase."""
    first = ctx.tokens[clause.start]
    if not (_participle(ctx, first.i) or ctx.lowers[first.i] in _FRONTED):
        return None
    commas = [t.i for t in ctx.words(clause)[:20] if t.text == ","]
    for comma in commas:
        found = _initial_name(ctx, ctx.clause_of(comma), comma + 1, clause.end)
        if found is not None:
            return found
    return None


def _participle(ctx: Context, i: int) -> bool:
    """A past participle opening a clause, even when the model tags it a noun ("Cofondée en")."""
    if "Part" in feats(ctx.tokens[i], "VerbForm"):
        return True
    following = ctx.lowers[i + 1] if i + 1 < len(ctx.lowers) else ""
    return ctx.lowers[i].endswith(("é", "ée", "és", "ées")) and following in _AGENT_PREPS


def _initial(ctx: Context, n: int, clause: Span) -> tuple[Span, int] | None:
    """A name (or kind noun) opening the clause, its part after a colon, or after a fronted
    phrase without verb: "La moutarderie X, installée à Y, a noué ...", "Autre projet en
    cours : le groupe X", "Côté lorrain, l'agence X a rencontré ..."."""
    starts = [clause.start]
    finite = False
    for i in range(clause.start, clause.end):
        word = ctx.lowers[i]  # the same test as on the text for ":" and ","
        if word == ":" or (word in _DASHES and _spaced(ctx, i)):
            starts.insert(0, i + 1)  # "VILLE, 4 mars (AFP) - Le groupe X": a dateline's dash
        elif len(starts) > 1 or finite:
            continue  # only a colon may still open the topic: no morphology to read
        elif word == ",":
            starts.append(i + 1)
        elif ctx.tokens[i].pos_ in ("VERB", "AUX") and "Fin" in feats(ctx.tokens[i], "VerbForm"):
            finite = True
    for start in starts:
        found = _initial_name(ctx, n, start, clause.end)
        if found is not None:
            return found
    return None


_DASHES = frozenset({"-", "–", "—"})


def _spaced(ctx: Context, i: int) -> bool:
    """A dash standing apart (" - "), not one inside a word the model split."""
    return i > 0 and bool(ctx.tokens[i - 1].whitespace_) and bool(ctx.tokens[i].whitespace_)


def _initial_name(ctx: Context, n: int, i: int, end: int) -> tuple[Span, int] | None:
    """The organisation named or resolved at token `i` (past determiners), else None."""
    while i < end and (ctx.lowers[i] in ARTICLES or ctx.tokens[i].pos_ == "ADJ"):
        i += 1
    if i >= end:
        return None
    named = ctx.entity_at(i, ORG_LABELS) or named_head(ctx, ctx.tokens[i])
    if named is not None:
        return named, i
    if is_anaphor(ctx, ctx.tokens[i]):
        org = kind_org(ctx, ctx.tokens[i], n)
        return (org, i) if org is not None else None
    return None
