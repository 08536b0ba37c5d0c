"""Entering a paper application by hand, validated live like an imported record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
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
from ui.screens.entry.marks import Marks
from ui.screens.entry.record import (
    GROUP_COLS,
    Record,
    correction,
    date_problem,
    form_record,
    kz_now,
    message_key,
    py_datetime,
)
from ui.screens.entry.rows import RowGroup, field_text, set_field
from ui.text import domain_message, field_label
from ui.widgets.common import CatalogCombo

if TYPE_CHECKING:
    from models.applications.summaries import ApplicationDetail
    from models.errors import Issue
    from models.intake.records import ImportReport, ParsedRecord

#: rows of education / employment shown at first; more are added with "Add a row"
GROUPS = 1
#: the fields that take a date (dd.mm.yyyy or ddmmyyyy), by the end of their key
DATE_FIELDS = ("start", "end", "birth_date", "assigned_on")


class EntryForm(QWidget):
    """Every field has a message line under it; Save is enabled when nothing blocks.

    :meth:`start_correction` fills it from an undecided application; Save then corrects
    that application (``ReviewService.correct``) and emits ``corrected``."""

    saved = Signal()  # an application was entered or corrected: lists and counts change
    corrected = Signal(str)  # portal id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EntryForm")
        self.ctx = ctx
        #: (portal id, version read) while correcting an application
        self.correcting: tuple[str, int | None] | None = None
        self._received_read: QDateTime | None = None  # the receipt time a correction read
        self.fields: dict[str, QWidget] = {}
        self.msgs: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.issues: list[Issue] = []
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self.marks = Marks(self)  # which messages show: fields left, all after Save
        self._saving = False

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
        region = CatalogCombo(ctx, "regions", "")
        self._add(box, "address.region", region)
        if ctx.actor.region:
            region.set_code(ctx.actor.region)
            region.setEnabled(False)
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
        self.years.valueChanged.connect(self._units)
        self.months.valueChanged.connect(self._changed)
        self.months.valueChanged.connect(self._units)
        self._add(box, "experience", exp)

        self.groups: dict[str, RowGroup] = {}
        for key, cols in GROUP_COLS.items():
            group = RowGroup(ctx, key, cols, self.fields, self.msgs)
            self.groups[key] = self.boxes[key] = group
            outer.addWidget(group)
            group.changed.connect(self._changed)
            group.set_rows(GROUPS)

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
        self.marks.changed.connect(self.validate)
        self.received.dateTimeChanged.connect(self._changed)
        self.save.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()
        self.validate()

    # -- building ----------------------------------------------------------------------------
    def _box(self, key: str, outer: QVBoxLayout) -> QFormLayout:
        g = QGroupBox()
        self.boxes[key] = g
        outer.addWidget(g)
        return QFormLayout(g)

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

    @property
    def rows(self) -> dict[str, int]:
        """Education / employment rows shown."""
        return {key: g.count for key, g in self.groups.items()}

    @property
    def add_buttons(self) -> dict[str, QPushButton]:
        return {key: g.add_button for key, g in self.groups.items()}

    def add_row(self, key: str) -> None:
        """One more education / employment row (no limit: the validator checks them all)."""
        self.groups[key].add_row()

    def set_rows(self, key: str, n: int) -> None:
        self.groups[key].set_rows(n)

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
        self.groups["education"].set_texts(
            (
                self.tr("Level"),
                self.tr("Institution"),
                self.tr("Start date"),
                self.tr("End date"),
                self.tr("Document"),
            ),
            self.tr("Add an education record"),
        )
        self.groups["employment"].set_texts(
            (
                self.tr("Organization"),
                self.tr("BIN"),
                self.tr("Position"),
                self.tr("Start date"),
                self.tr("End date (empty: current)"),
            ),
            self.tr("Add an employment record"),
        )
        for k in ("address.region", "profession", "qualification.category"):
            combo = self.fields[k]
            assert isinstance(combo, CatalogCombo)
            combo.fill(self.tr("— choose —"))
        for key, w in self.fields.items():
            if isinstance(w, QLineEdit) and key.endswith(DATE_FIELDS):
                w.setPlaceholderText(self.tr("dd.mm.yyyy"))
        portal = self.fields["portal_id"]
        assert isinstance(portal, QLineEdit)
        portal.setPlaceholderText(
            self.tr("the portal's number; empty for a paper one: the office numbers it"))
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
        return field_text(self.fields[key])

    def raw(self) -> Record:
        """The form as one record of the import format."""
        return form_record(
            self._text,
            self.rows,
            py_datetime(self.received.dateTime()),
            (self.years.value(), self.months.value()),
            self.consent.isChecked(),
        )

    def _units(self, *_a: object) -> None:
        """The units after the experience spin boxes agree with their numbers (1 год, 5 лет)."""
        self.years_label.setText(self.tr("year(s)", "", self.years.value()))
        self.months_label.setText(self.tr("month(s)", "", self.months.value()))

    def _changed(self, *_a: object) -> None:
        self.result.clear()
        self._timer.start()

    def validate(self) -> ParsedRecord:
        """Validate now. Each message shows under its field once the user has left the field
        (all of them after Save); a typed date that is no date says why. Returns the record."""
        from models.intake.records import validate_record

        rec = validate_record(1, self.raw(), self.ctx.services.catalogs,
                              paper=self.correcting is None)
        self.issues = list(rec.issues)
        self.marks.watch({**self.fields, "experience.years": self.years,
                          "experience.months": self.months})
        per: dict[str, list[str]] = {}
        general: list[str] = []
        dates: dict[str, str] = {}  # field → our words for a date that is no date
        for key, w in self.fields.items():
            if isinstance(w, QLineEdit) and key.endswith(DATE_FIELDS):
                problem = date_problem(w.text())
                if problem is not None:
                    dates[key] = self.marks.date_text(problem)
        for i in rec.issues:
            if i.code == "date_format" and i.field in dates:
                text = dates.pop(i.field)  # ours says what is wrong (once per field)
            elif i.code == "date_format" and i.field in self.fields:
                continue
            else:
                text = ("⚠ " if i.severity == "warning" else "") + i.message(self.ctx.lang)
            key = message_key(i)
            if key != i.field and key in self.msgs and "[" in key:  # a row: name the column
                text = f"{field_label(i.field).split(': ')[-1]}: {text}"
            if key in self.msgs:
                per.setdefault(key, []).append(text)
            else:
                general.append(f"{field_label(i.field)}: {text}")
        for key, lab in self.msgs.items():
            lines = per.get(key, [])
            lab.setText("\n".join(lines))
            lab.setVisible(bool(lines) and self.marks.shows(key))
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general) and self.marks.any_left())
        self.save.setEnabled(not self._saving)
        return rec

    # -- correcting an application -------------------------------------------------------
    def start_correction(self, detail: ApplicationDetail) -> None:
        """Fill the form from ``detail`` (an undecided application) to correct it."""
        self.clear()
        c = correction(detail)
        self.correcting = (c.portal_id, c.version)
        portal = self.fields["portal_id"]
        assert isinstance(portal, QLineEdit)
        portal.setReadOnly(True)
        self._received_read = c.received
        self.received.setDateTime(c.received)
        for key, n in c.rows.items():
            self.set_rows(key, n)
        for key, value in c.values.items():
            if key != "address.region" or self.fields[key].isEnabled():  # a clerk's: fixed
                set_field(self.fields[key], value)
        self.years.setValue(c.experience[0])
        self.months.setValue(c.experience[1])
        self.consent.setChecked(c.consent)
        self.marks.show_all = True  # typed long ago: every problem shows at once
        self.retranslate()

    def submit(self) -> None:
        rec = self.validate()
        if not rec.ok:  # every problem is marked now; the first one gets the cursor
            self.marks.save_pressed()
            errors = sum(1 for i in rec.issues if i.severity != "warning")
            self.result.setText(self.tr("Not saved: %n problem(s) are marked.", "", errors))
            first = self.marks.first_shown(self.msgs, self.fields, self)
            if first is not None:
                first.setFocus()
            return
        if self.correcting is not None:
            pid, version = self.correcting
            review, actor, data = self.ctx.services.review, self.ctx.actor, self.raw()
            if self.received.dateTime() == self._received_read:
                data = data["specialist"]  # the receipt time (to the second) is kept
            self._set_saving(True)
            self.ctx.workers.start(
                lambda job: review.correct(actor, pid, data, expected_version=version),
                on_done=lambda _v: self._corrected(pid),
                on_error=self._failed,
                name="correct",
            )
            return
        svc, actor = self.ctx.services.imports, self.ctx.actor
        self._set_saving(True)
        self.ctx.workers.start(
            lambda job: svc.enter_paper(actor, rec),
            on_done=self._saved,
            on_error=self._failed,
            name="enter",
        )

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self.save.setEnabled(not on)

    def _saved(self, outcome: tuple[str, ImportReport]) -> None:
        self._set_saving(False)
        pid, report = outcome
        if report.imported:
            self.result.setText(self.tr("Application {0} saved.").format(pid))
            self.saved.emit()
        elif report.already_present:
            self.result.setText(self.tr("An application with this number already exists."))
        else:
            msgs = [i.message(self.ctx.lang) for r in report.rejected for i in r.issues]
            self.result.setText("; ".join(msgs))

    def _corrected(self, pid: str) -> None:
        self._set_saving(False)
        self.clear()
        self.result.setText(self.tr("Application {0} corrected.").format(pid))
        self.saved.emit()
        self.corrected.emit(pid)

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
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
        for key in GROUP_COLS:
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
        self.marks.reset()
        self.validate()
