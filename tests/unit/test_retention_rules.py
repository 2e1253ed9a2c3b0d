"""Retention rules: the defaults are PRIVACY.md's table, choices persist, ranges hold."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from coachdesk.domain.retention import (
    CATEGORY_LABELS,
    DEFAULT_RULES,
    DEFAULTS_BY_CATEGORY,
    START_EVENT_LABELS,
    Action,
    Category,
    RetentionPeriodOutOfRange,
    StartEvent,
    rules_from_json,
    rules_with_periods,
)
from coachdesk.services.retention import (
    SETTINGS_KEY,
    load_rules,
    rules_confirmed_at,
    save_rules,
)
from coachdesk.vault.audit import audit_entries, first_broken_audit_link
from coachdesk.vault.vault import Vault


def test_defaults_match_the_privacy_table() -> None:
    # (category, months, from, min, max) per PRIVACY.md "Retention"
    expected = {
        Category.DOSSIER: (12, StartEvent.END_OF_LAST_TRAJECTORY, 6, 24),
        Category.AGENDA: (12, StartEvent.APPOINTMENT, 6, 24),
        Category.PROSPECTS: (6, StartEvent.LAST_CONTACT, 1, 12),
        Category.CONSENTS: (60, StartEvent.END_OF_TRAJECTORY, 24, 60),
        Category.INVOICES: (84, StartEvent.END_OF_FINANCIAL_YEAR, 84, 84),
    }
    assert [r.category for r in DEFAULT_RULES] == list(expected)
    for rule in DEFAULT_RULES:
        months, start, low, high = expected[rule.category]
        assert (rule.period_months, rule.start_event, rule.min_months, rule.max_months) == (
            months, start, low, high,
        )  # fmt: skip
        assert rule.min_months <= rule.period_months <= rule.max_months
        assert rule.action in (Action.ERASE, Action.ANONYMISE)
        assert rule.rationale.strip()
    assert DEFAULTS_BY_CATEGORY[Category.CONSENTS].follows == Category.DOSSIER
    assert "NIP" in DEFAULTS_BY_CATEGORY[Category.DOSSIER].rationale
    assert "AWR" in DEFAULTS_BY_CATEGORY[Category.INVOICES].rationale
    assert "7(1)" in DEFAULTS_BY_CATEGORY[Category.CONSENTS].rationale
    assert set(CATEGORY_LABELS) == set(Category)
    assert set(START_EVENT_LABELS) == set(StartEvent)
    # proof of consent must be able to outlive the longest dossier period
    assert (DEFAULTS_BY_CATEGORY[Category.CONSENTS].min_months
            >= DEFAULTS_BY_CATEGORY[Category.DOSSIER].max_months)  # fmt: skip


@pytest.mark.parametrize(
    ("category", "months"),
    [(Category.DOSSIER, 5), (Category.DOSSIER, 25), (Category.PROSPECTS, 0),
     (Category.CONSENTS, 61), (Category.INVOICES, 83), (Category.AGENDA, -1)],
)  # fmt: skip
def test_period_out_of_range_is_refused(category: Category, months: int) -> None:
    with pytest.raises(RetentionPeriodOutOfRange) as info:
        DEFAULTS_BY_CATEGORY[category].with_period(months)
    rule = DEFAULTS_BY_CATEGORY[category]
    assert str(rule.min_months) in info.value.message
    assert str(rule.max_months) in info.value.message


def test_period_within_range_is_accepted() -> None:
    rule = DEFAULTS_BY_CATEGORY[Category.DOSSIER]
    assert rule.with_period(6).period_months == 6
    assert rule.with_period(24).period_months == 24
    assert rule.period_months == 12  # frozen: the default is untouched


def test_stored_json_falls_back_to_defaults_for_nonsense() -> None:
    rules = rules_from_json([
        {"category": "dossier", "period_months": 18},
        {"category": "agenda", "period_months": 999},
        {"category": "no-such-thing", "period_months": 3},
        {"period_months": 3},
    ])  # fmt: skip
    by_cat = {r.category: r.period_months for r in rules}
    assert by_cat[Category.DOSSIER] == 18
    assert by_cat[Category.AGENDA] == 12
    assert len(rules) == len(DEFAULT_RULES)


def test_unsaved_vault_has_the_defaults(vault: Vault) -> None:
    with vault.session() as db:
        assert load_rules(db) == DEFAULT_RULES
        assert rules_confirmed_at(db) is None


def test_save_and_load_round_trip(vault: Vault) -> None:
    chosen = rules_with_periods({Category.DOSSIER: 24, Category.PROSPECTS: 3})
    with vault.session() as db:
        save_rules(db, chosen, confirmed=True)
    with vault.session() as db:
        loaded = load_rules(db)
        confirmed = rules_confirmed_at(db)
        stored = json.loads(db.scalar("SELECT value FROM settings WHERE key = ?", (SETTINGS_KEY,)))
        actions = [e.action for e in audit_entries(db)]
        assert first_broken_audit_link(db) is None
    assert loaded == chosen
    assert confirmed is not None and confirmed.endswith("Z")
    assert "retention.rules_confirmed" in actions
    # only the coach's choices are stored; rationale and ranges stay in the program
    assert "rationale" not in json.dumps(stored)
    assert stored["rules"][0] == {"category": "dossier", "period_months": 24, "action": "anonymise"}


def test_a_later_change_keeps_the_confirmation_stamp(vault: Vault) -> None:
    with vault.session() as db:
        save_rules(db, DEFAULT_RULES, confirmed=True)
        first = rules_confirmed_at(db)
        save_rules(db, rules_with_periods({Category.AGENDA: 6}))
        assert rules_confirmed_at(db) == first
        assert load_rules(db)[1].period_months == 6
        assert audit_entries(db)[0].action == "retention.rules_changed"


def test_save_refuses_a_widened_range(vault: Vault) -> None:
    """A rule whose own min/max were tampered with is still checked against the defaults."""
    sneaky = replace(DEFAULTS_BY_CATEGORY[Category.DOSSIER], period_months=120, max_months=240)
    with vault.session() as db:
        with pytest.raises(RetentionPeriodOutOfRange):
            save_rules(db, [sneaky], confirmed=True)
        assert load_rules(db) == DEFAULT_RULES
        assert db.scalar("SELECT count(*) FROM settings WHERE key = ?", (SETTINGS_KEY,)) == 0
