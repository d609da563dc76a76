"""Texts of the file formats: the interchange JSON, exports, the multipliers tables."""

TEXTS = {
    # -- reading an interchange file
    "interchange.no_file": ("Aucun fichier à l'emplacement {path}", "No file at {path}"),
    "interchange.is_folder": ("{path} est un dossier, pas un fichier JSON",
                              "{path} is a folder, not a JSON file"),
    "interchange.not_utf8": ("{name} n'est pas un texte UTF-8 : est-ce vraiment un fichier "
                             "JSON ?",
                             "{name} is not UTF-8 text: is it really a JSON file?"),
    "interchange.unreadable": ("{name} ne peut pas être lu ({reason})",
                               "{name} cannot be read ({reason})"),
    "interchange.not_json": ("{name} n'est pas du JSON valide (ligne {line}, colonne {column})",
                             "{name} is not valid JSON (line {line}, column {column})"),
    "interchange.too_deep": ("{name} est imbriqué trop profondément pour être une étude : rien "
                             "n'a été importé",
                             "{name} is nested too deeply to be a study: nothing was imported"),
    "interchange.number_too_long": ("{name} contient un nombre de milliers de chiffres : rien "
                                    "n'a été importé",
                                    "{name} holds a number thousands of digits long: nothing "
                                    "was imported"),
    "interchange.non_standard_number": (
        "Le fichier contient {value}, qui n'est pas un nombre JSON : écrivez un nombre ou null",
        "The file holds {value}, which is not a JSON number: write a number or null"),
    "interchange.not_object": ("Le fichier devrait contenir un objet JSON décrivant une étude",
                               "The file should hold one JSON object describing a study"),
    "interchange.newer_format": (
        "Ce fichier utilise le format {format!r}, plus récent que celui que cette version de "
        "Made in Local comprend ({known}). Installez la dernière version pour le lire",
        "This file uses format {format!r}, newer than this version of Made in Local "
        "understands ({known}). Install the latest version to read it"),
    "interchange.not_ours": ("Ce n'est pas un fichier Made in Local : \"format\" devrait valoir "
                             "\"{format}\"",
                             "Not a Made in Local file: \"format\" should be \"{format}\""),
    "interchange.expected_object": ("{where} : un objet est attendu",
                                    "{where}: expected an object"),
    "interchange.expected_list": ("{where} : une liste est attendue", "{where}: expected a list"),
    "interchange.not_uuid": ("{where} : {value!r} n'est pas un UUID",
                             "{where}: {value!r} is not a UUID"),
    "interchange.id_twice": ("{where} : l'identifiant {value} est utilisé deux fois (aussi en "
                             "{other})",
                             "{where}: the id {value} is used twice (also at {other})"),
    "interchange.unknown_business": ("{where} : {value!r} n'est pas un commerce du fichier",
                                     "{where}: {value!r} is not a business of the file"),
    "interchange.unknown_interview": ("{where} : {value!r} n'est pas un entretien du fichier",
                                      "{where}: {value!r} is not an interview of the file"),
    # -- exports
    "results.unwritable": (
        "Les résultats ne peuvent pas être écrits dans {path} ({reason}) : rien n'a été écrit",
        "The results cannot be written to {path} ({reason}): nothing was written"),
    "results.dialect": (
        "Dialecte CSV inconnu {dialect!r} : choisissez fr (; et virgule décimale) ou en",
        "Unknown CSV dialect {dialect!r}: choose fr (; and decimal comma) or en"),
    "export.unknown_format": ("Format d'export inconnu : {value!r}",
                              "Unknown export format: {value!r}"),
    "export.needs_key": ("Un export anonymisé a besoin de la clé de l'étude",
                         "An anonymised export needs the study key"),
    "export.csv_needs_folder": ("{path} est un fichier : un export CSV demande un dossier (un "
                                "fichier par table)",
                                "{path} is a file: a CSV export needs a folder (one file per "
                                "table)"),
    "export.io_suffix": ("Exportez en .csv ou .xlsx, pas {suffix}",
                         "Export as .csv or .xlsx, not {suffix}"),
    "export.io_no_suffix": ("Exportez en .csv ou .xlsx : le nom du fichier n'a pas d'extension",
                            "Export as .csv or .xlsx: the file name has no extension"),
    "export.folder_missing": ("Le dossier {path} n'existe pas", "The folder {path} does not exist"),
    "export.file_busy": ("{name} ne peut pas être écrit : est-il ouvert dans un tableur ?",
                         "{name} cannot be written: is it open in a spreadsheet?"),
    # -- text files people bring (CSV of regional employment, table folders)
    "file.encoding": ("{name} n'est ni en UTF-8 ni en Windows-1252 : enregistrez-le en « CSV "
                      "UTF-8 » depuis votre tableur",
                      "{name} is neither UTF-8 nor Windows-1252 text: save it as \"CSV UTF-8\" "
                      "from your spreadsheet"),
}
