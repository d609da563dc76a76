<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Banner</name>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Hide this message</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; your data is safe. Copy the details to report the problem.</source>
            <translation>Something unexpected went wrong; your data is safe. Copy the details to report the problem.</translation>
        </message>
    </context>
    <context>
        <name>BundleReportTable</name>
        <message>
            <source>Already imported: nothing to do</source>
            <translation>Already imported: nothing to do</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Bundle</translation>
        </message>
        <message>
            <source>Conflicting</source>
            <translation>Conflicting</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Identical</source>
            <translation>Identical</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>Ready to import</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
    </context>
    <context>
        <name>BusinessEditor</name>
        <message>
            <source>14 digits</source>
            <translation>14 digits</translation>
        </message>
        <message>
            <source>A SIRET has 14 digits ({n} typed)</source>
            <translation>A SIRET has 14 digits ({n} typed)</translation>
        </message>
        <message>
            <source>A SIRET has only digits</source>
            <translation>A SIRET has only digits</translation>
        </message>
        <message>
            <source>A similar shop is already in the register: {names}. Check it is not the same before saving.</source>
            <translation>A similar shop is already in the register: {names}. Check it is not the same before saving.</translation>
        </message>
        <message>
            <source>Activity (NAF)</source>
            <translation>Activity (NAF)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Business: {name}</source>
            <translation>Business: {name}</translation>
        </message>
        <message>
            <source>Choose the commune in the list</source>
            <translation>Choose the commune in the list</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New business</source>
            <translation>New business</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>New interview</translation>
        </message>
        <message>
            <source>Not a NAF sub-class: pick one in the list</source>
            <translation>Not a NAF sub-class: pick one in the list</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Ownership</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Save now (Ctrl+S)</source>
            <translation>Save now (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the study elsewhere…</source>
            <translation>Save the study elsewhere…</translation>
        </message>
        <message>
            <source>Saved as you type · Enter: next field · Ctrl+S: save now</source>
            <translation>Saved as you type · Enter: next field · Ctrl+S: save now</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Saved at {time}</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>Staff (FTE)</translation>
        </message>
        <message>
            <source>The NAF code should look like 47.24Z</source>
            <translation>The NAF code should look like 47.24Z</translation>
        </message>
        <message>
            <source>The business needs a name</source>
            <translation>The business needs a name</translation>
        </message>
        <message>
            <source>The check key is wrong: check the number on the invoice or the shop front</source>
            <translation>The check key is wrong: check the number on the invoice or the shop front</translation>
        </message>
        <message>
            <source>The fields marked in red are not saved until corrected; the rest is saved.</source>
            <translation>The fields marked in red are not saved until corrected; the rest is saved.</translation>
        </message>
        <message>
            <source>What you typed is kept in the window</source>
            <translation>What you typed is kept in the window</translation>
        </message>
        <message>
            <source>code or activity, e.g. boulangerie</source>
            <translation>code or activity, e.g. boulangerie</translation>
        </message>
        <message>
            <source>name, INSEE code or postal code</source>
            <translation>name, INSEE code or postal code</translation>
        </message>
    </context>
    <context>
        <name>BusinessRegisterView</name>
        <message numerus="yes">
            <source>%Ln business(es)</source>
            <translation>
                <numerusform>%Ln business</numerusform>
                <numerusform>%Ln businesses</numerusform>
            </translation>
        </message>
        <message>
            <source>All ownership types</source>
            <translation>All ownership types</translation>
        </message>
        <message>
            <source>Export what is held about this shop</source>
            <translation>Export what is held about this shop</translation>
        </message>
        <message>
            <source>Export what is held about this shop…</source>
            <translation>Export what is held about this shop…</translation>
        </message>
        <message>
            <source>New business</source>
            <translation>New business</translation>
        </message>
        <message>
            <source>PDF report (*.pdf);;JSON data (*.json)</source>
            <translation>PDF report (*.pdf);;JSON data (*.json)</translation>
        </message>
        <message>
            <source>Report written: {path}</source>
            <translation>Report written: {path}</translation>
        </message>
        <message>
            <source>Search: name, SIRET, activity, commune…</source>
            <translation>Search: name, SIRET, activity, commune…</translation>
        </message>
        <message>
            <source>The retention date ({date}) has passed: erase the identities of the shops and respondents (here, or madeinlocal privacy apply-retention).</source>
            <translation>The retention date ({date}) has passed: erase the identities of the shops and respondents (here, or madeinlocal privacy apply-retention).</translation>
        </message>
        <message>
            <source>Erase the identities…</source>
            <translation>Erase the identities…</translation>
        </message>
        <message>
            <source>Erase the identities</source>
            <translation>Erase the identities</translation>
        </message>
        <message>
            <source>Erase the names, SIRETs, addresses and labels of every shop and respondent of this study? Their figures stay, so the results do not change. This cannot be undone, and the erasure travels to the other devices with the next bundle.</source>
            <translation>Erase the names, SIRETs, addresses and labels of every shop and respondent of this study? Their figures stay, so the results do not change. This cannot be undone, and the erasure travels to the other devices with the next bundle.</translation>
        </message>
        <message>
            <source>Identities erased: {shops} shop(s) and {respondents} respondent(s).</source>
            <translation>Identities erased: {shops} shop(s) and {respondents} respondent(s).</translation>
        </message>
        <message>
            <source>The retention date ({date}) passes in {days} day(s): identities will then have to be erased.</source>
            <translation>The retention date ({date}) passes in {days} day(s): identities will then have to be erased.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} of {total}</translation>
        </message>
    </context>
    <context>
        <name>BusinessTableModel</name>
        <message>
            <source>Activity (NAF)</source>
            <translation>Activity (NAF)</translation>
        </message>
        <message>
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Ownership</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>Staff (FTE)</translation>
        </message>
        <message>
            <source>erased</source>
            <translation>erased</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Save as PNG/SVG…</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Save the chart</translation>
        </message>
        <message>
            <source>The chart could not be saved: {error}</source>
            <translation>The chart could not be saved: {error}</translation>
        </message>
        <message>
            <source>There is no chart to save yet</source>
            <translation>There is no chart to save yet</translation>
        </message>
    </context>
    <context>
        <name>ColumnMappingDialog</name>
        <message>
            <source>Administrative state (A active, F closed)</source>
            <translation>Administrative state (A active, F closed)</translation>
        </message>
        <message>
            <source>Columns of {name}</source>
            <translation>Columns of {name}</translation>
        </message>
        <message>
            <source>Commune code (required)</source>
            <translation>Commune code (required)</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>ESS flag (O/N)</source>
            <translation>ESS flag (O/N)</translation>
        </message>
        <message>
            <source>Employee-size code</source>
            <translation>Employee-size code</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Head office</translation>
        </message>
        <message>
            <source>Legal category</source>
            <translation>Legal category</translation>
        </message>
        <message>
            <source>NAF / APE code (required)</source>
            <translation>NAF / APE code (required)</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>SIRET (required)</source>
            <translation>SIRET (required)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>Street number</source>
            <translation>Street number</translation>
        </message>
        <message>
            <source>Street type</source>
            <translation>Street type</translation>
        </message>
        <message>
            <source>This file is not in the SIRENE layout: say which of its columns holds each piece of information. Without a state column every establishment is taken as active; without a size column, as having declared no staff.</source>
            <translation>This file is not in the SIRENE layout: say which of its columns holds each piece of information. Without a state column every establishment is taken as active; without a size column, as having declared no staff.</translation>
        </message>
        <message>
            <source>Usual name</source>
            <translation>Usual name</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translation>— not in the file —</translation>
        </message>
    </context>
    <context>
        <name>ComparisonWindow</name>
        <message>
            <source>95 % interval</source>
            <translation>95 % interval</translation>
        </message>
        <message>
            <source>Add at least one other study to compare with.</source>
            <translation>Add at least one other study to compare with.</translation>
        </message>
        <message>
            <source>Add studies</source>
            <translation>Add studies</translation>
        </message>
        <message>
            <source>Add studies…</source>
            <translation>Add studies…</translation>
        </message>
        <message>
            <source>By ownership</source>
            <translation>By ownership</translation>
        </message>
        <message>
            <source>By sector</source>
            <translation>By sector</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>Compare studies</source>
            <translation>Compare studies</translation>
        </message>
        <message>
            <source>Differences in bold: their 95 % interval excludes 0 (independent samples, se = √(se_a² + se_b²), Welch's t). Shares are of turnover; pts: percentage points.</source>
            <translation>Differences in bold: their 95 % interval excludes 0 (independent samples, se = √(se_a² + se_b²), Welch's t). Shares are of turnover; pts: percentage points.</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>Export the comparison</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>LM3 (ratio of totals)</source>
            <translation>LM3 (ratio of totals)</translation>
        </message>
        <message>
            <source>Leakage by spending category (share of turnover)</source>
            <translation>Leakage by spending category (share of turnover)</translation>
        </message>
        <message>
            <source>Local recirculation</source>
            <translation>Local recirculation</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Made in Local studies (*.madeinlocal)</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>The first study is the baseline: each other one is compared with it.</source>
            <translation>The first study is the baseline: each other one is compared with it.</translation>
        </message>
        <message>
            <source>n = {n} businesses, standard error {se}</source>
            <translation>n = {n} businesses, standard error {se}</translation>
        </message>
        <message>
            <source>{letter} = {label}: {name}, fiscal year {year}, {territory}, {n} interviews</source>
            <translation>{letter} = {label}: {name}, fiscal year {year}, {territory}, {n} interviews</translation>
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
            <translation>Computer</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Conflicts ({n})</source>
            <translation>Conflicts ({n})</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>Keep the selected value</source>
            <translation>Keep the selected value</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>No conflict to resolve.</source>
            <translation>No conflict to resolve.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Take theirs</translation>
        </message>
        <message>
            <source>The same field was changed on two computers before they exchanged bundles. Both values are kept until you choose one; your choice is logged in the history and sent with this computer's next bundle.</source>
            <translation>The same field was changed on two computers before they exchanged bundles. Both values are kept until you choose one; your choice is logged in the history and sent with this computer's next bundle.</translation>
        </message>
        <message>
            <source>The value you choose replaces the others on every computer once they import this computer's next bundle.</source>
            <translation>The value you choose replaces the others on every computer once they import this computer's next bundle.</translation>
        </message>
        <message>
            <source>Typed by</source>
            <translation>Typed by</translation>
        </message>
        <message>
            <source>Use this value</source>
            <translation>Use this value</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>or type the right value</source>
            <translation>or type the right value</translation>
        </message>
        <message>
            <source>{record} — {field}</source>
            <translation>{record} — {field}</translation>
        </message>
        <message>
            <source>{who} (this computer)</source>
            <translation>{who} (this computer)</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Consent wording</source>
            <translation>Consent wording</translation>
        </message>
        <message>
            <source>Current version: {version}</source>
            <translation>Current version: {version}</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Nothing changed: the wording stays version {version}.</source>
            <translation>Nothing changed: the wording stays version {version}.</translation>
        </message>
        <message>
            <source>Save as a new version</source>
            <translation>Save as a new version</translation>
        </message>
        <message>
            <source>Saved as version {version}. The interview form now shows it.</source>
            <translation>Saved as version {version}. The interview form now shows it.</translation>
        </message>
        <message>
            <source>The interview form shows this text beside the consent box; the surveyor reads it to the interviewee before ticking. Say who collects the answers, what for, how long they are kept, the interviewee's rights and whom to contact. Each change makes a new version, which travels to the surveyors in the next bundle; every interview keeps the version it agreed to.</source>
            <translation>The interview form shows this text beside the consent box; the surveyor reads it to the interviewee before ticking. Say who collects the answers, what for, how long they are kept, the interviewee's rights and whom to contact. Each change makes a new version, which travels to the surveyors in the next bundle; every interview keeps the version it agreed to.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>95% interval {interval} · n = {n} interviews</source>
            <translation>95% interval {interval} · n = {n} interviews</translation>
        </message>
        <message>
            <source>Analysing… %p%</source>
            <translation>Analysing… %p%</translation>
        </message>
        <message>
            <source>Bootstrap: {b} resamples, seed {seed}</source>
            <translation>Bootstrap: {b} resamples, seed {seed}</translation>
        </message>
        <message>
            <source>By ownership</source>
            <translation>By ownership</translation>
        </message>
        <message>
            <source>By sector</source>
            <translation>By sector</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Estimated re-spend shares ({count} groups): LM3 {low} to {high}</source>
            <translation>Estimated re-spend shares ({count} groups): LM3 {low} to {high}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the figures…</source>
            <translation>Export the figures…</translation>
        </message>
        <message>
            <source>Export the results</source>
            <translation>Export the results</translation>
        </message>
        <message>
            <source>Fictitious data: this demo study is invented from start to finish. Do not quote its figures.</source>
            <translation>Fictitious data: this demo study is invented from start to finish. Do not quote its figures.</translation>
        </message>
        <message>
            <source>Figures exported to {file}</source>
            <translation>Figures exported to {file}</translation>
        </message>
        <message>
            <source>Leakage</source>
            <translation>Leakage</translation>
        </message>
        <message>
            <source>Local multiplier LM3 (per euro of sales)</source>
            <translation>Local multiplier LM3 (per euro of sales)</translation>
        </message>
        <message>
            <source>Local recirculation share (R2 / R1)</source>
            <translation>Local recirculation share (R2 / R1)</translation>
        </message>
        <message>
            <source>Money trail</source>
            <translation>Money trail</translation>
        </message>
        <message>
            <source>Nobody answered for these recipients' local re-spending: the study uses an estimate ({groups}). Drawing each estimate {draws} times around its value (Monte Carlo), the LM3 stays between {low} and {high} in 95% of the draws.</source>
            <translation>Nobody answered for these recipients' local re-spending: the study uses an estimate ({groups}). Drawing each estimate {draws} times around its value (Monte Carlo), the LM3 stays between {low} and {high} in 95% of the draws.</translation>
        </message>
        <message>
            <source>Open a study to see its dashboard.</source>
            <translation>Open a study to see its dashboard.</translation>
        </message>
        <message>
            <source>Recalculate</source>
            <translation>Recalculate</translation>
        </message>
        <message>
            <source>Save as PNG/SVG…</source>
            <translation>Save as PNG/SVG…</translation>
        </message>
        <message>
            <source>This tab's figures as a spreadsheet (CSV for French Excel, or XLSX)</source>
            <translation>This tab's figures as a spreadsheet (CSV for French Excel, or XLSX)</translation>
        </message>
        <message>
            <source>Typical shop (mean of LM3): {mean}</source>
            <translation>Typical shop (mean of LM3): {mean}</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Unexpected error: {error}</translation>
        </message>
        <message>
            <source>results</source>
            <translation>results</translation>
        </message>
        <message>
            <source>{count} missing shares imputed: LM3 from {low} to {high} with them at 0% or 100%</source>
            <translation>{count} missing shares imputed: LM3 from {low} to {high} with them at 0% or 100%</translation>
        </message>
        <message>
            <source>{name} · fiscal year {year}</source>
            <translation>{name} · fiscal year {year}</translation>
        </message>
        <message>
            <source>{share} of turnover is paid outside the territory</source>
            <translation>{share} of turnover is paid outside the territory</translation>
        </message>
    </context>
    <context>
        <name>DecimalEdit</name>
        <message>
            <source>This number cannot be negative</source>
            <translation>This number cannot be negative</translation>
        </message>
        <message>
            <source>Type a number, for example {example}</source>
            <translation>Type a number, for example {example}</translation>
        </message>
    </context>
    <context>
        <name>DesignPanel</name>
        <message>
            <source>95% half-width of the LM3</source>
            <translation>95% half-width of the LM3</translation>
        </message>
        <message>
            <source>A17 sectors</source>
            <translation>A17 sectors</translation>
        </message>
        <message>
            <source>A38 sectors</source>
            <translation>A38 sectors</translation>
        </message>
        <message>
            <source>Allocation:</source>
            <translation>Allocation:</translation>
        </message>
        <message>
            <source>Call sheet</source>
            <translation>Call sheet</translation>
        </message>
        <message>
            <source>Call sheet written: {name}</source>
            <translation>Call sheet written: {name}</translation>
        </message>
        <message>
            <source>Call sheet…</source>
            <translation>Call sheet…</translation>
        </message>
        <message>
            <source>Design saved: {n} establishments to interview in {strata} strata.</source>
            <translation>Design saved: {n} establishments to interview in {strata} strata.</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>Draw</translation>
        </message>
        <message>
            <source>Draw the sample</source>
            <translation>Draw the sample</translation>
        </message>
        <message>
            <source>Drawn on {day} with seed {seed} (register version {version}): {sample} establishments to interview and {reserve} in reserve.</source>
            <translation>Drawn on {day} with seed {seed} (register version {version}): {sample} establishments to interview and {reserve} in reserve.</translation>
        </message>
        <message>
            <source>Excel (.xlsx) or CSV for French Excel</source>
            <translation>Excel (.xlsx) or CSV for French Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for French Excel (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV for French Excel (*.csv)</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>NAF groups (e.g. 47.2)</source>
            <translation>NAF groups (e.g. 47.2)</translation>
        </message>
        <message>
            <source>Neyman (from prior CVs)</source>
            <translation>Neyman (from prior CVs)</translation>
        </message>
        <message>
            <source>No design yet: choose the strata and the size, then save.</source>
            <translation>No design yet: choose the strata and the size, then save.</translation>
        </message>
        <message>
            <source>Not drawn yet.</source>
            <translation>Not drawn yet.</translation>
        </message>
        <message>
            <source>Prior CV</source>
            <translation>Prior CV</translation>
        </message>
        <message>
            <source>Reserve per stratum</source>
            <translation>Reserve per stratum</translation>
        </message>
        <message>
            <source>Sample drawn with seed {seed}.</source>
            <translation>Sample drawn with seed {seed}.</translation>
        </message>
        <message>
            <source>Sampling design</source>
            <translation>Sampling design</translation>
        </message>
        <message>
            <source>Save the design</source>
            <translation>Save the design</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>Scope:</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Size from:</source>
            <translation>Size from:</translation>
        </message>
        <message>
            <source>Strata:</source>
            <translation>Strata:</translation>
        </message>
        <message>
            <source>Stratum</source>
            <translation>Stratum</translation>
        </message>
        <message>
            <source>call-sheet.xlsx</source>
            <translation>call-sheet.xlsx</translation>
        </message>
        <message>
            <source>every activity, or NAF prefixes: 47,56,10.71</source>
            <translation>every activity, or NAF prefixes: 47,56,10.71</translation>
        </message>
        <message>
            <source>fixed, stratum by stratum</source>
            <translation>fixed, stratum by stratum</translation>
        </message>
        <message>
            <source>given</source>
            <translation>given</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>no sector</source>
            <translation>no sector</translation>
        </message>
        <message>
            <source>proportional to the strata</source>
            <translation>proportional to the strata</translation>
        </message>
        <message>
            <source>sample size n</source>
            <translation>sample size n</translation>
        </message>
        <message>
            <source>the demo study's value for this sector</source>
            <translation>the demo study's value for this sector</translation>
        </message>
        <message>
            <source>{in_scope} establishments in scope, {strata} strata · n = {n} · expected half-width of the LM3's 95% interval: {width}</source>
            <translation>{in_scope} establishments in scope, {strata} strata · n = {n} · expected half-width of the LM3's 95% interval: {width}</translation>
        </message>
        <message>
            <source>× employee-size band (0, 1-9, 10-49, 50+)</source>
            <translation>× employee-size band (0, 1-9, 10-49, 50+)</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message numerus="yes">
            <source>%Ln interview(s)</source>
            <translation>
                <numerusform>%Ln interview</numerusform>
                <numerusform>%Ln interviews</numerusform>
            </translation>
        </message>
        <message>
            <source>First shop</source>
            <translation>First shop</translation>
        </message>
        <message>
            <source>Merge into one…</source>
            <translation>Merge into one…</translation>
        </message>
        <message>
            <source>No possible duplicate.</source>
            <translation>No possible duplicate.</translation>
        </message>
        <message>
            <source>Not a duplicate</source>
            <translation>Not a duplicate</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>Possible duplicates ({n})</source>
            <translation>Possible duplicates ({n})</translation>
        </message>
        <message>
            <source>Second shop</source>
            <translation>Second shop</translation>
        </message>
        <message>
            <source>Two surveyors may have recorded the same shop as two records. Merge them into one, or say they are different shops. Merge on one computer only (the coordinator's): the merge travels with the next bundle.</source>
            <translation>Two surveyors may have recorded the same shop as two records. Merge them into one, or say they are different shops. Merge on one computer only (the coordinator's): the merge travels with the next bundle.</translation>
        </message>
        <message>
            <source>Why they may be the same</source>
            <translation>Why they may be the same</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Choose the folder to sync with first</source>
            <translation>Choose the folder to sync with first</translation>
        </message>
        <message>
            <source>Choose two different shops to merge</source>
            <translation>Choose two different shops to merge</translation>
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
            <translation>Consent wording</translation>
        </message>
        <message>
            <source>Default re-spend shares</source>
            <translation>Default re-spend shares</translation>
        </message>
        <message>
            <source>Fictitious data</source>
            <translation>Fictitious data</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>NAF code</source>
            <translation>NAF code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>No bundle at {path}</source>
            <translation>No bundle at {path}</translation>
        </message>
        <message>
            <source>No study kit at {path}</source>
            <translation>No study kit at {path}</translation>
        </message>
        <message>
            <source>None of these values was made on this computer: choose one of them.</source>
            <translation>None of these values was made on this computer: choose one of them.</translation>
        </message>
        <message>
            <source>One of these shops no longer exists</source>
            <translation>One of these shops no longer exists</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Ownership</translation>
        </message>
        <message>
            <source>Round-3 answer</source>
            <translation>Round-3 answer</translation>
        </message>
        <message>
            <source>Same SIRET</source>
            <translation>Same SIRET</translation>
        </message>
        <message>
            <source>Same name in the same commune</source>
            <translation>Same name in the same commune</translation>
        </message>
        <message>
            <source>Several other computers changed this field: choose one of the values.</source>
            <translation>Several other computers changed this field: choose one of the values.</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Spending line</source>
            <translation>Spending line</translation>
        </message>
        <message>
            <source>Staff (FTE)</source>
            <translation>Staff (FTE)</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Study</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Surveyor</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>The folder {path} does not exist (is the USB key plugged in?)</source>
            <translation>The folder {path} does not exist (is the USB key plugged in?)</translation>
        </message>
        <message>
            <source>The kit is damaged; ask the coordinator for the kit again.</source>
            <translation>The kit is damaged; ask the coordinator for the kit again.</translation>
        </message>
        <message>
            <source>The passphrase is empty</source>
            <translation>The passphrase is empty</translation>
        </message>
        <message>
            <source>The sync folder {path} is not available (is the USB key plugged in, or the network drive connected?)</source>
            <translation>The sync folder {path} is not available (is the USB key plugged in, or the network drive connected?)</translation>
        </message>
        <message>
            <source>This bundle was made for another study ({other}), not for {this}: import it into that study's file. Nothing was changed.</source>
            <translation>This bundle was made for another study ({other}), not for {this}: import it into that study's file. Nothing was changed.</translation>
        </message>
        <message>
            <source>This bundle's encryption settings are not readable; it was not imported.</source>
            <translation>This bundle's encryption settings are not readable; it was not imported.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>This conflict was already resolved.</translation>
        </message>
        <message>
            <source>This field cannot be empty</source>
            <translation>This field cannot be empty</translation>
        </message>
        <message>
            <source>What counts as local</source>
            <translation>What counts as local</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>Who answered</translation>
        </message>
        <message>
            <source>Wrong passphrase for this encrypted bundle: ask the person who made it for the passphrase.</source>
            <translation>Wrong passphrase for this encrypted bundle: ask the person who made it for the passphrase.</translation>
        </message>
        <message>
            <source>interviews</source>
            <translation>interviews</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>round-3 answers</source>
            <translation>round-3 answers</translation>
        </message>
        <message>
            <source>shops</source>
            <translation>shops</translation>
        </message>
        <message>
            <source>spending lines</source>
            <translation>spending lines</translation>
        </message>
        <message>
            <source>study</source>
            <translation>study</translation>
        </message>
        <message>
            <source>surveyors</source>
            <translation>surveyors</translation>
        </message>
        <message>
            <source>version {version}: {text}</source>
            <translation>version {version}: {text}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>{name} does not carry this study's signature: it was altered after it was made, or made by a study file not created from this study's kit. It was not imported.</source>
            <translation>{name} does not carry this study's signature: it was altered after it was made, or made by a study file not created from this study's kit. It was not imported.</translation>
        </message>
        <message>
            <source>{name} holds a file whose path leaves its folder. Made in Local never makes such files; it was not opened.</source>
            <translation>{name} holds a file whose path leaves its folder. Made in Local never makes such files; it was not opened.</translation>
        </message>
        <message>
            <source>{name} holds an unknown file; it was not imported.</source>
            <translation>{name} holds an unknown file; it was not imported.</translation>
        </message>
        <message>
            <source>{name} holds the same file twice; it was not imported.</source>
            <translation>{name} holds the same file twice; it was not imported.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (was the copy interrupted?). Copy it again from the computer that made it; nothing was imported.</source>
            <translation>{name} is damaged or incomplete (was the copy interrupted?). Copy it again from the computer that made it; nothing was imported.</translation>
        </message>
        <message>
            <source>{name} is damaged; ask the coordinator for the kit again.</source>
            <translation>{name} is damaged; ask the coordinator for the kit again.</translation>
        </message>
        <message>
            <source>{name} is encrypted: type the passphrase it was made with, then preview again.</source>
            <translation>{name} is encrypted: type the passphrase it was made with, then preview again.</translation>
        </message>
        <message>
            <source>{name} is not a Made in Local bundle.</source>
            <translation>{name} is not a Made in Local bundle.</translation>
        </message>
        <message>
            <source>{name} is not a Made in Local study kit.</source>
            <translation>{name} is not a Made in Local study kit.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Made in Local. Install the latest version to use it; nothing was changed.</source>
            <translation>{name} was made by a newer version of Made in Local. Install the latest version to use it; nothing was changed.</translation>
        </message>
        <message>
            <source>{name} was made on this computer by another copy of this study's file (or before this file was restored from a backup). Work in one copy of a study file, not two side by side; nothing was imported.</source>
            <translation>{name} was made on this computer by another copy of this study's file (or before this file was restored from a backup). Work in one copy of a study file, not two side by side; nothing was imported.</translation>
        </message>
        <message>
            <source>{name}: its files do not match its manifest; it was not imported.</source>
            <translation>{name}: its files do not match its manifest; it was not imported.</translation>
        </message>
        <message>
            <source>{name}: {member} is larger than its manifest says; it was not imported.</source>
            <translation>{name}: {member} is larger than its manifest says; it was not imported.</translation>
        </message>
        <message>
            <source>{name}: {member} was altered after the bundle was made (its SHA-256 does not match the manifest). It was not imported.</source>
            <translation>{name}: {member} was altered after the bundle was made (its SHA-256 does not match the manifest). It was not imported.</translation>
        </message>
        <message>
            <source>{path} is a file: a CSV export needs a folder (one file per table).</source>
            <translation>{path} is a file: a CSV export needs a folder (one file per table).</translation>
        </message>
        <message>
            <source>{text} is not a share; write 40 %</source>
            <translation>{text} is not a share; write 40 %</translation>
        </message>
        <message>
            <source>{text} is not a value this field accepts</source>
            <translation>{text} is not a value this field accepts</translation>
        </message>
        <message>
            <source>{text} is not an amount in euros</source>
            <translation>{text} is not an amount in euros</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>A folder with one file per table and a dictionary of the columns. Excel opens the files with a double click.</source>
            <translation>A folder with one file per table and a dictionary of the columns. Excel opens the files with a double click.</translation>
        </message>
        <message>
            <source>Anonymised: without shop names, SIRET, addresses, surveyor names and notes</source>
            <translation>Anonymised: without shop names, SIRET, addresses, surveyor names and notes</translation>
        </message>
        <message>
            <source>CSV for French Excel (; and decimal comma)</source>
            <translation>CSV for French Excel (; and decimal comma)</translation>
        </message>
        <message>
            <source>CSV, international (, and decimal point)</source>
            <translation>CSV, international (, and decimal point)</translation>
        </message>
        <message>
            <source>Choose where to export</source>
            <translation>Choose where to export</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)</source>
            <translation>Excel workbook (XLSX)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export cancelled.</translation>
        </message>
        <message>
            <source>Export the study</source>
            <translation>Export the study</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln file(s) to {path}.</source>
            <translation>
                <numerusform>Exported %Ln file to {path}.</numerusform>
                <numerusform>Exported %Ln files to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>JSON interchange file (can be imported again)</source>
            <translation>JSON interchange file (can be imported again)</translation>
        </message>
        <message>
            <source>One sheet per table and a dictionary sheet; amounts in euros, shares as percentages.</source>
            <translation>One sheet per table and a dictionary sheet; amounts in euros, shares as percentages.</translation>
        </message>
        <message>
            <source>Show the folder</source>
            <translation>Show the folder</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>The folder {path} does not exist</translation>
        </message>
        <message>
            <source>The whole study in the interchange format, which Made in Local can import again.</source>
            <translation>The whole study in the interchange format, which Made in Local can import again.</translation>
        </message>
        <message>
            <source>anonymised</source>
            <translation>anonymised</translation>
        </message>
        <message>
            <source>{name} is a file: a CSV export needs a folder</source>
            <translation>{name} is a file: a CSV export needs a folder</translation>
        </message>
        <message>
            <source>{name} is a folder: choose a file name</source>
            <translation>{name} is a folder: choose a file name</translation>
        </message>
    </context>
    <context>
        <name>ExportKitDialog</name>
        <message>
            <source>Choose a passphrase, or untick the protection</source>
            <translation>Choose a passphrase, or untick the protection</translation>
        </message>
        <message>
            <source>Choose where to save the kit</source>
            <translation>Choose where to save the kit</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Confirm the passphrase</source>
            <translation>Confirm the passphrase</translation>
        </message>
        <message>
            <source>Each surveyor's computer makes its study file from this kit (File → New study from kit…): same study, same categories, and the study's key, so their bundles can be consolidated here. Whoever holds the kit can send bundles this study accepts: hand it over like a key (a USB key, not a public link).</source>
            <translation>Each surveyor's computer makes its study file from this kit (File → New study from kit…): same study, same categories, and the study's key, so their bundles can be consolidated here. Whoever holds the kit can send bundles this study accepts: hand it over like a key (a USB key, not a public link).</translation>
        </message>
        <message>
            <source>Export the kit</source>
            <translation>Export the kit</translation>
        </message>
        <message>
            <source>Export the study kit</source>
            <translation>Export the study kit</translation>
        </message>
        <message>
            <source>Kit file</source>
            <translation>Kit file</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Protect the kit with a passphrase (give it to the surveyors separately, not with the kit)</source>
            <translation>Protect the kit with a passphrase (give it to the surveyors separately, not with the kit)</translation>
        </message>
        <message>
            <source>Save the study kit as</source>
            <translation>Save the study kit as</translation>
        </message>
        <message>
            <source>Study files made from this kit are encrypted (each surveyor chooses a passphrase)</source>
            <translation>Study files made from this kit are encrypted (each surveyor chooses a passphrase)</translation>
        </message>
        <message>
            <source>Study kits (*{suffix})</source>
            <translation>Study kits (*{suffix})</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>The folder {path} does not exist</translation>
        </message>
        <message>
            <source>Type the same passphrase twice</source>
            <translation>Type the same passphrase twice</translation>
        </message>
        <message>
            <source>Wrote the study kit {name}. On each surveyor's computer: File → New study from kit…</source>
            <translation>Wrote the study kit {name}. On each surveyor's computer: File → New study from kit…</translation>
        </message>
        <message>
            <source>at least 12 characters</source>
            <translation>at least 12 characters</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>the same again</translation>
        </message>
    </context>
    <context>
        <name>ExportXlsformDialog</name>
        <message>
            <source>Choose where to save the form</source>
            <translation>Choose where to save the form</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Export the XLSForm form</source>
            <translation>Export the XLSForm form</translation>
        </message>
        <message>
            <source>Export the form</source>
            <translation>Export the form</translation>
        </message>
        <message>
            <source>Form file</source>
            <translation>Form file</translation>
        </message>
        <message>
            <source>Save the form as</source>
            <translation>Save the form as</translation>
        </message>
        <message>
            <source>The interview as an XLSForm for KoboToolbox or ODK Central: upload it there, collect on phones with KoboCollect or ODK Collect, then import the submissions here (File → Import KoboToolbox / ODK submissions…).</source>
            <translation>The interview as an XLSForm for KoboToolbox or ODK Central: upload it there, collect on phones with KoboCollect or ODK Collect, then import the submissions here (File → Import KoboToolbox / ODK submissions…).</translation>
        </message>
        <message>
            <source>Wrote the form {name}.</source>
            <translation>Wrote the form {name}.</translation>
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
            <translation>&lt;b&gt;{count} active establishments&lt;/b&gt; in the territory · version {version} · {file} · imported on {day}</translation>
        </message>
        <message>
            <source>Add to the business register</source>
            <translation>Add to the business register</translation>
        </message>
        <message>
            <source>Against the previous extract: {added} new, {gone} gone, {changed} changed.</source>
            <translation>Against the previous extract: {added} new, {gone} gone, {changed} changed.</translation>
        </message>
        <message>
            <source>Business register extract</source>
            <translation>Business register extract</translation>
        </message>
        <message>
            <source>Business register of the territory</source>
            <translation>Business register of the territory</translation>
        </message>
        <message>
            <source>Find an establishment: name, address, SIRET…</source>
            <translation>Find an establishment: name, address, SIRET…</translation>
        </message>
        <message>
            <source>From the register to the study's businesses</source>
            <translation>From the register to the study's businesses</translation>
        </message>
        <message>
            <source>Import a SIRENE extract…</source>
            <translation>Import a SIRENE extract…</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importing {name}…</translation>
        </message>
        <message>
            <source>Left out of {rows} rows: {parts}.</source>
            <translation>Left out of {rows} rows: {parts}.</translation>
        </message>
        <message>
            <source>NAF</source>
            <translation>NAF</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>No business register yet.</source>
            <translation>No business register yet.</translation>
        </message>
        <message>
            <source>No business register yet. Import the territory's establishments from an extract of INSEE's SIRENE register (StockEtablissement), filtered on the département: only the active establishments of the study's {n} communes are kept.</source>
            <translation>No business register yet. Import the territory's establishments from an extract of INSEE's SIRENE register (StockEtablissement), filtered on the département: only the active establishments of the study's {n} communes are kept.</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Register extracts (*.csv *.xlsx *.txt)</source>
            <translation>Register extracts (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Register version {version}: {kept} establishments kept out of {rows} rows.</source>
            <translation>Register version {version}: {kept} establishments kept out of {rows} rows.</translation>
        </message>
        <message>
            <source>Replace with a newer extract…</source>
            <translation>Replace with a newer extract…</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>StockEtablissement CSV from INSEE (or any CSV or Excel file of establishments)</source>
            <translation>StockEtablissement CSV from INSEE (or any CSV or Excel file of establishments)</translation>
        </message>
        <message>
            <source>already in</source>
            <translation>already in</translation>
        </message>
        <message>
            <source>{name} was added to the business register (SIRET {siret}).</source>
            <translation>{name} was added to the business register (SIRET {siret}).</translation>
        </message>
        <message>
            <source>{n} closed</source>
            <translation>{n} closed</translation>
        </message>
        <message>
            <source>The first {n} shown: type more to narrow the search</source>
            <translation>The first {n} shown: type more to narrow the search</translation>
        </message>
        <message>
            <source>{n} found</source>
            <translation>{n} found</translation>
        </message>
        <message>
            <source>{n} outside the study's communes</source>
            <translation>{n} outside the study's communes</translation>
        </message>
        <message>
            <source>{n} repeated rows</source>
            <translation>{n} repeated rows</translation>
        </message>
        <message>
            <source>{n} without a NAF rév. 2 code</source>
            <translation>{n} without a NAF rév. 2 code</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>User guide — Made in Local</source>
            <translation>User guide — Made in Local</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>History of this interview</source>
            <translation>History of this interview</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Line {number}</translation>
        </message>
        <message>
            <source>Removed line</source>
            <translation>Removed line</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>new record</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>HubDialog</name>
        <message numerus="yes">
            <source>%Ln bundle(s) waiting to be sent.</source>
            <translation>
                <numerusform>%Ln bundle waiting to be sent.</numerusform>
                <numerusform>%Ln bundles waiting to be sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>A consolidation server gathers the bundles of every computer of the study over the network. Enrol this study file once with the server's address and the code the coordinator gave you; it then syncs by itself while the study is open, and keeps its bundles on this computer while the network is gone.</source>
            <translation>A consolidation server gathers the bundles of every computer of the study over the network. Enrol this study file once with the server's address and the code the coordinator gave you; it then syncs by itself while the study is open, and keeps its bundles on this computer while the network is gone.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Consolidation server</source>
            <translation>Consolidation server</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Enrol</translation>
        </message>
        <message>
            <source>Enrolled: this study now syncs with the server.</source>
            <translation>Enrolled: this study now syncs with the server.</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <source>Linked to {url} as {name} ({role}).</source>
            <translation>Linked to {url} as {name} ({role}).</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>This study file is not linked to a server yet.</source>
            <translation>This study file is not linked to a server yet.</translation>
        </message>
        <message>
            <source>Type the server's address and the code.</source>
            <translation>Type the server's address and the code.</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinator</translation>
        </message>
        <message>
            <source>surveyor</source>
            <translation>surveyor</translation>
        </message>
        <message>
            <source>viewer</source>
            <translation>viewer</translation>
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
                <numerusform>Consolidation server offline: %Ln bundle waiting, next try in {wait}</numerusform>
                <numerusform>Consolidation server offline: %Ln bundles waiting, next try in {wait}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Consolidation server: %Ln bundle(s) waiting</source>
            <translation>
                <numerusform>Consolidation server: %Ln bundle waiting</numerusform>
                <numerusform>Consolidation server: %Ln bundles waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Consolidation server: sync refused</source>
            <translation>Consolidation server: sync refused</translation>
        </message>
        <message>
            <source>Consolidation server: sync stopped</source>
            <translation>Consolidation server: sync stopped</translation>
        </message>
        <message>
            <source>Consolidation server: synced at {time}</source>
            <translation>Consolidation server: synced at {time}</translation>
        </message>
        <message numerus="yes">
            <source>Consolidation server: synced at {time}, %Ln bundle(s) refused</source>
            <translation>
                <numerusform>Consolidation server: synced at {time}, %Ln bundle refused</numerusform>
                <numerusform>Consolidation server: synced at {time}, %Ln bundles refused</numerusform>
            </translation>
        </message>
        <message>
            <source>Consolidation server: syncing…</source>
            <translation>Consolidation server: syncing…</translation>
        </message>
        <message>
            <source>Syncing with the consolidation server…</source>
            <translation>Syncing with the consolidation server…</translation>
        </message>
    </context>
    <context>
        <name>ImpactView</name>
        <message>
            <source>, household spending included</source>
            <translation>, household spending included</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Available once the business register (SIRENE) of the territory is imported</source>
            <translation>Available once the business register (SIRENE) of the territory is imported</translation>
        </message>
        <message>
            <source>Capital leaving
(euros a year)</source>
            <translation>Capital leaving
(euros a year)</translation>
        </message>
        <message>
            <source>Capital leaving
(per 100 €)</source>
            <translation>Capital leaving
(per 100 €)</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Compute</translation>
        </message>
        <message>
            <source>Direct
jobs</source>
            <translation>Direct
jobs</translation>
        </message>
        <message>
            <source>Direct
output</source>
            <translation>Direct
output</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>Establishments</translation>
        </message>
        <message>
            <source>Establishments of the business register</source>
            <translation>Establishments of the business register</translation>
        </message>
        <message>
            <source>Euros kept locally (rounds 2 and 3)</source>
            <translation>Euros kept locally (rounds 2 and 3)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Expected
jobs</source>
            <translation>Expected
jobs</translation>
        </message>
        <message>
            <source>Expected jobs: those a self-reliant territory would have, E* = national jobs × (domestic use ÷ output) × (territory's population ÷ France's). The gap is what is missing; producing a share of it locally adds the direct jobs and, through the regional model, those of local suppliers (and of household spending in the closed model).</source>
            <translation>Expected jobs: those a self-reliant territory would have, E* = national jobs × (domestic use ÷ output) × (territory's population ÷ France's). The gap is what is missing; producing a share of it locally adds the direct jobs and, through the regional model, those of local suppliers (and of household spending in the closed model).</translation>
        </message>
        <message>
            <source>Export PNG/SVG…</source>
            <translation>Export PNG/SVG…</translation>
        </message>
        <message>
            <source>Export the opportunities</source>
            <translation>Export the opportunities</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Fictitious data: this demonstration study is made up. Do not quote its figures.</source>
            <translation>Fictitious data: this demonstration study is made up. Do not quote its figures.</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Interest leaving
(per 100 €)</source>
            <translation>Interest leaving
(per 100 €)</translation>
        </message>
        <message>
            <source>Interviewed shops</source>
            <translation>Interviewed shops</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Jobs
here</source>
            <translation>Jobs
here</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Money for capital</source>
            <translation>Money for capital</translation>
        </message>
        <message>
            <source>Not on the map (no centroid): {names}</source>
            <translation>Not on the map (no centroid): {names}</translation>
        </message>
        <message>
            <source>Open the input-output model</source>
            <translation>Open the input-output model</translation>
        </message>
        <message>
            <source>Outside the territory, not shown: {n} commune(s)</source>
            <translation>Outside the territory, not shown: {n} commune(s)</translation>
        </message>
        <message>
            <source>Owners' pay leaving
(per 100 €)</source>
            <translation>Owners' pay leaving
(per 100 €)</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Ownership</translation>
        </message>
        <message>
            <source>Paid to local lenders
and owners (per 100 €)</source>
            <translation>Paid to local lenders
and owners (per 100 €)</translation>
        </message>
        <message>
            <source>Pay to lenders and owners outside the territory, per 100 € of turnover: {list}. Local lenders and owners receive {local} per 100 € overall.</source>
            <translation>Pay to lenders and owners outside the territory, per 100 € of turnover: {list}. Local lenders and owners receive {local} per 100 € overall.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Relocalisation opportunities</source>
            <translation>Relocalisation opportunities</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Share of each gap produced locally:</source>
            <translation>Share of each gap produced locally:</translation>
        </message>
        <message>
            <source>Share of each sector's gap that local businesses would produce (Shuman's studies use 25 %)</source>
            <translation>Share of each sector's gap that local businesses would produce (Shuman's studies use 25 %)</translation>
        </message>
        <message>
            <source>Size of the points:</source>
            <translation>Size of the points:</translation>
        </message>
        <message>
            <source>Surplus: {n} jobs (the territory sells outside)</source>
            <translation>Surplus: {n} jobs (the territory sells outside)</translation>
        </message>
        <message>
            <source>Survey
leakage</source>
            <translation>Survey
leakage</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Total
jobs</source>
            <translation>Total
jobs</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <source>Unknown commune codes: {codes}</source>
            <translation>Unknown commune codes: {codes}</translation>
        </message>
        <message>
            <source>Value added</source>
            <translation>Value added</translation>
        </message>
        <message>
            <source>from a file</source>
            <translation>from a file</translation>
        </message>
        <message>
            <source>from the business register</source>
            <translation>from the business register</translation>
        </message>
        <message>
            <source>national model</source>
            <translation>national model</translation>
        </message>
        <message>
            <source>regional model {method}</source>
            <translation>regional model {method}</translation>
        </message>
        <message>
            <source>typed in the input-output view</source>
            <translation>typed in the input-output view</translation>
        </message>
        <message>
            <source>{people} inhabitants ({share} of France), {jobs} jobs in the territory ({source}); {model}. Producing {theta} of every gap locally: {direct} direct jobs, {total} in all, {value} of value added a year.</source>
            <translation>{people} inhabitants ({share} of France), {jobs} jobs in the territory ({source}); {model}. Producing {theta} of every gap locally: {direct} direct jobs, {total} in all, {value} of value added a year.</translation>
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
                <numerusform>%Ln bundle imported.</numerusform>
                <numerusform>%Ln bundles imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) refused: the reason is on its row; the other bundles can still be imported.</source>
            <translation>
                <numerusform>%Ln bundle refused: the reason is on its row; the other bundles can still be imported.</numerusform>
                <numerusform>%Ln bundles refused: the reason is on its row; the other bundles can still be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln field(s) changed on two computers: resolve them in the Conflicts tab.</source>
            <translation>
                <numerusform>%Ln field changed on two computers: resolve them in the Conflicts tab.</numerusform>
                <numerusform>%Ln fields changed on two computers: resolve them in the Conflicts tab.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add bundles…</source>
            <translation>Add bundles…</translation>
        </message>
        <message>
            <source>Bundles are the files the other computers of the study make. Here is what importing them would do; nothing is written until you press Import.</source>
            <translation>Bundles are the files the other computers of the study make. Here is what importing them would do; nothing is written until you press Import.</translation>
        </message>
        <message>
            <source>Choose the bundles to import</source>
            <translation>Choose the bundles to import</translation>
        </message>
        <message>
            <source>Clear the list</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import bundles</source>
            <translation>Import bundles</translation>
        </message>
        <message>
            <source>Import stopped after {done} of {total} bundles: each bundle is imported whole or not at all, so the others were not touched.</source>
            <translation>Import stopped after {done} of {total} bundles: each bundle is imported whole or not at all, so the others were not touched.</translation>
        </message>
        <message>
            <source>Importing the bundles…</source>
            <translation>Importing the bundles…</translation>
        </message>
        <message>
            <source>In total: new {new}, updated {updated}, identical {identical}, conflicting {conflicting}, rejected {rejected}. Nothing is written until you press Import.</source>
            <translation>In total: new {new}, updated {updated}, identical {identical}, conflicting {conflicting}, rejected {rejected}. Nothing is written until you press Import.</translation>
        </message>
        <message>
            <source>Made in Local bundles ({pattern})</source>
            <translation>Made in Local bundles ({pattern})</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Preview again</source>
            <translation>Preview again</translation>
        </message>
        <message>
            <source>Reading the bundles…</source>
            <translation>Reading the bundles…</translation>
        </message>
        <message>
            <source>Records that will not be imported (they fail a check; the others are imported):</source>
            <translation>Records that will not be imported (they fail a check; the others are imported):</translation>
        </message>
        <message>
            <source>These bundles were all imported already: nothing to do.</source>
            <translation>These bundles were all imported already: nothing to do.</translation>
        </message>
        <message>
            <source>only for encrypted bundles</source>
            <translation>only for encrypted bundles</translation>
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
            <translation>0 ≤ δ &lt; 1; 0.3 is the usual value (Flegg &amp; Tohmo)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Employment in the territory&lt;/b&gt; (persons, by sector)</source>
            <translation>&lt;b&gt;Employment in the territory&lt;/b&gt; (persons, by sector)</translation>
        </message>
        <message>
            <source>A file with two columns, code and employment (persons)</source>
            <translation>A file with two columns, code and employment (persons)</translation>
        </message>
        <message>
            <source>AFLQ (augmented Flegg)</source>
            <translation>AFLQ (augmented Flegg)</translation>
        </message>
        <message>
            <source>CILQ (cross-industry)</source>
            <translation>CILQ (cross-industry)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>Closed model: include household re-spending (Type II)</source>
            <translation>Closed model: include household re-spending (Type II)</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>Export the multipliers</source>
            <translation>Export the multipliers</translation>
        </message>
        <message>
            <source>Exported to {name}</source>
            <translation>Exported to {name}</translation>
        </message>
        <message>
            <source>FLQ (Flegg, recommended)</source>
            <translation>FLQ (Flegg, recommended)</translation>
        </message>
        <message>
            <source>Filled from the business register (salaried jobs by sector): Save and compute to use it.</source>
            <translation>Filled from the business register (salaried jobs by sector): Save and compute to use it.</translation>
        </message>
        <message>
            <source>Folder of an input-output table</source>
            <translation>Folder of an input-output table</translation>
        </message>
        <message>
            <source>From the register</source>
            <translation>From the register</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <source>Leave every cell empty to use the national table.</source>
            <translation>Leave every cell empty to use the national table.</translation>
        </message>
        <message>
            <source>Local share of household spending:</source>
            <translation>Local share of household spending:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <source>Model of the territory</source>
            <translation>Model of the territory</translation>
        </message>
        <message>
            <source>Multipliers</source>
            <translation>Multipliers</translation>
        </message>
        <message>
            <source>Multipliers table:</source>
            <translation>Multipliers table:</translation>
        </message>
        <message>
            <source>National table (no regional employment)</source>
            <translation>National table (no regional employment)</translation>
        </message>
        <message>
            <source>Regional employment</source>
            <translation>Regional employment</translation>
        </message>
        <message>
            <source>Regional employment is above national employment in sector {code}: type persons, not thousands</source>
            <translation>Regional employment is above national employment in sector {code}: type persons, not thousands</translation>
        </message>
        <message>
            <source>Regional employment is zero in every sector</source>
            <translation>Regional employment is zero in every sector</translation>
        </message>
        <message>
            <source>Regionalised with {method}</source>
            <translation>Regionalised with {method}</translation>
        </message>
        <message>
            <source>Round-3 estimate for groups without answers: suppliers {supplier}, staff {staff}</source>
            <translation>Round-3 estimate for groups without answers: suppliers {supplier}, staff {staff}</translation>
        </message>
        <message>
            <source>SLQ (simple)</source>
            <translation>SLQ (simple)</translation>
        </message>
        <message>
            <source>Salaried jobs of the territory's business register by sector (Territoire view); still editable</source>
            <translation>Salaried jobs of the territory's business register by sector (Territoire view); still editable</translation>
        </message>
        <message>
            <source>Save and compute</source>
            <translation>Save and compute</translation>
        </message>
        <message>
            <source>Sector {code} is not in this table</source>
            <translation>Sector {code} is not in this table</translation>
        </message>
        <message>
            <source>Source: business register, version {version} ({file}), salaried jobs by sector; it follows a newer extract until a figure is typed.</source>
            <translation>Source: business register, version {version} ({file}), salaried jobs by sector; it follows a newer extract until a figure is typed.</translation>
        </message>
        <message>
            <source>Source: typed or imported by hand.</source>
            <translation>Source: typed or imported by hand.</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Table:</translation>
        </message>
        <message>
            <source>The table folder {table} cannot be found</source>
            <translation>The table folder {table} cannot be found</translation>
        </message>
        <message>
            <source>Total: {regional} persons, {share} of national employment</source>
            <translation>Total: {regional} persons, {share} of national employment</translation>
        </message>
        <message>
            <source>Type the employment of every sector (0 when it is absent from the territory); missing: {codes}</source>
            <translation>Type the employment of every sector (0 when it is absent from the territory); missing: {codes}</translation>
        </message>
        <message>
            <source>Type the territory's employment by sector, then Save and compute.</source>
            <translation>Type the territory's employment by sector, then Save and compute.</translation>
        </message>
        <message>
            <source>Use another table, from a folder in the app's layout</source>
            <translation>Use another table, from a folder in the app's layout</translation>
        </message>
        <message>
            <source>Use the local purchase shares measured by the survey (hybrid table)</source>
            <translation>Use the local purchase shares measured by the survey (hybrid table)</translation>
        </message>
        <message>
            <source>empty: staff mean, {share} ({n} answers)</source>
            <translation>empty: staff mean, {share} ({n} answers)</translation>
        </message>
        <message>
            <source>local purchases measured by the survey for {codes}</source>
            <translation>local purchases measured by the survey for {codes}</translation>
        </message>
        <message>
            <source>multipliers</source>
            <translation>multipliers</translation>
        </message>
        <message>
            <source>no staff answers yet: type a share</source>
            <translation>no staff answers yet: type a share</translation>
        </message>
        <message>
            <source>δ</source>
            <translation>δ</translation>
        </message>
        <message>
            <source>δ must be at least 0 and below 1 (0.3 is usual)</source>
            <translation>δ must be at least 0 and below 1 (0.3 is usual)</translation>
        </message>
    </context>
    <context>
        <name>InterviewCommands</name>
        <message>
            <source>Add a spending line</source>
            <translation>Add a spending line</translation>
        </message>
        <message>
            <source>Change line {number}</source>
            <translation>Change line {number}</translation>
        </message>
        <message>
            <source>Change {field}</source>
            <translation>Change {field}</translation>
        </message>
        <message>
            <source>Remove a spending line</source>
            <translation>Remove a spending line</translation>
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
            <translation>Add a line (Enter)</translation>
        </message>
        <message>
            <source>Amount (€)</source>
            <translation>Amount (€)</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Gross payroll</source>
            <translation>Gross payroll</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Local share (%)</source>
            <translation>Local share (%)</translation>
        </message>
        <message>
            <source>Mark as complete</source>
            <translation>Mark as complete</translation>
        </message>
        <message>
            <source>Notes: context, doubts, what to check later…</source>
            <translation>Notes: context, doubts, what to check later…</translation>
        </message>
        <message>
            <source>Other spending in the fiscal year</source>
            <translation>Other spending in the fiscal year</translation>
        </message>
        <message>
            <source>Owners' pay and dividends</source>
            <translation>Owners' pay and dividends</translation>
        </message>
        <message>
            <source>Remove the line (Ctrl+Del)</source>
            <translation>Remove the line (Ctrl+Del)</translation>
        </message>
        <message>
            <source>Reopen for changes</source>
            <translation>Reopen for changes</translation>
        </message>
        <message>
            <source>Share of the payroll paid to staff who live in the territory</source>
            <translation>Share of the payroll paid to staff who live in the territory</translation>
        </message>
        <message>
            <source>Share paid to owners who live in the territory</source>
            <translation>Share paid to owners who live in the territory</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Surveyor</translation>
        </message>
        <message>
            <source>The owner or manager agrees to answer</source>
            <translation>The owner or manager agrees to answer</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>Turnover excl. VAT</translation>
        </message>
        <message>
            <source>Turnover, staff and owners</source>
            <translation>Turnover, staff and owners</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Validate</translation>
        </message>
    </context>
    <context>
        <name>InterviewForm</name>
        <message>
            <source>No notes are kept for a shop whose identity was erased.</source>
            <translation>No notes are kept for a shop whose identity was erased.</translation>
        </message>
        <message>
            <source>(spending = {share} of the turnover)</source>
            <translation>(spending = {share} of the turnover)</translation>
        </message>
        <message>
            <source>({share} of the spending described)</source>
            <translation>({share} of the spending described)</translation>
        </message>
        <message>
            <source>Agreed to: version {version}</source>
            <translation>Agreed to: version {version}</translation>
        </message>
        <message>
            <source>Agreed, v{version}</source>
            <translation>Agreed, v{version}</translation>
        </message>
        <message>
            <source>Consent wording</source>
            <translation>Consent wording</translation>
        </message>
        <message>
            <source>New interview: choose the business</source>
            <translation>New interview: choose the business</translation>
        </message>
        <message>
            <source>Not complete yet: {problems}.</source>
            <translation>Not complete yet: {problems}.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Not saved until corrected: {errors}</source>
            <translation>Not saved until corrected: {errors}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Not saved: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason} Next try in {seconds} s.</source>
            <translation>Not saved: {reason} Next try in {seconds} s.</translation>
        </message>
        <message>
            <source>Owners' pay</source>
            <translation>Owners' pay</translation>
        </message>
        <message>
            <source>Paid to local owners</source>
            <translation>Paid to local owners</translation>
        </message>
        <message>
            <source>Payroll</source>
            <translation>Payroll</translation>
        </message>
        <message>
            <source>Read…</source>
            <translation>Read…</translation>
        </message>
        <message>
            <source>Save the study elsewhere…</source>
            <translation>Save the study elsewhere…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Saved at {time}</translation>
        </message>
        <message>
            <source>Spending described: {spent}</source>
            <translation>Spending described: {spent}</translation>
        </message>
        <message>
            <source>Staff living locally</source>
            <translation>Staff living locally</translation>
        </message>
        <message>
            <source>The spending described is more than the turnover: check the amounts with the owner.</source>
            <translation>The spending described is more than the turnover: check the amounts with the owner.</translation>
        </message>
        <message>
            <source>To read before ticking, version {version}</source>
            <translation>To read before ticking, version {version}</translation>
        </message>
        <message>
            <source>To read, v{version}</source>
            <translation>To read, v{version}</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <source>What you typed is kept in the window</source>
            <translation>What you typed is kept in the window</translation>
        </message>
        <message>
            <source>business</source>
            <translation>business</translation>
        </message>
        <message>
            <source>choose a category on line {lines}</source>
            <translation>choose a category on line {lines}</translation>
        </message>
        <message>
            <source>choose the business</source>
            <translation>choose the business</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>consent</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>local owners</source>
            <translation>local owners</translation>
        </message>
        <message>
            <source>no spending has been entered</source>
            <translation>no spending has been entered</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>of which local: {local}</source>
            <translation>of which local: {local}</translation>
        </message>
        <message>
            <source>owners' pay</source>
            <translation>owners' pay</translation>
        </message>
        <message>
            <source>payroll</source>
            <translation>payroll</translation>
        </message>
        <message>
            <source>staff living locally</source>
            <translation>staff living locally</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>surveyor</source>
            <translation>surveyor</translation>
        </message>
        <message>
            <source>the owner's consent is not recorded</source>
            <translation>the owner's consent is not recorded</translation>
        </message>
        <message>
            <source>the study file could not be written ({error})</source>
            <translation>the study file could not be written ({error})</translation>
        </message>
        <message>
            <source>the turnover is missing</source>
            <translation>the turnover is missing</translation>
        </message>
        <message>
            <source>turnover</source>
            <translation>turnover</translation>
        </message>
    </context>
    <context>
        <name>InterviewListModel</name>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>InterviewsView</name>
        <message>
            <source>erased</source>
            <translation>erased</translation>
        </message>
        <message>
            <source>Choose an interview in the list, or start a new one from the business register or with “New interview”.</source>
            <translation>Choose an interview in the list, or start a new one from the business register or with “New interview”.</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Every status</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>New interview</translation>
        </message>
        <message>
            <source>Search a shop or a surveyor…</source>
            <translation>Search a shop or a surveyor…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Chain branch</source>
            <translation>Chain branch</translation>
        </message>
        <message>
            <source>Charities</source>
            <translation>Charities</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Consent wording version</source>
            <translation>Consent wording version</translation>
        </message>
        <message>
            <source>Cooperative / social economy</source>
            <translation>Cooperative / social economy</translation>
        </message>
        <message>
            <source>Coordinator default</source>
            <translation>Coordinator default</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Franchise</source>
            <translation>Franchise</translation>
        </message>
        <message>
            <source>Independent</source>
            <translation>Independent</translation>
        </message>
        <message>
            <source>Input-output estimate</source>
            <translation>Input-output estimate</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Landlords</source>
            <translation>Landlords</translation>
        </message>
        <message>
            <source>Lenders</source>
            <translation>Lenders</translation>
        </message>
        <message>
            <source>Local authorities</source>
            <translation>Local authorities</translation>
        </message>
        <message>
            <source>Local share</source>
            <translation>Local share</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nobody</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Owners</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Public body / association</source>
            <translation>Public body / association</translation>
        </message>
        <message>
            <source>Re-spend share</source>
            <translation>Re-spend share</translation>
        </message>
        <message>
            <source>Source of the re-spend share</source>
            <translation>Source of the re-spend share</translation>
        </message>
        <message>
            <source>Staff households</source>
            <translation>Staff households</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Suppliers</translation>
        </message>
        <message>
            <source>Survey answer</source>
            <translation>Survey answer</translation>
        </message>
        <message>
            <source>Survey mean</source>
            <translation>Survey mean</translation>
        </message>
        <message>
            <source>Surveyor</source>
            <translation>Surveyor</translation>
        </message>
        <message>
            <source>Turnover excl. VAT</source>
            <translation>Turnover excl. VAT</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validated</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>(fictitious data)</source>
            <translation>(fictitious data)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Made in Local&lt;/b&gt; {version}&lt;br&gt;Measure how much of the money spent in local shops stays in the territory (LM3 local multiplier).&lt;br&gt;Licence AGPL-3.0 or later.&lt;br&gt;&lt;br&gt;Geography: INSEE, DGCL, La Poste (Licence Ouverte 2.0). Activities: INSEE NAF rév. 2.</source>
            <translation>&lt;b&gt;Made in Local&lt;/b&gt; {version}&lt;br&gt;Measure how much of the money spent in local shops stays in the territory (LM3 local multiplier).&lt;br&gt;Licence AGPL-3.0 or later.&lt;br&gt;&lt;br&gt;Geography: INSEE, DGCL, La Poste (Licence Ouverte 2.0). Activities: INSEE NAF rév. 2.</translation>
        </message>
        <message>
            <source>About Made in Local</source>
            <translation>About Made in Local</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Businesses</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>Changes not saved</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Import an interchange file</source>
            <translation>Import an interchange file</translation>
        </message>
        <message>
            <source>Imported: {summary}</source>
            <translation>Imported: {summary}</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importing {name}…</translation>
        </message>
        <message>
            <source>Input-output model</source>
            <translation>Input-output model</translation>
        </message>
        <message>
            <source>Interchange files (*.json)</source>
            <translation>Interchange files (*.json)</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Leave without these changes</source>
            <translation>Leave without these changes</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Made in Local studies (*.madeinlocal)</translation>
        </message>
        <message>
            <source>No automatic copy today: {error}</source>
            <translation>No automatic copy today: {error}</translation>
        </message>
        <message>
            <source>Open a study</source>
            <translation>Open a study</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Opening {name}…</translation>
        </message>
        <message>
            <source>Preparing the demo study…</source>
            <translation>Preparing the demo study…</translation>
        </message>
        <message>
            <source>Round-3 respondents</source>
            <translation>Round-3 respondents</translation>
        </message>
        <message>
            <source>Save the study elsewhere</source>
            <translation>Save the study elsewhere</translation>
        </message>
        <message>
            <source>Save the study elsewhere…</source>
            <translation>Save the study elsewhere…</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Stay</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>The dashboard is not available in this build.</source>
            <translation>The dashboard is not available in this build.</translation>
        </message>
        <message>
            <source>The input-output model is not available in this build.</source>
            <translation>The input-output model is not available in this build.</translation>
        </message>
        <message>
            <source>The study now lives in {path}</source>
            <translation>The study now lives in {path}</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Your last changes could not be saved in the study file. They are still in the window.</source>
            <translation>Your last changes could not be saved in the study file. They are still in the window.</translation>
        </message>
    </context>
    <context>
        <name>MakeBundleDialog</name>
        <message>
            <source>A bundle holds what was typed on this computer since its last bundle. Give it to the coordinator (USB key, shared folder, e-mail); it is signed with the study's key, so a changed copy is refused.</source>
            <translation>A bundle holds what was typed on this computer since its last bundle. Give it to the coordinator (USB key, shared folder, e-mail); it is signed with the study's key, so a changed copy is refused.</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Confirm the passphrase</source>
            <translation>Confirm the passphrase</translation>
        </message>
        <message>
            <source>Encrypt it with a passphrase (for e-mail or a cloud folder)</source>
            <translation>Encrypt it with a passphrase (for e-mail or a cloud folder)</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Folder for the bundle</translation>
        </message>
        <message>
            <source>Make a bundle</source>
            <translation>Make a bundle</translation>
        </message>
        <message>
            <source>Make the bundle</source>
            <translation>Make the bundle</translation>
        </message>
        <message>
            <source>Making the bundle…</source>
            <translation>Making the bundle…</translation>
        </message>
        <message>
            <source>Nothing was typed on this computer since its last bundle: no file was written.</source>
            <translation>Nothing was typed on this computer since its last bundle: no file was written.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Type the same passphrase twice</source>
            <translation>Type the same passphrase twice</translation>
        </message>
        <message>
            <source>Wrote {name} in {folder} ({counts}).</source>
            <translation>Wrote {name} in {folder} ({counts}).</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>passphrase</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>the same again</translation>
        </message>
    </context>
    <context>
        <name>MenuBuilder</name>
        <message>
            <source>Study &amp;settings…</source>
            <translation>Study &amp;settings…</translation>
        </message>
        <message>
            <source>&amp;About Made in Local</source>
            <translation>&amp;About Made in Local</translation>
        </message>
        <message>
            <source>&amp;Businesses</source>
            <translation>&amp;Businesses</translation>
        </message>
        <message>
            <source>&amp;Close the study</source>
            <translation>&amp;Close the study</translation>
        </message>
        <message>
            <source>&amp;Compare studies…</source>
            <translation>&amp;Compare studies…</translation>
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation>&amp;Conflicts</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>&amp;Decrypt the study…</source>
            <translation>&amp;Decrypt the study…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Encrypt the study…</source>
            <translation>&amp;Encrypt the study…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Import an interchange file…</source>
            <translation>&amp;Import an interchange file…</translation>
        </message>
        <message>
            <source>&amp;Interviews</source>
            <translation>&amp;Interviews</translation>
        </message>
        <message>
            <source>&amp;Make a bundle…</source>
            <translation>&amp;Make a bundle…</translation>
        </message>
        <message>
            <source>&amp;Mark the interview as complete</source>
            <translation>&amp;Mark the interview as complete</translation>
        </message>
        <message>
            <source>&amp;New study…</source>
            <translation>&amp;New study…</translation>
        </message>
        <message>
            <source>&amp;Open a study…</source>
            <translation>&amp;Open a study…</translation>
        </message>
        <message>
            <source>&amp;PDF report…</source>
            <translation>&amp;PDF report…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Round-3 respondents</source>
            <translation>&amp;Round-3 respondents</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Study</source>
            <translation>&amp;Study</translation>
        </message>
        <message>
            <source>&amp;Territory</source>
            <translation>&amp;Territory</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Change the &amp;passphrase…</source>
            <translation>Change the &amp;passphrase…</translation>
        </message>
        <message>
            <source>Consent &amp;wording…</source>
            <translation>Consent &amp;wording…</translation>
        </message>
        <message>
            <source>Consolidation &amp;server…</source>
            <translation>Consolidation &amp;server…</translation>
        </message>
        <message>
            <source>Export the &amp;XLSForm form…</source>
            <translation>Export the &amp;XLSForm form…</translation>
        </message>
        <message>
            <source>Export the &amp;results…</source>
            <translation>Export the &amp;results…</translation>
        </message>
        <message>
            <source>Export the study &amp;kit…</source>
            <translation>Export the study &amp;kit…</translation>
        </message>
        <message>
            <source>Im&amp;pact</source>
            <translation>Im&amp;pact</translation>
        </message>
        <message>
            <source>Import &amp;bundles…</source>
            <translation>Import &amp;bundles…</translation>
        </message>
        <message>
            <source>Import K&amp;oboToolbox / ODK submissions…</source>
            <translation>Import K&amp;oboToolbox / ODK submissions…</translation>
        </message>
        <message>
            <source>Import a &amp;list of shops…</source>
            <translation>Import a &amp;list of shops…</translation>
        </message>
        <message>
            <source>Input-&amp;output model</source>
            <translation>Input-&amp;output model</translation>
        </message>
        <message>
            <source>Interview &amp;history</source>
            <translation>Interview &amp;history</translation>
        </message>
        <message>
            <source>New &amp;business</source>
            <translation>New &amp;business</translation>
        </message>
        <message>
            <source>New &amp;interview</source>
            <translation>New &amp;interview</translation>
        </message>
        <message>
            <source>New study from a &amp;kit…</source>
            <translation>New study from a &amp;kit…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>Open the &amp;demo study</source>
            <translation>Open the &amp;demo study</translation>
        </message>
        <message>
            <source>Possible d&amp;uplicates</source>
            <translation>Possible d&amp;uplicates</translation>
        </message>
        <message>
            <source>Res&amp;tore a backup…</source>
            <translation>Res&amp;tore a backup…</translation>
        </message>
        <message>
            <source>S&amp;hop feedback sheets…</source>
            <translation>S&amp;hop feedback sheets…</translation>
        </message>
        <message>
            <source>S&amp;ync with a folder…</source>
            <translation>S&amp;ync with a folder…</translation>
        </message>
        <message>
            <source>Save the study &amp;elsewhere…</source>
            <translation>Save the study &amp;elsewhere…</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Keep one record: it takes the other's interviews and the details it lacks (SIRET, NAF, commune, address, staff); the other record is deleted.</source>
            <translation>Keep one record: it takes the other's interviews and the details it lacks (SIRET, NAF, commune, address, staff); the other record is deleted.</translation>
        </message>
        <message>
            <source>Keep {shop}</source>
            <translation>Keep {shop}</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Merge two shops</source>
            <translation>Merge two shops</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Choose the business this interview is about</source>
            <translation>Choose the business this interview is about</translation>
        </message>
        <message>
            <source>No study file at {path}</source>
            <translation>No study file at {path}</translation>
        </message>
        <message>
            <source>Staff (full-time equivalents) cannot be negative</source>
            <translation>Staff (full-time equivalents) cannot be negative</translation>
        </message>
        <message>
            <source>The NAF code should look like 47.24Z</source>
            <translation>The NAF code should look like 47.24Z</translation>
        </message>
        <message>
            <source>The commune should be a 5-character INSEE code such as 86194</source>
            <translation>The commune should be a 5-character INSEE code such as 86194</translation>
        </message>
        <message>
            <source>The fiscal year should be a year such as 2025</source>
            <translation>The fiscal year should be a year such as 2025</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>The folder {path} does not exist</translation>
        </message>
        <message>
            <source>The turnover cannot be negative</source>
            <translation>The turnover cannot be negative</translation>
        </message>
        <message>
            <source>This SIRET is not valid: it needs 14 digits and a correct check key</source>
            <translation>This SIRET is not valid: it needs 14 digits and a correct check key</translation>
        </message>
        <message>
            <source>This file belongs to the study {other}, not {this}: import it into its own study file</source>
            <translation>This file belongs to the study {other}, not {this}: import it into its own study file</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} already exists: choose another file name</translation>
        </message>
        <message>
            <source>{name} cannot be read as a study file ({reason})</source>
            <translation>{name} cannot be read as a study file ({reason})</translation>
        </message>
        <message>
            <source>{name} is not a Made in Local study file</source>
            <translation>{name} is not a Made in Local study file</translation>
        </message>
        <message>
            <source>{name} was written by a newer version of Made in Local. Install the latest version to open it; the file was not changed.</source>
            <translation>{name} was written by a newer version of Made in Local. Install the latest version to open it; the file was not changed.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a study file</source>
            <translation>{path} is a folder, not a study file</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>An amount cannot be negative</source>
            <translation>An amount cannot be negative</translation>
        </message>
        <message>
            <source>At most two decimals (cents)</source>
            <translation>At most two decimals (cents)</translation>
        </message>
        <message>
            <source>Type an amount in euros, for example {example}</source>
            <translation>Type an amount in euros, for example {example}</translation>
        </message>
        <message>
            <source>amount in €</source>
            <translation>amount in €</translation>
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
            <translation>Income
