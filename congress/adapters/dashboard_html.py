"""The district dashboard: one self-contained HTML file that opens from disk, with no network.

Inline CSS and inline SVG only: no script, no link, no font, no URL. Everything a ward officer
typed is escaped by Jinja's autoescaping; the fixed labels are Vietnamese (or English).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jinja2 import DictLoader, Environment, StrictUndefined

from congress.adapters.dashboard_charts import CHART_GLOBALS, CHART_TEMPLATE, build_charts
from congress.adapters.files import replace_atomically
from congress.core.district import DistrictReport, WardSummary
from congress.core.vn_format import short_date
from congress.i18n import LANGS
from congress.messages import CATALOGUE


def labels(lang: str) -> dict[str, str]:
    """The fixed texts of the page (`dashboard.*` in the catalogue); unknown languages get Vietnamese."""
    lang = lang if lang in LANGS else "vi"
    prefix = "dashboard."
    return {k.removeprefix(prefix): v[lang] for k, v in CATALOGUE.items() if k.startswith(prefix)}


@dataclass
class _Column:
    id: str
    label: str
    wards: list[WardSummary] = field(default_factory=list)


def _columns(report: DistrictReport) -> list[_Column]:
    """One column per stage in the workflow's order; a ward at an unknown stage gets its own."""
    columns = {s["id"]: _Column(s["id"], s.get("label", s["id"])) for s in report.stages}
    for ward in report.wards:
        column = columns.setdefault(ward.stage, _Column(ward.stage, ward.stage_label))
        column.wards.append(ward)
    return list(columns.values())


def _groups(report: DistrictReport) -> list[tuple[str | None, list[WardSummary]]]:
    """Working groups in order of first appearance; wards without a group come last."""
    groups: dict[str | None, list[WardSummary]] = {}
    for ward in report.wards:
        groups.setdefault(ward.group, []).append(ward)
    named = [(g, w) for g, w in groups.items() if g is not None]
    return named + ([(None, groups[None])] if None in groups else [])


