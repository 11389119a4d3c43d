"""Which font Qt really draws each character of a screen with, and whether it ships.

Every visible text under a widget (labels, buttons, fields and their placeholders, combo
box and list items, the dashboard's bar names) is laid out with the font it is drawn in, the
way Qt draws it (QTextLayout, with Qt's own font fallback); each glyph run names the font
it came from. A character passes when that font is one of the families the text's font
declares (the kiosk's own list, kiosk.documents.fonts.families_for), its family is one of
the files in resources/fonts, and that file's cmap (read with fontTools) has the character.
A host font (DejaVu, say) drawing a ✓ that no shipped font has fails, and so does an empty
box (glyph 0).
"""

import unicodedata
from dataclasses import dataclass
from functools import cache

from fontTools.ttLib import TTFont
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.paths import resources_dir
from kiosk.ui.coordinator.charts import BarChart

Text = tuple[str, QFont, str]  # the text, the font it is drawn in, where it is


@cache
def shipped_cmaps() -> dict[str, frozenset[int]]:
    """Each shipped family and the code points its files map (all styles together)."""
    found: dict[str, set[int]] = {}
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        with TTFont(path, lazy=True) as font:
            name = font["name"]
            family = name.getDebugName(16) or name.getDebugName(1)
            assert family is not None, path.name
            found.setdefault(family, set()).update(font.getBestCmap())
    return {family: frozenset(codes) for family, codes in found.items()}


def plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or text.lstrip().startswith("<"):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _where(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}"


def visible_texts(root: QWidget) -> list[Text]:
    """Every text a person can see under `root` (in a list: every item, scrolled to or not)."""
    found: list[Text] = []
    for label in root.findChildren(QLabel):
        if label.isVisible():
            found.append((plain(label), label.font(), _where(label)))
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            found.append((button.text().replace("&&", "&"), button.font(), _where(button)))
    for field in root.findChildren(QLineEdit):
        if field.isVisible():
            found.append((field.text(), field.font(), _where(field)))
            found.append((field.placeholderText(), field.font(), _where(field)))
    for box in root.findChildren(QComboBox):
        if box.isVisible():
            for row in range(box.count()):
                found.append((box.itemText(row), box.font(), _where(box)))
    for view in root.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None:
            model = view.model()
            for row in range(model.rowCount(view.rootIndex())):
                index = model.index(row, view.modelColumn() if hasattr(view, "modelColumn")
                                    else 0, view.rootIndex())
                text = index.data(Qt.ItemDataRole.DisplayRole)
                font = index.data(Qt.ItemDataRole.FontRole)
                if isinstance(text, str):
                    found.append((text, font if isinstance(font, QFont) else view.font(),
                                  _where(view)))
    for chart in root.findChildren(BarChart):
        if chart.isVisible():
            for name, _ in chart.rows():
                found.append((name, chart.font_of(17), _where(chart)))
    return [(text, font, where) for text, font, where in found if text.strip()]


@dataclass(frozen=True)
class Foreign:
    """A character drawn from a font that is not the text's own shipped one."""

    character: str
    font: str
    where: str
    text: str

    def __str__(self) -> str:
        return (f"{self.where}: {self.character!r} (U+{ord(self.character):04X}) drawn in "
                f"{self.font!r}, in {self.text!r}")


def _skipped(character: str) -> bool:
    return character.isspace() or unicodedata.category(character) in ("Cc", "Cf", "Zs")


def clusters(text: str) -> list[str]:
    """`text` cut into characters, each with the combining marks that follow it."""
    found: list[str] = []
    for character in text:
        if found and unicodedata.category(character).startswith("M"):
            found[-1] += character
        else:
            found.append(character)
    return found


def drawn_in(cluster: str, font: QFont) -> list[tuple[str, int]]:
    """(family, glyph index) of every glyph Qt draws `cluster` with in `font`."""
    layout = QTextLayout(cluster, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(1_000_000)
    layout.endLayout()
    return [
        (run.rawFont().familyName(), glyph)
        for run in layout.glyphRuns()
        for glyph in run.glyphIndexes()
    ]


def drawn_families(text: str, font: QFont) -> list[tuple[str, str, int]]:
    """(character, family of the font Qt draws it with, glyph index) for each character of
    `text` laid out in `font`, one character (with its marks) at a time: Qt picks the font
    for each character, and a glyph run does not say reliably which characters it holds."""
    result: list[tuple[str, str, int]] = []
    for cluster in clusters(text):
        if _skipped(cluster[0]):
            continue
        glyphs = drawn_in(cluster, font)
        for character in cluster:
            families = [g for g in glyphs if ord(character) in shipped_cmaps().get(g[0], ())]
            family, glyph = (families or glyphs or [("(nothing)", 0)])[0]
            result.append((character, family, glyph))
    return result


def foreign_glyphs(texts: list[Text]) -> list[Foreign]:
    """Every character of `texts` that is not drawn from its font's declared shipped families
    with a real glyph (see the module docstring)."""
    shipped = shipped_cmaps()
    found: list[Foreign] = []
    for text, font, where in texts:
        declared = set(font.families()) | {font.family()}
        for character, family, glyph in drawn_families(text, font):
            covered = family in declared and ord(character) in shipped.get(family, frozenset())
            if glyph == 0 or not covered:
                shown = family if glyph else f"{family}, empty box"
                found.append(Foreign(character, shown, where, text))
    return found
