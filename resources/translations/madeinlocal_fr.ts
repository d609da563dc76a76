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
        <name>BusinessEditor</name>
        <message>
            <source>14 digits</source>
            <translation>14 chiffres</translation>
        </message>
        <message>
            <source>code or activity, e.g. boulangerie</source>
            <translation>code ou activité, par ex. boulangerie</translation>
        </message>
        <message>
            <source>name, INSEE code or postal code</source>
            <translation>nom, code INSEE ou code postal</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Activity (NAF)</source>
            <translation>Activité (NAF)</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Forme de propriété</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>Effectif (ETP)</translation>
        </message>
        <message>
            <source>Save the business</source>
            <translation>Enregistrer le commerce</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>Nouvel entretien</translation>
        </message>
        <message>
            <source>New business</source>
            <translation>Nouveau commerce</translation>
        </message>
        <message>
            <source>Business: {name}</source>
            <translation>Commerce : {name}</translation>
        </message>
        <message>
            <source>A SIRET has only digits</source>
            <translation>Un SIRET ne contient que des chiffres</translation>
        </message>
        <message>
            <source>A SIRET has 14 digits ({n} typed)</source>
            <translation>Un SIRET a 14 chiffres ({n} saisis)</translation>
        </message>
        <message>
            <source>The check key is wrong: check the number on the invoice or the shop front</source>
            <translation>La clé de contrôle est fausse : vérifiez le numéro sur une facture ou la vitrine</translation>
        </message>
        <message>
            <source>The NAF code should look like 47.24Z</source>
            <translation>Le code NAF s'écrit comme 47.24Z</translation>
        </message>
        <message>
            <source>Not a NAF sub-class: pick one in the list</source>
            <translation>Ce n'est pas une sous-classe NAF : choisissez-en une dans la liste</translation>
        </message>
        <message>
            <source>Choose the commune in the list</source>
            <translation>Choisissez la commune dans la liste</translation>
        </message>
        <message>
            <source>A similar shop is already in the register: {names}. Check it is not the same before saving.</source>
            <translation>Un commerce semblable est déjà dans le registre : {names}. Vérifiez que ce n'est pas le même avant d'enregistrer.</translation>
        </message>
        <message>
            <source>The business needs a name</source>
            <translation>Le commerce doit avoir un nom</translation>
        </message>
        <message>
            <source>Correct the fields marked in red; nothing was saved.</source>
            <translation>Corrigez les champs signalés en rouge ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
    </context>
    <context>
        <name>BusinessRegisterView</name>
        <message>
            <source>Search: name, SIRET, activity, commune…</source>
            <translation>Rechercher : nom, SIRET, activité, commune…</translation>
        </message>
        <message>
            <source>All ownership types</source>
            <translation>Toutes les formes de propriété</translation>
        </message>
        <message>
            <source>New business</source>
            <translation>Nouveau commerce</translation>
        </message>
        <message numerus="yes">
            <source>%n business(es)</source>
            <translation>
                <numerusform>%n commerce</numerusform>
                <numerusform>%n commerces</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>BusinessTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Activity (NAF)</source>
            <translation>Activité (NAF)</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Propriété</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>ETP</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Enregistrer en PNG/SVG…</translation>
        </message>
        <message>
            <source>There is no chart to save yet</source>
            <translation>Il n'y a pas encore de graphique à enregistrer</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Image PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Enregistrer le graphique</translation>
        </message>
        <message>
            <source>The chart could not be saved: {error}</source>
            <translation>Le graphique n'a pas pu être enregistré : {error}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Fictitious data: this demo study is invented from start to finish. Do not quote its figures.</source>
            <translation>Données fictives : cette étude de démonstration est entièrement inventée. N'en citez pas les chiffres.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Open a study to see its dashboard.</source>
            <translation>Ouvrez une étude pour voir son tableau de bord.</translation>
        </message>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Enregistrer en PNG/SVG…</translation>
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
            <source>Recalculate</source>
            <translation>Recalculer</translation>
        </message>
        <message>
            <source>Analysing… %p%</source>
            <translation>Analyse… %p %</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{name} · fiscal year {year}</source>
            <translation>{name} · exercice {year}</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Erreur inattendue : {error}</translation>
        </message>
        <message>
            <source>95% interval {interval} · n = {n} interviews</source>
            <translation>Intervalle à 95 % {interval} · n = {n} entretiens</translation>
        </message>
        <message>
            <source>Typical shop (mean of LM3): {mean}</source>
            <translation>Commerce type (moyenne des LM3) : {mean}</translation>
        </message>
        <message>
            <source>{count} missing shares imputed: LM3 from {low} to {high} with them at 0% or 100%</source>
            <translation>{count} parts manquantes imputées : LM3 de {low} à {high} si elles valaient 0 % ou 100 %</translation>
        </message>
        <message>
            <source>{share} of turnover is paid outside the territory</source>
            <translation>{share} du chiffre d'affaires est payé hors du territoire</translation>
        </message>
        <message>
            <source>Bootstrap: {b} resamples, seed {seed}</source>
            <translation>Bootstrap : {b} rééchantillonnages, graine {seed}</translation>
        </message>
        <message>
            <source>By sector</source>
            <translation>Par secteur</translation>
        </message>
        <message>
            <source>By ownership</source>
            <translation>Par type de propriété</translation>
        </message>
        <message>
            <source>Leakage</source>
            <translation>Fuites</translation>
        </message>
        <message>
            <source>Money trail</source>
            <translation>Parcours de l'argent</translation>
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
        <name>HistoryView</name>
        <message>
            <source>History of this interview</source>
            <translation>Historique de cet entretien</translation>
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
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
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
            <source>new record</source>
            <translation>nouvel enregistrement</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
    </context>
    <context>
        <name>InputOutputView</name>
        <message>
            <source>Model of the territory</source>
            <translation>Modèle du territoire</translation>
        </message>
        <message>
            <source>Use another table, from a folder in the app's layout</source>
            <translation>Utiliser un autre tableau, rangé dans un dossier au format de l'application</translation>
        </message>
        <message>
            <source>FLQ (Flegg, recommended)</source>
            <translation>FLQ (Flegg, recommandé)</translation>
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
            <source>SLQ (simple)</source>
            <translation>SLQ (simple)</translation>
        </message>
        <message>
            <source>0 ≤ δ &lt; 1; 0.3 is the usual value (Flegg &amp; Tohmo)</source>
            <translation>0 ≤ δ &lt; 1 ; 0,3 est la valeur usuelle (Flegg et Tohmo)</translation>
        </message>
        <message>
            <source>δ</source>
            <translation>δ</translation>
        </message>
        <message>
            <source>Closed model: include household re-spending (Type II)</source>
            <translation>Modèle fermé : inclure la dépense des ménages (type II)</translation>
        </message>
        <message>
            <source>Use the local purchase shares measured by the survey (hybrid table)</source>
            <translation>Utiliser les parts d'achats locaux mesurées par l'enquête (tableau hybride)</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Tableau :</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Méthode :</translation>
        </message>
        <message>
            <source>Local share of household spending:</source>
            <translation>Part locale de la dépense des ménages :</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>A file with two columns, code and employment (persons)</source>
            <translation>Un fichier à deux colonnes, code et employment (en personnes)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Employment in the territory&lt;/b&gt; (persons, by sector)</source>
            <translation>&lt;b&gt;Emploi du territoire&lt;/b&gt; (personnes, par secteur)</translation>
        </message>
        <message>
            <source>Save and compute</source>
            <translation>Enregistrer et calculer</translation>
        </message>
        <message>
            <source>Multipliers</source>
            <translation>Multiplicateurs</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <source>Type the territory's employment by sector, then Save and compute.</source>
            <translation>Saisissez l'emploi du territoire par secteur, puis « Enregistrer et calculer ».</translation>
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
            <source>Multipliers table:</source>
            <translation>Tableau des multiplicateurs :</translation>
        </message>
        <message>
            <source>empty: staff mean, {share} ({n} answers)</source>
            <translation>vide : moyenne des salariés, {share} ({n} réponses)</translation>
        </message>
        <message>
            <source>no staff answers yet: type a share</source>
            <translation>pas encore de réponse de salariés : saisissez une part</translation>
        </message>
        <message>
            <source>Folder of an input-output table</source>
            <translation>Dossier d'un tableau entrées-sorties</translation>
        </message>
        <message>
            <source>Leave every cell empty to use the national table.</source>
            <translation>Laissez toutes les cases vides pour utiliser le tableau national.</translation>
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
            <source>Regionalised with {method}</source>
            <translation>Régionalisé par {method}</translation>
        </message>
        <message>
            <source>, δ = {delta}, λ* = {lam}</source>
            <translation>, δ = {delta}, λ* = {lam}</translation>
        </message>
        <message>
            <source>National table (no regional employment)</source>
            <translation>Tableau national (pas d'emploi régional)</translation>
        </message>
        <message>
            <source>local purchases measured by the survey for {codes}</source>
            <translation>achats locaux mesurés par l'enquête pour {codes}</translation>
        </message>
        <message>
            <source>Round-3 estimate for groups without answers: suppliers {supplier}, staff {staff}</source>
            <translation>estimation du tour 3 pour les groupes sans réponse : fournisseurs {supplier}, salariés {staff}</translation>
        </message>
        <message>
            <source>Regional employment</source>
            <translation>Emploi régional</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>multipliers</source>
            <translation>multiplicateurs</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
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
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Regional employment is above national employment in sector {code}: type persons, not thousands</source>
            <translation>L'emploi régional dépasse l'emploi national dans le secteur {code} : saisissez des personnes, pas des milliers</translation>
        </message>
        <message>
            <source>Sector {code} is not in this table</source>
            <translation>Le secteur {code} n'est pas dans ce tableau</translation>
        </message>
        <message>
            <source>Regional employment is zero in every sector</source>
            <translation>L'emploi régional est nul dans tous les secteurs</translation>
        </message>
        <message>
            <source>The table folder {table} cannot be found</source>
            <translation>Le dossier du tableau {table} est introuvable</translation>
        </message>
        <message>
            <source>δ must be at least 0 and below 1 (0.3 is usual)</source>
            <translation>δ doit être au moins 0 et inférieur à 1 (0,3 est usuel)</translation>
        </message>
    </context>
    <context>
        <name>InterviewCommands</name>
        <message>
            <source>Change {field}</source>
            <translation>Modifier : {field}</translation>
        </message>
        <message>
            <source>Change line {number}</source>
            <translation>Modifier la ligne {number}</translation>
        </message>
        <message>
            <source>Add a spending line</source>
            <translation>Ajouter une ligne de dépense</translation>
        </message>
        <message>
            <source>Remove a spending line</source>
            <translation>Supprimer une ligne de dépense</translation>
        </message>
    </context>
    <context>
        <name>InterviewFields</name>
        <message>
            <source>Mark as complete</source>
            <translation>Marquer comme complet</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>Reopen for changes</source>
            <translation>Rouvrir pour modifier</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>The owner or manager agrees to answer</source>
            <translation>La personne interrogée accepte de répondre</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
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
            <source>Surveyor</source>
            <translation>Enquêteur·rice</translation>
        </message>
        <message>
            <source>Turnover, staff and owners</source>
            <translation>Chiffre d'affaires, personnel et propriétaires</translation>
        </message>
        <message>
            <source>Amount (€)</source>
            <translation>Montant (€)</translation>
        </message>
        <message>
            <source>Local share (%)</source>
            <translation>Part locale (%)</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>Chiffre d'affaires HT</translation>
        </message>
        <message>
            <source>Gross payroll</source>
            <translation>Masse salariale brute</translation>
        </message>
        <message>
            <source>Owners' pay and dividends</source>
            <translation>Rémunération des propriétaires</translation>
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
            <source>Add a line (Enter)</source>
            <translation>Ajouter une ligne (Entrée)</translation>
        </message>
        <message>
            <source>Remove the line (Ctrl+Del)</source>
            <translation>Supprimer la ligne (Ctrl+Suppr)</translation>
        </message>
        <message>
            <source>Other spending in the fiscal year</source>
            <translation>Autres dépenses de l'exercice</translation>
        </message>
        <message>
            <source>Notes: context, doubts, what to check later…</source>
            <translation>Notes : contexte, doutes, points à vérifier…</translation>
        </message>
    </context>
    <context>
        <name>InterviewForm</name>
        <message>
            <source>business</source>
            <translation>commerce</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>surveyor</source>
            <translation>enquêteur·rice</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>consentement</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>turnover</source>
            <translation>chiffre d'affaires</translation>
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
            <source>owners' pay</source>
            <translation>rémunération des propriétaires</translation>
        </message>
        <message>
            <source>local owners</source>
            <translation>propriétaires locaux</translation>
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
            <source>choose the business</source>
            <translation>choisir le commerce</translation>
        </message>
        <message>
            <source>the owner's consent is not recorded</source>
            <translation>le consentement du commerçant n'est pas noté</translation>
        </message>
        <message>
            <source>the turnover is missing</source>
            <translation>le chiffre d'affaires manque</translation>
        </message>
        <message>
            <source>no spending has been entered</source>
            <translation>aucune dépense n'a été saisie</translation>
        </message>
        <message>
            <source>choose a category on line {lines}</source>
            <translation>choisir une catégorie ligne {lines}</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Chiffre d'affaires</translation>
        </message>
        <message>
            <source>Payroll</source>
            <translation>Masse salariale</translation>
        </message>
        <message>
            <source>Staff living locally</source>
            <translation>Salariés habitant le territoire</translation>
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
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>Not complete yet: {problems}.</source>
            <translation>Pas encore complet : {problems}.</translation>
        </message>
        <message>
            <source>New interview: choose the business</source>
            <translation>Nouvel entretien : choisissez le commerce</translation>
        </message>
        <message>
            <source>Spending described: {spent} · of which local: {local}</source>
            <translation>Dépenses décrites : {spent} · dont locales : {local}</translation>
        </message>
        <message>
            <source>{share} of turnover</source>
            <translation>{share} du chiffre d'affaires</translation>
        </message>
        <message>
            <source>Not saved until corrected: {errors}</source>
            <translation>Non enregistré tant que ce n'est pas corrigé : {errors}</translation>
        </message>
        <message>
            <source>The spending described is more than the turnover: check the amounts with the owner.</source>
            <translation>Les dépenses décrites dépassent le chiffre d'affaires : vérifiez les montants avec le commerçant.</translation>
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
            <source>Search a shop or a surveyor…</source>
            <translation>Rechercher un commerce ou un enquêteur…</translation>
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
            <source>Choose an interview in the list, or start a new one from the business register or with “New interview”.</source>
            <translation>Choisissez un entretien dans la liste, ou commencez-en un depuis le registre des commerces ou avec « Nouvel entretien ».</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Independent</source>
            <translation>Indépendant</translation>
        </message>
        <message>
            <source>Cooperative / social economy</source>
            <translation>Coopérative / ESS</translation>
        </message>
        <message>
            <source>Franchise</source>
            <translation>Franchise</translation>
        </message>
        <message>
            <source>Chain branch</source>
            <translation>Succursale de chaîne</translation>
        </message>
        <message>
            <source>Public body / association</source>
            <translation>Public / association</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complet</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validé</translation>
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
            <source>Input-output estimate</source>
            <translation>Estimation entrées-sorties</translation>
        </message>
        <message>
            <source>Coordinator default</source>
            <translation>Valeur par défaut</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Fournisseurs</translation>
        </message>
        <message>
            <source>Staff households</source>
            <translation>Ménages salariés</translation>
        </message>
        <message>
            <source>Landlords</source>
            <translation>Bailleurs</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Propriétaires</translation>
        </message>
        <message>
            <source>Local authorities</source>
            <translation>Collectivités locales</translation>
        </message>
        <message>
            <source>Lenders</source>
            <translation>Prêteurs</translation>
        </message>
        <message>
            <source>Charities</source>
            <translation>Associations caritatives</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Création</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Suppression</translation>
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
            <source>Surveyor</source>
            <translation>Enquêteur·rice</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>Chiffre d'affaires HT</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Local share</source>
            <translation>Part locale</translation>
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
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>(fictitious data)</source>
            <translation>(données fictives)</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Commerces</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Entretiens</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Round-3 respondents</source>
            <translation>Répondants du tour 3</translation>
        </message>
        <message>
            <source>Input-output model</source>
            <translation>Modèle entrées-sorties</translation>
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
            <source>Open a study</source>
            <translation>Ouvrir une étude</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Études Made in Local (*.madeinlocal)</translation>
        </message>
        <message>
            <source>Preparing the demo study…</source>
            <translation>Préparation de l'étude de démonstration…</translation>
        </message>
        <message>
            <source>Import an interchange file</source>
            <translation>Importer un fichier d'échange</translation>
        </message>
        <message>
            <source>Interchange files (*.json)</source>
            <translation>Fichiers d'échange (*.json)</translation>
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
            <source>About Made in Local</source>
            <translation>À propos de Made in Local</translation>
        </message>
        <message>
            <source>&lt;b&gt;Made in Local&lt;/b&gt; {version}&lt;br&gt;Measure how much of the money spent in local shops stays in the territory (LM3 local multiplier).&lt;br&gt;Licence AGPL-3.0 or later.&lt;br&gt;&lt;br&gt;Geography: INSEE, DGCL, La Poste (Licence Ouverte 2.0). Activities: INSEE NAF rév. 2.</source>
            <translation>&lt;b&gt;Made in Local&lt;/b&gt; {version}&lt;br&gt;Mesurer quelle part de l'argent dépensé dans les commerces locaux reste sur le territoire (multiplicateur local LM3).&lt;br&gt;Licence AGPL-3.0 ou ultérieure.&lt;br&gt;&lt;br&gt;Géographie : INSEE, DGCL, La Poste (Licence Ouverte 2.0). Activités : INSEE NAF rév. 2.</translation>
        </message>
    </context>
    <context>
        <name>MenuBuilder</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
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
            <source>Open &amp;recent</source>
            <translation>Études &amp;récentes</translation>
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation>Ouvrir l'étude de &amp;démonstration</translation>
        </message>
        <message>
            <source>&amp;Import an interchange file…</source>
            <translation>&amp;Importer un fichier d'échange…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Close the study</source>
            <translation>&amp;Fermer l'étude</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Study</source>
            <translation>É&amp;tude</translation>
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
            <source>&amp;Mark the interview as complete</source>
            <translation>&amp;Marquer l'entretien comme complet</translation>
        </message>
        <message>
            <source>Interview &amp;history</source>
            <translation>&amp;Historique de l'entretien</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Businesses</source>
            <translation>&amp;Commerces</translation>
        </message>
        <message>
            <source>&amp;Interviews</source>
            <translation>&amp;Entretiens</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Round-3 respondents</source>
            <translation>&amp;Répondants du tour 3</translation>
        </message>
        <message>
            <source>Input-&amp;output model</source>
            <translation>Modèle entrées-&amp;sorties</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;About Made in Local</source>
            <translation>À &amp;propos de Made in Local</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>No study file at {path}</source>
            <translation>Aucun fichier d'étude à l'emplacement {path}</translation>
        </message>
        <message>
            <source>{name} is not a Made in Local study file</source>
            <translation>{name} n'est pas un fichier d'étude Made in Local</translation>
        </message>
        <message>
            <source>{name} cannot be read as a study file ({reason})</source>
            <translation>{name} ne peut pas être lu comme un fichier d'étude ({reason})</translation>
        </message>
        <message>
            <source>{name} was written by a newer version of Made in Local. Install the latest version to open it; the file was not changed.</source>
            <translation>{name} a été écrit par une version plus récente de Made in Local. Installez la dernière version pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} existe déjà : choisissez un autre nom de fichier</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <source>{path} is a folder, not a study file</source>
            <translation>{path} est un dossier, pas un fichier d'étude</translation>
        </message>
        <message>
            <source>This file belongs to the study {other}, not {this}: import it into its own study file</source>
            <translation>Ce fichier appartient à l'étude {other}, pas à {this} : importez-le dans son propre fichier d'étude</translation>
        </message>
        <message>
            <source>This SIRET is not valid: it needs 14 digits and a correct check key</source>
            <translation>Ce SIRET n'est pas valide : il faut 14 chiffres et une clé de contrôle correcte</translation>
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
            <source>Staff (full-time equivalents) cannot be negative</source>
            <translation>L'effectif (équivalents temps plein) ne peut pas être négatif</translation>
        </message>
        <message>
            <source>The fiscal year should be a year such as 2025</source>
            <translation>L'exercice doit être une année, comme 2025</translation>
        </message>
        <message>
            <source>The turnover cannot be negative</source>
            <translation>Le chiffre d'affaires ne peut pas être négatif</translation>
        </message>
        <message>
            <source>Choose the business this interview is about</source>
            <translation>Choisissez le commerce concerné par cet entretien</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>amount in €</source>
            <translation>montant en €</translation>
        </message>
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
    </context>
    <context>
        <name>MultipliersModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
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
            <source>Value added
