"""Made for a finger: target sizes, kinetic scrolling for every list, no context menus."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScroller,
    QWidget,
)

MIN_TARGET = 48  # px, the smallest thing anybody has to hit
BIG_TARGET = 72  # px, the buttons that move a registration on


def make_kinetic(area: QAbstractScrollArea) -> None:
    """Flick to scroll.

    Qt allows one scroller gesture per widget. The left-mouse gesture serves both a mouse
    and a finger, because Qt turns touches into mouse events for widgets that do not take
    touch events themselves.
    """
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)


def is_kinetic(area: QAbstractScrollArea) -> bool:
    return QScroller.hasScroller(area.viewport())


def without_context_menu(field: QWidget) -> None:
    """A long press or a right click on a field opens nothing (Qt's own menu is English
    Undo/Cut/Paste, of no use on a kiosk); the line edit inside a combo or spin box too."""
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    inner = field.lineEdit() if isinstance(field, QComboBox | QAbstractSpinBox) else None
    if inner is not None:
        inner.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
