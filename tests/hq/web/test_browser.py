"""The dashboard in a real browser: Debian's Chromium (headless, Selenium) against a real
`kiosk-hq serve` on 127.0.0.1 holding three desks' last 60 days."""

import csv
import io
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.hq.accounts import Accounts
from kiosk.hq.store import HqStore
from tests.hq.pinned_time import HQ_TODAY
from tests.hq.web.browser import (
    PASSWORD,
    choose_own_password,
    chromium,
    demo_hq,
    follow,
    missing_browser,
    press,
    sign_in,
)
from tests.hq_harness import RunningHq

pytestmark = pytest.mark.skipif(bool(missing_browser()), reason=missing_browser() or "ready")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningHq, dict[str, str]]]:
    """The filled headquarters; ada and vic have chosen their own password already."""
    with demo_hq(tmp_path_factory.mktemp("hq-browser")) as (hq, passwords):
        store = HqStore.open(hq.db_url)
        accounts = Accounts(store.engine, store.clock)
        for account in accounts.all():
            if account.name in ("ada", "vic"):
                accounts.change_password(account.id, passwords[account.name], PASSWORD)
        store.close()
        yield hq, passwords


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """A fresh headless Chromium (no cookies) that downloads into tmp_path."""
    driver = chromium(1280, 900, downloads=tmp_path)
    driver.downloads = tmp_path
    try:
        yield driver
    finally:
        driver.quit()


def text_of(driver: Any, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.ID, element_id).text)


def api_people(hq: RunningHq, first: str, last: str) -> dict[str, int]:
    people: dict[str, int] = {}
    for row in hq.days(hq.add_reader("Browser check"), first, last):
        people[row["site_id"]] = people.get(row["site_id"], 0) + row["people"]
    return people


def test_first_sign_in_then_the_overview_equals_the_api(server: Any, browser: Any) -> None:
    """A new account signs in with its one-time password, must choose its own, and lands on
    the overview whose people for the last 30 days are the API's."""
    hq, passwords = server
    sign_in(browser, hq.url, "new", passwords["new"])
    assert browser.current_url.endswith("/password")
    choose_own_password(browser, passwords["new"])
    assert browser.current_url.endswith("/overview")
    first = HQ_TODAY - timedelta(days=29)
    people = api_people(hq, first.isoformat(), HQ_TODAY.isoformat())
    assert text_of(browser, "total-people") == str(sum(people.values()))


def test_period_and_language_change(server: Any, browser: Any) -> None:
    """ "This year" and typed dates change the numbers; Dutch then French change the words,
    and the choice stays with the account."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    hq, _ = server
    sign_in(browser, hq.url, "vic", PASSWORD)
    follow(browser, "This year")
    people = api_people(hq, f"{HQ_TODAY.year}-01-01", HQ_TODAY.isoformat())
    assert text_of(browser, "total-people") == str(sum(people.values()))
    start = browser.find_element(By.ID, "from")
    browser.execute_script("arguments[0].value = '2026-11-20'", start)
    browser.execute_script("arguments[0].value = '2026-11-21'", browser.find_element(By.ID, "to"))
    press(browser, "form.period button")
    assert "2026-11-20 – 2026-11-21" in browser.find_element(By.TAG_NAME, "h1").text
    people = api_people(hq, "2026-11-20", "2026-11-21")
    assert text_of(browser, "total-people") == str(sum(people.values()))
    try:
        for language, heading in (("nl", "Overzicht"), ("fr", "Aperçu")):
            Select(browser.find_element(By.ID, "language")).select_by_value(language)
            press(browser, "form[action='/language'] button")
            assert browser.find_element(By.TAG_NAME, "h1").text.startswith(heading)
            assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    finally:  # vic reads English in the other tests, whatever happened here
        Select(browser.find_element(By.ID, "language")).select_by_value("en")
        press(browser, "form[action='/language'] button")


def test_the_csv_download_equals_the_api(server: Any, browser: Any) -> None:
    """The overview's CSV, downloaded by the browser, holds each site's people as the API."""
    from selenium.webdriver.common.by import By

    hq, _ = server
    sign_in(browser, hq.url, "vic", PASSWORD)
    browser.get(f"{hq.url}/overview?from=2026-11-01&to=2026-11-25")
    browser.find_element(By.LINK_TEXT, "Download CSV").click()
    target = browser.downloads / "startpunt-overview-2026-11-01-2026-11-25.csv"
    for _ in range(100):
        if target.exists():
            break
        time.sleep(0.1)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    shown = {
        r["site"].split()[0]: int(r["value"])
        for r in rows
        if r["section"].startswith("site ") and r["item"] == "people"
    }
    assert shown == api_people(hq, "2026-11-01", "2026-11-25")


def test_a_viewer_cannot_reach_admin_pages(server: Any, browser: Any) -> None:
    """No admin links for a viewer, and typing their addresses gives 403."""
    from selenium.webdriver.common.by import By

    hq, _ = server
    sign_in(browser, hq.url, "vic", PASSWORD)
    assert not browser.find_elements(By.LINK_TEXT, "Accounts")
    for page in ("sites", "readers", "accounts"):
        browser.get(f"{hq.url}/{page}")
        assert "403" in browser.find_element(By.TAG_NAME, "body").text
    sign_in(browser, hq.url, "ada", PASSWORD)
    browser.get(f"{hq.url}/accounts")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Accounts"


def test_five_wrong_passwords_lock(server: Any, browser: Any) -> None:
    """Five wrong passwords in a row lock the account: the right one is then refused too."""
    hq, _ = server
    store = HqStore.open(hq.db_url)
    right = Accounts(store.engine, store.clock).add("lockme", "viewer")
    store.close()
    for attempt in range(5):
        sign_in(browser, hq.url, "lockme", f"wrong password {attempt}")
        message = text_of(browser, "problem")
        assert ("locked" in message) == (attempt == 4), message
    sign_in(browser, hq.url, "lockme", right)
    assert "locked" in text_of(browser, "problem")
    assert browser.current_url.endswith("/sign-in")


def test_open_data_page_without_signing_in(
    server: tuple[RunningHq, dict[str, str]], browser: Any
) -> None:
    """A browser that never signed in reads the public weeks (demo HQ runs with --public),
    in Dutch when asked, and every figure shown is a multiple of 5 or a word."""
    from selenium.webdriver.common.by import By

    hq, _ = server
    browser.get(f"{hq.url}/public?lang=nl")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Aankomsten bij Startpunt, week per week"
    cells = browser.find_elements(By.CSS_SELECTOR, "#public-weeks td.num")
    numbers = [cell.text for cell in cells if cell.text.isdigit()]
    assert numbers and all(int(n) % 5 == 0 for n in numbers)
    assert not browser.find_elements(By.CSS_SELECTOR, "form[action='/sign-out']")
