"""Hostile listing texts: markup, bidirectional overrides, zalgo and a huge description.

The demo carries them so that anyone can see the app store and show them as inert text. Each entry
is (language, category, title, description).
"""

from __future__ import annotations

import random

RLO, PDF = "\u202e", "\u202c"


def _zalgo(rng: random.Random, text: str, marks: int = 6) -> str:
    return "".join(
        c + "".join(chr(rng.randint(0x0300, 0x036F)) for _ in range(marks)) if c != " " else c for c in text
    )


def _huge_description(rng: random.Random, target_chars: int = 200_000) -> str:
    # A real-looking wall of text (sellers paste whole catalogues), not one repeated byte: numbered
    # lines cycling through a few hundred distinct sentences (cheap to build).
    words = (
        "chaise",
        "table",
        "lot",
        "vintage",
        "bois",
        "état",
        "prix",
        "livraison",
        "possible",
        "contact",
        "photos",
        "dimensions",
        "cm",
        "neuf",
        "occasion",
        "meuble",
        "ancien",
        "décoration",
        "salon",
        "cuisine",
    )
    sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(8, 16))) for _ in range(300)]
    parts: list[str] = []
    size = 0
    line = 1
    while size < target_chars:
        sentence = f"{line:05d}. {sentences[line % len(sentences)]}.\n"
        parts.append(sentence)
        size += len(sentence)
        line += 1
    return "".join(parts)[:target_chars]


def hostile_texts(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """The hostile listings' texts, deterministic for a given ``rng`` state.

    No NUL characters: PostgreSQL text columns cannot hold them, so a marketplace never sends them."""
    return [
        (
            "fr",
            "electronics",
            "<script>alert('xss')</script> iPhone 12 pas cher",
            'Bon état. <b>Urgent</b> <a href="javascript:alert(1)">cliquez ici</a> <iframe src="https://example.invalid"></iframe>',
        ),
        (
            "en",
            "fashion",
            "Trainers <img src=x onerror=alert(document.cookie)>",
            "Size 9. <style>body{display:none}</style><svg onload=alert(1)> &lt;not an entity&gt; &amp;amp; {{7*7}} ${7*7}",
        ),
        (
            "fr",
            "home",
            f"Canapé cuir {RLO}gpj.exe{PDF} état neuf",
            f"Voir la facture jointe : facture{RLO}fdp.exe{PDF} — texte de droite à gauche mélangé : שלום עולם مرحبا",
        ),
        (
            "es",
            "vehicles",
            _zalgo(rng, "Moto barata urge"),
            _zalgo(rng, "Vendo moto en buen estado", 10) + " \u200b\u200d\ufeff caracteres invisibles aquí.",
        ),
        ("fr", "home", "Lot de 300 chaises et tables - catalogue complet", _huge_description(rng)),
        (
            "en",
            "electronics",
            "Laptop'); DROP TABLE listings;-- ",
            "Robert'); DROP TABLE students;-- \x1b[31m ANSI red \x1b[0m, tab\tand CR\rLF\n%s%s%n %x",
        ),
    ]
