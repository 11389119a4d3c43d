"""Qt lays out the documents; commands that make them need a (windowless) Qt application."""

import os
from typing import Any

_app: Any = None


def qt_for_documents() -> None:
    """A QGuiApplication on the offscreen platform: no screen is needed or touched."""
    global _app
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["kiosk"])
