"""Completing the text layer of the PDFs that Qt writes, so that every glyph extracts as text.

Qt's PDF engine maps each glyph of an embedded font back to text (/ToUnicode) through the
font's cmap alone. Glyphs that only shaping produces (GSUB: a lam-alef's halves, Pashto and
Kurdish contextual forms) have no cmap entry, and their letters would vanish from the text.
tools/prepare_fonts.py gives each of them (and its copies of glyphs that stood for two
letters) a Private Use Area code point in the shipped fonts' cmap, and writes the text it
stands for beside the fonts (resources/fonts/*-pua.json, see resources/fonts/README.md). Here,
after Qt has written a PDF, every /ToUnicode CMap is rewritten so that it maps to that text:

- a PUA code point of a prepared font becomes its letters (one CID may map to several);
- Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF: the cmap's contextual forms) become
  their base letters (NFKC), which is what a search, a copy-paste or a screen reader needs;
- U+0009, which Noto's cmaps map to the space glyph first, becomes a space.

The file is rewritten in place, with a new cross-reference table; nothing else in it changes,
and nothing at all when no CMap needs a change. Only the layout Qt writes is supported (one
classic xref table, ToUnicode streams uncompressed); anything else is left as it is.

kiosk/documents/page.py's `pdf_writer` marks each writer with its file (`mark_pdf`), and
whoever ends a painter on a device calls `finish_pdf` on it: so every PDF the kiosk writes,
sheet or tickets, saved or sent to CUPS, gets its text completed, and printers are left alone.
"""

import contextlib
import json
import logging
import os
import re
import unicodedata
from functools import cache

from PySide6.QtCore import QObject

from kiosk.paths import resources_dir

log = logging.getLogger(__name__)

_TYPE0 = re.compile(rb"/Subtype\s*/Type0\b(.{0,2000}?)>>", re.S)
_BASE_FONT = re.compile(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/\[\]<>()]+)")
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+(\d+)\s+R")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*$")
_XREF_HEAD = re.compile(rb"xref\s+")
_SUBSECTION = re.compile(rb"(\d+)\s+(\d+)\s*?\r?\n")
_OBJECT = re.compile(rb"(\d+)\s+(\d+)\s+obj\s*<<\s*/Length\s+(\d+)\s*>>\s*stream\r?\n")
_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f\s]*)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f\s]*)>|\[([^\]]*)\])")
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_MAYBE = re.compile(rb"[EeFf]|0009")

# Arabic presentation forms to their base letters (NFKC), and a tab to a space
_PLAIN = {
    code: unicodedata.normalize("NFKC", chr(code))
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]
    if unicodedata.normalize("NFKC", chr(code)) != chr(code)
} | {0x09: " "}

CMAP_HEAD = (
    b"/CIDInit /ProcSet findresource begin\n"
    b"12 dict begin\n"
    b"begincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n"
    b"/CMapType 2 def\n"
    b"1 begincodespacerange\n"
    b"<0000> <FFFF>\n"
    b"endcodespacerange\n"
)
CMAP_TAIL = b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


class Unsupported(Exception):
    """A PDF laid out otherwise than Qt writes them: left as it is."""


_TARGET = "startpuntPdfTarget"  # a QPdfWriter's dynamic property: the file it writes


def mark_pdf(writer: QObject, target: str) -> None:
    """Remember which file this PDF writer writes, for `finish_pdf`."""
    writer.setProperty(_TARGET, target)


def finish_pdf(device: object) -> bool:
    """Once the painter on `device` has ended: if it is a writer marked by `mark_pdf`, give
    its PDF the complete text (`fix_text_layer`). True if the file was rewritten."""
    if not isinstance(device, QObject):
        return False  # a printer (QPrinter is no QObject) or an image
    target = device.property(_TARGET)
    return isinstance(target, str) and bool(target) and fix_text_layer(target)


