"""Texts of the phone teams' formats: the XLSForm, Kobo/ODK submissions, lists of shops."""

TEXTS = {
    # -- reading a file
    "interop.no_file": ("Aucun fichier à l'emplacement {path}", "No file at {path}"),
    "interop.is_folder": ("{path} est un dossier, pas un fichier",
                          "{path} is a folder, not a file"),
    "interop.unknown_kind": (
        "{name} : choisissez l'export XLSX ou CSV de KoboToolbox, ou le zip CSV d'ODK Central",
        "{name}: choose KoboToolbox's XLSX or CSV export, or ODK Central's CSV zip"),
    "interop.unreadable_xlsx": ("{name} n'est pas un classeur XLSX lisible",
                                "{name} is not a readable XLSX workbook"),
    "interop.unreadable_zip": ("{name} n'est pas une archive zip lisible",
                               "{name} is not a readable zip archive"),
    "interop.not_utf8": ("{name} n'est pas un texte UTF-8 : exportez-le à nouveau en CSV UTF-8",
                         "{name} is not UTF-8 text: export it again as UTF-8 CSV"),
    "interop.no_rows": ("{name} ne contient aucune ligne de données : rien n'a été importé",
                        "{name} holds no data rows: nothing was imported"),
    "interop.orphan_line": (
        "{sheet}, ligne {row}, colonne {column} : cette dépense ne renvoie à aucune réponse du "
        "fichier : rien n'a été importé",
        "{sheet}, row {row}, column {column}: this spending line belongs to no submission of "
        "the file: nothing was imported"),
    "interop.repeats_dropped": (
        "Ce CSV ne contient pas les lignes de dépenses (groupe répété) : exportez en XLSX pour "
        "les avoir",
        "This CSV does not hold the spending lines (repeat group): export as XLSX to get them"),
    # -- one submission
    "interop.refused_at": ("{sheet}, ligne {row}, colonne {column} : {error}",
                           "{sheet}, row {row}, column {column}: {error}"),
    "interop.refused_one": ("Réponse refusée, rien n'a été importé. {error}",
                            "Submission refused, nothing was imported. {error}"),
    "interop.refused_many": (
        "Réponses refusées, rien n'a été importé. {error} (et {others} autre(s) problème(s) : "
        "voir l'aperçu)",
        "Submissions refused, nothing was imported. {error} (and {others} other problem(s): "
        "see the preview)"),
    "interop.no_instance_id": ("la réponse n'a pas d'identifiant d'instance (meta/instanceID)",
                               "the submission has no instance id (meta/instanceID)"),
    "interop.instance_twice": ("l'identifiant d'instance {id} apparaît deux fois dans le fichier",
                               "instance id {id} appears twice in the file"),
    "interop.other_study": ("cette réponse a été faite avec le formulaire d'une autre étude "
                            "({value!r})",
                            "this submission was made with another study's form ({value!r})"),
    "interop.other_version": (
        "cette réponse a été faite avec une autre version du formulaire ({value!r}, attendue "
        "{expected!r}) : exportez à nouveau le formulaire XLSForm",
        "this submission was made with another version of the form ({value!r}, expected "
        "{expected!r}): export the XLSForm again"),
    "interop.shop_missing": ("le commerce n'est pas indiqué", "the shop is not given"),
    "interop.shop_unknown": ("le commerce {value!r} n'est pas dans le registre de l'étude",
                             "shop {value!r} is not in the study's register"),
    "interop.commune_outside": ("la commune {commune} n'est pas dans le territoire de l'étude",
                                "commune {commune} is not in the study's territory"),
    # -- a list of shops
    "interop.shop_row": ("Ligne {row}, colonne {column} : {error}",
                         "Row {row}, column {column}: {error}"),
    "interop.unknown_field": ("{value!r} n'est pas un champ de commerce (champs : {allowed})",
                              "{value!r} is not a shop field (fields: {allowed})"),
    "interop.column_missing": ("La colonne {column!r} n'est pas dans le fichier",
                               "Column {column!r} is not in the file"),
    "interop.field_unmapped": ("Indiquez la colonne qui donne « {name} » (--map {name}=Colonne)",
                               "Say which column gives \"{name}\" (--map {name}=Column)"),
    "interop.commune_missing": ("la commune manque", "the commune is missing"),
    "interop.commune_unknown": ("{value!r} n'est ni un nom de commune, ni un code INSEE, ni un "
                                "code postal connu",
                                "{value!r} is neither a known commune name, INSEE code nor "
                                "postal code"),
    "interop.commune_ambiguous": ("{value!r} désigne plusieurs communes du territoire ({names}) "
                                  ": écrivez le code INSEE",
                                  "{value!r} names several communes of the territory ({names}): "
                                  "write the INSEE code"),
    # -- the command line
    "cli.help.xlsform": ("Écrit le formulaire de l'entretien en XLSForm, pour ODK Collect et "
                         "KoboToolbox.",
                         "Write the interview as an XLSForm, for ODK Collect and KoboToolbox."),
    "cli.help.import_submissions": (
        "Importe les réponses exportées de KoboToolbox (XLSX, CSV) ou d'ODK Central (zip CSV).",
        "Import submissions exported from KoboToolbox (XLSX, CSV) or ODK Central (CSV zip)."),
    "cli.help.interop.preview": ("Montre seulement ce que l'import ferait.",
                                 "Only show what importing would do."),
    "cli.help.import_register": (
        "Ajoute au registre de l'étude les commerces d'une liste CSV ou XLSX.",
        "Add the shops of a CSV or XLSX list to the study's register."),
    "cli.help.import_register.map": (
        "Colonnes du fichier : name=Col,siret=Col,naf=Col,commune=Col,address=Col,"
        "ownership=Col (devinées d'après les en-têtes sinon).",
        "The file's columns: name=Col,siret=Col,naf=Col,commune=Col,address=Col,ownership=Col "
        "(guessed from the headers otherwise)."),
    "cli.xlsform_written": ("Formulaire XLSForm écrit : {path} (version {version})",
                            "XLSForm written: {path} (version {version})"),
    "cli.submissions.row": ("{sheet}, ligne {row} : {status} — {shop}",
                            "{sheet}, row {row}: {status} — {shop}"),
    "cli.submissions.counts": (
        "nouvelles : {new} ; mises à jour : {updated} ; inchangées : {unchanged} ; "
        "refusées : {refused}",
        "{new} new, {updated} updated, {unchanged} unchanged, {refused} refused"),
    "cli.submissions.would_import": ("Aperçu de {file} : {counts}", "Preview of {file}: {counts}"),
    "cli.submissions.imported": ("Importé depuis {file} : {counts}",
                                 "Imported from {file}: {counts}"),
    "cli.register.mapping": ("Colonnes : {mapping}", "Columns: {mapping}"),
    "cli.register.counts": ("nouveaux commerces : {new} ; déjà dans le registre : {known} ; "
                            "refusés : {refused}",
                            "{new} new shops, {known} already in the register, {refused} "
                            "refused"),
    "cli.register.would_import": ("Aperçu de {file} : {counts}", "Preview of {file}: {counts}"),
    "cli.register.imported": ("Importé depuis {file} : {counts}",
                              "Imported from {file}: {counts}"),
    "cli.register.known": ("Ligne {row} : déjà dans le registre ({name})",
                           "Row {row}: already in the register ({name})"),
    "interop.status.new": ("nouvelle", "new"),
    "interop.status.updated": ("mise à jour", "updated"),
    "interop.status.unchanged": ("inchangée", "unchanged"),
    "interop.status.refused": ("refusée", "refused"),
}
