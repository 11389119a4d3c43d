"""The look of the kiosk: big type, calm colours, strong contrast (all text ≥ 4.5:1).

Widgets say what they are with objectName or a `role` property; only this module says
how that looks. No rule relies on colour alone: chosen toggles also get a ✓ and a thick
border, errors a ⚠ and a bar. Two settings change the look for people who need it:
`high_contrast` (black, white and yellow) and `large_text` (reading type ×1.25; display
type from 32px up, already big and sized to fit its tiles, stays).
"""

from dataclasses import dataclass

PAPER = "#f4f1ea"
CARD = "#ffffff"
INK = "#1d2b36"
MUTED = "#4f5d68"
LINE = "#c5ced6"
BLUE = "#1d5c85"
BLUE_DARK = "#143f5c"
BLUE_TINT = "#e1edf6"
RED = "#8f1f19"
RED_TINT = "#fbeaea"

LARGE_TEXT_SCALE = 1.25
DISPLAY_SIZE = 32  # type this big or bigger is display type: large text leaves it alone


@dataclass(frozen=True, slots=True)
class Palette:
    paper: str
    card: str
    ink: str
    muted: str
    line: str
    accent: str  # primary buttons, chosen switches
    on_accent: str  # text on the accent
    accent_dark: str  # borders of primary buttons, figures, the number of the day
    tint: str  # pressed and chosen backgrounds
    red: str
    red_tint: str
    green: str
    green_dark: str
    green_tint: str
    warn: str  # the print-problem line
    warn_ink: str
    warn_tint: str
    disabled: str
    disabled_ink: str
    disabled_line: str
    waiting: str  # a primary button that cannot be tapped yet
    waiting_ink: str
    waiting_line: str
    item_line: str
    bar_now: str  # the chart column of today or this hour


CALM = Palette(
    paper=PAPER, card=CARD, ink=INK, muted=MUTED, line=LINE, accent=BLUE, on_accent="#ffffff",
    accent_dark=BLUE_DARK, tint=BLUE_TINT, red=RED, red_tint=RED_TINT, green="#2e7a36",
    green_dark="#1c5523", green_tint="#e4f2e5", warn="#b58300", warn_ink="#4a3500",
    warn_tint="#fff4d6", disabled="#ebebeb", disabled_ink="#6b6b6b", disabled_line="#d4d4d4",
    waiting="#e4e7ea", waiting_ink="#5f6b75", waiting_line="#a9b4bd", item_line="#e6e9ec",
    bar_now=BLUE_DARK,
)
# Black, white and yellow only (white and yellow on black: 21:1 and 19.6:1).
HIGH_CONTRAST = Palette(
    paper="#000000", card="#000000", ink="#ffffff", muted="#ffffff", line="#ffffff",
    accent="#ffff00", on_accent="#000000", accent_dark="#ffff00", tint="#333300",
    red="#ffff00", red_tint="#000000", green="#ffffff", green_dark="#ffffff",
    green_tint="#000000", warn="#ffff00", warn_ink="#ffff00", warn_tint="#000000",
    disabled="#000000", disabled_ink="#c0c0c0", disabled_line="#808080",
    waiting="#000000", waiting_ink="#c0c0c0", waiting_line="#c0c0c0", item_line="#808080",
    bar_now="#ffffff",
)


