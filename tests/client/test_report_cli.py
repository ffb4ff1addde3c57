"""`moderator-app report error-rates` end to end: decisions and audits seeded through the API, the
real CLI run in-process and as a subprocess, its figures checked against hand counts and
statsmodels' Wilson interval."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from jaraco.classes import properties
from qa_seed import seed_audited_history

from moderator_app import cli
from moderator_app.net.token_store import TokenStore
from moderator_app.report_cli import (
    COLUMNS,
    EXIT_AUTH,
    EXIT_FORBIDDEN,
    EXIT_OK,
    EXIT_UNREACHABLE,
)

KEYRING_FILE_ENV = "MODERATOR_TEST_KEYRING_FILE"
REPO = Path(__file__).resolve().parents[2]


class FileKeyring(keyring.backend.KeyringBackend):
    """A keyring in one JSON file, so a CLI subprocess finds what the test stored
    (selected there with PYTHON_KEYRING_BACKEND=test_report_cli.FileKeyring)."""

    @properties.classproperty
    def priority(cls) -> float:
        # keyring instantiates every viable backend it knows; without a file this one is not.
        if KEYRING_FILE_ENV not in os.environ:
            raise RuntimeError(f"{KEYRING_FILE_ENV} is not set")
        return 1

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ[KEYRING_FILE_ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text("utf-8")) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service} {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.path.write_text(json.dumps({**self._load(), f"{service} {username}": password}), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service} {username}", None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
        self.path.write_text(json.dumps(secrets), "utf-8")


@pytest.fixture
def file_keyring(tmp_path):
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def seeded(live_server):
    return live_server, seed_audited_history(live_server)


def remember_sign_in(server, username: str, token: str | None = None) -> None:
    """What the workstation leaves behind after a sign-in: the token in the keyring and the
    server address and user name in its settings file (under MODERATOR_APP_HOME)."""
    TokenStore().save(server.url, username, token or server.token(username))
    config = Path(os.environ["MODERATOR_APP_HOME"]) / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"server_url": server.url, "last_username": username}))


def report_args(server, history, group_by: str, *extra: str) -> list[str]:
    return [
        "report",
        "error-rates",
        "--server",
        server.url,
        "--from",
        history["date_from"].isoformat(),
        "--to",
        history["date_to"].isoformat(),
        "--group-by",
        group_by,
        *extra,
    ]


def expected_rows(history, group_by: str) -> dict[str, dict]:
    """The report's rows computed by hand: errors/audited and statsmodels' Wilson interval."""
    from statsmodels.stats.proportion import proportion_confint

    rows = {}
    for group, c in history["by"][group_by].items():
        if c["audited"]:
            low, high = proportion_confint(c["errors"], c["audited"], alpha=0.05, method="wilson")
            rate = c["errors"] / c["audited"]
        else:
            low, high, rate = None, None, None  # nothing audited: no rate, and no interval either
        rows[group] = {**c, "group": group, "error_rate": rate, "ci_low": low, "ci_high": high}
    return rows


def assert_rows_match(rows: list[dict], expected: dict[str, dict]) -> None:
    assert {r["group"] for r in rows} == set(expected)
    for row in rows:
        want = expected[row["group"]]
        assert list(row) == list(COLUMNS)
        assert (row["decisions"], row["audited"], row["errors"]) == (
            want["decisions"],
            want["audited"],
            want["errors"],
        ), row["group"]
        if want["error_rate"] is None:
            assert row["error_rate"] is None
        else:
            assert row["error_rate"] == pytest.approx(want["error_rate"])
        if want["ci_low"] is None:
            assert (row["ci_low"], row["ci_high"]) == (None, None), "no interval is printed without audits"
            continue
        # core.metrics rounds z to 1.959964: agreement to about 1e-8 is all there is to expect.
        assert row["ci_low"] == pytest.approx(want["ci_low"], rel=1e-6, abs=1e-9)
        assert row["ci_high"] == pytest.approx(want["ci_high"], rel=1e-6, abs=1e-9)


def run_cli(args: list[str], capsys, stdin: str = "") -> tuple[int, str, str]:
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main(args)
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("group_by", ["moderator", "queue", "reason"])
def test_json_report_with_the_stored_token_matches_hand_computed_figures(
    seeded, file_keyring, capsys, group_by
):
    server, history = seeded
    remember_sign_in(server, "lead1")
    code, out, err = run_cli(report_args(server, history, group_by, "--format", "json"), capsys)
    assert (code, err) == (EXIT_OK, "")
    rows = json.loads(out)
    assert_rows_match(rows, expected_rows(history, group_by))
    if group_by == "queue":
        assert {r["group"]: r["error_rate"] for r in rows}["new-es"] is None  # nothing audited there
    if group_by == "moderator":
        mod1 = next(r for r in rows if r["group"] == "moderator1")
        assert (mod1["errors"], mod1["audited"], mod1["error_rate"]) == (1, 4, 0.25)


@pytest.mark.postgres
def test_json_report_on_postgresql(pg_live_server, file_keyring, capsys):
    history = seed_audited_history(pg_live_server)
    remember_sign_in(pg_live_server, "lead1")
    for group_by in ("moderator", "queue", "reason"):
        code, out, err = run_cli(report_args(pg_live_server, history, group_by), capsys)
        assert (code, err) == (EXIT_OK, "")
        assert_rows_match(json.loads(out), expected_rows(history, group_by))


def test_csv_report_has_the_header_and_the_same_figures(seeded, file_keyring, capsys):
    server, history = seeded
    remember_sign_in(server, "lead1")
    code, out, _ = run_cli(report_args(server, history, "queue", "--format", "csv"), capsys)
    assert code == EXIT_OK
    lines = list(csv.reader(io.StringIO(out)))
    assert lines[0] == list(COLUMNS)
    rows = [
        {
            "group": g,
            "decisions": int(d),
            "audited": int(a),
            "errors": int(e),
            "error_rate": float(r) if r else None,
            "ci_low": float(lo) if lo else None,
            "ci_high": float(hi) if hi else None,
        }
        for g, d, a, e, r, lo, hi in lines[1:]
    ]
    assert_rows_match(rows, expected_rows(history, "queue"))
    assert next(line for line in lines if line[0] == "new-es")[4:] == ["", "", ""]  # no rate, no interval

    code, out, _ = run_cli(report_args(server, history, "queue", "--period", "week"), capsys)
    weekly = json.loads(out)
    assert code == EXIT_OK and all(list(r) == [*COLUMNS, "period_start"] for r in weekly)
    assert (
        sum(r["decisions"] for r in weekly if r["group"] == "new-fr")
        == history["by"]["queue"]["new-fr"]["decisions"]
    )


def test_password_from_stdin_signs_in_and_stores_nothing(seeded, file_keyring, capsys):
    server, history = seeded
    # A lead: a QA auditor's figures leave out the decisions still waiting for a blind audit.
    args = report_args(server, history, "moderator", "--username", "lead1", "--password-stdin")
    code, out, err = run_cli(args, capsys, stdin="demo\n")
    assert (code, err) == (EXIT_OK, "")
    assert_rows_match(json.loads(out), expected_rows(history, "moderator"))
    assert TokenStore().load(server.url, "lead1") is None  # the report leaves no token behind

    code, out, err = run_cli(args, capsys, stdin="s3cret-Pa55\n")
    assert (code, out) == (EXIT_AUTH, "")
    assert "wrong username or password for lead1" in err and "Traceback" not in err and "s3cret" not in err


def test_a_moderator_asking_for_everyone_gets_exit_5_and_their_own_row_when_they_ask_for_it(
    seeded, file_keyring, capsys
):
    server, history = seeded
    remember_sign_in(server, "moderator1")
    code, out, err = run_cli(report_args(server, history, "moderator"), capsys)
    assert (code, out) == (EXIT_FORBIDDEN, "")
    assert "moderator1 may not read this report" in err and "--moderator moderator1" in err
    code, out, _ = run_cli(report_args(server, history, "moderator", "--moderator", "moderator1"), capsys)
    assert code == EXIT_OK
    assert_rows_match(json.loads(out), {"moderator1": expected_rows(history, "moderator")["moderator1"]})


def test_missing_or_revoked_sign_in_is_exit_4_with_what_to_do(live_server, file_keyring, capsys, tmp_path):
    args = report_args(live_server, {"date_from": _day(1), "date_to": _day(2)}, "queue")
    code, _, err = run_cli(args, capsys)  # nothing stored, no settings file
    assert code == EXIT_AUTH and "not signed in" in err and "--password-stdin" in err
    code, _, err = run_cli([*args, "--username", "lead1"], capsys)
    assert code == EXIT_AUTH and "no stored sign-in for lead1" in err
    remember_sign_in(live_server, "lead1", token="revoked-or-forged")
    code, _, err = run_cli(args, capsys)
    assert code == EXIT_AUTH and "expired or was revoked" in err


def test_an_unreachable_server_is_exit_3(live_server, capsys):
    url = live_server.url
    live_server.stop()
    args = report_args(
        live_server, {"date_from": _day(1), "date_to": _day(2)}, "queue", "--username", "lead1"
    )
    code, out, err = run_cli([*args, "--password-stdin"], capsys, stdin="demo\n")
    assert (code, out) == (EXIT_UNREACHABLE, "")
    assert "cannot be reached" in err and url in err


@pytest.mark.parametrize(
    "bad",
    [
        ["--from", "2026-13-01"],
        ["--to", "yesterday"],
        ["--from", "2026-11-30", "--to", "2026-11-01"],
        ["--group-by", "seller"],
        ["--format", "xml"],
        ["--password-stdin"],  # without --username
    ],
)
def test_bad_arguments_are_exit_2(bad, capsys):
    args = [
        "report",
        "error-rates",
        "--server",
        "http://127.0.0.1:9",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-02",
    ]
    args += ["--group-by", "queue", *bad]
    with pytest.raises(SystemExit) as exit_info:
        cli.main(args)
    assert exit_info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_the_installed_command_runs_as_a_subprocess_with_the_keyring_token(seeded, file_keyring, tmp_path):
    server, history = seeded
    remember_sign_in(server, "lead1")
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "test_report_cli.FileKeyring",
        KEYRING_FILE_ENV: str(file_keyring.path),
        "PYTHONPATH": os.pathsep.join([str(REPO / "tests" / "client"), str(REPO / "tests"), str(REPO)]),
    }
    args = report_args(server, history, "reason", "--format", "csv")
    args.remove("--server")
    args.remove(server.url)  # the server address comes from the workstation's settings
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "moderator_app.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == EXIT_OK, proc.stderr[-2000:]
    reader = csv.DictReader(io.StringIO(proc.stdout))
    assert tuple(reader.fieldnames) == COLUMNS
    rows = [
        {
            **row,
            "decisions": int(row["decisions"]),
            "audited": int(row["audited"]),
            "errors": int(row["errors"]),
            "error_rate": float(row["error_rate"]) if row["error_rate"] else None,
            "ci_low": float(row["ci_low"]),
            "ci_high": float(row["ci_high"]),
        }
        for row in reader
    ]
    assert_rows_match(rows, expected_rows(history, "reason"))
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in proc.stderr.splitlines()}
    assert not imported & {"PySide6", "onnxruntime", "shiboken6"}  # the report never pays for Qt or ONNX


def _day(offset: int) -> date:
    return datetime.now(UTC).date() + timedelta(days=offset)
