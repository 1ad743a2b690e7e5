"""Query parameters shared by the /api routes and the page routes, validated into frozen records.

FastAPI checks types and ranges (limit 1..500, offset >= 0); the functions here check what it cannot (a calendar
date, a known event type) and raise `ParamError`, which the app turns into a 400 with a JSON (or HTML) message.
Empty strings count as absent, because an HTML filter form submits every field.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from silkwire.models import ACTOR_TYPES, EVENT_STATUSES, EVENT_TYPES

PLEDGE_STATUSES = ("open", "fulfilled", "overdue")
NETWORK_TYPES = ("CONSULT", "AGREE", "COOPERATE")
MAX_LIMIT = 500
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ParamError(ValueError):
    """A query parameter that is present but malformed: reported as 400, never a 500."""

    def __init__(self, param: str, message: str, value: object = None) -> None:
        super().__init__(f"{param}: {message}")
        self.param, self.message, self.value = param, message, value


def _blank(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def check_date(param: str, value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar."""
    value = _blank(value)
    if value is None:
        return None
    m = _DATE.match(value)
    try:
        if not m:
            raise ValueError
        dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise ParamError(param, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", value) from None
    return value


def check_choice(param: str, value: str | None, choices: tuple[str, ...], *, upper: bool = False) -> str | None:
    value = _blank(value)
    if value is None:
        return None
    value = value.upper() if upper else value.lower()
    if value not in choices:
        raise ParamError(param, f"unknown value {value!r}; one of {', '.join(choices)}", value)
    return value


def check_range(date_from: str | None, date_to: str | None) -> None:
    if date_from and date_to and date_from[: len(date_to)] > date_to:
        raise ParamError("from", f"from {date_from} is after to {date_to}", date_from)


@dataclass(frozen=True, slots=True)
class Page:
    limit: int = 50
    offset: int = 0


def page_params(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page, 1..500")] = 50,
                offset: Annotated[int, Query(ge=0, description="Rows to skip")] = 0) -> Page:
    return Page(limit, offset)


@dataclass(frozen=True, slots=True)
class EventParams:
    actor: str | None = None  # any spelling; resolved to an id by the view
    type: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    story: str | None = None

    def as_dict(self) -> dict:
        return {"actor": self.actor, "type": self.type, "status": self.status, "from": self.date_from,
                "to": self.date_to, "outlet": self.outlet, "story": self.story}


Str = Annotated[str | None, Query(max_length=200)]


def event_params(actor: Annotated[str | None, Query(max_length=200, description="Actor id or any spelling")] = None,
                 type: Annotated[str | None, Query(description=f"PLOVER type: {', '.join(EVENT_TYPES)}")] = None,
                 status: Annotated[str | None, Query(description=", ".join(EVENT_STATUSES))] = None,
                 date_from: Annotated[str | None, Query(alias="from", description="YYYY[-MM[-DD]]")] = None,
                 date_to: Annotated[str | None, Query(alias="to", description="YYYY[-MM[-DD]]")] = None,
                 outlet: Str = None, story: Str = None) -> EventParams:
    p = EventParams(_blank(actor), check_choice("type", type, EVENT_TYPES, upper=True),
                    check_choice("status", status, EVENT_STATUSES), check_date("from", date_from),
                    check_date("to", date_to), _blank(outlet), _blank(story))
    check_range(p.date_from, p.date_to)
    return p


@dataclass(frozen=True, slots=True)
class DateRange:
    date_from: str | None = None
    date_to: str | None = None


def date_range(date_from: Annotated[str | None, Query(alias="from", description="YYYY[-MM[-DD]]")] = None,
               date_to: Annotated[str | None, Query(alias="to", description="YYYY[-MM[-DD]]")] = None) -> DateRange:
    r = DateRange(check_date("from", date_from), check_date("to", date_to))
    check_range(r.date_from, r.date_to)
    return r


def actor_type(type: Annotated[str | None, Query(description=", ".join(ACTOR_TYPES))] = None) -> str | None:
    return check_choice("type", type, ACTOR_TYPES)


def pledge_status(status: Annotated[str | None, Query(description=", ".join(PLEDGE_STATUSES))] = None) -> str | None:
    return check_choice("status", status, PLEDGE_STATUSES)


def optional_text(value: str | None) -> str | None:
    return _blank(value)
