"""The review's applicant section (p.2 2), p.6-8 of the Rules): the specialist themself or an
organisation (name, BIN, licence), the contacts registered on the portal, and an organisation's
own consent to publication (p.5)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QObject

from ui.screens.review_values import Values


class ApplicantHtml(QObject):
    """Who applied and where the decision's notification goes."""

    def __init__(self, applicant: dict[str, Any], values: Values) -> None:
        super().__init__()
        self.a, self.val = applicant or {}, values

    def _row(self, label: str, value: str) -> str:
        return f'<tr><td class="k">{escape(label)}</td><td>{value}</td></tr>'

    def html(self) -> str:
        a, v = self.a, self.val.v
        h = ["<h3>" + escape(self.tr("Applicant")) + "</h3><table>"]
        org = a.get("kind") == "organization"
        if org:
            h.append(self._row(self.tr("Kind"),
                               escape(self.tr("an organisation (a legal person)"))))
            h.append(self._row(self.tr("Organisation"), v(a.get("name"))))
            h.append(self._row(self.tr("BIN"), v(a.get("bin"))))
            h.append(self._row(self.tr("Licence No."), v(a.get("licence"))))
        else:
            h.append(self._row(self.tr("Kind"),
                               escape(self.tr("the specialist themself (a natural person)"))))
        h.append(self._row(self.tr("Registered mobile phone"), v(a.get("phone"))))
        h.append(self._row(self.tr("Registered e-mail"), v(a.get("email"))))
        if not a.get("phone") and not a.get("email"):
            h.append(self._row("", '<span class="warn">' + escape(self.tr(
                "No contact: the notification will be delivered by hand.")) + "</span>"))
        h.append("</table>")
        if org:
            consent = a.get("consent_to_publish") is True
            text = (
                self.tr("The organisation CONSENTS to publication in the public registry.")
                if consent
                else self.tr(
                    "The organisation does NOT consent to publication: the public registry "
                    "will not show this entry (p.5 needs both consents)."
                )
            )
            h.append(f'<p class="{"ok" if consent else "warn"}"><b>{escape(text)}</b></p>')
        return "".join(h)