@cache
def pua_texts() -> dict[str, dict[str, str]]:
    """{PostScript name: {PUA character: text}} from every resources/fonts/*-pua.json."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted((resources_dir() / "fonts").glob("*-pua.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        table = {chr(int(code, 16)): text for code, text in raw["text"].items()}
        for name in raw["fonts"]:
            found.setdefault(name, {}).update(table)
    return found


@cache
def replacements(font: str) -> dict[int, str]:
    """What `fixed_text` replaces, for one font, as a str.translate table."""
    return _PLAIN | {ord(code): text for code, text in pua_texts().get(font, {}).items()}


def fix_text_layer(path: str | os.PathLike[str]) -> bool:
    """Give the PDF at `path` (as Qt wrote it) its complete text; True if it was rewritten.

    Plain strings and `os`, not pathlib: every PDF has a new name, and Python 3.12's
    pathlib interns each part of a path it parses, for good (interned strings are immortal
    there, CPython gh-121780): some 130 bytes per document, for as long as the kiosk runs.
    """
    target = os.fspath(path)
    try:
        with open(target, "rb") as file:
            data = file.read()
    except FileNotFoundError:
        return False  # Qt could not write it: nothing to complete
    try:
        fixed = fixed_pdf(data)
    except (Unsupported, ValueError, IndexError) as error:  # never worse than Qt wrote it
        log.warning("text layer of %s left as Qt wrote it: %s", target, error)
        return False
    if fixed is None:
        return False
    partial = target + ".text"
    try:
        with open(partial, "wb") as file:
            file.write(fixed)
        os.replace(partial, target)  # at once: never half a PDF
    except OSError as error:
        log.warning("text layer of %s left as Qt wrote it: %s", target, error)
        with contextlib.suppress(FileNotFoundError):
            os.remove(partial)
        return False
    return True


def fixed_pdf(data: bytes) -> bytes | None:
    """The PDF with its ToUnicode CMaps completed, or None when none needs a change."""
    cmaps: dict[int, str] = {}  # ToUnicode object number -> font name
    for match in _TYPE0.finditer(data):
        body = match.group(1)
        name, ref = _BASE_FONT.search(body), _TO_UNICODE.search(body)
        if ref is not None:
            cmaps[int(ref.group(1))] = name.group(1).decode("latin-1") if name else ""
    if not cmaps:
        return None
    offsets, xref_at, entry_at = _xref(data)
    replaced: list[tuple[int, int, bytes]] = []  # start, end, new bytes
    for number, font in cmaps.items():
        start = offsets.get(number)
        if start is None:
            raise Unsupported(f"ToUnicode object {number} is not in the xref table")
        head = _OBJECT.match(data, start)
        if head is None or int(head.group(1)) != number:
            raise Unsupported(f"ToUnicode object {number} is not a plain stream")
        body_at = head.end()
        length = int(head.group(3))
        end = data.find(b"endobj", body_at + length)
        if end < 0:
            raise Unsupported(f"ToUnicode object {number} does not end")
        end += len(b"endobj")
        while end < len(data) and data[end : end + 1] in b"\r\n":
            end += 1
        stream = fixed_cmap(data[body_at : body_at + length], font)
        if stream is None:
            continue
        replaced.append(
            (
                start,
                end,
                b"%d 0 obj\n<< /Length %d >>\nstream\n" % (number, len(stream))
                + stream
                + b"\nendstream\nendobj\n",
            )
        )
    if not replaced:
        return None
    replaced.sort()
    if replaced[-1][1] > xref_at:
        raise Unsupported("objects after the xref table")

    def moved(offset: int) -> int:
        return offset + sum(
            len(new) - (end - start) for start, end, new in replaced if start < offset
        )

    out = bytearray()
    position = 0
    for start, end, new in replaced:
        out += data[position:start]
        out += new
        position = end
    out += data[position:xref_at]
    xref = bytearray(data[xref_at:])
    for at, offset in entry_at:
        xref[at - xref_at : at - xref_at + 10] = b"%010d" % moved(offset)
    tail = _STARTXREF.search(xref)
    if tail is None:
        raise Unsupported("no startxref")
    xref[tail.start(1) : tail.end(1)] = b"%d" % len(out)
    out += xref
    return bytes(out)


def _xref(data: bytes) -> tuple[dict[int, int], int, list[tuple[int, int]]]:
    """Offsets of the objects in use, where the xref table starts, and where each in-use
    entry's 10-digit offset is written (with the offset it holds)."""
    tail = _STARTXREF.search(data, max(0, len(data) - 64))
    if tail is None:
        raise Unsupported("no startxref at the end")
    xref_at = int(tail.group(1))
    head = _XREF_HEAD.match(data, xref_at)
    if head is None:
        raise Unsupported("not a classic xref table (an xref stream?)")
    position = head.end()
    offsets: dict[int, int] = {}
    entry_at: list[tuple[int, int]] = []
    while True:
        section = _SUBSECTION.match(data, position)
        if section is None:
            break
        first, count = int(section.group(1)), int(section.group(2))
        position = section.end()
        for index in range(count):
            entry = data[position : position + 20]
            if len(entry) < 18 or entry[10:11] != b" " or entry[16:17] != b" ":
                raise Unsupported("a malformed xref entry")
            if entry[17:18] == b"n":
                offset = int(entry[:10])
                offsets[first + index] = offset
                entry_at.append((position, offset))
            position += 20
    trailer = data.find(b"trailer", position)
    if trailer < 0 or b"/Prev" in data[trailer:]:
        raise Unsupported("updated incrementally")
    return offsets, xref_at, entry_at


