"""The command line's sentences, tables and refusals, in French and English.

Help texts are in `cli_help.py`. French texts are written with plain spaces; the catalogue
applies French typography.
"""

TEXTS = {
    # -- the edge ------------------------------------------------------------------------------
    "cli.error_line": ("Erreur : {error}", "Error: {error}"),
    "cli.usage_error": ("Erreur : {message} (voir « {command} --help »)",
                        "Error: {message} (see '{command} --help')"),
    "cli.cancelled": ("Annulé.", "Cancelled."),
    "cli.list_separator": (" ; ", "; "),
    "cli.no_display": ("Pas d'écran : l'application de bureau ne peut pas s'ouvrir ici "
                       "(utilisez --screenshot, ou « madeinlocal analyse »)",
                       "No display: the desktop application cannot open here (use "
                       "--screenshot, or `madeinlocal analyse`)"),
    "cli.study_missing": ("Aucun fichier d'étude à {path}", "No study file at {path}"),
    "cli.screenshot_saved": ("Enregistré : {path}", "Saved {path}"),
    "cli.bad_size": ("--size attend LARGEURxHAUTEUR en pixels, entre 640x480 et 7680x4320 "
                     "(par ex. 1280x720), pas « {size} »",
                     "--size takes WIDTHxHEIGHT in pixels, from 640x480 to 7680x4320 (e.g. "
                     "1280x720), not '{size}'"),
    # -- study commands ------------------------------------------------------------------------
    "cli.from_kit_alone": ("--from-kit prend les réglages de l'étude dans le kit : retirez "
                           "--name, --year, --commune, --epci et --territory-name",
                           "--from-kit takes the study's settings from the kit: leave out "
                           "--name, --year, --commune, --epci and --territory-name"),
    "cli.new_needs_name_year": ("Donnez --name et --year (ou --from-kit KIT)",
                                "Give --name and --year (or --from-kit KIT)"),
    "cli.created": ("{study} créé ({communes} communes dans le territoire)",
                    "Created {study} ({communes} communes in the territory)"),
    "cli.created_from_kit": ("{study} créé pour l'étude {name!r} à partir de {kit}",
                             "Created {study} for the study {name!r} from {kit}"),
    "cli.imported": ("Importé dans {study} : {summary}", "Imported into {study}: {summary}"),
    "cli.import.table": ("{table} : {new} nouveaux, {updated} mis à jour, {unchanged} "
                         "inchangés",
                         "{table}: {new} new, {updated} updated, {unchanged} unchanged"),
    "cli.exported": ("{study} exporté vers {out} ({format})",
                     "Exported {study} to {out} ({format})"),
    "cli.exported_anonymised": ("{study} exporté vers {out} ({format}, anonymisé)",
                                "Exported {study} to {out} ({format}, anonymised)"),
    "cli.share_not_a_number": ("{option} {text!r} n'est pas un nombre ; écrivez 20 % ou 0,2",
                               "{option} {text!r} is not a number; write 20% or 0.2"),
    "cli.share_range": ("{option} doit être compris entre 0 et 100 % (valeur : {text})",
                        "{option} must be between 0 and 100% (got {text})"),
    "cli.demo_study": ("Étude de démonstration (données fictives) : {path}",
                       "Demo study (fictitious data): {path}"),
    "cli.demo_no_display": (
        "Pas d'écran ici (ni DISPLAY ni WAYLAND_DISPLAY) : voici l'analyse de la démonstration "
        "en texte. Sur un bureau, « madeinlocal demo » ouvre l'application.",
        "No display here (neither DISPLAY nor WAYLAND_DISPLAY): here is the demo's analysis as "
        "text. On a desktop, `madeinlocal demo` opens the app."),
    # -- records -------------------------------------------------------------------------------
    "cli.records.businesses": ("commerces", "businesses"),
    "cli.records.interviews": ("entretiens", "interviews"),
    "cli.records.respondents": ("réponses du 3e tour", "respondents"),
    "cli.records.spend_lines": ("lignes de dépense", "spend_lines"),
    "cli.records.surveyors": ("enquêteurs", "surveyors"),
    "cli.records.study": ("étude", "study"),
    "cli.records.categories": ("catégories", "categories"),
    "cli.count_of": ("{n} {what}", "{n} {what}"),
    # -- the analysis table --------------------------------------------------------------------
    "cli.table.study": ("Étude : {name} ({year})", "Study: {name} ({year})"),
    "cli.table.fictitious": ("  [DONNÉES FICTIVES DE DÉMONSTRATION]",
                             "  [FICTITIOUS DEMO DATA]"),
    "cli.table.n": ("Entretiens analysés (n) : {n}", "Interviews analysed (n): {n}"),
    "cli.table.lm3": ("LM3 (ratio des totaux) :     {lm3}  IC à 95 % {ci}  bootstrap {bootstrap}",
                      "LM3 (ratio of totals):    {lm3}  95% CI {ci}  bootstrap {bootstrap}"),
    "cli.table.lm3_mean": ("LM3 (moyenne des commerces) : {mean}",
                           "LM3 (mean of shops):      {mean}"),
    "cli.table.recirculation": ("Part de recirculation locale : {share}",
                                "Local recirculation share: {share}"),
    "cli.table.leakage": ("Fuites par catégorie :", "Leakage by category:"),
    "cli.table.by_sector": ("Par secteur :", "By sector:"),
    "cli.table.by_ownership": ("Par type de propriété :", "By ownership:"),
    "cli.table.ci": ("IC à 95 %", "95% CI"),
    "cli.table.recirc": ("recirc.", "recirc."),
    "cli.table.imputed": (
        "{count} réponses manquantes ont été imputées ; bornes du LM3 avec elles à 0 % / "
        "100 % : {low} – {high}",
        "{count} missing answers were imputed; LM3 bounds with them at 0% / 100%: {low} – "
        "{high}"),
    "cli.table.estimated": ("Parts du 3e tour estimées, non enquêtées : {groups}.",
                            "Round-3 shares estimated, not surveyed: {groups}."),
    "cli.table.monte_carlo": (
        "Intervalle à 95 % du LM3 avec ces parts incertaines (Monte-Carlo, {draws:,} tirages, "
        "loi bêta de concentration {concentration}) : {interval}",
        "LM3 95% range with them uncertain (Monte Carlo, {draws:,} draws, Beta of concentration "
        "{concentration}): {interval}"),
    "cli.sector_unknown": ("secteur inconnu", "unknown sector"),
    "cli.recipient.supplier": ("fournisseurs", "suppliers"),
    "cli.recipient.staff": ("salariés", "staff"),
    "cli.recipient.landlord": ("bailleurs", "landlords"),
    "cli.recipient.owner": ("propriétaires", "owners"),
    "cli.recipient.tax": ("collectivités (impôts locaux)", "local taxes"),
    "cli.recipient.lender": ("prêteurs", "lenders"),
    "cli.recipient.charity": ("associations", "charities"),
    "cli.source.default": ("par défaut", "default"),
    "cli.source.io_proxy": ("entrées-sorties", "io_proxy"),
    "cli.too_few_for_interval": ("trop peu (1 commerce)", "too few (1 shop)"),
    # -- scenario ------------------------------------------------------------------------------
    "cli.scenario.what": (
        "Scénario : {share} des dépenses non locales de « {category} » vont à des fournisseurs "
        "locaux, qui en re-dépensent {respend} localement",
        "Scenario: {share} of the non-local spending on '{category}' goes to local suppliers, "
        "who re-spend {respend} of it locally"),
    "cli.scenario.n": ("Entretiens analysés (n) : {n}", "Interviews analysed (n): {n}"),
    "cli.scenario.lm3": ("LM3 (ratio des totaux) : {before} → {after} ({change})",
                         "LM3 (ratio of totals): {before} → {after} ({change})"),
    "cli.scenario.moved": ("Dépenses déplacées vers des fournisseurs locaux : {euros} par an",
                           "Spending moved to local suppliers: {euros} a year"),
    "cli.scenario.kept": (
        "Gardé localement en plus, commerces enquêtés : {r2} par an au 2e tour, {r2_r3} avec "
        "le 3e tour",
        "Extra kept locally, surveyed shops: {r2} a year in Round 2, {r2_r3} with Round 3"),
    "cli.scenario.kept_territory": (
        "Gardé localement en plus, sur le territoire (pondéré) : {r2} par an au 2e tour, "
        "{r2_r3} avec le 3e tour",
        "Extra kept locally, whole territory (weighted): {r2} a year in Round 2, {r2_r3} with "
        "Round 3"),
    "cli.xlsx_needs_output": (
        "--format xlsx écrit un fichier : indiquez-le avec --output RESULTATS.xlsx",
        "--format xlsx writes a file: name it with --output RESULTS.xlsx"),
    "cli.xlsx_territory": (
        "Les estimations du territoire s'exportent en csv ou json, pas en xlsx",
        "The territory's estimates are exported as csv or json, not xlsx"),
    "cli.output_suffix": (
        "{file} : avec ce format, le fichier doit finir par {suffix}",
        "{file}: with this format the file must end in {suffix}"),
    # -- saved scenarios -----------------------------------------------------------------------
    "cli.scenario.shift_format": (
        "--shift {text!r} : écrivez CATÉGORIE:PART ou CATÉGORIE:PART:REDÉPENSE, par exemple "
        "supplies:20 % ou supplies:20 %:45 %",
        "--shift {text!r}: write CATEGORY:SHARE or CATEGORY:SHARE:RESPEND, e.g. supplies:20% "
        "or supplies:20%:45%"),
    "cli.scenario.saved": (
        "Scénario « {name} » enregistré : {shifts} ; redépense locale des nouveaux "
        "fournisseurs {respend}",
        "Saved the scenario '{name}': {shifts}; local re-spend of the new suppliers {respend}"),
    "cli.scenario.deleted": ("Scénario « {name} » supprimé", "Deleted the scenario '{name}'"),
    "cli.scenario.none": (
        "Aucun scénario enregistré dans cette étude (madeinlocal scenario save STUDY NOM "
        "--shift CATÉGORIE:20 %)",
        "No saved scenario in this study (madeinlocal scenario save STUDY NAME "
        "--shift CATEGORY:20%)"),
    "cli.scenario.own_respend": ("(redépense {respend})", "(re-spend {respend})"),
    "cli.scenario.col_name": ("Scénario", "Scenario"),
    "cli.scenario.col_shifts": ("Dépenses déplacées", "Spending moved"),
    "cli.scenario.col_respend": ("Redépense", "Re-spend"),
    "cli.scenario.col_measure": ("Mesure", "Measure"),
    "cli.scenario.title": ("Scénario « {name} »", "Scenario '{name}'"),
    "cli.scenario.shifts": (
        "{shifts} confiées à des fournisseurs locaux ; redépense locale des nouveaux "
        "fournisseurs {respend}",
        "{shifts} moved to local suppliers; local re-spend of the new suppliers {respend}"),
    "cli.scenario.row_lm3_before": ("LM3 aujourd'hui", "LM3 today"),
    "cli.scenario.row_lm3_after": ("LM3 après", "LM3 after"),
    "cli.scenario.row_kept": ("Gardé localement en plus (2e tour, €/an)",
                              "Extra kept locally (Round 2, €/year)"),
    "cli.scenario.row_kept_r3": ("Gardé localement en plus (avec le 3e tour, €/an)",
                                 "Extra kept locally (with Round 3, €/year)"),
    "cli.scenario.row_output": ("Production du territoire (€/an)",
                                "Output in the territory (€/year)"),
    "cli.scenario.row_income": ("Revenus salariaux (€/an)", "Compensation (€/year)"),
    "cli.scenario.row_value_added": ("Valeur ajoutée (€/an)", "Value added (€/year)"),
    "cli.scenario.row_jobs": ("Emplois", "Jobs"),
    # -- coordination --------------------------------------------------------------------------
    "cli.kit_written": ("Kit d'étude écrit : {path} ; sur chaque appareil : madeinlocal new "
                        "--from-kit {name} STUDY",
                        "Wrote the study kit {path}; on each device: madeinlocal new "
                        "--from-kit {name} STUDY"),
    "cli.kit_suffix_added": ("Note : {asked} ne finit pas par {suffix}, le kit s'appelle "
                             "{name} pour que l'application le trouve",
                             "Note: {asked} does not end in {suffix}; the kit is named {name} "
                             "so that the app finds it"),
    "cli.hub_status": ("{url} : {name} ({role}) ; lots en attente d'envoi : {queued:,}",
                       "{url}: {name} ({role}); {queued:,} bundle(s) queued"),
    "cli.hub_enrolled": (
        "Inscrit auprès de {url} comme {name} ({role}) pour l'étude « {study} » ; ensuite : "
        "madeinlocal hub sync {path}",
        "Enrolled with {url} as {name} ({role}) for {study}; next: madeinlocal hub sync {path}"),
    "cli.hub_synced_new": (
        "Un nouveau lot fait ; envoyés : {pushed:,} (déjà sur le hub : {already:,}) ; lots "
        "importés : {imported:,}",
        "Made a new bundle; pushed {pushed:,} (already on the hub: {already:,}); imported "
        "{imported:,} bundle(s)"),
    "cli.hub_synced_nothing": (
        "Rien de nouveau à envoyer ; envoyés : {pushed:,} (déjà sur le hub : {already:,}) ; "
        "lots importés : {imported:,}",
        "Nothing new to send; pushed {pushed:,} (already on the hub: {already:,}); imported "
        "{imported:,} bundle(s)"),
    "cli.hub_refused": ("Refusé : {name} : {message}", "Refused {name}: {message}"),
    "cli.hub_role.coordinator": ("coordinateur", "coordinator"),
    "cli.hub_role.surveyor": ("enquêteur", "surveyor"),
    "cli.hub_role.viewer": ("lecteur", "viewer"),
    "cli.bundle_nothing_new": ("Rien de nouveau depuis le dernier lot : aucun fichier écrit",
                               "Nothing new since the last bundle: no file written"),
    "cli.bundle_written": ("Lot écrit : {path} ({counts})", "Wrote {path} ({counts})"),
    "cli.bundle.counts": (
        "{new} nouveaux, {updated} mis à jour, {identical} identiques ou plus anciens, "
        "{conflicting} en conflit, {rejected} rejetés",
        "{new} new, {updated} updated, {identical} identical or older, {conflicting} "
        "conflicting, {rejected} rejected"),
    "cli.bundle.imported": ("{file} ({who}) : importé {counts}",
                            "{file} ({who}): imported {counts}"),
    "cli.bundle.would_import": ("{file} ({who}) : importerait {counts}",
                                "{file} ({who}): would import {counts}"),
    "cli.bundle.already": ("{file} : déjà importé", "{file}: already imported"),
    "cli.bundle.refused": ("Refusé {file} : {reason}", "Refused {file}: {reason}"),
    "cli.bundle.rejected": ("  rejeté {table} {id} : {reason}",
                            "  rejected {table} {id}: {reason}"),
    "cli.sync.done": ("Synchronisé avec {folder} : {summary}", "Synced with {folder}: {summary}"),
    "cli.sync.wrote": ("{file} écrit", "wrote {file}"),
    "cli.sync.nothing_to_send": ("rien de nouveau à envoyer", "nothing new to send"),
    "cli.sync.imported": ("{n} lot(s) importé(s)", "imported {n} bundle(s)"),
    "cli.sync.refused": ("{n} refusé(s)", "refused {n}"),
    "cli.sync.other_studies": ("{n} d'autres études laissé(s) de côté",
                               "{n} of other studies left alone"),
    "cli.sync.refused_one": ("  refusé {file} : {reason}", "  refused {file}: {reason}"),
    "cli.sync.conflicts": ("{n} conflit(s) à résoudre : madeinlocal conflicts {study}",
                           "{n} conflict(s) to resolve: madeinlocal conflicts {study}"),
    "cli.no_conflicts": ("Aucun conflit.", "No conflicts."),
    "cli.this_device": ("  [cet appareil]", "  [this device]"),
    "cli.resolve_with": ("Résolvez avec : madeinlocal resolve {study} ID --take 1|2|mine|theirs "
                         "(ou --value V)",
                         "Resolve with: madeinlocal resolve {study} ID --take 1|2|mine|theirs "
                         "(or --value V)"),
    "cli.resolve_take_or_value": ("Donnez soit --take, soit --value",
                                  "Give either --take or --value"),
    "cli.resolved": ("{record} résolu : {name} = {value}",
                     "Resolved {record}: {name} = {value}"),
    "cli.no_duplicates": ("Aucun doublon possible.", "No possible duplicates."),
    "cli.same_siret": ("même SIRET", "same SIRET"),
    "cli.same_name": ("même nom et même commune", "same name and commune"),
    "cli.duplicate": (
        "{reason} : {first!r} ({first_n} entretiens, {first_id}) et {second!r} ({second_n} "
        "entretiens, {second_id})",
        "{reason}: {first!r} ({first_n} interviews, {first_id}) and {second!r} ({second_n} "
        "interviews, {second_id})"),
    "cli.merged": ("Fusionné dans {name!r} ({id})", "Merged into {name!r} ({id})"),
    # -- input-output --------------------------------------------------------------------------
    "cli.io.one_table": ("Donnez exactement une table : --table ID, --folder DIR, ou --z et "
                         "--accounts",
                         "Give exactly one table: --table ID, --folder DIR, or --z and "
                         "--accounts."),
    "cli.io.unit_with_files": ("--unit et --employment-unit décrivent seulement des fichiers "
                               "--z/--accounts",
                               "--unit and --employment-unit describe --z/--accounts files "
                               "only."),
    "cli.io.final_demand_with_files": ("--final-demand va avec --z/--accounts (les dossiers "
                                       "ont la leur)",
                                       "--final-demand goes with --z/--accounts (folders carry "
                                       "their own)."),
    "cli.io.z_with_accounts": ("--z et --accounts vont ensemble",
                               "--z and --accounts go together."),
    "cli.io.method_needs_employment": ("--method et --delta ont besoin de "
                                       "--regional-employment",
                                       "--method and --delta need --regional-employment."),
    "cli.io.delta_method": ("--delta ne s'applique qu'à flq et aflq, pas à {method}",
                            "--delta applies to flq and aflq only, not {method}."),
    "cli.io.income_needs_closed": ("--household-income s'applique au modèle fermé (--closed)",
                                   "--household-income applies to the closed model "
                                   "(--closed)."),
    "cli.io.unit_unknown": (
        "L'unité monétaire de la table est inconnue : donnez --unit (par exemple « M EUR ») "
        "avec --z/--accounts, ou --table-units pour donner --amount dans l'unité de la table",
        "The table's money unit is unknown: give --unit (e.g. 'M EUR') with --z/--accounts, "
        "or --table-units to give --amount in the table's own unit."),
    "cli.io.demand_choice": ("Donnez --sector et --amount, ou --demand FICHIER (code,amount)",
                             "Give --sector and --amount, or --demand FILE (code,amount)."),
    "cli.io.several_sectors": ("{count} secteurs ({codes})", "{count} sectors ({codes})"),
    "cli.io.table": ("Table : {title}", "Table: {title}"),
    "cli.io.regionalised": ("Régionalisée : {method}", "Regionalised: {method}"),
    "cli.io.survey_shares": (" ; parts d'enquête pour {sectors}", "; survey shares for {sectors}"),
    "cli.io.closed_header": (
        "Modèle fermé (type II) : revenu des ménages {income} {unit} ({basis}), a_hh = {a_hh}",
        "Closed model (Type II): household income {income} {unit} ({basis}), a_hh = {a_hh}"),
    "cli.io.table_unit": ("unité de la table", "table unit"),
    "cli.io.table_units": ("unités de la table", "table units"),
    "cli.io.persons": ("personnes", "persons"),
    "cli.io.col.output": ("production", "output"),
    "cli.io.col.output1": ("production I", "output I"),
    "cli.io.col.output2": ("production II", "output II"),
    "cli.io.col.value_added": ("valeur ajoutée", "value added"),
    "cli.io.col.income": ("revenus", "income"),
    "cli.io.col.income1": ("revenus I", "income I"),
    "cli.io.col.income2": ("revenus II", "income II"),
    "cli.io.col.jobs": ("emplois", "jobs"),
    "cli.io.col.jobs_per_million": ("emplois/M€", "jobs/M€"),
    "cli.io.note.effects": ("Effets d'une unité de demande finale pour chaque secteur",
                            "Effects of one unit of final demand for each sector"),
    "cli.io.note.per_unit": ("valeur ajoutée, revenus : {unit} par {unit}",
                             "value added, income: {unit} per {unit}"),
    "cli.io.note.jobs_per_million": ("emplois/M€ : personnes par million d'euros",
                                     "jobs/M€: persons per million euros"),
    "cli.io.note.jobs": ("emplois : {jobs} par {unit}", "jobs: {jobs} per {unit}"),
    "cli.io.final_demand_output": ("Production x = L f pour la demande finale donnée :",
                                   "Output x = L f for the final demand given:"),
    "cli.io.shock": ("Choc : {amount} {unit} de demande finale pour {sector}, {model}",
                     "Shock: {amount} {unit} of final demand for {sector}, {model}"),
    "cli.io.open_model": ("modèle ouvert", "open model"),
    "cli.io.closed_model": ("modèle fermé, re-dépense des ménages comprise",
                            "closed model, household re-spending included"),
    "cli.io.jobs_in": ("emplois en {unit}", "jobs in {unit}"),
    "cli.io.by_sector": ("Par secteur ({scope}) :", "By sector ({scope}):"),
    "cli.io.compensation": ("(rémunération des salariés)", "(compensation of employees)"),
    "cli.io.total_output": ("Production totale :", "Total output:"),
    "cli.io.total_income": ("Revenus totaux :", "Total income:"),
    "cli.io.total_value_added": ("Valeur ajoutée totale :", "Total value added:"),
    "cli.io.total_jobs": ("Emplois totaux :", "Total jobs:"),
    "cli.io.household_income": ("Revenu des ménages :", "Household income:"),
    # encrypted study files
    "cli.passphrase_prompt": ("Phrase de passe de {name}", "Passphrase of {name}"),
    "cli.new_passphrase_prompt": ("Nouvelle phrase de passe (12 caractères au moins)",
                                  "New passphrase (at least 12 characters)"),
    "cli.new_passphrase_again": ("La même, une seconde fois", "The same again"),
    "cli.passphrases_differ": (
        "Les deux saisies de la phrase de passe diffèrent : rien n'a été changé",
        "The two passphrases typed differ: nothing was changed"),
    "cli.passphrase_file_unreadable": (
        "Impossible de lire la phrase de passe dans {path} ({reason})",
        "Cannot read the passphrase from {path} ({reason})"),
    "cli.encrypted": ("{study} est maintenant chiffrée", "{study} is now encrypted"),
    "cli.decrypted": ("{study} n'est plus chiffrée", "{study} is no longer encrypted"),
    "cli.passphrase_changed": ("La phrase de passe de {study} a été changée",
                               "The passphrase of {study} was changed"),
}
