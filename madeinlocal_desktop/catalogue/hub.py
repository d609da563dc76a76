"""Texts of the consolidation hub: the server's answers and the app's hub client."""

TEXTS = {
    # -- the hub's database ------------------------------------------------------------------
    "hub.database_url": (
        "{url!r} n'est pas une adresse de base de données que le serveur sait ouvrir : "
        "utilisez sqlite:///hub.db ou postgresql+psycopg://utilisateur@hôte/base",
        "{url!r} is not a database address the hub can open: use sqlite:///hub.db or "
        "postgresql+psycopg://user@host/database"),
    "hub.database_unreachable": (
        "La base de données du serveur ({url}) ne répond pas : {detail}",
        "The hub's database ({url}) does not answer: {detail}"),
    "hub.database_missing": (
        "Pas de base de données du serveur à {url} : commencez par « madeinlocal hub "
        "add-study », qui la crée",
        "No hub database at {url}: start with 'madeinlocal hub add-study', which creates it"),
    "hub.database_newer": (
        "La base de données {url} a été mise à jour par une version plus récente du serveur ; "
        "installez cette version pour l'utiliser. Rien n'a été modifié.",
        "The database {url} was upgraded by a newer version of the hub; install that version "
        "to use it. Nothing was changed."),
    "hub.database_not_migrated": (
        "La base de données {url} attend une mise à jour de son schéma : sauvegardez-la, puis "
        "lancez « madeinlocal hub upgrade --db {url} » (voir docs/hub.md)",
        "The database {url} needs its schema upgraded: back it up, then run 'madeinlocal hub "
        "upgrade --db {url}' (see docs/hub.md)"),
    "hub.database_unavailable": (
        "Le serveur de consolidation ne joint pas sa base de données pour l'instant. Vos "
        "paquets restent en attente sur cet ordinateur ; la synchronisation reprendra.",
        "The consolidation hub cannot reach its database right now. Your bundles stay queued "
        "on this computer; the sync will resume."),
    "hub.copy_target_not_empty": (
        "La base de destination {url} contient déjà des études : la copie se fait vers une "
        "base neuve. Rien n'a été copié.",
        "The target database {url} already holds studies: copy into a new, empty database. "
        "Nothing was copied."),
    "hub.copy_mismatch": (
        "La copie de la table {table} ne compte pas autant de lignes que l'original ({copied} "
        "au lieu de {expected}) : recommencez vers une base neuve.",
        "The copy of table {table} does not hold as many rows as the original ({copied} "
        "instead of {expected}): start again into a new database."),
    # -- studies, invites, members -----------------------------------------------------------
    "hub.study_key_differs": (
        "Le serveur connaît déjà l'étude {study!r} avec une autre clé : ce kit vient d'une "
        "autre copie de l'étude. Rien n'a été modifié.",
        "The hub already knows the study {study!r} with another key: this kit comes from "
        "another copy of the study. Nothing was changed."),
    "hub.study_unknown": (
        "Le serveur ne connaît pas l'étude {study} : enregistrez-la avec « madeinlocal hub "
        "add-study » et son kit",
        "The hub does not know the study {study}: register it with 'madeinlocal hub "
        "add-study' and its kit"),
    "hub.role_unknown": (
        "Rôle inconnu {role!r} : choisissez parmi {roles}",
        "Unknown role {role!r}: choose one of {roles}"),
    "hub.invite_name": (
        "Donnez le nom de la personne invitée", "Give the name of the person invited"),
    "hub.invite_hours": (
        "Une invitation vaut entre quelques minutes et 30 jours ({hours} heures demandées)",
        "An invitation lasts between a few minutes and 30 days ({hours} hours asked)"),
    "hub.code_invalid": (
        "Ce code d'inscription est inconnu, déjà utilisé ou expiré : demandez-en un nouveau "
        "au coordinateur de l'étude",
        "This enrolment code is unknown, already used or expired: ask the study's "
        "coordinator for a new one"),
    "hub.member_unknown": (
        "Pas de membre n° {member} dans cette étude (voir « madeinlocal hub members »)",
        "No member number {member} in this study (see 'madeinlocal hub members')"),
    # -- access --------------------------------------------------------------------------------
    "hub.token_missing": (
        "Cet appareil n'est pas inscrit auprès du serveur : inscrivez-le avec un code du "
        "coordinateur",
        "This device is not enrolled with the hub: enrol it with a code from the "
        "coordinator"),
    "hub.token_refused": (
        "Le serveur ne reconnaît plus cet appareil (accès révoqué ou inconnu) : demandez un "
        "nouveau code au coordinateur",
        "The hub no longer recognises this device (access revoked or unknown): ask the "
        "coordinator for a new code"),
    "hub.other_study": (
        "L'accès de cet appareil ne vaut pas pour cette étude",
        "This device's access is not for this study"),
    "hub.role_forbids": (
        "Le rôle {role!r} ne permet pas cette opération (un lecteur ne voit que les "
        "résultats ; seul un coordinateur invite et révoque)",
        "The role {role!r} does not allow this (a viewer only sees the results; only a "
        "coordinator invites and revokes)"),
    # -- bundles -------------------------------------------------------------------------------
    "hub.bundle_conflict": (
        "Le serveur a déjà un autre contenu sous l'identifiant de paquet {bundle} : ce paquet "
        "n'a pas été enregistré. Deux copies du même fichier d'étude ont-elles servi ?",
        "The hub already holds other content under the bundle id {bundle}: this bundle was "
        "not stored. Were two copies of one study file used?"),
    "hub.bundle_too_large": (
        "Ce paquet dépasse la taille que le serveur accepte ({limit:,} octets) ; rien n'a été "
        "enregistré",
        "This bundle is larger than the hub accepts ({limit:,} bytes); nothing was stored"),
    "hub.hash_mismatch": (
        "Le paquet reçu ne correspond pas à son empreinte SHA-256 (transfert interrompu ?) ; "
        "rien n'a été enregistré",
        "The bundle received does not match its SHA-256 (interrupted transfer?); nothing was "
        "stored"),
    "hub.bundle_damaged": (
        "Ce paquet est abîmé ou incomplet ; rien n'a été enregistré",
        "This bundle is damaged or incomplete; nothing was stored"),
    "hub.not_a_bundle": (
        "Ce fichier n'est pas un paquet Made in Local ; rien n'a été enregistré",
        "This file is not a Made in Local bundle; nothing was stored"),
    "hub.bundle_other_study": (
        "Ce paquet a été fait pour une autre étude ; rien n'a été enregistré",
        "This bundle was made for another study; nothing was stored"),
    "hub.bundle_signature": (
        "Ce paquet ne porte pas la signature de l'étude (modifié après coup, ou fait par un "
        "fichier qui ne vient pas du kit de l'étude) ; rien n'a été enregistré",
        "This bundle does not carry the study's signature (altered afterwards, or made by a "
        "file not created from the study's kit); nothing was stored"),
    "hub.bundle_altered": (
        "Le contenu de ce paquet a été modifié après sa fabrication ; rien n'a été enregistré",
        "This bundle's content was altered after it was made; nothing was stored"),
    "hub.bundle_unknown": (
        "Le serveur n'a pas de paquet {sha256}", "The hub holds no bundle {sha256}"),
    "hub.request_invalid": (
        "Requête mal formée ({where})", "Malformed request ({where})"),
    # -- the app's side --------------------------------------------------------------------------
    "hub.url_invalid": (
        "{url!r} n'est pas l'adresse d'un serveur : elle commence par https:// (ou http:// "
        "sur le réseau local)",
        "{url!r} is not a server address: it starts with https:// (or http:// on a local "
        "network)"),
    "hub.unreachable": (
        "Le serveur de consolidation {url} ne répond pas ({reason}). Vos paquets restent en "
        "attente sur cet ordinateur ; réessayez quand le réseau sera revenu.",
        "The consolidation hub {url} does not answer ({reason}). Your bundles stay queued on "
        "this computer; try again when the network is back."),
    "hub.server_error": (
        "Le serveur de consolidation a rencontré une erreur (HTTP {status}) ; vos paquets "
        "restent en attente. Prévenez la personne qui gère le serveur si cela dure.",
        "The consolidation hub ran into an error (HTTP {status}); your bundles stay queued. "
        "Tell whoever runs the hub if it goes on."),
    "hub.certificate_refused": (
        "Le certificat du serveur {url} n'est pas valable ({reason}) : vérifiez l'adresse, ou "
        "prévenez la personne qui gère le serveur. Rien n'a été envoyé.",
        "The certificate of the hub {url} is not valid ({reason}): check the address, or tell "
        "whoever runs the hub. Nothing was sent."),
    "hub.answer_unreadable": (
        "La réponse de {url} n'est pas celle d'un serveur Made in Local (HTTP {status})",
        "The answer from {url} is not that of a Made in Local hub (HTTP {status})"),
    "hub.not_enrolled": (
        "Cette étude n'est pas encore reliée à un serveur de consolidation : inscrivez cet "
        "appareil avec l'adresse du serveur et un code du coordinateur",
        "This study is not linked to a consolidation hub yet: enrol this device with the "
        "hub's address and a code from the coordinator"),
    "hub.code_other_study": (
        "Ce code est pour l'étude {theirs!r}, pas pour {ours!r} : ouvrez le fichier de cette "
        "étude-là pour l'utiliser",
        "This code is for the study {theirs!r}, not {ours!r}: open that study's file to use "
        "it"),
    "hub.extra_missing": (
        "Le serveur de consolidation n'est pas installé avec cette copie de Made in Local : "
        "installez-le avec « pip install 'madeinlocal-desktop[hub]' » ({missing} manque)",
        "The consolidation hub is not installed with this copy of Made in Local: install it "
        "with \"pip install 'madeinlocal-desktop[hub]'\" ({missing} is missing)"),
}

