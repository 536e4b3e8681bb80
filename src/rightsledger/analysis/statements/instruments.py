"""Instruments and provisions invoked, by code (ICCPR, CAT, CRC, GENOCIDE, GC-IV, ROME …).

Titles are matched by their key words, which survive inflection as stems ("Convention on
the Prevention and Punishment of the Crime of Genocide", «Конвенции о предупреждении
преступления геноцида», "Soyqırımı cinayətinin qarşısının alınması … Konvensiya"). A bare
mention of a crime ("the crime of genocide") is not an instrument. Articles are read where
they are attached to an instrument ("Article 6 of the ICCPR", «статья 7 Пакта»,
"Paktın 6-cı maddəsi").
"""

from __future__ import annotations

import re

from rightsledger.analysis.statements.model import InstrumentMention

_F = re.IGNORECASE | re.UNICODE
_W = r"[\w\-’']*"  # the rest of an inflected word
_S = r"[\s,]+(?:\w+[\s,]+){0,6}?"  # up to six words between key words

# (code, pattern) — the more specific first; a span taken is not matched again.
_TITLES: list[tuple[str, str]] = [
    ("AP-I", r"(?:first|1st)\s+additional\s+protocol|additional\s+protocol\s+I\b|protocol\s+I\s+additional|"
             r"перв\w*\s+дополнительн\w*\s+протокол\w*|birinci\s+əlavə\s+protokol\w*"),
    ("AP-II", r"(?:second|2nd)\s+additional\s+protocol|additional\s+protocol\s+II\b|"
              r"втор\w*\s+дополнительн\w*\s+протокол\w*|ikinci\s+əlavə\s+protokol\w*"),
    ("GC-IV", r"fourth\s+geneva\s+convention|geneva\s+convention\s+\(?IV\)?|"
              r"geneva\s+convention\s+relative\s+to\s+the\s+protection\s+of\s+civilian\s+persons|"
              r"четв[её]рт\w*\s+женевск\w*\s+конвенц\w*|женевск\w*\s+конвенц\w*\s+о\s+защите\s+гражданского\s+населения|"
              r"dördüncü\s+cenevrə\s+konvensiya\w*|mülki\s+əhalinin\s+müdafiəsi\s+haqqında\s+cenevrə\s+konvensiya\w*"),
    ("GC-III", r"third\s+geneva\s+convention|geneva\s+convention\s+relative\s+to\s+the\s+treatment\s+of\s+prisoners\s+of\s+war|"
               r"трет\w*\s+женевск\w*\s+конвенц\w*|üçüncü\s+cenevrə\s+konvensiya\w*"),
    ("GC", r"geneva\s+conventions?(?:\s+of\s+1949)?(?:\s+for\s+the\s+protection\s+of\s+(?:war\s+)?victims(?:\s+of\s+war)?)?|"
           r"женевск\w*\s+конвенц\w*(?:\s+о\s+защите\s+жертв\s+войны)?|cenevrə\s+konvensiya\w*"),
    ("ICCPR", r"\bICCPR\b|covenant\s+on\s+civil\s+and\s+political\s+rights|"
              r"пакт\w*\s+о\s+гражданских\s+и\s+политических\s+правах|МПГПП|"
              r"mülki\s+və\s+siyasi\s+hüquqlar\s+haqqında\s+beynəlxalq\s+pakt\w*"),
    ("ICESCR", r"\bICESCR\b|covenant\s+on\s+economic,?\s+social\s+and\s+cultural\s+rights|"
               r"пакт\w*\s+об\s+экономических,?\s+социальных\s+и\s+культурных\s+правах|МПЭСКП|"
               r"iqtisadi,?\s+sosial\s+və\s+mədəni\s+hüquqlar\s+haqqında\s+beynəlxalq\s+pakt\w*"),
    ("ICERD", r"\bI?CERD\b|convention\s+on\s+the\s+elimination\s+of\s+all\s+forms\s+of\s+racial\s+discrimination|"
              r"конвенц\w*\s+о\s+ликвидации\s+всех\s+форм\s+расовой\s+дискриминации|"
              r"irqi\s+ayrı-seçkiliyin\s+bütün\s+formalarının\s+ləğv\s+edilməsi\s+haqqında\s+beynəlxalq\s+konvensiya\w*"),
    ("CEDAW", r"\bCEDAW\b|elimination\s+of\s+all\s+forms\s+of\s+discrimination\s+against\s+women|"
              r"ликвидации\s+всех\s+форм\s+дискриминации\s+в\s+отношении\s+женщин|"
              r"qadınlara\s+qarşı\s+ayrı-seçkiliyin\s+bütün\s+formalarının\s+ləğv\s+edilməsi"),
    ("CAT", r"\bUNCAT\b|convention\s+against\s+torture(?:\s+and\s+other\s+cruel,?\s+inhuman\s+or\s+degrading\s+treatment\s+or\s+punishment)?|"
            r"конвенц\w*\s+против\s+пыток(?:\s+и\s+других\s+жестоких,?\s+бесчеловечных\s+или\s+унижающих\s+достоинство\s+видов\s+обращения\s+и\s+наказания)?|"
            r"işgəncə\w*(?:\s+və\s+digər\s+qəddar,?\s+qeyri-insani\s+və\s+ya\s+ləyaqəti\s+alçaldan\s+rəftar\s+və\s+cəza\s+növlərinə)?\s+qarşı\s+konvensiya\w*"),
    ("CRC", r"\bUNCRC\b|convention\s+on\s+the\s+rights\s+of\s+the\s+child|конвенц\w*\s+о\s+правах\s+ребенка|"
            r"конвенц\w*\s+о\s+правах\s+ребёнка|uşaq\s+hüquqları\s+haqqında\s+konvensiya\w*"),
    ("CRPD", r"\bCRPD\b|convention\s+on\s+the\s+rights\s+of\s+persons\s+with\s+disabilities|"
             r"конвенц\w*\s+о\s+правах\s+инвалидов|əlilliyi\s+olan\s+şəxslərin\s+hüquqları\s+haqqında\s+konvensiya\w*"),
    ("CED", r"\bCPED\b|convention\s+for\s+the\s+protection\s+of\s+all\s+persons\s+from\s+enforced\s+disappearance|"
            r"конвенц\w*\s+для\s+защиты\s+всех\s+лиц\s+от\s+насильственных\s+исчезновений|"
            r"bütün\s+şəxslərin\s+zorla\s+yoxa\s+çıxarılmadan\s+müdafiəsi\s+haqqında\s+beynəlxalq\s+konvensiya\w*"),
    ("GENOCIDE", r"genocide\s+convention|convention\s+on\s+the\s+prevention\s+and\s+punishment\s+of\s+the\s+crime\s+of\s+genocide|"
                 r"конвенц\w*\s+о\s+предупреждении\s+преступления\s+геноцида(?:\s+и\s+наказании\s+за\s+него)?|"
                 r"soyqırımı\s+cinayətinin\s+qarşısının\s+alınması\s+və\s+(?:onun\s+)?cəzalandırılması\s+haqqında\s+konvensiya\w*|"
                 r"soyqırım\w*\s+haqqında\s+konvensiya\w*"),
    ("ROME", r"rome\s+statute(?:\s+of\s+the\s+international\s+criminal\s+court)?|римск\w*\s+статут\w*|roma\s+statut\w*"),
    ("ECHR", r"\bECHR\b|european\s+convention\s+(?:on|for\s+the\s+protection\s+of)\s+human\s+rights|"
             r"европейск\w*\s+конвенц\w*\s+о\s+защите\s+прав\s+человека|"
             r"insan\s+hüquqlarının\s+və\s+əsas\s+azadlıqların\s+müdafiəsi\s+haqqında\s+avropa\s+konvensiya\w*"),
    ("UDHR", r"universal\s+declaration\s+of\s+human\s+rights|всеобщ\w*\s+декларац\w*\s+прав\s+человека|"
             r"insan\s+hüquqları\s+haqqında\s+ümumi\s+bəyannamə\w*"),
    ("ICCPR", r"\bCCPR\b"),
]  # fmt: skip
# Abbreviations that are also English words are taken in capitals only.
_CAPITALS = [("CAT", re.compile(r"\bCAT\b")), ("CRC", re.compile(r"\bCRC\b"))]
_COMPILED = [(code, re.compile(pattern, _F)) for code, pattern in _TITLES] + _CAPITALS

