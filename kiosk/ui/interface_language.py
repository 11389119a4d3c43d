"""The volunteer's interface language (nl, fr, en), switchable while the kiosk runs.

Source strings are English. `switch` installs a QTranslator for translations/kiosk_{code}.qm
when that file exists (else the English source strings show, silently) and tells every
widget at once through a LanguageChange event, so each screen's `retranslate` runs.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kiosk.core.site import VOLUNTEER_LANGUAGES

SOURCE_LANGUAGE = "en"


def volunteer_locale() -> str:
    """The interface language in force: nl, fr or en (what countries.local_name takes)."""
    code = QLocale().name().split("_")[0]
    return code if code in VOLUNTEER_LANGUAGES else SOURCE_LANGUAGE


class InterfaceLanguage(QObject):
    changed = Signal(str)

    def __init__(self, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._translator: QTranslator | None = None
        self._code = SOURCE_LANGUAGE

    def code(self) -> str:
        return self._code

    def switch(self, code: str) -> None:
        if code not in VOLUNTEER_LANGUAGES:
            raise ValueError(f"{code!r} is not one of {', '.join(VOLUNTEER_LANGUAGES)}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before choosing a language")
        QLocale.setDefault(QLocale(code))
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self)
        if translator.load(f"kiosk_{code}", str(self._directory)):
            app.installTranslator(translator)
            self._translator = translator
        else:
            translator.deleteLater()
        self._code = code
        # At once, and also without a .qm file (country names and dates follow the locale).
        # Qt itself only posts this event, when a translator comes or goes.
        for widget in QApplication.topLevelWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.changed.emit(code)
