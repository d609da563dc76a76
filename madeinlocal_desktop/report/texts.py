"""The report's own words, French first, then English.

Written with plain spaces, like the error catalogue; French typography (a no-break space before
`:`, a narrow one before `;` `?` `!` `%`, inside « ») is applied once, when the module loads.
Numbers are formatted by `chart_format` for the language, never here.
"""

from __future__ import annotations

from ..catalogue import french_typography

_FR: dict[str, str] = {
    # -- every page ----------------------------------------------------------------------------
    "fictitious": "DONNÉES FICTIVES",
    "page": "Page {page} / {pages}",
    "contents": "Sommaire",
    # -- cover ---------------------------------------------------------------------------------
    "cover_kicker": "Étude de la circulation locale de l'argent — méthode LM3",
    "cover_territory": "Territoire : {territory} ({communes} communes)",
    "cover_year": "Exercice comptable étudié : {year}",
    "cover_date": "Rapport établi le {date}",
    "cover_fictitious": "Les commerces, les montants et les réponses de cette étude de "
                        "démonstration sont inventés : aucun chiffre de ce rapport ne décrit un "
                        "commerce réel.",
    "cover_made_by": "Rapport produit par Made in Local (logiciel libre, AGPL).",
    # -- summary -------------------------------------------------------------------------------
    "summary": "L'essentiel en une page",
    "summary_euro": "Chaque euro dépensé dans un commerce indépendant du territoire rapporte "
                    "{independent} à l'économie locale (intervalle à 95 % : {independent_ci}), "
                    "contre {chain} dans une succursale de chaîne ({chain_ci}).",
    "summary_euro_one": "Chaque euro dépensé dans un commerce enquêté du territoire rapporte "
                        "{value} à l'économie locale (intervalle à 95 % : {ci}).",
    "summary_lm3": "Multiplicateur local LM3 de l'ensemble des commerces enquêtés : {lm3} "
                   "(intervalle de confiance à 95 % : {ci} ; bootstrap : {boot}), "
                   "sur n = {n} entretiens.",
    "summary_recirculation": "Part de recirculation locale : {share} du chiffre d'affaires est "
                             "dépensé une deuxième fois dans le territoire (salaires, "
                             "fournisseurs, loyers…).",
    "summary_leak": "Première fuite : « {category} », {share} du chiffre d'affaires, "
                    "soit {euros} par an pour les commerces enquêtés.",
    "summary_uncertain": "Les parts du tour 3 estimées plutôt qu'enquêtées font varier le LM3 "
                         "entre {low} et {high} ; les réponses manquantes, entre {mlow} et "
                         "{mhigh}.",
    "summary_territory": "Rapporté à tout le territoire ({units} établissements du registre), "
                         "l'économie locale conserve environ {kept} par an (intervalle à 95 % : "
                         "{ci}).",
    "summary_read": "Comment lire ces chiffres : un LM3 de 1,5 signifie que 100 € dépensés "
                    "dans un commerce produisent 150 € d'activité locale en trois tours "
                    "(la dépense, ce que le commerce paie localement, ce que ses salariés et "
                    "fournisseurs locaux redépensent). Les intervalles disent la marge d'erreur "
                    "due à l'échantillon.",
    # -- method --------------------------------------------------------------------------------
    "method": "Règles et méthode",
    "rules": "Ce qui compte comme local",
    "rule_boundary": "Limite du local : {boundary}.",
    "rule_radius": "un rayon de {km} km",
    "rule_supplier": "Un fournisseur est local quand {test}.",
    "rule_staff": "Un salarié est local quand {test}.",
    "rule_branch_yes": "L'agence locale d'une entreprise extérieure compte comme locale.",
    "rule_branch_no": "L'agence locale d'une entreprise extérieure ne compte pas comme locale.",
    "rule_vat_yes": "Les montants sont hors TVA.",
    "rule_vat_no": "Les montants sont TVA comprise.",
    "method_brief": "La méthode en bref",
    "method_text": "Le LM3 (Local Multiplier 3, New Economics Foundation) suit trois tours de "
                   "dépense. Tour 1 : le chiffre d'affaires du commerce. Tour 2 : la part de "
                   "ses dépenses (salaires, achats, loyer, impôts…) payée à des bénéficiaires "
                   "locaux. Tour 3 : la part que ces bénéficiaires redépensent à leur tour "
                   "localement. LM3 = (tour 1 + tour 2 + tour 3) / tour 1, entre 1 et 3. Le "
                   "chiffre d'ensemble est le rapport des totaux ; l'intervalle de confiance "
                   "vient de l'erreur type et d'un bootstrap de {B} tirages.",
    "sample": "Échantillon, réponses et couverture",
    "sample_n": "Entretiens analysés : n = {n} ({shops} commerces).",
    "sample_weighted": "Les résultats sont pondérés par le plan de sondage du territoire.",
    "sample_unweighted": "Les résultats décrivent les commerces enquêtés (non pondérés).",
    "sample_excluded": "Entretiens écartés de l'analyse : {n}.",
    "sample_coverage": "Couverture du registre du territoire : {covered} des {units} "
                       "établissements du champ sont représentés par l'échantillon.",
    "round3": "Le tour 3 : enquêté ou estimé",
    "round3_share": "Sur {total} parts du tour 3 utilisées, {proxies} ({share}) sont estimées "
                    "(valeurs par défaut de l'étude ou modèle entrées-sorties) plutôt "
                    "qu'enquêtées auprès des bénéficiaires.",
    "round3_mc": "Avec ces parts estimées incertaines (Monte-Carlo, {draws} tirages), le LM3 "
                 "est compris à 95 % entre {low} et {high}.",
    "round3_missing": "Réponses manquantes imputées : {n}. Si elles valaient toutes 0 % ou "
                      "toutes 100 % de local, le LM3 serait compris entre {low} et {high}.",
    "round3_group": "Part du tour 3 : {group}",
    "round3_source": "Origine",
    "round3_value": "Part",
    "source_default": "valeur par défaut",
    "source_io_proxy": "modèle entrées-sorties",
    "source_survey_mean": "moyenne enquêtée",
    "source_survey": "enquêtée",
    "source_imputed": "imputée",
    "group_landlord": "propriétaires des locaux",
    "group_tax": "impôts locaux",
    "group_lender": "prêteurs",
    "group_owner": "propriétaires du commerce",
    "group_charity": "associations",
    "group_staff": "salariés",
    "group_supplier": "fournisseurs",
    # -- results -------------------------------------------------------------------------------
    "results": "LM3 et recirculation",
    "by_ownership": "Par type de propriété",
    "by_sector": "Par secteur d'activité",
    "col_group": "Groupe",
    "col_sector": "Secteur",
    "col_n": "n",
    "col_lm3": "LM3",
    "col_ci": "IC à 95 %",
    "col_recirculation": "Recirculation",
    "ci_none": "trop peu",
    "leakage": "Les fuites : où part l'argent",
    "leakage_text": "Montants payés hors du territoire par les commerces enquêtés, par poste "
                    "de dépense, et leur part du chiffre d'affaires total.",
    "col_category": "Poste de dépense",
    "col_euros": "Euros par an",
    "col_share_turnover": "Part du CA",
    "retained": "Bénéfice mis en réserve, amortissements (non dépensé)",
    "not_described": "Chiffre d'affaires non détaillé",
    "trail": "Le parcours de l'argent",
    "trail_text": "Ce que deviennent 100 € dépensés dans un commerce enquêté, tour après tour.",
    # -- territory -----------------------------------------------------------------------------
    "territory": "Le territoire",
    "territory_none": "L'étude ne contient pas encore le registre des entreprises du territoire "
                      "(SIRENE) : les totaux du territoire ne sont pas estimés.",
    "territory_totals": "Totaux estimés pour le territoire",
    "col_measure": "Mesure",
    "col_value": "Estimation",
    "t_turnover": "Chiffre d'affaires du champ",
    "t_r2": "Dépensé localement (tour 2)",
    "t_r3": "Redépensé localement (tour 3)",
    "t_leak": "Parti hors du territoire",
    "t_lm3": "LM3 du territoire",
    "t_recirculation": "Recirculation du territoire",
    "profile": "Profil du registre",
    "profile_text": "{establishments} établissements actifs, environ {jobs} emplois "
                    "(registre : {source}).",
    "profile_ess": "Économie sociale et solidaire : {establishments} des établissements et "
                   "{jobs} des emplois. Siège dans le territoire : {head_office} des "
                   "établissements.",
    "col_establishments": "Établissements",
    "col_jobs": "Emplois",
    # -- input-output --------------------------------------------------------------------------
    "io": "Multiplicateurs entrées-sorties et emplois",
    "io_none": "Le modèle entrées-sorties n'est pas paramétré pour cette étude : les "
               "multiplicateurs et les emplois ne sont pas calculés (vue Entrées-sorties de "
               "l'application).",
    "io_table": "Tableau : {title}. Régionalisation : {method}.",
    "col_output_mult": "Production",
    "col_va": "Valeur ajoutée",
    "col_income": "Revenus",
    "col_jobs_per_m": "Emplois par M€",
    # -- scenarios -----------------------------------------------------------------------------
    "scenarios": "Scénarios de relocalisation",
    "scenarios_none": "Aucun scénario n'est enregistré dans l'étude.",
    "scenarios_text": "Chaque scénario confie une part des achats non locaux de certains postes "
                      "à des fournisseurs locaux, qui redépensent localement {respend} de ce "
                      "qu'ils reçoivent.",
    "col_scenario": "Scénario",
    "sc_shifts": "Achats relocalisés",
    "sc_lm3": "LM3 avant → après",
    "sc_kept": "Euros de plus par an (tours 2 et 3)",
    "sc_output": "Production induite",
    "sc_income": "Revenus des ménages",
    "sc_va": "Valeur ajoutée",
    "sc_jobs": "Emplois (directs, indirects, induits)",
    "sc_respend": "Part redépensée par les nouveaux fournisseurs",
    "sc_unnamed": "Scénario {n}",
    "national_model": "Effets calculés avec le tableau national (modèle non régionalisé).",
    # -- impact --------------------------------------------------------------------------------
    "opportunities": "Opportunités de substitution aux importations",
    "opp_text": "Secteurs où le territoire emploie moins que ce que sa consommation "
                "justifierait (méthode de Michael Shuman) ; effets si {share} de l'écart était "
                "comblé localement.",
    "opp_unavailable": "Non calculées : {reason}",
    "col_expected": "Emplois attendus",
    "col_local": "Emplois ici",
    "col_gap": "Écart",
    "col_direct_jobs": "Emplois directs",
    "col_total_jobs": "Emplois totaux",
    "col_total": "Total",
    "capital": "L'argent du capital",
    "capital_text": "Intérêts et rémunération des propriétaires qui quittent le territoire, "
                    "pour 100 € de chiffre d'affaires, et ce que reçoivent les prêteurs et "
                    "propriétaires locaux.",
    "col_ownership": "Propriété",
    "col_turnover": "Chiffre d'affaires",
    "col_interest_out": "Intérêts sortants",
    "col_owner_out": "Rémunération sortante",
    "col_capital_local": "Reçu localement",
    "col_capital_out": "Capital sortant (€/an)",
    "per_100": "{value} pour 100 €",
    "map": "Carte du territoire",
    "map_text": "Communes du territoire, à leur centroïde, selon le nombre de commerces "
                "enquêtés.",
    "map_missing": "Communes sans centroïde, absentes de la carte : {names}.",
    "compare": "Comparaison avec d'autres études",
    "compare_text": "La première colonne est cette étude ; l'écart est donné avec son "
                    "intervalle à 95 % (échantillons indépendants).",
    "compare_warning": "Attention : {text}",
    "col_study": "Étude",
    "col_year": "Année",
    "col_difference": "Écart (IC 95 %)",
    # -- sources -------------------------------------------------------------------------------
    "sources": "Sources et attributions",
    "src_survey": "Enquête auprès des commerces : données de l'étude, collectées par ses "
                  "enquêteurs ; aucun commerce n'est nommé dans ce rapport.",
    "src_wiod": "Tableaux entrées-sorties : World Input-Output Database (WIOD), version 2016, "
                "licence CC BY 4.0 (Timmer et al., 2015, Review of International Economics "
                "23 : 575-605).",
    "src_insee": "INSEE : Code officiel géographique 2025, populations légales 2022, "
                 "nomenclature d'activités NAF rév. 2 ; Licence Ouverte 2.0.",
    "src_dgcl": "DGCL : composition des EPCI à fiscalité propre au 1er janvier 2025 ; "
                "Licence Ouverte 2.0.",
    "src_poste": "La Poste : base officielle des codes postaux (centroïdes des communes), "
                 "data.gouv.fr ; Licence Ouverte 2.0.",
    "src_fonts": "Polices DejaVu (licence libre Bitstream Vera / DejaVu).",
    # -- definitions ---------------------------------------------------------------------------
    "definitions": "Annexe : définitions",
    "def_lm3": "LM3 : multiplicateur local à trois tours, (tour 1 + tour 2 + tour 3) / tour 1.",
    "def_round1": "Tour 1 : le chiffre d'affaires hors TVA du commerce sur l'exercice.",
    "def_round2": "Tour 2 : ce que le commerce paie à des bénéficiaires locaux (salariés, "
                  "fournisseurs, propriétaires, collectivités…).",
    "def_round3": "Tour 3 : ce que ces bénéficiaires locaux redépensent à leur tour dans le "
                  "territoire.",
    "def_recirculation": "Recirculation locale : tour 2 / tour 1, la part du chiffre "
                         "d'affaires dépensée une deuxième fois dans le territoire.",
    "def_leakage": "Fuite : une dépense payée à un bénéficiaire hors du territoire.",
    "def_ci": "Intervalle de confiance à 95 % : la plage qui contient la vraie valeur 95 fois "
              "sur 100, compte tenu de l'échantillon.",
    "def_bootstrap": "Bootstrap : l'intervalle obtenu en retirant l'échantillon au hasard "
                     "plusieurs milliers de fois.",
    "def_mc": "Monte-Carlo : le calcul refait avec des parts du tour 3 tirées au hasard "
              "autour des valeurs estimées.",
    "def_multiplier": "Multiplicateur entrées-sorties : l'effet total sur la production d'un "
                      "euro de demande finale, fournisseurs des fournisseurs compris.",
    "def_type": "Effets indirects (type I) et induits (type II) : par les achats entre "
                "entreprises, puis par la dépense des revenus des ménages.",
    # -- shop sheet ----------------------------------------------------------------------------
    "sheet_title": "Merci d'avoir participé à l'étude",
    "sheet_intro": "Votre commerce a répondu à l'enquête « {study} » ({year}). Voici ce que "
                   "vos réponses disent de votre place dans l'économie locale. Ces chiffres "
                   "sont les vôtres : aucun autre commerce n'y figure.",
    "sheet_you": "Votre commerce",
    "sheet_sector": "Médiane de votre secteur ({n} commerces)",
    "sheet_territory": "Ensemble du territoire",
    "sheet_sector_few": "Médiane de votre secteur (moins de {n} commerces : non publiée)",
    "sheet_local_share": "Chiffre d'affaires dépensé localement",
    "sheet_lm3_text": "Pour 100 € dépensés chez vous, {value} circulent dans l'économie "
                      "locale.",
    "sheet_leaks": "Vos trois principales dépenses hors du territoire",
    "sheet_no_leak": "Toutes vos dépenses décrites sont payées dans le territoire.",
    "sheet_col_category": "Poste",
    "sheet_col_outside": "Payé hors du territoire",
    "sheet_col_gain": "Gain local si 10 % passaient à des fournisseurs locaux",
    "sheet_gain": "+{euros} par an",
    "sheet_shift": "Si 10 % de ces trois dépenses allaient à des fournisseurs locaux, votre "
                   "LM3 passerait de {before} à {after}, soit {euros} de plus par an dans "
                   "l'économie locale (tours 2 et 3).",
    "sheet_footer": "Fiche établie le {date} par Made in Local. Pour toute question, "
                    "adressez-vous à l'équipe de l'étude.",
}

