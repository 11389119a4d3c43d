"""Step 2, the party: who arrived together, by sex and age band (never by name)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.codes import AgeBand, Sex
from kiosk.core.registration import MAX_PARTY, Person
from kiosk.ui.buttons import ActionButton, ToggleButton
from kiosk.ui.labels import age_band_label, sex_label
from kiosk.ui.step_screen import StepScreen
from kiosk.ui.touch import make_kinetic


class PartyScreen(StepScreen):
    add_person = Signal()
    person_tapped = Signal(int)
    age_band_chosen = Signal(AgeBand)
    sex_chosen = Signal(Sex)
    remove_person = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("party", 2, parent)
        self._people: list[Person] = []
        self._selected = 0
        self.person_buttons: list[ToggleButton] = []

        self.count_label = QLabel()
        self.count_label.setObjectName("party-count")
        self.count_label.setProperty("role", "section")
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 12, 0)
        self._list_layout.setSpacing(10)
        self._list_layout.addStretch(1)
        self._people_group = QButtonGroup(self)
        self._people_group.setExclusive(True)
        self.people_area = QScrollArea()
        self.people_area.setObjectName("party-people")
        self.people_area.setWidgetResizable(True)
        self.people_area.setWidget(self._list)
        self.people_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        make_kinetic(self.people_area)
        self.add_button = ActionButton("party-add", "secondary")
        self.add_button.clicked.connect(self.add_person)
        people_column = QVBoxLayout()
        people_column.addWidget(self.count_label)
        people_column.addWidget(self.people_area, 1)
        people_column.addWidget(self.add_button)

        self.editor_title = QLabel()
        self.editor_title.setObjectName("party-editor-title")
        self.editor_title.setProperty("role", "section")
        self.age_heading = QLabel()
        self.age_heading.setProperty("role", "muted")
        self.sex_heading = QLabel()
        self.sex_heading.setProperty("role", "muted")
        self.age_buttons: dict[AgeBand, ToggleButton] = {}
        self.sex_buttons: dict[Sex, ToggleButton] = {}
        age_grid = QGridLayout()
        age_grid.setSpacing(10)
        age_group = QButtonGroup(self)
        for index, band in enumerate(AgeBand):
            button = ToggleButton(f"age-{band.value}")
            button.clicked.connect(lambda _checked=False, b=band: self.age_band_chosen.emit(b))
            age_group.addButton(button)
            age_grid.addWidget(button, index // 3, index % 3)
            self.age_buttons[band] = button
        sex_grid = QGridLayout()
        sex_grid.setSpacing(10)
        sex_group = QButtonGroup(self)
        for index, sex in enumerate(Sex):
            button = ToggleButton(f"sex-{sex.value}")
            button.clicked.connect(lambda _checked=False, s=sex: self.sex_chosen.emit(s))
            sex_group.addButton(button)
            sex_grid.addWidget(button, index // 2, index % 2)
            self.sex_buttons[sex] = button
        self.remove_button = ActionButton("party-remove", "quiet")
        self.remove_button.clicked.connect(self.remove_person)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)

        editor = QFrame()
        editor.setProperty("role", "card")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(24, 18, 24, 18)
        editor_layout.setSpacing(10)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addWidget(self.age_heading)
        editor_layout.addLayout(age_grid)
        editor_layout.addSpacing(6)
        editor_layout.addWidget(self.sex_heading)
        editor_layout.addLayout(sex_grid)
        editor_layout.addStretch(1)
        editor_layout.addLayout(remove_row)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        # The editor gets the room: three age bands a row must fit in longer languages.
        columns.addLayout(people_column, 3)
        columns.addWidget(editor, 5)
        self.body.addLayout(columns)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Who arrived together?"))
        self.age_heading.setText(self.tr("Age"))
        self.sex_heading.setText(self.tr("Sex"))
        self.remove_button.setText(self.tr("Remove this person"))
        for band, button in self.age_buttons.items():
            button.set_label(age_band_label(band))
        for sex, button in self.sex_buttons.items():
            button.set_label(sex_label(sex))
        self.show_people(self._people, self._selected)

    def show_people(self, people: Sequence[Person], selected: int) -> None:
        """Show the party with person number `selected` (from 0) open in the editor."""
        self._people = list(people)
        self._selected = selected
        while len(self.person_buttons) < len(self._people):
            index = len(self.person_buttons)
            button = ToggleButton(f"person-{index + 1}", min_height=84)
            button.setProperty("role", "person")
            button.clicked.connect(lambda _checked=False, i=index: self.person_tapped.emit(i))
            self._people_group.addButton(button)
            self._list_layout.insertWidget(index, button)
            button.show()  # now, not on the next turn of the event loop
            self.person_buttons.append(button)
        while len(self.person_buttons) > len(self._people):
            button = self.person_buttons.pop()
            self._people_group.removeButton(button)
            button.deleteLater()
        for index, (person, button) in enumerate(
            zip(self._people, self.person_buttons, strict=True)
        ):
            button.set_label(
                self.tr("Person %1").replace("%1", str(index + 1))
                + f"\n{sex_label(person.sex)} · {age_band_label(person.age_band)}"
            )
            button.setChecked(index == selected)
        n = len(self._people)
        self.count_label.setText(self.tr("People in this party: %1").replace("%1", str(n)))
        self.add_button.setEnabled(n < MAX_PARTY)
        self.add_button.setText(
            "+  " + self.tr("Add a person")
            if n < MAX_PARTY
            else self.tr("A party has at most %1 people").replace("%1", str(MAX_PARTY))
        )
        self.remove_button.setEnabled(n > 1)
        if self._people:
            person = self._people[selected]
            self.editor_title.setText(self.tr("Person %1").replace("%1", str(selected + 1)))
            self.age_buttons[person.age_band].setChecked(True)
            self.sex_buttons[person.sex].setChecked(True)
            self.people_area.ensureWidgetVisible(self.person_buttons[selected])
