"""A deterministic, clearly fictitious demonstration study (interchange format `madeinlocal/1`).

`demo_study()` returns a whole study as an interchange document (docs/interchange.md): about 120
shops of a town centre in Grand Poitiers, one interview each, spending lines, and Round-3
respondents. **Every shop, name, SIRET, address, person and amount is invented.** Shop and brand
names are made up, SIRETs are random numbers that merely pass the Luhn check, and
`study.fictitious` is true so every output can say so. Real reference data is used only where a
code must be valid: the 40 INSEE commune codes of the CU du Grand Poitiers (EPCI 200069854, COG
2025) and NAF rév. 2 sub-classes (INSEE).

The same seed always gives the same document, byte for byte once dumped as JSON: every random
draw, identifiers included, comes from one `random.Random(seed)`.

How the numbers were chosen
---------------------------
* Turnover excluding VAT per shop type and ownership is drawn in ranges typical of French
  town-centre trade (bakery 250-450 k€, hairdresser 90-180 k€, pharmacy 1.5-2.5 M€, supermarket
  branch 4-9 M€...).
* Costs are fractions of turnover per cost profile (bakery, food shop, restaurant, retail,
  pharmacy...), in the usual orders of magnitude of small French businesses: goods for resale
  about 50-75 % in retail, staff costs 25-40 % in bakeries, restaurants and hairdressing, employer
  social contributions 18-46 % of gross wages. The described lines never exceed turnover; what is
  left is simply not described.
* Local shares depend on ownership, following the mechanism documented by Civic Economics'
  *Indie Impact* studies and NEF's LM3 work: independents buy more from local suppliers and
  services, rent from local landlords and pay local owners; franchises buy from their franchisor
  and pay royalties outside; chain branches buy through central purchasing and send their profit
  to the group. Staff are mostly local whatever the owner (0.6-0.95 of wages).
* The parameters were tuned so that the demo's direct local recirculation share
  (R2 / R1, methods.md §2) lands near the published national figures: independent retailers
  47.7 % vs chains 13.6 % (Civic Economics, *Indie Impact Study Series*, national summary, 2012).
  With the default seed (unweighted mean of the finished interviews' R2 / R1): independents
  47.0 %, chain branches 15.0 %, franchises 17.8 %, cooperatives / ESS 50.1 %, associations
  54.9 %. Franchises sit a little above chains because the franchisee is often a local owner who
  pays local staff.
* Round-3 shares: staff households answer 0.30-0.65 (NEF's staff-averaging example gives
  45.4 %), local suppliers 0.25-0.60. Coordinator defaults for landlords, owners, local taxes,
  lenders and charities are demo assumptions, each with its justification; the landlord's 20 % is
  the value of the LM3 worked example (methods.md §5).
* About 1 % of the local shares of finished interviews are left unanswered (null) and a few
  interviews are drafts (two without consent, hence without data), so the missing-data rules and
  the status filter show in the analysis.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain import DEFAULT_CATEGORIES, LocalRules, Ownership, rules

__all__ = ["DEMO_SEED", "STUDY_NAME", "demo_study"]

FORMAT = "madeinlocal/1"
DEMO_SEED = 2026
STUDY_NAME = "Centre-ville de Poitiers — étude de démonstration (fictive)"
FISCAL_YEAR = 2025

# The 40 member communes of the CU du Grand Poitiers (EPCI 200069854), COG 2025.
GRAND_POITIERS: dict[str, str] = {
    "86019": "Beaumont Saint-Cyr", "86024": "Béruges", "86027": "Biard", "86028": "Bignoux",
    "86031": "Bonnes", "86041": "Buxerolles", "86045": "Celle-Lévescault",
    "86058": "La Chapelle-Moulière", "86062": "Chasseneuil-du-Poitou", "86070": "Chauvigny",
    "86080": "Cloué", "86083": "Coulombiers", "86088": "Croutelle", "86091": "Curzay-sur-Vonne",
    "86095": "Dissay", "86100": "Fontaine-le-Comte", "86114": "Jardres",
    "86115": "Jaunay-Marigny", "86116": "Jazeneuil", "86124": "Lavoux", "86133": "Ligugé",
    "86135": "Liniers", "86139": "Lusignan", "86157": "Mignaloux-Beauvoir",
    "86158": "Migné-Auxances", "86163": "Montamisé", "86194": "Poitiers", "86198": "Pouillé",
    "86202": "La Puye", "86213": "Rouillé", "86214": "Saint-Benoît",
    "86222": "Saint-Georges-lès-Baillargeaux", "86226": "Saint-Julien-l'Ars",
    "86239": "Sainte-Radégonde", "86244": "Saint-Sauvant", "86253": "Sanxay",
    "86256": "Savigny-Lévescault", "86261": "Sèvres-Anxaumont", "86268": "Tercé",
    "86297": "Vouneuil-sous-Biard",
}
POITIERS = "86194"
# Where the few shops outside Poitiers itself are (weights: larger communes more likely).
_OTHER_COMMUNES: tuple[tuple[str, int], ...] = (
    ("86041", 4), ("86214", 3), ("86062", 3), ("86158", 2), ("86115", 2), ("86070", 2),
    ("86297", 2), ("86157", 1), ("86139", 1), ("86133", 1), ("86100", 1),
)

# -- who is in the demo ------------------------------------------------------------------------

IND, COOP, FRAN, CHAIN, PUB = (Ownership.INDEPENDENT, Ownership.COOPERATIVE, Ownership.FRANCHISE,
                               Ownership.CHAIN_BRANCH, Ownership.PUBLIC)

Range = tuple[float, float]


@dataclass(frozen=True)
class _Kind:
    naf: str
    profile: str  # key of _PROFILES
    goods_local: Range  # local share of goods for resale for an independent
    supplies_local: Range  # local share of supplies and raw materials for an independent
    food: bool  # chains and franchises of food trades still buy a little locally
    names: tuple[str, ...]  # independent name patterns: {nom} surname, {lieu}, {prenom}
    supplier: str  # who answers the Round-3 supplier survey for this trade


_KINDS: dict[str, _Kind] = {
    "boulangerie": _Kind("10.71C", "bakery", (0.15, 0.35), (0.45, 0.70), True,
                         ("Boulangerie {nom}", "Le Fournil {lieu}", "Au Bon Pain {lieu}",
                          "Boulangerie-Pâtisserie {nom}"), "minoterie"),
    "patisserie": _Kind("47.24Z", "bakery", (0.10, 0.30), (0.35, 0.60), True,
                        ("Pâtisserie {nom}", "Chocolaterie {nom}", "Les Douceurs {lieu}"),
                        "laiterie"),
    "boucherie": _Kind("47.22Z", "food_shop", (0.60, 0.85), (0.20, 0.50), True,
                       ("Boucherie {nom}", "Boucherie-Charcuterie {lieu}",
                        "Maison {nom}, boucher"), "éleveur"),
    "poissonnerie": _Kind("47.23Z", "food_shop", (0.10, 0.30), (0.20, 0.40), True,
                          ("Poissonnerie {lieu}", "La Marée {lieu}"), "mareyeur"),
    "fromagerie": _Kind("47.29Z", "food_shop", (0.35, 0.60), (0.20, 0.45), True,
                        ("Fromagerie {nom}", "Crèmerie {lieu}", "L'Épicerie fine {lieu}"),
                        "chèvrerie"),
    "epicerie_bio": _Kind("47.29Z", "food_shop", (0.40, 0.65), (0.20, 0.45), True,
                          ("L'Épicerie bio {lieu}", "Vrac & Terroir {lieu}",
                           "Coop'Bio {lieu}", "Épicerie coopérative {lieu}"), "maraîcher"),
    "caviste": _Kind("47.25Z", "food_shop", (0.15, 0.35), (0.15, 0.40), True,
                     ("Cave {nom}", "La Cave {lieu}", "Les Vins {lieu}"), "vigneron"),
    "superette": _Kind("47.11B", "grocery", (0.08, 0.20), (0.10, 0.30), True,
                       ("Alimentation {nom}", "Épicerie {lieu}", "Le Petit Marché {lieu}"),
                       "grossiste alimentaire"),
    "supermarche": _Kind("47.11D", "grocery", (0.10, 0.25), (0.10, 0.30), True,
                         ("Supermarché {nom}",), "producteur"),
    "restaurant": _Kind("56.10A", "restaurant", (0.15, 0.35), (0.35, 0.60), True,
                        ("Le Bistrot {lieu}", "Restaurant {nom}", "La Table {lieu}",
                         "L'Auberge {lieu}", "Chez {prenom}", "Restaurant coopératif {lieu}"),
                        "maraîcher"),
    "rapide": _Kind("56.10C", "fastfood", (0.10, 0.25), (0.20, 0.40), True,
                    ("Crêperie {nom}", "Pizza {prenom}", "Le Snack {lieu}"),
                    "grossiste alimentaire"),
    "cafe": _Kind("56.30Z", "cafe", (0.15, 0.35), (0.20, 0.45), True,
                  ("Café {lieu}", "Le Comptoir {lieu}", "Brasserie {lieu}", "Le Bar {lieu}",
                   "Café coopératif {lieu}", "Café associatif {lieu}"), "brasserie artisanale"),
    "coiffure": _Kind("96.02A", "personal_care", (0.00, 0.10), (0.05, 0.25), False,
                      ("{prenom} Coiffure", "Salon {nom}", "L'Atelier coiffure {lieu}"),
                      "grossiste en produits capillaires"),
    "beaute": _Kind("96.02B", "personal_care", (0.00, 0.10), (0.05, 0.25), False,
                    ("Institut {prenom}", "Beauté {lieu}"), "grossiste en cosmétiques"),
    "librairie": _Kind("47.61Z", "retail", (0.00, 0.08), (0.20, 0.50), False,
                       ("Librairie {nom}", "Librairie {lieu}", "Bouquinerie {lieu}"),
                       "imprimeur"),
    "presse": _Kind("47.62Z", "retail", (0.20, 0.45), (0.20, 0.40), False,
                    ("Presse-Papeterie {lieu}", "Le Kiosque {lieu}"), "dépositaire de presse"),
    "tabac": _Kind("47.26Z", "retail", (0.00, 0.10), (0.10, 0.30), False,
                   ("Tabac {lieu}", "Tabac-Presse {nom}"), "grossiste"),
    "quincaillerie": _Kind("47.52A", "retail", (0.05, 0.20), (0.20, 0.40), False,
                           ("Quincaillerie {nom}", "Quincaillerie {lieu}"),
                           "grossiste en quincaillerie"),
    "pharmacie": _Kind("47.73Z", "pharmacy", (0.25, 0.45), (0.20, 0.40), False,
                       ("Pharmacie {lieu}", "Pharmacie {nom}"), "répartiteur pharmaceutique"),
    "fleuriste": _Kind("47.76Z", "retail", (0.20, 0.45), (0.20, 0.40), False,
                       ("{prenom} Fleurs", "Fleurs {lieu}", "L'Atelier floral {lieu}"),
                       "horticulteur"),
    "opticien": _Kind("47.78A", "optician", (0.00, 0.08), (0.10, 0.30), False,
                      ("Optique {nom}", "Lunetterie {lieu}"), "laboratoire de verres"),
    "habillement": _Kind("47.71Z", "retail", (0.00, 0.06), (0.15, 0.35), False,
                         ("Boutique {prenom}", "Dressing {lieu}", "Maison {nom}, prêt-à-porter"),
                         "atelier de confection"),
    "chaussure": _Kind("47.72A", "retail", (0.00, 0.05), (0.15, 0.35), False,
                       ("Chaussures {nom}",), "grossiste"),
    "parfumerie": _Kind("47.75Z", "retail", (0.00, 0.05), (0.10, 0.30), False,
                        ("Parfumerie {lieu}",), "grossiste en cosmétiques"),
    "bijouterie": _Kind("47.77Z", "retail", (0.05, 0.20), (0.20, 0.40), False,
                        ("Bijouterie {nom}", "Horlogerie-Bijouterie {nom}"),
                        "atelier de bijouterie"),
    "jouets": _Kind("47.65Z", "retail", (0.00, 0.08), (0.15, 0.35), False,
                    ("Jeux & Jouets {lieu}",), "grossiste"),
    "sport": _Kind("47.64Z", "retail", (0.00, 0.05), (0.10, 0.30), False,
                   ("Sports {nom}",), "grossiste"),
    "telephonie": _Kind("47.42Z", "retail", (0.00, 0.03), (0.05, 0.20), False,
                        ("Mobile {lieu}",), "grossiste"),
    "foyer": _Kind("47.59B", "retail", (0.05, 0.20), (0.15, 0.35), False,
                   ("Maison {nom}, arts de la table", "Déco {lieu}"), "artisan potier"),
    "ressourcerie": _Kind("47.79Z", "association", (0.50, 0.90), (0.30, 0.60), False,
                          ("Ressourcerie {lieu}",), "artisan réparateur"),
    "banque": _Kind("64.19Z", "bank", (0.0, 0.0), (0.10, 0.30), False,
                    ("Caisse mutuelle {lieu}",), "imprimeur"),
    "assurance": _Kind("66.22Z", "insurance", (0.0, 0.0), (0.20, 0.50), False,
                       ("Cabinet {nom}, agent général d'assurance",), "imprimeur"),
}

# (kind, ownership, count for 120 shops, turnover range in euros)
_ROSTER: tuple[tuple[str, Ownership, int, tuple[int, int]], ...] = (
    ("boulangerie", IND, 9, (250_000, 450_000)),
    ("boulangerie", FRAN, 1, (500_000, 900_000)),
    ("patisserie", IND, 2, (200_000, 400_000)),
    ("boucherie", IND, 4, (300_000, 700_000)),
    ("poissonnerie", IND, 1, (250_000, 500_000)),
    ("fromagerie", IND, 2, (200_000, 400_000)),
    ("epicerie_bio", COOP, 2, (600_000, 1_500_000)),
    ("epicerie_bio", IND, 1, (250_000, 500_000)),
    ("caviste", IND, 2, (200_000, 450_000)),
    ("superette", IND, 2, (400_000, 900_000)),
    ("superette", FRAN, 1, (900_000, 1_800_000)),
    ("superette", CHAIN, 2, (1_200_000, 2_500_000)),
    ("supermarche", CHAIN, 3, (4_000_000, 9_000_000)),
    ("supermarche", FRAN, 1, (4_000_000, 8_000_000)),
    ("restaurant", IND, 9, (250_000, 700_000)),
    ("restaurant", COOP, 1, (400_000, 800_000)),
    ("rapide", IND, 2, (150_000, 350_000)),
    ("rapide", FRAN, 2, (600_000, 1_400_000)),
    ("rapide", CHAIN, 1, (900_000, 1_600_000)),
    ("cafe", IND, 5, (120_000, 350_000)),
    ("cafe", COOP, 1, (200_000, 400_000)),
    ("cafe", PUB, 1, (60_000, 150_000)),
    ("coiffure", IND, 8, (90_000, 180_000)),
    ("coiffure", FRAN, 1, (150_000, 300_000)),
    ("beaute", IND, 2, (60_000, 150_000)),
    ("librairie", IND, 3, (300_000, 900_000)),
    ("librairie", CHAIN, 1, (1_500_000, 3_000_000)),
    ("presse", IND, 2, (150_000, 400_000)),
    ("tabac", IND, 2, (200_000, 500_000)),
    ("quincaillerie", IND, 2, (300_000, 700_000)),
    ("pharmacie", IND, 6, (1_500_000, 2_500_000)),
    ("fleuriste", IND, 3, (150_000, 350_000)),
    ("fleuriste", FRAN, 1, (250_000, 450_000)),
    ("opticien", IND, 2, (300_000, 600_000)),
    ("opticien", FRAN, 3, (400_000, 800_000)),
    ("habillement", IND, 3, (150_000, 400_000)),
    ("habillement", FRAN, 4, (350_000, 800_000)),
    ("habillement", CHAIN, 4, (800_000, 2_500_000)),
    ("chaussure", FRAN, 1, (400_000, 800_000)),
    ("chaussure", CHAIN, 1, (700_000, 1_500_000)),
    ("parfumerie", FRAN, 1, (500_000, 900_000)),
    ("parfumerie", CHAIN, 2, (1_000_000, 2_500_000)),
    ("bijouterie", IND, 2, (200_000, 500_000)),
    ("jouets", IND, 1, (200_000, 400_000)),
    ("jouets", FRAN, 1, (300_000, 600_000)),
    ("sport", CHAIN, 1, (1_500_000, 3_000_000)),
    ("telephonie", FRAN, 1, (400_000, 900_000)),
    ("telephonie", CHAIN, 2, (600_000, 1_200_000)),
    ("foyer", IND, 1, (200_000, 450_000)),
    ("ressourcerie", PUB, 1, (150_000, 300_000)),
    ("banque", CHAIN, 1, (1_500_000, 3_000_000)),
    ("banque", COOP, 1, (1_200_000, 2_500_000)),
    ("assurance", IND, 1, (250_000, 500_000)),
)

# Invented brand names for franchises and chain branches (no real brand intended).
_BRANDS: dict[tuple[str, Ownership], tuple[str, ...]] = {
    ("boulangerie", FRAN): ("Panélia", "Le Grenier à Miches"),
    ("superette", FRAN): ("Quotidi'Proxi",),
    ("superette", CHAIN): ("Proxéa", "Quotidi'Proxi"),
    ("supermarche", CHAIN): ("Vivéal Market", "Primaline"),
    ("supermarche", FRAN): ("Vivéal Market",),
    ("rapide", FRAN): ("Galopin Burger", "Crousti'Box"),
    ("rapide", CHAIN): ("Snacko",),
    ("coiffure", FRAN): ("Studio Mèche", "Boucle & Brushing"),
    ("librairie", CHAIN): ("Librairies Parchemin",),
    ("fleuriste", FRAN): ("Pétalys",),
    ("opticien", FRAN): ("Opticéa", "Visiopôle", "Lorgnon & Co"),
    ("habillement", FRAN): ("Lunaé Mode", "Brume & Coton", "Atelier Vélin"),
    ("habillement", CHAIN): ("Maison Alcée", "Textilune", "Urbanelle"),
    ("chaussure", FRAN): ("Pas de Velours",),
    ("chaussure", CHAIN): ("Pas Léger",),
    ("parfumerie", FRAN): ("Iris & Musc",),
    ("parfumerie", CHAIN): ("Essenza Beauté",),
    ("jouets", FRAN): ("Toupie & Cie",),
    ("sport", CHAIN): ("Foulées Sports",),
    ("telephonie", FRAN): ("Allô Forfait",),
    ("telephonie", CHAIN): ("Quanta Mobile", "Liaison Télécom"),
    ("banque", CHAIN): ("Banque Ardoise",),
}

_SURNAMES = (
    "Moreau", "Girard", "Bonnet", "Rousseau", "Guérin", "Fournier", "Morin", "Roux", "Chevalier",
    "Renaud", "Baudry", "Texier", "Poupard", "Gaborit", "Boutin", "Pineau", "Jamain", "Rivière",
    "Barreau", "Dupuy", "Favreau", "Brunet", "Proust", "Chauvet", "Martineau", "Naudin",
    "Sabourin", "Tessier", "Audebert", "Bouchet", "Ménard", "Chartier", "Raffin", "Bertaud",
)
_FIRST_NAMES = (
    "Sophie", "Julien", "Nadia", "Thomas", "Élodie", "Karim", "Claire", "Mathieu", "Aurélie",
    "Hugo", "Léa", "Antoine", "Sarah", "Nicolas", "Émilie", "Yann", "Pauline", "Romain",
)
_PLACES = (
    "du Marché", "de la Cathédrale", "Notre-Dame", "Saint-Hilaire", "des Cordeliers", "du Clain",
    "Blossac", "Montierneuf", "de la Tranchée", "du Palais", "des Halles", "des Trois-Piliers",
    "Saint-Porchaire", "de la Préfecture", "du Pont-Joubert", "Sainte-Radegonde",
    "Saint-Germain", "de la Gare", "des Carmes", "de l'Hôtel de Ville",
)
_QUARTERS = (  # how a chain names its branches in Poitiers
    "Centre", "Cordeliers", "Notre-Dame", "Gare", "Saint-Hilaire", "Blossac", "Carnot",
    "Gambetta", "Hôtel de Ville", "Porte de Paris", "Grand'Rue", "Montierneuf",
    "Pont-Joubert", "Trois-Piliers",
)
_POITIERS_STREETS = (
    "rue de la Cathédrale", "rue Carnot", "rue Gambetta", "Grand'Rue", "rue des Cordeliers",
    "rue Victor-Hugo", "rue de la Marne", "rue du Marché Notre-Dame", "place Charles-de-Gaulle",
    "rue Magenta", "rue de la Regratterie", "rue Jean-Jaurès", "rue Saint-Porchaire",
    "rue Henri-Oudin", "rue Boncenne", "rue des Grandes-Écoles", "boulevard Solférino",
    "rue de la Chaîne", "place du Maréchal-Leclerc", "rue Arthur-Ranc", "rue du Moulin-à-Vent",
    "rue Paul-Guillon", "rue Édouard-Grimaux", "rue Scévole-de-Sainte-Marthe",
)
_VILLAGE_STREETS = (
    "place de l'Église", "rue de la Mairie", "Grande Rue", "avenue de la Liberté",
    "rue du Commerce", "place du Marché", "rue de la République", "route de Poitiers",
)
_SURVEYORS = ("Camille", "Théo", "Manon")

_INTERVIEW_NOTES = (
    "", "", "", "", "", "",
    "Montants repris de la liasse fiscale 2025.",
    "Chiffres donnés de mémoire par la gérante, à confirmer.",
    "Chiffres donnés par le comptable du magasin.",
    "Part locale des fournisseurs estimée à partir des dix premières factures.",
)
_INDEPENDENT_NOTE = "Le loyer est versé à une SCI familiale installée à Poitiers."

# -- cost structures ---------------------------------------------------------------------------
# Fractions of turnover per category; "social" is employer contributions as a fraction of wages,
# "gross_fte" the gross annual pay per full-time equivalent (to derive staff_fte).

_PROFILES: dict[str, dict[str, Range]] = {
    "bakery": {"goods_resale": (0.03, 0.07), "supplies": (0.26, 0.32), "services": (0.03, 0.05),
               "energy": (0.035, 0.05), "wages": (0.26, 0.31), "rent": (0.03, 0.06),
               "local_taxes": (0.006, 0.012), "national_taxes": (0.005, 0.015),
               "interest": (0.004, 0.012), "owner_pay": (0.06, 0.10),
               "donations": (0.0005, 0.002), "capex": (0.01, 0.03), "retained": (0.01, 0.03),
               "social": (0.24, 0.30), "gross_fte": (24_000, 27_000)},
    "food_shop": {"goods_resale": (0.52, 0.62), "supplies": (0.02, 0.04),
                  "services": (0.03, 0.05), "energy": (0.02, 0.035), "wages": (0.14, 0.19),
                  "rent": (0.03, 0.06), "local_taxes": (0.005, 0.01),
                  "national_taxes": (0.005, 0.015), "interest": (0.003, 0.01),
                  "owner_pay": (0.05, 0.09), "donations": (0.0005, 0.002),
                  "capex": (0.008, 0.025), "retained": (0.01, 0.025),
                  "social": (0.25, 0.32), "gross_fte": (24_000, 27_500)},
    "grocery": {"goods_resale": (0.72, 0.77), "supplies": (0.01, 0.02),
                "services": (0.025, 0.04), "energy": (0.015, 0.025), "wages": (0.09, 0.115),
                "rent": (0.015, 0.035), "local_taxes": (0.004, 0.008),
                "national_taxes": (0.004, 0.01), "interest": (0.002, 0.005),
                "owner_pay": (0.012, 0.03), "donations": (0.0002, 0.001),
                "capex": (0.005, 0.012), "retained": (0.005, 0.015),
                "social": (0.22, 0.28), "gross_fte": (23_000, 26_000)},
    "restaurant": {"goods_resale": (0.07, 0.11), "supplies": (0.21, 0.27),
                   "services": (0.04, 0.06), "energy": (0.03, 0.045), "wages": (0.28, 0.33),
                   "rent": (0.05, 0.08), "local_taxes": (0.005, 0.01),
                   "national_taxes": (0.004, 0.012), "interest": (0.005, 0.012),
                   "owner_pay": (0.04, 0.07), "donations": (0.0003, 0.0015),
                   "capex": (0.01, 0.025), "retained": (0.005, 0.02),
                   "social": (0.20, 0.26), "gross_fte": (23_000, 26_000)},
    "fastfood": {"goods_resale": (0.05, 0.08), "supplies": (0.27, 0.32),
                 "services": (0.04, 0.06), "energy": (0.03, 0.045), "wages": (0.24, 0.28),
                 "rent": (0.05, 0.08), "local_taxes": (0.005, 0.01),
                 "national_taxes": (0.004, 0.012), "interest": (0.004, 0.012),
                 "owner_pay": (0.04, 0.08), "donations": (0.0003, 0.0015),
                 "capex": (0.01, 0.025), "retained": (0.005, 0.02),
                 "social": (0.20, 0.26), "gross_fte": (22_500, 25_000)},
    "cafe": {"goods_resale": (0.27, 0.33), "supplies": (0.04, 0.07), "services": (0.04, 0.06),
             "energy": (0.03, 0.045), "wages": (0.20, 0.25), "rent": (0.06, 0.09),
             "local_taxes": (0.006, 0.012), "national_taxes": (0.004, 0.01),
             "interest": (0.004, 0.012), "owner_pay": (0.05, 0.08),
             "donations": (0.0005, 0.002), "capex": (0.01, 0.025), "retained": (0.005, 0.02),
             "social": (0.20, 0.26), "gross_fte": (22_500, 25_000)},
    "personal_care": {"goods_resale": (0.03, 0.06), "supplies": (0.07, 0.10),
                      "services": (0.04, 0.07), "energy": (0.02, 0.035), "wages": (0.34, 0.40),
                      "rent": (0.07, 0.10), "local_taxes": (0.007, 0.014),
                      "national_taxes": (0.004, 0.01), "interest": (0.003, 0.01),
                      "owner_pay": (0.07, 0.11), "donations": (0.0003, 0.0015),
                      "capex": (0.01, 0.025), "retained": (0.005, 0.02),
                      "social": (0.24, 0.30), "gross_fte": (21_000, 24_000)},
    "retail": {"goods_resale": (0.47, 0.58), "supplies": (0.01, 0.02), "services": (0.04, 0.06),
               "energy": (0.012, 0.022), "wages": (0.12, 0.17), "rent": (0.06, 0.10),
               "local_taxes": (0.008, 0.015), "national_taxes": (0.005, 0.015),
               "interest": (0.003, 0.01), "owner_pay": (0.05, 0.09),
               "donations": (0.0003, 0.0015), "capex": (0.008, 0.02), "retained": (0.01, 0.03),
               "social": (0.25, 0.32), "gross_fte": (23_500, 27_000)},
    "pharmacy": {"goods_resale": (0.65, 0.69), "supplies": (0.005, 0.01),
                 "services": (0.03, 0.04), "energy": (0.006, 0.01), "wages": (0.10, 0.13),
                 "rent": (0.02, 0.035), "local_taxes": (0.004, 0.008),
                 "national_taxes": (0.01, 0.02), "interest": (0.005, 0.015),
                 "owner_pay": (0.05, 0.08), "donations": (0.0003, 0.001),
                 "capex": (0.005, 0.015), "retained": (0.005, 0.02),
                 "social": (0.30, 0.36), "gross_fte": (31_000, 36_000)},
    "optician": {"goods_resale": (0.30, 0.36), "supplies": (0.01, 0.02),
                 "services": (0.05, 0.07), "energy": (0.01, 0.02), "wages": (0.18, 0.23),
                 "rent": (0.06, 0.09), "local_taxes": (0.008, 0.014),
                 "national_taxes": (0.008, 0.02), "interest": (0.004, 0.012),
                 "owner_pay": (0.08, 0.12), "donations": (0.0003, 0.0015),
                 "capex": (0.01, 0.025), "retained": (0.01, 0.03),
                 "social": (0.30, 0.36), "gross_fte": (28_000, 32_000)},
    "bank": {"supplies": (0.01, 0.02), "services": (0.16, 0.22), "energy": (0.01, 0.02),
             "wages": (0.30, 0.36), "rent": (0.04, 0.07), "local_taxes": (0.01, 0.02),
             "national_taxes": (0.03, 0.05), "owner_pay": (0.10, 0.16),
             "donations": (0.0005, 0.002), "capex": (0.01, 0.025), "retained": (0.02, 0.04),
             "social": (0.40, 0.46), "gross_fte": (40_000, 46_000)},
    "insurance": {"supplies": (0.01, 0.02), "services": (0.08, 0.12), "energy": (0.01, 0.015),
                  "wages": (0.28, 0.34), "rent": (0.05, 0.08), "local_taxes": (0.008, 0.014),
                  "national_taxes": (0.01, 0.02), "interest": (0.002, 0.006),
                  "owner_pay": (0.20, 0.27), "donations": (0.0005, 0.002),
                  "capex": (0.005, 0.015), "retained": (0.01, 0.03),
                  "social": (0.38, 0.44), "gross_fte": (30_000, 34_000)},
    "association": {"goods_resale": (0.04, 0.08), "supplies": (0.05, 0.09),
                    "services": (0.06, 0.10), "energy": (0.03, 0.05), "wages": (0.48, 0.56),
                    "rent": (0.04, 0.07), "local_taxes": (0.003, 0.008),
                    "national_taxes": (0.002, 0.006), "interest": (0.002, 0.006),
                    "capex": (0.01, 0.03), "retained": (0.0, 0.02),
                    "social": (0.18, 0.24), "gross_fte": (21_000, 23_500)},
}

# Local shares of the categories whose rule is "share", by ownership. Goods for resale and
# supplies of independents, cooperatives and public bodies come from the trade (_Kind).
_LOCAL: dict[Ownership, dict[str, Range]] = {
    IND: {"services": (0.50, 0.85), "energy": (0.05, 0.30), "wages": (0.65, 0.95),
          "rent": (0.65, 0.95), "interest": (0.40, 0.90), "owner_pay": (0.85, 1.0),
          "donations": (0.70, 1.0), "capex": (0.20, 0.60)},
    COOP: {"services": (0.55, 0.85), "energy": (0.10, 0.35), "wages": (0.75, 0.95),
           "rent": (0.60, 0.95), "interest": (0.70, 1.0), "owner_pay": (0.90, 1.0),
           "donations": (0.85, 1.0), "capex": (0.30, 0.70)},
    PUB: {"services": (0.55, 0.85), "energy": (0.10, 0.35), "wages": (0.75, 0.95),
          "rent": (0.60, 0.95), "interest": (0.70, 1.0), "owner_pay": (0.90, 1.0),
          "donations": (0.85, 1.0), "capex": (0.30, 0.70)},
    FRAN: {"goods_resale": (0.0, 0.04), "supplies": (0.03, 0.12), "services": (0.05, 0.20),
           "energy": (0.05, 0.25), "wages": (0.60, 0.80), "rent": (0.10, 0.40),
           "interest": (0.30, 0.80), "owner_pay": (0.20, 0.75), "donations": (0.50, 1.0),
           "capex": (0.05, 0.30)},
    CHAIN: {"goods_resale": (0.0, 0.03), "supplies": (0.0, 0.10), "services": (0.03, 0.15),
            "energy": (0.0, 0.15), "wages": (0.60, 0.85), "rent": (0.05, 0.30),
            "interest": (0.0, 0.20), "owner_pay": (0.0, 0.0), "donations": (0.0, 0.60),
            "capex": (0.0, 0.15)},
}
_FOOD_CHAIN_GOODS: Range = (0.03, 0.08)  # food chains list a few local producers

# Probability that an optional category is part of the interview, by ownership.
_OPTIONAL: dict[Ownership, dict[str, float]] = {
    IND: {"interest": 0.7, "donations": 0.35, "capex": 0.5, "retained": 0.85},
    COOP: {"interest": 0.5, "donations": 0.8, "capex": 0.5, "retained": 0.9},
    PUB: {"interest": 0.2, "donations": 0.0, "capex": 0.5, "retained": 0.7},
    FRAN: {"interest": 0.8, "donations": 0.2, "capex": 0.5, "retained": 0.85},
    CHAIN: {"interest": 0.0, "donations": 0.3, "capex": 0.4, "retained": 0.6},
}

_CATEGORY_ORDER = tuple(c.code for c in DEFAULT_CATEGORIES)
_SHARE_CATEGORIES = frozenset(c.code for c in DEFAULT_CATEGORIES if c.r2_rule == "share")
_SUPPLIER_CATEGORIES = ("goods_resale", "supplies")
_MAYBE_UNANSWERED = ("services", "energy", "capex", "interest", "supplies", "goods_resale")

_RESPEND_DEFAULTS: dict[str, dict[str, Any]] = {
    "landlord": {"share": 0.2, "justification":
                 "Valeur par défaut de l'étude (méthode LM3, NEF 2002) : part locale de la "
                 "dépense d'un bailleur reprise de l'exemple de calcul de référence ; à remplacer "
                 "par une enquête auprès des bailleurs."},
    "owner": {"share": 0.45, "justification":
              "Propriétaires traités comme des ménages du territoire : valeur proche de "
              "l'exemple NEF de moyenne des salariés (45,4 %)."},
    "tax": {"share": 0.5, "justification":
            "Hypothèse de démonstration : environ la moitié des dépenses des collectivités "
            "(salaires des agents, marchés) reste sur le territoire ; à remplacer par les "
            "comptes administratifs."},
    "lender": {"share": 0.1, "justification":
               "Hypothèse de démonstration : une banque ne redépense localement que les "
               "salaires de son agence ; à remplacer par une enquête auprès des prêteurs."},
    "charity": {"share": 0.6, "justification":
                "Hypothèse de démonstration : associations locales employant des salariés et "
                "achetant auprès de fournisseurs du territoire."},
}


# -- helpers -----------------------------------------------------------------------------------

def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _draw(rng: random.Random, bounds: Range) -> float:
    low, high = bounds
    return low if low == high else rng.uniform(low, high)


def _share(rng: random.Random, bounds: Range) -> float:
    return round(min(1.0, max(0.0, _draw(rng, bounds))), 2)


def _euros(cents: int) -> int | float:
    """Whole euros as integers (as the exporter writes them), otherwise two decimals."""
    return cents // 100 if cents % 100 == 0 else cents / 100


def _luhn_key(digits: str) -> str:
    """The digit that makes `digits + key` pass the Luhn check."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 0:  # these positions are doubled once the key is appended
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def _siren(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        siren = body + _luhn_key(body)
        if not siren.startswith("356000000"):  # La Poste's SIREN follows another rule
            return siren


def _siret(rng: random.Random, siren: str) -> str:
    body = siren + "".join(str(rng.randint(0, 9)) for _ in range(4))
    return body + _luhn_key(body)


def _allocate(n: int) -> list[tuple[str, Ownership, tuple[int, int]]]:
    """Scale the 120-shop roster to n shops (largest remainders, ties in roster order)."""
    total = sum(count for _, _, count, _ in _ROSTER)
    quotas = [count * n / total for _, _, count, _ in _ROSTER]
    counts = [int(q) for q in quotas]
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - counts[i]), i))
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return [(kind, owner, turnover)
            for (kind, owner, _, turnover), count in zip(_ROSTER, counts, strict=True)
            for _ in range(count)]


