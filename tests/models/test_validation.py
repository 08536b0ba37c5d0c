"""IIN/BIN check digits, phone, e-mail, dates and required fields."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from models.catalogs import Catalogs
from models.intake.validation import (
    check_digit,
    iin_birth_date,
    is_valid_email,
    is_valid_id12,
    normalize_phone,
    validate_specialist,
)
from tests.factories import BIN, iin_for, specialist

RECEIVED = dt.date(2026, 3, 20)
bodies = st.text(alphabet="0123456789", min_size=11, max_size=11)


def test_known_iin_and_bin() -> None:
    # by hand: 8*1+6*2+0*3+4*4+1*5+2*6+3*7+0*8+0*9+1*10+2*11 = 128; 128 % 11 = 7
    assert check_digit("86041230012") == 7
    assert is_valid_id12("860412300127")
    assert not is_valid_id12("860412300128")
    assert not is_valid_id12("86041230012")
    assert not is_valid_id12("８６０４１２３００１２７")  # full-width digits are not ASCII


def test_second_weights_used_when_first_sum_is_ten() -> None:
    # 0000000000a: first sum = 11*a; find a body whose first sum mod 11 == 10
    body = "10000000009"  # 1*1 + 9*11 = 100 -> 100 % 11 = 1 (not 10): search instead
    for n in range(10**6):
        body = f"{n:011d}"
        s1 = sum(int(c) * w for c, w in zip(body, range(1, 12), strict=True)) % 11
        if s1 == 10:
            break
    w2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
    s2 = sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11
    assert check_digit(body) == (None if s2 == 10 else s2)


@given(bodies)
def test_valid_check_digit_always_validates(body: str) -> None:
    cd = check_digit(body)
    if cd is None:
        assert not any(is_valid_id12(body + str(d)) for d in range(10))
    else:
        assert is_valid_id12(body + str(cd))
        assert sum(is_valid_id12(body + str(d)) for d in range(10)) == 1


def _first_sum(body: str) -> int:
    return sum(int(c) * w for c, w in zip(body, range(1, 12), strict=True)) % 11


@given(bodies, st.integers(0, 9), st.integers(1, 9))
def test_single_digit_typo_is_caught(body: str, pos: int, delta: int) -> None:
    """Weights 1..10 are non-zero mod 11, so a typo in the first ten digits changes the sum
    (the eleventh digit has weight 11 ≡ 0 and is covered only by the algorithm's design)."""
    cd = check_digit(body)
    good_body = body
    typo_body = body[:pos] + str((int(body[pos]) + delta) % 10) + body[pos + 1:]
    if cd is None or _first_sum(good_body) == 10 or _first_sum(typo_body) == 10:
        return
    assert not is_valid_id12(typo_body + str(cd))


def test_iin_encodes_birth_date() -> None:
    assert iin_birth_date(iin_for(dt.date(1986, 4, 12))) == dt.date(1986, 4, 12)
    assert iin_birth_date(iin_for(dt.date(2001, 12, 31), female=True)) == dt.date(2001, 12, 31)
    assert iin_birth_date("869912300127") is None


def test_phone_normalisation() -> None:
    for raw in ("+7 701 123 45 67", "87011234567", "7011234567", "+7(701)123-45-67",
                "7 701 1234567"):
        assert normalize_phone(raw) == "+77011234567", raw
    for raw in ("+7 727 123 45 67", "12345", "+1 701 123 45 67", "+770112345678", ""):
        assert normalize_phone(raw) is None, raw


def test_email() -> None:
    assert is_valid_email("asel.n@mail.kz")
    assert is_valid_email("a+b@sub.example.org")
    for bad in ("asel", "a@b", "a@@b.kz", "a b@c.kz", "@mail.kz", "a@.kz"):
        assert not is_valid_email(bad), bad


def _errors(spec: object) -> dict[str, str]:
    data, issues = validate_specialist(spec, Catalogs.shipped(), RECEIVED)
    errs = {i.field: i.code for i in issues if i.severity == "error"}
    assert (data is None) == bool(errs)
    return errs


def test_valid_specialist_normalised() -> None:
    data, issues = validate_specialist(specialist(), Catalogs.shipped(), RECEIVED)
    assert issues == []
    assert data is not None
    assert data["phone"] == "+77011234567"
    assert data["region"] == "100000000"
    assert data["profession"] == "PSYCHOLOGIST"
    assert data["education"][0]["level"] == "HIGHER"
    assert data["qualification"]["category"] == "FIRST"


def test_catalog_values_by_code_or_either_language_case_insensitive() -> None:
    for region in ("100000000", "АБАЙ ОБЛЫСЫ", "область абай"):
        data, _ = validate_specialist(
            specialist(address={"region": region, "settlement": "Семей",
                                "registration_address": "x"}), Catalogs.shipped(), RECEIVED)
        assert data is not None and data["region"] == "100000000"


def test_field_level_errors_name_the_field_in_both_languages() -> None:
    spec = specialist(iin="860412300128", phone="123", email="nope", birth_date="2015-01-01",
                      profession="астронавт")
    spec["employment"][0]["bin"] = BIN[:-1] + str((int(BIN[-1]) + 1) % 10)
    spec["education"][0]["end"] = "2003-01-01"
    errs = _errors(spec)
    assert errs["iin"] == "iin_checksum"
    assert errs["phone"] == "phone"
    assert errs["email"] == "email"
    assert errs["birth_date"] == "age_range"
    assert errs["profession"] == "unknown_value"
    assert errs["employment[1].bin"] == "bin_checksum"
    assert errs["education[1].end"] == "date_order"
    _, issues = validate_specialist(spec, Catalogs.shipped(), RECEIVED)
    msg = next(i for i in issues if i.field == "iin")
    assert "ИИН" in msg.ru and "ЖСН" in msg.kk


def test_required_fields_and_dates_after_receipt() -> None:
    spec = specialist(last_name="  ", education=[], employment=None)
    spec["qualification"] = {"category": "FIRST"}
    spec["employment"] = [{"organization": "x", "bin": BIN, "position": "y",
                           "start": "2027-01-01"}]
    errs = _errors(spec)
    assert errs["last_name"] == "required"
    assert errs["education"] == "list_required"
    assert errs["employment[1].start"] == "date_future"
    assert errs["qualification"] == "category_details"


def test_contact_needed_and_age_limits() -> None:
    assert _errors(specialist(phone="", email=""))["phone"] == "contact_required"
    assert _errors(specialist(birth_date="1925-01-01"))["birth_date"] == "age_range"
    assert "birth_date" not in _errors(specialist(birth_date="2008-03-20",
                                                  iin=iin_for(dt.date(2008, 3, 20))))
    assert _errors(specialist(birth_date="2008-03-21"))["birth_date"] == "age_range"


def test_iin_birth_mismatch_is_a_warning_only() -> None:
    data, issues = validate_specialist(specialist(iin=iin_for(dt.date(1990, 1, 1))),
                                       Catalogs.shipped(), RECEIVED)
    assert data is not None
    assert [(i.field, i.severity) for i in issues] == [("iin", "warning")]


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=10), c,
                                                                         max_size=4),
                    max_leaves=20))
def test_garbage_never_crashes(value: object) -> None:
    data, issues = validate_specialist(value, Catalogs.shipped(), RECEIVED)
    assert data is None and issues


def test_names_are_letters_of_any_script() -> None:
    for ok in ("Әбілқайырова", "Ким", "Әли-Оспанова", "O'Neil", "Іңкәр"):
        assert "last_name" not in _errors(specialist(last_name=ok)), ok
    for bad in ("=HYPERLINK(\"x\")", "Иванов2", "+77011234567", "-", "@x"):
        assert _errors(specialist(last_name=bad))["last_name"] == "name_chars", bad


def test_a_receipt_in_the_future_is_named_as_such_not_as_a_date_after_receipt() -> None:
    from models.intake.records import validate_record
    from tests.factories import application

    raw = application("P-2026-000001")
    raw["received_at"] = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).isoformat()
    rec = validate_record(1, raw, Catalogs.shipped())
    found = [i for i in rec.issues if i.field == "received_at"]
    assert [i.code for i in found] == ["received_future"]
    assert found[0].message("ru") == "Дата приёма заявки ещё не наступила"
    assert found[0].message("kk") == "Өтінімнің қабылданған күні әлі келген жоқ"
