"""Documents let go of what they were painted on: a long day prints thousands of them.

PySide's `QAbstractTextDocumentLayout.setPaintDevice` makes the device a child of the layout
(Python no longer owns it), and nothing deletes it once the document is gone. Handing it the
PDF writer itself kept every writer of the day alive (bench/long_run.py: 11 MB per 1,000
registrations), so documents are laid out on a kept stand-in of the same resolution.
"""

import gc
from pathlib import Path

import shiboken6
from PySide6.QtGui import QImage

from kiosk.core.printed_info import PrintedInfo
from kiosk.documents.page import A4, metrics_device, new_document, pdf_writer
from kiosk.documents.sheet import SheetRequest, paint_sheet


def test_a_painted_sheet_leaves_its_pdf_writer_to_its_caller(
    qapp: object, tmp_path: Path
) -> None:
    writer = pdf_writer(str(tmp_path / "sheet.pdf"), A4)
    gone: list[bool] = []
    writer.destroyed.connect(lambda: gone.append(True))
    assert paint_sheet(SheetRequest("ar", "Startpunt Brussel", PrintedInfo()), writer) >= 1
    assert shiboken6.ownedByPython(writer)
    del writer
    gc.collect()
    assert gone == [True]


def test_a_document_is_laid_out_at_its_devices_resolution(qapp: object) -> None:
    """The stand-in measures like the device (here 300 and 203 dpi), and is one per DPI."""
    for dpi in (300, 203):
        device = QImage(10, 10, QImage.Format.Format_RGB32)
        device.setDotsPerMeterX(round(dpi / 0.0254))
        device.setDotsPerMeterY(round(dpi / 0.0254))
        document = new_document(device, A4)
        laid_out_on = document.documentLayout().paintDevice()
        assert laid_out_on is not None
        assert (laid_out_on.logicalDpiX(), laid_out_on.logicalDpiY()) == (dpi, dpi)
        assert metrics_device(dpi, dpi) is metrics_device(dpi, dpi)
        assert shiboken6.ownedByPython(device)
