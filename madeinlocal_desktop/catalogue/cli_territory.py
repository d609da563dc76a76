"""The command line's sentences about the territory: `frame show`/`import`, `sample design`
and `draw`, and `analyse --territory` (cli/territory_formatting.py)."""

TEXTS = {
    "cli.t.left.closed": ("fermés (état F)", "closed (état F)"),
    "cli.t.left.elsewhere": ("hors des communes de l'étude", "outside the study's communes"),
    "cli.t.left.unknown_naf": ("sans code NAF rév. 2", "no NAF rév. 2 code"),
    "cli.t.left.duplicate": ("lignes en double", "repeated rows"),
    "cli.t.the_file": ("le fichier", "the file"),
    "cli.t.imported": (
        "Répertoire version {version} : {kept} établissements gardés sur {rows} lignes de {file}.",
        "Frame version {version}: {kept} establishments kept out of {rows} rows of {file}.",
    ),
    "cli.t.left_out": ("Écartés : {items}.", "Left out: {items}."),
    "cli.t.missing_columns": (
        "Colonnes absentes du fichier (leurs chiffres restent inconnus) : {columns}.",
        "Columns not in the file (their figures stay unknown): {columns}.",
    ),
    "cli.t.none": ("aucun", "none"),
    "cli.t.changes": (
        "Par rapport à l'extrait précédent : {added} nouveaux, {gone} disparus, {changed} "
        "modifiés ({fields}), {unchanged} inchangés.",
        "Against the previous extract: {added} new, {gone} gone, {changed} changed "
        "({fields}), {unchanged} unchanged.",
    ),
    "cli.t.employment_followed": (
        "L'emploi régional du modèle entrées-sorties suit le nouvel extrait.",
        "The input-output model's regional employment followed the new extract.",
    ),
    "cli.t.profile": (
        "Répertoire version {version} ({source}, importé le {date}) : {count} établissements "
        "actifs",
        "Frame version {version} ({source}, imported {date}): {count} active establishments",
    ),
    "cli.t.jobs": (
        "Emplois salariés : {jobs} (milieu de la tranche d'effectif pour {bands} "
        "établissements, effectif déclaré par le commerce enquêté pour {staff})",
        "Salaried jobs: {jobs} (size-band midpoints for {bands} establishments, the "
        "interviewed shop's own staff for {staff})",
    ),
    "cli.t.ess": (
        "Économie sociale et solidaire : {establishments} des établissements, {jobs} des "
        "emplois (connue pour {known})",
        "Social and solidarity economy: {establishments} of establishments, {jobs} of jobs "
        "(known for {known})",
    ),
    "cli.t.head_office": (
        "Siège sur le territoire : {share} (connu pour {known})",
        "Head office in the territory: {share} (known for {known})",
    ),
    "cli.t.size_bands": ("Par tranche d'effectif : {items}", "By size band: {items}"),
    "cli.t.col.sector": ("secteur", "sector"),
    "cli.t.col.establishments": ("étab.", "estab."),
    "cli.t.col.jobs": ("emplois", "jobs"),
    "cli.t.col.ess": ("ESS", "ESS"),
    "cli.t.every_activity": ("toutes les activités", "every activity"),
    "cli.t.allocation.proportional": ("proportionnelle", "proportional"),
    "cli.t.allocation.neyman": ("de Neyman", "Neyman"),
    "cli.t.allocation.fixed": ("fixée par strate", "fixed"),
    "cli.t.plan": (
        "Strates : {strata} ; champ : {scope} ; allocation : {allocation}",
        "Strata: {strata}; scope: {scope}; allocation: {allocation}",
    ),
    "cli.t.plan_frame": (
        "Répertoire : {count} établissements, {in_scope} dans le champ",
        "Frame: {count} establishments, {in_scope} in scope",
    ),
    "cli.t.plan_sample": (
        "Échantillon : n = {n} ; demi-largeur attendue de l'intervalle à 95 % du LM3 : "
        "{half_width}",
        "Sample: n = {n}; expected half-width of the 95% interval of the LM3: {half_width}",
    ),
    "cli.t.col.stratum": ("strate", "stratum"),
    "cli.t.col.prior": ("a priori", "prior"),
    "cli.t.prior.demo": ("démo", "demo"),
    "cli.t.prior.demo_all": ("démo (tout)", "demo_all"),
    "cli.t.prior.given": ("donné", "given"),
    "cli.t.drawn": (
        "Tirage avec la graine {seed} (répertoire version {version}) : {units} "
        "établissements, réserve de {reserve} par strate",
        "Drawn with seed {seed} (frame version {version}): {units} establishments, reserve "
        "{reserve} per stratum",
    ),
    "cli.t.drawn_row": (
        "échantillon {sample}   réserve {reserve}",
        "sample {sample}   reserve {reserve}",
    ),
    "cli.t.title": (
        "Territoire (plan de sondage, euros par an)",
        "Territory (design-based, euros a year)",
    ),
    "cli.t.fictitious": ("[DONNÉES FICTIVES DE DÉMONSTRATION]", "[FICTITIOUS DEMO DATA]"),
    "cli.t.frame": (
        "Répertoire version {version} : {count} établissements, {in_scope} dans le champ ; "
        "{respondents} établissements répondants",
        "Frame version {version}: {count} establishments, {in_scope} in scope; {respondents} "
        "responding establishments",
    ),
    "cli.t.coverage": (
        "Couverture des strates répondantes : {establishments} des établissements, {jobs} des "
        "emplois salariés",
        "Coverage of the responding strata: {establishments} of establishments, {jobs} of "
        "salaried jobs",
    ),
    "cli.t.outside": (
        "Hors des chiffres du territoire : {frame} entretiens hors du répertoire, {scope} hors "
        "du champ",
        "Left out of the territory figures: {frame} interviews outside the frame, {scope} "
        "outside the scope",
    ),
    "cli.t.lm3": ("LM3 (territoire) :", "LM3 (territory):"),
    "cli.t.recirculation": ("Recirculation (R2 / R1) :", "Recirculation (R2 / R1):"),
    "cli.t.ci95": ("IC à 95 %", "95% CI"),
    "cli.t.bootstrap": ("bootstrap", "bootstrap"),
    "cli.t.col.total": ("total", "total"),
    "cli.t.col.estimate": ("estimation", "estimate"),
    "cli.t.col.se": ("erreur type", "SE"),
    "cli.t.total.r1": ("chiffre d'affaires (R1)", "turnover (R1)"),
    "cli.t.total.r2": ("1re redépense locale (R2)", "first local re-spend (R2)"),
    "cli.t.total.r3": ("2e tour (R3)", "second round (R3)"),
    "cli.t.total.local": ("gardé localement (R2 + R3)", "kept locally (R2 + R3)"),
    "cli.t.leakage": ("Fuites par catégorie (territoire) :", "Leakage by category (territory):"),
    "cli.t.collapsed": (
        "Strates à une seule réponse, estimées avec leur strate voisine : {items}",
        "Strata with one answer, estimated with their nearest stratum: {items}",
    ),
    "cli.t.uncovered": (
        "Strates sans aucune réponse (non couvertes) : {items}",
        "Strata without any answer (not covered): {items}",
    ),
    "cli.t.in_register": ("[dans le fichier des commerces]", "[in register]"),
    "cli.t.nothing_found": ("Rien trouvé.", "Nothing found."),
    "cli.t.added": ("{name} ({siret}, {naf}, {ownership}) ajouté au fichier des commerces : {id}",
                    "Added {name} ({siret}, {naf}, {ownership}) to the register: {id}"),
    "cli.t.employment_origin": (
        "Source : répertoire des établissements, version {version} ({source}), emplois "
        "salariés au milieu des tranches d'effectif",
        "Source: business register, frame version {version} ({source}), salaried jobs from "
        "size-band midpoints"),
    "cli.t.employment_stored": (
        "Enregistré comme emploi régional du modèle entrées-sorties.",
        "Stored as the input-output model's regional employment."),
    "cli.t.employment_now": ("L'emploi régional du modèle est maintenant : {source}.",
                             "The model's regional employment is now: {source}."),
    "cli.t.call_sheet": ("Liste d'appel : {path}", "Call sheet: {path}"),
    # -- help of `frame` and `sample` ---------------------------------------------------------
    'cli.help.frame': (
        'Le répertoire des établissements du territoire (extrait SIRENE) : la base de sondage.',
        "The territory's business register (SIRENE extract): the sampling frame."),
    'cli.help.sample': (
        "Le plan de sondage de l'étude et son tirage reproductible (graine).",
        'The sampling design of the study and its seeded draw.'),
    'cli.help.frame.import': (
        'Importe un extrait du répertoire des établissements (CSV ou XLSX) comme base de sondage '
        "de l'étude.",
        "Import an extract of the business register (CSV or XLSX) as the study's frame."),
    'cli.help.frame.show': (
        'La version du répertoire et le profil du territoire (établissements, emplois, ESS).',
        "The frame's version and the territory's profile (establishments, jobs, ESS)."),
    'cli.help.frame.search': (
        "Les établissements du répertoire dont le nom, l'adresse ou le SIRET contient TEXT.",
        'Establishments of the frame whose name, address or SIRET contains TEXT.'),
    'cli.help.frame.add': (
        "Ajoute un établissement du répertoire au fichier des commerces de l'étude (relié par son "
        'SIRET).',
        "Add a frame establishment to the study's business register (linked by SIRET)."),
    'cli.help.frame.employment': (
        "Les emplois salariés du répertoire par secteur entrées-sorties : l'emploi régional du "
        'modèle.',
        "Salaried jobs of the frame by input-output sector: the model's regional employment."),
    'cli.help.sample.design': (
        'Définit le plan de sondage (strates, champ, allocation, taille) et montre ses strates.',
        'Define the sampling design (strata, scope, allocation, size) and show its strata.'),
    'cli.help.sample.draw': (
        "Tire l'échantillon du plan enregistré, avec sa réserve, et écrit la liste d'appel.",
        'Draw the sample of the stored design, with its reserve, and write the call sheet.'),
    'cli.help.frame.replace': (
        "Remplace le répertoire de l'étude par cet extrait plus récent (dit ce qui a changé).",
        "Replace the study's frame with this newer extract (reports what changed)."),
    'cli.help.frame.map': (
        "Lit le champ FIELD dans la colonne COLUMN d'un fichier qui n'a pas la disposition SIRENE "
        '(champs : siret, commune, naf, state, size_code, usual_name, head_office, legal_category,'
        ' ess...). Une fois par champ.',
        'Read FIELD from COLUMN of a file that is not in the SIRENE layout (fields: siret, '
        'commune, naf, state, size_code, usual_name, head_office, legal_category, ess...). Repeat '
        'for each field.'),
    'cli.help.frame.sheet': (
        "Feuille d'un classeur XLSX (par défaut : la première).",
        'Sheet of an XLSX file (default: the first).'),
    'cli.help.frame.ownership': (
        'Par défaut : déduit de la catégorie juridique (à corriger ensuite).',
        'Default: guessed from the legal category (edit it afterwards).'),
    'cli.help.frame.table': (
        "Table entrées-sorties (par défaut : celle de l'étude).",
        "Input-output table (default: the study's)."),
    'cli.help.frame.apply': (
        "L'enregistre comme emploi régional du modèle entrées-sorties (modifiable dans la vue "
        "entrées-sorties de l'application).",
        "Store it as the input-output model's regional employment (still editable in the app's "
        'input-output view).'),
    'cli.help.sample.strata': (
        'Stratification : a17, a38, naf_group et/ou size, par ex. a17,size. Sans option, montre le'
        ' plan enregistré.',
        'Stratification: a17, a38, naf_group and/or size, e.g. a17,size. Without options, shows '
        'the stored design.'),
    'cli.help.sample.scope': (
        "Préfixes NAF couverts par l'étude, par ex. 47,56,10.71.",
        'NAF prefixes the study covers, e.g. 47,56,10.71.'),
    'cli.help.sample.n': (
        "Taille de l'échantillon.",
        'Sample size.'),
    'cli.help.sample.half_width': (
        "Demi-largeur visée de l'intervalle à 95 % du LM3 du territoire, par ex. 0.05.",
        'Target half-width of the 95% interval of the territory LM3, e.g. 0.05.'),
    'cli.help.sample.cv': (
        "Coefficient de variation a priori d'une strate (Neyman, taille de l'échantillon).",
        'Prior coefficient of variation of a stratum (Neyman, sample size).'),
    'cli.help.sample.fixed': (
        "Taille d'échantillon d'une strate (avec --allocation fixed). Une fois par strate.",
        'Sample size of a stratum (with --allocation fixed). Repeat for each stratum.'),
    'cli.help.sample.seed': (
        'Graine du tirage (enregistrée avec lui).',
        'Seed of the draw (stored with it).'),
    'cli.help.sample.reserve': (
        "Établissements de réserve par strate, à appeler quand l'un refuse.",
        'Reserve establishments per stratum, to call when one refuses.'),
    'cli.help.sample.out': (
        "Écrit la liste d'appel : .xlsx ou .csv (Excel français).",
        'Write the call sheet: .xlsx or .csv (French Excel).'),
    'cli.help.sample.lang': (
        "Langue de la liste d'appel.",
        'Language of the call sheet.'),
}
