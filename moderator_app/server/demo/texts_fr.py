"""French listing texts: products, sentences, and what moderators catch, as French sellers write it.

Placeholders ({product}, {km}, {imei}, {phone}...) are filled by the builder; see ``builder.py``.
A product is (title, picture shape, low market price, high market price) in EUR.
"""

LANGUAGE = "fr"

PLACES = (
    ("Paris 11e", "FR", "75011"),
    ("Paris 18e", "FR", "75018"),
    ("Lyon 3e", "FR", "69003"),
    ("Marseille", "FR", "13005"),
    ("Toulouse", "FR", "31000"),
    ("Lille", "FR", "59000"),
    ("Nantes", "FR", "44000"),
    ("Bordeaux", "FR", "33000"),
    ("Strasbourg", "FR", "67000"),
    ("Montpellier", "FR", "34000"),
    ("Rennes", "FR", "35000"),
    ("Nice", "FR", "06000"),
    ("Grenoble", "FR", "38000"),
    ("Saint-Denis", "FR", "93200"),
    ("Dijon", "FR", "21000"),
    ("Angers", "FR", "49000"),
    ("Bruxelles", "BE", "1000"),
    ("Liège", "BE", "4000"),
    ("Namur", "BE", "5000"),
    ("Charleroi", "BE", "6000"),
    ("Casablanca", "MA", "20000"),
    ("Rabat", "MA", "10000"),
)

PRODUCTS = {
    "electronics": (
        ("iPhone 13 128 Go", "phone", 380, 480),
        ("iPhone 14 Pro 256 Go", "phone", 700, 850),
        ("Samsung Galaxy S23", "phone", 450, 600),
        ("Google Pixel 7", "phone", 280, 380),
        ("Xiaomi Redmi Note 12", "phone", 120, 180),
        ("iPad Air 5e génération", "phone", 380, 520),
        ("MacBook Air M1 8 Go / 256 Go", "laptop", 550, 750),
        ("PC portable Lenovo ThinkPad T14", "laptop", 350, 550),
        ("PC portable gamer ASUS ROG", "laptop", 700, 1100),
        ("Casque Sony WH-1000XM4", "headphones", 150, 220),
        ("AirPods Pro 2", "headphones", 150, 200),
        ("Casque Bose QC45", "headphones", 140, 210),
    ),
    "vehicles": (
        ("Peugeot 208 1.2 PureTech 2019", "car", 9000, 13000),
        ("Renault Clio IV dCi 90", "car", 6500, 9500),
        ("Volkswagen Golf 7 TDI 2017", "car", 11000, 15000),
        ("Dacia Sandero Stepway 2020", "car", 9000, 12000),
        ("Citroën C3 Feel 2018", "car", 7500, 10500),
        ("Toyota Yaris hybride 2019", "car", 12000, 16000),
        ("Scooter Yamaha NMax 125", "scooter", 2200, 3200),
        ("Trottinette électrique Xiaomi Pro 2", "scooter", 250, 380),
        ("Vélo électrique Decathlon Riverside", "scooter", 700, 1100),
    ),
    "real_estate": (
        ("Appartement T2 45 m² - location", "building", 650, 950),
        ("Studio meublé 22 m²", "building", 450, 650),
        ("T3 68 m² lumineux à vendre", "building", 165000, 260000),
        ("Maison 4 pièces 95 m² avec jardin", "house", 210000, 340000),
        ("Chambre en colocation", "building", 380, 520),
        ("Maison de village 3 pièces", "house", 120000, 180000),
    ),
    "fashion": (
        ("Nike Air Max 90 taille 42", "sneaker", 60, 110),
        ("Adidas Stan Smith taille 40", "sneaker", 35, 60),
        ("Sac Longchamp Le Pliage", "handbag", 40, 70),
        ("Sac Louis Vuitton Neverfull", "handbag", 700, 1200),
        ("Veste The North Face Nuptse", "tshirt", 120, 200),
        ("Robe Zara taille M", "tshirt", 12, 25),
        ("Lot de vêtements garçon 6 ans", "tshirt", 10, 20),
        ("Doudoune Moncler homme", "tshirt", 500, 900),
        ("Montre Casio G-Shock", "watch", 60, 100),
        ("Montre Seiko 5 automatique", "watch", 120, 220),
    ),
    "jobs": (
        ("Serveur / serveuse H/F - CDI 35 h", "logo", 0, 0),
        ("Baby-sitter sortie d'école (2 enfants)", "logo", 0, 0),
        ("Livreur à vélo - temps partiel", "logo", 0, 0),
        ("Vendeur(se) en boulangerie", "logo", 0, 0),
        ("Aide à domicile - personnes âgées", "logo", 0, 0),
        ("Saisonnier vendanges septembre", "logo", 0, 0),
        ("Développeur web junior (alternance)", "logo", 0, 0),
        ("Cours particuliers de maths", "logo", 0, 0),
    ),
    "animals": (
        ("Chiots Berger Australien LOF", "dog", 600, 1200),
        ("Chiot Labrador sable", "dog", 700, 1100),
        ("Chienne croisée à adopter (association)", "dog", 150, 250),
        ("Chatons Maine Coon LOOF", "cat", 800, 1400),
        ("Chaton européen (frais de vétérinaire)", "cat", 50, 120),
        ("Cage pour lapin + accessoires", "cat", 25, 60),
    ),
    "home": (
        ("Canapé d'angle convertible", "sofa", 250, 600),
        ("Fauteuil scandinave", "sofa", 60, 120),
        ("Armoire ancienne en chêne", "wardrobe", 150, 400),
        ("Commode 3 tiroirs blanche", "wardrobe", 40, 90),
        ("Table à manger + 4 chaises", "table", 120, 300),
        ("Lampe de bureau vintage", "table", 20, 45),
        ("Table basse en bois massif", "table", 60, 150),
    ),
}