_PAGE = """\
{% from "chart" import chart %}
<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ L.title }} — {{ r.unit }} — {{ r.today | day }}</title>
<style>
{{ css | safe }}
</style>
</head>
<body>
<header>
<h1>{{ L.title }} — {{ r.unit }}</h1>
<p class="meta">{{ L.date }} {{ r.today | day }}{% if r.workflow.get("id") %} · {{ L.workflow }} \
<code>{{ r.workflow["id"] }}</code>{% if r.workflow.get("version") is not none %} {{ L.version }} \
{{ r.workflow["version"] }}{% endif %}{% endif %}{% if r.workflow.get("title") %} — \
{{ r.workflow["title"] }}{% endif %}</p>
<section aria-labelledby="h-counters"><h2 id="h-counters" class="sr">{{ L.counters }}</h2>
<ul class="counters">
<li><b>{{ t.wards }}</b> {{ L.wards }}</li>
<li class="{{ 'alert' if t.overdue else '' }}"><b>{{ t.overdue }}</b> {{ L.overdue }}</li>
<li class="{{ 'alert' if t.blocked else '' }}"><b>{{ t.blocked }}</b> {{ L.blocked }}</li>
<li class="{{ 'grey' if t.missing_data else '' }}"><b>{{ t.missing_data }}</b> {{ L.missing_data }}</li>
<li class="{{ 'alert' if t.reopened else '' }}" data-counter="reopened"><b>{{ t.reopened }}</b> {{ L.reopened }}</li>
{% for c in columns %}<li class="stage"><b>{{ t.by_stage.get(c.id, c.wards | length) }}</b> {{ c.label }}</li>
{% endfor %}</ul></section>
</header>
<main>
<section aria-labelledby="h-grid"><h2 id="h-grid">{{ L.grid }}</h2>
<div class="grid" style="grid-template-columns: repeat({{ columns | length }}, minmax(0, 1fr))">
{% for c in columns %}
<section class="column" data-stage="{{ c.id }}" aria-labelledby="col-{{ loop.index }}">
<h3 id="col-{{ loop.index }}">{{ c.label }} <span class="n">{{ c.wards | length }}</span></h3>
{% for w in c.wards %}
<article class="card{% if w.overdue %} overdue{% endif %}{% if w.state == 'blocked' %} blocked{% endif %}\
{% if w.state == 'missing_data' %} missing{% endif %}" data-ward="{{ w.slug }}">
<h4>{{ w.name }}{% if w.pilot %} <span class="badge" title="{{ L.pilot_long }}">{{ L.pilot }}</span>{% endif %}</h4>
{% if w.group %}<p class="group" title="{{ L.groups_title }}">{{ w.group }}</p>{% endif %}
{% if w.overdue %}<p class="late">{{ L.days_late.format(days=w.overdue | map(attribute="days_late") | max) }}</p>{% endif %}
{% if w.blocking %}<p class="stop"><svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">\
<circle cx="8" cy="8" r="7"/><rect x="4" y="7" width="8" height="2" fill="#fff"/></svg> \
{{ L.blocking_count.format(n=w.blocking | length) }}</p>{% endif %}
{% if w.warnings %}<p class="warn">{{ L.warnings.format(n=w.warnings) }}</p>{% endif %}
{% if w.reopened %}<p class="reopened">{{ w.reopened | reopen_text(L.reopened_card) }}</p>{% endif %}
{% if w.exceptions %}<p class="exc">{{ L.exceptions_count.format(n=w.exceptions | length) }}</p>{% endif %}
{% if w.state == 'missing_data' %}<p class="nodata">{{ L.no_data_state }}</p>
{% if w.places %}<ul class="problems">{% for p in w.places %}<li>{{ p }}</li>{% endfor %}</ul>{% endif %}
{% endif %}
</article>
{% else %}<p class="empty">{{ L.empty_stage }}</p>
{% endfor %}
</section>
{% endfor %}
</div></section>

<section id="overdue" aria-labelledby="h-overdue"><h2 id="h-overdue">{{ L.overdue_title }}</h2>
{% if overdue %}<table><thead><tr><th>{{ L.wards }}</th><th>{{ L.groups_title }}</th>\
<th>{{ L.stage }}</th><th>{{ L.late_item }}</th></tr></thead><tbody>
{% for w in overdue %}<tr data-ward="{{ w.slug }}"><td>{{ w.name }}</td><td>{{ w.group or "" }}</td>\
<td>{{ w.stage_label }}</td><td>{% for d in w.overdue %}<span class="late">\
{{ L.days_late.format(days=d.days_late) }}</span>: {{ L.not_at.format(label=d.label, due=d.due | day) }}\
{% if not loop.last %}<br>{% endif %}{% endfor %}</td></tr>
{% endfor %}</tbody></table>
{% else %}<p>{{ L.no_overdue }}</p>{% endif %}
</section>

<section id="blocking" aria-labelledby="h-blocking"><h2 id="h-blocking">{{ L.blocking_title }}</h2>
{% for w in blocked %}<div class="ward-findings" data-ward="{{ w.slug }}"><h3>{{ w.name }}</h3><ul>
{% for f in w.blocking %}<li><b>{{ f.title }}</b>{% if f.status == "not_checked" %} <i>({{ L.unchecked }})</i>{% endif %} <code>{{ f.rule }}</code>: {{ f.message }}</li>
{% endfor %}</ul></div>
{% else %}<p>{{ L.no_blocking }}</p>
{% endfor %}
<h3 id="h-open">{{ L.open_title }}</h3>
{% for w in still_open %}<div class="ward-findings open-findings" data-ward="{{ w.slug }}"><h4>{{ w.name }} <span class="n">{{ w.stage_label }}</span></h4><ul>
{% for f in w.open_findings %}<li class="{{ 'stop' if f.severity == 'error' else 'warn' }}" data-rule="{{ f.rule }}">{{ L.open_error if f.severity == 'error' else L.open_warning }} <b>{{ f.title }}</b> <code>{{ f.rule }}</code>: {{ f.message }}</li>
{% endfor %}</ul></div>
{% else %}<p>{{ L.no_open }}</p>
{% endfor %}
<h3>{{ L.exceptions_title }}</h3>
{% if exceptions %}<table id="exceptions"><thead><tr><th>{{ L.wards }}</th><th>{{ L.rule }}</th>\
<th>{{ L.granted_by }}</th><th>{{ L.document }}</th><th>{{ L.reason }}</th></tr></thead><tbody>
{% for w, e in exceptions %}<tr data-ward="{{ w.slug }}"><td>{{ w.name }}</td><td><code>{{ e.get("rule", "") }}</code></td>\
<td>{{ e.get("granted_by", "") }}</td><td>{{ e.get("document", "") }}</td><td>{{ e.get("reason", "") }}</td></tr>
{% endfor %}</tbody></table>
{% else %}<p>{{ L.no_exceptions }}</p>{% endif %}
</section>

<section id="groups" aria-labelledby="h-groups"><h2 id="h-groups">{{ L.groups_title }}</h2>
<div class="groups">
{% for g, ws in groups %}<div class="group-box" data-group="{{ g or '' }}"><h3>{{ g or L.no_group }}</h3><ul>
{% for w in ws %}<li data-ward="{{ w.slug }}">{{ w.name }}{% if w.pilot %} <span class="badge">{{ L.pilot }}</span>\
{% endif %} — <span class="stage-name">{{ w.stage_label }}</span>{% if w.overdue %} <span class="late">\
{{ L.overdue }}</span>{% endif %}{% if w.state == 'blocked' %} <span class="stop">{{ L.blocked }}</span>\
{% endif %}{% if w.state == 'missing_data' %} <span class="nodata">{{ L.no_data_state }}</span>{% endif %}</li>
{% endfor %}</ul></div>
{% endfor %}</div>
</section>

<section id="charts" aria-labelledby="h-charts"><h2 id="h-charts">{{ L.charts_title }}</h2>
<p>{{ L.charts_intro }}</p>
<div class="charts">
{% for c in charts %}{{ chart(c, L) }}
{% endfor %}</div>
</section>
</main>
<footer><p>{{ L.footer }}</p></footer>
</body>
</html>
"""

