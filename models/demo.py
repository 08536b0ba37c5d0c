"""Realistic, deterministic demo data: applications in Kazakh and Russian in every status.

The rows are the ones the services write: an ``applications`` row per application (in its
final state), its revisions, decisions, registry entries (some excluded), the hash-chained audit
events of each step, the registry counter, duplicate links (found by the same
:func:`~models.applications.flag_duplicates` as an import) and, through the database's own
triggers, the search index and the per-status counts. Only the way in differs: rows are built
in Python and go in with one driver-level executemany per table and batch.

Coverage is scripted, not left to chance: the first :data:`SCRIPT_SIZE` records hold every
status (an excluded registry entry too), every ``RET-*`` and ``REF-*`` reason, both kinds of
duplicate (same IIN; same name and birth date), overdue, due-today and few-days-left open
applications; records ``i % 20`` and ``i % 18`` cycle through all regions and professions.
Later records are random in realistic proportions. The same seed and ``today`` give the same
database, row for row.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text, update

from models import audit
from models.actor import Actor
from models.applications import (
    RECEIVE_AFTER,
    REGISTRY_COUNTER,
    NewApplication,
    append_audit,
    application_row,
    bulk_insert,
    columns_from_data,
    existing_portal_ids,
    flag_duplicates,
    json_texts,
    load_calendar,
    reserve_ids,
)
from models.catalogs import Catalogs
from models.db import Database
from models.entities import (
    Application,
    Counter,
    Decision,
    DecisionKind,
    RegistryEntry,
    Revision,
    Role,
    Status,
)
from models.errors import PermissionDenied
from models.search_fold import to_latin
from models.transitions import DECISION_RESULT
from models.validation import check_digit
from models.workcalendar import KZ_TZ, WorkCalendar, to_utc_naive, today_local

KK_SURNAMES = [("Әбілқайыров", "Әбілқайырова"), ("Нұрланов", "Нұрланова"),
               ("Сәрсенбаев", "Сәрсенбаева"), ("Жұмабаев", "Жұмабаева"), ("Қасымов", "Қасымова"),
               ("Төлеуов", "Төлеуова"), ("Оспанов", "Оспанова"), ("Серікбаев", "Серікбаева"),
               ("Мұхамеджанов", "Мұхамеджанова"), ("Бекмұханбетов", "Бекмұханбетова"),
               ("Ақылбеков", "Ақылбекова"), ("Ғабдуллин", "Ғабдуллина"), ("Үсенов", "Үсенова"),
               ("Өмірзақов", "Өмірзақова"), ("Шәріпов", "Шәріпова"),
               ("Есенғалиев", "Есенғалиева"), ("Құрманғалиев", "Құрманғалиева"),
               ("Тұрсынбаев", "Тұрсынбаева"), ("Жақсылықов", "Жақсылықова"),
               ("Ілиясов", "Ілиясова"), ("Һашимов", "Һашимова")]
KK_MALE = ["Нұрсұлтан", "Ерлан", "Дәурен", "Қайрат", "Бауыржан", "Арман", "Ғалым", "Ерасыл",
           "Әлібек", "Жәнібек", "Серік", "Мұрат", "Асқар", "Ұлан", "Төрехан", "Біржан"]
KK_FEMALE = ["Әсел", "Айгүл", "Гүлнар", "Жанар", "Мөлдір", "Ұлжан", "Сәуле", "Динара", "Әлия",
             "Айжан", "Қарлығаш", "Перизат", "Гүлмира", "Ақбота", "Жұлдыз", "Іңкәр"]
RU_SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов",
               "Морозов", "Волков", "Лебедев", "Козлов", "Новиков", "Фёдоров", "Ким", "Ли",
               "Пак", "Шевченко", "Бондаренко"]
RU_MALE = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Николай", "Михаил",
           "Евгений", "Владимир", "Игорь", "Виктор", "Олег"]
RU_FEMALE = ["Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна", "Мария",
             "Юлия", "Людмила", "Екатерина", "Галина"]
SETTLEMENTS = ["Семей", "Көкшетау", "Ақтөбе", "Қонаев", "Атырау", "Орал", "Тараз", "Талдықорған",
               "Қарағанды", "Қостанай", "Қызылорда", "Ақтау", "Павлодар", "Петропавл",
               "Түркістан", "Жезқазған", "Өскемен", "Астана", "Алматы", "Шымкент"]
STREETS = ["Абай даңғылы", "Қабанбай батыр көшесі", "ул. Сатпаева", "ул. Жамбыла",
           "Төле би көшесі", "пр. Назарбаева", "Әл-Фараби даңғылы", "ул. Пушкина",
           "Қонаев көшесі", "мкр. Самал"]
INSTITUTIONS = ["Әл-Фараби атындағы Қазақ ұлттық университеті",
                "Казахский национальный педагогический университет имени Абая",
                "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
                "Медицинский колледж г. Караганды", "Семей медициналық колледжі",
                "Карагандинский университет имени Е.А. Букетова",
                "Жоғары әлеуметтік-гуманитарлық колледж"]
ORGANIZATIONS = ["КГУ «Центр оказания специальных социальных услуг»",
                 "«Арнаулы әлеуметтік қызметтер көрсету орталығы» КММ",
                 "ТОО «Қамқорлық»", "ГККП «Дом-интернат для престарелых и лиц с инвалидностью»",
                 "«Мейірім» қоғамдық қоры", "Отделение социальной помощи на дому"]
COMMISSIONS = ["Аттестационная комиссия управления координации занятости и социальных программ",
               "Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасының "
               "аттестаттау комиссиясы"]
COMMENTS = ["Приложите действующий сертификат", "Құжаттардың көшірмелері анық емес",
            "Уточните должность по штатному расписанию", "", ""]


EXCLUSION_REASONS = ["Заявление специалиста об исключении из реестра",
                     "Маманның тізілімнен шығару туралы өтініші",
                     "Вступивший в законную силу приговор суда",
                     "Выезд на постоянное место жительства за пределы Республики Казахстан"]
EMAIL_DOMAINS = ["mail.kz", "gmail.com", "mail.ru", "inbox.kz", "yandex.kz"]

#: Russian patronymics that are not simply ``name + ович/овна``.
_PATRONYMIC = {"Михаил": "Михайл", "Лев": "Льв", "Павел": "Павл", "Пётр": "Петр",
               "Евгений": "Евгеньев", "Илья": "Ильич"}


def russian_patronymic(father: str, female: bool) -> str:
    """Дмитрий → Дмитриевич/Дмитриевна, Сергей → Сергеевна, Игорь → Игоревич, Михаил →
    Михайлович, Евгений → Евгеньевич, Иван → Иванович."""
    stem = _PATRONYMIC.get(father)
    if stem == "Ильич":
        return "Ильинична" if female else "Ильич"
    if stem is not None:
        suffix = "" if stem.endswith("ев") else "ов"
        return stem + suffix + ("на" if female else "ич")
    if father.endswith(("й", "ь")):  # Сергей, Николай, Андрей, Дмитрий, Игорь
        base = father[:-1] + "ев"
    else:
        base = father + "ов"
    return base + ("на" if female else "ич")


def make_id12(rng: random.Random, prefix6: str, seventh: str) -> str:
    """A valid 12-digit identifier starting with the given digits."""
    while True:
        body = f"{prefix6}{seventh}{int(rng.random() * 10000):04d}"
        cd = check_digit(body)
        if cd is not None:
            return body + str(cd)


def make_bin(rng: random.Random) -> str:
    yy = f"{rng.randrange(0, 24):02d}"
    mm = f"{rng.randrange(1, 13):02d}"
    return make_id12(rng, yy + mm + "40", str(rng.randrange(10)))


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

    def pick(self, seq: Any) -> Any:
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
        rec = Record(i, f"D{self.seed}-{i:07d}", None, {}, plan)  # type: ignore[arg-type]
        if st is Status.SUBMITTED:
            due = days.due_on(today, plan.due_in)
            rec.received_at = self._at(days.before(due, 5), 8, 20)
        elif st is Status.RESUBMITTED:
            re_day = days.before(days.due_on(today, plan.due_in), 5)
            first = re_day - dt.timedelta(days=self.between(16, 70))
            rec.received_at = self._at(first, 8, 20)
            decided = min(days.after(first, self.between(1, 6)), re_day - dt.timedelta(days=1))
            rec.decided_at = self._at(decided, 10, 18)
            rec.resubmitted_at = self._at(re_day, 9, 19)
        else:
            back = self.between(90, 400) if plan.excluded else int(r.triangular(12, 420, 20))
            first = today - dt.timedelta(days=back)
            rec.received_at = self._at(first, 8, 20)
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
        address = f"{self.pick(STREETS)}, {self.between(1, 200)}"
        if self.rnd() < 0.6:
            address += f", пәтер {self.between(1, 300)}"
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


_KIND = {Status.REGISTERED: DecisionKind.REGISTER, Status.RETURNED: DecisionKind.RETURN,
         Status.RESUBMITTED: DecisionKind.RETURN, Status.REFUSED: DecisionKind.REFUSE}
BATCH = 10_000
_SQLITE_CACHE_KIB = 262_144  # page cache during the demo: the indexes of a big table fit


def generate(db: Database, actor: Actor, count: int, seed: int = 1,
             today: dt.date | None = None,
             progress: Callable[[int, int], None] | None = None,
             batch: int = BATCH) -> dict[str, int]:
    """Add ``count`` demo applications (idempotent for a seed); returns counts by status.

    ``today`` fixes the day the data is built around (default: today in Kazakhstan); the
    same seed and day give the same data. One transaction per ``batch`` records.
    """
    if not actor.is_admin:
        raise PermissionDenied("Демо-данные создаёт только администратор",
                               "Демо деректерді тек әкімші жасайды")
    today = today or today_local()
    with db.read() as s:
        cal = load_calendar(s)
    gen = DemoGenerator(seed, Catalogs.shipped(), today, cal)
    stats = {s.value: 0 for s in Status}
    for start in range(0, count, batch):
        recs = [gen.record(i) for i in range(start, min(count, start + batch))]
        with db.write() as s:
            sqlite = s.get_bind().dialect.name == "sqlite"
            if sqlite:
                old_cache = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
                s.connection().exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
            present = existing_portal_ids(s, [r.portal_id for r in recs])
            _write(s, actor, [r for r in recs if r.portal_id not in present], cal, stats)
            if sqlite:
                s.connection().exec_driver_sql(f"PRAGMA cache_size={int(old_cache)}")
        if progress:
            progress(min(count, start + batch), count)
    return stats


def _write(s: Any, actor: Actor, recs: list[Record], cal: WorkCalendar,
           stats: dict[str, int]) -> None:
    """Insert the records with their history, as the services would have written it."""
    if not recs:
        return
    ids = reserve_ids(s, Application.__table__, len(recs))
    counter = s.scalar(select(Counter.value).where(Counter.name == REGISTRY_COUNTER)) or 0
    start_counter = counter
    apps, revs, decs, entries, events = [], [], [], [], []
    due_of: dict[dt.date, dt.date] = {}
    login = actor.login
    receive = audit.make_row(actor, "application.receive", "application", "",
                             after=RECEIVE_AFTER)
    decided = {k: audit.make_row(actor, f"application.{k.value}", "application", "",
                                 before={"status": Status.SUBMITTED.value, "revision": 1})
               for k in DecisionKind}
    resubmit = audit.make_row(actor, "application.resubmit", "application", "",
                              before={"status": Status.RETURNED.value, "revision": 1})
    exclude = audit.make_row(actor, "registry.exclude", "registry_entry", "")
    canonical = audit.canonical
    for app_id, rec in zip(ids, recs, strict=True):
        row = application_row(NewApplication(rec.portal_id, rec.received_at, rec.data), cal,
                              rec.received_at, due_of)
        at = row["received_at"]
        data, edu, emp = json_texts(s, rec.data)
        row.update(id=app_id, created_at=at, updated_at=at, education=edu, employment=emp)
        region = row["region_code"]
        pid = rec.portal_id
        revs.append({"application_id": app_id, "number": 1, "received_at": at,
                     "due_date": row["due_date"], "data": data, "created_by": login,
                     "created_at": at})
        events.append(dict(receive, entity_id=pid, region_code=region, at=at))
        if rec.decided_at is not None:
            kind = _KIND[rec.plan.status]
            result = DECISION_RESULT[kind]
            decided_at = to_utc_naive(rec.decided_at)
            decided_on = rec.decided_at.date()
            codes = list(rec.plan.reasons)
            number = None
            if kind is DecisionKind.REGISTER:
                counter += 1
                number = counter
                entry = {"registry_number": number, "application_id": app_id,
                         "included_on": decided_on, "excluded_on": None,
                         "exclusion_reason": None, "excluded_by": None, "version": 1}
                entries.append(entry)
            decs.append({"application_id": app_id, "revision": 1, "kind": kind,
                         "reason_codes": codes, "comment": rec.comment, "user_id": None,
                         "user_login": login, "decided_at": decided_at,
                         "decided_on": decided_on})
            events.append(dict(decided[kind], entity_id=pid, region_code=region, at=decided_at,
                               after=canonical({"status": result.value, "revision": 1,
                                                "reasons": codes, "comment": rec.comment,
                                                "registry_number": number})))
            row.update(status=result, due_date=None, updated_at=decided_at, version=2)
            if rec.resubmitted_at is not None and rec.data2 is not None:
                re_at = to_utc_naive(rec.resubmitted_at)
                re_on = rec.resubmitted_at.date()
                re_due = cal.due_date(re_on)
                data2, edu, emp = json_texts(s, rec.data2)
                row.update(columns_from_data(rec.data2), education=edu, employment=emp)
                row.update(status=Status.RESUBMITTED, revision=2, received_at=re_at,
                           received_on=re_on, due_date=re_due, updated_at=re_at, version=3)
                revs.append({"application_id": app_id, "number": 2, "received_at": re_at,
                             "due_date": re_due, "data": data2, "created_by": login,
                             "created_at": re_at})
                events.append(dict(resubmit, entity_id=pid, region_code=region, at=re_at,
                                   after=canonical({"status": Status.RESUBMITTED.value,
                                                    "revision": 2, "due_date": re_due})))
            if rec.excluded_on is not None and number is not None:
                entry.update(excluded_on=rec.excluded_on, exclusion_reason=rec.exclusion_reason,
                             excluded_by=login, version=2)
                ex_at = to_utc_naive(dt.datetime.combine(rec.excluded_on, dt.time(12), KZ_TZ))
                events.append(dict(exclude, entity_id=str(number), region_code=region,
                                   at=ex_at, after=canonical({"excluded_on": rec.excluded_on,
                                                              "reason": rec.exclusion_reason})))
        stats[row["status"].value] += 1
        apps.append(row)
    with _triggers_suspended(s, ids[0], ids[-1]):
        bulk_insert(s, Application.__table__, apps)
    bulk_insert(s, Revision.__table__, revs)
    bulk_insert(s, Decision.__table__, decs)
    bulk_insert(s, RegistryEntry.__table__, entries)
    if counter != start_counter:
        s.execute(update(Counter).where(Counter.name == REGISTRY_COUNTER).values(value=counter))
    append_audit(s, events)
    flag_duplicates(s, ids)


#: SQLite insert triggers on ``applications`` that the demo replays once per batch, with the
#: statement that does the same for a range of ids. Other triggers stay active.
_REPLAYED = {
    "applications_fts_ai":
        "INSERT INTO applications_fts(rowid, search_text) "
        "SELECT id, search_text FROM applications WHERE id BETWEEN :lo AND :hi",
    "status_counts_ai":
        "INSERT INTO status_counts(region_code, status, n) "
        "SELECT region_code, status, COUNT(*) FROM applications WHERE id BETWEEN :lo AND :hi "
        "GROUP BY region_code, status "
        "ON CONFLICT(region_code, status) DO UPDATE SET n = n + excluded.n",
}


@contextlib.contextmanager
def _triggers_suspended(s: Any, lo: int, hi: int) -> Iterator[None]:
    """SQLite: drop the per-row search-index and status-count insert triggers, let the
    caller insert ids ``lo..hi``, then do their work once for the whole range and recreate
    them from their stored SQL — all inside the caller's transaction, so a failure rolls
    the triggers back too. PostgreSQL keeps its triggers (nothing to do)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    names = tuple(_REPLAYED)
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND tbl_name = 'applications' AND name IN (?, ?)", names).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for name, sql in found:
        conn.execute(text(_REPLAYED[name]), {"lo": lo, "hi": hi})
        conn.exec_driver_sql(sql)


__all__ = ["generate", "DemoGenerator", "Plan", "Record", "Role", "russian_patronymic"]
