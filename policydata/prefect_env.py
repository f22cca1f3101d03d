"""Prefect settings for running without a server: set before prefect is first imported.

Without a server Prefect starts a temporary one per process; on a fresh PREFECT_HOME that
takes ~30 s, beyond Prefect's default 20 s start-up timeout. Values already set in the
environment win, so a steward pointing PREFECT_API_URL at a real server keeps it.
"""

from __future__ import annotations

import os

from .paths import PROJECT_DIR, in_checkout

# In a checkout Prefect keeps its state beside the code (as `make` does); installed, in its own default (~/.prefect).
DEFAULTS = {
    **({"PREFECT_HOME": str(PROJECT_DIR / ".prefect")} if in_checkout() else {}),
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


def quiet_console() -> None:
    """The CLI prints its own progress and one line per problem: Prefect's console log only for the critical.

    Everything is still logged to the Prefect API (the UI shows every run, task and log line); set
    PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL=INFO to see Prefect's own lines on the terminal again.
    """
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")


def share_api_with_workers() -> str:
    """Make the Prefect API this process uses visible to worker processes, starting one if there is none.

    Tasks on Dask workers report to the Prefect API. With no server configured, each worker process
    would start a temporary server of its own (measured here: ~20 s each); starting the temporary
    server once, here, and exporting its URL lets every worker of a local cluster share it. Returns
    the API URL.
    """
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()
        server.start(timeout=int(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]))
        url = server.api_url
    os.environ["PREFECT_API_URL"] = url
    return url
