"""Widgets whose texts follow the interface language when it is switched at run time."""

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt class (`class DoneScreen(Retranslating, QWidget)`) and define
    `retranslate()`, which sets every text through `self.tr`."""

    def retranslate(self) -> None:
        """Set every text again through `self.tr`; each widget defines its own."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
