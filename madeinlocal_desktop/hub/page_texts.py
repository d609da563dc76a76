"""The words of the hub's web pages, in French and English (errors come from the catalogue)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "hub": ("Serveur de consolidation Made in Local", "Made in Local consolidation hub"),
    "results": ("Résultats", "Results"),
    "fiscal_year": ("Exercice {year}", "Fiscal year {year}"),
    "lm3": ("Multiplicateur local (LM3)", "Local multiplier (LM3)"),
    "lm3_help": ("Pour 1 € dépensé dans les commerces enquêtés, {value} € circulent dans le "
                 "territoire sur trois tours de dépense.",
                 "For €1 spent in the surveyed shops, €{value} circulates in the territory "
                 "over three rounds of spending."),
    "interval": ("intervalle à 95 % : {low} – {high}", "95% interval: {low} – {high}"),
    "recirculation": ("Part recirculée localement", "Share recirculated locally"),
    "shops": ("Commerces enquêtés", "Shops surveyed"),
    "leak": ("Part qui quitte le territoire", "Share leaving the territory"),
    "group": ("Groupe", "Group"),
    "n_shops": ("Commerces", "Shops"),
    "recirculated": ("Recirculé", "Recirculated"),
    "held_back": ("{n} groupe(s) de moins de {min} commerces ne sont pas montrés (secret "
                  "statistique).",
                  "{n} group(s) of fewer than {min} shops are not shown (statistical "
                  "confidentiality)."),
    "no_figures": ("Pas encore de chiffres à publier : il faut au moins {min} commerces "
                   "enquêtés dont l'entretien est terminé.",
                   "No figures to publish yet: at least {min} surveyed shops with a complete "
                   "interview are needed."),
    "source": ("Consolidé à partir de {bundles} paquet(s) reçu(s) par le serveur. Aucun nom "
               "de commerce ni chiffre d'un commerce seul n'est montré.",
               "Consolidated from {bundles} bundle(s) received by the hub. No shop's name "
               "and no single shop's figures are shown."),
    "unreadable": ("{n} paquet(s) chiffré(s) ou d'une version plus récente ne sont pas comptés "
                   "ici.",
                   "{n} encrypted bundle(s), or bundle(s) from a newer version, are not "
                   "counted here."),
    "other_language": ("English", "Français"),
    "enrol_title": ("Accéder aux résultats d'une étude", "See a study's results"),
    "enrol_help": ("Saisissez le code que le coordinateur de l'étude vous a donné. Ce "
                   "navigateur gardera l'accès (un cookie) jusqu'à sa révocation.",
                   "Type the code the study's coordinator gave you. This browser keeps the "
                   "access (a cookie) until it is revoked."),
    "code": ("Code", "Code"),
    "enrol_button": ("Accéder", "Open"),
    "landing": ("Ce serveur rassemble les paquets des enquêteurs d'une ou plusieurs études. "
                "Les applications s'y synchronisent ; les partenaires y voient les résultats.",
                "This server gathers the surveyors' bundles of one or more studies. The apps "
                "sync with it; partners see the results here."),
    "not_found": ("Cette page n'existe pas ou n'est plus publiée.",
                  "This page does not exist or is no longer published."),
}


def words(lang: str) -> dict[str, str]:
    index = 0 if lang == "fr" else 1
    return {key: pair[index] for key, pair in TEXTS.items()}
