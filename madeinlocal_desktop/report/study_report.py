"""The study report: every figure comes ready-made from the facade (`ReportInputs`), the same
dicts `analyse --format json`, `capital`, `compare`... print; this module only lays them out.

Sections follow issue 13: cover, contents, a one-page summary, rules and method, sample and
Round 3, LM3 and recirculation, leakage, the money trail, the territory, input-output, the saved
scenarios, opportunities, money for capital, the map, comparisons, sources, definitions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import catalogue
from ..analysis import charts
from ..analysis.chart_format import (
    format_euros,
    format_number,
    format_percent,
    ownership_label,
)
from ..analysis.io_results import IOMultipliers
from ..domain import Study
from ..errors import Cancelled
from .document import GREY, RED, Document
from .texts import DEFAULT_TESTS_FR, TEXTS, text

Step = Callable[[float], None]


@dataclass
class ReportInputs:
    """What the report shows, as the facade computed it (None: the section says why not)."""

    study: Study
    analysis: Mapping[str, Any]
    territory: Mapping[str, Any] | None = None
    profile: Mapping[str, Any] | None = None
    io: IOMultipliers | None = None
    scenarios: Sequence[Mapping[str, Any]] = ()
    opportunities: Mapping[str, Any] | None = None
    opportunities_note: str = ""
    capital: Mapping[str, Any] | None = None
    map: Mapping[str, Any] | None = None
    comparison: Mapping[str, Any] | None = None
    written: date = field(default_factory=date.today)


def format_date(day: date, lang: str) -> str:
    months_fr = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
    if lang == "fr":
        return f"{day.day}{'er' if day.day == 1 else ''} {months_fr[day.month - 1]} {day.year}"
    months_en = ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December")
    return f"{day.day} {months_en[day.month - 1]} {day.year}"


class _Writer:
    def __init__(self, inputs: ReportInputs, lang: str, step: Step,
                 cancel: Callable[[], bool]) -> None:
        self.inputs = inputs
        self.lang = lang
        self.data = inputs.analysis
        self.step = step
        self.cancel = cancel
        study = inputs.study
        self.doc = Document(lang, fictitious=study.fictitious, footer_left=study.name[:80])
        self.doc.set_title(study.name)
        self.doc.set_author("Made in Local")
        self.doc.set_creator("Made in Local")
        self.labels = {c.code: (c.label_fr if lang == "fr" else c.label_en) or c.code
                       for c in study.categories}

    # -- helpers -----------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def lm3(self, value: float | None) -> str:
        return format_number(value, 3, self.lang)

    def interval(self, pair: Sequence[float | None] | None, decimals: int = 3,
                 euros: bool = False) -> str:
        if not pair or pair[0] is None or pair[1] is None:
            return self.t("ci_none")
        if euros:
            low, high = (format_euros(pair[0], self.lang, decimals),
                         format_euros(pair[1], self.lang, decimals))
        else:
            low, high = (format_number(pair[0], decimals, self.lang),
                         format_number(pair[1], decimals, self.lang))
        return f"{low} – {high}"

    def percent(self, share: float | None) -> str:
        return format_percent(share, self.lang)

    def count(self, value: float | None) -> str:
        """A whole number the language's way: 1 174 in French, 1,174 in English."""
        return format_number(value, 0, self.lang)

    def euros(self, value: float | None) -> str:
        return format_euros(value, self.lang)

    def checkpoint(self, done: float) -> None:
        if self.cancel():
            raise Cancelled("report cancelled")
        self.step(done)

    # -- the document ------------------------------------------------------------------------

    def write(self) -> bytes:
        sections: list[Callable[[], None]] = [
            self.cover, self.contents, self.summary, self.method, self.sample, self.results,
            self.leakage, self.trail, self.territory, self.input_output, self.scenarios,
            self.opportunities, self.capital, self.map, self.comparison, self.sources,
            self.definitions]
        for index, section in enumerate(sections):
            section()
            self.checkpoint((index + 1) / (len(sections) + 1))
        return bytes(self.doc.output())

    def cover(self) -> None:
        doc, study = self.doc, self.inputs.study
        doc.numbered = True
        doc.add_page()
        doc.set_y(60)
        doc.paragraph(self.t("cover_kicker"), size=11, colour=GREY, after=6)
        doc.paragraph(study.name, size=22, bold=True, after=8)
        communes = len(study.territory.communes)
        doc.paragraph(self.t("cover_territory", territory=study.territory.name or study.name,
                             communes=communes), size=12, after=2)
        doc.paragraph(self.t("cover_year", year=study.fiscal_year), size=12, after=2)
        doc.paragraph(self.t("cover_date", date=format_date(self.inputs.written, self.lang)),
                      size=12, after=14)
        if study.fictitious:
            doc.paragraph(self.t("fictitious"), size=18, bold=True, colour=RED, after=3)
            doc.paragraph(self.t("cover_fictitious"), size=10.5, after=10)
        doc.set_y(-40)
        doc.paragraph(self.t("cover_made_by"), size=9, colour=GREY)

    def contents(self) -> None:
        self.doc.contents(self.t("contents"))

    def summary(self) -> None:
        doc, data = self.doc, self.data
        doc.heading(self.t("summary"), new_page=True)
        lm3 = data["lm3"]
        owners = data.get("by_ownership") or {}
        independent, chain = owners.get("independent"), owners.get("chain_branch")
        if independent and chain:
            sentence = self.t(
                "summary_euro",
                independent=format_euros(independent["lm3"]["ratio_of_totals"], self.lang, 2),
                independent_ci=self.interval(independent["lm3"].get("ci95"), 2, euros=True),
                chain=format_euros(chain["lm3"]["ratio_of_totals"], self.lang, 2),
                chain_ci=self.interval(chain["lm3"].get("ci95"), 2, euros=True))
        else:
            sentence = self.t("summary_euro_one",
                              value=format_euros(lm3["ratio_of_totals"], self.lang, 2),
                              ci=self.interval(lm3.get("ci95"), 2, euros=True))
        doc.paragraph(sentence, size=12.5, bold=True, after=5)
        doc.key_figure(self.lm3(lm3["ratio_of_totals"]), self.t(
            "summary_lm3", lm3=self.lm3(lm3["ratio_of_totals"]), ci=self.interval(lm3["ci95"]),
            boot=self.interval(lm3.get("bootstrap_ci95")), n=data["n"]))
        doc.key_figure(self.percent(data["recirculation_share"]),
                       self.t("summary_recirculation",
                              share=self.percent(data["recirculation_share"])))
        leaks = sorted((data.get("leakage_by_category") or {}).items(),
                       key=lambda item: -float(item[1]["euros"]))
        points = []
        if leaks and float(leaks[0][1]["euros"]) > 0:
            code, leak = leaks[0]
            points.append(self.t("summary_leak", category=self.labels.get(code, code),
                                 share=self.percent(leak["share"]),
                                 euros=self.euros(leak["euros"])))
        bounds = (data.get("missing") or {}).get("bounds") or {}
        proxy = lm3.get("proxy_ci95")
        if proxy and bounds:
            points.append(self.t("summary_uncertain", low=self.lm3(proxy[0]),
                                 high=self.lm3(proxy[1]), mlow=self.lm3(bounds.get("low")),
                                 mhigh=self.lm3(bounds.get("high"))))
        territory = self.inputs.territory
        if territory:
            local = territory["totals"]["local"]
            points.append(self.t("summary_territory",
                                 units=self.count(territory["frame"]["in_scope"]),
                                 kept=self.euros(local["estimate"]),
                                 ci=self.interval(local.get("ci95"), 0, euros=True)))
        doc.bullets(points, size=10.5)
        doc.paragraph(self.t("summary_read"), size=9.5, colour=GREY)

    def method(self) -> None:
        doc, study = self.doc, self.inputs.study
        doc.heading(self.t("method"), new_page=True)
        doc.heading(self.t("rules"), 1)
        rules = study.rules
        boundary = (self.t("rule_radius", km=format_number(rules.radius_km, 0, self.lang))
                    if rules.boundary == "radius" and rules.radius_km
                    else catalogue.render(f"cli.settings.boundary.{rules.boundary}", {},
                                          self.lang))
        doc.bullets([
            self.t("rule_boundary", boundary=boundary),
            self.t("rule_supplier", test=self._test(rules.supplier_test)),
            self.t("rule_staff", test=self._test(rules.staff_test)),
            self.t("rule_branch_yes" if rules.local_branch_counts_as_local else
                   "rule_branch_no"),
            self.t("rule_vat_yes" if rules.vat_excluded else "rule_vat_no"),
        ])
        doc.heading(self.t("method_brief"), 1)
        boot = (self.data["lm3"].get("bootstrap") or {}).get("B", 0)
        doc.paragraph(self.t("method_text", B=format_number(boot, 0, self.lang)))

    def _test(self, value: str) -> str:
        return DEFAULT_TESTS_FR.get(value, value) if self.lang == "fr" else value

    def sample(self) -> None:
        doc, data = self.doc, self.data
        doc.heading(self.t("sample"), 1)
        items = [self.t("sample_n", n=self.count(data["n"]),
                        shops=self.count(data["n_businesses"])),
                 self.t("sample_weighted" if data.get("weighted") else "sample_unweighted")]
        excluded = len((data.get("missing") or {}).get("excluded") or [])
        if excluded:
            items.append(self.t("sample_excluded", n=excluded))
        territory = self.inputs.territory
        if territory and territory.get("coverage"):
            frame = territory["frame"]
            covered = round(frame["in_scope"] * territory["coverage"]["establishments"])
            items.append(self.t("sample_coverage", covered=self.count(covered),
                                units=self.count(frame["in_scope"])))
        doc.bullets(items)
        doc.heading(self.t("round3"), 1)
        sources = data.get("respend_sources") or {}
        total = sum(int(v) for v in sources.values())
        proxies = int(sources.get("default", 0)) + int(sources.get("io_proxy", 0))
        items = []
        if total:
            items.append(self.t("round3_share", total=self.count(total),
                                proxies=self.count(proxies),
                                share=self.percent(proxies / total)))
        proxy = data["lm3"].get("proxy_ci95")
        spread = data.get("proxy_shares") or {}
        if proxy:
            items.append(self.t("round3_mc", draws=self.count(spread.get("draws")),
                                low=self.lm3(proxy[0]), high=self.lm3(proxy[1])))
        missing = data.get("missing") or {}
        bounds = missing.get("bounds") or {}
        if bounds:
            imputed = sum(int(v) for v in (missing.get("counts") or {}).values())
            items.append(self.t("round3_missing", n=self.count(imputed),
                                low=self.lm3(bounds.get("low")),
                                high=self.lm3(bounds.get("high"))))
        doc.bullets(items)
        groups = spread.get("groups") or {}
        if groups:
            rows = [[self.t(f"group_{name}") if f"group_{name}" in _TEXT_KEYS else name,
                     self.t(f"source_{g.get('source')}")
                     if f"source_{g.get('source')}" in _TEXT_KEYS else str(g.get("source")),
                     self.percent(g.get("share"))] for name, g in groups.items()]
            doc.grid([self.t("col_group"), self.t("round3_source"), self.t("round3_value")],
                     rows, widths=(50, 30, 20), numeric_from=2)

    def _group_rows(self, groups: Mapping[str, Mapping[str, Any]], kind: str) -> list[list[str]]:
        rows = []
        for key, group in groups.items():
            if kind == "ownership":
                name = ownership_label(key, self.lang)
            else:
                label = group.get("label")
                name = (label.get(self.lang) or key) if isinstance(label, Mapping) else key
            lm3 = group["lm3"]
            rows.append([name, str(group["n"]), self.lm3(lm3["ratio_of_totals"]),
                         self.interval(lm3.get("ci95")),
                         self.percent(group.get("recirculation_share"))])
        return rows

    def results(self) -> None:
        doc, data = self.doc, self.data
        doc.heading(self.t("results"), new_page=True)
        overall = data["lm3"]["ratio_of_totals"]
        headers = [self.t("col_group"), self.t("col_n"), self.t("col_lm3"), self.t("col_ci"),
                   self.t("col_recirculation")]
        doc.heading(self.t("by_ownership"), 1)
        doc.grid(headers, self._group_rows(data["by_ownership"], "ownership"),
                 widths=(62, 14, 20, 34, 28))
        doc.chart(charts.lm3_by_group_figure(data["by_ownership"], kind="ownership",
                                             lang=self.lang, overall=overall))
        doc.heading(self.t("by_sector"), 1, new_page=True)
        headers[0] = self.t("col_sector")
        doc.grid(headers, self._group_rows(data["by_sector"], "sector"),
                 widths=(80, 10, 16, 30, 24), size=8)
        doc.chart(charts.lm3_by_group_figure(data["by_sector"], kind="sector", lang=self.lang,
                                             overall=overall))

    def leakage(self) -> None:
        doc, data = self.doc, self.data
        doc.heading(self.t("leakage"), new_page=True)
        doc.paragraph(self.t("leakage_text"))
        leaks = sorted(data["leakage_by_category"].items(),
                       key=lambda item: -float(item[1]["euros"]))
        rows = [[self.labels.get(code, code), self.euros(leak["euros"]),
                 self.percent(leak["share"])] for code, leak in leaks]
        for key in ("retained", "not_described"):
            if data.get(key):
                rows.append([self.t(key), self.euros(data[key]["euros"]),
                             self.percent(data[key]["share"])])
        doc.grid([self.t("col_category"), self.t("col_euros"), self.t("col_share_turnover")],
                 rows, widths=(100, 44, 30))
        doc.chart(charts.leakage_figure(data["leakage_by_category"], lang=self.lang,
                                        labels=self.labels, retained=data.get("retained"),
                                        not_described=data.get("not_described")))

    def trail(self) -> None:
        doc = self.doc
        doc.heading(self.t("trail"))
        doc.paragraph(self.t("trail_text"))
        doc.chart(charts.money_trail_figure(self.data, lang=self.lang, labels=self.labels))

    def territory(self) -> None:
        doc, found = self.doc, self.inputs.territory
        doc.heading(self.t("territory"), new_page=True)
        if not found:
            doc.paragraph(self.t("territory_none"))
            return
        doc.heading(self.t("territory_totals"), 1)
        totals = found["totals"]
        leak = sum(float(v["estimate"]) for v in (found.get("leakage") or {}).values())
        rows = [[self.t("t_turnover"), self.euros(totals["r1"]["estimate"]),
                 self.interval(totals["r1"].get("ci95"), 0, euros=True)],
                [self.t("t_r2"), self.euros(totals["r2"]["estimate"]),
                 self.interval(totals["r2"].get("ci95"), 0, euros=True)],
                [self.t("t_r3"), self.euros(totals["r3"]["estimate"]),
                 self.interval(totals["r3"].get("ci95"), 0, euros=True)],
                [self.t("t_leak"), self.euros(leak), ""],
                [self.t("t_lm3"), self.lm3(found["lm3"]["estimate"]),
                 self.interval(found["lm3"].get("ci95"))],
                [self.t("t_recirculation"), self.percent(found["recirculation"]["estimate"]),
                 self._percent_interval(found["recirculation"].get("ci95"))]]
        doc.grid([self.t("col_measure"), self.t("col_value"), self.t("col_ci")], rows,
                 widths=(70, 44, 60))
        from ..analysis.territory_charts import kept_and_leaked_figure

        doc.chart(kept_and_leaked_figure(found, lang=self.lang))
        profile = self.inputs.profile
        if profile:
            doc.heading(self.t("profile"), 1)
            doc.paragraph(self.t("profile_text",
                                 establishments=format_number(profile["establishments"], 0,
                                                              self.lang),
                                 jobs=format_number(profile["jobs"], 0, self.lang),
                                 source=profile.get("source_name") or ""))
            ess, head = profile.get("ess") or {}, profile.get("head_office_in_territory") or {}
            if ess.get("known") and head.get("known"):
                doc.paragraph(self.t("profile_ess", establishments=self.percent(
                    ess["establishments"]), jobs=self.percent(ess["jobs"]),
                    head_office=self.percent(head["share"])))
            rows = [[f"{s['code']} {s['label']}", format_number(s["establishments"], 0,
                                                                 self.lang),
                     format_number(s["jobs"], 0, self.lang)] for s in profile["by_sector"]]
            doc.grid([self.t("col_sector"), self.t("col_establishments"), self.t("col_jobs")],
                     rows, widths=(120, 28, 26), size=8)

    def _percent_interval(self, pair: Sequence[float] | None) -> str:
        if not pair:
            return self.t("ci_none")
        return f"{self.percent(pair[0])} – {self.percent(pair[1])}"

    def input_output(self) -> None:
        doc, found = self.doc, self.inputs.io
        doc.heading(self.t("io"), new_page=True)
        if not found:
            doc.paragraph(self.t("io_none"))
            return
        table = found.table
        title = (table.get("title_fr") if self.lang == "fr" else None) or table.get("title")
        regional = found.regionalisation or {}
        method = str(regional.get("method") or "").upper()  # FLQ (Flegg), as the IO view says
        if regional.get("delta") is not None and method in ("FLQ", "AFLQ"):
            method += f", δ = {format_number(regional['delta'], 2, self.lang)}"
        doc.paragraph(self.t("io_table", title=title, method=method))
        empty: list[float | None] = [None] * len(found.sectors)
        jobs = found.jobs_per_million_eur or empty
        value_added, income = found.value_added_effects or empty, found.income_effects or empty
        rows = [[f"{code} {label}", format_number(found.output_multipliers[i], 3, self.lang),
                 format_number(value_added[i], 3, self.lang),
                 format_number(income[i], 3, self.lang),
                 format_number(jobs[i], 1, self.lang)]
                for i, (code, label) in enumerate(zip(found.sectors, found.names, strict=True))]
        doc.grid([self.t("col_sector"), self.t("col_output_mult"), self.t("col_va"),
                  self.t("col_income"), self.t("col_jobs_per_m")], rows,
                 widths=(86, 22, 22, 20, 24), size=7.5)
        from ..analysis.io_charts import multipliers_figure

        doc.chart(multipliers_figure(found, lang=self.lang))
        self._attribution(table)

    def _attribution(self, table: Mapping[str, Any]) -> None:
        note = (table.get("attribution_fr") if self.lang == "fr" else None) or \
            table.get("attribution")
        if note:
            self.doc.paragraph(note, size=7.5, colour=GREY)

    def scenarios(self) -> None:
        doc, found = self.doc, self.inputs.scenarios
        doc.heading(self.t("scenarios"), new_page=True)
        if not found:
            doc.paragraph(self.t("scenarios_none"))
            return
        names = [s["scenario"].get("name") or self.t("sc_unnamed", n=k + 1)
                 for k, s in enumerate(found)]
        for start in range(0, len(found), 3):  # three scenarios side by side per table
            chunk = list(range(start, min(start + 3, len(found))))
            rows = [[self.t("sc_shifts"), *[self._shifts(found[k]) for k in chunk]],
                    [self.t("sc_respend"),
                     *[self.percent(found[k]["scenario"]["respend_share"]) for k in chunk]],
                    [self.t("sc_lm3"), *[f"{self.lm3(found[k]['lm3_before'])} → "
                                         f"{self.lm3(found[k]['lm3_after'])}" for k in chunk]],
                    [self.t("sc_kept"),
                     *[self.euros(found[k]["extra_local_euros_r2_r3"]) for k in chunk]],
                    [self.t("sc_output"), *[self.euros(found[k]["output"]) for k in chunk]],
                    [self.t("sc_income"), *[self.euros(found[k]["income"]) for k in chunk]],
                    [self.t("sc_va"), *[self.euros(found[k]["value_added"]) for k in chunk]],
                    [self.t("sc_jobs"),
                     *[format_number(found[k]["jobs"], 1, self.lang) for k in chunk]]]
            width = (self.doc.epw - 50) / len(chunk)
            doc.grid([self.t("col_scenario"), *[names[k] for k in chunk]], rows,
                     widths=(50, *[width] * len(chunk)))
        if any(any(n.get("code") == "impact.national_model" for n in s.get("notices") or [])
               for s in found):
            doc.paragraph(self.t("national_model"), size=8.5, colour=GREY)
        self._attribution(found[0].get("table") or {})

    def _shifts(self, result: Mapping[str, Any]) -> str:
        return "\n".join(f"{self.labels.get(s['category'], s['category'])} : "
                         f"{self.percent(s['fraction'])}" if self.lang == "fr" else
                         f"{self.labels.get(s['category'], s['category'])}: "
                         f"{self.percent(s['fraction'])}"
                         for s in result["scenario"]["shifts"]).replace(" :", "\u00a0:")

    def opportunities(self) -> None:
        doc, found = self.doc, self.inputs.opportunities
        doc.heading(self.t("opportunities"), new_page=True)
        if not found:
            doc.paragraph(self.t("opp_unavailable", reason=self.inputs.opportunities_note))
            return
        doc.paragraph(self.t("opp_text", share=self.percent(found.get("share", 0.25))))

        def jobs(value: Any, decimals: int = 0) -> str:
            return format_number(value, decimals, self.lang)

        rows = [[f"{s['code']} {s.get('label') or ''}", jobs(s["expected_jobs"]),
                 jobs(s["local_jobs"]), jobs(s["gap_jobs"]), jobs(s["direct_jobs"], 1),
                 jobs(s["total_jobs"], 1)] for s in found["sectors"][:15]]
        totals = found["totals"]
        rows.append([self.t("col_total"), jobs(totals.get("expected_jobs")),
                     jobs(totals.get("local_jobs")), jobs(totals.get("gap_jobs")),
                     jobs(totals.get("direct_jobs"), 1), jobs(totals.get("total_jobs"), 1)])
        doc.grid([self.t("col_sector"), self.t("col_expected"), self.t("col_local"),
                  self.t("col_gap"), self.t("col_direct_jobs"), self.t("col_total_jobs")], rows,
                 widths=(74, 20, 20, 20, 20, 20), size=7.5, bold_last=True)
        from ..analysis.impact_charts import opportunities_figure

        doc.chart(opportunities_figure(found, lang=self.lang))
        self._attribution(found.get("table") or {})

    def capital(self) -> None:
        doc, found = self.doc, self.inputs.capital
        if not found:
            return
        doc.heading(self.t("capital"), new_page=True)
        doc.paragraph(self.t("capital_text"))

        def per(group: Mapping[str, Any], key: str) -> str:
            value = group.get(key)
            return "—" if value is None else format_euros(float(value) * 100, self.lang, 2)

        rows = []
        groups = [(ownership_label(k, self.lang), g) for k, g in found["by_ownership"].items()]
        groups.append((self.t("col_total"), found["all"]))
        for name, group in groups:
            rows.append([name, str(group["n"]), self.euros(group["turnover"]),
                         per(group["lender"], "outside_share"),
                         per(group["owner"], "outside_share"),
                         per(group["capital"], "local_share_of_turnover"),
                         self.euros(group["capital"]["outside"])])
        doc.grid([self.t("col_ownership"), self.t("col_n"), self.t("col_turnover"),
                  self.t("col_interest_out"), self.t("col_owner_out"),
                  self.t("col_capital_local"), self.t("col_capital_out")], rows,
                 widths=(42, 10, 28, 22, 24, 22, 26), size=7.5, bold_last=True)
        from ..analysis.impact_charts import capital_figure

        doc.chart(capital_figure(found, lang=self.lang))

    def map(self) -> None:
        doc, found = self.doc, self.inputs.map
        if not found:
            return
        from ..analysis.territory_map import CommunePoint, territory_map_figure

        doc.heading(self.t("map"), new_page=True)
        doc.paragraph(self.t("map_text"))
        points = [CommunePoint(p["code"], p["name"], p["latitude"], p["longitude"],
                               float(p["value"])) for p in found["points"]]
        doc.chart(territory_map_figure(points, found["size_by"], territory=found["territory"],
                                       lang=self.lang))
        if found.get("missing"):
            doc.paragraph(self.t("map_missing", names=", ".join(
                f"{p['name']} ({p['code']})" for p in found["missing"])), size=9)

    def comparison(self) -> None:
        doc, found = self.doc, self.inputs.comparison
        if not found:
            return
        doc.heading(self.t("compare"), new_page=True)
        doc.paragraph(self.t("compare_text"))
        for notice in found.get("notices") or []:
            doc.paragraph(self.t("compare_warning", text=catalogue.render(
                notice["code"], notice.get("params") or {}, self.lang)), size=9, colour=RED)
        studies = found["studies"]
        rows = [[self.t("col_year"), *[str(s["fiscal_year"]) for s in studies]],
                [self.t("col_n"), *[str(s["n"]) for s in studies]]]
        for row in found["rows"]:
            if row["breakdown"] not in ("all", "ownership"):
                continue
            if row["measure"] == "leakage":
                continue
            label = (self.t("col_lm3") if row["measure"] == "lm3"
                     else self.t("col_recirculation"))
            if row["breakdown"] == "ownership":
                label += " — " + ownership_label(row["key"], self.lang)
            cells = [self._compared(row["measure"], v, d)
                     for v, d in zip(row["values"], row["differences"], strict=True)]
            rows.append([label, *cells])
        width = (doc.epw - 56) / len(studies)
        doc.grid([self.t("col_study"), *[s["label"] for s in studies]], rows,
                 widths=(56, *[width] * len(studies)), size=7.5)

    def _compared(self, measure: str, value: Mapping[str, Any] | None,
                  difference: Mapping[str, Any] | None) -> str:
        if not value or value.get("estimate") is None:
            return "—"
        show = self.lm3 if measure == "lm3" else self.percent
        cell = show(value["estimate"])
        if difference:
            sign = "+" if difference["difference"] >= 0 else ""
            cell += f"\n({sign}{show(difference['difference'])} ; " \
                    f"{show(difference['ci95'][0])} – {show(difference['ci95'][1])})" \
                if self.lang == "fr" else \
                f"\n({sign}{show(difference['difference'])}; " \
                f"{show(difference['ci95'][0])} – {show(difference['ci95'][1])})"
        return cell.replace(" ;", "\u202f;")

    def sources(self) -> None:
        doc = self.doc
        doc.heading(self.t("sources"), new_page=True)
        doc.bullets([self.t(k) for k in ("src_survey", "src_wiod", "src_insee", "src_dgcl",
                                         "src_poste", "src_fonts")])

    def definitions(self) -> None:
        doc = self.doc
        doc.heading(self.t("definitions"))
        doc.bullets([self.t(k) for k in ("def_lm3", "def_round1", "def_round2", "def_round3",
                                         "def_recirculation", "def_leakage", "def_ci",
                                         "def_bootstrap", "def_mc", "def_multiplier",
                                         "def_type")], size=9.5)


_TEXT_KEYS = set(TEXTS["fr"])


def write_report(inputs: ReportInputs, target: Path, *, lang: str = "fr",
                 progress: Step | None = None,
                 should_cancel: Callable[[], bool] | None = None) -> Path:
    """Write the report of `inputs` to `target` (the caller makes it atomic)."""
    writer = _Writer(inputs, lang, progress or (lambda _: None),
                     should_cancel or (lambda: False))
    target.write_bytes(writer.write())
    return target
