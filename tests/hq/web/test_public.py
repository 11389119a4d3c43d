"""Open data (`kiosk-hq serve --public`): off by default, and when on, weekly totals of all
sites for anyone, rounded to 5, suppressed below k, never a site or a day."""

import dataclasses
import re
from datetime import timedelta

from kiosk.core.public_weeks import published_weeks
from kiosk.hq.settings import HqSettings
from tests.hq.web.conftest import TODAY, Web, days_before, party, send

ADULTS = [("male", "26-59"), ("female", "26-59")]
SITES = ("brussels-north", "antwerp", "liege")


def open_data(web: Web, on: bool = True) -> None:
    app = web.client.app
    settings: HqSettings = app.state.settings  # type: ignore[attr-defined]
    app.state.settings = dataclasses.replace(settings, public=on)  # type: ignore[attr-defined]


def fill(web: Web, days: int = 50) -> None:
    for back in range(1, days + 1):
        for index, site in enumerate(SITES):
            size = 3 + (back + index) % 5
            parties = [party("ar", "SY", ADULTS) for _ in range(size)]
            parties.append(party("prs", "AF", [("female", "26-59"), ("male", "5-11")]))
            send(web.store, site, days_before(back), parties)


def test_off_by_default_both_answer_404(web: Web) -> None:
    """Without --public there is no public page and no public JSON, signed in or not."""
    fill(web, 10)
    assert HqSettings(db_url="sqlite:///x").public is False
    assert web.client.get("/api/v1/public/weeks.json").status_code == 404
    assert web.client.get("/public").status_code == 404
    web.account("vic")
    assert web.client.get("/public").status_code == 404


def test_weeks_are_whole_settled_rounded_and_suppressed(web: Web) -> None:
    """Every published figure is a multiple of 5 and never 1 to k-1; only whole weeks that
    ended a week ago; no site id and no day in the answer; no sign-in needed."""
    fill(web)
    open_data(web)
    answer = web.client.get("/api/v1/public/weeks.json")
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "public, max-age=3600"
    body = answer.json()
    first, last = published_weeks(TODAY)
    assert body["rounded_to"] == 5 and body["k"] == 10
    assert body["weeks"][0]["from"] == first.isoformat()
    assert body["weeks"][-1]["to"] == last.isoformat()
    assert TODAY - last >= timedelta(days=7)
    shown = 0
    for week in body["weeks"]:
        if week["withheld"]:
            continue
        for name in body["figures"]:
            figure = week[name]
            if figure["value"] is not None:
                shown += 1
                assert figure["value"] % 5 == 0
                assert not 1 <= figure["value"] <= body["k"] - 1
    assert shown > 0
    text = answer.text
    for site in SITES:
        assert site not in text
    # Filled for 50 days: the older weeks have no packets (0, not withheld? withheld:
    # fewer than three sites sent in them).
    assert body["weeks"][0]["withheld"]


def test_the_public_figure_is_the_rounded_sum_of_the_week(web: Web) -> None:
    """The newest published week's people are the exact sum of its packets, rounded."""
    fill(web)
    open_data(web)
    last = published_weeks(TODAY)[1]
    monday = last - timedelta(days=6)
    exact = sum(row["people"] for row in web.store.days(monday, last))
    week = web.client.get("/api/v1/public/weeks.json").json()["weeks"][-1]
    assert week["people"] == {"value": (exact + 2) // 5 * 5, "status": "rounded"}


def test_the_page_in_three_languages_without_signing_in(web: Web) -> None:
    """The page reads English, Dutch or French (?lang=), its table has a row per week."""
    fill(web)
    open_data(web)
    english = web.client.get("/public")
    assert english.status_code == 200 and "week by week" in english.text
    assert "Aankomsten bij Startpunt" in web.client.get("/public?lang=nl").text
    assert "Arrivées à Startpunt" in web.client.get("/public?lang=fr").text
    dutch_browser = web.client.get("/public", headers={"Accept-Language": "nl-BE,nl;q=0.9"})
    assert "afgerond op 5" in dutch_browser.text
    rows = re.findall(r"<tr><th scope=\"row\">", english.text)
    assert len(rows) == 12
    assert "sign-out" not in english.text
