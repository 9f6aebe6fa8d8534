"""Decoding corpus bytes: BOMs, UTF-8, cp1252, latin-1, old Mac files, binary sniffing.

The test sentences are short French texts written for these tests; the names are invented.
"""

from __future__ import annotations

import codecs

import pytest

from ecograph.decode import UndecodableError, decode_bytes, sniff_binary

TEXT = "L’usine Lenoir a coûté 12 millions d’euros ; Œuvre élégante à Besançon, été 2021."
LATIN = "La brasserie grenobloise a été créée à Besançon ; déjà 40 salariés, très motivés."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32-le"),
        (TEXT.replace("’", "'").encode("utf-16-le"), "utf-16-le"),
        ((TEXT + " 5 €").encode("cp1252"), "cp1252"),
    ],
)
def test_decode_reads_unicode_and_windows_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text.rstrip(" 5€").startswith("L") and "\ufeff" not in decoded.text
    assert "Besançon" in decoded.text and "élégante" in decoded.text


def test_decode_names_latin1_when_no_cp1252_only_byte() -> None:
    decoded = decode_bytes(LATIN.encode("latin-1"))
    assert decoded == decode_bytes(LATIN.encode("latin-1"))
    assert decoded.text == LATIN
    assert decoded.encoding == "iso-8859-1"


def test_decode_does_not_read_cp1252_as_central_european() -> None:
    # Unrestricted, charset-normalizer reads this as cp1250/cp775 and breaks the accents.
    decoded = decode_bytes(LATIN.encode("cp1252"))
    assert decoded.text == LATIN


def test_decode_keeps_cp1252_with_a_rare_letter() -> None:
    # Š triggers the DOS/Mac doubt; the restricted guess must still choose cp1252.
    text = "Le constructeur tchèque Škoda ouvre un bureau à Besançon ; l’usine coûtera 3 M€. " * 2
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text


@pytest.mark.parametrize("encoding", ["mac_roman", "cp850"])
def test_decode_falls_back_to_old_mac_and_dos_files(encoding: str) -> None:
    text = "Très belle réussite : la coopérative reçoit 3 commandes françaises. " * 3
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.encoding == encoding
    assert decoded.text == text


def test_decode_refuses_high_byte_noise() -> None:
    noise = bytes([0x81, 0x8D, 0x9D]) + bytes(range(0x80, 0x100)) * 3
    with pytest.raises(UndecodableError, match="no plausible text encoding"):
        decode_bytes(noise)


def test_decode_refuses_truncated_utf16() -> None:
    with pytest.raises(UndecodableError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\n" + bytes(100), "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(40), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(40), "JPEG image"),
        (b"PK\x03\x04" + bytes(40), "zip archive"),
        (b"La soci\x00t\x00 " * 10, "NUL bytes"),
        (bytes(range(1, 32)) * 10, "control bytes"),
    ],
)
def test_decode_sniffs_binary_files(data: bytes, kind: str) -> None:
    found = sniff_binary(data)
    assert found is not None and found.startswith(kind)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.replace("’", "'").encode("utf-16-be"),
        b"",
        "Voilà une ligne\tavec tabulation\f et saut de page.\r\n".encode(),
    ],
)
def test_decode_does_not_call_text_binary(data: bytes) -> None:
    assert sniff_binary(data) is None