def _spring_weekdays(year: int) -> list[str]:
    day, end, days = dt.date(year, 3, 2), dt.date(year, 6, 12), []
    while day <= end:
        if day.weekday() < 5:
            days.append(day.isoformat())
        day += dt.timedelta(days=1)
    return days


class _Namer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make: Callable[[], str]) -> str:
        for _ in range(50):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        base, k = make(), 2
        while f"{base} {k}" in self.used:
            k += 1
        self.used.add(f"{base} {k}")
        return f"{base} {k}"

    def independent(self, kind: str, ownership: Ownership) -> str:
        patterns = _KINDS[kind].names
        if ownership is COOP:
            special = [p for p in patterns if "coopérati" in p or "Coop" in p
                       or "mutuelle" in p]
            patterns = tuple(special) or patterns
        elif ownership is PUB:
            patterns = tuple(p for p in patterns if "associati" in p) or patterns
        else:
            patterns = tuple(p for p in patterns if "coopérati" not in p and "Coop" not in p
                             and "associati" not in p) or patterns
        rng = self.rng
        return self._unique(lambda: rng.choice(patterns).format(
            nom=rng.choice(_SURNAMES), lieu=rng.choice(_PLACES), prenom=rng.choice(_FIRST_NAMES)))

    def branded(self, brand: str, commune: str) -> tuple[str, str]:
        """A branch's name and commune: one branch of a brand per suburb, several in Poitiers."""
        rng = self.rng
        suburban = f"{brand} {GRAND_POITIERS[commune]}"
        if commune != POITIERS and suburban not in self.used:
            self.used.add(suburban)
            return suburban, commune
        return self._unique(lambda: f"{brand} Poitiers {rng.choice(_QUARTERS)}"), POITIERS


