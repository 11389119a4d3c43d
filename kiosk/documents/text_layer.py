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

The glyphs of Noto Nastaliq Urdu stand for no text at all: one dotless base glyph is shared
by several letters, and the dots are glyphs of their own, so no glyph maps back to a letter.
Their CMap maps every glyph to a space, which readers skip, and kiosk/documents/nastaliq.py
draws an invisible Naskh copy of each Nastaliq run in the PDF that is read instead.

Qt also names each embedded subset font without its subset tag in the font's /BaseFont (only
the descriptor's /FontName has Qt's tag): kiosk/documents/font_subsets.py names the font, the
CIDFont and the descriptor `ABCDEF+Name` in the same pass, so readers know it is a subset.

pikepdf (qpdf) reads the PDF, the CMaps are read with its content-stream parser and replaced
through its object model, and it writes the file again with its own cross-reference table.
Nothing at all changes when nothing needs a change; a PDF that qpdf can read only by repairing
it is left as it is (never worse than Qt wrote it).

kiosk/documents/page.py's `pdf_writer` marks each writer with its file (`mark_pdf`), and
whoever ends a painter on a device calls `finish_pdf` on it: so every PDF the kiosk writes,
sheet or tickets, saved or sent to CUPS, gets its text completed, and printers are left alone.
"""

import binascii
import contextlib
import io
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import pikepdf
from PySide6.QtCore import QObject

from kiosk.documents.font_subsets import tag_subset, untagged_name
from kiosk.paths import resources_dir

log = logging.getLogger(__name__)

# a UTF-16BE target with a unit from U+E000 up (PUA, presentation forms) or a tab
_MAYBE = re.compile(rb"[\xe0-\xff]|\x00\t", re.S)

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

# Streams as they are (Qt's compressed ones stay compressed, its plain ones plain), the
# document's XMP untouched, and the second half of the /ID from the content, not the clock.
SAVE_OPTIONS = {
    "compress_streams": False,
    "stream_decode_level": pikepdf.StreamDecodeLevel.none,
    "fix_metadata_version": False,
    "deterministic_id": True,
}


# fonts whose glyphs stand for no text (their text is drawn apart, kiosk/documents/nastaliq.py)
TEXTLESS_FONTS = frozenset({"NotoNastaliqUrdu-Regular", "NotoNastaliqUrdu-Bold"})
_SPACE = " ".encode("utf-16-be")


class Unsupported(Exception):
    """A PDF that qpdf cannot read as it is: left as it is."""


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
    fixed = finished_pdf(data, target)
    return fixed is not data and write_whole(target, fixed)


def finished_pdf(data: bytes, name: str = "a PDF") -> bytes:
    """The PDF Qt wrote (`data`, called `name` in the log) with its text layer completed
    (`fixed_pdf`); `data` itself when nothing needs a change, or when qpdf cannot read it as
    it is (never worse than Qt wrote it)."""
    try:
        fixed = fixed_pdf(data)
    except (Unsupported, pikepdf.PdfError, ValueError) as error:
        log.warning("text layer of %s left as Qt wrote it: %s", name, error)
        return data
    return data if fixed is None else fixed


def write_whole(target: str, data: bytes) -> bool:
    """Write a PDF at once: never half a PDF at `target` (written beside it, then moved).
    False, and no file, when the disk does not take it: as when Qt's writer cannot write
    (the printing back-ends look for the file and say so)."""
    partial = target + ".part"
    try:
        with open(partial, "wb") as file:
            file.write(data)
        os.replace(partial, target)
    except OSError as error:
        log.warning("could not write %s: %s", target, error)
        with contextlib.suppress(OSError):
            os.remove(partial)
        return False
    return True


def fixed_pdf(data: bytes) -> bytes | None:
    """The PDF with its ToUnicode CMaps completed and its subset fonts tagged, or None when
    nothing needs a change."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as error:
        raise Unsupported(f"not a PDF qpdf reads: {error}") from error
    with pdf:
        _unrepaired(pdf)
        if not complete(pdf):
            return None
        out = io.BytesIO()
        pdf.save(out, **SAVE_OPTIONS)
        _unrepaired(pdf)  # qpdf reads objects as it needs them: damage may show only now
        return out.getvalue()


