"""Room for Nastaliq's ink (Urdu): set at LINE_NASTALIQ of its line box, its last line in a
table cell reaches below the cell, so the cells above a rule (the "for you" box's rows, the
row before each topic's heading), the body's last row, and each row above a page cut get that
much more room below. Other scripts' ink stays in its line box: nothing changes for them."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtGui import QFontMetricsF, QTextTable

from kiosk.core.languages import Language
from kiosk.documents.fonts import NASTALIQ, families_for
from kiosk.documents.for_you_box import TITLE_SIZE
from kiosk.documents.page import A4, MM_PER_INCH
from kiosk.documents.page_cuts import cut_rows
from kiosk.documents.sheet_body import SheetBody
from kiosk.documents.sheet_context import SheetContext
from kiosk.documents.sheet_formats import LINE_NASTALIQ, char_format, pad_below

INK_BELOW_EM = 0.3  # Nastaliq ink kept clear of a rule or page cut below its baseline
# and of the "for you" box's rules: its lines end in day names and places (پیر, یہاں) whose
# tails reach 0.44 to 0.5 em down, and touched the rule under them at 0.3
BOX_INK_BELOW_EM = 0.5


def reach_mm(lang: Language, size: float, below_em: float = INK_BELOW_EM) -> float:
    """How far below its line box the ink of a line of `lang` at `size` points reaches:
    Nastaliq set at LINE_NASTALIQ of its 2.5 em line box (ascent 1.9 em) has its baseline
    below the box, and its letters go INK_BELOW_EM further (most of them; its long tails
    more); 0 for every other font."""
    if families_for(lang.script, lang.code)[0] != NASTALIQ:
        return 0.0
    metrics = QFontMetricsF(char_format(lang, size).font())
    em = metrics.fontDpi() / 72 * char_format(lang, size).fontPointSize()  # pixels
    box = (metrics.ascent() + metrics.descent()) * LINE_NASTALIQ / 100
    below = metrics.ascent() + below_em * em - box  # pixels
    return max(0.0, below) * 72 / metrics.fontDpi() * MM_PER_INCH / 72


def give_room(table: QTextTable, row: int, column: int, reach: float) -> None:
    """`reach` mm more room below a cell, for the ink of its last line."""
    pad_below(table, row, column, reach)


@dataclass(slots=True)
class InkRoom:
    """The body's rows given room below for the ink of the arrival's column (`reach` mm at
    its body size; 0 when it is not set in Nastaliq, and then no row gets any)."""

    sheet: SheetContext
    body: SheetBody
    reach: float
    rows: dict[int, float] = field(default_factory=dict)  # row: its room, device pixels

    @property
    def _column(self) -> int:
        return self.sheet.place(0, len(self.sheet.columns))  # the arrival's

    def give(self, rows: Iterable[int]) -> None:
        for row in rows:
            give_room(self.body.table, row, self._column, self.reach)
            self.rows[row] = A4.px(self.reach, self.sheet.dpi)

    def above_rules(self, box: QTextTable | None) -> None:
        """Room above every rule: each row of the "for you" `box` (if any), the body's row
        before each topic's heading, and the body's last row."""
        if not self.reach:
            return
        if box is not None:
            box_reach = reach_mm(self.sheet.arrival.lang, TITLE_SIZE, BOX_INK_BELOW_EM)
            for row in range(box.rows()):
                give_room(box, row, self._column, box_reach)
        table = self.body.table
        self.give({heading - 1 for heading in self.body.headings} | {table.rows() - 1})

    def above_cuts(self, height: float) -> None:
        """Room for the rows above a page cut, found by cutting the pages (`cut_rows`, pages
        `height` high) until no new row needs it: each row given room moves the rows below.
        The document is laid out once per round, not once per row."""
        table = self.body.table
        while self.reach and len(self.rows) < table.rows():
            cuts = cut_rows(self.sheet.document, table, self.body.headings, height, self.rows)
            rows = {row - 1 for row in cuts} - set(self.rows)
            if not rows:
                break
            self.sheet.cursor.beginEditBlock()  # a cell's new format lays the whole document
            self.give(rows)  # out again: once for all of them
            self.sheet.cursor.endEditBlock()
