"""The hub's HTTP interface (FastAPI): bundles, enrolment, members, audit, results pages.

    PUT  /v1/studies/{study}/bundles/{sha256}    201 stored, 200 already stored, 409 conflict
    GET  /v1/studies/{study}/bundles?after=&limit=   keyset pages of the study's bundles
    GET  /v1/studies/{study}/bundles/{sha256}    one bundle's bytes
    POST /v1/enrol                               an enrolment code for a device token

Errors are JSON `{code, params, message}`: the client renders the code in its own language.
The database work is synchronous SQLAlchemy, run in the threadpool; the bundle body is read
asynchronously, with its size capped before it is all in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..catalogue import render
from ..errors import InvalidInput, NotFound, UserFacingError
from . import api_models as api
from . import database, store
from .bundle_gate import Refused, check_bundle

DEFAULT_MAX_BUNDLE = 64 << 20
SHA256 = r"^[0-9a-f]{64}$"
STUDY = r"^[0-9A-Za-z-]{1,64}$"
WRITERS = ("coordinator", "surveyor")
COORDINATORS = ("coordinator",)
EVERYONE = ("coordinator", "surveyor", "viewer")
COOKIE = "madeinlocal_hub"

STATUS = {
    "hub.token_missing": 401, "hub.token_refused": 401, "hub.code_invalid": 401,
    "hub.other_study": 403, "hub.role_forbids": 403,
    "hub.bundle_conflict": 409, "hub.bundle_too_large": 413,
    "hub.database_unavailable": 503,
}

StudyId = Annotated[str, PathParam(pattern=STUDY, description="The study's id")]
Sha = Annotated[str, PathParam(pattern=SHA256, description="SHA-256 of the bundle's bytes")]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": api.ErrorBody} for code in (400, 401, 403, 404, 422, 503)}
_bearer = HTTPBearer(auto_error=False, description="The device token from POST /v1/enrol")


def request_language(request: Request) -> str:
    chosen = request.query_params.get("lang")
    if chosen in ("fr", "en"):
        return chosen
    header = request.headers.get("accept-language", "").lower()
    return "en" if header.startswith("en") else "fr"


def error_response(request: Request, status: int, code: str,
                   params: dict[str, Any] | None = None) -> JSONResponse:
    params = params or {}
    body = {"code": code, "params": _plain(params),
            "message": render(code, params, request_language(request))}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v if isinstance(v, str | int | float | bool | list | None) else str(v)
            for k, v in params.items()}


def create_app(url: str, *, cache_dir: Path | None = None,
               max_bundle: int = DEFAULT_MAX_BUNDLE) -> FastAPI:
    engine = database.open_database(url)
    app = FastAPI(title="Made in Local consolidation hub", version=__version__,
                  description="Surveyors' apps push and pull the study's signed bundles; "
                  "merging stays on the apps (docs/hub.md).")
    app.state.engine = engine
    app.state.max_bundle = max_bundle
    app.state.cache_dir = cache_dir or default_cache_dir(url)
    app.state.keys = {}
    _errors(app)
    _bundle_routes(app, engine, max_bundle)
    _member_routes(app, engine)
    from .pages import add_pages

    add_pages(app, engine)
    return app


def default_cache_dir(url: str) -> Path:
    """Beside a SQLite file; in the user's data folder for PostgreSQL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        database_path = Path(str(parsed.database))
        return database_path.with_name(database_path.stem + "-results")
    from .. import paths

    return paths.user_data_dir() / "hub-results"


def app_from_environment() -> FastAPI:
    """For uvicorn's workers (`hub serve --workers N`): the settings travel in the
    environment, since each worker process builds its own app."""
    cache = os.environ.get("MADEINLOCAL_HUB_CACHE")
    return create_app(os.environ["MADEINLOCAL_HUB_DB"],
                      cache_dir=Path(cache) if cache else None,
                      max_bundle=int(os.environ.get("MADEINLOCAL_HUB_MAX_BUNDLE")
                                     or DEFAULT_MAX_BUNDLE))


