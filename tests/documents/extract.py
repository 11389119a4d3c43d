"""The tests' PDF text extractor: glyphs -> lines -> columns -> logical reading order.

It reads only what any PDF reader sees: each glyph's position, size and font, its place in
the content stream, and its text through the font's /ToUnicode CMap (pdfminer.six parses the
PDF). It knows no table of ours and nothing about the languages.

1. Glyphs: those drawn outside the clipping path are dropped (Qt draws a line that straddles
   a page break on both pages and clips it away on one). A zero-advance glyph (a mark, the
   second half of a lam-alef) belongs to the glyph it stands on.
2. Lines: glyphs on one baseline, split where the gap is wide (a column gutter). Spaces come
   from the gaps between glyphs, not from space glyphs (Qt draws the invisible isolates
   around inserted values as zero-advance spaces).
3. Columns: a line continues the column whose last line stands just above it and overlaps
   it horizontally; on the next page, the topmost column at the same place continues it.
   Page furniture (a line that recurs at the same place on another page, digits aside)
   comes last.
4. Direction: a line with right-to-left letters (Arabic, Hebrew, ...) is right-to-left, and
   so is one without any that continues such a line of the same paragraph (same size, right
   below or above); any other is left-to-right.
5. Logical order: a right-to-left line is reversed, except its left-to-right runs: letters
   and digits of left-to-right scripts and the neutrals between them, with the brackets that
   pair with their own and the punctuation written right after them; those keep their order,
   and brackets outside them are mirrored back. Where the drawing alone is ambiguous, the
   content stream decides if it can (`stream_hints`), and so does the paragraph's next line
   for the neutrals at a line's end (`line_end`), as the Unicode bidi algorithm would.

`pdf_text` gives the whole text, columns one after another, NFKC-normalised, whitespace
collapsed, format characters dropped. A glyph without a ToUnicode entry comes out as U+FFFD.
It extracts each document once per test session: a PDF whose bytes it has read before (several
tests look at one rendered sheet) gets the text it got then.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTComponent, LTContainer, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import Matrix, apply_matrix_pt

MISSING = "\ufffd"

# Bidi_Mirroring_Glyph pairs for the brackets and quotes found in running text.
_PAIRS = "()[]{}<>«»‹›⁅⁆⁽⁾₍₎⌈⌉⌊⌋〈〉❨❩❪❫❬❭❮❯❰❱❲❳❴❵⟦⟧⟨⟩⟪⟫⦃⦄⦅⦆《》「」『』【】〔〕〖〗〘〙〚〛≤≥"
MIRROR = {a: b for a, b in zip(_PAIRS[::2], _PAIRS[1::2], strict=True)} | {
    b: a for a, b in zip(_PAIRS[::2], _PAIRS[1::2], strict=True)
}
OPENING = set(_PAIRS[::2]) - {"≤"}
CLOSING = set(_PAIRS[1::2]) - {"≥"}

# Line building, in units of the glyphs' font size
BASELINE_TOLERANCE = 0.35  # glyphs whose baselines differ less are on one line
COLUMN_GAP = 0.7  # a wider horizontal gap between glyphs separates two columns
WORD_GAP = 0.12  # a wider one is a space
MARK_REACH = 1.2  # how far above or below its base a mark may stand
NEXT_LINE = 3.5  # the farthest a column's next line may stand below its last one
SIZE_STEP = 0.45  # the most two lines of one column differ in size, relative to the smaller
FURNITURE_SHIFT = 2.0  # points: the same place on another page
HYPHENS = "-\u2010\u2011\u2013"


@dataclass(eq=False)
class Glyph:
    text: str
    x0: float
    x1: float
    base: float  # baseline
    size: float
    index: int  # order in the content stream
    font: str = ""
    hint: str = ""  # "R" or "L": the direction the content stream draws it in, if it tells
    marks: list[Glyph] = field(default_factory=list)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    def cluster(self) -> str:
        return self.text + "".join(m.text for m in sorted(self.marks, key=lambda g: g.index))


@dataclass(eq=False)
class Line:
    glyphs: list[Glyph]  # left to right
    page: int
    rtl: bool = False

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1

    @property
    def base(self) -> float:
        return sum(g.base for g in self.glyphs) / len(self.glyphs)

    @property
    def size(self) -> float:
        sizes = [round(g.size, 1) for g in self.glyphs]
        return max(set(sizes), key=sizes.count)

    def visual(self) -> str:
        return "".join(g.cluster() for g in self.glyphs)

    def overlap(self, other: Line) -> float:
        return min(self.x1, other.x1) - max(self.x0, other.x0)


@dataclass(eq=False)
class Column:
    lines: list[Line]

    @property
    def last(self) -> Line:
        return self.lines[-1]


# sha256 of a PDF's bytes -> its text, for the whole test session
_EXTRACTED: dict[bytes, str] = {}


def pdf_text(pdf: Path | str) -> str:
    """Every column's text in logical order, NFKC-normalised, whitespace collapsed."""
    with open(pdf, "rb") as handle:
        key = hashlib.sha256(handle.read()).digest()
    text = _EXTRACTED.get(key)
    if text is None:
        text = _EXTRACTED[key] = squash("\n\n".join(column_texts(pdf)))
    return text


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def column_texts(pdf: Path | str) -> list[str]:
    """The text of each column (a column may run over pages), then the page furniture."""
    pages = [page_lines(glyphs, number) for number, glyphs in enumerate(read(pdf))]
    furniture = find_furniture(pages)
    columns: list[Column] = []
    previous: list[Column] = []
    for lines in pages:
        flow = [line for line in lines if line not in furniture]
        page_columns = build_columns(flow)
        continued = continue_columns(previous, page_columns)
        columns.extend(c for c in page_columns if c not in continued)
        previous = page_columns
        for column in page_columns:
            target = continued.get(column)
            if target is not None:
                target.lines.extend(column.lines)
                # later pages continue the column it was merged into
                previous[previous.index(column)] = target
    texts = [column_text(column.lines) for column in columns]
    for lines in pages:
        for line in lines:
            if line in furniture:
                texts.append(column_text([line]))
    return texts


