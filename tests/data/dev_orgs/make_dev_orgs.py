"""Write the dev_orgs set: short invented French news passages and their expected entities.

Every company, person and brand name here is invented for this set; places and
national bodies are real. Run: .venv/bin/python tests/data/dev_orgs/make_dev_orgs.py
"""

import json
from pathlib import Path

O, P, H = "Organisation", "Place", "Person"
PASSAGES = [
    ("d01_veltis", "Veltis a annoncé mardi l'ouverture d'un site à Poitiers. L'entreprise, dirigée par Claire Mounier, emploiera 80 personnes. Le groupe Solvane, son principal client, a salué la décision.",
     [(O, "Company", "Veltis"), (O, "Company", "Solvane"), (P, "City", "Poitiers"), (H, "Person", "Claire Mounier")]),
    ("d02_tricor", "L'équipementier Tricor va recruter 50 techniciens à Valence. Forgeval, filiale du japonais Oshiro, fournit déjà les pièces du moteur.",
     [(O, "Company", "Tricor"), (O, "Company", "Forgeval"), (O, "Company", "Oshiro"), (P, "City", "Valence"), (P, "Country", "Japon", ["japonais"])]),
    ("d03_brunel", "Brunel & Fils SAS, installée à Cognac, a signé un contrat avec Hartwig GmbH et Falkor Technologies Ltd. Les Établissements Delorme Frères distribueront les produits en Belgique.",
     [(O, "Company", "Brunel & Fils SAS", ["Brunel & Fils"]), (O, "Company", "Hartwig GmbH", ["Hartwig"]), (O, "Company", "Falkor Technologies Ltd", ["Falkor Technologies"]), (O, "Company", "Établissements Delorme Frères", ["Delorme Frères"]), (P, "City", "Cognac"), (P, "Country", "Belgique")]),
    ("d04_regions", "Le conseil régional de Bourgogne-Franche-Comté et la Métropole de Dijon financent le projet. La Région Normandie a également été sollicitée, tout comme l'Eurométropole de Strasbourg.",
     [(O, "PublicBody", "Conseil régional de Bourgogne-Franche-Comté"), (O, "PublicBody", "Métropole de Dijon"), (O, "PublicBody", "Région Normandie"), (O, "PublicBody", "Eurométropole de Strasbourg"),
      (P, "Region", "Bourgogne-Franche-Comté"), (P, "City", "Dijon"), (P, "Region", "Normandie"), (P, "City", "Strasbourg")]),
    ("d05_agglo", "La communauté d'agglomération du Grand Annecy et la mairie de Chambéry ont reçu la visite du préfet. Le ministère de l'Agriculture a débloqué deux millions d'euros pour la filière.",
     [(O, "PublicBody", "Communauté d'agglomération du Grand Annecy"), (O, "PublicBody", "Mairie de Chambéry"), (O, "PublicBody", "Ministère de l'Agriculture"), (P, "City", "Chambéry")]),
    ("d06_lumeo", "Financée par Bpifrance et accompagnée par Business France, la start-up Lumeo prépare son arrivée au Canada. Le pôle de compétitivité Aerolis et l'université de Limoges sont partenaires du projet.",
     [(O, "Organisation", "Bpifrance"), (O, "Agency", "Business France"), (O, "Company", "Lumeo"), (O, "Association", "Aerolis"), (O, "Organisation", "Université de Limoges"), (P, "Country", "Canada"), (P, "City", "Limoges")]),
    ("d07_chambres", "La CCI Hauts-de-France, la Chambre de métiers et de l'artisanat du Nord et la chambre d'agriculture de la Somme organisent un salon à Amiens.",
     [(O, "Chamber", "CCI Hauts-de-France"), (O, "Chamber", "Chambre de métiers et de l'artisanat du Nord"), (O, "Chamber", "Chambre d'agriculture de la Somme"), (P, "Region", "Hauts-de-France"), (P, "Department", "Nord"), (P, "Department", "Somme"), (P, "City", "Amiens")]),
    ("d08_assos", "L'association Terres Vives, le club Entreprendre Touraine, la fédération Bâtir Ensemble et le syndicat Agrimut ont signé une charte à Tours.",
     [(O, "Association", "Terres Vives"), (O, "Association", "Entreprendre Touraine"), (O, "Association", "Bâtir Ensemble"), (O, "Association", "Agrimut"), (P, "City", "Tours")]),
    ("d09_sigles", "L'Union des industries du bois (UIB) soutient le projet. Le CRIT (Centre régional d'innovation textile) a également réagi, comme le Groupement des exportateurs de Vendée.",
     [(O, "Association", "Union des industries du bois", ["UIB"]), (O, "Organisation", "Centre régional d'innovation textile", ["CRIT"]), (O, "Association", "Groupement des exportateurs de Vendée"), (P, "Department", "Vendée")]),
    ("d10_universites", "Des chercheurs de l'Université du Québec à Montréal et de l'École nationale supérieure des mines d'Albi ont rejoint le programme, financé par la Fondation Orvella.",
     [(O, "Organisation", "Université du Québec à Montréal"), (O, "Organisation", "École nationale supérieure des mines d'Albi"), (O, "Organisation", "Fondation Orvella"), (P, "City", "Montréal"), (P, "City", "Albi")]),
    ("d11_etrangers", "Le chinois Hanwei et l'allemand Brauer ont remporté l'appel d'offres, devant l'américain Corvex. Le suédois Nordvik avait renoncé.",
     [(O, "Company", "Hanwei"), (O, "Company", "Brauer"), (O, "Company", "Corvex"), (O, "Company", "Nordvik"), (P, "Country", "Chine", ["chinois"]), (P, "Country", "Allemagne", ["allemand"]), (P, "Country", "États-Unis", ["américain"]), (P, "Country", "Suède", ["suédois"])]),
    ("d12_listes", "La PME a noué des partenariats avec Altavia, Quorisk et Belmonte. Elle a levé cinq millions d'euros auprès de Kerala Capital et d'Ouest Croissance. Chez Marnac, on mise plutôt sur l'export.",
     [(O, "Company", "Altavia"), (O, "Company", "Quorisk"), (O, "Company", "Belmonte"), (O, "Company", "Kerala Capital"), (O, "Company", "Ouest Croissance"), (O, "Company", "Marnac")]),
    ("d13_roles", "Le ministre du Commerce extérieur, Paul Ardent, a reçu le président de la Région, Marc Tessier. Conduite par la maire, la délégation a visité trois usines de la vallée.",
     [(H, "Person", "Paul Ardent"), (H, "Person", "Marc Tessier")]),
    ("d14_produits", "Le constructeur Maréva a présenté son nouveau modèle Zéphyr au salon de Genève. Avec ce véhicule, Maréva vise les flottes d'entreprise.",
     [(O, "Company", "Maréva"), (P, "City", "Genève")]),
    ("d15_holdings", "Kalimo Industries et Varna Holding ont créé une coentreprise, Stellor Ventures. Le fonds Arven Capital y participe aux côtés de Dumas Frères.",
     [(O, "Company", "Kalimo Industries"), (O, "Company", "Varna Holding"), (O, "Company", "Stellor Ventures"), (O, "Company", "Arven Capital"), (O, "Company", "Dumas Frères")]),
    ("d16_metropoles", "Rennes Métropole et Toulouse Métropole ont rejoint le réseau, avec la Métropole Aix-Marseille-Provence et le conseil départemental du Finistère.",
     [(O, "PublicBody", "Rennes Métropole"), (O, "PublicBody", "Toulouse Métropole"), (O, "PublicBody", "Métropole Aix-Marseille-Provence"), (O, "PublicBody", "Conseil départemental du Finistère"), (P, "City", "Rennes"), (P, "City", "Toulouse"), (P, "Department", "Finistère")]),
    ("d17_dalvex", "Selon Oriane Batt, directrice de l'usine, Dalvex exporte 60 % de sa production. Le sous-traitant Pellerin travaille aussi pour Airbus et pour Safran.",
     [(H, "Person", "Oriane Batt"), (O, "Company", "Dalvex"), (O, "Company", "Pellerin"), (O, "Company", "Airbus"), (O, "Company", "Safran")]),
    ("d18_cervio", "Sophie Lemaire a rencontré les dirigeants de Cervio et de Lunatech lors d'un déplacement à Lyon, organisé par la préfecture du Rhône.",
     [(H, "Person", "Sophie Lemaire"), (O, "Company", "Cervio"), (O, "Company", "Lunatech"), (O, "PublicBody", "Préfecture du Rhône"), (P, "City", "Lyon"), (P, "Department", "Rhône")]),
    ("d19_banques", "Le Crédit Vernois et la Caisse régionale du Morvan ont accordé un prêt à Isotek Inc. et à Marlow Group, deux clients historiques.",
     [(O, "Company", "Crédit Vernois"), (O, "Company", "Caisse régionale du Morvan"), (O, "Company", "Isotek Inc.", ["Isotek"]), (O, "Company", "Marlow Group")]),
    ("d20_cgt", "La CGT et Force ouvrière ont appelé à la grève chez Thermalis, où la direction prévoit 120 suppressions de postes à Vichy.",
     [(O, "Association", "CGT"), (O, "Association", "Force ouvrière"), (O, "Company", "Thermalis"), (P, "City", "Vichy")]),
    ("d21_selon", "Selon Bravia, le marché des drones progresse de 8 %. D'après Orkam, les ventes reculent en Espagne.",
     [(O, "Company", "Bravia"), (O, "Company", "Orkam"), (P, "Country", "Espagne")]),
    ("d22_passif", "L'usine de Saumur a été rachetée par Lindqvist en 2021. La marque est désormais détenue par Ferrand Participations.",
     [(O, "Company", "Lindqvist"), (O, "Company", "Ferrand Participations"), (P, "City", "Saumur")]),
    ("d23_apposition", "Nexalia, basée à Nantes, emploie 40 personnes. Corbel, installée à Lorient depuis 2010, exporte en Irlande.",
     [(O, "Company", "Nexalia"), (O, "Company", "Corbel"), (P, "City", "Nantes"), (P, "City", "Lorient"), (P, "Country", "Irlande")]),
    ("d24_complement", "Le leader européen du câble, Kabelo, ouvre une usine. Le fabricant de cycles Ravel Bikes s'installe à Tours.",
     [(O, "Company", "Kabelo"), (O, "Company", "Ravel Bikes"), (P, "City", "Tours")]),
    ("d25_pluriels", "Les Ateliers Morvan et les Laboratoires Dermane ont signé avec Helix Biotech une convention de recherche.",
     [(O, "Company", "Ateliers Morvan"), (O, "Company", "Laboratoires Dermane"), (O, "Company", "Helix Biotech")]),
    ("d26_export", "Une délégation de Team France Export s'est rendue à Tokyo avec l'Agence française de développement (AFD).",
     [(O, "Agency", "Team France Export"), (O, "Agency", "Agence française de développement", ["AFD"]), (P, "City", "Tokyo")]),
    ("d27_pdg", "Le PDG de Trelis, Marc Vidal, a rencontré le maire de Brest et la présidente de la CCI du Finistère.",
     [(O, "Company", "Trelis"), (H, "Person", "Marc Vidal"), (O, "Chamber", "CCI du Finistère"), (P, "City", "Brest"), (P, "Department", "Finistère")]),
]


def main() -> None:
    here = Path(__file__).parent
    with open(here / "articles.jsonl", "w", encoding="utf-8") as out:
        for ident, text, _ in PASSAGES:
            row = {"id": ident, "title": ident, "published": "2024-05-01", "text": text}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for ident, _, ents in PASSAGES:
        entities = [
            {"category": e[0], "type": e[1], "name": e[2], "aliases": list(e[3]) if len(e) > 3 else []}
            for e in ents
        ]
        gold = {"document": ident, "entities": entities, "facts": []}
        (here / f"{ident}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
