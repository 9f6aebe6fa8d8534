"""Long texts in pieces: contiguous, bounded, cut on the best boundary; records merged back.

Model-free. The sentences are short French texts written for these tests, with invented names.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecograph.chunk_join import join_pieces, merge_records
from ecograph.chunking import DEFAULT_MAX_CHARS, ArticlePiece, Piece, split_articles, split_text
from ecograph.ingest import make_article
from ecograph.records import Document, Entity, Evidence, Mention, Record, Relation

PARAGRAPH = "La société Lenoir ouvre une usine à Caen. Elle embauche 40 salariés ! "


def check_pieces(text: str, pieces: list[Piece], max_chars: int) -> None:
    """The contract: pieces joined give the text back, offsets right, none too long."""
    assert "".join(p.text for p in pieces) == text
    assert pieces[0].start == 0
    for before, after in pairwise(pieces):
        assert after.start == before.end
    for piece in pieces:
        assert text[piece.start : piece.end] == piece.text
        assert 0 < len(piece.text) <= max_chars or text == ""


def test_chunking_short_text_is_one_piece() -> None:
    assert split_text("Une phrase.", max_chars=100) == [Piece(0, "Une phrase.")]
    assert split_text("", max_chars=100) == [Piece(0, "")]


def test_chunking_cuts_on_blank_lines_first() -> None:
    paragraphs = [PARAGRAPH * 3 + f"Paragraphe {i}." for i in range(6)]
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, max_chars=len(paragraphs[0]) * 2 + 10)
    check_pieces(text, pieces, len(paragraphs[0]) * 2 + 10)
    assert len(pieces) == 3
    assert all(p.text.startswith("La société") for p in pieces)
    assert all(p.text.endswith("\n\n") for p in pieces[:-1])


def test_chunking_falls_back_to_line_breaks_then_sentences() -> None:
    lines = "\n".join(PARAGRAPH * 2 for _ in range(5))
    pieces = split_text(lines, max_chars=len(PARAGRAPH) * 2 + 5)
    check_pieces(lines, pieces, len(PARAGRAPH) * 2 + 5)
    assert all(p.text.endswith("\n") for p in pieces[:-1])
    one_line = PARAGRAPH * 10
    pieces = split_text(one_line, max_chars=100)
    check_pieces(one_line, pieces, 100)
    assert all(p.text.rstrip().endswith((".", "!")) for p in pieces[:-1])


def test_chunking_cuts_a_word_only_when_there_is_no_space() -> None:
    text = "x" * 250
    pieces = split_text(text, max_chars=100)
    check_pieces(text, pieces, 100)
    assert [len(p.text) for p in pieces] == [100, 100, 50]


def test_chunking_huge_text_below_the_model_limit() -> None:
    text = "\n\n".join(PARAGRAPH * 20 for _ in range(1200))
    assert len(text) > 1_000_000
    pieces = split_text(text)
    check_pieces(text, pieces, DEFAULT_MAX_CHARS)
    # Cut on blank lines, each piece is nearly full: few more pieces than the minimum.
    assert len(text) / DEFAULT_MAX_CHARS <= len(pieces) <= len(text) / DEFAULT_MAX_CHARS * 1.1
    assert all(p.text.endswith("\n\n") for p in pieces[:-1])


def test_chunking_refuses_a_silly_limit() -> None:
    with pytest.raises(ValueError, match="positive"):
        split_text("abc", max_chars=0)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab é.!?\n\t "), max_size=400),
    max_chars=st.integers(min_value=1, max_value=60),
)
def test_chunking_pieces_reconstruct_any_text(text: str, max_chars: int) -> None:
    check_pieces(text, split_text(text, max_chars=max_chars), max_chars)


def test_chunking_split_articles_keeps_short_articles_whole() -> None:
    short = make_article(PARAGRAPH, source="court.txt")
    long = make_article("\n\n".join([PARAGRAPH * 2] * 5), source="long.txt")
    parts = list(split_articles([short, long], max_chars=200))
    assert parts[0] == ArticlePiece(short, 0, 0, 1)
    rest = parts[1:]
    assert [p.index for p in rest] == list(range(len(rest))) and len(rest) > 1
    assert all(p.count == len(rest) and p.article.id == long.id for p in rest)
    assert all(p.article.sha256 == long.sha256 for p in rest)
    assert "".join(p.article.text for p in rest) == long.text


def test_chunking_join_pieces_passes_whole_articles_and_merges_pieces() -> None:
    whole = record(())
    first, second = record(()), record(())
    piece = ArticlePiece(make_article("abc", source="x"), 0, 0, 2)
    joined = list(
        join_pieces(
            [
                (whole, ArticlePiece(make_article("z", source="y"), 0, 0, 1), 1),
                (first, piece, 2),
                (second, ArticlePiece(piece.article, 3, 1, 2), 1),
            ]
        )
    )
    assert joined == [whole, first]
    with pytest.raises(ValueError, match="ended before its last piece"):
        list(join_pieces([(first, piece, 2)]))


def record(entities: tuple[Entity, ...], relations: tuple[Relation, ...] = ()) -> Record:
    return Record(Document("art1", "x.txt", "0" * 64), entities, relations)


def test_chunking_merge_records_shifts_offsets_and_joins_entities() -> None:
    caen = "https://w3id.org/ecograph/id/place/caen"
    lenoir = "https://w3id.org/ecograph/id/org/lenoir"
    first = record(
        (
            Entity(caen, "Place", "City", "Caen", (Mention("Caen", 10, 14, 0),)),
            Entity(lenoir, "Organisation", "Company", "Lenoir", (Mention("Lenoir", 0, 6, 0),)),
        ),
        (Relation("located_in", lenoir, caen, Evidence("Lenoir à Caen.", 0, 14)),),
    )
    second = record(
        (
            Entity(
                caen, "Place", "City", "Caen", (Mention("la ville", 5, 13, 1),), links={"g": "1"}
            ),
        ),
        (Relation("located_in", lenoir, caen, Evidence("Encore Caen.", 0, 12)),),
    )
    merged = merge_records([first, second], [(0, 0), (100, 3)])
    place = merged.entity(caen)
    assert place is not None
    assert [(m.start, m.end, m.sentence) for m in place.mentions] == [(10, 14, 0), (105, 113, 4)]
    assert place.links == {"g": "1"} and place.name == "Caen"
    assert len(merged.entities) == 2 and merged.document == first.document
    assert [(r.evidence.start, r.evidence.end) for r in merged.relations] == [(0, 14)]


def test_chunking_merge_records_needs_one_shift_per_record() -> None:
    with pytest.raises(ValueError, match="one"):
        merge_records([record(())], [])


@pytest.mark.model
def test_chunking_pieces_through_the_model_keep_whole_text_offsets(nlp) -> None:
    from ecograph.extract import doc_to_record

    paragraphs = [
        "La société Fromagerie Lenoir ouvre une usine à Caen en mars 2024.",
        "Son président, Hugo Ferrand, a signé un accord avec la région Normandie.",
        "La Brasserie du Vercors, basée à Grenoble, exporte au Canada depuis 2019.",
        "Les Ateliers Kerlan, à Lorient, vont construire trois navires pour 30 millions d'euros.",
    ] * 3
    article = make_article("\n\n".join(paragraphs), source="long.txt")
    parts = []
    for part in split_articles([article], max_chars=160):
        doc = nlp(part.article.text)
        parts.append((doc_to_record(doc, part.article), part, len(list(doc.sents))))
    assert len(parts) > 4
    (merged,) = join_pieces(parts)
    assert merged.document.sha256 == article.sha256
    mentions = [m for e in merged.entities for m in e.mentions]
    assert any(article.text[m.start : m.end] == "Lorient" for m in mentions)
    # Each piece's mentions of Caen are kept, none twice.
    assert sum(m.text == "Caen" for m in mentions) == article.text.count("Caen")
    for mention in mentions:
        assert article.text[mention.start : mention.end] == mention.text
    for relation in merged.relations:
        evidence = relation.evidence
        assert article.text[evidence.start : evidence.end] == evidence.text
    sentences = len(list(nlp(article.text).sents))
    assert max(m.sentence for m in mentions) < sentences + len(parts)
