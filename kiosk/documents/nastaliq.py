"""Urdu in Nastaliq on paper, and its right text for whoever reads the PDF.

Noto Nastaliq Urdu draws a letter as a dotless base plus separate dot glyphs, and one base
glyph stands for several letters (beh, teh, noon, yeh... share it): a glyph cannot map back
to its letter, so the text Qt's PDF engine gives each glyph (/ToUnicode) comes out wrong.
So in a PDF the Nastaliq glyphs stand for no text (kiosk/documents/text_layer.py maps them
to spaces, which readers skip), and every run of Urdu drawn in Nastaliq gets an invisible
copy set in Naskh (transparent ink) on the same baseline, stretched to the run's width: a
search, a copy-paste, a screen reader or `pdftotext` read that copy, which extracts like the
Arabic, Dari and Pashto sheets. Images and printers get no copy (nothing reads them).

`draw_text_copies` does it for a laid-out QTextDocument (the sheet), `draw_line` for one
line of text in a rectangle (the sheet's footer, the tickets).
"""

import threading
import unicodedata
from collections.abc import Iterator
from functools import cache
from weakref import WeakKeyDictionary

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from kiosk.documents.fonts import NASTALIQ, families_for
from kiosk.paths import resources_dir

_INVISIBLE = QColor(0, 0, 0, 0)
_KEPT = 2048  # copies and lines kept per thread: a few languages' sheets


# One invisible copy, ready to draw: (its laid-out Naskh, the ink's left, its width, its
# ascent; where it goes: left, right, baseline)
_Copy = tuple[QTextLayout, float, float, float, float, float, float]


class _Kept(threading.local):
    """What the last sheets' copies took to find and lay out, per thread (a QTextLayout is
    not shared between threads). Every sheet of a language repeats its body's lines, so
    the second sheet draws their copies from here, not from the layout again.

    runs: {(a line's text and place, its fragments' fonts): its copies, as
    (start, end, right-to-left?, left, right, font index)};
    copies: {(text, font, direction, dpi): (laid-out Naskh copy, its left, its ascent)};
    plans: {document: {(the part shown, the document's revision, dpi): its copies, ready to
    draw}}, for as long as the document lives;
    lines: {(text, font, direction, width, dpi): a line drawn by `draw_line`, laid out}."""

    def __init__(self) -> None:
        self.runs: dict[tuple[object, ...], list[tuple[int, int, bool, float, float, int]]] = {}
        self.copies: dict[tuple[object, ...], tuple[QTextLayout, float, float, float]] = {}
        self.lines: dict[tuple[object, ...], tuple[QTextLayout, QTextLine, QRectF, QRectF]] = {}
        self.plans: WeakKeyDictionary[QTextDocument, dict[tuple[object, ...], list[_Copy]]] = (
            WeakKeyDictionary()
        )


_kept = _Kept()


@cache
def _nastaliq() -> QRawFont:
    return QRawFont(str(resources_dir() / "fonts" / "NotoNastaliqUrdu-Regular.ttf"), 12)


@cache  # asked for every character of every Urdu line: a few hundred characters in all
def in_nastaliq(character: str) -> bool:
    """Whether Qt draws the character in Nastaliq when Nastaliq is the first family (Qt
    falls back per character), or it is an invisible format character (an isolate)."""
    return _nastaliq().supportsCharacter(ord(character)) or (
        unicodedata.category(character) == "Cf"
    )


def wants_copy(painter: QPainter) -> bool:
    """Only a PDF has a text layer to complete."""
    return isinstance(painter.device(), QPdfWriter)


