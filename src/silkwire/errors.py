"""The exception tree.  Every error names the file (or input) and the problem in one line.

    SilkwireError
    ├── InputError            a source that cannot be read as news (bad encoding, binary, empty, too big, ...)
    │   ├── EncodingError     bytes that decode in none of the supported encodings
    │   └── UnsupportedInput  an extension or content kind no reader handles
    ├── StoreError            the database file is unusable (not DuckDB, locked, newer schema)
    └── ReferenceDataError    a packaged reference file is malformed
"""
from __future__ import annotations


class SilkwireError(Exception):
    """Base of all errors silkwire raises on purpose."""


class InputError(SilkwireError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EncodingError(InputError):
    pass


class UnsupportedInput(InputError):
    pass


class StoreError(SilkwireError):
    pass


class ReferenceDataError(SilkwireError):
    pass
