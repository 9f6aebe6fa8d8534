"""`ecograph run` and `extract` facing bad inputs, an empty store and reruns.

Model-free: the model is replaced by a blank French pipeline with our entity
components and a sentencizer, enough for records, a store and a map. The
article texts are short French sentences written for these tests (invented names).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner, Result

from ecograph.cli import app

TEXT = "La société Brocéliande Textiles ouvre un atelier à Vannes.\n"
OTHER = "La coopérative Laiterie du Trégor recrute vingt salariés à Lannion.\n"


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> Language:
    """Make `run` and `extract` use a blank pipeline instead of loading the model."""
    import ecograph.nlp.pipeline as nlp_pipeline
    from ecograph import extract
    from support import blank_entity_pipeline

    nlp = blank_entity_pipeline()
    nlp.add_pipe("sentencizer", first=True)
    monkeypatch.setattr(nlp_pipeline, "load_nlp", lambda **kwargs: nlp)
    # The version of the real model's pipeline would differ from this one's: rerun tests
    # need one version for both the records written and the check of what is new.
    monkeypatch.setattr(extract, "pipeline_version", lambda nlp=None: "blank-test")
    return nlp


def ecograph(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("command", ["run", "extract"])
def test_cli_inputs_missing_path_is_skipped_and_the_rest_done(
    command: str, no_model: spacy.Language, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = ecograph(command, tmp_path / "a.txt", tmp_path / "absent.txt", "-o", out, "-q")
    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines() == [
        f"skipped: {tmp_path / 'absent.txt'}: no such file or folder (check the path)"
    ]
    assert (out / "records.jsonl").read_text(encoding="utf-8").count("\n") == 1


def test_cli_inputs_empty_folder_says_it_once_and_leaves_no_store(
    no_model: spacy.Language, tmp_path: Path
) -> None:
    (tmp_path / "vide").mkdir()
    out = tmp_path / "out"
    result = ecograph("run", tmp_path / "vide", "-o", out)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "empty folder" in lines[0], lines
    # No store, no lock, no output folder: a later `query` does not take it for a real one.
    assert not out.exists()


def test_cli_inputs_failed_run_keeps_an_existing_store(
    no_model: spacy.Language, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert ecograph("run", tmp_path / "a.txt", "-o", out, "-q").exit_code == 0
    result = ecograph("run", tmp_path / "absent.txt", "-o", out, "-q")
    assert result.exit_code == 2
    assert (out / "store").is_dir()
    assert (
        "Brocéliande"
        in ecograph(
            "query", "--store", out / "store", "--name", "search", "-p", "text=Brocéliande"
        ).stdout
    )


def test_cli_inputs_stderr_has_no_blank_line_off_a_terminal(
    no_model: spacy.Language, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = ecograph("extract", tmp_path / "a.txt", tmp_path / "b.docx", "-o", tmp_path / "o")
    assert result.stderr.startswith("skipped:"), repr(result.stderr)


@pytest.mark.parametrize("command", ["query", "map", "export"])
def test_cli_inputs_empty_store_is_named_in_one_warning(command: str, tmp_path: Path) -> None:
    import pyoxigraph as ox

    folder = tmp_path / "store"
    ox.Store(str(folder)).flush()
    args = {
        "query": ["query", "SELECT * { ?s ?p ?o }"],
        "map": ["map", "-o", tmp_path / "m.html"],
        "export": ["export", "-o", tmp_path / "g.graphml"],
    }[command]
    result = ecograph(*args, "--store", folder)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "holds no article" in warnings[0]
    assert "ecograph run" in warnings[0]


def test_cli_inputs_progress_total_counts_articles_not_files(
    no_model: spacy.Language, tmp_path: Path
) -> None:
    from ecograph.pipeline import Reporter, extract, run

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        json.dumps({"id": f"d{n}", "text": t}) for n, t in enumerate([TEXT, OTHER, TEXT + OTHER])
    ]
    (corpus / "lot.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (corpus / "a.txt").write_text(OTHER + TEXT, encoding="utf-8")
    totals: list[int] = []
    done: list[str] = []
    reporter = Reporter(
        on_start=totals.append,
        on_article=lambda record: done.append("new"),
        on_unchanged=lambda: done.append("same"),
    )
    extract([corpus], tmp_path / "x", reporter=reporter)
    assert totals == [4] and done == ["new"] * 4
    run([corpus], tmp_path / "out")
    done.clear()
    run([corpus], tmp_path / "out", reporter=reporter)
    assert totals[-1] == 4 and done == ["same"] * 4


def test_cli_inputs_article_replaced_from_another_source_is_noted(
    no_model: spacy.Language, tmp_path: Path
) -> None:
    for folder, text in (("lundi", TEXT), ("mardi", OTHER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "depeche.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert ecograph("run", tmp_path / "lundi", "-o", out, "-q").stderr == ""
    result = ecograph("run", tmp_path / "mardi", "-o", out, "-q")
    assert result.exit_code == 0, result.output
    old, new = tmp_path / "lundi" / "depeche.txt", tmp_path / "mardi" / "depeche.txt"
    assert result.stderr.splitlines() == [
        f"note: article depeche: replaced: {old} -> {new} (same file name, so the same id:"
        " rename one file to keep both)"
    ]
    assert re.search(r"articles replaced \(same id, other source\)\s*│\s*1", result.stdout)
    # The same file again replaces nothing and says nothing.
    assert ecograph("run", tmp_path / "mardi", "-o", out, "-q").stderr == ""


def test_cli_inputs_next_run_removes_only_our_stale_temp_files(
    no_model: spacy.Language, tmp_path: Path
) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    assert ecograph("run", corpus, "-o", out, "-q").exit_code == 0
    # What SIGKILL leaves mid-run, beside files of the user's that look alike.
    stale = [
        "..records.new.jsonl.k3j9_x2a.tmp",
        ".graph.trig.abcd1234.tmp",
        ".graph.all.nq.tmp",
        ".records.jsonl.zz99yy88.tmp",
        "..store.state.json.q1w2e3r4.tmp",
    ]
    mine = [".notes.txt.abcd1234.tmp", "records.jsonl.bak", "graph.trig.tmp"]
    for name in stale + mine:
        (out / name).write_text("x", encoding="utf-8")
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    assert ecograph("run", corpus, "-o", out, "-q").exit_code == 0
    left = {p.name for p in out.iterdir()}
    assert not left & set(stale)
    assert set(mine) <= left


def test_cli_inputs_ctrl_c_prints_one_line_and_exits_130(
    no_model: spacy.Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ecograph.pipeline as pipeline

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert ecograph("run", tmp_path / "a.txt", "-o", out, "-q").exit_code == 0
    before = (out / "records.jsonl").read_bytes()

    def interrupted(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "link_into", interrupted)
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    result = ecograph("run", tmp_path / "a.txt", tmp_path / "b.txt", "-o", out, "-q")
    assert result.exit_code == 130
    assert result.stderr == "interrupted: previous outputs kept\n"
    assert (out / "records.jsonl").read_bytes() == before
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
