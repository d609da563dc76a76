"""Texts of what protects the people a study talks to: kit passphrases and consent wording."""

TEXTS = {
    "kit.needs_passphrase": (
        "{name} est protégé par une phrase de passe : saisissez celle que le coordinateur "
        "vous a donnée. Rien n'a été créé",
        "{name} is protected by a passphrase: type the one the coordinator gave you. Nothing "
        "was created"),
    "kit.wrong_passphrase": (
        "Phrase de passe incorrecte pour le kit {name} : demandez-la au coordinateur. Rien "
        "n'a été créé",
        "Wrong passphrase for the kit {name}: ask the coordinator for it. Nothing was "
        "created"),
}

TEXTS |= {
    "cli.kit_new_passphrase": ("Phrase de passe du kit (au moins 12 caractères)",
                               "Kit passphrase (at least 12 characters)"),
    "cli.kit_passphrase_again": ("La même phrase de passe, à nouveau",
                                 "The same passphrase again"),
    "cli.kit_passphrase_prompt": ("Phrase de passe du kit {name}", "Passphrase of the kit {name}"),
    "cli.kit_not_protected": (
        "Attention : ce kit n'est pas protégé, la clé de l'étude y est lisible. Pour le "
        "protéger : madeinlocal kit ETUDE SORTIE --ask-passphrase",
        "Warning: this kit is not protected, the study key can be read in it. To protect it: "
        "madeinlocal kit STUDY OUT --ask-passphrase"),
    "cli.help.kit.passphrase": (
        "Protège le kit par cette phrase de passe (ou la variable "
        "MADEINLOCAL_KIT_PASSPHRASE) ; au moins 12 caractères, pas une phrase courante.",
        "Protect the kit with this passphrase (or set MADEINLOCAL_KIT_PASSPHRASE); at least "
        "12 characters, not a common one."),
    "cli.help.kit.ask_passphrase": (
        "Demande la phrase de passe du kit (deux fois, sans l'afficher).",
        "Ask for the kit's passphrase (twice, without showing it)."),
    "cli.help.kit_passphrase": (
        "Phrase de passe d'un kit protégé (ou la variable MADEINLOCAL_KIT_PASSPHRASE) ; "
        "demandée au clavier si elle manque.",
        "Passphrase of a protected kit (or set MADEINLOCAL_KIT_PASSPHRASE); asked at the "
        "keyboard when missing."),
}

TEXTS |= {
    "consent.text_unreadable": (
        "Le texte du consentement ({language}) n'est pas un texte lisible ({value})",
        "The consent wording ({language}) is not readable text ({value})"),
    "consent.text_empty": (
        "Le texte du consentement ({language}) est vide : écrivez ce qui est lu à la "
        "personne interrogée",
        "The consent wording ({language}) is empty: write what is read to the interviewee"),
    "consent.text_too_long": (
        "Le texte du consentement ({language}) est trop long ({length} caractères, au plus "
        "{limit}) : une page lue à voix haute suffit",
        "The consent wording ({language}) is too long ({length} characters, at most "
        "{limit}): a page read aloud is enough"),
    "consent.versions_unreadable": ("Les versions du texte de consentement sont illisibles",
                                    "The versions of the consent wording are not readable"),
    "consent.version_invalid": ("Version du consentement invalide ({value}) : un nombre entier "
                                "à partir de 1",
                                "Invalid consent version ({value}): a whole number from 1"),
}

TEXTS |= {
    "cli.help.settings.consent": (
        "Le texte de consentement lu à la personne interrogée (français et anglais). Sans "
        "option : l'affiche ; --fr et --en en font une nouvelle version, les anciennes sont "
        "gardées et chaque entretien garde celle qu'il a acceptée.",
        "The consent wording read to the interviewee (French and English). Without an "
        "option: shows it; --fr and --en make a new version, the older ones are kept and "
        "each interview keeps the one it agreed to."),
    "cli.help.settings.consent_fr": ("Le nouveau texte en français.",
                                     "The new wording in French."),
    "cli.help.settings.consent_en": ("Le nouveau texte en anglais.",
                                     "The new wording in English."),
    "cli.help.settings.consent_all": ("Affiche toutes les versions, de la plus ancienne à la "
                                      "plus récente.",
                                      "Show every version, oldest first."),
    "cli.settings.consent_saved": ("Texte de consentement enregistré : version {version}",
                                   "Consent wording saved: version {version}"),
    "cli.settings.consent_unchanged": ("Texte de consentement inchangé (version {version})",
                                       "Consent wording unchanged (version {version})"),
    "cli.settings.consent_heading": ("Consentement, version {version} ({author}) :",
                                     "Consent, version {version} ({author}):"),
    "cli.settings.consent_by": ("{at}, {by}", "{at}, {by}"),
    "cli.settings.consent_default": ("texte par défaut", "default wording"),
}
