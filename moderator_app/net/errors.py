"""Exceptions of the API client, one per thing the caller handles differently.

Each carries a message written for the moderator (the UI shows ``str(exc)``) and never
the token or listing text.
"""

from __future__ import annotations


class ApiError(Exception):
    """Base class of every error the API client raises.

    ``code`` is the machine-readable problem code of the queue server's own RFC 9457 problem
    document; an error raised without one (None) did not come with such a document.
    """

    status: int | None = None

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code


class Unreachable(ApiError):
    """The server could not be reached (connection refused, DNS, timeout, dropped connection)."""


class ForeignAnswer(Unreachable):
    """Something other than the queue server answered: an HTML or empty error page from a proxy,
    a captive portal or a load balancer. Not the server's verdict: the request is tried again.

    ``status`` is the HTTP status it answered with, ``content_type`` what it sent.
    """

    def __init__(self, status: int, content_type: str) -> None:
        kind = content_type.split(";")[0].strip() or "no body"
        super().__init__(
            f"Something other than the server (a proxy or gateway) answered HTTP {status} ({kind}); retrying.",
            status=status,
        )
        self.content_type = kind


class Unauthorized(ApiError):
    """401: no token, an expired token, or a revoked one."""


class AuthFailed(Unauthorized):
    """Sign-in refused: wrong username or password."""


class Forbidden(ApiError):
    """403: the role or the ownership does not allow this."""


class NotFound(ApiError):
    """404."""


class Conflict(ApiError):
    """409, with the machine-readable ``code`` (lease_expired, lease_foreign, item_decided)."""

    def __init__(self, code: str | None, detail: str, *, status: int = 409):
        super().__init__(detail, status=status, code=code)
        self.detail = detail


class ValidationFailed(ApiError):
    """422: the request was refused as invalid; ``errors`` lists the fields."""

    def __init__(
        self,
        message: str,
        errors: list[dict[str, str]] | None = None,
        *,
        status: int = 422,
        code: str | None = None,
    ):
        super().__init__(message, status=status, code=code)
        self.errors = errors or []


class ServerError(ApiError):
    """5xx (or 429): the server failed; the call may be retried later. ``foreign``: the answer was
    not the server's own problem document (a proxy or gateway's error page)."""

    def __init__(
        self, message: str, *, status: int | None = None, code: str | None = None, foreign: bool = False
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.foreign = foreign


class MalformedResponse(ApiError):
    """The server answered something that is not the JSON the contract promises."""


class ForeignUrl(ApiError):
    """A media URL points outside the configured server; the client never fetches it."""
