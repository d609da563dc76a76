"""The hub's tests run on SQLite and on PostgreSQL, each against one hub process shared by all
the tests of that backend (every test registers its own study, so they stay apart)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.hub.hub_support import HubProcess, new_database_url, running_hub

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def hub(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    folder = tmp_path_factory.mktemp(f"hub-{backend}")
    url = new_database_url(backend, folder)
    from madeinlocal_desktop.hub import database

    database.open_database(url, create=True).dispose()
    # Two processes on PostgreSQL: idempotency and ordering are then tested across processes.
    with running_hub(url, folder, workers=2 if backend == "postgresql" else 1) as process:
        yield process


def _uses_postgres(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    return (callspec is not None and callspec.params.get("backend") == "postgresql") or \
        item.get_closest_marker("postgres") is not None


@pytest.fixture(autouse=True)
def _one_postgres_for_all(request: pytest.FixtureRequest) -> Iterator[None]:
    """One PostgreSQL serves every hub test, and one of them stops it for a while
    (test_hub_faults, marked `stops_postgres`). A lock file shared by the xdist workers keeps
    it apart: the tests that use the server hold it shared, the one that stops it alone. (An
    xdist group did not: its tests were still spread over both workers, and one failed with
    "the database system is shutting down".)"""
    if not _uses_postgres(request.node):
        yield
        return
    import fcntl
    import tempfile
    from pathlib import Path

    lock = Path(tempfile.gettempdir()) / "madeinlocal-tests-postgres.lock"
    with lock.open("a") as handle:
        alone = request.node.get_closest_marker("stops_postgres") is not None
        fcntl.flock(handle, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
