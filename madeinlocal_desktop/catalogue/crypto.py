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

TEXTS |= {
    "crypto.passphrase_short": (
        "Phrase de passe trop courte ({length} caractères) : il en faut au moins {minimum}. "
        "Plusieurs mots faciles à retenir font une bonne phrase de passe",
        "Passphrase too short ({length} characters): it needs at least {minimum}. Several "
        "words that are easy to remember make a good passphrase"),
    "crypto.passphrase_common": (
        "Cette phrase de passe fait partie des plus courantes ou n'est qu'une suite de "
        "touches : choisissez-en une autre, par exemple plusieurs mots sans rapport",
        "This passphrase is among the most common ones or only a run of keys: choose "
        "another, for instance several unrelated words"),
}
