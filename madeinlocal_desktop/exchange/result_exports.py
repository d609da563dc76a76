"""The dashboard's figures as files people open in a spreadsheet (issue 13 §4).

Headline, LM3 by sector and by ownership, leakage by category, saved scenarios and the
input-output multipliers, each a `ResultTable` whose columns say what they hold, so every figure
is rounded to what it means: euros to the euro, LM3 and multipliers to three decimals, shares as
percentages (one decimal), counts as whole numbers. Headers follow the user's language.

CSV, French dialect (the default on a French system): `;` separators, decimal comma and a UTF-8
byte order mark, which French Excel needs; English: `,` and a decimal point. All tables go in one
CSV, each under its title and separated by an empty line; in XLSX each has its sheet. Text cells
starting with = + - @ get a leading apostrophe (cells.neutralise): a shop called "=1+1" stays a
name. Files are written under a temporary name and renamed: never half a file.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InvalidInput
from .cells import neutralise

if TYPE_CHECKING:
    from ..analysis.io_results import IOMultipliers

TEXT, COUNT, EUROS, LM3, SHARE, JOBS = "text", "count", "euros", "lm3", "share", "jobs"
TABLES = ("headline", "by_sector", "by_ownership", "leakage", "scenarios", "multipliers")
FORMATS = (".csv", ".xlsx")
DIALECTS = ("fr", "en")

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "headline": "Résultats d'ensemble", "by_sector": "LM3 par secteur",
        "by_ownership": "LM3 par type de propriété", "leakage": "Fuites par catégorie",
        "scenarios": "Scénarios enregistrés", "multipliers": "Multiplicateurs entrées-sorties",
        "study": "Étude", "year": "Exercice", "n": "Entretiens (n)",
        "lm3": "LM3 (ratio des totaux)", "ci_low": "IC 95 % bas", "ci_high": "IC 95 % haut",
        "lm3_mean": "LM3 du commerce type (moyenne)", "recirculation": "Part recirculée (%)",
        "leakage_share": "Part du chiffre d'affaires payée hors territoire (%)",
        "sector": "Secteur", "ownership": "Type de propriété", "category": "Catégorie",
        "code": "Code", "outside_euros": "Payé hors territoire (€)",
        "name": "Scénario", "shifts": "Dépenses déplacées", "respend": "Redépense (%)",
        "lm3_before": "LM3 aujourd'hui", "lm3_after": "LM3 après",
        "kept": "Gardé localement en plus, tour 2 (€/an)",
        "kept_r3": "Gardé localement en plus, avec le tour 3 (€/an)",
        "jobs": "Emplois", "income": "Revenus salariaux (€/an)",
        "value_added": "Valeur ajoutée (€/an)", "label": "Libellé",
        "output_multiplier": "Multiplicateur de production (type I)",
        "value_added_effects": "Valeur ajoutée par euro", "income_effects": "Revenus par euro",
        "jobs_per_million": "Emplois par million d'euros",
        "fictitious": "Données fictives : étude de démonstration",
    },
    "en": {
        "headline": "Overall results", "by_sector": "LM3 by sector",
        "by_ownership": "LM3 by ownership", "leakage": "Leakage by category",
        "scenarios": "Saved scenarios", "multipliers": "Input-output multipliers",
        "study": "Study", "year": "Fiscal year", "n": "Interviews (n)",
        "lm3": "LM3 (ratio of totals)", "ci_low": "95% CI low", "ci_high": "95% CI high",
        "lm3_mean": "LM3 of the typical shop (mean)", "recirculation": "Recirculated share (%)",
        "leakage_share": "Share of turnover paid outside the territory (%)",
        "sector": "Sector", "ownership": "Ownership", "category": "Category",
        "code": "Code", "outside_euros": "Paid outside the territory (€)",
        "name": "Scenario", "shifts": "Spending moved", "respend": "Re-spend (%)",
        "lm3_before": "LM3 today", "lm3_after": "LM3 after",
        "kept": "Extra kept locally, Round 2 (€/year)",
        "kept_r3": "Extra kept locally, with Round 3 (€/year)",
        "jobs": "Jobs", "income": "Compensation (€/year)",
        "value_added": "Value added (€/year)", "label": "Label",
        "output_multiplier": "Output multiplier (Type I)",
        "value_added_effects": "Value added per euro", "income_effects": "Income per euro",
        "jobs_per_million": "Jobs per million euros",
        "fictitious": "Fictitious data: demo study",
    },
}


@dataclass(frozen=True)
class ResultTable:
    key: str  # one of TABLES
    title: str
    header: list[str]
    kinds: list[str]  # TEXT, COUNT, EUROS, LM3 or SHARE, one per column
    rows: list[list[Any]]
    notes: tuple[str, ...] = ()


def _words(lang: str) -> dict[str, str]:
    return WORDS["fr" if lang == "fr" else "en"]


def _ci(part: Mapping[str, Any]) -> tuple[Any, Any]:
    ci = part.get("ci95") or [None, None]
    return ci[0], ci[1]


def _group_rows(groups: Mapping[str, Any], label_of: Any) -> list[list[Any]]:
    rows = []
    for key, group in groups.items():
        lm3 = group.get("lm3") or {}
        low, high = _ci(lm3)
        rows.append([label_of(key, group), group.get("n"), lm3.get("ratio_of_totals"), low,
                     high, group.get("recirculation_share")])
    return rows


def result_tables(data: Mapping[str, Any], *, lang: str, study: Mapping[str, Any],
                  category_labels: Mapping[str, str], ownership_labels: Mapping[str, str],
                  scenarios: Sequence[Mapping[str, Any]] = (),
                  multipliers: IOMultipliers | None = None) -> list[ResultTable]:
    """The tables of one analysis (`AnalysisResult.to_dict()`, as `analyse --format json`),
    the saved scenarios' results (`project.scenarios.run`) and the multipliers, if any."""
    w = _words(lang)
    french = lang == "fr"
    notes = (w["fictitious"],) if study.get("fictitious") else ()
    lm3 = data["lm3"]
    low, high = _ci(lm3)
    leaked = sum((e.get("share") or 0.0) for e in data.get("leakage_by_category", {}).values())
    tables = [ResultTable(
        "headline", w["headline"],
        [w["study"], w["year"], w["n"], w["lm3"], w["ci_low"], w["ci_high"], w["lm3_mean"],
         w["recirculation"], w["leakage_share"]],
        [TEXT, COUNT, COUNT, LM3, LM3, LM3, LM3, SHARE, SHARE],
        [[study.get("name", ""), study.get("fiscal_year"), data.get("n"),
          lm3.get("ratio_of_totals"), low, high, lm3.get("mean"),
          data.get("recirculation_share"), leaked]], notes)]
    notes = ()  # the "fictitious" line once, under the headline
    group_header = [w["n"], w["lm3"], w["ci_low"], w["ci_high"], w["recirculation"]]
    group_kinds = [TEXT, COUNT, LM3, LM3, LM3, SHARE]

    def sector_label(key: str, group: Mapping[str, Any]) -> str:
        label = group.get("label")
        if isinstance(label, Mapping):
            return str(label.get("fr" if french else "en") or key)
        return str(label or key)

    tables.append(ResultTable("by_sector", w["by_sector"], [w["sector"], *group_header],
                              group_kinds, _group_rows(data.get("by_sector", {}), sector_label),
                              notes))
    tables.append(ResultTable(
        "by_ownership", w["by_ownership"], [w["ownership"], *group_header], group_kinds,
        _group_rows(data.get("by_ownership", {}),
                    lambda key, group: ownership_labels.get(key, key)), notes))
    tables.append(ResultTable(
        "leakage", w["leakage"], [w["code"], w["category"], w["outside_euros"],
                                  w["leakage_share"]],
        [TEXT, TEXT, EUROS, SHARE],
        [[code, category_labels.get(code, code), part.get("euros"), part.get("share")]
         for code, part in data.get("leakage_by_category", {}).items()], notes))
    if scenarios:
        tables.append(ResultTable(
            "scenarios", w["scenarios"],
            [w["name"], w["shifts"], w["respend"], w["lm3_before"], w["lm3_after"], w["kept"],
             w["kept_r3"], w["jobs"], w["income"], w["value_added"]],
            [TEXT, TEXT, SHARE, LM3, LM3, EUROS, EUROS, JOBS, EUROS, EUROS],
            [[s["scenario"]["name"], _shifts(s["scenario"], category_labels, lang),
              s["scenario"]["respend_share"], s.get("lm3_before"), s.get("lm3_after"),
              s.get("extra_local_euros"), s.get("extra_local_euros_r2_r3"), s.get("jobs"),
              s.get("income"), s.get("value_added")] for s in scenarios],
            _attribution(scenarios[0].get("table"), lang)))
    if multipliers:
        columns = [("sectors", w["code"], TEXT), ("labels", w["label"], TEXT),
                   ("output_multipliers", w["output_multiplier"], LM3),
                   ("value_added_effects", w["value_added_effects"], LM3),
                   ("income_effects", w["income_effects"], LM3),
                   ("jobs_per_million_eur", w["jobs_per_million"], JOBS)]
        found = multipliers.to_dict()
        present = [c for c in columns if found.get(c[0]) is not None]
        count = len(multipliers.sectors)
        tables.append(ResultTable(
            "multipliers", w["multipliers"], [c[1] for c in present], [c[2] for c in present],
            [[found[c[0]][i] for c in present] for i in range(count)],
            _attribution(multipliers.table, lang)))
    return tables


