"""What coordinator mode adds to the kiosk's look (kiosk.ui.stylesheet): the PIN dots,
setting names, and a done message that is not only colour (it starts with ✓)."""

from kiosk.ui.stylesheet import BLUE_DARK

GREEN_TINT = "#e4f2e5"
GREEN_DARK = "#1c5523"
GREEN = "#2e7a36"

COORDINATOR_STYLE = f"""
QLabel#pin-dots {{ font-size: 44px; letter-spacing: 10px; color: {BLUE_DARK}; }}
QLabel[role="setting-name"] {{ font-size: 19px; font-weight: bold; }}
QLabel[role="done"] {{
    background: {GREEN_TINT}; color: {GREEN_DARK}; border-left: 8px solid {GREEN};
    padding: 12px 16px; font-weight: bold;
}}
"""
