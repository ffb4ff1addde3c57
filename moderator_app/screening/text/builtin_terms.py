"""Contact channels every desk looks for, whatever the policy says.

- Messaging apps: the app name (and its usual misspellings) moves the conversation off the
  platform. Names that are also ordinary words (``signal``, ``snap``, ``kik``) only count
  with a contact context (``sur signal``, ``snap: jean_75``).
- Off-platform payment services: reported as ``payment`` unless the policy already lists
  the same wording (then the policy's banned-term finding is enough).
- Innocent phrases that contain a policy word (``cul-de-sac``, ``pistolet à colle``,
  ``couleur ivoire``): a term found inside one of them is not reported. Moderators stop
  trusting highlights that light up tools and colours.
"""

from __future__ import annotations

# canonical name -> spellings (matched through the same evasion-proof word view as terms)
# fmt: off
MESSAGING_APPS: dict[str, tuple[str, ...]] = {
    "whatsapp": (
        "whatsapp", "whats app", "whatsap", "whatapp", "watsap", "watsapp", "wattsapp", "wats app",
        "whatsaap", "wtsp", "wtsap", "wtsapp", "wsp", "wasap", "wassap", "whasap", "guasap", "ouatsap",
    ),
    "telegram": ("telegram", "telegrame", "tlgrm", "telegramm"),
    "snapchat": ("snapchat", "snap chat", "snapshat", "snpcht"),
    "instagram": ("instagram", "insta", "instagramm"),
    "viber": ("viber",),
    "wechat": ("wechat",),
    "skype": ("skype",),
    "discord": ("discord",),
    "threema": ("threema",),
}
# fmt: on

# Ordinary words that name an app only in a contact context.
CONTEXT_APPS: dict[str, tuple[str, ...]] = {
    "signal": ("signal",),
    "snapchat": ("snap",),
    "kik": ("kik",),
    "messenger": ("messenger",),
}
# Words just before an app name that make it a contact channel.
CONTACT_CONTEXT = frozenset(
    [
        "sur",
        "via",
        "par",
        "on",
        "en",
        "por",
        "mon",
        "ma",
        "my",
        "mi",
        "contact",
        "contactez",
        "contacter",
        "contactame",
        "contactar",
        "ecrivez",
        "ecrire",
        "ecris",
        "write",
        "text",
        "message",
        "add",
        "ajoute",
        "ajoutez",
        "ajouter",
        "agregame",
        "agrega",
        "escribeme",
        "joignable",
        "dispo",
        "disponible",
    ]
)

# fmt: off
PAYMENT_SERVICES: dict[str, tuple[str, ...]] = {
    "western union": ("western union", "westernunion", "western unión"),
    "moneygram": ("moneygram", "money gram"),
    "mandat cash": ("mandat cash", "mandat compte", "mandat postal"),
    "pcs": ("coupon pcs", "coupons pcs", "recharge pcs", "ticket pcs", "carte pcs", "pcs mastercard"),
    "transcash": ("transcash", "trans cash"),
    "neosurf": ("neosurf", "neo surf"),
    "paysafecard": ("paysafecard", "paysafe"),
    "paypal": ("paypal", "pay pal"),
    "lydia": ("lydia",),
    "bizum": ("bizum",),
    "revolut": ("revolut",),
    "wero": ("wero",),
    "paylib": ("paylib",),
    "cash app": ("cashapp", "cash app"),
    "venmo": ("venmo",),
    "zelle": ("zelle",),
    "skrill": ("skrill",),
    "worldremit": ("worldremit", "world remit"),
    "ria money transfer": ("ria money transfer", "ria envia", "ria envios"),
    "bitcoin": ("bitcoin", "btc"),
    "crypto": ("usdt", "tether", "binance pay"),
    "bank transfer": (
        "virement bancaire", "bank transfer", "wire transfer", "transferencia bancaria",
        "giro bancario", "virement sepa",
    ),
    "gift card": (
        "carte cadeau", "gift card", "tarjeta regalo", "google play card", "itunes card",
        "steam card", "carte google play", "carte steam",
    ),
}
# fmt: on

# fmt: off
INNOCENT_PHRASES: tuple[str, ...] = (
    # fr
    "cul de sac", "cul sec", "cul de poule", "cul de bouteille", "cul de lampe", "cul de four",
    "pistolet a colle", "pistolet a peinture", "pistolet a silicone", "pistolet a eau",
    "pistolet a clous", "pistolet a air chaud", "pistolet a air comprime", "pistolet de lavage",
    "pistolet souffleur", "pistolet a mastic", "pistolet a calfeutrer", "pistolet arrosage",
    "pistolet d arrosage", "pistolet de massage", "pistolet thermique", "pistolet agrafeur",
    "couleur ivoire", "blanc ivoire", "ton ivoire", "teinte ivoire", "laine ivoire", "robe ivoire",
    "mariee ivoire", "dentelle ivoire", "satin ivoire", "soie ivoire", "tissu ivoire", "cuir ivoire",
    "laque ivoire", "carrelage ivoire", "peinture ivoire", "papier ivoire",
    "cote d ivoire", "coast of ivory", "ivory coast",
    "arme fatale", "l arme fatale",
    # es
    "pistola de silicona", "pistola de pintura", "pistola de agua", "pistola de calor",
    "pistola de clavos", "pistola de masaje", "pistola de aire", "pistola de riego",
    "pistola de soldar", "pistola grapadora", "color marfil", "blanco marfil", "tono marfil",
    "costa de marfil", "costa de marfil",
    # en
    "ivory white", "ivory color", "ivory colour", "ivory colored", "ivory coloured",
    "glue gun", "paint gun", "heat gun", "nail gun", "massage gun", "water gun",
)
# fmt: on
