"""Numbers that count the exception to "all": "all but three were released", «все, кроме
троих, освобождены», "üç nəfərdən başqa hamısı azad edilib". The number counts those the act
did not befall, so it is no figure of that act; how many it did befall the statement leaves to
arithmetic, which a draft claim does not do."""

from __future__ import annotations

from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

# Before the number: "all but", "all except (for)", "everyone but"; «кроме», «за
# исключением» after a form of «все» (alone, «кроме» is as often "besides": «кроме пятерых
# погибших, 12 ранены» counts both).
_BEFORE = {
    "en": (("all", "but"), ("all", "except"), ("all", "except", "for"), ("everyone", "but"),
           ("everyone", "except"), ("all", "save")),
    "ru": (("кроме",), ("за", "исключением")),
    "az": (),
}  # fmt: skip
_RU_ALL = frozenset({"все", "всех", "всем", "всеми"})
# After the number (and its noun), Azerbaijani: "-dan/-dən başqa" (other than), "savayı",
# before "hamı-" (all): alone, "5 nəfərdən başqa" is as often "besides five".
_AZ_AFTER = frozenset({"başqa", "savayı"})


def excepted(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """Does the number count the exception to "all" rather than those the act befell?"""
    first = quantity.first
    for words in _BEFORE.get(language, ()):
        start = first - len(words)
        if start >= 0 and tuple(t.lower for t in tokens[start:first]) == words:
            return language != "ru" or any(
                t.lower in _RU_ALL for t in tokens[max(0, start - 3) : start]
            )
    if language == "az":
        # Right after the number ("ikisindən başqa hamısı": the noun phrase read may run on
        # over "başqa hamısı") or after its noun ("iki nəfərdən başqa hamısı").
        return any(
            after + 1 < len(tokens)
            and tokens[after].lower in _AZ_AFTER
            and tokens[after + 1].lower.startswith("hamı")
            for after in {quantity.last + 1, max(quantity.last, quantity.np_last) + 1}
        )
    return False
