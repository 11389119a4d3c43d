"""Disclosure control: small counts never leave, hidden cells cannot be worked out."""

import pytest

from kiosk.core.disclosure import (
    DEFAULT_K,
    MIN_K,
    OTHER,
    check_k,
    hides_every_cell,
    protect_closed,
    protect_open,
)
from kiosk.core.errors import ValidationError

SEXES = ("female", "male", "other", "unknown")


def test_k_is_five_by_default_and_never_below_three() -> None:
    """The site's k defaults to 5; 2 or less is refused, naming the field."""
    assert DEFAULT_K == 5 and MIN_K == 3
    assert check_k("7") == 7
    for bad in ("2", "0", "-5", "x", "101"):
        with pytest.raises(ValidationError) as refused:
            check_k(bad)
        assert refused.value.field == "k"


def test_rare_nationalities_merge_into_other() -> None:
    """Cells from 1 to k-1 go to "other"; which ones is not said."""
    protected = protect_open({"SY": 40, "ER": 3, "AF": 2, "GN": 6}, base=51, k=5)
    assert protected.cells == {"GN": 6, "SY": 40, OTHER: 5}
    assert protected.suppressed == () and not protected.withheld


def test_other_below_k_takes_the_next_smallest_cell() -> None:
    """When "other" alone would be small, the smallest published cell joins it."""
    protected = protect_open({"SY": 40, "ER": 2, "GN": 6, "AF": 9}, base=57, k=5)
    assert protected.cells == {"AF": 9, "SY": 40, OTHER: 8}


def test_a_small_day_is_withheld_whole() -> None:
    """With fewer than k people every cell is small: the breakdown is withheld."""
    assert protect_open({"SY": 3}, base=3, k=5).withheld
    assert protect_closed({"female:26-59": 2}, SEXES, base=2, k=5).withheld


def test_one_small_cell_brings_a_second_one_down_with_it() -> None:
    """Secondary suppression: the smallest other non-zero cell is hidden too."""
    protected = protect_closed({"female": 2, "male": 30, "other": 0, "unknown": 8}, SEXES, 40, 5)
    assert protected.suppressed == ("female", "unknown")
    assert protected.cells == {"male": 30, "other": 0}


def test_hidden_cells_that_sum_to_their_number_get_company() -> None:
    """Two hidden cells of 1 each (sum 2) would give themselves away: a third is hidden."""
    protected = protect_closed({"female": 1, "male": 30, "other": 1, "unknown": 9}, SEXES, 41, 5)
    assert protected.suppressed == ("female", "other", "unknown")


def test_zero_cells_hide_what_nothing_else_can() -> None:
    """Five people in five cells of one each: a zero cell is hidden as well."""
    codes = ("a", "b", "c", "d", "e", "f", "g")
    protected = protect_closed(dict.fromkeys("abcde", 1), codes, 5, 5)
    assert protected.suppressed == ("a", "b", "c", "d", "e", "f")
    assert protected.cells == {"g": 0}


def test_the_rule_for_safe_suppression() -> None:
    """None hidden, or at least two whose sum differs from their number."""
    assert hides_every_cell(0, 0)
    assert not hides_every_cell(1, 3)
    assert not hides_every_cell(2, 2)
    assert hides_every_cell(2, 3) and hides_every_cell(3, 2)
