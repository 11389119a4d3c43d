"""Export the counts: pick a period, a format and a folder (a USB stick); the screen then
says where the file went. Counts only: there is no per-person export.

A year's PDF report takes a second or more: the file is written on a worker thread; the
Export button says "Exporting…" and waits meanwhile, the screens never freeze."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import ValidationError
from kiosk.ui.buttons import ActionButton, ToggleButton
from kiosk.ui.coordinator.notice import Notice
from kiosk.ui.coordinator.scrolling import kinetic_page
from kiosk.ui.labels import field_label
from kiosk.ui.refusals import named, refusal_text
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.tasks import Tasks
from kiosk.ui.touch import MIN_TARGET, make_kinetic

PERIODS = ("today", "yesterday", "7-days", "30-days", "this-month", "last-month")
FORMATS = ("csv", "xlsx", "pdf")
LANGUAGES = ("nl", "fr", "en")

type Export = Callable[[date, date, str, Path, str], Path]


def period_of(name: str, today: date) -> tuple[date, date]:
    if name == "today":
        return today, today
    if name == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if name == "7-days":
        return today - timedelta(days=6), today
    if name == "30-days":
        return today - timedelta(days=29), today
    first_of_month = today.replace(day=1)
    if name == "this-month":
        return first_of_month, today
    last_month_end = first_of_month - timedelta(days=1)
    return last_month_end.replace(day=1), last_month_end


def _toggles(
    names: tuple[str, ...], prefix: str, parent: QWidget
) -> tuple[QButtonGroup, dict[str, ToggleButton]]:
    """Big toggles of which one is chosen at a time."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons: dict[str, ToggleButton] = {}
    for name in names:
        button = ToggleButton(f"{prefix}-{name}", min_height=MIN_TARGET + 8)
        group.addButton(button)
        buttons[name] = button
    return group, buttons


