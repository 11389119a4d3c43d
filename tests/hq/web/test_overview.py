"""The overview's numbers: equal to the API's, and never an exact figure for a sum that
includes a suppressed cell."""

import csv
import html
import io
import re
import zipfile
from datetime import date, datetime

from openpyxl import load_workbook

from kiosk.core.packet_sums import Cell, sum_period
from kiosk.hq.web.downloads import as_csv, as_xlsx
from tests.hq.web.conftest import TODAY, Web, days_before, party, send

ADULTS = [("male", "26-59"), ("female", "26-59")]


def crowd(n: int, language: str = "ar", nationality: str = "SY") -> list:  # type: ignore[type-arg]
    """n parties of two adults each, all alike (no small cells)."""
    return [party(language, nationality, ADULTS) for _ in range(n)]


def figure(page: str, name: str) -> str:
    found = re.search(rf'id="total-{name}">([^<]*)<', page)
    assert found is not None, name
    return found.group(1)


def api_rows(web: Web, first: date, last: date) -> list[dict]:  # type: ignore[type-arg]
    token = web.store.add_reader("Checker")
    answer = web.client.get(
        "/api/v1/days",
        params={"from": first.isoformat(), "to": last.isoformat()},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200
    return answer.json()  # type: ignore[no-any-return]


def test_totals_equal_the_apis_for_every_site_and_all(web: Web) -> None:
    """People, parties, meals and sheets on the page are the sums of GET /api/v1/days,
    per site and for all sites, over the last 30 days."""
    send(web.store, "desk-a", days_before(1), crowd(6))
    send(web.store, "desk-a", days_before(3), crowd(7, "fr", "GN"))
    send(web.store, "desk-b", days_before(1), crowd(10))
    send(web.store, "desk-b", days_before(40), crowd(9))  # outside the period
    web.account("viewer")
    page = web.client.get("/overview?preset=last-30").text
    rows = api_rows(web, days_before(29), TODAY)
    for name in ("people", "parties", "meals_served", "sheets_printed"):
        assert figure(page, name) == str(sum(row[name] for row in rows))
    assert figure(page, "people") == str(2 * (6 + 7 + 10))
    table = page.split('id="per-site"')[1]
    assert re.search(r"desk-a .*?<td class=\"num\">26</td>", table, re.S)
    assert re.search(r"desk-b .*?<td class=\"num\">20</td>", table, re.S)


def test_a_sum_with_a_suppressed_cell_is_at_least_never_exact(web: Web) -> None:
    """Two children on a day of twelve people are a suppressed cell: the children of the
    period show as "suppressed" (nothing else known) or "at least N" when another day sent
    an exact count, never as an exact number; the same in the download."""
    small = [*crowd(5), party("ar", "SY", [("female", "26-59"), ("male", "5-11"), ("male", "0-4")])]
    send(web.store, "desk-a", days_before(2), small)
    web.account("viewer")
    page = web.client.get("/overview?preset=last-30").text
    assert figure(page, "children") == "suppressed"
    kids = [party("ar", "SY", [("female", "26-59"), ("male", "5-11")]) for _ in range(6)]
    send(web.store, "desk-b", days_before(1), kids)
    page = web.client.get("/overview?preset=last-30").text
    assert figure(page, "children") == "at least 6"
    download = web.client.get("/overview.csv?preset=last-30").text
    assert "all-sites" in download and ",children,>=6" in download


def test_no_cell_from_one_to_k_minus_one_in_the_breakdowns(web: Web) -> None:
    """Breakdown tables over several days and sites show exact counts of at least k (or 0),
    and "suppressed"/"at least" where a small cell was part of the sum."""
    send(
        web.store,
        "desk-a",
        days_before(1),
        [*crowd(5), party("prs", "AF", [("female", "26-59"), ("male", "5-11")])],
    )
    send(web.store, "desk-b", days_before(2), crowd(6, "fr", "GN"))
    web.account("viewer")
    page = web.client.get("/overview?preset=this-year").text
    section = page.split('id="breakdowns-title"')[1]
    numbers = [int(n) for n in re.findall(r'<td class="num[^"]*">(\d+)</td>', section)]
    assert numbers and all(n == 0 or n >= 5 for n in numbers), numbers
    assert "suppressed" in section


def test_period_sums_rule() -> None:
    """A withheld breakdown makes every cell of the sum a lower bound; exact plus
    suppressed is "at least" the exact part."""
    row = {
        "site_id": "s",
        "date": "2026-11-20",
        "people": 3,
        "parties": 1,
        "meals_served": 0,
        "sheets_printed": 0,
        "breakdowns": {
            "by_language": {"cells": {}, "suppressed": [], "withheld": True},
            "by_nationality": {"cells": {}, "suppressed": [], "withheld": True},
            "by_sex_age_band": {"cells": {}, "suppressed": [], "withheld": True},
            "by_flag": {
                "cells": {"pregnant": 0},
                "suppressed": ["needs-shelter"],
                "withheld": False,
            },
            "by_referral": {"cells": {}, "suppressed": [], "withheld": True},
            "by_party_kind": {"cells": {}, "suppressed": [], "withheld": True},
        },
    }
    sums = sum_period([row], date(2026, 11, 20), date(2026, 11, 20))
    assert sums.all_sites["people"] == Cell(3)
    assert sums.all_sites["children"].suppressed
    assert sums.all_sites["needs_shelter"].suppressed
    assert (Cell(7) + Cell(0, True)).plain() == ">=7"


def test_downloads_quote_formulas_and_read_back() -> None:
    """A text cell starting with = + - @ is quoted in CSV and XLSX; XLSX reads back the same
    rows (numbers as numbers)."""
    rows = [("section", "site", "item", "value"), ("site", "=HYPERLINK(1)", "people", 12)]
    text = as_csv(rows)
    assert list(csv.reader(io.StringIO(text)))[1] == ["site", "'=HYPERLINK(1)", "people", "12"]
    book = load_workbook(io.BytesIO(as_xlsx(rows, "overview", TODAY)))
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[2]] == ["site", "'=HYPERLINK(1)", "people", 12]


