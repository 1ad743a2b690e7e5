"""Bytes to text: binary sniffing and encoding detection for UTF-8 (± BOM), UTF-16/32 with BOM and Windows-1256.

charset-normalizer is only the last resort: on short Arabic texts it confuses Windows-1256 with other code pages,
while a plain "is this plausible Arabic" check on the Windows-1256 decoding is both faster and right.
"""
from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip data"), (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"), (b"\xd0\xcf\x11\xe0", "MS Office document"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_CONTROL_STR = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# What plausible Arabic prose decodes to: Arabic letters and marks, ASCII, Arabic punctuation and common symbols.
_PLAUSIBLE = re.compile(r"[\u0600-\u06FF\x09\x0a\x0d\x20-\x7e\xa0«»–—‘’“”…]")


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not a text file (magic number, NUL or control bytes), or None if they may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary content ({what})"
    if bom_encoding(data) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None
    sample = data[:65536]
    if b"\x00" in sample:
        return "binary content (NUL bytes)"
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        return "binary content (control bytes)"
    return None


def _plausible_arabic(text: str) -> bool:
    """True for text that reads as Arabic prose rather than mojibake (UTF-8 read as 1256 is full of ط and ظ)."""
    if not text or _CONTROL_STR.search(text):
        return False
    plausible = len(_PLAUSIBLE.findall(text))
    arabic = sum(1 for ch in text if "\u0621" <= ch <= "\u064a")
    ta_za = text.count("ط") + text.count("ظ")
    return plausible >= 0.97 * len(text) and arabic > 0 and ta_za <= 0.12 * arabic


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises ValueError with a one-line reason when no supported encoding fits."""
    bom = bom_encoding(data)
    if bom:
        try:
            return _strip_bom(data, bom), bom
        except UnicodeDecodeError as e:
            raise ValueError(f"invalid {bom} after its byte-order mark at byte {e.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if _plausible_arabic(text):
        return text, "windows-1256"
    return _fallback(data)


def _strip_bom(data: bytes, encoding: str) -> str:
    text = data.decode(encoding)
    return text[1:] if text.startswith("\ufeff") else text


def _fallback(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # slow import: only when the fast paths fail

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.chaos > 0.2:
        raise ValueError("not UTF-8, UTF-16 with BOM or Windows-1256, and no other encoding fits")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise ValueError(f"undecodable: looks like {best.encoding} but does not decode") from None
    if _CONTROL_STR.search(text):
        raise ValueError(f"undecodable: {best.encoding} decoding yields control characters")
    return text, best.encoding
