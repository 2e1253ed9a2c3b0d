"""What a coach types: accepted in its real forms, stored in one, refused when clearly wrong."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.models import ClientDraft
from coachdesk.domain.validation import (
    MSG_BIRTH_RANGE,
    MSG_EMAIL,
    MSG_PHONE,
    MSG_POSTCODE,
    MSG_REQUIRED_NAME,
    NAME_LIMIT,
    TEXT_LIMIT,
    clean_text,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    validate_birth_date,
    validate_client,
)

TODAY = date(2026, 11, 25)


# --- e-mail ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("anna@example.nl", "anna@example.nl"),
        ("  Anna.de.Vries@Example.NL ", "Anna.de.Vries@example.nl"),  # local part kept as typed
        ("j+coaching@sub.domein.amsterdam", "j+coaching@sub.domein.amsterdam"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_email_accepted(typed: str, stored: str) -> None:
    assert normalise_email(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["anna", "anna@", "@example.nl", "anna@example", "anna@@example.nl", "an na@example.nl",
     "anna@example.n", "anna@example.nl.", "a@b@c.nl", "x" * 250 + "@example.nl"],
)  # fmt: skip
def test_email_refused(typed: str) -> None:
    assert normalise_email(typed) is None


# --- postcode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("1234AB", "1234 AB"),
        ("1234 ab", "1234 AB"),
        (" 1234   aB ", "1234 AB"),
        ("9999 ZZ", "9999 ZZ"),
        ("", ""),
    ],
)
def test_dutch_postcode_accepted(typed: str, stored: str) -> None:
    assert normalise_postcode(typed) == stored
    assert normalise_postcode(typed, "nl") == stored


@pytest.mark.parametrize("typed", ["0123 AB", "123 AB", "12345 AB", "1234 A", "1234 ABC", "AB 1234",
                                   "1234-AB", "１２３４ AB", "1234 ÄB"])  # fmt: skip
def test_dutch_postcode_refused(typed: str) -> None:
    assert normalise_postcode(typed) is None


def test_foreign_postcode_kept_as_typed() -> None:
    assert normalise_postcode(" B-1000 ", "BE") == "B-1000"
    assert normalise_postcode("SW1A 1AA", "GB") == "SW1A 1AA"


# --- phone ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0612345678", "0612345678"),
        ("06-12345678", "06-12345678"),
        ("+31 (0)20 123 4567", "+31 (0)20 123 4567"),
        ("  06  1234\t5678 ", "06 1234 5678"),
        ("020.123.45.67", "020.123.45.67"),
        ("", ""),
    ],
)
def test_phone_accepted(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["1234567", "1234567890123456", "06-1234567a", "bel me", "++31 6 12345678 ext"]
)
def test_phone_refused(typed: str) -> None:
    assert normalise_phone(typed) is None


# --- birth date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "ok"),
    [
        (None, True),
        (date(1900, 1, 1), True),
        (date(1899, 12, 31), False),
        (TODAY, True),
        (TODAY + timedelta(days=1), False),
        (date(1985, 2, 28), True),
    ],
)
def test_birth_date_range(born: date | None, ok: bool) -> None:
    assert validate_birth_date(born, TODAY) is ok
    draft = ClientDraft(first_name="Anna", date_of_birth=born)
    if ok:
        assert validate_client(draft, TODAY).date_of_birth == born
    else:
        with pytest.raises(ValidationError) as info:
            validate_client(draft, TODAY)
        assert info.value.fields == {"date_of_birth": MSG_BIRTH_RANGE}


# --- the whole client -----------------------------------------------------------------------


def test_name_required() -> None:
    with pytest.raises(ValidationError) as info:
        validate_client(ClientDraft(first_name="  ", last_name="\t"), TODAY)
    assert info.value.fields == {"first_name": MSG_REQUIRED_NAME}
    assert validate_client(ClientDraft(first_name="", last_name="Jansen"), TODAY).last_name == (
        "Jansen"
    )


def test_every_bad_field_is_named_at_once() -> None:
    draft = ClientDraft(
        first_name="",
        email="nope",
        postcode="12",
        phone="12",
        date_of_birth=date(1850, 1, 1),
        street="x" * (TEXT_LIMIT + 1),
        last_name="",
        preferred_name="y" * (NAME_LIMIT + 1),
    )
    with pytest.raises(ValidationError) as info:
        validate_client(draft, TODAY)
    fields = info.value.fields
    assert fields["first_name"] == MSG_REQUIRED_NAME
    assert fields["email"] == MSG_EMAIL
    assert fields["postcode"] == MSG_POSTCODE
    assert fields["phone"] == MSG_PHONE
    assert fields["date_of_birth"] == MSG_BIRTH_RANGE
    assert set(fields) >= {"street", "preferred_name"}
    assert "email" in str(info.value)


def test_client_is_stored_in_normal_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Şükrü Çelik")
    assert decomposed != "Şükrü Çelik"
    clean = validate_client(
        ClientDraft(
            first_name=f"  {decomposed.split()[0]} ",
            last_name=decomposed.split()[1],
            tussenvoegsel=" van der ",
            email=" S.Celik@Example.COM ",
            postcode="1017ab",
            phone=" 06 1234  5678 ",
            country=" nl ",
            tags=(" loopbaan ", "loopbaan", "", "burn-out"),
        ),
        TODAY,
    )
    assert clean.first_name == "Şükrü"
    assert clean.last_name == "Çelik"
    assert unicodedata.is_normalized("NFC", clean.first_name)
    assert clean.tussenvoegsel == "van der"
    assert clean.email == "S.Celik@example.com"
    assert clean.postcode == "1017 AB"
    assert clean.phone == "06 1234 5678"
    assert clean.country == "NL"
    assert clean.tags == ("loopbaan", "burn-out")


def test_foreign_client_keeps_postcode() -> None:
    clean = validate_client(ClientDraft(first_name="Jan", country="be", postcode="1000"), TODAY)
    assert (clean.country, clean.postcode) == ("BE", "1000")


def test_bad_tag_refused() -> None:
    with pytest.raises(ValidationError) as info:
        validate_client(ClientDraft(first_name="Jan", tags=("a;b",)), TODAY)
    assert set(info.value.fields) == {"tags"}


# --- properties -----------------------------------------------------------------------------

texts = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["", " ", "1234ab", "1234 AB", "06-12345678", "anna@example.nl", "Ａ", "İ@İ.İİ"]
)


@settings(max_examples=300, deadline=None)
@given(value=texts, country=st.sampled_from(["NL", "nl", "BE", "DE", ""]))
def test_normalise_postcode_is_idempotent(value: str, country: str) -> None:
    once = normalise_postcode(value, country)
    if once is not None:
        assert normalise_postcode(once, country) == once


@settings(max_examples=300, deadline=None)
@given(value=texts)
def test_normalise_email_and_phone_are_idempotent(value: str) -> None:
    for normalise in (normalise_email, normalise_phone):
        once = normalise(value)
        if once is not None:
            assert normalise(once) == once
    assert clean_text(clean_text(value)) == clean_text(value)


drafts = st.builds(
    ClientDraft,
    first_name=texts,
    last_name=texts,
    tussenvoegsel=texts,
    preferred_name=texts,
    date_of_birth=st.none() | st.dates(),
    email=texts,
    phone=texts,
    street=st.text(max_size=250),
    postcode=texts,
    city=texts,
    country=st.sampled_from(["NL", "BE", "", "nl"]) | texts,
    organisation=texts,
    referral_source=texts,
    tags=st.lists(texts, max_size=4).map(tuple),
)


@settings(max_examples=300, deadline=None)
@given(draft=drafts)
def test_validate_client_only_ever_raises_validation_error(draft: ClientDraft) -> None:
    try:
        clean = validate_client(draft, TODAY)
    except ValidationError as exc:
        assert exc.fields
        assert all(isinstance(m, str) and m for m in exc.fields.values())
        return
    # What validation accepts it accepts again unchanged: the stored form is a fixed point.
    assert validate_client(clean, TODAY) == clean
    assert clean.first_name or clean.last_name
