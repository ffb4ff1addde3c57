"""Every network fault on the way to or from the outcome endpoint (through the fault proxy, against
the real server) leaves a confirmed appeal outcome pending, never final; the next round sends it
again under its key and the server applies it exactly once."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from moderator_app.core import dsa_schema as dsa
from moderator_app.net.api_client import ApiClient
from moderator_app.net.errors import ApiError
from moderator_app.net.retry import Backoff
from moderator_app.store.appeal_outbox import AppealOutbox
from moderator_app.sync.appeal_flow import SendOutcome
from moderator_app.sync.appeal_sender import AppealSender, final_refusal
from tests.faults.fault_proxy import FaultProxy
from tests.server.api_helpers import claim, decision_body
from tests.server.dsa_helpers import add_intake_user

FAULTS = ("drop", "cut", "garbage", "html403_before", "html404_after", "html502_before", "html502_after")


def an_appeal_leased_to_moderator2(server) -> tuple[dict, dict]:
    with server.client("moderator1") as moderator1:
        [lease] = claim(moderator1)
        decision = moderator1.post("/v1/decisions", json=decision_body(lease, "reject")).json()
    with add_intake_user(server) as intake:
        appeal = intake.post(
            "/v1/appeals",
            json={"decision_id": decision["decision_id"], "appellant": "seller", "explanation": "Mine."},
        ).json()
    with server.client("moderator2") as moderator2:
        [appeal_lease] = claim(moderator2, "appeals")
    return appeal, appeal_lease


@pytest.mark.parametrize("fault", FAULTS)
def test_a_network_fault_never_ends_an_outcome_and_the_resend_applies_it_once(live_server, writer, fault):
    appeal, lease = an_appeal_leased_to_moderator2(live_server)
    faulty = {"left": 1}

    def plan(request, _n):
        if request.method == "POST" and request.path.endswith("/outcome") and faulty["left"]:
            faulty["left"] -= 1
            return fault
        return None

    proxy = FaultProxy(live_server.url, plan)
    outbox = AppealOutbox(writer)
    sender = AppealSender(outbox, lambda: (proxy.url, "moderator2"))
    request = dsa.AppealOutcomeRequest(
        idempotency_key=uuid.uuid4(), lease_token=lease["lease_token"], outcome="reverse", reply="Allowed.",
        reason_codes=[], time_spent_ms=1000,
    )  # fmt: skip
    api = ApiClient(proxy.url, token=live_server.token("moderator2"), retries=0, backoff=Backoff(0.01, 0.02))
    try:
        with pytest.raises(ApiError) as raised:
            sender.send(api, SendOutcome(appeal["appeal_id"], request, appeal["item_id"]))
        assert not final_refusal(raised.value), f"{fault}: {raised.value!r}"
        assert sender.pending_count() == 1
        sender.round(api)  # the next round (the fault has passed)
        assert sender.pending_count() == 0
    finally:
        api.close()
        proxy.close()
    assert proxy.applied[fault] == 1
    with sqlite3.connect(live_server.database_url.removeprefix("sqlite:///")) as db:
        decided = db.execute("SELECT state, outcome_key FROM appeals WHERE id = ?", [appeal["appeal_id"]]).fetchone()
        on_appeal = db.execute("SELECT COUNT(*) FROM decisions WHERE item_id = ?", [appeal["item_id"]]).fetchone()
    assert decided == ("decided", str(request.idempotency_key))
    assert on_appeal == (1,), f"{fault}: the outcome was applied {on_appeal[0]} times"
