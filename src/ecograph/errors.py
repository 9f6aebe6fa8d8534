"""Every error ecograph raises, in one place, each with what went wrong and the fix.

The library raises; it never prints or exits. The CLI turns an `EcographError`
into one line on stderr and a non-zero exit code.
"""

from __future__ import annotations


class EcographError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""

    exit_code = 1

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message
        self.fix = fix
        super().__init__(f"{message} ({fix})" if fix else message)


class InputError(EcographError):
    """A corpus file cannot be used (binary, empty, undecodable, malformed)."""

    is_warning = False

    def __init__(self, path: str, reason: str, *, fix: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}", fix=fix)


class InputWarning(InputError):
    """A note about the input that skips nothing: the run still counts as complete."""

    is_warning = True


class DuplicateArticle(InputWarning):
    """The same text (same content hash) was already read from another source."""


class NoInputError(EcographError):
    """No article could be found under the paths given.

    `reported` is true when every input was already named as skipped (one line
    each): the CLI then adds no line of its own, only the exit code.
    """

    exit_code = 2

    def __init__(self, message: str, *, fix: str | None = None, reported: bool = False) -> None:
        super().__init__(message, fix=fix)
        self.reported = reported


class ModelError(EcographError):
    """The spaCy model is not installed or cannot be loaded."""


class GraphError(EcographError):
    """A graph file or store cannot be read or written."""


class StoreLockedError(GraphError):
    """Another process is writing the store."""

    exit_code = 3


class QueryError(EcographError):
    """A SPARQL query is malformed, refused, unknown or too slow."""

    exit_code = 2


class GoldError(EcographError):
    """A gold annotation file cannot be read."""