def stylesheet(high_contrast: bool = False, large_text: bool = False) -> str:
    """The window's style sheet in the calm or the high-contrast palette, in normal or large
    type (sizes under DISPLAY_SIZE ×1.25; paddings stay, so touch targets only grow)."""
    p = HIGH_CONTRAST if high_contrast else CALM
    scale = LARGE_TEXT_SCALE if large_text else 1.0

    def px(size: int) -> str:
        if size >= DISPLAY_SIZE:  # titles, endonyms, figures: already big, and sized to fit
            return f"{size}px"
        return f"{round(size * scale)}px"

    return f"""
QWidget {{ color: {p.ink}; font-size: {px(20)}; }}
QMainWindow, QStackedWidget, QWidget#screen {{ background: {p.paper}; }}

QLabel[role="title"] {{ font-size: {px(34)}; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {px(20)}; color: {p.muted}; }}
QLabel[role="section"] {{ font-size: {px(22)}; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="hint"] {{ color: {p.muted}; font-size: {px(17)}; }}
QLabel[role="step"] {{ font-size: {px(18)}; color: {p.muted}; }}
QLabel[role="error"] {{
    background: {p.red_tint}; color: {p.red}; border-left: 8px solid {p.red};
    padding: 12px 16px; font-weight: bold;
}}

QPushButton {{
    background: {p.card}; border: 2px solid {p.line}; border-radius: 12px;
    padding: 8px 18px; font-size: {px(22)};
}}
QPushButton:pressed {{ background: {p.tint}; }}
QPushButton:disabled {{
    background: {p.disabled}; color: {p.disabled_ink}; border-color: {p.disabled_line};
}}
QPushButton[role="primary"] {{
    background: {p.accent}; color: {p.on_accent}; border: 2px solid {p.accent_dark};
    font-weight: bold; font-size: {px(24)}; padding: 8px 32px;
}}
QPushButton[role="primary"]:pressed {{ background: {p.accent_dark}; }}
QPushButton[role="primary"]:disabled {{
    background: {p.waiting}; color: {p.waiting_ink}; border: 2px dashed {p.waiting_line};
}}
QPushButton[role="quiet"] {{
    background: transparent; border: 2px solid {p.line}; color: {p.muted};
}}
QPushButton[role="toggle"]:checked, QPushButton[role="person"]:checked {{
    background: {p.tint}; border: 4px solid {p.accent}; font-weight: bold;
}}
QPushButton[role="switch"] {{ font-size: {px(18)}; font-weight: bold; padding: 4px 10px; }}
QPushButton[role="switch"]:checked {{
    background: {p.accent}; color: {p.on_accent}; border: 2px solid {p.accent_dark};
}}
QPushButton[role="language"] {{ border-radius: 16px; padding: 4px; }}
QPushButton[role="language"]:checked {{ border: 4px solid {p.accent}; background: {p.tint}; }}
QLabel[role="invitation"] {{ font-size: {px(30)}; font-weight: bold; color: {p.accent_dark}; }}
QLabel[role="endonym"] {{ font-size: {px(32)}; background: transparent; }}
QLabel[role="endonym"][script="Arabic"] {{ font-size: {px(38)}; }}
QLabel[role="language-name"] {{
    font-size: {px(16)}; color: {p.muted}; background: transparent;
}}
QPushButton[role="person"] {{ text-align: left; padding-left: 20px; }}

QFrame#today-panel, QFrame[role="card"] {{
    background: {p.card}; border: 1px solid {p.line}; border-radius: 16px;
}}
QFrame#today-panel QLabel {{ background: transparent; }}
QLabel[role="figure"] {{ font-size: {px(44)}; font-weight: bold; color: {p.accent_dark}; }}
QLabel[role="figure-name"] {{ font-size: {px(17)}; color: {p.muted}; }}

QLabel#ticket-verdict {{ font-size: {px(38)}; font-weight: bold; border-radius: 16px;
    padding: 24px; background: {p.card}; border: 2px solid {p.line}; }}
QLabel#ticket-verdict[verdict="accepted"] {{ background: {p.green_tint}; color: {p.green_dark};
    border: 3px solid {p.green}; }}
QLabel#ticket-verdict[verdict="refused"] {{ background: {p.red_tint}; color: {p.red};
    border: 3px solid {p.red}; }}
QLineEdit#ticket-input {{ font-size: {px(28)}; }}
QFrame#print-status {{ background: {p.warn_tint}; border: 3px solid {p.warn};
    border-radius: 14px; }}
QFrame#print-status QLabel {{ background: transparent; border: none; color: {p.warn_ink}; }}
QLabel#print-problem-sign {{ font-size: {px(40)}; }}
QLabel#print-problem-title {{ font-size: {px(22)}; font-weight: bold; }}
QLabel#print-problem {{ font-size: {px(18)}; }}
QLabel#print-problem-detail {{ font-size: {px(14)}; }}
QLabel#meals-served {{ font-size: {px(22)}; }}
QLabel#number-of-the-day {{
    font-size: {px(220)}; font-weight: bold; color: {p.accent_dark};
}}

QLineEdit, QComboBox {{
    background: {p.card}; border: 2px solid {p.line}; border-radius: 10px;
    padding: 8px 14px; font-size: {px(22)}; min-height: 40px;
}}
QComboBox::drop-down {{
    subcontrol-origin: border; subcontrol-position: top right; width: 52px;
    border-left: 2px solid {p.line};
}}
QComboBox::down-arrow {{ image: none; }}
QComboBox QAbstractItemView {{ font-size: {px(22)}; background: {p.card}; }}
QLineEdit:focus, QComboBox:focus {{ border: 3px solid {p.accent}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 4px solid {p.red}; }}

QListWidget {{
    background: {p.card}; border: 2px solid {p.line}; border-radius: 12px;
    font-size: {px(22)};
}}
QListWidget::item {{
    min-height: 56px; padding: 0px 16px; border-bottom: 1px solid {p.item_line};
}}
QListWidget::item:selected {{ background: {p.tint}; color: {p.ink}; font-weight: bold; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}

QWidget[role="chart"] {{
    qproperty-barColor: {p.accent}; qproperty-barNowColor: {p.bar_now};
    qproperty-textColor: {p.ink}; qproperty-softColor: {p.muted};
    qproperty-gridColor: {p.line}; qproperty-textScale: {scale};
}}
QLabel#pin-dots {{ font-size: 44px; letter-spacing: 10px; color: {p.accent_dark}; }}
QLabel[role="setting-name"] {{ font-size: {px(19)}; font-weight: bold; }}
QLabel[role="done"] {{
    background: {p.green_tint}; color: {p.green_dark}; border-left: 8px solid {p.green};
    padding: 12px 16px; font-weight: bold;
}}
QScrollBar:vertical {{ width: 14px; background: transparent; }}
QScrollBar::handle:vertical {{ background: {p.line}; border-radius: 7px; min-height: 48px; }}
QScrollBar:horizontal {{ height: 14px; background: transparent; }}
QScrollBar::handle:horizontal {{ background: {p.line}; border-radius: 7px; min-width: 48px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; }}
"""


STYLESHEET = stylesheet()
