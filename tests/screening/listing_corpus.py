"""Deterministic, realistic classified listings for the screening tests and benchmark."""

from __future__ import annotations

import random

_FR = [
    "Vends {item} en très bon état, acheté il y a {n} ans, peu servi. Prix {price} € à débattre.",
    "Cause déménagement, je me sépare de mon {item}. Aucune rayure, facture disponible.",
    "Remise en main propre à {city} ou envoi possible, frais de port à la charge de l'acheteur.",
    "Véhicule particulier, {km} km, contrôle technique OK, carnet d'entretien à jour.",
    "Armoire ancienne en chêne massif, dimensions 200 x 90 cm, quelques traces d'usure.",
    "Pas sérieux s'abstenir. Disponible le week-end, visite sur rendez-vous uniquement.",
    "Article réputé pour sa solidité, modèle très recherché, charme de l'ancien garanti.",
]
_ES = [
    "Vendo {item} en perfecto estado, apenas usado, con caja y factura. Precio {price} €.",
    "Entrega en mano en {city} o envío por correo, gastos de envío a cargo del comprador.",
    "Coche de particular, {km} km, ITV pasada, libro de mantenimiento al día.",
    "Sin arañazos ni golpes, funciona perfectamente, se vende por cambio de modelo.",
    "Abstenerse curiosos. Disponible por las tardes, se puede ver sin compromiso.",
]
_EN = [
    "Selling my {item} in great condition, barely used, original box included. Price {price}.",
    "Collection from {city} or I can post it, buyer pays shipping.",
    "Private seller, {km} miles, full service history, new tyres last month.",
    "No scratches or dents, works perfectly, selling because I upgraded.",
    "No time wasters please. Available evenings, viewing by appointment.",
]
_ITEMS = [
    "vélo",
    "canapé",
    "iPhone 12",
    "PS5",
    "réfrigérateur",
    "table basse",
    "poussette",
    "bicicleta",
    "sofá",
    "portátil",
    "lawn mower",
    "guitar",
    "sofa",
    "camera",
    "culotte de cheval",
    "armoire",
]
_CITIES = ["Paris 75011", "Lyon", "Madrid", "Barcelona 08001", "London", "Bruxelles", "Marseille 13008"]
_CONTACT = [
    " Contact : 06 12 34 56 78.",
    " Llámame al 612 34 56 78.",
    " Call 07911 123456.",
    " Tel +32 470 12 34 56.",
    " Écrivez-moi à jean.dupont@gmail.com.",
    " whatsapp +33 6 98 76 54 32",
    " Mon numéro: O6.l2.34.56.78",
    " zéro six douze trente-quatre cinquante-six soixante-dix-huit",
    " jean [at] mail [dot] com",
    " IMEI 490154203237518, facture du 12/05/2023.",
    " Paiement par western union uniquement.",
    " v1agra et c0caïne dispo",
    " Réplique montre copie conforme 1:1.",
]


def make_listing(rng: random.Random, size: int = 500) -> str:
    """One listing description of about ``size`` characters."""
    pools = [_FR, _ES, _EN]
    pool = rng.choice(pools)
    parts: list[str] = []
    while sum(len(p) for p in parts) < size - 60:
        template = rng.choice(pool)
        parts.append(
            template.format(
                item=rng.choice(_ITEMS),
                n=rng.randint(1, 9),
                price=rng.choice(["150", "1 250", "89,90", "3 500"]),
                city=rng.choice(_CITIES),
                km=rng.choice(["120 000", "87 500", "45 300"]),
            )
        )
    if rng.random() < 0.35:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(_CONTACT))
    return " ".join(parts)


def make_corpus(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` (title, description) pairs."""
    rng = random.Random(seed)
    return [(rng.choice(_ITEMS).capitalize() + " à vendre", make_listing(rng)) for _ in range(count)]
