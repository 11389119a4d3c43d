"""The overview for viewers: the period's figures for all sites and per site, people per day
and per week (bars with their table), the breakdowns by name in the reader's language, and
the same as CSV or XLSX."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from kiosk.core.category_names import category_name
from kiosk.core.codes import AgeBand, Sex
from kiosk.core.disclosure import OTHER
from kiosk.core.packet_sums import SUMMARY, Cell, PeriodSums
from kiosk.hq.web.downloads import as_csv, as_xlsx, download, overview_rows
from kiosk.hq.web.page_kit import Signed, WebRefusal, bar_chart, page, shown, store_of
from kiosk.hq.web.period import PRESETS, Period

router = APIRouter(include_in_schema=False)


type ShownCells = list[tuple[str, str, Cell]]  # code, its name in the page's language, cell


def shown_breakdowns(sums: PeriodSums, language: str) -> dict[str, ShownCells]:
    """The overview's breakdown tables: each category by its name in the reader's language
    (the code stays in files and the API), open lists by count then name with the rare
    ones together last, closed ones in their own order."""

    def named(key: str, cells: list[tuple[str, Cell]]) -> ShownCells:
        return [(code, category_name(key, code, language), cell) for code, cell in cells]

    def by_count(key: str) -> ShownCells:
        found = named(key, list(sums.breakdowns[key].items()))
        return sorted(found, key=lambda i: (i[0] == OTHER, -i[2].known, i[1].casefold()))

    return {
        "by_language": by_count("by_language"),
        "by_nationality": by_count("by_nationality"),
        "by_age_band": named(
            "by_age_band", [(b.value, sums.breakdowns["by_age_band"][b.value]) for b in AgeBand]
        ),
        "by_sex": named("by_sex", [(s.value, sums.breakdowns["by_sex"][s.value]) for s in Sex]),
        "by_flag": named("by_flag", list(sums.breakdowns["by_flag"].items())),
        "by_referral": named("by_referral", list(sums.breakdowns["by_referral"].items())),
    }


def figure_cells(figures: dict[str, Cell], language: str, texts: dict[Cell, str]) -> str:
    """A row's figures as table cells (HTML); `texts` keeps each figure's escaped text."""
    cells = []
    for name in SUMMARY:
        cell = figures[name]
        text = texts.get(cell)
        if text is None:
            text = texts[cell] = str(escape(shown(cell, language)))
        cells.append(f'<td class="num">{text}</td>')
    return "".join(cells)


def per_site_rows(sums: PeriodSums, names: dict[str, str], language: str) -> Markup:
    """The per-site table's rows, made here as HTML (up to thousands of rows of seven
    figures: one loop in Python rather than template calls for each figure)."""
    texts: dict[Cell, str] = {}
    return Markup(
        "".join(
            f'\n    <tr><th scope="row">{escape(site_id)} <span class="site-name">'
            f"{escape(names.get(site_id, ''))}</span></th>\n      "
            f"{figure_cells(figures, language, texts)}</tr>\n    "
            for site_id, figures in sums.by_site.items()
        )
    )


@router.get("/overview")
def overview(request: Request, visitor: Signed, chosen: Period) -> HTMLResponse:
    shown_now = store_of(request).overview(chosen.first, chosen.last, chosen.site)
    sums, names = shown_now.sums, shown_now.names
    by_day = [(day.isoformat(), figures["people"]) for day, figures in sums.by_day.items()]
    by_week = [(week.isoformat(), figures["people"]) for week, figures in sums.by_week.items()]
    breakdowns = shown_breakdowns(sums, visitor.account.language)
    site_rows = per_site_rows(sums, names, visitor.account.language)
    return page(
        request,
        "overview.html",
        visitor.account.language,
        visitor,
        chosen=chosen,
        sums=sums,
        summary=SUMMARY,
        names=names,
        site_rows=site_rows,
        day_chart=bar_chart(by_day),
        week_chart=bar_chart(by_week),
        by_day=by_day,
        by_week=by_week,
        breakdowns=breakdowns,
        presets=PRESETS,
        waiting_to_close=shown_now.waiting_to_close,
    )


@router.get("/overview.{kind}")
def overviewdownload(request: Request, kind: str, visitor: Signed, chosen: Period) -> Response:
    if kind not in ("csv", "xlsx"):
        raise WebRefusal(404)
    store = store_of(request)
    shown_now = store.overview(chosen.first, chosen.last, chosen.site)
    rows = overview_rows(shown_now.sums, shown_now.names)
    name = f"startpunt-overview-{chosen.first.isoformat()}-{chosen.last.isoformat()}"
    content = as_csv(rows) if kind == "csv" else as_xlsx(rows, "overview", store.today())
    return download(content, name, kind)
