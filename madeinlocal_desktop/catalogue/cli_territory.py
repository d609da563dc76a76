"""The command line's sentences about the territory: `frame show`/`import`, `sample design`
and `draw`, and `analyse --territory` (cli/territory_formatting.py)."""

TEXTS = {
    "cli.t.left.closed": ("fermés (état F)", "closed (état F)"),
    "cli.t.left.elsewhere": ("hors des communes de l'étude", "outside the study's communes"),
    "cli.t.left.unknown_naf": ("sans code NAF rév. 2", "no NAF rév. 2 code"),
    "cli.t.left.duplicate": ("lignes en double", "repeated rows"),
    "cli.t.the_file": ("le fichier", "the file"),
    "cli.t.imported": (
        "Répertoire version {version} : {kept} établissements gardés sur {rows} lignes de "
        "{file}.",
        "Frame version {version}: {kept} establishments kept out of {rows} rows of {file}."),
    "cli.t.left_out": ("Écartés : {items}.", "Left out: {items}."),
    "cli.t.missing_columns": (
        "Colonnes absentes du fichier (leurs chiffres restent inconnus) : {columns}.",
        "Columns not in the file (their figures stay unknown): {columns}."),
    "cli.t.none": ("aucun", "none"),
    "cli.t.changes": (
        "Par rapport à l'extrait précédent : {added} nouveaux, {gone} disparus, {changed} "
        "modifiés ({fields}), {unchanged} inchangés.",
        "Against the previous extract: {added} new, {gone} gone, {changed} changed "
        "({fields}), {unchanged} unchanged."),
    "cli.t.employment_followed": (
        "L'emploi régional du modèle entrées-sorties suit le nouvel extrait.",
        "The input-output model's regional employment followed the new extract."),
    "cli.t.profile": (
        "Répertoire version {version} ({source}, importé le {date}) : {count} établissements "
        "actifs",
        "Frame version {version} ({source}, imported {date}): {count} active establishments"),
    "cli.t.jobs": (
        "Emplois salariés : {jobs} (milieu de la tranche d'effectif pour {bands} "
        "établissements, effectif déclaré par le commerce enquêté pour {staff})",
        "Salaried jobs: {jobs} (size-band midpoints for {bands} establishments, the "
        "interviewed shop's own staff for {staff})"),
    "cli.t.ess": (
        "Économie sociale et solidaire : {establishments} des établissements, {jobs} des "
        "emplois (connue pour {known})",
        "Social and solidarity economy: {establishments} of establishments, {jobs} of jobs "
        "(known for {known})"),
    "cli.t.head_office": (
        "Siège sur le territoire : {share} (connu pour {known})",
        "Head office in the territory: {share} (known for {known})"),
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
        "Strata: {strata}; scope: {scope}; allocation: {allocation}"),
    "cli.t.plan_frame": (
        "Répertoire : {count} établissements, {in_scope} dans le champ",
        "Frame: {count} establishments, {in_scope} in scope"),
    "cli.t.plan_sample": (
        "Échantillon : n = {n} ; demi-largeur attendue de l'intervalle à 95 % du LM3 : "
        "{half_width}",
        "Sample: n = {n}; expected half-width of the 95% interval of the LM3: {half_width}"),
    "cli.t.col.stratum": ("strate", "stratum"),
    "cli.t.col.prior": ("a priori", "prior"),
    "cli.t.prior.demo": ("démo", "demo"),
    "cli.t.prior.demo_all": ("démo (tout)", "demo_all"),
    "cli.t.prior.given": ("donné", "given"),
    "cli.t.drawn": (
        "Tirage avec la graine {seed} (répertoire version {version}) : {units} "
        "établissements, réserve de {reserve} par strate",
        "Drawn with seed {seed} (frame version {version}): {units} establishments, reserve "
        "{reserve} per stratum"),
    "cli.t.drawn_row": ("échantillon {sample}   réserve {reserve}",
                        "sample {sample}   reserve {reserve}"),
    "cli.t.title": ("Territoire (plan de sondage, euros par an)",
                    "Territory (design-based, euros a year)"),
    "cli.t.fictitious": ("[DONNÉES FICTIVES DE DÉMONSTRATION]", "[FICTITIOUS DEMO DATA]"),
    "cli.t.frame": (
        "Répertoire version {version} : {count} établissements, {in_scope} dans le champ ; "
        "{respondents} établissements répondants",
        "Frame version {version}: {count} establishments, {in_scope} in scope; {respondents} "
        "responding establishments"),
    "cli.t.coverage": (
        "Couverture des strates répondantes : {establishments} des établissements, {jobs} des "
        "emplois salariés",
        "Coverage of the responding strata: {establishments} of establishments, {jobs} of "
        "salaried jobs"),
    "cli.t.outside": (
        "Hors des chiffres du territoire : {frame} entretiens hors du répertoire, {scope} hors "
        "du champ",
        "Left out of the territory figures: {frame} interviews outside the frame, {scope} "
        "outside the scope"),
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
        "Strata with one answer, estimated with their nearest stratum: {items}"),
    "cli.t.uncovered": ("Strates sans aucune réponse (non couvertes) : {items}",
                        "Strata without any answer (not covered): {items}"),
}
