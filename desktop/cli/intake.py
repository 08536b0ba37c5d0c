"""Applications in: ``import`` (JSON or XLSX); the template is ``desktop.cli.template``."""

from __future__ import annotations

import sys

from desktop.cli.context import Command, Context
from reports.intake_xlsx import write_rejection_report


def cmd_import(ctx: Context) -> int:
    actor = ctx.actor()
    report = ctx.services.imports.import_file(actor, ctx.args.file)
    print(f"{report.total} records: {report.imported} imported, "
          f"{report.already_present} already present, {len(report.rejected)} rejected")
    for r in report.rejected:
        for i in r.issues:
            if i.severity == "error":
                print(f"  record {r.index} {r.portal_id or '-'}: {i.field}: {i.message(ctx.lang)}",
                      file=sys.stderr)
    if ctx.args.report:
        write_rejection_report(report.rejected, ctx.args.report)
        print(f"report written: {ctx.args.report}")
    return report.exit_code


COMMANDS: dict[str, Command] = {"import": cmd_import}
