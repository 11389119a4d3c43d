"""The A4 information sheet: the arrival's language beside Dutch or French, on one sheet of
paper (two pages). Page 1 starts with what matters most: the number of the day with its label
and date, the key numbers, and the places the volunteer sent this party to ("for you")."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from kiosk.core.codes import Referral
from kiosk.core.languages import Language, language
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.sheet_sentences import printed_paragraphs
from kiosk.core.sheet_text import FSI, PDI, fill, unbreakable, unbreakable_items
from kiosk.documents.fonts import NASTALIQ, families_for, load_fonts
from kiosk.documents.nastaliq import draw_line
from kiosk.documents.page import (
    A4,
    MM_PER_INCH,
    Footer,
    content_height,
    new_document,
    page_layout,
    page_tops,
    paint_document,
    paint_page,
    pdf_writer,
    set_page_tops,
)
from kiosk.documents.page_cuts import cut_pages, cut_rows
from kiosk.documents.pictograms import pictogram
from kiosk.documents.qr import qr_image
from kiosk.documents.sheet_formats import (
    INK,
    LINE_NASTALIQ,
    MUTED,
    block_format,
    cell_format,
    char_format,
    image_format,
    px,
    table_format,
    write,
)
from kiosk.documents.texts import ForYouTexts, SheetTexts, for_you_texts, sheet_texts

QR_MM = 26  # decodes from a phone at arm's length and from a 203 dpi print


@dataclass(frozen=True, slots=True)
class SheetRequest:
    language: str
    site_name: str
    info: PrintedInfo
    number: int | None = None  # the party's number of the day, when printed at the desk
    day: date | None = None
    referrals: tuple[Referral, ...] = ()  # ticked for the party: the "for you" box


@dataclass(frozen=True, slots=True)
class _Column:
    lang: Language
    texts: SheetTexts


# (the arrival's body size, their column's share of the width, the official column's size)
# tried in turn until the sheet fits one sheet of paper (two A4 pages). The arrival reads at
# 10 pt or more, always; the official Dutch or French column repeats every line for the
# volunteers and officials and may go down to SECOND_MIN, so that its longer lines in a
# narrower column do not make every row taller than the arrival's text needs.
SECOND_MIN = 8.0
FITS = (
    (11.0, 55.0, 9.5),
    (10.5, 57.0, 9.0),
    (10.0, 58.0, 9.0),
    (10.0, 60.0, SECOND_MIN + 0.5),
    (10.0, 57.0, SECOND_MIN + 0.5),
    (10.0, 64.0, SECOND_MIN),
    (10.0, 61.0, SECOND_MIN),
    (10.0, 66.0, SECOND_MIN),
    (10.0, 68.0, SECOND_MIN),
)
MAX_PAGES = 2
INK_BELOW_EM = 0.3  # Nastaliq ink kept clear of a rule or page cut below its baseline
PICTOGRAM_MM = 5.0
PICTOGRAM_GAP_MM = 1.5  # between a pictogram and its heading
INSET_MM = 1.2  # the body's text from its column's edge
# the fit found for a sheet of these words
_fitted: dict[tuple[object, ...], tuple[float, float, float]] = {}
# Urdu: for a sheet of these words at a fit, where its body starts and the rows found to
# need room for their ink above a page cut (`_build`)
_inked: dict[tuple[object, ...], tuple[float, frozenset[int]]] = {}


def _fit_key(request: SheetRequest, dpi: int) -> tuple[object, ...]:
    return (
        request.language,
        tuple(sorted(request.info.placeholders().items())),
        request.info.official_language,
        request.referrals,
        request.number is not None,
        request.day is not None,
        dpi,
    )


def build_sheet(request: SheetRequest, device: QPaintDevice) -> QTextDocument:
    """The whole sheet as a QTextDocument laid out for `device` (no page furniture): the
    largest body size of FITS at which it fits two pages (the smallest if none does),
    pages cut between rows of the body, never inside one (`cut_pages`).
    The size found is kept for the next sheet of the same words, so a sheet is laid out
    once, not once per size tried."""
    load_fonts()
    key = _fit_key(request, device.logicalDpiY())
    known = _fitted.get(key)
    fits = (known,) if known is not None else FITS
    document = QTextDocument()
    for fit in fits:
        document = _build(request, device, *fit, words=(key, fit))
        if len(page_tops(document)) <= MAX_PAGES:
            break
    if len(_fitted) > 512:
        _fitted.clear()
        _inked.clear()
    _fitted[key] = fit
    return document


def _give_room(table: QTextTable, row: int, column: int, reach_mm: float) -> None:
    """`reach_mm` more room below a cell, for the ink of its last line (set once its text is
    in: a cell's format is its first block's character format, which `write` sets)."""
    cell = table.cellAt(row, column)
    fmt = cell.format().toTableCellFormat()
    below = QTextFormat.Property.TableCellBottomPadding
    padding = fmt.bottomPadding() if fmt.hasProperty(below) else table.format().cellPadding()
    fmt.setBottomPadding(padding + px(reach_mm))
    cell.setFormat(fmt)


def _reach_mm(lang: Language, size: float) -> float:
    """How far below its line box the ink of a line of `lang` at `size` points reaches:
    Nastaliq set at LINE_NASTALIQ of its 2.5 em line box (ascent 1.9 em) has its baseline
    below the box, and its letters go INK_BELOW_EM further (most of them; its long tails
    more); 0 for every other font."""
    if families_for(lang.script, lang.code)[0] != NASTALIQ:
        return 0.0
    metrics = QFontMetricsF(char_format(lang, size).font())
    em = metrics.fontDpi() / 72 * char_format(lang, size).fontPointSize()  # pixels
    box = (metrics.ascent() + metrics.descent()) * LINE_NASTALIQ / 100
    below = metrics.ascent() + INK_BELOW_EM * em - box  # pixels
    return max(0.0, below) * 72 / metrics.fontDpi() * MM_PER_INCH / 72


def _date_line(texts: ForYouTexts, day: date) -> str:
    return f"{texts.weekdays[day.weekday()]} {day.day:02d}.{day.month:02d}.{day.year}"


_WHERE = {  # the PrintedInfo field that says where a referral sends the arrival
    Referral.MEDICAL_POINT: "medical_point_address",
    Referral.LEGAL_AID: "legal_aid_address",
    Referral.INFO_POINT: "info_point_address",
    Referral.SHELTER: "shelter_phone",
    Referral.GUARDIANSHIP: "guardianship_phone",
    Referral.HUMANITARIAN_HUB: "humanitarian_hub_address",
}


def _when(values: dict[str, str], where_field: str) -> str:
    """The opening hours that go with an address or phone (`<place>_hours`, in the column's
    language), if the site has them; empty (the line is left out) otherwise."""
    return values.get(where_field.rsplit("_", 1)[0] + "_hours", "")


def _build(
    request: SheetRequest,
    device: QPaintDevice,
    body_size: float,
    share: float = 55.0,
    second_size: float = 9.5,
    words: tuple[object, ...] | None = None,
    use_known: bool = True,
) -> QTextDocument:
    """`words`: what the sheet's body depends on (its fit's key and the fit), to find the
    rows that need room for Nastaliq's ink from the last sheet of these words."""
    known = _inked.get(words) if words is not None and use_known else None
    arrival = _Column(language(request.language), sheet_texts(request.language))
    official_code = request.info.official_language
    columns = [arrival]
    if official_code != request.language:
        columns.append(_Column(language(official_code), sheet_texts(official_code)))
    labels = [for_you_texts(column.lang.code) for column in columns]
    # Each column's values: opening hours with that language's day names.
    column_values = [request.info.placeholders(column.texts.day_names()) for column in columns]
    values = column_values[0]
    # The paragraphs each column prints: a sentence naming an empty setting is left out.
    printed = [
        [
            printed_paragraphs(topic.paragraphs, column_values[index])
            for topic in column.texts.topics
        ]
        for index, column in enumerate(columns)
    ]
    rtl = arrival.lang.rtl
    dpi = device.logicalDpiY()

    document = new_document(device, A4, paged=False)
    default = QFont()
    default.setFamilies(families_for("Latin"))
    document.setDefaultFont(default)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout at the end, not one per insertion

    # Qt lays table columns out left to right whatever the direction, so for a right-to-left
    # reader the columns are put in mirrored order: their own language on the right.
    def place(index: int, count: int) -> int:
        return count - 1 - index if rtl else index

    def widths(*shares: float) -> list[float]:
        return list(reversed(shares)) if rtl else list(shares)

    # Header: the number of the day with its label and date; the titles; the QR code.
    numbered = request.number is not None
    count = 3 if numbered else 2
    header = cursor.insertTable(
        1, count, table_format(widths(25, 47, 28) if numbered else widths(72, 28), rtl)
    )
    if numbered:
        cell = header.cellAt(0, place(0, count)).firstCursorPosition()
        first = True
        for index, column in enumerate(columns):
            write(
                cell,
                column.lang,
                labels[index].number_label,
                9 if index == 0 else 8,
                bold=index == 0,
                color=INK if index == 0 else MUTED,
                first=first,
                space_after=0,
                roomy=True,
            )
            first = False
        party = f"{request.number:03d}"
        write(cell, arrival.lang, party, 30, bold=True, space_after=0, numerals=True)
        write(cell, arrival.lang, labels[0].number_note, 8, space_after=2)  # above its date
        if request.day is not None:
            for index, column in enumerate(columns):
                write(
                    cell,
                    column.lang,
                    _date_line(labels[index], request.day),
                    9 if index == 0 else 8,
                    bold=index == 0,
                    color=INK if index == 0 else MUTED,
                    space_after=0,
                    roomy=True,
                )
    cell = header.cellAt(0, place(count - 2, count)).firstCursorPosition()
    first = True
    for index, column in enumerate(columns):
        write(
            cell,
            column.lang,
            column.texts.title,
            13 if index == 0 else 10,
            bold=True,
            color=INK if index == 0 else MUTED,
            first=first,
            space_after=2,
            roomy=True,
        )
        first = False
    # (the site's name is in the footer of every page)
    for column in columns:
        if not column.texts.fully_reviewed:
            notice = column.texts.not_reviewed_notice
            write(cell, column.lang, notice, 7, color=MUTED, space_after=0, roomy=True)

    url = request.info.url_for(request.language)
    qr_cell = header.cellAt(0, place(count - 1, count)).firstCursorPosition()
    qr_block = QTextBlockFormat()
    qr_block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    qr_cell.setBlockFormat(qr_block)
    qr_cell.insertImage(image_format(document, f"qr://{request.language}", qr_image(url), QR_MM))
    caption = block_format(arrival.lang, 0, roomy=True)
    caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    qr_cell.insertBlock(caption, char_format(arrival.lang, 8, color=MUTED))
    caption_text = arrival.texts.qr_caption_for(request.info.link_language(request.language))
    qr_cell.insertText(caption_text, char_format(arrival.lang, 8, color=MUTED))
    qr_cell.insertBlock(caption, char_format(arrival.lang, 6.5, color=MUTED))
    qr_cell.insertText(url, char_format(language("en"), 6.5, color=MUTED))

    # Key numbers, in large numerals: emergency, shelter line, guardianship, medical point.
    cursor.movePosition(QTextCursor.MoveOperation.End)
    keys = [
        ("emergency", values["emergency_number"], 18.0),
        ("shelter_line", values["shelter_phone"], 15.0),
        ("guardianship", values["guardianship_phone"], 15.0),
        ("medical_point", values["medical_point_address"], 9.5),
    ]
    strip = cursor.insertTable(1, len(keys), table_format(widths(14, 23, 25, 38), rtl, 0.4))
    for index, (name, value, size) in enumerate(keys):
        cell = strip.cellAt(0, place(index, len(keys))).firstCursorPosition()
        for lang_index, column in enumerate(columns):
            label = getattr(labels[lang_index], name)
            write(
                cell,
                column.lang,
                label,
                8 if lang_index == 0 else 7,
                bold=lang_index == 0,
                color=INK if lang_index == 0 else MUTED,
                first=lang_index == 0,
                space_after=0,
                roomy=True,
            )
        big = f"{FSI}{unbreakable(value)}{PDI}"
        write(cell, arrival.lang, big, size, bold=True, space_after=0, numerals=True)

    # For you: the referrals ticked for this party, where and when; left out if none.
    referrals = [r for r in Referral if r in request.referrals]
    if referrals:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        box_format = table_format(
            widths(share, 100 - share) if len(columns) == 2 else [100.0], rtl, 0.6
        )
        box_format.setBorderBrush(QBrush(INK))
        box_format.setCellPadding(px(0.6))
        box = cursor.insertTable(1 + len(referrals), len(columns), box_format)
        for index, column in enumerate(columns):
            at = place(index, len(columns))
            color = INK if index == 0 else MUTED
            text_size = 10 if index == 0 else SECOND_MIN
            cell = box.cellAt(0, at).firstCursorPosition()
            write(
                cell,
                column.lang,
                labels[index].box_title,
                10.5 if index == 0 else SECOND_MIN,
                bold=True,
                color=color,
                first=True,
                space_after=0,
            )
            for row, referral in enumerate(referrals, start=1):
                # one paragraph each: the place's name, then where (and when, if known)
                cell = box.cellAt(row, at).firstCursorPosition()
                field_name = _WHERE[referral]
                write(
                    cell,
                    column.lang,
                    labels[index].referrals[referral.value] + ": ",
                    text_size,
                    bold=True,
                    color=color,
                    first=True,
                    space_after=0,
                )
                where = f"{FSI}{unbreakable(values[field_name])}{PDI}"
                cell.insertText(where, char_format(column.lang, text_size, color=color))
                hours = _when(column_values[index], field_name)
                if hours:
                    when = f" · {labels[index].when}: {FSI}{unbreakable_items(hours)}{PDI}"
                    cell.insertText(when, char_format(column.lang, text_size, color=color))

    # The body: the intro, then per topic a row of headings (with the topic's pictogram) and
    # one row per paragraph, the arrival's language first (on the right for RTL).
    cursor.movePosition(QTextCursor.MoveOperation.End)
    rows_per_topic = [
        max(len(column_printed[i]) if i < len(column_printed) else 0 for column_printed in printed)
        for i in range(len(arrival.texts.topics))
    ]
    total = 1 + sum(1 + n for n in rows_per_topic)
    shares = widths(share, 100 - share) if len(columns) == 2 else [100.0]
    body_format = table_format(shares, rtl)
    body_format.setCellPadding(0)
    body_format.setTopMargin(px(1.2))
    body = cursor.insertTable(total, len(columns), body_format)
    headings: set[int] = set()
    pixels = round(A4.px(PICTOGRAM_MM, dpi))
    gap = round(A4.px(PICTOGRAM_GAP_MM, dpi))
    inset = A4.px(INSET_MM, dpi)
    for index, column in enumerate(columns):
        size = body_size if index == 0 else second_size
        color = INK if index == 0 else MUTED
        at = place(index, len(columns))
        body.cellAt(0, at).setFormat(cell_format(above_rule=True))
        cell = body.cellAt(0, at).firstCursorPosition()
        # the column's label: its language's own name
        write(
            cell,
            column.lang,
            column.lang.endonym,
            8,
            bold=True,
            color=MUTED,
            first=True,
            inset=inset,
        )
        write(
            cell,
            column.lang,
            fill(column.texts.intro, column_values[index]),
            size,
            color=color,
            inset=inset,
        )
        row = 1
        for number, paragraphs in enumerate(rows_per_topic):
            topic = column.texts.topics[number] if number < len(column.texts.topics) else None
            headings.add(row)
            body.cellAt(row, at).setFormat(cell_format(0.35))
            for paragraph in range(paragraphs):
                last = paragraph == paragraphs - 1 and number + 1 < len(rows_per_topic)
                body.cellAt(row + 1 + paragraph, at).setFormat(cell_format(above_rule=last))
            cell = body.cellAt(row, at).firstCursorPosition()
            if topic is not None:
                # the pictogram hangs: a heading's second line starts under its first word
                hang = A4.px(PICTOGRAM_MM + PICTOGRAM_GAP_MM, dpi)  # device pixels, as `inset`
                block = block_format(column.lang, 1, space_before=1.5, inset=inset)
                if column.lang.rtl:
                    block.setRightMargin(inset + hang)
                else:
                    block.setLeftMargin(inset + hang)
                block.setTextIndent(-hang)
                cell.setBlockFormat(block)
                picture = arrival.texts.topics[number].id
                image = pictogram(picture, pixels, gap, column.lang.rtl)
                cell.insertImage(
                    image_format(
                        document,
                        f"pictogram://{picture}/{column.lang.rtl}",
                        image,
                        PICTOGRAM_MM,
                        PICTOGRAM_MM + PICTOGRAM_GAP_MM,
                    )
                )
                cell.insertText(topic.heading, char_format(column.lang, size + 1.0, True, color))
            for paragraph in range(paragraphs):
                cell = body.cellAt(row + 1 + paragraph, at).firstCursorPosition()
                if topic is not None and paragraph < len(printed[index][number]):
                    text = printed[index][number][paragraph]
                    write(
                        cell,
                        column.lang,
                        text,
                        size,
                        color=color,
                        first=True,
                        space_after=0,
                        inset=inset,
                    )
            row += 1 + paragraphs
    height = content_height(A4, dpi)
    reach = _reach_mm(arrival.lang, body_size)
    ink: dict[int, float] = {}  # the rows given room below for the ink of their last line
    if reach:
        # Nastaliq's last line reaches below its row (`_reach_mm`): room for it above every
        # rule (the For-you box's, a topic's), at the end and above each page cut
        if referrals:
            for row in range(box.rows()):
                _give_room(box, row, place(0, len(columns)), _reach_mm(arrival.lang, 10.5))
        for row in {heading - 1 for heading in headings} | {body.rows() - 1}:
            _give_room(body, row, place(0, len(columns)), reach)
            ink[row] = A4.px(reach, dpi)
    always = frozenset(ink)
    for row in known[1] if known is not None else ():
        _give_room(body, row, place(0, len(columns)), reach)  # found by the last sheet
        ink[row] = A4.px(reach, dpi)
    cursor.endEditBlock()
    top = document.documentLayout().frameBoundingRect(body).top()
    if known is not None and top != known[0]:
        # what is above the body (a longer weekday, another referral) moved it: the rows
        # found for the last sheet may not be these; find them afresh
        return _build(request, device, body_size, share, second_size, words, use_known=False)
    # The body's rows lie the same below its top whatever is above it (the document is not
    # paged by Qt): with the same words and the same top, the rows found by laying it out
    # again and again (below) are those found last time, and one layout is enough.
    while reach and len(ink) < body.rows():
        rows = {row - 1 for row in cut_rows(document, body, headings, height, ink)} - set(ink)
        if not rows:
            break
        cursor.beginEditBlock()  # a cell's new format lays the whole document out again:
        for row in rows:  # once for all of them
            _give_room(body, row, place(0, len(columns)), reach)
            ink[row] = A4.px(reach, dpi)
        cursor.endEditBlock()
    if reach and words is not None:
        _inked[words] = (top, frozenset(ink) - always)
    tops = cut_pages(document, body, headings, height, ink)
    set_page_tops(document, tops)
    return document


def footer_painter(request: SheetRequest) -> Footer:
    lang = language(request.language)
    texts = sheet_texts(request.language)
    checked = texts.date_line()  # "checked on" only for a reviewed translation

    def paint(painter: QPainter, rect: QRectF, index: int, count: int) -> None:
        painter.save()
        painter.setPen(MUTED)
        small = QFont()
        small.setFamilies(families_for(lang.script, lang.code))
        small.setPointSizeF(7.5)
        painter.setFont(small)
        page = fill(texts.page, {"page": str(index + 1), "pages": str(count)})
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if lang.rtl:
            start, end = end, start
        middle = Qt.AlignmentFlag.AlignHCenter
        vcenter = Qt.AlignmentFlag.AlignVCenter
        painter.drawLine(rect.topLeft(), rect.topRight())
        draw_line(painter, rect, start | vcenter, request.site_name, lang.rtl)
        draw_line(painter, rect, middle | vcenter, checked, lang.rtl)
        draw_line(painter, rect, end | vcenter, page, lang.rtl)
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
    count = len(page_tops(document))
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
