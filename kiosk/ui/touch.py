"""Made for a finger: target sizes and kinetic scrolling for every list."""

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller

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
