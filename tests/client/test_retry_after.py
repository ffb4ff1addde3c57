"""How long a 429 asks the client to wait: delay-seconds or an HTTP date measured against the
answer's own Date header (the server's clock), bounded; anything else says nothing."""

from __future__ import annotations

import httpx
import pytest

from moderator_app.net.api_client import MAX_RETRY_AFTER_S, _check, retry_after
from moderator_app.net.errors import ServerError, Throttled

PROBLEM = {"type": "about:blank", "title": "Too Many Requests", "status": 429, "detail": "wait", "code": "too_many_attempts"}


@pytest.mark.parametrize(
    "headers, expected",
    [
        ({"Retry-After": "4"}, 4.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "999999"}, MAX_RETRY_AFTER_S),
        ({"Retry-After": "Sat, 05 Dec 2026 03:00:30 GMT", "Date": "Sat, 05 Dec 2026 03:00:00 GMT"}, 30.0),
        ({"Retry-After": "Sat, 05 Dec 2026 02:59:00 GMT", "Date": "Sat, 05 Dec 2026 03:00:00 GMT"}, 0.0),
        ({"Retry-After": "Sat, 05 Dec 2026 03:00:30 GMT"}, None),  # no server time to measure it by
        ({"Retry-After": "-3"}, None),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_is_read_in_seconds(headers, expected):
    assert retry_after(httpx.Response(429, headers=headers)) == expected


def test_a_429_is_throttling_with_its_wait_and_still_a_retryable_server_failure():
    answer = httpx.Response(
        429, json=PROBLEM, headers={"Retry-After": "7", "Content-Type": "application/problem+json"}
    )
    with pytest.raises(Throttled) as raised:
        _check(answer, frozenset())
    assert raised.value.retry_after == 7.0 and raised.value.code == "too_many_attempts"
    assert isinstance(raised.value, ServerError) and raised.value.status == 429 and not raised.value.foreign
