"""The frequent nationalities a coordinator pins, picked from the list of countries.

Tapping a country pins it (in the order tapped) or unpins it; "Automatic" empties the pin, and
the desk's last seven days choose again. No codes are typed: the search only finds.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from kiosk.core.countries import STATELESS, UNKNOWN, nationalities
from kiosk.core.settings import MAX_PINNED, Setting
from kiosk.ui.buttons import CHECK_MARK, ActionButton
from kiosk.ui.coordinator.settings_screen import SettingRow
from kiosk.ui.labels import nationality_name
from kiosk.ui.nationality_screen import CODE_ROLE, SEARCH_ROLE, folded
from kiosk.ui.touch import MIN_TARGET, make_kinetic

LIST_HEIGHT = 280


class NationalityPinRow(SettingRow):
    """A SettingRow whose value is picked: `typed()` gives the codes as the setting reads them."""

    def __init__(self, setting: Setting) -> None:
        super().__init__(setting)
        assert self.edit is not None
        self.edit.hide()  # the stored text, kept for the row's own bookkeeping; never typed
        self._pinned: list[str] = []
        self.chosen = QLabel()
        self.chosen.setObjectName("pin-nationalities-chosen")
        self.chosen.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("pin-nationalities-search")
        self.search.setMinimumHeight(MIN_TARGET + 8)
        self.search.textChanged.connect(self._filter)
        self.automatic = ActionButton("pin-nationalities-automatic", "secondary",
                                      min_height=MIN_TARGET + 8)
        self.automatic.clicked.connect(self.clear)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.automatic)
        self.list = QListWidget()
        self.list.setObjectName("pin-nationalities-list")
        self.list.setFixedHeight(LIST_HEIGHT)
        self.list.itemClicked.connect(self._tapped)
        make_kinetic(self.list)
        for nationality in nationalities():
            if nationality.code not in (STATELESS, UNKNOWN):
                item = QListWidgetItem()
                item.setData(CODE_ROLE, nationality.code)
                self.list.addItem(item)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        index = layout.indexOf(self.edit)
        layout.insertWidget(index + 1, self.chosen)
        layout.insertLayout(index + 2, search_row)
        layout.insertWidget(index + 3, self.list)

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Search: name or code"))
        self.search.setAccessibleName(self.tr("Search a nationality"))
        self.list.setAccessibleName(self.caption.text())
        self.automatic.setText(self.tr("Automatic"))
        self._show()

    def show_value(self, text: str) -> None:
        super().show_value(text)
        self._pinned = [code.strip() for code in text.split(",") if code.strip()]
        self._show()

    def typed(self) -> str:
        return ", ".join(self._pinned)

    def pinned(self) -> list[str]:
        return list(self._pinned)

    def clear(self) -> None:
        self._pinned = []
        self._show()

    def _tapped(self, item: QListWidgetItem) -> None:
        code = str(item.data(CODE_ROLE))
        if code in self._pinned:
            self._pinned.remove(code)
        elif len(self._pinned) < MAX_PINNED:
            self._pinned.append(code)
        self._show()

    def _show(self) -> None:
        names = [nationality_name(code) for code in self._pinned]
        if names:
            self.chosen.setText(
                self.tr("Pinned (%1 of %2): %3")
                .replace("%1", str(len(names)))
                .replace("%2", str(MAX_PINNED))
                .replace("%3", ", ".join(names))
            )
        else:
            self.chosen.setText(
                self.tr("Automatic: the most frequent of the last 7 days. Tap countries to pin.")
            )
        full = len(self._pinned) >= MAX_PINNED
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = str(item.data(CODE_ROLE))
            name = nationality_name(code)
            item.setText(f"{CHECK_MARK} {name}" if code in self._pinned else name)
            item.setData(SEARCH_ROLE, folded(f"{name} {code}"))
            enabled = code in self._pinned or not full
            flags = item.flags()
            item.setFlags(
                flags | Qt.ItemFlag.ItemIsEnabled
                if enabled
                else flags & ~Qt.ItemFlag.ItemIsEnabled
            )
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        query = folded(text.strip())
        for row in range(self.list.count()):
            item = self.list.item(row)
            searched = str(item.data(SEARCH_ROLE))
            item.setHidden(bool(query) and query not in searched)
