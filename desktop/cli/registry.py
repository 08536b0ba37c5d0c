"""The registry: ``export`` (PDF or Excel), ``letters`` (decision letters), ``exclude``."""

from __future__ import annotations

from desktop.cli.context import Command, Context
from desktop.cli.errors import EXIT_OK
from models.dto import RegistryQuery
from models.registry.service import check_output
from reports.writers import registry_writer, write_letters


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    q = RegistryQuery(edition=a.edition, region=a.region, profession=a.profession,
                      included_from=a.date_from, included_to=a.date_to, as_of=a.as_of)
    check_output(a.out)  # bad input: one line, before signing in, auditing or writing
    registry = ctx.services.registry
    registry.check_query(q)
    n = ctx.services.exports.registry_file(ctx.actor(), q, a.report_lang, a.out,
                                           registry_writer(a.format))
    print(f"{a.out}: {n} entries ({a.edition}, {a.report_lang})")
    return EXIT_OK


def cmd_letters(ctx: Context) -> int:
    a = ctx.args
    check_output(a.out)
    n = ctx.services.exports.letters_file(ctx.actor(), a.date, a.portal_id, a.out,
                                          write_letters)
    print(f"{a.out}: {n} letters")
    return EXIT_OK


def cmd_exclude(ctx: Context) -> int:
    a = ctx.args
    ctx.services.registry.exclude(ctx.actor(), a.registry_number, a.reason, a.date)
    print(f"registry entry {a.registry_number} excluded")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "export": cmd_export, "letters": cmd_letters, "exclude": cmd_exclude,
}
