"""The dashboard shows closed days only: a day still open at its desk changes nothing on the
overview or in its downloads, however many revisions of it arrive; the pages say how many
packets wait for their day to close, without their numbers."""

import re

from tests.hq.web.conftest import TODAY, Web, days_before, party, send

ADULTS = [("male", "26-59"), ("female", "26-59")]


def crowd(n: int) -> list:  # type: ignore[type-arg]
    return [party("ar", "SY", ADULTS) for _ in range(n)]


def without_csrf(text: str) -> str:
    return re.sub(r'name="csrf" value="[^"]+"', "", text)


def test_revisions_of_an_open_day_leave_the_overview_and_downloads_as_they_were(
    web: Web,
) -> None:
    """Yesterday closed (6 parties); today open at 10:00 (8 parties) and at 10:05 (9): the
    page, the CSV and the XLSX are byte for byte the same after the second revision, with
    12 people; once today's closed revision arrives, its 20 people count."""
    send(web.store, "desk-a", days_before(1), crowd(6))
    send(web.store, "desk-a", TODAY, crowd(8), closed=False, revision=1)
    web.account("viewer")
    query = f"from={days_before(3)}&to={TODAY}"
    first = [web.client.get(f"/overview{suffix}?{query}") for suffix in ("", ".csv", ".xlsx")]
    send(web.store, "desk-a", TODAY, crowd(9), closed=False, revision=2)
    second = [web.client.get(f"/overview{suffix}?{query}") for suffix in ("", ".csv", ".xlsx")]
    assert without_csrf(first[0].text) == without_csrf(second[0].text)
    assert first[1].content == second[1].content
    assert first[2].content == second[2].content
    page = second[0].text
    assert re.search(r'id="total-people">12<', page)
    waiting = re.search(r'id="waiting-to-close">([^<]*)<', page)
    assert waiting is not None and "1 packets waiting" in waiting.group(1)
    assert "18" not in waiting.group(1) and "9" not in waiting.group(1)

    send(web.store, "desk-a", TODAY, crowd(10), closed=True, revision=3)
    page = web.client.get(f"/overview?{query}").text
    assert re.search(r'id="total-people">32<', page)
    assert 'id="waiting-to-close"' not in page


def test_the_sites_page_counts_packets_waiting_to_close(web: Web) -> None:
    """An admin's sites page says how many packets wait for their day to close."""
    send(web.store, "desk-a", TODAY, crowd(8), closed=False)
    send(web.store, "desk-b", TODAY, crowd(8), closed=False)
    send(web.store, "desk-c", TODAY, crowd(8), closed=True)
    web.account("ada", role="admin")
    page = web.client.get("/sites?preset=last-30").text
    waiting = re.search(r'id="waiting-to-close">([^<]*)<', page)
    assert waiting is not None and waiting.group(1).startswith("Today: 2 packets waiting")
