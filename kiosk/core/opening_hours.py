"""Opening days and hours of an address: typed once by the coordinator, printed in every
language with that language's day names.

Typed and stored as `mon-fri 07:00-09:00; sat 09:00-12:00`: groups separated by `;`, each
with its days (a day, a range `mon-fri`, or a list `mon,wed-thu`; none: the times alone) and
one or more time ranges separated by `,`. Day codes are the same in every language; the
sheet's texts give each language's day names (`sheet.days` in resources/sheets/*.json).
"""

import re
from collections.abc import Mapping

from kiosk.core.errors import ValidationError, quoted

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ENGLISH_DAYS = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}
EXAMPLE = "mon-fri 07:00-09:00"
DASH = "\u2013"  # between two days or two times, as printed
# A time range always reads left to right, 07:00–09:00, also among Arabic day names (there
# the digits and the dash would otherwise be laid out right to left: 09:00–07:00).
LRI, PDI = "\u2066", "\u2069"

_DAY = "(?:" + "|".join(DAYS) + ")"
_TIME = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d"
_SPAN = rf"{_DAY}(?:\s*[-{DASH}]\s*{_DAY})?"
_GROUP = re.compile(
    rf"(?P<days>{_SPAN}(?:\s*,\s*{_SPAN})*\s+)?"
    rf"(?P<times>{_TIME}\s*[-{DASH}]\s*{_TIME}(?:\s*,\s*{_TIME}\s*[-{DASH}]\s*{_TIME})*)",
    re.IGNORECASE,
)
_ONE_TIME = re.compile(rf"({_TIME})\s*[-{DASH}]\s*({_TIME})")


def _time(text: str) -> str:
    hours, minutes = re.split(r"[:.h]", text)
    return f"{int(hours):02d}:{minutes}"


def check_hours(name: str, value: str, *, optional: bool = True) -> str:
    """The hours in their stored form, `mon-fri 07:00-09:00; sat 09:00-12:00`; empty is
    allowed when `optional` (the sentence that would print them is then left out)."""
    text = " ".join(str(value).split())
    if not text:
        if optional:
            return ""
        raise ValidationError(name, "must not be empty", reason="empty")
    groups = []
    for part in text.split(";"):
        found = _GROUP.fullmatch(part.strip())
        if found is None or len(text) > 120:
            raise ValidationError(
                name, f"{text[:40]!r} is not opening hours like {EXAMPLE}",
                reason="not_a_time", value=quoted(part.strip()), example=EXAMPLE,
            )
        days = re.sub(rf"\s*[-{DASH}]\s*", "-", (found.group("days") or "").strip().lower())
        days = re.sub(r"\s*,\s*", ",", days)
        times = ",".join(
            f"{_time(a)}-{_time(b)}" for a, b in _ONE_TIME.findall(found.group("times"))
        )
        groups.append(f"{days} {times}" if days else times)
    return "; ".join(groups)


def hours_text(stored: str, day_names: Mapping[str, str] | None = None) -> str:
    """The stored hours as printed in one language: `Monday–Friday 07:00–09:00`."""
    names = {**ENGLISH_DAYS, **(day_names or {})}
    printed = []
    for group in filter(None, (g.strip() for g in stored.split(";"))):
        days, _, times = group.rpartition(" ")
        shown_times = ", ".join(
            f"{LRI}{t.replace('-', DASH)}{PDI}" for t in times.split(",")
        )
        if not days:
            printed.append(shown_times)
            continue
        spans = [DASH.join(names[d] for d in span.split("-")) for span in days.split(",")]
        printed.append(f"{', '.join(spans)} {shown_times}")
    return "; ".join(printed)