class ToggleGrid(QGridLayout):
    """Toggles as many a row as fit the page (three, else two, else one), columns of one
    width; none is ever narrower than its text."""

    def __init__(self, buttons: dict[str, ToggleButton], minimum_width: int = 0) -> None:
        super().__init__()
        self.setSpacing(10)
        self.buttons = list(buttons.values())
        for button in self.buttons:
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(minimum_width)
        self.columns = 0
        self.arrange(3)

    def fit(self, room: int) -> None:
        widest = max(
            max(button.minimumSizeHint().width(), button.minimumWidth())
            for button in self.buttons
        )
        spacing = self.horizontalSpacing()
        fitting = [n for n in (3, 2) if n * widest + (n - 1) * spacing <= room]
        self.arrange(fitting[0] if fitting else 1)

    def arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        for i, button in enumerate(self.buttons):
            self.addWidget(button, i // columns, i % columns)
        for column in range(3):
            self.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns


CHOICES_MARGIN = 16
NARROW = 1200  # a screen narrower than this (1024×768) gets narrower margins
FORMAT_WIDTH = 190  # the format and language toggles: at least this wide, like the periods


class ExportScreen(Retranslating, QWidget):
    back = Signal()
    exported = Signal(Path)

    def __init__(
        self,
        export: Export,
        today: Callable[[], date],
        folders: Callable[[], list[Path]],
        language: Callable[[], str] = lambda: "nl",
        parent: QWidget | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        """`export(first, last, format, folder, language)` writes the file and returns its
        path (it runs on a worker of `tasks`: it must not touch widgets); `today` is the
        site's day; `folders` lists where files can go (USB sticks first); `language` is the
        report language chosen by default."""
        super().__init__(parent)
        self.setObjectName("screen")
        self._export = export
        self._tasks = tasks if tasks is not None else Tasks(self)
        self._today = today
        self._folders = folders
        self._language = language
        self._first = self._last = today()
        self._result: tuple[bool, str] | None = None
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.hint = QLabel()
        self.hint.setProperty("role", "subtitle")
        self.hint.setWordWrap(True)
        self.period_title, self.format_title = QLabel(), QLabel()
        self.language_title, self.folder_title = QLabel(), QLabel()
        for label in (self.period_title, self.format_title, self.language_title, self.folder_title):
            label.setProperty("role", "section")
        self._periods, self.periods = _toggles(PERIODS, "export-period", self)
        self._periods.buttonClicked.connect(lambda *_: self._pick_period())
        self.range_label = QLabel()
        self.range_label.setObjectName("export-range")
        self.range_label.setProperty("role", "hint")
        self.range_label.setWordWrap(True)
        self.steps: dict[str, ActionButton] = {}
        self.end_captions: dict[str, QLabel] = {}
        self.end_dates: dict[str, QLabel] = {}
        steps = QGridLayout()
        steps.setHorizontalSpacing(10)
        for row, end in enumerate(("from", "to")):
            caption, shown = QLabel(), QLabel()
            shown.setObjectName(f"export-{end}")
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            shown.setMinimumWidth(140)  # the widest date's room, the arrows' place steady
            self.end_captions[end], self.end_dates[end] = caption, shown
            steps.addWidget(caption, row, 0)
            for column, (direction, mark) in ((1, ("earlier", "‹")), (3, ("later", "›"))):
                button = ActionButton(
                    f"export-{end}-{direction}", "secondary", min_height=MIN_TARGET + 8
                )
                button.setText(mark)
                button.clicked.connect(lambda _=False, e=end, d=direction: self._step(e, d))
                self.steps[f"{end}-{direction}"] = button
                steps.addWidget(button, row, column)
            steps.addWidget(shown, row, 2)
        steps.addWidget(self.range_label, 0, 4, 2, 1)
        steps.setColumnStretch(4, 1)
        self._formats, self.formats = _toggles(FORMATS, "export-format", self)
        self._languages, self.languages = _toggles(LANGUAGES, "export-language", self)
        self.folder_list = QListWidget()
        self.folder_list.setObjectName("export-folders")
        make_kinetic(self.folder_list)
        self.refresh_button = ActionButton("export-refresh", "secondary", min_height=MIN_TARGET + 8)
        self.refresh_button.clicked.connect(self.show_folders)
        self.result = Notice("export-result")
        self.back_button = ActionButton("export-back", "secondary")
        self.back_button.clicked.connect(self.back)
        self.go_button = ActionButton("export-go", "primary")
        self.go_button.clicked.connect(self.run_export)
        self.go_button.setMinimumWidth(280)

        choices = QWidget()
        left = QVBoxLayout(choices)
        left.setContentsMargins(0, 0, CHOICES_MARGIN, 0)  # room for the scroll bar
        left.setSpacing(10)
        left.addWidget(self.period_title)
        self.period_grid = ToggleGrid(self.periods)
        self.format_grid = ToggleGrid(self.formats, FORMAT_WIDTH)
        self.language_grid = ToggleGrid(self.languages, FORMAT_WIDTH)
        left.addLayout(self.period_grid)
        left.addLayout(steps)
        left.addSpacing(8)
        left.addWidget(self.format_title)
        left.addLayout(self.format_grid)
        left.addWidget(self.language_title)
        left.addLayout(self.language_grid)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.folder_title)
        right.addWidget(self.folder_list, 1)
        right.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Under the folders, where the list gives way to it: a long saved path in large
        # type would otherwise push the screen past the bottom of a 800-pixel touchscreen.
        right.addWidget(self.result)
        # The choices scroll when they need more room than the screen has (large text, long
        # translations); Back and Export stay in view below them.
        self.choices = kinetic_page(choices, "export-choices")
        # Side by side (two thirds for the choices), or on an upright screen the folders
        # under the choices.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(32)
        self.columns.addWidget(self.choices, 2)
        self.columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.columns, 1)
        layout.addLayout(bottom)
        self.periods["7-days"].setChecked(True)
        self.formats["pdf"].setChecked(True)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reset()
        self._fit_periods()  # the look (large text) may have changed while it was hidden

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_periods()

    def _fit_periods(self) -> None:
        """Three toggles a row when the widest (chosen, bold, with its ✓) fits a third of
        the room, else two (or one): large text or a long translation never cuts a label
        off. On an upright screen the folders go under the choices."""
        portrait = self.height() > self.width()
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.columns.setStretch(0, 3 if portrait else 2)
        self.columns.setStretch(1, 2 if portrait else 1)
        layout = self.layout()
        if layout is not None:
            narrow = self.width() < NARROW
            layout.setContentsMargins(*((24, 16, 24, 16) if narrow else (40, 24, 40, 24)))
            self.columns.setSpacing(20 if narrow else 32)
            layout.activate()  # the choices' new width, before measuring it
        room = self.choices.viewport().width() - CHOICES_MARGIN
        for grid in (self.period_grid, self.format_grid, self.language_grid):
            grid.fit(room)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Export counts"))
        self.hint.setText(
            self.tr(
                "Counts only, one row per day. Exact numbers: small ones can "
                "identify people, so keep the file safe."
            )
        )
        self.period_title.setText(self.tr("Period"))
        self.format_title.setText(self.tr("Format"))
        self.language_title.setText(self.tr("Language of the report"))
        self.folder_title.setText(self.tr("Folder"))
        self.folder_list.setAccessibleName(self.folder_title.text())
        names = {
            "today": self.tr("Today"),
            "yesterday": self.tr("Yesterday"),
            "7-days": self.tr("Last 7 days"),
            "30-days": self.tr("Last 30 days"),
            "this-month": self.tr("This month"),
            "last-month": self.tr("Last month"),
        }
        for name, button in self.periods.items():
            button.set_label(names[name])
        self._fit_periods()
        self.formats["csv"].set_label(self.tr("CSV"))
        self.formats["xlsx"].set_label(self.tr("Excel (XLSX)"))
        self.formats["pdf"].set_label(self.tr("PDF report"))
        self.languages["nl"].set_label(self.tr("Dutch"))
        self.languages["fr"].set_label(self.tr("French"))
        self.languages["en"].set_label(self.tr("English"))
        self.end_captions["from"].setText(self.tr("From"))
        self.end_captions["to"].setText(self.tr("To"))
        for end, name in (("from", self.tr("first day")), ("to", self.tr("last day"))):
            self.steps[f"{end}-earlier"].setAccessibleName(
                self.tr("%1 one day earlier").replace("%1", name)
            )
            self.steps[f"{end}-later"].setAccessibleName(
                self.tr("%1 one day later").replace("%1", name)
            )
        self.refresh_button.setText("⟳ " + self.tr("Look for USB sticks again"))
        self.back_button.setText("‹  " + self.tr("Back"))
        self._show_exporting()
        self._show_range()
        if self._result is not None:
            self._show_result(*self._result)

    def reset(self) -> None:
        """Fresh each time the screen opens: the chosen period from today, folders again."""
        self._result = None
        self.result.clear()
        language = self._language()
        self.languages.get(language, self.languages["nl"]).setChecked(True)
        self._pick_period()
        self.show_folders()

    def show_folders(self) -> None:
        chosen = self.folder()
        self.folder_list.clear()
        for folder in self._folders():
            item = QListWidgetItem(str(folder))
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            self.folder_list.addItem(item)
        for row in range(self.folder_list.count()):
            if chosen is not None and self.folder_list.item(row).text() == str(chosen):
                self.folder_list.setCurrentRow(row)
                return
        if self.folder_list.count():
            self.folder_list.setCurrentRow(0)

    def folder(self) -> Path | None:
        item = self.folder_list.currentItem()
        return None if item is None else Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def period(self) -> tuple[date, date]:
        return self._first, self._last

    def chosen(self, buttons: dict[str, ToggleButton]) -> str:
        return next(name for name, button in buttons.items() if button.isChecked())

    def _pick_period(self) -> None:
        self._first, self._last = period_of(self.chosen(self.periods), self._today())
        self._show_range()

    def _step(self, end: str, direction: str) -> None:
        delta = timedelta(days=-1 if direction == "earlier" else 1)
        today = self._today()
        if end == "from":
            self._first = min(self._first + delta, self._last)
        else:
            self._last = min(max(self._last + delta, self._first), today)
        self._periods.setExclusive(False)
        for button in self.periods.values():
            button.setChecked(False)
        self._periods.setExclusive(True)
        self._show_range()

    def _show_range(self) -> None:
        locale = QLocale()
        for end, day in (("from", self._first), ("to", self._last)):
            self.end_dates[end].setText(locale.toString(QDate(day), "d MMM yyyy"))
        days = (self._last - self._first).days + 1
        self.range_label.setText(self.tr("Days: %1").replace("%1", str(days)))

    def exporting(self) -> bool:
        return self._tasks.busy("export")

    def _show_exporting(self) -> None:
        busy = self.exporting()
        self.go_button.setEnabled(not busy)
        self.go_button.setText(self.tr("Exporting…") if busy else self.tr("Export") + "  ›")

    def run_export(self) -> None:
        """Write the file on a worker; the result shows when it is written."""
        if self.exporting():
            return
        folder = self.folder()
        if folder is None:
            self._show_result(
                False,
                self.tr(
                    "Choose a folder first (plug in a USB stick and tap the button below the list)."
                ),
            )
            return
        first, last = self._first, self._last
        format, language = self.chosen(self.formats), self.chosen(self.languages)
        self._result = None
        self.result.clear()
        self._tasks.run(
            lambda: self._export(first, last, format, folder, language),
            self._exported,
            lambda error: self._failed(error, folder),
            name="export",
        )
        self._show_exporting()

    def _exported(self, written: Path) -> None:
        self._show_exporting()
        self._show_result(True, str(written))
        self.exported.emit(written)

    def _failed(self, error: Exception, folder: Path) -> None:
        self._show_exporting()
        if isinstance(error, ValidationError):
            self._show_result(False, named(field_label(error.field), refusal_text(error)))
        elif isinstance(error, OSError):
            self._show_result(
                False,
                self.tr("The file could not be written to %1: %2")
                .replace("%1", str(folder))
                .replace("%2", error.strerror or str(error)),
            )
        else:
            raise error  # a bug: the crash hook logs it and recovers

    def _show_result(self, ok: bool, text: str) -> None:
        self._result = (ok, text)
        self.result.say(ok, self.tr("Saved to %1").replace("%1", text) if ok else text)
