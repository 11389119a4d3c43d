"""A line that says how something went: ✓ done, or ⚠ a problem with its reason.

Two labels with fixed looks, one shown at a time: a label whose look changes after it was
first shown keeps the old padding in Qt, so the ✓ or ⚠ would sit on the coloured bar.
"""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Notice(QWidget):
    def __init__(
        self, object_name: str, done_role: str = "done", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.done = QLabel()
        self.done.setObjectName(f"{object_name}-done")
        self.done.setProperty("role", done_role)
        self.problem = QLabel()
        self.problem.setObjectName(f"{object_name}-problem")
        self.problem.setProperty("role", "error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.done, self.problem):
            label.setWordWrap(True)
            label.hide()
            layout.addWidget(label)
        self.hide()

    def say(self, ok: bool, text: str) -> None:
        """Show `text` after ✓ (ok) or ⚠ (a problem)."""
        shown, hidden = (self.done, self.problem) if ok else (self.problem, self.done)
        shown.setText(("✓ " if ok else "⚠  ") + text)
        hidden.hide()
        shown.show()
        self.show()

    def clear(self) -> None:
        self.done.clear()
        self.problem.clear()
        self.hide()

    def text(self) -> str:
        return self.done.text() if self.done.isVisible() else self.problem.text()