# The server's own commands (hub/commands.py): what they print.
TEXTS |= {
    "hub.cli_sqlite_workers": (
        "Note : SQLite n'a qu'un écrivain à la fois ; plusieurs processus s'attendent les uns "
        "les autres. PostgreSQL est la base pour --workers > 1.",
        "Note: SQLite has one writer at a time; with several processes they wait for each "
        "other. PostgreSQL is the database for --workers > 1."),
    "hub.cli_serving": ("Hub sur {url} ({database})", "Hub on {url} ({database})"),
    "hub.cli_migrated": ("Base de données migrée vers cette version",
                         "Database migrated to this version"),
    "hub.cli_current": ("Base de données déjà à jour", "Database already current"),
    "hub.cli_study_added": (
        "Étude enregistrée : {name} ({id}). Ensuite : madeinlocal hub invite --db URL --study "
        "{id} --role coordinator --name NOM",
        "Registered {name} ({id}). Next: madeinlocal hub invite --db URL --study {id} --role "
        "coordinator --name NAME"),
    "hub.cli_study_refreshed": (
        "Étude déjà enregistrée (kit mis à jour) : {name} ({id}). Ensuite : madeinlocal hub "
        "invite --db URL --study {id} --role coordinator --name NOM",
        "Already registered (kit refreshed): {name} ({id}). Next: madeinlocal hub invite --db "
        "URL --study {id} --role coordinator --name NAME"),
    "hub.cli_study_row": ("{id}  {name}  ({bundles:,} lots)",
                          "{id}  {name}  ({bundles:,} bundles)"),
    "hub.cli_study_row_public": ("{id}  {name}  ({bundles:,} lots, lien public actif)",
                                 "{id}  {name}  ({bundles:,} bundles, public link on)"),
    "hub.cli_invited": ("À usage unique, pour {name} ({role}), valable jusqu'au {expires}.",
                        "Single use, for {name} ({role}), valid until {expires}."),
    "hub.cli_member_device": (" sur {device}", " on {device}"),
    "hub.cli_revoked": ("Révoqué : {name} ({role})", "Revoked {name} ({role})"),
    "hub.cli_public_off": ("Lien public désactivé", "Public link off"),
    "hub.cli_copied": ("Copié : {tables}", "Copied {tables}"),
}
