"""The screens of the kiosk, kept in one stack and each built the first time it is asked for.

Only the first screen (Start, or the set-up on a first run) is built before the first paint;
the registration steps follow once the desk is open (the registration flow asks for them),
and so do their modules.
"""

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.ui.start_screen import StartScreen

if TYPE_CHECKING:
    from kiosk.ui.confirm_screen import ConfirmScreen
    from kiosk.ui.done_screen import DoneScreen
    from kiosk.ui.nationality_screen import NationalityScreen
    from kiosk.ui.needs_screen import NeedsScreen
    from kiosk.ui.party_screen import PartyScreen
    from kiosk.ui.setup_screen import SetupScreen

Screen = TypeVar("Screen", bound=QWidget)

# The order of a registration; the set-up, when there is one, comes last.
ORDER = ("start", "party", "nationality", "needs", "confirm", "done")


class Screens:
    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._built: dict[str, QWidget] = {}
        self.setup: SetupScreen | None = None

    def _get(self, name: str, kind: type[Screen]) -> Screen:
        screen = self._built.get(name)
        if screen is None:
            screen = kind()
            self._built[name] = screen
            self._stack.addWidget(screen)
        assert isinstance(screen, kind)
        return screen

    @property
    def start(self) -> StartScreen:
        return self._get("start", StartScreen)

    @property
    def party(self) -> "PartyScreen":
        from kiosk.ui.party_screen import PartyScreen

        return self._get("party", PartyScreen)

    @property
    def nationality(self) -> "NationalityScreen":
        from kiosk.ui.nationality_screen import NationalityScreen

        return self._get("nationality", NationalityScreen)

    @property
    def needs(self) -> "NeedsScreen":
        from kiosk.ui.needs_screen import NeedsScreen

        return self._get("needs", NeedsScreen)

    @property
    def confirm(self) -> "ConfirmScreen":
        from kiosk.ui.confirm_screen import ConfirmScreen

        return self._get("confirm", ConfirmScreen)

    @property
    def done(self) -> "DoneScreen":
        from kiosk.ui.done_screen import DoneScreen

        return self._get("done", DoneScreen)

    def build_setup(self) -> "SetupScreen":
        """The first-run form (kept once built: `setup` stays None on a desk set up before)."""
        if self.setup is None:
            from kiosk.ui.first_run import timezone_names
            from kiosk.ui.setup_screen import SetupScreen

            self.setup = SetupScreen(timezone_names())
            self._stack.addWidget(self.setup)
        return self.setup

    def read_by_arrivals(self, screen: QWidget) -> bool:
        """Start (the arrival taps their language), Done (their number) and the set-up: no
        volunteer's notice goes over these."""
        ours = (self._built.get("start"), self._built.get("done"), self.setup)
        return any(screen is mine for mine in ours if mine is not None)

    def all(self) -> list[QWidget]:
        """The screens built so far, in the order of a registration (the set-up last)."""
        found = [self._built[name] for name in ORDER if name in self._built]
        return [*found, self.setup] if self.setup is not None else found