def _shifts(spec: Mapping[str, Any], labels: Mapping[str, str], lang: str) -> str:
    parts = []
    for shift in spec["shifts"]:
        label = labels.get(shift["category"], shift["category"])
        text = f"{label} {_percent(shift['fraction'], lang)}"
        if shift.get("respend_share") is not None:
            word = "redépense" if lang == "fr" else "re-spend"
            text += f" ({word} {_percent(shift['respend_share'], lang)})"
        parts.append(text)
    return ", ".join(parts)


def _percent(share: float, lang: str) -> str:
    number = f"{round(100 * share, 1):g}"
    return number.replace(".", ",") + "\u202f%" if lang == "fr" else number + "%"


def _attribution(table: Mapping[str, Any] | None, lang: str) -> tuple[str, ...]:
    if not table:
        return ()
    french = lang == "fr"
    return tuple(text for text in (
        (table.get("attribution_fr") if french else None) or table.get("attribution"),)
        if text)


# -- rounding to what a figure means ----------------------------------------------------------

def rounded(value: Any, kind: str) -> Any:
    """Euros to the euro, LM3 and multipliers to 3 decimals, shares as a percentage and jobs to
    1 decimal; None and
    non-finite numbers stay empty cells."""
    if kind == TEXT:
        return None if value is None else neutralise(str(value))
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if kind == COUNT:
        return int(value)
    if kind == EUROS:
        return round(float(value))
    if kind == SHARE:
        return round(100 * float(value), 1)
    if kind == JOBS:
        return round(float(value), 1)
    return round(float(value), 3)


