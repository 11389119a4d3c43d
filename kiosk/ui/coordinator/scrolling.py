"""Flicking a page that holds buttons and fields.

kiosk.ui.touch makes any scroll area kinetic; QScroller then holds a press back for a
moment to see whether it becomes a flick. On a page of buttons that delay swallows quick
taps, so here a press goes through at once and a drag still scrolls.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QWidget,
)

from kiosk.ui.touch import make_kinetic


def make_page_kinetic(area: QAbstractScrollArea) -> None:
    make_kinetic(area)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)


def kinetic_page(content: QWidget, object_name: str) -> QScrollArea:
    """`content` in a scroll area that follows the finger up and down (never sideways) and
    is as wide as the area: a page that scrolls only when it needs more room than it has."""
    area = QScrollArea()
    area.setObjectName(object_name)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    make_page_kinetic(area)
    return area