def nastaliq_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Runs [a, b) of text[start:end] drawn in Nastaliq, without spaces or format
    characters at either end."""
    index = start
    while index < end:
        if not in_nastaliq(text[index]):
            index += 1
            continue
        first = index
        while index < end and in_nastaliq(text[index]):
            index += 1
        a, b = first, index
        while a < b and _blank(text[a]):
            a += 1
        while b > a and _blank(text[b - 1]):
            b -= 1
        if a < b:
            yield a, b


def _blank(character: str) -> bool:
    return character.isspace() or unicodedata.category(character) == "Cf"


def drawn_runs(
    line: QTextLine, text: str, a: int, b: int
) -> Iterator[tuple[int, int, bool, float, float]]:
    """text[a:b] as Qt's layout of `line` draws it: split where the direction changes, each
    part (start, end, right-to-left?, left x, right x), without blanks at either end. The
    direction of every character is the one Qt's bidi algorithm gave its glyphs (a bracket
    beside Latin, a lone slash), the x extent that of the glyphs' advances.

    Qt gives one direction to all the glyphs of a run (its bidi level), so when every run of
    text[a:b] goes one way, so does every character: one part, asked of Qt once, not once
    per character (most runs are words of one direction)."""
    whole = line.glyphRuns(a, b - a) if a < b else []
    if not whole:
        return
    if len({run.isRightToLeft() for run in whole}) == 1:
        part = _span(line, text, a, b, whole)
        if part is not None:
            yield part[0], part[1], whole[0].isRightToLeft(), part[2], part[3]
        return
    directions: list[bool | None] = []
    for index in range(a, b):
        runs = line.glyphRuns(index, 1)
        directions.append(runs[0].isRightToLeft() if runs else None)
    known = [d for d in directions if d is not None]
    if not known:
        return
    last = known[0]
    for number, direction in enumerate(directions):  # a character without glyphs of its own
        if direction is None:  # goes with the one before it
            directions[number] = last
        else:
            last = direction
    first = a
    for index in range(a + 1, b + 1):
        if index < b and directions[index - a] == directions[first - a]:
            continue
        part = _span(line, text, first, index)
        if part is not None:
            yield part[0], part[1], bool(directions[first - a]), part[2], part[3]
        first = index


def _span(
    line: QTextLine, text: str, a: int, b: int, runs: list[QGlyphRun] | None = None
) -> tuple[int, int, float, float] | None:
    """`runs`: Qt's glyph runs of text[a:b], when already asked for."""
    trimmed = a, b
    while a < b and _blank(text[a]):
        a += 1
    while b > a and _blank(text[b - 1]):
        b -= 1
    if runs is None or (a, b) != trimmed:
        runs = line.glyphRuns(a, b - a) if a < b else []
    boxes = [run.boundingRect() for run in runs]
    if not boxes:
        return None
    return a, b, min(box.left() for box in boxes), max(box.right() for box in boxes)


def copy_font(font: QFont) -> QFont:
    """The Naskh font of the invisible copy of text set in `font`."""
    copy = QFont(font)
    copy.setFamilies(families_for("Arabic"))
    copy.setBold(False)  # read, never seen: one Naskh font in the PDF, not two
    return copy


def draw_copy(
    painter: QPainter,
    text: str,
    font: QFont,
    rtl: bool,
    left: float,
    right: float,
    baseline: float,
    device: QPaintDevice | None,
) -> None:
    """`text` in invisible Naskh between `left` and `right` on `baseline`."""
    layout, natural_left, width, ascent = _copy_of(text, font, rtl, device)
    if width <= 0 or right <= left:
        return
    painter.save()
    painter.setPen(_INVISIBLE)
    painter.translate(left, baseline)
    painter.scale((right - left) / width, 1.0)
    layout.draw(painter, QPointF(-natural_left, -ascent))
    painter.restore()


def _copy_of(
    text: str, font: QFont, rtl: bool, device: QPaintDevice | None
) -> tuple[QTextLayout, float, float, float]:
    """The Naskh copy of `text` laid out, kept (`_kept.copies`)."""
    dpi = device.logicalDpiY() if device is not None else 0
    key = (text, font.key(), font.pixelSize(), font.pointSizeF(), rtl, dpi)
    found = _kept.copies.get(key)
    if found is None:
        found = _laid_out_copy(text, font, rtl, device)
        if len(_kept.copies) >= _KEPT:
            _kept.copies.clear()
        _kept.copies[key] = found
    return found


