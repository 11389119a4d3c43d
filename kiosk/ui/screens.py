"""The set of screens of the kiosk, built once and kept in one stack."""

from dataclasses import dataclass, field

from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.ui.confirm_screen import ConfirmScreen
from kiosk.ui.done_screen import DoneScreen
from kiosk.ui.first_run import timezone_names
from kiosk.ui.nationality_screen import NationalityScreen
from kiosk.ui.needs_screen import NeedsScreen
from kiosk.ui.party_screen import PartyScreen
from kiosk.ui.setup_screen import SetupScreen
from kiosk.ui.start_screen import StartScreen


@dataclass
class Screens:
    start: StartScreen = field(default_factory=StartScreen)
    party: PartyScreen = field(default_factory=PartyScreen)
    nationality: NationalityScreen = field(default_factory=NationalityScreen)
    needs: NeedsScreen = field(default_factory=NeedsScreen)
    confirm: ConfirmScreen = field(default_factory=ConfirmScreen)
    done: DoneScreen = field(default_factory=DoneScreen)
    setup: SetupScreen | None = None

    def add_to(self, stack: QStackedWidget) -> None:
        for screen in self.all():
            stack.addWidget(screen)

    def all(self) -> list[QWidget]:
        found: list[QWidget] = [self.start, self.party, self.nationality, self.needs,
                                self.confirm, self.done]
        return [*found, self.setup] if self.setup is not None else found


def build_screens(needs_setup: bool) -> Screens:
    screens = Screens()
    if needs_setup:
        screens.setup = SetupScreen(timezone_names())
    return screens
