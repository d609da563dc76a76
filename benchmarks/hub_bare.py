"""The benchmark's baseline: the same routes as the hub doing the same inserts and the same
SELECT, without any check (no token, no role, no hash, no signature, no lock, no audit of
pulls). Served by uvicorn like the hub (`bench_hub.py` starts it); not part of the product."""

from __future__ import annotations

import hashlib
import json
import os

from fastapi import FastAPI, Request, Response
from sqlalchemy import insert

from madeinlocal_desktop.hub import credentials, database, store
from madeinlocal_desktop.hub.app import page_json
from madeinlocal_desktop.hub.models import audit, bundle_data, bundles


def create_app() -> FastAPI:
    engine = database.make_engine(os.environ["MADEINLOCAL_BARE_DB"])
    app = FastAPI()

    @app.put("/v1/studies/{study}/bundles/{sha256}", status_code=201)
    async def push(request: Request, study: str, sha256: str) -> Response:
        data = await request.body()

        def work() -> int:
            with engine.begin() as connection:
                cursor = connection.execute(insert(bundles).values(
                    study_id=study, bundle_id=hashlib.md5(data).hexdigest()[:36],
                    sha256=sha256, size=len(data), device="bare", sequence=0, encrypted=0,
                    member_id=0, received_at=credentials.now())).inserted_primary_key[0]
                connection.execute(insert(bundle_data).values(cursor=cursor, data=data))
                connection.execute(insert(audit).values(
                    at=credentials.now(), study_id=study, member_id=0, actor="bare",
                    action="push", detail="{}"))
                return int(cursor)

        from starlette.concurrency import run_in_threadpool

        cursor = await run_in_threadpool(work)
        return Response(json.dumps({"cursor": cursor}), status_code=201,
                        media_type="application/json")

    @app.get("/v1/studies/{study}/bundles")
    def pull(study: str, after: int = 0, limit: int = 500) -> Response:
        with engine.connect() as connection:
            rows = connection.execute(store.index_query(study, after, limit + 1)).all()
        more = len(rows) > limit
        rows = [tuple(row) for row in rows[:limit]]
        latest = rows[-1][0] if rows else after
        return Response(page_json(rows, after, more, latest), media_type="application/json")

    return app
