"""First run: check the set-up form with the core's rules, then set the desk up.

The form's language switch changes the interface language at once; the language in force
when the set-up succeeds is saved as the desk's interface language.
"""

from dataclasses import replace
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QObject, Signal

from kiosk.core.errors import ValidationError
from kiosk.core.site import make_site
from kiosk.ui.interface_language import InterfaceLanguage
from kiosk.ui.refusals import refusal_text
from kiosk.ui.setup_screen import SetupScreen

if TYPE_CHECKING:
    from kiosk.store.desk import Desk


def timezone_names() -> list[str]:
    """Area/City zones first, as a coordinator would look for them."""
    return sorted(
        name
        for name in available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "posix/", "right/"))
    )


class FirstRun(QObject):
    """Owns the set-up screen's logic; `finished` once the desk has its site."""

    finished = Signal()

    def __init__(
        self,
        desk: "Desk",
        screen: SetupScreen,
        parent: QObject | None = None,
        language: InterfaceLanguage | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._screen = screen
        self._language = language
        screen.submitted.connect(self.submit)
        screen.interface_language_chosen.connect(self.switch_language)

    def switch_language(self, code: str) -> None:
        """The form in another language now (saved with the rest when set-up succeeds)."""
        if self._language is not None:
            self._language.switch(code)
        self._screen.show_interface_language(code)

    def submit(self) -> None:
        from kiosk.core.pin import check_pin  # Argon2: not needed for the first paint

        site_id, name, timezone, pin, pin_again = self._screen.values()
        try:
            site = make_site(site_id, name, timezone)
            check_pin(pin)
            if pin != pin_again:
                raise ValidationError("pin", "the two PINs are not the same", reason="pins_differ")
        except ValidationError as error:
            self._screen.show_error(error.field, refusal_text(error))
            return
        self._desk.settings.set_up(site, pin)
        if self._language is not None:
            settings = self._desk.settings.desk_settings()
            if settings.interface_language != self._language.code():
                self._desk.settings.save_desk_settings(
                    replace(settings, interface_language=self._language.code())
                )
        self._screen.show_error(None)
        self._screen.pin.clear()
        self._screen.pin_again.clear()
        self.finished.emit()
