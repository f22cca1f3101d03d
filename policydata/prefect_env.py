"""Prefect settings for running without a server: set before prefect is first imported.

Without a server Prefect starts a temporary one per process; on a fresh PREFECT_HOME that
takes ~30 s, beyond Prefect's default 20 s start-up timeout. Values already set in the
environment win, so a steward pointing PREFECT_API_URL at a real server keeps it.
"""

from __future__ import annotations

import os

from .paths import PROJECT_DIR

DEFAULTS = {
    "PREFECT_HOME": str(PROJECT_DIR / ".prefect"),
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
