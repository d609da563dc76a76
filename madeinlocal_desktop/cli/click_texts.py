"""click's own words (usage, option headings, its usage errors) in the user's language.

click passes each of its texts through `gettext.gettext`, which looks in the process's default
domain and follows the environment's locale, not `--lang`, and would need compiled `.mo` files.
`install()` points the name click calls at a lookup of this table instead, in the language of
the moment (`language.current()`): English is click's own text, French is below. A text missing
here stays English. The keys are click's message ids, exactly as click writes them.
"""

from __future__ import annotations

import gettext
import sys

from .. import language
from ..catalogue import french_typography

FRENCH = {
    "Usage:": "Utilisation :",
    # click adds the colon after these headings itself: the no-break space goes in the word
    "Options": "Options\u00a0",
    "Commands": "Commandes\u00a0",
    "Positional arguments": "Arguments\u00a0",
    "Show this message and exit.": "Affiche cette aide et quitte.",
    "Show the version and exit.": "Affiche la version et quitte.",
    "%(prog)s, version %(version)s": "%(prog)s, version %(version)s",
    "default: {default}": "par défaut : {default}",
    "env var: {var}": "variable d'environnement : {var}",
    "required": "obligatoire",
    "(dynamic)": "(variable)",
    "Aborted!": "Interrompu.",
    "Error: {message}": "Erreur : {message}",
    "Try '{command} {option}' for help.": "Voir « {command} {option} ».",
    "Missing command.": "Commande manquante.",
    "No such option {name!r}.": "Option inconnue : {name}.",
    "No such command {name!r}.": "Commande inconnue : {name}.",
    "Did you mean {possibility}?": "Vouliez-vous dire {possibility} ?",
    "(Did you mean one of: {possibilities}?)": "(Vouliez-vous dire l'une de : {possibilities} ?)",
    "Missing argument": "Argument manquant",
    "Missing option": "Option manquante",
    "Missing parameter": "Paramètre manquant",
    "Missing {param_type}": "{param_type} manquant",
    "Missing parameter: {param_name}": "Paramètre manquant : {param_name}",
    "Invalid value: {message}": "Valeur non valide : {message}",
    "Invalid value for {param_hint}: {message}": "Valeur non valide pour {param_hint} : "
                                                 "{message}",
    "Got unexpected extra argument ({args})": "Argument en trop : {args}",
    "Got unexpected extra arguments ({args})": "Arguments en trop : {args}",
    "Option {name!r} requires an argument.": "L'option {name} attend une valeur.",
    "Option {name!r} requires {nargs} arguments.": "L'option {name} attend {nargs} valeurs.",
    "Option {name!r} does not take a value.": "L'option {name} ne prend pas de valeur.",
    "Argument {name!r} takes {nargs} values.": "L'argument {name} prend {nargs} valeurs.",
    "Takes {nargs} values but 1 was given.": "Attend {nargs} valeurs, une seule donnée.",
    "Takes {nargs} values but {len} were given.": "Attend {nargs} valeurs, {len} données.",
    "{value!r} is not {choice}.": "{value!r} n'est pas {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} ne fait pas partie de : {choices}.",
    "Choose from:\n\t{choices}": "Choisissez parmi :\n\t{choices}",
    "{value!r} is not a valid {number_type}.": "{value!r} n'est pas un nombre valide.",
    "{value} is not in the range {range}.": "{value} n'est pas dans l'intervalle {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} n'est pas une valeur oui/non. Valeurs reconnues : {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} n'existe pas.",
    "{name} {filename!r} is a file.": "{name} {filename!r} est un fichier.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} est un dossier.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} ne peut pas être lu.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} ne peut pas être écrit.",
    "file": "Le fichier",
    "directory": "Le dossier",
    "path": "Le chemin",
    "Could not open file {filename!r}: {message}":
        "Impossible d'ouvrir le fichier {filename!r} : {message}",
}
FRENCH = {key: french_typography(value) for key, value in FRENCH.items()}

# click's modules that call `_` / `ngettext` (imported there as `from gettext import ...`)
_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui",
            "utils")


def translate(message: str) -> str:
    return FRENCH.get(message, message) if language.current() == "fr" else message


def translate_plural(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


def install() -> None:
    for name in _MODULES:
        module = sys.modules.get(f"click.{name}")
        if module is None:
            continue
        if getattr(module, "_", None) is gettext.gettext:
            module._ = translate  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = translate_plural  # type: ignore[attr-defined]
