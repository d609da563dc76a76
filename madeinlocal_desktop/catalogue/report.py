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
        "Impossible d'écrire dans {path} : vérifiez les droits d'écriture du dossier et la "
        "place libre sur le disque",
        "Cannot write to {path}: check that the folder can be written to and the disk has "
        "room"),
    "report.no_folder": (
        "Le dossier {folder} n'existe pas : le fichier {path} ne peut pas y être écrit",
        "The folder {folder} does not exist, so {path} cannot be written there"),
    "report.is_folder": (
        "{path} est un dossier : donnez un nom de fichier .pdf",
        "{path} is a folder: give a .pdf file name"),
    "report.not_pdf": (
        "Le rapport s'écrit dans un fichier .pdf (reçu {path})",
        "The report is written to a .pdf file (got {path})"),
    "report.compare_self": (
        "L'étude ne peut pas être comparée à elle-même : {path}",
        "The study cannot be compared with itself: {path}"),
    "report.no_study": (
        "Étude introuvable : {path}",
        "Study not found: {path}"),
    "cli.report.written": ("Rapport écrit : {out}", "Report written: {out}"),
    "cli.report.sheets": ("{n} fiche(s) commerce écrite(s) : {out}",
                          "{n} shop sheet(s) written: {out}"),
    "cli.help.report": (
        "Le rapport d'étude en PDF (français par défaut, --lang en pour l'anglais), ou, avec "
        "--shops, les fiches de retour des commerces enquêtés.",
        "The study report as PDF (French unless --lang en), or, with --shops, the feedback "
        "sheets of the interviewed shops."),
    "cli.help.report.shops": (
        "Écrire les fiches commerces : all, ou des identifiants de commerces (répétez l'option "
        "ou séparez-les par des virgules).",
        "Write the shop sheets: all, or shop ids (repeat the option or separate them with "
        "commas)."),
    "cli.help.report.one_per_shop": (
        "Un fichier par commerce (OUT-nom-du-commerce.pdf) au lieu d'un seul.",
        "One file per shop (OUT-shop-name.pdf) instead of one."),
    "cli.help.report.scenarios": (
        "Scénarios enregistrés à montrer (par défaut : tous).",
        "Saved scenarios to show (default: all)."),
    "cli.help.report.compare": (
        "Une autre étude à comparer à celle-ci (répétez l'option pour plusieurs).",
        "Another study to compare with this one (repeat the option for several)."),
}
