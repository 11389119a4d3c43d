"""A real headquarters (`kiosk-hq serve` on 127.0.0.1) with synthetic desks' packets, and
Debian's Chromium driven by Selenium: for the browser tests and docs/make_hq_screenshots.py."""

import random
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from kiosk.core.counts import count_parties
from kiosk.core.demo import demo_party
from kiosk.core.packet import build_packet, parse_packet
from kiosk.hq.accounts import Accounts
from kiosk.hq.store import HqStore
from tests.fake_clock import FakeClock
from tests.hq.pinned_time import HQ_NOW, HQ_TODAY, clock_for_new_processes
from tests.hq_harness import RunningHq, start_hq, stop_hq

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DESKS = (("brussels-north", "Brussels North"), ("antwerp", "Antwerp"), ("liege", "Liège"))
PASSWORD = "correct horse battery"


def missing_browser() -> str:
    """Why the browser tests cannot run here ("" when they can)."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if shutil.which(path) is None:
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (the test extra)"
    return ""


def fill(store: HqStore, days: int = 60, seed: int = 14) -> None:
    """Packets from the three desks for the `days` days up to yesterday (Liège misses some)."""
    rng = random.Random(seed)
    for back in range(1, days + 1):
        day: date = HQ_TODAY - timedelta(days=back)
        for index, (site_id, _) in enumerate(DESKS):
            if index == 2 and back % 9 == 0:
                continue  # Liège's desk did not send these days
            size = rng.randint(4, 22) if index else rng.randint(10, 35)
            parties = [demo_party(rng) for _ in range(size)]
            packet = build_packet(site_id, count_parties(day, parties), k=5, closed=True)
            store.receive(parse_packet(packet), f"key-{site_id}-{day}", "0" * 64)


@contextmanager
def demo_hq(directory: Path) -> Iterator[tuple[RunningHq, dict[str, str]]]:
    """A filled headquarters, running, its open data on (--public); with the one-time
    passwords of `ada` (admin), `vic` and `new` (viewers)."""
    url = f"sqlite:///{directory / 'hq.sqlite3'}"
    clock = FakeClock(HQ_NOW - timedelta(days=90))  # the desks joined three months ago
    store = HqStore.open(url, clock)
    try:
        for site_id, name in DESKS:
            store.add_site(site_id, name)
        clock.now = HQ_NOW
        fill(store)
        store.add_reader("Analyst at HQ")
        accounts = Accounts(store.engine, store.clock)
        passwords = {
            name: accounts.add(name, role)
            for name, role in (("ada", "admin"), ("vic", "viewer"), ("new", "viewer"))
        }
    finally:
        store.close()
    with clock_for_new_processes():
        hq = start_hq(url, "--public")
    try:
        yield hq, passwords
    finally:
        stop_hq(hq)


def chromium(width: int, height: int, downloads: Path | None = None):  # type: ignore[no-untyped-def]
    """Headless Chromium at this window size (downloads into `downloads`)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={width},{height}",
        "--lang=en",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(argument)
    if downloads is not None:
        options.add_experimental_option(
            "prefs",
            {"download.default_directory": str(downloads), "download.prompt_for_download": False},
        )
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def sign_in(driver, base: str, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    driver.get(f"{base}/sign-in")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))


def choose_own_password(driver, one_time: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, "current").send_keys(one_time)
    driver.find_element(By.ID, "new").send_keys(PASSWORD)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def submit_and_wait(driver, button) -> None:  # type: ignore[no-untyped-def]
    """Click a button or link and wait until the page it leads to has fully loaded.

    The old page is marked before the click; the wait ends when a document without the
    mark is complete. (Selenium's `staleness_of` asks Chromium about the old button while
    the page is being replaced, and Chromium sometimes answers that with an error.) The
    answer may take a while: Argon2 is slow on purpose.
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("document.documentElement.dataset.leaving = 'yes'")
    button.click()

    def next_page_loaded(driver) -> bool:  # type: ignore[no-untyped-def]
        return bool(
            driver.execute_script(
                "return document.readyState === 'complete'"
                " && document.documentElement.dataset.leaving !== 'yes'"
            )
        )

    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(next_page_loaded)


def full_page(driver, path: Path, width: int) -> None:  # type: ignore[no-untyped-def]
    """A screenshot of the whole page at this width (the window grows to the page)."""
    for _ in range(3):  # the page reflows at the new size: measure again
        height = int(driver.execute_script("return document.documentElement.scrollHeight"))
        driver.set_window_size(width, min(max(height + 140, 400), 9000))
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))


def press(driver, css: str) -> None:  # type: ignore[no-untyped-def]
    """Click the button found by `css` and wait for the page it leads to."""
    from selenium.webdriver.common.by import By

    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, css))


def follow(driver, link_text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the link with this text and wait for the page it leads to (reading the page
    before it is replaced finds the old page's nodes: "does not belong to the document")."""
    from selenium.webdriver.common.by import By

    submit_and_wait(driver, driver.find_element(By.LINK_TEXT, link_text))
