"""Events named by a noun: "partenariat avec X", "mission à Y", "le stand de Z à W"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ecograph.nlp.rel import arguments as args
from ecograph.nlp.rel import parties as sides
from ecograph.nlp.rel.adjectives import origin_adjective
from ecograph.nlp.rel.context import Context
from ecograph.nlp.rel.events import Arg, Event
from ecograph.nlp.rel.leading import led_by
from ecograph.nlp.rel.lexicon import (
    ACTOR_LABELS,
    ANAPHORIC_WORDS,
    EVENT_TRIGGERS,
    MOTION_VERBS,
    PLACE_LABELS,
    VENUE_TRIGGERS,
)
from ecograph.nlp.rel.lists import collect_list
from ecograph.nlp.rel.visits import destination_after
from ecograph.nlp.rel.words import feats, lemma

# Verbs whose subject makes the trip their object names: "effectuer une visite".
_UNDERTAKE = frozenset({"effectuer", "faire", "entreprendre", "entamer", "achever", "débuter"})
_QUANTIFIERS = frozenset({"plusieurs", "nombreux", "nombreuses", "quelques", "certaines"})
_TRAVEL = frozenset({"Mission", "Visit"})
_DEAL = frozenset({"Partnership", "Agreement"})
_TERRITORIAL = PLACE_LABELS | frozenset({"PublicBody", "Chamber"})


def trigger_label(token: Token) -> str | None:
    """The event type a noun names, unless it is counted or a bare modifier.

    "152 délégations" and "de plus en plus de délégations" count events (a
    figure's business); "accord de coopération" names one accord, not two events.
    """
    label = EVENT_TRIGGERS.get(lemma(token))
    if label is None or token.pos_ not in ("NOUN", "PROPN", ""):
        return None
    if lemma(token) == "lettre" and token.doc[token.i + 1 : token.i + 3].text.casefold() not in (
        "d'intention",
        "d’intention",
    ):
        return None  # a letter is a deal only as "lettre d'intention"
    if lemma(token) == "charte" and not _deed_of(token):
        return None  # "charte graphique", "charte éthique": no deal
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    # "accord de coopération" (a modifier) and "en partenariat avec" (a manner) name no
    # event (tested first: the cheapest of the tests that refuse).
    if previous in ("de", "d'", "d’", "en"):
        return None
    before = token.doc[max(token.i - 2, 0) : token.i]
    if previous in ("un", "une"):
        before = before[-1:]  # "depuis 2019 une convention": the article starts the noun phrase
    if any(c.dep_ == "nummod" for c in token.children) or any(_counts(t) for t in before):
        return None
    # "accord de coopération", "convention de partenariat": a partnership deed.
    return "Partnership" if _deed_of(token) else label


def _deed_of(token: Token) -> bool:
    """ "charte de jumelage", "charte de coopération": the noun names a partnership deed."""
    nxt = token.doc[token.i + 1 : token.i + 3]
    return (
        len(nxt) == 2
        and nxt[0].lower_ in ("de", "d'", "d’")
        and EVENT_TRIGGERS.get(lemma(nxt[1])) == "Partnership"
    )


def _counts(token: Token) -> bool:
    """A number or quantifier word ("un"/"une" are articles before a noun, not counts)."""
    if token.lower_ in ("un", "une", "l'", "l’") or token.pos_ in ("ADJ", "DET"):
        return False  # "un premier partenariat": an ordinal is no count
    return token.like_num or token.pos_ == "NUM" or token.lower_ in _QUANTIFIERS


def is_anaphoric(ctx: Context, token: Token) -> bool:
    """ "cette mission", "la dernière mission": a singular noun pointing back."""
    i = token.i
    if not any(ctx.lowers[j] in ANAPHORIC_WORDS for j in range(max(i - 2, 0), i)):
        return False  # first: most triggers have no such word, and the morphology is slow
    return not ("Plur" in feats(token, "Number") or ctx.lowers[i].endswith("s"))


def find_noun_events(ctx: Context, clause: Span) -> list[tuple[Event, bool]]:
    """Events named in the clause, each with whether it points back to an earlier one."""
    found: list[tuple[Event, bool]] = []
    for token in ctx.candidates(clause, EVENT_TRIGGERS):
        if ctx.lemmas[token.i] not in EVENT_TRIGGERS:
            continue  # trigger_label's first test, without the call
        label = trigger_label(token)
        if label is None:
            continue
        event = Event(label, token, clause)
        if label in _TRAVEL:
            _travel_args(ctx, event)
        else:
            _deal_args(ctx, event)
        found.append((event, is_anaphoric(ctx, token)))
    return found


def _travel_args(ctx: Context, event: Event) -> None:
    trigger, clause = event.trigger, event.clause
    word = lemma(trigger)
    places = args.destinations(ctx, trigger, clause)
    rule = f"{event.label.lower()}.destination"
    if not places and word in VENUE_TRIGGERS:
        places, rule = args.venue(ctx, clause), "mission.venue"
    elif not places and (reached := _reached(ctx, trigger, clause)) is not None:
        places, rule = [reached], "mission.motion_destination"
    event.destinations = [(p, rule, 0.8) for p in places]
    origin = origin_adjective(ctx, trigger) if word == "délégation" else None
    origin = origin or args.origin_of_visitor(ctx, trigger, clause)
    event.origins = [(origin, "mission.origin", 0.7)] if origin is not None else []
    owners = args.stand_owner(ctx, trigger, clause) if word in VENUE_TRIGGERS else []
    event.participants = [(o, "mission.stand_owner", 0.7) for o in owners]
    event.participants += _companions(ctx, trigger, clause)
    event.participants += [(p, "mission.led_by", 0.65) for p in led_by(ctx, clause)]
    event.participants += [(p, "mission.doer", 0.65) for p in _doers(ctx, trigger)]
    _common_args(ctx, event)


def _doers(ctx: Context, trigger: Token) -> list[Span]:
    """ "Le ministre X effectuera une visite à Y", "La CCI a entamé une mission au Z": the
    subject of the verb the trip noun is the object of takes part."""
    verb = trigger.head
    if trigger.dep_ != "obj" or ctx.lemmas[verb.i] not in _UNDERTAKE:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    named = ctx.entity_at(subject.i, args.PERSON_OR_ORG)
    persons = ctx.entities_in(subject.i, verb.i, args.PERSON)
    return [named] if named is not None else persons[:1]


def _reached(ctx: Context, trigger: Token, clause: Span) -> Span | None:
    """ "Vingt PME sont arrivées lundi à X pour une mission de prospection": the trip goes
    where the motion verb it is the purpose of goes."""
    verb = trigger.head
    if ctx.lemmas[verb.i] not in MOTION_VERBS or verb.i > trigger.i:
        return None
    if not any(ctx.lowers[c.i] == "pour" for c in trigger.children):
        return None
    place = destination_after(ctx, verb, clause)
    return place if place is not None and place.start < trigger.i else None


def _companions(ctx: Context, trigger: Token, clause: Span) -> list[Arg]:
    """Who goes along: "un voyage ... avec X et Y", or several names listed after ":"."""
    # An "avec" after a later deal noun ("partenariat avec X") is that deal's.
    later = next(
        (
            t.i
            for t in ctx.tokens[trigger.i + 1 : clause.end]
            if ctx.lemmas[t.i] in EVENT_TRIGGERS and trigger_label(t)
        ),
        clause.end,
    )
    scope = clause[: later - clause.start]
    found = sides.with_list(ctx, trigger.i + 1, scope, args.PERSON_OR_ORG, cues=("avec",))
    companions = [(o, "mission.with", 0.7) for o in found]
    words = range(max(trigger.i, clause.start), clause.end)
    colon = next((j for j in words if ctx.lowers[j] == ":"), -1)
    listed = collect_list(ctx, colon + 1, clause.end, args.PERSON_OR_ORG) if colon >= 0 else []
    if len(listed) >= 2:
        companions += [(o, "mission.colon_list", 0.6) for o, _ in listed]
    return companions


def _deal_args(ctx: Context, event: Event) -> None:
    trigger, clause = event.trigger, event.clause
    found = [(p, "partnership.subject", 0.7) for p in sides.subject_party(ctx, trigger, clause)]
    found += [(p, "partnership.relative", 0.7) for p in sides.relative_party(ctx, trigger, clause)]
    # "négocie avec X un contrat": the "avec" may sit between the verb and its object.
    verb = trigger.head
    start = verb.i + 1 if trigger.dep_ == "obj" and verb.i < trigger.i else trigger.i + 1
    others = sides.with_list(ctx, start, clause, ACTOR_LABELS) or _after_colon(ctx, trigger)
    found += [(p, "partnership.with", 0.8) for p in others]
    # "ont signé des contrats avec des distributeurs": the other side is unnamed,
    # so the subjects are not each other's partners.
    event.unnamed_side = not others and sides.has_with(ctx, ctx.doc[start - 1], clause)
    event.parties = unique(found)
    # "X et la ville de Y ont signé un protocole d'accord": between two towns or public
    # bodies, an accord is a partnership (a company-company accord stays an agreement).
    territorial = all(span.label_ in _TERRITORIAL for span, _, _ in event.parties)
    if event.label == "Agreement" and len(event.parties) >= 2 and territorial:
        event.label = "Partnership"
    _common_args(ctx, event)


def _after_colon(ctx: Context, trigger: Token) -> list[Span]:
    """ "Les deux chambres ont scellé un jumelage : la CCI X et la chambre Y organiseront
    ...": the sides listed right after a colon that ends the deal's phrase."""
    j = trigger.i + 1
    while j < len(ctx.tokens) and ctx.tokens[j].pos_ == "ADJ":
        j += 1
    if j + 1 >= len(ctx.tokens) or ctx.lowers[j] != ":":
        return []
    clause = ctx.parts[ctx.clause_of(j + 1)]
    listed = [s for s, _ in collect_list(ctx, j + 1, clause.end, ACTOR_LABELS)]
    return listed if len(listed) >= 2 else []


def unique(found: list[Arg]) -> list[Arg]:
    """Drop repeated mentions of the same entity span, keeping the first rule."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for arg in found:
        if (arg[0].start, arg[0].end) not in seen:
            seen.add((arg[0].start, arg[0].end))
            kept.append(arg)
    return kept


def _common_args(ctx: Context, event: Event) -> None:
    if event.label in _TRAVEL:
        found = args.organisers(ctx, event.clause) + args.verb_organisers(
            ctx, event.trigger, event.clause
        )
        event.organisers = [(o, "mission.organiser", 0.7) for o in found]
    date = args.nearest_date(ctx, event.trigger, event.clause)
    event.dates = [(date, f"{event.label.lower()}.date", 0.7)] if date is not None else []
    sectors = args.sectors(ctx, event.trigger, event.clause)
    event.sectors = [(s, f"{event.label.lower()}.sector", 0.7) for s in sectors]