# -- the generator -----------------------------------------------------------------------------

def demo_study(seed: int = DEMO_SEED, n_businesses: int = 120) -> dict[str, Any]:
    """A fictitious town-centre study of Grand Poitiers as a `madeinlocal/1` document.

    Deterministic: the same (seed, n_businesses) always gives an equal document. The shop mix of
    the 120-shop roster is scaled to `n_businesses`.
    """
    if isinstance(n_businesses, bool) or not isinstance(n_businesses, int) \
            or not 1 <= n_businesses <= 5000:
        raise ValueError(f"n_businesses should be an integer from 1 to 5000 "
                         f"(got {n_businesses!r})")
    rng = random.Random(seed)
    study_id = _uuid(rng)
    surveyors = [{"id": _uuid(rng), "name": name} for name in _SURVEYORS]

    slots = _allocate(n_businesses)
    rng.shuffle(slots)
    weekdays = _spring_weekdays(FISCAL_YEAR + 1)
    dates = sorted(rng.choice(weekdays) for _ in slots)

    namer = _Namer(rng)
    brand_sirens: dict[str, str] = {}
    sirets: set[str] = set()
    businesses: list[dict[str, Any]] = []
    interviews: list[dict[str, Any]] = []
    supplier_of: dict[str, str] = {}  # interview id -> kind (for supplier respondents' labels)
    other_codes = [code for code, weight in _OTHER_COMMUNES for _ in range(weight)]

    for (kind_key, ownership, turnover_range), date in zip(slots, dates, strict=True):
        kind = _KINDS[kind_key]
        business_id, interview_id = _uuid(rng), _uuid(rng)
        commune = POITIERS if rng.random() < 0.82 else rng.choice(other_codes)
        brands = _BRANDS.get((kind_key, ownership))
        if brands:
            brand = rng.choice(brands)
            name, commune = namer.branded(brand, commune)
        else:
            brand, name = "", namer.independent(kind_key, ownership)
        if brand and ownership is CHAIN:  # branches of one company share its SIREN
            if brand not in brand_sirens:
                brand_sirens[brand] = _siren(rng)
            siren = brand_sirens[brand]
        else:
            siren = _siren(rng)
        siret: str | None = None
        if rng.random() < 0.92:
            siret = _siret(rng, siren)
            while siret in sirets:
                siret = _siret(rng, siren)
            sirets.add(siret)
        streets = _POITIERS_STREETS if commune == POITIERS else _VILLAGE_STREETS
        address = f"{rng.randint(1, 64)}{' bis' if rng.random() < 0.05 else ''} " \
                  f"{rng.choice(streets)}"

        turnover_cents = rng.randint(*turnover_range) * 100
        lines, wages_cents, gross_fte = _lines(rng, kind, ownership, turnover_cents)
        staff_fte = max(0.5, round(wages_cents / 100 / gross_fte * 2) / 2)

        businesses.append({"id": business_id, "name": name, "siret": siret, "naf": kind.naf,
                           "ownership": ownership.value, "commune": commune,
                           "address": address, "staff_fte": staff_fte})
        notes = rng.choice(_INTERVIEW_NOTES)
        if ownership is IND and rng.random() < 0.08:
            notes = _INDEPENDENT_NOTE
        interviews.append({
            "id": interview_id, "business_id": business_id, "date": date,
            "surveyor": rng.choice(_SURVEYORS), "consent": True,
            "status": "validated" if rng.random() < 0.3 else "complete",
            "turnover_excl_vat": _euros(turnover_cents), "notes": notes,
            "lines": lines})
        supplier_of[interview_id] = kind.supplier

    _make_drafts(rng, interviews, [b["ownership"] for b in businesses])
    _leave_unanswered(rng, interviews)
    respondents = _respondents(rng, interviews, supplier_of)

    return {
        "format": FORMAT,
        "study": {
            "id": study_id,
            "name": STUDY_NAME,
            "fiscal_year": FISCAL_YEAR,
            "territory": {"name": "Grand Poitiers", "communes": list(GRAND_POITIERS)},
            "rules": rules.local_rules_to_mapping(LocalRules()),
            "categories": [{"code": c.code, "label_fr": c.label_fr, "label_en": c.label_en,
                            "recipient": c.recipient.value, "r2_rule": c.r2_rule.value}
                           for c in DEFAULT_CATEGORIES],
            "respend_defaults": {k: dict(v) for k, v in _RESPEND_DEFAULTS.items()},
            "fictitious": True,
        },
        "surveyors": surveyors,
        "businesses": businesses,
        "interviews": interviews,
        "respondents": respondents,
    }


