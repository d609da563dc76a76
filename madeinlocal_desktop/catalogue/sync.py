"""Texts of bundles, kits, folder sync and conflicts (sync/), and the reasons a received record
is rejected."""

TEXTS = {
    # -- bundles: making one
    "bundle.folder_missing": ("Le dossier {path} n'existe pas (la clé USB est-elle branchée ?)",
                              "The folder {path} does not exist (is the USB key plugged in?)"),
    "bundle.exists": ("{name} existe déjà : un paquet n'est jamais réécrit",
                      "{name} already exists; bundles are never rewritten"),
    # -- bundles: reading one (nothing is changed when any of these is said)
    "bundle.no_file": ("Aucun paquet à l'emplacement {path}", "No bundle at {path}"),
    "bundle.unreadable": ("{name} ne peut pas être lu ({reason}) : rien n'a été importé",
                          "{name} cannot be read ({reason}); nothing was imported"),
    "bundle.damaged": ("{name} est endommagé ou incomplet (la copie a-t-elle été "
                       "interrompue ?). Copiez-le à nouveau depuis l'ordinateur qui l'a créé ; "
                       "rien n'a été importé",
                       "{name} is damaged or incomplete (was the copy interrupted?). Copy it "
                       "again from the device that made it; nothing was imported."),
    "bundle.member_too_large": ("{name} : {member} est plus grand que ne l'indique son "
                                "manifeste ; il n'a pas été importé",
                                "{name}: {member} is larger than its manifest says; it was not "
                                "imported"),
    "bundle.path_escapes": ("{name} contient un fichier dont le chemin sort de son dossier "
                            "({member!r}). Made in Local ne crée jamais de tels fichiers ; il "
                            "n'a pas été ouvert",
                            "{name} holds a file whose path leaves its folder ({member!r}). "
                            "Made in Local never makes such files; it was not opened."),
    "bundle.member_twice": ("{name} contient deux fois le même fichier ; il n'a pas été importé",
                            "{name} holds the same file twice; it was not imported"),
    "bundle.no_manifest": ("{name} n'est pas un paquet Made in Local (il n'a pas de manifeste)",
                           "{name} is not a Made in Local bundle (it has no manifest)"),
    "bundle.not_bundle": ("{name} n'est pas un paquet Made in Local",
                          "{name} is not a Made in Local bundle"),
    "bundle.other_study": ("Ce paquet a été créé pour une autre étude ({other!r}), pas pour "
                           "{this!r} : importez-le dans le fichier de cette étude. Rien n'a été "
                           "modifié",
                           "This bundle was made for another study ({other!r}), not for "
                           "{this!r}: import it into that study's file. Nothing was changed."),
    "bundle.newer_schema": ("{name} a été créé par une version plus récente de Made in Local "
                            "(étape de schéma {schema!r}). Installez la dernière version pour "
                            "l'importer ; rien n'a été modifié",
                            "{name} was made by a newer version of Made in Local (schema step "
                            "{schema!r}). Install the latest version to import it; nothing was "
                            "changed."),
    "bundle.newer_format": ("{name} utilise le format de paquet {format!r}, plus récent que "
                            "celui que lit cette version de Made in Local ({known}). Installez "
                            "la dernière version pour l'importer",
                            "{name} uses the bundle format {format!r}, newer than this version "
                            "of Made in Local reads ({known}). Install the latest version to "
                            "import it."),
    "bundle.bad_signature": ("{name} ne porte pas la signature de cette étude : il a été "
                             "modifié après sa création, ou créé par un fichier d'étude qui ne "
                             "vient pas du kit de cette étude. Il n'a pas été importé",
                             "{name} does not carry this study's signature: it was altered "
                             "after it was made, or made by a study file not created from this "
                             "study's kit. It was not imported."),
    "bundle.members_mismatch": ("{name} : ses fichiers ne correspondent pas à son manifeste ; il "
                                "n'a pas été importé",
                                "{name}: its files do not match its manifest; it was not "
                                "imported"),
    "bundle.altered": ("{name} : {member} a été modifié après la création du paquet (son "
                       "SHA-256 ne correspond pas au manifeste). Il n'a pas été importé",
                       "{name}: {member} was altered after the bundle was made (its SHA-256 "
                       "does not match the manifest). It was not imported."),
    "bundle.needs_passphrase": ("{name} est chiffré : saisissez la phrase de passe avec laquelle "
                                "il a été créé",
                                "{name} is encrypted: give the passphrase it was made with"),
    "bundle.unknown_member": ("{name} contient un fichier inconnu ({member!r}) ; il n'a pas été "
                              "importé",
                              "{name}: unknown member {member!r}; it was not imported"),
    "bundle.same_device": ("{name} a été créé sur cet ordinateur par une autre copie du fichier "
                           "de cette étude (ou avant que ce fichier soit restauré d'une "
                           "sauvegarde). Travaillez dans une seule copie du fichier d'étude, pas "
                           "deux côte à côte ; rien n'a été importé",
                           "{name} was made on this computer by another copy of this study's "
                           "file (or before this file was restored from a backup). Work in one "
                           "copy of a study file, not two side by side; nothing was imported."),
    "bundle.no_study": ("{name} ne contient aucune étude", "{name} holds no study"),
    "bundle.nothing_valid": ("Aucun des {count} enregistrements de {name} ne peut être importé "
                             "(le premier : {first}). Rien n'a été modifié",
                             "None of the {count} records of {name} can be imported (the "
                             "first: {first}). Nothing was changed."),
    "bundle.breaks_study": ("{name} laisserait une étude qui ne s'ouvre plus ({error}) : il n'a "
                            "pas été importé, rien n'a été modifié",
                            "{name} would leave a study that no longer opens ({error}): it was "
                            "not imported; nothing was changed."),
    "bundle.study_unreadable": ("les réglages de l'étude seraient illisibles",
                                "the study's settings would be unreadable"),
    # -- why a received record is rejected (the other records of its bundle are imported)
    "record.field": ("{name} : {error}", "{name}: {error}"),
    "record.missing": ("la valeur manque", "the value is missing"),
    "record.too_long": ("le texte dépasse {limit} caractères",
                        "the text is longer than {limit} characters"),
    "record.not_canonical": ("{value!r} devrait s'écrire {canonical!r}",
                             "{value!r} should be written {canonical!r}"),
    "record.json_invalid": ("la valeur n'est pas un JSON lisible",
                            "the value is not readable JSON"),
    "record.study_deleted": ("une étude n'est jamais supprimée : cette suppression est refusée",
                             "a study is never deleted: this deletion is refused"),
    "record.value_refused": ("La valeur de {name} est refusée : {error}",
                             "The value for {name} is refused: {error}"),
    "record.shape": ("ce n'est pas un enregistrement complet", "it is not a complete record"),
    "record.not_uuid": ("son identifiant {value!r} n'est pas un UUID",
                        "its id {value!r} is not a UUID"),
    "record.change_info": ("ses informations de modification sont endommagées",
                           "its change information is damaged"),
    "record.damaged_sync": ("ses informations de version ou de conflit sont endommagées",
                            "its version or conflict information is damaged"),
    "record.not_single_value": ("une liste ou un objet à la place d'une valeur",
                                "a list or an object where one value should be"),
    "record.no_id_column": ("sa table n'a pas de colonne d'identifiant ou de version",
                            "its table has no id or version column"),
    "record.twice": ("il figure deux fois dans le paquet", "it appears twice in the bundle"),
    "record.unknown_table": ("il appartient à une table que cette version ne connaît pas",
                             "it belongs to a table this version does not know"),
    "record.other_study": ("il décrit une autre étude", "it describes another study"),
    "record.missing_business": ("il renvoie à un commerce que cette étude n'a pas",
                                "it refers to a business this study does not have"),
    "record.missing_interview": ("il renvoie à un entretien que cette étude n'a pas",
                                 "it refers to an interview this study does not have"),
    "record.unknown_category": ("il utilise la catégorie {category!r}, que cette étude n'a pas",
                                "it uses the category {category!r}, which this study does not "
                                "have"),
    "record.merge_breaks_rule": ("avec les modifications faites ici, il ne respecterait plus "
                                 "une règle ({error})",
                                 "with the changes made here, it would break a rule ({error})"),
    "record.not_category": ("ce n'est pas une catégorie de dépense",
                            "it is not a spending category"),
    "record.category_changed": ("la catégorie {category!r} y change de destinataire ou de "
                                "règle, ce qu'une catégorie existante ne peut pas faire",
                                "the category {category!r} changes its recipient or rule "
                                "there, which an existing category cannot do"),
    "record.version_invalid": ("ses informations de version sont endommagées",
                               "its version information is damaged"),
    # -- kits
    "kit.no_file": ("Aucun kit d'étude à l'emplacement {path}", "No kit at {path}"),
    "kit.unreadable": ("{name} ne peut pas être lu ({reason})", "{name} cannot be read ({reason})"),
    "kit.not_json": ("{name} n'est pas un kit d'étude (ce n'est pas du JSON lisible)",
                     "{name} is not a study kit (not readable JSON)"),
    "kit.not_kit": ("{name} n'est pas un kit d'étude Made in Local",
                    "{name} is not a Made in Local study kit"),
    "kit.newer_format": ("{name} a été créé par une version plus récente de Made in Local "
                         "({format}). Installez la dernière version pour l'utiliser",
                         "{name} was made by a newer version of Made in Local ({format}). "
                         "Install the latest version to use it."),
    "kit.newer_schema": ("{name} a été créé par une version plus récente de Made in Local. "
                         "Installez la dernière version pour l'utiliser",
                         "{name} was made by a newer version of Made in Local. Install the "
                         "latest version to use it."),
    "kit.damaged": ("{name} est endommagé ; demandez à nouveau le kit au coordinateur",
                    "{name} is damaged; ask the coordinator for the kit again"),
    "kit.damaged_because": ("{name} est endommagé ({error}) ; demandez à nouveau le kit au "
                            "coordinateur",
                            "{name} is damaged ({error}); ask the coordinator for the kit "
                            "again"),
    "kit.record_refused": ("Le kit est endommagé ({error}) ; demandez-le à nouveau au "
                           "coordinateur",
                           "The kit is damaged ({error}); ask the coordinator for the kit "
                           "again"),
    # -- folder sync
    "sync_folder.unavailable": ("Le dossier de synchronisation {path} n'est pas disponible (la "
                                "clé USB est-elle branchée, le lecteur réseau connecté ?)",
                                "The sync folder {path} is not available (is the USB key "
                                "plugged in, or the network drive connected?)"),
    # -- conflicts
    "conflict.not_found": ("Aucun conflit ouvert n'a l'identifiant {id!r} (il a peut-être déjà "
                           "été résolu) ; la commande conflicts les liste",
                           "No open conflict with id {id!r} (it may be resolved already); list "
                           "them with `conflicts`"),
    "conflict.ambiguous": ("{id!r} désigne plusieurs conflits : donnez plus de caractères",
                           "{id!r} matches several conflicts; give more characters"),
    "conflict.option_range": ("Choisissez une option entre 1 et {count}",
                              "Choose an option between 1 and {count}"),
    "conflict.none_mine": ("Aucune de ces valeurs n'a été saisie sur cet ordinateur : "
                           "choisissez-en une par son numéro",
                           "None of these values was made on this device: choose one by its "
                           "number"),
    "conflict.theirs_ambiguous": ("« theirs » est ambigu ici : plusieurs autres ordinateurs ont "
                                  "modifié ce champ, choisissez une valeur par son numéro",
                                  "'theirs' is ambiguous here: choose one of the values by its "
                                  "number"),
    "conflict.unknown_choice": ("Choix inconnu {value!r} : utilisez mine, theirs ou un numéro "
                                "d'option",
                                "Unknown choice {value!r}: use mine, theirs or an option "
                                "number"),
    # What a conflicting record is, for a person (sync/conflicts.py `Conflict.record`).
    "conflict.record_study": ("l'étude {name!r}", "the study {name!r}"),
    "conflict.record_named": ("{name}", "{name}"),
    "conflict.record_interview": ("entretien {shop}, {date}", "interview {shop}, {date}"),
    "conflict.record_line": ("ligne {category} de {shop}, {date}",
                             "line {category} of {shop}, {date}"),
    "conflict.record_respondent": ("répondant du groupe {group}", "{group} respondent"),
    "conflict.record_scenario": ("le scénario « {name} »", "the scenario {name!r}"),
    "conflict.value_empty": ("(vide)", "(empty)"),
    "conflict.value_yes": ("oui", "yes"),
    "conflict.value_no": ("non", "no"),
    "conflict.parent_missing": ("{value!r} n'existe pas dans cette étude",
                                "{value!r} does not exist in this study"),
}
