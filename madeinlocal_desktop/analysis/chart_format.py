"""Words and numbers on the charts, in French (first) and English, without Qt.

The charts are also saved by the report and the CLI, which have no QLocale, so numbers follow the
same conventions as Qt's French locale here: a narrow no-break space between thousands, a decimal
comma, and a no-break space before € and % ("12 500 €", "26,9 %").
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Mapping

from ..domain import OWNERSHIP_LABELS_FR, Ownership

NNBSP = "\u202f"  # narrow no-break space: French thousands separator (as QLocale French)
NBSP = "\u00a0"  # no-break space: before € and % in French
DASH = "–"

LANGS = ("fr", "en")

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "by_sector": "LM3 par secteur d'activité",
        "by_ownership": "LM3 par type de propriété",
        "lm3_axis": "LM3 (euros locaux générés par euro de chiffre d'affaires)",
        "overall": "Ensemble : {value}",
        "interval_note": "Barres : intervalle de confiance à 95 %",
        "clipped_note": " (tronqué à l'intervalle possible 1–3)",
        "n_label": "{label} (n = {n})",
        "n_label_no_interval": "{label} (n = {n}, trop peu pour un intervalle)",
        "leakage": "Où part l'argent qui quitte le territoire",
        "leakage_axis": "Euros par an (entreprises enquêtées)",
        "leakage_share_note": "% : part du chiffre d'affaires total",
        "retained": "Bénéfice mis en réserve, amortissements (non dépensé)",
        "not_described": "Chiffre d'affaires non détaillé",
        "trail": "Le parcours de {spent} dépensés dans un commerce enquêté",
        "trail_round1": "Tour 1\nchiffre d'affaires",
        "trail_round2": "Tour 2\nce que le commerce paie",
        "trail_round3": "Tour 3\nce que les bénéficiaires\nlocaux redépensent",
        "trail_total": "Total local\n(tours 1 + 2 + 3)",
        "trail_spent": "{value}\ndépensés",
        "trail_local": "{value}\nrestent",
        "trail_outside": "{value}\nsortent",
        "trail_not_spent": "{value} non dépensés\nou non détaillés",
        "trail_lm3": "LM3 = ({r1} + {r2} + {r3}) / {r1} = {lm3}",
        "trail_leaks": "Principales fuites : {items}",
        "scenario": "Scénario : {fraction} des dépenses non locales « {category} » "
                    "confiées à des fournisseurs locaux",
        "scenario_title": "Scénarios de relocalisation des achats",
        "scenario_today": "Aujourd'hui",
        "scenario_row": "Scénario",
        "scenario_r2": "Tour 2 local",
        "scenario_r3": "Tour 3 local",
        "scenario_gain": "Gain du scénario",
        "scenario_kept": "Soit {value} de plus par an dans l'économie locale "
                         "(tours 2 et 3)",
        "scenario_axis": "LM3",
        "unspecified": "Non renseigné",
        "fictitious_mark": "DONNÉES FICTIVES",
    },
    "en": {
        "by_sector": "LM3 by sector",
        "by_ownership": "LM3 by ownership",
        "lm3_axis": "LM3 (local euros generated per euro of sales)",
        "overall": "All businesses: {value}",
        "interval_note": "Bars: 95% confidence interval",
        "clipped_note": " (cut at the possible range 1–3)",
        "n_label": "{label} (n = {n})",
        "n_label_no_interval": "{label} (n = {n}, too few for an interval)",
        "leakage": "Where the money leaving the territory goes",
        "leakage_axis": "Euros per year (surveyed businesses)",
        "leakage_share_note": "%: share of total turnover",
        "retained": "Retained profit, depreciation (not spent)",
        "not_described": "Turnover not broken down",
        "trail": "The trail of {spent} spent in a surveyed shop",
        "trail_round1": "Round 1\nturnover",
        "trail_round2": "Round 2\nwhat the shop pays",
        "trail_round3": "Round 3\nwhat local recipients\nre-spend",
        "trail_total": "Local total\n(rounds 1 + 2 + 3)",
        "trail_spent": "{value}\nspent",
        "trail_local": "{value}\nstay",
        "trail_outside": "{value}\nleave",
        "trail_not_spent": "{value} not spent\nor not broken down",
        "trail_lm3": "LM3 = ({r1} + {r2} + {r3}) / {r1} = {lm3}",
        "trail_leaks": "Biggest leaks: {items}",
        "scenario": "Scenario: {fraction} of non-local “{category}” spending moved to "
                    "local suppliers",
        "scenario_title": "Scenarios: buying locally",
        "scenario_today": "Today",
        "scenario_row": "Scenario",
        "scenario_r2": "Round 2, local",
        "scenario_r3": "Round 3, local",
        "scenario_gain": "Scenario gain",
        "scenario_kept": "That is {value} more per year in the local economy "
                         "(rounds 2 and 3)",
        "scenario_axis": "LM3",
        "unspecified": "Not given",
        "fictitious_mark": "FICTITIOUS DATA",
    },
}

OWNERSHIP_LABELS: dict[str, dict[str, str]] = {
    "fr": {o.value: label for o, label in OWNERSHIP_LABELS_FR.items()},
    "en": {
        Ownership.INDEPENDENT.value: "Independent",
        Ownership.COOPERATIVE.value: "Co-operative / social economy",
        Ownership.FRANCHISE.value: "Franchise",
        Ownership.CHAIN_BRANCH.value: "Chain branch",
        Ownership.PUBLIC.value: "Public body / association",
    },
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang should be one of {LANGS}, not {lang!r}")
    return lang


def text(lang: str, key: str, overrides: Mapping[str, str] | None = None, **values: object) -> str:
    """A chart text; `overrides` lets a caller (the GUI's translations) replace any of them."""
    template = (overrides or {}).get(key) or TEXTS[check_lang(lang)][key]
    return template.format(**values) if values else template


def ownership_label(code: str, lang: str) -> str:
    labels = OWNERSHIP_LABELS[check_lang(lang)]
    return labels.get(code) or (TEXTS[lang]["unspecified"] if code == "unspecified" else code)


# --- numbers --------------------------------------------------------------------------------------


def format_number(value: float | None, decimals: int, lang: str) -> str:
    """12 500,5 in French, 12,500.5 in English; "—" for a missing value."""
    if value is None or not math.isfinite(value):
        return "—"
    raw = f"{value:,.{decimals}f}"
    if check_lang(lang) == "fr":
        return raw.replace(",", NNBSP).replace(".", ",")
    return raw


def format_euros(value: float | None, lang: str, decimals: int = 0) -> str:
    """12 500 € in French, €12,500 in English."""
    number = format_number(value, decimals, lang)
    if number == "—":
        return number
    if lang == "fr":
        return f"{number}{NBSP}€"
    return f"-€{number[1:]}" if number.startswith("-") else f"€{number}"


def format_euros_short(value: float, lang: str) -> str:
    """Axis ticks: 500 k€, 1,5 M€ (French) / €500k, €1.5M (English)."""
    size = abs(value)
    for threshold, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if size >= threshold:
            scaled = value / threshold
            digits = 0 if scaled == round(scaled) else 1
            number = format_number(scaled, digits, lang)
            return f"{number}{NBSP}{suffix}€" if lang == "fr" else f"€{number}{suffix}"
    return format_euros(value, lang)


def format_percent(share: float | None, lang: str, decimals: int = 1) -> str:
    """A share in [0, 1] as 26,9 % (French) or 26.9% (English)."""
    if share is None or not math.isfinite(share):
        return "—"
    number = format_number(share * 100, decimals, lang)
    return f"{number}{NBSP}%" if lang == "fr" else f"{number}%"


def wrap(label: str, width: int = 34, lines: int = 2) -> str:
    """Long category and NAF labels on at most `lines` lines, shortened with an ellipsis."""
    parts = textwrap.wrap(label, width) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip(" .,;") + "…"  # never "magas.…"
    return "\n".join(parts)


def literal(label: str) -> str:
    """A study's own words as matplotlib should draw them: as typed. Text holding two $ signs
    is otherwise read as math, and "Frais $x^$" would stop the chart from drawing."""
    return label.replace("$", r"\$")


def literal_labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    return {key: literal(label) for key, label in (labels or {}).items()}


def short_label(label: str, width: int = 46) -> str:
    """A category label on one line: "Services extérieurs (comptable, …)" loses its bracket
    when longer than `width` (0: always), and is wrapped only if still too long."""
    if width and len(label) <= width:
        return label
    head = label.split(" (")[0].strip()
    return head if not width or len(head) <= width else wrap(head, width)


def apportion(values: list[float], step: float = 0.1, total: float | None = None) -> list[float]:
    """Round `values` to multiples of `step` so that they still add up to the rounded `total`
    (largest remainders): the parts written on a chart then sum to the whole written beside."""
    units = round((sum(values) if total is None else total) / step)
    floors = [math.floor(v / step + 1e-9) for v in values]
    order = sorted(range(len(values)), key=lambda i: floors[i] - values[i] / step)
    for i in order[: max(units - sum(floors), 0)]:
        floors[i] += 1
    return [f * step for f in floors]


def format_amount(value: float, lang: str) -> str:
    """Euros with a decimal only when needed: "100 €", "26,5 €"."""
    return format_euros(value, lang, 0 if abs(value - round(value)) < 1e-6 else 1)
