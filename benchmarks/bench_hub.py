"""Consolidation hub benchmark (a script that prints, not a test).

    uv run python benchmarks/bench_hub.py [--clients 50] [--bundles 1000] [--index 100000]
                                          [--backends sqlite,postgresql] [--postgres URL]

1. CLIENTS concurrent clients push BUNDLES real signed bundles in all (each its share), then
   each pulls the study's whole index: against the hub (`madeinlocal hub serve`: SQLite in one
   process, PostgreSQL in four) and, in the same run, against a bare endpoint doing the same
   inserts and the same SELECT without any check (benchmarks/hub_bare.py), same database, same
   number of processes, same client code. Throughput (bundles pushed per second, requests per
   second) and p50/p99 latency of pushes and pulls. Goal: ≥ 0.5× the bare throughput, p99 ≤
   250 ms.
2. A pull of INDEX bundles' index pages (1,000 a page) through the hub with the app's client
   (sync/hub_client.py), against the same keyset SELECT run directly on the database.
   Goal: ≤ 2×.

PostgreSQL: --postgres URL or MADEINLOCAL_TEST_POSTGRES (bash .ci/start_postgres DIR); each run
gets fresh databases, dropped at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import insert
from sqlalchemy.engine import make_url

from madeinlocal_desktop.crypto import new_study_key
from madeinlocal_desktop.domain import DEFAULT_CATEGORIES
from madeinlocal_desktop.hub import credentials, database, store
from madeinlocal_desktop.hub.models import bundle_data, bundles
from madeinlocal_desktop.sync import bundles as bundle_files
from madeinlocal_desktop.sync.hub_client import HubClient

HERE = Path(__file__).resolve().parent
PAGE = 1000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def new_database(backend: str, folder: Path, postgres: str | None, made: list[str]) -> str:
    if backend == "sqlite":
        return f"sqlite:///{folder / f'{uuid.uuid4().hex[:8]}.db'}"
    import psycopg

    if not postgres:
        sys.exit("PostgreSQL: give --postgres URL or set MADEINLOCAL_TEST_POSTGRES")
    base = make_url(postgres)
    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base.set(drivername="postgresql").render_as_string(False),
                         autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    made.append(name)
    return base.set(database=name).render_as_string(False)


def drop_databases(postgres: str | None, names: list[str]) -> None:
    if not postgres or not names:
        return
    import psycopg

    base = make_url(postgres).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(base, autocommit=True) as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def server(command: list[str], port: int, env: dict[str, str], log: Path) -> Iterator[str]:
    url = f"http://127.0.0.1:{port}"
    with log.open("ab") as out:
        process = subprocess.Popen(command, stdout=out, stderr=out, env=env,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(log.read_text()[-2000:])
            try:
                urllib.request.urlopen(url + "/openapi.json", timeout=2).read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        try:
            yield url
        except BaseException:
            # The server's own account of a failed request (a 500's traceback) is in its log.
            print(f"--- {log.name}, last lines ---\n{log.read_text(errors='replace')[-4000:]}",
                  file=sys.stderr)
            raise
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


def hub_server(url: str, workers: int, folder: Path) -> contextlib.AbstractContextManager[str]:
    port = free_port()
    command = [sys.executable, "-m", "madeinlocal_desktop.launcher", "hub", "serve", "--db", url,
               "--port", str(port), "--workers", str(workers),
               "--results-cache", str(folder / "cache")]
    env = dict(os.environ, MADEINLOCAL_HOME=str(folder / "home"))
    return server(command, port, env, folder / "hub.log")


def bare_server(url: str, workers: int, folder: Path) -> contextlib.AbstractContextManager[str]:
    port = free_port()
    database.open_database(url, create=True).dispose()
    command = [sys.executable, "-m", "uvicorn", "hub_bare:create_app", "--factory",
               "--app-dir", str(HERE), "--port", str(port), "--workers", str(workers),
               "--log-level", "warning", "--no-access-log"]
    env = dict(os.environ, MADEINLOCAL_BARE_DB=url)
    return server(command, port, env, folder / "bare.log")


class Connection:
    """One kept-alive HTTP connection per client, as the app's HubClient keeps one: a new TCP
    connection and urllib's machinery for every request would bill the clients' own CPU (they
    share the two cores with the servers) to the hub's latency."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.http = HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)

    def call(self, method: str, path: str, data: bytes | None = None,
             token: str | None = None) -> bytes:
        """The same plain request for the hub and the bare endpoint."""
        headers = {"Content-Type": "application/zip"} if data is not None else {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http.request(method, path, body=data, headers=headers)
        answer = self.http.getresponse()
        body = answer.read()
        if answer.status >= 300:
            raise RuntimeError(f"{method} {path}: HTTP {answer.status} {body[:200]!r}")
        return body

    def close(self) -> None:
        self.http.close()


def make_study(url: str) -> tuple[str, bytes]:
    """A study registered on a new database: its id and key."""
    study_id, key = str(uuid.uuid4()), new_study_key()
    engine = database.open_database(url, create=True)
    store.add_study(engine, study_id=study_id, name="Bench", key=key, kit="{}", actor="bench")
    engine.dispose()
    return study_id, key


def signed_bundles(folder: Path, study_id: str, key: bytes, count: int) -> list[tuple[str, bytes]]:
    folder.mkdir(parents=True, exist_ok=True)
    categories = [{"code": c.code, "label_fr": c.label_fr, "label_en": c.label_en,
                   "recipient": str(c.recipient), "r2_rule": str(c.r2_rule)}
                  for c in DEFAULT_CATEGORIES]
    made = []
    for n in range(count):
        info = bundle_files.write_bundle(
            folder, study_id=study_id, study_name="Bench", device=f"dev-{n % 50}",
            sequence=n // 50 + 1, who=None, created_at="2026-03-02T10:00:00Z",
            app_version="bench", schema="0001", tables={}, categories=categories, key=key)
        made.append((info.sha256, info.path.read_bytes()))
    return made


def load(base: str, study_id: str, items: list[tuple[str, bytes]], clients: int,
         tokens: list[str | None]) -> dict[str, float]:
    """CLIENTS threads: each pushes its share, then pulls the whole index."""
    pushes: list[float] = []
    pulls: list[float] = []
    errors: list[BaseException] = []
    start_line = threading.Barrier(clients + 1)

    def client(number: int) -> None:
        token = tokens[number % len(tokens)]
        mine = items[number::clients]
        connection = Connection(base)
        start_line.wait()
        try:
            for sha, data in mine:
                began = time.perf_counter()
                connection.call("PUT", f"/v1/studies/{study_id}/bundles/{sha}", data, token)
                pushes.append(time.perf_counter() - began)
            after = 0
            while True:
                began = time.perf_counter()
                page = json.loads(connection.call("GET", f"/v1/studies/{study_id}/bundles?"
                                       f"after={after}&limit={PAGE}", token=token))
                pulls.append(time.perf_counter() - began)
                after = page["next"]
                if not page["more"]:
                    break
        except BaseException as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    start_line.wait()
    began, cpu_began = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    client_cores = (time.process_time() - cpu_began) / wall
    if errors:
        raise errors[0]
    every = pushes + pulls
    return {"wall": wall, "bundles_per_s": len(pushes) / wall,
            "requests_per_s": len(every) / wall,
            "push_p50": quantile(pushes, 0.5), "push_p99": quantile(pushes, 0.99),
            "pull_p50": quantile(pulls, 0.5), "pull_p99": quantile(pulls, 0.99),
            "all_p99": quantile(every, 0.99), "requests": len(every),
            "client_cores": client_cores}


def load_average() -> str:
    """The machine's load: the figures next to it are only as quiet as it."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def concurrent_run(backend: str, args: argparse.Namespace, folder: Path,
                   made: list[str]) -> None:
    workers = 1 if backend == "sqlite" else 4
    folder.mkdir(parents=True)
    print(f"\n== {backend}: {args.clients} clients, {args.bundles} bundles, {workers} "
          f"process(es) ==")
    hub_url = new_database(backend, folder, args.postgres, made)
    study_id, key = make_study(hub_url)
    items = signed_bundles(folder / f"bundles-{backend}", study_id, key, args.bundles)
    engine = database.open_database(hub_url)
    tokens: list[str | None] = []
    for n in range(args.clients):
        code, _ = store.invite(engine, study_id, role="surveyor", name=f"Client {n}",
                               hours=1, by=None, actor="bench")
        tokens.append(store.enrol(engine, code, device=f"dev-{n}").token)
    engine.dispose()
    print(f"before the hub run: {load_average()}")
    with hub_server(hub_url, workers, folder) as base:
        hub = load(base, study_id, items, args.clients, tokens)
    print(f"after the hub run:  {load_average()}")
    bare_url = new_database(backend, folder, args.postgres, made)
    bare_study, _ = make_study(bare_url)
    with bare_server(bare_url, workers, folder) as base:
        bare = load(base, bare_study, items, args.clients, [None])
    print(f"after the bare run: {load_average()}")
    print(f"{'':24}{'hub':>10}{'bare':>10}{'ratio':>8}")
    for key_, label in (("bundles_per_s", "bundles pushed / s"),
                        ("requests_per_s", "requests / s")):
        print(f"{label:24}{hub[key_]:10.0f}{bare[key_]:10.0f}{hub[key_] / bare[key_]:8.2f}")
    for key_, label in (("push_p50", "push p50 (ms)"), ("push_p99", "push p99 (ms)"),
                        ("pull_p50", "pull page p50 (ms)"), ("pull_p99", "pull page p99 (ms)"),
                        ("all_p99", "all requests p99 (ms)")):
        print(f"{label:24}{hub[key_]:10.1f}{bare[key_]:10.1f}{hub[key_] / bare[key_]:8.2f}")
    print(f"{'clients own CPU (cores)':24}{hub['client_cores']:10.2f}{bare['client_cores']:10.2f}")
    ratio = hub["bundles_per_s"] / bare["bundles_per_s"]
    print(f"goal: throughput ≥ 0.5× bare: {'met' if ratio >= 0.5 else 'NOT met'} "
          f"({ratio:.2f}×); p99 ≤ 250 ms: {'met' if hub['all_p99'] <= 250 else 'NOT met'} "
          f"({hub['all_p99']:.0f} ms)")


def index_run(backend: str, args: argparse.Namespace, folder: Path, made: list[str]) -> None:
    workers = 1 if backend == "sqlite" else 4
    folder.mkdir(parents=True)
    print(f"\n== {backend}: pull of {args.index:,} bundles' index, {PAGE} a page ==")
    url = new_database(backend, folder, args.postgres, made)
    study_id, _ = make_study(url)
    engine = database.open_database(url)
    code, _ = store.invite(engine, study_id, role="surveyor", name="Reader", hours=1, by=None,
                           actor="bench")
    token = store.enrol(engine, code, device="reader").token
    now = credentials.now()
    began = time.perf_counter()
    with engine.begin() as connection:
        for start in range(0, args.index, 5000):
            rows = range(start, min(start + 5000, args.index))
            cursors = connection.execute(insert(bundles).returning(bundles.c.cursor), [
                {"study_id": study_id, "bundle_id": str(uuid.UUID(int=n + 1)),
                 "sha256": f"{n:064x}", "size": 1500, "device": f"dev-{n % 50}",
                 "sequence": n // 50 + 1, "encrypted": 0, "member_id": 1, "received_at": now}
                for n in rows]).scalars().all()
            connection.execute(insert(bundle_data), [{"cursor": c, "data": b"x"}
                                                     for c in cursors])
    print(f"(filled in {time.perf_counter() - began:.1f} s)")

    def direct() -> tuple[float, int]:
        began, after, count = time.perf_counter(), 0, 0
        with engine.connect() as connection:
            while True:
                rows = connection.execute(store.index_query(study_id, after, PAGE)).all()
                if not rows:
                    break
                count += len(rows)
                after = rows[-1][0]
        return time.perf_counter() - began, count

    with hub_server(url, workers, folder) as base:
        client = HubClient(base, token)

        def through_hub() -> tuple[float, int]:
            began, after, count = time.perf_counter(), 0, 0
            while True:
                page = client.index(study_id, after, limit=PAGE)
                count += len(page.entries)
                after = page.next
                if not page.more:
                    break
            return time.perf_counter() - began, count

        through_hub()  # warm both up once: the first pass pays for caches and imports
        direct()
        hub_times, direct_times = [], []
        for _ in range(args.repeat):
            hub_time, hub_count = through_hub()
            direct_time, direct_count = direct()
            assert hub_count == direct_count == args.index
            hub_times.append(hub_time)
            direct_times.append(direct_time)
    engine.dispose()
    hub_best, direct_best = min(hub_times), min(direct_times)
    ratio = hub_best / direct_best
    print(f"through the hub (app's client): {hub_best:.2f} s "
          f"({hub_best / (args.index / PAGE) * 1000:.1f} ms a page)")
    print(f"same SELECT run directly:       {direct_best:.2f} s")
    print(f"ratio {ratio:.2f}× — goal ≤ 2×: {'met' if ratio <= 2 else 'NOT met'} "
          f"(best of {args.repeat}; {load_average()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--index", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--postgres", default=os.environ.get("MADEINLOCAL_TEST_POSTGRES"))
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--skip-index", action="store_true")
    args = parser.parse_args()
    made: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-hub-") as scratch:
        folder = Path(scratch)
        try:
            for backend in args.backends.split(","):
                if not args.skip_load:
                    concurrent_run(backend, args, folder / f"load-{backend}", made)
                if not args.skip_index:
                    index_run(backend, args, folder / f"index-{backend}", made)
        finally:
            drop_databases(args.postgres, made)
    print(f"\n({os.cpu_count()} cores, shared by the clients, the servers and the database)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
