"""The app's side of the consolidation hub's HTTP interface (docs/hub.md), on the standard
library alone (http.client, one kept-alive connection per client).

Every answer is checked; an error the hub names (`{code, params}`) is raised here as the same
catalogue code, so it reads in this computer's language. A network that is gone, a hub that
restarts or a database that is down raise HubUnavailable, which `call` retries with back-off
before giving up (the caller keeps its queue: nothing is lost by failing).
"""

from __future__ import annotations

import contextlib
import gc
import json
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.client import HTTPConnection, HTTPException, HTTPSConnection, RemoteDisconnected
from operator import itemgetter
from typing import Any, NamedTuple
from urllib.parse import quote, urlsplit

from .. import catalogue
from ..errors import Cancelled, InvalidInput, NotFound, UserFacingError

TIMEOUT = 30.0
PAGE = 1000  # the hub serves at most 1,000 a page


class HubUnavailable(UserFacingError):
    """The hub cannot be reached or cannot serve now; trying again later may work."""


class HubRefused(UserFacingError):
    """The hub said no (a bad token, a role, a conflict): trying again will not help."""


@dataclass(frozen=True)
class Backoff:
    """Waits between attempts: first, first × factor, ... capped, with ±25 % jitter so that
    many devices coming back at once do not knock together."""

    attempts: int = 5
    first: float = 0.5
    factor: float = 2.0
    cap: float = 8.0

    def delays(self) -> Iterator[float]:
        delay = self.first
        for _ in range(self.attempts - 1):
            yield min(delay, self.cap) * random.uniform(0.75, 1.25)
            delay *= self.factor


NO_RETRY = Backoff(attempts=1)
PATIENT = Backoff()  # about 15 s of tries: a hub restarting, a network coming back
ENROLMENT = Backoff(attempts=2)


def check_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInput("hub.url_invalid", field="url", url=url)
    return url.strip().rstrip("/")


class Entry(NamedTuple):  # a tuple: a page of 1,000 is read in a few milliseconds
    """One line of the hub's index of a study's bundles."""

    cursor: int
    bundle_id: str
    sha256: str
    size: int
    device: str
    sequence: int
    encrypted: bool


ENTRY_FIELDS = ("cursor", "bundle_id", "sha256", "size", "device", "sequence", "encrypted")
_FIELDS = list(ENTRY_FIELDS)


@dataclass(frozen=True)
class Page:
    entries: list[Entry]
    next: int
    more: bool
    latest: int


