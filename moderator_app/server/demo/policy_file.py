"""Read the shipped default policy (banned terms) for the demo server.

The file belongs to the text-screening engine (``resources/policy/default_policy.json``, format
``{"version": ..., "terms": [{"term", "category", "languages"?, "severity"?}]}``); the demo only
passes it through so the server publishes the same policy the workstation screens with.
"""

from __future__ import annotations

import json
import logging

from moderator_app.assets import resource_path

log = logging.getLogger(__name__)


class PolicyFileError(RuntimeError):
    """The default policy file is missing or malformed."""


def load_default_policy() -> tuple[str, tuple[dict, ...]]:
    """Return (version, terms) from the shipped policy file; raise PolicyFileError if it is absent
    or not in the policy format."""
    try:
        path = resource_path("policy", "default_policy.json")
    except FileNotFoundError as exc:
        raise PolicyFileError(f"default policy not found: {exc}") from exc
    if not path.is_file():
        raise PolicyFileError(f"default policy not found at {path}")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PolicyFileError(f"default policy at {path} is unreadable: {exc}") from exc
    if (
        not isinstance(document, dict)
        or not isinstance(document.get("terms"), list)
        or "version" not in document
    ):
        raise PolicyFileError(f"default policy at {path} lacks 'version' or a 'terms' list")
    terms = []
    for index, term in enumerate(document["terms"]):
        if (
            not isinstance(term, dict)
            or not isinstance(term.get("term"), str)
            or not isinstance(term.get("category"), str)
        ):
            raise PolicyFileError(
                f"default policy at {path}: term #{index} needs string 'term' and 'category'"
            )
        terms.append(dict(term))
    return str(document["version"]), tuple(terms)