Rect = tuple[float, float, float, float]  # x0, y0, x1, y1


class ClippingAggregator(PDFPageAggregator):
    """Drops the glyphs drawn outside the clipping path (Qt draws a line that straddles a
    page break whole on both pages, and clips it away on one): what a reader does not see
    is not text. The clip is kept as a rectangle, the bounding box of the clipping paths."""

    clip: Rect | None = None

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        advance: float = super().render_char(*args, **kwargs)
        if self.clip is not None:
            glyph = self.cur_item._objs[-1]
            x = (glyph.x0 + glyph.x1) / 2
            y = (glyph.y0 + glyph.y1) / 2
            x0, y0, x1, y1 = self.clip
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                self.cur_item._objs.pop()
        return advance


class ClippingInterpreter(PDFPageInterpreter):
    """Tracks the clipping path (W, W*) through q and Q for `ClippingAggregator`."""

    device: ClippingAggregator

    def init_state(self, ctm: Matrix) -> None:
        super().init_state(ctm)
        self.clips: list[Rect | None] = []
        self.device.clip = None

    def do_q(self) -> None:
        self.clips.append(self.device.clip)
        super().do_q()

    def do_Q(self) -> None:
        super().do_Q()
        if self.clips:
            self.device.clip = self.clips.pop()

    def do_W(self) -> None:
        points = [
            apply_matrix_pt(self.ctm, (float(segment[i]), float(segment[i + 1])))
            for segment in self.curpath
            for i in range(1, len(segment) - 1, 2)
        ]
        if not points:
            return
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = (min(xs), min(ys), max(xs), max(ys))
        old = self.device.clip
        if old is not None:
            box = (
                max(box[0], old[0]),
                max(box[1], old[1]),
                min(box[2], old[2]),
                min(box[3], old[3]),
            )
        self.device.clip = box

    def do_W_a(self) -> None:
        self.do_W()

    def do_Do(self, xobjid: Any) -> None:
        clip = self.device.clip
        super().do_Do(xobjid)
        self.device.clip = clip


