"""The statistics as printed: sections of a table and a chart, shared by the PDF and Excel.

``document(snapshot, lang)`` turns the figures into sections in ``kk``, ``ru`` or ``both``
(Kazakh above Russian in one cell); both writers print exactly these. Every printed word
is a bilingual label (``resources/catalogs/report_labels.json``) or a catalog value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.catalogs import Catalogs
from models.dto import Bilingual
from models.statistics.dto import DECISION_KEYS, Statistics, StatsSnapshot
from reports.labels import Label, check_lang, label
from reports.meta import fmt_date

#: a printed value: text, a count, a number of days, a share (0–1), or nothing
Cell = str | int | float | None


class Share(float):
    """A fraction printed as a percentage."""


@dataclass(frozen=True)
class Chart:
    """Bars: one series of values per name, over the categories (``horizontal``: bars
    across, for long category names)."""

    categories: list[str]
    series: list[tuple[str, list[float]]]
    horizontal: bool = False


@dataclass(frozen=True)
class Section:
    """A table with its headings and, when it helps, a chart of it."""

    key: str
    title: str
    sheet: str  # the worksheet's name (at most 31 characters)
    headers: list[str]
    rows: list[list[Cell]]
    widths: list[float]  # relative column widths
    chart: Chart | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    """Title, what every page says about the figures, and the sections."""

    title: str
    heading: list[str]  # period, region, profession: on every page
    made: str  # the time made and the audit head: on every page
    sections: list[Section]


class _Words:
    """Printed text in one language or both."""

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)

    def __call__(self, value: Label | Bilingual | str, **kw: object) -> str:
        """A label's text (``both``: Kazakh, then Russian on the next line)."""
        if isinstance(value, str):
            value = label(value)
        if kw and isinstance(value, Label):
            value = value.format(**kw)
        if self.lang == "both":
            return value.kk if value.kk == value.ru else f"{value.kk}\n{value.ru}"
        return value.text(self.lang)

    def short(self, value: Label | Bilingual | str) -> str:
        """One language only (``both``: Kazakh), for chart labels and sheet names."""
        if isinstance(value, str):
            value = label(value)
        return value.text("ru" if self.lang == "ru" else "kk")

    def inline(self, value: Label | Bilingual | str, **kw: object) -> str:
        """Both languages on one line (``kk / ru``)."""
        return self(value, **kw).replace("\n", " / ")


KIND_LABELS = {"registered": "STAT_REGISTERED", "returned": "STAT_RETURNED",
               "refused": "STAT_REFUSED"}


def document(snap: StatsSnapshot, lang: str) -> Document:
    """The printed statistics of ``snap`` in ``lang``."""
    w = _Words(lang)
    f = snap.figures
    q = f.query
    cats: Catalogs = snap.catalogs
    region = cats.get("regions", q.region) if q.region else label("STAT_ALL_REGIONS")
    profession = (cats.get("professions", q.profession) if q.profession
                  else label("STAT_ALL_PROFESSIONS"))
    heading = [
        f"{w.inline('STAT_PERIOD')}: {fmt_date(q.start)} – {fmt_date(q.end)}",
        f"{w.inline('COL04a_REGION')}: {w.inline(region)}; "
        f"{w.inline('COL05_PROFESSION')}: {w.inline(profession)}",
    ]
    made = (f"{w.inline('GENERATED_AT')}: {snap.generated_at:%d.%m.%Y %H:%M}; "
            f"{w.inline('AUDIT_HEAD')}: {snap.audit_head[:16]}")
    sections = [_summary(f, w), _reasons(f, w, cats), _regions(f, w, cats),
                _reviewers(f, w), _days(f, w), _loops(f, w), _registry(f, w),
                _late(f, w)]
    return Document(w.inline("STAT_TITLE"), heading, made, sections)


