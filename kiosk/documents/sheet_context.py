"""What the parts of the sheet share while it is written: the request (`SheetRequest`), the
document and its cursor, and its columns (the arrival's language, then the official Dutch or
French one unless they are the same) with their texts and the site's settings in each
language. The parts (`sheet_header`, `key_numbers`, `for_you_box`, `sheet_body`) each write
theirs at the document's end; `sheet.py` puts them together."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QFont, QPaintDevice, QTextCursor, QTextDocument

from kiosk.core.codes import Referral
from kiosk.core.languages import Language, language
from kiosk.core.printed_info import PrintedInfo
from kiosk.core.sheet_sentences import printed_paragraphs
from kiosk.documents.fonts import families_for
from kiosk.documents.page import A4, new_document
from kiosk.documents.texts import ForYouTexts, SheetTexts, for_you_texts, sheet_texts


@dataclass(frozen=True, slots=True)
class SheetRequest:
    language: str
    site_name: str
    info: PrintedInfo
    number: int | None = None  # the party's number of the day, when printed at the desk
    day: date | None = None
    referrals: tuple[Referral, ...] = ()  # ticked for the party: the "for you" box


@dataclass(frozen=True, slots=True)
class Column:
    """One language's column: its texts, its "for you" labels, the site's settings with its
    day names, and the paragraphs it prints per topic (a sentence naming an empty setting is
    left out)."""

    lang: Language
    texts: SheetTexts
    labels: ForYouTexts
    values: dict[str, str]
    printed: list[list[str]]


@dataclass(frozen=True, slots=True)
class SheetContext:
    request: SheetRequest
    document: QTextDocument
    cursor: QTextCursor
    columns: tuple[Column, ...]  # the arrival's first
    dpi: int

    @property
    def arrival(self) -> Column:
        return self.columns[0]

    @property
    def values(self) -> dict[str, str]:
        """The site's settings as the arrival's column prints them."""
        return self.columns[0].values

    @property
    def rtl(self) -> bool:
        return self.columns[0].lang.rtl

    # Qt lays table columns out left to right whatever the direction, so for a right-to-left
    # reader the columns are put in mirrored order: their own language on the right.
    def place(self, index: int, count: int) -> int:
        """Where the `index`th of `count` table columns (in reading order) is laid out."""
        return count - 1 - index if self.rtl else index

    def widths(self, *shares: float) -> list[float]:
        """Column widths given in reading order, in the order Qt lays them out."""
        return list(reversed(shares)) if self.rtl else list(shares)

    def column_shares(self, share: float) -> list[float]:
        """The widths of a table with one column per language: `share` for the arrival's."""
        return self.widths(share, 100 - share) if len(self.columns) == 2 else [100.0]

    def at_end(self) -> QTextCursor:
        """The document's cursor, moved to its end (where the next part goes)."""
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        return self.cursor


def _column(code: str, info: PrintedInfo) -> Column:
    texts = sheet_texts(code)
    values = info.placeholders(texts.day_names())  # opening hours with this language's days
    printed = [printed_paragraphs(topic.paragraphs, values) for topic in texts.topics]
    return Column(language(code), texts, for_you_texts(code), values, printed)


def new_sheet(request: SheetRequest, device: QPaintDevice) -> SheetContext:
    """An empty sheet for `request` laid out for `device`, its cursor in an edit block (one
    layout at the end, not one per insertion: the caller ends it)."""
    codes = [request.language]
    if request.info.official_language != request.language:
        codes.append(request.info.official_language)
    columns = tuple(_column(code, request.info) for code in codes)
    document = new_document(device, A4, paged=False)
    default = QFont()
    default.setFamilies(families_for("Latin"))
    document.setDefaultFont(default)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    return SheetContext(request, document, cursor, columns, device.logicalDpiY())
