"""Disclosure control: what of a day's breakdown may leave the kiosk.

The rule: no published count, and no total, margin or difference of published counts,
reveals a count from 1 to k-1. A packet holds exact totals (people, parties, meals, sheets)
and six breakdowns; each breakdown counts people or parties and its *base* is the exact total
of what it counts.

What a reader can work out, and how each kind of breakdown is protected:

1. When its base is from 1 to k-1 a breakdown is withheld whole: every cell is small.
2. Open breakdowns (nationality, language: people, one cell per person) list non-zero cells
   only. Every cell from 1 to k-1 goes to "other", and while "other" is from 1 to k-1 the
   smallest remaining cell joins it. Nothing is suppressed: every listed cell and the sum of
   any of them is 0 or at least k, and base minus the listed cells is 0.
3. Additive closed breakdowns (sex x age band, party kind: a person or party is in exactly
   one cell) keep every category; a cell from 1 to k-1 is suppressed (primary). The only
   sum the published numbers determine about the hidden cells is their total,
   S = base - published cells: any group of cells (a margin such as "all 60+", "all women",
   "all children", or base minus one cell) is known exactly only when it holds all hidden
   cells or none, and is then S plus published cells, or published cells alone. So the rule
   holds exactly when S is 0 or at least k. Secondary suppression hides the next-smallest
   non-zero cells (ties in category order) until S >= k; and when the n hidden cells hold
   exactly n (every hidden cell would be 1 for anyone assuming none is empty) one zero cell
   is hidden as well (a non-zero one when there is no zero left). A breakdown that cannot be
   protected that way is withheld. The example of issue 13 (12 parties of female 26-59,
   male 26-59, male 5-11 and one of female 60+ and two men 60+; k = 5): the 60+ cells hold 3,
   so the next-smallest cell (12) is hidden too and S = 15.
   The packet publishes the sex x age band cross-tab and not its margins (by sex, by age
   band), so the margins add no equation; they are sums of cells, covered above.
4. Flags and referrals count parties, and a party may have none or several: the cells do not
   add up to the base and nothing ties one cell to another. Each cell is its own split of the
   parties into "with" (the cell) and "without" (base - cell), so a cell is published only
   when both are 0 or at least k, and otherwise suppressed; a suppressed cell is only known
   to lie between 0 and the base, whatever else is published, so it needs no company.

Different breakdowns of the same people (language, nationality, sex x age band) or parties
(party kind, flags, referrals) share only their base, which is published anyway. What is
*not* covered is bounds from inequalities between counts of people and counts of parties
(children >= unaccompanied-minor parties, women of 12+ >= pregnant parties, children and
adults >= families with children): they bound hidden cells but do not pin them down by sums.
Successive revisions of one day are also outside this rule (see docs/architecture.md).

The packet names the suppressed cells, never their values. `kiosk.core.packet.find_disclosure`
checks the rule on a finished packet without knowing how it was built.
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
    counts: Mapping[str, int],
    categories: Iterable[str],
    base: int,
    k: int,
    additive: bool = True,
) -> Protected:
    """Every category is published (zero included) or suppressed: see the module's rule 3
    (additive, with secondary suppression) and rule 4 (flags and referrals)."""
    if is_small(base, k):
        return WITHHELD
    order = list(categories)
    values = {code: counts.get(code, 0) for code in order}
    if additive:
        found = hidden_cells(values, order, k)
        if found is None:
            return WITHHELD
        suppressed = set(found)
    else:
        suppressed = {c for c in order if is_small(values[c], k) or is_small(base - values[c], k)}
    return Protected(
        {code: n for code, n in values.items() if code not in suppressed},
        tuple(code for code in order if code in suppressed),
    )


def hidden_cells(values: Mapping[str, int], order: list[str], k: int) -> list[str] | None:
    """The cells an additive breakdown hides (primary, then secondary), or None if it cannot."""
    hidden = [code for code in order if is_small(values[code], k)]
    if not hidden:
        return hidden
    position = {code: i for i, code in enumerate(order)}
    shown = [code for code in order if code not in hidden]
    nonzero = sorted(
        (code for code in shown if values[code] > 0), key=lambda c: (values[c], position[c])
    )
    zeros = [code for code in shown if values[code] == 0]
    total = sum(values[c] for c in hidden)
    while total < k:  # S from 1 to k-1: the rest of the base gives it away
        if not nonzero:
            return None
        code = nonzero.pop(0)
        hidden.append(code)
        total += values[code]
    if total == len(hidden):  # n cells holding n: one each, for who assumes none is empty
        if zeros:
            hidden.append(zeros[0])
        elif nonzero:
            hidden.append(nonzero[0])
        else:
            return None
    return hidden


def hides_every_cell(suppressed: int, hidden_sum: int, k: int) -> bool:
    """True when what the published cells of an additive breakdown say about its suppressed
    cells (their sum) reveals no count from 1 to k-1.

    Nothing hidden, or a sum of at least k that differs from the number of hidden cells:
    n cells summing to n would each hold one for someone assuming none is empty. (A sum of
    zero only says every hidden cell is empty, which the rule allows, but a builder never
    hides only zeros.)
    """
    if suppressed == 0:
        return True
    return hidden_sum == 0 or (hidden_sum >= k and hidden_sum != suppressed)
