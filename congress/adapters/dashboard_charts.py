"""The dashboard's bar charts: geometry computed here, drawn as inline SVG by a Jinja macro.

One chart per share (re-elected, women, non-Party, ethnic, religious), one bar per ward in the
report's order and the district total as a bold last bar. Every figure, limit and verdict is the
ward's finding's own (`Share`): the chart only places it — exact fractions become floats only to
place pixels — and colours a bar by the rule's verdict, never by a comparison of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from congress.core.district import SHARES, DistrictReport, Share
from congress.core.numbers import format_limit

WIDTH = 720
LABEL_W = 190  # ward names, right-aligned before the bars
PLOT_W = 380  # bar area: 0 % .. axis maximum
TOP = 30  # room for the limit label and the axis labels
ROW = 24
BAR = 15
X0 = LABEL_W + 10
CHAR_W = 6.8  # rough width of a character of the printed percent, to keep it clear of lines

# key -> (css class of a bar that breaks its rule, how the limit is drawn: one line for a bound
# every ward shares, or a tick per ward where the bound is the ward's own baseline)
RULES: dict[str, tuple[str, str]] = {
    "re_elected": ("bad", "line"),
    "women": ("warn", "line"),
    "non_party": ("bad", "tick"),
}
_STEPS = (1, 2, 5, 10, 20, 25)


@dataclass(frozen=True)
class Bar:
    label: str
    y: float
    percent: str | None  # None: no data for this ward
    count: str = ""
    width: float = 0.0
    css: str = "ok"
    tick_x: float | None = None
    tick_label: str = ""
    total: bool = False
    value_x: float = 0.0

    @property
    def value(self) -> str:
        return f"{self.percent}% ({self.count})"


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    note: str
    height: float
    bars: list[Bar]
    grid: list[tuple[float, str]]
    limit_x: float | None = None
    limit_label: str = ""
    bottom: float = 0.0
    flagged: list[str] = field(default_factory=list)


def _has_data(share: Share | None) -> bool:
    return share is not None and share.ratio.defined


def _axis(values: list[Fraction]) -> tuple[int, int]:
    """A round axis maximum (at most 100) and its step, for the largest value shown."""
    top = max(values, default=Fraction(0))
    if top <= 0:
        return 10, 2
    for step in _STEPS:
        ticks = -(-top // step)
        if ticks <= 8:
            return min(100, int(ticks * step)), step
    return 100, 20


def _value_x(bar_end: float, text: str, obstacles: list[float | None]) -> float:
    """Where the printed percent starts: after the bar, and clear of a limit line or tick."""
    start = bar_end + 5
    for x in sorted(o for o in obstacles if o is not None):
        if start - 4 <= x <= start + CHAR_W * len(text):
            start = x + 5
    return start


def _common_bound(report: DistrictReport, key: str) -> Fraction | None:
    """The limit every ward with this share was held to, when they all share one."""
    values = {
        w.shares[key].bound.percent  # type: ignore[union-attr]
        for w in report.wards
        if key in w.shares and w.shares[key].bound is not None
    }
    return values.pop() if len(values) == 1 else None


def build_chart(report: DistrictReport, key: str, labels: dict[str, str]) -> Chart:
    """The geometry of one share's chart; `labels` holds the fixed texts in the page's language."""
    bad_css, drawn = RULES.get(key, ("ok", ""))
    common = _common_bound(report, key) if drawn == "line" else None
    total = report.totals.shares.get(key)
    shares = [w.shares.get(key) for w in report.wards] + [total]
    shown = [s.ratio.percent for s in shares if s is not None and _has_data(s)]
    shown += [s.bound.percent for s in shares if s is not None and s.bound is not None]
    axis_max, step = _axis(shown)

    def x_of(percent: Fraction) -> float:
        return X0 + float(min(percent, Fraction(axis_max)) / axis_max) * PLOT_W

    bars: list[Bar] = []
    flagged: list[str] = []
    rows = [(w.name, w.shares.get(key)) for w in report.wards]
    rows.append((labels["total"], total))
    for index, (name, share) in enumerate(rows):
        is_total = index == len(rows) - 1
        y = TOP + index * ROW + (6 if is_total else 0)
        if share is None or not _has_data(share):
            bars.append(Bar(label=name, y=y, percent=None, total=is_total))
            continue
        css = "total" if is_total else "ok"
        if share.ok is False:
            css = bad_css
            if not is_total:
                flagged.append(name)
        tick_x, tick_label = None, ""
        if drawn == "tick" and not is_total and share.bound is not None:
            tick_x = x_of(share.bound.percent)
            tick_label = labels["previous_term"].format(percent=share.bound.percent_text)
        count = f"{share.count}/{share.of}"
        width = max(x_of(share.ratio.percent) - X0, 0.0)
        text = f"{share.ratio.percent_text}% ({count})"
        obstacles = [tick_x, x_of(common) if common is not None else None]
        bars.append(
            Bar(
                label=name,
                y=y,
                percent=share.ratio.percent_text,
                count=count,
                width=width,
                css=css,
                tick_x=tick_x,
                tick_label=tick_label,
                total=is_total,
                value_x=_value_x(X0 + width, text, obstacles),
            )
        )
    bottom = TOP + len(rows) * ROW + 6
    grid = [(x_of(Fraction(v)), f"{v}%") for v in range(0, axis_max + 1, step)]
    limit_x, limit_label = None, ""
    if common is not None:
        kind = next(
            w.shares[key].bound.kind  # type: ignore[union-attr]
            for w in report.wards
            if key in w.shares and w.shares[key].bound is not None
        )
        limit_x = x_of(common)
        limit_label = labels[f"limit_{'max' if kind == 'max' else 'min'}"].format(
            percent=format_limit(common)
        )
    return Chart(
        key=key,
        title=labels[f"share_{key}"],
        note=labels[f"note_{key}"],
        height=bottom + (26 if limit_x is not None else 8),
        bars=bars,
        grid=grid,
        limit_x=limit_x,
        limit_label=limit_label,
        bottom=bottom,
        flagged=flagged,
    )


def build_charts(report: DistrictReport, labels: dict[str, str]) -> list[Chart]:
    return [build_chart(report, key, labels) for key in SHARES]


# The macro draws a `Chart`; everything textual goes through Jinja's autoescaping.
CHART_TEMPLATE = """\
{% macro chart(c, L) -%}
<figure class="chart" id="chart-{{ c.key }}" data-share="{{ c.key }}">
<figcaption><h3>{{ c.title }}</h3></figcaption>
<svg role="img" aria-labelledby="chart-{{ c.key }}-title chart-{{ c.key }}-desc"
 viewBox="0 0 {{ width }} {{ c.height }}" width="{{ width }}" height="{{ c.height }}">