class HubClient:
    def __init__(self, url: str, token: str | None = None, *, timeout: float = TIMEOUT,
                 backoff: Backoff = NO_RETRY,
                 should_cancel: Callable[[], bool] | None = None) -> None:
        self.url = check_url(url)
        self.token = token
        self.timeout = timeout
        self.backoff = backoff
        self.should_cancel = should_cancel
        self._prefix = urlsplit(self.url).path  # a hub served under a path of a proxy
        self._connection: HTTPConnection | None = None

    # -- the calls ---------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self._json("GET", "/v1/health")

    def enrol(self, code: str, device: str, study_id: str | None = None) -> dict[str, Any]:
        return self._json("POST", "/v1/enrol",
                          {"code": code, "device": device, "study_id": study_id})

    def me(self) -> dict[str, Any]:
        return self._json("GET", "/v1/me")

    def push(self, study: str, sha256: str, data: bytes) -> tuple[int, dict[str, Any]]:
        """(201, …) stored now; (200, …) these bytes were already there."""
        status, body = self._call("PUT", f"/v1/studies/{quote(study)}/bundles/{sha256}",
                                  data, "application/zip")
        return status, _decode(body, self.url, status)

    def index(self, study: str, after: int = 0, limit: int = PAGE) -> Page:
        status, body = self._call("GET", f"/v1/studies/{quote(study)}/bundles?after={after}"
                                  f"&limit={limit}")
        with _collector_paused():
            return self._page(_decode(body, self.url, status))

    def _page(self, page: Any) -> Page:
        try:
            if page["columns"] == _FIELDS:  # the hub's order: no reordering per row
                entries = list(map(Entry._make, page["bundles"]))
            else:
                where = [page["columns"].index(name) for name in ENTRY_FIELDS]
                pick = itemgetter(*where)
                entries = [Entry._make(pick(row)) for row in page["bundles"]]
            if any(not isinstance(e.cursor, int) or not isinstance(e.sha256, str)
                   for e in entries[:1]):
                raise ValueError("not an index")
            return Page(entries, int(page["next"]), bool(page["more"]), int(page["latest"]))
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            raise HubRefused("hub.answer_unreadable", url=self.url, status=200) from None

    def download(self, study: str, sha256: str) -> bytes:
        return self._call("GET", f"/v1/studies/{quote(study)}/bundles/{sha256}")[1]

    def invite(self, study: str, role: str, name: str, hours: float = 72) -> dict[str, Any]:
        return self._json("POST", f"/v1/studies/{quote(study)}/invites",
                          {"role": role, "name": name, "hours": hours})

    def members(self, study: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._json("GET", f"/v1/studies/{quote(study)}/members")
        return found

    def revoke(self, study: str, member_id: int) -> None:
        self._call("DELETE", f"/v1/studies/{quote(study)}/members/{member_id}")

    # -- plumbing ----------------------------------------------------------------------------

    def _json(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        status, body = self._call(method, path, data,
                                  None if data is None else "application/json")
        return _decode(body, self.url, status)

    def _call(self, method: str, path: str, data: bytes | None = None,
              content_type: str | None = None) -> tuple[int, bytes]:
        delays = self.backoff.delays()
        while True:
            try:
                return self._once(method, path, data, content_type)
            except HubUnavailable:
                delay = next(delays, None)
                if delay is None:
                    raise
                self._sleep(delay)

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.should_cancel is not None and self.should_cancel():
                raise Cancelled()
            time.sleep(min(0.1, max(0.0, end - time.monotonic())))

    def _once(self, method: str, path: str, data: bytes | None,
              content_type: str | None) -> tuple[int, bytes]:
        headers = {"Accept": "application/json", "Accept-Language": "fr",
                   "User-Agent": "MadeInLocal"}
        if content_type:
            headers["Content-Type"] = content_type
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        for fresh in (False, True):
            reused = self._connection is not None
            connection = self._connect()
            try:
                connection.request(method, self._prefix + path, body=data, headers=headers)
                response = connection.getresponse()
                body = response.read()
            except (HTTPException, OSError) as error:
                self.close()
                if reused and not fresh and isinstance(error, _STALE):
                    continue  # the hub closed a kept-alive connection meanwhile: a new one
                if type(error).__name__ == "SSLCertVerificationError":
                    # Not a network gone: retrying will not help, a person must look.
                    raise HubRefused("hub.certificate_refused", url=self.url,
                                     reason=str(getattr(error, "verify_message", error))) \
                        from None
                reason = getattr(error, "reason", None) or error.__class__.__name__
                raise HubUnavailable("hub.unreachable", url=self.url,
                                     reason=str(reason)) from None
            if response.getheader("connection", "").lower() == "close":
                self.close()
            if response.status >= 300:
                raise _http_error(self.url, response.status, body)
            return response.status, body
        raise AssertionError("unreachable")  # pragma: no cover

    def _connect(self) -> HTTPConnection:
        """One kept-alive connection per client: a sync's hundreds of calls share it."""
        if self._connection is None:
            parts = urlsplit(self.url)
            kind = HTTPSConnection if parts.scheme == "https" else HTTPConnection
            self._connection = kind(parts.hostname or "", parts.port, timeout=self.timeout)
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


_STALE = (RemoteDisconnected, BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """A page makes two thousand lists and tuples, none of them in a cycle: the cyclic
    collector, which their number sets off, would walk the whole heap for nothing (a quarter
    of a page's time in a large process). Left alone where it is already off (the app's
    window runs it itself, on the UI thread)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _decode(body: bytes, url: str, status: int) -> Any:
    try:
        return json.loads(body.decode("utf-8")) if body else {}
    except (UnicodeDecodeError, ValueError):
        raise HubRefused("hub.answer_unreadable", url=url, status=status) from None


def _http_error(url: str, status: int, body: bytes) -> UserFacingError:
    try:
        answer = json.loads(body.decode("utf-8"))
        code, params = str(answer["code"]), dict(answer.get("params") or {})
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        code, params = "", {}
    if status in (502, 503, 504) or code == "hub.database_unavailable":
        # A proxy whose hub is restarting, or a hub whose database is: worth retrying.
        return HubUnavailable(code or "hub.server_error", status=status, **params)
    if not code.startswith("hub.") or code not in catalogue.TEXTS:  # or from a newer hub
        if status >= 500:
            return HubUnavailable("hub.server_error", status=status)
        return HubRefused("hub.answer_unreadable", url=url, status=status)
    if status == 404:
        return NotFound(code, **params)
    return HubRefused(code, **params) if status in (401, 403, 409) else InvalidInput(code,
                                                                                     **params)


def status_of(error: BaseException) -> str:
    """'offline' for what may pass by itself, 'refused' for what needs a person."""
    return "offline" if isinstance(error, HubUnavailable) else "refused"
