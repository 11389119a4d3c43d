"""Regression: PySide6 on Python 3.11 crashed after many calls to a void Qt method."""

from PySide6.QtCore import QObject


def test_twenty_thousand_void_calls_in_one_process() -> None:
    """setObjectName returns nothing; calling it 20,000 times must neither crash nor leak names."""
    thing = QObject()
    for n in range(20_000):
        thing.setObjectName(f"thing-{n}")
    assert thing.objectName() == "thing-19999"
