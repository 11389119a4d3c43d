"""Step 2, the party: who arrived together, counted by age band and sex (never by name).

A grid of counters, children above and adults below: each cell is − count +, so a family
of five is a few taps. A new party starts as one adult whose sex is not said.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.core.codes import CHILD_BANDS, AgeBand, Sex
from kiosk.core.registration import MAX_PARTY, Person
from kiosk.ui.buttons import ActionButton
from kiosk.ui.labels import age_band_label, person_label
from kiosk.ui.step_screen import StepScreen

MINUS, PLUS = "−", "+"  # signs, the same in every language
COUNTER_SIDE = 52  # px, each − and + (a finger, with room between them) on the smallest screen
BIGGEST_COUNTER_SIDE = 96  # px, on a big screen: the counters grow with the room, up to this
SEX_COLUMNS = (Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN)
CHILD_ROWS = tuple(band for band in AgeBand if band in CHILD_BANDS)
ADULT_ROWS = tuple(band for band in AgeBand if band not in CHILD_BANDS)


class Counter(QWidget):
    """− count + for one sex in one age band."""

    def __init__(self, sex: Sex, band: AgeBand, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sex = sex
        self.band = band
        name = f"count-{sex.value}-{band.value}"
        self.minus = ActionButton(f"{name}-remove", "secondary", min_height=COUNTER_SIDE)
        self.plus = ActionButton(f"{name}-add", "secondary", min_height=COUNTER_SIDE)
        for button in (self.minus, self.plus):
            button.setMinimumWidth(COUNTER_SIDE)
        self.minus.setText(MINUS)
        self.plus.setText(PLUS)
        # − is only there when there is someone to take away; its place stays, so nothing
        # moves when it comes (and 28 fewer buttons to paint on a new party's screen).
        keep_place = self.minus.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.minus.setSizePolicy(keep_place)
        self.minus.setVisible(False)
        self.count = QLabel("0")
        self.count.setObjectName(name)
        self.count.setProperty("role", "section")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setMinimumWidth(36)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addStretch(1)  # centred under its column's heading when the cell is wider
        row.addWidget(self.minus)
        row.addWidget(self.count)
        row.addWidget(self.plus)
        row.addStretch(1)

    def set_size(self, width: int, height: int) -> None:
        for button in (self.minus, self.plus):
            button.grow_to(width, height)

    def show_count(self, n: int, full: bool) -> None:
        self.count.setText(str(n))
        self.minus.setEnabled(n > 0)
        self.minus.setVisible(n > 0)
        self.plus.setEnabled(not full)


class PartyScreen(StepScreen):
    add_person = Signal(Sex, AgeBand)
    remove_person = Signal(Sex, AgeBand)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("party", 2, parent)
        self._people: list[Person] = []
        self.counters: dict[tuple[Sex, AgeBand], Counter] = {}
        self.row_labels: dict[AgeBand, QLabel] = {}
        self.column_labels: dict[tuple[str, Sex], QLabel] = {}
        self.section_headings: dict[str, QLabel] = {}

        self.count_label = QLabel()
        self.count_label.setObjectName("party-count")
        self.count_label.setProperty("role", "section")
        self.summary = QLabel()
        self.summary.setObjectName("party-summary")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        row = 0
        for section, bands in (("children", CHILD_ROWS), ("adults", ADULT_ROWS)):
            heading = QLabel()
            heading.setProperty("role", "section")
            grid.addWidget(heading, row, 0)
            self.section_headings[section] = heading
            for column, sex in enumerate(SEX_COLUMNS, start=1):
                label = QLabel()
                label.setProperty("role", "muted")
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setObjectName(f"party-{section}-{sex.value}")
                grid.addWidget(label, row, column)
                self.column_labels[(section, sex)] = label
            row += 1
            for band in bands:
                band_label = QLabel()
                band_label.setObjectName(f"party-band-{band.value}")
                grid.addWidget(band_label, row, 0)
                self.row_labels[band] = band_label
                for column, sex in enumerate(SEX_COLUMNS, start=1):
                    counter = Counter(sex, band)
                    counter.plus.clicked.connect(
                        lambda _checked=False, s=sex, b=band: self.add_person.emit(s, b)
                    )
                    counter.minus.clicked.connect(
                        lambda _checked=False, s=sex, b=band: self.remove_person.emit(s, b)
                    )
                    grid.addWidget(counter, row, column)
                    self.counters[(sex, band)] = counter
                row += 1
        for column in range(1, len(SEX_COLUMNS) + 1):
            grid.setColumnStretch(column, 1)  # the counters share the width, not an empty edge

        counts = QHBoxLayout()
        counts.setSpacing(24)
        counts.addWidget(self.count_label)
        counts.addWidget(self.summary, 1)
        self.body.addLayout(counts)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_counters(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _fit_counters(self, width: int, height: int) -> None:
        """Counters as big as the screen allows: 1024×768 keeps the smallest side, a big or
        upright screen gets bigger targets instead of empty space (8 grid rows share the
        height left by the title, the totals and the footer; 4 counters and the band names
        share the width)."""
        by_height = int((height - 330) / 8.5)
        by_width = (width - 300) // 11
        tall = max(COUNTER_SIDE, min(BIGGEST_COUNTER_SIDE, by_height))
        wide = max(COUNTER_SIDE, min(tall, by_width))  # upright screens: taller than wide
        for counter in self.counters.values():
            counter.set_size(wide, tall)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Who arrived together?"))
        self.section_headings["children"].setText(self.tr("Children"))
        self.section_headings["adults"].setText(self.tr("Adults"))
        for (section, sex), label in self.column_labels.items():
            label.setText(self.column_label(sex, section == "children"))
        for band, label in self.row_labels.items():
            label.setText(age_band_label(band))
        for (sex, band), counter in self.counters.items():
            what = person_label(sex, band)
            where = age_band_label(band)
            counter.plus.setAccessibleName(
                self.tr("One more: %1, %2").replace("%1", what).replace("%2", where)
            )
            counter.minus.setAccessibleName(
                self.tr("One fewer: %1, %2").replace("%1", what).replace("%2", where)
            )
        self.show_people(self._people)

    def column_label(self, sex: Sex, children: bool) -> str:
        """Girls and boys among the children, women and men among the adults."""
        if sex is Sex.FEMALE:
            return self.tr("Girls") if children else self.tr("Women")
        if sex is Sex.MALE:
            return self.tr("Boys") if children else self.tr("Men")
        if sex is Sex.OTHER:
            return self.tr("Other")
        return self.tr("Sex not said")

    def people(self) -> list[Person]:
        return list(self._people)

    def show_people(self, people: Sequence[Person]) -> None:
        """Show the party's counts: every person is in the grid."""
        self._people = list(people)
        n = len(self._people)
        full = n >= MAX_PARTY
        for (sex, band), counter in self.counters.items():
            counter.show_count(self._people.count(Person(sex, band)), full)
        children = sum(person.is_child for person in self._people)
        self.count_label.setText(self.tr("People in this party: %1").replace("%1", str(n)))
        if full:
            summary = self.tr("A party has at most %1 people").replace("%1", str(MAX_PARTY))
        elif n == 0:
            summary = self.tr("Tap + for each person.")
        else:
            summary = (
                self.tr("Adults: %1 · Children: %2")
                .replace("%1", str(n - children))
                .replace("%2", str(children))
            )
        self.summary.setText(summary)
        self.next_button.setEnabled(n > 0)
