"""The command line's help texts (`madeinlocal COMMAND --help`), in French and English.

A command's first sentence is its summary in `madeinlocal --help`. French texts are written
with plain spaces; the catalogue applies French typography.
"""

TEXTS = {
    "cli.help.main": (
        "Made in Local : mesurer comment l'argent circule dans une économie locale.\n\n"
        "Sans commande, ouvre l'application de bureau.",
        "Made in Local: measure how money circulates in a local economy.\n\n"
        "Without a command, opens the desktop application."),
    "cli.help.lang": ("Langue des messages, de l'aide et de l'interface (par défaut : celle du "
                      "système). Se place avant ou après le nom de la commande.",
                      "Language of messages, help and the interface (default: the system's). "
                      "Goes before or after the command name."),
    "cli.help.version": ("Affiche la version et quitte.", "Show the version and exit."),
    # -- study commands --------------------------------------------------------------------------
    "cli.help.new": ("Crée un fichier d'étude vide, ou celui d'un enquêteur à partir d'un kit "
                     "d'étude.",
                     "Create an empty study file, or a surveyor's one from a study kit."),
    "cli.help.new.from_kit": (
        "Crée le fichier d'étude d'un enquêteur à partir du kit du coordinateur (même étude, "
        "même clé) ; les autres options viennent alors du kit.",
        "Create a surveyor's study file from the coordinator's study kit (same study, same "
        "key); the other options are then taken from the kit."),
    "cli.help.new.name": ("Nom de l'étude, par exemple « Centre-ville de Niort ».",
                          "Study name, e.g. 'Centre-ville de Niort'."),
    "cli.help.new.year": ("Exercice étudié.", "Fiscal year studied."),
    "cli.help.new.commune": ("Code INSEE d'une commune du territoire (répétez l'option pour "
                             "chacune) ; elle doit exister dans la géographie officielle.",
                             "INSEE code of a local commune (repeat the option for each); it "
                             "must exist in the official geography."),
    "cli.help.new.epci": ("Une intercommunalité (EPCI), par son SIREN ou son nom, par exemple "
                          "200041317 ou « CA du Niortais » : toutes ses communes font partie "
                          "du territoire.",
                          "An intercommunality (EPCI), by SIREN or name, e.g. 200041317 or "
                          "'CA du Niortais': all its communes are in the territory."),
    "cli.help.new.territory_name": ("Nom du territoire.", "Name of the territory."),
    "cli.help.import": ("Importe un fichier JSON d'échange (crée le fichier d'étude si "
                        "besoin).",
                        "Import an interchange JSON file (creates the study file if needed)."),
    "cli.help.export": ("Exporte toute l'étude (JSON d'échange, XLSX ou CSV).",
                        "Export the whole study (interchange JSON, XLSX or CSV)."),
    "cli.help.export.format": (
        "json (échange, par défaut), xlsx (une feuille par table et un dictionnaire des "
        "données) ou csv (OUT est un dossier : un fichier par table et un dictionnaire). Un OUT "
        "en .xlsx vaut xlsx.",
        "json (interchange, the default), xlsx (one sheet per table and a data dictionary) or "
        "csv (OUT is a folder: one file per table and a dictionary). An OUT ending in .xlsx "
        "means xlsx."),
    "cli.help.export.anonymised": (
        "Retire noms, SIRET, adresses et notes ; remplace les identifiants par des "
        "pseudonymes stables.",
        "Drop names, SIRET, addresses, notes; replace ids by stable pseudonyms."),
    "cli.help.export.csv_dialect": ("fr : « ; » et virgule décimale (Excel en français) ; en : "
                                    "« , » et point décimal.",
                                    "fr: ';' and decimal comma (French Excel); en: ',' and "
                                    "decimal point."),
    "cli.help.analyse": ("LM3, part de recirculation locale et fuites d'une étude.",
                         "LM3, local recirculation share and leakage of a study."),
    "cli.help.analyse.format": (
        "table (à lire), json (pour d'autres outils), csv ou xlsx (les chiffres du tableau de "
        "bord pour un tableur, arrondis à ce qu'ils signifient).",
        "table (to read), json (for other tools), csv or xlsx (the dashboard's figures for a "
        "spreadsheet, rounded to what they mean)."),
    "cli.help.analyse.by": ("Détaille aussi les résultats par secteur ou par type de "
                            "propriété.",
                            "Also break the results down by sector or ownership type."),
    "cli.help.analyse.bootstrap": ("Nombre de rééchantillonnages bootstrap (0 pour s'en "
                                   "passer).",
                                   "Bootstrap resamples (0 to skip)."),
    "cli.help.analyse.territory": (
        "Estime aussi pour tout le territoire, à partir du répertoire des établissements et du "
        "plan de sondage (euros par an, avec intervalles).",
        "Also estimate for the whole territory from the frame and the sampling design (euros a "
        "year, with intervals)."),
    "cli.help.analyse.calibrate": ("Avec --territory : cale les poids sur les emplois du "
                                   "répertoire par secteur.",
                                   "With --territory: rake the weights to the frame's jobs by "
                                   "sector."),
    "cli.help.analyse.calibration_bounds": (
        "Avec --calibrate : bornes des poids calés, en multiples du poids de sondage "
        "(par défaut 0.5 2).",
        "With --calibrate: bounds of the calibrated weights, as multiples of the design weight "
        "(default 0.5 2)."),
    "cli.help.analyse.dialect": (
        "Pour csv : fr (point-virgule, virgule décimale, BOM : Excel français) ou en ; par "
        "défaut, la langue de l'interface.",
        "For csv: fr (semicolons, decimal comma, BOM: French Excel) or en; by default the "
        "interface's language."),
    "cli.help.analyse.output": (
        "Écrit les résultats (csv ou xlsx) dans ce fichier au lieu de la sortie standard.",
        "Write the results (csv or xlsx) to this file instead of standard output."),
    "cli.help.analyse.seed": ("Graine du bootstrap (enregistrée dans les résultats).",
                              "Seed of the bootstrap (stored in results)."),
    "cli.help.scenario": ("Et si une partie des dépenses non locales d'une catégorie allait à "
                          "des fournisseurs locaux ?",
                          "What if part of a category's non-local spending went to local "
                          "suppliers?"),
    "cli.help.scenario_group": (
        "Scénarios « et si » : sans sous-commande, STUDY --category ... --shift ... --respend "
        "... calcule un scénario d'une catégorie ; save, list, show, delete et compare gèrent "
        "les scénarios enregistrés dans l'étude.",
        "What-if scenarios: without a subcommand, STUDY --category ... --shift ... --respend "
        "... computes a one-category scenario; save, list, show, delete and compare manage the "
        "scenarios kept in the study."),
    "cli.help.scenario.save": (
        "Enregistre un scénario nommé (plusieurs catégories, chacune avec sa part et, si "
        "besoin, sa redépense).",
        "Save a named scenario (several categories, each with its share and, if needed, its "
        "re-spend share)."),
    "cli.help.scenario.save_shift": (
        "CATÉGORIE:PART[:REDÉPENSE], par exemple supplies:20 % ou supplies:20 %:45 % ; "
        "répétez l'option pour plusieurs catégories.",
        "CATEGORY:SHARE[:RESPEND], e.g. supplies:20% or supplies:20%:45%; repeat the option "
        "for several categories."),
    "cli.help.scenario.save_respend": (
        "Redépense locale (3e tour) des nouveaux fournisseurs pour les catégories qui n'ont "
        "pas la leur (par défaut {respend:.0%}).",
        "Round-3 re-spend share of the new suppliers for the categories without their own "
        "(default {respend:.0%})."),
    "cli.help.scenario.replace": ("Remplace le scénario de même nom s'il existe.",
                                  "Replace the scenario of that name if there is one."),
    "cli.help.scenario.list": ("Liste les scénarios enregistrés dans l'étude.",
                               "List the scenarios kept in the study."),
    "cli.help.scenario.show": (
        "Montre un scénario enregistré : LM3 avant et après, euros gardés localement (avec "
        "--impact, emplois, revenus et valeur ajoutée).",
        "Show a saved scenario: LM3 before and after, euros kept locally (with --impact, "
        "jobs, income and value added)."),
    "cli.help.scenario.delete": ("Supprime un scénario enregistré.",
                                 "Delete a saved scenario."),
    "cli.help.scenario.compare": (
        "Compare deux scénarios enregistrés côte à côte (LM3, euros gardés, emplois, revenus, "
        "valeur ajoutée) et leur différence.",
        "Compare two saved scenarios side by side (LM3, euros kept, jobs, income, value "
        "added) and their difference."),
    "cli.help.scenario.category": ("Code de la catégorie de dépense, par exemple goods_resale.",
                                   "Spending category code, e.g. goods_resale."),
    "cli.help.scenario.shift": ("Part des dépenses non locales de cette catégorie déplacée vers "
                                "des fournisseurs locaux (20 % ou 0,2).",
                                "Share of that category's non-local spending moved to local "
                                "suppliers (20% or 0.2)."),
    "cli.help.scenario.respend": ("Part re-dépensée localement (3e tour) par les nouveaux "
                                  "fournisseurs locaux (45 % ou 0,45).",
                                  "Round-3 re-spend share of the new local suppliers (45% or "
                                  "0.45)."),
    "cli.help.scenario.impact": ("Donne aussi les emplois, revenus et valeur ajoutée dans le "
                                 "territoire, d'après le modèle entrées-sorties de l'étude (et le "
                                 "vecteur de choc utilisé).",
                                 "Also the jobs, income and value added in the territory, from "
                                 "the study's input-output model (and the shock vector used)."),
    "cli.help.scenario.format": ("table (à lire) ou json (pour d'autres outils).",
                                 "table (to read) or json (for other tools)."),
    "cli.help.demo": ("Crée l'étude de démonstration intégrée (fictive) et montre son analyse.",
                      "Create the built-in (fictitious) demo study and show its analysis."),
    "cli.help.demo.fresh": ("Reconstruit l'étude de démonstration de zéro.",
                            "Rebuild the demo study from scratch."),
    "cli.help.demo.text": ("Affiche l'analyse au lieu d'ouvrir l'application.",
                           "Print the analysis instead of opening the app."),
    "cli.help.open": ("Ouvre STUDY dans l'application de bureau.",
                      "Open STUDY in the desktop application."),
    "cli.help.open.screenshot": ("Dessine une vue hors écran (en 1366×768, ou --size), "
                                 "l'enregistre dans ce PNG et quitte.",
                                 "Render a view offscreen (at 1366×768, or --size), save it as "
                                 "this PNG and exit."),
    "cli.help.open.size": ("Taille de la fenêtre pour --screenshot, LARGEURxHAUTEUR en pixels "
                           "(par ex. 1280x720).",
                           "Window size for --screenshot, WIDTHxHEIGHT in pixels (e.g. "
                           "1280x720)."),
    "cli.help.open.theme": ("Apparence claire ou sombre (sinon les préférences, puis le "
                            "système).",
                            "Light or dark appearance (else the preferences, then the "
                            "system's)."),
    "cli.help.open.view": ("La vue à montrer (avec --screenshot).",
                           "The view to show (with --screenshot)."),
    # -- coordination --------------------------------------------------------------------------
    "cli.help.backup": (
        "Copie STUDY dans FOLDER sous le nom STUDY-AAAA-MM-JJ.madeinlocal (sauvegarde en ligne "
        "de SQLite : sûre pendant que l'application écrit ; un fichier existant n'est jamais "
        "remplacé).",
        "Copy STUDY into FOLDER as STUDY-YYYY-MM-DD.madeinlocal (SQLite's online backup: safe "
        "while the app is writing; an existing file is never replaced)."),
    "cli.help.hub": ("Le hub de consolidation : inscrire et synchroniser cette étude, ou faire "
                     "tourner le serveur (docs/hub.md).",
                     "The consolidation hub: enrol and sync this study, or run the server "
                     "(docs/hub.md)."),
    "cli.help.hub_db": (
        "URL de la base : sqlite:///hub.db ou postgresql+psycopg://utilisateur@hôte/base (ou la "
        "variable MADEINLOCAL_HUB_DB).",
        "Database URL: sqlite:///hub.db or postgresql+psycopg://user@host/db (or set "
        "MADEINLOCAL_HUB_DB)."),
    "cli.help.hub_study": ("L'identifiant de l'étude (madeinlocal hub studies les liste).",
                           "The study's id (madeinlocal hub studies lists them)."),
    "cli.help.hub_serve": ("Fait tourner le hub de consolidation (crée et migre d'abord la base).",
                           "Run the consolidation hub (creates and migrates the database first)."),
    "cli.help.hub_workers": (
        "Processus du hub derrière la même adresse (PostgreSQL ; SQLite n'en veut qu'un).",
        "Hub processes behind the one address (PostgreSQL; SQLite wants one)."),
    "cli.help.hub_results_cache": ("Dossier des copies consolidées des pages de résultats.",
                                   "Folder for the results pages' consolidated copies."),
    "cli.help.hub_proxy_headers": (
        "Faire confiance aux en-têtes X-Forwarded-* du proxy inverse placé devant (docs/hub.md).",
        "Trust X-Forwarded-* from the reverse proxy in front (docs/hub.md)."),
    "cli.help.hub_upgrade": (
        "Applique les migrations de base que cette version connaît (sauvegardez la base avant).",
        "Apply the database migrations this version knows (back the database up first)."),
    "cli.help.hub_add_study": (
        "Enregistre une étude à partir de son kit (la clé du kit vérifie la signature de chaque "
        "lot).",
        "Register a study from its kit (the kit's key checks every bundle's signature)."),
    "cli.help.hub_studies": ("Les études de ce hub, avec leur nombre de lots.",
                             "The studies on this hub, with their number of bundles."),
    "cli.help.hub_invite": (
        "Affiche un code d'inscription à usage unique pour l'appareil d'une personne.",
        "Print a single-use enrolment code for one person's device."),
    "cli.help.hub_invite_name": ("À qui est destiné le code (affiché dans members et audit).",
                                 "Who the code is for (shown in members, audit)."),
    "cli.help.hub_invite_hours": ("Le code expire après ce nombre d'heures.",
                                  "The code expires after this many hours."),
    "cli.help.hub_members": ("Les membres d'une étude (et les invitations pas encore utilisées).",
                             "Members of a study (and invitations not yet used)."),
    "cli.help.hub_revoke": (
        "Révoque le jeton d'appareil d'un membre (son prochain appel reçoit 401).",
        "Revoke a member's device token (its next call gets 401)."),
    "cli.help.hub_publish": (
        "Active (un nouveau lien secret à chaque fois) ou désactive la page publique des "
        "résultats de l'étude.",
        "Turn on (a new secret link each time) or off the study's public results page."),
    "cli.help.hub_publish_off": ("Désactive le lien public.", "Turn the public link off."),
    "cli.help.hub_audit": ("Le journal d'audit de l'étude : qui a fait quoi, et quand.",
                           "The study's audit log: who did what, when."),
    "cli.help.hub_audit_after": ("Seulement les lignes après ce numéro.",
                                 "Only the lines after this number."),
    "cli.help.hub_copy_db": (
        "Copie tout dans une autre base (SQLite → PostgreSQL) ; arrêtez le hub avant.",
        "Copy everything to another database (SQLite → PostgreSQL); stop the hub first."),
    "cli.help.hub_copy_from": ("L'URL de la base actuelle.", "The current database URL."),
    "cli.help.hub_copy_to": ("L'URL d'une nouvelle base, vide.", "A new, empty database URL."),
    "cli.help.hub_enrol": (
        "Inscrit ce fichier d'étude auprès du hub à l'adresse URL, avec un code donné par le "
        "coordinateur.",
        "Enrol this study file with the hub at URL, with a code from the coordinator."),
    "cli.help.hub_sync": (
        "Envoie au hub les nouveaux lots de cet appareil et importe ceux qu'il n'a pas encore "
        "vus.",
        "Push this device's new bundles to the hub and import the ones not seen yet."),
    "cli.help.hub_attempts": (
        "Essais par appel tant que le hub est injoignable (l'attente double à chaque fois).",
        "Tries per call while the hub cannot be reached (waits double each time)."),
    "cli.help.hub_status": (
        "Avec quel hub ce fichier d'étude se synchronise, et combien de lots attendent d'être "
        "envoyés.",
        "Which hub this study file syncs with, and how many bundles wait to be pushed."),
    "cli.help.hub_extra": (
        "Nécessite l'extension hub : pip install 'madeinlocal-desktop[hub]'.",
        "Needs the hub extra: pip install 'madeinlocal-desktop[hub]'."),
    "cli.help.passphrase": ("Phrase de passe des lots chiffrés (ou la variable "
                            "MADEINLOCAL_PASSPHRASE).",
                            "Passphrase of encrypted bundles (or set MADEINLOCAL_PASSPHRASE)."),
    "cli.help.list_format": ("table (à lire) ou json (pour d'autres outils).",
                             "table (to read) or json (for other tools)."),
    "cli.help.kit": ("Écrit le kit d'étude dont les enquêteurs créent leur fichier d'étude (il "
                     "contient la clé de l'étude : transmettez-le comme une clé). L'extension "
                     ".mlkit est ajoutée si OUT ne l'a pas.",
                     "Write the study kit surveyors create their study file from (it holds the "
                     "study key: hand it over like a key). The .mlkit extension is added when "
                     "OUT lacks it."),
    "cli.help.bundle": ("Écrit dans OUTDIR les changements de cet appareil depuis son dernier "
                        "lot (chiffrés avec --passphrase).",
                        "Write this device's changes since its last bundle into OUTDIR "
                        "(encrypted with --passphrase)."),
    "cli.help.import_bundle": ("Importe les lots d'autres appareils (chacun en une "
                               "transaction ; un lot refusé ne change rien).",
                               "Import bundles from other devices (each in one transaction; a "
                               "refused one changes nothing)."),
    "cli.help.import_bundle.preview": ("Montre seulement ce que l'import ferait.",
                                       "Only show what importing would do."),
    "cli.help.sync_folder": (
        "Écrit le nouveau lot de cet appareil dans FOLDER et importe les lots pas encore vus "
        "(FOLDER est retenu : ensuite, « sync-folder STUDY » suffit).",
        "Write this device's new bundle into FOLDER and import the bundles not seen yet "
        "(FOLDER is remembered: later, `sync-folder STUDY` is enough)."),
    "cli.help.conflicts": ("Liste les champs modifiés sur deux appareils, avec chaque valeur, "
                           "en attente d'une décision.",
                           "List fields changed on two devices, with every value, waiting for "
                           "a decision."),
    "cli.help.resolve": ("Résout un conflit : la valeur choisie devient une nouvelle version, "
                         "inscrite dans l'historique.",
                         "Resolve a conflict: the chosen value becomes a new version, logged "
                         "in the history."),
    "cli.help.resolve.take": ("mine, theirs, ou le numéro d'une option.",
                              "mine, theirs, or the number of an option."),
    "cli.help.resolve.value": ("Une valeur à vous (en euros pour les montants, 40 % ou 0,4 "
                               "pour les parts).",
                               "A value of your own (euros for amounts, 40% or 0.4 for "
                               "shares)."),
    "cli.help.duplicates": ("Liste les commerces qui pourraient être le même (même SIRET, ou "
                            "même nom dans la même commune).",
                            "List shops that may be the same one (same SIRET, or same name in "
                            "the same commune)."),
    "cli.help.merge_duplicates": ("Garde KEEP_ID : il reprend les entretiens et les "
                                  "informations manquantes d'OTHER_ID, qui est supprimé.",
                                  "Keep KEEP_ID: it takes OTHER_ID's interviews and missing "
                                  "details; OTHER_ID is deleted."),
    # -- input-output ----------------------------------------------------------------------------
    "cli.help.io": (
        "Modèle entrées-sorties : multiplicateurs et chocs de demande finale.\n\n"
        "Utilisez une table fournie (--table fr-2014-a17, fr-2014-a38, fr-2014-w56), un dossier "
        "au format de l'application (--folder) ou des fichiers CSV (--z Z.csv --accounts "
        "ACCOUNTS.csv).",
        "Input-output model: multipliers and final-demand shocks.\n\n"
        "Use a shipped table (--table fr-2014-a17, fr-2014-a38, fr-2014-w56), a folder in the "
        "app layout (--folder) or CSV files (--z Z.csv --accounts ACCOUNTS.csv)."),
    "cli.help.io.multipliers": ("Multiplicateurs de type I (et, avec --closed, de type II) de "
                                "chaque secteur.",
                                "Type I (and with --closed, Type II) multipliers of every "
                                "sector."),
    "cli.help.io.shock": ("Effets d'une demande finale supplémentaire pour un secteur sur la "
                          "production, les revenus, la valeur ajoutée et l'emploi.",
                          "Effects of extra final demand for one sector on output, income, "
                          "value added and jobs."),
    "cli.help.io.tables": ("Liste les tables fournies.", "List the shipped tables."),
    "cli.help.io.naf": ("Secteur d'une sous-classe NAF comme 47.24Z dans une table fournie.",
                        "Sector of a NAF sub-class such as 47.24Z in a shipped table."),
    "cli.help.io.naf_table": ("La table fournie.", "The shipped table."),
    "cli.help.io.table": ("Une table fournie, par exemple fr-2014-a17.",
                          "A shipped table, e.g. fr-2014-a17."),
    "cli.help.io.folder": ("Un dossier de table au format de l'application (Z.csv, "
                           "accounts.csv, table.json).",
                           "A table folder in the app layout (Z.csv, accounts.csv, "
                           "table.json)."),
    "cli.help.io.z": ("Z.csv : flux intérieurs carrés, première colonne « code ».",
                      "Z.csv: square domestic flows, first column 'code'."),
    "cli.help.io.accounts": ("ACCOUNTS.csv : code,output[,value_added,compensation,"
                             "employment,household_consumption,domestic_use].",
                             "ACCOUNTS.csv: code,output[,value_added,compensation,employment,"
                             "household_consumption,domestic_use]."),
    "cli.help.io.final_demand": ("CSV de demande finale : code + colonnes (x = L f est "
                                 "donné).",
                                 "Final demand CSV: code + columns (x = L f is reported)."),
    "cli.help.io.unit": ("Unité monétaire des fichiers --z/--accounts, par exemple « M EUR » "
                         "(nécessaire pour des chocs en euros).",
                         "Money unit of --z/--accounts files, e.g. 'M EUR' (needed for shocks "
                         "in euros)."),
    "cli.help.io.employment_unit": ("Unité d'emploi du fichier des comptes, par exemple "
                                    "« thousand persons ».",
                                    "Employment unit of the accounts file, e.g. 'thousand "
                                    "persons'."),
    "cli.help.io.regional_employment": (
        "CSV de l'emploi régional code,employment (en personnes pour les tables fournies) pour "
        "régionaliser par quotients de localisation.",
        "Regional employment CSV code,employment (persons for the shipped tables) to "
        "regionalise with location quotients."),
    "cli.help.io.method": ("Méthode des quotients de localisation (par défaut flq).",
                           "Location-quotient method (default flq)."),
    "cli.help.io.delta": ("δ de FLQ/AFLQ, 0 ≤ δ < 1 (par défaut {delta}).",
                          "δ of FLQ/AFLQ, 0 ≤ δ < 1 (default {delta})."),
    "cli.help.io.closed": ("Ferme le modèle par rapport aux ménages (type II).",
                           "Close the model with respect to households (Type II)."),
    "cli.help.io.household_income": (
        "Dénominateur des coefficients des ménages, en unités de la table (par défaut : la "
        "rémunération totale des salariés).",
        "Denominator of household coefficients, in table units (default: total compensation "
        "of employees)."),
    "cli.help.io.format": ("table (à lire) ou json (pour d'autres outils).",
                           "table (to read) or json (for other tools)."),
    "cli.help.io.matrices": ("Donne aussi A et L (JSON seulement).",
                             "Also output A and L (JSON only)."),
    "cli.help.io.sector": ("Secteur qui reçoit la demande, par exemple C1.",
                           "Sector receiving the demand, e.g. C1."),
    "cli.help.io.amount": ("Demande finale supplémentaire, en euros (par exemple 1000000), sauf "
                           "avec --table-units.",
                           "Extra final demand, in euros (e.g. 1000000), unless "
                           "--table-units."),
    "cli.help.io.demand": ("Au lieu de --sector/--amount : un CSV code,amount de plusieurs "
                           "secteurs (par exemple le choc de « madeinlocal scenario … "
                           "--impact »).",
                           "Instead of --sector/--amount: a CSV code,amount of several sectors "
                           "(e.g. the shock of `madeinlocal scenario ... --impact`)."),
    "cli.help.io.table_units": ("Lit --amount (et donne les montants) dans l'unité propre de la "
                                "table, par exemple M EUR.",
                                "Read --amount (and report money) in the table's own unit, e.g. "
                                "M EUR."),
    "cli.help.compare": (
        "Deux études ou plus côte à côte : LM3, recirculation, fuites, et leurs écarts. La "
        "première étude sert de référence ; chaque écart a son intervalle à 95 % (échantillons "
        "indépendants).",
        "Two or more studies side by side: LM3, recirculation, leakage, and their differences. "
        "The first study is the baseline; each difference has its 95% interval (independent "
        "samples)."),
    "cli.help.compare.format": ("table (à lire), json ou csv (pour d'autres outils).",
                                "table (to read), json or csv (for other tools)."),
    "cli.help.csv_dialect": ("fr : « ; » et virgule décimale (Excel en français) ; en : « , » et "
                             "point décimal.",
                             "fr: ';' and decimal comma (French Excel); en: ',' and decimal "
                             "point."),
    "cli.help.compare.output": ("Écrit dans ce fichier au lieu du terminal (le CSV reçoit un BOM "
                                "pour Excel).",
                                "Write to this file instead of the terminal (CSV gets a BOM for "
                                "Excel)."),
    "cli.help.capital": ("L'argent du capital : intérêts et rémunération des propriétaires qui "
                         "quittent le territoire, par type de propriété.",
                         "Money for capital: interest and owners' pay leaving the territory, by "
                         "ownership type."),
    "cli.help.map": ("Dessine les communes du territoire, dimensionnées par un chiffre, dans un "
                     "fichier PNG ou SVG (hors ligne).",
                     "Draw the territory's communes, sized by a figure, as a PNG or SVG file "
                     "(offline)."),
    "cli.help.map.size_by": ("shops : commerces interrogés ; kept : euros qu'ils font circuler "
                             "localement (tours 2 et 3) ; establishments : ceux du répertoire "
                             "des entreprises.",
                             "shops: interviewed shops; kept: euros they keep circulating "
                             "locally (rounds 2 and 3); establishments: the business "
                             "register's."),
    "cli.help.io.opportunities": (
        "Possibilités de substitution aux importations par secteur : emplois attendus, écarts, "
        "et ce que combler une part de ces écarts apporterait (directement et par le modèle "
        "régional).",
        "Import-substitution opportunities by sector: expected jobs, gaps, and what filling a "
        "share of them would bring (direct and through the regional model)."),
    "cli.help.io.population": ("P_R : la population du territoire (sans ÉTUDE).",
                               "P_R: the territory's population (without a STUDY)."),
    "cli.help.io.national_population": (
        "P_N (par défaut celle de la France, {population:,}, somme des communes fournies).",
        "P_N (default France's, {population:,}, the sum of the shipped communes)."),
    "cli.help.io.share": ("θ, la part de chaque écart produite localement (25 % ou 0,25).",
                          "θ, the share of each gap produced locally (25% or 0.25)."),
    "cli.help.kit.encrypted_files": (
        "Les fichiers d'étude faits depuis ce kit seront chiffrés : chaque enquêteur choisit "
        "une phrase de passe en le créant.",
        "Study files made from this kit will be encrypted: each surveyor chooses a passphrase "
        "when making one."),
    "cli.help.new.encrypt": (
        "Chiffre le nouveau fichier (phrase de passe demandée deux fois, ou "
        "--new-passphrase-file F) ; un kit peut l'exiger.",
        "Encrypt the new file (passphrase asked twice, or --new-passphrase-file F); a kit "
        "may require it."),
    "cli.help.encrypt": (
        "Chiffre STUDY sur place avec une nouvelle phrase de passe (demandée deux fois, "
        "ou --new-passphrase-file F, ou MADEINLOCAL_NEW_STUDY_PASSPHRASE). Tout ou rien : "
        "le fichier chiffré est vérifié avant de remplacer l'original. Fermez l'étude dans "
        "l'application d'abord. Toute commande ouvre ensuite l'étude chiffrée avec "
        "--passphrase-file F, MADEINLOCAL_STUDY_PASSPHRASE ou la phrase tapée à la demande.",
        "Encrypt STUDY in place with a new passphrase (asked twice, or "
        "--new-passphrase-file F, or MADEINLOCAL_NEW_STUDY_PASSPHRASE). All or nothing: the "
        "encrypted file is checked before it replaces the original. Close the study in the "
        "app first. Any command then opens the encrypted study with --passphrase-file F, "
        "MADEINLOCAL_STUDY_PASSPHRASE or the passphrase typed when asked."),
    "cli.help.decrypt": (
        "Réécrit l'étude chiffrée STUDY en fichier non chiffré, sur place (sa phrase de "
        "passe : --passphrase-file F, MADEINLOCAL_STUDY_PASSPHRASE ou demandée).",
        "Write the encrypted study STUDY back as a plain file, in place (its passphrase: "
        "--passphrase-file F, MADEINLOCAL_STUDY_PASSPHRASE or asked)."),
    "cli.help.change_passphrase": (
        "Change la phrase de passe de l'étude chiffrée STUDY (l'ancienne comme pour "
        "decrypt, la nouvelle comme pour encrypt).",
        "Change the passphrase of the encrypted study STUDY (the old one as for decrypt, "
        "the new one as for encrypt)."),
}
