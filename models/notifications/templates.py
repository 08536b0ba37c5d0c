"""Templates of the decision letters, e-mails and SMS: checking and rendering.

One template per decision kind (``register``, ``return``, ``refuse``), channel (``letter``,
``email``, and ``sms`` for a registration only: see :data:`CHANNELS_OF`) and language (``kk``,
``ru``). The shipped ones are data
(``resources/catalogs/message_templates.json``); an administrator's version of one is stored
in ``message_templates`` and used from then on.

A template is lines of text with ``{placeholders}``. In a letter a line starting with ``# `` is
a title, ``## `` a bold paragraph, ``~ `` small print, an empty line a gap. A line that is only
``{reasons}``, ``{fixes}``, ``{comment}`` or ``{signer}`` becomes that block (a list, a
labelled paragraph, the signature). The legal elements are placeholders whose texts no template
can change (``resources/catalogs/letter_terms.json``); a template that leaves out one its kind
and channel needs (:data:`REQUIRED`) is refused (:class:`TemplateIncomplete`).
"""

from __future__ import annotations

import functools
import json
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from models.dto import LetterBlock
from models.errors import InvalidInput
from resources import resource_path

KINDS = ("register", "return", "refuse")
CHANNELS = ("letter", "email", "sms")
LANGS = ("kk", "ru")
#: The channels of each decision's notification. A return or a refusal is notified "with the
#: reason" (p.9 of the Rules), a refusal also with its appeal route: the reasons verbatim in
#: Kazakh and Russian do not fit an SMS of three segments, so these go by e-mail or by hand.
CHANNELS_OF: dict[str, tuple[str, ...]] = {
    "register": ("letter", "email", "sms"), "return": ("letter", "email"),
    "refuse": ("letter", "email"),
}

#: Placeholders a template may use, inline in a line of text.
INLINE = frozenset({
    "issuer", "number", "date", "applicant", "contacts", "specialist", "portal_id", "received",
    "decided", "decision", "legal_basis", "resubmit", "appeal", "registry_number",
    "included_on", "signer_name", "signer_position",
})
#: Placeholders that stand alone on a line and become a block.
BLOCKS = frozenset({"reasons", "fixes", "comment", "signer"})

#: Placeholders that only one kind of decision has.
KIND_ONLY: dict[str, frozenset[str]] = {
    "reasons": frozenset({"return", "refuse"}), "fixes": frozenset({"return"}),
    "resubmit": frozenset({"return"}), "appeal": frozenset({"refuse"}),
    "registry_number": frozenset({"register"}), "included_on": frozenset({"register"}),
}

_LETTER_BASE = frozenset({"issuer", "number", "date", "portal_id", "legal_basis", "signer"})
_BY_KIND = {"return": frozenset({"reasons", "fixes", "resubmit", "comment"}),
            "refuse": frozenset({"reasons", "appeal", "comment"}),
            "register": frozenset({"registry_number"})}
_SMS = {"register": frozenset({"portal_id", "registry_number"})}

#: The elements a template of each (kind, channel) must keep. The letter and the e-mail carry
#: the whole decision; a registration's SMS (at most 3 segments) names the application and
#: the registry number.
REQUIRED: dict[tuple[str, str], frozenset[str]] = {
    **{(k, ch): _LETTER_BASE | _BY_KIND[k] | ({"applicant"} if ch == "letter" else set())
       for k in KINDS for ch in ("letter", "email")},
    **{(k, "sms"): _SMS[k] for k in _SMS},
}

MAX_BODY = 8000  # characters of one template
MAX_SUBJECT = 300

_STYLES = (("## ", "bold"), ("# ", "title"), ("~ ", "small"))


class TemplateIncomplete(InvalidInput):
    """A template without an element its decision needs (reason, legal basis, appeal route…)."""

    def __init__(self, element: Element) -> None:
        super().__init__("template.missing_element", element=element)


@dataclass(frozen=True, slots=True)
class Element:
    """A required element, named in the user's language in an error."""

    name: str

    def message(self, lang: str = "ru") -> str:
        names = letter_terms()["elements"].get(self.name)
        return names["kk" if lang == "kk" else "ru"] if names else "{" + self.name + "}"


@dataclass(frozen=True, slots=True)
class Template:
    kind: str
    channel: str
    lang: str
    subject: str  # e-mail only
    body: str
    changed_by: str = ""  # the administrator whose version this is ("": as shipped)

    @property
    def shipped(self) -> bool:
        return not self.changed_by


@functools.cache
def letter_terms() -> dict[str, dict[str, dict[str, str]]]:
    """``terms`` (the legal elements' texts) and ``elements`` (their names), kk and ru."""
    with resource_path("catalogs", "letter_terms.json").open(encoding="utf-8") as fh:
        found: dict[str, dict[str, dict[str, str]]] = json.load(fh)
    return found


