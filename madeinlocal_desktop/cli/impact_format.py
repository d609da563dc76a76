"""Terminal renderings of the impact results, in the user's language (language.py).

Opportunities, a scenario's effects, a comparison of studies (text and CSV) and money for
capital: plain text tables a coordinator can paste in a note, numbers written the language's way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import language
from ..analysis.impact_notices import notice_text

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "table": "Tableau", "regional": "Régionalisé : {method}{extra}",
        "national": "Tableau national (non régionalisé)",
        "closed": "modèle fermé (dépense des ménages incluse)", "open": "modèle ouvert",
        "territory": "Territoire : {people} habitants ({share} de la population nationale) ; "
                     "emploi du territoire : {jobs} {jobs_unit} ({source})",
        "persons": "personnes", "table_units": "unités du tableau",
        "source_settings": "paramètres de l'étude", "source_file": "fichier",
        "source_frame": "répertoire des entreprises",
        "share": "Part de chaque écart produite sur place : {share}",
        "rank": "Rang", "sector": "Secteur", "expected": "Attendus", "local": "Présents",
        "gap": "Écart", "direct": "Directs", "direct_output": "Prod. directe",
        "total_jobs": "Emplois totaux", "establishments": "Étab.", "leakage": "Fuite enquête",
        "total": "Total",
        "jobs_note": "Emplois en {unit} ; « Attendus » : E* = E · (D/x) · (P_R/P_N) ; "
                     "« Emplois totaux » : directs et fournisseurs du territoire{induced}.",
        "induced_note": ", et dépense des ménages",
        "effects": "Effets (directs / fournisseurs / ménages / total)",
        "output": "Production", "income": "Revenus salariaux", "value_added": "Valeur ajoutée",
        "jobs": "Emplois", "layer_direct": "Directs", "layer_indirect": "Fournisseurs",
        "layer_induced": "Ménages", "layer_total": "Total",
        "scenario": "Scénario : {shifts} confiées à des fournisseurs locaux ; redépense locale "
                    "des nouveaux fournisseurs {respend}",
        "shift": "{share} des dépenses non locales « {category} »",
        "shift_own": "{share} des dépenses non locales « {category} » (redépense {respend})",
        "lm3": "LM3 : {before} → {after} ({change})",
        "kept": "Gardés localement en plus : {r2} par an (tour 2), {r2r3} avec le tour 3",
        "in_territory": "Dans le territoire ({model}) :",
        "shock": "Choc de demande finale utilisé (€) :",
        "again": "Pour le refaire : madeinlocal io shock --demand CHOC.csv (code,amount) avec "
                 "le même tableau et la même régionalisation{survey}.",
        "again_survey": " (pas tout à fait ici : les achats de {sectors} viennent de "
                        "l'enquête, tableau hybride)",
        "studies": "Études comparées :",
        "study": "{letter} = {label} : {name}, exercice {year}, {territory}, n = {n}",
        "measure": "Mesure", "difference": "{b} − {a}", "ci": "IC 95 %",
        "lm3_all": "LM3 (ratio des totaux)", "recirculation_all": "Recirculation locale",
        "by_sector": "Par secteur", "by_ownership": "Par type de propriété",
        "by_category": "Fuites par catégorie (part du chiffre d'affaires)",
        "significant": "* : l'intervalle exclut 0 (échantillons indépendants, "
                       "se = √(se_a² + se_b²), t de Welch)",
        "capital": "Rémunération du capital (intérêts d'emprunt et propriétaires), "
                   "pour 100 € de chiffre d'affaires",
        "ownership": "Type de propriété", "turnover": "Chiffre d'affaires",
        "interest": "Intérêts hors / locaux", "owners": "Propriétaires hors / locaux",
        "capital_out": "Capital hors territoire", "all": "Ensemble",
        "imputed": "Parts locales manquantes imputées (médiane du secteur) : {n}.",
        "fictitious": "[DONNÉES FICTIVES]",
    },
    "en": {
        "table": "Table", "regional": "Regionalised: {method}{extra}",
        "national": "National table (not regionalised)",
        "closed": "closed model (household spending included)", "open": "open model",
        "territory": "Territory: {people} inhabitants ({share} of the national population); "
                     "territory's employment: {jobs} {jobs_unit} ({source})",
        "persons": "persons", "table_units": "table units",
        "source_settings": "study settings", "source_file": "file",
        "source_frame": "business register",
        "share": "Share of each gap produced locally: {share}",
        "rank": "Rank", "sector": "Sector", "expected": "Expected", "local": "Present",
        "gap": "Gap", "direct": "Direct", "direct_output": "Direct output",
        "total_jobs": "Total jobs", "establishments": "Estab.", "leakage": "Survey leak",
        "total": "Total",
        "jobs_note": "Jobs in {unit}; 'Expected': E* = E · (D/x) · (P_R/P_N); 'Total jobs': "
                     "direct and the territory's suppliers{induced}.",
        "induced_note": ", and household spending",
        "effects": "Effects (direct / suppliers / households / total)",
        "output": "Output", "income": "Compensation", "value_added": "Value added",
        "jobs": "Jobs", "layer_direct": "Direct", "layer_indirect": "Suppliers",
        "layer_induced": "Households", "layer_total": "Total",
        "scenario": "Scenario: {shifts} moved to local suppliers; local re-spend of the new "
                    "suppliers {respend}",
        "shift": "{share} of non-local “{category}” spending",
        "shift_own": "{share} of non-local “{category}” spending (re-spend {respend})",
        "lm3": "LM3: {before} → {after} ({change})",
        "kept": "Extra kept locally: {r2} a year (round 2), {r2r3} with round 3",
        "in_territory": "In the territory ({model}):",
        "shock": "Final-demand shock used (€):",
        "again": "To reproduce it: madeinlocal io shock --demand SHOCK.csv (code,amount) with "
                 "the same table and regionalisation{survey}.",
        "again_survey": " (not quite here: the purchases of {sectors} come from the survey, "
                        "a hybrid table)",
        "studies": "Studies compared:",
        "study": "{letter} = {label}: {name}, fiscal year {year}, {territory}, n = {n}",
        "measure": "Measure", "difference": "{b} − {a}", "ci": "95% CI",
        "lm3_all": "LM3 (ratio of totals)", "recirculation_all": "Local recirculation",
        "by_sector": "By sector", "by_ownership": "By ownership",
        "by_category": "Leakage by category (share of turnover)",
        "significant": "*: the interval excludes 0 (independent samples, "
                       "se = √(se_a² + se_b²), Welch's t)",
        "capital": "Pay to capital (loan interest and owners), per €100 of turnover",
        "ownership": "Ownership", "turnover": "Turnover",
        "interest": "Interest out / local", "owners": "Owners out / local",
        "capital_out": "Capital leaving", "all": "All",
        "imputed": "Missing local shares imputed (sector median): {n}.",
        "fictitious": "[FICTITIOUS DATA]",
    },
}


def word(key: str, **values: Any) -> str:
    template = WORDS["fr" if language.current() == "fr" else "en"][key]
    return template.format(**values) if values else template


def number(value: float | None, decimals: int = 0) -> str:
    return "—" if value is None else language.format_number(value, f",.{decimals}f")


def euros(value: float | None) -> str:
    return "—" if value is None else language.format_euros(value)


def millions(value: float | None) -> str:
    """12 345 678 → '12,3 M€' (fr) / '€12.3M' (en): columns stay narrow."""
    if value is None:
        return "—"
    text = language.format_number(value / 1e6, ",.1f")
    return f"{text}\u00a0M€" if language.current() == "fr" else f"€{text}M"


def percent(share: float | None, decimals: int = 1) -> str:
    return "—" if share is None else language.format_percent(share, decimals)


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], *, left: int = 1) -> str:
    """Columns padded to their widest cell; the first `left` columns left-aligned."""
    widths = [max(len(str(r[k])) for r in [header, *rows]) for k in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) if k < left else str(c).rjust(w)
                         for k, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return "\n".join([line(header), *(line(r) for r in rows)])


def _attribution(table: Mapping[str, Any] | None) -> list[str]:
    if not table:
        return []
    text = table.get("attribution_fr") if language.current() == "fr" else None
    text = text or table.get("attribution")
    return ["", text] if text else []


def _title(table: Mapping[str, Any] | None) -> str:
    table = table or {}
    title = (table.get("title_fr") if language.current() == "fr" else None) or table.get("title")
    return f"{word('table')} : {title}" if language.current() == "fr" else \
        f"{word('table')}: {title}"


def _model_line(regional: Mapping[str, Any] | None) -> str:
    if not regional:
        return word("national")
    extra = ""
    if regional.get("lambda") is not None:
        extra = (f", δ = {number(regional['delta'], 2)}, "
                 f"λ* = {number(regional['lambda'], 4)}")
    return word("regional", method=str(regional["method"]).upper(), extra=extra)


def notices(result: Mapping[str, Any]) -> list[str]:
    return [notice_text(item) for item in result.get("notices") or []]


def _money(unit: str | None) -> Any:
    """Millions of euros, or plain numbers in the table's own unit when it is not known."""
    if unit == "EUR":
        return millions
    return lambda value: "—" if value is None else number(value, 2)


