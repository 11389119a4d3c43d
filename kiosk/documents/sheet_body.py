"""The sheet's body, two columns side by side (the arrival's language first: on the right for
a right-to-left reader): each column's label (its language's own name) and the intro, then
per topic a row with its heading and pictogram and one row per paragraph, so that each
paragraph stands beside its translation and a page is cut between rows (`page_cuts`)."""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCursor, QTextTable

from kiosk.core.sheet_text import fill
from kiosk.documents.drawn import insert_pictogram
from kiosk.documents.page import A4
from kiosk.documents.sheet_context import Column, SheetContext
from kiosk.documents.sheet_formats import (
    INK,
    MUTED,
    RULE_CLEARANCE_MM,
    block_format,
    cell_format,
    char_format,
    pad_below,
    px,
    table_format,
    write,
)
from kiosk.documents.texts import Topic

PICTOGRAM_MM = 5.0
PICTOGRAM_GAP_MM = 1.5  # between a pictogram and its heading
INSET_MM = 1.2  # the body's text from its column's edge
LABEL_SIZE = 8  # a column's label, in points
TOPIC_RULE_MM = 0.35  # above each topic's heading


@dataclass(frozen=True, slots=True)
class SheetBody:
    table: QTextTable
    headings: frozenset[int]  # the rows of the topics' headings (a rule above each)


@dataclass(frozen=True, slots=True)
class _Lengths:
    """The body's lengths in device pixels."""

    inset: float  # the text from its column's edge
    hang: float  # a heading's second line starts under its first word, past the pictogram

    @classmethod
    def at(cls, dpi: int) -> "_Lengths":
        return cls(
            A4.px(INSET_MM, dpi),
            A4.px(PICTOGRAM_MM + PICTOGRAM_GAP_MM, dpi),
        )


def write_body(
    sheet: SheetContext, share: float, body_size: float, second_size: float, gap: float
) -> SheetBody:
    """The body at the document's end: `share` of the width and `body_size` points for the
    arrival's column, `second_size` for the official one; `gap` mm below each paragraph
    (and RULE_CLEARANCE_MM more above each topic's rule), or none."""
    cursor = sheet.at_end()
    rows_per_topic = _rows_per_topic(sheet)
    total = 1 + sum(1 + n for n in rows_per_topic)
    body_format = table_format(sheet.column_shares(share), sheet.rtl)
    body_format.setCellPadding(0)
    body_format.setTopMargin(px(1.2))
    table = cursor.insertTable(total, len(sheet.columns), body_format)
    lengths = _Lengths.at(sheet.dpi)
    for index, column in enumerate(sheet.columns):
        size = body_size if index == 0 else second_size
        _write_column(sheet, table, index, column, size, rows_per_topic, lengths)
        if gap:
            _part_paragraphs(table, sheet.place(index, len(sheet.columns)), rows_per_topic, gap)
    return SheetBody(table, _heading_rows(rows_per_topic))


def _rows_per_topic(sheet: SheetContext) -> list[int]:
    """Each topic's paragraph rows: as many as the column that prints most of them."""
    return [
        max(len(column.printed[i]) if i < len(column.printed) else 0 for column in sheet.columns)
        for i in range(len(sheet.arrival.texts.topics))
    ]


def _heading_rows(rows_per_topic: list[int]) -> frozenset[int]:
    rows = []
    row = 1  # below the intro's
    for paragraphs in rows_per_topic:
        rows.append(row)
        row += 1 + paragraphs
    return frozenset(rows)


def _write_column(
    sheet: SheetContext,
    table: QTextTable,
    index: int,
    column: Column,
    size: float,
    rows_per_topic: list[int],
    lengths: _Lengths,
) -> None:
    """One language's column: its label and intro, then its topics, row by row."""
    color = INK if index == 0 else MUTED
    at = sheet.place(index, len(sheet.columns))
    cell = table.cellAt(0, at).firstCursorPosition()
    lang = column.lang
    inset = lengths.inset
    write(cell, lang, lang.endonym, LABEL_SIZE, bold=True, color=MUTED, first=True, inset=inset)
    write(cell, lang, fill(column.texts.intro, column.values), size, color=color, inset=inset)
    row = 1
    for number, paragraphs in enumerate(rows_per_topic):
        topics = column.texts.topics
        topic = topics[number] if number < len(topics) else None
        table.cellAt(row, at).setFormat(cell_format(TOPIC_RULE_MM))
        if topic is not None:
            picture = sheet.arrival.texts.topics[number].id
            heading = table.cellAt(row, at).firstCursorPosition()
            _heading(sheet, heading, column, topic, picture, size + 1.0, color, lengths)
        for paragraph in range(paragraphs):
            cell = table.cellAt(row + 1 + paragraph, at).firstCursorPosition()
            if topic is not None and paragraph < len(column.printed[number]):
                text = column.printed[number][paragraph]
                write(cell, lang, text, size, color=color, first=True, space_after=0, inset=inset)
        row += 1 + paragraphs


def _part_paragraphs(table: QTextTable, at: int, rows_per_topic: list[int], gap: float) -> None:
    """`gap` mm below the intro and each paragraph of column `at`, RULE_CLEARANCE_MM more
    where a topic's rule follows (the lines are set tighter than the fonts' own spacing, so
    a last line's descenders reach below its block)."""
    above_rule = {0}
    row = 1
    for paragraphs in rows_per_topic:
        above_rule.add(row + paragraphs)  # the topic's last paragraph
        row += 1 + paragraphs
    headings = _heading_rows(rows_per_topic)
    last = table.rows() - 1
    for row in range(table.rows()):
        if row in headings:
            continue
        clear = RULE_CLEARANCE_MM if row in above_rule and row != last else 0.0
        pad_below(table, row, at, gap + clear)


def _heading(
    sheet: SheetContext,
    cell: QTextCursor,
    column: Column,
    topic: Topic,
    picture: str,
    size: float,
    color: QColor,
    lengths: _Lengths,
) -> None:
    """A topic's heading after its pictogram (`picture`, the arrival's topic's), which hangs:
    a heading's second line starts under its first word."""
    rtl = column.lang.rtl
    block = block_format(column.lang, 1, space_before=1.5, inset=lengths.inset)
    if rtl:
        block.setRightMargin(lengths.inset + lengths.hang)
    else:
        block.setLeftMargin(lengths.inset + lengths.hang)
    block.setTextIndent(-lengths.hang)
    cell.setBlockFormat(block)
    insert_pictogram(cell, sheet.document, picture, PICTOGRAM_MM, PICTOGRAM_GAP_MM, rtl)
    cell.insertText(topic.heading, char_format(column.lang, size, True, color))