(Type I)</translation>
        </message>
        <message>
            <source>Income
(Type II)</source>
            <translation>Income
(Type II)</translation>
        </message>
        <message>
            <source>Income
per €</source>
            <translation>Income
per €</translation>
        </message>
        <message>
            <source>Jobs
per M€</source>
            <translation>Jobs
per M€</translation>
        </message>
        <message>
            <source>Local
purchases</source>
            <translation>Local
purchases</translation>
        </message>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Output
(Type I)</source>
            <translation>Output
(Type I)</translation>
        </message>
        <message>
            <source>Output
(Type II)</source>
            <translation>Output
(Type II)</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>Value added
per €</source>
            <translation>Value added
per €</translation>
        </message>
    </context>
    <context>
        <name>NewFromKitDialog</name>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose the study kit</source>
            <translation>Choose the study kit</translation>
        </message>
        <message>
            <source>Choose where to save the study file</source>
            <translation>Choose where to save the study file</translation>
        </message>
        <message>
            <source>Create the study</source>
            <translation>Create the study</translation>
        </message>
        <message>
            <source>Kit passphrase</source>
            <translation>Kit passphrase</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Made in Local studies (*.madeinlocal)</translation>
        </message>
        <message>
            <source>New study from a kit</source>
            <translation>New study from a kit</translation>
        </message>
        <message>
            <source>No study kit at {path}</source>
            <translation>No study kit at {path}</translation>
        </message>
        <message>
            <source>Save the new study as</source>
            <translation>Save the new study as</translation>
        </message>
        <message>
            <source>Study file</source>
            <translation>Study file</translation>
        </message>
        <message>
            <source>Study kit</source>
            <translation>Study kit</translation>
        </message>
        <message>
            <source>Study kits (*{suffix})</source>
            <translation>Study kits (*{suffix})</translation>
        </message>
        <message>
            <source>The coordinator gives each surveyor the study kit. The study file made from it belongs to the same study: its bundles can be consolidated with the others.</source>
            <translation>The coordinator gives each surveyor the study kit. The study file made from it belongs to the same study: its bundles can be consolidated with the others.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>The folder {path} does not exist</translation>
        </message>
        <message>
            <source>only if the kit is protected</source>
            <translation>only if the kit is protected</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} already exists: choose another file name</translation>
        </message>
    </context>
    <context>
        <name>NewStudyDialog</name>
        <message numerus="yes">
            <source>%Ln commune(s) in the territory</source>
            <translation>
                <numerusform>%Ln commune in the territory</numerusform>
                <numerusform>%Ln communes in the territory</numerusform>
            </translation>
        </message>
        <message>
            <source>A local branch of a chain counts as local</source>
            <translation>A local branch of a chain counts as local</translation>
        </message>
        <message>
            <source>A radius around the centre</source>
            <translation>A radius around the centre</translation>
        </message>
        <message>
            <source>A supplier is local if</source>
            <translation>A supplier is local if</translation>
        </message>
        <message>
            <source>Add a commune or an intercommunality</source>
            <translation>Add a commune or an intercommunality</translation>
        </message>
        <message>
            <source>Add at least one commune to the territory</source>
            <translation>Add at least one commune to the territory</translation>
        </message>
        <message>
            <source>Amounts are excluding VAT</source>
            <translation>Amounts are excluding VAT</translation>
        </message>
        <message>
            <source>An employee is local if</source>
            <translation>An employee is local if</translation>
        </message>
        <message>
            <source>Boundary</source>
            <translation>Boundary</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Choose where to save the study file</source>
            <translation>Choose where to save the study file</translation>
        </message>
        <message>
            <source>Create the study</source>
            <translation>Create the study</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <source>Give the study a name</source>
            <translation>Give the study a name</translation>
        </message>
        <message>
            <source>Loading the communes…</source>
            <translation>Loading the communes…</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Made in Local studies (*.madeinlocal)</translation>
        </message>
        <message>
            <source>Name of the territory</source>
            <translation>Name of the territory</translation>
        </message>
        <message>
            <source>Name, INSEE code or postal code</source>
            <translation>Name, INSEE code or postal code</translation>
        </message>
        <message>
            <source>New study</source>
            <translation>New study</translation>
        </message>
        <message>
            <source>Radius</source>
            <translation>Radius</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Save the new study as</source>
            <translation>Save the new study as</translation>
        </message>
        <message>
            <source>Study file</source>
            <translation>Study file</translation>
        </message>
        <message>
            <source>Study name</source>
            <translation>Study name</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territory</translation>
        </message>
        <message>
            <source>The communes listed</source>
            <translation>The communes listed</translation>
        </message>
        <message>
            <source>The département</source>
            <translation>The département</translation>
        </message>
        <message>
            <source>The folder {path} does not exist</source>
            <translation>The folder {path} does not exist</translation>
        </message>
        <message>
            <source>The intercommunality</source>
            <translation>The intercommunality</translation>
        </message>
        <message>
            <source>What counts as local</source>
            <translation>What counts as local</translation>
        </message>
        <message>
            <source>e.g. CA du Niortais</source>
            <translation>e.g. CA du Niortais</translation>
        </message>
        <message>
            <source>e.g. Town centre of Niort</source>
            <translation>e.g. Town centre of Niort</translation>
        </message>
        <message>
            <source>its invoicing establishment is in the territory</source>
            <translation>its invoicing establishment is in the territory</translation>
        </message>
        <message>
            <source>study</source>
            <translation>study</translation>
        </message>
        <message>
            <source>they live in the territory</source>
            <translation>they live in the territory</translation>
        </message>
        <message>
            <source>{name} already exists: choose another file name</source>
            <translation>{name} already exists: choose another file name</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Choose the passphrase of “{name}” (at least 12 characters). Without it nobody can open the file, you included: keep it safe.</source>
            <translation>Choose the passphrase of “{name}” (at least 12 characters). Without it nobody can open the file, you included: keep it safe.</translation>
        </message>
        <message>
            <source>Encrypted study</source>
            <translation>Encrypted study</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>No system keychain on this computer: the passphrase will be asked each time.</source>
            <translation>No system keychain on this computer: the passphrase will be asked each time.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Remember in the system keychain</source>
            <translation>Remember in the system keychain</translation>
        </message>
        <message>
            <source>The same again</source>
            <translation>The same again</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>The two passphrases differ: type the same one twice.</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Type the passphrase.</translation>
        </message>
        <message>
            <source>“{name}” is encrypted: give its passphrase.</source>
            <translation>“{name}” is encrypted: give its passphrase.</translation>
        </message>
    </context>
    <context>
        <name>PathField</name>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>PercentEdit</name>
        <message>
            <source>A share must be between 0 and 100 %</source>
            <translation>A share must be between 0 and 100 %</translation>
        </message>
        <message>
            <source>Type a percentage between 0 and 100, for example {example}</source>
            <translation>Type a percentage between 0 and 100, for example {example}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Each open study is copied once a day into the application's data folder; older copies are deleted (File → Restore a backup…)</source>
            <translation>Each open study is copied once a day into the application's data folder; older copies are deleted (File → Restore a backup…)</translation>
        </message>
        <message>
            <source>Keep automatic copies for</source>
            <translation>Keep automatic copies for</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Reopen the last study at start-up</source>
            <translation>Reopen the last study at start-up</translation>
        </message>
        <message>
            <source>Surveyor's name</source>
            <translation>Surveyor's name</translation>
        </message>
        <message>
            <source>The system's appearance</source>
            <translation>The system's appearance</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>The system's language</translation>
        </message>
        <message>
            <source>filled in on new interviews</source>
            <translation>filled in on new interviews</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>{name} — intercommunality, {n} communes</source>
            <translation>{name} — intercommunality, {n} communes</translation>
        </message>
    </context>
    <context>
        <name>RegionalEmploymentModel</name>
        <message>
            <source>Above national employment: type persons, not thousands</source>
            <translation>Above national employment: type persons, not thousands</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>National jobs</source>
            <translation>National jobs</translation>
        </message>
        <message>
            <source>Negative employment is not possible</source>
            <translation>Negative employment is not possible</translation>
        </message>
        <message>
            <source>Regional jobs</source>
            <translation>Regional jobs</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Type a number of persons, for example 5 590</source>
            <translation>Type a number of persons, for example 5 590</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;All interviewed shops</source>
            <translation>&amp;All interviewed shops</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Only the shops ticked below</source>
            <translation>&amp;Only the shops ticked below</translation>
        </message>
        <message>
            <source>&amp;Write the PDF</source>
            <translation>&amp;Write the PDF</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>One &amp;file per shop</source>
            <translation>One &amp;file per shop</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation>PDF report</translation>
        </message>
        <message>
            <source>Shop feedback sheets</source>
            <translation>Shop feedback sheets</translation>
        </message>
    </context>
    <context>
        <name>ReportMenu</name>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Writing the shop sheets…</source>
            <translation>Writing the shop sheets…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Written: {path}</translation>
        </message>
        <message>
            <source>report</source>
            <translation>report</translation>
        </message>
        <message>
            <source>shops</source>
            <translation>shops</translation>
        </message>
    </context>
    <context>
        <name>RespondentTableModel</name>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>Who answered</translation>
        </message>
        <message>
            <source>Share spent locally</source>
            <translation>Share spent locally</translation>
        </message>
    </context>
    <context>
        <name>RespondentsView</name>
        <message numerus="yes">
            <source>&lt;b&gt;{group}&lt;/b&gt;: mean of %Ln answer(s) = &lt;b&gt;{mean}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;{group}&lt;/b&gt;: mean of %Ln answer = &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;{group}&lt;/b&gt;: mean of %Ln answers = &lt;b&gt;{mean}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the answer (Enter)</source>
            <translation>Add the answer (Enter)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Mean per group (NEF method)</source>
            <translation>Mean per group (NEF method)</translation>
        </message>
        <message>
            <source>New answer</source>
            <translation>New answer</translation>
        </message>
        <message>
            <source>No answer yet.</source>
            <translation>No answer yet.</translation>
        </message>
        <message>
            <source>Remove the selected answer</source>
            <translation>Remove the selected answer</translation>
        </message>
        <message>
            <source>Share spent locally (%)</source>
            <translation>Share spent locally (%)</translation>
        </message>
        <message>
            <source>The analysis applies each group's mean to the lines paid to that group when the interview gives no share of its own.</source>
            <translation>The analysis applies each group's mean to the lines paid to that group when the interview gives no share of its own.</translation>
        </message>
        <message>
            <source>Type the share this respondent spends locally</source>
            <translation>Type the share this respondent spends locally</translation>
        </message>
        <message>
            <source>Who answered</source>
            <translation>Who answered</translation>
        </message>
        <message>
            <source>optional, e.g. Employee 3 or Minoterie Dupuis</source>
            <translation>optional, e.g. Employee 3 or Minoterie Dupuis</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Businesses</source>
            <translation>Businesses</translation>
        </message>
        <message>
            <source>Choose a copy of the study</source>
            <translation>Choose a copy of the study</translation>
        </message>
        <message>
            <source>Choose another copy…</source>
            <translation>Choose another copy…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Copy of</source>
            <translation>Copy of</translation>
        </message>
        <message>
            <source>Each day a study is opened, a copy of it is kept in the application's data folder. Restoring a copy writes it as a new study file beside this one: the study itself is not changed.</source>
            <translation>Each day a study is opened, a copy of it is kept in the application's data folder. Restoring a copy writes it as a new study file beside this one: the study itself is not changed.</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Made in Local studies (*.madeinlocal)</source>
            <translation>Made in Local studies (*.madeinlocal)</translation>
        </message>
        <message>
            <source>No automatic copy of this study yet.</source>
            <translation>No automatic copy of this study yet.</translation>
        </message>
        <message>
            <source>Open the restored study</source>
            <translation>Open the restored study</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>Respondents</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Restore as a new file</source>
            <translation>Restore as a new file</translation>
        </message>
        <message>
            <source>Restored as {name}, beside the study. The study itself was not changed.</source>
            <translation>Restored as {name}, beside the study. The study itself was not changed.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>95% interval</source>
            <translation>95% interval</translation>
        </message>
        <message>
            <source>95% interval {ci} · bootstrap {boot}</source>
            <translation>95% interval {ci} · bootstrap {boot}</translation>
        </message>
        <message>
            <source>95% interval {low} to {high}</source>
            <translation>95% interval {low} to {high}</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Bootstrap 95%</source>
            <translation>Bootstrap 95%</translation>
        </message>
        <message>
            <source>Calibrate on the register's jobs by sector</source>
            <translation>Calibrate on the register's jobs by sector</translation>
        </message>
        <message>
            <source>ESS establishments</source>
            <translation>ESS establishments</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>Establishments</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <source>Euros a year</source>
            <translation>Euros a year</translation>
        </message>
        <message>
            <source>Euros by sector</source>
            <translation>Euros by sector</translation>
        </message>
        <message>
            <source>First local round (R2)</source>
            <translation>First local round (R2)</translation>
        </message>
        <message>
            <source>Import the register and save a design to estimate the territory.</source>
            <translation>Import the register and save a design to estimate the territory.</translation>
        </message>
        <message>
            <source>Kept locally (R2 + R3)</source>
            <translation>Kept locally (R2 + R3)</translation>
        </message>
        <message>
            <source>Kept locally a year (R2 + R3)</source>
            <translation>Kept locally a year (R2 + R3)</translation>
        </message>
        <message>
            <source>LM3 of the territory</source>
            <translation>LM3 of the territory</translation>
        </message>
        <message>
            <source>Leakage: {category}</source>
            <translation>Leakage: {category}</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>No register yet.</source>
            <translation>No register yet.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Profile of the territory</source>
            <translation>Profile of the territory</translation>
        </message>
        <message>
            <source>Recalculate</source>
            <translation>Recalculate</translation>
        </message>
        <message>
            <source>SE</source>
            <translation>SE</translation>
        </message>
        <message>
            <source>Salaried jobs</source>
            <translation>Salaried jobs</translation>
        </message>
        <message>
            <source>Second local round (R3)</source>
            <translation>Second local round (R3)</translation>
        </message>
        <message>
            <source>Sector (A17)</source>
            <translation>Sector (A17)</translation>
        </message>
        <message>
            <source>Strata</source>
            <translation>Strata</translation>
        </message>
        <message>
            <source>Stratum</source>
            <translation>Stratum</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Turnover (R1)</source>
            <translation>Turnover (R1)</translation>
        </message>
        <message>
            <source>Turnover in scope a year (R1)</source>
            <translation>Turnover in scope a year (R1)</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>estimated with {others}</source>
            <translation>estimated with {others}</translation>
        </message>
        <message>
            <source>no answer: not covered</source>
            <translation>no answer: not covered</translation>
        </message>
        <message>
            <source>one answer: estimated with {others}</source>
            <translation>one answer: estimated with {others}</translation>
        </message>
        <message>
            <source>weights calibrated on the register's jobs</source>
            <translation>weights calibrated on the register's jobs</translation>
        </message>
        <message>
            <source>{count} establishments, {jobs} salaried jobs (from the size band's midpoint; the interviewed shop's own staff for {own}) · social and solidarity economy: {ess} of establishments, {ess_jobs} of jobs · head office in the territory: {head}</source>
            <translation>{count} establishments, {jobs} salaried jobs (from the size band's midpoint; the interviewed shop's own staff for {own}) · social and solidarity economy: {ess} of establishments, {ess_jobs} of jobs · head office in the territory: {head}</translation>
        </message>
        <message>
            <source>{outside} interviews outside the register and {scope} outside the scope are left out</source>
            <translation>{outside} interviews outside the register and {scope} outside the scope are left out</translation>
        </message>
        <message>
            <source>{respondents} responding establishments out of {in_scope} in scope · the strata that answered hold {est} of the establishments and {jobs} of the salaried jobs</source>
            <translation>{respondents} responding establishments out of {in_scope} in scope · the strata that answered hold {est} of the establishments and {jobs} of the salaried jobs</translation>
        </message>
    </context>
    <context>
        <name>SavedScenarios</name>
        <message>
            <source>A scenario is already called “{name}”. Replace it?</source>
            <translation>A scenario is already called “{name}”. Replace it?</translation>
        </message>
        <message>
            <source>Choose a saved scenario in the list first.</source>
            <translation>Choose a saved scenario in the list first.</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Compare…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the scenario</source>
            <translation>Delete the scenario</translation>
        </message>
        <message>
            <source>Delete the scenario “{name}”?</source>
            <translation>Delete the scenario “{name}”?</translation>
        </message>
        <message>
            <source>Its {count} categories together:</source>
            <translation>Its {count} categories together:</translation>
        </message>
        <message>
            <source>Keep the current sliders as a named scenario</source>
            <translation>Keep the current sliders as a named scenario</translation>
        </message>
        <message>
            <source>LM3 {after} (today {before}) · {kept} kept locally per year</source>
            <translation>LM3 {after} (today {before}) · {kept} kept locally per year</translation>
        </message>
        <message>
            <source>Name of the scenario:</source>
            <translation>Name of the scenario:</translation>
        </message>
        <message>
            <source>Save the scenario</source>
            <translation>Save the scenario</translation>
        </message>
        <message>
            <source>Saved scenarios ({count})</source>
            <translation>Saved scenarios ({count})</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Scenarios kept in the study file</source>
            <translation>Scenarios kept in the study file</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>Unexpected error: {error}</translation>
        </message>
        <message>
            <source>{jobs} jobs, {income} of income, {value} of value added in the territory</source>
            <translation>{jobs} jobs, {income} of income, {value} of value added in the territory</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCompareDialog</name>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Compare two scenarios</source>
            <translation>Compare two scenarios</translation>
        </message>
        <message>
            <source>Export the scenarios…</source>
            <translation>Export the scenarios…</translation>
        </message>
        <message>
            <source>Extra kept locally (round 2, per year)</source>
            <translation>Extra kept locally (round 2, per year)</translation>
        </message>
        <message>
            <source>Extra kept locally (with round 3, per year)</source>
            <translation>Extra kept locally (with round 3, per year)</translation>
        </message>
        <message>
            <source>Income (wages and salaries)</source>
            <translation>Income (wages and salaries)</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Jobs</translation>
        </message>
        <message>
            <source>Jobs, income and value added appear once the study's input-output model is set (Input-output model tab).</source>
            <translation>Jobs, income and value added appear once the study's input-output model is set (Input-output model tab).</translation>
        </message>
        <message>
            <source>LM3 after</source>
            <translation>LM3 after</translation>
        </message>
        <message>
            <source>LM3 today</source>
            <translation>LM3 today</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Value added</source>
            <translation>Value added</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>, household spending included</source>
            <translation>, household spending included</translation>
        </message>
        <message>
            <source>Euros kept locally</source>
            <translation>Euros kept locally</translation>
        </message>
        <message>
            <source>In the territory</source>
            <translation>In the territory</translation>
        </message>
        <message>
            <source>Local recirculation</source>
            <translation>Local recirculation</translation>
        </message>
        <message>
            <source>New LM3</source>
            <translation>New LM3</translation>
        </message>
        <message>
            <source>Re-spend share of the new local suppliers</source>
            <translation>Re-spend share of the new local suppliers</translation>
        </message>
        <message>
            <source>Share of its non-local spending moved to local suppliers</source>
            <translation>Share of its non-local spending moved to local suppliers</translation>
        </message>
        <message>
            <source>Share of their own spending that the new local suppliers spend locally (round 3). Starts at the survey mean for that kind of recipient, else the study's default.</source>
            <translation>Share of their own spending that the new local suppliers spend locally (round 3). Starts at the survey mean for that kind of recipient, else the study's default.</translation>
        </message>
        <message>
            <source>Spending category</source>
            <translation>Spending category</translation>
        </message>
        <message>
            <source>The extra local purchases through the input-output model ({how}): {jobs} jobs, of which {direct} direct; {wages} of wages and salaries and {value} of value added a year.</source>
            <translation>The extra local purchases through the input-output model ({how}): {jobs} jobs, of which {direct} direct; {wages} of wages and salaries and {value} of value added a year.</translation>
        </message>
        <message>
            <source>What if more were bought locally?</source>
            <translation>What if more were bought locally?</translation>
        </message>
        <message>
            <source>jobs, {wages} of wages, {value} of value added</source>
            <translation>jobs, {wages} of wages, {value} of value added</translation>
        </message>
        <message>
            <source>more kept in the local economy per year</source>
            <translation>more kept in the local economy per year</translation>
        </message>
        <message>
            <source>national table</source>
            <translation>national table</translation>
        </message>
        <message>
            <source>not a purchase from an industry: no input-output effect</source>
            <translation>not a purchase from an industry: no input-output effect</translation>
        </message>
        <message>
            <source>regional model {method}</source>
            <translation>regional model {method}</translation>
        </message>
        <message>
            <source>today {today} ({change})</source>
            <translation>today {today} ({change})</translation>
        </message>
        <message>
            <source>{before} today → {after}</source>
            <translation>{before} today → {after}</translation>
        </message>
    </context>
    <context>
        <name>ShockPanel</name>
        <message>
            <source>Compute</source>
            <translation>Compute</translation>
        </message>
        <message>
            <source>Direct and supplier effects (Type I); income is compensation of employees; jobs in persons.</source>
            <translation>Direct and supplier effects (Type I); income is compensation of employees; jobs in persons.</translation>
        </message>
        <message>
            <source>Impact of extra demand</source>
            <translation>Impact of extra demand</translation>
        </message>
        <message>
            <source>In the territory:</source>
            <translation>In the territory:</translation>
        </message>
        <message>
            <source>Income:</source>
            <translation>Income:</translation>
        </message>
        <message>
            <source>Jobs:</source>
            <translation>Jobs:</translation>
        </message>
        <message>
            <source>Output:</source>
            <translation>Output:</translation>
        </message>
        <message>
            <source>Sector and amount:</source>
            <translation>Sector and amount:</translation>
        </message>
        <message>
            <source>Suppliers and household re-spending included (Type II); income is compensation of employees; jobs in persons.</source>
            <translation>Suppliers and household re-spending included (Type II); income is compensation of employees; jobs in persons.</translation>
        </message>
        <message>
            <source>Type an amount in euros above zero</source>
            <translation>Type an amount in euros above zero</translation>
        </message>
    </context>
    <context>
        <name>ShopListDialog</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Added {n} shops to the register.</source>
            <translation>Added {n} shops to the register.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Choose the list</source>
            <translation>Choose the list</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Column of the file</translation>
        </message>
        <message>
            <source>Commune (name, INSEE or postal code)</source>
            <translation>Commune (name, INSEE or postal code)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import a list of shops</source>
            <translation>Import a list of shops</translation>
        </message>
        <message>
            <source>List file</source>
            <translation>List file</translation>
        </message>
        <message>
            <source>Lists of shops (*.csv *.xlsx)</source>
            <translation>Lists of shops (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>NAF code</source>
            <translation>NAF code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Ownership</source>
            <translation>Ownership</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>already in the register</source>
            <translation>already in the register</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>{new} new shops, {known} already in the register, {refused} refused</source>
            <translation>{new} new shops, {known} already in the register, {refused} refused</translation>
        </message>
    </context>
    <context>
        <name>SpendLinesModel</name>
        <message>
            <source>Amount (€)</source>
            <translation>Amount (€)</translation>
        </message>
        <message>
            <source>Asked and not answered: counted as a missing answer and filled in by the analysis, with bounds</source>
            <translation>Asked and not answered: counted as a missing answer and filled in by the analysis, with bounds</translation>
        </message>
        <message>
            <source>Left empty: the analysis uses the mean of the survey answers for this group, else the input-output estimate, else the study's default. It is an estimate, not a missing answer. Asked and not answered? Choose the source "Survey answer".</source>
            <translation>Left empty: the analysis uses the mean of the survey answers for this group, else the input-output estimate, else the study's default. It is an estimate, not a missing answer. Asked and not answered? Choose the source "Survey answer".</translation>
        </message>
        <message>
            <source>Line {number}: {problem}</source>
            <translation>Line {number}: {problem}</translation>
        </message>
        <message>
            <source>Local share</source>
            <translation>Local share</translation>
        </message>
        <message>
            <source>Re-spend share</source>
            <translation>Re-spend share</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Spending category</source>
            <translation>Spending category</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>not answered</translation>
        </message>
        <message>
            <source>of which local (€)</source>
            <translation>of which local (€)</translation>
        </message>
        <message>
            <source>the amount cannot be negative</source>
            <translation>the amount cannot be negative</translation>
        </message>
        <message>
            <source>the amount has more than two decimals</source>
            <translation>the amount has more than two decimals</translation>
        </message>
        <message>
            <source>the amount is not a number</source>
            <translation>the amount is not a number</translation>
        </message>
        <message>
            <source>the local share</source>
            <translation>the local share</translation>
        </message>
        <message>
            <source>the re-spend share</source>
            <translation>the re-spend share</translation>
        </message>
        <message>
            <source>{what} is not a percentage</source>
            <translation>{what} is not a percentage</translation>
        </message>
        <message>
            <source>{what} must be between 0 and 100 %</source>
            <translation>{what} must be between 0 and 100 %</translation>
        </message>
    </context>
    <context>
        <name>StudyEncryption</name>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
        <message>
            <source>Decrypt the study</source>
            <translation>Decrypt the study</translation>
        </message>
        <message>
            <source>Decrypting the study…</source>
            <translation>Decrypting the study…</translation>
        </message>
        <message>
            <source>Encrypting the study…</source>
            <translation>Encrypting the study…</translation>
        </message>
        <message>
            <source>The passphrase could not be kept in the system keychain.</source>
            <translation>The passphrase could not be kept in the system keychain.</translation>
        </message>
        <message>
            <source>The passphrase of the study was changed.</source>
            <translation>The passphrase of the study was changed.</translation>
        </message>
        <message>
            <source>The study is no longer encrypted.</source>
            <translation>The study is no longer encrypted.</translation>
        </message>
        <message>
            <source>The study is now encrypted.</source>
            <translation>The study is now encrypted.</translation>
        </message>
        <message>
            <source>This study is encrypted already: Study → Change the passphrase… changes it.</source>
            <translation>This study is encrypted already: Study → Change the passphrase… changes it.</translation>
        </message>
        <message>
            <source>This study is not encrypted: Study → Encrypt the study… encrypts it.</source>
            <translation>This study is not encrypted: Study → Encrypt the study… encrypts it.</translation>
        </message>
        <message>
            <source>Write the study back as a plain file? Anyone who gets hold of the file will then be able to read the shops' names and figures.</source>
            <translation>Write the study back as a plain file? Anyone who gets hold of the file will then be able to read the shops' names and figures.</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsDialog</name>
        <message>
            <source>Choose the export</source>
            <translation>Choose the export</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Export file</source>
            <translation>Export file</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import KoboToolbox / ODK submissions</source>
            <translation>Import KoboToolbox / ODK submissions</translation>
        </message>
        <message>
            <source>Imported: {new} new and {updated} updated interviews.</source>
            <translation>Imported: {new} new and {updated} updated interviews.</translation>
        </message>
        <message>
            <source>Importing the submissions…</source>
            <translation>Importing the submissions…</translation>
        </message>
        <message>
            <source>Kobo or ODK exports (*.xlsx *.csv *.zip)</source>
            <translation>Kobo or ODK exports (*.xlsx *.csv *.zip)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Refused submissions: correct them on the server, then export again. Nothing is imported while one is refused.</source>
            <translation>Refused submissions: correct them on the server, then export again. Nothing is imported while one is refused.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>This CSV does not hold the spending lines: export as XLSX to get them.</source>
            <translation>This CSV does not hold the spending lines: export as XLSX to get them.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refused</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>updated</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {unchanged} unchanged, {refused} refused</source>
            <translation>{new} new, {updated} updated, {unchanged} unchanged, {refused} refused</translation>
        </message>
    </context>
    <context>
        <name>SyncFolderDialog</name>
        <message numerus="yes">
            <source>%Ln bundle(s) already imported before.</source>
            <translation>
                <numerusform>%Ln bundle already imported before.</numerusform>
                <numerusform>%Ln bundles already imported before.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) imported.</source>
            <translation>
                <numerusform>%Ln bundle imported.</numerusform>
                <numerusform>%Ln bundles imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) of other studies left alone.</source>
            <translation>
                <numerusform>%Ln bundle of other studies left alone.</numerusform>
                <numerusform>%Ln bundles of other studies left alone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln bundle(s) refused: the reason is on its row; they will be tried again at the next sync.</source>
            <translation>
                <numerusform>%Ln bundle refused: the reason is on its row; they will be tried again at the next sync.</numerusform>
                <numerusform>%Ln bundles refused: the reason is on its row; they will be tried again at the next sync.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder the study's computers share</source>
            <translation>Choose the folder the study's computers share</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Every computer of the study writes its new bundle into one shared folder (a USB key, a network drive, a Nextcloud or Dropbox folder) and imports the bundles it has not seen yet. The folder is remembered for the next time.</source>
            <translation>Every computer of the study writes its new bundle into one shared folder (a USB key, a network drive, a Nextcloud or Dropbox folder) and imports the bundles it has not seen yet. The folder is remembered for the next time.</translation>
        </message>
        <message>
            <source>Folder shared by the study's computers</source>
            <translation>Folder shared by the study's computers</translation>
        </message>
        <message>
            <source>Nothing new to send from this computer.</source>
            <translation>Nothing new to send from this computer.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Shared folder</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Sync stopped. The bundles imported so far are kept whole; sync again to finish.</source>
            <translation>Sync stopped. The bundles imported so far are kept whole; sync again to finish.</translation>
        </message>
        <message>
            <source>Sync with a folder</source>
            <translation>Sync with a folder</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Written: {name}</source>
            <translation>Written: {name}</translation>
        </message>
        <message>
            <source>only if the study's bundles are encrypted</source>
            <translation>only if the study's bundles are encrypted</translation>
        </message>
    </context>
    <context>
        <name>TerritoryView</name>
        <message>
            <source>Design and draw</source>
            <translation>Design and draw</translation>
        </message>
        <message>
            <source>Estimating the territory…</source>
            <translation>Estimating the territory…</translation>
        </message>
        <message>
            <source>Fictitious data: the demo's register, shops and figures are invented. Do not quote them.</source>
            <translation>Fictitious data: the demo's register, shops and figures are invented. Do not quote them.</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Territory (fictitious demo)</source>
            <translation>Territory (fictitious demo)</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <source>How much of the money spent in local shops stays in the territory? Interview the shops, compute the LM3 multiplier.</source>
            <translation>How much of the money spent in local shops stays in the territory? Interview the shops, compute the LM3 multiplier.</translation>
        </message>
        <message>
            <source>New study…</source>
            <translation>New study…</translation>
        </message>
        <message>
            <source>No study opened yet.</source>
            <translation>No study opened yet.</translation>
        </message>
        <message>
            <source>Open a study…</source>
            <translation>Open a study…</translation>
        </message>
        <message>
            <source>Open the demo study (fictitious data)</source>
            <translation>Open the demo study (fictitious data)</translation>
        </message>
        <message>
            <source>Recent studies</source>
            <translation>Recent studies</translation>
        </message>
        <message>
            <source>missing: {folder}</source>
            <translation>missing: {folder}</translation>
        </message>
    </context>
    <context>
        <name>WriterBadge</name>
        <message>
            <source>Changes made here are signed with this name. Click to change it.</source>
            <translation>Changes made here are signed with this name. Click to change it.</translation>
        </message>
        <message>
            <source>Typed by: {name}</source>
            <translation>Typed by: {name}</translation>
        </message>
        <message>
            <source>Until you choose, changes are signed with this computer's login ({login}).</source>
            <translation>Until you choose, changes are signed with this computer's login ({login}).</translation>
        </message>
        <message>
            <source>Who is typing? Choose your name…</source>
            <translation>Who is typing? Choose your name…</translation>
        </message>
    </context>
    <context>
        <name>WriterDialog</name>
        <message>
            <source>Type your name</source>
            <translation>Type your name</translation>
        </message>
        <message>
            <source>Who is typing on this computer?</source>
            <translation>Who is typing on this computer?</translation>
        </message>
        <message>
            <source>Your first and last name</source>
            <translation>Your first and last name</translation>
        </message>
        <message>
            <source>Your name signs what you type in this study file on this computer: the history, the bundles you send and the conflicts others see. Choose it once.</source>
            <translation>Your name signs what you type in this study file on this computer: the history, the bundles you send and the conflicts others see. Choose it once.</translation>
        </message>
    </context>
    <context>
        <name>_PlaceHolder</name>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Input-output model (fictitious demo)</source>
            <translation>Input-output model (fictitious demo)</translation>
        </message>
    </context>
    <context>
        <name>StudySettingsDialog</name>
        <message>
            <source>A category code is lower-case letters, digits and “_”, starting with a letter, e.g. marketing.</source>
            <translation>A category code is lower-case letters, digits and “_”, starting with a letter, e.g. marketing.</translation>
        </message>
        <message>
            <source>A local branch of a chain counts as local</source>
            <translation>A local branch of a chain counts as local</translation>
        </message>
        <message>
            <source>A radius around the centre</source>
            <translation>A radius around the centre</translation>
        </message>
        <message>
            <source>A supplier is local if</source>
            <translation>A supplier is local if</translation>
        </message>
        <message>
            <source>Add the category</source>
            <translation>Add the category</translation>
        </message>
        <message>
            <source>Amounts are excluding VAT</source>
            <translation>Amounts are excluding VAT</translation>
        </message>
        <message>
            <source>An employee is local if</source>
            <translation>An employee is local if</translation>
        </message>
        <message>
            <source>Boundary</source>
            <translation>Boundary</translation>
        </message>
        <message>
            <source>Category “{label}” added.</source>
            <translation>Category “{label}” added.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
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
            <translation>English label</translation>
        </message>
        <message>
            <source>French label</source>
            <translation>French label</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Name of the territory</source>
            <translation>Name of the territory</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nothing changed.</translation>
        </message>
        <message>
            <source>Radius</source>
            <translation>Radius</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>Rename a category in French and in English: its spending lines keep it. A new category takes spending lines from the next interview on.</source>
            <translation>Rename a category in French and in English: its spending lines keep it. A new category takes spending lines from the next interview on.</translation>
        </message>
        <message>
            <source>Round-3 defaults</source>
            <translation>Round-3 defaults</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Save the settings</translation>
        </message>
        <message>
            <source>Settings saved. The analysis and the next bundle use them.</source>
            <translation>Settings saved. The analysis and the next bundle use them.</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>Share (%)</translation>
        </message>
        <message>
            <source>Spending categories</source>
            <translation>Spending categories</translation>
        </message>
        <message>
            <source>Study settings</source>
            <translation>Study settings</translation>
        </message>
        <message>
            <source>The communes listed</source>
            <translation>The communes listed</translation>
        </message>
        <message>
            <source>The département</source>
            <translation>The département</translation>
        </message>
        <message>
            <source>The intercommunality</source>
            <translation>The intercommunality</translation>
        </message>
        <message>
            <source>The share of what each group receives that it spends again in the territory, used for Round 3 when nobody answered for the group (a share the form calls automatic). Give a source or a reason; leave the share blank to use the input-output estimate instead.</source>
            <translation>The share of what each group receives that it spends again in the territory, used for Round 3 when nobody answered for the group (a share the form calls automatic). Give a source or a reason; leave the share blank to use the input-output estimate instead.</translation>
        </message>
        <message>
            <source>What counts as local</source>
            <translation>What counts as local</translation>
        </message>
        <message>
            <source>code, e.g. marketing</source>
            <translation>code, e.g. marketing</translation>
        </message>
        <message>
            <source>{group}: say where the share of {share} comes from.</source>
            <translation>{group}: say where the share of {share} comes from.</translation>
        </message>
        <message>
            <source>{group}: the share must be a percentage between 0 and 100, not “{typed}”.</source>
            <translation>{group}: the share must be a percentage between 0 and 100, not “{typed}”.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln commune(s); the command line changes them: madeinlocal settings STUDY rules --commune / --epci</source>
            <translation>
                <numerusform>%Ln commune; the command line changes them: madeinlocal settings STUDY rules --commune / --epci</numerusform>
                <numerusform>%Ln communes; the command line changes them: madeinlocal settings STUDY rules --commune / --epci</numerusform>
            </translation>
        </message>
    </context>
</TS>
