"""Recall on an adversarial set of evasions, and false positives on innocent traps.

The evasion table is written the way evaders write (mixing several tricks at once); the
test reports recall and the misses, and fails below a floor. The innocent table must stay
completely dark: every false positive is listed.
"""

from __future__ import annotations

from moderator_app.screening.text.word_view import normalize_phrase
from tests.screening.text_helpers import screen_one

# (text, country, kind, normalized value that must be found)
EVASIONS: list[tuple[str, str, str, str]] = [
    # banned terms, fr
    ("Vends V1@GR@ générique", "FR", "banned_term", "viagra"),
    ("c0c@ïn3 pure", "FR", "banned_term", "cocaine"),
    ("C.O.C.A.I.N.E dispo", "FR", "banned_term", "cocaine"),
    ("payement par W-E-S-T-E-R-N U-N-I-O-N", "FR", "banned_term", "western union"),
    ("paiement Wеstеrn Uniоn (cyrillique)", "FR", "banned_term", "western union"),
    ("mandat\u200bcash", "FR", "banned_term", "mandat cash"),
    ("coupons P.C.S mastercard", "FR", "banned_term", "pcs mastercard"),
    ("recharge n e o s u r f", "FR", "banned_term", "neosurf"),
    ("T R A N S C A S H", "FR", "banned_term", "transcash"),
    ("montre réplique 1:1", "FR", "banned_term", "replique"),
    ("rolex copie-conforme", "FR", "banned_term", "copie conforme"),
    ("statuette en iv0ire", "FR", "banned_term", "ivoire"),
    ("kalachnik0v neuve", "FR", "banned_term", "kalachnikov"),
    ("escort girl dispo", "FR", "banned_term", "escort girl"),
    ("plan-cul", "FR", "banned_term", "plan cul"),
    ("puuuute", "FR", "banned_term", "pute"),
    ("ＣＵＬ", "FR", "banned_term", "cul"),
    ("héro\u0301ïne", "FR", "banned_term", "heroine"),
    ("faux-papiers", "FR", "banned_term", "faux papiers"),
    ("sans ordonnance", "FR", "banned_term", "sans ordonnance"),
    # banned terms, es
    ("vendo c0ca1na", "ES", "banned_term", "cocaina"),
    ("p.i.s.t.o.l.a", "ES", "banned_term", "pistola"),
    ("réplica exacta", "ES", "banned_term", "replica"),
    ("figura de m@rfil", "ES", "banned_term", "marfil"),
    ("masaje con final feliz", "ES", "banned_term", "masaje con final feliz"),
    ("pago por adelantado", "ES", "banned_term", "pago por adelantado"),
    ("Mοneygram (griego)", "ES", "banned_term", "moneygram"),
    ("MARIHUANAAAA", "ES", "banned_term", "marihuana"),
    # banned terms, en
    ("genuine ivory carving", "GB", "banned_term", "ivory"),
    ("h e r o i n", "GB", "banned_term", "heroin"),
    ("fake-passport", "GB", "banned_term", "fake passport"),
    ("r3pl1ca watches", "GB", "banned_term", "replica"),
    ("m-d-m-a pills", "GB", "banned_term", "mdma"),
    ("ammu\u00adnition for sale", "GB", "banned_term", "ammunition"),
    ("kеtаminе", "GB", "banned_term", "ketamine"),
    # phones
    ("appelle le O6-12-34-56-78", "FR", "phone", "+33612345678"),
    ("o6 12 34 56 78", "FR", "phone", "+33612345678"),
    ("zero six, douze, trente quatre, cinquante six, soixante dix huit", "FR", "phone", "+33612345678"),
    (
        "zéro sept quatre-vingt-dix-huit soixante-seize cinquante-quatre trente-deux",
        "FR",
        "phone",
        "+33798765432",
    ),
    ("06 douze 34 cinquante-six 78", "FR", "phone", "+33612345678"),
    ("seis uno dos, tres cuatro cinco, seis siete ocho", "ES", "phone", "+34612345678"),
    (
        "seiscientos doce, trescientos cuarenta y cinco, seiscientos setenta y ocho",
        "ES",
        "phone",
        "+34612345678",
    ),
    ("oh seven four oh oh, one two three, four five six", "GB", "phone", "+447400123456"),
    ("０６１２３４５６７８", "FR", "phone", "+33612345678"),
    ("⓪⑥①②③④⑤⑥⑦⑧", "FR", "phone", "+33612345678"),
    ("0️⃣6️⃣ 1️⃣2️⃣ 3️⃣4️⃣ 5️⃣6️⃣ 7️⃣8️⃣", "FR", "phone", "+33612345678"),
    ("06_12_34_56_78", "FR", "phone", "+33612345678"),
    ("06 . 12 . 34 . 56 . 78", "FR", "phone", "+33612345678"),
    ("+33 6 12 34 56 78", "ES", "phone", "+33612345678"),
    ("+34 612-345-678", "FR", "phone", "+34612345678"),
    ("+32 470/12.34.56", "FR", "phone", "+32470123456"),
    ("+44 (0) 7400 123456", "FR", "phone", "+447400123456"),
    ("0\u200b6\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8", "FR", "phone", "+33612345678"),
    ("06a12z34b56c78", "FR", "phone", "+33612345678"),
    # contacts
    ("jean [at] mail [dot] com", "FR", "email", "jean@mail.com"),
    ("jean(at)mail(point)fr", "FR", "email", "jean@mail.fr"),
    ("jean arobase gmail point com", "FR", "email", "jean@gmail.com"),
    ("maria arroba gmail punto com", "ES", "email", "maria@gmail.com"),
    ("john (at) outlook (dot) com", "GB", "email", "john@outlook.com"),
    ("JEAN@GMAIL.COM", "FR", "email", "jean@gmail.com"),
    ("mon wtsp", "FR", "messaging", "whatsapp"),
    ("whats app", "FR", "messaging", "whatsapp"),
    ("w.h.a.t.s.a.p.p", "FR", "messaging", "whatsapp"),
    ("guasap", "ES", "messaging", "whatsapp"),
    ("telegram @vente75", "FR", "messaging", "telegram"),
    ("t.me/vente75", "FR", "messaging", "telegram:vente75"),
    ("snap: julie_75", "FR", "messaging", "snapchat"),
    ("ajoute moi @julie.vend", "FR", "messaging", "@julie.vend"),
    ("FR76 3000 6000 0112 3456 7890 189", "FR", "payment", "FR7630006000011234567890189"),
    ("paiement pay-pal", "FR", "payment", "paypal"),
]

