"""Start: the arrival taps their own language; the volunteer sees today's counts."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
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

COLUMNS = 4  # language tiles a row on a landscape screen
PORTRAIT_COLUMNS = 3  # on an upright one: more rows, wider tiles
SIDE_WIDTH = 340  # the today panel beside the tiles
NARROW_SIDE_WIDTH = 280  # at least, on a screen narrower than NARROW (1024×768)
NARROW_SIDE_LIMIT = 360  # … and at most (large type: the longest language name and count)
NARROW = 1200
TILE_HEIGHT = 112  # at least
TILE_HEIGHT_NARROW = 100  # at least, on a narrow screen (1024×768 leaves the tiles less)
SMALLEST_ENDONYM_PX = 20  # an endonym shrinks to fit its tile, never below this


class LanguageButton(QPushButton):
    """The endonym in its own script, big; the language's name for the volunteer, small."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName(f"language-{language.code}")
        self.setProperty("role", "language")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setMinimumSize(120, TILE_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if language.rtl:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.endonym = QLabel(language.endonym)
        self.endonym.setObjectName(f"language-{language.code}-endonym")
        self.endonym.setProperty("role", "endonym")
        self.endonym.setProperty("script", language.script)
        # The tile's width comes from the grid, not from the endonym: a narrow screen gets
        # narrower tiles, and the endonym's type shrinks to fit (fit_endonym).
        self.endonym.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.endonym.setMinimumWidth(0)
        self._natural_font: QFont | None = None
        self.name = QLabel()
        self.name.setProperty("role", "language-name")
        self.name.setWordWrap(True)  # a long name ("Koerdisch (Kurmanci)") takes two lines
        for label in (self.endonym, self.name):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(0)
        layout.addWidget(self.endonym, 1)
        layout.addWidget(self.name)
        self.setAccessibleName(language.endonym)
        self.toggled.connect(lambda _checked: self.retranslate())

    def retranslate(self) -> None:
        name = language_name(self.language.code)
        self.name.setText(f"{CHECK_MARK} {name}" if self.isChecked() else name)
        self.setAccessibleDescription(name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_endonym()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # a new look: measure its type again
            self._natural_font = None
            self.fit_endonym()

    def fit_endonym(self) -> None:
        """The endonym at the style sheet's size when it fits the tile, else as much
        smaller as it needs (display type: a tile on a 1024-pixel screen is narrow)."""
        label = self.endonym
        if self._natural_font is None or not label.styleSheet():
            label.setStyleSheet("")
            label.ensurePolished()
            self._natural_font = QFont(label.font())
        natural = self._natural_font
        layout = self.layout()
        margins = 0
        if layout is not None:
            margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        room = self.contentsRect().width() - margins
        needed = QFontMetrics(natural).horizontalAdvance(label.text()) + 4
        size = natural.pixelSize()
        if needed > room > 0 and size > 0:
            size = max(SMALLEST_ENDONYM_PX, int(size * room / needed))
            sheet = f"font-size: {size}px;"
        else:
            sheet = ""
        if label.styleSheet() != sheet:
            label.setStyleSheet(sheet)


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
        self.site_label.setWordWrap(True)  # a long site name takes two lines, not the buttons' room

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
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        for language in LANGUAGES:
            tile = LanguageButton(language)
            tile.clicked.connect(lambda _checked=False, c=language.code: self._tapped(c))
            self.language_buttons[language.code] = tile
        self._columns = 0
        self._arrange_tiles(COLUMNS)

        self.invitation = Invitation()  # "choose your language", in each language in turn

        self.today = TodayPanel()
        self._side_panels: list[QWidget] = [self.today]

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
        left.addLayout(self.grid, 1)
        self.soup_button = ActionButton("open-soup-counter", "quiet", min_height=MIN_TARGET)
        self.soup_button.clicked.connect(self.soup_counter_chosen)
        self.coordinator_button = ActionButton("open-coordinator", "quiet", min_height=MIN_TARGET)
        self.coordinator_button.clicked.connect(self.coordinator_chosen)
        self._left = left
        self._bottom = QHBoxLayout()
        left.addLayout(self._bottom)
        self._outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._outer.setContentsMargins(40, 28, 28, 28)
        self._outer.setSpacing(28)
        self._outer.addLayout(left, 1)
        self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._side.setSpacing(16)
        self._side.addWidget(self.today, 1)
        self._side_end = QVBoxLayout()  # the bottom row's place on a narrow screen
        self._side_end.setSpacing(10)
        self._side.addLayout(self._side_end)
        self._outer.addLayout(self._side)
        self._bottom_in_side: bool | None = None
        self._portrait: bool | None = None
        self._side_width = -1
        self._arrange(1280, 800)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._arrange(self.width(), self.height())  # the side's text may be wider now

    def portrait(self) -> bool:
        return bool(self._portrait)

    def _arrange(self, width: int, height: int) -> None:
        """Landscape: the tiles four a row, today's counts beside them; on a narrow screen
        (1024×768) with smaller margins and the side only as wide as its text needs.
        Portrait: three tiles a row, more rows, today's counts under them."""
        portrait = height > width
        narrow = width < NARROW
        if portrait:
            side_width = 0
        elif narrow:
            needed = max(panel.minimumSizeHint().width() for panel in self._side_panels)
            side_width = max(NARROW_SIDE_WIDTH, min(NARROW_SIDE_LIMIT, needed))
        else:
            side_width = SIDE_WIDTH
        if (portrait, side_width) == (self._portrait, self._side_width):
            return
        self._portrait, self._side_width = portrait, side_width
        compact = narrow and not portrait
        for tile in self.language_buttons.values():
            tile.setMinimumHeight(TILE_HEIGHT_NARROW if compact else TILE_HEIGHT)
        if compact:
            self._outer.setContentsMargins(24, 20, 20, 20)
            self._outer.setSpacing(20)
            self._left.setSpacing(10)
            self.grid.setSpacing(10)
        else:
            self._outer.setContentsMargins(40, 28, 28, 28)
            self._outer.setSpacing(28)
            self._left.setSpacing(14)
            self.grid.setSpacing(14)
        self._place_bottom_row(compact=compact)
        if portrait:
            self._outer.setDirection(QBoxLayout.Direction.TopToBottom)
            self._side.setDirection(QBoxLayout.Direction.LeftToRight)
            for panel in self._side_panels:
                panel.setMinimumWidth(0)
                panel.setMaximumWidth(16_777_215)
            self._outer.setStretch(0, 2)  # the tiles two thirds of the height, the side one
            self._outer.setStretch(1, 1)
            self._arrange_tiles(PORTRAIT_COLUMNS)
        else:
            self._outer.setDirection(QBoxLayout.Direction.LeftToRight)
            self._side.setDirection(QBoxLayout.Direction.TopToBottom)
            for panel in self._side_panels:
                panel.setFixedWidth(side_width)
            self._outer.setStretch(0, 1)
            self._outer.setStretch(1, 0)
            self._arrange_tiles(COLUMNS)

    def _place_bottom_row(self, compact: bool) -> None:
        """On a wide or upright screen: the site's name on the left of the bottom row, the
        buttons to coordinator mode and the soup counter on its right, and "Welcome" above
        the tiles. On a narrow one (1024×768) the tiles need that height and the buttons
        the row's width: the site's name goes to the foot of the side, "Welcome" goes (the
        line under it says what to do), and so does "Screen language:" before NL FR EN."""
        if compact == self._bottom_in_side:
            return
        self._bottom_in_side = compact
        self.title.setVisible(not compact)
        self.switch_caption.setVisible(not compact)  # the subtitle beside it needs the room
        for widget in (self.site_label, self.coordinator_button, self.soup_button):
            self._bottom.removeWidget(widget)
        self._side_end.removeWidget(self.site_label)
        if compact:
            self._side_end.addWidget(self.site_label)
            self._bottom.addStretch(1)
        else:
            while self._bottom.count():
                self._bottom.takeAt(0)
            self._bottom.addWidget(self.site_label, 1)
        self._bottom.addWidget(self.coordinator_button)
        self._bottom.addWidget(self.soup_button)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a side panel's text changed
            self._arrange(self.width(), self.height())
        return super().event(event)

    def _arrange_tiles(self, columns: int) -> None:
        if columns == self._columns:
            return
        for tile in self.language_buttons.values():
            self.grid.removeWidget(tile)
        tiles = list(self.language_buttons.values())
        last_row = len(tiles) - len(tiles) % columns  # the first tile of an unfilled row
        for index, tile in enumerate(tiles):
            # An unfilled last row is centred (16 tiles three a row: the last in the middle).
            shift = (columns - len(tiles) % columns) // 2 if index >= last_row else 0
            self.grid.addWidget(tile, index // columns, index % columns + shift)
        rows = -(-len(self.language_buttons) // columns)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 1 if row < rows else 0)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns

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
        """A card under the today panel (beside it on an upright screen): the headquarters
        status."""
        self._side_panels.append(panel)
        if self._portrait:
            panel.setMinimumWidth(0)
        else:
            panel.setFixedWidth(self._side_width)
        self._side.insertWidget(self._side.indexOf(self._side_end), panel)

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
