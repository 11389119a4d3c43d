"""Prepare the shipped Noto Naskh Arabic fonts so that a PDF's text layer keeps every glyph,
and the symbol fonts, cut down to the few symbols the screens show.

    .venv/bin/python tools/prepare_fonts.py --source DIR [--out resources/fonts] [--verify]

Run once by a developer; the result is committed (resources/fonts/README.md says how to get
DIR from Debian's fonts-noto-core package, and what exactly changes). fontTools is needed
here, and uharfbuzz for --verify, never at run time.

Why: Qt's PDF engine writes each embedded font's /ToUnicode CMap from the font's cmap alone
(for every BMP code point, the glyph it maps to; the first code point wins). A glyph that only
GSUB produces (a lam-alef's halves, Pashto and Kurdish contextual forms, ...) has no cmap
entry, so it gets no ToUnicode entry and its letters vanish from the extracted text; and a
glyph that shaping uses for two letters (Kurdish ae final is heh final's glyph) gets the text
of the first.

What: such a shared glyph is copied for the other letter (`clone_glyphs`); then every glyph
GSUB can produce without a cmap entry gets one from a Private Use Area code point (U+E000
up), and `naskh-pua.json` records the text each PUA code point stands for (`glyph_texts`).
Nothing visible changes: our texts never contain PUA code points and shaping starts from the
real characters (--verify checks it with HarfBuzz). After Qt has written a PDF,
kiosk/documents/text_layer.py replaces the PUA targets in the ToUnicode CMaps by that text,
so the PDF itself carries the right letters.

Symbols: the marks the screens put before a text (✓ chosen or done, ⚠ a problem, ✗ refused,
✕ clear, ⌫ delete, ● ○ PIN digits, ⟳ look again, − in "k−1") are in none of the text fonts.
`subset_symbols` keeps only those from Noto Sans Symbols2 and Noto Sans Math (a few kB instead
of 1.2 MB); outlines, metrics and names are the originals'. A new symbol on a screen goes into
SYMBOL_FONTS, then this script runs again (tests/ui/test_shipped_glyphs.py says when).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont

FONTS = ("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold")
# Debian's fonts-noto-core 20201225-1, usr/share/fonts/truetype/noto/
SOURCE_SHA256 = {
    "NotoNaskhArabic-Regular": "8c67eaa2f0086872628fc3f7f760386f83c8be5c5e9a1ba3a38891237b2ac7cb",
    "NotoNaskhArabic-Bold": "b5cbcb561b4b540ff11d7b6934577dbbbbb9e1d152d47f6f31f19176d58ff39c",
}
# The symbols each symbol font is cut down to (tests/ui/test_shipped_glyphs.py checks that
# every glyph on every screen is in a shipped font).
SYMBOL_FONTS = {
    "NotoSansSymbols2-Regular": "✓⚠✕✗⌫●○",
    "NotoSansMath-Regular": "⟳−",
}
# Noto Nastaliq Urdu: every GPOS anchor keeps only its design coordinates (`design_anchors`),
# and Debian's Bold, which says weight 400 in OS/2 (usWeightClass), so that Qt took it for the
# regular face too, gets 700.
NASTALIQ = ("NotoNastaliqUrdu-Regular", "NotoNastaliqUrdu-Bold")
NASTALIQ_BOLD = "NotoNastaliqUrdu-Bold"
NASTALIQ_SOURCE_SHA256 = {
    "NotoNastaliqUrdu-Regular": "fe24c4a05b19482beac11e4b90a0f6754214f1cb5e925cf9e86b48283ac37522",
    "NotoNastaliqUrdu-Bold": "6b81290dc928bac40fa4b71370f4ef260ad8c33d17be38eab05376490077ebc4",
}
WEIGHT_NOTE = "; Startpunt Kiosk: usWeightClass 700 (tools/prepare_fonts.py)"
ANCHOR_NOTE = "; Startpunt Kiosk: GPOS anchors by coordinates only (tools/prepare_fonts.py)"
SYMBOL_SOURCE_SHA256 = {
    "NotoSansSymbols2-Regular": "876598db5f1e3bef2bc77c4d94c5b0d5d2c1620be4878a06f18fb5434e331688",
    "NotoSansMath-Regular": "8242bd1e55368b27e32455260754cf9aa58f3ad7ea80664b66c21f1b09910d6c",
}
SUBSET_NOTE = "; Startpunt Kiosk: subset to {} (tools/prepare_fonts.py)"
PUA_FIRST = 0xE000
PUA_LAST = 0xF8FF
TABLE_NAME = "naskh-pua.json"
VERSION_NOTE = "; Startpunt Kiosk: PUA cmap entries for GSUB-only glyphs (tools/prepare_fonts.py)"
ROOT = Path(__file__).resolve().parent.parent


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


Rule = tuple[tuple[str, ...], tuple[str, ...]]  # input glyphs -> output glyphs


def gsub_rules(font: TTFont) -> list[Rule]:
    """Every substitution of GSUB lookup types 1-4, wherever the lookup is used (contextual
    lookups only point at lookups of these types, so these are all the glyphs GSUB emits)."""
    rules: list[Rule] = []
    if "GSUB" not in font:
        return rules
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for subtable in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:  # extension: the real subtable inside
                kind, subtable = subtable.ExtensionLookupType, subtable.ExtSubTable
            if kind == 1:
                rules.extend(((a,), (b,)) for a, b in subtable.mapping.items())
            elif kind == 2:
                rules.extend(((a,), tuple(b)) for a, b in subtable.mapping.items())
            elif kind == 3:
                for a, alternates in subtable.alternates.items():
                    rules.extend(((a,), (b,)) for b in alternates)
            elif kind == 4:
                for first, ligatures in subtable.ligatures.items():
                    rules.extend(((first, *lig.Component), (lig.LigGlyph,)) for lig in ligatures)
    return rules


def name_text(glyph: str) -> str | None:
    """'uni0682.inti' -> 'ڂ', 'uniFEDF.rlig' -> 'ل' (NFKC), 'uni064B_uni0651' -> 'ًّ'."""
    text = ""
    for part in glyph.split(".")[0].split("_"):
        if not part:
            continue
        match = re.fullmatch(r"uni((?:[0-9A-F]{4})+)", part)
        if match is None:
            return None
        text += "".join(chr(int(h, 16)) for h in re.findall(r"[0-9A-F]{4}", match.group(1)))
    return nfkc(text) if text else None


def split_remainder(whole: str, parts: list[str | None]) -> str | None:
    """The text of the one unknown part of a multiple substitution, or None."""
    if parts.count(None) != 1:
        return None
    hole = parts.index(None)
    before = "".join(p for p in parts[:hole] if p is not None)
    after = "".join(p for p in parts[hole + 1 :] if p is not None)
    if len(whole) < len(before) + len(after):
        return None
    if not (whole.startswith(before) and whole.endswith(after)):
        return None
    return whole[len(before) : len(whole) - len(after)]


def glyph_texts(font: TTFont) -> tuple[dict[str, str], list[str]]:
    """The text each glyph without a cmap entry stands for, for every glyph GSUB can emit
    starting from the cmap's glyphs; and notes on the choices made.

    A glyph's candidates are the texts of the inputs that produce it (single and alternate
    substitution: the input's text; ligature: the components' texts joined; multiple
    substitution: what is left of the input's text once the other outputs' are taken away).
    One candidate: that one. Several (e.g. 'uni06BF.fina' from U+06BF and from the ligature of
    U+062D with the dots U+FBB2 U+FBB7): the glyph name's, when it is one of them, otherwise
    the shortest. All texts are NFKC-normalised (presentation forms become base letters)."""
    known: dict[str, str] = {}
    for code, glyph in sorted(font.getBestCmap().items()):
        known.setdefault(glyph, nfkc(chr(code)))
    rules = gsub_rules(font)
    derived: dict[str, str] = {}
    notes: list[str] = []
    for _ in range(20):  # to a fixed point; GSUB chains are a few steps deep
        candidates: dict[str, set[str]] = {}
        text_of = {**derived, **known}.get
        for inputs, outputs in rules:
            texts = [text_of(g) for g in inputs]
            if any(t is None for t in texts):
                continue
            whole = "".join(t for t in texts if t is not None)
            if len(outputs) == 1:
                if outputs[0] not in known:
                    candidates.setdefault(outputs[0], set()).add(whole)
                continue
            parts: list[str | None] = []
            for glyph in outputs:
                parts.append(text_of(glyph) or (name_text(glyph) if glyph not in known else None))
            rest = split_remainder(whole, parts)
            if rest is not None:
                glyph = outputs[parts.index(None)]
                candidates.setdefault(glyph, set()).add(rest)
        chosen: dict[str, str] = {}
        for glyph, options in candidates.items():
            by_name = name_text(glyph)
            if len(options) == 1:
                chosen[glyph] = next(iter(options))
            elif by_name is not None and by_name in options:
                chosen[glyph] = by_name
            else:
                chosen[glyph] = min(options, key=lambda t: (len(t), t))
        if chosen == derived:
            break
        derived = chosen
    else:
        raise RuntimeError("GSUB text derivation did not settle")
    for glyph, text in sorted(derived.items()):
        by_name = name_text(glyph)
        if by_name is not None and by_name != text:
            notes.append(f"{glyph}: GSUB says {text!r}, its name {by_name!r}; GSUB kept")
    return derived, notes


def lookup_features(table: Any) -> dict[int, set[str]]:
    """The features each lookup serves (none: it is only called from contextual lookups)."""
    found: dict[int, set[str]] = {}
    for record in table.FeatureList.FeatureRecord:
        for index in record.Feature.LookupListIndex:
            found.setdefault(index, set()).add(record.FeatureTag)
    return found


def subtables(table: Any) -> Iterator[tuple[int, int, Any]]:
    """(lookup index, lookup type, subtable) of a GSUB or GPOS, extensions unwrapped."""
    for index, lookup in enumerate(table.LookupList.Lookup):
        for subtable in lookup.SubTable:
            kind = lookup.LookupType
            if subtable.__class__.__name__ == "ExtensionSubst" or (
                subtable.__class__.__name__ == "ExtensionPos"
            ):
                kind, subtable = subtable.ExtensionLookupType, subtable.ExtSubTable
            yield index, kind, subtable


def shared_glyphs(font: TTFont) -> dict[tuple[str, str], str]:
    """Glyphs that shaping uses for two different letters: a single substitution a -> b in a
    lookup that shaping applies (any feature but aalt, the glyph picker's) where b's own
    cmap letter is another than a's, e.g. U+06D5 (Kurdish ae) final -> the glyph of U+FEEA
    (heh final). Qt would give such a glyph the text of the first one, so b is cloned for a.
    Returns {(a, b): the feature's tag}."""
    letter: dict[str, str] = {}
    for code, glyph in sorted(font.getBestCmap().items()):
        letter.setdefault(glyph, nfkc(chr(code)))
    features = lookup_features(font["GSUB"].table)
    found: dict[tuple[str, str], str] = {}
    for index, kind, subtable in subtables(font["GSUB"].table):
        tags = features.get(index, {"context"})
        if kind != 1 or tags == {"aalt"}:
            continue
        for a, b in subtable.mapping.items():
            if a in letter and b in letter and letter[a] != letter[b]:
                found.setdefault((a, b), sorted(tags - {"aalt"})[0])
    return found


PARALLEL = (  # GPOS coverages and the records that go with them, in the same order
    ("MarkCoverage", "MarkArray", "MarkRecord"),
    ("BaseCoverage", "BaseArray", "BaseRecord"),
    ("LigatureCoverage", "LigatureArray", "LigatureAttach"),
    ("Mark1Coverage", "Mark1Array", "MarkRecord"),
    ("Mark2Coverage", "Mark2Array", "Mark2Record"),
)


def clone_glyphs(font: TTFont) -> dict[str, str]:
    """Give each glyph that stands for two letters (see `shared_glyphs`) a copy for the other
    letter: same outline, metrics, GDEF class and GPOS anchors, and the same part in every
    later substitution except ligatures; the substitution is pointed at the copy. Returns
    {copy: original}. The copies come last in the glyph order, so no glyph id changes."""
    shared = shared_glyphs(font)
    if not shared:
        return {}
    order = list(font.getGlyphOrder())
    copies: dict[tuple[str, str], str] = {}
    for (a, b), tag in sorted(shared.items()):
        name, number = f"{a}.{tag}", 0
        while name in order or name in copies.values():
            number += 1
            name = f"{a}.{tag}.{number}"
        copies[a, b] = name
    of = {copy: b for (_, b), copy in copies.items()}
    font.setGlyphOrder(order + sorted(of, key=lambda c: list(copies.values()).index(c)))
    glyf, hmtx = font["glyf"], font["hmtx"]
    for copy, original in of.items():
        glyf[copy] = deepcopy(glyf[original])
        hmtx[copy] = hmtx[original]

    gdef = font["GDEF"].table
    for classes in (gdef.GlyphClassDef, gdef.MarkAttachClassDef):
        if classes is not None:
            for copy, original in of.items():
                if original in classes.classDefs:
                    classes.classDefs[copy] = classes.classDefs[original]

    for _, _, subtable in subtables(font["GPOS"].table):
        for coverage_name, array_name, records_name in PARALLEL:
            coverage = getattr(subtable, coverage_name, None)
            if coverage is None:
                continue
            records = getattr(getattr(subtable, array_name), records_name)
            for copy, original in of.items():
                if original in coverage.glyphs:
                    records.append(deepcopy(records[coverage.glyphs.index(original)]))
                    coverage.glyphs.append(copy)
        known = {name for pair in PARALLEL for name in pair[:1]} | {"Format", "ClassCount"}
        known |= {pair[1] for pair in PARALLEL}
        if set(vars(subtable)) - known:
            raise NotImplementedError(f"GPOS {type(subtable).__name__}: copy its records too")

    retarget = {(a, b): copy for (a, b), copy in copies.items()}
    for _, kind, subtable in subtables(font["GSUB"].table):
        if kind in (1, 2):
            for a, b in list(subtable.mapping.items()):
                if kind == 1 and (a, b) in retarget:
                    subtable.mapping[a] = retarget[a, b]
            for copy, original in of.items():
                if original in subtable.mapping:
                    subtable.mapping[copy] = subtable.mapping[original]
        elif kind == 3:
            for copy, original in of.items():
                if original in subtable.alternates:
                    subtable.alternates[copy] = list(subtable.alternates[original])
        elif kind == 4:
            pass  # a copy takes no part in ligatures (the Allah ligature, for heh only)
        elif kind in (5, 6) and subtable.Format == 3:
            for coverage in (
                getattr(subtable, "BacktrackCoverage", [])
                + getattr(subtable, "InputCoverage", [])
                + getattr(subtable, "LookAheadCoverage", [])
                + getattr(subtable, "Coverage", [])
            ):
                for copy, original in of.items():
                    if original in coverage.glyphs:
                        coverage.glyphs.append(copy)
        else:
            raise NotImplementedError(f"GSUB lookup type {kind} format {subtable.Format}")
    return of


def unicode_cmaps(font: TTFont) -> Iterator[Any]:
    for table in font["cmap"].tables:
        if table.isUnicode():
            yield table


def prepare(
    sources: dict[str, Path],
) -> tuple[dict[str, TTFont], dict[str, str], dict[str, dict[str, str]], list[str]]:
    """The prepared fonts (by PostScript name), the PUA table shared by all of them, each
    font's copied glyphs ({copy: original}) and notes on the choices made."""
    fonts = {
        name: TTFont(path, recalcTimestamp=False, recalcBBoxes=False)
        for name, path in sources.items()
    }
    texts: dict[str, dict[str, str]] = {}
    copies: dict[str, dict[str, str]] = {}
    notes: list[str] = []
    for name, font in fonts.items():
        copies[name] = clone_glyphs(font)
        for copy, original in sorted(copies[name].items()):
            notes.append(f"{name}: {copy} is a copy of {original}, for its own letter")
        derived, font_notes = glyph_texts(font)
        empty = sorted(g for g, t in derived.items() if not t)
        if empty:
            font_notes.append(f"no text (left without an entry, as before): {', '.join(empty)}")
        texts[name] = {g: t for g, t in derived.items() if t}
        notes.extend(f"{name}: {n}" for n in font_notes)

    # One PUA code point per glyph name, the same in every font, so that one table serves all.
    order: list[str] = []
    for name, font in fonts.items():
        order.extend(g for g in font.getGlyphOrder() if g in texts[name] and g not in order)
    if PUA_FIRST + len(order) - 1 > PUA_LAST:
        raise RuntimeError("more GSUB-only glyphs than Private Use Area code points")
    code_of = {glyph: PUA_FIRST + index for index, glyph in enumerate(order)}
    table: dict[str, str] = {}
    for glyph, code in code_of.items():
        seen = {texts[name][glyph] for name in fonts if glyph in texts[name]}
        if len(seen) != 1:
            raise RuntimeError(f"{glyph} stands for different texts in the fonts: {seen}")
        table[f"{code:04X}"] = seen.pop()

    for name, font in fonts.items():
        mapped = font.getBestCmap()
        if any(PUA_FIRST <= c <= PUA_LAST for c in mapped):
            raise RuntimeError(f"{name} already maps Private Use Area code points")
        for cmap in unicode_cmaps(font):
            for glyph in texts[name]:
                cmap.cmap[code_of[glyph]] = glyph
        for record in font["name"].names:
            if record.nameID == 5 and VERSION_NOTE not in record.toUnicode():
                record.string = record.toUnicode() + VERSION_NOTE
    return fonts, table, copies, notes


def subset_symbols(source: Path, characters: str) -> TTFont:
    """`source` with only the glyphs of `characters` (and .notdef): outlines, metrics, hinting,
    layout and every name record kept, the version string saying what was done."""
    from fontTools import subset  # dev only, like the rest of fontTools

    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.layout_features = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    missing = [c for c in characters if ord(c) not in font.getBestCmap()]
    if missing:
        raise RuntimeError(f"{source.name} has no glyph for {' '.join(missing)}")
    match_line_metrics(font, TTFont(ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf"))
    note = SUBSET_NOTE.format(" ".join(f"U+{ord(c):04X}" for c in characters))
    for record in font["name"].names:
        if record.nameID == 5 and note not in record.toUnicode():
            record.string = record.toUnicode() + note
    return font


def match_line_metrics(font: TTFont, text_font: TTFont) -> None:
    """Give a symbol font the line box of the text font it stands beside: a ✓ in a label must
    not make that line taller than the same label without it (Symbols2 descends to -630 units,
    Noto Sans to -293, and every kept glyph lies inside Noto Sans's box)."""
    for table, fields in (
        ("hhea", ("ascent", "descent", "lineGap")),
        ("OS/2", ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent",
                  "usWinDescent")),
    ):
        for field in fields:
            setattr(font[table], field, getattr(text_font[table], field))


def design_anchors(font: TTFont) -> int:
    """Turn every GPOS anchor that names a contour point (format 2) into one of its design
    coordinates alone (format 1); returns how many changed.

    The contour point only refines an anchor for hinted outlines. Qt's HarfBuzz font
    functions answer it wrongly, and Noto Nastaliq Urdu's cursive chains carry the error
    from letter to letter: Qt raised the hah of جگہ by 1.23 em where HarfBuzz's own
    functions put it 0.07 em up, so whole words floated above their line and letters piled
    up (ای میل, وکیل). With coordinates only, Qt and HarfBuzz agree."""
    changed = 0
    pending: list[Any] = list(font["GPOS"].table.LookupList.Lookup)
    seen: set[int] = set()
    while pending:
        item = pending.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if type(item).__name__ == "Anchor":
            if item.Format == 2:
                item.Format = 1
                del item.AnchorPoint
                changed += 1
        elif isinstance(item, list | tuple):
            pending.extend(item)
        elif hasattr(item, "__dict__"):
            pending.extend(v for k, v in vars(item).items() if not k.startswith("_"))
    return changed


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample_texts() -> list[str]:
    """Every string of the Arabic-script sheets, to check that shaping is unchanged."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((ROOT / "resources" / "sheets").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return found


def verify_shaping(
    original: Path, prepared: Path, copies: dict[str, str], texts: list[str]
) -> None:
    """HarfBuzz gives the same glyphs (a copy counting as its original) and the same
    positions with both fonts, for every text."""
    import uharfbuzz as hb  # dev only, like fontTools

    order = TTFont(prepared).getGlyphOrder()
    same = {order.index(copy): order.index(source) for copy, source in copies.items()}

    def shape(path: Path, text: str) -> list[tuple[int, int, int, int, int]]:
        font = hb.Font(hb.Face(path.read_bytes()))
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        hb.shape(font, buffer)
        return [
            (same.get(i.codepoint, i.codepoint), i.cluster, p.x_advance, p.x_offset, p.y_offset)
            for i, p in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
        ]

    for text in texts:
        if shape(original, text) != shape(prepared, text):
            raise RuntimeError(f"shaping changed for {text!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--source",
        type=Path,
        required=True,
        help="folder with Debian's original NotoNaskhArabic-{Regular,Bold}.ttf,"
        " NotoSansSymbols2-Regular.ttf, NotoSansMath-Regular.ttf and NotoNastaliqUrdu-Bold.ttf",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts")
    parser.add_argument(
        "--verify", action="store_true", help="check with uharfbuzz that shaping is unchanged"
    )
    args = parser.parse_args()

    sources = {name: args.source / f"{name}.ttf" for name in FONTS}
    for name, path in sources.items():
        digest = sha256(path)
        if digest != SOURCE_SHA256[name]:
            print(f"warning: {path} is not Debian's 20201225-1 file ({digest})", file=sys.stderr)
    fonts, table, copies, notes = prepare(sources)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, font in fonts.items():
        font.save(args.out / f"{name}.ttf", reorderTables=True)
    payload = {
        "about": (
            "Text of the Private Use Area code points that tools/prepare_fonts.py added to the"
            " cmap of the fonts below, one per glyph that only GSUB produces;"
            " kiosk/documents/text_layer.py puts this text into a PDF's ToUnicode CMaps."
        ),
        "fonts": list(FONTS),
        "text": table,
    }
    (args.out / TABLE_NAME).write_text(
        json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=False) + "\n",
        encoding="utf-8",
    )
    for note in notes:
        print(note)
    print(f"{len(table)} PUA code points U+{PUA_FIRST:04X}..U+{PUA_FIRST + len(table) - 1:04X}")
    for name in FONTS:
        print(f"{name}.ttf sha256 {sha256(args.out / f'{name}.ttf')}")
    for name, characters in SYMBOL_FONTS.items():
        path = args.source / f"{name}.ttf"
        digest = sha256(path)
        if digest != SYMBOL_SOURCE_SHA256[name]:
            print(f"warning: {path} is not Debian's 20201225-1 file ({digest})", file=sys.stderr)
        subset_symbols(path, characters).save(args.out / f"{name}.ttf", reorderTables=True)
        print(f"{name}.ttf sha256 {sha256(args.out / f'{name}.ttf')} ({characters})")
    for name in NASTALIQ:
        path = args.source / f"{name}.ttf"
        if sha256(path) != NASTALIQ_SOURCE_SHA256[name]:
            print(f"warning: {path} is not Debian's 20201225-1 file", file=sys.stderr)
        nastaliq = TTFont(path, recalcTimestamp=False)
        changed = design_anchors(nastaliq)
        notes = ANCHOR_NOTE
        if name == NASTALIQ_BOLD:
            nastaliq["OS/2"].usWeightClass = 700
            notes = WEIGHT_NOTE + notes
        for record in nastaliq["name"].names:
            if record.nameID == 5:
                record.string = record.toUnicode() + notes
        nastaliq.save(args.out / f"{name}.ttf", reorderTables=True)
        digest = sha256(args.out / f"{name}.ttf")
        print(f"{name}.ttf sha256 {digest} ({changed} anchors by coordinates only)")
    if args.verify:
        texts = sample_texts()
        # and the letters that got a copied glyph: alone, first, between, last, with marks
        source = TTFont(sources[FONTS[0]])
        cmap = source.getBestCmap()
        letters = sorted({chr(c) for a, _ in shared_glyphs(source) for c in cmap if cmap[c] == a})
        for letter in letters:
            for mark in ("", "\u064e", "\u0651", "\u0650", "\u064b"):
                word = letter + mark
                texts += [word, f"ب{word}ب", f"{word}ب", f"ب{word}"]
        for name in FONTS:
            verify_shaping(sources[name], args.out / f"{name}.ttf", copies[name], texts)
        print(f"shaping unchanged for {len(texts)} strings (the sheets' and {letters}) in both")
    return 0


if __name__ == "__main__":
    sys.exit(main())
