"""Step 3, nationality: the frequent ones as big buttons, then a search list.

The frequent buttons keep their places all day (kiosk.store.desk_registrations), "Unknown"
and "Stateless" always have buttons of their own, and every party starts with the list at
its top and the search empty.
"""

import unicodedata
from collections.abc import Sequence
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.countries import STATELESS, UNKNOWN, nationalities
from kiosk.ui.buttons import CHECK_MARK, ActionButton, ToggleButton
from kiosk.ui.interface_language import volunteer_locale
from kiosk.ui.labels import nationality_name
from kiosk.ui.step_screen import StepScreen
from kiosk.ui.touch import MIN_TARGET, make_kinetic

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
FREQUENT_COLUMNS = 2


def folded(text: str) -> str:
    """Lower case without accents, so that "cote" finds "Côte d'Ivoire"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class NationalityScreen(StepScreen):
    nationality_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("nationality", 3, parent)
        self._frequent: list[str] = []
        self._chosen: str | None = None
        self._items: dict[str, QListWidgetItem] = {}  # the list's rows by nationality code
        self._marked: QListWidgetItem | None = None  # the row showing ✓
        self.frequent_buttons: list[ToggleButton] = []

        self.frequent_heading = QLabel()
        self.frequent_heading.setProperty("role", "section")
        self._frequent_grid = QGridLayout()
        self._frequent_grid.setSpacing(12)
        self.permanent_buttons: dict[str, ToggleButton] = {}
        permanent_row = QHBoxLayout()
        permanent_row.setSpacing(12)
        for code in (UNKNOWN, STATELESS):
            button = ToggleButton(f"nationality-{code}", min_height=76)
            button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
            permanent_row.addWidget(button)
            self.permanent_buttons[code] = button
        frequent_column = QVBoxLayout()
        frequent_column.addWidget(self.frequent_heading)
        frequent_column.addLayout(self._frequent_grid)
        frequent_column.addSpacing(12)
        frequent_column.addLayout(permanent_row)
        frequent_column.addStretch(1)

        self.all_heading = QLabel()
        self.all_heading.setProperty("role", "section")
        self.search = QLineEdit()
        self.search.setObjectName("nationality-search")
        self.search.textChanged.connect(self._filter)
        self.clear_button = ActionButton("nationality-clear", "quiet", min_height=MIN_TARGET + 8)
        self.clear_button.clicked.connect(self.clear_search)
        search_row = QHBoxLayout()
        search_row.setSpacing(10)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        self.list = QListWidget()
        self.list.setObjectName("nationality-list")
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(self._item_tapped)
        make_kinetic(self.list)
        self.no_match = QLabel()
        self.no_match.setObjectName("nationality-no-match")
        self.no_match.setProperty("role", "muted")
        self.no_match.hide()
        all_column = QVBoxLayout()
        all_column.addWidget(self.all_heading)
        all_column.addLayout(search_row)
        all_column.addWidget(self.no_match)
        all_column.addWidget(self.list, 1)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(frequent_column, 1)
        columns.addLayout(all_column, 1)
        self.body.addLayout(columns)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Nationality"))
        self.frequent_heading.setText(self.tr("Frequent this week"))
        self.all_heading.setText(self.tr("All nationalities"))
        self.search.setPlaceholderText(self.tr("Search: name or code"))
        self.search.setAccessibleName(self.tr("Search a nationality"))
        self.list.setAccessibleName(self.all_heading.text())
        self.no_match.setText(self.tr("No nationality matches. Try fewer letters."))
        self.clear_button.setText("✕  " + self.tr("Clear"))
        for code, button in self.permanent_buttons.items():
            button.set_label(nationality_name(code))
        self._fill_list()
        self.show_frequent(self._frequent)

    def show_frequent(self, codes: Sequence[str]) -> None:
        """The frequent buttons, in the order given (Unknown and Stateless have their own).
        The same list again keeps the same buttons: nothing moves under a finger."""
        wanted = [code for code in codes if code not in self.permanent_buttons]
        if wanted != self._frequent or len(self.frequent_buttons) != len(wanted):
            self._frequent = wanted
            for button in self.frequent_buttons:
                self._frequent_grid.removeWidget(button)
                button.deleteLater()
            self.frequent_buttons = []
            for index, code in enumerate(self._frequent):
                button = ToggleButton(f"frequent-{code}", min_height=76)
                button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
                self._frequent_grid.addWidget(
                    button, index // FREQUENT_COLUMNS, index % FREQUENT_COLUMNS
                )
                button.show()
                self.frequent_buttons.append(button)
        for code, button in zip(self._frequent, self.frequent_buttons, strict=True):
            button.set_label(nationality_name(code))
            button.setChecked(code == self._chosen)

    def show_chosen(self, code: str | None) -> None:
        self._chosen = code
        self.next_button.setEnabled(code is not None)
        for button in self.frequent_buttons:
            button.setChecked(button.objectName() == f"frequent-{code}")
        for each, button in self.permanent_buttons.items():
            button.setChecked(each == code)
        self.list.clearSelection()
        # Only the row that had the ✓ and the row that gets it change: not every row of the
        # list, twice for each party.
        item = self._items.get(code) if code is not None else None
        if self._marked is not None and self._marked is not item:
            self._marked.setText(str(self._marked.data(NAME_ROLE)))
        self._marked = item
        if item is not None:
            item.setText(f"{CHECK_MARK} {item.data(NAME_ROLE)}")
            item.setSelected(True)
            self.list.scrollToItem(item)

    def clear_search(self) -> None:
        self.search.clear()

    def reset(self) -> None:
        """A new party: nothing chosen, the search empty, the list at its top."""
        self.show_chosen(None)
        self.clear_search()
        self.list.scrollToTop()

    def _fill_list(self) -> None:
        locale = volunteer_locale()
        collator = QCollator(QLocale(locale))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        entries = [(n.code, nationality_name(n.code), n.english_name) for n in nationalities()]
        by_name = cmp_to_key(collator.compare)
        entries.sort(key=lambda e: by_name(e[1]))
        self._marked = None
        self._items = {}
        self.list.clear()
        for code, name, english in entries:
            item = QListWidgetItem(name)
            self._items[code] = item
            item.setData(CODE_ROLE, code)
            item.setData(NAME_ROLE, name)
            item.setData(SEARCH_ROLE, " ".join(folded(t) for t in (name, english, code)))
            self.list.addItem(item)
        self.show_chosen(self._chosen)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        query = folded(text.strip())
        self.clear_button.setEnabled(bool(text))
        shown = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(query) and query not in str(item.data(SEARCH_ROLE))
            item.setHidden(hidden)
            shown += not hidden
        self.no_match.setVisible(shown == 0)

    def _item_tapped(self, item: QListWidgetItem) -> None:
        self._choose(str(item.data(CODE_ROLE)))

    def _choose(self, code: str) -> None:
        self.nationality_chosen.emit(code)
