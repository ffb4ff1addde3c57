"""Typed client of the `/v1` API over httpx: the queue API and the quality-assurance API.

Responses are parsed with the shared pydantic schema; HTTP and transport failures become the
exceptions of :mod:`moderator_app.net.errors`. An error status counts as the server's answer only
when it comes as the queue server's own RFC 9457 problem document (``application/problem+json``
with its status); anything else (an HTML page from a proxy, a captive portal, a load balancer)
is :class:`ForeignAnswer`, a network fault, tried again like a dropped connection.

Only idempotent calls are retried (GETs, PUTs, lease and audit releases, decisions, which carry an
idempotency key, and claims that carry a request id). Sign-in and the QA writes (blind decision,
verdict, dispute, settlement, calibration answer) are not: a retried sign-in resends a password,
and a QA write whose answer was lost would come back as a 409 on the second try.
"""

from __future__ import annotations

import enum
import logging
import time
import uuid
from collections.abc import Callable
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import quote, urljoin, urlsplit

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from moderator_app.core import cluster_schema as clusters
from moderator_app.core import dsa_schema as dsa
from moderator_app.core import qa_schema as qa
from moderator_app.core import schema
from moderator_app.core import wellness_schema as wellness
from moderator_app.net.errors import (
    ApiError,
    AuthFailed,
    Conflict,
    Forbidden,
    ForeignAnswer,
    ForeignUrl,
    MalformedResponse,
    MissingMediaKey,
    NotFound,
    ServerError,
    Throttled,
    Unauthorized,
    Unreachable,
    ValidationFailed,
)
from moderator_app.net.retry import Backoff

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)
MAX_MEDIA_BYTES = 25 * 1024 * 1024
_RETRYABLE_STATUS = {429, 500, 502, 503, 504}
PROBLEM_MEDIA_TYPE = "application/problem+json"
METRIC_FILTERS = frozenset({"moderator", "queue", "reason", "category"})


class PolicyResponse(BaseModel):
    """The policy with its ETag; ``policy`` is None when the server answered 304 Not Modified."""

    policy: schema.Policy | None
    etag: str | None


