"""Small PDFs laid over a page of a kept PDF, without Qt drawing the page again.

The next party's sheet is the last sheet of its words with another number and date
(kiosk/documents/sheet_pdf.py; tickets likewise, kiosk/documents/tickets_pdf.py). Qt's PDF
writer spends most of a sheet's time on its fonts when the painter ends: for every font, a
fixed ~2.4 ms (it looks up all 65,536 code points to map glyphs back to text) and ~40 µs for
every glyph it outlines again. Laying a one-page PDF of the card over the kept sheet's page
costs a few milliseconds instead: the part's page becomes a form XObject drawn where it is
asked to be (unscaled), its fonts come along as subsets of their own with their own tags.

Both PDFs are finished PDFs of the kiosk (`text_layer.fixed_pdf`): their text layers are
complete, and so is the result's.
"""

import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pikepdf

from kiosk.documents.text_layer import SAVE_OPTIONS


class KeptPdfs(threading.local):
    """The last `limit` PDFs made on this thread, by a key of what they depend on."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.pdfs: OrderedDict[tuple[object, ...], bytes] = OrderedDict()

    def get(self, key: tuple[object, ...], make: Callable[[], bytes]) -> bytes:
        """The PDF kept for `key`, made (and kept) if there is none."""
        pdf = self.pdfs.get(key)
        if pdf is None:
            pdf = self.pdfs[key] = make()
            while len(self.pdfs) > self.limit:
                self.pdfs.popitem(last=False)
        self.pdfs.move_to_end(key)
        return pdf


@dataclass(frozen=True, slots=True)
class Part:
    """Page `source_page` of a PDF drawn on page `page` (both 0-based) of the base PDF as
    it is (not scaled), its top left at `left`, `top`: points from the base page's top
    left."""

    pdf: bytes
    page: int
    left: float
    top: float
    source_page: int = 0


def lay_over(base: bytes, parts: Sequence[Part]) -> bytes:
    """The base PDF with each part drawn over its page, as a new PDF's bytes.

    The page's own content streams are kept as they are (compressed): the parts are drawn
    by a stream added after them, the page's content wrapped in q … Q so that the parts
    start from the page's initial graphics state. (pikepdf's `add_overlay` joins all the
    streams into one, uncompressed: 150 KB more for an Arabic sheet, and slower.)"""
    with pikepdf.open(io.BytesIO(base)) as pdf:
        opened: dict[int, pikepdf.Pdf] = {}  # each part's PDF opened once
        forms: dict[tuple[int, int], tuple[pikepdf.Object, list[float]]] = {}
        names: dict[tuple[int, int, int], pikepdf.Name] = {}
        try:
            drawn: dict[int, list[bytes]] = {}
            for part in parts:
                source = opened.get(id(part.pdf))
                if source is None:
                    source = opened[id(part.pdf)] = pikepdf.open(io.BytesIO(part.pdf))
                if (id(part.pdf), part.source_page) not in forms:
                    page_of_part = source.pages[part.source_page]
                    box = [float(value) for value in page_of_part.mediabox]
                    form = pdf.copy_foreign(page_of_part.as_form_xobject())
                    forms[id(part.pdf), part.source_page] = (form, box)
                form, box = forms[id(part.pdf), part.source_page]
                page = pdf.pages[part.page]
                name = names.get((part.page, *form.objgen))
                if name is None:
                    name = names[part.page, *form.objgen] = page.add_resource(
                        form, pikepdf.Name.XObject
                    )
                width, height = box[2] - box[0], box[3] - box[1]
                left = float(page.mediabox[0]) + part.left
                bottom = float(page.mediabox[3]) - part.top - height
                # a rectangle of the part's own size: placed, never scaled
                drawn.setdefault(part.page, []).append(
                    page.calc_form_xobject_placement(
                        form,
                        name,
                        pikepdf.Rectangle(left, bottom, left + width, bottom + height),
                        allow_shrink=False,
                        allow_expand=False,
                    )
                )
            for index, streams in drawn.items():
                page = pdf.pages[index]
                page.contents_add(b"q\n", prepend=True)
                page.contents_add(b"Q\n" + b"".join(streams), prepend=False)
            out = io.BytesIO()
            pdf.save(out, **SAVE_OPTIONS)
            return out.getvalue()
        finally:
            for source in opened.values():
                source.close()