def _summary(f: Statistics, w: _Words) -> Section:
    kinds = [(KIND_LABELS[k], f.by_decision[k]) for k in DECISION_KEYS.values()]
    by_kind: list[list[Cell]] = [[w(key), n] for key, n in kinds]
    rows: list[list[Cell]] = [
        [w("STAT_RECEIVED"), f.received],
        [w("STAT_RECEIVED_AGAIN"), f.received_resubmitted],
        [w("STAT_DECIDED"), f.decided],
        *by_kind,
        [w("STAT_ON_TIME"), f.decided_on_time],
        [w("STAT_LATE"), f.decided_late],
        [w("STAT_ON_TIME_SHARE"), _share(f.on_time_share)],
        [w("STAT_MEDIAN"), f.median_days],
        [w("STAT_P90"), f.p90_days],
        [w("STAT_NOW", date=fmt_date(f.today)), None],
        [w("STAT_PENDING"), f.pending],
        [w("STAT_OVERDUE"), f.overdue_now],
        [w("STAT_DUE_TODAY"), f.due_today],
        [w("STAT_SIZE"), f.registry_size],
        [w("STAT_PUBLIC"), f.public_size],
    ]
    chart = Chart([w.short(key) for key, _n in kinds]
                  + [w.short("STAT_CH_ON_TIME"), w.short("STAT_CH_LATE")],
                  [(w.short("STAT_DECISIONS"),
                    [float(n) for _k, n in kinds] + [f.decided_on_time, f.decided_late])],
                  horizontal=True)
    return Section("summary", w("STAT_SUMMARY"), w.short("STAT_SHEET_SUMMARY"),
                   [w("STAT_INDICATOR"), w("STAT_VALUE")], rows, [5, 1], chart)


def _share(value: float | None) -> Share | None:
    return None if value is None else Share(value)


def _reasons(f: Statistics, w: _Words, cats: Catalogs) -> Section:
    reasons = cats.reasons
    rows: list[list[Cell]] = []
    for i, (code, n) in enumerate(f.by_reason.items(), 1):
        r = reasons.get(code)
        text = w(Bilingual(code, r.kk, r.ru)) if r else code
        kind = w("STAT_RETURNED" if r is not None and r.kind == "return" else "STAT_REFUSED")
        rows.append([i, text, kind, n])
    chart = Chart([f"{i}" for i in range(1, len(rows) + 1)],
                  [(w.short("STAT_DECISIONS"), [float(r[3] or 0) for r in rows])])
    return Section("reasons", w("STAT_REASONS"), w.short("STAT_SHEET_REASONS"),
                   [label("COL_NO").kk, w("STAT_GROUND"), w("STAT_DECISION"), w("STAT_COUNT")],
                   rows, [0.4, 6, 2, 1], chart)


def _regions(f: Statistics, w: _Words, cats: Catalogs) -> Section:
    get = cats.get
    rows: list[list[Cell]] = []
    names = []
    for r in f.by_region:
        try:
            name: Bilingual | str = get("regions", r.region)
        except KeyError:
            name = r.region
        text = w.inline(name) if isinstance(name, Bilingual) else name  # one line a region
        names.append(w.short(name) if isinstance(name, Bilingual) else name)
        rows.append([r.region, text, r.received, r.decided, r.decided_on_time,
                     _share(r.on_time_share), r.pending, r.overdue_now])
    chart = Chart(names, [
        (w.short("STAT_CH_RECEIVED"), [float(r.received) for r in f.by_region]),
        (w.short("STAT_CH_DECIDED"), [float(r.decided) for r in f.by_region]),
        (w.short("STAT_CH_OVERDUE"), [float(r.overdue_now) for r in f.by_region])],
        horizontal=True)
    return Section("regions", w("STAT_REGIONS"), w.short("STAT_SHEET_REGIONS"),
                   [w("STAT_KATO"), w("COL04a_REGION"), w("STAT_CH_RECEIVED"),
                    w("STAT_CH_DECIDED"), w("STAT_CH_ON_TIME"), w("STAT_SHARE"),
                    w("STAT_PENDING"), w("STAT_CH_OVERDUE")], rows,
                   [1.1, 3, 1, 1, 1, 1, 1.1, 1.1], chart)