_EN: dict[str, str] = {
    "fictitious": "FICTITIOUS DATA",
    "page": "Page {page} / {pages}",
    "contents": "Contents",
    "cover_kicker": "How money circulates in the local economy — the LM3 method",
    "cover_territory": "Territory: {territory} ({communes} communes)",
    "cover_year": "Fiscal year studied: {year}",
    "cover_date": "Report written on {date}",
    "cover_fictitious": "The shops, amounts and answers of this demonstration study are "
                        "invented: no figure in this report describes a real shop.",
    "cover_made_by": "Report made by Made in Local (free software, AGPL).",
    "summary": "The main points on one page",
    "summary_euro": "Each euro spent in an independent shop of the territory brings "
                    "{independent} into the local economy (95% interval: {independent_ci}), "
                    "against {chain} in a chain branch ({chain_ci}).",
    "summary_euro_one": "Each euro spent in a surveyed shop of the territory brings {value} "
                        "into the local economy (95% interval: {ci}).",
    "summary_lm3": "Local multiplier LM3 of all surveyed shops: {lm3} (95% confidence "
                   "interval: {ci}; bootstrap: {boot}), from n = {n} interviews.",
    "summary_recirculation": "Local recirculation share: {share} of turnover is spent a "
                             "second time in the territory (wages, suppliers, rent…).",
    "summary_leak": "Biggest leak: “{category}”, {share} of turnover, that is {euros} a year "
                    "for the surveyed shops.",
    "summary_uncertain": "Round-3 shares estimated rather than surveyed move LM3 between {low} "
                         "and {high}; missing answers, between {mlow} and {mhigh}.",
    "summary_territory": "Over the whole territory ({units} establishments in the register), "
                         "the local economy keeps about {kept} a year (95% interval: {ci}).",
    "summary_read": "How to read these figures: an LM3 of 1.5 means that €100 spent in a shop "
                    "makes €150 of local activity over three rounds (the purchase, what the "
                    "shop pays locally, what its local staff and suppliers spend again). The "
                    "intervals give the margin of error due to the sample.",
    "method": "Rules and method",
    "rules": "What counts as local",
    "rule_boundary": "Boundary of local: {boundary}.",
    "rule_radius": "a radius of {km} km",
    "rule_supplier": "A supplier is local when {test}.",
    "rule_staff": "A member of staff is local when {test}.",
    "rule_branch_yes": "The local branch of an outside firm counts as local.",
    "rule_branch_no": "The local branch of an outside firm does not count as local.",
    "rule_vat_yes": "Amounts exclude VAT.",
    "rule_vat_no": "Amounts include VAT.",
    "method_brief": "The method in brief",
    "method_text": "LM3 (Local Multiplier 3, New Economics Foundation) follows three rounds of "
                   "spending. Round 1: the shop's turnover. Round 2: the part of its spending "
                   "(wages, purchases, rent, taxes…) paid to local recipients. Round 3: the "
                   "part these recipients spend locally in turn. LM3 = (round 1 + round 2 + "
                   "round 3) / round 1, between 1 and 3. The overall figure is the ratio of "
                   "totals; its confidence interval comes from the standard error and a "
                   "bootstrap of {B} draws.",
    "sample": "Sample, response and coverage",
    "sample_n": "Interviews analysed: n = {n} ({shops} shops).",
    "sample_weighted": "Results are weighted by the territory's sampling design.",
    "sample_unweighted": "Results describe the surveyed shops (unweighted).",
    "sample_excluded": "Interviews left out of the analysis: {n}.",
    "sample_coverage": "Coverage of the territory's register: {covered} of the {units} "
                       "establishments in scope are represented by the sample.",
    "round3": "Round 3: surveyed or estimated",
    "round3_share": "Of {total} Round-3 shares used, {proxies} ({share}) are estimated (the "
                    "study's defaults or the input-output model) rather than surveyed among "
                    "the recipients.",
    "round3_mc": "With these estimated shares uncertain (Monte Carlo, {draws} draws), LM3 lies "
                 "between {low} and {high} with 95% probability.",
    "round3_missing": "Missing answers imputed: {n}. Were they all 0% or all 100% local, LM3 "
                      "would lie between {low} and {high}.",
    "round3_group": "Round-3 share: {group}",
    "round3_source": "Source",
    "round3_value": "Share",
    "source_default": "default value",
    "source_io_proxy": "input-output model",
    "source_survey_mean": "surveyed mean",
    "source_survey": "surveyed",
    "source_imputed": "imputed",
    "group_landlord": "landlords",
    "group_tax": "local taxes",
    "group_lender": "lenders",
    "group_owner": "shop owners",
    "group_charity": "charities",
    "group_staff": "staff",
    "group_supplier": "suppliers",
    "results": "LM3 and recirculation",
    "by_ownership": "By ownership",
    "by_sector": "By sector",
    "col_group": "Group",
    "col_sector": "Sector",
    "col_n": "n",
    "col_lm3": "LM3",
    "col_ci": "95% CI",
    "col_recirculation": "Recirculation",
    "ci_none": "too few",
    "leakage": "Leakage: where the money goes",
    "leakage_text": "Amounts paid outside the territory by the surveyed shops, by spending "
                    "category, and their share of total turnover.",
    "col_category": "Spending category",
    "col_euros": "Euros a year",
    "col_share_turnover": "Share of turnover",
    "retained": "Retained profit, depreciation (not spent)",
    "not_described": "Turnover not broken down",
    "trail": "The money trail",
    "trail_text": "What becomes of €100 spent in a surveyed shop, round after round.",
    "territory": "The territory",
    "territory_none": "The study does not hold the territory's business register (SIRENE) "
                      "yet: the territory's totals are not estimated.",
    "territory_totals": "Estimated totals for the territory",
    "col_measure": "Measure",
    "col_value": "Estimate",
    "t_turnover": "Turnover in scope",
    "t_r2": "Spent locally (round 2)",
    "t_r3": "Spent again locally (round 3)",
    "t_leak": "Left the territory",
    "t_lm3": "LM3 of the territory",
    "t_recirculation": "Recirculation of the territory",
    "profile": "Profile of the register",
    "profile_text": "{establishments} active establishments, about {jobs} jobs "
                    "(register: {source}).",
    "profile_ess": "Social and solidarity economy: {establishments} of the establishments and "
                   "{jobs} of the jobs. Head office in the territory: {head_office} of the "
                   "establishments.",
    "col_establishments": "Establishments",
    "col_jobs": "Jobs",
    "io": "Input-output multipliers and jobs",
    "io_none": "The input-output model is not set for this study: multipliers and jobs are "
               "not computed (the app's Input-output view).",
    "io_table": "Table: {title}. Regionalisation: {method}.",
    "col_output_mult": "Output",
    "col_va": "Value added",
    "col_income": "Income",
    "col_jobs_per_m": "Jobs per €M",
    "scenarios": "Relocalisation scenarios",
    "scenarios_none": "The study has no saved scenario.",
    "scenarios_text": "Each scenario moves part of the non-local purchases of some categories "
                      "to local suppliers, who spend {respend} of what they receive locally.",
    "col_scenario": "Scenario",
    "sc_shifts": "Purchases moved",
    "sc_lm3": "LM3 before → after",
    "sc_kept": "More euros a year (rounds 2 and 3)",
    "sc_output": "Output",
    "sc_income": "Household income",
    "sc_va": "Value added",
    "sc_jobs": "Jobs (direct, indirect, induced)",
    "sc_respend": "Share the new suppliers spend again",
    "sc_unnamed": "Scenario {n}",
    "national_model": "Effects computed with the national table (model not regionalised).",
    "opportunities": "Import-substitution opportunities",
    "opp_text": "Sectors where the territory employs fewer people than its consumption would "
                "justify (Michael Shuman's method); effects if {share} of the gap were filled "
                "locally.",
    "opp_unavailable": "Not computed: {reason}",
    "col_expected": "Expected jobs",
    "col_local": "Jobs here",
    "col_gap": "Gap",
    "col_direct_jobs": "Direct jobs",
    "col_total_jobs": "Total jobs",
    "col_total": "Total",
    "capital": "Money for capital",
    "capital_text": "Interest and owners' pay leaving the territory, per €100 of turnover, "
                    "and what local lenders and owners receive.",
    "col_ownership": "Ownership",
    "col_turnover": "Turnover",
    "col_interest_out": "Interest leaving",
    "col_owner_out": "Owners' pay leaving",
    "col_capital_local": "Received locally",
    "col_capital_out": "Capital leaving (€/year)",
    "per_100": "{value} per €100",
    "map": "Map of the territory",
    "map_text": "The territory's communes at their centroids, sized by interviewed shops.",
    "map_missing": "Communes without a centroid, not on the map: {names}.",
    "compare": "Comparison with other studies",
    "compare_text": "The first column is this study; the difference is given with its 95% "
                    "interval (independent samples).",
    "compare_warning": "Warning: {text}",
    "col_study": "Study",
    "col_year": "Year",
    "col_difference": "Difference (95% CI)",
    "sources": "Sources and attribution",
    "src_survey": "Survey of shops: the study's data, collected by its surveyors; no shop is "
                  "named in this report.",
    "src_wiod": "Input-output tables: World Input-Output Database (WIOD), 2016 release, "
                "licensed CC BY 4.0 (Timmer et al., 2015, Review of International Economics "
                "23: 575-605).",
    "src_insee": "INSEE: Code officiel géographique 2025, populations légales 2022, NAF rév. 2 "
                 "activity classification; Licence Ouverte 2.0.",
    "src_dgcl": "DGCL: composition of the EPCI at 1 January 2025; Licence Ouverte 2.0.",
    "src_poste": "La Poste: base officielle des codes postaux (commune centroids), "
                 "data.gouv.fr; Licence Ouverte 2.0.",
    "src_fonts": "DejaVu fonts (Bitstream Vera / DejaVu free licence).",
    "definitions": "Appendix: definitions",
    "def_lm3": "LM3: three-round local multiplier, (round 1 + round 2 + round 3) / round 1.",
    "def_round1": "Round 1: the shop's turnover excluding VAT over the fiscal year.",
    "def_round2": "Round 2: what the shop pays to local recipients (staff, suppliers, "
                  "landlords, local authorities…).",
    "def_round3": "Round 3: what these local recipients spend in the territory in turn.",
    "def_recirculation": "Local recirculation: round 2 / round 1, the share of turnover spent "
                         "a second time in the territory.",
    "def_leakage": "Leakage: spending paid to a recipient outside the territory.",
    "def_ci": "95% confidence interval: the range that holds the true value 95 times out of "
              "100, given the sample.",
    "def_bootstrap": "Bootstrap: the interval found by redrawing the sample at random "
                     "thousands of times.",
    "def_mc": "Monte Carlo: the computation redone with Round-3 shares drawn at random around "
              "their estimates.",
    "def_multiplier": "Input-output multiplier: the total effect on output of one euro of final "
                      "demand, suppliers' suppliers included.",
    "def_type": "Indirect (Type I) and induced (Type II) effects: through purchases between "
                "firms, then through households spending their income.",
    "sheet_title": "Thank you for taking part in the study",
    "sheet_intro": "Your shop answered the survey “{study}” ({year}). Here is what your answers "
                   "say about your place in the local economy. These figures are yours: no "
                   "other shop's appear here.",
    "sheet_you": "Your shop",
    "sheet_sector": "Median of your sector ({n} shops)",
    "sheet_territory": "The whole territory",
    "sheet_sector_few": "Median of your sector (fewer than {n} shops: not published)",
    "sheet_local_share": "Turnover spent locally",
    "sheet_lm3_text": "For €100 spent in your shop, {value} circulates in the local economy.",
    "sheet_leaks": "Your three largest payments outside the territory",
    "sheet_no_leak": "All your described spending is paid inside the territory.",
    "sheet_col_category": "Category",
    "sheet_col_outside": "Paid outside the territory",
    "sheet_col_gain": "Local gain if 10% moved to local suppliers",
    "sheet_gain": "+{euros} a year",
    "sheet_shift": "If 10% of these three payments went to local suppliers, your LM3 would go "
                   "from {before} to {after}, that is {euros} more a year in the local economy "
                   "(rounds 2 and 3).",
    "sheet_footer": "Sheet written on {date} by Made in Local. For any question, ask the study "
                    "team.",
}

# Values of the study's local rules as the app writes them by default, in French.
DEFAULT_TESTS_FR = {
    "invoicing establishment inside the territory":
        "son établissement de facturation est dans le territoire",
    "its invoicing establishment is in the territory":
        "son établissement de facturation est dans le territoire",
    "home inside the territory": "il habite dans le territoire",
}

TEXTS: dict[str, dict[str, str]] = {
    "fr": {key: french_typography(value) for key, value in _FR.items()},
    "en": dict(_EN),
}

if set(_FR) != set(_EN):  # pragma: no cover - caught by the first test that imports this
    raise RuntimeError(f"report texts differ: {sorted(set(_FR) ^ set(_EN))}")


def text(lang: str, key: str, **values: object) -> str:
    template = TEXTS[lang][key]
    return template.format(**values) if values else template
