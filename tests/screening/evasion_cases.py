"""Our own evasion cases, one table per class, and the policy they are screened with.

Every case is (text, policy term that must be found). The texts are written the way evaders
write on classifieds sites; none is taken from another project's test suite. The policy is the
shipped one plus a few insults, so that masked swear words (``f*ck``) have something to match.
"""

from __future__ import annotations

from moderator_app.screening.text import Policy, PolicyTerm, default_policy

EXTRA_TERMS = (
    "fuck", "motherfucker", "asshole", "ass", "tits", "boobs", "bitch", "connard", "enculé",
    "putain", "merde", "mierda", "cabrón", "gilipollas", "joder", "coño",
)  # fmt: skip


def evaluation_policy() -> Policy:
    base = default_policy()
    extra = tuple(PolicyTerm(t, "illegal_or_harmful_speech") for t in EXTRA_TERMS)
    return Policy(base.version + "+insults", base.terms + extra)


# Look-alike characters beyond Cyrillic and Greek (UTS #39 confusables, Latin letter forms).
CONFUSABLES: list[tuple[str, str]] = [
    ("Vends 𝐯𝐢𝐚𝐠𝐫𝐚 générique", "viagra"),
    ("𝓬𝓸𝓬𝓪𝓲𝓷𝓮 pure livrée", "cocaine"),
    ("lot de 𝔥𝔢𝔯𝔬𝔦𝔫", "heroin"),
    ("𝚔𝚎𝚝𝚊𝚖𝚒𝚗𝚎 en poudre", "ketamine"),
    ("appelle ta 𝕡𝕦𝕥𝕖", "pute"),
    ("ᏙᎥᎪᏀᎡᎪ sans ordonnance", "viagra"),
    ("du bon ᏚᏂᎥᎢ afghan", "shit"),
    ("vidéos ⲣⲟⲅⲚⲟ", "porno"),
    ("ꓖꓡꓳꓚꓗ 19 neuf", "glock"),
    ("pack ꓑꓳꓣꓠꓳ", "porno"),
    ("ᗪIᒪᗪO neuf", "dildo"),
    ("vente de 𐐽𐐬𐐽aine", "cocaine"),
    ("ᴠɪᴀɢʀᴀ pas cher", "viagra"),
    ("ᴄᴏᴄᴀɪɴᴇ", "cocaine"),
    ("ʟᴏʟɪᴛᴀ disponible", "lolita"),
    ("ℌℯℛℴℹ𝓃 brune", "heroin"),
    ("ℓsd en buvard", "lsd"),
    ("sa|ope", "salope"),
    ("ǀolita", "lolita"),
    ("🅥🅘🅐🅖🅡🅐 original", "viagra"),
    ("🆅🅸🅰🅶🆁🅰 x10", "viagra"),
    ("🇻\u200b🇮\u200b🇦\u200b🇬\u200b🇷\u200b🇦", "viagra"),
    ("⒯⒜⒮⒠⒭ puissant", "taser"),
    ("ⓖⓗⓑ liquide", "ghb"),
    ("ցհb", "ghb"),
    ("pⵔrn gratuit", "porn"),
    ("ѵіаɡrа", "viagra"),
    ("ріstоlеt d'alarme modifié", "pistolet"),
    ("𝙢𝙚𝙩𝙝 cristal", "meth"),
    ("ɗilɗo", "dildo"),
]

# Masks and symbols standing for letters.
MASKS_SYMBOLS: list[tuple[str, str]] = [
    ("f*ck les arnaqueurs", "fuck"),
    ("f**k off", "fuck"),
    ("quel sh*t de qualité", "shit"),
    ("cherche p*te pas chère", "pute"),
    ("la s*lope du quartier", "salope"),
    ("c*caine dispo", "cocaine"),
    ("v**gra générique", "viagra"),
    ("m0th3rf*cker", "motherfucker"),
    ("nice a$$", "ass"),
    ("what an a$$hole", "asshole"),
    ("this is $#!+", "shit"),
    ("big 7175 pics", "tits"),
    ("send 80085", "boobs"),
    ("f_ck", "fuck"),
    ("f#ck", "fuck"),
    ("co¢aine", "cocaine"),
    ("h€roin", "heroin"),
    ("put@in de vendeur", "putain"),
    ("b1+ch", "bitch"),
    ("c0nn@rd", "connard"),
    ("mi€rda", "mierda"),
    ("@$$", "ass"),
    ("k€tamin€", "ketamine"),
    ("pi$tole+", "pistolet"),
    ("€$¢ort€", "escorte"),
]

