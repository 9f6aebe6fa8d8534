"""Plain-text articles: a title and a publication date read from the head of the file.

The texts are short French sentences written for these tests; every name in them
is invented. The model test reads a whole article through `read_corpus` and the
real pipeline and checks that relative dates are anchored on the dateline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from ecograph.ingest import read_corpus
from ecograph.text_head import read_head

if TYPE_CHECKING:
    from spacy.language import Language

BODY = "La société Brocéliande Textiles ouvre un atelier à Vannes.\n"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Rennes, le 20 mai 2025. ", "2025-05-20"),
        ("QUIMPER, 4 mars 2025 (AFP) - ", "2025-03-04"),
        ("Publié le 12/03/2025\n\n", "2025-03-12"),
        ("12 mars 2025 - ", "2025-03-12"),
        ("Saint-Malo (AFP), 1er avril 2024 - ", "2024-04-01"),
        ("Boulogne-sur-Mer, le mardi 2 juillet 2024, ", "2024-07-02"),
        ("Publié le 2024-11-05 à 10h\n", "2024-11-05"),
    ],
)
def test_text_head_reads_a_dateline(head: str, published: str) -> None:
    assert read_head("Un titre court\n\n" + head + BODY)[1] == published
    assert read_head(head + BODY)[1] == published


@pytest.mark.parametrize(
    "text",
    [
        # A date inside a sentence tells when something happened, not when it was published.
        "Le groupe a annoncé, le 12 mars 2025, un plan social.\n",
        "Le 12 mars 2025, la coopérative a signé un accord.\n",
        "Rennes, le 31 février 2025. " + BODY,
        # Only the first two lines after the title are looked at.
        "Titre\n\nPremier paragraphe.\n\nDeuxième.\n\nRennes, le 3 mai 2020. Fin.\n",
        BODY,
    ],
)
def test_text_head_ignores_dates_that_are_not_datelines(text: str) -> None:
    assert read_head(text)[1] is None


def test_text_head_title_is_a_short_first_line_before_a_blank_line() -> None:
    assert read_head("Brocéliande Textiles s'agrandit\n\n" + BODY)[0] == (
        "Brocéliande Textiles s'agrandit"
    )
    assert read_head("Une phrase qui finit.\n\n" + BODY)[0] is None
    assert read_head("Pas de ligne vide\n" + BODY)[0] is None
    assert read_head("x" * 201 + "\n\n" + BODY)[0] is None
    assert read_head("# Titre Markdown\nRennes, le 3 mai 2020. " + BODY, markdown=True) == (
        "Titre Markdown",
        "2020-05-03",
    )


def test_text_head_read_corpus_fills_txt_metadata_and_keeps_the_text(tmp_path: Path) -> None:
    text = "Brocéliande Textiles s'agrandit\n\nRennes, le 20 mai 2025. " + BODY
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "c.md").write_text("# Titre\n\nPublié le 04/06/2024\n\n" + BODY, encoding="utf-8")
    articles = {a.id: a for a in read_corpus([tmp_path], on_error=pytest.fail)}
    assert articles["a"].text == text
    assert (articles["a"].title, articles["a"].published) == (
        "Brocéliande Textiles s'agrandit",
        "2025-05-20",
    )
    assert (articles["b"].title, articles["b"].published) == (None, None)
    assert (articles["c"].title, articles["c"].published) == ("Titre", "2024-06-04")


ARTICLE = (
    "Brocéliande Textiles rachète un concurrent nantais\n\n"
    "Rennes, le 20 mai 2025. Le groupe rennais Brocéliande Textiles annonce le rachat "
    "de la société Tissages Kerbrat. Cette dernière a réalisé un chiffre d'affaires de "
    "12 millions d'euros l'an dernier.\n\n"
    "Une délégation du groupe se rendra à Porto en juin pour rencontrer des fournisseurs.\n"
)


@pytest.mark.model
def test_text_head_dateline_anchors_relative_dates(nlp: Language, tmp_path: Path) -> None:
    from ecograph.extract import extract_articles

    (tmp_path / "rachat.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sans_date.txt").write_text(ARTICLE.replace("Rennes, le 20 mai 2025. ", ""))
    records = {
        r.document.id: r
        for r in extract_articles(nlp, read_corpus([tmp_path], on_error=pytest.fail))
    }
    dated = {e.name: e for e in records["rachat"].entities if e.category == "Date"}
    assert (dated["l'an dernier"].value, dated["l'an dernier"].resolved) == ("2024", "published")
    assert (dated["juin"].value, dated["juin"].resolved) == ("2025-06", "published")
    # Without a dateline nothing anchors "l'an dernier": the record says it was not resolved.
    undated = {e.name: e for e in records["sans_date"].entities if e.category == "Date"}
    assert records["sans_date"].document.published is None
    assert undated["l'an dernier"].resolved in {"inferred", "unresolved"}
