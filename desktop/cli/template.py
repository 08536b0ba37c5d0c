"""``template``: the XLSX import template with an example row, drop-down lists and a
reference sheet (``reports.intake_template``)."""

from __future__ import annotations

from desktop.cli.context import Command, Context
from desktop.cli.errors import EXIT_OK


def cmd_template(ctx: Context) -> int:
    from models.catalogs import Catalogs
    from models.registry.service import check_output
    from reports.intake_template import write_import_template

    lang = ctx.args.template_lang or ctx.lang
    out = write_import_template(check_output(ctx.args.out), Catalogs.shipped(), lang)
    print(f"template written: {out}")
    return EXIT_OK


COMMANDS: dict[str, Command] = {"template": cmd_template}
