"""Filling the site's addresses and numbers into a sheet's sentences, whole and in order.

Two rules, both pure text:

- **Nothing breaks inside** a phone number, an address, an acronym pair like "(DVZ / OE)" or
  a time span like "08:30–12:00": their spaces become no-break spaces (U+00A0) and a word
  joiner (U+2060) holds each hyphen, slash or dash to its neighbours, so a line breaks only
  before or after the whole. The letters stay the plain ones (a copy-paste or a search for
  "Héger-Bordet" finds it; U+2011 would not).
- **Order:** an inserted value is wrapped in Unicode isolates (FSI ... PDI), and the patterns
  found in the text itself in LRI ... PDI, so that an address or a phone number inside an
  Arabic sentence keeps its own left-to-right order and does not pull the punctuation around
  it to the wrong side. A value without a strong letter (a phone number) is left to right.
"""

import re
from collections.abc import Mapping
from functools import lru_cache

FSI = "\u2068"
LRI = "\u2066"
PDI = "\u2069"
NBSP = "\u00a0"
WJ = "\u2060"  # word joiner: no break on either side, no width, no text
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

# "(DVZ / OE)", "CGVS / CGRA": two acronyms of two to six capitals around a slash, in
# brackets or not (brackets stay outside the isolate: they belong to the sentence around it)
_ACRONYM_PAIR = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}\s*/\s*[A-Z]{2,6}(?![A-Za-z])")
# "08:30–12:00", "7:00 - 9:00", "08:30"
_TIME_SPAN = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?\b")
# "0800 99 340", "078 15 43 24", "+32 2 213 44 00", "02/213.44.00": digit groups joined by
# single spaces, dots or slashes (at least two groups, the first of two digits or more)
_PHONE = re.compile(r"\+?\d{2,}(?:[ ./]\d+)+")
_KEPT = re.compile(f"{_ACRONYM_PAIR.pattern}|{_TIME_SPAN.pattern}|{_PHONE.pattern}")
_JOINED = re.compile(r"[-‐–—/]")


def unbreakable(value: str) -> str:
    """`value` as one unit no line breaks inside: no-break spaces, and word joiners around
    every hyphen, dash and slash."""
    value = re.sub(r"\s+", NBSP, value.strip())
    return _JOINED.sub(lambda m: WJ + m.group(0) + WJ, value)


def unbreakable_items(value: str) -> str:
    """A list like opening hours, "Monday–Friday 09:00–12:00, 13:30–16:30; Saturday
    10:00–13:00": each item (up to a comma or semicolon) is `unbreakable`, and a line may break
    after a separator. Held whole, a week's hours can be wider than a column, and a line
    forced to break would then break inside a time."""
    items = re.split(r"(?<=[,;])\s+", value.strip())
    return " ".join(unbreakable(item) for item in items)


@lru_cache(maxsize=4096)  # the same few hundred sentences on every sheet
def keep_together(text: str) -> str:
    """The text with every acronym pair, time (span) and phone number written in it made
    unbreakable and isolated left to right (LRI ... PDI)."""
    return _KEPT.sub(lambda m: f"{LRI}{unbreakable(m.group(0))}{PDI}", text)


def placeholders_in(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def fill(
    text: str,
    values: Mapping[str, str],
    isolate: bool = True,
    lists: frozenset[str] = frozenset(),
) -> str:
    """Replace every {name}; a missing value is an error in the texts, not in the settings.
    With `isolate` (for print), the text's own numbers and pairs are kept together and each
    value is inserted unbreakable and isolated (the values named in `lists`, such as opening
    hours, item by item: `unbreakable_items`); without it, the plain words (for tests and
    search)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"no value for {{{name}}}")
        if not isolate:
            return values[name]
        whole = unbreakable_items if name in lists else unbreakable
        return f"{FSI}{whole(values[name])}{PDI}"

    return PLACEHOLDER.sub(value, keep_together(text) if isolate else text)
