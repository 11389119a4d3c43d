"""The ✓ in the nationality list: on the chosen row only, and gone for the next party."""

from pytestqt.qtbot import QtBot

from kiosk.ui.buttons import CHECK_MARK
from kiosk.ui.nationality_screen import CODE_ROLE, NAME_ROLE, NationalityScreen


def marked(screen: NationalityScreen) -> list[str]:
    """Codes of the rows whose text carries the ✓ (and every other row reads its name)."""
    rows = [screen.list.item(row) for row in range(screen.list.count())]
    for item in rows:
        name = str(item.data(NAME_ROLE))
        assert item.text() in (name, f"{CHECK_MARK} {name}")
    return [str(item.data(CODE_ROLE)) for item in rows if item.text().startswith(CHECK_MARK)]


def test_one_row_carries_the_mark_and_a_new_party_clears_it(qtbot: QtBot) -> None:
    """Choosing, choosing again, a new language of the list and a reset each leave the ✓ on
    the chosen row alone (the screen now touches two rows, not all of them)."""
    screen = NationalityScreen()
    qtbot.addWidget(screen)
    assert marked(screen) == []
    screen.show_chosen("AF")
    assert marked(screen) == ["AF"]
    assert [str(i.data(CODE_ROLE)) for i in screen.list.selectedItems()] == ["AF"]
    screen.show_chosen("SY")
    assert marked(screen) == ["SY"]
    screen.retranslate()  # the list is filled again in the volunteer's language
    assert marked(screen) == ["SY"]
    screen.show_chosen("SY")
    assert marked(screen) == ["SY"]
    screen.reset()
    assert marked(screen) == []
    assert screen.list.selectedItems() == []