TITLE_EXTRAS = (
    "",
    "",
    "",
    " - très bon état",
    " comme neuf",
    " TBE",
    " - urgent",
    " - prix ferme",
    " (négociable)",
)
CONDITIONS = (
    "en très bon état",
    "comme neuf",
    "en bon état général",
    "peu servi",
    "avec quelques traces d'usure",
    "jamais utilisé",
)

COLOURS = ("noir", "blanc", "bleu marine", "gris", "rouge", "beige", "vert kaki")

OPENERS = {
    "electronics": (
        "Je vends mon {product} {condition}.",
        "Vends {product}, {condition}, toujours sous protection.",
        "{product} {condition}, acheté en {year}, facture disponible.",
    ),
    "vehicles": (
        "Vends {product}, {km} km, {condition}.",
        "{product} première main, {km} km, entretien à jour.",
        "Particulier vend {product}, mise en circulation {month}/{year}, {km} km.",
    ),
    "real_estate": (
        "{product} situé à {location}, proche commerces et transports.",
        "À saisir : {product}, {m2} m², {floor}e étage avec ascenseur.",
        "{product} au calme, {rooms} pièces, disponible le {future_date}.",
    ),
    "fashion": (
        "Vends {product} {condition}, portée quelques fois.",
        "{product} {condition}, taille {size}.",
        "Je vide mon dressing : {product}, {condition}.",
    ),
    "jobs": (
        "Nous recherchons : {product}. Poste à pourvoir à {location} dès le {future_date}.",
        "Offre d'emploi : {product}, {hours} h par semaine.",
        "{product} - démarrage le {future_date}, expérience appréciée mais pas obligatoire.",
    ),
    "animals": (
        "{product}, nés le {born}, vaccinés et pucés.",
        "{product} à réserver, sociabilisés avec enfants et chats.",
        "Donne {product} contre bons soins, identification faite.",
    ),
    "home": (
        "Vends {product} {condition}.",
        "{product} {condition}, à venir chercher sur place.",
        "Déménagement : {product} {condition}, dimensions sur demande.",
    ),
}