def _lines(rng: random.Random, kind: _Kind, ownership: Ownership,
           turnover_cents: int) -> tuple[list[dict[str, Any]], int, float]:
    """Spending lines of one interview, the gross wages in cents, and gross pay per FTE."""
    profile = _PROFILES[kind.profile]
    fractions: dict[str, float] = {}
    for code in _CATEGORY_ORDER:
        if code in ("social_contributions",) or code not in profile:
            continue
        probability = _OPTIONAL[ownership].get(code, 1.0)
        if code == "owner_pay" and ownership is PUB:
            probability = 0.0
        if probability < 1.0 and rng.random() >= probability:
            continue
        fractions[code] = _draw(rng, profile[code])
    # What the ownership changes in the cost structure.
    if ownership is IND:  # owner-operators are paid through drawings rather than wages
        if "owner_pay" in fractions:
            fractions["owner_pay"] *= 1.35
    elif ownership is FRAN:  # royalties and advertising fund; leaner staffing
        fractions["services"] += rng.uniform(0.045, 0.07)
        fractions["wages"] *= 0.75
        if "owner_pay" in fractions:
            fractions["owner_pay"] *= 0.5
    elif ownership is CHAIN:  # head-office fees; the profit goes up to the group
        fractions["services"] += rng.uniform(0.03, 0.06)
        fractions["owner_pay"] = rng.uniform(0.02, 0.05)
    elif ownership is COOP:  # members' rebates rather than profit; more giving
        if "owner_pay" in fractions:
            fractions["owner_pay"] *= 0.5
        if "donations" in fractions:
            fractions["donations"] *= 2
    social_rate = _draw(rng, profile["social"])
    fractions["social_contributions"] = fractions["wages"] * social_rate
    described = sum(fractions.values())
    ceiling = rng.uniform(0.93, 0.995)
    if described > ceiling:
        fractions = {code: f * ceiling / described for code, f in fractions.items()}

    local = _LOCAL[ownership]
    lines: list[dict[str, Any]] = []
    wages_cents = 0
    for code in _CATEGORY_ORDER:
        if code not in fractions:
            continue
        cents = max(1, round(fractions[code] * turnover_cents))
        share: float
        if code not in _SHARE_CATEGORIES:
            share = 0.0  # national bodies, retained profit: never paid to local recipients
        elif code == "local_taxes":
            share = 1.0  # CFE and taxe foncière go to the commune and the EPCI
        elif code in _SUPPLIER_CATEGORIES and ownership in (IND, COOP, PUB):
            bounds = kind.goods_local if code == "goods_resale" else kind.supplies_local
            if ownership is not IND:  # cooperatives and associations buy a little more locally
                bounds = (min(1.0, bounds[0] + 0.05), min(1.0, bounds[1] + 0.10))
            share = _share(rng, bounds)
        elif code == "goods_resale" and kind.food:
            share = _share(rng, _FOOD_CHAIN_GOODS)
        else:
            share = _share(rng, local[code])
        if code == "wages":
            wages_cents = cents
        lines.append({"id": _uuid(rng), "category": code, "amount": _euros(cents),
                      "local_share": share, "respend_share": None, "respend_source": None})
    return lines, wages_cents, _draw(rng, profile["gross_fte"])


