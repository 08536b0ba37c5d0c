"""Realistic, deterministic demo data: applications in Kazakh and Russian in every status.

Everything goes through the same bulk receive path as an import, and decisions are written with
their audit events, so a demo database is a faithful stand-in for a real one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, select, update

from models import audit
from models.actor import Actor
from models.applications import (
    REGISTRY_COUNTER,
    NewApplication,
    columns_from_data,
    existing_portal_ids,
    load_calendar,
    receive_many,
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
from models.validation import check_digit
from models.workcalendar import KZ_TZ, local_day, to_utc_naive, today_local

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


def russian_patronymic(father: str, female: bool) -> str:
    """Сергей → Сергеевич/Сергеевна, Игорь → Игоревич, Михаил → Михайлович."""
    stem = {"Михаил": "Михайл", "Николай": "Никола", "Сергей": "Серге", "Андрей": "Андре",
            "Алексей": "Алексе", "Евгений": "Евгень", "Игорь": "Игор"}.get(father)
    if stem is not None:
        return stem + ("евна" if female else "евич") if stem != "Михайл" else \
            stem + ("овна" if female else "ович")
    return father + ("овна" if female else "ович")


def make_id12(rng: random.Random, prefix6: str, seventh: str) -> str:
    """A valid 12-digit identifier starting with the given digits."""
    while True:
        body = prefix6 + seventh + "".join(str(rng.randrange(10)) for _ in range(4))
        cd = check_digit(body)
        if cd is not None:
            return body + str(cd)


def make_bin(rng: random.Random) -> str:
    yy = f"{rng.randrange(0, 24):02d}"
    mm = f"{rng.randrange(1, 13):02d}"
    return make_id12(rng, yy + mm + "40", str(rng.randrange(10)))


class DemoGenerator:
    def __init__(self, seed: int, catalogs: Catalogs, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.cat = catalogs
        self.today = today
        self.regions = list(catalogs.items["regions"])
        self.professions = list(catalogs.items["professions"])
        self.levels = list(catalogs.items["education_levels"])
        self.categories = list(catalogs.items["categories"])
        self.bins = [make_bin(self.rng) for _ in range(60)]

    def person(self) -> dict[str, Any]:
        r = self.rng
        female = r.random() < 0.7
        if r.random() < 0.65:
            last = r.choice(KK_SURNAMES)[1 if female else 0]
            first = r.choice(KK_FEMALE if female else KK_MALE)
            father = r.choice(KK_MALE)
            middle = "" if r.random() < 0.15 else father + ("қызы" if female else "ұлы")
        else:
            last = r.choice(RU_SURNAMES)
            if female and last.endswith(("ов", "ев", "ин")):
                last += "а"
            first = r.choice(RU_FEMALE if female else RU_MALE)
            father = r.choice(RU_MALE)
            middle = "" if r.random() < 0.1 else russian_patronymic(father, female)
        return {"last": last, "first": first, "middle": middle, "female": female}

    def application(self, i: int) -> tuple[str, dt.datetime, dict[str, Any]]:
        r = self.rng
        p = self.person()
        birth = dt.date(r.randrange(1962, 2004), r.randrange(1, 13), r.randrange(1, 29))
        century = ("4" if p["female"] else "3") if birth.year < 2000 else \
            ("6" if p["female"] else "5")
        iin = make_id12(r, birth.strftime("%y%m%d"), century)
        region = self.regions[i % len(self.regions)]
        days_ago = int(r.triangular(0, 150, 5))
        received = dt.datetime.combine(self.today - dt.timedelta(days=days_ago),
                                       dt.time(r.randrange(9, 18), r.randrange(60)), KZ_TZ)
        grad = max(birth.year + 22, 1990)
        grad = min(grad, self.today.year - 1)
        edu = [{"level": r.choice(self.levels), "institution": r.choice(INSTITUTIONS),
                "start": dt.date(grad - 4, 9, 1).isoformat(),
                "end": dt.date(grad, 6, 30).isoformat(),
                "document": f"ЖБ-{r.randrange(10**6, 10**7)}"}]
        if r.random() < 0.25 and grad + 3 < self.today.year:
            edu.append({"level": r.choice(self.levels), "institution": r.choice(INSTITUTIONS),
                        "start": dt.date(grad + 1, 9, 1).isoformat(),
                        "end": dt.date(grad + 3, 6, 30).isoformat(),
                        "document": f"№ {r.randrange(10**5, 10**6)}"})
        job_start = dt.date(min(grad + 1, self.today.year - 1), r.randrange(1, 13), 1)
        emp = [{"organization": r.choice(ORGANIZATIONS), "bin": r.choice(self.bins),
                "position": self.cat.get("professions", self.professions[0]).ru,
                "start": job_start.isoformat(), "end": None}]
        if r.random() < 0.3 and job_start.year > 1995:
            emp.insert(0, {"organization": r.choice(ORGANIZATIONS), "bin": r.choice(self.bins),
                           "position": "ассистент по социальной работе",
                           "start": dt.date(job_start.year - 3, 3, 1).isoformat(),
                           "end": dt.date(job_start.year - 1, 12, 31).isoformat()})
        prof = self.professions[(i * 7 + r.randrange(3)) % len(self.professions)]
        emp[-1]["position"] = self.cat.get("professions", prof).ru
        cat = r.choice(self.categories)
        qual = {"category": cat, "assigned_on": None, "commission": ""}
        if cat != "NONE":
            qual["assigned_on"] = dt.date(self.today.year - r.randrange(1, 3),
                                          r.randrange(1, 13), 15).isoformat()
            qual["commission"] = r.choice(COMMISSIONS)
        years = max(0, (self.today - job_start).days // 365)
        data = {
            "last_name": p["last"], "first_name": p["first"], "middle_name": p["middle"],
            "iin": iin, "birth_date": birth.isoformat(),
            "phone": f"+77{r.choice(['01', '02', '05', '07', '47', '75', '77'])}"
                     f"{r.randrange(10**6, 10**7)}",
            "email": f"user{self.seed}x{i}@mail.kz" if r.random() < 0.8 else "",
            "region": region, "settlement": SETTLEMENTS[self.regions.index(region)],
            "registration_address": f"{r.choice(STREETS)}, {r.randrange(1, 200)}"
                                    + (f", пәтер {r.randrange(1, 300)}"
                                       if r.random() < 0.6 else ""),
            "profession": prof,
            "experience": {"years": min(years, 40), "months": r.randrange(12)},
            "education": edu, "employment": emp, "qualification": qual,
            "consent_to_publish": r.random() < 0.85,
        }
        return f"D{self.seed}-{i:07d}", received, data

    def duplicate_of(self, other: dict[str, Any]) -> dict[str, Any]:
        d = dict(other)
        if self.rng.random() < 0.5:
            d["email"] = ""
            d["phone"] = other["phone"]
        else:
            d["iin"] = make_id12(self.rng, "".join(c for c in d["birth_date"][2:] if c != "-"),
                                 "7")  # same person, a mistyped IIN: name + birth date match
        return d


def generate(db: Database, actor: Actor, count: int, seed: int = 1,
             today: dt.date | None = None,
             progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Add ``count`` demo applications (idempotent for a seed); returns counts by status."""
    if not actor.is_admin:
        raise PermissionDenied("Демо-данные создаёт только администратор",
                               "Демо деректерді тек әкімші жасайды")
    today = today or today_local()
    cat = Catalogs.shipped()
    gen = DemoGenerator(seed, cat, today)
    stats = {s.value: 0 for s in Status}
    batch = 5000
    done = 0
    for start in range(0, count, batch):
        items: list[NewApplication] = []
        for i in range(start, min(count, start + batch)):
            pid, received, data = gen.application(i)
            if items and gen.rng.random() < 0.02:
                _, _, prev = items[-1].portal_id, items[-1].received_at, items[-1].data
                data = gen.duplicate_of(prev)
            items.append(NewApplication(pid, received, data))
        with db.write() as s:
            present = existing_portal_ids(s, [it.portal_id for it in items])
            items = [it for it in items if it.portal_id not in present]
            cal = load_calendar(s)
            ids = receive_many(s, actor, items, cal, chunk=batch)
            _decide_some(s, actor, gen, ids, items, cal, stats, today)
        done += len(items)
        if progress:
            progress(min(count, start + batch), count)
    return stats


