"""What every reader shares: size limits and the checks a whole-file read goes through."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import EncodingError, InputError
from .decode import binary_reason, decode

BYTES_PER_CHAR = 4  # UTF-8 worst case: a file over max_chars * 4 bytes cannot be under max_chars characters


@dataclass(frozen=True, slots=True)
class Limits:
    """max_chars: longest article text kept; max_file_bytes: biggest file read whole (txt, html, feeds)."""

    max_chars: int = 2_000_000

    @property
    def max_file_bytes(self) -> int:
        return self.max_chars * BYTES_PER_CHAR


def read_whole(path: Path, source: str, limits: Limits) -> bytes | InputError:
    """The file's bytes, or the InputError saying why it is too big, empty or binary (checked before reading)."""
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return InputError(source, f"file too big ({size:,} bytes > cap of {limits.max_file_bytes:,})")
        if size == 0:
            return InputError(source, "empty file")
        data = path.read_bytes()
    except OSError as e:
        return InputError(source, f"cannot read ({e.strerror or e})")
    reason = binary_reason(data)
    return InputError(source, reason) if reason else data


def decode_text(data: bytes, source: str, limits: Limits) -> str | InputError:
    """Decoded text with nothing changed but the BOM, or an EncodingError / InputError (blank, too long)."""
    try:
        text, _ = decode(data)
    except ValueError as e:
        return EncodingError(source, str(e))
    return check_text(text, source, limits)


def check_text(text: str, source: str, limits: Limits, what: str = "file") -> str | InputError:
    if not text.strip():
        return InputError(source, f"empty {what} (whitespace only)")
    if len(text) > limits.max_chars:
        return InputError(source, f"text too long ({len(text):,} characters > cap of {limits.max_chars:,})")
    return text
