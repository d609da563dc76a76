"""Plain-text and CSV renderings of the territory: frame, design, draw and estimates."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from .formatting import euros as _euros
from .formatting import number as _num

_LEFT_OUT = {"closed": "closed (état F)", "elsewhere": "outside the study's communes",
             "unknown_naf": "no NAF rév. 2 code", "duplicate": "repeated rows"}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _interval(pair: list[float | None] | None, euros: bool = False) -> str:
    if not pair or pair[0] is None or pair[1] is None:
        return "—"
    if euros:
        return f"[{_euros(pair[0])}, {_euros(pair[1])}]"
    return f"[{pair[0]:.3f}, {pair[1]:.3f}]"


def import_report(found: Mapping[str, Any]) -> str:
    lines = [f"Frame version {found['version']}: {found['kept']} establishments kept out of "
             f"{found['rows']} rows of {found.get('file', 'the file')}."]
    left = {k: v for k, v in (found.get("left_out") or {}).items() if v}
    if left:
        lines.append("Left out: " + "; ".join(f"{v} {_LEFT_OUT.get(k, k)}"
                                              for k, v in left.items()) + ".")
    missing = found.get("missing") or []
    if missing:
        lines.append("Columns not in the file (their figures stay unknown): "
                     + ", ".join(missing) + ".")
    changes = found.get("changes")
    if changes:
        fields = ", ".join(f"{k} {v}" for k, v in changes["by_field"].items() if v) or "none"
        lines.append(f"Against the previous extract: {changes['added']} new, {changes['gone']} "
                     f"gone, {changes['changed']} changed ({fields}), {changes['unchanged']} "
                     "unchanged.")
    if found.get("employment_updated"):
        lines.append("The input-output model's regional employment followed the new extract.")
    return "\n".join(lines)


def profile_table(profile: Mapping[str, Any]) -> str:
    ess, head = profile["ess"], profile["head_office_in_territory"]
    basis = profile["jobs_basis"]
    lines = [
        f"Frame version {profile['version']} ({profile.get('source_name') or '—'}, imported "
        f"{(profile.get('imported_at') or '')[:10]}): {profile['establishments']} active "
        "establishments",
        f"Salaried jobs: {_euros(profile['jobs'])[:-2]} (size-band midpoints "
        f"for {basis['size_band_midpoint']} establishments, the interviewed shop's own staff "
        f"for {basis['interview_staff']})",
        f"Social and solidarity economy: {_pct(ess['establishments'])} of establishments, "
        f"{_pct(ess['jobs'])} of jobs (known for {ess['known']})",
        f"Head office in the territory: {_pct(head['share'])} (known for {head['known']})",
        "By size band: " + ", ".join(f"{k} {v}" for k, v in profile["by_size_band"].items()),
        "", f"  {'sector':<52} {'estab.':>7} {'jobs':>8} {'ESS':>6}",
    ]
    for sector in profile["by_sector"]:
        label = f"{sector['code']} {sector['label']}"[:52]
        lines.append(f"  {label:<52} {sector['establishments']:>7} {sector['jobs']:>8.0f} "
                     f"{sector['ess_establishments']:>6}")
    return "\n".join(lines)


def plan_table(plan: Mapping[str, Any]) -> str:
    design = plan["design"]
    lines = [
        f"Strata: {', '.join(design['strata'])}; scope: "
        f"{', '.join(design['scope']) or 'every activity'}; allocation: {design['allocation']}",
        f"Frame: {plan['frame_establishments']} establishments, {plan['in_scope']} in scope",
        f"Sample: n = {plan['n']}; expected half-width of the 95% interval of the LM3: "
        f"{_num(plan.get('expected_half_width'))}",
        "", f"  {'stratum':<24} {'N':>6} {'n':>5} {'CV':>6}  prior",
    ]
    for s in plan["strata"]:
        lines.append(f"  {s['key']:<24} {s['N']:>6} {s['n']:>5} {s['cv']:>6.2f}  "
                     f"{s['cv_source']}")
    return "\n".join(lines)


def draw_table(drawn: Mapping[str, Any]) -> str:
    lines = [f"Drawn with seed {drawn['seed']} (frame version {drawn['frame_version']}): "
             f"{drawn['units']} establishments, reserve {drawn['reserve']} per stratum", ""]
    for stratum, counts in sorted(drawn["counts"].items()):
        lines.append(f"  {stratum:<24} sample {counts.get('sample', 0):>4}   reserve "
                     f"{counts.get('reserve', 0):>3}")
    return "\n".join(lines)


def territory_table(t: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> str:
    frame, cov = t["frame"], t["coverage"]
    labels = labels or {}
    lines = [
        "", "", "Territory (design-based, euros a year)"
        + ("  [FICTITIOUS DEMO DATA]" if t.get("fictitious") else ""),
        f"Frame version {frame['version']}: {frame['establishments']} establishments, "
        f"{frame['in_scope']} in scope; {t['respondents']} responding establishments",
        f"Coverage of the responding strata: {_pct(cov['establishments'])} of establishments, "
        f"{_pct(cov['employment'])} of salaried jobs",
    ]
    if t["outside_frame"] or t["outside_scope"]:
        lines.append(f"Left out of the territory figures: {t['outside_frame']} interviews "
                     f"outside the frame, {t['outside_scope']} outside the scope")
    lm3 = t["lm3"]
    lines += [
        f"LM3 (territory):          {_num(lm3['estimate'])}  95% CI {_interval(lm3['ci95'])}  "
        f"bootstrap {_interval(lm3['bootstrap_ci95'])}",
        f"Recirculation (R2 / R1):  {_num(t['recirculation']['estimate'])}  95% CI "
        f"{_interval(t['recirculation']['ci95'])}", "",
        f"  {'total':<28} {'estimate':>16} {'SE':>14}  95% CI",
    ]
    names = {"r1": "turnover (R1)", "r2": "first local re-spend (R2)",
             "r3": "second round (R3)", "local": "kept locally (R2 + R3)"}
    for key, label in names.items():
        e = t["totals"][key]
        lines.append(f"  {label:<28} {_euros(e['estimate']):>16} {_euros(e['se']):>14}  "
                     f"{_interval(e['ci95'], euros=True)}")
    leak = sorted(t.get("leakage", {}).items(), key=lambda item: -(item[1]["estimate"] or 0))
    if leak:
        lines += ["", "Leakage by category (territory):"]
        lines += [f"  {labels.get(code, code)[:28]:<28} {_euros(e['estimate']):>16} "
                  f"{_euros(e['se']):>14}" for code, e in leak]
    collapsed = [s for s in t["strata"] if s["collapsed_with"]]
    uncovered = [s["key"] for s in t["strata"] if not s["covered"]]
    if collapsed:
        lines += ["", "Strata with one answer, estimated with their nearest stratum: "
                  + ", ".join(f"{s['key']} (+ {', '.join(s['collapsed_with'])})"
                              for s in collapsed if s["respondents"] == 1)]
    if uncovered:
        lines.append("Strata without any answer (not covered): " + ", ".join(uncovered))
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
