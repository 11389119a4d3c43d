"""Filling the site's addresses and numbers into a sheet's sentences, in the right order.

An inserted value is wrapped in Unicode isolates (FSI ... PDI), so that an address or a
phone number inside an Arabic sentence keeps its own left-to-right order and does not
pull the punctuation around it to the wrong side.
"""

import re
from collections.abc import Mapping

FSI = "\u2068"
PDI = "\u2069"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def placeholders_in(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def fill(text: str, values: Mapping[str, str], isolate: bool = True) -> str:
    """Replace every {name}; a missing value is an error in the texts, not in the settings."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"no value for {{{name}}}")
        return f"{FSI}{values[name]}{PDI}" if isolate else values[name]

    return PLACEHOLDER.sub(value, text)
