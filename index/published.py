"""Publication times as stored (ISO 8601 strings, with or without time and offset) made comparable.

One reading for every command: a time with an offset is converted to UTC; a time without one is
taken as UTC; a bare date stands for its midnight (UTC). Date windows (`--since/--until`)
compare UTC days, and "who reported first" compares UTC moments, so an article stamped
22:30-05:00 on the 1st counts as published on the 2nd, as it does everywhere in claimdiff.
"""
from __future__ import annotations

import datetime as dt

from index.errors import ConfigError


def published_moment(value: str | None) -> dt.datetime | None:
    """A stored published value as a naive UTC datetime; None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = dt.datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


def published_day(value: str | None) -> dt.date | None:
    """The UTC day of a stored published value; None when absent or unreadable."""
    moment = published_moment(value)
    return moment.date() if moment else None


def has_time(value: str | None) -> bool:
    return bool(value) and len(value.strip()) > 10 and published_moment(value) is not None


def format_published(value: str | None) -> str:
    """For display: "2026-03-11 20:30Z" (UTC) for a time, "2026-03-11" for a bare date, "" if none."""
    moment = published_moment(value)
    if moment is None:
        return ""
    return moment.strftime("%Y-%m-%d %H:%MZ") if has_time(value) else moment.strftime("%Y-%m-%d")


def parse_date(value: str | None, name: str) -> dt.date | None:
    """An ISO date option (YYYY-MM-DD; a date-time keeps its UTC date) or None.

    Raises:
        ConfigError: naming the option, when the value is not an ISO date.
    """
    if value is None or value == "":
        return None
    try:
        dt.datetime.fromisoformat(value.strip())
        day = published_day(value)
    except ValueError:
        day = None
    if day is None:
        raise ConfigError(f"--{name} {value!r} is not an ISO date; write it as YYYY-MM-DD, e.g. 2026-03-05")
    return day


def check_dates(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Both window ends parsed; ConfigError when since is after until."""
    a, b = parse_date(since, "since"), parse_date(until, "until")
    if a and b and a > b:
        raise ConfigError(f"--since {since} is after --until {until}; no article can match: "
                          "swap them or widen the range")
    return a, b


def in_window(value: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    """True when no window is set, or the value's UTC day lies in it (undated values never do)."""
    if since is None and until is None:
        return True
    day = published_day(value)
    return day is not None and (since is None or day >= since) and (until is None or day <= until)
