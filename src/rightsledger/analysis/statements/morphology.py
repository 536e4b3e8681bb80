"""Lower-case and dictionary forms of words, per language.

Russian inflects every word the reader looks for ("погибших", "детей", "феврале"): pymorphy3
with its Russian dictionaries (shipped in the ``pymorphy3-dicts-ru`` package, nothing is
downloaded) gives the dictionary form, the part of speech and whether a word names a place.
Azerbaijani is agglutinative; its lexicon is written as stems that the reader matches by
prefix, so only the letter case needs care here (I → ı, İ → i). English needs lower case.
"""

from __future__ import annotations

import functools
from typing import Any

from rightsledger.analysis.statements.tokens import Token

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def az_lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def lower(text: str, language: str) -> str:
    if language == "az":
        return az_lower(text)
    return text.lower().replace("ё", "е").translate(_APOSTROPHES)


@functools.cache
def _russian_analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=50_000)
def _russian_parse(word: str) -> tuple[str, str, bool]:
    parses = _russian_analyzer().parse(word)
    parsed = parses[0]  # ё kept: «сёл» is not «сел»
    if parsed.tag.POS == "ADJS":
        # «избиты», «избит»: as likely the passive participle as the short adjective; said
        # of persons, it is what was done to them.
        parsed = next(
            (p for p in parses if p.tag.POS == "PRTS" and p.score >= parsed.score), parsed
        )
    tag = parsed.tag
    return parsed.normal_form.replace("ё", "е"), str(tag.POS or ""), "Geox" in tag


@functools.lru_cache(maxsize=50_000)
def russian_future(word: str) -> bool:
    """Is the word read first as a verb in the future («освободит», «погибнут»)?"""
    tag = _russian_analyzer().parse(word.lower())[0].tag
    return tag.POS == "VERB" and "futr" in tag


def russian_genitive(word: str) -> bool:
    """Can the word be read in the genitive («лишения», not «пыткам»)?"""
    return any("gent" in parsed.tag for parsed in _russian_analyzer().parse(word.lower()))


_RUSSIAN_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2"})


def russian_cases(word: str) -> frozenset[str]:
    """The cases the word can be read in («тайных»: genitive, accusative, locative)."""
    return frozenset(
        case
        for parsed in _russian_analyzer().parse(word.lower())
        for case in parsed.tag.grammemes & _RUSSIAN_CASES
    )


def russian_genitive_plural(word: str) -> bool:
    """Can the word be read as a genitive plural («человек», «дней», «детей»)?"""
    return any(
        {"gent", "plur"} <= parsed.tag.grammemes
        for parsed in _russian_analyzer().parse(word.lower())
    )


def russian_dative_plural(word: str) -> bool:
    """Can the word be read as a dative plural («жителям», «задержанным»), or a numeral's
    dative («троим», «пяти»), which has no number of its own?"""
    return any(
        "datv" in parsed.tag and ("plur" in parsed.tag or parsed.tag.POS == "NUMR")
        for parsed in _russian_analyzer().parse(word.lower())
    )


def russian_locative(word: str) -> bool:
    """Can the word be read in the prepositional (locative) case («сёлах», «домах»)?"""
    return any(
        {"loct", "loc2"} & parsed.tag.grammemes
        for parsed in _russian_analyzer().parse(word.lower())
    )


@functools.lru_cache(maxsize=50_000)
def russian_transitive_verb(word: str) -> bool:
    """Is the word read first as a transitive finite verb («убили», «избивали»; not «погибли»,
    «подверглись»)?"""
    tag = _russian_analyzer().parse(word.lower())[0].tag
    return tag.POS == "VERB" and tag.transitivity == "tran"


@functools.lru_cache(maxsize=50_000)
def russian_ordinal(word: str) -> bool:
    """Is the word read first as an ordinal numeral («девятого», «первый», «сотом»)? Not the
    cardinal «один», «одного», which the dictionary files with the pronouns."""
    tag = _russian_analyzer().parse(word.lower())[0].tag
    return tag.POS == "ADJF" and "Anum" in tag and "Apro" not in tag


@functools.lru_cache(maxsize=50_000)
def russian_one_person(word: str) -> bool:
    """Is the word read first as an animate noun in the nominative singular («водитель»,
    «продавщица»; not «водители», «водителей», «автобус»)?"""
    tag = _russian_analyzer().parse(word.lower())[0].tag
    return tag.POS == "NOUN" and {"sing", "nomn", "anim"} <= tag.grammemes


@functools.lru_cache(maxsize=50_000)
def russian_animate_noun(word: str) -> bool:
    """Can the word be read as an animate noun («иностранцев», «беженцы»; not «сведений»,
    «позднее», «домов»)?"""
    return any(
        parsed.tag.POS == "NOUN" and "anim" in parsed.tag
        for parsed in _russian_analyzer().parse(word.lower())
    )


def russian_lemma(word: str) -> str:
    return _russian_parse(word.lower().replace("ё", "е"))[0]


def annotate(tokens: list[Token], language: str) -> None:
    """Fill ``lower``, ``key``, ``pos`` and ``geo`` of word tokens in place."""
    for token in tokens:
        token.lower = lower(token.text, language)
        token.key = token.lower
        if token.kind != "word":
            continue
        if language == "en" and token.lower.endswith("'s"):
            token.key = token.lower[:-2]
        elif language == "ru" and _has_cyrillic(token.lower):
            token.key, token.pos, token.geo = _russian_parse(token.text.lower())
    if language == "ru":
        _key_adverbs_of_several_words(tokens)


# Russian adverbs written in several tokens, and the one dictionary form each word of them
# takes: «14 пострадавших по-прежнему находятся в тяжёлом состоянии», «до сих пор числятся»
# stand between a count and its predicate as «всё ещё» does, and the lexicon's gap words name
# them whole (``GAP_WORDS`` in the Russian lexicon), not by «по» or «до», prepositions.
_ADVERBS_OF_SEVERAL_WORDS = {
    ("по", "-", "прежнему"): "по-прежнему",
    ("до", "сих", "пор"): "до_сих_пор",
}


def _key_adverbs_of_several_words(tokens: list[Token]) -> None:
    for k in range(len(tokens)):
        for words, key in _ADVERBS_OF_SEVERAL_WORDS.items():
            span = tokens[k : k + len(words)]
            if [t.lower for t in span] == list(words):
                for token in span:
                    if token.kind == "word":
                        token.key, token.pos = key, "ADVB"


def _has_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)
