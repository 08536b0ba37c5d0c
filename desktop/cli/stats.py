"""The statistics for the National Center: ``stats`` (a summary, ``--json``, or a file)."""

from __future__ import annotations

import sys

from desktop.cli.context import Command, Context, print_json
from desktop.cli.errors import EXIT_OK, CliError
from models.registry.service import check_output
from models.statistics.dto import StatsQuery


def _format(out: str) -> str:
    """The file format from the name's ending (``.pdf`` or ``.xlsx``)."""
    ext = out.rsplit(".", 1)[-1].lower() if "." in out else ""
    if ext not in ("pdf", "xlsx"):
        raise CliError(f"--out must end in .pdf or .xlsx: {out}")
    return ext


def cmd_stats(ctx: Context) -> int:
    a = ctx.args
    q = StatsQuery(a.date_from, a.date_to, a.region, a.profession)
    svc = ctx.services.statistics
    svc.check(q)  # bad input: one line, before signing in, reading or writing
    if a.out:
        fmt = _format(a.out)
        check_output(a.out)
        from reports.stats_writers import stats_writer

        s = svc.export(ctx.actor(), q, a.report_lang, a.out, stats_writer(fmt), fmt)
        print(f"{a.out}: {s.decided} decisions, {s.received} received "
              f"({q.start:%Y-%m-%d} – {q.end:%Y-%m-%d}, {a.report_lang})")
        return EXIT_OK
    s = svc.figures(ctx.actor(), q)
    if a.json:
        print_json(s.as_json())
        return EXIT_OK
    share = f"{s.on_time_share:.1%}" if s.on_time_share is not None else "–"
    lines = [
        f"period {q.start:%Y-%m-%d} – {q.end:%Y-%m-%d}"
        f"{', region ' + q.region if q.region else ''}"
        f"{', profession ' + q.profession if q.profession else ''}",
        f"received   {s.received:>9,}  (resubmitted {s.received_resubmitted:,})",
        f"decided    {s.decided:>9,}  on time {s.decided_on_time:,} ({share}), "
        f"late {s.decided_late:,}",
        "           " + ", ".join(f"{k} {v:,}" for k, v in s.by_decision.items()),
        f"working days to a decision: median {_num(s.median_days)}, "
        f"90th percentile {_num(s.p90_days)}",
        f"now ({s.today:%Y-%m-%d}): pending {s.pending:,}, overdue {s.overdue_now:,}, "
        f"due today {s.due_today:,}",
        f"registry at the period's end {s.registry_size:,} (public edition "
        f"{s.public_size:,})",
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _num(v: float | None) -> str:
    return "–" if v is None else f"{v:g}"


COMMANDS: dict[str, Command] = {"stats": cmd_stats}
