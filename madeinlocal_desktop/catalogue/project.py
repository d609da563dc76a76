"""Texts of the facade: what a study file accepts from front ends (imports, scenarios, sync)."""

TEXTS = {
    "project.file_for_other_study": (
        "Ce fichier est celui de l'étude {other!r}, pas de {study!r} : importez-le dans son "
        "propre fichier d'étude",
        "This file is for the study {other!r}, not {study!r}: import it into its own study "
        "file"),
    "project.categories_not_in_study": ("Les catégories {codes} ne font pas partie de cette "
                                        "étude",
                                        "Categories {codes} are not in this study"),
    "project.io_settings_refused": ("study.io_settings : {error}", "study.io_settings: {error}"),
    "project.impact_needs_supplier": (
        "L'impact entrées-sorties suit les achats aux fournisseurs ; {category!r} est payé à "
        "« {recipient} »",
        "The input-output impact follows purchases from suppliers; {category!r} is paid to "
        "{recipient}"),
    "project.sync_folder_unset": ("Choisissez d'abord le dossier avec lequel synchroniser",
                                  "Choose the folder to sync with first"),
    "project.resolve_how": ("Résolvez avec l'une des options (mine, theirs, 1, 2…) ou une "
                            "valeur",
                            "Resolve with one of: an option (mine, theirs, 1, 2...) or a value"),
    "project.merge_same_shop": ("Choisissez deux commerces différents à fusionner",
                                "Choose two different shops to merge"),
    "project.merge_shop_gone": ("L'un de ces commerces n'existe plus",
                                "One of these shops no longer exists"),
    # -- the coordinator's settings (project/study_settings.py)
    "settings.justification_missing": (
        "Dites d'où vient la part par défaut du groupe {group!r} (une source, une enquête…)",
        "Say where the default share of the {group!r} group comes from (a source, a "
        "survey...)"),
    "settings.label_missing": ("Le libellé de la catégorie {category!r} ne peut pas être vide",
                               "The label of category {category!r} cannot be empty"),
    "settings.territory_empty": ("Le territoire a besoin d'au moins une commune",
                                 "The territory needs at least one commune"),
    "settings.rule_unknown": ("{key!r} n'est pas une règle de l'étude",
                              "{key!r} is not a study rule"),
}
