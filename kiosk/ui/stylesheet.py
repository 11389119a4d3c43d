"""The look of the kiosk: big type, calm colours, strong contrast (all text ≥ 4.5:1).

Widgets say what they are with objectName or a `role` property; only this module says
how that looks. No rule relies on colour alone: chosen toggles also get a ✓ and a thick
border, errors a ⚠ and a bar.
"""

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

STYLESHEET = f"""
QWidget {{ color: {INK}; font-size: 20px; }}
QMainWindow, QStackedWidget, QWidget#screen {{ background: {PAPER}; }}

QLabel[role="title"] {{ font-size: 34px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: 20px; color: {MUTED}; }}
QLabel[role="section"] {{ font-size: 22px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: 17px; }}
QLabel[role="step"] {{ font-size: 18px; color: {MUTED}; }}
QLabel[role="error"] {{
    background: {RED_TINT}; color: {RED}; border-left: 8px solid {RED};
    padding: 12px 16px; font-weight: bold;
}}

QPushButton {{
    background: {CARD}; border: 2px solid {LINE}; border-radius: 12px;
    padding: 8px 18px; font-size: 22px;
}}
QPushButton:pressed {{ background: {BLUE_TINT}; }}
QPushButton:disabled {{ background: #ebebeb; color: #6b6b6b; border-color: #d4d4d4; }}
QPushButton[role="primary"] {{
    background: {BLUE}; color: #ffffff; border: 2px solid {BLUE_DARK}; font-weight: bold;
    font-size: 24px; padding: 8px 32px;
}}
QPushButton[role="primary"]:pressed {{ background: {BLUE_DARK}; }}
QPushButton[role="primary"]:disabled {{
    background: #e4e7ea; color: #5f6b75; border: 2px dashed #a9b4bd;
}}
QPushButton[role="quiet"] {{ background: transparent; border: 2px solid {LINE}; color: {MUTED}; }}
QPushButton[role="toggle"]:checked, QPushButton[role="person"]:checked {{
    background: {BLUE_TINT}; border: 4px solid {BLUE}; font-weight: bold;
}}
QPushButton[role="switch"] {{ font-size: 18px; font-weight: bold; padding: 4px 10px; }}
QPushButton[role="switch"]:checked {{
    background: {BLUE}; color: #ffffff; border: 2px solid {BLUE_DARK};
}}
QPushButton[role="language"] {{ border-radius: 16px; padding: 4px; }}
QPushButton[role="language"]:checked {{ border: 4px solid {BLUE}; background: {BLUE_TINT}; }}
QLabel[role="endonym"] {{ font-size: 32px; background: transparent; }}
QLabel[role="endonym"][script="Arabic"] {{ font-size: 38px; }}
QLabel[role="language-name"] {{ font-size: 16px; color: {MUTED}; background: transparent; }}
QPushButton[role="person"] {{ text-align: left; padding-left: 20px; }}

QFrame#today-panel, QFrame[role="card"] {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 16px;
}}
QFrame#today-panel QLabel {{ background: transparent; }}
QLabel[role="figure"] {{ font-size: 44px; font-weight: bold; color: {BLUE_DARK}; }}
QLabel[role="figure-name"] {{ font-size: 17px; color: {MUTED}; }}

QLabel#ticket-verdict {{ font-size: 38px; font-weight: bold; border-radius: 16px; padding: 24px;
    background: {CARD}; border: 2px solid {LINE}; }}
QLabel#ticket-verdict[verdict="accepted"] {{ background: #e4f2e5; color: #1c5523;
    border: 3px solid #2e7a36; }}
QLabel#ticket-verdict[verdict="refused"] {{ background: {RED_TINT}; color: {RED};
    border: 3px solid {RED}; }}
QLineEdit#ticket-input {{ font-size: 28px; }}
QFrame#print-status {{ background: #fff4d6; border-top: 2px solid #b58300; }}
QLabel#print-problem {{ font-size: 18px; color: #4a3500; }}
QLabel#meals-served {{ font-size: 22px; }}
QLabel#number-of-the-day {{ font-size: 220px; font-weight: bold; color: {BLUE_DARK}; }}

QLineEdit, QComboBox {{
    background: {CARD}; border: 2px solid {LINE}; border-radius: 10px;
    padding: 8px 14px; font-size: 22px; min-height: 40px;
}}
QComboBox::drop-down {{
    subcontrol-origin: border; subcontrol-position: top right; width: 52px;
    border-left: 2px solid {LINE};
}}
QComboBox::down-arrow {{ image: none; }}
QComboBox QAbstractItemView {{ font-size: 22px; background: {CARD}; }}
QLineEdit:focus, QComboBox:focus {{ border: 3px solid {BLUE}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 4px solid {RED}; }}

QListWidget {{
    background: {CARD}; border: 2px solid {LINE}; border-radius: 12px; font-size: 22px;
}}
QListWidget::item {{ min-height: 56px; padding: 0px 16px; border-bottom: 1px solid #e6e9ec; }}
QListWidget::item:selected {{ background: {BLUE_TINT}; color: {INK}; font-weight: bold; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:vertical {{ width: 14px; background: transparent; }}
QScrollBar::handle:vertical {{ background: {LINE}; border-radius: 7px; min-height: 48px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; }}
"""