def _reviewers(f: Statistics, w: _Words) -> Section:
    rows: list[list[Cell]] = [[r.login, r.decided, r.decided_on_time, _share(r.on_time_share),
                               r.median_days] for r in f.by_reviewer]
    chart = Chart([r.login for r in f.by_reviewer],
                  [(w.short("STAT_CH_DECIDED"), [float(r.decided) for r in f.by_reviewer]),
                   (w.short("STAT_CH_ON_TIME"),
                    [float(r.decided_on_time) for r in f.by_reviewer])])
    return Section("reviewers", w("STAT_REVIEWERS"), w.short("STAT_SHEET_REVIEWERS"),
                   [w("STAT_LOGIN"), w("STAT_CH_DECIDED"), w("STAT_CH_ON_TIME"),
                    w("STAT_SHARE"), w("STAT_MEDIAN_SHORT")], rows, [1.6, 1, 1, 1, 1.4], chart)


def _days(f: Statistics, w: _Words) -> Section:
    rows: list[list[Cell]] = [[d, n] for d, n in f.days_histogram.items()]
    chart = Chart([str(d) for d in f.days_histogram],
                  [(w.short("STAT_DECISIONS"), [float(n) for n in f.days_histogram.values()])])
    return Section("days", w("STAT_DAYS"), w.short("STAT_SHEET_DAYS"),
                   [w("STAT_WORKING_DAYS"), w("STAT_DECISIONS")], rows, [1, 1], chart)


def _loops(f: Statistics, w: _Words) -> Section:
    names = {1: "STAT_TIMES_1", 2: "STAT_TIMES_2", 3: "STAT_TIMES_3"}
    rows: list[list[Cell]] = [[w(names[x.times]), x.returned, x.resubmitted] for x in f.loops]
    chart = Chart([w.short(names[x.times]) for x in f.loops],
                  [(w.short("STAT_LOOP_RETURNED"), [float(x.returned) for x in f.loops]),
                   (w.short("STAT_LOOP_RESUBMITTED"), [float(x.resubmitted) for x in f.loops])])
    return Section("loops", w("STAT_LOOPS"), w.short("STAT_SHEET_LOOPS"),
                   [w("STAT_TIMES"), w("STAT_LOOP_RETURNED"), w("STAT_LOOP_RESUBMITTED")],
                   rows, [2, 1, 1], chart, [w("STAT_LOOPS_NOTE")])


def _registry(f: Statistics, w: _Words) -> Section:
    rows: list[list[Cell]] = [[m.month.strftime("%m.%Y"), m.entries, m.exclusions]
                              for m in f.growth]
    chart = Chart([m.month.strftime("%m.%Y") for m in f.growth],
                  [(w.short("STAT_ENTRIES"), [float(m.entries) for m in f.growth]),
                   (w.short("STAT_EXCLUSIONS"), [float(m.exclusions) for m in f.growth])])
    notes = [f"{w.inline('STAT_SIZE')}: {f.registry_size}",
             f"{w.inline('STAT_PUBLIC')}: {f.public_size}"]
    return Section("registry", w("STAT_REGISTRY"), w.short("STAT_SHEET_REGISTRY"),
                   [w("STAT_MONTH"), w("STAT_ENTRIES"), w("STAT_EXCLUSIONS")], rows,
                   [1, 1, 1], chart, notes)


def _late(f: Statistics, w: _Words) -> Section:
    kinds = {"register": "STAT_REGISTERED", "return": "STAT_RETURNED", "refuse": "STAT_REFUSED"}
    rows: list[list[Cell]] = [
        [x.portal_id, x.region, x.login, w(kinds[x.kind]), fmt_date(x.received_on),
         fmt_date(x.due_date), fmt_date(x.decided_on), x.days_late,
         x.cause or w("STAT_NOT_GIVEN")] for x in f.late]
    notes = ([w.inline("STAT_LATE_SHOWN", n=len(f.late), total=f.decided_late)]
             if len(f.late) < f.decided_late else [])
    if not f.late:
        notes = [w.inline("STAT_NONE")]
    return Section("late", w("STAT_LATE_LIST"), w.short("STAT_SHEET_LATE"),
                   [w("STAT_APPLICATION"), w("STAT_KATO"), w("STAT_LOGIN"),
                    w("STAT_DECISION"), w("STAT_RECEIVED_ON"), w("STAT_DUE"),
                    w("STAT_DECIDED_ON"), w("STAT_DAYS_LATE"), w("STAT_CAUSE")], rows,
                   [1.4, 1.2, 1.1, 1.6, 1.1, 1.1, 1.1, 1, 3], None, notes)
