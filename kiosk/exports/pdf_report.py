"""The PDF report (ReportLab): title, site, period, totals, people per day, and for each
breakdown a bar chart with its numbers beside the bars and a table, in nl, fr or en."""

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.core.counts import DailyCounts
from kiosk.core.counts_json import BREAKDOWNS, TOTALS, known_codes
from kiosk.core.period_totals import PeriodTotals, add_up
from kiosk.core.site import Site
from kiosk.exports.report_texts import code_label, word
from kiosk.paths import resources_dir

INK = colors.HexColor("#1d2b36")
MUTED = colors.HexColor("#4f5d68")
BLUE = colors.HexColor("#1d5c85")
LINE = colors.HexColor("#c5ced6")
TINT = colors.HexColor("#e1edf6")
WIDTH = A4[0] - 36 * mm
CHART_ROWS = 12  # the largest cells get a bar; the table lists them all
NATURAL_ORDER = ("by_sex", "by_age_band", "by_sex_age_band", "by_flag", "by_referral")


@cache
def _fonts() -> tuple[str, str]:
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont("NotoSans", str(folder / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoSans-Bold", str(folder / "NotoSans-Bold.ttf")))
    return "NotoSans", "NotoSans-Bold"


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = _fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=22, leading=27, textColor=INK),
        "meta": ParagraphStyle("meta", fontName=regular, fontSize=10.5, leading=15,
                               textColor=MUTED),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=14, leading=18, textColor=INK,
                             spaceBefore=10, spaceAfter=6),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, textColor=INK),
    }


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def _percent(n: int, total: int, language: str) -> str:
    shown = f"{100 * n / total:.1f}"
    return (shown if language == "en" else shown.replace(".", ",")) + "\u00a0%"


def _table(rows: list[list[str]], widths: list[float], numeric_from: int) -> Table:
    regular, bold = _fonts()
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, 9.5),
        ("FONT", (0, 0), (-1, 0), bold, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _bars(labels: list[str], values: list[int]) -> Drawing:
    """Horizontal bars, largest on top, each with its number at its end."""
    regular, _ = _fonts()
    row = 16
    height = row * len(values) + 24
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 170, 16
    chart.width, chart.height = int(WIDTH) - 170 - 40, row * len(values)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = LINE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, max(values)) * 1.08
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barWidth = round(row * 0.7)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing


def _columns(labels: list[str], values: list[int]) -> Drawing:
    """People per day: a column per day, numbers above the columns when there is room."""
    regular, _ = _fonts()
    drawing = Drawing(WIDTH, 170)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 34
    chart.width, chart.height = int(WIDTH) - 40, 118
    chart.data = [values]
    step = max(1, len(labels) // 15)
    chart.categoryAxis.categoryNames = [
        label if i % step == 0 else "" for i, label in enumerate(labels)
    ]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.strokeColor = LINE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.strokeColor = LINE
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    if len(values) <= 31:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = regular
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _cells(period: PeriodTotals, breakdown: str) -> list[tuple[str, int]]:
    if breakdown in NATURAL_ORDER:
        cells = period.breakdowns.get(breakdown, {})
        return [(code, cells[code]) for code in known_codes(breakdown) if cells.get(code)]
    return period.ranked(breakdown)


def _breakdown(
    period: PeriodTotals, breakdown: str, language: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    heading = Paragraph(word(breakdown, language), styles["h2"])
    cells = _cells(period, breakdown)
    if not cells:
        return [KeepTogether([heading, Paragraph(word("none", language), styles["body"])])]
    total = sum(n for _, n in cells)
    shown = cells if breakdown in NATURAL_ORDER else cells[:CHART_ROWS]
    chart = _bars([code_label(breakdown, c, language) for c, _ in shown], [n for _, n in shown])
    rows = [["", word("code", language), word("count", language), word("share", language)]]
    for code, n in cells:
        rows.append([code_label(breakdown, code, language), code, _number(n),
                     _percent(n, total, language)])
    table = _table(rows, [WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.15, WIDTH * 0.15], 2)
    return [CondPageBreak(60 * mm), KeepTogether([heading, chart]), Spacer(1, 4), table]


def write_pdf(
    days: Sequence[DailyCounts], site: Site, language: str, made: datetime, out: Path
) -> None:
    styles = _styles()
    regular, _ = _fonts()
    first, last = days[0].day, days[-1].day
    period = add_up(days, first, last)
    # Paragraph text is markup: the site's name and id are escaped, so `Startpunt <Noord>`
    # prints whole and an unbalanced tag cannot break the report.
    name, site_id = escape(site.name), escape(site.site_id)
    story: list[Flowable] = [
        Paragraph(f"{word('title', language)} · {name}", styles["title"]),
        Spacer(1, 4),
        Paragraph(
            f"{word('site', language)}: {name} ({site_id})<br/>"
            f"{word('period', language)}: {first.isoformat()} {word('to', language)} "
            f"{last.isoformat()} ({len(days)} {word('days', language)})<br/>"
            f"{word('made', language)}: {made.strftime('%Y-%m-%d %H:%M')}",
            styles["meta"],
        ),
        Paragraph(word("totals", language), styles["h2"]),
        _table(
            [["", word("count", language)],
             *([word(name, language), _number(period.total(name))] for name in TOTALS)],
            [WIDTH * 0.7, WIDTH * 0.3], 1,
        ),
        Paragraph(word("per_day", language), styles["h2"]),
        _columns([c.day.strftime("%d/%m") for c in days], [c.people for c in days]),
    ]
    for breakdown in BREAKDOWNS:
        story += _breakdown(period, breakdown, language, styles)

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(MUTED)
        lines = simpleSplit(word("private", language), regular, 7.5, WIDTH - 25 * mm)
        for i, line in enumerate(lines):
            canvas.drawString(18 * mm, (12 - 3.4 * i) * mm, line)
        canvas.drawRightString(A4[0] - 18 * mm, 12 * mm,
                               f"{word('page', language)} {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=f"{word('title', language)} {site.name}",
        author="Startpunt Kiosk", lang=language,
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
