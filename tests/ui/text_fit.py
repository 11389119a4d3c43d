"""Whether each label and button on screen has room for its whole text.

Measured with the widget's own font (the style sheet's, once polished) against the room
inside its margins: a label's contents rectangle, a button's contents as the style sheet
style lays them out (border and padding taken off).
"""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QStyle, QStyleOptionButton, QWidget

SLACK = 1  # pixels of rounding between measuring and drawing


def _label_clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or text.lstrip().startswith("<"):
        return None
    metrics = QFontMetrics(label.font())
    margin = label.margin()
    room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    if label.wordWrap():
        needed = metrics.boundingRect(
            QRect(0, 0, room.width(), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        height = needed.height() - metrics.descent()  # the last line's descent may go
    else:
        needed = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, text)
        # The ink, not the line: tall scripts' fonts reserve more than their letters use.
        height = max(metrics.tightBoundingRect(line).height() for line in text.split("\n"))
    if needed.width() > room.width() + SLACK or height > room.height() + SLACK:
        return f"{needed.width()}×{height} in {room.width()}×{room.height()}"
    return None


def _button_clipped(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    room = button.style().subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    width = room.width()
    if not button.icon().isNull():
        width -= button.iconSize().width() + 4
    metrics = QFontMetrics(button.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if needed > width + SLACK:
        return f"{needed} in {width}"
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label or button under `root` whose text does not fit, described."""
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and (why := _label_clipped(label)):
            found.append(f"label {label.objectName()!r} {label.text()!r}: {why}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and (why := _button_clipped(button)):
            found.append(f"button {button.objectName()!r} {button.text()!r}: {why}")
    return found
