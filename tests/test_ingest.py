"""Reading a corpus: formats, encodings, normalization, one report per bad file or line.

Model-free. The article texts are short French sentences written for these
tests; every name in them is invented. `tests/data/bad/` is the committed
fixture corpus made by `tests/data/make_bad_corpus.py`.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from ecograph.errors import DuplicateArticle, InputError, InputWarning, NoInputError
from ecograph.ingest import (
    iter_files,
    make_article,
    normalize_text,
    read_corpus,
)

BAD = Path(__file__).parent / "data" / "bad"
ARTICLE = (
    "La société Fromagerie Lenoir ouvre une usine à Caen.\n\n"
    "Elle a signé un accord avec la région Normandie pour 40 emplois d’ici 2025.\n"
)

# Each committed fixture that must be refused, with the reason given for it.
REFUSED = {
    "article_pdf.txt": "binary file (PDF)",
    "blank.txt": "only whitespace",
    "charabia.txt": "undecodable text",
    "depeches.jsonl:2": "broken JSON",
    "depeches.jsonl:3": "no 'text' field",
    "depeches.jsonl:4": "not a JSON object",
    "depeches.jsonl:6": "empty 'text'",
    "depeches.jsonl:9": "broken JSON",
    "empty.txt": "empty file",
    "garbage.txt": "binary file (control bytes",
    "lettre.docx": "unsupported file type .docx",
    "nombres.txt": "no words",
    "photo_png.txt": "binary file (PNG image)",
    "rapport.pdf": "unsupported file type .pdf",
    "sans_texte.html": "no main text",
}
WARNED = {
    "depeches.jsonl:7": "publication date 'hier' not understood",
    "english.txt": "does not look like French",
    "usine.txt": "duplicate of",
}
# Good articles: file (or file:line) -> (encoding, a phrase of the decoded text).
READ = {
    "controles.txt": ("utf-8", "La coopérative Laitière du Jura recrute."),
    "cp1252.txt": ("cp1252", "Œuvre du PDG"),
    "depeches.jsonl:1": ("utf-8", "Les Ateliers Kerlan"),
    "depeches.jsonl:5": ("utf-8", "Château Peyrelongue"),
    "depeches.jsonl:7": ("utf-8", "Fin\u2028de ligne \ufffd."),
    "doublon_usine.txt": ("utf-8-sig", "s’installe à Caen.\n\nL’entreprise"),
    "english.txt": ("utf-8", "Shipping company"),
    "latin1.txt": ("iso-8859-1", "Élodie Garnier"),
    "mac_roman.txt": ("mac_roman", "très bonne nouvelle, reçue à Lorient"),
    "noms_hostiles.txt": ("utf-8", '<script>alert("ecograph")</script> Industries'),
    "page.html": ("utf-8", "Le fabricant de skis Alpéa"),
    "utf16_bom.txt": ("utf-16-le", "La Fromagerie Lenoir s’installe à Rouen."),
    "utf8_bom.md": ("utf-8-sig", "# Une start-up toulousaine"),
}


def read(paths: list[Path]) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    return list(read_corpus(paths, on_error=errors.append)), errors


def where(path_or_line: str) -> str:
    return path_or_line.removeprefix(str(BAD) + "/")


@pytest.fixture(scope="module")
def bad_corpus() -> tuple[list, list[InputError]]:
    return read([BAD])


def test_ingest_reports_each_bad_fixture_once_with_its_reason(bad_corpus) -> None:
    _, errors = bad_corpus
    refused = {where(e.path): e.reason for e in errors if not getattr(e, "is_warning", False)}
    assert len(refused) == len([e for e in errors if not getattr(e, "is_warning", False)])
    assert set(refused) == set(REFUSED)
    for name, reason in REFUSED.items():
        assert refused[name].startswith(reason), name
    assert all(e.fix for e in errors)


def test_ingest_warns_without_skipping(bad_corpus) -> None:
    articles, errors = bad_corpus
    warned = {where(e.path): e.reason for e in errors if getattr(e, "is_warning", False)}
    assert set(warned) == set(WARNED)
    for name, reason in WARNED.items():
        assert warned[name].startswith(reason), name
    assert "english.txt" in {where(a.source) for a in articles}


def test_ingest_reads_every_good_fixture_with_its_encoding(bad_corpus) -> None:
    articles, _ = bad_corpus
    by_source = {where(a.source): a for a in articles}
    by_source.update({f"depeches.jsonl:{n}": a for n, a in _jsonl_articles(articles).items()})
    assert set(by_source) - {"AFP"} - {"depeches.jsonl"} >= set(READ)
    assert len(articles) == len(READ)
    for name, (encoding, phrase) in READ.items():
        assert by_source[name].encoding == encoding, name
        assert phrase in by_source[name].text, name


def _jsonl_articles(articles: list) -> dict[int, object]:
    """Map JSONL line numbers to articles (line 1 has a given source, 'AFP')."""
    found = {}
    for article in articles:
        if article.source == "AFP":
            found[1] = article
        elif ".jsonl:" in article.source:
            found[int(article.source.rsplit(":", 1)[1])] = article
    return found


def test_ingest_keeps_html_main_text_and_metadata(bad_corpus) -> None:
    page = next(a for a in bad_corpus[0] if a.source.endswith("page.html"))
    assert page.title == "Une usine de skis s’agrandit à Annecy"
    assert page.published == "2021-03-04"
    assert "Accueil" not in page.text and "Mentions légales" not in page.text
    assert "pas un article" not in page.text and "color" not in page.text


def test_ingest_jsonl_fields_and_hostile_ids(bad_corpus) -> None:
    lines = _jsonl_articles(bad_corpus[0])
    assert lines[1].id == "depeche-001" and lines[1].published == "2022-05-17"
    hostile = lines[5]
    assert hostile.title == "<script>alert('titre')</script>"
    assert hostile.published == "2021-10-05"
    assert hostile.id.startswith("depeche-ndeg5-b-") and all(
        c.isalnum() or c in "-._" for c in hostile.id
    )
    assert lines[7].published is None


def test_ingest_strips_controls_and_ansi_codes(bad_corpus) -> None:
    text = next(a.text for a in bad_corpus[0] if a.source.endswith("controles.txt"))
    assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n" for c in text)
    assert "[31m" not in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Cre\u0301dit\r\nagricole\rà Lyon", "Crédit\nagricole\nà Lyon"),
        ("a\x00b\x07c\x1bd\x7fe\ufeffg", "abcdeg"),
        ("page 1\x0cpage 2\x0bligne\x85fin", "page 1\npage 2\nligne\nfin"),
        ("\x1b[1;31mRouge\x1b[0m vif", "Rouge vif"),
        ("seul \ud800 surrogat", "seul \ufffd surrogat"),
        ("tab\tet\nligne", "tab\tet\nligne"),
    ],
)
def test_ingest_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected
    assert unicodedata.is_normalized("NFC", normalize_text(raw))


def test_ingest_same_text_is_one_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8-sig"))
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    articles, errors = read([tmp_path])
    assert [a.id for a in articles] == ["a"]
    assert [type(e) for e in errors] == [DuplicateArticle, DuplicateArticle]
    assert all(e.is_warning and "duplicate of" in e.reason for e in errors)
    assert all(e.reason.endswith("a.txt") for e in errors)


def test_ingest_same_name_in_two_folders_gets_two_ids(tmp_path: Path) -> None:
    for folder, town in (("un", "Caen"), ("deux", "Brest")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "usine.txt").write_text(ARTICLE.replace("Caen", town), "utf-8")
    articles, errors = read([tmp_path])
    assert not errors
    assert len({a.id for a in articles}) == 2


def test_ingest_unreadable_file_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, locked = tmp_path / "bon.txt", tmp_path / "verrou.txt"
    good.write_text(ARTICLE, "utf-8")
    locked.write_text(ARTICLE.replace("Caen", "Brest"), "utf-8")
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "verrou.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    # Root reads any file whatever its mode, so the refusal is simulated.
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, errors = read([tmp_path])
    assert [a.id for a in articles] == ["bon"]
    assert len(errors) == 1 and errors[0].reason == "cannot read (Permission denied)"


def test_ingest_broken_symlink_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "bon.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "lien.txt").symlink_to(tmp_path / "disparu.txt")
    articles, errors = read([tmp_path, tmp_path / "absent.txt"])
    assert len(articles) == 1
    assert sorted(e.reason for e in errors) == [
        "cannot read (No such file or directory)",
        "no such file or folder",
    ]


def test_ingest_nothing_found_raises_no_input(tmp_path: Path) -> None:
    (tmp_path / "vide").mkdir()
    (tmp_path / "note.docx").write_bytes(b"PK\x03\x04")
    errors: list[InputError] = []
    with pytest.raises(NoInputError, match="no article found"):
        list(read_corpus([tmp_path / "vide", tmp_path / "note.docx"], on_error=errors.append))
    assert [e.reason for e in errors] == ["empty folder", "unsupported file type .docx"]


def test_ingest_skips_hidden_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "bon.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("garbage", "utf-8")
    (tmp_path / ".~lock.bon.txt#").write_text("verrou", "utf-8")
    assert list(iter_files([tmp_path])) == [tmp_path / "bon.txt"]


def test_ingest_make_article_ids_are_iri_safe() -> None:
    hostile = make_article(ARTICLE, source="x", article_id='"><img src=x onerror=alert(1)>')
    assert hostile.id.endswith(hostile.sha256[:8])
    assert all(c.isalnum() or c in "-._" for c in hostile.id)
    assert make_article(ARTICLE, source="x", article_id="depeche-12").id == "depeche-12"
    assert make_article(ARTICLE, source="x").id == make_article(ARTICLE, source="y").id


def test_ingest_markdown_heading_is_the_title(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_text("# Caen attire une usine\n\n" + ARTICLE, "utf-8")
    (article,), _ = read([tmp_path])
    assert article.title == "Caen attire une usine"
    assert article.text.startswith("# Caen")


def test_ingest_warning_classes_are_input_errors() -> None:
    assert issubclass(DuplicateArticle, InputWarning) and issubclass(InputWarning, InputError)
    assert DuplicateArticle.is_warning and not getattr(InputError, "is_warning", False)


def test_ingest_html_saved_in_windows_encoding(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Économie</title></head><body>'
        "<article><h1>Une verrerie à Nancy</h1><p>La verrerie Thomas, à Nancy, "
        "embauche 20 salariés et investit 3 M€ dans un four électrique.</p></article>"
        "</body></html>"
    )
    (tmp_path / "page.htm").write_bytes(page.encode("cp1252"))
    (article,), errors = read([tmp_path])
    assert not errors and article.encoding == "cp1252"
    assert "investit 3 M€ dans un four électrique" in article.text
    assert article.title == "Une verrerie à Nancy"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "d1", "text": 42}', "'text' must be a string, not a number"),
        ('{"id": "d1", "text": ["a"]}', "'text' must be a string, not a list"),
        ('{"id": "d1"}', "no 'text' field"),
        ('{"id": "d1", "text": ""}', "empty 'text'"),
        (
            '{"id": "d1", "text": "Une usine',
            "broken JSON (Unterminated string starting at: column 22)",
        ),
        ('{"id": "d1" "text": "x"}', "broken JSON (Expecting ',' delimiter: column 13)"),
    ],
)
def test_ingest_jsonl_line_problems_say_what_is_wrong_and_where(
    tmp_path: Path, line: str, reason: str
) -> None:
    (tmp_path / "lot.jsonl").write_text(line + "\n", encoding="utf-8")
    errors: list[InputError] = []
    with pytest.raises(NoInputError):
        list(read_corpus([tmp_path / "lot.jsonl"], on_error=errors.append))
    assert [(e.path, e.reason) for e in errors] == [(f"{tmp_path / 'lot.jsonl'}:1", reason)]


def test_ingest_utf8_file_with_stray_bytes_is_read_with_a_note(tmp_path: Path) -> None:
    # A UTF-8 article with two cp1252 apostrophes (0x92) pasted in.
    text = ARTICLE + "Les élus de la région espèrent créer d’autres emplois en été.\n"
    data = text.encode("utf-8").replace("d’ici".encode(), b"d\x92ici") + b" L\x92usine."
    (tmp_path / "a.txt").write_bytes(data)
    errors: list[InputError] = []
    (article,) = read_corpus([tmp_path / "a.txt"], on_error=errors.append)
    assert "Fromagerie Lenoir" in article.text and "région Normandie" in article.text
    assert article.text.count("\ufffd") == 2 and article.encoding == "utf-8"
    assert [(e.is_warning, e.reason.split(" byte")[0]) for e in errors] == [(True, "2")]
    assert "UTF-8" in errors[0].fix


def test_ingest_cp1252_file_is_not_taken_for_broken_utf8(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.replace("’", "'").encode("cp1252"))
    errors: list[InputError] = []
    (article,) = read_corpus([tmp_path / "a.txt"], on_error=errors.append)
    assert "région" in article.text and "\ufffd" not in article.text and not errors
