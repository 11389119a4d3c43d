"""QR codes drawn with Qt from the `qrcode` matrix (no image library needed)."""

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from qrcode.constants import ERROR_CORRECT_M


def qr_matrix(data: str) -> list[list[bool]]:
    # A fixed mask: choosing the best of eight costs more than the rest of a ticket, and any
    # mask reads fine at these sizes (every printed code is decoded in the tests).
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4, mask_pattern=4)
    code.add_data(data)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    return matrix


def draw_qr(
    painter: QPainter, data: str, target: QRectF, matrix: list[list[bool]] | None = None
) -> None:
    """Black modules on white, filling a square inside `target` (quiet zone included);
    `matrix`: the code's, when the caller keeps it."""
    if matrix is None:
        matrix = qr_matrix(data)
    modules = len(matrix)
    side = min(target.width(), target.height())
    step = side / modules
    left, top = target.left(), target.top()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, side, side), Qt.GlobalColor.white)
    painter.setBrush(Qt.GlobalColor.black)
    for row, cells in enumerate(matrix):
        start = None
        for column, dark in enumerate([*cells, False]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                # one rectangle per run, slightly overlapping so no hairlines show between them
                painter.drawRect(
                    QRectF(
                        left + start * step,
                        top + row * step,
                        (column - start) * step + 0.01,
                        step + 0.01,
                    )
                )
                start = None
    painter.restore()
