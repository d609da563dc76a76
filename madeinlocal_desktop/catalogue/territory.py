"""Texts of the territory: the business register (frame), the sampling design and the draw,
and the estimates for the territory."""

TEXTS = {
    # -- reading a register extract ------------------------------------------------------------
    "territory.file_missing": ("Aucun fichier à l'emplacement {path}", "No file at {path}"),
    "territory.file_kind": (
        "{name} n'est ni un fichier CSV ni un classeur XLSX",
        "{name} is neither a CSV file nor an XLSX workbook"),
    "territory.file_unreadable": (
        "{name} ne peut pas être lu ({reason})", "{name} cannot be read ({reason})"),
    "territory.file_empty": (
        "{name} ne contient aucun établissement", "{name} holds no establishment"),
    "territory.column_missing": (
        "Le fichier n'a pas de colonne {column!r} : c'est une colonne obligatoire du "
        "répertoire SIRENE (StockEtablissement), ou associez-la à une colonne du fichier",
        "The file has no column {column!r}: it is a required column of the SIRENE register "
        "(StockEtablissement), or map it to a column of the file"),
    "territory.mapping_field": (
        "Champ inconnu {name!r} dans la correspondance des colonnes (champs possibles : "
        "{allowed})",
        "Unknown field {name!r} in the column mapping (possible fields: {allowed})"),
    "territory.mapping_column": (
        "La correspondance associe {name!r} à la colonne {column!r}, absente du fichier",
        "The mapping gives {name!r} the column {column!r}, which the file does not have"),
    "territory.mapping_required": (
        "La correspondance des colonnes doit indiquer la colonne de {name!r}",
        "The column mapping must name the column of {name!r}"),
    "territory.mapping_syntax": (
        "Correspondance {text!r} : écrivez champ=colonne, par exemple siret=SIRET",
        "Mapping {text!r}: write field=column, for example siret=SIRET"),
    "territory.other_territory": (
        "Aucun établissement actif du fichier n'est dans les communes de l'étude ; le fichier "
        "décrit d'autres communes ({communes}) : est-ce le bon extrait ?",
        "No active establishment of the file is in the study's communes; the file describes "
        "other communes ({communes}): is it the right extract?"),
    "territory.no_communes": (
        "L'étude n'a pas encore de communes : choisissez son territoire avant d'importer le "
        "répertoire",
        "The study has no communes yet: choose its territory before importing the register"),
    "territory.duplicate_siret": (
        "Ligne {row} : le SIRET {siret} figure déjà ligne {first}, avec d'autres informations ; "
        "chaque établissement doit figurer une seule fois",
        "Row {row}: SIRET {siret} is already on row {first}, with other details; each "
        "establishment must appear once"),
    "territory.bad_siret": (
        "Ligne {row} : le SIRET {siret!r} n'est pas valide (14 chiffres et une clé correcte)",
        "Row {row}: SIRET {siret!r} is not valid (14 digits and a correct check key)"),
    "territory.unknown_naf": (
        "Ligne {row} : le code NAF {naf!r} (colonne {column}) n'est pas une sous-classe de la "
        "NAF rév. 2, par exemple 47.24Z",
        "Row {row}: NAF code {naf!r} (column {column}) is not a NAF rév. 2 sub-class, such as "
        "47.24Z"),
    "territory.unknown_size": (
        "Ligne {row} : la tranche d'effectifs {code!r} (colonne {column}) n'est pas un code "
        "de l'Insee (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53)",
        "Row {row}: employee-size code {code!r} (column {column}) is not an INSEE code (NN, 00, "
        "01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53)"),
    "territory.nothing_kept": (
        "{name} : aucun établissement actif des communes de l'étude n'a de code NAF rév. 2 "
        "({unknown_naf} sans code ou dans une ancienne nomenclature)",
        "{name}: no active establishment of the study's communes has a NAF rév. 2 code "
        "({unknown_naf} without one or in an older nomenclature)"),
    "territory.frame_exists": (
        "L'étude a déjà un répertoire (version {version}, {count} établissements) : pour le "
        "remplacer par ce nouvel extrait, demandez-le expressément (--replace)",
        "The study already has a register (version {version}, {count} establishments): to "
        "replace it with this newer extract, ask for it (--replace)"),
    "territory.no_frame": (
        "L'étude n'a pas encore de répertoire des établissements : importez un extrait SIRENE "
        "d'abord (madeinlocal frame import)",
        "The study has no business register yet: import a SIRENE extract first (madeinlocal "
        "frame import)"),
    "territory.not_in_frame": (
        "Le SIRET {siret} n'est pas dans le répertoire de l'étude",
        "SIRET {siret} is not in the study's register"),
    "territory.already_in_register": (
        "{name} (SIRET {siret}) est déjà dans le registre des commerces de l'étude",
        "{name} (SIRET {siret}) is already in the study's business register"),
    # -- the design -----------------------------------------------------------------------------
    "territory.strata_missing": (
        "Choisissez au moins une variable de stratification parmi {allowed}",
        "Choose at least one stratification variable among {allowed}"),
    "territory.strata_unknown": (
        "Variable de stratification inconnue {variable!r} (possibles : {allowed})",
        "Unknown stratification variable {variable!r} (possible: {allowed})"),
    "territory.strata_twice": (
        "La variable {variable!r} est donnée deux fois",
        "The variable {variable!r} is given twice"),
    "territory.strata_two_sectors": (
        "Une seule nomenclature de secteur par plan de sondage ({variables}) : gardez-en une",
        "One sector classification per design ({variables}): keep one"),
    "territory.scope_item": (
        "Champ {item!r} : écrivez des préfixes de codes NAF, par exemple 47,56,10.71",
        "Scope {item!r}: write NAF code prefixes, for example 47,56,10.71"),
    "territory.scope_empty": (
        "Aucun établissement du répertoire n'a une activité du champ {scope}",
        "No establishment of the register has an activity in the scope {scope}"),
    "territory.allocation_unknown": (
        "Allocation inconnue {allocation!r} (possibles : {allowed})",
        "Unknown allocation {allocation!r} (possible: {allowed})"),
    "territory.fixed_missing": (
        "L'allocation fixe demande la taille d'échantillon de chaque strate (strate=n)",
        "A fixed allocation needs the sample size of each stratum (stratum=n)"),
    "territory.fixed_with_size": (
        "L'allocation fixe donne les tailles strate par strate : ne donnez ni n ni demi-largeur",
        "A fixed allocation gives the sizes stratum by stratum: give neither n nor a "
        "half-width"),
    "territory.size_missing": (
        "Donnez la taille d'échantillon n ou la demi-largeur visée de l'intervalle du LM3",
        "Give the sample size n or the target half-width of the LM3 interval"),
    "territory.size_choice": (
        "Donnez soit la taille d'échantillon n, soit la demi-largeur visée de l'intervalle du "
        "LM3, pas les deux",
        "Give either the sample size n or the target half-width of the LM3 interval, not both"),
    "territory.fixed_value": (
        "Strate {stratum} : la taille {value!r} doit être un nombre entier positif ou nul",
        "Stratum {stratum}: the size {value!r} must be a whole number, zero or more"),
    "territory.cv_value": (
        "Strate {stratum} : le coefficient de variation {value!r} doit être un nombre positif",
        "Stratum {stratum}: the coefficient of variation {value!r} must be a positive number"),
    "territory.n_value": (
        "La taille d'échantillon {value!r} doit être un nombre entier",
        "The sample size {value!r} must be a whole number"),
    "territory.half_width": (
        "La demi-largeur {value!r} doit être un nombre positif, par exemple 0,05",
        "The half-width {value!r} must be a positive number, for example 0.05"),
    "territory.stratum_empty": (
        "La strate {stratum} n'a aucun établissement dans le répertoire (strates existantes : "
        "{known}…)",
        "Stratum {stratum} has no establishment in the register (existing strata: {known}…)"),
    "territory.stratum_no_sample": (
        "La strate {stratum} ({N} établissements) n'aurait aucun échantillon : donnez-lui au "
        "moins 2 établissements",
        "Stratum {stratum} ({N} establishments) would get no sample: give it at least 2"),
    "territory.stratum_too_small": (
        "La strate {stratum} n'a que {N} établissements : impossible d'en tirer {n}",
        "Stratum {stratum} has only {N} establishments: {n} cannot be drawn from it"),
    "territory.sample_too_large": (
        "Un échantillon de {n} établissements dépasse la population du champ ({N})",
        "A sample of {n} establishments exceeds the population of the scope ({N})"),
    "territory.sample_too_small": (
        "Un échantillon de {n} est trop petit pour {strata} strates : il en faut au moins "
        "{minimum} (2 par strate)",
        "A sample of {n} is too small for {strata} strata: it needs at least {minimum} "
        "(2 per stratum)"),
    "territory.no_design": (
        "L'étude n'a pas encore de plan de sondage : définissez-le d'abord (madeinlocal "
        "sample design)",
        "The study has no sampling design yet: define it first (madeinlocal sample design)"),
    "territory.seed": (
        "La graine {seed!r} doit être un nombre entier positif",
        "The seed {seed!r} must be a whole positive number"),
    "territory.reserve": (
        "La réserve {reserve!r} doit être un nombre entier positif ou nul",
        "The reserve {reserve!r} must be a whole number, zero or more"),
    "territory.no_draw": (
        "Aucun tirage n'a encore été fait : tirez l'échantillon d'abord (madeinlocal sample "
        "draw)",
        "No sample has been drawn yet: draw it first (madeinlocal sample draw)"),
    "territory.sheet_kind": (
        "La feuille d'appel s'écrit en .xlsx ou en .csv, pas en {suffix!r}",
        "The call sheet is written as .xlsx or .csv, not {suffix!r}"),
    # -- estimation -------------------------------------------------------------------------------
    "territory.no_respondent": (
        "Aucun entretien terminé ne correspond à un établissement du champ du plan de sondage",
        "No finished interview matches an establishment in the scope of the sampling design"),
    "territory.bootstrap_negative": (
        "Le nombre de rééchantillonnages ne peut pas être négatif ({B})",
        "The number of bootstrap replicates cannot be negative ({B})"),
    "territory.calibration_bounds": (
        "Les bornes du calage doivent encadrer 1 ({low} à {high})",
        "The calibration bounds must enclose 1 ({low} to {high})"),
    "territory.calibration_empty": (
        "Calage sur {margin} : aucun répondant dans la catégorie {category} ; retirez-la ou "
        "interrogez-y un établissement",
        "Calibration on {margin}: no respondent in category {category}; drop it or interview "
        "an establishment there"),
    "territory.calibration_failed": (
        "Le calage sur {margin} n'atteint pas le total de {category} avec des poids entre "
        "{low} et {high} fois le poids de sondage (écart {gap:.1%}) : élargissez les bornes",
        "Calibration on {margin} cannot reach the total of {category} with weights between "
        "{low} and {high} times the design weight (gap {gap:.1%}): widen the bounds"),
    "territory.margin.employment": ("les emplois du répertoire", "the register's jobs"),
    "territory.margin.strata": ("les strates", "the strata"),
    "territory.calibration_unknown": (
        "Calage inconnu {name!r} (possible : {allowed})",
        "Unknown calibration {name!r} (possible: {allowed})"),
    # -- interchange ------------------------------------------------------------------------------
    "territory.json_object": ("{where} : un objet est attendu", "{where}: expected an object"),
    "territory.json_list": ("{where} : une liste est attendue", "{where}: expected a list"),
    "territory.json_field": (
        "{where} : {problem}", "{where}: {problem}"),
    "territory.json_text": ("du texte est attendu", "text expected"),
    "territory.json_missing": ("valeur manquante", "missing"),
    "territory.json_bool": ("true, false ou null est attendu", "true, false or null expected"),
    "territory.json_count": ("un nombre entier positif est attendu",
                             "a whole positive number expected"),
    "territory.json_role": ("sample ou reserve est attendu", "sample or reserve expected"),
    "territory.json_frame_version": (
        "la version courante doit être la dernière de frame.versions",
        "the current version must be the latest of frame.versions"),
    "territory.json_draw_frame": (
        "un tirage a besoin du répertoire d'où il est tiré (section frame)",
        "a drawn sample needs the frame it was drawn from (frame section)"),
    "territory.siret_value": (
        "le SIRET {siret!r} n'est pas valide (14 chiffres et une clé correcte)",
        "SIRET {siret!r} is not valid (14 digits and a correct check key)"),
    "territory.siret_twice": (
        "le SIRET {siret} figure déjà en {first}", "SIRET {siret} already appears at {first}"),
    "territory.naf_value": (
        "le code NAF {naf!r} n'est pas une sous-classe de la NAF rév. 2",
        "NAF code {naf!r} is not a NAF rév. 2 sub-class"),
    "territory.size_value": (
        "la tranche d'effectifs {code!r} n'est pas un code de l'Insee",
        "employee-size code {code!r} is not an INSEE code"),
    "territory.json_draw_unit": (
        "{where} : le SIRET {siret} du tirage n'est pas dans le répertoire du fichier",
        "{where}: the drawn SIRET {siret} is not in the file's register"),
}
