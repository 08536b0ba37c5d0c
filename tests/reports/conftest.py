"""Registry rows and letters for report tests (no database)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from models.dto import Bilingual, EducationRecord, EmploymentRecord, LetterData, Reason, RegistryRow
from reports.meta import ReportMeta

ABAI = Bilingual("100000000", "Абай облысы", "область Абай")
ALMATY = Bilingual("750000000", "Алматы қаласы", "город Алматы")
SOCIAL_WORKER = Bilingual("SOCIAL_WORKER", "әлеуметтік қызметкер", "социальный работник")
CARE = Bilingual(
    "SW_CARE_ELDERLY_DISABLED",
    "қарттар мен мүгедектігі бар адамдарға күтім жасау жөніндегі әлеуметтік қызметкер",
    "социальный работник по уходу за престарелыми и лицами с инвалидностью",
)
HIGHER = Bilingual("HIGHER", "жоғары білім", "высшее образование")
TVET = Bilingual(
    "TVET", "техникалық және кәсіптік білім", "техническое и профессиональное образование"
)
FIRST = Bilingual("FIRST", "бірінші біліктілік санаты", "первая квалификационная категория")

LONG_ADDRESS = (
    "Семей қаласы, Шәкәрім даңғылы, 123-үй, 45-пәтер, кіреберіс 2, қабат 7, "
    "домофон коды 4567, Абай атындағы мектептің қарсы жағында орналасқан тұрғын үй кешені"
)


def make_row(
    number: int,
    last: str = "Әбілқайыров",
    first: str = "Нұрсұлтан",
    middle: str = "Өмірұлы",
    *,
    region: Bilingual = ABAI,
    education: int = 1,
    employment: int = 1,
    address: str = "Абай көшесі, 10-үй",
    phone: str = "+77011234567",
    email: str = "nursultan@example.kz",
    consent: bool = True,
    commission: str = "Абай облысы жұмыспен қамту басқармасының аттестаттау комиссиясы",
) -> RegistryRow:
    """One registry row; ``education``/``employment`` give the number of records."""
    edu = tuple(
        EducationRecord(
            level=HIGHER if i % 2 == 0 else TVET,
            institution=f"Әл-Фараби атындағы Қазақ ұлттық университеті №{i + 1}",
            start=dt.date(2000 + i, 9, 1),
            end=dt.date(2004 + i, 6, 30),
            document=f"ЖБ-Б {1000000 + i}",
        )
        for i in range(education)
    )
    emp = tuple(
        EmploymentRecord(
            organization=f"«Үміт» арнаулы әлеуметтік қызметтер көрсету орталығы КММ {i + 1}",
            bin=f"{120340005678 + i:012d}",
            position="әлеуметтік қызметкер",
            start=dt.date(2005 + i, 2, 1),
            end=None if i == employment - 1 else dt.date(2006 + i, 1, 31),
        )
        for i in range(employment)
    )
    return RegistryRow(
        registry_number=number,
        last_name=last,
        first_name=first,
        middle_name=middle,
        birth_date=dt.date(1985, 3, 22),
        phone=phone,
        email=email,
        region=region,
        settlement="Семей қаласы",
        registration_address=address,
        profession=CARE if number % 2 else SOCIAL_WORKER,
        experience_years=7,
        experience_months=4,
        education=edu,
        employment=emp,
        category=FIRST if number % 3 else None,
        category_assigned_on=dt.date(2021, 5, 14) if number % 3 else None,
        commission=commission if number % 3 else "",
        included_on=dt.date(2025, 2, 3),
        consent=consent,
    )


NAMES = [
    ("Әбілқайыров", "Нұрсұлтан", "Өмірұлы"),
    ("Ғабитов", "Қайрат", "Ұланұлы"),
    ("Іскакова", "Үміт", "Һадиқызы"),
    ("Ңұрланова", "Әйгерім", ""),
    ("Сидорова", "Анна", "Петровна"),
]


def sample_rows() -> list[RegistryRow]:
    """Kazakh and Russian names, a long address, many records, one row taller than a page."""
    out = [make_row(i + 1, *n) for i, n in enumerate(NAMES)]
    out.append(
        make_row(
            6,
            "Жақсылықова",
            "Динара",
            "Серікқызы",
            address=LONG_ADDRESS,
            education=4,
            employment=6,
            region=ALMATY,
            email="dinara.zhaksylykova.very.long.address@example-organization.kz",
        )
    )
    out.append(make_row(7, "Төлеубаев", "Ерлан", "", education=30, employment=40))
    out.append(
        make_row(
            8, "Яковлев", "Ілияс", "", phone='=HYPERLINK("http://x")', email="@evil", address="-2+3"
        )
    )
    return out


@pytest.fixture
def rows() -> list[RegistryRow]:
    return sample_rows()


def sample_meta() -> ReportMeta:
    return ReportMeta(
        edition="full",
        generated_at=dt.datetime(2025, 6, 2, 14, 30),
        as_of=dt.date(2025, 6, 1),
        count=8,
        region=ABAI,
    )


@pytest.fixture
def meta() -> ReportMeta:
    return sample_meta()


def _reason(code: str, kind: str, kk: str, ru: str) -> Reason:
    return Reason(code=code, kind=kind, kk=kk, ru=ru)


RET_PROFESSION = _reason(
    "RET-PROFESSION",
    "return",
    "кәсіп атауының сәйкес келмеуі",
    "несоответствие наименования профессии",
)
RET_DOCUMENTS = _reason(
    "RET-DOCUMENTS",
    "return",
    "құжаттар топтамасын толық ұсынбау және (немесе) олардың қолданылу мерзімінің өтуі",
    "предоставление неполного пакета документов и (или) истечение срока их действия",
)
REF_EMIGRATION = _reason(
    "REF-EMIGRATION",
    "refuse",
    "Қазақстан Республикасының шегінен тыс жерге тұрақты тұруға шығу",
    "выезд за пределы Республики Казахстан на постоянное место жительство",
)


@pytest.fixture
def letters() -> list[LetterData]:
    return sample_letters()


def sample_facts() -> list[Any]:
    """A return with two reasons and two marked fields, and a refusal with one reason."""
    from models.calendar.workdays import KZ_TZ
    from models.notifications.compose import Facts

    signer = {"signer_name": "Сейітова Гүлнар", "signer_position": "Тізілім бөлімінің басшысы"}
    return [
        Facts(kind="return", portal_id="SSP-2025-000123", number="2025/00017",
              issued_on=dt.date(2025, 5, 29),
              received_at=dt.datetime(2025, 5, 26, 10, 5, tzinfo=KZ_TZ),
              decided_at=dt.datetime(2025, 5, 29, 16, 40, tzinfo=KZ_TZ),
              specialist="Әбілқайыров Нұрсұлтан Өмірұлы",
              applicant={"kind": "specialist", "phone": "+77011234567",
                         "email": "nursultan@example.kz"},
              reasons=(RET_PROFESSION, RET_DOCUMENTS),
              comment="Дипломның көшірмесі оқылмайды.",
              fixes=({"field": "education[1].document", "note": "көшірме оқылмайды"},
                     {"field": "profession", "note": ""}), **signer),
        Facts(kind="refuse", portal_id="SSP-2025-000124", number="2025/00018",
              issued_on=dt.date(2025, 5, 29),
              received_at=dt.datetime(2025, 5, 27, 9, 0, tzinfo=KZ_TZ),
              decided_at=dt.datetime(2025, 5, 29, 17, 0, tzinfo=KZ_TZ),
              specialist="Сидорова Анна Петровна",
              applicant={"kind": "organization", "name": "ТОО «Қамқорлық орталығы»",
                         "bin": "120340000113", "licence": "KZ-12345", "phone": "+77017654321",
                         "email": ""},
              reasons=(REF_EMIGRATION,), comment="", **signer),
    ]


def sample_letters() -> list[LetterData]:
    """The letters of :func:`sample_facts`, composed with the shipped templates."""
    from models.notifications.compose import compose
    from models.notifications.templates import shipped_templates

    out = []
    for f in sample_facts():
        found = {(ch, lg): t for (k, ch, lg), t in shipped_templates().items() if k == f.kind}
        out.append(compose(f, found).letter)
    return out