def _utf16(hexdigits: bytes) -> str:
    return bytes.fromhex(hexdigits.decode("ascii")).decode("utf-16-be", errors="replace")


def cmap_targets(stream: bytes) -> dict[int, bytes]:
    """A ToUnicode CMap's bfchar and bfrange entries as {CID: UTF-16BE hex digits}."""
    mapping: dict[int, bytes] = {}
    for kind, body in _SECTION.findall(stream):
        if kind == b"bfchar":
            for code, target in _BFCHAR.findall(body):
                mapping[int(code, 16)] = target
            continue
        for low, high, target, array in _BFRANGE.findall(body):
            first, last = int(low, 16), int(high, 16)
            if array:
                for offset, item in enumerate(_HEX.findall(array)[: last - first + 1]):
                    mapping[first + offset] = item
            else:
                target = re.sub(rb"\s", b"", target)
                head, unit = target[:-4], int(target[-4:], 16)
                for offset in range(last - first + 1):
                    # the last UTF-16 unit counts up along the range
                    mapping[first + offset] = head + b"%04X" % (unit + offset)
    return mapping


def parse_cmap(stream: bytes) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries as {CID: text}."""
    return {cid: _utf16(target) for cid, target in cmap_targets(stream).items()}


def fixed_cmap(stream: bytes, font: str) -> bytes | None:
    """The CMap of a font with every target as `fixed_text` has it; None if none changes."""
    table = replacements(font)
    lines: list[bytes] = []
    changed = False
    for cid, target in sorted(cmap_targets(stream).items()):
        if _MAYBE.search(target):  # a hex digit E or F, or a tab: worth a look
            text = _utf16(target)
            better = text.translate(table)
            if better != text:
                changed = True
                target = better.encode("utf-16-be").hex().encode("ascii")
        if target:
            lines.append(b"<%04X> <%s>\n" % (cid, target))
    return cmap_of(lines) if changed else None


def fixed_text(text: str, font: str) -> str:
    """What one glyph of `font` stands for: a PUA code point of a prepared font replaced by its
    text, a presentation form by its base letters, a tab by a space."""
    return text.translate(replacements(font))


def write_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap with one bfchar line per CID."""
    return cmap_of(
        [
            b"<%04X> <%s>\n" % (cid, text.encode("utf-16-be").hex().encode("ascii"))
            for cid, text in sorted(mapping.items())
            if text
        ]
    )


def cmap_of(lines: list[bytes]) -> bytes:
    """A ToUnicode CMap of bfchar lines, at most 100 to a section."""
    out = bytearray(CMAP_HEAD)
    for index in range(0, len(lines), 100):
        chunk = lines[index : index + 100]
        out += b"%d beginbfchar\n" % len(chunk)
        out += b"".join(chunk)
        out += b"endbfchar\n"
    out += CMAP_TAIL
    return bytes(out)