def _finished(interview: dict[str, Any]) -> bool:
    return bool(interview["status"] in ("complete", "validated"))


def _make_drafts(rng: random.Random, interviews: list[dict[str, Any]],
                 ownerships: list[str]) -> None:
    """Two refusals (no data kept) and a few interviews still being filled in.

    Drafts are taken among the common ownership groups, so the few cooperatives and
    associations always reach the analysis.
    """
    n = len(interviews)
    rare = (COOP.value, PUB.value)
    candidates = [i for i in range(n) if ownerships[i] not in rare]
    refusals = max(1, round(2 * n / 120)) if len(candidates) >= 3 else 0
    partial = max(1, round(4 * n / 120)) if len(candidates) >= 3 else 0
    chosen = rng.sample(candidates, min(len(candidates), refusals + partial))
    for position, index in enumerate(chosen):
        interview = interviews[index]
        interview["status"] = "draft"
        if position < refusals:
            interview.update(consent=False, turnover_excl_vat=None, lines=[],
                             notes="Consentement refusé : aucune donnée enregistrée.")
        else:
            keep = rng.randint(3, 6)
            interview["lines"] = interview["lines"][:keep]
            interview["notes"] = ("Entretien interrompu : charges à compléter lors d'un "
                                  "second passage.")


def _leave_unanswered(rng: random.Random, interviews: list[dict[str, Any]]) -> None:
    """About 1 % of the finished interviews' lines get no local share (not known)."""
    finished = [line for v in interviews if _finished(v) for line in v["lines"]]
    candidates = [line for line in finished if line["category"] in _MAYBE_UNANSWERED]
    count = min(len(candidates), max(1, round(0.01 * len(finished)))) if finished else 0
    for line in rng.sample(candidates, count):
        line["local_share"] = None


