"""Plain-text and CSV renderings of the territory: frame, design, draw and estimates.

The text is in the user's language, numbers written its way (`1 234`, `15,3 %`); the CSV is
machine CSV (dot decimals), like the JSON output.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from .. import language
from ..catalogue import text
from .formatting import euros as _euros
from .formatting import interval as _interval
from .formatting import number as _num
from .formatting import share as _pct

# Codes spelled out so the catalogue's check sees every one used.
_LEFT_OUT = {"closed": "cli.t.left.closed", "elsewhere": "cli.t.left.elsewhere",
             "unknown_naf": "cli.t.left.unknown_naf", "duplicate": "cli.t.left.duplicate"}
_ALLOCATIONS = {"proportional": "cli.t.allocation.proportional",
                "neyman": "cli.t.allocation.neyman", "fixed": "cli.t.allocation.fixed"}
_PRIORS = {"demo": "cli.t.prior.demo", "demo_all": "cli.t.prior.demo_all",
           "given": "cli.t.prior.given"}
_TOTALS = {"r1": "cli.t.total.r1", "r2": "cli.t.total.r2", "r3": "cli.t.total.r3",
           "local": "cli.t.total.local"}


def _count(value: float | None) -> str:
    return _num(value, 0)


def _word(known: dict[str, str], code: str) -> str:
    return text(known[code]) if code in known else code


def _euro_interval(pair: list[float | None] | None) -> str:
    if not pair or pair[0] is None or pair[1] is None:
        return "—"
    separator = " ; " if language.current() == "fr" else ", "
    return f"[{_euros(pair[0])}{separator}{_euros(pair[1])}]"


def _list(items: list[str]) -> str:
    return text("cli.list_separator").join(items)


def import_report(found: Mapping[str, Any]) -> str:
    lines = [text("cli.t.imported", version=found["version"], kept=_count(found["kept"]),
                  rows=_count(found["rows"]), file=found.get("file") or text("cli.t.the_file"))]
    left = {k: v for k, v in (found.get("left_out") or {}).items() if v}
    if left:
        lines.append(text("cli.t.left_out", items=_list(
            [f"{_count(v)} {_word(_LEFT_OUT, k)}" for k, v in left.items()])))
    missing = found.get("missing") or []
    if missing:
        lines.append(text("cli.t.missing_columns", columns=", ".join(missing)))
    changes = found.get("changes")
    if changes:
        fields = ", ".join(f"{k} {v}" for k, v in changes["by_field"].items() if v) or text(
            "cli.t.none")
        lines.append(text("cli.t.changes", added=changes["added"], gone=changes["gone"],
                          changed=changes["changed"], fields=fields,
                          unchanged=changes["unchanged"]))
    if found.get("employment_updated"):
        lines.append(text("cli.t.employment_followed"))
    return "\n".join(lines)


def profile_table(profile: Mapping[str, Any]) -> str:
    ess, head = profile["ess"], profile["head_office_in_territory"]
    basis = profile["jobs_basis"]
    sector, estab, jobs, ess_col = (text(code) for code in (
        "cli.t.col.sector", "cli.t.col.establishments", "cli.t.col.jobs", "cli.t.col.ess"))
    lines = [
        text("cli.t.profile", version=profile["version"],
             source=profile.get("source_name") or "—",
             date=(profile.get("imported_at") or "")[:10],
             count=_count(profile["establishments"])),
        text("cli.t.jobs", jobs=_count(profile["jobs"]),
             bands=_count(basis["size_band_midpoint"]), staff=_count(basis["interview_staff"])),
        text("cli.t.ess", establishments=_pct(ess["establishments"]), jobs=_pct(ess["jobs"]),
             known=_count(ess["known"])),
        text("cli.t.head_office", share=_pct(head["share"]), known=_count(head["known"])),
        text("cli.t.size_bands", items=", ".join(
            f"{k} ({_count(v)})" for k, v in profile["by_size_band"].items())),
        "", f"  {sector:<52} {estab:>7} {jobs:>8} {ess_col:>6}",
    ]
    for row in profile["by_sector"]:
        label = f"{row['code']} {row['label']}"[:52]
        lines.append(f"  {label:<52} {_count(row['establishments']):>7} "
                     f"{_count(row['jobs']):>8} {_count(row['ess_establishments']):>6}")
    return "\n".join(lines)


def plan_table(plan: Mapping[str, Any]) -> str:
    design = plan["design"]
    stratum, prior = text("cli.t.col.stratum"), text("cli.t.col.prior")
    lines = [
        text("cli.t.plan", strata=", ".join(design["strata"]),
             scope=", ".join(design["scope"]) or text("cli.t.every_activity"),
             allocation=_word(_ALLOCATIONS, design["allocation"])),
        text("cli.t.plan_frame", count=_count(plan["frame_establishments"]),
             in_scope=_count(plan["in_scope"])),
        text("cli.t.plan_sample", n=_count(plan["n"]),
             half_width=_num(plan.get("expected_half_width"))),
        "", f"  {stratum:<24} {'N':>6} {'n':>5} {'CV':>6}  {prior}",
    ]
    for s in plan["strata"]:
        lines.append(f"  {s['key']:<24} {_count(s['N']):>6} {_count(s['n']):>5} "
                     f"{_num(s['cv'], 2):>6}  {_word(_PRIORS, s['cv_source'])}")
    return "\n".join(lines)


def draw_table(drawn: Mapping[str, Any]) -> str:
    lines = [text("cli.t.drawn", seed=drawn["seed"], version=drawn["frame_version"],
                  units=_count(drawn["units"]), reserve=drawn["reserve"]), ""]
    for stratum, counts in sorted(drawn["counts"].items()):
        row = text("cli.t.drawn_row", sample=f"{counts.get('sample', 0):>4}",
                   reserve=f"{counts.get('reserve', 0):>3}")
        lines.append(f"  {stratum:<24} {row}")
    return "\n".join(lines)


def territory_table(t: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> str:
    frame, cov = t["frame"], t["coverage"]
    labels = labels or {}
    ci = text("cli.t.ci95")
    lines = [
        "", "", text("cli.t.title")
        + ("  " + text("cli.t.fictitious") if t.get("fictitious") else ""),
        text("cli.t.frame", version=frame["version"], count=_count(frame["establishments"]),
             in_scope=_count(frame["in_scope"]), respondents=_count(t["respondents"])),
        text("cli.t.coverage", establishments=_pct(cov["establishments"]),
             jobs=_pct(cov["employment"])),
    ]
    if t["outside_frame"] or t["outside_scope"]:
        lines.append(text("cli.t.outside", frame=t["outside_frame"], scope=t["outside_scope"]))
    lm3, width = t["lm3"], 26
    lines += [
        f"{text('cli.t.lm3'):<{width}}{_num(lm3['estimate'])}  {ci} "
        f"{_interval(lm3['ci95'])}  {text('cli.t.bootstrap')} "
        f"{_interval(lm3['bootstrap_ci95'])}",
        f"{text('cli.t.recirculation'):<{width}}{_num(t['recirculation']['estimate'])}  {ci} "
        f"{_interval(t['recirculation']['ci95'])}", "",
        f"  {text('cli.t.col.total'):<28} {text('cli.t.col.estimate'):>16} "
        f"{text('cli.t.col.se'):>14}  {ci}",
    ]
    for key, code in _TOTALS.items():
        e = t["totals"][key]
        lines.append(f"  {text(code):<28} {_euros(e['estimate']):>16} "
                     f"{_euros(e['se']):>14}  {_euro_interval(e['ci95'])}")
    leak = sorted(t.get("leakage", {}).items(), key=lambda item: -(item[1]["estimate"] or 0))
    if leak:
        lines += ["", text("cli.t.leakage")]
        lines += [f"  {labels.get(code, code)[:44]:<44} {_euros(e['estimate']):>16} "
                  f"{_euros(e['se']):>14}" for code, e in leak]
    collapsed = [s for s in t["strata"] if s["collapsed_with"]]
    uncovered = [s["key"] for s in t["strata"] if not s["covered"]]
    if collapsed:
        lines += ["", text("cli.t.collapsed", items=", ".join(
            f"{s['key']} (+ {', '.join(s['collapsed_with'])})"
            for s in collapsed if s["respondents"] == 1))]
    if uncovered:
        lines.append(text("cli.t.uncovered", items=", ".join(uncovered)))
    return "\n".join(lines)


def territory_csv(t: Mapping[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["quantity", "estimate", "se", "se_no_fpc", "ci95_low", "ci95_high",
                     "bootstrap_low", "bootstrap_high"])

    def row(name: str, e: Mapping[str, Any]) -> None:
        ci = e.get("ci95") or [None, None]
        boot = e.get("bootstrap_ci95") or [None, None]
        writer.writerow([name, e["estimate"], e["se"], e["se_no_fpc"], *ci, *boot])

    for key in ("r1", "r2", "r3", "local"):
        row(f"total_{key}", t["totals"][key])
    row("lm3", t["lm3"])
    row("recirculation", t["recirculation"])
    for code, e in t.get("leakage", {}).items():
        row(f"leakage_{code}", e)
    return out.getvalue()
