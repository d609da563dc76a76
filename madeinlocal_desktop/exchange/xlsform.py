"""The study's interview as an XLSForm, for ODK Collect and KoboToolbox (docs/interop.md).

    write_xlsform(study, businesses, path)

Sheets `survey`, `choices` and `settings`, labels in French and English
(`label::Français (fr)`, `label::English (en)`). The questions follow the app's interview form:
the shop (picked from the register or a new one), consent, turnover, staff payroll and the share
paid to staff living locally, owners' pay and its local share, a repeat group of spending lines
(category, amount, local share, the recipient's Round-3 share), notes, and "complete". Shares
are asked in percent, as in the app. Constraints say what the app's rules say; the import
checks everything again (a phone may run an older copy of the form).

The field names below are what `submissions.py` reads back: they are the form's contract.
Two hidden fields, `study_id` and `form_version`, travel in every submission, so that an answer
given to another study's form, or to an older version of this one, is recognised on import.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..domain import OWNERSHIP_LABELS_FR, Business, Ownership, Study
from ..reference import geo

FR, EN = "Français (fr)", "English (en)"
FORM_SCHEMA = "1"  # bumped when the questions below change meaning
NEW_SHOP = "_new"  # the register choice for a shop not in the register yet
YES, NO = "yes", "no"
SECTION_CATEGORIES = {"payroll": "wages", "owner_pay": "owner_pay"}  # asked outside the repeat
LOCAL_OF = {"payroll": "staff_local", "owner_pay": "owner_local"}
LINES = "lines"  # the repeat group of spending lines

OWNERSHIP_LABELS_EN = {
    Ownership.INDEPENDENT: "Independent", Ownership.COOPERATIVE: "Cooperative / social economy",
    Ownership.FRANCHISE: "Franchise", Ownership.CHAIN_BRANCH: "Chain branch",
    Ownership.PUBLIC: "Public body / association",
}

_PERCENT = ". >= 0 and . <= 100"
_PERCENT_MSG = ("La part doit être comprise entre 0 et 100 %",
                "The share must be between 0 and 100%")
_AMOUNT_MSG = ("Le montant ne peut pas être négatif", "The amount cannot be negative")
_NEW = f"${{business}} = '{NEW_SHOP}'"

SURVEY_COLUMNS = ("type", "name", f"label::{FR}", f"label::{EN}", f"hint::{FR}", f"hint::{EN}",
                  "required", "relevant", "constraint", f"constraint_message::{FR}",
                  f"constraint_message::{EN}", "calculation", "default", "appearance")
CHOICE_COLUMNS = ("list_name", "name", f"label::{FR}", f"label::{EN}")
SETTINGS_COLUMNS = ("form_title", "form_id", "version", "default_language", "instance_name",
                    "study_id")


def form_id(study: Study) -> str:
    return "madeinlocal_" + study.id.replace("-", "_")


def form_version(study: Study) -> str:
    """Changes when the answers could mean something else: the questions or the categories.
    A new shop in the register does not change it (old phones' answers stay importable)."""
    codes = "\n".join(c.code for c in study.categories)
    return f"{FORM_SCHEMA}.{hashlib.sha256(codes.encode()).hexdigest()[:8]}"


def line_categories(study: Study) -> list[Any]:
    """The categories of the repeat group: every one but those asked in their own section."""
    return [c for c in study.categories if c.code not in SECTION_CATEGORIES.values()]


def _q(kind: str, name: str, fr: str, en: str, **extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"type": kind, "name": name, f"label::{FR}": fr, f"label::{EN}": en}
    for key, value in extra.items():
        if key in ("constraint_message", "hint"):
            row[f"{key}::{FR}"], row[f"{key}::{EN}"] = value
        else:
            row[key] = value
    return row


def _amount(name: str, fr: str, en: str, **extra: Any) -> dict[str, Any]:
    return _q("decimal", name, fr, en, constraint=". >= 0", constraint_message=_AMOUNT_MSG,
              **extra)


def _percent(name: str, fr: str, en: str, **extra: Any) -> dict[str, Any]:
    return _q("decimal", name, fr, en, constraint=_PERCENT, constraint_message=_PERCENT_MSG,
              **extra)


def survey_rows(study: Study) -> list[dict[str, Any]]:
    return [
        _q("start", "start", "", ""), _q("end", "end", "", ""),
        _q("calculate", "study_id", "", "", calculation=f"'{study.id}'"),
        _q("calculate", "form_version", "", "", calculation=f"'{form_version(study)}'"),
        _q("text", "surveyor", "Enquêteur ou enquêtrice", "Surveyor", required="yes"),
        _q("date", "interview_date", "Date de l'entretien", "Interview date", required="yes",
           default="today()"),
        _q("begin_group", "shop", "Commerce", "Shop"),
        _q("select_one register", "business", "Commerce (registre de l'étude)",
           "Shop (the study's register)", required="yes", appearance="autocomplete"),
        _q("text", "shop_name", "Nom du commerce", "Shop name", required="yes", relevant=_NEW),
        _q("text", "siret", "SIRET (14 chiffres)", "SIRET (14 digits)", relevant=_NEW,
           constraint="regex(., '^[0-9]{14}$')",
           constraint_message=("Un SIRET a 14 chiffres", "A SIRET has 14 digits")),
        _q("text", "naf", "Code NAF (ex. 47.24Z)", "NAF code (e.g. 47.24Z)", relevant=_NEW,
           constraint="regex(., '^[0-9]{2}\\.?[0-9]{2}[A-Za-z]$')",
           constraint_message=("Un code NAF s'écrit 47.24Z", "A NAF code is written 47.24Z")),
        _q("select_one communes", "commune", "Commune", "Commune", relevant=_NEW,
           appearance="autocomplete"),
        _q("select_one ownership", "ownership", "Type de propriété", "Ownership",
           relevant=_NEW, required="yes"),
        _q("end_group", "", "", ""),
        _q("select_one yes_no", "consent", "Le ou la responsable accepte l'entretien",
           "The owner or manager agrees to the interview", required="yes"),
        _amount("turnover", "Chiffre d'affaires HT de l'exercice (€)",
                "Turnover excluding VAT for the year (€)", relevant=f"${{consent}} = '{YES}'"),
        _q("begin_group", "staff", "Personnel", "Staff", relevant=f"${{consent}} = '{YES}'"),
        _amount("payroll", "Salaires bruts versés (€)", "Gross wages paid (€)"),
        _percent("staff_local", "Part versée à du personnel habitant le territoire (%)",
                 "Share paid to staff living in the territory (%)"),
        _q("end_group", "", "", ""),
        _q("begin_group", "owners", "Propriétaires", "Owners",
           relevant=f"${{consent}} = '{YES}'"),
        _amount("owner_pay", "Rémunération et dividendes des propriétaires (€)",
                "Owners' pay, drawings and dividends (€)"),
        _percent("owner_local", "Part versée à des propriétaires du territoire (%)",
                 "Share paid to owners living in the territory (%)"),
        _q("end_group", "", "", ""),
        _q("begin_repeat", LINES, "Dépenses", "Spending", relevant=f"${{consent}} = '{YES}'"),
        _q("select_one categories", "category", "Catégorie", "Category", required="yes"),
        _amount("amount", "Montant (€)", "Amount (€)"),
        _percent("local_share", "Part payée dans le territoire (%)",
                 "Share paid inside the territory (%)"),
        _percent("respend_share", "Tour 3 : part que le bénéficiaire dépense dans le "
                 "territoire (%)", "Round 3: share the recipient spends in the territory (%)",
                 hint=("Laisser vide : estimée par l'analyse",
                       "Leave empty: the analysis estimates it")),
        _q("end_repeat", "", "", ""),
        _q("text", "notes", "Remarques", "Notes", appearance="multiline"),
        _q("select_one yes_no", "complete", "Entretien terminé", "Interview complete",
           required="yes",
           constraint=f". = '{NO}' or (${{consent}} = '{YES}' and ${{turnover}} != '')",
           constraint_message=("Un entretien terminé demande l'accord et le chiffre "
                               "d'affaires", "A complete interview needs consent and the "
                               "turnover")),
    ]


def choice_rows(study: Study, businesses: Sequence[Business]) -> list[dict[str, Any]]:
    names = geo.communes_by_code()

    def choice(list_name: str, name: str, fr: str, en: str | None = None) -> dict[str, Any]:
        return {"list_name": list_name, "name": name, f"label::{FR}": fr,
                f"label::{EN}": fr if en is None else en}

    rows = [choice("yes_no", YES, "Oui", "Yes"), choice("yes_no", NO, "Non", "No")]
    rows.append(choice("register", NEW_SHOP, "Nouveau commerce (pas dans la liste)",
                       "New shop (not in the list)"))
    for business in sorted(businesses, key=lambda b: b.name.casefold()):
        place = names[business.commune].name if business.commune in names else ""
        rows.append(choice("register", business.id,
                           f"{business.name} — {place}" if place else business.name))
    for code in study.territory.communes:
        rows.append(choice("communes", code, names[code].name if code in names else code))
    for ownership in Ownership:
        rows.append(choice("ownership", ownership.value, OWNERSHIP_LABELS_FR[ownership],
                           OWNERSHIP_LABELS_EN[ownership]))
    for category in line_categories(study):
        rows.append(choice("categories", category.code, category.label_fr, category.label_en))
    return rows


def settings_row(study: Study) -> dict[str, Any]:
    return {"form_title": study.name, "form_id": form_id(study), "version": form_version(study),
            "default_language": FR, "instance_name": "concat(${surveyor}, ' ', "
            "${interview_date})", "study_id": study.id}


def write_xlsform(study: Study, businesses: Sequence[Business], path: str | Path) -> Path:
    from openpyxl import Workbook  # only when a form is written

    workbook = Workbook()
    sheets = (("survey", SURVEY_COLUMNS, survey_rows(study)),
              ("choices", CHOICE_COLUMNS, choice_rows(study, businesses)),
              ("settings", SETTINGS_COLUMNS, [settings_row(study)]))
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(list(columns))
        for row in rows:
            # Text only: a value that looks like a formula ("=…") must stay text.
            sheet.append([_cell(row.get(column)) for column in columns])
        sheet.freeze_panes = "A2"
    target = Path(path)
    workbook.save(target)
    return target


def _cell(value: Any) -> Any:
    if value in (None, ""):
        return None
    return value
