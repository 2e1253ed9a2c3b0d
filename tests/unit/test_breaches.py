"""The breach register: the 72-hour clock, validation, the due list, audit entries, and the
migration that adds the table to an existing vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from coachdesk.domain.errors import ValidationError
from coachdesk.paths import DataPaths
from coachdesk.services import breaches
from coachdesk.services.breaches import BreachDraft, BreachNotFound, Risk
from coachdesk.services.processing_register import write_register
from coachdesk.vault.migrations import LATEST_VERSION, MIGRATIONS, schema_version
from coachdesk.vault.vault import Passphrase, Vault
from tests.conftest import PASSPHRASE

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2030, 3, 31, 12, 0, tzinfo=UTC)


def draft(**changes: object) -> BreachDraft:
    values: dict[str, object] = {
        "discovered_at": NOW - timedelta(hours=10),
        "description": "Laptop left on the train",
    }
    return BreachDraft(**(values | changes))  # type: ignore[arg-type]


def test_deadline_is_72_real_hours_across_summer_time(vault: Vault) -> None:
    # Discovered on Saturday 28 March 2026, 22:00 in Amsterdam (CET, UTC+1); summer time
    # starts the next night, so 72 real hours later the clock on the wall says 23:00.
    discovered = datetime(2026, 3, 28, 22, 0, tzinfo=AMS)
    with vault.session() as db:
        breach = breaches.record(db, draft(discovered_at=discovered), now=NOW)
    assert breach.discovered_at == discovered
    assert breach.deadline == datetime(2026, 3, 31, 21, 0, tzinfo=UTC)
    assert breach.deadline.astimezone(AMS).hour == 23
    assert breach.deadline - breach.discovered_at == timedelta(hours=72)


def test_hours_left_rounds_down_and_goes_negative(vault: Vault) -> None:
    with vault.session() as db:
        breach = breaches.record(
            db, draft(discovered_at=NOW - timedelta(hours=10, minutes=30)), now=NOW
        )
    assert breaches.hours_left(breach, NOW) == 61
    assert breaches.hours_left(breach, NOW + timedelta(hours=61, minutes=30)) == 0
    assert breaches.hours_left(breach, NOW + timedelta(hours=62)) == -1


def test_due_list_leaves_out_reported_riskless_and_explained(vault: Vault) -> None:
    with vault.session() as db:
        running = breaches.record(db, draft(description="Running"), now=NOW)
        old = breaches.record(db, draft(description="Old", discovered_at=NOW - timedelta(days=5)),
                              now=NOW)  # fmt: skip
        breaches.record(db, draft(risk="none", reason_not_reported="Encrypted, key not on it"),
                        now=NOW)  # fmt: skip
        breaches.record(db, draft(reported_to_ap_at=NOW - timedelta(hours=1)), now=NOW)
        breaches.record(db, draft(risk="high", reason_not_reported="Found back unopened"),
                        now=NOW)  # fmt: skip
        due = breaches.open_breaches_due(db, NOW)
        assert [(d.breach.id, d.hours_left, d.overdue) for d in due] == [
            (old.id, -48, True),
            (running.id, 62, False),
        ]
        assert [b.description for b in breaches.list_all(db)][-1] == "Old"
        assert breaches.count_in_year(db, 2030) == 5
        assert breaches.count_in_year(db, 2029) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"description": "   "}, "description"),
        ({"discovered_at": NOW + timedelta(minutes=5)}, "discovered_at"),
        ({"discovered_at": datetime(2030, 3, 30, 9, 0)}, "discovered_at"),  # no time zone
        ({"risk": "medium"}, "risk"),
        ({"people_affected": -1}, "people_affected"),
        ({"reported_to_ap_at": NOW - timedelta(hours=11)}, "reported_to_ap_at"),
        ({"reported_to_ap_at": NOW + timedelta(hours=1)}, "reported_to_ap_at"),
        ({"subjects_informed_at": NOW - timedelta(days=1)}, "subjects_informed_at"),
        ({"risk": "none"}, "reason_not_reported"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    vault: Vault, changes: dict[str, object], field: str
) -> None:
    with vault.session() as db:
        audit_before = db.scalar("SELECT count(*) FROM audit_log")
        with pytest.raises(ValidationError) as info:
            breaches.record(db, draft(**changes), now=NOW)
        assert field in info.value.fields
        assert db.scalar("SELECT count(*) FROM breaches") == 0
        assert db.scalar("SELECT count(*) FROM audit_log") == audit_before


def test_update_and_audit_entries_hold_ids_only(vault: Vault) -> None:
    with vault.session() as db:
        breach = breaches.record(db, draft(people_affected=12, encrypted=False), now=NOW)
        reported = breaches.update(
            db,
            breach.id,
            BreachDraft(**(
                {f: getattr(breach.draft(), f) for f in BreachDraft.__dataclass_fields__}
                | {"reported_to_ap_at": NOW, "ap_reference": "AP-123", "measures": "Wiped"}
            )),  # type: ignore[arg-type]
            now=NOW,
        )  # fmt: skip
        assert reported.reported_to_ap_at == NOW and reported.ap_reference == "AP-123"
        assert reported.people_affected == 12 and reported.risk is Risk.RISK
        assert not reported.clock_running
        assert breaches.open_breaches_due(db, NOW) == []
        rows = [tuple(r) for r in db.all(
            "SELECT action, subject_kind, subject_uuid, client_uuid FROM audit_log"
            " WHERE action LIKE 'breach.%' ORDER BY seq"
        )]  # fmt: skip
        assert rows == [
            ("breach.recorded", "breach", breach.uuid, ""),
            ("breach.updated", "breach", breach.uuid, ""),
        ]
        with pytest.raises(BreachNotFound):
            breaches.update(db, 999, draft(), now=NOW)


def test_migration_adds_the_register_to_an_existing_schema_4_vault(paths: DataPaths) -> None:
    vault, _key = Vault.create(paths, passphrase=PASSPHRASE, migrations=MIGRATIONS[:4])
    with vault.session() as db:
        assert schema_version(db) == 4
        assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'breaches'") == 0
        audit_before = db.scalar("SELECT count(*) FROM audit_log")
    vault.lock()
    vault = Vault.unlock(paths, Passphrase(PASSPHRASE))
    with vault.session() as db:
        assert schema_version(db) == LATEST_VERSION >= 5
        assert db.scalar("SELECT count(*) FROM audit_log") == audit_before
        breach = breaches.record(db, draft(), now=NOW)
        assert breaches.list_all(db) == [breach]
    assert vault.meta.schema_version == LATEST_VERSION
    assert not list(paths.root.glob("vault.db.before-migration-*"))


@pytest.mark.parametrize(
    ("language", "none", "two"),
    [
        ("nl", "In 2030 is in het datalekregister nog geen datalek vastgelegd.",
         "In 2030 zijn in het datalekregister 2 datalekken vastgelegd."),
        ("en", "In 2030, no breach has been recorded in the breach register.",
         "In 2030, 2 breaches were recorded in the breach register."),
    ],
)  # fmt: skip
def test_the_processing_register_counts_this_years_breaches(
    vault: Vault, tmp_path: Path, language: str, none: str, two: str
) -> None:
    def text() -> str:
        pdf = write_register(vault, tmp_path / f"{language}.pdf", language=language,
                             today=NOW.date())  # fmt: skip
        return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)

    assert none in text()
    with vault.session() as db:
        breaches.record(db, draft(description="Secret words"), now=NOW)
        breaches.record(db, draft(discovered_at=NOW - timedelta(days=1)), now=NOW)
        breaches.record(db, draft(discovered_at=datetime(2029, 12, 1, tzinfo=UTC)), now=NOW)
    written = text()
    assert two in written and "Secret words" not in written
