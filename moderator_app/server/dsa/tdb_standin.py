"""A local stand-in for the Transparency Database's submission API, for tests and trials.

It answers like the real database does (as documented): ``POST /api/v1/statements`` takes
``{"statements": [...]}`` (1 to 100) with a bearer token, validates every statement
(:mod:`.tdb_validation`) and creates all or none: 201 with the created statements, 422 with the
errors keyed ``statement_<index>``, 422 ``existing_puids`` when a puid was already used (in this
call or before), 401 for a wrong token. ``POST /api/v1/statement`` does the same for one, and
``GET /api/v1/statement/existing-puid/{puid}`` finds one by puid (302, or 404). Tests inject
faults with :meth:`StandIn.fail_next` (a 5xx or 429 before validation).

    python -m moderator_app.server.dsa.tdb_standin --port 8900 --token secret
"""

from __future__ import annotations

import argparse
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from moderator_app.core.dsa_vocabulary import MAX_STATEMENTS_PER_CALL
from moderator_app.server.dsa.tdb_validation import validate

_DUPLICATE = "The platform identifier(s) are not all unique within this call."


@dataclass
class StandIn:
    """The stand-in's state: what it stored, what it received, and the faults to inject."""

    token: str
    platform_name: str = "Stand-in platform"
    stored: dict[str, dict] = field(default_factory=dict)  # puid -> created statement
    calls: list[dict] = field(default_factory=list)  # {"path", "count", "authorization", "status"}
    _faults: list[tuple[int, dict]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, times: int, status: int = 503, headers: dict | None = None) -> None:
        """Answer the next ``times`` submissions with ``status`` before looking at them."""
        with self._lock:
            self._faults.extend([(status, headers or {})] * times)

    def _fault(self) -> tuple[int, dict] | None:
        with self._lock:
            return self._faults.pop(0) if self._faults else None

    def _create(self, statements: list[dict]) -> tuple[int, dict]:
        """Validate and store all (or none); returns (status, body)."""
        errors = {f"statement_{i}": e for i, s in enumerate(statements) if (e := validate(s))}
        if errors:
            return 422, {"message": "The given data was invalid.", "errors": errors}
        puids = [s["puid"] for s in statements]
        with self._lock:
            repeated = sorted({p for p in puids if puids.count(p) > 1 or p in self.stored})
            if repeated:
                return 422, {
                    "message": _DUPLICATE,
                    "errors": {"puid": [_DUPLICATE], "existing_puids": repeated},
                }
            created = []
            for statement in statements:
                stored = {
                    **statement,
                    "uuid": str(uuid.uuid4()),
                    "created_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"),
                    "platform_name": self.platform_name,
                }
                self.stored[statement["puid"]] = stored
                created.append(stored)
        return 201, {"statements": created}


def create_standin_app(standin: StandIn) -> FastAPI:
    app = FastAPI(title="Transparency Database stand-in")

    async def _guard(request: Request, path: str) -> tuple[dict | None, JSONResponse | None]:
        authorization = request.headers.get("authorization", "")
        call = {"path": path, "authorization": authorization, "count": 0, "status": 0}
        standin.calls.append(call)
        if authorization != f"Bearer {standin.token}":
            call["status"] = 401
            return call, JSONResponse({"message": "Unauthenticated."}, status_code=401)
        fault = standin._fault()
        if fault is not None:
            call["status"] = fault[0]
            return call, JSONResponse({"message": "Injected fault."}, status_code=fault[0], headers=fault[1])
        return call, None

    @app.post("/api/v1/statements")
    async def store_many(request: Request) -> JSONResponse:
        call, refused = await _guard(request, "statements")
        if refused is not None:
            return refused
        try:
            payload = await request.json()
        except ValueError:
            payload = None
        statements = payload.get("statements") if isinstance(payload, dict) else None
        if not isinstance(statements, list) or not 1 <= len(statements) <= MAX_STATEMENTS_PER_CALL:
            call["status"] = 422
            message = f"The statements field must be an array of 1 to {MAX_STATEMENTS_PER_CALL} items."
            return JSONResponse({"message": message, "errors": {"statements": [message]}}, status_code=422)
        call["count"] = len(statements)
        status, body = standin._create(statements)
        call["status"] = status
        return JSONResponse(body, status_code=status)

    @app.post("/api/v1/statement")
    async def store_one(request: Request) -> JSONResponse:
        call, refused = await _guard(request, "statement")
        if refused is not None:
            return refused
        try:
            statement = await request.json()
        except ValueError:
            statement = None
        call["count"] = 1
        status, body = standin._create([statement])
        if status == 201:
            body = body["statements"][0]
        elif "statement_0" in body.get("errors", {}):
            body = {"message": "The given data was invalid.", "errors": body["errors"]["statement_0"]}
        elif status == 422:
            body = {**body, "existing": standin.stored.get(statement["puid"])}
        call["status"] = status
        return JSONResponse(body, status_code=status)

    @app.get("/api/v1/statement/existing-puid/{puid}")
    async def existing(puid: str, request: Request) -> JSONResponse:
        _call, refused = await _guard(request, "existing-puid")
        if refused is not None:
            return refused
        found = standin.stored.get(puid)
        if found is None:
            return JSONResponse({"message": "statement of reason not found"}, status_code=404)
        return JSONResponse(found, status_code=302)

    return app


def main(argv: list[str] | None = None) -> int:
    import uvicorn

    parser = argparse.ArgumentParser(description="A local stand-in for the DSA Transparency Database API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8900)
    parser.add_argument("--token", required=True, help="the bearer token it accepts")
    args = parser.parse_args(argv)
    uvicorn.run(
        create_standin_app(StandIn(token=args.token)), host=args.host, port=args.port, log_level="info"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
