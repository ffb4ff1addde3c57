"""``moderator-server export-sor`` and ``moderator-server submit-sor``.

Exit codes of submit-sor: 0 every pending statement accepted (or none pending), 1 some were
rejected as invalid (their errors are kept in the database), 2 bad arguments or an unreadable
token file, 3 the database stayed unreachable or failing after every retry, 4 the token was
refused.
"""

from __future__ import annotations

import argparse
import logging
import os
import stat
import sys
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export-sor", help="print the statements of reasons of a range of days, one JSON object per line"
    )
    export.add_argument("--database", dest="sor_database", metavar="URL", help="as for the server")
    export.add_argument(
        "--from", dest="date_from", type=_day, required=True, metavar="DATE", help="first UTC day"
    )
    export.add_argument("--to", dest="date_to", type=_day, required=True, metavar="DATE", help="last UTC day")
    submit = sub.add_parser(
        "submit-sor", help="submit the statements of reasons not yet accepted to the Transparency Database"
    )
    submit.add_argument("--database", dest="sor_database", metavar="URL", help="as for the server")
    submit.add_argument("--endpoint", required=True, metavar="URL", help="the database's base URL")
    submit.add_argument("--token-file", required=True, metavar="FILE", help="file holding the API token")
    submit.add_argument("--batch-size", type=int, default=100, help="statements per request (1-100)")
    submit.add_argument("--max-attempts", type=int, default=5, help="tries per request before giving up")
    submit.add_argument("--retry-rejected", action="store_true", help="send rejected statements again")


def run(args: argparse.Namespace, database: str) -> int:
    from moderator_app.server.db import Database
    from moderator_app.server.migrate import upgrade

    db = Database(database)
    try:
        upgrade(db)
        if args.command == "export-sor":
            if args.date_to < args.date_from:
                print("export-sor: --to is before --from", file=sys.stderr)
                return 2
            from moderator_app.server.dsa.submission import export

            count = export(db, args.date_from, args.date_to, sys.stdout)
            sys.stdout.flush()
            log.info("exported %d statements", count)
            return 0
        return _submit(db, args)
    finally:
        db.dispose()


def _read_token(path: str) -> str | None:
    try:
        file = Path(path)
        token = file.read_text(encoding="utf-8").strip()
        if os.name == "posix" and file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("the token file %s can be read by other users; chmod 600 it", path)
    except (OSError, UnicodeError) as exc:
        print(f"submit-sor: cannot read the token file {path}: {exc}", file=sys.stderr)
        return None
    if not token:
        print(f"submit-sor: the token file {path} is empty", file=sys.stderr)
        return None
    return token


def _submit(db, args: argparse.Namespace) -> int:
    from moderator_app.server.dsa.submission import Submitter, TokenRefused, Unavailable

    token = _read_token(args.token_file)
    if token is None:
        return 2
    if not 1 <= args.batch_size <= 100 or args.max_attempts < 1:
        print("submit-sor: --batch-size must be 1 to 100 and --max-attempts at least 1", file=sys.stderr)
        return 2
    submitter = Submitter(
        db, args.endpoint, token, batch_size=args.batch_size, max_attempts=args.max_attempts
    )
    try:
        report = submitter.run(retry_rejected=args.retry_rejected)
    except TokenRefused as exc:
        print(f"submit-sor: {exc}; {submitter.report.line()}", file=sys.stderr)
        return 4
    except Unavailable as exc:
        print(f"submit-sor: {exc}; {submitter.report.line()}; the rest stays pending", file=sys.stderr)
        return 3
    finally:
        submitter.close()
    print(f"submit-sor: {report.line()}")
    return 1 if report.rejected else 0