DETAILS = {
    "electronics": (
        "IMEI : {imei} (non blacklisté).",
        "Batterie à {battery} %.",
        "Boîte, câble et facture du {past_date} fournis.",
        "Débloqué tout opérateur.",
    ),
    "vehicles": (
        "Contrôle technique OK jusqu'au {future_date}.",
        "Carnet d'entretien complet, distribution faite à {km2} km.",
        "Crit'Air {critair}, {doors} portes, boîte manuelle.",
        "Véhicule non fumeur, jamais accidenté.",
    ),
    "real_estate": (
        "Loyer {price} € charges comprises, dépôt de garantie 1 mois.",
        "DPE classe {dpe}, double vitrage, cave.",
        "Code postal {postcode}, métro à 5 minutes.",
        "Frais d'agence : néant, de particulier à particulier.",
    ),
    "fashion": (
        "Taille {size}, couleur {colour}.",
        "Envoi possible en point relais.",
        "Lavé et repassé, sans défaut.",
    ),
    "jobs": (
        "Salaire : {salary} € brut par mois.",
        "Entreprise immatriculée, SIRET {siret}.",
        "Envoyez votre CV via la messagerie du site.",
        "Horaires : {hours} h/semaine, du lundi au vendredi.",
    ),
    "animals": (
        "Parents visibles sur place, certificat vétérinaire fourni.",
        "Numéro d'identification : {chip}.",
        "Vermifugés, premiers vaccins faits le {recent_date}.",
    ),
    "home": (
        "Dimensions : {width} x {depth} cm.",
        "Quelques rayures, rien de grave.",
        "Démontable, à récupérer au {floor}e étage sans ascenseur.",
    ),
}

CLOSINGS = (
    "Remise en main propre uniquement.",
    "Pas d'échange.",
    "Prix à débattre raisonnablement.",
    "Merci de me contacter par la messagerie du site.",
    "Premier arrivé, premier servi.",
    "Pas sérieux s'abstenir.",
    "",
)

# Innocent sentences whose words contain "cul", "arme", "pute"... They must not be flagged.
# Per category (so they read naturally), plus "any" for every category.
TRAPS = {
    "any": ("Vente entre particuliers, sans garantie.", "Idéal pour un particulier ou un professionnel."),
    "vehicles": (
        "Véhicule de particulier, jamais loué.",
        "Alarme et fermeture centralisée.",
        "Véhicule révisé dans un garage réputé.",
    ),
    "real_estate": (
        "Maison pleine de charme dans un quartier calme.",
        "Le charme de l'ancien avec le confort moderne.",
        "Quartier réputé pour ses écoles.",
        "Grande armoire encastrée dans la chambre.",
    ),
    "home": ("Armoire assortie disponible également.", "Meuble de charme, idéal maison de campagne."),
    "fashion": ("Lot de culottes bébé offert avec.", "Marque réputée, taille normalement."),
    "jobs": ("Restaurant réputé du centre-ville.", "Cadre de travail plein de charme."),
    "animals": ("Élevage familial réputé, chiots élevés à la maison.",),
    "electronics": ("Vendu par un particulier, facture à mon nom.",),
}

PLANTS = {
    "contact_phone": (
        "Appelez-moi au {phone}.",
        "Plus d'infos au {phone}, pas de SMS.",
        "Joignable au {phone} après 18 h.",
        "Mon numéro : {phone}",
        "Tel {phone}",
    ),
    "contact_handle": (
        "Contactez-moi sur WhatsApp au {phone}.",
        "Dispo sur WhatsApp : {phone}",
        "Telegram : @{handle}",
        "Ajoute-moi sur Snap : {handle}",
        "Écrivez-moi sur wa.me/{phone_digits}",
        "Plus rapide sur Telegram t.me/{handle}",
    ),
    "contact_email": (
        "Écrivez-moi directement : {email}",
        "Mon mail : {email}",
        "Contact : {email} (je réponds vite)",
    ),
    "payment": (
        "Paiement uniquement par Western Union ou MoneyGram.",
        "Je n'accepte que les coupons PCS ou Transcash.",
        "Règlement par Mandat Cash à la poste.",
        "Paiement en recharges Neosurf, je vous explique.",
        "Virement sur mon IBAN avant envoi, pas de paiement sécurisé du site.",
    ),
    "abroad": (
        "Je suis actuellement à l'étranger pour le travail, le transporteur vous livrera après paiement.",
        "Je suis muté à l'étranger, envoi par transporteur après règlement, frais à ma charge.",
    ),
    "deposit": (
        "Un acompte de {deposit} € est demandé avant toute visite.",
        "Pour réserver la visite, envoyez {deposit} € par mandat, remboursés à la signature.",
        "Je suis à l'étranger, je vous envoie les clés par la poste après versement de la caution.",
    ),
    "adult": (
        "Massage relaxant, discrétion assurée, finition possible.",
        "Jeune femme propose moments câlins, plan d'un soir, pas sérieux s'abstenir.",
        "Hôtesse pour soirées privées, escort de luxe.",
    ),
    "discrimination": (
        "Pas d'étrangers, merci.",
        "Location réservée aux Français de souche.",
        "Les personnes d'origine maghrébine s'abstenir.",
    ),
    "minors": ("Vapes et puffs disponibles, pas de contrôle d'âge, livraison aux mineurs ok.",),
}

