"""Start: the arrival taps their own language; the volunteer sees today's counts."""

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
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
from kiosk.ui.touch import MIN_TARGET, make_kinetic
from kiosk.ui.wrapping_row import WrappingRow

COLUMNS = 4  # language tiles a row on a landscape screen
PORTRAIT_COLUMNS = 3  # on an upright one: more rows, wider tiles
NARROW_PORTRAIT_COLUMNS = 2  # on an upright one too narrow for three (a 600-pixel tablet)
PORTRAIT_TILE_WIDTH = 190  # at least, for three a row upright
SIDE_WIDTH = 340  # the today panel beside the tiles
NARROW_SIDE_WIDTH = 280  # at least, on a screen narrower than NARROW (1024×768)
NARROW_SIDE_LIMIT = 360  # … and at most (large type: the longest language name and count)
NARROW = 1200
SHORT = 800  # a landscape screen lower than this (1366×768) is laid out as a narrow one
NARROW_PORTRAIT = 900  # upright and narrower: "Screen language:" goes, the subtitle needs room
SIDE_SHARE = 0.5  # upright, today's counts have at most half the tiles' and their height
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


class _Page(QWidget):
    """What a ScrollingPart scrolls. It needs the least height of its layout at its width:
    wrapped texts (the HQ panel's) as many lines as they take, the rest its minimum. Not
    what the wrapped texts would like (which QScrollArea and a box layout take as the
    least: today's counts then scrolled at 1024×768 with room to spare)."""

    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return max(layout.totalMinimumSize().height(), layout.totalMinimumHeightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        if self.width() > 0 and self.layout() is not None:
            least.setHeight(self.heightForWidth(self.width()))
        return least


class ScrollingPart(QScrollArea):
    """A part of Start that scrolls up and down by finger when the screen is too low for
    it, instead of squeezing it (tiles keep their height; nothing is drawn over).

    It asks for `prefer` of its page's height: all of it (today's counts) or none (the
    tiles: they take what the screen has left, see StartScreen._arrange)."""

    def __init__(self, name: str, prefer: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.page = _Page()
        self.page.setObjectName(f"{name}-page")
        self._prefer = prefer
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.page)
        self.page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.LayoutRequest:
            # The page's layout has just taken its new minimum (the clock warning came,
            # or its lines at a new width): size the page again now, and let Start share
            # out its height again. QScrollArea heard of it only at the next resize, and
            # the warning was drawn over today's figures meanwhile.
            self.event(QEvent(QEvent.Type.LayoutRequest))
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        needed = self._page_size()
        return QSize(needed.width(), max(self.minimumHeight(), int(needed.height() * self._prefer)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._page_size().width(), 0)  # the height: setMinimumHeight

    def bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _page_size(self) -> QSize:
        needed = self.page.minimumSizeHint()
        extra = self.bar_width() if self.verticalScrollBar().isVisible() else 0
        return QSize(needed.width() + extra, needed.height())


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
        # The tiles keep their height: on a screen too low for all of them they scroll.
        self.tile_area = ScrollingPart("language-tiles", prefer=0)
        self.grid = QGridLayout(self.tile_area.page)
        self.grid.setContentsMargins(0, 0, 0, 0)
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
        left.addWidget(self.tile_area, 1)
        self.soup_button = ActionButton("open-soup-counter", "quiet", min_height=MIN_TARGET)
        self.soup_button.clicked.connect(self.soup_counter_chosen)
        self.coordinator_button = ActionButton("open-coordinator", "quiet", min_height=MIN_TARGET)
        self.coordinator_button.clicked.connect(self.coordinator_chosen)
        self._left = left
        # The site's name and the buttons to coordinator mode and the soup counter: at the
        # foot of the screen (of the tiles' column when landscape), never in a scrolling part.
        self._bottom_bar = QWidget()
        self._bottom_bar.setObjectName("start-bottom")
        self._site_slot = QWidget()  # the site's name, unless a narrow screen puts it aside
        slot = QVBoxLayout(self._site_slot)
        slot.setContentsMargins(0, 0, 0, 0)
        slot.addWidget(self.site_label)
        # The buttons go under the site's name, and under each other, when the row is too
        # narrow for them (a 600-pixel tablet, French in large type).
        self._bottom = WrappingRow(self._site_slot, [self.coordinator_button, self.soup_button])
        self._bottom_bar.setLayout(self._bottom)
        left.addWidget(self._bottom_bar)
        self._outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._outer.setContentsMargins(40, 28, 28, 28)
        self._outer.setSpacing(28)
        self._outer.addLayout(left, 1)
        # Today's counts scroll too when the screen is too low for them (the clock warning
        # in large type), and never push the tiles or the buttons over each other.
        self.side_area = ScrollingPart("start-side", prefer=1)
        self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.side_area.page)
        self._side.setContentsMargins(0, 0, 0, 0)
        self._side.setSpacing(16)
        self._side.addWidget(self.today, 1)
        self._side_end = QVBoxLayout()  # the bottom row's place on a narrow screen
        self._side_end.setSpacing(10)
        self._side.addLayout(self._side_end)
        self._outer.addWidget(self.side_area)
        self._bottom_in_side: bool | None = None
        self._portrait: bool | None = None
        self._compact: bool | None = None
        self._narrow: bool | None = None
        self._side_width = -1
        self._arrange(1280, 800)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width(), event.size().height())
        super().resizeEvent(event)
        self._fit_side_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._arrange(self.width(), self.height())  # the side's text may be wider now

    def minimumSizeHint(self) -> QSize:
        """The least height at the screen's width: wrapped texts and the bottom row as many
        lines as they take at it, not at their narrowest (the bottom row three lines)."""
        least = super().minimumSizeHint()
        if self.width() > 0:
            least.setHeight(self._outer.totalMinimumHeightForWidth(self.width()))
        return least

    def portrait(self) -> bool:
        return bool(self._portrait)

    def make_kinetic(self) -> None:
        """Flick the tiles and the today panel (see TodayPanel.make_kinetic for when)."""
        make_kinetic(self.tile_area)
        make_kinetic(self.side_area)
        self.today.make_kinetic()

    def _arrange(self, width: int, height: int) -> None:
        """Landscape: the tiles four a row, today's counts beside them; on a narrow or low
        screen (1024×768, 1366×768) with smaller margins and the side only as wide as its
        text needs. Portrait: three tiles a row (two on a narrow tablet), more rows,
        today's counts under them and the buttons at the foot."""
        portrait = height > width
        compact = not portrait and (width < NARROW or height < SHORT)
        needed = max(panel.minimumSizeHint().width() for panel in self._side_panels)
        if portrait:
            side_width = 0
        elif compact:
            side_width = max(NARROW_SIDE_WIDTH, min(NARROW_SIDE_LIMIT, needed))
        else:  # wider only for what its panels need (large type)
            side_width = max(SIDE_WIDTH, min(NARROW_SIDE_LIMIT, needed))
        margins = (24, 20, 20, 20) if compact else (40, 28, 28, 28)
        columns = COLUMNS
        if portrait:
            room = width - margins[0] - margins[2]
            three = PORTRAIT_COLUMNS * PORTRAIT_TILE_WIDTH + (PORTRAIT_COLUMNS - 1) * 14
            columns = PORTRAIT_COLUMNS if room >= three else NARROW_PORTRAIT_COLUMNS
        narrow = portrait and width < NARROW_PORTRAIT
        if (portrait, compact, narrow, side_width, columns) == (
            self._portrait, self._compact, self._narrow, self._side_width, self._columns
        ):
            return
        self._portrait, self._compact, self._narrow = portrait, compact, narrow
        self._side_width = side_width
        self._arrange_tiles(columns)
        least = TILE_HEIGHT_NARROW if compact else TILE_HEIGHT
        for tile in self.language_buttons.values():
            tile.setMinimumHeight(least)
        self._outer.setContentsMargins(*margins)
        spacing = 10 if compact else 14
        self.tile_area.setMinimumHeight(least + spacing + least // 2)  # see _fit_side_height
        self._outer.setSpacing(20 if compact else 28)
        self._left.setSpacing(spacing)
        self.grid.setSpacing(spacing)
        self._place_bottom_row(compact, portrait, narrow)
        if portrait:
            self._outer.setDirection(QBoxLayout.Direction.TopToBottom)
            # Side by side and as wide as each other; one above the other on a tablet too
            # narrow for both (the list by language and large type).
            stacked = columns == NARROW_PORTRAIT_COLUMNS
            self._side.setDirection(
                QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
            )
            for panel in self._side_panels:
                self._side.setStretch(self._side.indexOf(panel), 0 if stacked else 1)
            self.side_area.setMinimumWidth(0)
            self.side_area.setMaximumWidth(16_777_215)
            self._outer.setStretch(0, 2)  # the tiles two thirds of the height, the side one
            self._outer.setStretch(1, 1)
        else:
            self._outer.setDirection(QBoxLayout.Direction.LeftToRight)
            self._side.setDirection(QBoxLayout.Direction.TopToBottom)
            for panel in self._side_panels:  # the today panel takes the height left
                self._side.setStretch(self._side.indexOf(panel), 1 if panel is self.today else 0)
            self._outer.setStretch(0, 1)
            self._outer.setStretch(1, 0)
        self._fit_side_height()

    def _fit_side_height(self) -> None:
        """Upright, today's counts get the height they need, up to SIDE_SHARE of what the
        tiles and they have together (then they scroll); the tiles get the rest, at least a
        row and a half (the half says that more are a scroll away). Beside the tiles they
        have the whole height."""
        wanted = 0
        if self._portrait:
            needed = self.side_area.sizeHint().height()
            margins = self._outer.contentsMargins()
            width = self.width() - margins.left() - margins.right()
            others = (margins.top() + margins.bottom() + 2 * self._outer.spacing()
                      + self._left.minimumHeightForWidth(width) - self.tile_area.minimumHeight()
                      + max(self._bottom.heightForWidth(width), MIN_TARGET))
            room = self.height() - others  # for the tiles and the side
            share = min(int(room * SIDE_SHARE), room - self.tile_area.minimumHeight())
            wanted = max(0, min(needed, share))
        if self.side_area.minimumHeight() != wanted:
            self.side_area.setMinimumHeight(wanted)
        if not self._portrait:
            # As wide as its panels need, and a scroll bar's width more when it scrolls.
            scrolls = self.side_area.verticalScrollBar().isVisible()
            width = self._side_width + (self.side_area.bar_width() if scrolls else 0)
            if self.side_area.width() != width or self.side_area.minimumWidth() != width:
                self.side_area.setFixedWidth(width)

    def _place_bottom_row(self, compact: bool, portrait: bool, narrow: bool) -> None:
        """On a wide screen: the site's name on the left of the bottom row under the tiles,
        the buttons to coordinator mode and the soup counter on its right, and "Welcome"
        above the tiles; upright, that row is the foot of the screen, under today's counts.
        On a narrow or low one (1024×768) the tiles need that height and the buttons the
        row's width: the site's name goes to the foot of the side, "Welcome" goes (the line
        under it says what to do), and so does "Screen language:" before NL FR EN (also on
        a narrow upright tablet, where NL FR EN need its width)."""
        self._left.removeWidget(self._bottom_bar)
        self._outer.removeWidget(self._bottom_bar)
        if portrait:
            self._outer.addWidget(self._bottom_bar)
        else:
            self._left.addWidget(self._bottom_bar)
        self.title.setVisible(not compact)
        self.switch_caption.setVisible(not compact and not narrow)
        if compact == self._bottom_in_side:
            return
        self._bottom_in_side = compact
        slot = self._site_slot.layout()
        assert slot is not None
        slot.removeWidget(self.site_label)
        self._side_end.removeWidget(self.site_label)
        (self._side_end if compact else slot).addWidget(self.site_label)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a side panel's text changed
            self._arrange(self.width(), self.height())
            self._fit_side_height()
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
        stretch = 1 if self._portrait else 0
        self._side.insertWidget(self._side.indexOf(self._side_end), panel, stretch)

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
