"""``csv/<entity>.csv``: one file per entity of data.json, with a header row.

Encoding: UTF-8 *with* a byte-order mark. Excel on Windows (what most coaches and their clients
open a CSV with) reads a BOM-less file as Windows-1252 and garbles names such as "Şahin" or
"Łukasz"; with the BOM it reads UTF-8, and every other CSV reader either understands the BOM or
shows it as a harmless invisible character. Comma-separated, RFC 4180 quoting, CRLF line ends.
Lists (tags, excluded dates) are joined with "; ". Booleans are "true"/"false", absent values
empty.
"""

from __future__ import annotations

import csv
import io

#: Column order per entity; the keys of the data.json items (DictWriter refuses others).
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "client": (
        "number", "first_name", "tussenvoegsel", "last_name", "preferred_name",
        "date_of_birth", "email", "phone", "street", "postcode", "city", "country",
        "organisation", "referral_source", "status", "tags", "created_at", "updated_at",
        "last_exported_at", "origin",
    ),
    "trajectories": (
        "ref", "title", "goal", "start_date", "end_date", "agreed_sessions", "sponsor", "payer",
        "created_at", "updated_at", "origin",
    ),
    "appointments": (
        "ref", "trajectory", "title", "kind", "status", "starts_at", "ends_at", "all_day",
        "timezone", "location", "notes", "recurrence_rule", "excluded_dates", "series",
        "series_until", "recurrence_id", "created_at", "updated_at", "origin",
    ),
    "notes": (
        "ref", "date", "title", "body", "special_category", "template", "trajectory",
        "appointment", "created_at", "updated_at", "origin",
    ),
    "tasks": (
        "title", "due_date", "priority", "done_at", "notes", "created_at", "updated_at", "origin",
    ),
    "consents": (
        "action", "purpose", "scope", "text_version", "method", "given_on", "note",
        "recorded_at", "origin",
    ),
    "disclosures": (
        "recipient", "what", "disclosed_on", "legal_basis", "note", "recorded_at", "origin",
    ),
    "documents": (
        "ref", "name", "mime_type", "size", "sha256", "added_at", "origin", "file",
    ),
    "data_requests": (
        "kind", "received_on", "due_on", "extended_to", "extension_reason", "completed_on",
        "note", "created_at", "origin",
    ),
    "audit": ("at", "action", "subject", "origin"),
    "legal_hold": ("reason", "review_on", "placed_at", "origin"),
}  # fmt: skip


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def entity_rows(data: dict[str, object], entity: str) -> list[dict[str, object]]:
    value = data[entity]
    if value is None:
        return []
    return [value] if isinstance(value, dict) else list(value)  # type: ignore[arg-type]


def csv_bytes(rows: list[dict[str, object]], columns: tuple[str, ...]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="raise", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def csv_files(data: dict[str, object]) -> dict[str, bytes]:
    """File name (below ``csv/``) -> bytes, one per entity."""
    return {
        f"{entity}.csv": csv_bytes(entity_rows(data, entity), columns)
        for entity, columns in CSV_COLUMNS.items()
    }
