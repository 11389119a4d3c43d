"""Finding a nationality that is not among this week's frequent ones."""

from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from kiosk.ui.nationality_screen import CODE_ROLE
from tests.ui.conftest import Finger


def shown(window: MainWindow) -> list[QListWidgetItem]:
    items = window.screens.nationality.list
    return [items.item(row) for row in range(items.count()) if not items.item(row).isHidden()]


def go_to_nationality(finger: Finger) -> None:
    finger.tap("language-ru")
    finger.tap("party-next")


def test_typing_a_few_letters_filters_and_a_tap_chooses(
    window: MainWindow, finger: Finger, qtbot: QtBot, desk: Desk
) -> None:
    """'mold' leaves Moldova; tapping it chooses it and moves on to the needs."""
    go_to_nationality(finger)
    everything = len(shown(window))
    assert everything > 240  # every country, plus stateless and unknown
    qtbot.keyClicks(window.screens.nationality.search, "mold")
    left = shown(window)
    assert [item.data(CODE_ROLE) for item in left] == ["MD"]
    finger.tap_item(window.screens.nationality.list, left[0])

    assert window.stack.currentWidget() is window.screens.needs
    assert window.flow.draft is not None and window.flow.draft.nationality == "MD"
    finger.tap("needs-next")
    assert window.screens.confirm.values["nationality"].text() == "Moldova"
    finger.tap("register")
    assert desk.registrations.counts(desk.today()).by_nationality == {"MD": 1}


def test_search_matches_code_english_name_and_ignores_accents(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """A code, an English name or a name typed without its accents all find the country."""
    go_to_nationality(finger)
    search = window.screens.nationality.search
    for typed, expected in (("ER", "ER"), ("eritrea", "ER"), ("cote d", "CI"),
                            ("stateless", "stateless"), ("unknown", "unknown")):
        search.clear()
        qtbot.keyClicks(search, typed)
        codes = [item.data(CODE_ROLE) for item in shown(window)]
        assert expected in codes, typed
    search.clear()
    qtbot.keyClicks(search, "zzzq")
    assert shown(window) == []
    assert window.screens.nationality.no_match.isVisible()
    finger.tap("nationality-clear")
    assert search.text() == ""
    assert len(shown(window)) > 240
    assert not window.screens.nationality.no_match.isVisible()


def test_stateless_and_unknown_come_first(window: MainWindow, finger: Finger) -> None:
    """The two answers that are not a country sit at the top of the list."""
    go_to_nationality(finger)
    codes = [item.data(CODE_ROLE) for item in shown(window)]
    assert codes[:2] == ["stateless", "unknown"]


def test_names_follow_the_interface_language_and_english_still_finds(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """In Dutch the list says 'Duitsland', and typing 'germany' still finds it."""
    finger.tap("interface-nl")
    go_to_nationality(finger)
    qtbot.keyClicks(window.screens.nationality.search, "germany")
    left = shown(window)
    assert [item.text() for item in left] == ["Duitsland"]