def _csv_cell(value: Any, kind: str, comma: bool) -> str:
    shown = rounded(value, kind)
    if shown is None:
        return ""
    if isinstance(shown, float):  # the digits a figure means, trailing zeros kept: 1,360
        text = f"{shown:.1f}" if kind in (SHARE, JOBS) else f"{shown:.3f}"
        return text.replace(".", ",") if comma else text
    return str(shown)


def csv_text(tables: Iterable[ResultTable], dialect: str = "fr") -> str:
    """Every table under its title, an empty line between them (French Excel with `fr`)."""
    if dialect not in DIALECTS:
        raise InvalidInput("results.dialect", field="dialect", dialect=dialect)
    comma = dialect == "fr"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if comma else ",", lineterminator="\r\n")
    for number, table in enumerate(tables):
        if number:
            writer.writerow([])
        writer.writerow([neutralise(table.title)])
        writer.writerow([neutralise(h) for h in table.header])
        for row in table.rows:
            writer.writerow([_csv_cell(v, k, comma)
                             for v, k in zip(row, table.kinds, strict=True)])
        for note in table.notes:
            writer.writerow([neutralise(note)])
    return out.getvalue()


_XLSX_FORMATS = {COUNT: "0", EUROS: "#,##0", LM3: "0.000", SHARE: "0.0", JOBS: "0.0"}


def _write_xlsx(tables: Sequence[ResultTable], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    bold, italic = Font(bold=True), Font(italic=True)
    for table in tables:
        sheet = book.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", table.title)[:31])
        sheet.append([neutralise(h) for h in table.header])
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append([rounded(v, k) for v, k in zip(row, table.kinds, strict=True)])
            for cell, kind in zip(sheet[sheet.max_row], table.kinds, strict=True):
                if kind in _XLSX_FORMATS:
                    cell.number_format = _XLSX_FORMATS[kind]
                elif isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever it starts with
        if table.notes:
            sheet.append([])
            for note in table.notes:
                sheet.append([neutralise(note)])
                sheet.cell(sheet.max_row, 1).font = italic
        for index, header in enumerate(table.header, start=1):
            values = [len(str(r[index - 1])) for r in table.rows
                      if table.kinds[index - 1] == TEXT]
            width = max([len(header) * 0.8, *values, 10])
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(60, width + 2)
        sheet.freeze_panes = "B2"
    book.save(path)


def check_path(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput("export.format", field="path", suffix=suffix or "—")
    if not path.parent.is_dir():
        raise InvalidInput("export.folder", field="path", folder=str(path.parent))
    return suffix


def write_results(tables: Sequence[ResultTable], path: Path, *, dialect: str = "fr") -> Path:
    """`.csv` (in `dialect`) or `.xlsx` by the file's extension, through a temporary file."""
    suffix = check_path(path)
    partial = path.with_name(path.name + ".part")
    try:
        if suffix == ".csv":
            text = csv_text(tables, dialect)
            partial.write_text(text, encoding="utf-8-sig" if dialect == "fr" else "utf-8",
                               newline="")
        else:
            _write_xlsx(tables, partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InvalidInput("results.unwritable", field="path", path=str(path),
                           reason=error.strerror or str(error)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
