"""The key numbers under the sheet's header, in large numerals, each under its label in
every column's language: emergency, the shelter line, guardianship, the medical point."""

from kiosk.core.sheet_text import FSI, PDI, unbreakable
from kiosk.documents.sheet_context import SheetContext
from kiosk.documents.sheet_formats import INK, MUTED, table_format, write

# (the label's name in ForYouTexts, the setting printed, its size in points)
KEYS = (
    ("emergency", "emergency_number", 18.0),
    ("shelter_line", "shelter_phone", 15.0),
    ("guardianship", "guardianship_phone", 15.0),
    ("medical_point", "medical_point_address", 9.5),
)
SHARES = (14.0, 23.0, 25.0, 38.0)  # of the width, in reading order


def write_key_numbers(sheet: SheetContext) -> None:
    """The strip of key numbers at the document's end, one cell each."""
    cursor = sheet.at_end()
    strip = cursor.insertTable(1, len(KEYS), table_format(sheet.widths(*SHARES), sheet.rtl, 0.4))
    for index, (name, setting, size) in enumerate(KEYS):
        cell = strip.cellAt(0, sheet.place(index, len(KEYS))).firstCursorPosition()
        for lang_index, column in enumerate(sheet.columns):
            write(
                cell,
                column.lang,
                getattr(column.labels, name),
                8 if lang_index == 0 else 7,
                bold=lang_index == 0,
                color=INK if lang_index == 0 else MUTED,
                first=lang_index == 0,
                space_after=0,
                roomy=True,
            )
        big = f"{FSI}{unbreakable(sheet.values[setting])}{PDI}"
        write(cell, sheet.arrival.lang, big, size, bold=True, space_after=0, numerals=True)