def read(pdf: Path | str) -> Iterator[list[Glyph]]:
    """Each page's visible glyphs."""
    manager = PDFResourceManager()
    device = ClippingAggregator(manager, laparams=None)
    interpreter = ClippingInterpreter(manager, device)
    with open(pdf, "rb") as handle:
        for page in PDFPage.get_pages(handle):
            interpreter.process_page(page)
            layout: LTPage = device.get_result()
            glyphs: list[Glyph] = []
            for item in walk(layout):
                if isinstance(item, LTChar):
                    text = item.get_text()
                    if text.startswith("(cid:"):
                        text = MISSING
                    glyphs.append(
                        Glyph(
                            text,
                            item.x0,
                            item.x1,
                            item.matrix[5],
                            item.size,
                            len(glyphs),
                            item.fontname,
                        )
                    )
            stream_hints(glyphs)
            yield glyphs


def stream_hints(glyphs: list[Glyph]) -> None:
    """What the content stream tells about direction. Glyphs of one font that follow each
    other in the stream, on one baseline, each next to the one before, form a chain; a
    writer that puts a right-to-left run's glyphs in logical order (as Qt does) draws that
    chain leftwards. A chain drawn leftwards is right-to-left text, neutrals and all ("R");
    one drawn rightwards with left-to-right letters or digits and no right-to-left letter is
    left-to-right text ("L"), but for its two ends. A writer that draws everything left to
    right gives no "R", and no "L" for a right-to-left run (it has right-to-left letters):
    then nothing is assumed."""
    root = list(range(len(glyphs)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    steps: dict[int, set[str]] = {}
    linked: list[tuple[int, int, str]] = []
    before: Glyph | None = None
    for glyph in glyphs:
        if glyph.x1 - glyph.x0 <= 0.01 * glyph.size:
            continue  # marks stand on their base, they go nowhere
        if (
            before is not None
            and before.font == glyph.font
            and abs(before.base - glyph.base) <= BASELINE_TOLERANCE * glyph.size
        ):
            reach = glyph.size
            if -0.5 <= glyph.x0 - before.x1 <= reach:
                linked.append((before.index, glyph.index, "L"))
            elif -0.5 <= before.x0 - glyph.x1 <= reach:
                linked.append((before.index, glyph.index, "R"))
        before = glyph
    links: dict[int, int] = {}
    for a, b, _ in linked:
        root[find(a)] = find(b)
        links[a] = links.get(a, 0) + 1
        links[b] = links.get(b, 0) + 1
    for a, _, way in linked:
        steps.setdefault(find(a), set()).add(way)
    kinds: dict[int, set[str]] = {}
    for glyph in glyphs:
        kinds.setdefault(find(glyph.index), set()).add(kind_of(glyph.text))
    for glyph in glyphs:
        chain = find(glyph.index)
        ways, found = steps.get(chain, set()), kinds[chain]
        if ways == {"R"}:
            glyph.hint = "R"
        elif (
            ways == {"L"}
            and "R" not in found
            and found & {"L", "N"}
            # not at either end: a one-glyph right-to-left run drawn right before or after
            # a left-to-right one in the same font would seem to be part of it
            and links.get(glyph.index, 0) == 2
        ):
            glyph.hint = "L"


def walk(container: LTContainer[LTComponent]) -> Iterator[LTComponent]:
    for item in container:
        yield item
        if isinstance(item, LTContainer):
            yield from walk(item)


def page_lines(glyphs: list[Glyph], page: int) -> list[Line]:
    """The page's lines, top to bottom, each left to right, marks on their bases."""
    ink = [g for g in glyphs if g.text.strip()]
    bases = [g for g in ink if g.x1 - g.x0 > 0.01 * g.size]
    marks = [g for g in ink if g.x1 - g.x0 <= 0.01 * g.size]
    rows: list[list[Glyph]] = []
    for glyph in sorted(bases, key=lambda g: -g.base):
        row = rows[-1] if rows else None
        if row and abs(row[0].base - glyph.base) <= BASELINE_TOLERANCE * min(
            row[0].size, glyph.size
        ):
            row.append(glyph)
        else:
            rows.append([glyph])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda g: (g.centre, g.index))
        current = [row[0]]
        for glyph in row[1:]:
            before = current[-1]
            if glyph.x0 - before.x1 > COLUMN_GAP * min(before.size, glyph.size):
                lines.append(Line(current, page))
                current = []
            current.append(glyph)
        lines.append(Line(current, page))
    host: dict[Glyph, Glyph] = {}
    for mark in sorted(marks, key=lambda g: g.index):
        found = stands_on(mark, bases + [m for m in marks if m in host])
        if found is None:  # a zero-advance glyph on its own: a line of its own
            lines.append(Line([mark], page))
            continue
        host[mark] = host.get(found, found)
        host[mark].marks.append(mark)
    lines.sort(key=lambda line: (-line.base, line.x0))
    return lines


def stands_on(mark: Glyph, glyphs: list[Glyph]) -> Glyph | None:
    """The glyph a zero-advance glyph is drawn on: one that covers its x, near its baseline;
    of several (a mark on the edge between two, a mark on a mark), the nearest in the content
    stream, the one before it on a tie (writers put a mark next to its base)."""
    reach = MARK_REACH * mark.size
    touching = [
        g
        for g in glyphs
        if g is not mark
        and g.x0 - 0.5 <= mark.x0 <= g.x1 + 0.5
        and abs(g.base - mark.base) <= reach
    ]
    if not touching:
        return None
    return min(touching, key=lambda g: (abs(g.index - mark.index), g.index > mark.index))


def find_furniture(pages: list[list[Line]]) -> set[Line]:
    """Lines that recur at the same place on another page (headers, footers, page numbers)."""
    same: dict[str, list[Line]] = {}
    for lines in pages:
        for line in lines:
            same.setdefault(re.sub(r"\d+", "#", line.visual()), []).append(line)
    return {
        line
        for lines in same.values()
        for line in lines
        if any(
            other.page != line.page
            and abs(line.base - other.base) <= FURNITURE_SHIFT
            and line.overlap(other) > 0
            for other in lines
        )
    }


def build_columns(lines: list[Line]) -> list[Column]:
    """Lines (top to bottom) into columns: each joins the column whose last line stands
    right above it, overlaps it horizontally and is of a like size (the nearest, if
    several)."""
    columns: list[Column] = []
    for line in lines:
        best: Column | None = None
        best_distance = 0.0
        for column in columns:
            last = column.last
            distance = last.base - line.base
            reach = NEXT_LINE * max(last.size, line.size)
            below = 0.3 * line.size < distance <= reach and last.overlap(line) > 0
            # a much larger or smaller line above is another box's (a big number over a
            # paragraph), not this text's: a heading is at most a few points larger
            akin = abs(last.size - line.size) <= SIZE_STEP * min(last.size, line.size)
            below = below and akin
            if below and (best is None or distance < best_distance):
                best, best_distance = column, distance
        if best is None:
            columns.append(Column([line]))
        else:
            best.lines.append(line)
    return columns


def continue_columns(previous: list[Column], columns: list[Column]) -> dict[Column, Column]:
    """Columns of this page that continue one of the previous page: the topmost at a place
    continues the bottommost there (a paragraph broken by the page end)."""

    def beside(others: list[Column], column: Column, line: Line, higher: bool) -> bool:
        return any(
            (other.base > line.base if higher else other.base < line.base)
            and other.overlap(line) > 0
            for c in others
            if c is not column
            for other in c.lines
        )

    found: dict[Column, Column] = {}
    taken: set[Column] = set()
    for column in columns:
        first = column.lines[0]
        if beside(columns, column, first, higher=True):
            continue  # not the top of the page there
        ends = [
            c
            for c in previous
            if c not in taken
            and c.last.overlap(first) > 0
            and not beside(previous, c, c.last, higher=False)
        ]
        if ends:
            chosen = max(ends, key=lambda c: c.last.overlap(first))
            found[column] = chosen
            taken.add(chosen)
    return found


def strong(text: str) -> Iterable[str]:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            yield "R" if kind == "AL" else kind


def set_directions(lines: list[Line]) -> None:
    """Right-to-left: a line with right-to-left letters, or one with none (only left-to-right
    letters, digits or neutrals) right below or above such a line of the same size: a line
    of the same paragraph, as an address that fills a line of an Arabic sentence."""
    kinds = [set(strong(line.visual())) for line in lines]
    for line, found in zip(lines, kinds, strict=True):
        line.rtl = "R" in found
    for index, line in enumerate(lines):
        if not kinds[index] - {"L"}:  # left-to-right letters, digits, or neutrals only
            neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
            line.rtl = any(
                o.rtl and "R" in set(strong(o.visual())) and o.size == line.size for o in neighbours
            )


def starts_ltr(line: Line) -> bool:
    """Whether the line's logically first letter or digit is left-to-right."""
    kinds = [kind_of(g.cluster()) for g in line.glyphs]
    kinds = [k for k in (reversed(kinds) if line.rtl else kinds) if k]
    return bool(kinds) and kinds[0] in ("L", "N")


def column_text(lines: list[Line]) -> str:
    set_directions(lines)
    text = ""
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else None
        words = logical(line, after is not None and after.size == line.size and starts_ltr(after))
        if not text:
            text = words
        elif text[-1] in HYPHENS and len(text) > 1 and not text[-2].isspace():
            text += words  # a word broken at its hyphen
        else:
            text += " " + words
    return text


def kind_of(cluster: str) -> str:
    """'L' or 'R' for a strong cluster, 'N' for digits, '' for a neutral."""
    for ch in cluster:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
        if kind in ("EN", "AN"):
            return "N"
    return ""


@dataclass
class Item:
    """One step of a line in visual order: a glyph with its marks, or a space."""

    text: str
    kind: str  # "L", "R", "N" (digits) or "" (neutral), see `kind_of`
    hint: str  # "L", "R" or "": see `stream_hints`


def items_of(line: Line) -> list[Item]:
    items: list[Item] = []
    for before, glyph in zip([None, *line.glyphs], line.glyphs, strict=False):
        if before is not None and glyph.x0 - before.x1 > WORD_GAP * min(before.size, glyph.size):
            items.append(Item(" ", "", before.hint if before.hint == glyph.hint else ""))
        text = glyph.cluster()
        items.append(Item(text, kind_of(text), glyph.hint))
    return items


def logical(line: Line, goes_on_ltr: bool = False) -> str:
    """The line's text in logical order (its glyphs are left to right); `goes_on_ltr`: the
    paragraph goes on, on the next line, with a left-to-right letter or digit."""
    items = items_of(line)
    if not line.rtl:
        return "".join(item.text for item in items)
    keep = [False] * len(items)  # inside a left-to-right run
    for start, end in ltr_runs(items, goes_on_ltr):
        for index in range(start, end + 1):
            keep[index] = True
    out: list[str] = []
    index = len(items) - 1
    while index >= 0:
        if keep[index]:
            end = index
            while index >= 0 and keep[index]:
                index -= 1
            out.extend(item.text for item in items[index + 1 : end + 1])
        else:
            item = items[index]
            out.append(
                "".join(MIRROR.get(ch, ch) for ch in item.text) if not item.kind else item.text
            )
            index -= 1
    return "".join(out)


def ltr_runs(items: list[Item], goes_on_ltr: bool = False) -> list[tuple[int, int]]:
    """Runs of left-to-right letters and digits with the neutrals between them, in a
    right-to-left line. A neutral the content stream draws right-to-left ends a run; one it
    draws left-to-right next to a run belongs to it; brackets that open or close a run's own
    brackets belong to it; so does punctuation written right after it (see `trailing`)."""
    runs: list[tuple[int, int]] = []
    for index, item in enumerate(items):
        if item.kind not in ("L", "N"):
            continue
        if runs and all(
            items[i].kind != "R" and items[i].hint != "R" for i in range(runs[-1][1] + 1, index)
        ):
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    result: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(runs):
        start, end = take_partners(items, start, end)
        start, end = hinted(items, start, -1), hinted(items, end, +1)
        end = trailing(items, end)
        if number == 0 and goes_on_ltr and not any(item.kind for item in items[:start]):
            end = line_end(items, end)
        result.append((start, end))
    return result


def line_end(items: list[Item], end: int) -> int:
    """The end of the run that ends the line (the leftmost of a right-to-left line) when the
    paragraph goes on with left-to-right text: the neutrals after it stand between two
    left-to-right letters, so they are left-to-right too (as '/' in '(CGVS /' + 'CGRA)').
    Up to a bracket, a letter, or a neutral the content stream draws right-to-left."""
    index = end + 1
    while (
        index < len(items)
        and not items[index].kind
        and items[index].hint != "R"
        and items[index].text not in OPENING | CLOSING
    ):
        if items[index].text != " ":
            end = index
        index += 1
    return end


def hinted(items: list[Item], edge: int, step: int) -> int:
    """The run's edge moved over the neutrals beside it up to the farthest the content stream
    draws left-to-right."""
    index, farthest = edge + step, edge
    while 0 <= index < len(items) and not items[index].kind and items[index].hint != "R":
        if items[index].hint == "L":
            farthest = index
        index += step
    return farthest


def trailing(items: list[Item], end: int) -> int:
    """A run's end, past the punctuation written right after it with no space: the comma of
    '3,', or a closing bracket at the line's (logical) start, whose partner is on the line
    before, as in 'Point) ...'. A neutral of the right-to-left text stands at the run's right
    only before it (with a space, as in ': Rue'), or mirrored, as in ') CGVS' for '(CGVS'."""
    while end + 1 < len(items) and not items[end + 1].kind and items[end + 1].hint != "R":
        text = items[end + 1].text
        if text in CLOSING:
            if any(item.text == MIRROR[text] for item in items[: end + 1]) or any(
                item.kind == "R" for item in items[end + 2 :]
            ):
                break
        elif not all(unicodedata.category(ch) == "Po" for ch in text):
            break
        end += 1
    return end


def unmatched(items: list[Item], start: int, end: int) -> tuple[list[int], list[int]]:
    """Opening and closing brackets in items[start..end] without a partner there."""
    opened: list[int] = []
    lone_closing: list[int] = []
    for index in range(start, end + 1):
        text = items[index].text
        if text in OPENING:
            opened.append(index)
        elif text in CLOSING:
            if opened and MIRROR[items[opened[-1]].text] == text:
                opened.pop()
            else:
                lone_closing.append(index)
    return opened, lone_closing


def take_partners(items: list[Item], start: int, end: int) -> tuple[int, int]:
    while True:
        opened, closing = unmatched(items, start, end)
        if (
            opened
            and end + 1 < len(items)
            and items[end + 1].text == MIRROR[items[opened[-1]].text]
        ):
            end += 1
        elif closing and start > 0 and MIRROR.get(items[start - 1].text) == items[closing[0]].text:
            start -= 1
        else:
            return start, end