def _respondents(rng: random.Random, interviews: list[dict[str, Any]],
                 supplier_of: dict[str, str]) -> list[dict[str, Any]]:
    """Round 3: staff households and local suppliers, each linked to an interview."""
    n = len(interviews)
    finished = [v for v in interviews if _finished(v)]
    if not finished:
        return []
    respondents: list[dict[str, Any]] = []

    # Staff households: a few shops whose staff answered, one to three households each.
    staff_target = max(1, round(25 * n / 120))
    staff_shops = rng.sample(finished, min(len(finished), max(1, round(staff_target / 1.8))))
    counts = [1] * len(staff_shops)
    while sum(counts) < staff_target:
        open_shops = [i for i, c in enumerate(counts) if c < 3] or list(range(len(counts)))
        counts[rng.choice(open_shops)] += 1
    answers = {shop["id"]: [round(rng.triangular(0.30, 0.65, 0.45), 3) for _ in range(count)]
               for shop, count in zip(staff_shops, counts, strict=True)}
    number = 0
    for shop in staff_shops:
        shares = answers[shop["id"]]
        for share in shares:
            number += 1
            respondents.append({"id": _uuid(rng), "group": "staff", "local_share": share,
                                "interview_id": shop["id"],
                                "label": f"Ménage salarié {number}"})
        wages = next((line for line in shop["lines"] if line["category"] == "wages"), None)
        if wages is not None and shares and rng.random() < 0.5:
            # The shop's own staff answered: their mean replaces the study-wide mean.
            wages["respend_share"] = round(sum(shares) / len(shares), 3)
            wages["respend_source"] = "survey"

    # Local suppliers: one per shop, reached through the shop's main local supplier line.
    def main_supplier_line(v: dict[str, Any]) -> dict[str, Any] | None:
        lines = [line for line in v["lines"] if line["category"] in _SUPPLIER_CATEGORIES
                 and (line["local_share"] or 0) >= 0.2]
        return max(lines, key=lambda line: line["amount"] * line["local_share"], default=None)

    with_local = [v for v in finished if main_supplier_line(v) is not None]
    supplier_target = min(len(with_local), max(1, round(20 * n / 120)))
    for number, shop in enumerate(rng.sample(with_local, supplier_target), start=1):
        share = round(rng.triangular(0.25, 0.60, 0.40), 3)
        respondents.append({"id": _uuid(rng), "group": "supplier", "local_share": share,
                            "interview_id": shop["id"],
                            "label": f"Fournisseur {number} ({supplier_of[shop['id']]})"})
        line = main_supplier_line(shop)
        assert line is not None
        line["respend_share"] = share
        line["respend_source"] = "survey"
    return respondents
