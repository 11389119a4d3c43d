"""Big buttons for a finger. A chosen toggle shows a ✓ and a thick border, not only colour."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from kiosk.ui.touch import BIG_TARGET, MIN_TARGET

CHECK_MARK = "✓"
LABEL_PADDING = 22  # the stylesheet's horizontal padding and border of a toggle


class ActionButton(QPushButton):
    """A plain tap target; `role` picks its look in the stylesheet (primary, secondary, quiet)."""

    def __init__(
        self,
        object_name: str,
        role: str = "secondary",
        parent: QWidget | None = None,
        min_height: int = BIG_TARGET,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", role)
        self._side = max(MIN_TARGET, min_height)
        self._grown = QSize(0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(False)

    def minimumSizeHint(self) -> QSize:
        return at_least(super().minimumSizeHint(), self._side)

    def sizeHint(self) -> QSize:
        hint = at_least(super().sizeHint(), self._side)
        grown = self._grown
        return QSize(max(hint.width(), grown.width()), max(hint.height(), grown.height()))

    def grow_to(self, width: int, height: int) -> None:
        """Prefer this size where the screen has room; the layout may still squeeze the
        button back to a finger's size (its minimum), so growing never makes the window
        bigger than its screen."""
        grown = QSize(width, height)
        if grown != self._grown:
            self._grown = grown
            policy = self.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
            self.setSizePolicy(policy)
            self.updateGeometry()


def at_least(hint: QSize, side: int) -> QSize:
    """A touch target's size: never under `side` (a finger), never under its text (a hint, not
    an explicit minimum size, so that a crowded layout cannot squeeze it below its text)."""
    return QSize(max(hint.width(), side), max(hint.height(), side))


class ToggleButton(QPushButton):
    """A big on/off button; when on, its text starts with ✓ and its border thickens."""

    def __init__(
        self, object_name: str, parent: QWidget | None = None, min_height: int = BIG_TARGET
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("role", "toggle")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self._side = max(MIN_TARGET, min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._label = ""
        self.toggled.connect(self._show_state)

    def label(self) -> str:
        return self._label

    def set_label(self, text: str) -> None:
        self._label = text
        self._show_state(self.isChecked())
        self.updateGeometry()

    def _chosen_width(self) -> int:
        """Room for the chosen look (bold, with ✓), asked in both states so choosing never
        clips; measured with the font the stylesheet gives the button."""
        bold = QFont(self.font())
        bold.setBold(True)
        text = f"{CHECK_MARK} {self._label}"
        return QFontMetrics(bold).horizontalAdvance(text) + 2 * LABEL_PADDING

    def minimumSizeHint(self) -> QSize:
        hint = at_least(super().minimumSizeHint(), self._side)
        return QSize(max(hint.width(), self._chosen_width()), hint.height())

    def sizeHint(self) -> QSize:
        hint = at_least(super().sizeHint(), self._side)
        return QSize(max(hint.width(), self._chosen_width()), hint.height())

    def _show_state(self, checked: bool) -> None:
        self.setText(f"{CHECK_MARK} {self._label}" if checked else self._label)
        self.setAccessibleName(self._label)