_CSS = """\
:root { --red: #b3261e; --amber: #b86e00; --grey: #6b6b6b; --blue: #2f5d8a; --line: #d5d9de; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1600px; padding: 16px 24px; color: #1b1b1b; background: #f6f7f9;
  font: 14px/1.4 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 24px 0 8px;
  border-bottom: 2px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 8px 0 4px; }
h4 { font-size: 14px; margin: 0 0 2px; } p { margin: 2px 0; } code { font-size: 12px; color: #444; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.meta { color: #444; }
.counters { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 10px 0 0; }
.counters li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
.counters b { font-size: 18px; margin-right: 4px; }
.counters .alert { border-color: var(--red); color: var(--red); }
.counters .grey { color: var(--grey); } .counters .stage { background: #eef3f8; }
.grid { display: grid; gap: 10px; align-items: start; }
.column { background: #e9edf2; border-radius: 8px; padding: 8px; min-height: 80px; }
.column > h3 { margin: 0 0 8px; font-size: 14px; } .column .n { color: var(--grey); font-weight: normal; }
.card { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--blue);
  border-radius: 6px; padding: 6px 8px; margin-bottom: 8px; break-inside: avoid; }
.card.blocked { border-left-color: var(--amber); }
.card.overdue { border-color: var(--red); border-left-color: var(--red); background: #fdeeee; }
.card.missing { border-left-color: var(--grey); background: #efefef; color: #555; }
.card .group { color: #444; font-size: 13px; } .empty { color: var(--grey); font-style: italic; }
.badge { display: inline-block; background: var(--blue); color: #fff; border-radius: 8px;
  font-size: 11px; padding: 0 6px; vertical-align: middle; font-weight: normal; }
.late { color: var(--red); font-weight: bold; } .stop { color: var(--red); } .warn { color: var(--amber); }
.exc { color: #6a3d9a; } .reopened { color: #8a5a00; font-weight: bold; } .nodata { color: var(--grey); font-style: italic; }
.icon { vertical-align: -2px; fill: var(--red); }
.problems { margin: 2px 0 0; padding-left: 18px; font-size: 12px; color: #555; }
table { border-collapse: collapse; background: #fff; width: 100%; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
.ward-findings { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--red);
  border-radius: 6px; padding: 4px 12px; margin-bottom: 8px; }
.ward-findings ul { margin: 4px 0; padding-left: 20px; }
.groups { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px; }
.group-box { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; }
.group-box ul { margin: 4px 0; padding-left: 20px; } .stage-name { color: #444; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(640px, 1fr)); gap: 12px; }
.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px;
  break-inside: avoid; }
.chart svg { width: 100%; height: auto; max-width: 760px; display: block; }
.chart .note { font-size: 12px; color: #444; }
svg text { font-size: 12px; fill: #1b1b1b; } svg .axis { fill: #777; font-size: 11px; }
svg .grid { stroke: #e3e6ea; stroke-width: 1; } svg .sep { stroke: #999; stroke-width: 1; }
svg .bar.ok { fill: var(--blue); } svg .bar.bad { fill: var(--red); } svg .bar.warn { fill: #e69f00; }
svg .bar.total { fill: #1c2f44; } svg .total-row text { font-weight: bold; }
svg .nodata { fill: var(--grey); font-style: italic; }
svg .value { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .limit { stroke: var(--red); stroke-width: 2; stroke-dasharray: 5 3; }
svg .limit-label { fill: var(--red); font-size: 11px; font-weight: bold; }
svg .tick { stroke: #111; stroke-width: 3; }
footer { color: var(--grey); font-size: 12px; margin-top: 24px; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { background: #fff; max-width: none; padding: 0; font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .column { background: #f2f2f2; } .card, .chart, .ward-findings, .group-box, tr { break-inside: avoid; }
  h2 { break-after: avoid; } .charts { grid-template-columns: 1fr 1fr; }
  .chart svg { max-width: 100%; }
}
"""

