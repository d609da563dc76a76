"""A real hub for tests: `madeinlocal hub serve` as a uvicorn process on 127.0.0.1, over a
SQLite file or a fresh database on the PostgreSQL that .ci/run starts."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from madeinlocal_desktop.hub import admin, store
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import coordinator, join

POSTGRES = os.environ.get("MADEINLOCAL_TEST_POSTGRES")
# CI sets this: there, a PostgreSQL that did not start is a failure, not a skip.
REQUIRE_POSTGRES = os.environ.get("MADEINLOCAL_REQUIRE_POSTGRES") == "1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def new_database_url(backend: str, folder: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{folder / f'hub-{uuid.uuid4().hex[:8]}.db'}"
    if not POSTGRES:
        message = "MADEINLOCAL_TEST_POSTGRES is not set (bash .ci/start_postgres DIR)"
        if REQUIRE_POSTGRES:
            pytest.fail(message)
        pytest.skip(message)
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(POSTGRES)
    name = f"hub_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base.set(drivername="postgresql").render_as_string(
            hide_password=False), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return base.set(database=name).render_as_string(hide_password=False)


class HubProcess:
    def __init__(self, url: str, folder: Path, *, workers: int = 1) -> None:
        self.db = url
        self.folder = folder
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = folder / f"hub-{self.port}.log"

    def start(self) -> HubProcess:
        self.folder.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "madeinlocal_desktop.launcher", "hub", "serve",
                   "--db", self.db, "--port", str(self.port), "--workers", str(self.workers),
                   "--results-cache", str(self.folder / "results-cache")]
        with self.log.open("ab") as log:
            # A session of its own, so that kill -9 reaches the workers too.
            self.process = subprocess.Popen(
                command, stdout=log, stderr=log, start_new_session=True,
                env=dict(os.environ, MADEINLOCAL_HOME=str(self.folder / "hub-home")))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub stopped: {self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/v1/health", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        raise RuntimeError(f"the hub did not start: {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        """kill -9: no shutdown, no flushing; what a power cut does to the process."""
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()


@contextlib.contextmanager
def running_hub(url: str, folder: Path, *, workers: int = 1) -> Iterator[HubProcess]:
    hub = HubProcess(url, folder, workers=workers).start()
    try:
        yield hub
    finally:
        hub.stop()


class StudyOnHub:
    """One study registered on a hub, with helpers to enrol devices into it."""

    def __init__(self, hub: HubProcess, folder: Path, coord: Project) -> None:
        self.hub = hub
        self.folder = folder
        self.coord = coord
        self.kit = folder / "study.mlkit"
        coord.exchange.export_kit(self.kit)
        self.study, _ = admin.add_study(hub.db, self.kit, actor="test")
        self.id = self.study.id
        self.engine = admin.engine_for(hub.db)

    def code(self, role: str, name: str, hours: float = 1.0) -> str:
        return store.invite(self.engine, self.id, role=role, name=name, hours=hours, by=None,
                            actor="test")[0]

    def enrol(self, project: Project, role: str) -> Project:
        project.hub.enrol(self.hub.url, self.code(role, project.ctx.who))
        return project

    def device(self, device: str, who: str, role: str = "surveyor") -> Project:
        return self.enrol(join(self.coord, self.folder, device, who), role)

    def token(self, role: str, name: str = "Test") -> str:
        """A raw device token for calls made by hand."""
        answer = call(self.hub.url, "POST", "/v1/enrol",
                      {"code": self.code(role, name), "device": f"raw-{name}"})[1]
        return str(answer["token"])

    def count(self) -> int:
        from sqlalchemy import func, select

        from madeinlocal_desktop.hub.models import bundles

        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(bundles).where(
                bundles.c.study_id == self.id)).scalar_one())


def new_study(hub: HubProcess, folder: Path, name: str = "coord") -> StudyOnHub:
    folder.mkdir(parents=True, exist_ok=True)
    coord = coordinator(folder, device=f"dev-{name}", who="Coordination")
    return StudyOnHub(hub, folder, coord)


def call(base: str, method: str, path: str, payload: Any = None, *, token: str | None = None,
         data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    """A raw HTTP call: (status, JSON or bytes), whatever the status."""
    body = data if data is not None else (
        None if payload is None else json.dumps(payload).encode())
    request = urllib.request.Request(base + path, data=body, method=method)
    if payload is not None:
        request.add_header("Content-Type", "application/json")
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            status, raw, kind = answer.status, answer.read(), answer.headers.get_content_type()
    except urllib.error.HTTPError as error:
        status, raw, kind = error.code, error.read(), error.headers.get_content_type()
    return status, json.loads(raw) if kind == "application/json" and raw else raw