def test_an_xlsx_download_is_dated_by_headquarters_day_not_the_machines_clock() -> None:
    """Inside (the document's dates) and in its zip (each entry's date): the day given, so
    the same figures read twice in a day are the same bytes."""
    rows = [("section", "site", "item", "value"), ("day", "", "2026-11-25", 12)]
    content = as_xlsx(rows, "overview", date(2024, 2, 29))
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2024, 2, 29, 0, 0, 0)}
    properties = load_workbook(io.BytesIO(content)).properties
    assert properties.created == properties.modified == datetime(2024, 2, 29)
    assert as_xlsx(rows, "overview", date(2024, 2, 29)) == content


def test_the_overview_download_equals_the_api(web: Web) -> None:
    """The CSV's per-site people and the XLSX's are the API's sums."""
    send(web.store, "desk-a", days_before(1), crowd(6))
    send(web.store, "desk-c", days_before(2), crowd(8))
    web.account("viewer")
    rows = api_rows(web, days_before(6), TODAY)
    first, last = days_before(6).isoformat(), TODAY.isoformat()
    text = web.client.get(f"/overview.csv?from={first}&to={last}").text
    found = {
        (r["site"].split()[0], r["item"]): r["value"]
        for r in csv.DictReader(io.StringIO(text))
        if r["section"].startswith("site ")
    }
    for site in ("desk-a", "desk-c"):
        assert found[(site, "people")] == str(
            sum(r["people"] for r in rows if r["site_id"] == site)
        )
    xlsx = web.client.get(f"/overview.xlsx?from={first}&to={last}")
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert ["all-sites " + f"{first}..{last}", None, "people", 28] in [
        [c.value for c in row] for row in sheet.iter_rows()
    ]


def test_a_bad_period_falls_back_and_says_so(web: Web) -> None:
    """A backwards or too long period shows the last 30 days and a message, not an error."""
    web.account("viewer")
    page = web.client.get("/overview?from=2026-11-20&to=2026-01-01")
    assert page.status_code == 200 and 'role="alert"' in page.text
    assert "2026-10-28 – 2026-11-26" in page.text


def breakdown_rows(page: str, table: str) -> dict[str, str]:
    """A breakdown table's rows: code (data-code) to the name shown."""
    part = page.split(f'<table id="{table}">')[1].split("</table>")[0]
    rows = re.findall(r'<tr data-code="([^"]*)"><th scope="row">([^<]*)</th>', part)
    return {code: html.unescape(name) for code, name in rows}


def test_categories_show_by_name_in_the_readers_language(web: Web) -> None:
    """Nationalities, languages, age bands, sexes and needs are named in the account's
    language (Dutch here, then French), never as raw codes; the CSV keeps the codes."""
    shelter = [party("ti", "ER", ADULTS, ("needs-shelter",)) for _ in range(6)]
    send(web.store, "desk-a", days_before(1), [*crowd(6), *shelter])
    web.account("viewer")
    web.client.post("/language", data={"csrf": web.csrf(), "language": "nl"})
    page = web.client.get("/overview?preset=last-30").text
    assert breakdown_rows(page, "by_nationality") == {"ER": "Eritrea", "SY": "Syrië"}
    assert breakdown_rows(page, "by_language") == {"ar": "Arabisch", "ti": "Tigrinya"}
    assert breakdown_rows(page, "by_flag")["needs-shelter"] == "Heeft vannacht opvang nodig"
    assert breakdown_rows(page, "by_age_band")["60+"] == "60 jaar of ouder"
    assert breakdown_rows(page, "by_sex")["unknown"] == "Niet opgegeven"
    web.client.post("/language", data={"csrf": web.csrf(), "language": "fr"})
    page = web.client.get("/overview?preset=last-30").text
    assert breakdown_rows(page, "by_nationality")["SY"] == "Syrie"
    assert breakdown_rows(page, "by_referral")["shelter"] == "Hébergement d'urgence"
    download = web.client.get("/overview.csv?preset=last-30").text
    lines = download.splitlines()
    assert "by_nationality,,SY,12" in lines and "by_flag,,needs-shelter,6" in lines
    assert "Syri" not in download
