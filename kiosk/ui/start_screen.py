"""Start: the arrival taps their own language; the volunteer sees today's counts."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import LANGUAGES, Language
from kiosk.core.site import VOLUNTEER_LANGUAGES
from kiosk.ui.buttons import CHECK_MARK, ActionButton, ToggleButton
from kiosk.ui.invitation import Invitation
from kiosk.ui.labels import language_name
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.today_panel import TodayPanel
from kiosk.ui.touch import MIN_TARGET

COLUMNS = 4


class LanguageButton(QPushButton):
    """The endonym in its own script, big; the language's name for the volunteer, small."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName(f"language-{language.code}")
        self.setProperty("role", "language")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setMinimumSize(160, 112)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if language.rtl:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.endonym = QLabel(language.endonym)
        self.endonym.setObjectName(f"language-{language.code}-endonym")
        self.endonym.setProperty("role", "endonym")
        self.endonym.setProperty("script", language.script)
        self.name = QLabel()
        self.name.setProperty("role", "language-name")
        self.name.setWordWrap(True)  # a long name ("Koerdisch (Kurmanci)") takes two lines
        for label in (self.endonym, self.name):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.endonym, 1)
        layout.addWidget(self.name)
        self.setAccessibleName(language.endonym)
        self.toggled.connect(lambda _checked: self.retranslate())

    def retranslate(self) -> None:
        name = language_name(self.language.code)
        self.name.setText(f"{CHECK_MARK} {name}" if self.isChecked() else name)
        self.setAccessibleDescription(name)


class StartScreen(Retranslating, QWidget):
    language_chosen = Signal(str)
    interface_language_chosen = Signal(str)
    soup_counter_chosen = Signal()
    coordinator_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.title = QLabel()
        self.title.setObjectName("start-title")
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("start-subtitle")
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setWordWrap(True)  # long in some languages and in large text
        self.site_label = QLabel()
        self.site_label.setObjectName("start-site")
        self.site_label.setProperty("role", "muted")

        self.switch_caption = QLabel()
        self.switch_caption.setProperty("role", "muted")
        self.switch_caption.setWordWrap(True)
        self.interface_buttons: dict[str, ToggleButton] = {}
        switch = QHBoxLayout()
        switch.setSpacing(6)
        switch.addWidget(self.switch_caption)
        switch_group = QButtonGroup(self)
        for code in VOLUNTEER_LANGUAGES:
            button = ToggleButton(f"interface-{code}", min_height=MIN_TARGET)
            button.setProperty("role", "switch")
            button.set_label(code.upper())
            button.setMinimumWidth(76)
            button.clicked.connect(lambda _checked=False, c=code: self._interface_tapped(c))
            switch_group.addButton(button)
            switch.addWidget(button)
            self.interface_buttons[code] = button

        self.language_buttons: dict[str, LanguageButton] = {}
        grid = QGridLayout()
        grid.setSpacing(14)
        for index, language in enumerate(LANGUAGES):
            tile = LanguageButton(language)
            tile.clicked.connect(lambda _checked=False, c=language.code: self._tapped(c))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.language_buttons[language.code] = tile

        self.invitation = Invitation()  # "choose your language", in each language in turn

        self.today = TodayPanel()
        self.today.setFixedWidth(340)

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(switch)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addLayout(top)
        left.addWidget(self.invitation)
        left.addLayout(grid, 1)
        self.soup_button = ActionButton("open-soup-counter", "quiet", min_height=MIN_TARGET)
        self.soup_button.clicked.connect(self.soup_counter_chosen)
        self.coordinator_button = ActionButton("open-coordinator", "quiet", min_height=MIN_TARGET)
        self.coordinator_button.clicked.connect(self.coordinator_chosen)
        bottom = QHBoxLayout()
        bottom.addWidget(self.site_label, 1)
        bottom.addWidget(self.coordinator_button)
        bottom.addWidget(self.soup_button)
        left.addLayout(bottom)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 28, 28, 28)
        outer.setSpacing(28)
        outer.addLayout(left, 1)
        self._side = QVBoxLayout()
        self._side.setSpacing(16)
        self._side.addWidget(self.today, 1)
        outer.addLayout(self._side)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome"))
        self.subtitle.setText(self.tr("Tap the language the arrival reads best."))
        self.switch_caption.setText(self.tr("Screen language:"))
        self.soup_button.setText(self.tr("Soup counter") + "  ›")
        self.soup_button.setAccessibleName(self.tr("Soup counter"))
        self.coordinator_button.setText(self.tr("Coordinator") + "  ›")
        self.coordinator_button.setAccessibleName(self.tr("Coordinator"))
        for button in self.language_buttons.values():
            button.retranslate()

    def add_side_panel(self, panel: QWidget) -> None:
        """A card under the today panel (the headquarters status)."""
        panel.setFixedWidth(self.today.width())
        self._side.addWidget(panel)

    def show_site(self, name: str) -> None:
        self.site_label.setText(name)

    def show_interface_language(self, code: str) -> None:
        for each, button in self.interface_buttons.items():
            button.setChecked(each == code)

    def show_chosen_language(self, code: str | None) -> None:
        """Mark the language of a registration in progress (none when there is none)."""
        for each, button in self.language_buttons.items():
            button.setChecked(each == code)

    def _tapped(self, code: str) -> None:
        self.language_chosen.emit(code)

    def _interface_tapped(self, code: str) -> None:
        self.interface_language_chosen.emit(code)
