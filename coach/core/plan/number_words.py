"""Numbers as words, 0 to 100, so every voice says a count the same way (and the screen can
show what is said)."""

from __future__ import annotations

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)
TENS_WORDS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
              70: "seventy", 80: "eighty", 90: "ninety"}


def number_word(n: int) -> str:
    """Spell 0-100 so every voice says a count the same way."""
    if n <= 20:
        return NUMBER_WORDS[n]
    if n == 100:
        return "one hundred"
    tens, ones = divmod(n, 10)
    word = TENS_WORDS[tens * 10]
    return word if ones == 0 else f"{word} {NUMBER_WORDS[ones]}"
