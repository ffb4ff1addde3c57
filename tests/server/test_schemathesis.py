"""Schemathesis against the running server, with a token for each role: no server error, and every
response (status, content type, headers, body) as the checked-in OpenAPI document says.

The default run is lean (a few examples per operation on SQLite, fewer roles on PostgreSQL); the
larger run is a benchmark-style command (`make fuzz`, or `-m benchmark`), with the number of
examples from MODERATOR_SCHEMATHESIS_EXAMPLES. Each run prints operations, test cases and failures
by kind. Two of schemathesis's checks are left out, on purpose:

- positive_data_acceptance: it expects 2xx for any schema-valid body, but a valid body that names
  a queue or dispute that does not exist is a 404/422 here, by design;
- negative_data_rejection: pydantic reads JSON leniently where the schema is strict (``false`` for
  ``0.0`` in a rate), which is harmless and not what this suite is about.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moderator_app.assets import resource_path

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "unsupported_method",
    "allow_header_conformance",
    "ignored_auth",
    "missing_required_header",
)
ROLES = ("moderator1", "lead1", "qa1", "admin1", None)  # None: no token at all
LEAN_EXAMPLES = 3
LARGE_EXAMPLES = int(os.environ.get("MODERATOR_SCHEMATHESIS_EXAMPLES", "100"))


def run_schemathesis(server, role: str | None, examples: int, report: Path) -> dict:
    """One schemathesis run as ``role``; returns its JSON report."""
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        str(resource_path("api", "openapi.json")),
        "--url", server.url,
        "--max-examples", str(examples),
        "--checks", ",".join(CHECKS),
        "--seed", "20261205",
        "--workers", "1",
        "--no-shrink",
        "--warnings", "off",
        "--report", "json",
        "--report-json-path", str(report),
    ]  # fmt: skip
    if role is not None:
        command += ["--header", f"Authorization: Bearer {server.token(role)}"]
    # Run in the report's folder: schemathesis keeps a cache in its working directory.
    done = subprocess.run(command, capture_output=True, text=True, timeout=1200, cwd=report.parent)
    if not report.is_file():
        raise AssertionError(f"schemathesis did not run: {done.stdout[-3000:]} {done.stderr[-3000:]}")
    result = json.loads(report.read_text())
    result["output"] = done.stdout
    return result


def summarise(label: str, results: dict[str | None, dict]) -> tuple[int, int, dict[str, int]]:
    """Print one line per role and the totals; returns (operations, cases, failures by kind)."""
    kinds: dict[str, int] = {}
    cases = 0
    operations = 0
    print(f"\nschemathesis on {label}:")
    for role, result in results.items():
        generated = result["test_cases"]["generated"]
        cases += generated
        operations = max(operations, result["operations"]["tested"])
        failures = {f"{f['code']} {f['title']}": f["count"] for f in result["failures"]}
        for kind, count in failures.items():
            kinds[kind] = kinds.get(kind, 0) + count
        print(
            f"  as {role or 'anonymous':<10} {result['operations']['tested']} operations, {generated} cases, "
            f"{sum(failures.values())} failures {failures or ''} ({result['running_time']:.0f} s)"
        )
    print(f"  total: {operations} operations, {cases} cases, failures by kind: {kinds or 'none'}")
    return operations, cases, kinds


def _failures(results: dict) -> list[str]:
    out = []
    for role, result in results.items():
        for failure in result["failures"]:
            out.append(f"{role}: {failure['code']} {failure['title']} on {', '.join(failure['operations'])}")
        out.extend(f"{role}: error {error}" for error in result["errors"])
    return out


def _run_all(server, roles, examples, tmp_path) -> dict:
    return {
        role: run_schemathesis(server, role, examples, tmp_path / f"{role or 'anonymous'}.json")
        for role in roles
    }


@pytest.mark.slow
def test_schemathesis_finds_nothing_on_sqlite(live_server, tmp_path):
    results = _run_all(live_server, ROLES, LEAN_EXAMPLES, tmp_path)
    operations, cases, _kinds = summarise("SQLite", results)
    assert operations >= 45 and cases > 1000
    assert _failures(results) == [], "\n".join(r["output"][-4000:] for r in results.values() if r["failures"])


@pytest.mark.slow
@pytest.mark.postgres
def test_schemathesis_finds_nothing_on_postgres(pg_live_server, tmp_path):
    results = _run_all(pg_live_server, ("moderator1", "qa1"), LEAN_EXAMPLES, tmp_path)
    operations, _cases, _kinds = summarise("PostgreSQL", results)
    assert operations >= 45
    assert _failures(results) == [], "\n".join(r["output"][-4000:] for r in results.values() if r["failures"])


@pytest.mark.benchmark
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_schemathesis_large_run(backend, request, tmp_path):
    server = request.getfixturevalue("live_server" if backend == "sqlite" else "pg_live_server")
    results = _run_all(server, ROLES, LARGE_EXAMPLES, tmp_path)
    summarise(f"{backend}, {LARGE_EXAMPLES} examples per operation", results)
    assert _failures(results) == []
