"""Texts of the study file itself: opening, migrating, writing, backups."""


TEXTS = {
    # opening
    "storage.missing": ("Aucun fichier d'étude à l'emplacement {path}",
                        "No study file at {path}"),
    "storage.is_folder": ("{path} est un dossier, pas un fichier d'étude",
                          "{path} is a folder, not a study file"),
    "storage.not_a_study": ("{name!r} n'est pas un fichier d'étude Made in Local",
                            "{name} is not a Made in Local study file"),
    "storage.unreadable": ("{name!r} ne peut pas être lu comme un fichier d'étude "
                           "({reason})",
                           "{name} is not a readable study file ({reason})"),
    "storage.newer": ("{name!r} a été écrit par une version plus récente de Made in Local "
                      "(étape {step}). Installez la dernière version pour l'ouvrir ; "
                      "le fichier n'a pas été modifié.",
                      "{name} was written by a newer version of Made in Local (schema step "
                      "{step}). Install the latest version to open it; the file was not "
                      "changed."),
    "storage.no_study": ("{name!r} ne contient aucune étude", "{name} holds no study"),
    "storage.exists": ("{name!r} existe déjà : choisissez un autre nom de fichier",
                       "{name} already exists: choose another file name"),
    "storage.no_folder": ("Le dossier {folder} n'existe pas",
                          "The folder {folder} does not exist"),
    "storage.io_settings_unreadable": (
        "Les réglages entrée-sortie enregistrés dans cette étude sont illisibles "
        "({reason}) : choisissez-les à nouveau",
        "The input-output settings stored in this study cannot be read ({reason}); choose "
        "them again"),
    # writing: what the surveyor can do about it
    "storage.locked": (
        "{name!r} est en cours d'écriture par un autre programme depuis plus de "
        "{seconds:g}\u00a0s : rien n'a été enregistré cette fois. Vos saisies sont gardées "
        "et l'enregistrement sera réessayé.",
        "{name} has been busy with another program's write for more than {seconds:g} s: "
        "nothing was saved this time. What you typed is kept and saving will be tried "
        "again."),
    "storage.read_only": (
        "{name!r} ne peut pas être modifié (support en lecture seule, clé USB verrouillée "
        "ou fichier protégé) : rien n'a été enregistré. Enregistrez l'étude ailleurs.",
        "{name} cannot be changed (read-only medium, locked USB key or protected file): "
        "nothing was saved. Save the study somewhere else."),
    "storage.disk_full": (
        "Le disque qui contient {name!r} est plein : rien n'a été enregistré. Libérez "
        "de la place ou enregistrez l'étude ailleurs.",
        "The disk holding {name} is full: nothing was saved. Free some space or save the "
        "study somewhere else."),
    "storage.write_failed": (
        "{name!r} n'a pas pu être écrit ({reason}) : rien n'a été enregistré. Le "
        "support a-t-il été retiré ? Rebranchez-le ou enregistrez l'étude ailleurs.",
        "{name} could not be written ({reason}): nothing was saved. Was the drive removed? "
        "Plug it back in or save the study somewhere else."),
    # copies and backups
    "storage.copy_exists": (
        "{name!r} existe déjà : une copie n'écrase jamais un fichier, choisissez un "
        "autre nom",
        "{name} already exists: a copy never overwrites a file, choose another name"),
    "storage.copy_over_itself": (
        "Une copie de l'étude ne peut pas remplacer l'étude elle-même",
        "A copy of the study cannot replace the study itself"),
    "storage.backup_folder": (
        "Impossible d'écrire dans le dossier {folder} ({reason}) : la sauvegarde n'a "
        "pas été faite",
        "Cannot write in the folder {folder} ({reason}): no backup was made"),
    "storage.not_a_backup": (
        "{name!r} n'est pas une sauvegarde de cette étude : elle appartient à "
        "l'étude {other!r}",
        "{name} is not a backup of this study: it belongs to the study {other}"),
    # encrypted study files
    "storage.encrypted": (
        "{name!r} est une étude chiffrée : donnez sa phrase de passe pour l'ouvrir",
        "{name} is an encrypted study: give its passphrase to open it"),
    "storage.wrong_passphrase": (
        "Cette phrase de passe n'ouvre pas {name!r} : vérifiez-la (majuscules, accents) "
        "et réessayez ; le fichier n'a pas été modifié",
        "This passphrase does not open {name}: check it (capitals, accents) and try "
        "again; the file was not changed"),
    "storage.remembered_key_wrong": (
        "La clé gardée pour {name!r} ne l'ouvre plus (sa phrase de passe a changé ?) : "
        "tapez sa phrase de passe",
        "The key kept for {name} no longer opens it (was its passphrase changed?): type "
        "its passphrase"),
    "storage.passphrase_nul": (
        "Une phrase de passe ne peut pas contenir de caractère nul",
        "A passphrase cannot contain a NUL character"),
    "storage.already_encrypted": (
        "{name!r} est déjà chiffrée : rien n'a été changé",
        "{name} is already encrypted: nothing was changed"),
    "storage.not_encrypted": (
        "{name!r} n'est pas chiffrée : rien n'a été changé",
        "{name} is not encrypted: nothing was changed"),
    "storage.rewrite_mismatch": (
        "La nouvelle version de {name!r} ne contient pas les mêmes lignes que l'originale "
        ": elle a été abandonnée, le fichier n'a pas été modifié",
        "The new version of {name} does not hold the same rows as the original: it was "
        "discarded and the file was not changed"),
    "storage.kit_wants_passphrase": (
        "Ce kit demande que les fichiers d'étude soient chiffrés : choisissez une phrase "
        "de passe",
        "This kit asks for encrypted study files: choose a passphrase"),
}
