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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """One PostgreSQL serves every hub test, and one of them stops it for a while
    (test_hub_faults): with -n, they all run in one worker, one after another."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") == "postgresql":
            item.add_marker(pytest.mark.xdist_group("postgresql"))
