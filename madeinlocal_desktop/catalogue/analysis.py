"""Texts of the analysis: the engine's input checks, scenarios and charts.

A refusal of the engine's input is built from parts: where (`analysis.place_*`), what is wrong
(a problem about a column, named by `analysis.what_*`), and how many more rows share it.
French texts are written with plain spaces; the catalogue applies French typography.
"""

TEXTS = {
    # -- where ---------------------------------------------------------------------------------
    "analysis.place_interview": ("Entretien {interview}", "Interview {interview}"),
    "analysis.place_interview_row": ("Entretien de la ligne {row}", "Interview row {row}"),
    "analysis.place_line": ("Entretien {interview}, ligne {line} (catégorie {category})",
                            "Interview {interview}, line {line} (category {category})"),
    "analysis.place_line_row": ("Ligne de dépense {row}", "Spending line row {row}"),
    "analysis.place_respondent": ("Répondant du 3e tour n° {row} (groupe {group})",
                                  "Round-3 respondent {row} (group {group})"),
    # -- the whole refusal -----------------------------------------------------------------------
    "analysis.row_problem": ("{place} : {problem}", "{place}: {problem}"),
    "analysis.row_problem_one_more": (
        "{place} : {problem} (une autre ligne a le même problème)",
        "{place}: {problem} (1 more row with the same problem)"),
    "analysis.row_problem_more": (
        "{place} : {problem} ({more} autres lignes ont le même problème)",
        "{place}: {problem} ({more} more rows with the same problem)"),
    # -- what a problem is about -----------------------------------------------------------------
    "analysis.what_turnover": ("le chiffre d'affaires", "turnover"),
    "analysis.what_weight": ("le poids", "weight"),
    "analysis.what_amount": ("le montant", "amount"),
    "analysis.what_local_share": ("la part locale", "local share"),
    "analysis.what_respend_share": ("la part re-dépensée localement (3e tour)",
                                    "Round-3 re-spend share"),
    "analysis.what_business": ("le commerce", "business"),
    "analysis.what_sector": ("le secteur", "sector"),
    "analysis.what_ownership": ("le type de propriété", "ownership"),
    "analysis.what_category": ("la catégorie", "category"),
    "analysis.what_recipient": ("le destinataire", "recipient"),
    "analysis.what_r2_rule": ("la règle du 2e tour", "R2 rule"),
    "analysis.what_respend_source": ("la source de la part du 3e tour", "Round-3 source"),
    "analysis.what_group": ("le groupe", "group"),
    "analysis.what_default_share": ("la part du 3e tour par défaut pour {group}",
                                    "default Round-3 share for {group}"),
    "analysis.what_proxy_share": ("la part estimée par l'entrées-sorties pour {group}",
                                  "input-output proxy share for {group}"),
    # -- problems --------------------------------------------------------------------------------
    "analysis.not_a_number": ("{what} {value!r} n'est pas un nombre",
                              "the {what} {value!r} is not a number"),
    "analysis.value_missing": ("il manque {what}", "the {what} is missing"),
    "analysis.share_range": ("{what} doit être comprise entre 0 et 100 % (valeur : {share:%g})",
                             "the {what} must be between 0 and 100% (got {share:%g})"),
    "analysis.unknown_word": ("valeur inconnue pour {what} : {value!r} (valeurs possibles : "
                              "{expected})",
                              "unknown {what} {value!r} (expected one of {expected})"),
    "analysis.interview_id_missing": ("l'identifiant de l'entretien manque",
                                      "the interview id is missing"),
    "analysis.interview_twice": ("cet entretien figure plusieurs fois ; saisissez chaque "
                                 "entretien une seule fois",
                                 "this interview appears more than once; each interview must "
                                 "be entered once"),
    "analysis.turnover_negative": ("le chiffre d'affaires ne peut pas être négatif "
                                   "(valeur : {amount:€})",
                                   "the turnover cannot be negative (got {amount:€})"),
    "analysis.weight_not_positive": ("le poids doit être un nombre positif (valeur : {weight})",
                                     "the weight must be a positive number (got {weight})"),
    "analysis.line_without_interview": ("elle n'a pas d'identifiant d'entretien",
                                        "it has no interview id"),
    "analysis.line_interview_unknown": (
        "elle renvoie à l'entretien {interview}, qui ne fait pas partie des entretiens analysés "
        "(vérifiez l'identifiant de l'entretien ou incluez l'entretien)",
        "it refers to interview {interview}, which is not among the interviews analysed "
        "(check the interview id or include the interview)"),
    "analysis.amount_negative": ("le montant ne peut pas être négatif (valeur : {amount:€})",
                                 "the amount cannot be negative (got {amount:€})"),
    "analysis.columns_missing": ("Il manque à la table {table} la ou les colonnes {columns}",
                                 "The {table} table lacks the column(s) {columns}"),
    "analysis.group_share_not_a_number": ("La valeur {value!r} de {what} n'est pas un nombre",
                                          "The {what} {value!r} is not a number"),
    "analysis.group_share_range": (
        "La valeur de {what} doit être comprise entre 0 et 100 % (valeur : {share:%g})",
        "The {what} must be between 0 and 100% (got {share:%g})"),
    # -- the engine ------------------------------------------------------------------------------
    "analysis.no_interviews": ("Aucun entretien ne peut être analysé : l'étude n'en a aucun",
                               "No interview can be analysed: there are no interviews"),
    "analysis.none_analysable": ("Aucun entretien ne peut être analysé : {reasons}",
                                 "No interview can be analysed: {reasons}"),
    "analysis.excluded_no_turnover": ("chiffre d'affaires (R1) non renseigné",
                                      "turnover (R1) not answered"),
    "analysis.excluded_zero_turnover": ("chiffre d'affaires (R1) nul, le LM3 n'est pas défini",
                                        "turnover (R1) is zero, so LM3 is undefined"),
    "analysis.excluded_amount_unknown": (
        "montant de la catégorie {category} non renseigné, et aucun autre entretien n'en "
        "donne un", "amount of category {category} not answered, and no other interview "
        "reports one"),
    "analysis.population_too_small": (
        "Le nombre de commerces du territoire ({population}) est inférieur au nombre de "
        "commerces interrogés ({n}) : vérifiez le nombre de commerces du territoire",
        "The population size ({population}) is smaller than the number of businesses "
        "interviewed ({n}): check the number of businesses in the territory"),
    "analysis.bootstrap_negative": ("Le nombre de rééchantillonnages (bootstrap) ne peut pas "
                                    "être négatif ({b})",
                                    "The number of bootstrap replicates cannot be negative ({b})"),
    "analysis.draws_negative": ("Le nombre de tirages Monte-Carlo ne peut pas être négatif "
                                "({draws})",
                                "The number of Monte Carlo draws cannot be negative ({draws})"),
    "analysis.concentration_not_positive": (
        "La concentration de la loi bêta autour des parts estimées doit être un nombre positif "
        "(valeur : {value})",
        "The concentration of the Beta around estimated shares must be a positive number "
        "(got {value})"),
    # -- scenarios -------------------------------------------------------------------------------
    "analysis.shift_fraction_range": (
        "La part déplacée doit être comprise entre 0 et 100 % (valeur : {share:%g})",
        "The fraction shifted must be between 0 and 100% (got {share:%g})"),
    "analysis.shift_respend_range": (
        "La part re-dépensée localement par les nouveaux fournisseurs locaux doit être comprise "
        "entre 0 et 100 % (valeur : {share:%g})",
        "The re-spend share of the new local suppliers must be between 0 and 100% "
        "(got {share:%g})"),
    "analysis.category_has_no_line": ("Aucune ligne de dépense n'a la catégorie {category!r}",
                                      "No spending line has the category {category!r}"),
    "analysis.category_national": (
        "La catégorie {category!r} ne peut pas être déplacée vers des fournisseurs locaux : "
        "elle va à des organismes nationaux",
        "The category {category!r} cannot be shifted to local suppliers: it goes to national "
        "bodies"),
    "analysis.category_retained": (
        "La catégorie {category!r} ne peut pas être déplacée vers des fournisseurs locaux : "
        "elle est conservée, pas dépensée",
        "The category {category!r} cannot be shifted to local suppliers: it is retained, not "
        "spent"),
    "analysis.category_unknown": ("Catégorie {category!r} inconnue ; utilisez l'une de : {codes}",
                                  "Unknown category {category!r}; use one of {codes}"),
    # -- charts ----------------------------------------------------------------------------------
    "analysis.chart_format": ("Enregistrez le graphique en fichier .png ou .svg (pas {name!r})",
                              "Save the chart as a .png or .svg file (not {name!r})"),
    "analysis.no_chart_yet": ("Il n'y a pas encore de graphique à enregistrer",
                              "There is no chart to save yet"),
}
