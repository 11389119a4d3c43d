"""The "for you" box: the places the volunteer sent this party to (the referrals ticked for
it), each with where it is and, if the site has them, its opening hours; in a ruled box, in
every column's language. Left out when nothing is ticked."""

from PySide6.QtGui import QBrush, QTextTable

from kiosk.core.codes import Referral
from kiosk.core.sheet_text import FSI, PDI, unbreakable, unbreakable_items
from kiosk.documents.sheet_context import Column, SheetContext
from kiosk.documents.sheet_formats import (
    INK,
    MUTED,
    SECOND_MIN,
    char_format,
    px,
    table_format,
    write,
)

TITLE_SIZE = 10.5  # the box's title in the arrival's language
TEXT_SIZE = 10.0  # its lines in the arrival's language

WHERE = {  # the PrintedInfo field that says where a referral sends the arrival
    Referral.MEDICAL_POINT: "medical_point_address",
    Referral.LEGAL_AID: "legal_aid_address",
    Referral.INFO_POINT: "info_point_address",
    Referral.SHELTER: "shelter_phone",
    Referral.GUARDIANSHIP: "guardianship_phone",
    Referral.HUMANITARIAN_HUB: "humanitarian_hub_address",
}


def when(values: dict[str, str], where_field: str) -> str:
    """The opening hours that go with an address or phone (`<place>_hours`, in the column's
    language), if the site has them; empty (the line is left out) otherwise."""
    return values.get(where_field.rsplit("_", 1)[0] + "_hours", "")


def write_for_you_box(sheet: SheetContext, share: float) -> QTextTable | None:
    """The box at the document's end (`share`: the arrival's column's share of the width),
    a title row and one row per referral, in Referral's order; None if none is ticked."""
    referrals = [r for r in Referral if r in sheet.request.referrals]
    if not referrals:
        return None
    cursor = sheet.at_end()
    box_format = table_format(sheet.column_shares(share), sheet.rtl, 0.6)
    box_format.setBorderBrush(QBrush(INK))
    box_format.setCellPadding(px(0.6))
    box = cursor.insertTable(1 + len(referrals), len(sheet.columns), box_format)
    for index, column in enumerate(sheet.columns):
        _column_of_box(sheet, box, index, column, referrals)
    return box


def _column_of_box(
    sheet: SheetContext, box: QTextTable, index: int, column: Column, referrals: list[Referral]
) -> None:
    at = sheet.place(index, len(sheet.columns))
    color = INK if index == 0 else MUTED
    text_size = TEXT_SIZE if index == 0 else SECOND_MIN
    cell = box.cellAt(0, at).firstCursorPosition()
    write(
        cell,
        column.lang,
        column.labels.box_title,
        TITLE_SIZE if index == 0 else SECOND_MIN,
        bold=True,
        color=color,
        first=True,
        space_after=0,
    )
    for row, referral in enumerate(referrals, start=1):
        # one paragraph each: the place's name, then where (and when, if known)
        cell = box.cellAt(row, at).firstCursorPosition()
        field_name = WHERE[referral]
        write(
            cell,
            column.lang,
            column.labels.referrals[referral.value] + ": ",
            text_size,
            bold=True,
            color=color,
            first=True,
            space_after=0,
        )
        where = f"{FSI}{unbreakable(sheet.values[field_name])}{PDI}"
        cell.insertText(where, char_format(column.lang, text_size, color=color))
        hours = when(column.values, field_name)
        if hours:
            when_line = f" · {column.labels.when}: {FSI}{unbreakable_items(hours)}{PDI}"
            cell.insertText(when_line, char_format(column.lang, text_size, color=color))
