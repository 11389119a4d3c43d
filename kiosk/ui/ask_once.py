"""One question before something that cannot be taken back, with two big answers.

"Discard this registration?" after a volunteer has put work into a draft, "Close the
kiosk?" in coordinator mode. Shown over the screens in the kiosk's own window; Yes and No
sit in the middle of the screen, away from Cancel, Back and Next.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.ui.buttons import ActionButton
from kiosk.ui.overlay import Overlay
from kiosk.ui.retranslating import Retranslating

ANSWER_HEIGHT = 88
ANSWER_WIDTH = 220


class AskOnce(Retranslating, Overlay):
    yes = Signal()
    no = Signal()

    def __init__(
        self,
        over: QWidget,
        object_name: str,
        question: Callable[[], str],
        yes_text: Callable[[], str],
        no_text: Callable[[], str],
    ) -> None:
        """The texts are functions, called again when the interface language changes."""
        super().__init__(over, object_name)
        self._texts = (question, yes_text, no_text)
        self.question = QLabel()
        self.question.setObjectName(f"{object_name}-question")
        self.question.setProperty("role", "section")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_button = ActionButton(f"{object_name}-no", "secondary", min_height=ANSWER_HEIGHT)
        self.yes_button = ActionButton(f"{object_name}-yes", "primary", min_height=ANSWER_HEIGHT)
        for button in (self.no_button, self.yes_button):
            button.setMinimumWidth(ANSWER_WIDTH)
        self.no_button.clicked.connect(self._answer_no)
        self.yes_button.clicked.connect(self._answer_yes)
        answers = QHBoxLayout()
        answers.setSpacing(48)
        answers.addWidget(self.no_button)
        answers.addWidget(self.yes_button)
        self.content.addWidget(self.question)
        self.content.addLayout(answers)
        self.retranslate()

    def retranslate(self) -> None:
        question, yes_text, no_text = self._texts
        self.question.setText(question())
        self.yes_button.setText(yes_text())
        self.no_button.setText(no_text())

    def ask(self) -> None:
        self.appear()

    def _answer_yes(self) -> None:
        self.hide()
        self.yes.emit()

    def _answer_no(self) -> None:
        self.hide()
        self.no.emit()