per €</source>
            <translation>Valeur ajoutée
par €</translation>
        </message>
        <message>
            <source>Income
per €</source>
            <translation>Revenus
par €</translation>
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
            <source>Survey</source>
            <translation>Enquête</translation>
        </message>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
    </context>
    <context>
        <name>NewStudyDialog</name>
        <message>
            <source>New study</source>
            <translation>Nouvelle étude</translation>
        </message>
        <message>
            <source>e.g. Town centre of Niort</source>
            <translation>par ex. Centre-ville de Niort</translation>
        </message>
        <message>
            <source>e.g. CA du Niortais</source>
            <translation>par ex. CA du Niortais</translation>
        </message>
        <message>
            <source>Loading the communes…</source>
            <translation>Chargement des communes…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <source>Name of the territory</source>
            <translation>Nom du territoire</translation>
        </message>
        <message>
            <source>Add a commune or an intercommunality</source>
            <translation>Ajouter une commune ou une intercommunalité</translation>
        </message>
        <message>
            <source>What counts as local</source>
            <translation>Ce qui compte comme local</translation>
        </message>
        <message>
            <source>The communes listed</source>
            <translation>Les communes de la liste</translation>
        </message>
        <message>
            <source>The intercommunality</source>
            <translation>L'intercommunalité</translation>
        </message>
        <message>
            <source>The département</source>
            <translation>Le département</translation>
        </message>
        <message>
            <source>A radius around the centre</source>
            <translation>Un rayon autour du centre</translation>
        </message>
        <message>
            <source>its invoicing establishment is in the territory</source>
            <translation>son établissement de facturation est sur le territoire</translation>
        </message>
        <message>
            <source>they live in the territory</source>
            <translation>il ou elle habite sur le territoire</translation>
        </message>
        <message>
            <source>A local branch of a chain counts as local</source>
            <translation>Une succursale locale d'une chaîne compte comme locale</translation>
        </message>
        <message>
            <source>Amounts are excluding VAT</source>
            <translation>Les montants sont hors TVA</translation>
        </message>
        <message>
            <source>Boundary</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>Radius</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <source>A supplier is local if</source>
            <translation>Un fournisseur est local si</translation>
        </message>
        <message>
            <source>An employee is local if</source>
            <translation>Un salarié est local si</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Study name</source>
            <translation>Nom de l'étude</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Study file</source>
            <translation>Fichier de l'étude</translation>
        </message>
        <message>
            <source>Create the study</source>
            <translation>Créer l'étude</translation>
        </message>
        <message>
            <source>Name, INSEE code or postal code</source>
            <translation>Nom, code INSEE ou code postal</translation>
        </message>
        <message numerus="yes">
            <source>%n commune(s) in the territory</source>
            <translation>
                <numerusform>%n commune dans le territoire</numerusform>
                <numerusform>%n communes dans le territoire</numerusform>
            </translation>
        </message>
        <message>
            <source>study</source>
            <translation>etude</translation>
        </message>
        <message>
            <source>Save the new study as</source>
            <translation>Enregistrer la nouvelle étude sous</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Études Made in Local (*.madeinlocal)</translation>
        </message>
        <message>
            <source>Give the study a name</source>
            <translation>Donnez un nom à l'étude.</translation>
        </message>
        <message>
            <source>Add at least one commune to the territory</source>
            <translation>Ajoutez au moins une commune au territoire.</translation>
        </message>
        <message>
            <source>Choose where to save the study file</source>
            <translation>Choisissez où enregistrer le fichier de l'étude.</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} existe déjà : choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>Le dossier {path} n'existe pas.</translation>
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
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <source>filled in on new interviews</source>
            <translation>prérempli dans les nouveaux entretiens</translation>
        </message>
        <message>
            <source>Reopen the last study at start-up</source>
            <translation>Rouvrir la dernière étude au démarrage</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Surveyor's name</source>
            <translation>Nom de l'enquêteur·rice</translation>
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
        <name>Reference</name>
        <message>
            <source>{name} — intercommunality, {n} communes</source>
            <translation>{name} — intercommunalité, {n} communes</translation>
        </message>
    </context>
    <context>
        <name>RegionalEmploymentModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>National jobs</source>
            <translation>Emploi national</translation>
        </message>
        <message>
            <source>Regional jobs</source>
            <translation>Emploi régional</translation>
        </message>
        <message>
            <source>Above national employment: type persons, not thousands</source>
            <translation>Au-dessus de l'emploi national : saisissez des personnes, pas des milliers</translation>
        </message>
        <message>
            <source>Negative employment is not possible</source>
            <translation>Un emploi négatif est impossible</translation>
        </message>
        <message>
            <source>Type a number of persons, for example 5 590</source>
            <translation>Saisissez un nombre de personnes, par exemple 5 590</translation>
        </message>
    </context>
    <context>
        <name>RespondentsView</name>
        <message>
            <source>optional, e.g. Employee 3 or Minoterie Dupuis</source>
            <translation>facultatif, par ex. Salarié 3 ou Minoterie Dupuis</translation>
        </message>
        <message>
            <source>Add the answer (Enter)</source>
            <translation>Ajouter la réponse (Entrée)</translation>
        </message>
        <message>
            <source>New answer</source>
            <translation>Nouvelle réponse</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>Qui a répondu</translation>
        </message>
        <message>
            <source>Share spent locally (%)</source>
            <translation>Part dépensée localement (%)</translation>
        </message>
        <message>
            <source>Share spent locally</source>
            <translation>Part dépensée localement</translation>
        </message>
        <message>
            <source>Remove the selected answer</source>
            <translation>Supprimer la réponse sélectionnée</translation>
        </message>
        <message>
            <source>Mean per group (NEF method)</source>
            <translation>Moyenne par groupe (méthode NEF)</translation>
        </message>
        <message>
            <source>The analysis applies each group's mean to the lines paid to that group when the interview gives no share of its own.</source>
            <translation>L'analyse applique la moyenne de chaque groupe aux lignes versées à ce groupe quand l'entretien ne donne pas de part propre.</translation>
        </message>
        <message>
            <source>No answer yet.</source>
            <translation>Aucune réponse pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{group}&lt;/b&gt;: mean of %n answer(s) = &lt;b&gt;{mean}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;{group}&lt;/b&gt; : moyenne de %n réponse = &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;{group}&lt;/b&gt; : moyenne de %n réponses = &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the share this respondent spends locally</source>
            <translation>Saisissez la part que cette personne dépense localement</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>What if more were bought locally?</source>
            <translation>Et si l'on achetait davantage localement ?</translation>
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
            <source>Share of its non-local spending moved to local suppliers</source>
            <translation>Part de ses dépenses non locales confiée à des fournisseurs locaux</translation>
        </message>
        <message>
            <source>Re-spend share of the new local suppliers</source>
            <translation>Part redépensée localement par les nouveaux fournisseurs</translation>
        </message>
        <message>
            <source>more kept in the local economy per year</source>
            <translation>de plus par an dans l'économie locale</translation>
        </message>
        <message>
            <source>New LM3</source>
            <translation>Nouveau LM3</translation>
        </message>
        <message>
            <source>Euros kept locally</source>
            <translation>Euros gardés localement</translation>
        </message>
        <message>
            <source>Local recirculation</source>
            <translation>Recirculation locale</translation>
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
            <source>Impact of extra demand</source>
            <translation>Impact d'une demande supplémentaire</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Calculer</translation>
        </message>
        <message>
            <source>Output:</source>
            <translation>Production :</translation>
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
            <source>Sector and amount:</source>
            <translation>Secteur et montant :</translation>
        </message>
        <message>
            <source>In the territory:</source>
            <translation>Dans le territoire :</translation>
        </message>
        <message>
            <source>Type an amount in euros above zero</source>
            <translation>Saisissez un montant en euros supérieur à zéro</translation>
        </message>
        <message>
            <source>Suppliers and household re-spending included (Type II); income is compensation of employees; jobs in persons.</source>
            <translation>Fournisseurs et dépense des ménages inclus (type II) ; revenus = rémunération des salariés ; emplois en personnes.</translation>
        </message>
        <message>
            <source>Direct and supplier effects (Type I); income is compensation of employees; jobs in persons.</source>
            <translation>Effets directs et chez les fournisseurs (type I) ; revenus = rémunération des salariés ; emplois en personnes.</translation>
        </message>
    </context>
    <context>
        <name>SpendLinesModel</name>
        <message>
            <source>Line {number}: {problem}</source>
            <translation>Ligne {number} : {problem}</translation>
        </message>
        <message>
            <source>Spending category</source>
            <translation>Catégorie de dépense</translation>
        </message>
        <message>
            <source>Amount (€)</source>
            <translation>Montant (€)</translation>
        </message>
        <message>
            <source>Local share</source>
            <translation>Part locale</translation>
        </message>
        <message>
            <source>of which local (€)</source>
            <translation>dont local (€)</translation>
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
            <source>Left empty: the analysis uses the mean of the survey answers for this group, else the study's default</source>
            <translation>Laissée vide : l'analyse prend la moyenne des réponses d'enquête de ce groupe, sinon la valeur par défaut de l'étude</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatique</translation>
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
            <source>{what} must be between 0 and 100 %</source>
            <translation>{what} doit être comprise entre 0 et 100 %</translation>
        </message>
        <message>
            <source>{what} is not a percentage</source>
            <translation>{what} n'est pas un pourcentage</translation>
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
            <source>Open a study…</source>
            <translation>Ouvrir une étude…</translation>
        </message>
        <message>
            <source>Open the demo study (fictitious data)</source>
            <translation>Ouvrir l'étude de démonstration (données fictives)</translation>
        </message>
        <message>
            <source>No study opened yet.</source>
            <translation>Aucune étude ouverte pour l'instant.</translation>
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
        <name>view</name>
        <message>
            <source>Input-output model (fictitious demo)</source>
            <translation>Modèle entrées-sorties (démonstration fictive)</translation>
        </message>
    </context>
</TS>
