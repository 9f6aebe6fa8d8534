"""Find the corpus files under the paths given, and name every file that will not be read.

Hidden files and folders (".git", editor locks) are passed over in silence;
any other file of a format ecograph does not read is reported once, with what
to do about it, so nothing is dropped without a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ecograph.errors import InputError
from ecograph.readers import SUFFIXES

# Unsupported formats someone may drop in a corpus folder, with what to do.
_FIX_OF_SUFFIX = {".pdf": "extract its text first (e.g. `pdftotext file.pdf file.txt`)"}
_FIX_FORMAT = "save it as .txt, .md or .html (UTF-8), or as lines of a .jsonl file"

ErrorHandler = Callable[[InputError], None]


def walk(paths: Iterable[Path], *, on_error: ErrorHandler) -> Iterator[Path]:
    """Yield supported files; report missing paths, other formats and folders with no article."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if not p.is_dir() and not _hidden(p, path))
            if not files:
                fix = "put .txt, .md, .html or .jsonl articles in it, or give another path"
                on_error(InputError(str(path), "empty folder", fix=fix))
            yield from (p for p in files if _supported(p, on_error))
        elif not path.exists() and not path.is_symlink():
            on_error(InputError(str(path), "no such file or folder", fix="check the path"))
        elif _supported(path, on_error):
            yield path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _supported(path: Path, on_error: ErrorHandler) -> bool:
    if path.suffix.lower() in SUFFIXES:
        return True
    suffix = path.suffix.lower() or "(no extension)"
    fix = _FIX_OF_SUFFIX.get(suffix, _FIX_FORMAT)
    on_error(InputError(str(path), f"unsupported file type {suffix}", fix=fix))
    return False
