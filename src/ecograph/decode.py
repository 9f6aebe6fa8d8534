"""Turn the bytes of a corpus file into text, and refuse bytes that are not text.

Order: byte-order mark, strict UTF-8, then the single-byte encodings French
text is really saved in (cp1252 first, then old Mac and DOS code pages), the
one that gives the most French-looking text winning; when none looks like
text, charset-normalizer restricted to those encodings has the last word
(None means noise). Unrestricted, charset-normalizer reads French cp1252 as
cp1250 or cp775, and even restricted it takes "tchèque Škoda" for DOS, hence
the French letter count first.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Longest marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Windows, then old Mac and DOS files; latin-1 text decodes the same as cp1252.
SINGLE_BYTE_ENCODINGS = ("cp1252", "mac_roman", "cp850")
# For charset-normalizer's last word: latin-1/9 files holding C1 control bytes.
FALLBACK_ENCODINGS = (*SINGLE_BYTE_ENCODINGS, "iso8859_15", "latin_1")

# Characters French text is made of beyond ASCII; any other non-ASCII
# character counts against an encoding ("TrŠs r‚ussite" is DOS read as cp1252).
FRENCH_CHARS = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ’‘“”«»–—…€°\xa0\u202f")
# Above this share of odd characters among non-ASCII ones, no candidate is French.
MAX_ODD_SHARE = 0.3

MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "zip archive: .docx, .odt or .xlsx?"),
    (b"\xd0\xcf\x11\xe0", "old Office file: .doc or .xls?"),
    (b"{\\rtf", "RTF document"),
)

# A file is UTF-8 with accidents when its valid non-ASCII characters outnumber
# its invalid bytes this many times.
MIN_UTF8_RATIO = 3
SNIFF_BYTES = 8192
# Share of control bytes (other than tab, newlines, form feed) above which
# bytes are not text in any single-byte encoding.
MAX_CONTROL_SHARE = 0.05


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the name of the encoding that worked."""

    text: str
    encoding: str
    # Invalid bytes replaced by U+FFFD in a file that is otherwise UTF-8.
    replaced: int = 0


def sniff_binary(data: bytes) -> str | None:
    """Return what kind of binary file `data` looks like, or None if it may be text."""
    if _bom_encoding(data) or _utf16_without_bom(data):
        return None
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return "NUL bytes: a PDF, image or word-processor file?"
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\x0c")
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return "control bytes: not a text file"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode `data`: BOM, strict UTF-8, cp1252, then a restricted charset-normalizer guess."""
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        try:
            return Decoded(data.decode(encoding).removeprefix("\ufeff"), encoding)
        except UnicodeDecodeError as e:
            raise UndecodableError(f"invalid {encoding} despite its byte-order mark") from e
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    candidates = [d for enc in SINGLE_BYTE_ENCODINGS if (d := _try_decode(enc, data))]
    best = max(candidates, key=lambda d: _french_score(d.text), default=None)
    if best is not None and _odd_share(best.text) <= MAX_ODD_SHARE:
        return Decoded(best.text, _label(data, best.encoding))
    guess = from_bytes(data, cp_isolation=list(FALLBACK_ENCODINGS)).best()
    if guess is None:
        raise UndecodableError(
            "no plausible text encoding (tried UTF-8, cp1252, latin-1, Mac, DOS)"
        )
    return Decoded(str(guess), guess.encoding)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few stray bytes (a cp1252 quote pasted in): replace those.

    Single-byte French text almost never holds a valid multi-byte UTF-8 sequence,
    so many valid ones against few invalid bytes mean UTF-8 with accidents.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for c in text if c >= "\x80" and c != "\ufffd")
    if invalid <= 0 or valid < MIN_UTF8_RATIO * invalid:
        return None
    return Decoded(text, "utf-8", replaced=invalid)


def _try_decode(encoding: str, data: bytes) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _french_score(text: str) -> int:
    """French letters found minus three per odd character: the likeliest decoding wins."""
    french = odd = 0
    for char in text:
        if char >= "\x80":
            french, odd = (french + 1, odd) if char in FRENCH_CHARS else (french, odd + 1)
    return french - 3 * odd


def _odd_share(text: str) -> float:
    non_ascii = [c for c in text if c >= "\x80"]
    odd = sum(c not in FRENCH_CHARS for c in non_ascii)
    return odd / len(non_ascii) if non_ascii else 0.0


def _label(data: bytes, encoding: str) -> str:
    """Name cp1252 text 'iso-8859-1' when it uses no byte where the two differ."""
    if encoding == "cp1252" and not any(0x80 <= b <= 0x9F for b in data):
        return "iso-8859-1"
    return encoding


def _bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 of Latin text: every other byte is NUL."""
    head = data[:SNIFF_BYTES]
    if len(head) < 4 or len(data) % 2:
        return None
    odd_nuls, even_nuls = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.9 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.9 * half and odd_nuls == 0:
        return "utf-16-be"
    return None
