"""IBAN recognition: country length table and the ISO 13616 mod-97 check."""

from __future__ import annotations

import re

# fmt: off
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MA": 28, "MC": 27,
    "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}
# fmt: on


# Country code, check digits, then 10-32 alphanumerics optionally grouped by spaces or dashes.
IBAN_CANDIDATE_RE = re.compile(r"(?<![a-z0-9])[a-z]{2}\d{2}(?:[ \-]?[a-z0-9]){10,32}")
_ALNUM_RE = re.compile(r"[a-z0-9]")


def iban_checksum_ok(compact: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


def find_ibans(base: str) -> list[tuple[int, int, str]]:
    """``(start, end, compact_upper_iban)`` for each valid IBAN in the folded text."""
    found: list[tuple[int, int, str]] = []
    for match in IBAN_CANDIDATE_RE.finditer(base):
        positions = [m.start() + match.start() for m in _ALNUM_RE.finditer(match.group())]
        chars = "".join(base[p] for p in positions).upper()
        country = chars[:2]
        lengths = [IBAN_LENGTHS[country]] if country in IBAN_LENGTHS else range(min(len(chars), 34), 14, -1)
        for length in lengths:
            if length <= len(chars) and iban_checksum_ok(chars[:length]):
                found.append((match.start(), positions[length - 1] + 1, chars[:length]))
                break
    return found
