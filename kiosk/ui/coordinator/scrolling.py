"""Flicking a page that holds buttons and fields.

kiosk.ui.touch makes any scroll area kinetic; QScroller then holds a press back for a
moment to see whether it becomes a flick. On a page of buttons that delay swallows quick
taps, so here a press goes through at once and a drag still scrolls.
"""

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

from kiosk.ui.touch import make_kinetic


def make_page_kinetic(area: QAbstractScrollArea) -> None:
    make_kinetic(area)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
