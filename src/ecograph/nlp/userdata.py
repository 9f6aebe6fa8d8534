"""Fast access to our extension attributes (``span._.eco``, ``doc._.eco_relations``).

spaCy keeps a plain extension value in ``doc.user_data`` under the key
``("._.", name, start_char, end_char)`` (``None, None`` for the doc), but every
``obj._`` builds an `Underscore` object first: about 2 µs, and the components
read span attributes some 50 times per article. This module reads and writes
the same dict entry directly. At import it checks that spaCy still keys values
that way; if not, it falls back to the ``._`` access.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

if not Span.has_extension("eco"):
    Span.set_extension("eco", default=None)
if not Doc.has_extension("eco_relations"):
    Doc.set_extension("eco_relations", default=None)

_RELATIONS_KEY = ("._.", "eco_relations", None, None)


def _keys_match() -> bool:
    """Whether spaCy stores ``._`` values under the keys this module uses."""
    doc = Doc(Vocab(), words=["Essai", "ici"])
    probe: dict[str, Any] = {}
    doc[1:2]._.eco = probe
    doc._.eco_relations = []
    data = _data(doc)
    found = data.get(("._.", "eco", doc[1:2].start_char, doc[1:2].end_char))
    return found is probe and data.get(_RELATIONS_KEY) == [] and len(data) == 2


def _data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, typed with the tuple keys spaCy really uses."""
    data: dict[Any, Any] = doc.user_data
    return data


DIRECT = _keys_match()


def span_value(span: Span) -> Any:
    """Return ``span._.eco`` (None when unset)."""
    if DIRECT:
        return _data(span.doc).get(("._.", "eco", span.start_char, span.end_char))
    return span._.eco


def set_span_value(span: Span, value: Any) -> None:
    """Set ``span._.eco``."""
    if DIRECT:
        _data(span.doc)[("._.", "eco", span.start_char, span.end_char)] = value
    else:
        span._.eco = value


def doc_relations(doc: Doc) -> Any:
    """Return ``doc._.eco_relations`` (None when unset)."""
    return _data(doc).get(_RELATIONS_KEY) if DIRECT else doc._.eco_relations
