"""Print the API's OpenAPI document, as checked in at resources/api/openapi.json.

python -m moderator_app.server.openapi_dump > resources/api/openapi.json
"""

from __future__ import annotations

import json
import secrets
import sys

from moderator_app.server.app import create_app
from moderator_app.server.audit_key import AuditKey


def openapi_text() -> str:
    """The OpenAPI document as stable, reviewable JSON text (sorted keys, trailing newline)."""
    # An in-memory database with a throwaway audit key: nothing is kept.
    app = create_app("sqlite://", audit_key=AuditKey(secrets.token_bytes(32), "throwaway"))
    try:
        return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    finally:
        app.state.ctx.db.dispose()


if __name__ == "__main__":
    sys.stdout.write(openapi_text())
