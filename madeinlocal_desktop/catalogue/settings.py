"""Texts of `madeinlocal settings`: the coordinator's settings on the command line."""

TEXTS = {
    "cli.help.settings": (
        "Paramètres de l'étude après sa création : parts de Round 3 par défaut, catégories de "
        "dépense, territoire et règles du local. Sans sous-commande : les affiche.",
        "The study's settings after its creation: Round-3 default shares, spending "
        "categories, territory and local rules. Without a subcommand: shows them."),
    "cli.help.settings.show": ("Affiche les paramètres de l'étude.",
                               "Show the study's settings."),
    "cli.help.settings.set_share": (
        "Fixe la part de Round 3 par défaut d'un groupe de destinataires (GROUP : supplier, "
        "staff, landlord, owner, tax, lender, charity ; VALUE : 40 % ou 0,4).",
        "Set the Round-3 default share of a recipient group (GROUP: supplier, staff, "
        "landlord, owner, tax, lender, charity; VALUE: 40% or 0.4)."),
    "cli.help.settings.why": ("D'où vient cette part (source, enquête…) ; obligatoire.",
                              "Where this share comes from (a source, a survey...); "
                              "required."),
    "cli.help.settings.remove_share": (
        "Retire la part par défaut d'un groupe (ses parts vides suivent alors le modèle "
        "entrées-sorties, sinon 50 % supposés).",
        "Remove a group's default share (its blank shares then follow the input-output "
        "model, else an assumed 50%)."),
    "cli.help.settings.category": ("Ajoute ou renomme une catégorie de dépense.",
                                   "Add or rename a spending category."),
    "cli.help.settings.category_add": ("Ajoute une catégorie de dépense (CODE stable).",
                                       "Add a spending category (a stable CODE)."),
    "cli.help.settings.category_rename": (
        "Change les libellés d'une catégorie ; son code et ses lignes de dépense restent.",
        "Change a category's labels; its code and its spending lines stay."),
    "cli.help.settings.label_fr": ("Libellé en français.", "French label."),
    "cli.help.settings.label_en": ("Libellé en anglais (par défaut : le français).",
                                   "English label (default: the French one)."),
    "cli.help.settings.recipient": ("Qui reçoit cet argent (son Round 3).",
                                    "Who receives this money (its Round 3)."),
    "cli.help.settings.rule": (
        "share : compte en R2 selon sa part locale ; never : jamais ; retained : non dépensé.",
        "share: counts in R2 by its local share; never: never; retained: not spent."),
    "cli.help.settings.rules": (
        "Change le territoire (--commune, --epci) et ce qui compte comme local.",
        "Change the territory (--commune, --epci) and what counts as local."),
    "cli.help.settings.boundary": ("Limite du local.", "The boundary of local."),
    "cli.help.settings.radius": ("Rayon en km (limite « radius »).",
                                 "Radius in km (boundary 'radius')."),
    "cli.help.settings.supplier_test": ("Quand un fournisseur est local.",
                                        "When a supplier is local."),
    "cli.help.settings.staff_test": ("Quand un salarié est local.",
                                     "When a member of staff is local."),
    "cli.help.settings.local_branch": (
        "Une succursale locale d'un groupe extérieur compte comme locale (ou non).",
        "A local branch of an outside group counts as local (or not)."),
    "cli.help.settings.vat": ("Chiffre d'affaires hors TVA (ou TVA comprise).",
                              "Turnover excludes VAT (or includes it)."),
    "cli.settings.title": ("Paramètres de l'étude {name!r} (exercice {year})",
                           "Settings of the study {name!r} (fiscal year {year})"),
    "cli.settings.territory": ("Territoire : {name} ; communes : {count} ({communes})",
                               "Territory: {name}; communes: {count} ({communes})"),
    "cli.settings.share": ("{share:%g}", "{share:%g}"),
    "cli.settings.category_line": ("({recipient} ; {rule})", "({recipient}; {rule})"),
    "cli.settings.more": (" et {count} autres", " and {count} more"),
    "cli.settings.boundary": ("Limite du local : {boundary}", "Boundary of local: {boundary}"),
    "cli.settings.radius": (", {km} km", ", {km} km"),
    "cli.settings.tests": ("Fournisseur local : {supplier} ; salarié local : {staff}",
                           "Local supplier: {supplier}; local staff: {staff}"),
    "cli.settings.flags": ("Succursale locale comptée comme locale : {branch} ; hors TVA : "
                           "{vat}",
                           "Local branch counts as local: {branch}; VAT excluded: {vat}"),
    "cli.settings.defaults_heading": ("Parts de Round 3 par défaut (et leur justification) :",
                                      "Round-3 default shares (and their justification):"),
    "cli.settings.no_default": (
        "aucune : modèle entrées-sorties s'il y en a un, sinon 50 % supposés",
        "none: the input-output model if there is one, else an assumed 50%"),
    "cli.settings.categories_heading": ("Catégories de dépense (code, libellés FR / EN) :",
                                        "Spending categories (code, FR / EN labels):"),
    "cli.settings.rule.share": ("selon sa part locale", "by its local share"),
    "cli.settings.rule.never": ("jamais en R2", "never in R2"),
    "cli.settings.rule.retained": ("non dépensé", "not spent"),
    "cli.settings.boundary.communes": ("les communes du territoire", "the territory's communes"),
    "cli.settings.boundary.epci": ("l'intercommunalité (EPCI)", "the EPCI"),
    "cli.settings.boundary.departement": ("le département", "the département"),
    "cli.settings.boundary.radius": ("un rayon", "a radius"),
    "cli.settings.share_set": ("Part par défaut des {group} : {share:%g} ({why})",
                               "Default share of {group}: {share:%g} ({why})"),
    "cli.settings.share_removed": (
        "Les {group} n'ont plus de part par défaut",
        "{group} no longer have a default share"),
    "cli.settings.category_added": ("Catégorie {code!r} ajoutée : {fr} / {en}",
                                    "Added category {code!r}: {fr} / {en}"),
    "cli.settings.category_renamed": ("Catégorie {code!r} renommée : {fr} / {en}",
                                      "Renamed category {code!r}: {fr} / {en}"),
    "cli.settings.rename_needs_label": ("Donnez un nouveau libellé : --fr, --en ou les deux",
                                        "Give a new label: --fr, --en or both"),
    "cli.settings.rules_need_option": (
        "Dites quoi changer : --commune, --epci, --territory-name ou une règle "
        "(voir --help)",
        "Say what to change: --commune, --epci, --territory-name or a rule (see --help)"),
    "cli.settings.rules_saved": ("Territoire et règles enregistrés ({communes} communes)",
                                 "Territory and rules saved ({communes} communes)"),
}
