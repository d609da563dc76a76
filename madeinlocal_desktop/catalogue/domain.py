"""Texts of the rules every record follows (domain/rules.py), wherever it comes from: a form,
the command line, an interchange file, a bundle or a kit."""

TEXTS = {
    # -- single values
    "value.at": ("{where} : {error}", "{where}: {error}"),
    "value.not_text": ("{value!r} devrait être du texte", "{value!r} should be text"),
    "value.bad_characters": (
        "{value!r} contient un caractère illisible (un demi-caractère UTF-16) : retapez-le",
        "{value!r} holds an unreadable character (half of a UTF-16 pair): type it again"),
    "value.not_yes_no": ("{value!r} devrait être oui ou non", "{value!r} should be yes or no"),
    "value.unknown_choice": ("{value!r} n'est pas l'une des valeurs possibles ({allowed})",
                             "{value!r} is not one of the possible values ({allowed})"),
    "value.not_number": ("{value!r} n'est pas un nombre", "{value!r} is not a number"),
    "value.amount_not_number": ("{value!r} n'est pas un montant en euros",
                                "{value!r} is not an amount in euros"),
    "value.amount_not_cents": ("{value!r} n'est pas un montant en centimes entiers",
                               "{value!r} is not a whole number of cents"),
    "value.amount_negative": ("Le montant ne peut pas être négatif (saisi : {value})",
                              "The amount cannot be negative (got {value})"),
    "value.amount_too_large": ("Le montant dépasse {limit:€} : vérifiez la saisie",
                               "The amount is more than {limit:€}: check what was typed"),
    "value.amount_decimals": (
        "{value} a plus de deux décimales : un montant s'écrit au centime près",
        "{value} has more than two decimals: an amount is written to the cent"),
    "value.share_not_number": ("{value!r} n'est pas une part : écrivez par exemple 40 %",
                               "{value!r} is not a share: write for instance 40%"),
    "value.share_range": ("La part doit être comprise entre 0 et 100 % (saisi : {percent} %)",
                          "The share must be between 0 and 100% (got {percent}%)"),
    "value.date_invalid": ("{value!r} n'est pas une date (elle s'écrit AAAA-MM-JJ, par exemple "
                           "2026-03-02)",
                           "{value!r} is not a date (write it YYYY-MM-DD, e.g. 2026-03-02)"),
    "value.not_whole_number": ("{value!r} n'est pas un nombre entier",
                               "{value!r} is not a whole number"),
    "value.position": ("{value!r} n'est pas un rang de ligne", "{value!r} is not a line number"),
    "value.commune_invalid": ("Le code commune {value!r} devrait être un code INSEE de 5 "
                              "caractères, comme 86194",
                              "Commune code {value!r} should be a 5-character INSEE code such "
                              "as 86194"),
    # -- shops
    "business.name_missing": ("Le commerce a besoin d'un nom", "The business needs a name"),
    "scenario.name_missing": ("Le scénario a besoin d'un nom", "The scenario needs a name"),
    "scenario.name_too_long": (
        "Le nom du scénario est trop long ({limit} caractères au plus)",
        "The scenario's name is too long (at most {limit} characters)"),
    "business.siret_invalid": ("Le SIRET {value!r} n'est pas valide : il faut 14 chiffres et "
                               "une clé de contrôle correcte",
                               "SIRET {value!r} is not valid: it needs 14 digits and a correct "
                               "check key"),
    "business.naf_invalid": ("Le code NAF {value!r} devrait s'écrire comme 47.24Z",
                             "NAF code {value!r} should look like 47.24Z"),
    "business.staff_negative": ("L'effectif (équivalents temps plein) ne peut pas être négatif",
                                "Staff (FTE) cannot be negative"),
    "business.staff_too_large": ("L'effectif dépasse {limit} équivalents temps plein : "
                                 "vérifiez la saisie",
                                 "Staff is more than {limit} full-time equivalents: check what "
                                 "was typed"),
    # -- interviews and their lines
    "line.at": ("Ligne {line} : {error}", "Line {line}: {error}"),
    "line.category_missing": ("la catégorie de dépense manque",
                              "the spending category is missing"),
    "line.category_unknown": ("choisissez une catégorie de dépense de l'étude ({category!r} "
                              "n'en est pas une)",
                              "choose a spending category of the study ({category!r} is not "
                              "one)"),
    "interview.needs_business": ("choisir le commerce", "choose the business"),
    "interview.needs_consent": ("le consentement du commerçant n'est pas noté",
                                "the owner's consent is not recorded"),
    "interview.needs_turnover": ("le chiffre d'affaires manque", "the turnover is missing"),
    "interview.needs_spending": ("aucune dépense n'a été saisie", "no spending has been entered"),
    "interview.incomplete": ("L'entretien n'est pas encore complet : {problems}. Laissez-le en "
                             "brouillon ou complétez-le",
                             "The interview is not complete yet: {problems}. Keep it as a "
                             "draft or complete it"),
    "interview.business_unknown": ("Choisissez le commerce concerné par cet entretien",
                                   "Choose the business this interview is about"),
    "interview.not_found": ("Aucun entretien n'a l'identifiant {id}", "No interview with id {id}"),
    # -- Round-3 respondents and surveyors
    "respondent.share_missing": ("La part locale manque", "The local share is missing"),
    "surveyor.name_missing": ("L'enquêteur a besoin d'un nom", "The surveyor needs a name"),
    "business.not_found": ("Aucun commerce n'a l'identifiant {id}", "No business with id {id}"),
    # -- the study's settings
    "study.rules_shape": ("Les règles de l'étude devraient être un objet (clé : valeur)",
                          "The study's rules should be an object (key: value)"),
    "study.rule_unreadable": ("La règle {key!r}, écrite par une version plus récente, n'est pas "
                              "lisible",
                              "The rule {key!r}, written by a newer version, cannot be read"),
    "study.radius_range": ("Le rayon doit être compris entre 0 et 20 000 km",
                           "The radius must be between 0 and 20,000 km"),
    "study.defaults_shape": (
        "Les parts de re-dépense par défaut devraient donner, pour chaque groupe, une part et "
        "sa justification",
        "The default re-spend shares should give, for each group, a share and its "
        "justification"),
    "study.default_share_missing": ("La part par défaut du groupe {group!r} manque",
                                    "The default share of group {group!r} is missing"),
    "study.category_shape": ("Une catégorie de dépense n'est pas lisible",
                             "A spending category cannot be read"),
    "study.category_code_missing": ("Une catégorie de dépense n'a pas de code",
                                    "A spending category has no code"),
    "study.category_twice": ("Le code de catégorie {code!r} est utilisé deux fois",
                             "Category code {code!r} is used twice"),
    "study.no_categories": ("L'étude a besoin d'au moins une catégorie de dépense",
                            "The study needs at least one spending category"),
    "study.communes_shape": ("Les communes du territoire devraient être une liste de codes "
                             "INSEE",
                             "The territory's communes should be a list of INSEE codes"),
    # -- the input-output model's settings (domain/io_settings.py)
    "io_settings.table_missing": ("Choisissez une table entrées-sorties",
                                  "Choose an input-output table"),
    "io_settings.method_unknown": ("Méthode de régionalisation {method!r} inconnue : utilisez "
                                   "l'une de {methods}",
                                   "Unknown regionalisation method {method!r}; use one of "
                                   "{methods}"),
    "io_settings.delta_range": ("δ doit vérifier 0 ≤ δ < 1 (0,3 est la valeur habituelle) ; "
                                "saisi : {delta}",
                                "δ must satisfy 0 ≤ δ < 1 (0.3 is the usual value); got "
                                "{delta}"),
    "io_settings.h_loc_range": ("La part locale de la consommation des ménages doit être "
                                "comprise entre 0 et 100 % (saisi : {percent} %)",
                                "The local share of household spending must be between 0 and "
                                "100% (got {percent}%)"),
    "io_settings.not_yes_no": ("{name} devrait valoir vrai ou faux, pas {value!r}",
                               "{name} should be true or false, not {value!r}"),
    "io_settings.employment_shape": ("L'emploi régional devrait donner des personnes par code "
                                     "de secteur (reçu : {value!r})",
                                     "Regional employment should give persons by sector code "
                                     "(got {value!r})"),
    "io_settings.employment_negative": ("L'emploi régional du secteur {code} ne peut pas être "
                                        "négatif ({persons})",
                                        "Regional employment of sector {code} cannot be "
                                        "negative ({persons})"),
    "io_settings.employment_zero": ("L'emploi régional est nul dans tous les secteurs",
                                    "Regional employment is zero in every sector"),
    "io_settings.not_number": ("{value!r} n'est pas un nombre", "{value!r} is not a number"),
    "io_settings.not_finite": ("Il faut un nombre fini", "A finite number is needed"),
    "io_settings.unreadable_extra": (
        "Des réglages écrits par une version plus récente ne sont pas lisibles",
        "Settings written by a newer version cannot be read"),
    # -- the Round-3 defaults of a new study (domain/study_defaults.py), with their source
    "study.default_why.supplier": (
        "Civic Economics, Indie Impact (synthèse nationale, 2012) : un commerce indépendant "
        "local fait recirculer {share:%g} de son chiffre d'affaires sur le territoire",
        "Civic Economics, Indie Impact (national summary, 2012): a local independent business "
        "recirculates {share:%g} of its revenue locally"),
    "study.default_why.staff": (
        "NEF, The Money Trail (2002) : en moyenne, le personnel dépense {share:%g} de ses "
        "revenus sur le territoire (moyenne de cinq enquêtes)",
        "NEF, The Money Trail (2002): on average staff spend {share:%g} of their income "
        "locally (mean of five surveys)"),
    "study.default_why.owner": (
        "La rémunération des propriétaires est un revenu de ménage : même part que les "
        "ménages du personnel (NEF, {share:%g})",
        "Owners' pay is household income: the same share as staff households (NEF, "
        "{share:%g})"),
    "study.default_why.landlord": (
        "Cas de calcul LM3 de la méthode NEF : le bailleur dépense {share:%g} sur le "
        "territoire ; à remplacer par une enquête auprès des bailleurs",
        "The NEF LM3 worked case: the landlord spends {share:%g} locally; replace it with a "
        "survey of landlords"),
}
