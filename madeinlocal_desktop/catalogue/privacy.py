"""Texts of erasure, subject access and retention (what the GDPR lets people ask of a study)."""

TEXTS = {
    "privacy.business_not_found": (
        "Aucun commerce {key} dans cette étude : vérifiez l'identifiant ou le SIRET "
        "(madeinlocal export ETUDE les liste)",
        "No shop {key} in this study: check the id or the SIRET (madeinlocal export STUDY "
        "lists them)"),
    "privacy.one_key": (
        "Donnez soit --business ID, soit --siret S (un seul des deux)",
        "Give either --business ID or --siret S (one of them)"),
    "privacy.retention_date_invalid": (
        "Date de conservation invalide ({value}) : écrivez-la AAAA-MM-JJ, par exemple "
        "2027-12-31",
        "Invalid retention date ({value}): write it YYYY-MM-DD, for example 2027-12-31"),
    "privacy.no_retention": (
        "Cette étude n'a pas de date de conservation : fixez-la d'abord avec "
        "madeinlocal privacy retention ETUDE --until AAAA-MM-JJ",
        "This study has no retention date: set one first with madeinlocal privacy retention "
        "STUDY --until YYYY-MM-DD"),
    "privacy.retention_not_passed": (
        "La date de conservation ({until}) n'est pas encore passée : rien n'a été effacé",
        "The retention date ({until}) has not passed yet: nothing was erased"),
    "privacy.erased_name": ("effacé", "erased"),
}

TEXTS |= {
    "cli.help.privacy": (
        "Ce que l'étude détient sur les personnes : accès, conservation, effacement.",
        "What the study holds about people: access, retention, erasure."),
    "cli.help.privacy.access": (
        "Exporte tout ce que l'étude détient sur un commerce (JSON ou PDF).",
        "Export everything the study holds about one shop (JSON or PDF)."),
    "cli.help.privacy.business": ("Identifiant du commerce.", "The shop's id."),
    "cli.help.privacy.siret": ("SIRET du commerce.", "The shop's SIRET."),
    "cli.help.privacy.format": ("Format du rapport : json ou pdf.",
                                "Format of the report: json or pdf."),
    "cli.help.privacy.out": ("Fichier à écrire.", "File to write."),
    "cli.help.privacy.retention": (
        "Fixe la date après laquelle les identités sont effacées (les chiffres restent).",
        "Set the date after which identities are erased (the figures stay)."),
    "cli.help.privacy.until": ("Date de fin de conservation, AAAA-MM-JJ.",
                               "End of retention, YYYY-MM-DD."),
    "cli.help.privacy.apply_retention": (
        "Efface l'identité de chaque commerce et répondant une fois la date passée.",
        "Erase the identity of every shop and respondent once the date has passed."),
    "cli.privacy.written": ("Rapport écrit : {path}", "Report written: {path}"),
    "cli.privacy.retention_set": (
        "Les identités seront à effacer après le {until}",
        "Identities are to be erased after {until}"),
    "cli.privacy.retention_applied": (
        "Identités effacées : {businesses} commerce(s), {respondents} répondant(s) ; les "
        "chiffres restent",
        "Identities erased: {businesses} shop(s), {respondents} respondent(s); the figures "
        "stay"),
    "cli.privacy.retention_soon": (
        "Attention : la date de conservation ({until}) passe dans {days} jour(s) ; ensuite, "
        "madeinlocal privacy apply-retention ETUDE",
        "Warning: the retention date ({until}) passes in {days} day(s); then run madeinlocal "
        "privacy apply-retention STUDY"),
    "cli.privacy.retention_passed": (
        "Attention : la date de conservation ({until}) est passée : effacez les identités "
        "avec madeinlocal privacy apply-retention ETUDE",
        "Warning: the retention date ({until}) has passed: erase the identities with "
        "madeinlocal privacy apply-retention STUDY"),
}