class ApiClient:
    """One server, one (optional) bearer token. Thread-safe: httpx.Client may be shared.

    ``on_answer`` is called after every exchange the queue server itself answered (a result or
    its problem document): the sync engine's proof that the server is reachable.
    """

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: Backoff | None = None,
        on_answer: Callable[[], None] | None = None,
    ):
        self.base_url = normalize_base_url(base_url)
        self._origin = _origin(self.base_url)
        self.token = token
        self.retries = retries
        self.backoff = backoff or Backoff(base=0.2, cap=2.0)
        self.on_answer = on_answer
        self._request_timeout: float | None = None  # overrides the client's timeout (see hurried)
        self._http = httpx.Client(
            base_url=self.base_url,
            transport=transport,
            timeout=timeout,
            follow_redirects=False,  # a redirect could lead to a third-party host
            headers={"Accept": "application/json"},
        )

    def close(self) -> None:
        self._http.close()

    def hurried(self, timeout: float) -> ApiClient:
        """This client (same connection pool and token) for a moment that cannot wait: each request
        gets ``timeout`` seconds and no retry. Closing the original closes both."""
        copy = ApiClient.__new__(ApiClient)
        copy.__dict__.update(self.__dict__)
        copy.retries = 0
        copy._request_timeout = timeout
        return copy

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- auth ---------------------------------------------------------------------

    def login(self, username: str, password: str) -> schema.TokenResponse:
        """Exchange credentials for a token (and keep it on this client). Raises AuthFailed on 401."""
        body = schema.LoginRequest(username=username, password=password).model_dump(mode="json")
        try:
            response = self._send("POST", "/v1/auth/token", json=body, retries=0)
        except Unauthorized as exc:
            raise AuthFailed("Wrong username or password.", status=401) from exc
        result = _parse(schema.TokenResponse, response)
        self.token = result.access_token
        return result

    def me(self) -> schema.UserInfo:
        return _parse(schema.UserInfo, self._send("GET", "/v1/me"))

    # --- queues and leases ------------------------------------------------------

    def queues(self) -> list[schema.QueueInfo]:
        return _parse_list(schema.QueueInfo, self._send("GET", "/v1/queues"))

    def claim(self, queue_id: str, count: int, request_id: uuid.UUID | None = None) -> list[schema.Lease]:
        """Lease up to ``count`` items of the queue (see claim_response)."""
        return self.claim_response(queue_id, count, request_id).leases

    def claim_response(
        self, queue_id: str, count: int, request_id: uuid.UUID | None = None
    ) -> schema.ClaimResponse:
        """Lease up to ``count`` items, with the server's time. With a ``request_id`` the claim is
        retried (a retry with the same id returns the first attempt's leases, never a second batch);
        without one it is sent once."""
        body = schema.ClaimRequest(count=count, request_id=request_id).model_dump(mode="json")
        retries = None if request_id is not None else 0
        response = self._send("POST", f"/v1/queues/{_seg(queue_id)}/claim", json=body, retries=retries)
        return _parse(schema.ClaimResponse, response)

    def leases(self) -> schema.LeaseList:
        """Every live lease of the signed-in user, in every queue, with the server's time."""
        return _parse(schema.LeaseList, self._send("GET", "/v1/leases"))

    def renew(self, item_ids: list[int]) -> schema.LeaseRenewResponse:
        body = schema.LeaseIds(item_ids=item_ids).model_dump(mode="json")
        return _parse(schema.LeaseRenewResponse, self._send("POST", "/v1/leases/renew", json=body))

    def release(self, item_ids: list[int]) -> schema.LeaseReleaseResponse:
        body = schema.LeaseIds(item_ids=item_ids).model_dump(mode="json")
        return _parse(schema.LeaseReleaseResponse, self._send("POST", "/v1/leases/release", json=body))

    # --- items, media, sellers, policy ----------------------------------------

    def item(self, item_id: int) -> schema.ItemDetail:
        return _parse(schema.ItemDetail, self._send("GET", f"/v1/items/{int(item_id)}"))

    def seller_history(self, seller_id: str) -> schema.SellerHistory:
        return _parse(schema.SellerHistory, self._send("GET", f"/v1/sellers/{_seg(seller_id)}/history"))

    def similar_images(self, phash: str, max_distance: int = 8) -> list[schema.SimilarImage]:
        params = {"phash": phash, "max_distance": max_distance}
        return _parse_list(schema.SimilarImage, self._send("GET", "/v1/images/similar", params=params))

    def media(self, image: schema.ImageRef) -> bytes:
        """Bytes of an image, fetched at the media URL the server gave in its reference.

        The server serves a photo only at its unguessable key, so no URL is ever built from the
        image id: a reference without one raises MissingMediaKey. A URL that resolves outside the
        configured server raises ForeignUrl: the client never fetches third parties.
        """
        url = image.url.strip()
        if not url or url.endswith("/"):
            raise MissingMediaKey(f"The server gave no address for photo {image.id}.")
        path = self.resolve_media_url(url)
        response = self._send("GET", path, accept="image/*")
        if len(response.content) > MAX_MEDIA_BYTES:
            raise MalformedResponse("The image is larger than the client accepts.")
        return response.content

    def resolve_media_url(self, url: str) -> str:
        """The absolute URL of a media reference; raises ForeignUrl if it leaves the server."""
        absolute = urljoin(self.base_url, url)
        if _origin(absolute) != self._origin or not urlsplit(absolute).path.startswith(
            urlsplit(self.base_url).path
        ):
            raise ForeignUrl("An image points outside the moderation server; it was not fetched.")
        return absolute

    def policy(self, etag: str | None = None) -> PolicyResponse:
        """The policy, or ``policy=None`` if ``etag`` still matches (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        response = self._send("GET", "/v1/policy", headers=headers, ok_statuses={304})
        new_etag = response.headers.get("ETag")
        if response.status_code == 304:
            return PolicyResponse(policy=None, etag=new_etag or etag)
        return PolicyResponse(policy=_parse(schema.Policy, response), etag=new_etag)

    # --- decisions --------------------------------------------------------------------

    def decide(self, request: schema.DecisionRequest) -> schema.DecisionResult:
        """Send one decision. Retried on transport errors: the idempotency key makes it safe."""
        body = request.model_dump(mode="json")
        return _parse(schema.DecisionResult, self._send("POST", "/v1/decisions", json=body))

    # --- clusters --------------------------------------------------------------------

    def cluster(self, cluster_id: int, item_id: int) -> clusters.ClusterView:
        """A cluster as seen from one of its items (a moderator must hold that item's lease)."""
        response = self._send("GET", f"/v1/clusters/{int(cluster_id)}", params={"item_id": int(item_id)})
        return _parse(clusters.ClusterView, response)

    def claim_cluster(
        self, cluster_id: int, request: clusters.ClusterClaimRequest
    ) -> clusters.ClusterClaimResponse:
        """Lease a cluster's members together. Retried only with a ``request_id`` (a retry then
        returns the first attempt's leases)."""
        body = request.model_dump(mode="json")
        retries = None if request.request_id is not None else 0
        response = self._send("POST", f"/v1/clusters/{int(cluster_id)}/claim", json=body, retries=retries)
        return _parse(clusters.ClusterClaimResponse, response)

    def decide_cluster(self, request: clusters.ClusterDecisionRequest) -> clusters.ClusterDecisionResult:
        """Decide a cluster's members in one action. Retried on transport errors: the idempotency
        key makes it safe."""
        body = request.model_dump(mode="json")
        return _parse(clusters.ClusterDecisionResult, self._send("POST", "/v1/cluster-decisions", json=body))

    def decisions(self, **params: Any) -> schema.DecisionPage:
        """Lead/QA listing of decisions (filters passed as query parameters)."""
        return _parse(schema.DecisionPage, self._send("GET", "/v1/decisions", params=params))

    # --- quality assurance: sampling rules and golden items ---------------------------------

    def qa_rules(self) -> list[qa.SamplingRule]:
        """One sampling rule per queue (the defaults for queues nobody has configured)."""
        return _parse_list(qa.SamplingRule, self._send("GET", "/v1/qa/rules"))

    def update_qa_rule(self, queue_id: str, update: qa.SamplingRuleUpdate) -> qa.SamplingRule:
        """Replace a queue's sampling rule (lead, admin). A PUT: retried, replaying it is harmless."""
        body = update.model_dump(mode="json")
        return _parse(qa.SamplingRule, self._send("PUT", f"/v1/qa/rules/{_seg(queue_id)}", json=body))

    def create_golden(self, item: qa.GoldenItemCreate) -> qa.GoldenItem:
        """Place a golden item in a queue. Not retried: a replay would place a second one."""
        body = item.model_dump(mode="json")
        return _parse(qa.GoldenItem, self._send("POST", "/v1/qa/golden", json=body, retries=0))

    def golden_items(self) -> list[qa.GoldenItem]:
        return _parse_list(qa.GoldenItem, self._send("GET", "/v1/qa/golden"))

    # --- quality assurance: blind audits --------------------------------------------------------

    def claim_audit(self, queue_id: str | None = None) -> qa.AuditTask | None:
        """Lease the next sampled decision to audit (of one queue, or any); None when none waits."""
        body = qa.AuditClaim(queue_id=queue_id).model_dump(mode="json")
        response = self._send("POST", "/v1/qa/audits/claim", json=body, retries=0)
        return _parse_optional(qa.AuditTask, response)

    def blind_decision(self, sample_id: int, decision: qa.BlindDecision) -> qa.AuditReveal:
        """Record the auditor's own decision; the answer reveals the moderator's original one."""
        body = decision.model_dump(mode="json")
        url = f"/v1/qa/audits/{int(sample_id)}/blind"
        return _parse(qa.AuditReveal, self._send("POST", url, json=body, retries=0))

    def audit_verdict(self, sample_id: int, verdict: qa.AuditVerdict) -> qa.AuditRecord:
        """Record the verdict on a revealed sample (Conflict before the blind step)."""
        body = verdict.model_dump(mode="json")
        url = f"/v1/qa/audits/{int(sample_id)}/verdict"
        return _parse(qa.AuditRecord, self._send("POST", url, json=body, retries=0))

    def release_audit(self, sample_id: int) -> None:
        """Give a leased sample back to the QA queue. Retried: releasing twice changes nothing."""
        self._send("POST", f"/v1/qa/audits/{int(sample_id)}/release")

    def audits(
        self,
        *,
        moderator: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        errors_only: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[qa.AuditRecord]:
        """Audit records (staff: anyone's; a moderator: only their own, else Forbidden)."""
        params = _query(
            moderator=moderator,
            errors_only=errors_only,
            limit=limit,
            offset=offset,
            **{"from": date_from, "to": date_to},
        )
        return _parse_list(qa.AuditRecord, self._send("GET", "/v1/qa/audits", params=params))

    def my_feedback(self, *, limit: int | None = None, offset: int | None = None) -> list[qa.AuditRecord]:
        """The caller's audited decisions with the auditors' comments, newest first."""
        params = _query(limit=limit, offset=offset)
        return _parse_list(qa.AuditRecord, self._send("GET", "/v1/me/feedback", params=params))

    # --- quality assurance: disputes ---------------------------------------------------------------

    def open_dispute(self, audit_id: int, reason: str) -> qa.Dispute:
        """Contest an audit of one's own decision (Conflict when the window has closed)."""
        body = qa.DisputeCreate(reason=reason).model_dump(mode="json")
        url = f"/v1/audits/{int(audit_id)}/disputes"
        return _parse(qa.Dispute, self._send("POST", url, json=body, retries=0))

    def disputes(
        self, state: qa.DisputeView | str | None = None, *, limit: int | None = None, offset: int | None = None
    ) -> list[qa.Dispute]:
        """Disputes, newest first: one state, "settled" (the history) or "all" (the default)."""
        params = _query(state=qa.DisputeView(state) if state is not None else None, limit=limit, offset=offset)
        return _parse_list(qa.Dispute, self._send("GET", "/v1/disputes", params=params))

    def settle_dispute(self, dispute_id: int, settlement: qa.DisputeSettle) -> qa.Dispute:
        body = settlement.model_dump(mode="json")
        url = f"/v1/disputes/{int(dispute_id)}/settle"
        return _parse(qa.Dispute, self._send("POST", url, json=body, retries=0))

    # --- quality assurance: calibration ---------------------------------------------------------

    def create_calibration(self, calibration: qa.CalibrationCreate) -> qa.CalibrationSet:
        body = calibration.model_dump(mode="json")
        return _parse(qa.CalibrationSet, self._send("POST", "/v1/calibrations", json=body, retries=0))

    def calibrations(self) -> list[qa.CalibrationSet]:
        return _parse_list(qa.CalibrationSet, self._send("GET", "/v1/calibrations"))

    def next_calibration_task(self, set_id: int) -> qa.CalibrationTask | None:
        """The reviewer's next item of the set; None when they have answered them all."""
        response = self._send("GET", f"/v1/calibrations/{int(set_id)}/next")
        return _parse_optional(qa.CalibrationTask, response)

    def answer_calibration(self, set_id: int, answer: qa.CalibrationAnswer) -> None:
        """Answer one item (once: a second answer is a Conflict, hence no retry)."""
        body = answer.model_dump(mode="json")
        self._send("POST", f"/v1/calibrations/{int(set_id)}/answers", json=body, retries=0)

    def calibration_report(self, set_id: int) -> qa.CalibrationReport:
        return _parse(qa.CalibrationReport, self._send("GET", f"/v1/calibrations/{int(set_id)}/report"))

    # --- metrics (UTC days, both ends inclusive; filters: moderator, queue, reason, category) -----

    def error_rates(
        self,
        date_from: date,
        date_to: date,
        group_by: qa.GroupBy | str,
        period: qa.Period | str = qa.Period.all,
        **filters: str | None,
    ) -> list[qa.ErrorRateRow]:
        """Error rates with their 95% Wilson interval, per group (and per period bucket)."""
        params = _metric_query(
            date_from, date_to, filters, group_by=qa.GroupBy(group_by), period=qa.Period(period)
        )
        return _parse_list(qa.ErrorRateRow, self._send("GET", "/v1/metrics/error-rates", params=params))

    def moderator_metrics(
        self, date_from: date, date_to: date, **filters: str | None
    ) -> list[qa.ModeratorMetrics]:
        params = _metric_query(date_from, date_to, filters)
        return _parse_list(qa.ModeratorMetrics, self._send("GET", "/v1/metrics/moderators", params=params))

    def trends(
        self, date_from: date, date_to: date, period: qa.Period | str = qa.Period.week, **filters: str | None
    ) -> list[qa.TrendPoint]:
        params = _metric_query(date_from, date_to, filters, period=qa.Period(period))
        return _parse_list(qa.TrendPoint, self._send("GET", "/v1/metrics/trends", params=params))

    def error_breakdown(
        self,
        date_from: date,
        date_to: date,
        by: qa.BreakdownBasis | str = qa.BreakdownBasis.decision_reason,
        **filters: str | None,
    ) -> list[qa.ErrorBreakdownRow]:
        """Errors by severity and by the moderator's reason, the auditor's correct reason or its category."""
        params = _metric_query(date_from, date_to, filters, by=qa.BreakdownBasis(by))
        return _parse_list(
            qa.ErrorBreakdownRow, self._send("GET", "/v1/metrics/error-breakdown", params=params)
        )

    def sla(self, date_from: date, date_to: date, **filters: str | None) -> list[qa.QueueSla]:
        params = _metric_query(date_from, date_to, filters)
        return _parse_list(qa.QueueSla, self._send("GET", "/v1/metrics/sla", params=params))

    def flag_agreement(self, date_from: date, date_to: date, **filters: str | None) -> list[qa.FlagAgreement]:
        params = _metric_query(date_from, date_to, filters)
        return _parse_list(qa.FlagAgreement, self._send("GET", "/v1/metrics/flag-agreement", params=params))

    def auditor_metrics(self, date_from: date, date_to: date, auditor: str | None = None) -> list[qa.AuditorMetrics]:
        """Each auditor's work and findings in the range (leads; an auditor: only themselves)."""
        params = _query(auditor=auditor, **{"from": date_from, "to": date_to})
        return _parse_list(qa.AuditorMetrics, self._send("GET", "/v1/metrics/auditors", params=params))

    def auditor_agreement(self, date_from: date, date_to: date) -> list[qa.AuditorPair]:
        """Reviewer against reviewer on the calibration items both answered in the range."""
        params = _query(**{"from": date_from, "to": date_to})
        return _parse_list(qa.AuditorPair, self._send("GET", "/v1/metrics/auditor-agreement", params=params))

    def drill_down(
        self,
        date_from: date,
        date_to: date,
        *,
        audited: bool | None = None,
        errors: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        **filters: str | None,
    ) -> qa.DrillDownPage:
        """The decisions behind a figure, one page at a time (``total`` counts them all)."""
        params = _metric_query(
            date_from, date_to, filters, audited=audited, errors=errors, limit=limit, offset=offset
        )
        return _parse(qa.DrillDownPage, self._send("GET", "/v1/metrics/decisions", params=params))

    # --- DSA: statements of reasons, appeals, notifiers, settings ------------------------------

    def statement_preview(self, item_id: int, request: dsa.StatementPreviewRequest) -> dsa.StatementEnvelope:
        """The statement of reasons a rejection of the item would produce now (nothing is stored)."""
        body = request.model_dump(mode="json")
        url = f"/v1/items/{int(item_id)}/statement-preview"
        return _parse(dsa.StatementEnvelope, self._send("POST", url, json=body))

    def statement_of_reasons(self, decision_id: int) -> dsa.StatementEnvelope:
        url = f"/v1/decisions/{int(decision_id)}/statement-of-reasons"
        return _parse(dsa.StatementEnvelope, self._send("GET", url))

    def item_appeal(self, item_id: int) -> dsa.AppealDetail:
        """The appeal waiting on an item of the Appeals queue, with the decision under appeal."""
        return _parse(dsa.AppealDetail, self._send("GET", f"/v1/items/{int(item_id)}/appeal"))

    def appeal_outcome(self, appeal_id: int, request: dsa.AppealOutcomeRequest) -> dsa.AppealOutcomeResult:
        """Uphold or reverse; retried safely (exactly once per idempotency key)."""
        body = request.model_dump(mode="json")
        url = f"/v1/appeals/{int(appeal_id)}/outcome"
        return _parse(dsa.AppealOutcomeResult, self._send("POST", url, json=body))

    def appeal_rates(
        self, date_from: date, date_to: date, group_by: qa.GroupBy | str, **filters: str | None
    ) -> list[dsa.AppealRateRow]:
        params = _metric_query(date_from, date_to, filters, group_by=qa.GroupBy(group_by))
        return _parse_list(dsa.AppealRateRow, self._send("GET", "/v1/metrics/appeals", params=params))

    def dsa_settings(self) -> dsa.DsaSettings:
        return _parse(dsa.DsaSettings, self._send("GET", "/v1/dsa/settings"))

    def put_dsa_settings(self, settings: dsa.DsaSettings) -> dsa.DsaSettings:
        body = settings.model_dump(mode="json")
        return _parse(dsa.DsaSettings, self._send("PUT", "/v1/dsa/settings", json=body))

    def notifiers(
        self, *, flagged: bool | None = None, limit: int | None = None, offset: int | None = None
    ) -> dsa.NotifierPage:
        params = _query(flagged=flagged, limit=limit, offset=offset)
        return _parse(dsa.NotifierPage, self._send("GET", "/v1/notifiers", params=params))

    def suspend_notifier(self, notifier_id: int, suspension: dsa.NotifierSuspension) -> None:
        """Suspend the processing of a notifier's notices for a time (after a warning; Art. 23)."""
        body = suspension.model_dump(mode="json")
        self._send("PUT", f"/v1/notifiers/{int(notifier_id)}/suspension", json=body)

    def lift_suspension(self, notifier_id: int) -> None:
        self._send("DELETE", f"/v1/notifiers/{int(notifier_id)}/suspension")

    # --- plumbing ------------------------------------------------------------------------

    # --- wellness: exposure reports and team settings --------------------------------------

    def report_exposure(self, report: wellness.ExposureReport) -> wellness.ExposureStatus:
        """Report exposure events (and that the moderator is at work). Retried: the server counts
        each event once by its ``event_id``, so a repeated report changes nothing."""
        body = report.model_dump(mode="json")
        return _parse(wellness.ExposureStatus, self._send("POST", "/v1/me/exposure", json=body))

    def my_exposure(self) -> wellness.ExposureStatus:
        return _parse(wellness.ExposureStatus, self._send("GET", "/v1/me/exposure"))

    def team_exposure(self, team_id: str | None = None) -> wellness.TeamExposure:
        """Leads: one row per person (figures only, never a photo)."""
        params = {"team": team_id} if team_id else None
        return _parse(wellness.TeamExposure, self._send("GET", "/v1/wellness/exposure", params=params))

    def teams(self) -> list[wellness.Team]:
        return _parse_list(wellness.Team, self._send("GET", "/v1/teams"))

    def save_team_wellness(self, team_id: str, settings: wellness.WellnessSettings) -> wellness.Team:
        """Replace a team's wellness settings (leads and admins)."""
        body = settings.model_dump(mode="json")
        return _parse(wellness.Team, self._send("PUT", f"/v1/teams/{quote(team_id, safe='')}/wellness", json=body))

    def _send(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        accept: str | None = None,
        retries: int | None = None,
        ok_statuses: set[int] | frozenset[int] = frozenset(),
    ) -> httpx.Response:
        retries = self.retries if retries is None else retries
        request_headers = dict(headers or {})
        if self.token:
            request_headers["Authorization"] = f"Bearer {self.token}"
        if accept:
            request_headers["Accept"] = accept
        attempt = 0
        while True:
            try:
                extra: dict[str, Any] = {} if self._request_timeout is None else {"timeout": self._request_timeout}
                response = _request(
                    self._http, method, url, json=json, params=params, headers=request_headers, **extra
                )
                return self._answered(_check, response, ok_statuses)
            except (Unreachable, ServerError) as exc:
                if attempt >= retries or (
                    isinstance(exc, ServerError) and exc.status not in _RETRYABLE_STATUS
                ):
                    raise
                delay = self.backoff.delay(attempt)
                log.info(
                    "%s %s failed (%s); retry %d in %.2fs",
                    method,
                    _log_path(url),
                    type(exc).__name__,
                    attempt + 1,
                    delay,
                )
                time.sleep(delay)
                attempt += 1


    def _answered(
        self,
        check: Callable[[httpx.Response, set[int] | frozenset[int]], httpx.Response],
        response: httpx.Response,
        ok_statuses: set[int] | frozenset[int],
    ) -> httpx.Response:
        """``check(response)``, telling ``on_answer`` when the answer came from the queue server."""
        try:
            checked = check(response, ok_statuses)
        except ForeignAnswer:
            raise
        except ApiError:
            self._notify_answer()
            raise
        self._notify_answer()
        return checked

    def _notify_answer(self) -> None:
        if self.on_answer is not None:
            self.on_answer()


def _request(http: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One HTTP exchange; every transport failure becomes Unreachable."""
    try:
        return http.request(method, url, **kwargs)
    except httpx.TimeoutException as exc:
        raise Unreachable("The server did not answer in time.") from exc
    except httpx.TransportError as exc:
        # ConnectError, ReadError, RemoteProtocolError (dropped connection), proxy errors...
        raise Unreachable("The server cannot be reached.") from exc


def _check(response: httpx.Response, ok_statuses: set[int] | frozenset[int]) -> httpx.Response:
    """Return a successful response, or raise the exception mapped from the server's problem document.

    An error without the queue server's problem document is ForeignAnswer: whatever sent it (a
    proxy, a captive portal), it is not the server's verdict on the request.
    """
    status = response.status_code
    if 200 <= status < 300 or status in ok_statuses:
        return response
    problem = _problem(response)
    if status == 429:
        raise Throttled(
            "Too many attempts; try again later.",
            retry_after=retry_after(response),
            code=problem.get("code") if problem else None,
            foreign=problem is None,
        )
    if status >= 500:
        # Transient whoever answered; ``foreign`` says when it was not the server itself.
        raise ServerError(
            f"The server failed (HTTP {status}); it will be retried.",
            status=status,
            code=problem.get("code") if problem else None,
            foreign=problem is None,
        )
    if problem is None:
        raise ForeignAnswer(status, response.headers.get("content-type", ""))
    detail = problem.get("detail") or problem.get("title") or response.reason_phrase or f"HTTP {status}"
    code = problem.get("code")
    if status == 401:
        raise Unauthorized("Your session has expired or is invalid; sign in again.", status=status, code=code)
    if status == 403:
        raise Forbidden(f"Not allowed: {detail}", status=status, code=code)
    if status == 404:
        raise NotFound(f"Not found: {detail}", status=status, code=code)
    if status == 409:
        raise Conflict(code, detail)
    if status == 422:
        errors = problem.get("errors") if isinstance(problem.get("errors"), list) else []
        raise ValidationFailed(f"The server refused the request: {detail}", errors, status=status, code=code)
    raise ApiError(f"Unexpected answer from the server (HTTP {status}): {detail}", status=status, code=code)


MAX_RETRY_AFTER_S = 3600.0  # a longer wait asked for is read as this one (a broken header)


def retry_after(response: httpx.Response) -> float | None:
    """The wait a ``Retry-After`` header asks for, in seconds (0..MAX_RETRY_AFTER_S), or None.

    The header is delay-seconds or an HTTP date; a date is measured against the answer's own
    ``Date`` header (the server's clock), so the client's clock does not matter.
    """
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        at = parsedate_to_datetime(value)
        sent = parsedate_to_datetime(response.headers.get("Date", ""))
    except (TypeError, ValueError, IndexError):
        return None
    if at.tzinfo is None or sent.tzinfo is None:
        return None
    return max(0.0, min((at - sent).total_seconds(), MAX_RETRY_AFTER_S))


def _problem(response: httpx.Response) -> dict[str, Any] | None:
    """The queue server's problem document (RFC 9457, with the response's own status), or None."""
    if not response.headers.get("content-type", "").startswith(PROBLEM_MEDIA_TYPE):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, dict) or body.get("status") != response.status_code:
        return None
    if not isinstance(body.get("title"), str) or not isinstance(body.get("detail"), str):
        return None
    return {k: v for k, v in body.items() if isinstance(v, (str, list, int))}


def normalize_base_url(url: str) -> str:
    """``http://host:port/prefix/`` with a trailing slash; only http and https are allowed."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"Not a server address: {url!r} (expected http://host:port or https://host)")
    return url if url.endswith("/") else url + "/"


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower()


def _seg(value: str) -> str:
    """A path segment, percent-encoded so an id can never change the route."""
    return quote(str(value), safe="")


def _log_path(url: str) -> str:
    """The path only: query strings could carry hashes or ids we do not want in logs."""
    return urlsplit(url).path


def _query(**values: Any) -> dict[str, Any]:
    """Query parameters without the ones left out (None); dates as YYYY-MM-DD, enums as values."""
    params: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, enum.Enum):
            value = value.value
        params[key] = value
    return params


def _metric_query(date_from: date, date_to: date, filters: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """The query of a metrics endpoint; an unknown filter name is a TypeError, not a silent no-op."""
    unknown = set(filters) - METRIC_FILTERS
    if unknown:
        raise TypeError(f"unknown metric filter(s): {', '.join(sorted(unknown))}")
    if not isinstance(date_from, date) or not isinstance(date_to, date):
        raise TypeError("date_from and date_to must be datetime.date values")
    return _query(**{"from": date_from, "to": date_to}, **extra, **filters)


def _parse_optional(model: type[M], response: httpx.Response) -> M | None:
    """None for 204 No Content (nothing to hand out), else the parsed model."""
    if response.status_code == 204:
        return None
    return _parse(model, response)


def _parse(model: type[M], response: httpx.Response) -> M:
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        raise MalformedResponse(
            f"The server sent an unexpected answer ({model.__name__}); {exc.error_count()} field error(s)."
        ) from exc


_adapters: dict[type, TypeAdapter[Any]] = {}


def _parse_list(model: type[M], response: httpx.Response) -> list[M]:
    adapter = _adapters.get(model)
    if adapter is None:
        adapter = _adapters[model] = TypeAdapter(list[model])  # type: ignore[valid-type]
    try:
        parsed: list[M] = adapter.validate_json(response.content)
        return parsed
    except ValidationError as exc:
        raise MalformedResponse(
            f"The server sent an unexpected answer (list of {model.__name__}); {exc.error_count()} field error(s)."
        ) from exc
