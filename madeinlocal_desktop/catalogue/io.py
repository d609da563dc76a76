"""Texts of the input-output model: tables read from files, the model, regionalisation, shocks.

Whoever meets them has the spreadsheet open: they name the file, the line, the column and the
sector codes. French texts are written with plain spaces; the catalogue applies French
typography.
"""

TEXTS = {
    # -- parts ---------------------------------------------------------------------------------
    "io.n_more": ("{n} autres", "{n} more"),
    "io.nothing": ("rien", "nothing"),
    "io.households": ("ménages", "households"),
    "io.regional": ("L'emploi régional", "Regional employment"),
    "io.national": ("L'emploi national", "National employment"),
    "io.in_files": ("{z} / {accounts} : {error}", "{z} / {accounts}: {error}"),
    # -- files -----------------------------------------------------------------------------------
    "io.file_not_found": ("Fichier introuvable : {path}", "File not found: {path}"),
    "io.folder_not_found": ("Dossier de table introuvable : {path}",
                            "Table folder not found: {path}"),
    "io.shipped_unknown": ("Pas de table entrées-sorties fournie nommée {table!r} ; "
                           "tables disponibles : {available}",
                           "No shipped input-output table {table!r}; available: {available}."),
    "io.table_not_found": (
        "Ni table fournie {table!r}, ni dossier de table à cet emplacement ; tables fournies : "
        "{shipped}",
        "No shipped table {table!r} and no table folder at that path; shipped tables: "
        "{shipped}"),
    "io.csv_empty_cell": ("{file}, ligne {line}, colonne {column!r} : cellule vide (écrivez 0 "
                          "si la valeur est nulle)",
                          "{file}, line {line}, column {column!r}: empty cell (write 0 if the "
                          "value is zero)."),
    "io.csv_not_a_number": ("{file}, ligne {line}, colonne {column!r} : {text!r} n'est pas un "
                            "nombre",
                            "{file}, line {line}, column {column!r}: {text!r} is not a number."),
    "io.csv_not_finite": ("{file}, ligne {line}, colonne {column!r} : {text!r} n'est pas un "
                          "nombre fini",
                          "{file}, line {line}, column {column!r}: {text!r} is not a finite "
                          "number."),
    "io.csv_negative": ("{file}, ligne {line}, colonne {column!r} : valeur négative",
                        "{file}, line {line}, column {column!r}: negative value."),
    "io.csv_columns_missing": ("{file} : colonne(s) manquante(s) {columns} (trouvées : {found})",
                               "{file}: missing column(s) {columns} (found: {found})."),
    "io.csv_row_length": ("{file}, ligne {line} : {values} valeurs alors que l'en-tête a "
                          "{columns} colonnes",
                          "{file}, line {line}: {values} values where the header has "
                          "{columns}."),
    "io.csv_malformed": ("{file}, ligne {line} : CSV mal formé ({reason})",
                         "{file}, line {line}: malformed CSV ({reason})."),
    "io.csv_empty": ("{file} : le fichier est vide", "{file}: the file is empty."),
    "io.csv_column_unnamed": ("{file}, ligne 1 : la colonne {column} n'a pas de nom",
                              "{file}, line 1: column {column} has no name."),
    "io.csv_duplicate_columns": ("{file}, ligne 1 : colonne(s) en double : {columns}",
                                 "{file}, line 1: duplicate column(s) {columns}."),
    "io.csv_no_rows": ("{file} : aucune ligne de données sous l'en-tête",
                       "{file}: no data rows under the header."),
    "io.csv_first_column": ("{file}, ligne 1 : la première colonne doit s'appeler « code »",
                            "{file}, line 1: the first column must be named 'code'."),
    "io.csv_unknown_sector": ("{file}, ligne {line} : code de secteur {code!r} inconnu de cette "
                              "table",
                              "{file}, line {line}: unknown sector code {code!r} for this "
                              "table."),
    "io.csv_sector_twice": ("{file}, ligne {line} : le secteur {code} figure déjà ligne {first}",
                            "{file}, line {line}: sector {code} already on line {first}."),
    "io.csv_sectors_missing": ("{file} : aucune ligne pour le ou les secteurs {codes}",
                               "{file}: no row for sector(s) {codes}."),
    "io.csv_no_demand_column": ("{file} : aucune colonne de demande finale en plus de « code »",
                                "{file}: no final-demand column besides 'code'."),
    "io.json_invalid": ("{file}, ligne {line} : JSON non valide ({reason})",
                        "{file}, line {line}: not valid JSON ({reason})."),
    "io.json_not_object": ("{file} : un objet JSON est attendu",
                           "{file}: expected a JSON object."),
    "io.json_title": ("{file} : « title » doit être un texte", "{file}: 'title' must be text."),
    # -- the table -------------------------------------------------------------------------------
    "io.vector_size": ("{name} a {size} valeurs pour {n} secteurs",
                       "{name} has {size} values for {n} sectors."),
    "io.vector_not_finite": ("{name} contient une valeur manquante ou infinie",
                             "{name} contains a missing or infinite value."),
    "io.z_not_square": ("Z doit être carrée (autant de lignes que de colonnes) ; elle est "
                        "{shape}",
                        "Z must be square (as many rows as columns); it is {shape}."),
    "io.z_codes_count": ("Z : le nombre de codes ne correspond pas au nombre de valeurs",
                         "Z: the number of codes does not match the number of values."),
    "io.z_duplicate_rows": ("Z : code(s) de ligne en double : {codes}",
                            "Z: duplicate row code(s): {codes}."),
    "io.z_duplicate_columns": ("Z : code(s) de colonne en double : {codes}",
                               "Z: duplicate column code(s): {codes}."),
    "io.accounts_duplicate_codes": ("Comptes : code(s) en double : {codes}",
                                    "Z: duplicate accounts code(s): {codes}."),
    "io.z_rows_columns_differ": (
        "Z : les codes des lignes et des colonnes diffèrent (seulement en ligne : {rows} ; "
        "seulement en colonne : {columns})",
        "Z: the codes of the rows and of the columns differ (rows only: {rows}; columns only: "
        "{columns})."),
    "io.z_not_finite": ("Z contient une valeur manquante ou infinie",
                        "Z contains a missing or infinite value."),
    "io.accounts_codes_differ": ("Codes de secteur inconnus (dans les comptes mais pas dans "
                                 "Z : {unknown} ; dans Z mais pas dans les comptes : "
                                 "{missing})",
                                 "Unknown sector codes (in the accounts but not in Z: "
                                 "{unknown}; in Z but not in the accounts: {missing})."),
    "io.output_not_positive": (
        "La production doit être positive dans chaque secteur ; elle est nulle ou négative pour "
        "{sectors}. Retirez les secteurs sans production (par exemple U dans WIOD) avant le "
        "chargement",
        "Output must be positive in every sector; it is zero or negative for {sectors}. Drop "
        "sectors with no output (e.g. WIOD's U) before loading."),
    "io.account_negative": ("{name} est négatif pour {sectors}",
                            "{name} is negative for {sectors}."),
    # -- the model -------------------------------------------------------------------------------
    "io.column_sum": (
        "La somme de la colonne de A vaut {sum:.4f} (≥ 1) pour le secteur {sector} : ses "
        "consommations intérieures ne sont pas inférieures à sa production. Vérifiez cette "
        "colonne de Z et sa production (même unité, flux intérieurs seulement)",
        "The column sum of A is {sum:.4f} (≥ 1) for sector {sector}: its domestic inputs are "
        "not smaller than its output. Check that column of Z and its output (same unit, "
        "domestic flows only)."),
    "io.column_sum_more": (
        "La somme de la colonne de A vaut {sum:.4f} (≥ 1) pour le secteur {sector} (et {more} "
        "autre(s) secteur(s)) : ses consommations intérieures ne sont pas inférieures à sa "
        "production. Vérifiez cette colonne de Z et sa production (même unité, flux intérieurs "
        "seulement)",
        "The column sum of A is {sum:.4f} (≥ 1) for sector {sector} (and {more} more "
        "sector(s)): its domestic inputs are not smaller than its output. Check that column of "
        "Z and its output (same unit, domestic flows only)."),
    "io.singular": ("I − A est singulière (non inversible) : la table n'a pas d'inverse de "
                    "Leontief. Cherchez des lignes négatives ou en double dans Z",
                    "I − A is singular (not invertible): the table has no Leontief inverse. "
                    "Check for negative or duplicated rows in Z."),
    "io.closed_singular": ("I − Ā (modèle fermé) est singulière (non inversible) : la table "
                           "n'a pas d'inverse de Leontief. Cherchez des lignes négatives ou en "
                           "double dans Z",
                           "I − Ā (closed model) is singular (not invertible): the table has no "
                           "Leontief inverse. Check for negative or duplicated rows in Z."),
    "io.not_productive": ("L'inverse de Leontief de I − A a des coefficients négatifs "
                          "(colonnes {sectors}) : la table n'est pas productive. Cherchez des "
                          "valeurs négatives dans Z",
                          "The Leontief inverse of I − A has negative entries (columns "
                          "{sectors}): the table is not productive. Check for negative values "
                          "in Z."),
    "io.closed_not_productive": (
        "L'inverse de Leontief de I − Ā (modèle fermé) a des coefficients négatifs (colonnes "
        "{sectors}) : la table n'est pas productive. Cherchez des valeurs négatives dans Z",
        "The Leontief inverse of I − Ā (closed model) has negative entries (columns "
        "{sectors}): the table is not productive. Check for negative values in Z."),
    "io.household_income_not_positive": ("Le revenu des ménages doit être positif (valeur : "
                                         "{value})",
                                         "Household income must be positive; got {value}."),
    "io.household_own_share_range": ("a_hh doit être compris entre 0 et 1 (valeur : {value})",
                                     "a_hh must be between 0 and 1; got {value}."),
    "io.closed_explodes": (
        "Le modèle fermé diverge : 1 − a_hh − w L c = {value:.4f} ≤ 0. Les achats des ménages "
        "par euro de revenu sont trop élevés : vérifiez la consommation des ménages et le revenu "
        "des ménages pris comme dénominateur",
        "The closed model explodes: 1 − a_hh − w L c = {value:.4f} ≤ 0. Household purchases "
        "per euro of income are too high: check household consumption and the household "
        "income used as denominator."),
    "io.coefficients_shape": ("La matrice des coefficients ne correspond pas aux secteurs de la "
                              "table",
                              "The coefficient matrix does not match the table's sectors."),
    "io.closed_needs_accounts": (
        "Le modèle fermé (type II) a besoin de la rémunération des salariés et de la "
        "consommation des ménages pour chaque secteur",
        "The closed model (Type II) needs compensation of employees and household consumption "
        "for every sector."),
    "io.closed_not_computed": ("Calculez d'abord le modèle fermé (les ménages n'y sont pas)",
                               "Compute the closed model first (households are not in it)."),
    # -- the workbench ---------------------------------------------------------------------------
    "io.unit_unknown": ("Unité monétaire {unit!r} inconnue ; utilisez EUR, k EUR, M EUR ou "
                        "bn EUR",
                        "Unknown money unit {unit!r}; use EUR, k EUR, M EUR or bn EUR."),
    "io.sector_unknown": ("Secteur {code!r} inconnu ; les secteurs de cette table sont "
                          "{sectors}",
                          "Unknown sector {code!r}; this table has {sectors}."),
    "io.no_employment": ("Cette table n'a pas d'emploi par secteur : les quotients de "
                         "localisation en ont besoin",
                         "This table has no employment by sector: location quotients need "
                         "it."),
    "io.employment_missing_sectors": (
        "L'emploi régional manque pour le ou les secteurs {codes} (tapez 0 pour un secteur "
        "absent du territoire)",
        "Regional employment is missing for sector(s) {codes} (type 0 for a sector absent "
        "from the territory)"),
    "io.employment_unknown_sector": (
        "L'emploi régional nomme le secteur {code!r}, qui n'est pas dans cette table (ses "
        "secteurs : {sectors})",
        "Regional employment names sector {code!r}, which is not in this table (its sectors: "
        "{sectors})"),
    "io.method_unknown": ("Méthode de régionalisation {method!r} inconnue ; utilisez l'une de : "
                          "{methods}",
                          "Unknown regionalisation method {method!r}; use one of {methods}."),
    "io.unit_missing_for_euros": (
        "L'unité monétaire de la table est inconnue, un montant en euros ne peut donc pas être "
        "converti : indiquez l'unité de la table (par exemple « M EUR ») ou donnez le montant "
        "en unités de la table",
        "The table's money unit is unknown, so an amount in euros cannot be converted: state "
        "the unit of the table (e.g. 'M EUR') or give the amount in table units."),
    "io.demand_not_finite": ("Le montant pour {code} doit être un nombre fini",
                             "The amount for {code} must be a finite number."),
    "io.no_naf_level": ("Cette table n'indique pas quel niveau de la NAF suivent ses secteurs",
                        "This table does not say which NAF level its sectors follow."),
    "io.naf_sector_absent": ("Le code NAF {naf} relève du secteur {sector}, absent de cette "
                             "table",
                             "NAF code {naf} belongs to sector {sector}, absent from this "
                             "table."),
    "io.no_compensation": ("Cette table n'a pas la rémunération des salariés : l'estimation "
                           "par l'entrées-sorties (io_proxy) en a besoin",
                           "This table has no compensation of employees: io_proxy needs it."),
    "io.naf_level_unknown": ("Niveau de passage NAF {level!r} inconnu ; utilisez l'un de : "
                             "{levels}",
                             "Unknown NAF bridge level {level!r}; use one of {levels}."),
    "io.shock_amount": ("Le montant du choc doit être un nombre positif d'euros",
                        "The amount of the shock must be a positive number of euros"),
    # -- regionalisation -------------------------------------------------------------------------
    "io.employment_size": ("{which} a {size} valeurs pour {n} secteurs",
                           "{which} has {size} values for {n} sectors."),
    "io.employment_negative": ("{which} doit être nul ou positif (secteurs {codes})",
                               "{which} must be zero or positive (sectors {codes})."),
    "io.employment_zero": ("{which} est nul dans tous les secteurs",
                           "{which} is zero in every sector."),
    "io.employment_above_national": (
        "L'emploi régional dépasse l'emploi national dans le secteur {code} ({regional} > "
        "{national}) : une région fait partie de la nation. Les deux sont-ils dans la même "
        "unité (personnes ou milliers) ?",
        "Regional employment exceeds national employment in sector {code} ({regional} > "
        "{national}): a region is part of the nation. Are both in the same unit (persons vs "
        "thousands)?"),
    "io.employment_without_national": ("Un secteur sans emploi national a de l'emploi régional",
                                       "A sector with no national employment has regional "
                                       "employment."),
    "io.employment_total": (
        "L'emploi régional ({regional}) doit être positif et ne pas dépasser l'emploi national "
        "({national}) ; les deux sont-ils dans la même unité ?",
        "Regional employment ({regional}) must be positive and not above national employment "
        "({national}); are both in the same unit?"),
    "io.delta_range": ("δ doit vérifier 0 ≤ δ < 1 (0,3 est la valeur usuelle) ; valeur : "
                       "{delta}",
                       "δ must satisfy 0 ≤ δ < 1 (0.3 is the usual value); got {delta}."),
    "io.survey_share_range": ("La part d'achats locaux pour {cell} doit être comprise entre 0 "
                              "et 1 (valeur : {value})",
                              "Local purchase share for {cell} must be between 0 and 1; got "
                              "{value}."),
    "io.survey_unknown_buyer": ("Les parts d'enquête nomment un secteur inconnu {code!r}",
                                "Survey shares name an unknown sector {code!r}."),
    "io.survey_unknown_supplier": ("Les parts d'enquête de {buyer} nomment un fournisseur "
                                   "inconnu {code!r}",
                                   "Survey shares of {buyer} name an unknown supplier "
                                   "{code!r}."),
    "io.household_local_share_range": (
        "La part locale de la dépense des ménages doit être comprise entre 0 et 1 (valeur : "
        "{value})",
        "The local share of household spending must be between 0 and 1; got {value}."),
    "io.naf_code_format": ("{code!r} n'est pas un code de sous-classe NAF rév. 2 (par exemple "
                           "47.24Z)",
                           "{code!r} is not a NAF rév. 2 sub-class code (expected e.g. "
                           "47.24Z)."),
    "io.naf_code_unknown": ("Le code NAF {code} n'existe pas dans la NAF rév. 2",
                            "NAF code {code} does not exist in NAF rév. 2."),
}
