"""The sheet's text formats: fonts, sizes and line heights per script (Urdu's Nastaliq has
its own), paragraph and table formats, images; and lengths in millimetres on paper, whatever
the device (a QTextDocument's lengths are screen pixels, scaled by the device's DPI).

Formats are kept per arguments (a sheet asks for the same few a hundred times) and handed
out as copies, since callers change theirs.
"""

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from kiosk.core.languages import Language
from kiosk.documents.fonts import NASTALIQ, families_for
from kiosk.documents.page import A4

INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#b9b9b9")
LINE_ARABIC, LINE_ETHIOPIC, LINE_OTHER = 82, 88, 88
LINE_GEORGIAN = 84
LINE_NASTALIQ, LINE_NASTALIQ_ROOMY = 62, 100
HEADING_GAP_MM = 1.2  # below a topic's heading
PARAGRAPH_GAP_MM = 1.2  # below each paragraph of the body, when the sheet has room
RULE_CLEARANCE_MM = 1.0  # and more above a topic's rule
SECOND_MIN = 8.0  # the official column's smallest size, in points (`sheet.FITS`)


def char_format(
    lang: Language, size: float, bold: bool = False, color: QColor = INK, numerals: bool = False
) -> QTextCharFormat:
    """`numerals`: a number or an address (the number of the day, the key numbers) in Noto
    Sans, whatever the language: the addresses' letters are Latin, so their digits match
    them, and a right-to-left sheet embeds no bold Naskh or Nastaliq for its digits alone.
    A copy of the one kept for these arguments: a sheet asks for the same few a hundred
    times."""
    return QTextCharFormat(_kept_char(lang, size, bold, color.rgba(), numerals))


@lru_cache(maxsize=256)
def _kept_char(
    lang: Language, size: float, bold: bool, rgba: int, numerals: bool
) -> QTextCharFormat:
    color = QColor.fromRgba(rgba)
    fmt = QTextCharFormat()
    families = families_for("Latin") if numerals else families_for(lang.script, lang.code)
    fmt.setFontFamilies(families)
    # Arabic and Ethiopic script need a little more size to read as easily as Latin;
    # Nastaliq's letters are large for their size already
    scale = {"Arabic": 1.06, "Ethiopic": 1.08}.get(lang.script, 1.0)
    if families[0] == NASTALIQ:
        scale = 1.0
    fmt.setFontPointSize(size * scale)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setForeground(QBrush(color))
    return fmt


def block_format(
    lang: Language,
    space_after: float = 4,
    space_before: float = 0,
    inset: float = 0,
    *,
    numerals: bool = False,
    roomy: bool = False,
) -> QTextBlockFormat:
    """`roomy`: a line of the header, where lines of other languages stand right below.
    A copy of the one kept for these arguments (callers change theirs)."""
    return QTextBlockFormat(_kept_block(lang, space_after, space_before, inset, numerals, roomy))


@lru_cache(maxsize=256)
def _kept_block(
    lang: Language,
    space_after: float,
    space_before: float,
    inset: float,
    numerals: bool,
    roomy: bool,
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLeftMargin(inset)  # a block's margins are in the device's pixels, not scaled
    fmt.setRightMargin(inset)
    direction = Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight
    fmt.setLayoutDirection(direction)
    side = Qt.AlignmentFlag.AlignRight if lang.rtl else Qt.AlignmentFlag.AlignLeft
    fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    fmt.setBottomMargin(space_after)
    fmt.setTopMargin(space_before)
    # the fonts' own line spacing is ample (Noto Sans 1.36 em, the Naskh's and Ethiopic's
    # more): a little less of it for the scripts whose fonts are set larger (`char_format`)
    tight = {"Arabic": LINE_ARABIC, "Ethiopic": LINE_ETHIOPIC, "Georgian": LINE_GEORGIAN}.get(
        "Latin" if numerals else lang.script, LINE_OTHER
    )
    if families_for(lang.script, "" if numerals else lang.code)[0] == NASTALIQ:
        # Nastaliq's line box is 2.5 em (Naskh's 1.7): between lines of Urdu its ink needs
        # less; above a line of Latin (the header's Dutch) it needs all of it
        tight = LINE_NASTALIQ_ROOMY if roomy else LINE_NASTALIQ
    fmt.setLineHeight(tight, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def write(
    cursor: QTextCursor,
    lang: Language,
    text: str,
    size: float,
    *,
    bold: bool = False,
    color: QColor = INK,
    first: bool = False,
    space_after: float = 4,
    space_before: float = 0,
    inset: float = 0,
    numerals: bool = False,
    roomy: bool = False,
) -> None:
    block = block_format(lang, space_after, space_before, inset, numerals=numerals, roomy=roomy)
    char = char_format(lang, size, bold, color, numerals)
    if first:
        cursor.setBlockFormat(block)
        cursor.setBlockCharFormat(char)
    else:
        cursor.insertBlock(block, char)
    cursor.insertText(text, char)


def table_format(widths: list[float], rtl: bool, border_mm: float = 0) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
    )
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setCellPadding(px(1.6))
    fmt.setCellSpacing(0)
    fmt.setBorder(px(border_mm))
    fmt.setBorderBrush(QBrush(RULE))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return fmt


def cell_format(top_rule_mm: float = 0) -> QTextTableCellFormat:
    """A heading's cell: the topic's rule above it, no space above, a little below, some
    beside."""
    fmt = QTextTableCellFormat()
    fmt.setTopPadding(0)
    fmt.setBottomPadding(px(HEADING_GAP_MM))
    fmt.setLeftPadding(px(1.2))
    fmt.setRightPadding(px(1.2))
    if top_rule_mm:
        fmt.setTopBorder(px(top_rule_mm))
        fmt.setTopBorderBrush(QBrush(INK))
        fmt.setTopBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    return fmt


def pad_below(table: QTextTable, row: int, column: int, mm: float) -> None:
    """`mm` more room below a cell (set once its text is in: a cell's format is its first
    block's character format, which `write(first=True)` replaces)."""
    cell = table.cellAt(row, column)
    fmt = cell.format().toTableCellFormat()
    below = QTextFormat.Property.TableCellBottomPadding
    padding = fmt.bottomPadding() if fmt.hasProperty(below) else table.format().cellPadding()
    fmt.setBottomPadding(padding + px(mm))
    cell.setFormat(fmt)


_screen_dpi: list[float] = []  # the primary screen's logical DPI, read once on the GUI thread


def note_screen_dpi(dpi: float | None = None) -> float:
    """Read the screen's logical DPI now, on the GUI thread (QScreen belongs to it), for the
    sheets the print worker lays out later on its own thread; or take `dpi`, read on the
    kiosk's GUI thread, in a process that has no screen of its own (the render process)."""
    if not _screen_dpi:
        if dpi is None:
            screen = QGuiApplication.primaryScreen()
            dpi = screen.logicalDotsPerInchX() if screen else 96.0
        _screen_dpi.append(dpi)
    return _screen_dpi[0]


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def px(mm: float) -> float:
    """Lengths in a QTextDocument's formats are in screen pixels, scaled by the device's DPI
    over the screen's when painted; this gives `mm` on paper whatever the device. Off the
    GUI thread the screen is never asked: the DPI noted on the GUI thread is used."""
    if _screen_dpi:
        return A4.px(mm, _screen_dpi[0])
    return A4.px(mm, note_screen_dpi() if _on_gui_thread() else 96.0)
