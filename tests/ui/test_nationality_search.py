"""Finding a nationality that is not among this week's frequent ones."""

from datetime import timedelta

from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from kiosk.core.registration import make_party
from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from kiosk.ui.nationality_screen import CODE_ROLE
from tests.fake_clock import FakeClock
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


def test_stateless_and_unknown_have_their_own_buttons(
    window: MainWindow, finger: Finger, desk: Desk, clock: FakeClock
) -> None:
    """The two answers that are not a country are buttons beside the frequent ones, never
    among them, whatever last week brought; the list keeps them in its alphabetical order."""
    at = clock() - timedelta(days=1)
    for _ in range(5):
        desk.registrations.register(
            make_party(language="ru", nationality="unknown", people=[("male", "26-59")]), at=at
        )
    go_to_nationality(finger)
    screen = window.screens.nationality
    assert screen.permanent_buttons["unknown"].isVisible()
    assert screen.permanent_buttons["stateless"].isVisible()
    frequent = [b.objectName() for b in screen.frequent_buttons]
    assert len(frequent) == 8 and "frequent-unknown" not in frequent
    codes = [item.data(CODE_ROLE) for item in shown(window)]
    assert codes[:2] != ["stateless", "unknown"]
    finger.tap("nationality-stateless")
    assert window.flow.draft is not None and window.flow.draft.nationality == "stateless"


def test_each_party_starts_with_the_list_at_the_top_and_the_search_empty(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """The previous party's search and scroll position are gone for the next one."""
    go_to_nationality(finger)
    screen = window.screens.nationality
    screen.list.scrollToBottom()
    qtbot.keyClicks(screen.search, "mold")
    finger.tap_item(screen.list, shown(window)[0])
    finger.tap("needs-cancel")
    finger.tap("discard-yes")  # a few taps went into it: Cancel asks once
    go_to_nationality(finger)
    assert screen.search.text() == ""
    assert len(shown(window)) > 240
    assert screen.list.verticalScrollBar().value() == 0
    assert not any(b.isChecked() for b in screen.frequent_buttons)


def test_names_follow_the_interface_language_and_english_still_finds(
    window: MainWindow, finger: Finger, qtbot: QtBot
) -> None:
    """In Dutch the list says 'Duitsland', and typing 'germany' still finds it."""
    finger.tap("interface-nl")
    go_to_nationality(finger)
    qtbot.keyClicks(window.screens.nationality.search, "germany")
    left = shown(window)
    assert [item.text() for item in left] == ["Duitsland"]