# Short names that refer back to an instrument already named ("the Covenant", «Пакта»).
_ARTICLE_BEFORE = re.compile(
    r"(?:common\s+)?(?:article|art\.)\s+(?P<n>\d+(?:\s*\(\d+\))*(?:\s*\([a-z]\))*)\s+of\s+(?:the\s+)?$"
    r"|(?:стать[яиеюй]|ст\.)\s+(?P<ru>\d+(?:\.\d+)?)\s*$",
    _F,
)
_ARTICLE_AFTER = re.compile(r"^\w*\s+(?P<n>\d+)(?:-?\w{1,3})?\s+maddə\w*", _F)


def find_instruments(text: str) -> list[InstrumentMention]:
    found: list[InstrumentMention] = []
    taken: list[tuple[int, int]] = []
    for code, pattern in _COMPILED:
        for match in pattern.finditer(text):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            start, article = _article(text, span)
            taken.append((start, span[1]))
            found.append(InstrumentMention(code, article, text[start : span[1]], (start, span[1])))
    found.sort(key=lambda m: m.span)
    return found


def _article(text: str, span: tuple[int, int]) -> tuple[int, str | None]:
    """Widen the span to an article written before the title ("Article 6 of the ICCPR")."""
    before = text[max(0, span[0] - 40) : span[0]]
    match = _ARTICLE_BEFORE.search(before)
    if match is not None:
        number = (match.group("n") or match.group("ru") or "").replace(" ", "")
        return span[0] - (len(before) - match.start()), number
    after = _ARTICLE_AFTER.match(text[span[1] : span[1] + 30])
    if after is not None:
        return span[0], after.group("n")
    return span[0], None