def _unrepaired(pdf: pikepdf.Pdf) -> None:
    """Raise Unsupported if qpdf has had to repair anything in `pdf` so far."""
    repaired = pdf.get_warnings()
    if repaired:
        raise Unsupported(f"qpdf had to repair it: {repaired[0]}")


def complete(pdf: pikepdf.Pdf) -> bool:
    """Complete every Type0 font's ToUnicode CMap and subset name in `pdf`; True if any
    changed."""
    changed = False
    done: set[tuple[int, int]] = set()
    for font in used_fonts(pdf):
        if font.get("/Subtype") != "/Type0":
            continue
        name = untagged_name(font)
        cmap = font.get("/ToUnicode")
        if isinstance(cmap, pikepdf.Stream) and cmap.objgen not in done:
            done.add(cmap.objgen)
            stream = _completed_cmap(font, name, cmap)
            if stream is not None:
                cmap.write(stream)
                changed = True
        changed = tag_subset(font, name) or changed
    return changed


def used_fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """The fonts the pages' resources name, and those of the forms they draw, each once.

    Every font a page's text can be drawn in is in a resource dictionary there (PDF 32000-1,
    7.8.3); looking there, not at every object of the file, leaves the images and font
    programs unread (qpdf parses an object when it is first asked for)."""
    fonts: list[pikepdf.Dictionary] = []
    seen: set[tuple[int, int]] = set()
    pending = [page.obj.get("/Resources") for page in pdf.pages]
    while pending:
        resources = pending.pop()
        if not isinstance(resources, pikepdf.Dictionary):
            continue
        if resources.is_indirect:
            if resources.objgen in seen:
                continue
            seen.add(resources.objgen)
        found = resources.get("/Font")
        if isinstance(found, pikepdf.Dictionary):
            for font in found.values():
                if not isinstance(font, pikepdf.Dictionary) or font.objgen in seen:
                    continue
                if font.is_indirect:
                    seen.add(font.objgen)
                fonts.append(font)
        forms = resources.get("/XObject")
        if isinstance(forms, pikepdf.Dictionary):
            for form in forms.values():
                if isinstance(form, pikepdf.Stream) and form.get("/Subtype") == "/Form":
                    pending.append(form.get("/Resources"))
    return sorted(fonts, key=lambda font: font.objgen)


# {(font, its CMap, its /W if textless): the completed CMap or None}: the same few fonts
# and subsets come back on every sheet and ticket of a language
_CMAPS: dict[tuple[str, bytes, bytes], bytes | None] = {}
_CMAPS_KEPT = 256


def _completed_cmap(font: pikepdf.Dictionary, name: str, cmap: pikepdf.Stream) -> bytes | None:
    """The completed ToUnicode CMap of the Type0 `font` (`textless_cmap` or
    `fixed_cmap_of`), None if it is complete already; kept by what it depends on."""
    widths = b""
    if name in TEXTLESS_FONTS:
        descendants = font.get("/DescendantFonts")
        if isinstance(descendants, pikepdf.Array) and len(descendants) == 1:
            found = descendants[0].get("/W")
            if isinstance(found, pikepdf.Array):
                widths = found.unparse(resolved=True)
    key = (name, cmap.read_bytes(), widths)
    if key in _CMAPS:
        return _CMAPS[key]
    if name in TEXTLESS_FONTS:
        stream = textless_cmap(font, pikepdf.parse_content_stream(cmap))
    else:
        stream = fixed_cmap_of(pikepdf.parse_content_stream(cmap), name)
    if len(_CMAPS) >= _CMAPS_KEPT:
        _CMAPS.clear()
    _CMAPS[key] = stream
    return stream


def textless_cmap(font: pikepdf.Dictionary, instructions: Iterable[object]) -> bytes | None:
    """A CMap that maps every glyph of the Type0 `font` (those its CIDFont's /W gives a
    width, and those its CMap has) to a space; None if it does already."""
    cids = set(cmap_entries(instructions))
    descendants = font.get("/DescendantFonts")
    if isinstance(descendants, pikepdf.Array) and len(descendants) == 1:
        widths = descendants[0].get("/W")
        if isinstance(widths, pikepdf.Array):
            cids |= widths_cids(list(widths))
    if not cids:
        return None
    entries = cmap_entries(instructions)
    if set(entries) == cids and all(target == _SPACE for target in entries.values()):
        return None
    return cmap_of([b"<%04X> <0020>\n" % cid for cid in sorted(cids)])


