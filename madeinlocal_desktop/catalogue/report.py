"""Texts of the study report and the shop feedback sheets: what can stop them being written."""

TEXTS = {
    "report.unknown_scenario": (
        "Scénario inconnu : « {name} » (scénarios enregistrés : {names})",
        "Unknown scenario: “{name}” (saved scenarios: {names})"),
    "report.no_scenarios": (
        "Scénario inconnu : « {name} » (aucun scénario n'est enregistré dans cette étude)",
        "Unknown scenario: “{name}” (this study has no saved scenario)"),
    "report.unknown_shop": (
        "Commerce inconnu ou sans entretien complet : {shop} (voir la liste des commerces "
        "enquêtés)",
        "Unknown shop, or one without a complete interview: {shop} (see the list of "
        "interviewed shops)"),
    "report.cannot_write": (
        "Impossible d'écrire le rapport dans {path} : {reason}",
        "Cannot write the report to {path}: {reason}"),
    "report.not_pdf": (
        "Le rapport s'écrit dans un fichier .pdf (reçu {path})",
        "The report is written to a .pdf file (got {path})"),
    "report.compare_self": (
        "L'étude ne peut pas être comparée à elle-même : {path}",
        "The study cannot be compared with itself: {path}"),
}