<title id="chart-{{ c.key }}-title">{{ c.title }}</title>
<desc id="chart-{{ c.key }}-desc">{{ c.note }}{% if c.flagged %} {{ L.flagged }}: \
{{ c.flagged | join(", ") }}.{% endif %}</desc>
{% for gx, glabel in c.grid %}
<line class="grid" x1="{{ '%.1f' % gx }}" y1="{{ top - 6 }}" x2="{{ '%.1f' % gx }}" \
y2="{{ c.bottom }}"/>
<text class="axis" x="{{ '%.1f' % gx }}" y="{{ top - 10 }}" text-anchor="middle">{{ glabel }}</text>
{% endfor %}
{% for b in c.bars %}
<g class="row{% if b.total %} total-row{% endif %}">
{% if b.total %}<line class="sep" x1="0" y1="{{ b.y - 4 }}" x2="{{ width }}" y2="{{ b.y - 4 }}"/>{% endif %}
<text class="name" x="{{ label_w }}" y="{{ b.y + 12 }}" text-anchor="end">{{ b.label | truncate(26, true, "…", 0) }}\
<title>{{ b.label }}</title></text>
{% if b.percent is none %}
<text class="nodata" x="{{ x0 + 4 }}" y="{{ b.y + 12 }}">{{ L.no_data }}</text>
{% else %}
<rect class="bar {{ b.css }}" x="{{ x0 }}" y="{{ b.y }}" width="{{ '%.1f' % b.width }}" \
height="{{ bar }}"><title>{{ b.label }}: {{ b.percent }}% ({{ b.count }})</title></rect>
{% if b.tick_x is not none %}<line class="tick" x1="{{ '%.1f' % b.tick_x }}" y1="{{ b.y - 3 }}" \
x2="{{ '%.1f' % b.tick_x }}" y2="{{ b.y + bar + 3 }}"><title>{{ b.tick_label }}</title></line>{% endif %}
{% endif %}
</g>
{% endfor %}
{% if c.limit_x is not none %}
<line class="limit" x1="{{ '%.1f' % c.limit_x }}" y1="{{ top - 4 }}" x2="{{ '%.1f' % c.limit_x }}" \
y2="{{ c.bottom }}"><title>{{ c.limit_label }}</title></line>
<text class="limit-label" x="{{ '%.1f' % c.limit_x }}" y="{{ c.bottom + 16 }}" \
text-anchor="middle">{{ c.limit_label }}</text>
{% endif %}
{% for b in c.bars if b.percent is not none %}
<text class="value{% if b.total %} total-value{% endif %}" x="{{ '%.1f' % b.value_x }}" \
y="{{ b.y + 12 }}">{{ b.value }}</text>
{% endfor %}
</svg>
<p class="note">{{ c.note }}{% if c.limit_label %} {{ c.limit_label }}.{% endif %}</p>
</figure>
{%- endmacro %}
"""

CHART_GLOBALS = {"width": WIDTH, "top": TOP, "label_w": LABEL_W, "x0": X0, "bar": BAR}
