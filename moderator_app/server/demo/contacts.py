"""Phone numbers, messaging handles and e-mail addresses as sellers really write them.

Numbers come from ranges reserved for fiction where a country has one (France: 06 39 98 xx xx,
ARCEP; UK: 07700 900xxx, Ofcom), so the demo never prints a real person's number.
"""

from __future__ import annotations

import random

_FR_UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_ES_DIGITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_EN_DIGITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def french_number_words(n: int) -> str:
    """0..99 in French words, as written in listings ("quatre-vingt-dix-huit")."""
    if n < 17:
        return _FR_UNITS[n]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = n - (60 if tens == 7 else 80)
        if rest == 11 and tens == 7:
            return "soixante-et-onze"
        return f"{base}-{french_number_words(rest)}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else "quatre-vingt-" + _FR_UNITS[unit]
    word = _FR_TENS[tens]
    if unit == 0:
        return word
    if unit == 1:
        return f"{word}-et-un"
    return f"{word}-{_FR_UNITS[unit]}"


def new_phone(rng: random.Random, country: str) -> str:
    """A fresh mobile number for ``country`` in E.164."""
    if country == "FR":
        return f"+336399{rng.randint(80000, 89999)}"  # 06 39 98 xx xx
    if country == "ES":
        return f"+346{rng.randint(10, 99)}{rng.randint(0, 999999):06d}"
    if country == "BE":
        return f"+324{rng.choice((70, 71, 72, 75, 76, 77, 78, 79, 84, 85, 86, 87, 88, 89, 96, 97, 98, 99))}{rng.randint(0, 999999):06d}"
    if country == "GB":
        return f"+447700900{rng.randint(0, 999):03d}"
    if country == "MA":
        return f"+2126{rng.randint(10, 99)}{rng.randint(0, 999999):06d}"
    if country == "PT":
        return f"+3519{rng.choice((1, 2, 3, 6))}{rng.randint(0, 9999999):07d}"
    raise ValueError(f"no phone plan for {country!r}")


def _pairs(digits: str) -> list[str]:
    return [digits[i : i + 2] for i in range(0, len(digits), 2)]


def written_phone(rng: random.Random, e164: str, style: int | None = None) -> str:
    """``e164`` written the way a seller types it: plain, spaced, dotted, international, or
    obfuscated (letter O for zero, digits spelled out, fullwidth digits, spread-out digits).
    ``style`` forces one writing (an index into the country's list) instead of a weighted pick."""
    if e164.startswith("+33"):
        national = "0" + e164[3:]
        pairs = _pairs(national)
        styles = [
            " ".join(pairs),
            ".".join(pairs),
            national,
            "-".join(pairs),
            "/".join(pairs),
            "+33 " + national[1] + " " + " ".join(pairs[1:]),
            e164,
            "0033 " + national[1:],
            "O" + " ".join(pairs)[1:],  # letter O instead of zero
            " ".join(("zéro " if p[0] == "0" else "") + french_number_words(int(p)) for p in pairs),
            " ".join(national),
            "".join(chr(0xFF10 + int(c)) for c in national),  # fullwidth digits
            " ".join(pairs).replace("1", "l"),
        ]
        weights = [10, 6, 5, 2, 1, 4, 2, 1, 3, 2, 2, 1, 1]
    elif e164.startswith("+34"):
        national = e164[3:]
        styles = [
            f"{national[:3]} {national[3:6]} {national[6:]}",
            national,
            f"+34 {national[:3]} {national[3:6]} {national[6:]}",
            f"{national[:3]}-{national[3:5]}-{national[5:7]}-{national[7:]}",
            f"{national[:3]} {national[3:5]} {national[5:7]} {national[7:]}",
            " ".join(_ES_DIGITS[int(c)] for c in national),
            "0034" + national,
            f"{national[:3]}.{national[3:6]}.{national[6:]}",
        ]
        weights = [10, 5, 5, 2, 3, 3, 1, 2]
    elif e164.startswith("+32"):
        national = "0" + e164[3:]
        styles = [
            f"{national[:4]}/{national[4:6]}.{national[6:8]}.{national[8:]}",
            f"{national[:4]} {national[4:6]} {national[6:8]} {national[8:]}",
            f"+32 {national[1:4]} {national[4:6]} {national[6:8]} {national[8:]}",
            national,
        ]
        weights = [4, 4, 4, 2]
    elif e164.startswith("+44"):
        national = "0" + e164[3:]
        styles = [
            f"{national[:5]} {national[5:]}",
            f"+44 {national[1:5]} {national[5:]}",
            national,
            f"{national[:5]}-{national[5:8]}-{national[8:]}",
            " ".join(_EN_DIGITS[int(c)] for c in national),
        ]
        weights = [6, 5, 3, 2, 2]
    elif e164.startswith("+212"):
        national = "0" + e164[4:]
        styles = [" ".join(_pairs(national)), f"+212 {national[1:]}", national]
        weights = [4, 3, 2]
    else:
        national = e164[4:]
        styles = [f"{national[:3]} {national[3:6]} {national[6:]}", e164, national]
        weights = [4, 3, 2]
    if style is not None:
        return styles[style % len(styles)]
    return rng.choices(styles, weights)[0]


def handle_for(rng: random.Random, name: str) -> str:
    """A messaging handle derived from a seller's name, e.g. ``julien_deals75``."""
    base = "".join(c for c in name.lower().replace(" ", "_") if c.isalnum() or c in "_.")
    suffix = rng.choice(
        ("", str(rng.randint(1, 99)), "_deals", ".pro", "_vente", "_shop", str(rng.randint(1980, 2006)))
    )
    return (base.strip("._") or "seller") + suffix


def written_email(rng: random.Random, email: str, style: int | None = None) -> str:
    """``email`` plain or disguised (``jean [at] mail [dot] com``, ``arobase``); ``style`` forces one."""
    user, _, domain = email.partition("@")
    name, _, tld = domain.rpartition(".")
    styles = [
        email,
        f"{user} [at] {name} [dot] {tld}",
        f"{user}(at){name}(dot){tld}",
        f"{user} arobase {name} point {tld}",
        f"{user} @ {name} . {tld}",
        f"{user} at {name} dot {tld}",
    ]
    if style is not None:
        return styles[style % len(styles)]
    return rng.choices(styles, [5, 4, 2, 2, 2, 2])[0]


def national_format(e164: str) -> str:
    """The plain national writing of a number, as printed on a photo (``06 39 98 12 34``)."""
    if e164.startswith("+33"):
        return " ".join(_pairs("0" + e164[3:]))
    if e164.startswith("+34"):
        n = e164[3:]
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if e164.startswith("+32"):
        n = "0" + e164[3:]
        return f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}"
    if e164.startswith("+44"):
        n = "0" + e164[3:]
        return f"{n[:5]} {n[5:]}"
    if e164.startswith("+212"):
        return " ".join(_pairs("0" + e164[4:]))
    n = e164[4:]
    return f"{n[:3]} {n[3:6]} {n[6:]}"
