"""Document tests render real PDFs and read them back with poppler and zxing-cpp."""

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} (poppler-utils) is needed: .ci/run installs it")
    return found


def pdf_text(pdf: Path) -> str:
    """The PDF's text, column by column in logical order (tests/documents/extract.py: glyph
    positions, content stream order and ToUnicode), NFKC-normalised, whitespace collapsed."""
    from tests.documents.extract import pdf_text as extracted

    return extracted(pdf)


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font in the PDF."""
    out = subprocess.run(
        [need("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    found = []
    for line in out:
        parts = line.split()
        # name type... emb sub uni object ID: 'emb' is the 5th column from the end
        found.append((parts[0], parts[-5] == "yes"))
    return found


def render_png(pdf: Path, dpi: int, page: int = 1) -> Path:
    prefix = pdf.with_suffix("")
    subprocess.run(
        [
            need("pdftoppm"),
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    return prefix.with_suffix(".png")


def biggest_words(pdf: Path) -> list[str]:
    """The tallest words of each page (as tall as its tallest, within 2 %), as poppler's
    `pdftotext -bbox` reads them: what a reader sees first."""
    import html
    import re

    out = subprocess.run(
        [need("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    for page in out.split("<page ")[1:]:
        words = [
            (float(y_max) - float(y_min), html.unescape(text))
            for y_min, y_max, text in re.findall(
                r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                page,
            )
        ]
        if words:
            tallest = max(height for height, _ in words)
            found.extend(text for height, text in words if height >= tallest * 0.98)
    return found
