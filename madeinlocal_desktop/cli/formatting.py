"""Plain-text and CSV renderings of analysis results for the terminal."""

from __future__ import annotations

import csv
import io
from typing import Any

from .. import language
from ..domain import Study


def _num(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _interval(pair: list[float] | None) -> str:
    return "—" if not pair else f"[{pair[0]:.3f}, {pair[1]:.3f}]"


def _euros(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f} €".replace(",", " ")


def _lm3_row(label: str, group: dict[str, Any]) -> str:
    lm3 = group.get("lm3", {})
    return (f"  {label[:44]:<44} {group.get('n', 0):>5}  {_num(lm3.get('ratio_of_totals'))}  "
            f"{_interval(lm3.get('ci95')):<16}  {_num(group.get('recirculation_share'))}")


def analysis_table(data: dict[str, Any], by: str | None, study: Study) -> str:
    lm3 = data["lm3"]
    lines = [f"Study: {study.name} ({study.fiscal_year})"
             + ("  [FICTITIOUS DEMO DATA]" if study.fictitious else ""),
             f"Interviews analysed (n): {data['n']}",
             f"LM3 (ratio of totals):    {_num(lm3['ratio_of_totals'])}  "
             f"95% CI {_interval(lm3.get('ci95'))}  "
             f"bootstrap {_interval(lm3.get('bootstrap_ci95'))}",
             f"LM3 (mean of shops):      {_num(lm3.get('mean'))}",
             f"Local recirculation share: {_num(data.get('recirculation_share'))}",
             "", "Leakage by category:"]
    leakage = sorted(data.get("leakage_by_category", {}).items(),
                     key=lambda item: -item[1].get("euros", 0))
    labels = {c.code: c.label_fr for c in study.categories}
    for code, leak in leakage:
        lines.append(f"  {labels.get(code, code)[:44]:<44} {_euros(leak.get('euros')):>16}  "
                     f"{_num(leak.get('share'))}")
    for key in [by] if by else []:
        groups = data.get(f"by_{key}", {})
        lines += ["", f"By {key}:  {'':<37}{'n':>5}  LM3    95% CI            recirc."]
        lines += [_lm3_row((group.get("label") or {}).get(language.current(), label), group)
                  for label, group in groups.items()]
    missing = data.get("missing") or {}
    imputed = sum(v for k, v in (missing.get("counts") or {}).items() if k != "excluded")
    if imputed and missing.get("bounds"):
        bounds = missing["bounds"]
        lines += ["", f"{imputed} missing answers were imputed; LM3 bounds with them at 0% / 100%: "
                      f"{_num(bounds.get('low'))} – {_num(bounds.get('high'))}"]
    proxy = data.get("proxy_shares")
    if proxy and lm3.get("proxy_ci95"):
        groups = ", ".join(f"{group} {share['share']:.0%} ({share['source']})"
                           for group, share in proxy["groups"].items())
        lines += ["", f"Round-3 shares estimated, not surveyed: {groups}.",
                  f"LM3 95% range with them uncertain (Monte Carlo, {proxy['draws']} draws, "
                  f"Beta of concentration {proxy['concentration']:g}): "
                  f"{_interval(lm3['proxy_ci95'])}"]
    return "\n".join(lines)


def analysis_csv(data: dict[str, Any], by: str | None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if by:
        writer.writerow([by, "n", "lm3", "ci95_low", "ci95_high", "recirculation_share"])
        for label, group in data.get(f"by_{by}", {}).items():
            ci = group["lm3"].get("ci95") or [None, None]
            writer.writerow([label, group["n"], group["lm3"]["ratio_of_totals"], *ci,
                             group.get("recirculation_share")])
    else:
        writer.writerow(["id", "r1", "r2", "r3", "lm3", "recirculation_share"])
        for row in data["interviews"]:
            writer.writerow([row["id"], row["r1"], row["r2"], row["r3"], row["lm3"],
                             row.get("recirculation_share")])
    return out.getvalue()


def scenario_table(result: dict[str, Any]) -> str:
    return "\n".join(f"{key}: {value}" for key, value in result.items()
                     if not isinstance(value, dict | list))
