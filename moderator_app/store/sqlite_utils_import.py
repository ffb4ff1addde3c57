"""Import sqlite-utils without paying for pandas at start-up.

sqlite-utils imports pandas when it is installed, only to map its scalar types to column types,
which this store never uses. On this machine that costs about 2.5 s of cold start
(pandas is present in development environments through statsmodels). Hiding it for the one
import (``sys.modules[name] = None`` makes ``import name`` raise ImportError, which sqlite-utils
handles) removes that cost. If it is already loaded, nothing is hidden.
"""

from __future__ import annotations

import importlib
import sys
import threading
from types import ModuleType

# numpy stays visible: the image screening imports it anyway, and hiding a module other threads
# may import at the same moment would be a race.
_HIDDEN = ("pandas",)
_lock = threading.Lock()


def import_sqlite_utils() -> ModuleType:
    """Return the ``sqlite_utils`` module, importing it the fast way the first time."""
    with _lock:
        if "sqlite_utils" in sys.modules:
            return sys.modules["sqlite_utils"]
        hidden = [name for name in _HIDDEN if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]
        try:
            return importlib.import_module("sqlite_utils")
        finally:
            for name in hidden:
                if sys.modules.get(name, "") is None:
                    del sys.modules[name]
