"""The access PDF (Art. 15): read back with pypdf in both languages."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from coachdesk.domain.errors import StorageError
from coachdesk.domain.models import Practice
from coachdesk.domain.retention import DEFAULT_RULES, Category, rules_with_periods
from coachdesk.services.export.access_pdf import render_access_pdf, write_access_pdf

CLIENT = "Şükrü van den Berg-Øberg"
PRACTICE = Practice(
    name="Praktijk Zeeşan Coaching",
    coach_name="Małgorzata de Vries",
    street="Oudegracht 12",
    postcode="3511 AB",
    city="Utrecht",
    kvk="12345678",
    email="info@zeesan.nl",
    phone="+31 30 123 4567",
)
NOTES = [
    (
        "2026-01-12",
        "Intake",
        "We spraken over zijn jeugd in Łódź.\nTweede regel.\n\n  Ingesprongen.",
    ),
    ("2026-01-26", "Tweede gesprek", "Reis naar Győr besproken; de spanning op het werk."),
    ("2026-02-09", "Derde gesprek", "Hij werkt sinds kort bij Ørsted en voelt zich daar thuis."),
    ("2026-02-23", "Gezondheid", "Slaapt slecht sinds het gesprek met Erdoğan (rugklachten)."),
]


def sample_data(notes: int = 0) -> dict[str, Any]:
    note_items = [
        {
            "note_date": day,
            "title": title,
            "body": body,
            "origin": "coach",
            "special_category": title == "Gezondheid",
            "template": "",
            "created_at": f"{day}T10:00:00Z",
            "updated_at": f"{day}T12:30:00Z",
        }
        for day, title, body in NOTES
    ]
    for i in range(notes):
        body = "\n\n".join(f"Alinea {j} van verslag {i}: " + "tekst " * 60 for j in range(4))
        note_items.append(
            {
                "note_date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "title": f"Gesprek {i}",
                "body": body,
                "origin": "coach",
                "created_at": "2025-01-01T09:00:00Z",
                "updated_at": "2025-01-01T09:00:00Z",
            }
        )
    return {
        "schema_version": 1,
        "exported_at": "2026-03-09T14:05:00Z",
        "client": {
            "number": "C-0042",
            "name": CLIENT,
            "first_name": "Şükrü",
            "tussenvoegsel": "van den",
            "last_name": "Berg-Øberg",
            "preferred_name": "",
            "date_of_birth": "1984-05-17",
            "email": "sukru@example.org",
            "phone": "+31 6 12345678",
            "street": "Lange Nieuwstraat 3",
            "postcode": "3512 PA",
            "city": "Utrecht",
            "country": "NL",
            "organisation": "Gemeente Utrecht",
            "referral_source": "Huisarts De Brug",
            "status": "active",
            "tags": ["loopbaan"],
            "created_at": "2026-01-05T08:00:00Z",
            "updated_at": "2026-02-23T12:30:00Z",
            "origin": "provided",
        },
        "trajectories": [
            {
                "title": "Loopbaancoaching",
                "goal": "Richting kiezen",
                "start_date": "2026-01-12",
                "end_date": None,
                "agreed_sessions": 8,
                "sponsor": "Gemeente Utrecht",
                "payer": "Gemeente Utrecht",
                "origin": "provided",
            }
        ],
        "notes": note_items,
        "appointments": [
            {
                "start": "2026-01-12T10:00:00",
                "end": "2026-01-12T11:00:00",
                "all_day": False,
                "title": "Intake",
                "kind": "intake",
                "status": "done",
                "location": "Praktijk",
                "origin": "observed",
            }
        ],
        "tasks": [
            {
                "title": "Verslag sturen",
                "due_date": "2026-03-15",
                "priority": 1,
                "done_at": None,
                "source": "manual",
                "origin": "coach",
            }
        ],
        "consents": [
            {
                "action": "given",
                "purpose": "Gezondheidsgegevens vastleggen",
                "scope": "Alleen in gespreksverslagen",
                "text_version": "1.0",
                "method": "signed",
                "given_on": "2026-01-12",
                "note": "",
                "recorded_at": "2026-01-12T11:00:00Z",
                "origin": "provided",
            }
        ],
        "disclosures": [
            {
                "recipient": "Bedrijfsarts Arbo Unie",
                "what": "Voortgangsverslag",
                "disclosed_on": "2026-02-20",
                "legal_basis": "explicit_consent",
                "note": "",
                "recorded_at": "2026-02-20T09:00:00Z",
                "origin": "system",
            }
        ],
        "documents": [
            {
                "name": "CV Şükrü.pdf",
                "mime_type": "application/pdf",
                "size": 48213,
                "sha256": "ab" * 32,
                "added_at": "2026-01-12T11:10:00Z",
                "origin": "provided",
                "file": "attachments/CV Şükrü.pdf",
            }
        ],
        "data_requests": [],
        "audit": [{"at": "2026-01-05T08:00:00Z", "action": "client.created"}],
        "legal_hold": None,
    }


def render(language: str, data: dict[str, Any] | None = None, **kw: Any) -> PdfReader:
    pdf = render_access_pdf(
        sample_data() if data is None else data,
        practice=PRACTICE,
        rules=list(DEFAULT_RULES),
        language=language,
        **kw,
    )
    import io

    return PdfReader(io.BytesIO(pdf))


def text_of(reader: PdfReader) -> str:
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"[ \t]+", " ", text)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "12 maanden",
                "60 maanden",
                "Beste Şükrü,",
                "Gespreksverslagen",
                "Bijzonder persoonsgegeven",
                "pagina 1 van",
                "Inzage " + CLIENT,
            ],
        ),
        (
            "en",
            [
                "12 months",
                "60 months",
                "Dear Şükrü,",
                "Session notes",
                "Special category data",
                "page 1 of",
                "Access " + CLIENT,
            ],
        ),
    ],
)
def test_pdf_contains_client_notes_retention_and_complaint_route(
    language: str, expected: list[str]
) -> None:
    reader = render(language)
    text = flat(text_of(reader))
    for needle in [
        CLIENT,
        "Autoriteit Persoonsgegevens",
        "Postbus 93374",
        "2509 AJ Den Haag",
        "Bedrijfsarts Arbo Unie",
        "Huisarts De Brug",
        PRACTICE.name,
        *expected,
    ]:
        assert needle in text, needle
    for _day, _title, body in NOTES:
        for line in body.split("\n"):
            assert flat(line).strip() in text, line
    pages = len(reader.pages)
    assert f"{pages} {'van' if language == 'nl' else 'of'} {pages}" in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_has_footer(language: str) -> None:
    reader = render(language, sample_data(notes=15))
    total = len(reader.pages)
    assert total > 3
    word = "pagina {} van {}" if language == "nl" else "page {} of {}"
    for number, page in enumerate(reader.pages, 1):
        text = flat(page.extract_text())
        assert word.format(number, total) in text
        assert PRACTICE.name in text and "9 " in text


def test_outline_has_sections_and_notes() -> None:
    titles = outline_titles(render("nl"))
    for title in [
        "Informatie over de verwerking",
        "Je gegevens",
        "Persoons- en contactgegevens",
        "Trajecten",
        "Toestemmingen",
        "Afspraken",
        "Gespreksverslagen",
        "Taken",
        "Documenten",
        "Verstrekkingen aan anderen",
        "Logboek",
    ]:
        assert title in titles
    assert any("Łódź" not in t and "Intake" in t for t in titles)
    en = outline_titles(render("en"))
    assert "Information about the processing" in en and "Session notes" in en


def test_fonts_are_embedded_and_metadata_set() -> None:
    reader = render("nl")
    descriptors = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/FontDescriptor" in font:
                descriptors.append(font["/FontDescriptor"].get_object())
    assert descriptors
    assert all("/FontFile2" in d for d in descriptors)
    assert reader.metadata.author == PRACTICE.name
    assert CLIENT in reader.metadata.title


def test_configured_retention_periods_are_printed() -> None:
    rules = rules_with_periods({Category.DOSSIER: 18, Category.AGENDA: 6})
    data = sample_data()
    import io

    pdf = render_access_pdf(data, practice=PRACTICE, rules=list(rules), language="nl")
    text = flat(text_of(PdfReader(io.BytesIO(pdf))))
    assert "18 maanden na het einde van je laatste traject" in text
    assert "6 maanden na de afspraak" in text


def test_no_recipients_and_missing_sections_are_tolerated() -> None:
    data = {
        "exported_at": "2026-03-09T14:05:00Z",
        "client": {"name": "Jan Jansen", "first_name": "Jan"},
    }
    text = flat(text_of(render("nl", data)))
    assert "Geen. Ik heb je gegevens met niemand gedeeld." in text
    assert "Beste Jan," in text
    assert "Niets vastgelegd." in text
    assert "Bijzonder persoonsgegeven" not in text
    text = flat(text_of(render("en", {})))
    assert "None. I have not shared your data with anyone." in text


def test_logo_and_broken_logo(tmp_path: Path) -> None:
    from PIL import Image as PILImage

    png = tmp_path / "logo.png"
    PILImage.new("RGB", (400, 120), (47, 93, 124)).save(png)
    assert len(render("nl", logo=png.read_bytes()).pages) >= 1
    assert len(render("nl", logo=b"not an image").pages) >= 1


def test_write_is_atomic_and_maps_os_errors(tmp_path: Path) -> None:
    target = tmp_path / "inzage.pdf"
    write_access_pdf(
        target, sample_data(), practice=PRACTICE, rules=list(DEFAULT_RULES), language="nl"
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["inzage.pdf"]
    with pytest.raises(StorageError):
        write_access_pdf(
            tmp_path / "missing" / "inzage.pdf",
            sample_data(),
            practice=PRACTICE,
            rules=list(DEFAULT_RULES),
            language="en",
        )


def test_300_notes_render(capsys: pytest.CaptureFixture[str]) -> None:
    data = sample_data(notes=300)
    started = time.perf_counter()
    reader = render("nl", data)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n300 notes: {len(reader.pages)} pages in {elapsed:.1f} s")
    assert "Gesprek 299" in flat(reader.pages[-10].extract_text() + text_of(reader))