# Items that are themselves the problem: (title, category, picture shape, low, high, description).
PLANT_ITEMS = {
    "counterfeit": (
        (
            "Sac Louis Vuitton Neverfull réplique 1:1",
            "fashion",
            "handbag",
            60,
            120,
            "Réplique qualité 1:1, indiscernable de l'original, avec boîte et facture.",
        ),
        (
            "Montre Rolex Submariner copie conforme",
            "fashion",
            "watch",
            80,
            150,
            "Copie conforme, mouvement automatique, gravures identiques à l'original.",
        ),
        (
            "Nike Air Jordan 1 - qualité miroir",
            "fashion",
            "sneaker",
            45,
            70,
            "Qualité miroir (réplique premium), toutes tailles dispo.",
        ),
        (
            "AirPods Pro 2 neufs 1:1",
            "electronics",
            "headphones",
            25,
            40,
            "Version 1:1 de l'original, réduction de bruit, boîte scellée.",
        ),
        (
            "Doudoune Moncler - copie",
            "fashion",
            "tshirt",
            70,
            110,
            "Copie de très bonne qualité, logo brodé, personne ne verra la différence.",
        ),
    ),
    "prohibited": (
        (
            "Taser 5 millions de volts",
            "electronics",
            "phone",
            30,
            60,
            "Shocker puissant avec lampe, livré chargé, idéal pour se défendre.",
        ),
        (
            "Bombe lacrymogène 100 ml",
            "home",
            "table",
            15,
            25,
            "Gaz lacrymogène grand format, vente sans justificatif.",
        ),
        ("Poing américain acier", "fashion", "watch", 15, 30, "Poing américain en acier, neuf."),
        (
            "Carabine 22 LR sans permis",
            "home",
            "wardrobe",
            250,
            400,
            "Carabine avec munitions, pas de papiers nécessaires.",
        ),
        (
            "Faux permis de conduire - tous pays",
            "jobs",
            "logo",
            200,
            500,
            "Documents de qualité, hologramme inclus, livraison discrète.",
        ),
        (
            "Feux d'artifice catégorie F4",
            "home",
            "table",
            80,
            200,
            "Mortiers et compacts F4, réservés aux pros normalement.",
        ),
    ),
    "protected_animal": (
        (
            "Défense en ivoire sculptée ancienne",
            "home",
            "table",
            400,
            900,
            "Véritable ivoire d'éléphant, sculpté à la main, pièce rare.",
        ),
        (
            "Perroquet gris du Gabon sans papiers",
            "animals",
            "bird",
            300,
            600,
            "Perroquet gris du Gabon, parle bien, vendu sans CITES.",
        ),
        (
            "Tortue d'Hermann adulte",
            "animals",
            "cat",
            80,
            150,
            "Tortue d'Hermann, pas de certificat de cession.",
        ),
        (
            "Statuette en ivoire",
            "home",
            "table",
            150,
            350,
            "Statuette en ivoire véritable, ramenée d'Afrique.",
        ),
        ("Carapace de tortue marine", "home", "table", 120, 250, "Carapace de tortue marine décorative."),
    ),
}

PHOTO_TEXTS = ("WhatsApp {phone}", "Tel {phone}", "Appelez {phone}", "Snap : {handle}")
