"""Whether each label and button on screen has room for its whole text, is shown whole by
the screen around it, and is drawn over by no other.

Measured with the widget's own font (the style sheet's, once polished) against the room
inside its margins: a label's contents rectangle, a button's contents as the style sheet
style lays them out (border and padding taken off).
"""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

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


# Controls whose place on screen is checked: what a volunteer reads or taps.
PLACED_KINDS: tuple[type[QWidget], ...] = (
    QLabel, QAbstractButton, QLineEdit, QAbstractItemView, QComboBox,
)
OVERLAP_SLACK = 2  # pixels two neighbours may share (a border drawn on the line between)


def _is_scroll_viewport(widget: QWidget) -> bool:
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _shows_something(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        pixmap = widget.pixmap()
        return bool(widget.text()) or (pixmap is not None and not pixmap.isNull())
    return True


def _placed_controls(root: QWidget) -> list[QWidget]:
    """The visible controls under `root` that show something, without those inside another
    control (the labels of a language tile are the tile's own)."""
    found: list[QWidget] = []
    for kind in PLACED_KINDS:
        found += [w for w in root.findChildren(kind) if w.isVisible() and _shows_something(w)]
    chosen = set(found)

    def inside_another(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if parent in chosen or isinstance(parent, QAbstractItemView):
                return True
            parent = parent.parentWidget()
        return False

    return [w for w in found if not inside_another(w)]


def _box(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _shown(widget: QWidget, root: QWidget) -> QRect:
    """The part of the widget (in `root`'s coordinates) that its ancestors show."""
    shown = _box(widget, root)
    ancestor = widget.parentWidget()
    while ancestor is not None:
        shown = shown.intersected(_box(ancestor, root))
        if ancestor is root:
            break
        ancestor = ancestor.parentWidget()
    return shown


def _cut(widget: QWidget, root: QWidget) -> str | None:
    """How much of the widget its ancestors cut off, if they do: sideways anything; up and
    down only what the page around it cannot scroll to (a scroll area's viewport shows all
    of its page, a scroll away, as long as the viewport itself is shown whole)."""
    whole = _box(widget, root)
    left, right = whole.left(), whole.right()
    top, bottom = whole.top(), whole.bottom()
    needed = whole.height()
    ancestor = widget.parentWidget()
    while ancestor is not None:
        box = _box(ancestor, root)
        left, right = max(left, box.left()), min(right, box.right())
        if _is_scroll_viewport(ancestor):
            if bottom - top + 1 < needed - SLACK:  # cut inside the page
                break
            top, bottom, needed = box.top(), box.bottom(), box.height()
        else:
            top, bottom = max(top, box.top()), min(bottom, box.bottom())
        if ancestor is root:
            break
        ancestor = ancestor.parentWidget()
    width, height = max(0, right - left + 1), max(0, bottom - top + 1)
    if width < whole.width() - SLACK or height < needed - SLACK:
        return f"{width} of {whole.width()} wide, {height} of {needed} high shown"
    return None


def cut_off(root: QWidget) -> list[str]:
    """Every visible control under `root` that its parents (the screen, a card, the window)
    do not show whole; a page that scrolls up and down may hide what is a scroll away."""
    found = []
    for widget in _placed_controls(root):
        if why := _cut(widget, root):
            name = f"{type(widget).__name__} {widget.objectName()!r} {_text(widget)!r}"
            found.append(f"{name}: {why}")
    return found


def overlapping(root: QWidget) -> list[str]:
    """Every pair of visible controls under `root` drawn over each other (where shown)."""
    placed = []
    for widget in _placed_controls(root):
        shown = _shown(widget, root)
        if not shown.isEmpty():
            placed.append((widget, shown))
    found = []
    for i, (one, first) in enumerate(placed):
        for other, second in placed[i + 1 :]:
            common = first.intersected(second)
            if common.width() > OVERLAP_SLACK and common.height() > OVERLAP_SLACK:
                if one.isAncestorOf(other) or other.isAncestorOf(one):
                    continue
                found.append(
                    f"{type(one).__name__} {one.objectName()!r} {_text(one)!r} over "
                    f"{type(other).__name__} {other.objectName()!r} {_text(other)!r}: "
                    f"{common.width()}×{common.height()}"
                )
    return found


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else widget.accessibleName()
    return str(shown)[:40]
