"""Subset prefixes on the embedded fonts of the PDFs the kiosk writes.

A PDF names an embedded subset font `ABCDEF+Name` (PDF 32000-1, 9.6.4): six capital letters
that tell readers the font is a subset, and tell two subsets of one font apart when PDFs are
merged. Qt's PDF engine tags only the descriptor's /FontName; here the Type0 font, its CIDFont
and the descriptor all get one tag, drawn from the subset's own bytes, so the same subset
always gets the same letters and two different subsets (in one document or two) different ones.

kiosk/documents/text_layer.py calls `tag_subset` for every Type0 font in the one pass that
finishes each PDF written with QPdfWriter (`finish_pdf`), sheets and tickets alike.
"""

import hashlib
import re

import pikepdf

_SUBSET_TAG = re.compile(r"[A-Z]{6}\+")
_FONT_PROGRAMS = ("/FontFile2", "/FontFile3", "/FontFile")


def untagged_name(font: pikepdf.Dictionary) -> str:
    """The font's /BaseFont without a subset tag and without the slash."""
    return _SUBSET_TAG.sub("", str(font.get("/BaseFont", "/"))[1:], count=1)


def tag_subset(font: pikepdf.Dictionary, name: str) -> bool:
    """Name an embedded subset (a descendant whose descriptor has a /CIDSet or a tagged
    /FontName) `TAG+name` in the font, the CIDFont and the descriptor alike, the tag six
    letters from a hash of the embedded font program. False if it is tagged already or no
    subset."""
    if not name or _SUBSET_TAG.match(str(font.get("/BaseFont", "/"))[1:]):
        return False
    descendants = font.get("/DescendantFonts")
    if not isinstance(descendants, pikepdf.Array) or len(descendants) != 1:
        return False
    cid_font = descendants[0]
    if not isinstance(cid_font, pikepdf.Dictionary):
        return False
    descriptor = cid_font.get("/FontDescriptor")
    if not isinstance(descriptor, pikepdf.Dictionary):
        return False
    program = next((descriptor[key] for key in _FONT_PROGRAMS if key in descriptor), None)
    if not isinstance(program, pikepdf.Stream):
        return False  # not embedded: the whole font is the host's, no subset
    if "/CIDSet" not in descriptor and not _SUBSET_TAG.match(
        str(descriptor.get("/FontName", "/"))[1:]
    ):
        return False
    tagged = pikepdf.Name("/" + subset_tag(program.read_raw_bytes()) + "+" + name)
    font.BaseFont = tagged
    cid_font.BaseFont = tagged
    descriptor.FontName = tagged
    return True


def subset_tag(program: bytes) -> str:
    """Six uppercase letters that stand for one subset font program, always the same ones."""
    number = int.from_bytes(hashlib.sha256(program).digest()[:8], "big")
    letters = []
    for _ in range(6):
        number, letter = divmod(number, 26)
        letters.append(chr(ord("A") + letter))
    return "".join(letters)