def _errors(app: FastAPI) -> None:
    @app.exception_handler(UserFacingError)
    async def user_error(request: Request, error: UserFacingError) -> JSONResponse:
        status = STATUS.get(error.code) or (
            404 if isinstance(error, NotFound) else 422 if isinstance(error, Refused) else 400)
        return error_response(request, status, error.code, error.params)

    # The database refusing connections (stopped, restarting) or every connection busy for
    # 30 s: 503, so clients keep their queue and retry. Other database errors are bugs and
    # stay 500s.
    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    @app.exception_handler(PoolTimeout)
    async def database_down(request: Request, error: Exception) -> JSONResponse:
        return error_response(request, 503, "hub.database_unavailable")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = error.errors()
        where = ".".join(str(p) for p in problems[0].get("loc", ())) if problems else ""
        return error_response(request, 422, "hub.request_invalid", {"where": where})


async def bearer_token(request: Request, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str | None:
    """The token only: checking it is database work, done with the rest of the request's
    (one trip to the threadpool per request, not two)."""
    return credentials.credentials if credentials else request.cookies.get(COOKIE)


Token = Annotated[str | None, Depends(bearer_token)]


def member_of(engine: Engine, token: str | None, study: str,
              roles: tuple[str, ...]) -> store.Member:
    member = store.authenticate(engine, token)
    store.authorise(member, study, roles)
    return member


def _bundle_routes(app: FastAPI, engine: Engine, max_bundle: int) -> None:
    def study_key(study_id: str) -> bytes:
        key = app.state.keys.get(study_id)
        if key is None:  # a study's key never changes (add-study refuses another one)
            key = store.require_study(engine, study_id).key
            app.state.keys[study_id] = key
        return key

    @app.get("/v1/health", response_model=api.Health, responses={503: {"model": api.Health}},
             tags=["hub"])
    def health() -> Response:
        try:
            database.ping(engine)
        except DBAPIError:
            return JSONResponse({"status": "database unavailable"}, status_code=503)
        return JSONResponse({"status": "ok"})

    @app.put("/v1/studies/{study}/bundles/{sha256}", status_code=201,
             response_model=api.PushResult,
             responses={200: {"model": api.PushResult}, 409: {"model": api.ErrorBody},
                        413: {"model": api.ErrorBody}, **ERRORS},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/zip": {"schema": {"type": "string", "format": "binary"}}}}},
             tags=["bundles"])
    async def push(request: Request, study: StudyId, sha256: Sha, token: Token) -> Response:
        """Store a signed bundle. The same bytes again: 200; another bundle under a known
        bundle id: 409. Checked first: the caller's role, the size, the SHA-256, the study
        id and the signature under the study key."""
        member = await run_in_threadpool(member_of, engine, token, study, WRITERS)
        data = await _body(request, max_bundle)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InvalidInput("hub.hash_mismatch")

        def work() -> tuple[int, dict[str, Any]]:
            checked = check_bundle(data, study_id=study, key=study_key(study), sha256=sha256)
            # A resend meets the unique constraints and is answered 200 (or 409 for other
            # bytes under a known id): no lookup first, which no race could trust anyway.
            stored, cursor = store.store_bundle(engine, member, checked, data)
            return (201 if stored else 200), {"cursor": cursor, "bundle_id": checked.bundle_id,
                                              "sha256": sha256, "stored": stored}

        status, body = await run_in_threadpool(work)
        return JSONResponse(body, status_code=status)

    @app.get("/v1/studies/{study}/bundles", response_model=api.BundlePage,
             responses=ERRORS, tags=["bundles"])
    def pull(study: StudyId, token: Token,
             after: Annotated[int, Query(ge=0, le=2**62, description="Last cursor seen")] = 0,
             limit: Annotated[int, Query(ge=1, le=store.PAGE_MAX)] = 500) -> Response:
        """The study's bundles after a cursor, oldest first: a stable order, fast at any
        depth (keyset pagination on an index)."""
        rows, last, more, latest = store.bundle_page(engine, token, study, WRITERS, after,
                                                     limit)
        # The rows come encoded by the database: only the page's frame is made here.
        return Response(f'{{"columns":{_COLUMNS},"bundles":{rows},"next":{last},'
                        f'"more":{"true" if more else "false"},"latest":{latest}}}',
                        media_type="application/json")

    @app.get("/v1/studies/{study}/bundles/{sha256}", tags=["bundles"],
             responses={200: {"content": {"application/zip": {}}}, **ERRORS})
    def download(study: StudyId, sha256: Sha, token: Token) -> Response:
        member_of(engine, token, study, WRITERS)
        return Response(store.bundle_bytes(engine, study, sha256),
                        media_type="application/zip")


_COLUMNS = json.dumps(store.INDEX_NAMES, separators=(",", ":"))


def page_json(rows: list[Any], after: int, more: bool, latest: int) -> str:
    """Rows as arrays under one list of column names (the format of the hub's pages, made
    here from rows in Python for the benchmark's bare endpoint)."""
    return json.dumps({"columns": store.INDEX_NAMES, "bundles": rows,
                       "next": rows[-1][0] if rows else after, "more": more,
                       "latest": latest}, separators=(",", ":"))


async def _body(request: Request, limit: int) -> bytes:
    """The body, or 413 once it has passed `limit`: what is past it is read and dropped (never
    kept), so that the client gets the answer instead of a connection reset mid-upload."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        elif chunks:
            chunks = []
    if size > limit:
        raise InvalidInput("hub.bundle_too_large", limit=limit)
    return b"".join(chunks)


def _member_routes(app: FastAPI, engine: Engine) -> None:
    @app.post("/v1/enrol", response_model=api.EnrolResponse, responses=ERRORS, tags=["members"])
    def enrol(body: api.EnrolRequest) -> Any:
        """Spend a single-use enrolment code for a device token."""
        done = store.enrol(engine, body.code, device=body.device, study_id=body.study_id)
        return {"token": done.token, "study_id": done.member.study_id,
                "study_name": done.study_name, "role": done.member.role,
                "name": done.member.name, "member_id": done.member.id}

    @app.get("/v1/me", response_model=api.Me, responses=ERRORS, tags=["members"])
    def me(token: Token) -> Any:
        member = store.authenticate(engine, token)
        study = store.require_study(engine, member.study_id)
        return {"study_id": member.study_id, "study_name": study.name, "role": member.role,
                "name": member.name, "member_id": member.id}

    @app.post("/v1/studies/{study}/invites", response_model=api.InviteResponse,
              status_code=201, responses=ERRORS, tags=["members"])
    def invite(study: StudyId, body: api.InviteRequest, token: Token) -> Any:
        member = member_of(engine, token, study, COORDINATORS)
        code, expires = store.invite(engine, study, role=body.role, name=body.name,
                                     hours=body.hours, by=member)
        return {"code": code, "role": body.role, "name": body.name.strip(),
                "expires_at": expires}

    @app.get("/v1/studies/{study}/members", response_model=list[api.MemberEntry],
             responses=ERRORS, tags=["members"])
    def members(study: StudyId, token: Token) -> Any:
        member_of(engine, token, study, COORDINATORS)
        return store.list_members(engine, study)

    @app.delete("/v1/studies/{study}/members/{member_id}", responses=ERRORS,
                tags=["members"], status_code=204)
    def revoke(study: StudyId, member_id: Annotated[int, PathParam(ge=1, le=2**62)],
               token: Token) -> Response:
        member = member_of(engine, token, study, COORDINATORS)
        store.revoke(engine, study, member_id, by=member)
        return Response(status_code=204)

    @app.get("/v1/studies/{study}/audit", response_model=list[api.AuditEntry],
             responses=ERRORS, tags=["members"])
    def audit(study: StudyId, token: Token,
              after: Annotated[int, Query(ge=0, le=2**62)] = 0,
              limit: Annotated[int, Query(ge=1, le=store.PAGE_MAX)] = 500) -> Any:
        member_of(engine, token, study, COORDINATORS)
        return [{k: row[k] for k in ("id", "at", "member_id", "actor", "action", "detail")}
                for row in store.audit_log(engine, study, after=after, limit=limit)]

    @app.put("/v1/studies/{study}/public-link", response_model=api.PublicLink,
             responses=ERRORS, tags=["results"])
    def public_on(study: StudyId, token: Token) -> Any:
        """Turn on a public link to the study's results page (a new one each time)."""
        member = member_of(engine, token, study, COORDINATORS)
        token = store.set_public_link(engine, study, True, member=member)
        return {"path": f"/public/{token}"}

    @app.delete("/v1/studies/{study}/public-link", response_model=api.PublicLink,
                responses=ERRORS, tags=["results"])
    def public_off(study: StudyId, token: Token) -> Any:
        member = member_of(engine, token, study, COORDINATORS)
        store.set_public_link(engine, study, False, member=member)
        return {"path": None}
