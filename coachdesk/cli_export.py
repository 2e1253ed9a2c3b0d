"""``coachdesk client export NUMBER --to DIR [--lang nl|en]`` and ``coachdesk client import FILE``.

Registered by ``coachdesk.cli`` under ``client``; same conventions as the other commands: one
sentence on stderr and an exit code. The export prints the package folder it wrote.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from coachdesk.cli import Lines


def add_parsers(
    client: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = client.add_parser(
        "export", parents=[common], help="write the access package (Art. 15/20) of one client"
    )
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--to", dest="target", required=True, metavar="DIR", help="an existing folder")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the PDF")
    p.add_argument("--zip", action="store_true", help="write one ZIP file instead of a folder")
    p = client.add_parser("import", parents=[common], help="re-create a client from a data.json")
    p.add_argument("file", metavar="FILE")


def cmd_client_export(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.cli import unlock  # late: cli imports this module to register it
    from coachdesk.services.export.service import export_by_number

    vault = unlock(args, lines)
    with vault.session() as db:
        package = export_by_number(
            db,
            args.number,
            Path(args.target),
            language=args.lang,
            now=datetime.now(UTC),
            as_zip=args.zip,
        )
    out.write(f"{package}\n")
    return 0


def cmd_client_import(args: argparse.Namespace, lines: Lines, out: TextIO) -> int:
    from coachdesk.cli import unlock
    from coachdesk.services.export.importer import import_client, read_export

    path = Path(args.file)
    read_export(path)  # refuse a wrong file before asking for the passphrase
    vault = unlock(args, lines)
    with vault.session() as db:
        report = import_client(db, path, now=datetime.now(UTC))
    missing = (
        f" {report.documents_missing} document(s) were not imported: their files are not in"
        " the attachments folder beside the file."
        if report.documents_missing
        else ""
    )
    out.write(
        f"Client {report.number} imported: {report.notes} notes, {report.documents} documents."
        f"{missing}\n"
    )
    return 0


COMMANDS = {
    ("client", "export"): cmd_client_export,
    ("client", "import"): cmd_client_import,
}
