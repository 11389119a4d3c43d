"""The coordinator's dashboard: today in figures and by hour, the last 30 days, and people
by language, nationality and age band (today or the last 30 days), with numbers beside
every bar."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.codes import AgeBand
from kiosk.core.period_totals import Dashboard
from kiosk.ui.buttons import ActionButton, ToggleButton
from kiosk.ui.coordinator.charts import BarChart, ColumnChart
from kiosk.ui.coordinator.scrolling import kinetic_page
from kiosk.ui.labels import age_band_label, language_name, nationality_name
from kiosk.ui.retranslating import Retranslating
from kiosk.ui.tasks import Tasks
from kiosk.ui.touch import MIN_TARGET
from kiosk.ui.wrapping_row import WrappingRow

FIGURES = (
    "people",
    "parties",
    "children",
    "unaccompanied_minors",
    "shelter_tonight",  # people in today's parties flagged "needs shelter" or referred there
    "meals_served",
    "sheets_printed",
)
FIGURES_PER_LINE_NARROW = 4  # when the seven do not fit one line: four, then three
FIRST_HOUR, LAST_HOUR = 6, 20  # always shown; hours outside show when someone came then


def card(title: QLabel, *content: QWidget) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 12, 18, 12)
    layout.setSpacing(6)
    title.setProperty("role", "section")
    title.setWordWrap(True)  # a long title in large type takes two lines, not the card's width
    layout.addWidget(title)
    for widget in content:
        layout.addWidget(widget, 1)
    return frame


class DashboardScreen(Retranslating, QWidget):
    export_requested = Signal()
    settings_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()  # leave kiosk mode: close the kiosk (only from behind the PIN)
    parties_requested = Signal()  # today's parties: void, reprint
    day_closed = Signal()

    def __init__(
        self,
        load: Callable[[], Dashboard],
        close_day: Callable[[], Any],
        parent: QWidget | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        """`load` gives the dashboard's numbers (the desk's dashboard), `close_day` closes
        today (the desk's close_day; it runs on a worker of `tasks`)."""
        super().__init__(parent)
        self.setObjectName("screen")
        self._load = load
        self._close_day = close_day
        self._tasks = tasks if tasks is not None else Tasks(self)
        self._data: Dashboard | None = None
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.date_label = QLabel()
        self.date_label.setProperty("role", "muted")
        self.status = QLabel()
        self.status.setObjectName("dashboard-status")
        self.status.setProperty("role", "hint")
        self.close_button = ActionButton("dashboard-close-day", "secondary")
        self.export_button = ActionButton("dashboard-export", "primary")
        self.settings_button = ActionButton("dashboard-settings", "secondary")
        self.lock_button = ActionButton("dashboard-lock", "secondary")
        self.quit_button = ActionButton("dashboard-quit", "quiet")
        self.quit_button.clicked.connect(self.quit_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        self.close_button.clicked.connect(self._ask_close)
        self.parties_button = ActionButton("dashboard-parties", "secondary")
        self.parties_button.clicked.connect(self.parties_requested)
        heading = QWidget()
        heading.setObjectName("dashboard-heading")
        heading_lines = QVBoxLayout(heading)
        heading_lines.setContentsMargins(0, 0, 0, 0)
        heading_lines.setSpacing(0)
        heading_lines.addWidget(self.title)
        heading_lines.addWidget(self.date_label)
        buttons: list[QWidget] = [
            self.parties_button,
            self.close_button,
            self.export_button,
            self.settings_button,
            self.lock_button,
            self.quit_button,
        ]
        for button in buttons:
            button.setMinimumHeight(64)
        # Title and date on the left, the buttons on the right; on a second line (or more)
        # when a long date, large type or a long translation leaves them too little room.
        self.header = WrappingRow(heading, buttons)

        self.confirm = QFrame()
        self.confirm.setObjectName("close-day-confirm")
        self.confirm.setProperty("role", "card")
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_yes = ActionButton("close-day-yes", "primary", min_height=MIN_TARGET + 8)
        self.confirm_no = ActionButton("close-day-no", "secondary", min_height=MIN_TARGET + 8)
        self.confirm_yes.clicked.connect(self._close)
        self.confirm_no.clicked.connect(self.confirm.hide)
        confirm_row = QHBoxLayout(self.confirm)
        confirm_row.setContentsMargins(18, 10, 18, 10)
        confirm_row.addWidget(self.confirm_text, 1)
        confirm_row.addWidget(self.confirm_no)
        confirm_row.addWidget(self.confirm_yes)
        self.confirm.hide()

        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        self._figure_columns: dict[str, QWidget] = {}
        figures = QFrame()
        figures.setProperty("role", "card")
        self.figure_grid = QGridLayout(figures)
        self.figure_grid.setContentsMargins(18, 8, 18, 8)
        self.figure_grid.setVerticalSpacing(12)
        for name in FIGURES:
            value, caption = QLabel("–"), QLabel()
            value.setObjectName(f"figure-{name}")
            value.setProperty("role", "figure")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setProperty("role", "figure-name")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            column = QWidget()
            lines = QVBoxLayout(column)
            lines.setContentsMargins(0, 0, 0, 0)
            lines.setSpacing(0)
            lines.addWidget(value)
            lines.addWidget(caption)
            lines.addStretch(1)
            self._figure_columns[name] = column
            self.figures[name] = (value, caption)

        self.by_hour = ColumnChart("chart-by-hour")
        self.per_day = ColumnChart("chart-per-day")
        self.hour_title, self.days_title = QLabel(), QLabel()
        self.middle = QGridLayout()
        self.middle.setSpacing(12)
        self._middle_cards = [
            card(self.hour_title, self.by_hour), card(self.days_title, self.per_day)
        ]

        self.breakdown_title = QLabel()
        self.breakdown_title.setProperty("role", "section")
        self.show_today = ToggleButton("breakdowns-today", min_height=MIN_TARGET)
        self.show_month = ToggleButton("breakdowns-30-days", min_height=MIN_TARGET)
        for toggle in (self.show_today, self.show_month):
            toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            toggle.setMinimumWidth(180)
        self._period = QButtonGroup(self)
        self._period.setExclusive(True)
        self._period.addButton(self.show_today)
        self._period.addButton(self.show_month)
        self.show_today.setChecked(True)
        self._period.buttonToggled.connect(lambda *_: self._show_breakdowns())
        # The toggles under their title when both do not fit beside it.
        switch = WrappingRow(self.breakdown_title, [self.show_today, self.show_month])
        self.by_language = BarChart("chart-by-language", rows=6)
        self.by_nationality = BarChart("chart-by-nationality", rows=6)
        self.by_age = BarChart("chart-by-age-band", rows=6)
        self.language_title, self.nationality_title, self.age_title = QLabel(), QLabel(), QLabel()
        self.bottom = QGridLayout()
        self.bottom.setSpacing(12)
        self._bottom_cards = [
            card(self.language_title, self.by_language),
            card(self.nationality_title, self.by_nationality),
            card(self.age_title, self.by_age),
        ]
        self._arrangement: tuple[int, bool] | None = None
        self._arrange(FIGURES_PER_LINE_NARROW, portrait=False)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(12)
        body.addWidget(figures)
        body.addLayout(self.middle, 1)
        body.addLayout(switch)
        body.addLayout(self.bottom, 1)
        self.scroller = kinetic_page(content, "dashboard-scroll")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(self.header)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm)
        layout.addWidget(self.scroller, 1)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._fit()

    def _fit(self) -> None:
        """The seven figures on one line when they fit it, else four and three; on an
        upright screen the charts one under the other (the page scrolls), else side by
        side."""
        room = self.scroller.viewport().width() - 8 - 36  # the page's margin, the card's
        spacing = self.figure_grid.horizontalSpacing()
        widths = [
            max(value.minimumSizeHint().width(), caption.minimumSizeHint().width())
            for value, caption in self.figures.values()
        ]
        one_line = sum(widths) + spacing * (len(widths) - 1) <= room
        columns = len(FIGURES) if one_line else FIGURES_PER_LINE_NARROW
        self._arrange(columns, portrait=self.height() > self.width())

    def _arrange(self, columns: int, portrait: bool) -> None:
        if self._arrangement == (columns, portrait):
            return
        self._arrangement = (columns, portrait)
        for index, name in enumerate(FIGURES):
            column = self._figure_columns[name]
            self.figure_grid.removeWidget(column)
            self.figure_grid.addWidget(column, index // columns, index % columns)
        for number in range(self.figure_grid.columnCount()):
            self.figure_grid.setColumnStretch(number, 1 if number < columns else 0)
        for grid, cards in ((self.middle, self._middle_cards), (self.bottom, self._bottom_cards)):
            for index, frame in enumerate(cards):
                grid.removeWidget(frame)
                grid.addWidget(frame, index if portrait else 0, 0 if portrait else index)
            for number in range(max(grid.columnCount(), len(cards))):
                grid.setColumnStretch(number, 1 if number == 0 or not portrait else 0)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.close_button.setText(self.tr("Close the day"))
        self.parties_button.setText(self.tr("Today's parties"))
        self.export_button.setText(self.tr("Export"))
        self.settings_button.setText(self.tr("Settings"))
        self.lock_button.setText(self.tr("Lock"))
        self.quit_button.setText(self.tr("Close kiosk"))
        self.confirm_text.setText(
            self.tr(
                "Close today? Its counts are frozen, and its per-person rows are deleted after "
                "the retention time. Arrivals after closing are still counted."
            )
        )
        self.confirm_yes.setText(self.tr("Close the day"))
        self.confirm_no.setText(self.tr("Cancel"))
        captions = {
            "people": self.tr("people"),
            "parties": self.tr("parties"),
            "children": self.tr("children"),
            "unaccompanied_minors": self.tr("unaccompanied minors"),
            "shelter_tonight": self.tr("need shelter tonight"),
            "meals_served": self.tr("meals served"),
            "sheets_printed": self.tr("sheets printed"),
        }
        for name, (_, caption) in self.figures.items():
            caption.setText(captions[name])
        self.hour_title.setText(self.tr("Today by hour (people)"))
        self.days_title.setText(self.tr("People per day, last 30 days"))
        self.breakdown_title.setText(self.tr("People by"))
        self.show_today.set_label(self.tr("Today"))
        self.show_month.set_label(self.tr("Last 30 days"))
        self.language_title.setText(self.tr("Language of the sheet"))
        self.nationality_title.setText(self.tr("Nationality"))
        self.age_title.setText(self.tr("Age band"))
        if self._data is not None:
            self._show(self._data)

    def refresh(self) -> None:
        self._data = self._load()
        self._show(self._data)

    def data(self) -> Dashboard | None:
        return self._data

    def _show(self, data: Dashboard) -> None:
        locale = QLocale()
        today = data.today
        self.date_label.setText(locale.toString(QDate(today.day), QLocale.FormatType.LongFormat))
        values = today.to_json()
        shelter = data.shelter_tonight
        values["shelter_tonight"] = shelter.people
        for name, (value, _) in self.figures.items():
            value.setText(locale.toString(int(values[name])))
        self.figures["shelter_tonight"][0].setAccessibleDescription(
            self.tr("people in %1 parties flagged \"needs shelter\" or referred to a shelter")
            .replace("%1", locale.toString(shelter.parties))
        )
        hours = [h for h in range(24) if FIRST_HOUR <= h <= LAST_HOUR or data.people_by_hour[h]]
        self.by_hour.set_columns(
            [(f"{h}", data.people_by_hour[h]) for h in hours],
            label_every=2,
            empty_text=self.tr("Nobody registered yet today."),
        )
        self.per_day.set_columns(
            [(locale.toString(QDate(c.day), "d MMM"), c.people) for c in data.last_days],
            label_every=5,
            highlight_last=True,
            empty_text=self.tr("Nobody in the last 30 days."),
        )
        self.status.setText(
            "✓ " + self.tr("Today is closed. Its counts are frozen.") if data.today_closed else ""
        )
        self.status.setVisible(data.today_closed)
        self._show_breakdowns()

    def _show_breakdowns(self) -> None:
        data = self._data
        if data is None:
            return
        if self.show_today.isChecked():
            source = data.today.to_json()
            empty = self.tr("Nobody yet today.")
        else:
            source = {
                name: data.period.breakdowns.get(name, {})
                for name in ("by_language", "by_nationality", "by_age_band")
            }
            empty = self.tr("Nobody in the last 30 days.")

        def ranked(cells: dict[str, int]) -> list[tuple[str, int]]:
            return sorted(((c, n) for c, n in cells.items() if n), key=lambda p: (-p[1], p[0]))

        self.by_language.set_rows(
            [(language_name(c), n) for c, n in ranked(source["by_language"])], empty
        )
        self.by_nationality.set_rows(
            [(nationality_name(c), n) for c, n in ranked(source["by_nationality"])], empty
        )
        ages = source["by_age_band"]
        self.by_age.set_rows(
            [
                (age_band_label(band), ages.get(band.value, 0))
                for band in AgeBand
                if ages.get(band.value, 0)
            ],
            empty,
        )

    def _ask_close(self) -> None:
        self.confirm.show()

    def _close(self) -> None:
        """Close the day on a worker (it freezes the counts and builds the day's packet);
        the button waits meanwhile."""
        self.confirm.hide()
        if self._tasks.run(self._close_day, self._closed, self._close_failed, name="close-day"):
            self.close_button.setEnabled(False)

    def _closed(self, _summary: object) -> None:
        self.close_button.setEnabled(True)
        self.refresh()
        self.day_closed.emit()

    def _close_failed(self, error: Exception) -> None:
        self.close_button.setEnabled(True)
        raise error  # as before: the crash hook logs it and the kiosk recovers
