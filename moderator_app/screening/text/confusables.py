"""Look-alike letters from other scripts, mapped to the Latin letter they imitate.

The table is applied after case folding, so only lower-case sources are listed. It is
deliberately small and visual: it covers the Cyrillic, Greek and Armenian letters (and a
few Latin IPA/small-capital forms) that evaders paste into otherwise Latin words.
"""

from __future__ import annotations

# fmt: off
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "б": "b", "в": "b", "г": "r", "е": "e", "ё": "e",
    "к": "k", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "һ": "h", "ӏ": "l", "ɡ": "g", "ь": "b", "ү": "y", "ҡ": "k", "ԍ": "g",
    "ӓ": "a", "ӧ": "o", "ӱ": "y", "ҫ": "c", "ꙇ": "i",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
    "ϳ": "j", "μ": "u", "ϱ": "p", "ϵ": "e", "ς": "c", "ɩ": "i",
    # Armenian
    "օ": "o", "ս": "u", "ո": "n", "հ": "h", "ց": "g", "ք": "p", "զ": "q",
    # Latin look-alikes that survive NFKC
    "ı": "i", "ɑ": "a", "ɒ": "a", "ɛ": "e", "ɪ": "i", "ʟ": "l", "ɴ": "n", "ʀ": "r",
    "ʏ": "y", "ᴀ": "a", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m",
    "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ꜱ": "s",
    "ſ": "s", "ƅ": "b", "ɗ": "d", "ɦ": "h", "ɵ": "o", "ȷ": "j",
}
# fmt: on


# Letters that Unicode does not decompose but that readers treat as two Latin letters
# or as the bare Latin letter.
# fmt: off
LATIN_EXPANSIONS: dict[str, str] = {
    "œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ħ": "h", "þ": "th",
    "ŧ": "t", "ƀ": "b", "ƒ": "f",
}
# fmt: on


# Dingbat digits that NFKC leaves alone (negative circled, sans-serif circled).
DINGBAT_DIGITS: dict[str, str] = {}
for _base, _start in ((0x2776, 1), (0x2780, 1), (0x278A, 1)):
    for _i in range(10):
        DINGBAT_DIGITS[chr(_base + _i)] = str(_start + _i)
DINGBAT_DIGITS.update({"⓿": "0", "🄋": "0", "🄌": "0"})
for _i in range(10):
    DINGBAT_DIGITS[chr(0x24F5 + _i)] = str(1 + _i)  # double circled ⓵..⓾
