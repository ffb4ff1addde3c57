"""`moderator-app report error-rates`: the error-rate report from the server as JSON or CSV.

Signs in with the token the workstation keeps in the keyring (for ``--username``, or the user of
the app's last sign-in), or with ``--username`` and a password read from standard input (never
from the command line, where other users could read it in the process list). The password
sign-in is not stored: the report leaves no token behind.

Each failure gets one sentence on stderr and its own exit code, so scripts can tell them apart.
No Qt and no ONNX are imported here.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import date
from typing import IO

from moderator_app.config import app_paths
from moderator_app.core.qa_schema import ErrorRateRow
from moderator_app.core.settings_schema import Settings
from moderator_app.net.api_client import ApiClient, normalize_base_url
from moderator_app.net.errors import ApiError, AuthFailed, Forbidden, Unauthorized, Unreachable
from moderator_app.net.token_store import TokenStore
from moderator_app.store.settings_file import JsonFileBackend
from moderator_app.store.table_export import neutralize_formula

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2  # argparse's own code for bad arguments
EXIT_UNREACHABLE = 3
EXIT_AUTH = 4  # wrong password, no stored token, expired token
EXIT_FORBIDDEN = 5  # signed in, but not allowed (a moderator asking for others' figures)
EXIT_SERVER = 6  # the server failed, refused the query, or answered something unexpected

COLUMNS = ("group", "decisions", "audited", "errors", "error_rate", "ci_low", "ci_high")
SETTINGS_FILENAME = "settings.json"  # the workstation's settings file (see moderator_app.app)


class ReportFailed(Exception):
    """A failure the user must see: ``str(exc)`` goes to stderr, ``exit_code`` to the shell."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class ErrorRatesRequest:
    server: str | None
    date_from: date
    date_to: date
    group_by: str
    output_format: str = "json"
    period: str = "all"
    filters: dict[str, str | None] = field(default_factory=dict)
    username: str | None = None
    password_stdin: bool = False


def run_error_rates(
    request: ErrorRatesRequest,
    *,
    stdin: IO[str],
    stdout: IO[str],
    stderr: IO[str],
    token_store: TokenStore | None = None,
    settings: Settings | None = None,
) -> int:
    """Fetch the report, print it and return the exit code (one message on stderr on failure)."""
    try:
        rows = _fetch(request, stdin, token_store or TokenStore(), settings)
    except ReportFailed as exc:
        print(f"moderator-app report: {exc}", file=stderr)
        return exc.exit_code
    with_period = request.period != "all"
    try:
        if request.output_format == "csv":
            write_csv(rows, stdout, with_period=with_period)
        else:
            write_json(rows, stdout, with_period=with_period)
        stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: not an error. Point stdout at /dev/null so
        # the interpreter's own flush at exit does not complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def report_rows(rows: list[ErrorRateRow], *, with_period: bool = False) -> list[dict]:
    """The rows as the report prints them: exactly COLUMNS (plus period_start when bucketed)."""
    columns = (*COLUMNS, "period_start") if with_period else COLUMNS
    return [row.model_dump(mode="json", include=set(columns)) for row in rows]


def write_json(rows: list[ErrorRateRow], out: IO[str], *, with_period: bool = False) -> None:
    json.dump(report_rows(rows, with_period=with_period), out, indent=2, ensure_ascii=False)
    out.write("\n")


def write_csv(rows: list[ErrorRateRow], out: IO[str], *, with_period: bool = False) -> None:
    """CSV with a header row; an empty cell for a missing rate. Group names are neutralised like
    every exported text (a category comes from the marketplace and could start a formula)."""
    columns = (*COLUMNS, "period_start") if with_period else COLUMNS
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in report_rows(rows, with_period=with_period):
        record["group"] = neutralize_formula(record["group"])
        writer.writerow(["" if record[c] is None else record[c] for c in columns])


def _fetch(
    request: ErrorRatesRequest, stdin: IO[str], tokens: TokenStore, settings: Settings | None
) -> list[ErrorRateRow]:
    server = request.server or _app_setting(settings, "server_url")
    if not server:
        raise ReportFailed("no server: pass --server URL.", EXIT_USAGE)
    try:
        server = normalize_base_url(server)
    except ValueError as exc:
        raise ReportFailed(str(exc), EXIT_USAGE) from None
    with ApiClient(server) as api:
        username = _sign_in(api, request, stdin, tokens, settings)
        try:
            return api.error_rates(
                request.date_from, request.date_to, request.group_by, request.period, **request.filters
            )
        except Unauthorized:
            raise ReportFailed(
                f"the stored sign-in of {username} on {server} has expired or was revoked; sign in "
                "again in the workstation, or pass --username and --password-stdin.",
                EXIT_AUTH,
            ) from None
        except Forbidden as exc:
            raise ReportFailed(
                f"{username} may not read this report ({exc}). Moderators may only ask for their own "
                f"figures: --group-by moderator --moderator {username}.",
                EXIT_FORBIDDEN,
            ) from None
        except Unreachable as exc:
            raise ReportFailed(_unreachable(exc, server), EXIT_UNREACHABLE) from None
        except ApiError as exc:
            raise ReportFailed(str(exc), EXIT_SERVER) from None


def _sign_in(
    api: ApiClient, request: ErrorRatesRequest, stdin: IO[str], tokens: TokenStore, settings: Settings | None
) -> str:
    """Put a token on ``api`` and return the username it belongs to."""
    server = api.base_url
    if request.password_stdin:
        username = request.username or ""
        password = _read_password(stdin)
        try:
            api.login(username, password)
        except AuthFailed:
            raise ReportFailed(f"wrong username or password for {username} on {server}.", EXIT_AUTH) from None
        except Unreachable as exc:
            raise ReportFailed(_unreachable(exc, server), EXIT_UNREACHABLE) from None
        except ApiError as exc:
            raise ReportFailed(f"sign-in failed: {exc}", EXIT_SERVER) from None
        return username
    username = request.username or _app_setting(settings, "last_username")
    if not username:
        raise ReportFailed(
            "not signed in: sign in with the workstation first, or pass --username NAME --password-stdin.",
            EXIT_AUTH,
        )
    token = tokens.load(server, username)
    if not token:
        why = "" if tokens.persistent else " (this computer has no system keyring)"
        raise ReportFailed(
            f"no stored sign-in for {username} on {server}{why}; sign in with the workstation, "
            "or pass --username NAME --password-stdin.",
            EXIT_AUTH,
        )
    api.token = token
    return username


def _unreachable(exc: Unreachable, server: str) -> str:
    return f"{str(exc).rstrip('.')}: {server}"


def _read_password(stdin: IO[str]) -> str:
    """The first line of stdin without its line ending (spaces are part of a password)."""
    password = stdin.readline().rstrip("\r\n")
    if not password:
        raise ReportFailed("--password-stdin: no password on standard input.", EXIT_USAGE)
    return password


def _app_setting(settings: Settings | None, key: str) -> str:
    """A value of the workstation's settings (server address, last user); the file is read only
    when the command line leaves the value out, and no directory is created for it."""
    if settings is None:
        settings = Settings(JsonFileBackend(app_paths().config_dir / SETTINGS_FILENAME))
    return settings.get(key)
