"""`moderator-app screen` through a real subprocess: the exact JSONL contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
KEYS = {"kind", "field", "start", "end", "text", "normalized", "category", "explanation"}


def run_cli(stdin: bytes | str, *args: str) -> subprocess.CompletedProcess[bytes]:
    script = Path(sys.executable).parent / "moderator-app"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "moderator_app"]
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*command, "screen", *args], input=data, capture_output=True, cwd=REPO, env=env, timeout=120
    )


def output_lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_findings_per_listing_in_input_order() -> None:
    listings = [
        {"id": "a1", "title": "V1agra pas cher", "description": "Appelez le O6 12 34 56 78", "country": "FR"},
        {"id": "a2", "title": "Armoire", "description": "Véhicule particulier, réputé, charme"},
        {
            "id": 3,
            "title": "Piso",
            "description": "seis uno dos tres cuatro cinco seis siete ocho",
            "country": "es",
        },
    ]
    result = run_cli("".join(json.dumps(x) + "\n" for x in listings))
    assert result.returncode == 0, result.stderr
    out = output_lines(result)
    assert [o["id"] for o in out] == ["a1", "a2", 3]
    first = out[0]["findings"]
    assert all(set(f) == KEYS for f in first)
    assert [(f["kind"], f["field"], f["text"], f["normalized"]) for f in first] == [
        ("banned_term", "title", "V1agra", "viagra"),
        ("phone", "description", "O6 12 34 56 78", "+33612345678"),
    ]
    assert first[0]["category"] == "unsafe_and_prohibited_products"
    assert first[0]["explanation"] == "leetspeak 1→i"
    assert first[1]["start"] == 11 and first[1]["end"] == 25
    assert out[1]["findings"] == []
    assert out[2]["findings"][0]["normalized"] == "+34612345678"


def test_country_option_is_the_default_region_and_listing_country_wins() -> None:
    lines = [
        {"id": 1, "description": "612 34 56 78"},
        {"id": 2, "description": "06 12 34 56 78", "country": "FR"},
    ]
    out = output_lines(run_cli("".join(json.dumps(x) + "\n" for x in lines), "--country", "ES"))
    assert out[0]["findings"][0]["normalized"] == "+34612345678"
    assert out[1]["findings"][0]["normalized"] == "+33612345678"
    out = output_lines(run_cli(json.dumps(lines[0]) + "\n"))
    # No country at all: the national number is read in the policy's markets (FR, then ES...).
    [phone] = out[0]["findings"]
    assert phone["normalized"] == "+34612345678" and "market ES" in phone["explanation"]


def test_malformed_lines_get_an_error_and_the_run_goes_on() -> None:
    stdin = (
        b'{"id": "ok1", "title": "rien"}\n'
        b"not json\n"
        b'{"id": "broken", "title": "unterminated\n'
        b"[1, 2]\n"
        b'{"id": 7, "title": 12}\n'
        b'{"id": 8, "description": "x", "country": "France"}\n'
        b'{"id": 9}\n'
        b"\n"
        b'{"id": 10, "title": "\xff\xfe bad utf-8"}\n'
        b'{"id": "ok2", "title": "western union"}\n'
    )
    result = run_cli(stdin)
    assert result.returncode == 0
    out = output_lines(result)
    assert len(out) == 10
    assert out[0] == {"id": "ok1", "findings": []}
    assert [o.get("id") for o in out[1:9]] == [None, "broken", None, 7, 8, 9, None, None]
    assert all("error" in o and o["error"] for o in out[1:9])
    assert "invalid JSON" in out[1]["error"] and "line 2" in out[1]["error"]
    assert "'title' must be a string" in out[4]["error"]
    assert "country" in out[5]["error"]
    assert "not valid UTF-8" in out[8]["error"]
    assert out[9]["findings"][0]["normalized"] == "western union"


def test_invalid_policy_exits_2_naming_the_field(tmp_path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"version": "1", "terms": [\n{"term": "viagra", "severity": "ban", "category": "x"}]}')
    result = run_cli('{"id": 1, "title": "viagra"}\n', "--policy", str(policy))
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode()
    assert "terms[0] ('viagra', line 2)" in stderr and "severity" in stderr


def test_invalid_json_policy_names_the_line(tmp_path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"version": "1",\n "terms": [,]}')
    result = run_cli("", "--policy", str(policy))
    assert result.returncode == 2
    assert "line 2 column" in result.stderr.decode()


def test_custom_policy_replaces_the_default(tmp_path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(
        json.dumps({"version": "t", "terms": [{"term": "tondeuse", "category": "other_violation_tc"}]})
    )
    out = output_lines(run_cli('{"id": 1, "title": "T0ndeuse et viagra"}\n', "--policy", str(policy)))
    assert [(f["normalized"], f["category"]) for f in out[0]["findings"]] == [
        ("tondeuse", "other_violation_tc")
    ]


@pytest.mark.slow
def test_hostile_listing_does_not_stop_the_batch() -> None:
    hostile = {"id": "h", "description": "\ud800" + "a\u0336" * 50_000 + "\u202e" + "0" * 10_000}
    stdin = json.dumps(hostile) + "\n" + json.dumps({"id": "next", "title": "v1agra"}) + "\n"
    out = output_lines(run_cli(stdin))
    assert out[0]["id"] == "h" and "findings" in out[0]
    assert out[1]["findings"][0]["normalized"] == "viagra"
