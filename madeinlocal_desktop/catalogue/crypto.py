"""Texts of encrypted bundles: passphrases and their settings."""

TEXTS = {
    "crypto.passphrase_empty": ("La phrase de passe est vide", "The passphrase is empty"),
    "crypto.settings_unreadable": (
        "Les réglages de chiffrement de ce lot sont illisibles ({reason}) ; il n'a pas été "
        "importé",
        "This bundle's encryption settings are not readable ({reason}); it was not imported"),
    "crypto.wrong_passphrase": (
        "Phrase de passe incorrecte pour ce lot chiffré : demandez-la à la personne qui l'a "
        "créé",
        "Wrong passphrase for this encrypted bundle: ask the person who made it for the "
        "passphrase"),
}
