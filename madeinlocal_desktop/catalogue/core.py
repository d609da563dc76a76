"""Texts of the study file, the facade and the rules every record follows."""

TEXTS = {
    "study.name_missing": ("L'étude a besoin d'un nom", "The study needs a name"),
    "study.fiscal_year": ("L'exercice doit être une année, par exemple 2025",
                          "The fiscal year should be a year such as 2025"),
}
