"""Whether a date the user typed names a real year, month or day: the search bar's
``date:`` (:mod:`index.search.query`) and the article list's filter
(:mod:`index.search.article_filter`) say the same of ``2023-13`` or ``2023-02-30``."""

from __future__ import annotations

import calendar


def date_problem(value: str) -> str | None:
    """What makes ``value`` (digits shaped ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, the
    month and day maybe one digit) no real date, in the user's words ("there is no month
    13", "February 2023 has 28 days", "there is no year 0"); None when it is one."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return f"there is no month {parts[1]}"
    if len(parts) > 2:
        days = calendar.monthrange(parts[0], parts[1])[1]
        if not 1 <= parts[2] <= days:
            return f"{calendar.month_name[parts[1]]} {parts[0]} has {days} days"
    if parts[0] < 1:
        return "there is no year 0"
    return None
