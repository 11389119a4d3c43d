"""Screenshots of headquarters' web dashboard, at a desktop and a phone width, for review:
.venv/bin/python docs/make_hq_screenshots.py

Starts a real `kiosk-hq serve` on 127.0.0.1 with three synthetic desks' last 60 days
(tests/hq/web/browser.py), signs in with Debian's Chromium (headless, Selenium) and saves
every page into docs/screenshots/hq/: sign-in, password change, overview (English, Dutch,
French), sites, readers, accounts, and the open-data page (/public, no sign-in; English and
Dutch), each as desktop-WIDTH and phone-WIDTH.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hq.web.browser import (  # noqa: E402
    PASSWORD,
    choose_own_password,
    chromium,
    demo_hq,
    full_page,
    missing_browser,
    press,
    sign_in,
)

OUT = ROOT / "docs" / "screenshots" / "hq"
SIZES = (("desktop", 1366, 900), ("phone", 390, 844))


def main() -> int:
    why = missing_browser()
    if why:
        print(f"make_hq_screenshots: {why}", file=sys.stderr)
        return 2
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    with tempfile.TemporaryDirectory() as scratch, demo_hq(Path(scratch)) as (hq, passwords):
        for number, (kind, width, height) in enumerate(SIZES):
            driver = chromium(width, height)
            try:
                for language in ("en", "nl"):
                    driver.get(f"{hq.url}/public?lang={language}")
                    full_page(driver, OUT / f"public-{language}-{kind}.png", width)
                    driver.set_window_size(width, height)
                driver.get(f"{hq.url}/sign-in")
                full_page(driver, OUT / f"sign-in-{kind}.png", width)
                driver.set_window_size(width, height)
                if number == 0:  # the first sign-in asks for a password of one's own
                    sign_in(driver, hq.url, "ada", passwords["ada"])
                    full_page(driver, OUT / f"password-{kind}.png", width)
                    driver.set_window_size(width, height)
                    choose_own_password(driver, passwords["ada"])
                else:
                    sign_in(driver, hq.url, "ada", PASSWORD)
                for language in ("en", "nl", "fr"):
                    driver.get(f"{hq.url}/overview?preset=last-30")
                    Select(driver.find_element(By.ID, "language")).select_by_value(language)
                    press(driver, "form[action='/language'] button")
                    full_page(driver, OUT / f"overview-{language}-{kind}.png", width)
                    driver.set_window_size(width, height)
                Select(driver.find_element(By.ID, "language")).select_by_value("en")
                press(driver, "form[action='/language'] button")
                for page in ("sites", "readers", "accounts"):
                    driver.get(f"{hq.url}/{page}")
                    full_page(driver, OUT / f"{page}-{kind}.png", width)
                    driver.set_window_size(width, height)
            finally:
                driver.quit()
    print(f"wrote {len(list(OUT.glob('*.png')))} screenshots into {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