def opportunities_table(result: Mapping[str, Any]) -> str:
    population = result["population"]
    territory = result["territory_employment"]
    units = result.get("units") or {}
    money = _money(units.get("money"))
    jobs_unit = word("persons") if units.get("jobs") == "persons" else (
        units.get("jobs") or word("table_units"))
    lines = [_title(result.get("table")), _model_line(result.get("regionalisation")),
             word("territory", people=number(population["territory"]),
                  share=percent(population["share"], 2), jobs=number(territory["total"]),
                  jobs_unit=jobs_unit, source=word(f"source_{territory['source']}")),
             word("share", share=percent(result["share"], 0))]
    if result.get("fictitious"):
        lines.insert(0, word("fictitious"))
    lines += notices(result)
    # A small territory (or a table in thousands) needs decimals to show anything at all.
    decimals = 0 if (result["totals"]["expected_jobs"] or 0) >= 100 else 2
    with_counts = territory.get("establishments") is not None
    with_leak = any(r.get("survey_leakage") is not None for r in result["sectors"])
    header = [word("rank"), word("sector"), word("expected"), word("local"), word("gap"),
              word("direct"), word("direct_output"), word("total_jobs")]
    header += [word("establishments")] * with_counts + [word("leakage")] * with_leak
    rows = []
    for row in result["sectors"]:
        label = row["code"] if row["label"] == row["code"] else f"{row['code']} {row['label']}"
        cells = [str(row["rank"]), label[:38], number(row["expected_jobs"], decimals),
                 number(row["local_jobs"], decimals), number(row["gap_jobs"], decimals),
                 number(row["direct_jobs"], 1 + decimals), money(row["direct_output"]),
                 number(row["total_jobs"], 1 + decimals)]
        cells += [number(row["establishments"])] * with_counts
        cells += [millions(row["survey_leakage"])] * with_leak
        rows.append(cells)
    totals = result["totals"]
    total = ["", word("total"), number(totals["expected_jobs"], decimals),
             number(totals["local_jobs"], decimals), number(totals["gap_jobs"], decimals),
             number(totals["direct_jobs"], 1 + decimals), money(totals["direct_output"]),
             number(totals["total_jobs"], 1 + decimals)]
    total += [number(territory["establishments"])] * with_counts
    total += [millions(sum(r["survey_leakage"] or 0 for r in result["sectors"]))] * with_leak
    lines += ["", grid(header, [*rows, total], left=2), ""]
    lines.append(word("jobs_note", unit=jobs_unit,
                      induced=word("induced_note") if result["closed"] else ""))
    lines += ["", effects_table(result["effects"], units.get("money"), 1 + decimals)]
    return "\n".join(lines + _attribution(result.get("table")))


