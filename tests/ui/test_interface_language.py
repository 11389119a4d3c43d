"""The volunteer switches the screen language (NL / FR / EN) while the kiosk runs."""

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kiosk.core.codes import Flag
from kiosk.store.desk import Desk
from kiosk.ui.main_window import MainWindow
from tests.ui.conftest import Finger

# (context, English source, French, Dutch)
PHRASES = [
    ("StartScreen", "Welcome", "Bienvenue", "Welkom"),
    ("TodayPanel", "Today", "Aujourd'hui", "Vandaag"),
    ("PartyScreen", "Who arrived together?", "Qui est arrivé ensemble ?", "Wie kwam samen?"),
    ("StepScreen", "Back", "Retour", "Terug"),
    ("labels", "Arabic", "Arabe", "Arabisch"),
    ("labels", "Medical need", "Besoin médical", "Medische nood"),
]


def linguist_tool(name: str) -> str | None:
    beside_python = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside_python) if beside_python.exists() else shutil.which(f"pyside6-{name}")


def lrelease() -> str | None:
    return linguist_tool("lrelease")


def write_qm(folder: Path, code: str, column: int) -> None:
    """A tiny real translation, compiled by Qt's own lrelease."""
    contexts: dict[str, list[str]] = {}
    for phrase in PHRASES:
        context, source, translation = phrase[0], phrase[1], phrase[column]
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(f"<context><name>{name}</name>{''.join(messages)}</context>"
                   for name, messages in contexts.items())
    ts = folder / f"kiosk_{code}.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="{code}">{body}</TS>', encoding="utf-8")
    tool = lrelease()
    assert tool is not None
    subprocess.run([tool, "-silent", str(ts), "-qm", str(folder / f"kiosk_{code}.qm")],
                   check=True, capture_output=True)


@pytest.mark.skipif(lrelease() is None, reason="pyside6-lrelease is not installed")
def test_tapping_fr_then_nl_translates_the_screens_at_once(
    window: MainWindow, finger: Finger, translations: Path, desk: Desk
) -> None:
    """With real .qm files, every screen shows the new language without a restart."""
    write_qm(translations, "fr", 2)
    write_qm(translations, "nl", 3)
    start = window.screens.start

    finger.tap("interface-fr")
    assert start.title.text() == "Bienvenue"
    assert start.today.heading.text() == "Aujourd'hui"
    assert start.language_buttons["ar"].name.text() == "Arabe"
    assert window.screens.party.title.text() == "Qui est arrivé ensemble ?"
    assert window.screens.party.back_button.text().endswith("Retour")
    assert window.screens.needs.flag_buttons[Flag.MEDICAL_NEED].label() == "Besoin médical"
    assert desk.settings.desk_settings().interface_language == "fr"

    finger.tap("interface-nl")
    assert start.title.text() == "Welkom"
    assert start.language_buttons["ar"].name.text() == "Arabisch"
    assert window.screens.party.back_button.text().endswith("Terug")
    assert desk.settings.desk_settings().interface_language == "nl"

    finger.tap("interface-en")  # no kiosk_en.qm: the English source strings, silently
    assert start.title.text() == "Welcome"


def test_switching_without_translations_retranslates_every_screen(
    window: MainWindow, finger: Finger, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without .qm files the texts are re-set from translate(): they equal its results."""
    calls: list[str] = []

    def spying(name: str, original: Callable[[], None]) -> Callable[[], None]:
        def retranslate() -> None:
            calls.append(name)
            original()
        return retranslate

    for screen in window.screens.all():
        monkeypatch.setattr(screen, "retranslate", spying(type(screen).__name__,
                                                          screen.retranslate))

    finger.tap("interface-fr")
    assert set(calls) == {type(screen).__name__ for screen in window.screens.all()}
    start = window.screens.start
    assert start.title.text() == QCoreApplication.translate("StartScreen", "Welcome")
    assert start.interface_buttons["fr"].isChecked()
    assert not start.interface_buttons["nl"].isChecked()
    assert desk.settings.desk_settings().interface_language == "fr"

    calls.clear()
    finger.tap("interface-nl")
    assert set(calls) == {type(screen).__name__ for screen in window.screens.all()}
    assert window.screens.needs.flag_buttons[Flag.PREGNANT].label() == (
        QCoreApplication.translate("labels", "Pregnant"))
    assert desk.settings.desk_settings().interface_language == "nl"
    # Dates and country names follow the interface language even before .qm files exist.
    today = QDate(desk.today())
    assert start.today.date_label.text() == QLocale("nl").toString(
        today, QLocale.FormatType.LongFormat)


@pytest.mark.skipif(linguist_tool("lupdate") is None, reason="pyside6-lupdate is not installed")
def test_lupdate_finds_the_strings_of_every_screen(tmp_path: Path) -> None:
    """Translators get every string: pyside6-lupdate extracts them with the contexts Qt uses."""
    import xml.etree.ElementTree as ET

    import kiosk.ui

    ui = Path(kiosk.ui.__file__).resolve().parent
    ts = tmp_path / "kiosk_fr.ts"
    tool = linguist_tool("lupdate")
    assert tool is not None
    subprocess.run([tool, *sorted(str(p) for p in ui.glob("*.py")), "-ts", str(ts)],
                   check=True, capture_output=True)
    found = {(context.findtext("name"), message.findtext("source"))
             for context in ET.parse(ts).getroot().iter("context")
             for message in context.iter("message")}
    for context, source, _fr, _nl in PHRASES:
        assert (context, source) in found
    assert ("StepScreen", "Next") in found
    assert ("labels", "Guardianship service") in found
    assert ("labels", "Kurdish (Sorani)") in found
    assert len(found) > 90