def widths_cids(widths: list[object]) -> set[int]:
    """The CIDs a /W array gives widths to (`c [w1 w2 ...]` and `c_first c_last w`)."""
    found: set[int] = set()
    index = 0
    while index + 1 < len(widths):
        first, then = widths[index], widths[index + 1]
        if isinstance(then, pikepdf.Array):
            found.update(range(int(first), int(first) + len(then)))  # type: ignore[call-overload]
            index += 2
        else:
            found.update(range(int(first), int(then) + 1))  # type: ignore[call-overload]
            index += 3
    return found


def _code(value: object) -> int:
    """A CMap's hex string operand as a number (a CID, or a UTF-16 unit)."""
    if not isinstance(value, pikepdf.String):
        raise ValueError(f"a CMap entry that is no string: {value!r}")
    return int.from_bytes(bytes(value), "big")


def cmap_entries(instructions: Iterable[object]) -> dict[int, bytes]:
    """A ToUnicode CMap's bfchar and bfrange entries as {CID: UTF-16BE bytes}, from the
    instructions pikepdf's content-stream parser reads in it."""
    mapping: dict[int, bytes] = {}
    for instruction in instructions:
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue
        operator = str(instruction.operator)
        operands = list(instruction.operands)
        if operator == "endbfchar":
            for code, target in zip(operands[::2], operands[1::2], strict=False):
                if isinstance(target, pikepdf.String):
                    mapping[_code(code)] = bytes(target)
        elif operator == "endbfrange":
            for low, high, target in zip(
                operands[::3], operands[1::3], operands[2::3], strict=False
            ):
                first, last = _code(low), _code(high)
                if isinstance(target, pikepdf.Array):
                    for offset, item in enumerate(list(target)[: last - first + 1]):
                        if isinstance(item, pikepdf.String):
                            mapping[first + offset] = bytes(item)
                elif isinstance(target, pikepdf.String):
                    start = bytes(target)
                    head, unit = start[:-2], int.from_bytes(start[-2:], "big")
                    for offset in range(last - first + 1):
                        # the last UTF-16 unit counts up along the range
                        mapping[first + offset] = head + ((unit + offset) & 0xFFFF).to_bytes(2)
    return mapping


def parse_cmap(stream: bytes) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries as {CID: text}."""
    with pikepdf.new() as scratch:
        instructions = pikepdf.parse_content_stream(pikepdf.Stream(scratch, stream))
        entries = cmap_entries(instructions)
    return {cid: target.decode("utf-16-be", errors="replace") for cid, target in entries.items()}


def fixed_cmap(stream: bytes, font: str) -> bytes | None:
    """The CMap of a font with every target as `fixed_text` has it; None if none changes."""
    with pikepdf.new() as scratch:
        return fixed_cmap_of(pikepdf.parse_content_stream(pikepdf.Stream(scratch, stream)), font)


def fixed_cmap_of(instructions: Iterable[object], font: str) -> bytes | None:
    """`fixed_cmap` of a CMap already parsed into pikepdf's content-stream instructions."""
    table = replacements(font)
    entries = cmap_entries(instructions)
    changed: dict[int, bytes] = {}
    for cid, target in entries.items():
        if _MAYBE.search(target):  # a UTF-16 unit from U+E000 up, or a tab: worth a look
            text = target.decode("utf-16-be", errors="replace")
            better = text.translate(table)
            if better != text:
                changed[cid] = better.encode("utf-16-be")
    if not changed:
        return None
    entries |= changed
    return cmap_of(
        [
            b"<%04X> <%s>\n" % (cid, binascii.hexlify(target).upper())
            for cid, target in sorted(entries.items())
            if target
        ]
    )


def fixed_text(text: str, font: str) -> str:
    """What one glyph of `font` stands for: a PUA code point of a prepared font replaced by its
    text, a presentation form by its base letters, a tab by a space."""
    return text.translate(replacements(font))


def write_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap with one bfchar line per CID."""
    return cmap_of(
        [
            b"<%04X> <%s>\n" % (cid, text.encode("utf-16-be").hex().upper().encode("ascii"))
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
