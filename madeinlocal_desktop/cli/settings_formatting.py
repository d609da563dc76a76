"""The study's settings as `madeinlocal settings STUDY show` prints them, in the user's
language: territory, what counts as local, Round-3 defaults with their justification, and the
spending categories."""

from __future__ import annotations

from ..catalogue import text
from ..domain import Recipient, Study
from ..project import commune_name
from .formatting import RECIPIENTS

_RULES = {"share": "cli.settings.rule.share", "never": "cli.settings.rule.never",
          "retained": "cli.settings.rule.retained"}
_BOUNDARIES = {"communes": "cli.settings.boundary.communes",
               "epci": "cli.settings.boundary.epci",
               "departement": "cli.settings.boundary.departement",
               "radius": "cli.settings.boundary.radius"}
_SHOWN_COMMUNES = 8  # beyond this, the count and the first ones


def _words(words: dict[str, str], code: str) -> str:
    return text(words[code]) if code in words else code


def settings_table(study: Study) -> str:
    territory, local = study.territory, study.rules
    named = [f"{code} {commune_name(code) or ''}".strip()
             for code in territory.communes[:_SHOWN_COMMUNES]]
    more = len(territory.communes) - len(named)
    lines = [
        text("cli.settings.title", name=study.name, year=str(study.fiscal_year)),
        text("cli.settings.territory", name=territory.name or "—",
             count=len(territory.communes),
             communes=", ".join(named) + (text("cli.settings.more", count=more) if more else "")),
        text("cli.settings.boundary", boundary=_words(_BOUNDARIES, local.boundary))
        + (text("cli.settings.radius", km=local.radius_km) if local.radius_km else ""),
        text("cli.settings.tests", supplier=local.supplier_test, staff=local.staff_test),
        text("cli.settings.flags", branch=local.local_branch_counts_as_local,
             vat=local.vat_excluded),
        "", text("cli.settings.defaults_heading"),
    ]
    for group in Recipient:
        if group is Recipient.NONE:
            continue
        label = _words(RECIPIENTS, group.value)
        default = study.respend_defaults.get(group.value)
        if default is None:
            lines.append(f"  {group.value:<9} {label:<30} {'—':>8}  "
                         + text("cli.settings.no_default"))
        else:
            shown = text("cli.settings.share", share=default.share)
            lines.append(f"  {group.value:<9} {label:<30} {shown:>8}  {default.justification}")
    lines += ["", text("cli.settings.categories_heading")]
    for category in study.categories:
        recipient = _words(RECIPIENTS, category.recipient.value) \
            if category.recipient is not Recipient.NONE else "—"
        lines.append(f"  {category.code:<22} {category.label_fr} / {category.label_en}  "
                     + text("cli.settings.category_line", recipient=recipient,
                            rule=_words(_RULES, category.r2_rule.value)))
    return "\n".join(lines)
