"""onnxruntime sessions with explicit thread caps, created once per process and shared.

A desk PC has two cores and a UI to keep fluid, so every session is capped (intra-op threads,
one inter-op thread, sequential execution) and its idle threads do not spin: spinning makes
benchmarks look a little faster but burns the core the UI needs.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import onnxruntime as ort

log = logging.getLogger(__name__)

PROVIDERS = ["CPUExecutionProvider"]


@dataclass(frozen=True)
class ThreadCaps:
    """How many threads one inference may use. ``intra_op`` 2 and ``inter_op`` 1 by default."""

    intra_op: int = 2
    inter_op: int = 1
    allow_spinning: bool = False


def session_options(caps: ThreadCaps) -> ort.SessionOptions:
    """SessionOptions honouring ``caps``, with full graph optimisation and quiet logging."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, caps.intra_op)
    options.inter_op_num_threads = max(1, caps.inter_op)
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if caps.allow_spinning else "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "1" if caps.allow_spinning else "0")
    return options


_sessions: dict[tuple[str, ThreadCaps], ort.InferenceSession] = {}
_lock = threading.Lock()


def shared_session(model_path: Path, caps: ThreadCaps) -> ort.InferenceSession:
    """The process-wide session for ``model_path`` under ``caps``, loaded on first use.

    ``InferenceSession.run`` is thread-safe, so workers share one session per model.
    """
    key = (str(Path(model_path).resolve()), caps)
    with _lock:
        session = _sessions.get(key)
        if session is None:
            log.info("loading ONNX model %s (intra_op=%d)", Path(model_path).name, caps.intra_op)
            session = ort.InferenceSession(
                str(model_path), sess_options=session_options(caps), providers=PROVIDERS
            )
            _sessions[key] = session
        return session
