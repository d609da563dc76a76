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
