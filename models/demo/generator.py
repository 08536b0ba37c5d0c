"""Demo applications: a scripted start (every status and reason), then random ones."""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from models.calendar.workdays import KZ_TZ, WorkCalendar
from models.catalogs import Catalogs
from models.db.entities import Status
from models.demo.names import (
    COMMENTS,
    COMMISSIONS,
    EMAIL_DOMAINS,
    EXCLUSION_REASONS,
    INSTITUTIONS,
    KK_FEMALE,
    KK_MALE,
    KK_SURNAMES,
    ORGANIZATIONS,
    RU_FEMALE,
    RU_MALE,
    RU_SURNAMES,
    SETTLEMENTS,
    STREETS,
    make_bin,
    make_id12,
    russian_patronymic,
)
from models.names.fold import to_latin

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Plan:
    """What happens to one demo application."""

    status: Status  # the final status
    reasons: tuple[str, ...] = ()  # of the return (returned, resubmitted) or the refusal
    due_in: int = 0  # open ones: working days from today to the due date (< 0: overdue)
    excluded: bool = False  # registered, later excluded from the registry
    dup_of: int | None = None  # index of the earlier record this one duplicates
    dup_kind: str = ""  # "iin" (same IIN) | "name_birth" (same name and birth date, new IIN)


def script(ret: list[str], ref: list[str]) -> list[Plan]:
    """The first records: one of every case the screens and reports must show."""
    S = Status
    plans = [Plan(S.SUBMITTED, due_in=0), Plan(S.SUBMITTED, due_in=1),
             Plan(S.SUBMITTED, due_in=3), Plan(S.SUBMITTED, due_in=-3),
             Plan(S.REGISTERED), Plan(S.REGISTERED, excluded=True)]
    plans += [Plan(S.RETURNED, reasons=(c,)) for c in ret]
    plans += [Plan(S.REFUSED, reasons=(c,)) for c in ref]
    plans += [Plan(S.RESUBMITTED, reasons=(ret[0], ret[2]), due_in=2),
              Plan(S.RESUBMITTED, reasons=(ret[1],), due_in=-1),
              Plan(S.SUBMITTED, due_in=4, dup_of=4, dup_kind="iin"),
              Plan(S.SUBMITTED, due_in=2, dup_of=0, dup_kind="name_birth")]
    return plans


SCRIPT_SIZE = 18


@dataclass(slots=True)
class Record:
    """One generated application and its history (moments are aware, Kazakhstan time)."""

    index: int
    portal_id: str
    received_at: dt.datetime  # revision 1
    data: dict[str, Any]
    plan: Plan
    decided_at: dt.datetime | None = None  # the decision on revision 1
    comment: str = ""
    resubmitted_at: dt.datetime | None = None
    data2: dict[str, Any] | None = None  # revision 2
    excluded_on: dt.date | None = None
    exclusion_reason: str = ""


