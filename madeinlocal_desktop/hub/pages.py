"""The hub's web pages: the results page (for members, or behind a public link), the form a
browser enrols with, a landing page. Server-rendered HTML with inline SVG charts: they work
without JavaScript and need nothing but this one response."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from .. import language
from ..analysis import chart_format
from ..analysis.chart_format import ownership_label
from ..errors import UserFacingError
from . import store
from .app import COOKIE, EVERYONE, request_language
from .page_texts import words
from .results import MIN_SHOPS, Consolidated, ResultsCache, chart_svg, finite, shown_groups

TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                        autoescape=select_autoescape(["html"]))


def _page(name: str, lang: str, status: int = 200, **values: Any) -> HTMLResponse:
    html = TEMPLATES.get_template(name).render(lang=lang, t=words(lang),
                                               other="en" if lang == "fr" else "fr", **values)
    return HTMLResponse(html, status_code=status)


def _message(lang: str, status: int, message: str, *, link: str | None = None) -> HTMLResponse:
    return _page("message.html", lang, status, message=message, error=status >= 400, link=link)


def add_pages(app: FastAPI, engine: Engine) -> None:
    cache = ResultsCache(engine, app.state.cache_dir)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def landing(request: Request) -> Response:
        lang = request_language(request)
        return _message(lang, 200, words(lang)["landing"], link=f"/enrol?lang={lang}")

    @app.get("/enrol", response_class=HTMLResponse, include_in_schema=False)
    def enrol_form(request: Request) -> Response:
        return _page("enrol.html", request_language(request), error=None)

    @app.post("/enrol", include_in_schema=False)
    async def enrol_browser(request: Request) -> Response:
        lang = request_language(request)
        body = (await request.body())[:4096].decode("utf-8", "replace")
        code = (parse_qs(body).get("code") or [""])[0]
        try:
            done = await run_in_threadpool(store.enrol, engine, code, device="browser")
        except UserFacingError as error:
            return _page("enrol.html", lang, 401, error=error.text(lang))
        response = RedirectResponse(f"/studies/{done.member.study_id}/results?lang={lang}",
                                    status_code=303)
        response.set_cookie(COOKIE, done.token, httponly=True, samesite="lax",
                            secure=request.url.scheme == "https", max_age=3600 * 24 * 365)
        return response

    @app.get("/studies/{study}/results", response_class=HTMLResponse, tags=["results"])
    def results(request: Request, study: str) -> Response:
        """The study's results page, for any of its members (bearer token or the cookie a
        browser got from /enrol)."""
        lang = request_language(request)
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else \
            request.cookies.get(COOKIE)
        try:
            member = store.authenticate(engine, token)
            store.authorise(member, study, EVERYONE)
        except UserFacingError as error:
            status = 401 if error.code in ("hub.token_missing", "hub.token_refused") else 403
            return _message(lang, status, error.text(lang), link=f"/enrol?lang={lang}")
        return _results(cache, store.require_study(engine, study), lang)

    @app.get("/public/{token}", response_class=HTMLResponse, tags=["results"])
    def public(request: Request, token: str) -> Response:
        """The results page behind the public link a coordinator turned on."""
        lang = request_language(request)
        found = store.study_of_public_link(engine, token) if len(token) < 100 else None
        if found is None:
            return _message(lang, 404, words(lang)["not_found"])
        return _results(cache, found, lang)


def _results(cache: ResultsCache, study: store.Study, lang: str) -> HTMLResponse:
    consolidated = cache.consolidated(study)
    return _page("results.html", lang, **results_view(consolidated, lang))


def _number(value: Any, decimals: int, lang: str) -> str:
    number = finite(value)
    return "–" if number is None else language.format_number(number, f".{decimals}f", lang)


def _percent(value: Any, lang: str) -> str:
    number = finite(value)
    return "–" if number is None else language.format_percent(number, 1, lang)


def results_view(c: Consolidated, lang: str) -> dict[str, Any]:
    """The values the results template shows: aggregates only, written the language's way."""
    t = words(lang)
    r = c.result
    view: dict[str, Any] = {"c": c, "r": r, "min_shops": MIN_SHOPS}
    if r is None:
        return view
    lm3 = r["lm3"]
    interval = lm3.get("bootstrap_ci95") or lm3.get("ci95")
    leak = sum(finite(e.get("share")) or 0.0 for e in r["leakage_by_category"].values())
    view.update(
        lm3=_number(lm3["ratio_of_totals"], 2, lang),
        lm3_help=t["lm3_help"].format(value=_number(lm3["ratio_of_totals"], 2, lang)),
        interval=t["interval"].format(low=_number(interval[0], 2, lang),
                                      high=_number(interval[1], 2, lang))
        if interval and None not in interval else None,
        recirculation=_percent(r["recirculation_share"], lang), leak=_percent(leak, lang),
        shops=language.format_number(int(r["n_businesses"]), "", lang))
    sections = []
    for kind in ("sector", "ownership"):
        groups, held_back = shown_groups(r[f"by_{kind}"])
        rows = [{"name": ownership_label(key, lang) if kind == "ownership" else key,
                 "n": int(g["n"]), "lm3": _number(g["lm3"]["ratio_of_totals"], 2, lang),
                 "recirculated": _percent(g["recirculation_share"], lang)}
                for key, g in sorted(groups.items(),
                                     key=lambda kv: -(finite(kv[1]["lm3"]["ratio_of_totals"])
                                                      or 0.0))]
        # A section's heading is its chart's title (drawn apart from the chart: chart_svg).
        sections.append({"title": chart_format.text(lang, f"by_{kind}"),
                         "svg": chart_svg(c, kind, lang), "rows": rows, "held_back": held_back})
    sections.append({"title": chart_format.text(lang, "leakage"),
                     "svg": chart_svg(c, "leakage", lang), "rows": [], "held_back": 0})
    view["sections"] = sections
    return view

