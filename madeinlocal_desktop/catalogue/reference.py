"""Texts of the reference data: communes and intercommunalities (EPCI) of the shipped
geography."""

TEXTS = {
    "reference.commune_unknown": (
        "La commune {code} n'existe pas dans la géographie officielle (COG 2025) : vérifiez "
        "le code INSEE (pas le code postal)",
        "Commune {code} does not exist in the official geography (COG 2025): check the INSEE "
        "code (not the postal code)"),
    "reference.epci_unknown": (
        "Aucune intercommunalité (EPCI) n'a le SIREN ou le nom {epci!r}",
        "No intercommunality (EPCI) has the SIREN or name {epci!r}"),
    "reference.epci_ambiguous": (
        "Plusieurs intercommunalités correspondent à {epci!r} ({matches}) : donnez le SIREN",
        "Several intercommunalities match {epci!r} ({matches}): give the SIREN"),
}
