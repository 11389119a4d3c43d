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


def test_hidden_cells_that_sum_below_k_get_company() -> None:
    """Two hidden cells of 1 each (sum 2, below k) would be known to hold 2: a third is hidden."""
    protected = protect_closed({"female": 1, "male": 30, "other": 1, "unknown": 9}, SEXES, 41, 5)
    assert protected.suppressed == ("female", "other", "unknown")


def test_two_small_cells_whose_sum_is_still_small_are_not_enough() -> None:
    """2 + 1 hidden is a sum of 3 that base minus the published cells gives away (the hole
    of issue 13); the next-smallest cell joins them, not a larger one."""
    codes = ("a", "b", "c", "d")
    protected = protect_closed({"a": 2, "b": 1, "c": 6, "d": 40}, codes, 49, 5)
    assert protected.suppressed == ("a", "b", "c")
    assert protected.cells == {"d": 40}


def test_small_cells_that_reach_k_together_need_no_more() -> None:
    """3 + 4 hidden sum to 7: at least k, and nobody can split it."""
    protected = protect_closed({"a": 3, "b": 4, "c": 9, "d": 0}, ("a", "b", "c", "d"), 16, 5)
    assert protected.suppressed == ("a", "b")


def test_zero_cells_hide_what_nothing_else_can() -> None:
    """Five people in five cells of one each (a sum of k, but one each for whoever assumes
    no hidden cell is empty): a zero cell is hidden as well, not a non-zero one."""
    codes = ("a", "b", "c", "d", "e", "f", "g")
    protected = protect_closed(dict.fromkeys("abcde", 1), codes, 5, 5)
    assert protected.suppressed == ("a", "b", "c", "d", "e", "f")
    assert protected.cells == {"g": 0}


def test_flags_hide_a_small_cell_and_a_small_rest_alone() -> None:
    """Flags count parties that may have several or none: a cell is hidden when it or the
    parties without it are from 1 to k-1; one hidden flag reveals nothing about another."""
    codes = ("medical", "pregnant", "shelter", "minor")
    protected = protect_closed(
        {"medical": 2, "pregnant": 0, "shelter": 18, "minor": 6}, codes, 20, 5, additive=False
    )
    assert protected.suppressed == ("medical", "shelter")
    assert protected.cells == {"pregnant": 0, "minor": 6}


def test_the_rule_for_safe_suppression() -> None:
    """Nothing hidden, or hidden cells summing to 0 or to at least k but not to their number."""
    assert hides_every_cell(0, 0, 5)
    assert hides_every_cell(2, 0, 5)
    assert not hides_every_cell(2, 3, 5)
    assert not hides_every_cell(2, 4, 5)
    assert hides_every_cell(2, 5, 5)
    assert not hides_every_cell(5, 5, 5)
    assert hides_every_cell(6, 5, 5) and hides_every_cell(3, 12, 5)
