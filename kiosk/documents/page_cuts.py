"""Where the sheet's pages start: cut between rows of its body table, never inside one, never
between a heading and its text (a row is one paragraph beside its translation)."""

from collections.abc import Set

from PySide6.QtGui import QTextDocument, QTextTable

from kiosk.documents.page import A4


def _bottom(document: QTextDocument, table: QTextTable, row: int) -> float:
    layout = document.documentLayout()
    return max(
        layout.blockBoundingRect(table.cellAt(row, c).lastCursorPosition().block()).bottom()
        for c in range(table.columns())
    )


def _top(document: QTextDocument, table: QTextTable, row: int) -> float:
    layout = document.documentLayout()
    return min(
        layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block()).top()
        for c in range(table.columns())
    )


def cut_pages(
    document: QTextDocument,
    table: QTextTable,
    headings: Set[int],
    height: float,
    ink: dict[int, float] | None = None,
) -> list[float]:
    """Where each page starts (see `cut_rows`), the first at 0."""
    return [0.0, *cut_rows(document, table, headings, height, ink).values()]


def cut_rows(
    document: QTextDocument,
    table: QTextTable,
    headings: Set[int],
    height: float,
    ink: dict[int, float] | None = None,
) -> dict[int, float]:
    """Where each page starts, cutting the (unpaged) document only between rows of the body
    `table`, never inside one, and never between a heading row and the row after it: no
    paragraph or heading is split, no heading is left at a page's foot, no line stands alone
    at the top of a page. A row is one paragraph beside its translation, so a page loses at
    most a few lines at its foot. Everything above the body is on page 1. The body row that
    starts each page after the first, and where that page starts. `ink`: how far the ink of
    a row reaches below its last line, where it has room for it (Nastaliq, see `sheet_ink.py`)."""
    ink = ink or {}
    tops = [0.0]
    rows: dict[int, float] = {}
    bottoms: dict[int, float] = {}  # each row's is wanted twice: as `last` and as the one above

    def bottom_of(row: int) -> float:
        if row not in bottoms:
            bottoms[row] = _bottom(document, table, row)
        return bottoms[row]

    rule = height * 0.5 / (A4.height_mm - 2 * A4.margin_mm - A4.footer_mm)  # 0.5 mm
    row = 0
    while row < table.rows():
        last = row + 1 if row in headings and row + 1 < table.rows() else row
        if row:
            # the row's top (less room for a heading's rule): with lines set tighter than the
            # fonts' own spacing, the block above can reach below where the table starts
            # this row
            above = rule if row in headings else 0.0
            bottom = bottom_of(row - 1) + ink.get(row - 1, 0.0)
            start = min(bottom, _top(document, table, row) - above)
        else:
            start = document.documentLayout().frameBoundingRect(table).top()
        end = bottom_of(last) + ink.get(last, 0.0)
        if end - tops[-1] > height and start > tops[-1]:
            tops.append(start)
            rows[row] = start
        row = last + 1
    return rows