def effects_table(effects: Mapping[str, Any], unit: str | None = "EUR",
                  jobs_decimals: int = 1) -> str:
    layers = [name for name in ("direct", "indirect", "induced") if effects.get(name)]
    header = ["", word("output"), word("income"), word("value_added"), word("jobs")]
    money = euros if unit == "EUR" else (lambda v: "—" if v is None else number(v, 4))
    rows = []
    for name in [*layers, "total"]:
        values = effects[name]
        rows.append([word(f"layer_{name}"), money(values["output"]), money(values["income"]),
                     money(values["value_added"]), number(values["jobs"], jobs_decimals)])
    return grid(header, rows)


def shifts_text(spec: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """'20 % des dépenses non locales « Fournitures », 50 % ... (redépense 30 %)'."""
    return ", ".join(
        word("shift", share=percent(s["fraction"], 0),
             category=labels.get(s["category"], s["category"]))
        if s.get("respend_share") is None else
        word("shift_own", share=percent(s["fraction"], 0),
             category=labels.get(s["category"], s["category"]),
             respend=percent(s["respend_share"], 0))
        for s in spec["shifts"])


def scenario_impact_table(result: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    spec = result["scenario"]
    shifts = shifts_text(spec, labels)
    change = result["lm3_after"] - result["lm3_before"]
    regional = result["model"]
    model = (_model_line(regional if regional["regionalised"] else None) + ", "
             + word("closed" if result["closed"] else "open"))
    lines = [word("scenario", shifts=shifts, respend=percent(spec["respend_share"], 0)),
             word("lm3", before=number(result["lm3_before"], 3),
                  after=number(result["lm3_after"], 3),
                  change=("+" if change >= 0 else "") + number(change, 3)),
             word("kept", r2=euros(result["extra_local_euros"]),
                  r2r3=euros(result["extra_local_euros_r2_r3"])),
             *notices(result), "",
             word("in_territory", model=model),
             effects_table(result["effects"]), "", word("shock")]
    demand = result["shock"]["demand"]
    if demand:
        table = grid(["", ""], [[code, euros(v)] for code, v in demand.items()])
        lines += table.splitlines()[1:]
    else:
        lines.append("—")
    survey = regional.get("survey_sectors") or []
    lines += ["", word("again", survey=word("again_survey", sectors=", ".join(survey))
                       if survey else "")]
    return "\n".join(lines + _attribution(result.get("table")))


def _estimate(measure: str, value: Mapping[str, Any] | None) -> str:
    if value is None or value.get("estimate") is None:
        return "—"
    return number(value["estimate"], 3) if measure == "lm3" else percent(value["estimate"])


def _difference(measure: str, found: Mapping[str, Any] | None) -> tuple[str, str]:
    if found is None or found.get("difference") is None:
        return "—", ""
    d = found["difference"]
    sign = "+" if d >= 0 else ""
    text = sign + (number(d, 3) if measure == "lm3" else number(100 * d, 1) + " pts")
    ci = found.get("ci95")
    if ci is None:
        return text, ""
    scale = (lambda v: number(v, 3)) if measure == "lm3" else (lambda v: number(100 * v, 1))
    mark = " *" if found.get("significant") else ""
    separator = " ; " if language.current() == "fr" else ", "
    return text, f"[{scale(ci[0])}{separator}{scale(ci[1])}]{mark}"


def compare_table(result: Mapping[str, Any]) -> str:
    studies = result["studies"]
    letters = [chr(ord("A") + k) for k in range(len(studies))]
    lines = [word("studies")]
    lines += [word("study", letter=letter, label=s["label"], name=s["name"],
                   year=s["fiscal_year"], territory=s["territory"] or "—", n=s["n"])
              for letter, s in zip(letters, studies, strict=True)]
    lines += notices(result)
    header = [word("measure"), *letters]
    for b in letters[1:]:
        header += [word("difference", a=letters[0], b=b), word("ci")]
    sections = {"all": None, "sector": word("by_sector"), "ownership": word("by_ownership"),
                "category": word("by_category")}
    rows: list[list[str]] = []
    current = None
    for row in result["rows"]:
        key = (row["breakdown"], row["measure"])
        if row["breakdown"] != "all" and key != current:
            title = sections[row["breakdown"]] or ""
            if row["breakdown"] != "category":
                title += " — " + (word("lm3_all") if row["measure"] == "lm3"
                                  else word("recirculation_all"))
            rows.append([title, *[""] * (len(header) - 1)])
            current = key
        name = (word(f"{row['measure']}_all") if row["breakdown"] == "all"
                else "  " + str(row["label"])[:44])
        cells = [name, *(_estimate(row["measure"], v) for v in row["values"])]
        for found in row["differences"][1:]:
            cells += list(_difference(row["measure"], found))
        rows.append(cells)
    lines += ["", grid(header, rows), "", word("significant")]
    return "\n".join(lines)


def capital_table(result: Mapping[str, Any], owner_labels: Mapping[str, str]) -> str:
    def per_100(part: Mapping[str, Any], key: str) -> str:
        share = part.get(key)
        return "—" if share is None else number(100 * share, 2)

    header = [word("ownership"), "n", word("turnover"), word("interest"), word("owners"),
              word("capital_out")]
    rows = []
    groups = [*result["by_ownership"].items(), (word("all"), result["all"])]
    for code, group in groups:
        rows.append([owner_labels.get(code, code), str(group["n"]), euros(group["turnover"]),
                     f"{per_100(group['lender'], 'outside_share')} / "
                     f"{per_100(group['lender'], 'local_share_of_turnover')}",
                     f"{per_100(group['owner'], 'outside_share')} / "
                     f"{per_100(group['owner'], 'local_share_of_turnover')}",
                     euros(group["capital"]["outside"])])
    lines = [word("capital"), "", grid(header, rows)]
    if result.get("imputed_local_shares"):
        lines += ["", word("imputed", n=result["imputed_local_shares"])]
    if result.get("fictitious"):
        lines.insert(0, word("fictitious"))
    return "\n".join(lines)
