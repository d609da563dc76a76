"""Texts of the socio-economic impact: opportunities, scenario effects, money for capital,
comparisons between studies and the map."""

TEXTS = {
    # -- import-substitution opportunities -------------------------------------------------
    "impact.share_range": (
        "La part de l'écart comblée localement doit être comprise entre 0 et 100 % "
        "(reçu {share:.0%})",
        "The share of the gap filled locally must be between 0 and 100% (got {share:.0%})"),
    "impact.national_population": (
        "La population nationale doit être un nombre d'habitants positif (reçu {population})",
        "The national population must be a positive number of inhabitants "
        "(got {population})"),
    "impact.population_zero": (
        "La population du territoire est nulle ({population}) : choisissez ses communes dans "
        "l'étude, ou indiquez-la avec --population",
        "The territory's population is zero ({population}): choose its communes in the study, "
        "or give it with --population"),
    "impact.population_above_national": (
        "Le territoire ({population} habitants) ne peut pas être plus peuplé que le pays "
        "({national} habitants) : les deux chiffres sont-ils dans la même unité ?",
        "The territory ({population} inhabitants) cannot be larger than the country "
        "({national} inhabitants): are both in the same unit?"),
    "impact.no_employment": (
        "Ce tableau ne donne pas l'emploi par secteur : les emplois attendus ne peuvent pas "
        "être calculés (ajoutez une colonne employment aux comptes)",
        "This table has no employment by sector, so the expected jobs cannot be computed "
        "(add an employment column to the accounts)"),
    "impact.no_domestic_use": (
        "Ce tableau ne donne pas l'utilisation intérieure de chaque produit : ajoutez aux "
        "comptes une colonne domestic_use (production + importations − exportations)",
        "This table does not give the domestic use of each product: add a domestic_use column "
        "to the accounts (output + imports − exports)"),
    "impact.unknown_sector": (
        "L'emploi du territoire cite le secteur {sector!r}, absent de ce tableau (ses secteurs : "
        "{sectors})",
        "The territory's employment names sector {sector!r}, which this table lacks (its "
        "sectors: {sectors})"),
    "impact.missing_sectors": (
        "L'emploi du territoire manque pour les secteurs {sectors} (tapez 0 pour un secteur "
        "absent du territoire)",
        "The territory's employment is missing for sectors {sectors} (type 0 for a sector "
        "absent from the territory)"),
    "impact.negative_employment": (
        "L'emploi du territoire doit être positif ou nul (secteurs {sectors})",
        "The territory's employment must be zero or positive (sectors {sectors})"),
    "impact.local_above_national": (
        "L'emploi du territoire dépasse l'emploi national dans le secteur {sector} : est-il "
        "bien en personnes (et non en milliers) ?",
        "The territory's employment is above the national one in sector {sector}: is it in "
        "persons (not thousands)?"),
    "impact.no_territory_employment": (
        "L'emploi du territoire par secteur n'est pas connu : saisissez-le dans la vue "
        "Modèle entrées-sorties, ou donnez un fichier code,employment",
        "The territory's employment by sector is not known: type it in the Input-output "
        "model view, or give a code,employment file"),
    "impact.national_model": (
        "Le modèle n'est pas régionalisé : les effets indirects sont ceux de l'économie "
        "nationale et surestiment ceux du territoire",
        "The model is not regionalised: the indirect effects are those of the national "
        "economy and overstate the territory's"),
    "impact.unknown_communes": (
        "Communes absentes de la géographie livrée, non comptées dans la population : {codes}",
        "Communes missing from the shipped geography, not counted in the population: {codes}"),

    "impact.share_text": (
        "{text!r} n'est pas une part : écrivez 25 % ou 0,25",
        "{text!r} is not a share: write 25% or 0.25"),
    "impact.cli_employment": (
        "L'emploi du territoire est nécessaire : donnez --regional-employment F "
        "(code,employment) ou un fichier d'étude",
        "The territory's employment is needed: give --regional-employment F "
        "(code,employment) or a study file"),
    "impact.cli_population": (
        "Donnez la population du territoire avec --population P, ou un fichier d'étude dont "
        "les communes la donnent",
        "Give the territory's population with --population P, or a study file whose communes "
        "give it"),
    "impact.cli_study_options": (
        "Avec un fichier d'étude, son tableau, ses réglages et ses communes sont utilisés : "
        "retirez les options de tableau et de population (--regional-employment peut "
        "remplacer l'emploi de l'étude)",
        "With a study file its own table, settings and communes are used: leave out the "
        "table and population options (--regional-employment may replace the study's "
        "employment)"),
    # -- scenarios ---------------------------------------------------------------------------
    "scenario.malformed": (
        "Scénario illisible : il faut des déplacements (catégorie, part) et une part de "
        "redépense",
        "Unreadable scenario: it needs shifts (category, fraction) and a re-spend share"),
    "scenario.no_shift": (
        "Le scénario ne déplace aucune dépense : choisissez au moins une catégorie",
        "The scenario moves no spending: choose at least one category"),
    "scenario.unknown_category": (
        "Catégorie de dépense inconnue {category!r} ; catégories de l'étude : {categories}",
        "Unknown spending category {category!r}; the study's categories: {categories}"),
    "scenario.category_twice": (
        "La catégorie {category!r} figure deux fois dans le scénario",
        "The category {category!r} appears twice in the scenario"),
    "scenario.fraction_range": (
        "La part déplacée de {category!r} doit être comprise entre 0 et 100 % (reçu "
        "{share:.0%})",
        "The share of {category!r} moved must be between 0 and 100% (got {share:.0%})"),
    "scenario.respend_range": (
        "La part redépensée localement doit être comprise entre 0 et 100 % (reçu {share:.0%})",
        "The local re-spend share must be between 0 and 100% (got {share:.0%})"),
    "scenario.shift_respend_range": (
        "La part redépensée localement pour {category!r} doit être comprise entre 0 et 100 % "
        "(reçu {share:.0%})",
        "The local re-spend share for {category!r} must be between 0 and 100% "
        "(got {share:.0%})"),
    "scenario.name_taken": (
        "Un scénario s'appelle déjà {name!r} : choisissez un autre nom, ou remplacez-le",
        "A scenario is already called {name!r}: choose another name, or replace it"),
    "scenario.not_found": (
        "Aucun scénario enregistré ne s'appelle {name!r} ; scénarios de l'étude : {names}",
        "No saved scenario is called {name!r}; the study's scenarios: {names}"),
    "scenario.table_unit": (
        "L'unité monétaire du tableau entrées-sorties de l'étude est inconnue : les euros du "
        "scénario ne peuvent pas y être convertis (indiquez unit dans son table.json)",
        "The money unit of the study's input-output table is unknown, so the scenario's euros "
        "cannot be converted (state unit in its table.json)"),
    "scenario.not_industry": (
        "{categories} : ces dépenses ne sont pas des achats à une branche (salaires, loyers...) "
        "; elles changent le LM3 mais n'entrent pas dans le choc entrées-sorties",
        "{categories}: these payments are not purchases from an industry (wages, rent...); "
        "they change LM3 but are not part of the input-output shock"),

    # -- comparisons between studies ---------------------------------------------------------
    "compare.need_two": (
        "Comparez au moins deux fichiers d'étude",
        "Compare at least two study files"),
    "compare.not_found": (
        "Fichier d'étude introuvable : {file}",
        "Study file not found: {file}"),
    "compare.same_file": (
        "Le fichier {file} est donné deux fois : comparez des études différentes",
        "The file {file} is given twice: compare different studies"),
    "compare.fiscal_years": (
        "Attention : les études portent sur des exercices différents ({years}) ; les écarts "
        "mêlent l'évolution dans le temps et les différences entre échantillons",
        "Warning: the studies cover different fiscal years ({years}); the differences mix "
        "change over time with differences between samples"),
    "compare.territories": (
        "Les études portent sur des territoires différents ({territories}) : « local » n'y "
        "désigne pas les mêmes communes",
        "The studies cover different territories ({territories}): 'local' does not mean the "
        "same communes"),
    "compare.rules": (
        "Attention : les règles du local diffèrent ({rules}) ; la comparaison porte sur des "
        "définitions différentes",
        "Warning: the local rules differ ({rules}); the comparison is across different "
        "definitions"),
    "compare.categories": (
        "Attention : les catégories de dépenses diffèrent ({categories}) ; ces lignes ne se "
        "comparent pas",
        "Warning: the spending categories differ ({categories}); those rows do not compare"),
    "compare.fictitious": (
        "Données fictives : {studies}",
        "Fictitious data: {studies}"),
    # -- exports -----------------------------------------------------------------------------------
    "export.format": (
        "Exportez en .csv ou en .xlsx (pas {suffix})",
        "Export as .csv or .xlsx (not {suffix})"),
    "export.folder": (
        "Le dossier {folder} n'existe pas",
        "The folder {folder} does not exist"),
    "export.locked": (
        "{name} ne peut pas être écrit : est-il ouvert dans un tableur ?",
        "{name} cannot be written: is it open in a spreadsheet?"),
    # -- the map -------------------------------------------------------------------------------
    "map.unknown_size": (
        "Variable de taille inconnue {size!r} ; utilisez shops, kept ou establishments",
        "Unknown size variable {size!r}; use shops, kept or establishments"),
    "map.no_frame": (
        "La carte par établissements du répertoire attend le répertoire des entreprises "
        "(SIRENE) du territoire, pas encore importé dans cette étude",
        "The map by register establishments needs the territory's business register (SIRENE), "
        "not yet imported in this study"),
    "map.no_communes": (
        "Le territoire de l'étude ne compte aucune commune : choisissez-les dans les "
        "paramètres de l'étude",
        "The study's territory has no commune: choose them in the study's settings"),
}