class _Days:
    """Working days around ``today``, for fast working-day arithmetic."""

    def __init__(self, cal: WorkCalendar, today: dt.date) -> None:
        start = today - dt.timedelta(days=900)
        self.days = [d for d in (start + dt.timedelta(days=k) for k in range(1000))
                     if cal.is_working_day(d)]

    def after(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after ``day`` (n ≥ 1)."""
        return self.days[bisect.bisect_right(self.days, day) + n - 1]

    def before(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day strictly before ``day`` (n ≥ 1)."""
        return self.days[bisect.bisect_left(self.days, day) - n]

    def due_on(self, today: dt.date, due_in: int) -> dt.date:
        """The working day ``due_in`` working days from today (0: today, or the next one)."""
        if due_in > 0:
            return self.after(today, due_in)
        i = bisect.bisect_left(self.days, today)
        return self.days[i + due_in]


class DemoGenerator:
    """Records for indexes 0, 1, 2, … in order (each depends on the random state before it)."""

    def __init__(self, seed: int, catalogs: Catalogs, today: dt.date,
                 calendar: WorkCalendar | None = None) -> None:
        self.rng = random.Random(seed)
        self.rnd = self.rng.random
        self.seed = seed
        self.cat = catalogs
        self.today = today
        self.days = _Days(calendar or WorkCalendar(), today)
        self.regions = list(catalogs.items["regions"])
        self.professions = list(catalogs.items["professions"])
        self.levels = list(catalogs.items["education_levels"])
        self.categories = list(catalogs.items["categories"])
        self.prof_ru = {c: catalogs.get("professions", c).ru for c in self.professions}
        self.ret = [c for c, x in catalogs.reasons.items() if x.kind == "return"]
        self.ref = [c for c, x in catalogs.reasons.items() if x.kind == "refuse"]
        self.script = script(self.ret, self.ref)
        assert len(self.script) == SCRIPT_SIZE
        self.bins = [make_bin(self.rng) for _ in range(60)]
        self._people: dict[int, tuple[dict[str, Any], Plan]] = {}  # recent identities
        self._latin: dict[str, str] = {}

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.rnd() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.rnd() * n)

    def between(self, lo: int, hi: int) -> int:
        """lo ≤ n < hi."""
        return lo + int(self.rnd() * (hi - lo))

    # --- the plan -----------------------------------------------------------------------

    def _due_in(self) -> int:
        return self.between(0, 5) if self.rnd() < 0.8 else -self.between(1, 12)

    def plan(self, i: int) -> Plan:
        if i < SCRIPT_SIZE:
            return self.script[i]
        roll = self.rnd()
        if roll < 0.22:
            p = Plan(Status.SUBMITTED, due_in=self._due_in())
        elif roll < 0.26:
            p = Plan(Status.RESUBMITTED, reasons=self._codes(self.ret), due_in=self._due_in())
        elif roll < 0.38:
            p = Plan(Status.RETURNED, reasons=self._codes(self.ret))
        elif roll < 0.45:
            p = Plan(Status.REFUSED, reasons=(self.pick(self.ref),))
        else:
            p = Plan(Status.REGISTERED, excluded=self.rnd() < 0.03)
        if self.rnd() < 0.02:
            other = i - 1 - self.below(min(i, 200))
            known = self._people.get(other)
            if known is not None and known[1].status is not Status.REFUSED:
                kind = "iin" if self.rnd() < 0.5 else "name_birth"
                p = Plan(p.status, p.reasons, p.due_in, p.excluded, other, kind)
        return p

    def _codes(self, codes: list[str]) -> tuple[str, ...]:
        r = self.rng
        return tuple(r.sample(codes, 2)) if self.rnd() < 0.25 else (self.pick(codes),)

    # --- the person -----------------------------------------------------------------------

    def person(self) -> dict[str, Any]:
        female = self.rnd() < 0.7
        if self.rnd() < 0.65:
            last = self.pick(KK_SURNAMES)[1 if female else 0]
            first = self.pick(KK_FEMALE if female else KK_MALE)
            father = self.pick(KK_MALE)
            middle = "" if self.rnd() < 0.15 else father + ("қызы" if female else "ұлы")
        else:
            last = self.pick(RU_SURNAMES)
            if female and last.endswith(("ов", "ев", "ин")):
                last += "а"
            first = self.pick(RU_FEMALE if female else RU_MALE)
            father = self.pick(RU_MALE)
            middle = "" if self.rnd() < 0.1 else russian_patronymic(father, female)
        return {"last": last, "first": first, "middle": middle, "female": female}

    def _identity(self, i: int, plan: Plan, ref: dt.date) -> dict[str, Any]:
        """Name, sex, birth date and IIN: a new person, or the earlier one this duplicates."""
        r = self.rng
        if plan.dup_of is not None and plan.dup_of in self._people:
            ident = dict(self._people[plan.dup_of][0])
            if plan.dup_kind == "name_birth":  # the same person, a mistyped IIN
                ident["iin"] = make_id12(r, ident["iin"][:6], "7")
            return ident
        p = self.person()
        birth = dt.date(ref.year - self.between(22, 62), self.between(1, 13), self.between(1, 29))
        century = ("4" if p["female"] else "3") if birth.year < 2000 else \
            ("6" if p["female"] else "5")
        p["birth"] = birth
        p["iin"] = make_id12(r, birth.strftime("%y%m%d"), century)
        return p

    def _latin_of(self, name: str) -> str:
        s = self._latin.get(name)
        if s is None:
            s = self._latin[name] = to_latin(name).replace(" ", "")
        return s

    # --- one record -------------------------------------------------------------------------

    def _at(self, day: dt.date, lo: int = 9, hi: int = 18) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(self.between(lo, hi), self.below(60)), KZ_TZ)

    def record(self, i: int) -> Record:
        r = self.rng
        days, today = self.days, self.today
        plan = self.plan(i)
        st = plan.status
        pid = f"D{self.seed}-{i:07d}"
        if st is Status.SUBMITTED:
            due = days.due_on(today, plan.due_in)
            rec = Record(i, pid, self._at(days.before(due, 5), 8, 20), {}, plan)
        elif st is Status.RESUBMITTED:
            re_day = days.before(days.due_on(today, plan.due_in), 5)
            first = re_day - dt.timedelta(days=self.between(16, 70))
            rec = Record(i, pid, self._at(first, 8, 20), {}, plan)
            decided = min(days.after(first, self.between(1, 6)), re_day - dt.timedelta(days=1))
            rec.decided_at = self._at(decided, 10, 18)
            rec.resubmitted_at = self._at(re_day, 9, 19)
        else:
            back = self.between(90, 400) if plan.excluded else int(r.triangular(12, 420, 20))
            first = today - dt.timedelta(days=back)
            rec = Record(i, pid, self._at(first, 8, 20), {}, plan)
            late = self.rnd() < 0.1
            decided = days.after(first, self.between(6, 9) if late else self.between(1, 6))
            decided = min(decided, today - dt.timedelta(days=1))
            rec.decided_at = self._at(decided, 10, 18)
            if plan.excluded:
                rec.excluded_on = min(decided + dt.timedelta(days=self.between(30, 80)),
                                      today - dt.timedelta(days=1))
                rec.exclusion_reason = self.pick(EXCLUSION_REASONS)
        if st is not Status.REGISTERED and rec.decided_at is not None:
            rec.comment = self.pick(COMMENTS)
        ref = rec.received_at.date()
        ident = self._identity(i, plan, ref)
        self._people[i] = (ident, plan)
        self._people.pop(i - 250, None)
        rec.data = self._specialist(i, ident, ref)
        if rec.resubmitted_at is not None:
            exp = rec.data["experience"]
            rec.data2 = dict(rec.data, experience=dict(exp, months=(exp["months"] + 1) % 12))
        return rec

    def _specialist(self, i: int, p: dict[str, Any], ref: dt.date) -> dict[str, Any]:
        """The form's data, valid on the day of receipt ``ref``."""
        birth: dt.date = p["birth"]
        region_i = i % len(self.regions)
        region = self.regions[region_i]
        prof = self.professions[i % len(self.professions)] if i < 4 * len(self.professions) \
            else self.pick(self.professions)
        grad = min(max(birth.year + 22, 1990), ref.year - 2)
        level = self.pick(self.levels)
        edu = [{"level": level, "institution": self.pick(INSTITUTIONS),
                "start": f"{grad - 4}-09-01", "end": f"{grad}-06-30",
                "document": f"ЖБ-{self.between(10**6, 10**7)}"}]
        if self.rnd() < 0.25 and grad + 4 < ref.year:
            edu.append({"level": self.pick(self.levels), "institution": self.pick(INSTITUTIONS),
                        "start": f"{grad + 1}-09-01", "end": f"{grad + 3}-06-30",
                        "document": f"№ {self.between(10**5, 10**6)}"})
        job_year = min(grad + 1, ref.year - 1)
        job_start = dt.date(job_year, self.between(1, 13), 1)
        emp = [{"organization": self.pick(ORGANIZATIONS), "bin": self.pick(self.bins),
                "position": self.prof_ru[prof], "start": job_start.isoformat(), "end": None}]
        if self.rnd() < 0.3 and job_year > 1995:
            emp.insert(0, {"organization": self.pick(ORGANIZATIONS), "bin": self.pick(self.bins),
                           "position": "ассистент по социальной работе",
                           "start": f"{job_year - 3}-03-01", "end": f"{job_year - 1}-12-31"})
        cat = self.pick(self.categories)
        qual: dict[str, Any] = {"category": cat, "assigned_on": None, "commission": ""}
        if cat != "NONE":
            qual["assigned_on"] = f"{ref.year - self.between(1, 4)}-{self.between(1, 13):02d}-15"
            qual["commission"] = self.pick(COMMISSIONS)
        years = max(0, (ref - job_start).days // 365)
        email = ""
        if self.rnd() < 0.8:
            email = (f"{self._latin_of(p['first'])}.{self._latin_of(p['last'])}"
                     f"{birth.year % 100:02d}@{self.pick(EMAIL_DOMAINS)}")
        street = self.pick(STREETS)
        address = f"{street}, {self.between(1, 200)}"
        if self.rnd() < 0.6:  # the flat in the street's language
            flat = "кв." if street.startswith(("ул.", "пр.", "мкр")) else "пәтер"
            address += f", {flat} {self.between(1, 300)}"
        return {
            "last_name": p["last"], "first_name": p["first"], "middle_name": p["middle"],
            "iin": p["iin"], "birth_date": birth.isoformat(),
            "phone": f"+77{self.pick(['01', '02', '05', '07', '47', '75', '77'])}"
                     f"{self.between(10**6, 10**7)}",
            "email": email,
            "region": region, "settlement": SETTLEMENTS[region_i],
            "registration_address": address,
            "profession": prof,
            "experience": {"years": min(years, 40), "months": self.below(12)},
            "education": edu, "employment": emp, "qualification": qual,
            "consent_to_publish": self.rnd() < 0.85,
        }

    def application(self, i: int) -> tuple[str, dt.datetime, dict[str, Any]]:
        """The next record as an import would receive it: portal id, received at, data."""
        rec = self.record(i)
        return rec.portal_id, rec.received_at, rec.data
