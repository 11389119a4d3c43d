"""Text put into a spreadsheet cell that a spreadsheet cannot take for a formula.

A cell starting with = + - @ (or a tab or carriage return, which some programs skip before
reading a formula) is a formula to Excel and LibreOffice, in XLSX and in CSV alike: a site
name like `=HYPERLINK(...)` would run. Such text gets a leading apostrophe, the usual way of
saying "this is text" in a spreadsheet; anything else is kept as it is.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_text(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text
