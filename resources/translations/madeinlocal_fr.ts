<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Banner</name>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Masquer ce message</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; your data is safe. Copy the details to report the problem.</source>
            <translation>Un problème inattendu est survenu ; vos données sont en sécurité. Copiez les détails pour signaler le problème.</translation>
        </message>
    </context>
    <context>
        <name>BundleReportTable</name>
        <message>
            <source>Already imported: nothing to do</source>
            <translation>Déjà importé : rien à faire</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Paquet</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>En conflit</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Identical</source>
            <translation>Identiques</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveaux</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>Prêt à importer</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejetés</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
    </context>
    <context>
        <name>BusinessEditor</name>
        <message>
            <source>14 digits</source>
            <translation>14 chiffres</translation>
        </message>
        <message>
            <source>A SIRET has 14 digits ({n} typed)</source>
            <translation>Un SIRET a 14 chiffres ({n} saisis)</translation>
        </message>
        <message>
            <source>A SIRET has only digits</source>
            <translation>Un SIRET ne contient que des chiffres</translation>
        </message>
        <message>
            <source>A similar shop is already in the register: {names}. Check it is not the same before saving.</source>
            <translation>Un commerce semblable est déjà dans le registre : {names}. Vérifiez que ce n'est pas le même avant d'enregistrer.</translation>
        </message>
        <message>
            <source>Activity (NAF)</source>
            <translation>Activité (NAF)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Business: {name}</source>
            <translation>Commerce : {name}</translation>
        </message>
        <message>
            <source>Choose the commune in the list</source>
            <translation>Choisissez la commune dans la liste</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>New business</source>
            <translation>Nouveau commerce</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>Nouvel entretien</translation>
        </message>
        <message>
            <source>Not a NAF sub-class: pick one in the list</source>
            <translation>Ce n'est pas une sous-classe NAF : choisissez-en une dans la liste</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Forme de propriété</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Save now (Ctrl+S)</source>
            <translation>Enregistrer maintenant (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the study elsewhere…</source>
            <translation>Enregistrer l'étude ailleurs…</translation>
        </message>
        <message>
            <source>Saved as you type · Enter: next field · Ctrl+S: save now</source>
            <translation>Enregistré au fil de la saisie · Entrée : champ suivant · Ctrl+S : enregistrer maintenant</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Enregistré à {time}</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>Effectif (ETP)</translation>
        </message>
        <message>
            <source>The NAF code should look like 47.24Z</source>
            <translation>Le code NAF s'écrit comme 47.24Z</translation>
        </message>
        <message>
            <source>The business needs a name</source>
            <translation>Le commerce doit avoir un nom</translation>
        </message>
        <message>
            <source>The check key is wrong: check the number on the invoice or the shop front</source>
            <translation>La clé de contrôle est fausse : vérifiez le numéro sur une facture ou la vitrine</translation>
        </message>
        <message>
            <source>The fields marked in red are not saved until corrected; the rest is saved.</source>
            <translation>Les champs en rouge ne sont pas enregistrés tant qu'ils ne sont pas corrigés ; le reste est enregistré.</translation>
        </message>
        <message>
            <source>What you typed is kept in the window</source>
            <translation>Ce que vous avez saisi reste dans la fenêtre</translation>
        </message>
        <message>
            <source>code or activity, e.g. boulangerie</source>
            <translation>code ou activité, par ex. boulangerie</translation>
        </message>
        <message>
            <source>name, INSEE code or postal code</source>
            <translation>nom, code INSEE ou code postal</translation>
        </message>
    </context>
    <context>
        <name>BusinessRegisterView</name>
        <message numerus="yes">
            <source>%Ln business(es)</source>
            <translation>
                <numerusform>%Ln commerce</numerusform>
                <numerusform>%Ln commerces</numerusform>
            </translation>
        </message>
        <message>
            <source>All ownership types</source>
            <translation>Toutes les formes de propriété</translation>
        </message>
        <message>
            <source>Export what is held about this shop</source>
            <translation>Exporter ce qu'on détient sur ce commerce</translation>
        </message>
        <message>
            <source>Export what is held about this shop…</source>
            <translation>Exporter ce qu'on détient sur ce commerce…</translation>
        </message>
        <message>
            <source>New business</source>
            <translation>Nouveau commerce</translation>
        </message>
        <message>
            <source>PDF report (*.pdf);;JSON data (*.json)</source>
            <translation>Rapport PDF (*.pdf);;Données JSON (*.json)</translation>
        </message>
        <message>
            <source>Report written: {path}</source>
            <translation>Rapport écrit : {path}</translation>
        </message>
        <message>
            <source>Search: name, SIRET, activity, commune…</source>
            <translation>Rechercher : nom, SIRET, activité, commune…</translation>
        </message>
        <message>
            <source>The retention date ({date}) has passed: erase the identities of the shops and respondents (here, or madeinlocal privacy apply-retention).</source>
            <translation>La date de conservation ({date}) est passée : effacez l'identité des commerces et des répondants (ici, ou madeinlocal privacy apply-retention).</translation>
        </message>
        <message>
            <source>Erase the identities…</source>
            <translation>Effacer les identités…</translation>
        </message>
        <message>
            <source>Erase the identities</source>
            <translation>Effacer les identités</translation>
        </message>
        <message>
            <source>Erase the names, SIRETs, addresses and labels of every shop and respondent of this study? Their figures stay, so the results do not change. This cannot be undone, and the erasure travels to the other devices with the next bundle.</source>
            <translation>Effacer le nom, le SIRET, l'adresse et le libellé de tous les commerces et répondants de cette étude ? Leurs chiffres restent : les résultats ne changent pas. C'est définitif, et l'effacement gagne les autres appareils avec le prochain lot.</translation>
        </message>
        <message>
            <source>Identities erased: {shops} shop(s) and {respondents} respondent(s).</source>
            <translation>Identités effacées : {shops} commerce(s) et {respondents} répondant(s).</translation>
        </message>
        <message>
            <source>The retention date ({date}) passes in {days} day(s): identities will then have to be erased.</source>
            <translation>La date de conservation ({date}) passe dans {days} jour(s) : il faudra alors effacer les identités.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>BusinessTableModel</name>
        <message>
            <source>Activity (NAF)</source>
            <translation>Activité (NAF)</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Propriété</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>ETP</translation>
        </message>
        <message>
            <source>erased</source>
            <translation>effacé</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Enregistrer en PNG/SVG…</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Enregistrer le graphique</translation>
        </message>
        <message>
            <source>The chart could not be saved: {error}</source>
            <translation>Le graphique n'a pas pu être enregistré : {error}</translation>
        </message>
        <message>
            <source>There is no chart to save yet</source>
            <translation>Il n'y a pas encore de graphique à enregistrer</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingDialog</name>
        <message>
            <source>Administrative state (A active, F closed)</source>
            <translation>État administratif (A actif, F fermé)</translation>
        </message>
        <message>
            <source>Columns of {name}</source>
            <translation>Colonnes de {name}</translation>
        </message>
        <message>
            <source>Commune code (required)</source>
            <translation>Code commune (obligatoire)</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Dénomination</translation>
        </message>
        <message>
            <source>ESS flag (O/N)</source>
            <translation>Appartenance à l’ESS (O/N)</translation>
        </message>
        <message>
            <source>Employee-size code</source>
            <translation>Tranche d'effectifs</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Siège</translation>
        </message>
        <message>
            <source>Legal category</source>
            <translation>Catégorie juridique</translation>
        </message>
        <message>
            <source>NAF / APE code (required)</source>
            <translation>Code NAF / APE (obligatoire)</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>SIRET (required)</source>
            <translation>SIRET (obligatoire)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Voie</translation>
        </message>
        <message>
            <source>Street number</source>
            <translation>Numéro de voie</translation>
        </message>
        <message>
            <source>Street type</source>
            <translation>Type de voie</translation>
        </message>
        <message>
            <source>This file is not in the SIRENE layout: say which of its columns holds each piece of information. Without a state column every establishment is taken as active; without a size column, as having declared no staff.</source>
            <translation>Ce fichier n'est pas au format SIRENE : indiquez quelle colonne contient chaque information. Sans colonne d'état, tous les établissements sont pris comme actifs ; sans colonne de tranche, comme n'ayant déclaré aucun salarié.</translation>
        </message>
        <message>
            <source>Usual name</source>
            <translation>Nom usuel</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translation>— absent du fichier —</translation>
        </message>
    </context>
    <context>
        <name>ComparisonWindow</name>
        <message>
            <source>95 % interval</source>
            <translation>Intervalle à 95 %</translation>
        </message>
        <message>
            <source>Add at least one other study to compare with.</source>
            <translation>Ajoutez au moins une autre étude à comparer.</translation>
        </message>
        <message>
            <source>Add studies</source>
            <translation>Ajouter des études</translation>
        </message>
        <message>
            <source>Add studies…</source>
            <translation>Ajouter des études…</translation>
        </message>
        <message>
            <source>By ownership</source>
            <translation>Par type de propriété</translation>
        </message>
        <message>
            <source>By sector</source>
            <translation>Par secteur</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Compare studies</source>
            <translation>Comparer des études</translation>
        </message>
        <message>
            <source>Differences in bold: their 95 % interval excludes 0 (independent samples, se = √(se_a² + se_b²), Welch's t). Shares are of turnover; pts: percentage points.</source>
            <translation>Écarts en gras : leur intervalle à 95 % exclut 0 (échantillons indépendants, se = √(se_a² + se_b²), t de Welch). Les parts sont du chiffre d'affaires ; pts : points de pourcentage.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>Exporter la comparaison</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exporté dans {path}</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>LM3 (ratio of totals)</source>
            <translation>LM3 (ratio des totaux)</translation>
        </message>
        <message>
            <source>Leakage by spending category (share of turnover)</source>
            <translation>Fuites par catégorie de dépense (part du chiffre d'affaires)</translation>
        </message>
        <message>
            <source>Local recirculation</source>
            <translation>Recirculation locale</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Études Made in Local (*.madeinlocal)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>The first study is the baseline: each other one is compared with it.</source>
            <translation>La première étude sert de référence : chacune des autres lui est comparée.</translation>
        </message>
        <message>
            <source>n = {n} businesses, standard error {se}</source>
            <translation>n = {n} entreprises, erreur type {se}</translation>
        </message>
        <message>
            <source>{letter} = {label}: {name}, fiscal year {year}, {territory}, {n} interviews</source>
            <translation>{letter} = {label} : {name}, exercice {year}, {territory}, {n} entretiens</translation>
        </message>
        <message>
            <source>{value} pts</source>
            <translation>{value} pts</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Computer</source>
            <translation>Ordinateur</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Conflicts ({n})</source>
            <translation>Conflits ({n})</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <source>Keep the selected value</source>
            <translation>Garder la valeur sélectionnée</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>No conflict to resolve.</source>
            <translation>Aucun conflit à résoudre.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Résoudre</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre l'autre</translation>
        </message>
        <message>
            <source>The same field was changed on two computers before they exchanged bundles. Both values are kept until you choose one; your choice is logged in the history and sent with this computer's next bundle.</source>
            <translation>Le même champ a été modifié sur deux ordinateurs avant qu'ils n'échangent leurs paquets. Les deux valeurs sont gardées jusqu'à ce que vous en choisissiez une ; votre choix est inscrit dans l'historique et part avec le prochain paquet de cet ordinateur.</translation>
        </message>
        <message>
            <source>The value you choose replaces the others on every computer once they import this computer's next bundle.</source>
            <translation>La valeur choisie remplace les autres sur chaque ordinateur dès qu'il importe le prochain paquet de cet ordinateur.</translation>
        </message>
        <message>
            <source>Typed by</source>
            <translation>Saisie par</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Utiliser cette valeur</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>or type the right value</source>
            <translation>ou saisissez la bonne valeur</translation>
        </message>
        <message>
            <source>{record} — {field}</source>
            <translation>{record} — {field}</translation>
        </message>
        <message>
            <source>{who} (this computer)</source>
            <translation>{who} (cet ordinateur)</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Consent wording</source>
            <translation>Texte de consentement</translation>
        </message>
        <message>
            <source>Current version: {version}</source>
            <translation>Version actuelle : {version}</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Nothing changed: the wording stays version {version}.</source>
            <translation>Rien n'a changé : le texte reste en version {version}.</translation>
        </message>
        <message>
            <source>Save as a new version</source>
            <translation>Enregistrer une nouvelle version</translation>
        </message>
        <message>
            <source>Saved as version {version}. The interview form now shows it.</source>
            <translation>Enregistré en version {version}. Le formulaire d'entretien l'affiche désormais.</translation>
        </message>
        <message>
            <source>The interview form shows this text beside the consent box; the surveyor reads it to the interviewee before ticking. Say who collects the answers, what for, how long they are kept, the interviewee's rights and whom to contact. Each change makes a new version, which travels to the surveyors in the next bundle; every interview keeps the version it agreed to.</source>
            <translation>Le formulaire d'entretien affiche ce texte à côté de la case de consentement ; l'enquêteur le lit à la personne interrogée avant de cocher. Dites qui recueille les réponses, dans quel but, combien de temps elles sont conservées, les droits de la personne et qui contacter. Chaque modification crée une nouvelle version, transmise aux enquêteurs par le prochain paquet ; chaque entretien garde la version qu'il a acceptée.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>95% interval {interval} · n = {n} interviews</source>
            <translation>Intervalle à 95 % {interval} · n = {n} entretiens</translation>
        </message>
        <message>
            <source>Analysing… %p%</source>
            <translation>Analyse… %p %</translation>
        </message>
        <message>
            <source>Bootstrap: {b} resamples, seed {seed}</source>
            <translation>Bootstrap : {b} rééchantillonnages, graine {seed}</translation>
        </message>
        <message>
            <source>By ownership</source>
            <translation>Par type de propriété</translation>
        </message>
        <message>
            <source>By sector</source>
            <translation>Par secteur</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV pour Excel (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Estimated re-spend shares ({count} groups): LM3 {low} to {high}</source>
            <translation>Parts redépensées estimées ({count} groupes) : LM3 de {low} à {high}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the figures…</source>
            <translation>Exporter les chiffres…</translation>
        </message>
        <message>
            <source>Export the results</source>
            <translation>Exporter les résultats</translation>
        </message>
        <message>
            <source>Fictitious data: this demo study is invented from start to finish. Do not quote its figures.</source>
            <translation>Données fictives : cette étude de démonstration est entièrement inventée. N'en citez pas les chiffres.</translation>
        </message>
        <message>
            <source>Figures exported to {file}</source>
            <translation>Chiffres exportés dans {file}</translation>
        </message>
        <message>
            <source>Leakage</source>
            <translation>Fuites</translation>
        </message>
        <message>
            <source>Local multiplier LM3 (per euro of sales)</source>
            <translation>Multiplicateur local LM3 (par euro de ventes)</translation>
        </message>
        <message>
            <source>Local recirculation share (R2 / R1)</source>
            <translation>Part recirculée localement (R2 / R1)</translation>
        </message>
        <message>
            <source>Money trail</source>
            <translation>Parcours de l'argent</translation>
        </message>
        <message>
            <source>Nobody answered for these recipients' local re-spending: the study uses an estimate ({groups}). Drawing each estimate {draws} times around its value (Monte Carlo), the LM3 stays between {low} and {high} in 95% of the draws.</source>
            <translation>Personne n'a répondu pour la part redépensée localement par ces bénéficiaires : l'étude utilise une estimation ({groups}). En tirant chaque estimation {draws} fois autour de sa valeur (Monte-Carlo), le LM3 reste entre {low} et {high} dans 95 % des tirages.</translation>
        </message>
        <message>
            <source>Open a study to see its dashboard.</source>
            <translation>Ouvrez une étude pour voir son tableau de bord.</translation>
        </message>
        <message>
            <source>Recalculate</source>
            <translation>Recalculer</translation>
        </message>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Enregistrer en PNG/SVG…</translation>
        </message>
        <message>
            <source>This tab's figures as a spreadsheet (CSV for French Excel, or XLSX)</source>
            <translation>Les chiffres de cet onglet pour un tableur (CSV pour Excel en français, ou XLSX)</translation>
        </message>
        <message>
            <source>Typical shop (mean of LM3): {mean}</source>
            <translation>Commerce type (moyenne des LM3) : {mean}</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Erreur inattendue : {error}</translation>
        </message>
        <message>
            <source>results</source>
            <translation>resultats</translation>
        </message>
        <message>
            <source>{count} missing shares imputed: LM3 from {low} to {high} with them at 0% or 100%</source>
            <translation>{count} parts manquantes imputées : LM3 de {low} à {high} si elles valaient 0 % ou 100 %</translation>
        </message>
        <message>
            <source>{name} · fiscal year {year}</source>
            <translation>{name} · exercice {year}</translation>
        </message>
        <message>
            <source>{share} of turnover is paid outside the territory</source>
            <translation>{share} du chiffre d'affaires est payé hors du territoire</translation>
        </message>
    </context>
    <context>
        <name>DecimalEdit</name>
        <message>
            <source>This number cannot be negative</source>
            <translation>Ce nombre ne peut pas être négatif</translation>
        </message>
        <message>
            <source>Type a number, for example {example}</source>
            <translation>Saisissez un nombre, par exemple {example}</translation>
        </message>
    </context>
    <context>
        <name>DesignPanel</name>
        <message>
            <source>95% half-width of the LM3</source>
            <translation>demi-largeur à 95 % du LM3</translation>
        </message>
        <message>
            <source>A17 sectors</source>
            <translation>secteurs A17</translation>
        </message>
        <message>
            <source>A38 sectors</source>
            <translation>secteurs A38</translation>
        </message>
        <message>
            <source>Allocation:</source>
            <translation>Allocation :</translation>
        </message>
        <message>
            <source>Call sheet</source>
            <translation>Feuille d'appel</translation>
        </message>
        <message>
            <source>Call sheet written: {name}</source>
            <translation>Feuille d'appel écrite : {name}</translation>
        </message>
        <message>
            <source>Call sheet…</source>
            <translation>Feuille d'appel…</translation>
        </message>
        <message>
            <source>Design saved: {n} establishments to interview in {strata} strata.</source>
            <translation>Plan enregistré : {n} établissements à interroger dans {strata} strates.</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Tirage</translation>
        </message>
        <message>
            <source>Draw the sample</source>
            <translation>Tirer l'échantillon</translation>
        </message>
        <message>
            <source>Drawn on {day} with seed {seed} (register version {version}): {sample} establishments to interview and {reserve} in reserve.</source>
            <translation>Tiré le {day} avec la graine {seed} (répertoire version {version}) : {sample} établissements à interroger et {reserve} en réserve.</translation>
        </message>
        <message>
            <source>Excel (.xlsx) or CSV for French Excel</source>
            <translation>Excel (.xlsx) ou CSV pour Excel en français</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for French Excel (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV pour Excel en français (*.csv)</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>NAF groups (e.g. 47.2)</source>
            <translation>groupes NAF (ex. 47.2)</translation>
        </message>
        <message>
            <source>Neyman (from prior CVs)</source>
            <translation>de Neyman (CV a priori)</translation>
        </message>
        <message>
            <source>No design yet: choose the strata and the size, then save.</source>
            <translation>Pas encore de plan : choisissez les strates et la taille, puis enregistrez.</translation>
        </message>
        <message>
            <source>Not drawn yet.</source>
            <translation>Pas encore d'échantillon tiré.</translation>
        </message>
        <message>
            <source>Prior CV</source>
            <translation>CV a priori</translation>
        </message>
        <message>
            <source>Reserve per stratum</source>
            <translation>Réserve par strate</translation>
        </message>
        <message>
            <source>Sample drawn with seed {seed}.</source>
            <translation>Échantillon tiré avec la graine {seed}.</translation>
        </message>
        <message>
            <source>Sampling design</source>
            <translation>Plan de sondage</translation>
        </message>
        <message>
            <source>Save the design</source>
            <translation>Enregistrer le plan</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>Champ :</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <source>Size from:</source>
            <translation>Taille selon :</translation>
        </message>
        <message>
            <source>Strata:</source>
            <translation>Strates :</translation>
        </message>
        <message>
            <source>Stratum</source>
            <translation>Strate</translation>
        </message>
        <message>
            <source>call-sheet.xlsx</source>
            <translation>feuille-appel.xlsx</translation>
        </message>
        <message>
            <source>every activity, or NAF prefixes: 47,56,10.71</source>
            <translation>toutes les activités, ou des préfixes NAF : 47,56,10.71</translation>
        </message>
        <message>
            <source>fixed, stratum by stratum</source>
            <translation>fixée strate par strate</translation>
        </message>
        <message>
            <source>given</source>
            <translation>donné</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>no sector</source>
            <translation>aucun secteur</translation>
        </message>
        <message>
            <source>proportional to the strata</source>
            <translation>proportionnelle aux strates</translation>
        </message>
        <message>
            <source>sample size n</source>
            <translation>taille d'échantillon n</translation>
        </message>
        <message>
            <source>the demo study's value for this sector</source>
            <translation>la valeur de l'étude de démonstration pour ce secteur</translation>
        </message>
        <message>
            <source>{in_scope} establishments in scope, {strata} strata · n = {n} · expected half-width of the LM3's 95% interval: {width}</source>
            <translation>{in_scope} établissements dans le champ, {strata} strates · n = {n} · demi-largeur attendue de l'intervalle à 95 % du LM3 : {width}</translation>
        </message>
        <message>
            <source>× employee-size band (0, 1-9, 10-49, 50+)</source>
            <translation>× tranche d'effectifs (0, 1-9, 10-49, 50+)</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message numerus="yes">
            <source>%Ln interview(s)</source>
            <translation>
                <numerusform>%Ln entretien</numerusform>
                <numerusform>%Ln entretiens</numerusform>
            </translation>
        </message>
        <message>
            <source>First shop</source>
            <translation>Premier commerce</translation>
        </message>
        <message>
            <source>Merge into one…</source>
            <translation>Fusionner en un seul…</translation>
        </message>
        <message>
            <source>No possible duplicate.</source>
            <translation>Aucun doublon possible.</translation>
        </message>
        <message>
            <source>Not a duplicate</source>
            <translation>Pas un doublon</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>Possible duplicates ({n})</source>
            <translation>Doublons possibles ({n})</translation>
        </message>
        <message>
            <source>Second shop</source>
            <translation>Second commerce</translation>
        </message>
        <message>
            <source>Two surveyors may have recorded the same shop as two records. Merge them into one, or say they are different shops. Merge on one computer only (the coordinator's): the merge travels with the next bundle.</source>
            <translation>Deux enquêteurs ont peut-être enregistré le même commerce dans deux fiches. Fusionnez-les en une seule, ou indiquez qu'il s'agit de commerces différents. Fusionnez sur un seul ordinateur (celui du coordinateur) : la fusion part avec le prochain paquet.</translation>
        </message>
        <message>
            <source>Why they may be the same</source>
            <translation>Pourquoi ce serait le même</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Choose the folder to sync with first</source>
            <translation>Choisissez d'abord le dossier avec lequel synchroniser</translation>
        </message>
        <message>
            <source>Choose two different shops to merge</source>
            <translation>Choisissez deux commerces différents à fusionner</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>Consent wording</source>
            <translation>Texte de consentement</translation>
        </message>
        <message>
            <source>Default re-spend shares</source>
            <translation>Parts de re-dépense par défaut</translation>
        </message>
        <message>
            <source>Fictitious data</source>
            <translation>Données fictives</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>NAF code</source>
            <translation>Code NAF</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>No bundle at {path}</source>
            <translation>Aucun paquet à {path}</translation>
        </message>
        <message>
            <source>No study kit at {path}</source>
            <translation>Aucun kit d'étude à {path}</translation>
        </message>
        <message>
            <source>None of these values was made on this computer: choose one of them.</source>
            <translation>Aucune de ces valeurs n'a été saisie sur cet ordinateur : choisissez-en une.</translation>
        </message>
        <message>
            <source>One of these shops no longer exists</source>
            <translation>L'un de ces commerces n'existe plus</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Propriété</translation>
        </message>
        <message>
            <source>Round-3 answer</source>
            <translation>Réponse du 3e tour</translation>
        </message>
        <message>
            <source>Same SIRET</source>
            <translation>Même SIRET</translation>
        </message>
        <message>
            <source>Same name in the same commune</source>
            <translation>Même nom dans la même commune</translation>
        </message>
        <message>
            <source>Several other computers changed this field: choose one of the values.</source>
            <translation>Plusieurs autres ordinateurs ont modifié ce champ : choisissez l'une des valeurs.</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Spending line</source>
            <translation>Ligne de dépense</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>Effectif (ETP)</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Étude</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Enquêteur</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>The folder {path} does not exist (is the USB key plugged in?)</source>
            <translation>Le dossier {path} n'existe pas (la clé USB est-elle branchée ?)</translation>
        </message>
        <message>
            <source>The kit is damaged; ask the coordinator for the kit again.</source>
            <translation>Le kit est endommagé ; demandez-le à nouveau au coordinateur.</translation>
        </message>
        <message>
            <source>The passphrase is empty</source>
            <translation>La phrase de passe est vide</translation>
        </message>
        <message>
            <source>The sync folder {path} is not available (is the USB key plugged in, or the network drive connected?)</source>
            <translation>Le dossier de synchronisation {path} n'est pas disponible (la clé USB est-elle branchée, le lecteur réseau connecté ?)</translation>
        </message>
        <message>
            <source>This bundle was made for another study ({other}), not for {this}: import it into that study's file. Nothing was changed.</source>
            <translation>Ce paquet a été créé pour une autre étude ({other}), pas pour {this} : importez-le dans le fichier de cette étude. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This bundle's encryption settings are not readable; it was not imported.</source>
            <translation>Les paramètres de chiffrement de ce paquet sont illisibles ; il n'a pas été importé.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>Ce conflit a déjà été résolu.</translation>
        </message>
        <message>
            <source>This field cannot be empty</source>
            <translation>Ce champ ne peut pas être vide</translation>
        </message>
        <message>
            <source>What counts as local</source>
            <translation>Ce qui compte comme local</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>Qui a répondu</translation>
        </message>
        <message>
            <source>Wrong passphrase for this encrypted bundle: ask the person who made it for the passphrase.</source>
            <translation>Phrase de passe incorrecte pour ce paquet chiffré : demandez-la à la personne qui l'a créé.</translation>
        </message>
        <message>
            <source>interviews</source>
            <translation>entretiens</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>round-3 answers</source>
            <translation>réponses du 3e tour</translation>
        </message>
        <message>
            <source>shops</source>
            <translation>commerces</translation>
        </message>
        <message>
            <source>spending lines</source>
            <translation>lignes de dépense</translation>
        </message>
        <message>
            <source>study</source>
            <translation>étude</translation>
        </message>
        <message>
            <source>surveyors</source>
            <translation>enquêteurs</translation>
        </message>
        <message>
            <source>version {version}: {text}</source>
            <translation>version {version} : {text}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{name} does not carry this study's signature: it was altered after it was made, or made by a study file not created from this study's kit. It was not imported.</source>
            <translation>{name} ne porte pas la signature de cette étude : il a été modifié après sa création, ou créé par un fichier d'étude qui ne vient pas du kit de cette étude. Il n'a pas été importé.</translation>
        </message>
        <message>
            <source>{name} holds a file whose path leaves its folder. Made in Local never makes such files; it was not opened.</source>
            <translation>{name} contient un fichier dont le chemin sort de son dossier. Made in Local ne crée jamais de tels fichiers ; il n'a pas été ouvert.</translation>
        </message>
        <message>
            <source>{name} holds an unknown file; it was not imported.</source>
            <translation>{name} contient un fichier inconnu ; il n'a pas été importé.</translation>
        </message>
        <message>
            <source>{name} holds the same file twice; it was not imported.</source>
            <translation>{name} contient deux fois le même fichier ; il n'a pas été importé.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (was the copy interrupted?). Copy it again from the computer that made it; nothing was imported.</source>
            <translation>{name} est endommagé ou incomplet (la copie a-t-elle été interrompue ?). Copiez-le à nouveau depuis l'ordinateur qui l'a créé ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>{name} is damaged; ask the coordinator for the kit again.</source>
            <translation>{name} est endommagé ; demandez à nouveau le kit au coordinateur.</translation>
        </message>
        <message>
            <source>{name} is encrypted: type the passphrase it was made with, then preview again.</source>
            <translation>{name} est chiffré : saisissez la phrase de passe avec laquelle il a été créé, puis relancez l'aperçu.</translation>
        </message>
        <message>
            <source>{name} is not a Made in Local bundle.</source>
            <translation>{name} n'est pas un paquet Made in Local.</translation>
        </message>
        <message>
            <source>{name} is not a Made in Local study kit.</source>
            <translation>{name} n'est pas un kit d'étude Made in Local.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Made in Local. Install the latest version to use it; nothing was changed.</source>
            <translation>{name} a été créé par une version plus récente de Made in Local. Installez la dernière version pour l'utiliser ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{name} was made on this computer by another copy of this study's file (or before this file was restored from a backup). Work in one copy of a study file, not two side by side; nothing was imported.</source>
            <translation>{name} a été créé sur cet ordinateur par une autre copie du fichier de cette étude (ou avant que ce fichier soit restauré d'une sauvegarde). Travaillez dans une seule copie du fichier d'étude, pas deux côte à côte ; rien n'a été importé.</translation>
        </message>
        <message>
            <source>{name}: its files do not match its manifest; it was not imported.</source>
            <translation>{name} : ses fichiers ne correspondent pas à son manifeste ; il n'a pas été importé.</translation>
        </message>
        <message>
            <source>{name}: {member} is larger than its manifest says; it was not imported.</source>
            <translation>{name} : {member} est plus grand que ne l'indique son manifeste ; il n'a pas été importé.</translation>
        </message>
        <message>
            <source>{name}: {member} was altered after the bundle was made (its SHA-256 does not match the manifest). It was not imported.</source>
            <translation>{name} : {member} a été modifié après la création du paquet (son SHA-256 ne correspond pas au manifeste). Il n'a pas été importé.</translation>
        </message>
        <message>
            <source>{path} is a file: a CSV export needs a folder (one file per table).</source>
            <translation>{path} est un fichier : un export CSV demande un dossier (un fichier par table).</translation>
        </message>
        <message>
            <source>{text} is not a share; write 40 %</source>
            <translation>{text} n'est pas une part ; écrivez 40 %</translation>
        </message>
        <message>
            <source>{text} is not a value this field accepts</source>
            <translation>{text} n'est pas une valeur acceptée par ce champ</translation>
        </message>
        <message>
            <source>{text} is not an amount in euros</source>
            <translation>{text} n'est pas un montant en euros</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A folder with one file per table and a dictionary of the columns. Excel opens the files with a double click.</source>
            <translation>Un dossier avec un fichier par table et un dictionnaire des colonnes. Excel ouvre les fichiers par un double clic.</translation>
        </message>
        <message>
            <source>Anonymised: without shop names, SIRET, addresses, surveyor names and notes</source>
            <translation>Anonymisé : sans noms de commerces, SIRET, adresses, noms d'enquêteurs ni notes</translation>
        </message>
        <message>
            <source>CSV for French Excel (; and decimal comma)</source>
            <translation>CSV pour Excel français (; et virgule décimale)</translation>
        </message>
        <message>
            <source>CSV, international (, and decimal point)</source>
            <translation>CSV international (, et point décimal)</translation>
        </message>
        <message>
            <source>Choose where to export</source>
            <translation>Choisissez où exporter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Classeur Excel (XLSX)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export annulé.</translation>
        </message>
        <message>
            <source>Export the study</source>
            <translation>Exporter l'étude</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exporter vers</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln file(s) to {path}.</source>
            <translation>
                <numerusform>Exporté : %Ln fichier dans {path}.</numerusform>
                <numerusform>Exporté : %Ln fichiers dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>JSON interchange file (can be imported again)</source>
            <translation>Fichier d'échange JSON (réimportable)</translation>
        </message>
        <message>
            <source>One sheet per table and a dictionary sheet; amounts in euros, shares as percentages.</source>
            <translation>Une feuille par table et une feuille dictionnaire ; montants en euros, parts en pourcentages.</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Afficher le dossier</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <source>The whole study in the interchange format, which Made in Local can import again.</source>
            <translation>Toute l'étude au format d'échange, que Made in Local peut réimporter.</translation>
        </message>
        <message>
            <source>anonymised</source>
            <translation>anonyme</translation>
        </message>
        <message>
            <source>{name} is a file: a CSV export needs a folder</source>
            <translation>{name} est un fichier : un export CSV demande un dossier</translation>
        </message>
        <message>
            <source>{name} is a folder: choose a file name</source>
            <translation>{name} est un dossier : choisissez un nom de fichier</translation>
        </message>
    </context>
    <context>
        <name>ExportKitDialog</name>
        <message>
            <source>Choose a passphrase, or untick the protection</source>
            <translation>Choisissez une phrase de passe, ou décochez la protection</translation>
        </message>
        <message>
            <source>Choose where to save the kit</source>
            <translation>Choisissez où enregistrer le kit</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Confirm the passphrase</source>
            <translation>Confirmer la phrase de passe</translation>
        </message>
        <message>
            <source>Each surveyor's computer makes its study file from this kit (File → New study from kit…): same study, same categories, and the study's key, so their bundles can be consolidated here. Whoever holds the kit can send bundles this study accepts: hand it over like a key (a USB key, not a public link).</source>
            <translation>L'ordinateur de chaque enquêteur crée son fichier d'étude à partir de ce kit (Fichier → Nouvelle étude depuis un kit…) : même étude, mêmes catégories et clé de l'étude, pour que leurs paquets puissent être consolidés ici. Qui détient le kit peut envoyer des paquets que l'étude accepte : remettez-le comme une clé (sur une clé USB, pas par un lien public).</translation>
        </message>
        <message>
            <source>Export the kit</source>
            <translation>Exporter le kit</translation>
        </message>
        <message>
            <source>Export the study kit</source>
            <translation>Exporter le kit d'étude</translation>
        </message>
        <message>
            <source>Kit file</source>
            <translation>Fichier du kit</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Protect the kit with a passphrase (give it to the surveyors separately, not with the kit)</source>
            <translation>Protéger le kit par une phrase de passe (à donner aux enquêteurs à part, pas avec le kit)</translation>
        </message>
        <message>
            <source>Save the study kit as</source>
            <translation>Enregistrer le kit d'étude sous</translation>
        </message>
        <message>
            <source>Study files made from this kit are encrypted (each surveyor chooses a passphrase)</source>
            <translation>Les fichiers d'étude faits depuis ce kit sont chiffrés (chaque enquêteur choisit une phrase de passe)</translation>
        </message>
        <message>
            <source>Study kits (*{suffix})</source>
            <translation>Kits d'étude (*{suffix})</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <source>Type the same passphrase twice</source>
            <translation>Saisissez deux fois la même phrase de passe</translation>
        </message>
        <message>
            <source>Wrote the study kit {name}. On each surveyor's computer: File → New study from kit…</source>
            <translation>Kit d'étude {name} enregistré. Sur l'ordinateur de chaque enquêteur : Fichier → Nouvelle étude depuis un kit…</translation>
        </message>
        <message>
            <source>at least 12 characters</source>
            <translation>au moins 12 caractères</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>la même, à nouveau</translation>
        </message>
    </context>
    <context>
        <name>ExportXlsformDialog</name>
        <message>
            <source>Choose where to save the form</source>
            <translation>Choisissez où enregistrer le formulaire</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Export the XLSForm form</source>
            <translation>Exporter le formulaire XLSForm</translation>
        </message>
        <message>
            <source>Export the form</source>
            <translation>Exporter le formulaire</translation>
        </message>
        <message>
            <source>Form file</source>
            <translation>Fichier du formulaire</translation>
        </message>
        <message>
            <source>Save the form as</source>
            <translation>Enregistrer le formulaire sous</translation>
        </message>
        <message>
            <source>The interview as an XLSForm for KoboToolbox or ODK Central: upload it there, collect on phones with KoboCollect or ODK Collect, then import the submissions here (File → Import KoboToolbox / ODK submissions…).</source>
            <translation>L'entretien sous forme de formulaire XLSForm pour KoboToolbox ou ODK Central : déposez-le sur le serveur, collectez sur téléphone avec KoboCollect ou ODK Collect, puis importez les réponses ici (Fichier → Importer des réponses KoboToolbox / ODK…).</translation>
        </message>
        <message>
            <source>Wrote the form {name}.</source>
            <translation>Formulaire {name} écrit.</translation>
        </message>
        <message>
            <source>XLSForm (*.xlsx)</source>
            <translation>XLSForm (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>FramePanel</name>
        <message>
            <source>&lt;b&gt;{count} active establishments&lt;/b&gt; in the territory · version {version} · {file} · imported on {day}</source>
            <translation>&lt;b&gt;{count} établissements actifs&lt;/b&gt; sur le territoire · version {version} · {file} · importé le {day}</translation>
        </message>
        <message>
            <source>Add to the business register</source>
            <translation>Ajouter au registre des commerces</translation>
        </message>
        <message>
            <source>Against the previous extract: {added} new, {gone} gone, {changed} changed.</source>
            <translation>Par rapport à l'extrait précédent : {added} nouveaux, {gone} disparus, {changed} modifiés.</translation>
        </message>
        <message>
            <source>Business register extract</source>
            <translation>Extrait du répertoire des établissements</translation>
        </message>
        <message>
            <source>Business register of the territory</source>
            <translation>Répertoire des établissements du territoire</translation>
        </message>
        <message>
            <source>Find an establishment: name, address, SIRET…</source>
            <translation>Chercher un établissement : nom, adresse, SIRET…</translation>
        </message>
        <message>
            <source>From the register to the study's businesses</source>
            <translation>Du répertoire aux commerces de l'étude</translation>
        </message>
        <message>
            <source>Import a SIRENE extract…</source>
            <translation>Importer un extrait SIRENE…</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Import de {name}…</translation>
        </message>
        <message>
            <source>Left out of {rows} rows: {parts}.</source>
            <translation>Écartés sur {rows} lignes : {parts}.</translation>
        </message>
        <message>
            <source>NAF</source>
            <translation>NAF</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>No business register yet.</source>
            <translation>Pas encore de répertoire des établissements.</translation>
        </message>
        <message>
            <source>No business register yet. Import the territory's establishments from an extract of INSEE's SIRENE register (StockEtablissement), filtered on the département: only the active establishments of the study's {n} communes are kept.</source>
            <translation>Pas encore de répertoire. Importez les établissements du territoire depuis un extrait du répertoire SIRENE de l'Insee (StockEtablissement), filtré sur le département : seuls les établissements actifs des {n} communes de l'étude sont gardés.</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>Register extracts (*.csv *.xlsx *.txt)</source>
            <translation>Extraits du répertoire (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Register version {version}: {kept} establishments kept out of {rows} rows.</source>
            <translation>Répertoire version {version} : {kept} établissements gardés sur {rows} lignes.</translation>
        </message>
        <message>
            <source>Replace with a newer extract…</source>
            <translation>Remplacer par un extrait plus récent…</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>StockEtablissement CSV from INSEE (or any CSV or Excel file of establishments)</source>
            <translation>CSV StockEtablissement de l'Insee (ou tout fichier CSV ou Excel d'établissements)</translation>
        </message>
        <message>
            <source>already in</source>
            <translation>déjà inscrit</translation>
        </message>
        <message>
            <source>{name} was added to the business register (SIRET {siret}).</source>
            <translation>{name} a été ajouté au registre des commerces (SIRET {siret}).</translation>
        </message>
        <message>
            <source>{n} closed</source>
            <translation>{n} fermés</translation>
        </message>
        <message>
            <source>The first {n} shown: type more to narrow the search</source>
            <translation>Les {n} premiers affichés : précisez la recherche</translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>résultats : {n}</translation>
        </message>
        <message>
            <source>{n} outside the study's communes</source>
            <translation>{n} hors des communes de l'étude</translation>
        </message>
        <message>
            <source>{n} repeated rows</source>
            <translation>{n} lignes répétées</translation>
        </message>
        <message>
            <source>{n} without a NAF rév. 2 code</source>
            <translation>{n} sans code NAF rév. 2</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>User guide — Made in Local</source>
            <translation>Guide d'utilisation — Made in Local</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>History of this interview</source>
            <translation>Historique de cet entretien</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Ligne {number}</translation>
        </message>
        <message>
            <source>Removed line</source>
            <translation>Ligne supprimée</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>nouvel enregistrement</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
    </context>
    <context>
        <name>HubDialog</name>
        <message numerus="yes">
            <source>%Ln bundle(s) waiting to be sent.</source>
            <translation>
                <numerusform>%Ln paquet en attente d'envoi.</numerusform>
                <numerusform>%Ln paquets en attente d'envoi.</numerusform>
            </translation>
        </message>
        <message>
            <source>A consolidation server gathers the bundles of every computer of the study over the network. Enrol this study file once with the server's address and the code the coordinator gave you; it then syncs by itself while the study is open, and keeps its bundles on this computer while the network is gone.</source>
            <translation>Un serveur de consolidation rassemble par le réseau les paquets de tous les ordinateurs de l'étude. Inscrivez ce fichier d'étude une fois, avec l'adresse du serveur et le code que le coordinateur vous a donné ; il se synchronise ensuite tout seul tant que l'étude est ouverte, et garde ses paquets sur cet ordinateur quand le réseau manque.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Consolidation server</source>
            <translation>Serveur de consolidation</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>S'inscrire</translation>
        </message>
        <message>
            <source>Enrolled: this study now syncs with the server.</source>
            <translation>Inscrit : cette étude se synchronise désormais avec le serveur.</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Code d'inscription</translation>
        </message>
        <message>
            <source>Linked to {url} as {name} ({role}).</source>
            <translation>Relié à {url} en tant que {name} ({role}).</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>This study file is not linked to a server yet.</source>
            <translation>Ce fichier d'étude n'est encore relié à aucun serveur.</translation>
        </message>
        <message>
            <source>Type the server's address and the code.</source>
            <translation>Saisissez l'adresse du serveur et le code.</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinateur</translation>
        </message>
        <message>
            <source>surveyor</source>
            <translation>enquêteur</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>lecteur</translation>
        </message>
    </context>
    <context>
        <name>HubSync</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <translation>
                <numerusform>%Ln s</numerusform>
                <numerusform>%Ln s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consolidation server offline: %Ln bundle(s) waiting, next try in {wait}</source>
            <translation>
                <numerusform>Serveur de consolidation hors ligne : %Ln paquet en attente, nouvel essai dans {wait}</numerusform>
                <numerusform>Serveur de consolidation hors ligne : %Ln paquets en attente, nouvel essai dans {wait}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consolidation server: %Ln bundle(s) waiting</source>
            <translation>
                <numerusform>Serveur de consolidation : %Ln paquet en attente</numerusform>
                <numerusform>Serveur de consolidation : %Ln paquets en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Consolidation server: sync refused</source>
            <translation>Serveur de consolidation : synchronisation refusée</translation>
        </message>
        <message>
            <source>Consolidation server: sync stopped</source>
            <translation>Serveur de consolidation : synchronisation arrêtée</translation>
        </message>
        <message>
            <source>Consolidation server: synced at {time}</source>
            <translation>Serveur de consolidation : synchronisé à {time}</translation>
        </message>
        <message numerus="yes">
            <source>Consolidation server: synced at {time}, %Ln bundle(s) refused</source>
            <translation>
                <numerusform>Serveur de consolidation : synchronisé à {time}, %Ln paquet refusé</numerusform>
                <numerusform>Serveur de consolidation : synchronisé à {time}, %Ln paquets refusés</numerusform>
            </translation>
        </message>
        <message>
            <source>Consolidation server: syncing…</source>
            <translation>Serveur de consolidation : synchronisation…</translation>
        </message>
        <message>
            <source>Syncing with the consolidation server…</source>
            <translation>Synchronisation avec le serveur de consolidation…</translation>
        </message>
    </context>
    <context>
        <name>ImpactView</name>
        <message>
            <source>, household spending included</source>
            <translation>, dépense des ménages incluse</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Ensemble</translation>
        </message>
        <message>
            <source>Available once the business register (SIRENE) of the territory is imported</source>
            <translation>Disponible une fois importé le répertoire des entreprises (SIRENE) du territoire</translation>
        </message>
        <message>
            <source>Capital leaving
(euros a year)</source>
            <translation>Capital sortant
(euros par an)</translation>
        </message>
        <message>
            <source>Capital leaving
(per 100 €)</source>
            <translation>Capital sortant
(pour 100 €)</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Calculer</translation>
        </message>
        <message>
            <source>Direct
jobs</source>
            <translation>Emplois
directs</translation>
        </message>
        <message>
            <source>Direct
output</source>
            <translation>Production
directe</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>Établissements</translation>
        </message>
        <message>
            <source>Establishments of the business register</source>
            <translation>Établissements du répertoire des entreprises</translation>
        </message>
        <message>
            <source>Euros kept locally (rounds 2 and 3)</source>
            <translation>Euros gardés localement (tours 2 et 3)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</translation>
        </message>
        <message>
            <source>Expected
jobs</source>
            <translation>Emplois
attendus</translation>
        </message>
        <message>
            <source>Expected jobs: those a self-reliant territory would have, E* = national jobs × (domestic use ÷ output) × (territory's population ÷ France's). The gap is what is missing; producing a share of it locally adds the direct jobs and, through the regional model, those of local suppliers (and of household spending in the closed model).</source>
            <translation>Emplois attendus : ceux qu'aurait un territoire autosuffisant, E* = emplois nationaux × (utilisation intérieure ÷ production) × (population du territoire ÷ population de la France). L'écart est ce qui manque ; en produire une part sur place ajoute les emplois directs et, par le modèle régional, ceux des fournisseurs locaux (et de la dépense des ménages dans le modèle fermé).</translation>
        </message>
        <message>
            <source>Export PNG/SVG…</source>
            <translation>Exporter en PNG/SVG…</translation>
        </message>
        <message>
            <source>Export the opportunities</source>
            <translation>Exporter les opportunités</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exporté dans {path}</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Fictitious data: this demonstration study is made up. Do not quote its figures.</source>
            <translation>Données fictives : cette étude de démonstration est entièrement inventée. N'en citez pas les chiffres.</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Interest leaving
(per 100 €)</source>
            <translation>Intérêts sortants
(pour 100 €)</translation>
        </message>
        <message>
            <source>Interviewed shops</source>
            <translation>Commerces enquêtés</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Entretiens</translation>
        </message>
        <message>
            <source>Jobs
here</source>
            <translation>Emplois
présents</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Money for capital</source>
            <translation>Rémunération du capital</translation>
        </message>
        <message>
            <source>Not on the map (no centroid): {names}</source>
            <translation>Absentes de la carte (sans centroïde) : {names}</translation>
        </message>
        <message>
            <source>Open the input-output model</source>
            <translation>Ouvrir le modèle entrées-sorties</translation>
        </message>
        <message>
            <source>Outside the territory, not shown: {n} commune(s)</source>
            <translation>Hors du territoire, non affichées : {n} commune(s)</translation>
        </message>
        <message>
            <source>Owners' pay leaving
(per 100 €)</source>
            <translation>Rémunération des propriétaires
sortante (pour 100 €)</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Type de propriété</translation>
        </message>
        <message>
            <source>Paid to local lenders
and owners (per 100 €)</source>
            <translation>Versé aux prêteurs et
propriétaires locaux (pour 100 €)</translation>
        </message>
        <message>
            <source>Pay to lenders and owners outside the territory, per 100 € of turnover: {list}. Local lenders and owners receive {local} per 100 € overall.</source>
            <translation>Rémunération versée aux prêteurs et propriétaires hors du territoire, pour 100 € de chiffre d'affaires : {list}. Les prêteurs et propriétaires locaux reçoivent {local} pour 100 € sur l'ensemble.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Relocalisation opportunities</source>
            <translation>Opportunités de relocalisation</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Share of each gap produced locally:</source>
            <translation>Part de chaque écart produite sur place :</translation>
        </message>
        <message>
            <source>Share of each sector's gap that local businesses would produce (Shuman's studies use 25 %)</source>
            <translation>Part de l'écart de chaque secteur que des entreprises locales produiraient (les études de Shuman retiennent 25 %)</translation>
        </message>
        <message>
            <source>Size of the points:</source>
            <translation>Taille des points :</translation>
        </message>
        <message>
            <source>Surplus: {n} jobs (the territory sells outside)</source>
            <translation>Excédent : {n} emplois (le territoire vend à l'extérieur)</translation>
        </message>
        <message>
            <source>Survey
leakage</source>
            <translation>Fuite
(enquête)</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Total
jobs</source>
            <translation>Emplois
au total</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Chiffre d'affaires</translation>
        </message>
        <message>
            <source>Unknown commune codes: {codes}</source>
            <translation>Codes de communes inconnus : {codes}</translation>
        </message>
        <message>
            <source>Value added</source>
            <translation>Valeur ajoutée</translation>
        </message>
        <message>
            <source>from a file</source>
            <translation>d'un fichier</translation>
        </message>
        <message>
            <source>from the business register</source>
            <translation>du répertoire des entreprises</translation>
        </message>
        <message>
            <source>national model</source>
            <translation>modèle national</translation>
        </message>
        <message>
            <source>regional model {method}</source>
            <translation>modèle régional {method}</translation>
        </message>
        <message>
            <source>typed in the input-output view</source>
            <translation>saisi dans la vue entrées-sorties</translation>
        </message>
        <message>
            <source>{people} inhabitants ({share} of France), {jobs} jobs in the territory ({source}); {model}. Producing {theta} of every gap locally: {direct} direct jobs, {total} in all, {value} of value added a year.</source>
            <translation>{people} habitants ({share} de la France), {jobs} emplois sur le territoire ({source}) ; {model}. Produire sur place {theta} de chaque écart : {direct} emplois directs, {total} au total, {value} de valeur ajoutée par an.</translation>
        </message>
        <message>
            <source>{value} €</source>
            <translation>{value} €</translation>
        </message>
    </context>
    <context>
        <name>ImportBundlesDialog</name>
        <message numerus="yes">
            <source>%Ln bundle(s) imported.</source>
            <translation>
                <numerusform>%Ln paquet importé.</numerusform>
                <numerusform>%Ln paquets importés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) refused: the reason is on its row; the other bundles can still be imported.</source>
            <translation>
                <numerusform>%Ln paquet refusé : la raison est sur sa ligne ; les autres paquets peuvent être importés.</numerusform>
                <numerusform>%Ln paquets refusés : la raison est sur leur ligne ; les autres paquets peuvent être importés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln field(s) changed on two computers: resolve them in the Conflicts tab.</source>
            <translation>
                <numerusform>%Ln champ modifié sur deux ordinateurs : résolvez le conflit dans l'onglet Conflits.</numerusform>
                <numerusform>%Ln champs modifiés sur deux ordinateurs : résolvez les conflits dans l'onglet Conflits.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add bundles…</source>
            <translation>Ajouter des paquets…</translation>
        </message>
        <message>
            <source>Bundles are the files the other computers of the study make. Here is what importing them would do; nothing is written until you press Import.</source>
            <translation>Les paquets sont les fichiers que créent les autres ordinateurs de l'étude. Voici ce que leur import ferait ; rien n'est écrit avant que vous appuyiez sur Importer.</translation>
        </message>
        <message>
            <source>Choose the bundles to import</source>
            <translation>Choisissez les paquets à importer</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Vider la liste</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Importer des paquets</translation>
        </message>
        <message>
            <source>Import stopped after {done} of {total} bundles: each bundle is imported whole or not at all, so the others were not touched.</source>
            <translation>Import arrêté après {done} paquets sur {total} : chaque paquet est importé en entier ou pas du tout, les autres n'ont donc pas été touchés.</translation>
        </message>
        <message>
            <source>Importing the bundles…</source>
            <translation>Import des paquets…</translation>
        </message>
        <message>
            <source>In total: new {new}, updated {updated}, identical {identical}, conflicting {conflicting}, rejected {rejected}. Nothing is written until you press Import.</source>
            <translation>Au total — nouveaux : {new}, mis à jour : {updated}, identiques : {identical}, en conflit : {conflicting}, rejetés : {rejected}. Rien n'est écrit avant que vous appuyiez sur Importer.</translation>
        </message>
        <message>
            <source>Made in Local bundles ({pattern})</source>
            <translation>Paquets Made in Local ({pattern})</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Preview again</source>
            <translation>Relancer l'aperçu</translation>
        </message>
        <message>
            <source>Reading the bundles…</source>
            <translation>Lecture des paquets…</translation>
        </message>
        <message>
            <source>Records that will not be imported (they fail a check; the others are imported):</source>
            <translation>Fiches qui ne seront pas importées (elles échouent à une vérification ; les autres sont importées) :</translation>
        </message>
        <message>
            <source>These bundles were all imported already: nothing to do.</source>
            <translation>Ces paquets ont tous déjà été importés : rien à faire.</translation>
        </message>
        <message>
            <source>only for encrypted bundles</source>
            <translation>seulement pour les paquets chiffrés</translation>
        </message>
    </context>
    <context>
        <name>InputOutputView</name>
        <message>
            <source>, δ = {delta}, λ* = {lam}</source>
            <translation>, δ = {delta}, λ* = {lam}</translation>
        </message>
        <message>
            <source>0 ≤ δ &lt; 1; 0.3 is the usual value (Flegg &amp; Tohmo)</source>
            <translation>0 ≤ δ &lt; 1 ; 0,3 est la valeur usuelle (Flegg et Tohmo)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Employment in the territory&lt;/b&gt; (persons, by sector)</source>
            <translation>&lt;b&gt;Emploi du territoire&lt;/b&gt; (personnes, par secteur)</translation>
        </message>
        <message>
            <source>A file with two columns, code and employment (persons)</source>
            <translation>Un fichier à deux colonnes, code et employment (en personnes)</translation>
        </message>
        <message>
            <source>AFLQ (augmented Flegg)</source>
            <translation>AFLQ (Flegg augmenté)</translation>
        </message>
        <message>
            <source>CILQ (cross-industry)</source>
            <translation>CILQ (croisé entre branches)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Closed model: include household re-spending (Type II)</source>
            <translation>Modèle fermé : inclure la dépense des ménages (type II)</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Exporter en Excel…</translation>
        </message>
        <message>
            <source>Export the multipliers</source>
            <translation>Exporter les multiplicateurs</translation>
        </message>
        <message>
            <source>Exported to {name}</source>
            <translation>Exporté dans {name}</translation>
        </message>
        <message>
            <source>FLQ (Flegg, recommended)</source>
            <translation>FLQ (Flegg, recommandé)</translation>
        </message>
        <message>
            <source>Filled from the business register (salaried jobs by sector): Save and compute to use it.</source>
            <translation>Rempli depuis le répertoire des établissements (emplois salariés par secteur) : enregistrez et calculez pour l'utiliser.</translation>
        </message>
        <message>
            <source>Folder of an input-output table</source>
            <translation>Dossier d'un tableau entrées-sorties</translation>
        </message>
        <message>
            <source>From the register</source>
            <translation>Depuis le répertoire</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Leave every cell empty to use the national table.</source>
            <translation>Laissez toutes les cases vides pour utiliser le tableau national.</translation>
        </message>
        <message>
            <source>Local share of household spending:</source>
            <translation>Part locale de la dépense des ménages :</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Méthode :</translation>
        </message>
        <message>
            <source>Model of the territory</source>
            <translation>Modèle du territoire</translation>
        </message>
        <message>
            <source>Multipliers</source>
            <translation>Multiplicateurs</translation>
        </message>
        <message>
            <source>Multipliers table:</source>
            <translation>Tableau des multiplicateurs :</translation>
        </message>
        <message>
            <source>National table (no regional employment)</source>
            <translation>Tableau national (pas d'emploi régional)</translation>
        </message>
        <message>
            <source>Regional employment</source>
            <translation>Emploi régional</translation>
        </message>
        <message>
            <source>Regional employment is above national employment in sector {code}: type persons, not thousands</source>
            <translation>L'emploi régional dépasse l'emploi national dans le secteur {code} : saisissez des personnes, pas des milliers</translation>
        </message>
        <message>
            <source>Regional employment is zero in every sector</source>
            <translation>L'emploi régional est nul dans tous les secteurs</translation>
        </message>
        <message>
            <source>Regionalised with {method}</source>
            <translation>Régionalisé par {method}</translation>
        </message>
        <message>
            <source>Round-3 estimate for groups without answers: suppliers {supplier}, staff {staff}</source>
            <translation>estimation du tour 3 pour les groupes sans réponse : fournisseurs {supplier}, salariés {staff}</translation>
        </message>
        <message>
            <source>SLQ (simple)</source>
            <translation>SLQ (simple)</translation>
        </message>
        <message>
            <source>Salaried jobs of the territory's business register by sector (Territoire view); still editable</source>
            <translation>Emplois salariés du répertoire des établissements du territoire, par secteur (vue Territoire) ; toujours modifiables</translation>
        </message>
        <message>
            <source>Save and compute</source>
            <translation>Enregistrer et calculer</translation>
        </message>
        <message>
            <source>Sector {code} is not in this table</source>
            <translation>Le secteur {code} n'est pas dans ce tableau</translation>
        </message>
        <message>
            <source>Source: business register, version {version} ({file}), salaried jobs by sector; it follows a newer extract until a figure is typed.</source>
            <translation>Source : répertoire des établissements, version {version} ({file}), emplois salariés par secteur ; suit un extrait plus récent tant qu'aucun chiffre n'est saisi.</translation>
        </message>
        <message>
            <source>Source: typed or imported by hand.</source>
            <translation>Source : saisie ou import à la main.</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Tableau :</translation>
        </message>
        <message>
            <source>The table folder {table} cannot be found</source>
            <translation>Le dossier du tableau {table} est introuvable</translation>
        </message>
        <message>
            <source>Total: {regional} persons, {share} of national employment</source>
            <translation>Total : {regional} personnes, soit {share} de l'emploi national</translation>
        </message>
        <message>
            <source>Type the employment of every sector (0 when it is absent from the territory); missing: {codes}</source>
            <translation>Saisissez l'emploi de chaque secteur (0 s'il est absent du territoire) ; manquant : {codes}</translation>
        </message>
        <message>
            <source>Type the territory's employment by sector, then Save and compute.</source>
            <translation>Saisissez l'emploi du territoire par secteur, puis « Enregistrer et calculer ».</translation>
        </message>
        <message>
            <source>Use another table, from a folder in the app's layout</source>
            <translation>Utiliser un autre tableau, rangé dans un dossier au format de l'application</translation>
        </message>
        <message>
            <source>Use the local purchase shares measured by the survey (hybrid table)</source>
            <translation>Prendre les parts d'achats locaux de l'enquête (tableau hybride)</translation>
        </message>
        <message>
            <source>empty: staff mean, {share} ({n} answers)</source>
            <translation>vide : moyenne des salariés, {share} ({n} réponses)</translation>
        </message>
        <message>
            <source>local purchases measured by the survey for {codes}</source>
            <translation>achats locaux mesurés par l'enquête pour {codes}</translation>
        </message>
        <message>
            <source>multipliers</source>
            <translation>multiplicateurs</translation>
        </message>
        <message>
            <source>no staff answers yet: type a share</source>
            <translation>pas encore de réponse de salariés : saisissez une part</translation>
        </message>
        <message>
            <source>δ</source>
            <translation>δ</translation>
        </message>
        <message>
            <source>δ must be at least 0 and below 1 (0.3 is usual)</source>
            <translation>δ doit être au moins 0 et inférieur à 1 (0,3 est usuel)</translation>
        </message>
    </context>
    <context>
        <name>InterviewCommands</name>
        <message>
            <source>Add a spending line</source>
            <translation>Ajouter une ligne de dépense</translation>
        </message>
        <message>
            <source>Change line {number}</source>
            <translation>Modifier la ligne {number}</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>Modifier : {field}</translation>
        </message>
        <message>
            <source>Remove a spending line</source>
            <translation>Supprimer une ligne de dépense</translation>
        </message>
    </context>
    <context>
        <name>InterviewFields</name>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Add a line (Enter)</source>
            <translation>Ajouter une ligne (Entrée)</translation>
        </message>
        <message>
            <source>Amount (€)</source>
            <translation>Montant (€)</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Gross payroll</source>
            <translation>Masse salariale brute</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Local share (%)</source>
            <translation>Part locale (%)</translation>
        </message>
        <message>
            <source>Mark as complete</source>
            <translation>Marquer comme complet</translation>
        </message>
        <message>
            <source>Notes: context, doubts, what to check later…</source>
            <translation>Notes : contexte, doutes, points à vérifier…</translation>
        </message>
        <message>
            <source>Other spending in the fiscal year</source>
            <translation>Autres dépenses de l'exercice</translation>
        </message>
        <message>
            <source>Owners' pay and dividends</source>
            <translation>Rémunération des propriétaires</translation>
        </message>
        <message>
            <source>Remove the line (Ctrl+Del)</source>
            <translation>Supprimer la ligne (Ctrl+Suppr)</translation>
        </message>
        <message>
            <source>Reopen for changes</source>
            <translation>Rouvrir pour modifier</translation>
        </message>
        <message>
            <source>Share of the payroll paid to staff who live in the territory</source>
            <translation>Part de la masse salariale versée à des salariés qui habitent sur le territoire</translation>
        </message>
        <message>
            <source>Share paid to owners who live in the territory</source>
            <translation>Part versée à des propriétaires qui habitent sur le territoire</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Enquêteur·rice</translation>
        </message>
        <message>
            <source>The owner or manager agrees to answer</source>
            <translation>La personne accepte de répondre</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>Chiffre d'affaires HT</translation>
        </message>
        <message>
            <source>Turnover, staff and owners</source>
            <translation>Chiffre d'affaires, personnel et propriétaires</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Valider</translation>
        </message>
    </context>
    <context>
        <name>InterviewForm</name>
        <message>
            <source>No notes are kept for a shop whose identity was erased.</source>
            <translation>Aucune note n'est conservée pour un commerce dont l'identité a été effacée.</translation>
        </message>
        <message>
            <source>(spending = {share} of the turnover)</source>
            <translation>(dépenses = {share} du chiffre d'affaires)</translation>
        </message>
        <message>
            <source>({share} of the spending described)</source>
            <translation>({share} des dépenses décrites)</translation>
        </message>
        <message>
            <source>Agreed to: version {version}</source>
            <translation>Accepté : version {version}</translation>
        </message>
        <message>
            <source>Agreed, v{version}</source>
            <translation>Accepté, v{version}</translation>
        </message>
        <message>
            <source>Consent wording</source>
            <translation>Texte de consentement</translation>
        </message>
        <message>
            <source>New interview: choose the business</source>
            <translation>Nouvel entretien : choisissez le commerce</translation>
        </message>
        <message>
            <source>Not complete yet: {problems}.</source>
            <translation>Pas encore complet : {problems}.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>Not saved until corrected: {errors}</source>
            <translation>Non enregistré tant que ce n'est pas corrigé : {errors}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason} Next try in {seconds} s.</source>
            <translation>Non enregistré : {reason} Nouvel essai dans {seconds} s.</translation>
        </message>
        <message>
            <source>Owners' pay</source>
            <translation>Rémunération des propriétaires</translation>
        </message>
        <message>
            <source>Paid to local owners</source>
            <translation>Versé à des propriétaires locaux</translation>
        </message>
        <message>
            <source>Payroll</source>
            <translation>Masse salariale</translation>
        </message>
        <message>
            <source>Read…</source>
            <translation>Lire…</translation>
        </message>
        <message>
            <source>Save the study elsewhere…</source>
            <translation>Enregistrer l'étude ailleurs…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Enregistré à {time}</translation>
        </message>
        <message>
            <source>Spending described: {spent}</source>
            <translation>Dépenses décrites : {spent}</translation>
        </message>
        <message>
            <source>Staff living locally</source>
            <translation>Salariés habitant le territoire</translation>
        </message>
        <message>
            <source>The spending described is more than the turnover: check the amounts with the owner.</source>
            <translation>Les dépenses décrites dépassent le chiffre d'affaires : vérifiez les montants avec le commerçant.</translation>
        </message>
        <message>
            <source>To read before ticking, version {version}</source>
            <translation>À lire avant de cocher, version {version}</translation>
        </message>
        <message>
            <source>To read, v{version}</source>
            <translation>À lire, v{version}</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Chiffre d'affaires</translation>
        </message>
        <message>
            <source>What you typed is kept in the window</source>
            <translation>Ce que vous avez saisi reste dans la fenêtre</translation>
        </message>
        <message>
            <source>business</source>
            <translation>commerce</translation>
        </message>
        <message>
            <source>choose a category on line {lines}</source>
            <translation>choisir une catégorie ligne {lines}</translation>
        </message>
        <message>
            <source>choose the business</source>
            <translation>choisir le commerce</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>consentement</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>local owners</source>
            <translation>propriétaires locaux</translation>
        </message>
        <message>
            <source>no spending has been entered</source>
            <translation>aucune dépense n'a été saisie</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>of which local: {local}</source>
            <translation>dont locales : {local}</translation>
        </message>
        <message>
            <source>owners' pay</source>
            <translation>rémunération des propriétaires</translation>
        </message>
        <message>
            <source>payroll</source>
            <translation>masse salariale</translation>
        </message>
        <message>
            <source>staff living locally</source>
            <translation>salariés habitant le territoire</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>surveyor</source>
            <translation>enquêteur·rice</translation>
        </message>
        <message>
            <source>the owner's consent is not recorded</source>
            <translation>le consentement du commerçant n'est pas noté</translation>
        </message>
        <message>
            <source>the study file could not be written ({error})</source>
            <translation>le fichier de l'étude n'a pas pu être écrit ({error})</translation>
        </message>
        <message>
            <source>the turnover is missing</source>
            <translation>le chiffre d'affaires manque</translation>
        </message>
        <message>
            <source>turnover</source>
            <translation>chiffre d'affaires</translation>
        </message>
    </context>
    <context>
        <name>InterviewListModel</name>
        <message>
            <source>Business</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>InterviewsView</name>
        <message>
            <source>erased</source>
            <translation>effacé</translation>
        </message>
        <message>
            <source>Choose an interview in the list, or start a new one from the business register or with “New interview”.</source>
            <translation>Choisissez un entretien dans la liste, ou commencez-en un depuis le registre des commerces ou avec « Nouvel entretien ».</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>Nouvel entretien</translation>
        </message>
        <message>
            <source>Search a shop or a surveyor…</source>
            <translation>Rechercher un commerce ou un enquêteur…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Chain branch</source>
            <translation>Succursale de chaîne</translation>
        </message>
        <message>
            <source>Charities</source>
            <translation>Associations caritatives</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complet</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Consent wording version</source>
            <translation>Version du texte de consentement</translation>
        </message>
        <message>
            <source>Cooperative / social economy</source>
            <translation>Coopérative / ESS</translation>
        </message>
        <message>
            <source>Coordinator default</source>
            <translation>Valeur par défaut</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Création</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Franchise</source>
            <translation>Franchise</translation>
        </message>
        <message>
            <source>Independent</source>
            <translation>Indépendant</translation>
        </message>
        <message>
            <source>Input-output estimate</source>
            <translation>Estimation entrées-sorties</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Landlords</source>
            <translation>Bailleurs</translation>
        </message>
        <message>
            <source>Lenders</source>
            <translation>Prêteurs</translation>
        </message>
        <message>
            <source>Local authorities</source>
            <translation>Collectivités locales</translation>
        </message>
        <message>
            <source>Local share</source>
            <translation>Part locale</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Propriétaires</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Public body / association</source>
            <translation>Public / association</translation>
        </message>
        <message>
            <source>Re-spend share</source>
            <translation>Part redépensée localement</translation>
        </message>
        <message>
            <source>Source of the re-spend share</source>
            <translation>Source de la part redépensée</translation>
        </message>
        <message>
            <source>Staff households</source>
            <translation>Ménages salariés</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Fournisseurs</translation>
        </message>
        <message>
            <source>Survey answer</source>
            <translation>Réponse d'enquête</translation>
        </message>
        <message>
            <source>Survey mean</source>
            <translation>Moyenne d'enquête</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Enquêteur·rice</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>Chiffre d'affaires HT</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validé</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>(fictitious data)</source>
            <translation>(données fictives)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Made in Local&lt;/b&gt; {version}&lt;br&gt;Measure how much of the money spent in local shops stays in the territory (LM3 local multiplier).&lt;br&gt;Licence AGPL-3.0 or later.&lt;br&gt;&lt;br&gt;Geography: INSEE, DGCL, La Poste (Licence Ouverte 2.0). Activities: INSEE NAF rév. 2.</source>
            <translation>&lt;b&gt;Made in Local&lt;/b&gt; {version}&lt;br&gt;Mesurer quelle part de l'argent dépensé dans les commerces locaux reste sur le territoire (multiplicateur local LM3).&lt;br&gt;Licence AGPL-3.0 ou ultérieure.&lt;br&gt;&lt;br&gt;Géographie : INSEE, DGCL, La Poste (Licence Ouverte 2.0). Activités : INSEE NAF rév. 2.</translation>
        </message>
        <message>
            <source>About Made in Local</source>
            <translation>À propos de Made in Local</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Commerces</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Import an interchange file</source>
            <translation>Importer un fichier d'échange</translation>
        </message>
        <message>
            <source>Imported: {summary}</source>
            <translation>Importé : {summary}</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Import de {name}…</translation>
        </message>
        <message>
            <source>Input-output model</source>
            <translation>Modèle entrées-sorties</translation>
        </message>
        <message>
            <source>Interchange files (*.json)</source>
            <translation>Fichiers d'échange (*.json)</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Entretiens</translation>
        </message>
        <message>
            <source>Leave without these changes</source>
            <translation>Partir sans ces modifications</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Études Made in Local (*.madeinlocal)</translation>
        </message>
        <message>
            <source>No automatic copy today: {error}</source>
            <translation>Pas de copie automatique aujourd'hui : {error}</translation>
        </message>
        <message>
            <source>Open a study</source>
            <translation>Ouvrir une étude</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <source>Preparing the demo study…</source>
            <translation>Préparation de l'étude de démonstration…</translation>
        </message>
        <message>
            <source>Round-3 respondents</source>
            <translation>Répondants du tour 3</translation>
        </message>
        <message>
            <source>Save the study elsewhere</source>
            <translation>Enregistrer l'étude ailleurs</translation>
        </message>
        <message>
            <source>Save the study elsewhere…</source>
            <translation>Enregistrer l'étude ailleurs…</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Rester</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>The dashboard is not available in this build.</source>
            <translation>Le tableau de bord n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <source>The input-output model is not available in this build.</source>
            <translation>Le modèle entrées-sorties n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <source>The study now lives in {path}</source>
            <translation>L'étude se trouve désormais dans {path}</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Your last changes could not be saved in the study file. They are still in the window.</source>
            <translation>Vos dernières modifications n'ont pas pu être enregistrées dans le fichier de l'étude. Elles sont toujours dans la fenêtre.</translation>
        </message>
    </context>
    <context>
        <name>MakeBundleDialog</name>
        <message>
            <source>A bundle holds what was typed on this computer since its last bundle. Give it to the coordinator (USB key, shared folder, e-mail); it is signed with the study's key, so a changed copy is refused.</source>
            <translation>Un paquet contient ce qui a été saisi sur cet ordinateur depuis son dernier paquet. Remettez-le au coordinateur (clé USB, dossier partagé, courriel) ; il est signé avec la clé de l'étude, une copie modifiée est donc refusée.</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Choisissez un dossier</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Confirm the passphrase</source>
            <translation>Confirmer la phrase de passe</translation>
        </message>
        <message>
            <source>Encrypt it with a passphrase (for e-mail or a cloud folder)</source>
            <translation>Le chiffrer avec une phrase de passe (pour un courriel ou un dossier en ligne)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Dossier du paquet</translation>
        </message>
        <message>
            <source>Make a bundle</source>
            <translation>Créer un paquet</translation>
        </message>
        <message>
            <source>Make the bundle</source>
            <translation>Créer le paquet</translation>
        </message>
        <message>
            <source>Making the bundle…</source>
            <translation>Création du paquet…</translation>
        </message>
        <message>
            <source>Nothing was typed on this computer since its last bundle: no file was written.</source>
            <translation>Rien n'a été saisi sur cet ordinateur depuis son dernier paquet : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Type the same passphrase twice</source>
            <translation>Saisissez deux fois la même phrase de passe</translation>
        </message>
        <message>
            <source>Wrote {name} in {folder} ({counts}).</source>
            <translation>{name} écrit dans {folder} ({counts}).</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>phrase de passe</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>la même, à nouveau</translation>
        </message>
    </context>
    <context>
        <name>MenuBuilder</name>
        <message>
            <source>Study &amp;settings…</source>
            <translation>&amp;Réglages de l'étude…</translation>
        </message>
        <message>
            <source>&amp;About Made in Local</source>
            <translation>À &amp;propos de Made in Local</translation>
        </message>
        <message>
            <source>&amp;Businesses</source>
            <translation>&amp;Commerces</translation>
        </message>
        <message>
            <source>&amp;Close the study</source>
            <translation>&amp;Fermer l'étude</translation>
        </message>
        <message>
            <source>&amp;Compare studies…</source>
            <translation>&amp;Comparer des études…</translation>
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation>&amp;Conflits</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Decrypt the study…</source>
            <translation>&amp;Déchiffrer l'étude…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Encrypt the study…</source>
            <translation>Chi&amp;ffrer l'étude…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;Import an interchange file…</source>
            <translation>&amp;Importer un fichier d'échange…</translation>
        </message>
        <message>
            <source>&amp;Interviews</source>
            <translation>&amp;Entretiens</translation>
        </message>
        <message>
            <source>&amp;Make a bundle…</source>
            <translation>&amp;Créer un paquet…</translation>
        </message>
        <message>
            <source>&amp;Mark the interview as complete</source>
            <translation>&amp;Marquer l'entretien comme complet</translation>
        </message>
        <message>
            <source>&amp;New study…</source>
            <translation>&amp;Nouvelle étude…</translation>
        </message>
        <message>
            <source>&amp;Open a study…</source>
            <translation>&amp;Ouvrir une étude…</translation>
        </message>
        <message>
            <source>&amp;PDF report…</source>
            <translation>&amp;Rapport PDF…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Round-3 respondents</source>
            <translation>&amp;Répondants du tour 3</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Study</source>
            <translation>É&amp;tude</translation>
        </message>
        <message>
            <source>&amp;Territory</source>
            <translation>&amp;Territoire</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guide d'utilisation</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Change the &amp;passphrase…</source>
            <translation>Changer la &amp;phrase de passe…</translation>
        </message>
        <message>
            <source>Consent &amp;wording…</source>
            <translation>Texte de &amp;consentement…</translation>
        </message>
        <message>
            <source>Consolidation &amp;server…</source>
            <translation>&amp;Serveur de consolidation…</translation>
        </message>
        <message>
            <source>Export the &amp;XLSForm form…</source>
            <translation>Exporter le formulaire &amp;XLSForm…</translation>
        </message>
        <message>
            <source>Export the &amp;results…</source>
            <translation>Exporter les &amp;résultats…</translation>
        </message>
        <message>
            <source>Export the study &amp;kit…</source>
            <translation>Exporter le &amp;kit d'étude…</translation>
        </message>
        <message>
            <source>Im&amp;pact</source>
            <translation>Im&amp;pact</translation>
        </message>
        <message>
            <source>Import &amp;bundles…</source>
            <translation>Importer des &amp;paquets…</translation>
        </message>
        <message>
            <source>Import K&amp;oboToolbox / ODK submissions…</source>
            <translation>Importer des réponses K&amp;oboToolbox / ODK…</translation>
        </message>
        <message>
            <source>Import a &amp;list of shops…</source>
            <translation>Importer une &amp;liste de commerces…</translation>
        </message>
        <message>
            <source>Input-&amp;output model</source>
            <translation>Modèle entrées-&amp;sorties</translation>
        </message>
        <message>
            <source>Interview &amp;history</source>
            <translation>&amp;Historique de l'entretien</translation>
        </message>
        <message>
            <source>New &amp;business</source>
            <translation>Nouveau &amp;commerce</translation>
        </message>
        <message>
            <source>New &amp;interview</source>
            <translation>Nouvel &amp;entretien</translation>
        </message>
        <message>
            <source>New study from a &amp;kit…</source>
            <translation>Nouvelle étude depuis un &amp;kit…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Études &amp;récentes</translation>
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation>Ouvrir l'étude de &amp;démonstration</translation>
        </message>
        <message>
            <source>Possible d&amp;uplicates</source>
            <translation>&amp;Doublons possibles</translation>
        </message>
        <message>
            <source>Res&amp;tore a backup…</source>
            <translation>Res&amp;taurer une sauvegarde…</translation>
        </message>
        <message>
            <source>S&amp;hop feedback sheets…</source>
            <translation>&amp;Fiches commerces…</translation>
        </message>
        <message>
            <source>S&amp;ync with a folder…</source>
            <translation>S&amp;ynchroniser avec un dossier…</translation>
        </message>
        <message>
            <source>Save the study &amp;elsewhere…</source>
            <translation>Enregistrer l'étude &amp;ailleurs…</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Keep one record: it takes the other's interviews and the details it lacks (SIRET, NAF, commune, address, staff); the other record is deleted.</source>
            <translation>Gardez une fiche : elle reprend les entretiens de l'autre et les informations qui lui manquent (SIRET, NAF, commune, adresse, effectif) ; l'autre fiche est supprimée.</translation>
        </message>
        <message>
            <source>Keep {shop}</source>
            <translation>Garder {shop}</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Merge two shops</source>
            <translation>Fusionner deux commerces</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Choose the business this interview is about</source>
            <translation>Choisissez le commerce concerné par cet entretien</translation>
        </message>
        <message>
            <source>No study file at {path}</source>
            <translation>Aucun fichier d'étude à l'emplacement {path}</translation>
        </message>
        <message>
            <source>Staff (full-time equivalents) cannot be negative</source>
            <translation>L'effectif (équivalents temps plein) ne peut pas être négatif</translation>
        </message>
        <message>
            <source>The NAF code should look like 47.24Z</source>
            <translation>Le code NAF s'écrit comme 47.24Z</translation>
        </message>
        <message>
            <source>The commune should be a 5-character INSEE code such as 86194</source>
            <translation>La commune doit être un code INSEE de 5 caractères, comme 86194</translation>
        </message>
        <message>
            <source>The fiscal year should be a year such as 2025</source>
            <translation>L'exercice doit être une année, comme 2025</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <source>The turnover cannot be negative</source>
            <translation>Le chiffre d'affaires ne peut pas être négatif</translation>
        </message>
        <message>
            <source>This SIRET is not valid: it needs 14 digits and a correct check key</source>
            <translation>Ce SIRET n'est pas valide : il faut 14 chiffres et une clé de contrôle correcte</translation>
        </message>
        <message>
            <source>This file belongs to the study {other}, not {this}: import it into its own study file</source>
            <translation>Ce fichier appartient à l'étude {other}, pas à {this} : importez-le dans son propre fichier d'étude</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} existe déjà : choisissez un autre nom de fichier</translation>
        </message>
        <message>
            <source>{name} cannot be read as a study file ({reason})</source>
            <translation>{name} ne peut pas être lu comme un fichier d'étude ({reason})</translation>
        </message>
        <message>
            <source>{name} is not a Made in Local study file</source>
            <translation>{name} n'est pas un fichier d'étude Made in Local</translation>
        </message>
        <message>
            <source>{name} was written by a newer version of Made in Local. Install the latest version to open it; the file was not changed.</source>
            <translation>{name} a été écrit par une version plus récente de Made in Local. Installez la dernière version pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a study file</source>
            <translation>{path} est un dossier, pas un fichier d'étude</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>An amount cannot be negative</source>
            <translation>Un montant ne peut pas être négatif</translation>
        </message>
        <message>
            <source>At most two decimals (cents)</source>
            <translation>Deux décimales au plus (centimes)</translation>
        </message>
        <message>
            <source>Type an amount in euros, for example {example}</source>
            <translation>Saisissez un montant en euros, par exemple {example}</translation>
        </message>
        <message>
            <source>amount in €</source>
            <translation>montant en €</translation>
        </message>
    </context>
    <context>
        <name>MultipliersModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Income
(Type I)</source>
            <translation>Revenus
(type I)</translation>
        </message>
        <message>
            <source>Income
(Type II)</source>
            <translation>Revenus
(type II)</translation>
        </message>
        <message>
            <source>Income
per €</source>
            <translation>Revenus
par €</translation>
        </message>
        <message>
            <source>Jobs
per M€</source>
            <translation>Emplois
par M€</translation>
        </message>
        <message>
            <source>Local
purchases</source>
            <translation>Achats
locaux</translation>
        </message>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Output
(Type I)</source>
            <translation>Production
(type I)</translation>
        </message>
        <message>
            <source>Output
(Type II)</source>
            <translation>Production
(type II)</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <source>Value added
per €</source>
            <translation>Valeur
ajoutée
par €</translation>
        </message>
    </context>
    <context>
        <name>NewFromKitDialog</name>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose the study kit</source>
            <translation>Choisissez le kit d'étude</translation>
        </message>
        <message>
            <source>Choose where to save the study file</source>
            <translation>Choisissez où enregistrer le fichier d'étude</translation>
        </message>
        <message>
            <source>Create the study</source>
            <translation>Créer l'étude</translation>
        </message>
        <message>
            <source>Kit passphrase</source>
            <translation>Phrase de passe du kit</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Études Made in Local (*.madeinlocal)</translation>
        </message>
        <message>
            <source>New study from a kit</source>
            <translation>Nouvelle étude depuis un kit</translation>
        </message>
        <message>
            <source>No study kit at {path}</source>
            <translation>Aucun kit d'étude à {path}</translation>
        </message>
        <message>
            <source>Save the new study as</source>
            <translation>Enregistrer la nouvelle étude sous</translation>
        </message>
        <message>
            <source>Study file</source>
            <translation>Fichier d'étude</translation>
        </message>
        <message>
            <source>Study kit</source>
            <translation>Kit d'étude</translation>
        </message>
        <message>
            <source>Study kits (*{suffix})</source>
            <translation>Kits d'étude (*{suffix})</translation>
        </message>
        <message>
            <source>The coordinator gives each surveyor the study kit. The study file made from it belongs to the same study: its bundles can be consolidated with the others.</source>
            <translation>Le coordinateur remet le kit d'étude à chaque enquêteur. Le fichier d'étude créé à partir du kit appartient à la même étude : ses paquets pourront être consolidés avec les autres.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <source>only if the kit is protected</source>
            <translation>seulement si le kit est protégé</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} existe déjà : choisissez un autre nom de fichier</translation>
        </message>
    </context>
    <context>
        <name>NewStudyDialog</name>
        <message numerus="yes">
            <source>%Ln commune(s) in the territory</source>
            <translation>
                <numerusform>%Ln commune dans le territoire</numerusform>
                <numerusform>%Ln communes dans le territoire</numerusform>
            </translation>
        </message>
        <message>
            <source>A local branch of a chain counts as local</source>
            <translation>Une succursale locale d'une chaîne compte comme locale</translation>
        </message>
        <message>
            <source>A radius around the centre</source>
            <translation>Un rayon autour du centre</translation>
        </message>
        <message>
            <source>A supplier is local if</source>
            <translation>Un fournisseur est local si</translation>
        </message>
        <message>
            <source>Add a commune or an intercommunality</source>
            <translation>Ajouter une commune ou une intercommunalité</translation>
        </message>
        <message>
            <source>Add at least one commune to the territory</source>
            <translation>Ajoutez au moins une commune au territoire.</translation>
        </message>
        <message>
            <source>Amounts are excluding VAT</source>
            <translation>Les montants sont hors TVA</translation>
        </message>
        <message>
            <source>An employee is local if</source>
            <translation>Un salarié est local si</translation>
        </message>
        <message>
            <source>Boundary</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Choose where to save the study file</source>
            <translation>Choisissez où enregistrer le fichier de l'étude.</translation>
        </message>
        <message>
            <source>Create the study</source>
            <translation>Créer l'étude</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Give the study a name</source>
            <translation>Donnez un nom à l'étude.</translation>
        </message>
        <message>
            <source>Loading the communes…</source>
            <translation>Chargement des communes…</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Études Made in Local (*.madeinlocal)</translation>
        </message>
        <message>
            <source>Name of the territory</source>
            <translation>Nom du territoire</translation>
        </message>
        <message>
            <source>Name, INSEE code or postal code</source>
            <translation>Nom, code INSEE ou code postal</translation>
        </message>
        <message>
            <source>New study</source>
            <translation>Nouvelle étude</translation>
        </message>
        <message>
            <source>Radius</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Save the new study as</source>
            <translation>Enregistrer la nouvelle étude sous</translation>
        </message>
        <message>
            <source>Study file</source>
            <translation>Fichier de l'étude</translation>
        </message>
        <message>
            <source>Study name</source>
            <translation>Nom de l'étude</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>The communes listed</source>
            <translation>Les communes de la liste</translation>
        </message>
        <message>
            <source>The département</source>
            <translation>Le département</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas.</translation>
        </message>
        <message>
            <source>The intercommunality</source>
            <translation>L'intercommunalité</translation>
        </message>
        <message>
            <source>What counts as local</source>
            <translation>Ce qui compte comme local</translation>
        </message>
        <message>
            <source>e.g. CA du Niortais</source>
            <translation>par ex. CA du Niortais</translation>
        </message>
        <message>
            <source>e.g. Town centre of Niort</source>
            <translation>par ex. Centre-ville de Niort</translation>
        </message>
        <message>
            <source>its invoicing establishment is in the territory</source>
            <translation>son établissement de facturation est sur le territoire</translation>
        </message>
        <message>
            <source>study</source>
            <translation>etude</translation>
        </message>
        <message>
            <source>they live in the territory</source>
            <translation>il ou elle habite sur le territoire</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} existe déjà : choisissez un autre nom de fichier.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Choose the passphrase of “{name}” (at least 12 characters). Without it nobody can open the file, you included: keep it safe.</source>
            <translation>Choisissez la phrase de passe de « {name} » (12 caractères au moins). Sans elle, personne ne peut ouvrir le fichier, vous non plus : gardez-la en lieu sûr.</translation>
        </message>
        <message>
            <source>Encrypted study</source>
            <translation>Étude chiffrée</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase de passe</translation>
        </message>
        <message>
            <source>No system keychain on this computer: the passphrase will be asked each time.</source>
            <translation>Pas de trousseau système sur cet ordinateur : la phrase de passe sera demandée à chaque fois.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Remember in the system keychain</source>
            <translation>Se souvenir dans le trousseau du système</translation>
        </message>
        <message>
            <source>The same again</source>
            <translation>La même, une seconde fois</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Les deux phrases de passe diffèrent : tapez deux fois la même.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Tapez la phrase de passe.</translation>
        </message>
        <message>
            <source>“{name}” is encrypted: give its passphrase.</source>
            <translation>L'étude « {name} » est chiffrée : donnez sa phrase de passe.</translation>
        </message>
    </context>
    <context>
        <name>PathField</name>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>PercentEdit</name>
        <message>
            <source>A share must be between 0 and 100 %</source>
            <translation>Une part doit être comprise entre 0 et 100 %</translation>
        </message>
        <message>
            <source>Type a percentage between 0 and 100, for example {example}</source>
            <translation>Saisissez un pourcentage entre 0 et 100, par exemple {example}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Each open study is copied once a day into the application's data folder; older copies are deleted (File → Restore a backup…)</source>
            <translation>Chaque étude ouverte est copiée une fois par jour dans le dossier de données de l'application ; les copies plus anciennes sont supprimées (Fichier → Restaurer une sauvegarde…)</translation>
        </message>
        <message>
            <source>Keep automatic copies for</source>
            <translation>Garder les copies automatiques pendant</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claire</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Reopen the last study at start-up</source>
            <translation>Rouvrir la dernière étude au démarrage</translation>
        </message>
        <message>
            <source>Surveyor's name</source>
            <translation>Nom de l'enquêteur·rice</translation>
        </message>
        <message>
            <source>The system's appearance</source>
            <translation>L'apparence du système</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <source>filled in on new interviews</source>
            <translation>prérempli dans les nouveaux entretiens</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Regarder dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>{name} — intercommunality, {n} communes</source>
            <translation>{name} — intercommunalité, {n} communes</translation>
        </message>
    </context>
    <context>
        <name>RegionalEmploymentModel</name>
        <message>
            <source>Above national employment: type persons, not thousands</source>
            <translation>Au-dessus de l'emploi national : saisissez des personnes, pas des milliers</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>National jobs</source>
            <translation>Emploi
national</translation>
        </message>
        <message>
            <source>Negative employment is not possible</source>
            <translation>Un emploi négatif est impossible</translation>
        </message>
        <message>
            <source>Regional jobs</source>
            <translation>Emploi
régional</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Type a number of persons, for example 5 590</source>
            <translation>Saisissez un nombre de personnes, par exemple 5 590</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;All interviewed shops</source>
            <translation>&amp;Tous les commerces enquêtés</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Only the shops ticked below</source>
            <translation>&amp;Seulement les commerces cochés ci-dessous</translation>
        </message>
        <message>
            <source>&amp;Write the PDF</source>
            <translation>É&amp;crire le PDF</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>One &amp;file per shop</source>
            <translation>Un fichier &amp;par commerce</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>Rapport PDF</translation>
        </message>
        <message>
            <source>Shop feedback sheets</source>
            <translation>Fiches commerces</translation>
        </message>
    </context>
    <context>
        <name>ReportMenu</name>
        <message>
            <source>Writing the report…</source>
            <translation>Écriture du rapport…</translation>
        </message>
        <message>
            <source>Writing the shop sheets…</source>
            <translation>Écriture des fiches commerces…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Écrit : {path}</translation>
        </message>
        <message>
            <source>report</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>shops</source>
            <translation>fiches-commerces</translation>
        </message>
    </context>
    <context>
        <name>RespondentTableModel</name>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>Qui a répondu</translation>
        </message>
        <message>
            <source>Share spent locally</source>
            <translation>Part dépensée localement</translation>
        </message>
    </context>
    <context>
        <name>RespondentsView</name>
        <message numerus="yes">
            <source>&lt;b&gt;{group}&lt;/b&gt;: mean of %Ln answer(s) = &lt;b&gt;{mean}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;{group}&lt;/b&gt; : moyenne de %Ln réponse = &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;{group}&lt;/b&gt; : moyenne de %Ln réponses = &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the answer (Enter)</source>
            <translation>Ajouter la réponse (Entrée)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Mean per group (NEF method)</source>
            <translation>Moyenne par groupe (méthode NEF)</translation>
        </message>
        <message>
            <source>New answer</source>
            <translation>Nouvelle réponse</translation>
        </message>
        <message>
            <source>No answer yet.</source>
            <translation>Aucune réponse pour l'instant.</translation>
        </message>
        <message>
            <source>Remove the selected answer</source>
            <translation>Supprimer la réponse sélectionnée</translation>
        </message>
        <message>
            <source>Share spent locally (%)</source>
            <translation>Part dépensée localement (%)</translation>
        </message>
        <message>
            <source>The analysis applies each group's mean to the lines paid to that group when the interview gives no share of its own.</source>
            <translation>L'analyse applique la moyenne de chaque groupe aux lignes versées à ce groupe quand l'entretien ne donne pas de part propre.</translation>
        </message>
        <message>
            <source>Type the share this respondent spends locally</source>
            <translation>Saisissez la part que cette personne dépense localement</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>Qui a répondu</translation>
        </message>
        <message>
            <source>optional, e.g. Employee 3 or Minoterie Dupuis</source>
            <translation>facultatif, par ex. Salarié 3 ou Minoterie Dupuis</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Businesses</source>
            <translation>Commerces</translation>
        </message>
        <message>
            <source>Choose a copy of the study</source>
            <translation>Choisissez une copie de l'étude</translation>
        </message>
        <message>
            <source>Choose another copy…</source>
            <translation>Choisir une autre copie…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Copy of</source>
            <translation>Copie du</translation>
        </message>
        <message>
            <source>Each day a study is opened, a copy of it is kept in the application's data folder. Restoring a copy writes it as a new study file beside this one: the study itself is not changed.</source>
            <translation>Chaque jour où une étude est ouverte, une copie en est gardée dans le dossier de données de l'application. Restaurer une copie l'écrit comme un nouveau fichier d'étude à côté de celui-ci : l'étude elle-même n'est pas modifiée.</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Entretiens</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Études Made in Local (*.madeinlocal)</translation>
        </message>
        <message>
            <source>No automatic copy of this study yet.</source>
            <translation>Pas encore de copie automatique de cette étude.</translation>
        </message>
        <message>
            <source>Open the restored study</source>
            <translation>Ouvrir l'étude restaurée</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>Répondants</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restore as a new file</source>
            <translation>Restaurer dans un nouveau fichier</translation>
        </message>
        <message>
            <source>Restored as {name}, beside the study. The study itself was not changed.</source>
            <translation>Restaurée sous le nom {name}, à côté de l'étude. L'étude elle-même n'a pas été modifiée.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>95% interval</source>
            <translation>Intervalle à 95 %</translation>
        </message>
        <message>
            <source>95% interval {ci} · bootstrap {boot}</source>
            <translation>intervalle à 95 % {ci} · bootstrap {boot}</translation>
        </message>
        <message>
            <source>95% interval {low} to {high}</source>
            <translation>intervalle à 95 % de {low} à {high}</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Répondants</translation>
        </message>
        <message>
            <source>Bootstrap 95%</source>
            <translation>Bootstrap 95 %</translation>
        </message>
        <message>
            <source>Calibrate on the register's jobs by sector</source>
            <translation>Caler sur les emplois du répertoire par secteur</translation>
        </message>
        <message>
            <source>ESS establishments</source>
            <translation>Établissements de l’ESS</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>Établissements</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimation</translation>
        </message>
        <message>
            <source>Euros a year</source>
            <translation>Euros par an</translation>
        </message>
        <message>
            <source>Euros by sector</source>
            <translation>Euros par secteur</translation>
        </message>
        <message>
            <source>First local round (R2)</source>
            <translation>Premier tour local (R2)</translation>
        </message>
        <message>
            <source>Import the register and save a design to estimate the territory.</source>
            <translation>Importez le répertoire et enregistrez un plan de sondage pour estimer le territoire.</translation>
        </message>
        <message>
            <source>Kept locally (R2 + R3)</source>
            <translation>Gardé localement (R2 + R3)</translation>
        </message>
        <message>
            <source>Kept locally a year (R2 + R3)</source>
            <translation>Gardé localement par an (R2 + R3)</translation>
        </message>
        <message>
            <source>LM3 of the territory</source>
            <translation>LM3 du territoire</translation>
        </message>
        <message>
            <source>Leakage: {category}</source>
            <translation>Fuite : {category}</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>No register yet.</source>
            <translation>Pas encore de répertoire.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévus</translation>
        </message>
        <message>
            <source>Profile of the territory</source>
            <translation>Profil du territoire</translation>
        </message>
        <message>
            <source>Recalculate</source>
            <translation>Recalculer</translation>
        </message>
        <message>
            <source>SE</source>
            <translation>Écart type</translation>
        </message>
        <message>
            <source>Salaried jobs</source>
            <translation>Emplois salariés</translation>
        </message>
        <message>
            <source>Second local round (R3)</source>
            <translation>Second tour local (R3)</translation>
        </message>
        <message>
            <source>Sector (A17)</source>
            <translation>Secteur (A17)</translation>
        </message>
        <message>
            <source>Strata</source>
            <translation>Strates</translation>
        </message>
        <message>
            <source>Stratum</source>
            <translation>Strate</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>Turnover (R1)</source>
            <translation>Chiffre d'affaires (R1)</translation>
        </message>
        <message>
            <source>Turnover in scope a year (R1)</source>
            <translation>Chiffre d'affaires du champ par an (R1)</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>estimated with {others}</source>
            <translation>estimée avec {others}</translation>
        </message>
        <message>
            <source>no answer: not covered</source>
            <translation>aucune réponse : non couverte</translation>
        </message>
        <message>
            <source>one answer: estimated with {others}</source>
            <translation>une seule réponse : estimée avec {others}</translation>
        </message>
        <message>
            <source>weights calibrated on the register's jobs</source>
            <translation>poids calés sur les emplois du répertoire</translation>
        </message>
        <message>
            <source>{count} establishments, {jobs} salaried jobs (from the size band's midpoint; the interviewed shop's own staff for {own}) · social and solidarity economy: {ess} of establishments, {ess_jobs} of jobs · head office in the territory: {head}</source>
            <translation>{count} établissements, {jobs} emplois salariés (milieu de la tranche d'effectifs ; effectif déclaré en entretien pour {own}) · économie sociale et solidaire : {ess} des établissements, {ess_jobs} des emplois · siège sur le territoire : {head}</translation>
        </message>
        <message>
            <source>{outside} interviews outside the register and {scope} outside the scope are left out</source>
            <translation>{outside} entretiens hors répertoire et {scope} hors champ sont écartés</translation>
        </message>
        <message>
            <source>{respondents} responding establishments out of {in_scope} in scope · the strata that answered hold {est} of the establishments and {jobs} of the salaried jobs</source>
            <translation>{respondents} établissements répondants sur {in_scope} dans le champ · les strates qui ont répondu regroupent {est} des établissements et {jobs} des emplois salariés</translation>
        </message>
    </context>
    <context>
        <name>SavedScenarios</name>
        <message>
            <source>A scenario is already called “{name}”. Replace it?</source>
            <translation>Un scénario s'appelle déjà « {name} ». Le remplacer ?</translation>
        </message>
        <message>
            <source>Choose a saved scenario in the list first.</source>
            <translation>Choisissez d'abord un scénario enregistré dans la liste.</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Comparer…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the scenario</source>
            <translation>Supprimer le scénario</translation>
        </message>
        <message>
            <source>Delete the scenario “{name}”?</source>
            <translation>Supprimer le scénario « {name} » ?</translation>
        </message>
        <message>
            <source>Its {count} categories together:</source>
            <translation>Ses {count} catégories ensemble :</translation>
        </message>
        <message>
            <source>Keep the current sliders as a named scenario</source>
            <translation>Garder les curseurs actuels comme scénario nommé</translation>
        </message>
        <message>
            <source>LM3 {after} (today {before}) · {kept} kept locally per year</source>
            <translation>LM3 {after} (aujourd'hui {before}) · {kept} gardés localement par an</translation>
        </message>
        <message>
            <source>Name of the scenario:</source>
            <translation>Nom du scénario :</translation>
        </message>
        <message>
            <source>Save the scenario</source>
            <translation>Enregistrer le scénario</translation>
        </message>
        <message>
            <source>Saved scenarios ({count})</source>
            <translation>Scénarios ({count})</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Scenarios kept in the study file</source>
            <translation>Scénarios enregistrés dans le fichier de l'étude</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Erreur inattendue : {error}</translation>
        </message>
        <message>
            <source>{jobs} jobs, {income} of income, {value} of value added in the territory</source>
            <translation>{jobs} emplois, {income} de revenus salariaux, {value} de valeur ajoutée sur le territoire</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCompareDialog</name>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Compare two scenarios</source>
            <translation>Comparer deux scénarios</translation>
        </message>
        <message>
            <source>Export the scenarios…</source>
            <translation>Exporter les scénarios…</translation>
        </message>
        <message>
            <source>Extra kept locally (round 2, per year)</source>
            <translation>Gardé localement en plus (tour 2, par an)</translation>
        </message>
        <message>
            <source>Extra kept locally (with round 3, per year)</source>
            <translation>Gardé localement en plus (avec le tour 3, par an)</translation>
        </message>
        <message>
            <source>Income (wages and salaries)</source>
            <translation>Revenus (salaires et traitements)</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Emplois</translation>
        </message>
        <message>
            <source>Jobs, income and value added appear once the study's input-output model is set (Input-output model tab).</source>
            <translation>Les emplois, revenus et valeur ajoutée apparaissent une fois le modèle entrées-sorties de l'étude réglé (onglet Modèle entrées-sorties).</translation>
        </message>
        <message>
            <source>LM3 after</source>
            <translation>LM3 après</translation>
        </message>
        <message>
            <source>LM3 today</source>
            <translation>LM3 aujourd'hui</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Value added</source>
            <translation>Valeur ajoutée</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>, household spending included</source>
            <translation>, dépense des ménages incluse</translation>
        </message>
        <message>
            <source>Euros kept locally</source>
            <translation>Euros gardés localement</translation>
        </message>
        <message>
            <source>In the territory</source>
            <translation>Sur le territoire</translation>
        </message>
        <message>
            <source>Local recirculation</source>
            <translation>Recirculation locale</translation>
        </message>
        <message>
            <source>New LM3</source>
            <translation>Nouveau LM3</translation>
        </message>
        <message>
            <source>Re-spend share of the new local suppliers</source>
            <translation>Part redépensée localement par les nouveaux fournisseurs</translation>
        </message>
        <message>
            <source>Share of its non-local spending moved to local suppliers</source>
            <translation>Part de ses dépenses non locales confiée à des fournisseurs locaux</translation>
        </message>
        <message>
            <source>Share of their own spending that the new local suppliers spend locally (round 3). Starts at the survey mean for that kind of recipient, else the study's default.</source>
            <translation>Part de leurs propres dépenses que les nouveaux fournisseurs locaux font sur le territoire (tour 3). Vaut au départ la moyenne d'enquête pour ce type de bénéficiaire, sinon la valeur par défaut de l'étude.</translation>
        </message>
        <message>
            <source>Spending category</source>
            <translation>Catégorie de dépense</translation>
        </message>
        <message>
            <source>The extra local purchases through the input-output model ({how}): {jobs} jobs, of which {direct} direct; {wages} of wages and salaries and {value} of value added a year.</source>
            <translation>Les achats locaux en plus, passés par le modèle entrées-sorties ({how}) : {jobs} emplois, dont {direct} directs ; {wages} de salaires et {value} de valeur ajoutée par an.</translation>
        </message>
        <message>
            <source>What if more were bought locally?</source>
            <translation>Et si l'on achetait davantage localement ?</translation>
        </message>
        <message>
            <source>jobs, {wages} of wages, {value} of value added</source>
            <translation>emplois, {wages} de salaires, {value} de valeur ajoutée</translation>
        </message>
        <message>
            <source>more kept in the local economy per year</source>
            <translation>de plus par an dans l'économie locale</translation>
        </message>
        <message>
            <source>national table</source>
            <translation>tableau national</translation>
        </message>
        <message>
            <source>not a purchase from an industry: no input-output effect</source>
            <translation>pas un achat à une branche : pas d'effet entrées-sorties</translation>
        </message>
        <message>
            <source>regional model {method}</source>
            <translation>modèle régional {method}</translation>
        </message>
        <message>
            <source>today {today} ({change})</source>
            <translation>aujourd'hui {today} ({change})</translation>
        </message>
        <message>
            <source>{before} today → {after}</source>
            <translation>{before} aujourd'hui → {after}</translation>
        </message>
    </context>
    <context>
        <name>ShockPanel</name>
        <message>
            <source>Compute</source>
            <translation>Calculer</translation>
        </message>
        <message>
            <source>Direct and supplier effects (Type I); income is compensation of employees; jobs in persons.</source>
            <translation>Effets directs et chez les fournisseurs (type I) ; revenus = rémunération des salariés ; emplois en personnes.</translation>
        </message>
        <message>
            <source>Impact of extra demand</source>
            <translation>Impact d'une demande supplémentaire</translation>
        </message>
        <message>
            <source>In the territory:</source>
            <translation>Dans le territoire :</translation>
        </message>
        <message>
            <source>Income:</source>
            <translation>Revenus :</translation>
        </message>
        <message>
            <source>Jobs:</source>
            <translation>Emplois :</translation>
        </message>
        <message>
            <source>Output:</source>
            <translation>Production :</translation>
        </message>
        <message>
            <source>Sector and amount:</source>
            <translation>Secteur et montant :</translation>
        </message>
        <message>
            <source>Suppliers and household re-spending included (Type II); income is compensation of employees; jobs in persons.</source>
            <translation>Fournisseurs et dépense des ménages inclus (type II) ; revenus = rémunération des salariés ; emplois en personnes.</translation>
        </message>
        <message>
            <source>Type an amount in euros above zero</source>
            <translation>Saisissez un montant en euros supérieur à zéro</translation>
        </message>
    </context>
    <context>
        <name>ShopListDialog</name>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Added {n} shops to the register.</source>
            <translation>{n} commerce(s) ajouté(s) au registre.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Choose the list</source>
            <translation>Choisir la liste</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>Commune (name, INSEE or postal code)</source>
            <translation>Commune (nom, code INSEE ou code postal)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import a list of shops</source>
            <translation>Importer une liste de commerces</translation>
        </message>
        <message>
            <source>List file</source>
            <translation>Fichier de la liste</translation>
        </message>
        <message>
            <source>Lists of shops (*.csv *.xlsx)</source>
            <translation>Listes de commerces (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>NAF code</source>
            <translation>Code NAF</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Type de propriété</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>already in the register</source>
            <translation>déjà dans le registre</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouveau</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusé</translation>
        </message>
        <message>
            <source>{new} new shops, {known} already in the register, {refused} refused</source>
            <translation>nouveaux commerces : {new} ; déjà dans le registre : {known} ; refusés : {refused}</translation>
        </message>
    </context>
    <context>
        <name>SpendLinesModel</name>
        <message>
            <source>Amount (€)</source>
            <translation>Montant (€)</translation>
        </message>
        <message>
            <source>Asked and not answered: counted as a missing answer and filled in by the analysis, with bounds</source>
            <translation>Demandée sans réponse : comptée comme réponse manquante, complétée par l'analyse avec des bornes</translation>
        </message>
        <message>
            <source>Left empty: the analysis uses the mean of the survey answers for this group, else the input-output estimate, else the study's default. It is an estimate, not a missing answer. Asked and not answered? Choose the source "Survey answer".</source>
            <translation>Laissée vide : l'analyse prend la moyenne des réponses d'enquête de ce groupe, sinon l'estimation entrée-sortie, sinon la valeur par défaut de l'étude. C'est une estimation, pas une réponse manquante. Demandée sans réponse ? Choisissez la source « Réponse d'enquête ».</translation>
        </message>
        <message>
            <source>Line {number}: {problem}</source>
            <translation>Ligne {number} : {problem}</translation>
        </message>
        <message>
            <source>Local share</source>
            <translation>Part locale</translation>
        </message>
        <message>
            <source>Re-spend share</source>
            <translation>Part redépensée</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Spending category</source>
            <translation>Catégorie de dépense</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatique</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>non répondu</translation>
        </message>
        <message>
            <source>of which local (€)</source>
            <translation>dont local (€)</translation>
        </message>
        <message>
            <source>the amount cannot be negative</source>
            <translation>le montant ne peut pas être négatif</translation>
        </message>
        <message>
            <source>the amount has more than two decimals</source>
            <translation>le montant a plus de deux décimales</translation>
        </message>
        <message>
            <source>the amount is not a number</source>
            <translation>le montant n'est pas un nombre</translation>
        </message>
        <message>
            <source>the local share</source>
            <translation>la part locale</translation>
        </message>
        <message>
            <source>the re-spend share</source>
            <translation>la part redépensée</translation>
        </message>
        <message>
            <source>{what} is not a percentage</source>
            <translation>{what} n'est pas un pourcentage</translation>
        </message>
        <message>
            <source>{what} must be between 0 and 100 %</source>
            <translation>{what} doit être comprise entre 0 et 100 %</translation>
        </message>
    </context>
    <context>
        <name>StudyEncryption</name>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase de passe…</translation>
        </message>
        <message>
            <source>Decrypt the study</source>
            <translation>Déchiffrer l'étude</translation>
        </message>
        <message>
            <source>Decrypting the study…</source>
            <translation>Déchiffrement de l'étude…</translation>
        </message>
        <message>
            <source>Encrypting the study…</source>
            <translation>Chiffrement de l'étude…</translation>
        </message>
        <message>
            <source>The passphrase could not be kept in the system keychain.</source>
            <translation>La phrase de passe n'a pas pu être gardée dans le trousseau du système.</translation>
        </message>
        <message>
            <source>The passphrase of the study was changed.</source>
            <translation>La phrase de passe de l'étude a été changée.</translation>
        </message>
        <message>
            <source>The study is no longer encrypted.</source>
            <translation>L'étude n'est plus chiffrée.</translation>
        </message>
        <message>
            <source>The study is now encrypted.</source>
            <translation>L'étude est maintenant chiffrée.</translation>
        </message>
        <message>
            <source>This study is encrypted already: Study → Change the passphrase… changes it.</source>
            <translation>Cette étude est déjà chiffrée : Étude → Changer la phrase de passe… la change.</translation>
        </message>
        <message>
            <source>This study is not encrypted: Study → Encrypt the study… encrypts it.</source>
            <translation>Cette étude n'est pas chiffrée : Étude → Chiffrer l'étude… la chiffre.</translation>
        </message>
        <message>
            <source>Write the study back as a plain file? Anyone who gets hold of the file will then be able to read the shops' names and figures.</source>
            <translation>Réécrire l'étude en fichier non chiffré ? Quiconque aura le fichier pourra alors lire les noms et les chiffres des commerces.</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsDialog</name>
        <message>
            <source>Choose the export</source>
            <translation>Choisir l'export</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Export file</source>
            <translation>Fichier exporté</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import KoboToolbox / ODK submissions</source>
            <translation>Importer des réponses KoboToolbox / ODK</translation>
        </message>
        <message>
            <source>Imported: {new} new and {updated} updated interviews.</source>
            <translation>Importé : {new} nouveaux entretiens et {updated} mis à jour.</translation>
        </message>
        <message>
            <source>Importing the submissions…</source>
            <translation>Import des réponses…</translation>
        </message>
        <message>
            <source>Kobo or ODK exports (*.xlsx *.csv *.zip)</source>
            <translation>Exports Kobo ou ODK (*.xlsx *.csv *.zip)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Refused submissions: correct them on the server, then export again. Nothing is imported while one is refused.</source>
            <translation>Réponses refusées : corrigez-les sur le serveur puis exportez à nouveau. Rien n'est importé tant qu'une réponse est refusée.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>This CSV does not hold the spending lines: export as XLSX to get them.</source>
            <translation>Ce CSV ne contient pas les lignes de dépenses : exportez en XLSX pour les avoir.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusée</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangée</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>mise à jour</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {refused} refused</source>
            <translation>nouvelles : {new} ; mises à jour : {updated} ; inchangées : {unchanged} ; refusées : {refused}</translation>
        </message>
    </context>
    <context>
        <name>SyncFolderDialog</name>
        <message numerus="yes">
            <source>%Ln bundle(s) already imported before.</source>
            <translation>
                <numerusform>%Ln paquet déjà importé auparavant.</numerusform>
                <numerusform>%Ln paquets déjà importés auparavant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) imported.</source>
            <translation>
                <numerusform>%Ln paquet importé.</numerusform>
                <numerusform>%Ln paquets importés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) of other studies left alone.</source>
            <translation>
                <numerusform>%Ln paquet d'une autre étude laissé de côté.</numerusform>
                <numerusform>%Ln paquets d'autres études laissés de côté.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) refused: the reason is on its row; they will be tried again at the next sync.</source>
            <translation>
                <numerusform>%Ln paquet refusé : la raison est sur sa ligne ; il sera réessayé à la prochaine synchronisation.</numerusform>
                <numerusform>%Ln paquets refusés : la raison est sur leur ligne ; ils seront réessayés à la prochaine synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder the study's computers share</source>
            <translation>Choisissez le dossier que partagent les ordinateurs de l'étude</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Every computer of the study writes its new bundle into one shared folder (a USB key, a network drive, a Nextcloud or Dropbox folder) and imports the bundles it has not seen yet. The folder is remembered for the next time.</source>
            <translation>Chaque ordinateur de l'étude écrit son nouveau paquet dans un même dossier partagé (une clé USB, un lecteur réseau, un dossier Nextcloud ou Dropbox) et importe les paquets qu'il n'a pas encore vus. Le dossier est retenu pour la prochaine fois.</translation>
        </message>
        <message>
            <source>Folder shared by the study's computers</source>
            <translation>Dossier partagé par les ordinateurs de l'étude</translation>
        </message>
        <message>
            <source>Nothing new to send from this computer.</source>
            <translation>Rien de nouveau à envoyer depuis cet ordinateur.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Dossier partagé</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Sync stopped. The bundles imported so far are kept whole; sync again to finish.</source>
            <translation>Synchronisation arrêtée. Les paquets déjà importés sont gardés en entier ; synchronisez à nouveau pour terminer.</translation>
        </message>
        <message>
            <source>Sync with a folder</source>
            <translation>Synchroniser avec un dossier</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Written: {name}</source>
            <translation>Écrit : {name}</translation>
        </message>
        <message>
            <source>only if the study's bundles are encrypted</source>
            <translation>seulement si les paquets de l'étude sont chiffrés</translation>
        </message>
    </context>
    <context>
        <name>TerritoryView</name>
        <message>
            <source>Design and draw</source>
            <translation>Plan et tirage</translation>
        </message>
        <message>
            <source>Estimating the territory…</source>
            <translation>Estimation du territoire…</translation>
        </message>
        <message>
            <source>Fictitious data: the demo's register, shops and figures are invented. Do not quote them.</source>
            <translation>Données fictives : le répertoire, les commerces et les chiffres de la démonstration sont inventés. Ne les citez pas.</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>Territory (fictitious demo)</source>
            <translation>Territoire (démonstration fictive)</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <source>How much of the money spent in local shops stays in the territory? Interview the shops, compute the LM3 multiplier.</source>
            <translation>Quelle part de l'argent dépensé dans les commerces locaux reste sur le territoire ? Interrogez les commerces, calculez le multiplicateur LM3.</translation>
        </message>
        <message>
            <source>New study…</source>
            <translation>Nouvelle étude…</translation>
        </message>
        <message>
            <source>No study opened yet.</source>
            <translation>Aucune étude ouverte pour l'instant.</translation>
        </message>
        <message>
            <source>Open a study…</source>
            <translation>Ouvrir une étude…</translation>
        </message>
        <message>
            <source>Open the demo study (fictitious data)</source>
            <translation>Ouvrir l'étude de démonstration (données fictives)</translation>
        </message>
        <message>
            <source>Recent studies</source>
            <translation>Études récentes</translation>
        </message>
        <message>
            <source>missing: {folder}</source>
            <translation>introuvable : {folder}</translation>
        </message>
    </context>
    <context>
        <name>WriterBadge</name>
        <message>
            <source>Changes made here are signed with this name. Click to change it.</source>
            <translation>Les modifications faites ici sont signées de ce nom. Cliquez pour le changer.</translation>
        </message>
        <message>
            <source>Typed by: {name}</source>
            <translation>Saisie par : {name}</translation>
        </message>
        <message>
            <source>Until you choose, changes are signed with this computer's login ({login}).</source>
            <translation>Tant que vous n'avez pas choisi, les modifications sont signées du nom de session de cet ordinateur ({login}).</translation>
        </message>
        <message>
            <source>Who is typing? Choose your name…</source>
            <translation>Qui saisit ? Choisissez votre nom…</translation>
        </message>
    </context>
    <context>
        <name>WriterDialog</name>
        <message>
            <source>Type your name</source>
            <translation>Saisissez votre nom</translation>
        </message>
        <message>
            <source>Who is typing on this computer?</source>
            <translation>Qui saisit sur cet ordinateur ?</translation>
        </message>
        <message>
            <source>Your first and last name</source>
            <translation>Votre prénom et votre nom</translation>
        </message>
        <message>
            <source>Your name signs what you type in this study file on this computer: the history, the bundles you send and the conflicts others see. Choose it once.</source>
            <translation>Votre nom signe ce que vous saisissez dans ce fichier d'étude sur cet ordinateur : l'historique, les paquets que vous envoyez et les conflits que voient les autres. Choisissez-le une fois.</translation>
        </message>
    </context>
    <context>
        <name>_PlaceHolder</name>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Input-output model (fictitious demo)</source>
            <translation>Modèle entrées-sorties (démonstration fictive)</translation>
        </message>
    </context>
    <context>
        <name>StudySettingsDialog</name>
        <message>
            <source>A category code is lower-case letters, digits and “_”, starting with a letter, e.g. marketing.</source>
            <translation>Un code de catégorie s'écrit en minuscules, chiffres et « _ », en commençant par une lettre, p. ex. marketing.</translation>
        </message>
        <message>
            <source>A local branch of a chain counts as local</source>
            <translation>Une succursale locale d'une chaîne compte comme locale</translation>
        </message>
        <message>
            <source>A radius around the centre</source>
            <translation>Un rayon autour du centre</translation>
        </message>
        <message>
            <source>A supplier is local if</source>
            <translation>Un fournisseur est local si</translation>
        </message>
        <message>
            <source>Add the category</source>
            <translation>Ajouter la catégorie</translation>
        </message>
        <message>
            <source>Amounts are excluding VAT</source>
            <translation>Les montants sont hors TVA</translation>
        </message>
        <message>
            <source>An employee is local if</source>
            <translation>Un salarié est local si</translation>
        </message>
        <message>
            <source>Boundary</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>Category “{label}” added.</source>
            <translation>Catégorie « {label} » ajoutée.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>English label</source>
            <translation>Libellé anglais</translation>
        </message>
        <message>
            <source>French label</source>
            <translation>Libellé français</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Name of the territory</source>
            <translation>Nom du territoire</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Rien n'a changé.</translation>
        </message>
        <message>
            <source>Radius</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Reçu par</translation>
        </message>
        <message>
            <source>Rename a category in French and in English: its spending lines keep it. A new category takes spending lines from the next interview on.</source>
            <translation>Renommez une catégorie en français et en anglais : ses lignes de dépenses la gardent. Une nouvelle catégorie reçoit des lignes de dépenses dès le prochain entretien.</translation>
        </message>
        <message>
            <source>Round-3 defaults</source>
            <translation>Parts par défaut (tour 3)</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Enregistrer les réglages</translation>
        </message>
        <message>
            <source>Settings saved. The analysis and the next bundle use them.</source>
            <translation>Réglages enregistrés. L'analyse et le prochain paquet les utilisent.</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Part (%)</translation>
        </message>
        <message>
            <source>Spending categories</source>
            <translation>Catégories de dépenses</translation>
        </message>
        <message>
            <source>Study settings</source>
            <translation>Réglages de l'étude</translation>
        </message>
        <message>
            <source>The communes listed</source>
            <translation>Les communes de la liste</translation>
        </message>
        <message>
            <source>The département</source>
            <translation>Le département</translation>
        </message>
        <message>
            <source>The intercommunality</source>
            <translation>L'intercommunalité</translation>
        </message>
        <message>
            <source>The share of what each group receives that it spends again in the territory, used for Round 3 when nobody answered for the group (a share the form calls automatic). Give a source or a reason; leave the share blank to use the input-output estimate instead.</source>
            <translation>La part de ce que reçoit chaque groupe qu'il dépense à nouveau sur le territoire, utilisée au tour 3 quand personne n'a répondu pour ce groupe (une part que le formulaire dit automatique). Indiquez une source ou une raison ; laissez la part vide pour utiliser l'estimation entrées-sorties.</translation>
        </message>
        <message>
            <source>What counts as local</source>
            <translation>Ce qui compte comme local</translation>
        </message>
        <message>
            <source>code, e.g. marketing</source>
            <translation>code, p. ex. marketing</translation>
        </message>
        <message>
            <source>{group}: say where the share of {share} comes from.</source>
            <translation>{group} : dites d'où vient la part de {share}.</translation>
        </message>
        <message>
            <source>{group}: the share must be a percentage between 0 and 100, not “{typed}”.</source>
            <translation>{group} : la part doit être un pourcentage entre 0 et 100, pas « {typed} ».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln commune(s); the command line changes them: madeinlocal settings STUDY rules --commune / --epci</source>
            <translation>
                <numerusform>%Ln commune ; la ligne de commande les change : madeinlocal settings ÉTUDE rules --commune / --epci</numerusform>
                <numerusform>%Ln communes ; la ligne de commande les change : madeinlocal settings ÉTUDE rules --commune / --epci</numerusform>
            </translation>
        </message>
    </context>
</TS>
