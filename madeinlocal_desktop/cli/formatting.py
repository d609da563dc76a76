"""Plain-text and CSV renderings of results for the terminal, in the user's language.

Numbers are written the language's way (`1,377` and `[1,234 ; 1,520]` in French); the CSV
output is machine CSV (dot decimals) like the JSON output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import language
from ..analysis.chart_format import ownership_label
from ..catalogue import text

if TYPE_CHECKING:  # the facade brings sqlite-utils and pandas, which `--help` does not need
    from ..domain import Study
    from ..project import ImportReport


def number(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else language.format_number(value, f",.{digits}f")


def interval(pair: list[float | None] | None) -> str:
    if not pair or pair[0] is None or pair[1] is None:
        return "—"
    separator = " ; " if language.current() == "fr" else ", "  # a comma is the decimal mark
    return f"[{number(pair[0])}{separator}{number(pair[1])}]"


def euros(value: float | None) -> str:
    return "—" if value is None else language.format_euros(value)


def share(value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else language.format_percent(value, decimals)


RECIPIENTS = {"supplier": "cli.recipient.supplier", "staff": "cli.recipient.staff",
              "landlord": "cli.recipient.landlord", "owner": "cli.recipient.owner",
              "tax": "cli.recipient.tax", "lender": "cli.recipient.lender",
              "charity": "cli.recipient.charity"}
SOURCES = {"default": "cli.source.default", "io_proxy": "cli.source.io_proxy"}


def _word(words: dict[str, str], code: str) -> str:
    """A code of the study file in words, or as it is when it is not known here."""
    return text(words[code]) if code in words else code


def _group_label(key: str, by: str, group: dict[str, Any] | None = None) -> str:
    if by == "ownership":
        return ownership_label(key, language.current())
    if group and group.get("label"):  # the sector's name in both languages
        return str(group["label"].get(language.current(), key))
    return text("cli.sector_unknown") if key == "unspecified" else key


def _group_interval(group: dict[str, Any]) -> str:
    if group["lm3"].get("ci95") is None and group.get("n_businesses", 2) < 2:
        return text("cli.too_few_for_interval")
    return interval(group["lm3"].get("ci95"))


def _lm3_row(label: str, group: dict[str, Any]) -> str:
    lm3 = group.get("lm3", {})
    return (f"  {label[:44]:<44} {group.get('n', 0):>5}  {number(lm3.get('ratio_of_totals'))}  "
            f"{_group_interval(group):<18}  {share(group.get('recirculation_share'))}")


def analysis_table(data: dict[str, Any], by: str | None, study: Study) -> str:
    lm3 = data["lm3"]
    french = language.current() == "fr"
    lines = [text("cli.table.study", name=study.name, year=str(study.fiscal_year))
             + (text("cli.table.fictitious") if study.fictitious else ""),
             text("cli.table.n", n=data["n"]),
             text("cli.table.lm3", lm3=number(lm3["ratio_of_totals"]),
                  ci=interval(lm3.get("ci95")), bootstrap=interval(lm3.get("bootstrap_ci95"))),
             text("cli.table.lm3_mean", mean=number(lm3.get("mean"))),
             text("cli.table.recirculation", share=share(data.get("recirculation_share"))),
             "", text("cli.table.leakage")]
    leakage = sorted(data.get("leakage_by_category", {}).items(),
                     key=lambda item: -item[1].get("euros", 0))
    labels = {c.code: (c.label_fr if french else c.label_en) for c in study.categories}
    for code, leak in leakage:
        lines.append(f"  {labels.get(code, code)[:44]:<44} {euros(leak.get('euros')):>16}  "
                     f"{share(leak.get('share')):>8}")
    for key in [by] if by else []:
        groups = data.get(f"by_{key}", {})
        title = text("cli.table.by_sector" if key == "sector" else "cli.table.by_ownership")
        lines += ["", f"{title:<47}{'n':>5}  {'LM3':<5}  {text('cli.table.ci'):<18}  "
                      f"{text('cli.table.recirc')}"]
        lines += [_lm3_row(_group_label(label, key, group), group)
                  for label, group in groups.items()]
    missing = data.get("missing") or {}
    imputed = sum(v for k, v in (missing.get("counts") or {}).items() if k != "excluded")
    if imputed and missing.get("bounds"):
        bounds = missing["bounds"]
        lines += ["", text("cli.table.imputed", count=imputed, low=number(bounds.get("low")),
                           high=number(bounds.get("high")))]
    proxy = data.get("proxy_shares")
    if proxy and lm3.get("proxy_ci95"):
        groups_text = ", ".join(f"{_word(RECIPIENTS, group)} {share(estimate['share'], 0)} "
                                f"({_word(SOURCES, estimate['source'])})"
                                for group, estimate in proxy["groups"].items())
        lines += ["", text("cli.table.estimated", groups=groups_text),
                  text("cli.table.monte_carlo", draws=proxy["draws"],
                       concentration=proxy["concentration"],
                       interval=interval(lm3["proxy_ci95"]))]
    return "\n".join(lines)


def scenario_table(result: dict[str, Any], study: Study) -> str:
    """The shift scenario as `analyse` shows figures: LM3 to three decimals, euros, shares."""
    category = study.category(result["category"])
    label = result["category"] if category is None else (
        category.label_fr if language.current() == "fr" else category.label_en)
    lines = [text("cli.scenario.what", share=share(result["fraction"]), category=label,
                  respend=share(result["respend_share"])),
             text("cli.scenario.n", n=result["n"]),
             text("cli.scenario.lm3", before=number(result["lm3_before"]),
                  after=number(result["lm3_after"]),
                  change=language.format_number(result["lm3_after"] - result["lm3_before"],
                                                "+,.3f")),
             text("cli.scenario.moved", euros=euros(result["moved"])),
             text("cli.scenario.kept", r2=euros(result["delta_r2"]),
                  r2_r3=euros(result["delta_r2_r3"]))]
    if result.get("delta_r2_weighted") is not None:
        lines.append(text("cli.scenario.kept_territory", r2=euros(result["delta_r2_weighted"]),
                          r2_r3=euros(result["delta_r2_r3_weighted"])))
    return "\n".join(lines)


def import_summary(report: ImportReport) -> str:
    """'3 shops new, 1 updated, 0 unchanged; …' for each table of an import."""
    return text("cli.list_separator").join(
        text("cli.import.table", table=table_name(table), new=report.created[table],
             updated=report.updated[table], unchanged=report.unchanged[table])
        for table in report.created)


def table_name(table: str) -> str:
    """A table of the study file as the user names its records."""
    code = {"businesses": "cli.records.businesses", "interviews": "cli.records.interviews",
            "respondents": "cli.records.respondents", "spend_lines": "cli.records.spend_lines",
            "surveyors": "cli.records.surveyors", "study": "cli.records.study",
            "categories": "cli.records.categories"}.get(table)
    return table if code is None else text(code)