def term(key: str, lang: str) -> str:
    """A legal element's text (``letter_terms.json``) in ``kk`` or ``ru``."""
    return letter_terms()["terms"][key]["kk" if lang == "kk" else "ru"]


@functools.cache
def shipped_templates() -> dict[tuple[str, str, str], Template]:
    """Every shipped template by (kind, channel, lang)."""
    with resource_path("catalogs", "message_templates.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)["templates"]
    out = {}
    for kind in KINDS:
        for channel in CHANNELS_OF[kind]:
            for lang in LANGS:
                t = raw[kind][channel][lang]
                out[kind, channel, lang] = Template(kind, channel, lang, t.get("subject", ""),
                                                   "\n".join(t["body"]))
    return out


def check_key(kind: str, channel: str, lang: str) -> None:
    if kind not in KINDS or channel not in CHANNELS_OF[kind] or lang not in LANGS:
        raise InvalidInput("template.unknown", kind=kind, channel=channel, lang=lang)


def _fields(text: str) -> list[str]:
    """The placeholder names in ``text``; refuses broken braces, conversions and formats."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise InvalidInput("template.bad_syntax", error=str(exc)) from None
    names = []
    for _lit, name, spec, conv in parsed:
        if name is None:
            continue
        if spec or conv or not name.isidentifier():
            raise InvalidInput("template.bad_syntax", error="{" + name + "}")
        names.append(name)
    return names


def check_template(kind: str, channel: str, lang: str, subject: str, body: str) -> None:
    """Refuse a template that cannot be rendered or that drops a required element."""
    check_key(kind, channel, lang)
    if len(body) > MAX_BODY or len(subject) > MAX_SUBJECT:
        raise InvalidInput("template.too_long", max=MAX_BODY)
    found: set[str] = set()
    for text, in_subject in ((subject, True), *((line, False) for line in body.splitlines())):
        names = _fields(text)
        for name in names:
            if name not in INLINE | BLOCKS:
                raise InvalidInput("template.unknown_placeholder", name="{" + name + "}")
            if kind not in KIND_ONLY.get(name, frozenset(KINDS)):
                raise InvalidInput("template.not_for_kind", name="{" + name + "}")
            if name in BLOCKS and (in_subject or channel == "sms"
                                   or text.strip() != "{" + name + "}"):
                raise InvalidInput("template.block_inline", name="{" + name + "}")
        if not in_subject:
            found.update(names)
    missing = sorted(REQUIRED[kind, channel] - found)
    if missing:
        raise TemplateIncomplete(Element(missing[0]))
    if kind == "refuse" and _FINAL.search(subject + "\n" + body):
        raise InvalidInput("template.says_final")


#: Words that call a decision final: a refusal may be appealed (its template says how)
_FINAL = re.compile(r"окончател|обжалованию не подлеж|түпкілікті|шағымдануға жатпайды|"
                    r"\bfinal\b", re.IGNORECASE)


def _styled(line: str) -> tuple[str, str]:
    for prefix, style in _STYLES:
        if line.startswith(prefix):
            return style, line[len(prefix):]
    return "para", line


def render_blocks(body: str, values: Mapping[str, str],
                  blocks: Mapping[str, Sequence[LetterBlock]]) -> tuple[LetterBlock, ...]:
    """A letter template laid out as blocks (see the module docstring)."""
    out: list[LetterBlock] = []
    for line in body.splitlines():
        bare = line.strip()
        if not bare:
            if out and out[-1].style != "gap":
                out.append(LetterBlock("gap"))
            continue
        if bare.startswith("{") and bare.endswith("}") and bare[1:-1] in BLOCKS:
            for block in blocks.get(bare[1:-1], ()):
                if block.style != "gap" or (out and out[-1].style != "gap"):
                    out.append(block)
            continue
        style, text = _styled(line)
        out.append(LetterBlock(style, text.format_map(values).strip()))
    while out and out[-1].style == "gap":
        out.pop()
    return tuple(out)


def block_text(blocks: Sequence[LetterBlock]) -> str:
    """Blocks as plain text (an e-mail's body): a list item after its number, gaps as empty
    lines."""
    lines = []
    for b in blocks:
        if b.style == "gap":
            lines.append("")
        else:
            lines.append(f"{b.hang} {b.text}" if b.hang else b.text)
    return "\n".join(lines)


def render_text(body: str, values: Mapping[str, str],
                blocks: Mapping[str, Sequence[LetterBlock]]) -> str:
    """An e-mail or SMS template as plain text."""
    return block_text(render_blocks(body, values, blocks))
