"""A small, honest passphrase strength estimate for the meter on the security page.

Not zxcvbn, but the same idea kept small: count the characters an attacker must really guess.
Repeats ("aaaa"), runs ("1234", "abcd"), keyboard rows ("qwerty") and the handful of words
everybody tries ("wachtwoord", "welkom", years) count as one character, and the rest is scored
at half the pool's bits because people do not choose characters at random. It errs on the low
side: a meter that flatters a weak passphrase does harm, one that is strict does none.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass

COMMON = (
    "wachtwoord", "password", "welkom", "welcome", "geheim", "secret", "qwerty", "azerty",
    "asdf", "zxcv", "letmein", "admin", "coach", "coaching", "praktijk", "iloveyou", "monkey",
    "dragon", "voetbal", "football", "zomer", "summer", "winter", "hallo", "hello",
)  # fmt: skip
_YEAR = re.compile(r"(19|20)\d\d")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "1234567890")


class Strength(enum.IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class Estimate:
    bits: float
    strength: Strength


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", text) and text.isascii():
        pool += 33
    elif not text.isascii():
        pool += 60  # accented and other letters: a larger alphabet, but not a random one
    return max(pool, 1)


def _predictable(prev: str, ch: str) -> bool:
    """True when *ch* follows *prev* the way people type without thinking."""
    if ch.lower() == prev.lower() or abs(ord(ch.lower()) - ord(prev.lower())) == 1:
        return True
    pair = (prev + ch).lower()
    return any(pair in row or pair in row[::-1] for row in _KEYBOARD_ROWS)


def effective_length(text: str) -> int:
    """The length after repeats, runs, keyboard walks, common words and years shrink to one."""
    lowered = text.lower()
    for word in (*COMMON, *(m.group(0) for m in _YEAR.finditer(lowered))):
        lowered = lowered.replace(word, "\x00")
    count = 0
    prev = ""
    for ch in lowered:
        if ch == "\x00" or not prev or not _predictable(prev, ch):
            count += 1
        prev = ch
    return count


def estimate(passphrase: str, min_length: int) -> Estimate:
    """Bits and a verdict. Below *min_length* (the vault's rule) it is always TOO_SHORT."""
    text = passphrase.strip()
    bits = effective_length(text) * math.log2(_pool(text)) * 0.5
    if len(text) < min_length:
        return Estimate(bits, Strength.TOO_SHORT)
    if bits < 35:
        level = Strength.WEAK
    elif bits < 50:
        level = Strength.FAIR
    elif bits < 70:
        level = Strength.GOOD
    else:
        level = Strength.STRONG
    return Estimate(bits, level)
