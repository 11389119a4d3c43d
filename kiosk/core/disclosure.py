"""Disclosure control: what of a day's breakdown may leave the kiosk.

Every breakdown counts either people or parties, and its *base* (people or parties of the
day) leaves the kiosk exactly. Before a breakdown leaves:

1. When its base is from 1 to k-1, the whole breakdown is withheld: every cell is small.
2. Open breakdowns (nationality, language) merge rare categories into "other": every cell
   from 1 to k-1 goes there, and while "other" is still below k the smallest remaining cell
   joins it. Nothing is suppressed and no one can tell which categories "other" holds.
3. Closed breakdowns (sex × age band, flags, referrals, party kind) keep every category:
   a cell from 1 to k-1 is suppressed (primary). Then, smallest non-zero cells first and
   zero cells last, more cells are suppressed (secondary) until at least two are and their
   sum differs from their number, so that no hidden cell follows from the base total, not
   even for someone who assumes every hidden cell holds at least one. A breakdown that
   cannot be protected that way is withheld.

The packet names the suppressed cells, never their values.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kiosk.core.errors import ValidationError, quoted

DEFAULT_K = 5
MIN_K = 3
MAX_K = 100
OTHER = "other"


def check_k(value: int | str) -> int:
    """The smallest count that may leave the kiosk: 3 at the least, 5 by default."""
    try:
        k = int(value)
    except (TypeError, ValueError):
        raise ValidationError(
            "k", f"{str(value)[:20]!r} is not a number",
            reason="not_a_number", value=quoted(value, 20),
        ) from None
    if not MIN_K <= k <= MAX_K:
        raise ValidationError(
            "k", f"must be between {MIN_K} and {MAX_K} (got {k})",
            reason="out_of_range", low=MIN_K, high=MAX_K,
        )
    return k


@dataclass(frozen=True, slots=True)
class Protected:
    """A breakdown as it may leave: published cells, names of suppressed cells, or withheld."""

    cells: dict[str, int]
    suppressed: tuple[str, ...] = ()
    withheld: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "cells": dict(self.cells),
            "suppressed": list(self.suppressed),
            "withheld": self.withheld,
        }


WITHHELD = Protected({}, (), True)


def is_small(n: int, k: int) -> bool:
    return 1 <= n < k


def protect_open(counts: Mapping[str, int], base: int, k: int) -> Protected:
    """Nationality or language: rare categories merge into "other"; non-zero cells only."""
    if is_small(base, k):
        return WITHHELD
    kept = {code: n for code, n in counts.items() if n >= k}
    other = sum(n for n in counts.values() if is_small(n, k))
    # Smallest first, ties by code, so that the same counts always give the same packet.
    for code, _ in sorted(kept.items(), key=lambda item: (item[1], item[0])):
        if not 0 < other < k:
            break
        other += kept.pop(code)
    cells = dict(sorted(kept.items()))
    if other:
        cells[OTHER] = other
    return Protected(cells)


def protect_closed(
    counts: Mapping[str, int], categories: Iterable[str], base: int, k: int
) -> Protected:
    """Every category is published (zero included) or suppressed, with secondary suppression."""
    if is_small(base, k):
        return WITHHELD
    order = list(categories)
    values = {code: counts.get(code, 0) for code in order}
    hidden = [code for code in order if is_small(values[code], k)]
    if hidden:
        position = {code: i for i, code in enumerate(order)}
        shown = [code for code in order if code not in hidden]
        candidates = sorted(
            (code for code in shown if values[code] > 0),
            key=lambda code: (values[code], position[code]),
        ) + [code for code in shown if values[code] == 0]
        while not hides_every_cell(len(hidden), sum(values[c] for c in hidden)):
            if not candidates:
                return WITHHELD
            hidden.append(candidates.pop(0))
    suppressed = set(hidden)
    return Protected(
        {code: n for code, n in values.items() if code not in suppressed},
        tuple(code for code in order if code in suppressed),
    )


def hides_every_cell(suppressed: int, hidden_sum: int) -> bool:
    """True when the sum of the suppressed cells pins none of them down.

    With one suppressed cell its value is the total minus the rest. With n cells that sum to
    n, someone assuming each holds at least one would know they all hold exactly one.
    """
    return suppressed == 0 or (suppressed >= 2 and hidden_sum != suppressed)