# Harder forms, kept in the table so that the recall figure is honest (several are known misses:
# a word split by one space, doubled letters, a spaced run glued to a one-letter word).
EVASIONS += [
    ("vi agra pas cher", "FR", "banned_term", "viagra"),
    ("viaagra", "FR", "banned_term", "viagra"),
    ("il y a v i a g r a", "FR", "banned_term", "viagra"),
    ("c u l", "FR", "banned_term", "cul"),
    ("v/i/a/g/r/a", "FR", "banned_term", "viagra"),
    ("\\/iagra", "FR", "banned_term", "viagra"),
    ("cocaïn", "FR", "banned_term", "cocaine"),
    ("zéro six, un deux, trois quatre, cinq six, sept huit", "FR", "phone", "+33612345678"),
    ("06 12 34 56 7 huit", "FR", "phone", "+33612345678"),
    ("jean.dupont chez gmail point com", "FR", "email", "jean.dupont@gmail.com"),
    ("wa: 0612345678", "FR", "messaging", "whatsapp"),
    ("insta: julie_vend", "FR", "messaging", "instagram"),
]

INNOCENTS: list[tuple[str, str]] = [
    ("Véhicule particulier, culotte de cheval, spectaculaire, ridicule, calculatrice", "FR"),
    ("Armoire ancienne, beaucoup de charme, une larme, alarme, gendarmerie, surplus armée", "FR"),
    ("Restaurant réputé, match disputé, computer, députée, imputé", "FR"),
    ("Il y a 3 ans, à la mer, y a-t-il un souci ? c'est à voir", "FR"),
    ("Prix 1 250 000 €, 120 000 km, 200 x 90 cm, le 12/05/2023 à 14h30", "FR"),
    ("IMEI 490154203237518, SIRET 732 829 320 00074, ISBN 978-2-07-036822-8", "FR"),
    ("75011 Paris, 13008 Marseille, code postal 69003", "FR"),
    ("Vehículo particular, armario, alarma, película, computadora, reputado, disputa", "ES"),
    ("Precio 1.250.000 €, 87.500 km, 2 x 1,5 m, el 12/05/2023", "ES"),
    ("Cultural event, army surplus, harmony, charming, disputed, reputed, calculator", "GB"),
    ("Price £1,250,000, 87,500 miles, 200 x 90 cm, on 12/05/2023 at 14:30", "GB"),
    ("turn signal light, snap-on tools, le signal est faible", "FR"),
    ("lot de 12 pcs, at home, point de vue, dot com era", "FR"),
    ("photo.jpg, moteur 1.6 hdi, version 2.5, etc. bon état", "FR"),
    ("Ford Escort 1.6 en bon état", "FR"),
    ("Canapé couleur ivoire, très bon état, vendu cause déménagement", "FR"),
    ("Impasse en cul-de-sac, pistolet à colle et pistolet à peinture", "FR"),
    ("Pistola de silicona, sofá color marfil", "ES"),
    ("iPhone 12 Pro 128 Go, batterie 89 %, facture", "FR"),
    ("Tondeuse 4x4, PS5 + 2 manettes, mp3, 5G, 1er étage, 2e main", "FR"),
]


def _found(findings, kind: str, value: str) -> bool:
    for f in findings:
        if f.kind != kind:
            continue
        if kind == "banned_term" and normalize_phrase(f.normalized) == normalize_phrase(value):
            return True
        if f.normalized == value:
            return True
    return False


def test_recall_on_adversarial_evasions(text_screener) -> None:
    misses = []
    for text, country, kind, value in EVASIONS:
        if not _found(screen_one(text_screener, text, country), kind, value):
            misses.append((text, kind, value))
    recall = 1 - len(misses) / len(EVASIONS)
    print(f"\nadversarial recall: {len(EVASIONS) - len(misses)}/{len(EVASIONS)} = {recall:.1%}")
    for miss in misses:
        print("  missed:", miss)
    assert recall >= 0.85, misses


def test_no_false_positive_on_innocent_traps(text_screener) -> None:
    false_positives = []
    for text, country in INNOCENTS:
        for f in screen_one(text_screener, text, country):
            if f.kind in ("banned_term", "phone", "email", "payment", "messaging"):
                false_positives.append((text, f.kind, f.text))
    print(f"\nfalse positives on {len(INNOCENTS)} innocent traps: {len(false_positives)}")
    for fp in false_positives:
        print("  false positive:", fp)
    assert false_positives == []
