"""Scam wording that no word list catches: explainable ``scam_pattern`` findings in FR/ES/EN.

Each pattern is a short sequence of word alternatives read on the screener's word view (folded,
accents and leetspeak undone, one space between words), where ``…`` allows up to six other
words in between: ``(acompte|caution) … avant … visite``. A pattern runs only when one of its
anchor words is in the listing, so a listing without any costs one set intersection.

The patterns are the ones classifieds fraud teams know: payment outside the platform or before
delivery, a deposit before a visit, shipping only with a transfer, refusing the platform's
secure payment, overpayment and refund, the seller abroad, a handle given after a messaging
app's name, and adult services in coded words. Every finding carries its category and a
one-line explanation for the moderator; the explanations are marked for translation
(``translate_noop``) and the workstation shows them in the moderator's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from moderator_app.core.i18n import translate_noop

CONTEXT = "ScamPattern"
GAP = r"(?: [a-z0-9]+){0,6}"


@dataclass(frozen=True)
class ScamPattern:
    """One scam pattern: ``name`` (the finding's ``normalized``), its category, the moderator's
    one-line explanation, and the word sequences that express it (``…`` = up to six words)."""

    name: str
    category: str
    explanation: str
    sequences: tuple[str, ...]


# fmt: off
PATTERNS: tuple[ScamPattern, ...] = (
    ScamPattern(
        "payment_before_delivery", "scams_and_fraud",
        translate_noop(CONTEXT, "Payment by transfer before delivery or outside the platform: the buyer has no protection if nothing arrives."),
        (
            "(virement|virer|paiement|payer|reglement|regler|mandat) … (avant|avant l|avant la) … (envoi|expedition|livraison|reception|remise)",
            "(virement|paiement|reglement) … (sur|vers|a) (mon|un) (iban|rib|compte)",
            "(paiement|pai[a-z]*|pay[a-z]*|regl[a-z]*|transaction) (hors|en dehors) (du|de la|de) (site|plateforme|leboncoin|vinted)",
            "(transferencia|bizum|pago|pagar|ingreso) … (antes|antes del|antes de la) … (envio|entrega|enviar|mandar)",
            "(transferencia|ingreso|pago) … (a|en) (mi|una) (cuenta|iban)",
            "(pago|pagar) fuera (de la|del) (plataforma|web|pagina|app)",
            "(bank transfer|wire|transfer|payment|pay) … (before|prior to) … (dispatch|delivery|shipping|posting|i send|i post)",
            "(transfer|payment|pay) … (to|into) my (account|bank account|iban)",
            "(bank transfer|transfer|wire|payment) (first|upfront|up front|in advance)",
            "(pay|payment) (outside|off) (the|this) (site|platform|app)",
        ),
    ),
    ScamPattern(
        "deposit_before_visit", "scams_and_fraud",
        translate_noop(CONTEXT, "Deposit asked before any visit: typical of fake rentals, the home is not available or does not exist."),
        (
            "(acompte|caution|depot de garantie|frais de dossier|reservation|versement|avance|un cheque) … (avant|sans) … (visite|visiter|voir|rencontre)",
            "(envoyez|envoyer|versez|verser|virez|virer|payer|payez) … (acompte|caution|reservation) … (pour|avant) … (visite|visiter|reserver)",
            "(cles|clefs|cle|clef) … (par|via) (la poste|courrier|colis|transporteur|la post)",
            "(fianza|senal|deposito|reserva|adelanto) … (antes|sin) … (visita|visitar|ver|verlo|verla|ensenar)",
            "(llaves|llave) … (por|via) (correo|mensajeria|mensajero|agencia)",
            "(deposit|holding fee|holding deposit|reservation fee|advance rent) … (before|without|prior to) … (viewing|view|visit|seeing|see)",
            "(keys|key) … (by|via|through) (post|courier|mail|dhl|ups)",
            "(post|send|mail) you the keys",
        ),
    ),
    ScamPattern(
        "shipping_only_transfer", "scams_and_fraud",
        translate_noop(CONTEXT, "Shipping only and payment by transfer: the buyer cannot see the item and cannot get the money back."),
        (
            "(envoi|livraison|expedition) (uniquement|seulement|only) … (virement|mandat|paiement a l avance|paiement d avance)",
            "(pas de|aucune) remise en main propre … (virement|mandat|envoi|transporteur)",
            "(solo|unicamente) (envio|envios|por mensajeria|por correo) … (transferencia|bizum|pago por adelantado|ingreso)",
            "(no|sin) (entrega en mano|en mano) … (transferencia|envio|mensajeria)",
            "(shipping|postage|delivery|posted) only … (bank transfer|transfer|wire|payment upfront)",
            "(no collection|no pick up|no pickup|cannot meet|can t meet) … (transfer|wire|courier|shipping)",
        ),
    ),
    ScamPattern(
        "refuses_secure_payment", "scams_and_fraud",
        translate_noop(CONTEXT, "Refuses the platform's secure payment: nothing protects the buyer once the money is sent."),
        (
            "(pas de|sans|refuse|refus du|refuse le|je n accepte pas le|n accepte pas le) paiement securise",
            "(pas de|sans) (paiement )?(leboncoin|lbc|vinted|paypal) securise",
            "paypal (entre proches|amis et famille|ami|amis)",
            "(no acepto|no uso|no utilizo|sin|nada de) (el )?pago (seguro|protegido)",
            "paypal (amigos|familia|amigos y familia)",
            "(no|without|refuse|won t use|don t use|do not use|not using) … (secure payment|buyer protection|protected payment)",
            "paypal (friends and family|friends family|gift|f f|ff)",
        ),
    ),
    ScamPattern(
        "overpayment_refund", "scams_and_fraud",
        translate_noop(CONTEXT, "Overpayment then a refund of the difference: the first payment is fake or will be reversed."),
        (
            "(rembours[a-z]*|renv[a-z]*|rend[a-z]*|restitu[a-z]*) … (la difference|le surplus|le trop percu|l excedent)",
            "(paiera|paierai|payera|versera|verserai|enverra|enverrai) (plus|davantage|un montant superieur|un cheque superieur)",
            "(montant|somme|cheque) (superieur|plus eleve|plus important) … (prix|demande)",
            "(devol[a-z]*|devuelv[a-z]*|reembols[a-z]*|reintegr[a-z]*) … (la diferencia|el sobrante|el exceso|lo que sobra)",
            "(pagare|enviare|mandare|ingresare) (de mas|mas de lo)",
            "(refund|send back|return|pay back|wire back) … (the difference|the excess|the extra|the rest|the balance)",
            "(overpay|overpaid|overpayment|more than the asking price)",
        ),
    ),
    ScamPattern(
        "seller_abroad", "scams_and_fraud",
        translate_noop(CONTEXT, "Seller says they are abroad: the item cannot be seen and a courier or agent is meant to deliver after payment."),
        (
            "(je suis|je me trouve|je travaille|je vis|je reside|suis) (actuellement |en ce moment |pour le travail |pour mon travail )?(a l etranger|en mission|en deplacement|expatrie|mute a l etranger|hors de france)",
            "(militaire|plateforme petroliere|offshore) … (envoi|transporteur|livraison|paiement)",
            "(estoy|me encuentro|trabajo|vivo|resido) (ahora |actualmente |por trabajo )?(en el extranjero|fuera de espana|fuera del pais|de viaje|en londres|en francia|en alemania)",
            "(i am|i m|im|currently|living|working|based) (currently |now |at the moment |for work )?(abroad|overseas|offshore|out of the country|on deployment|deployed|on a mission)",
        ),
    ),
    ScamPattern(
        "adult_services_coded", "pornography_or_sexualized_content",
        translate_noop(CONTEXT, "Coded wording for paid sexual services, often posted in an unrelated category."),
        (
            "(discretion assuree|tres discrete|discrete et|plan d un soir|moments calins|moment calin|finition possible|soirees privees|hotesse pour)",
            "(jeune femme|jeune fille|charmante|jolie femme) … (propose|offre|dispo|disponible) … (moments|compagnie|massage|rencontre|soiree|calin)",
            "(discrecion total|discrecion absoluta|encuentros privados|final feliz|chica joven ofrece|ofrece compania)",
            "(outcalls|outcall|incalls|incall|happy ending|private company|discreet company|generous gentlemen|generous gentleman)",
            "(young lady|young woman|pretty girl) … (offers|offering|available) … (company|massage|time|fun)",
        ),
    ),
)
# fmt: on

MESSAGING_HANDLE = ScamPattern(
    "messaging_handle",
    "scams_and_fraud",
    translate_noop(
        CONTEXT,
        "A messaging handle after the app's name: the seller moves the conversation off the platform, where scams happen.",
    ),
    (),
)

# Not "signal" or "line": "Signal: excellent", "Product line: Samsung" are not handles.
_HANDLE_APPS = (
    "snapchat|snap|snpcht|instagram|insta|ig|telegram|tlgrm|tg|whatsapp|wtsp|wsp|kik|discord|skype|viber"
    "|wechat|threema|tiktok"
)
# "Snap : pierre1986", "insta= julie.vend", "telegram -> @vente75": the app, a separator, a handle
# with at least one letter (a number after the app name is a phone, found as one).
_HANDLE_RE = re.compile(
    rf"(?<![a-z0-9])({_HANDLE_APPS}) ?(?:[:=]|->|=>|>) ?@?(?=[a-z0-9._\-]*[a-z])([a-z0-9][a-z0-9._\-]{{1,29}}[a-z0-9])"
    rf"(?![a-z0-9@])"
)
_HANDLE_HINT = frozenset(_HANDLE_APPS.split("|"))


class ScamHit(NamedTuple):
    pattern: ScamPattern
    base_start: int
    base_end: int
    normalized: str
    view_span: bool  # True: start/end index the word view's text; False: the folded text


def _compile(sequence: str) -> re.Pattern[str]:
    parts = [part.strip() for part in sequence.split("…")]
    body = (GAP + " ").join(f"(?:{p})" for p in parts)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


# Words too common to tell whether a pattern may be present.
# fmt: off
_STOP = frozenset({
    "a", "l", "d", "de", "du", "la", "le", "les", "un", "une", "en", "et", "je", "j", "suis", "me", "mon",
    "ma", "mes", "sur", "par", "pour", "pas", "ne", "n", "el", "los", "las", "y", "mi", "por", "sin", "no",
    "con", "the", "to", "my", "i", "m", "im", "you", "your", "of", "and", "on", "in", "for", "is", "are",
    "be", "it", "at",
})
# fmt: on


def _anchors(sequence: str) -> frozenset[str]:
    """Words one of which must be in the listing for ``sequence`` to match: a required word, or
    the distinctive words of a required group whose every alternative has one (a stem such as
    ``rembours[a-z]*`` is no whole word and cannot anchor). None found: the pattern always runs."""
    for part in (part.strip() for part in sequence.split("…")):
        for group, optional, word in re.findall(r"\(([^()]*)\)(\??)|([a-z0-9]+)(?![^(]*\))", part):
            if word:
                if word not in _STOP:
                    return frozenset([word])
                continue
            if optional:
                continue
            words = [
                set() if "[" in alternative else set(re.findall(r"[a-z0-9]+", alternative)) - _STOP
                for alternative in group.split("|")
            ]
            if all(words):
                return frozenset().union(*words)
    return frozenset()


_COMPILED: tuple[tuple[ScamPattern, re.Pattern[str], frozenset[str]], ...] = tuple(
    (pattern, _compile(sequence), _anchors(sequence))
    for pattern in PATTERNS
    for sequence in pattern.sequences
)
_ALWAYS = any(not anchors for _, _, anchors in _COMPILED)
_ALL_ANCHORS = frozenset().union(*(anchors for _, _, anchors in _COMPILED)) | _HANDLE_HINT


def find_scam_patterns(view_text: str, words: set[str], base: str) -> list[ScamHit]:
    """Scam patterns in the word view (``view_text`` and its word set) and handles in ``base``."""
    if not _ALWAYS and words.isdisjoint(_ALL_ANCHORS):
        return []
    spans: dict[str, list[list[int]]] = {}
    patterns: dict[str, ScamPattern] = {}
    for pattern, regex, anchors in _COMPILED:
        if anchors and words.isdisjoint(anchors):
            continue
        for m in regex.finditer(view_text):
            spans.setdefault(pattern.name, []).append([m.start(), m.end()])
            patterns[pattern.name] = pattern
    hits: list[ScamHit] = []
    for name, found in spans.items():
        # Two wordings of one pattern that overlap are one finding over both.
        found.sort()
        merged = [found[0]]
        for start, end in found[1:]:
            if start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        hits.extend(ScamHit(patterns[name], start, end, name, True) for start, end in merged)
    if not words.isdisjoint(_HANDLE_HINT):
        for m in _HANDLE_RE.finditer(base):
            app = _app_name(m.group(1))
            hits.append(ScamHit(MESSAGING_HANDLE, m.start(), m.end(), f"{app}:{m.group(2)}", False))
    return hits


def _app_name(written: str) -> str:
    from moderator_app.screening.text.builtin_terms import CONTEXT_APPS, MESSAGING_APPS

    for name, spellings in (*MESSAGING_APPS.items(), *CONTEXT_APPS.items()):
        if written in spellings or written == name:
            return name
    return {"ig": "instagram", "tg": "telegram"}.get(written, written)


def explanations() -> dict[str, str]:
    """Pattern name -> English explanation (the source text the workstation translates)."""
    return {p.name: p.explanation for p in (*PATTERNS, MESSAGING_HANDLE)}