def _one_line(
    text: str, font: QFont, rtl: bool, width: float, device: QPaintDevice | None
) -> tuple[QTextLayout, QTextLine]:
    """`text` laid out on one unwrapped line `width` wide, in `font` at the device's
    resolution."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    return layout, line


def _laid_out_copy(
    text: str, font: QFont, rtl: bool, device: QPaintDevice | None
) -> tuple[QTextLayout, float, float, float]:
    """The Naskh copy of `text` laid out on one line: (layout, its ink's left, its width,
    the line's top to baseline)."""
    layout, line = _one_line(text, copy_font(font), rtl, 1e6, device)
    natural = line.naturalTextRect()
    return layout, natural.left(), natural.width(), line.y() + line.ascent()


def _nastaliq_fragments(block: QTextBlock) -> Iterator[tuple[int, int, QFont]]:
    """(start, end, font) of the block's fragments set in Nastaliq, in block positions."""
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            families = fmt.fontFamilies()
            if isinstance(families, list) and families and families[0] == NASTALIQ:
                start = fragment.position() - block.position()
                yield start, start + fragment.length(), fmt.font()
        it += 1


def _in_nastaliq_font(fmt: QTextFormat) -> bool:
    families = fmt.toCharFormat().fontFamilies() if fmt.isCharFormat() else None
    return isinstance(families, list) and bool(families) and families[0] == NASTALIQ


def _has_nastaliq(document: QTextDocument) -> bool:
    """Whether any of the document's character formats is set in Nastaliq: the few formats
    tell it faster than walking every fragment of every block (most sheets have none)."""
    return any(_in_nastaliq_font(fmt) for fmt in document.allFormats())


def draw_text_copies(painter: QPainter, document: QTextDocument, shown: QRectF) -> None:
    """The invisible Naskh copy of every Nastaliq run of the document's lines in `shown`
    (document coordinates, the painter's too), clipped to it as the document is. What a
    document's page needs is found once and kept with the document (a kept sheet is
    painted again and again, `sheet.lay_out_sheet`)."""
    if not (wants_copy(painter) and _has_nastaliq(document)):
        return
    device = document.documentLayout().paintDevice()
    dpi = device.logicalDpiY() if device is not None else 0
    key = (shown.x(), shown.y(), shown.width(), shown.height(), document.revision(), dpi)
    plans = _kept.plans.setdefault(document, {})
    copies = plans.get(key)
    if copies is None:
        copies = list(_page_copies(document, shown, device))
        plans[key] = copies
    painter.save()
    painter.setClipRect(shown, Qt.ClipOperation.IntersectClip)
    painter.setPen(_INVISIBLE)
    for layout, natural_left, width, ascent, left, right, baseline in copies:
        painter.save()
        painter.translate(left, baseline)
        painter.scale((right - left) / width, 1.0)
        layout.draw(painter, QPointF(-natural_left, -ascent))
        painter.restore()
    painter.restore()


def _page_copies(
    document: QTextDocument, shown: QRectF, device: QPaintDevice | None
) -> Iterator[_Copy]:
    layout_of = document.documentLayout()
    block = document.begin()
    while block.isValid():
        fragments = list(_nastaliq_fragments(block))
        box = layout_of.blockBoundingRect(block) if fragments else QRectF()
        if fragments and box.intersects(shown):
            yield from _copy_block(block, fragments, box.topLeft(), shown, device)
        block = block.next()


def _copy_block(
    block: QTextBlock,
    fragments: list[tuple[int, int, QFont]],
    origin: QPointF,
    shown: QRectF,
    device: QPaintDevice | None,
) -> Iterator[_Copy]:
    text = block.text()
    layout = block.layout()
    fonts = tuple((first, last, font.key()) for first, last, font in fragments)
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        top = origin.y() + line.y()
        if top > shown.bottom() or top + line.height() < shown.top():
            continue
        baseline = top + line.ascent()
        start, length = line.textStart(), line.textLength()
        key = (text, start, length, line.x(), line.width(), layout.textOption().alignment(), fonts)
        copies = _kept.runs.get(key)
        if copies is None:
            copies = list(_line_copies(line, text, fragments))
            if len(_kept.runs) >= _KEPT:
                _kept.runs.clear()
            _kept.runs[key] = copies
        for a, b, rtl, left, right, index in copies:
            if right <= left:
                continue
            copy, natural_left, width, ascent = _copy_of(
                text[a:b], fragments[index][2], rtl, device
            )
            if width > 0:
                yield (
                    copy,
                    natural_left,
                    width,
                    ascent,
                    origin.x() + left,
                    origin.x() + right,
                    baseline,
                )


def _line_copies(
    line: QTextLine, text: str, fragments: list[tuple[int, int, QFont]]
) -> Iterator[tuple[int, int, bool, float, float, int]]:
    """The copies one line of a block needs: (start, end, right-to-left?, left, right, the
    index of its fragment in `fragments`)."""
    start, end = line.textStart(), line.textStart() + line.textLength()
    for index, (first, last, _font) in enumerate(fragments):
        for run_start, run_end in nastaliq_runs(text, max(start, first), min(end, last)):
            for a, b, rtl, left, right in drawn_runs(line, text, run_start, run_end):
                yield a, b, rtl, left, right, index


def _laid_out_line(
    text: str, font: QFont, rtl: bool, width: float, device: QPaintDevice
) -> tuple[QTextLayout, QTextLine, QRectF, QRectF]:
    """One line of Nastaliq laid out `width` wide for the device's resolution: (layout, its
    line, the line's natural rectangle, the text's ink), kept per thread (a ticket's lines
    are the same on every ticket of a language)."""
    key = (
        text,
        font.key(),
        font.pixelSize(),
        font.pointSizeF(),
        rtl,
        width,
        device.logicalDpiX(),
        device.logicalDpiY(),
    )
    found = _kept.lines.get(key)
    if found is None:
        layout, line = _one_line(text, font, rtl, width, device)
        ink = QFontMetricsF(font, device).tightBoundingRect(text)
        found = (layout, line, line.naturalTextRect(), ink)
        if len(_kept.lines) >= _KEPT:
            _kept.lines.clear()
        _kept.lines[key] = found
    return found


def draw_line(
    painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str, rtl: bool
) -> None:
    """`painter.drawText(rect, flags, text)` for one line in the painter's font, and in a
    PDF the invisible copy of its Nastaliq runs. Horizontal alignment as `flags` say (left,
    right or centre), vertically centred."""
    font = painter.font()
    families = font.families()
    if not (families and families[0] == NASTALIQ):
        painter.drawText(rect, flags, text)
        return
    # Nastaliq is laid out here on every device: `drawText(rect, flags, ...)` lost the dots
    # of bold Nastaliq (آپ کا نمبر on a ticket came out dotless) where a layout keeps them
    device = painter.device()
    layout, line, natural, ink = _laid_out_line(text, font, rtl, rect.width(), device)
    if flags & Qt.AlignmentFlag.AlignHCenter:
        x = rect.left() + (rect.width() - natural.width()) / 2 - natural.left()
    elif flags & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - natural.right()
    else:
        x = rect.left() - natural.left()
    # the ink centred, not the line box: Nastaliq's box (2.5 em) is far taller than its
    # letters, and centring it put the dots below a line's letters into the next line
    baseline = rect.top() + (rect.height() - ink.height()) / 2 - ink.top()
    layout.draw(painter, QPointF(x, baseline - line.ascent()))
    if not wants_copy(painter):
        return
    for run_start, run_end in nastaliq_runs(text, 0, len(text)):
        for a, b, direction, left, right in drawn_runs(line, text, run_start, run_end):
            draw_copy(painter, text[a:b], font, direction, x + left, x + right, baseline, device)
