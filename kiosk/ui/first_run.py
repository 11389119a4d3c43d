"""First run: check the set-up form with the core's rules, then set the desk up."""

from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QObject, Signal

from kiosk.core.errors import ValidationError
from kiosk.core.site import make_site
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

    def __init__(self, desk: "Desk", screen: SetupScreen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._screen = screen
        screen.submitted.connect(self.submit)

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
        self._screen.show_error(None)
        self._screen.pin.clear()
        self._screen.pin_again.clear()
        self.finished.emit()