# Leetspeak: digits and symbols for letters, including multi-character symbols.
LEETSPEAK: list[tuple[str, str]] = [
    ("v14gr4", "viagra"),
    ("c0c41n3", "cocaine"),
    ("h3r01n", "heroin"),
    ("k3t4m1n3", "ketamine"),
    ("pr0st1tut3", "prostitute"),
    ("3sc0rt3 dispo", "escorte"),
    ("m4r1hu4n4", "marihuana"),
    ("5al0pe", "salope"),
    ("pu73", "pute"),
    ("\\/iagra", "viagra"),
    ("|<etamine", "ketamine"),
    ("c4nn4b15", "cannabis"),
    ("gl0ck", "glock"),
    ("n4z1", "nazi"),
    ("p0rn0", "porno"),
    ("7aser", "taser"),
    ("w3st3rn un10n", "western union"),
    ("m0n3ygr4m", "moneygram"),
    ("l0l1t4", "lolita"),
    ("r3pl1qu3", "replique"),
    ("1v01r3", "ivoire"),
    ("4mm0", "ammo"),
    ("3xpl0s1f", "explosif"),
    ("d!ld0", "dildo"),
    ("p1st0l3t", "pistolet"),
    ("|-|eroin", "heroin"),
    ("c()caine", "cocaine"),
    ("|\\|azi", "nazi"),
    ("fen7any1", "fentanyl"),
    ("5h1t", "shit"),
]

# Words split by a space, or glued to the next word.
SPLIT_JOINED: list[tuple[str, str]] = [
    ("vi agra pas cher", "viagra"),
    ("coca ine pure", "cocaine"),
    ("ket amine", "ketamine"),
    ("F u ckthis", "fuck"),
    ("thef uck", "fuck"),
    ("someshi t", "shit"),
    ("pis tolet neuf", "pistolet"),
    ("her oin", "heroin"),
    ("esc orte", "escorte"),
    ("vendsviagra", "viagra"),
    ("viagrapascher", "viagra"),
    ("achetezcocaine", "cocaine"),
    ("kalach nikov", "kalachnikov"),
    ("prosti tuée", "prostituée"),
    ("salo pe", "salope"),
    ("motherf ucker", "motherfucker"),
    ("fuckyou", "fuck"),
    ("cocaineenvente", "cocaine"),
    ("mari huana", "marihuana"),
    ("heroinforsale", "heroin"),
    ("gran pu ta", "puta"),
    ("ke tamine", "ketamine"),
]

# Look-alike Latin letters swapped: v/u and l/i.
LETTER_SWAPS: list[tuple[str, str]] = [
    ("fvck", "fuck"),
    ("vlagra", "viagra"),
    ("cocalne", "cocaine"),
    ("heroln", "heroin"),
    ("pvte", "pute"),
    ("uiagra", "viagra"),
    ("kalachnlkov", "kalachnikov"),
    ("escort glrl", "escort girl"),
    ("prostltute", "prostitute"),
    ("pvta", "puta"),
    ("marlhuana", "marihuana"),
    ("pistoiet", "pistolet"),
    ("saiope", "salope"),
    ("motherfvcker", "motherfucker"),
    ("ꓦꓲꓮꓖꓣꓮ", "viagra"),
]

CLASSES: dict[str, list[tuple[str, str]]] = {
    "look-alike characters": CONFUSABLES,
    "masks and symbols": MASKS_SYMBOLS,
    "leetspeak": LEETSPEAK,
    "split and joined words": SPLIT_JOINED,
    "letter swaps": LETTER_SWAPS,
}
