"""The frame every registration step shares: a title, the step, and Back / Cancel / Next."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.buttons import ActionButton
from kiosk.ui.retranslating import Retranslating

STEPS = 5  # language, party, nationality, needs, confirm


class StepScreen(Retranslating, QWidget):
    back = Signal()
    cancel = Signal()
    next = Signal()

    def __init__(self, name: str, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._step = step
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setObjectName(f"{name}-title")
        self.step_label = QLabel()
        self.step_label.setProperty("role", "step")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.step_label)

        self.body = QVBoxLayout()
        self.body.setSpacing(14)

        self.back_button = ActionButton(f"{name}-back", "secondary")
        # A real button, in the middle: far from Back and from Next (a slip never discards).
        self.cancel_button = ActionButton(f"{name}-cancel", "secondary")
        self.next_button = ActionButton(f"{name}-next", "primary")
        self.back_button.setMinimumWidth(180)
        self.cancel_button.setMinimumWidth(200)
        self.next_button.setMinimumWidth(260)
        self.back_button.clicked.connect(self.back)
        self.cancel_button.clicked.connect(self.cancel)
        self.next_button.clicked.connect(self.next)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.cancel_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        self.footer = footer

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 28, 24, 28)  # 1024 px in large type needs the room
        outer.setSpacing(18)
        outer.addLayout(header)
        outer.addLayout(self.body, 1)
        outer.addLayout(footer)

    def retranslate(self) -> None:
        # In the base class's own context, whichever screen inherits it.
        step = QCoreApplication.translate("StepScreen", "Step %1 of %2")
        self.step_label.setText(step.replace("%1", str(self._step)).replace("%2", str(STEPS)))
        self.back_button.setText("‹  " + QCoreApplication.translate("StepScreen", "Back"))
        self.cancel_button.setText("✕  " + QCoreApplication.translate("StepScreen", "Cancel"))
        self.next_button.setText(QCoreApplication.translate("StepScreen", "Next") + "  ›")
