"""Event extraction: PLOVER events with status, arguments, date, place, topics and evidence (docs/EVENTS.md)."""
from silkwire.events.extract import extract_events

__all__ = ["extract_events"]