_ENV = Environment(
    loader=DictLoader({"page": _PAGE, "chart": CHART_TEMPLATE}),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_ENV.globals.update(CHART_GLOBALS)
_ENV.filters["day"] = short_date


def _reopen_text(reopened: dict[str, object], template: str) -> str:
    """The card's «sent back» line, its date as the page shows dates."""
    at = reopened["at"]
    return template.format(**{**reopened, "at": short_date(at) if isinstance(at, date) else at})


_ENV.filters["reopen_text"] = _reopen_text


def render_dashboard(report: DistrictReport, lang: str = "vi") -> str:
    """The whole dashboard as one HTML5 document."""
    fixed = labels(lang)
    return _ENV.get_template("page").render(
        lang=lang if lang in LANGS else "vi",
        L=fixed,
        r=report,
        t=report.totals,
        css=_CSS,
        columns=_columns(report),
        overdue=[w for w in report.wards if w.overdue],
        blocked=[w for w in report.wards if w.blocking],
        still_open=[w for w in report.wards if w.open_findings],
        exceptions=[(w, e) for w in report.wards for e in w.exceptions],
        groups=_groups(report),
        charts=build_charts(report, fixed),
    )


def write_dashboard(path: Path, report: DistrictReport, lang: str = "vi") -> Path:
    """Write the dashboard atomically; a reader never sees half a file."""
    page = render_dashboard(report, lang)

    def write(temp: str) -> None:
        Path(temp).write_text(page, encoding="utf-8")

    replace_atomically(path, write)
    return path
