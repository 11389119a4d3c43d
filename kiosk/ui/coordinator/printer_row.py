"""A printer setting chosen by taps: the printers this computer has, the PDF folder or a
receipt printer, the paper, and a test page that says in words whether it printed.

The list of printers and the test page run on a worker (`lpstat` and `lp` are programs);
the row stays usable meanwhile. What it stores is the same setting as before
(kind, target, paper; see kiosk.core.printers), so `kiosk settings set` still works.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import ValidationError
from kiosk.core.printers import Paper, PrinterChoice, PrinterKind, make_printer_choice
from kiosk.core.settings import Setting
from kiosk.printing.backends import PrintFailed
from kiosk.printing.printer_check import FoundPrinter, found_printers, print_test_page
from kiosk.ui.buttons import ActionButton, ToggleButton
from kiosk.ui.coordinator.notice import Notice
from kiosk.ui.coordinator.setting_labels import setting_label
from kiosk.ui.print_status import problem_text
from kiosk.ui.tasks import Tasks
from kiosk.ui.touch import MIN_TARGET

FOLDER = "folder"
ESCPOS = "escpos"


@dataclass
class PrinterTools:
    """What a printer row needs: a worker pool, where the folder "printer" saves by default,
    and (for tests) how printers are found and a test page is printed."""

    tasks: Tasks
    default_folder: Path
    find: Callable[[], list[FoundPrinter]] = found_printers
    test_print: Callable[[PrinterChoice, Path, list[str]], str] = field(
        default=print_test_page
    )


def _split(text: str) -> tuple[str, str, str]:
    parts = [part.strip() for part in text.split(";")] + ["", "", ""]
    return parts[0] or FOLDER, parts[1], parts[2] or Paper.A4.value


class PrinterRow(QWidget):
    """One printer setting (printer.sheet or printer.tickets) as taps."""

    def __init__(self, setting: Setting, tools: PrinterTools, parent: QWidget | None = None):
        super().__init__(parent)
        self.setting = setting
        self._tools = tools
        self._receipts = setting.key == "printer.tickets"
        self._shown = (FOLDER, "", Paper.A4.value)
        self._chosen: tuple[str, str] = (FOLDER, "")  # kind, target
        self._found: list[FoundPrinter] | None = None
        self.caption = QLabel()
        self.caption.setProperty("role", "setting-name")
        self.looking = QLabel()
        self.looking.setProperty("role", "hint")
        self.looking.setWordWrap(True)
        self.printers = QWidget()
        self._printer_column = QVBoxLayout(self.printers)
        self._printer_column.setContentsMargins(0, 0, 0, 0)
        self._printer_column.setSpacing(8)
        self._printer_group = QButtonGroup(self)
        self.printer_buttons: dict[tuple[str, str], ToggleButton] = {}
        self.look_again = ActionButton(
            f"{self._name}-look-again", "secondary", min_height=MIN_TARGET
        )
        self.look_again.clicked.connect(self.look_for_printers)
        self.target_caption = QLabel()
        self.target_caption.setProperty("role", "hint")
        self.target = QLineEdit()  # a folder, or a receipt printer's connection
        self.target.setObjectName(f"{self._name}-target")
        self.target.setMinimumHeight(MIN_TARGET + 8)
        self.paper_caption = QLabel()
        self.paper_caption.setProperty("role", "hint")
        paper_group = QButtonGroup(self)
        self.paper_buttons: dict[str, ToggleButton] = {}
        papers = QHBoxLayout()
        for paper in Paper:
            button = ToggleButton(f"{self._name}-paper-{paper.value}", min_height=MIN_TARGET + 8)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            paper_group.addButton(button)
            papers.addWidget(button)
            self.paper_buttons[paper.value] = button
        papers.addStretch(1)
        self.test_button = ActionButton(f"{self._name}-test", "primary", min_height=MIN_TARGET + 8)
        self.test_button.clicked.connect(self.print_test)
        self.test_result = Notice(f"{self._name}-test-result")
        self.error = QLabel()
        self.error.setObjectName(f"setting-{setting.key}-error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        tests = QHBoxLayout()
        tests.addWidget(self.test_button)
        tests.addWidget(self.look_again)
        tests.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 12)
        layout.setSpacing(6)
        for part in (self.caption, self.looking, self.printers, self.target_caption, self.target,
                     self.paper_caption):
            layout.addWidget(part)
        layout.addLayout(papers)
        layout.addLayout(tests)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        self._rebuild()

    @property
    def _name(self) -> str:
        return "setting-" + self.setting.key.replace(".", "-")

    def retranslate(self) -> None:
        self.caption.setText(setting_label(self.setting.key))
        self.look_again.setText(self.tr("Look for printers again"))
        self.test_button.setText(self.tr("Test print"))
        self.paper_caption.setText(self.tr("Paper"))
        self.paper_buttons[Paper.A4.value].set_label(self.tr("A4 sheets"))
        self.paper_buttons[Paper.RECEIPT.value].set_label(self.tr("Receipt roll (80 mm)"))
        self._rebuild()

    # -- the printers found -------------------------------------------------------------

    @property
    def printers_found(self) -> list[FoundPrinter] | None:
        """The printers found by the last look, or None while the first look runs."""
        return self._found

    def look_for_printers(self) -> None:
        self.looking.setText(self.tr("Looking for printers…"))
        self._tools.tasks.run(
            self._tools.find, done=self._found_printers, failed=lambda _e: self._found_printers([]),
            name=f"find-printers-{self.setting.key}",
        )

    def _found_printers(self, found: object) -> None:
        self._found = [p for p in found if isinstance(p, FoundPrinter)] if isinstance(
            found, list
        ) else []
        self._rebuild()

    def _options(self) -> list[tuple[tuple[str, str], str]]:
        """(kind, target) and its label, in the order shown."""
        options: list[tuple[tuple[str, str], str]] = []
        for printer in self._found or []:
            label = printer.name
            if printer.default:
                label += " · " + self.tr("default")
            if not printer.ready:
                label += " · " + self.tr("paused")
            options.append(((PrinterKind.CUPS.value, printer.name), label))
        kind, target = self._chosen
        if kind == PrinterKind.CUPS.value and (kind, target) not in dict(options):
            options.append(((kind, target), target + " · " + self.tr("not found now")))
        if kind == PrinterKind.QT.value:
            options.append(((kind, target), self.tr("System printer %1").replace("%1", target)))
        options.append(((FOLDER, ""), self.tr("PDF files in a folder")))
        if self._receipts or kind == ESCPOS:
            options.append(((ESCPOS, ""), self.tr("Receipt printer (ESC/POS)")))
        return options

    def _rebuild(self) -> None:
        for button in self.printer_buttons.values():
            # out of the column and hidden now, not at the next turn of the event loop:
            # until then the old and new buttons shared the column, squeezed to 30 px
            self._printer_group.removeButton(button)
            self._printer_column.removeWidget(button)
            button.deleteLater()
            button.setParent(None)  # hidden, and no longer found among the row's children
        self.printer_buttons = {}
        for key, label in self._options():
            button = ToggleButton(
                f"{self._name}-{key[0]}-{key[1] or 'any'}", min_height=MIN_TARGET + 8
            )
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.set_label(label)
            button.setChecked(self._is_chosen(key))
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            self._printer_group.addButton(button)
            self._printer_column.addWidget(button)
            self.printer_buttons[key] = button
        if self._found is None:
            self.looking.setText(self.tr("Looking for printers…"))
        elif not self._found:
            self.looking.setText(self.tr("No printers found on this computer."))
        else:
            self.looking.setText(self.tr("Tap the printer to use."))
        self._show_target()

    def _is_chosen(self, key: tuple[str, str]) -> bool:
        kind = self._chosen[0]
        if kind in (FOLDER, ESCPOS):
            return key[0] == kind
        return key == self._chosen

    def _choose(self, key: tuple[str, str]) -> None:
        kind = key[0]
        if kind in (FOLDER, ESCPOS) and self._chosen[0] != kind:
            self.target.clear()
        self._chosen = key
        if kind == ESCPOS:
            self.paper_buttons[Paper.RECEIPT.value].setChecked(True)
        self.test_result.clear()
        self._show_target()

    def _show_target(self) -> None:
        kind = self._chosen[0]
        typed = kind in (FOLDER, ESCPOS)
        self.target_caption.setVisible(typed)
        self.target.setVisible(typed)
        if kind == FOLDER:
            self.target_caption.setText(self.tr("Folder (empty: the kiosk's own folder)"))
        elif kind == ESCPOS:
            self.target_caption.setText(
                self.tr("Connection, e.g. usb:0x04b8:0x0202 or network:192.168.1.50")
            )
        self.target.setAccessibleName(self.target_caption.text())
        self.paper_buttons[Paper.A4.value].setEnabled(kind != ESCPOS)

    # -- the setting row's interface ----------------------------------------------------

    def show_value(self, text: str) -> None:
        kind, target, paper = _split(text)
        self._shown = (kind, target, paper)
        self._chosen = (kind, "" if kind in (FOLDER, ESCPOS) else target)
        self.target.setText(target if kind in (FOLDER, ESCPOS) else "")
        if paper in self.paper_buttons:
            self.paper_buttons[paper].setChecked(True)
        self.show_error(None)
        self._rebuild()
        if self._found is None:
            self.look_for_printers()

    def _current(self) -> tuple[str, str, str]:
        kind, target = self._chosen
        if kind in (FOLDER, ESCPOS):
            target = self.target.text().strip()
        paper = next((p for p, b in self.paper_buttons.items() if b.isChecked()), self._shown[2])
        return kind, target, paper

    def typed(self) -> str:
        kind, target, paper = self._current()
        return json.dumps({"kind": kind, "target": target, "paper": paper})

    def changed(self) -> bool:
        return self._current() != self._shown

    def show_error(self, message: str | None) -> None:
        self.error.setVisible(message is not None)
        self.error.setText("" if message is None else f"⚠  {message}")

    # -- the test page ------------------------------------------------------------------

    def print_test(self) -> None:
        kind, target, paper = self._current()
        try:
            choice = make_printer_choice(
                {"kind": kind, "target": target, "paper": paper}, self.setting.key
            )
        except ValidationError:
            self.test_result.say(False, self.tr("Choose a printer and its paper first."))
            return
        lines = [
            self.tr("Startpunt Kiosk: test page"),
            self.tr("If you can read this, the printer works."),
            setting_label(self.setting.key),
        ]
        self.test_button.setEnabled(False)
        self.test_result.say(True, self.tr("Printing a test page…"))
        tools = self._tools
        started = tools.tasks.run(
            lambda: tools.test_print(choice, tools.default_folder, lines),
            done=self._tested,
            failed=self._test_failed,
            name=f"test-print-{self.setting.key}",
        )
        if not started:
            self.test_button.setEnabled(True)

    def _tested(self, where: object) -> None:
        self.test_button.setEnabled(True)
        self.test_result.say(
            True, self.tr("The test page was sent to the printer (%1).").replace("%1", str(where))
        )

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        problem = error.problem if isinstance(error, PrintFailed) else None
        text = self.tr("The test page did not print.") + " " + problem_text(problem)
        text += "\n" + self.tr("Technical detail: %1").replace("%1", str(error))
        self.test_result.say(False, text)

