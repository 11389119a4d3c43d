"""The A4 information sheet: the arrival's language beside Dutch or French, seven topics."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QThread, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableFormat,
)

from kiosk.core.languages import Language, language
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.sheet_sentences import printed_paragraphs
from kiosk.core.sheet_text import fill
from kiosk.documents.fonts import families_for, load_fonts
from kiosk.documents.page import (
    A4,
    Footer,
    new_document,
    page_layout,
    paint_document,
    paint_page,
    pdf_writer,
)
from kiosk.documents.qr import qr_image
from kiosk.documents.texts import SheetTexts, sheet_texts

INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#b9b9b9")
QR_MM = 30  # decodes from a phone at arm's length and from a 203 dpi print


@dataclass(frozen=True, slots=True)
class SheetRequest:
    language: str
    site_name: str
    info: PrintedInfo
    number: int | None = None  # the party's number of the day, when printed at the desk
    day: date | None = None


@dataclass(frozen=True, slots=True)
class _Column:
    lang: Language
    texts: SheetTexts


def _char(lang: Language, size: float, bold: bool = False, color: QColor = INK) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(families_for(lang.script))
    # Arabic and Ethiopic script need a little more size to read as easily as Latin
    scale = 1.12 if lang.script in ("Arabic", "Ethiopic") else 1.0
    fmt.setFontPointSize(size * scale)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setForeground(QBrush(color))
    return fmt


def _block(lang: Language, space_after: float = 4, space_before: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    direction = Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight
    fmt.setLayoutDirection(direction)
    side = Qt.AlignmentFlag.AlignRight if lang.rtl else Qt.AlignmentFlag.AlignLeft
    fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    fmt.setBottomMargin(space_after)
    fmt.setTopMargin(space_before)
    fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _write(
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
) -> None:
    block = _block(lang, space_after, space_before)
    if first:
        cursor.setBlockFormat(block)
        cursor.setBlockCharFormat(_char(lang, size, bold, color))
    else:
        cursor.insertBlock(block, _char(lang, size, bold, color))
    cursor.insertText(text, _char(lang, size, bold, color))


def _table(widths: list[float], rtl: bool, border_mm: float = 0) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
    )
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setCellPadding(_px(1.6))
    fmt.setCellSpacing(0)
    fmt.setBorder(_px(border_mm))
    fmt.setBorderBrush(QBrush(RULE))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return fmt


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


def _px(mm: float) -> float:
    """Lengths in a QTextDocument's formats are in screen pixels, scaled by the device's DPI
    over the screen's when painted; this gives `mm` on paper whatever the device. Off the
    GUI thread the screen is never asked: the DPI noted on the GUI thread is used."""
    if _screen_dpi:
        return A4.px(mm, _screen_dpi[0])
    return A4.px(mm, note_screen_dpi() if _on_gui_thread() else 96.0)


def build_sheet(request: SheetRequest, device: QPaintDevice) -> QTextDocument:
    """The whole sheet as a QTextDocument laid out for `device` (no page furniture)."""
    load_fonts()
    arrival = _Column(language(request.language), sheet_texts(request.language))
    official_code = request.info.official_language
    columns = [arrival]
    if official_code != request.language:
        columns.append(_Column(language(official_code), sheet_texts(official_code)))
    rtl = arrival.lang.rtl

    document = new_document(device, A4)
    default = QFont()
    default.setFamilies(families_for("Latin"))
    document.setDefaultFont(default)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout at the end, not one per insertion

    # Header: titles on one side, the QR code to the online information on the other.
    # Qt lays table columns out left to right whatever the direction, so for a right-to-left
    # reader the columns are put in mirrored order: their own language on the right.
    def place(index: int, count: int) -> int:
        return count - 1 - index if rtl else index

    header = cursor.insertTable(1, 2, _table([26, 74] if rtl else [74, 26], rtl))
    cell = header.cellAt(0, place(0, 2)).firstCursorPosition()
    first = True
    if request.number is not None:
        _write(
            cell, arrival.lang, f"{request.number:03d}", 30, bold=True, first=True, space_after=2
        )
        first = False
    for index, column in enumerate(columns):
        title_size = 19 if index == 0 else 13
        color = INK if index == 0 else MUTED
        _write(
            cell,
            column.lang,
            column.texts.title,
            title_size,
            bold=True,
            color=color,
            first=first,
            space_after=3,
        )
        first = False
    _write(cell, arrival.lang, request.site_name, 9, color=MUTED, space_before=2)
    for column in columns:
        if not column.texts.fully_reviewed:
            _write(cell, column.lang, column.texts.not_reviewed_notice, 7.5, color=MUTED)

    url = request.info.url_for(request.language)
    qr_name = f"qr://{request.language}"
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(qr_name), qr_image(url))
    qr_cell = header.cellAt(0, place(1, 2)).firstCursorPosition()
    qr_block = QTextBlockFormat()
    qr_block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    qr_cell.setBlockFormat(qr_block)
    image = QTextImageFormat()
    image.setName(qr_name)
    image.setWidth(_px(QR_MM))
    image.setHeight(_px(QR_MM))
    qr_cell.insertImage(image)
    caption = _block(arrival.lang, 0)
    caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    qr_cell.insertBlock(caption, _char(arrival.lang, 8, color=MUTED))
    caption_text = arrival.texts.qr_caption_for(request.info.link_language(request.language))
    qr_cell.insertText(caption_text, _char(arrival.lang, 8, color=MUTED))
    qr_cell.insertBlock(caption, _char(arrival.lang, 6.5, color=MUTED))
    qr_cell.insertText(url, _char(language("en"), 6.5, color=MUTED))

    cursor.movePosition(QTextCursor.MoveOperation.End)
    # The body: one row per topic, the arrival's language first (on the right for RTL).
    widths: list[float] = [55.0, 45.0] if len(columns) == 2 else [100.0]
    if rtl:
        widths.reverse()
    body = cursor.insertTable(1 + len(arrival.texts.topics), len(columns), _table(widths, rtl, 0.3))
    for index, column in enumerate(columns):
        secondary = index > 0
        size = 9.2 if secondary else 10.2
        color = MUTED if secondary else INK
        column_at = place(index, len(columns))
        values = request.info.placeholders(column.texts.day_names())
        cell = body.cellAt(0, column_at).firstCursorPosition()
        # the column's label: its language's own name
        _write(cell, column.lang, column.lang.endonym, 8, bold=True, color=MUTED, first=True)
        _write(cell, column.lang, fill(column.texts.intro, values), size, color=color)
        for row, topic in enumerate(column.texts.topics, start=1):
            cell = body.cellAt(row, column_at).firstCursorPosition()
            _write(cell, column.lang, topic.heading, size + 1.6, bold=True, color=color, first=True)
            for paragraph in printed_paragraphs(topic.paragraphs, values):
                _write(cell, column.lang, paragraph, size, color=color)
    cursor.endEditBlock()
    return document


def footer_painter(request: SheetRequest) -> Footer:
    lang = language(request.language)
    texts = sheet_texts(request.language)
    checked = texts.date_line()  # "checked on" only for a reviewed translation

    def paint(painter: QPainter, rect: QRectF, index: int, count: int) -> None:
        painter.save()
        painter.setPen(MUTED)
        small = QFont()
        small.setFamilies(families_for(lang.script))
        small.setPointSizeF(7.5)
        painter.setFont(small)
        page = fill(texts.page, {"page": str(index + 1), "pages": str(count)})
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if lang.rtl:
            start, end = end, start
        middle = Qt.AlignmentFlag.AlignHCenter
        vcenter = Qt.AlignmentFlag.AlignVCenter
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawText(rect, start | vcenter, request.site_name)
        painter.drawText(rect, middle | vcenter, checked)
        painter.drawText(rect, end | vcenter, page)
        painter.restore()

    return paint


def paint_sheet(request: SheetRequest, device: QPagedPaintDevice) -> int:
    """Paint the sheet on a PDF writer or a printer; returns the number of pages."""
    device.setPageLayout(page_layout(A4))
    return paint_document(build_sheet(request, device), device, A4, footer_painter(request))


def render_sheet_pdf(request: SheetRequest, target: str) -> int:
    """Write the sheet as an A4 PDF; returns the number of pages."""
    return paint_sheet(request, pdf_writer(target, A4, title=sheet_texts(request.language).title))


def sheet_image(request: SheetRequest, dpi: int = 100) -> list[QImage]:
    """The sheet's pages as images (previews and printers without PDF)."""
    width = round(A4.px(A4.width_mm, dpi))
    height = round(A4.px(A4.height_mm, dpi))
    probe = QImage(width, height, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(round(dpi / 0.0254))
    probe.setDotsPerMeterY(round(dpi / 0.0254))
    document = build_sheet(request, probe)
    count = document.pageCount()
    footer = footer_painter(request)
    pages = []
    for index in range(count):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(probe.dotsPerMeterX())
        image.setDotsPerMeterY(probe.dotsPerMeterY())
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_page(painter, document, A4, dpi, index, count, footer)
        painter.end()
        pages.append(image)
    return pages