def _decide_some(s: Any, actor: Actor, gen: DemoGenerator, ids: list[int],
                 items: list[NewApplication], cal: Any, stats: dict[str, int],
                 today: dt.date) -> None:
    r = gen.rng
    reasons = gen.cat.reasons
    ret = [c for c, x in reasons.items() if x.kind == "return"]
    ref = [c for c, x in reasons.items() if x.kind == "refuse"]
    decisions, entries, updates, revisions, events = [], [], [], [], []
    counter = s.scalar(select(Counter.value).where(Counter.name == REGISTRY_COUNTER)) or 0
    for app_id, it in zip(ids, items, strict=True):
        received = to_utc_naive(it.received_at)
        rec_day = local_day(received)
        roll = r.random()
        # recent applications stay undecided; older ones mostly have a decision
        if (rec_day > today - dt.timedelta(days=12) and roll < 0.8) or roll < 0.08:
            stats["submitted"] += 1
            continue
        decided_on = min(cal.add_working_days(rec_day, r.randrange(1, 7)), today)
        decided_at = to_utc_naive(dt.datetime.combine(decided_on, dt.time(11, r.randrange(60)),
                                                      KZ_TZ))
        roll = r.random()
        if roll < 0.6:
            kind, codes = DecisionKind.REGISTER, []
        elif roll < 0.85:
            kind, codes = DecisionKind.RETURN, r.sample(ret, r.randrange(1, 3))
        else:
            kind, codes = DecisionKind.REFUSE, r.sample(ref, 1)
        decisions.append({"application_id": app_id, "revision": 1, "kind": kind,
                          "reason_codes": codes, "comment": r.choice(COMMENTS),
                          "user_id": None, "user_login": actor.login, "decided_at": decided_at,
                          "decided_on": decided_on})
        status = {DecisionKind.REGISTER: Status.REGISTERED, DecisionKind.RETURN: Status.RETURNED,
                  DecisionKind.REFUSE: Status.REFUSED}[kind]
        upd: dict[str, Any] = {"b_id": app_id, "status": status, "due_date": None, "revision": 1}
        events.append(audit.make_row(actor, f"application.{kind.value}", "application",
                                     it.portal_id, after={"status": status.value,
                                                          "reasons": codes},
                                     region=it.data["region"], at=decided_at))
        if kind is DecisionKind.REGISTER:
            counter += 1
            entries.append({"registry_number": counter, "application_id": app_id,
                            "included_on": decided_on, "version": 1})
        elif kind is DecisionKind.RETURN and r.random() < 0.35:
            # the applicant fixed it and sent it again
            re_day = min(decided_on + dt.timedelta(days=r.randrange(1, 10)), today)
            re_at = to_utc_naive(dt.datetime.combine(re_day, dt.time(15, 5), KZ_TZ))
            re_due = cal.due_date(re_day)
            data = dict(it.data, experience=dict(it.data["experience"],
                                                 months=(it.data["experience"]["months"] + 1) % 12))
            revisions.append({"application_id": app_id, "number": 2, "received_at": re_at,
                              "due_date": re_due, "data": data, "created_by": actor.login,
                              "created_at": re_at})
            status = Status.RESUBMITTED
            upd.update(status=status, due_date=re_due, revision=2, received_at=re_at,
                       received_on=re_day, experience_months=columns_from_data(data)[
                           "experience_months"])
            events.append(audit.make_row(actor, "application.resubmit", "application",
                                         it.portal_id, after={"revision": 2},
                                         region=it.data["region"], at=re_at))
        stats[status.value] += 1
        updates.append(upd)
    if decisions:
        s.execute(insert(Decision.__table__), [{**d, "kind": d["kind"].value} for d in decisions])
    if entries:
        s.execute(insert(RegistryEntry.__table__), entries)
        s.execute(update(Counter).where(Counter.name == REGISTRY_COUNTER).values(value=counter))
    if revisions:
        s.execute(insert(Revision.__table__), revisions)
    from sqlalchemy import bindparam

    for keys in ({"status", "due_date", "revision"},
                 {"status", "due_date", "revision", "received_at", "received_on",
                  "experience_months"}):
        group = [u for u in updates if set(u) - {"b_id"} == keys]
        if group:
            s.connection().execute(
                update(Application.__table__).where(Application.__table__.c.id ==
                                                    bindparam("b_id"))
                .values({k: bindparam(k) for k in keys}),
                [{**u, "status": u["status"].value} for u in group],
            )
    audit.record_many(s, events)


__all__ = ["generate", "DemoGenerator", "Role"]
