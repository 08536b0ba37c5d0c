"""Entering a paper application by hand, validated live like an imported record."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs import messages
from ui.text import domain_message, field_label, fmt_date
from ui.widgets.common import CatalogCombo

#: rows of education / employment shown at first; more are added with "Add a row"
GROUPS = 1
EDU_COLS = ("level", "institution", "start", "end", "document")
EMP_COLS = ("organization", "bin", "position", "start", "end")
_DATE_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def kz_now() -> QDateTime:
    """Now on Kazakhstan's clock (the form's times are Kazakhstan time), minute precision."""
    from models.calendar.workdays import KZ_TZ

    now = dt.datetime.now(KZ_TZ)
    return QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))


def parse_date(text: str) -> str | None:
    """dd.MM.yyyy → ISO; empty → None; anything else passes through for the validator."""
    t = text.strip()
    if not t:
        return None
    m = _DATE_RE.match(t)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        except ValueError:
            return t
    return t


class EntryForm(QWidget):
    """Every field has a message line under it; Save is enabled when nothing blocks.

    :meth:`start_correction` fills it from an undecided application; Save then corrects
    that application (``ReviewService.correct``) and emits ``corrected``."""

    corrected = Signal(str)  # portal id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EntryForm")
        self.ctx = ctx
        #: (portal id, version read) while correcting an application
        self.correcting: tuple[str, int | None] | None = None
        self.fields: dict[str, QWidget] = {}
        self.msgs: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.issues: list[Any] = []
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)

        body = QWidget()
        outer = QVBoxLayout(body)
        self.general = QLabel()
        self.general.setObjectName("general")
        self.general.setWordWrap(True)
        self.general.setProperty("role", "error")
        outer.addWidget(self.general)

        box = self._box("application", outer)
        self._line(box, "portal_id")
        self.received = QDateTimeEdit(kz_now())
        self.received.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self._add(box, "received_at", self.received)

        box = self._box("person", outer)
        for key in ("last_name", "first_name", "middle_name", "iin"):
            self._line(box, key)
        self._line(box, "birth_date", date=True)
        box = self._box("contacts", outer)
        self._line(box, "phone")
        self._line(box, "email")
        box = self._box("address", outer)
        self._add(box, "address.region", CatalogCombo(ctx, "regions", ""))
        if ctx.actor.region:
            reg = self.fields["address.region"]
            assert isinstance(reg, CatalogCombo)
            reg.set_code(ctx.actor.region)
            reg.setEnabled(False)
        self._line(box, "address.settlement")
        self._line(box, "address.registration_address")
        box = self._box("profession", outer)
        self._add(box, "profession", CatalogCombo(ctx, "professions", ""))
        exp = QWidget()
        el = QHBoxLayout(exp)
        el.setContentsMargins(0, 0, 0, 0)
        self.years, self.months = QSpinBox(), QSpinBox()
        self.years.setRange(0, 80)
        self.months.setRange(0, 11)
        self.years_label, self.months_label = QLabel(), QLabel()
        for w in (self.years, self.years_label, self.months, self.months_label):
            el.addWidget(w)
        el.addStretch(1)
        self.years.valueChanged.connect(self._changed)
        self.months.valueChanged.connect(self._changed)
        self.years.valueChanged.connect(self._units)
        self.months.valueChanged.connect(self._units)
        self._add(box, "experience", exp)

        self.edu_box = self._box("education", outer, grid=True)
        self.emp_box = self._box("employment", outer, grid=True)
        self.rows: dict[str, int] = {"education": 0, "employment": 0}
        self.grids: dict[str, QGridLayout] = {}
        self.cols = {"education": EDU_COLS, "employment": EMP_COLS}
        self.add_buttons: dict[str, QPushButton] = {}
        self.remove_buttons: dict[str, list[QPushButton]] = {"education": [], "employment": []}
        self.edu_heads = self._grid(self.edu_box, "education", EDU_COLS)
        self.emp_heads = self._grid(self.emp_box, "employment", EMP_COLS)

        box = self._box("qualification", outer)
        self._add(box, "qualification.category", CatalogCombo(ctx, "categories", ""))
        self._line(box, "qualification.assigned_on", date=True)
        self._line(box, "qualification.commission")
        self.consent = QCheckBox()
        self.consent.setObjectName("consent_to_publish")
        self.consent.toggled.connect(self._changed)
        self._add(box, "consent_to_publish", self.consent)

        buttons = QHBoxLayout()
        self.save = QPushButton()
        self.save.setObjectName("save")
        self.clear_button = QPushButton()
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.title = QLabel()
        self.title.setObjectName("heading")
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)

        self._timer.timeout.connect(self.validate)
        self.received.dateTimeChanged.connect(self._changed)
        self.save.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()
        self.validate()

    # -- building ----------------------------------------------------------------------------
    def _box(self, key: str, outer: QVBoxLayout, grid: bool = False) -> Any:
        g = QGroupBox()
        self.boxes[key] = g
        outer.addWidget(g)
        if grid:
            return g
        form = QFormLayout(g)
        return form

    def _add(self, form: QFormLayout, key: str, w: QWidget) -> None:
        lab = QLabel()
        msg = QLabel()
        msg.setObjectName("msg_" + key)
        msg.setWordWrap(True)
        msg.setProperty("role", "error")
        msg.setVisible(False)
        col = QWidget()
        cl = QVBoxLayout(col)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(1)
        cl.addWidget(w)
        cl.addWidget(msg)
        form.addRow(lab, col)
        w.setObjectName(key)
        self.fields[key], self.msgs[key], self.labels[key] = w, msg, lab
        if isinstance(w, QComboBox):
            w.currentIndexChanged.connect(self._changed)

    def _line(self, form: QFormLayout, key: str, date: bool = False) -> QLineEdit:
        e = QLineEdit()
        if date:
            e.setMaximumWidth(160)
        e.textChanged.connect(self._changed)
        self._add(form, key, e)
        return e

    def _grid(self, box: QGroupBox, key: str, cols: tuple[str, ...]) -> list[QLabel]:
        outer = QVBoxLayout(box)
        grid = QGridLayout()
        outer.addLayout(grid)
        self.grids[key] = grid
        heads = []
        for c in range(len(cols)):
            h = QLabel()
            heads.append(h)
            grid.addWidget(h, 0, c)
        gmsg = QLabel()
        gmsg.setObjectName("msg_" + key)
        gmsg.setProperty("role", "error")
        gmsg.setVisible(False)
        self.msgs[key] = gmsg
        outer.addWidget(gmsg)
        add = QPushButton()
        add.setObjectName("add_" + key)
        add.clicked.connect(lambda _c=False, key=key: self.add_row(key))
        self.add_buttons[key] = add
        outer.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        for _ in range(GROUPS):
            self.add_row(key)
        return heads

    def add_row(self, key: str) -> None:
        """One more education / employment row (no limit: the validator checks them all)."""
        n = self.rows[key] + 1
        self.rows[key] = n
        grid, cols = self.grids[key], self.cols[key]
        for c, name in enumerate(cols):
            fk = f"{key}[{n}].{name}"
            if name == "level":
                w: QWidget = CatalogCombo(self.ctx, "education_levels", self.tr("— choose —"))
                w.currentIndexChanged.connect(self._changed)
            else:
                w = QLineEdit()
                if name in ("start", "end"):
                    w.setMaximumWidth(110)
                    w.setPlaceholderText(self.tr("dd.mm.yyyy"))
                w.textChanged.connect(self._changed)
            w.setObjectName(fk)
            self.fields[fk] = w
            grid.addWidget(w, 2 * n - 1, c)
        rm = QPushButton("✕")
        rm.setObjectName(f"remove_{key}[{n}]")
        rm.setToolTip(self.tr("Remove this row"))
        rm.setMaximumWidth(32)
        rm.clicked.connect(lambda _c=False, key=key, n=n: self.remove_row(key, n))
        self.remove_buttons[key].append(rm)
        grid.addWidget(rm, 2 * n - 1, len(cols))
        msg = QLabel()
        msg.setObjectName(f"msg_{key}[{n}]")
        msg.setProperty("role", "error")
        msg.setWordWrap(True)
        msg.setVisible(False)
        self.msgs[f"{key}[{n}]"] = msg
        grid.addWidget(msg, 2 * n, 0, 1, len(cols) + 1)
        self._changed()

    def remove_row(self, key: str, n: int) -> None:
        """Remove row ``n``; the rows below move up."""
        last, cols = self.rows[key], self.cols[key]
        if not 1 <= n <= last:
            return
        for m in range(n, last):
            for c in cols:
                self._set(f"{key}[{m}].{c}", self._text(f"{key}[{m + 1}].{c}"))
        for c in cols:
            w = self.fields.pop(f"{key}[{last}].{c}")
            w.deleteLater()
        self.remove_buttons[key].pop().deleteLater()
        self.msgs.pop(f"{key}[{last}]").deleteLater()
        self.rows[key] = last - 1
        self._changed()

    def set_rows(self, key: str, n: int) -> None:
        while self.rows[key] < n:
            self.add_row(key)
        while self.rows[key] > n:
            self.remove_row(key, self.rows[key])

    def _set(self, key: str, value: Any) -> None:
        w = self.fields[key]
        if isinstance(w, CatalogCombo):
            w.set_code(value)
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))

    # -- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Correct application {0}").format(self.correcting[0])
            if self.correcting
            else self.tr("Enter a paper application")
        )
        names = {
            "application": self.tr("Application"),
            "person": self.tr("Person"),
            "contacts": self.tr("Contacts"),
            "address": self.tr("Address"),
            "profession": self.tr("Profession and experience"),
            "education": self.tr("Education"),
            "employment": self.tr("Employment"),
            "qualification": self.tr("Qualification category and consent"),
        }
        for k, g in self.boxes.items():
            g.setTitle(names[k])
        labels = {
            "portal_id": self.tr("Application number:"),
            "received_at": self.tr("Received (Kazakhstan time):"),
            "last_name": self.tr("Last name:"),
            "first_name": self.tr("First name:"),
            "middle_name": self.tr("Middle name (if any):"),
            "iin": self.tr("IIN:"),
            "birth_date": self.tr("Birth date:"),
            "phone": self.tr("Mobile phone:"),
            "email": self.tr("E-mail:"),
            "address.region": self.tr("Region:"),
            "address.settlement": self.tr("Settlement:"),
            "address.registration_address": self.tr("Registration address:"),
            "profession": self.tr("Profession:"),
            "experience": self.tr("Experience:"),
            "qualification.category": self.tr("Category:"),
            "qualification.assigned_on": self.tr("Date assigned:"),
            "qualification.commission": self.tr("Attestation commission:"),
            "consent_to_publish": self.tr("Consent:"),
        }
        for k, lab in self.labels.items():
            lab.setText(labels.get(k, k))
        self.consent.setText(
            self.tr("The specialist consents to publication in the public registry")
        )
        self._units()
        for h, text in zip(
            self.edu_heads,
            (
                self.tr("Level"),
                self.tr("Institution"),
                self.tr("Start date"),
                self.tr("End date"),
                self.tr("Document"),
            ),
            strict=True,
        ):
            h.setText(text)
        for h, text in zip(
            self.emp_heads,
            (
                self.tr("Organization"),
                self.tr("BIN"),
                self.tr("Position"),
                self.tr("Start date"),
                self.tr("End date (empty: current)"),
            ),
            strict=True,
        ):
            h.setText(text)
        for k in ("address.region", "profession", "qualification.category"):
            combo = self.fields[k]
            assert isinstance(combo, CatalogCombo)
            combo.fill(self.tr("— choose —"))
        for n in range(1, self.rows["education"] + 1):
            combo = self.fields[f"education[{n}].level"]
            assert isinstance(combo, CatalogCombo)
            combo.fill(self.tr("— choose —"))
        for key, b in self.add_buttons.items():
            b.setText(
                self.tr("Add an education record")
                if key == "education"
                else self.tr("Add an employment record")
            )
        for rms in self.remove_buttons.values():
            for rm in rms:
                rm.setToolTip(self.tr("Remove this row"))
        for key, w in self.fields.items():
            if isinstance(w, QLineEdit) and key.endswith(
                ("start", "end", "birth_date", "assigned_on")
            ):
                w.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.save.setText(
            self.tr("Save the correction") if self.correcting else self.tr("Save application")
        )
        self.clear_button.setText(
            self.tr("Cancel the correction") if self.correcting else self.tr("Clear")
        )
        self.validate()

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- values ------------------------------------------------------------------------------
    def _text(self, key: str) -> str | None:
        w = self.fields[key]
        if isinstance(w, CatalogCombo):
            return w.code()
        assert isinstance(w, QLineEdit)
        return w.text().strip() or None

    def raw(self) -> dict[str, Any]:
        """The form as one record of the import format."""

        def group(key: str, cols: tuple[str, ...]) -> list[dict[str, Any]]:
            out = []
            for n in range(1, self.rows[key] + 1):
                rec = {c: self._text(f"{key}[{n}].{c}") for c in cols}
                if any(v for v in rec.values()):
                    for c in ("start", "end"):
                        rec[c] = parse_date(rec[c] or "")
                    out.append(rec)
            return out

        received = self.received.dateTime().toPython()
        from models.calendar.workdays import KZ_TZ

        return {
            "portal_id": self._text("portal_id"),
            "received_at": received.replace(tzinfo=KZ_TZ).isoformat(),
            "specialist": {
                "last_name": self._text("last_name"),
                "first_name": self._text("first_name"),
                "middle_name": self._text("middle_name"),
                "iin": self._text("iin"),
                "birth_date": parse_date(self._text("birth_date") or ""),
                "phone": self._text("phone"),
                "email": self._text("email"),
                "address": {
                    "region": self._text("address.region"),
                    "settlement": self._text("address.settlement"),
                    "registration_address": self._text("address.registration_address"),
                },
                "profession": self._text("profession"),
                "experience": {"years": self.years.value(), "months": self.months.value()},
                "education": group("education", EDU_COLS),
                "employment": group("employment", EMP_COLS),
                "qualification": {
                    "category": self._text("qualification.category"),
                    "assigned_on": parse_date(self._text("qualification.assigned_on") or ""),
                    "commission": self._text("qualification.commission"),
                },
                "consent_to_publish": self.consent.isChecked(),
            },
        }

    def _units(self, *_a: Any) -> None:
        """The units after the experience spin boxes agree with their numbers (1 год, 5 лет)."""
        self.years_label.setText(self.tr("year(s)", "", self.years.value()))
        self.months_label.setText(self.tr("month(s)", "", self.months.value()))

    def _changed(self, *_a: Any) -> None:
        self.result.clear()
        self._timer.start()

    def validate(self) -> Any:
        """Validate now; show each message under its field. Returns the record."""
        from models.intake.records import validate_record

        rec = validate_record(1, self.raw(), self.ctx.services.catalogs)
        self.issues = list(rec.issues)
        per: dict[str, list[str]] = {}
        general: list[str] = []
        for i in rec.issues:
            text = ("⚠ " if i.severity == "warning" else "") + i.message(self.ctx.lang)
            key = i.field
            m = re.match(r"^(education|employment)\[(\d+)\]", key)
            if m:
                key = f"{m[1]}[{m[2]}]"
            elif key == "contact" or (key == "phone" and i.code == "contact_required"):
                key = "phone"
            elif key == "qualification":
                key = "qualification.category"
            elif key == "experience.years" or key == "experience.months":
                key = "experience"
            if key in self.msgs:
                per.setdefault(key, []).append(text)
            else:
                general.append(f"{field_label(i.field)}: {text}")
        for key, lab in self.msgs.items():
            lines = per.get(key, [])
            lab.setText("\n".join(lines))
            lab.setVisible(bool(lines))
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))
        self.save.setEnabled(rec.ok)
        return rec

    # -- correcting an application -------------------------------------------------------
    def start_correction(self, detail: Any) -> None:
        """Fill the form from ``detail`` (an undecided application) to correct it."""
        from models.calendar.workdays import as_local

        self.clear()
        d, s = detail.data, detail.summary
        self.correcting = (s.portal_id, detail.version)
        self._set("portal_id", s.portal_id)
        portal = self.fields["portal_id"]
        assert isinstance(portal, QLineEdit)
        portal.setReadOnly(True)
        local = as_local(s.received_at)
        self._received_read = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
        )
        self.received.setDateTime(self._received_read)
        for key in ("last_name", "first_name", "middle_name", "iin", "phone", "email"):
            self._set(key, d.get(key))
        self._set("birth_date", fmt_date(d.get("birth_date")))
        region = self.fields["address.region"]
        if region.isEnabled():
            self._set("address.region", d.get("region"))
        self._set("address.settlement", d.get("settlement"))
        self._set("address.registration_address", d.get("registration_address"))
        self._set("profession", d.get("profession"))
        exp = d.get("experience") or {}
        self.years.setValue(int(exp.get("years") or 0))
        self.months.setValue(int(exp.get("months") or 0))
        for key, cols in (("education", EDU_COLS), ("employment", EMP_COLS)):
            items = d.get(key) or []
            self.set_rows(key, max(1, len(items)))
            for n, item in enumerate(items, 1):
                for c in cols:
                    v = item.get(c)
                    self._set(f"{key}[{n}].{c}", fmt_date(v) if c in ("start", "end") else v)
        q = d.get("qualification") or {}
        self._set("qualification.category", q.get("category"))
        self._set("qualification.assigned_on", fmt_date(q.get("assigned_on")))
        self._set("qualification.commission", q.get("commission"))
        self.consent.setChecked(bool(d.get("consent_to_publish")))
        self.retranslate()

    def submit(self) -> None:
        from models.intake.records import ParsedFile

        rec = self.validate()
        if not rec.ok:
            return
        if self.correcting is not None:
            pid, version = self.correcting
            review, actor, data = self.ctx.services.review, self.ctx.actor, self.raw()
            if self.received.dateTime() == self._received_read:
                data = data["specialist"]  # the receipt time (to the second) is kept
            self.save.setEnabled(False)
            self.ctx.workers.start(
                lambda job: review.correct(actor, pid, data, expected_version=version),
                on_done=lambda _v: self._corrected(pid),
                on_error=self._failed,
                name="correct",
            )
            return
        svc, actor = self.ctx.services.imports, self.ctx.actor
        parsed = ParsedFile("hand entry", "form", [rec])
        self.save.setEnabled(False)
        self.ctx.workers.start(
            lambda job: svc.import_parsed(actor, parsed),
            on_done=self._saved,
            on_error=self._failed,
            name="enter",
        )

    def _saved(self, report: Any) -> None:
        self.save.setEnabled(True)
        if report.imported:
            self.result.setText(self.tr("Application {0} saved.").format(self._text("portal_id")))
            win = self.window()
            if hasattr(win, "refresh"):
                win.refresh()
        elif report.already_present:
            self.result.setText(self.tr("An application with this number already exists."))
        else:
            msgs = [i.message(self.ctx.lang) for r in report.rejected for i in r.issues]
            self.result.setText("; ".join(msgs))

    def _corrected(self, pid: str) -> None:
        self.save.setEnabled(True)
        self.clear()
        self.result.setText(self.tr("Application {0} corrected.").format(pid))
        win = self.window()
        if hasattr(win, "refresh"):
            win.refresh()
        self.corrected.emit(pid)

    def _failed(self, exc: BaseException) -> None:
        self.save.setEnabled(True)
        msg = domain_message(exc, self.ctx.lang)
        if msg is None:
            raise exc
        self.result.setText(msg)
        messages.show(self, "warning", self.title.text(), msg)

    def clear(self) -> None:
        """Empty form, back to entering a new application (a correction is abandoned)."""
        if self.correcting is not None:
            self.correcting = None
            portal = self.fields["portal_id"]
            assert isinstance(portal, QLineEdit)
            portal.setReadOnly(False)
            self.retranslate()
        for key in ("education", "employment"):
            self.set_rows(key, GROUPS)
        for w in self.fields.values():
            if isinstance(w, QLineEdit):
                w.clear()
            elif isinstance(w, CatalogCombo) and w.isEnabled():
                w.setCurrentIndex(0)
        self.years.setValue(0)
        self.months.setValue(0)
        self.consent.setChecked(False)
        self.received.setDateTime(kz_now())
        self.validate()
