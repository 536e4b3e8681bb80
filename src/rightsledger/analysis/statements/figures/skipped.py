"""What the search for a count's verb steps over: a parenthesis or dashes holding a list of
parts, a description or a part between commas, an aside ("fortunately", «к сожалению»), an
attribution ("according to …"). Apart from ``verbs`` because these say where a stretch of
the sentence ends, not which verb a count takes."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.closed_before_the_verb import ClosedBeforeTheVerb
from rightsledger.analysis.statements.figures.core import (
    _PARENTHESIS_CLOSE,
    _PARENTHESIS_OPEN,
)
from rightsledger.analysis.statements.figures.routes import past_joined_names
from rightsledger.analysis.statements.figures.shares import past_a_share_between_commas
from rightsledger.analysis.statements.lexicon import names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, hyphened_to_a_word

_AND = frozenset({"and", "и", "və"})

# Asides that only comment on what is said («Погибших, к счастью, нет», "Nobody, fortunately,
# was hurt"), or hedge it («Под завалами, предположительно, остаются …», "Under the rubble,
# presumably, lie …"): a verb or a "none" reads across them as across "according to …".
_COMMENT_ASIDES = frozenset(
    {
        "fortunately", "unfortunately", "luckily", "thankfully", "sadly", "however",
        "presumably", "apparently", "probably", "possibly", "reportedly",
        "к счастью", "к сожалению", "к несчастью", "однако", "впрочем", "видимо",
        "по-видимому", "вероятно", "предположительно", "возможно", "очевидно",
        "судя по всему", "xoşbəxtlikdən", "təəssüf ki", "təəssüflə", "lakin", "ehtimal ki",
        "yəqin ki", "güman ki", "görünür",
    }
)  # fmt: skip

# What opens an English aside that says who the persons counted mostly are (", mostly men and
# boys of the Hadri community,"), or what most, many or all of them are or bore (", most of
# them women and children,", ", many bearing signs of torture,"); it may run longer than an
# attribution. An aside with a count or an act in it is no such description (``_aside``).
SOME_OF_THEM_EN = frozenset(
    {"mostly", "mainly", "largely", "predominantly", "chiefly", "primarily", "overwhelmingly",
     "most", "many", "some", "several"}
)  # fmt: skip
_DESCRIBING_EN = SOME_OF_THEM_EN | {"all", "both"}
_DESCRIPTION_REACH = 12
# How many capitalised words one person's name may take in a list of names ("Ana Petra Vos").
_WORDS_OF_A_NAME = 3
# … and a Russian one («, в основном женщины и дети,», «, преимущественно пожилые люди,»),
# by its first word or its first two.
_DESCRIBING_RU = frozenset(
    {"преимущественно", "в основном", "главным образом", "большей частью", "по большей части"}
)


# A time of day or a span a phrase of time ends in ("that same night", «в тот же день»,
# «на следующее утро»), by dictionary form.
_TIME_NOUNS = frozenset(
    {
        "day", "night", "morning", "evening", "afternoon", "week", "month", "year",
        "день", "ночь", "утро", "вечер", "неделя", "месяц", "год", "сутки",
    }
)  # fmt: skip
# What may open such a phrase: a preposition, a demonstrative, "same", "next", "following".
_TIME_OPENINGS = frozenset(
    {
        "on", "that", "the", "same", "next", "following", "later",
        "в", "во", "на", "тот", "ту", "то", "той", "тем", "же", "самый", "самую", "самое",
        "следующий", "следующую", "следующее", "следующей", "ближайшие", "эту", "этот", "это",
    }
)  # fmt: skip


# Numbers that are no counts and may be listed together: ages, and the last of them with its
# word of years read as a measure («19, 22 и 25 лет»).
_AGES_OR_MEASURES = frozenset({"age", "measure"})


def _one_kind(first: str, second: str) -> bool:
    """Are two reasons a number is no count of one kind, for a list of them?"""
    return first == second or {first, second} <= _AGES_OR_MEASURES


def _a_year(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4


class SkippedBetween(ClosedBeforeTheVerb):
    """Where what lies between a count and its verb ends; used by ``VerbSearch``."""

    def _time_phrase_end(self, j: int) -> int | None:
        """Past a phrase of time that opens at ``j`` («в тот же день», "the next morning"),
        else None: it says when, and stands between a count and its verb as one word
        («трое арестованных на следующее утро были отпущены»)."""
        if self.language not in {"en", "ru"}:
            return None
        k = j
        while k < self.end and k - j < 4 and self.tokens[k].lower in _TIME_OPENINGS:
            k += 1
        if k == j or k >= self.end or k in self.trigger_at:
            return None
        token = self.tokens[k]
        if token.lower not in _TIME_NOUNS and token.key not in _TIME_NOUNS:
            return None
        return k + 1

    def _skip_parenthesis(self, j: int) -> int | None:
        """Past a parenthesis or dashes holding a list of parts, else None."""
        token = self.tokens[j]
        if token.text == "-" and not token.space_before:
            return j + 1
        person = self._person_after_a_dash(j)
        if person is not None:
            return person
        if token.text == ",":
            aside = (
                self._restatement(j)
                or self._names_between_commas(j)
                or self._aside(j)
                or self._part_between_commas(j)
                or self._relative_between_commas(j)
                or past_a_share_between_commas(
                    self.tokens, j, self.end, self.language, self.trigger_at, self._is_gap_word
                )
            )
            if aside is not None:
                return aside
        closer = _PARENTHESIS_CLOSE.get(token.text)
        opens_list = token.text in _PARENTHESIS_OPEN or token.text == ","
        if not opens_list or j + 1 >= self.end:
            return None
        if closer is not None:
            described = self._description_between(j, closer)
            if described is not None:
                return described
        if token.text == ",":
            past = self._groups_between_commas(j)
            if past is not None:
                return past
        # A list of counts in a parenthesis or between dashes ("(five men and two women)",
        # "— five men and two women —") spells out the count before it.
        listed = closer is not None and j + 1 in self.starts
        if self._marker_at(j + 1) is None and not listed:
            return None
        k = j + 1
        while k < self.end:
            text = self.tokens[k].text
            if closer is not None and text == closer:
                return k + 1
            if closer is None and self.language == "az" and k in self.trigger_at:
                return k  # "613 nəfər, o cümlədən 106 qadın … qətlə yetirilib"
            if closer is None and self._az_count_of_its_own_act(k):
                return None  # "1 208 ölü, o cümlədən 176 uşaq, və 3 540 yaralı": not theirs
            if closer is None and text in {",", ";"} and self._list_ended(k):
                return k + 1 if text == "," else None
            k += 1
        return None

    def _az_count_of_its_own_act(self, k: int) -> bool:
        """Is the count at ``k`` joined by "və" or set off by a semicolon after the list
        before it, and named by the noun of an act ("və 3 540 yaralı", and 3,540 wounded; "53
        ölü, o cümlədən 12 uşaq; 150 yaralı")? It opens a figure of its own, whose word after
        it is no verb of the list's whole."""
        quantity = self.starts.get(k)
        if self.language != "az" or quantity is None:
            return False
        if self.tokens[k - 1].lower not in _AND and self.tokens[k - 1].text != ";":
            return False
        after = quantity.end_token + 1
        noun = self.lex.noun_set.match(self.tokens, after) if after < self.end else None
        return noun is not None and noun.value.startswith("implied:")

    def _groups_between_commas(self, j: int) -> int | None:
        """Past ", five men and two women," before a verb: counts of groups between commas
        that spell out the count before them, as between dashes (``lists``); else None."""
        k, items = j + 1, 0
        while k < self.end:
            quantity = self.starts.get(k)
            if quantity is None or quantity.non_count or not names_group(quantity.noun):
                return None
            items += 1
            k = quantity.end_token + 1
            joined = k < self.end and self.tokens[k].lower in _AND
            listed = k + 1 < self.end and self.tokens[k].text == "," and k + 1 in self.starts
            if not (joined or listed):
                break
            k += 1
        if items < 2 or k >= self.end or self.tokens[k].text != ",":
            return None
        verb = k + 1
        while verb < self.end and (
            self._is_gap_word(self.tokens[verb])
            # Azerbaijani ends the clause with its verb: "…, sərhəddə saxlanılıb".
            or (
                self.language == "az"
                and self.tokens[verb].kind == "word"
                and verb not in self.trigger_at
                and verb not in self.starts
            )
        ):
            verb += 1
        return k + 1 if verb in self.trigger_at else None

    def _description_between(self, j: int, closer: str) -> int | None:
        """Past a parenthesis or dashes that only describe the persons counted ("300 people —
        mostly women and children — were evacuated", «(в основном женщины)»): no count and
        no act inside, closed within a few words."""
        k = j + 1
        while k < self.end and k - j <= 10:
            token = self.tokens[k]
            if token.text == closer:
                return k + 1 if k > j + 1 else None
            age_end = self._ages_end(k)
            if age_end is not None:
                k = age_end  # «— мужчины 31 и 45 лет —»: how old the persons counted are
                continue
            if self._initial_stop(k):
                k += 1  # «— Р. и Т. —»: the persons' initials, not the sentence's end
                continue
            if k in self.starts or k in self.trigger_at or token.text in {".", ";", "(", ")"}:
                return None
            k += 1
        return None

    def _initial_stop(self, k: int) -> bool:
        """Is the stop at ``k`` that of an initial (a single capital letter before it)?"""
        before = self.tokens[k - 1].text if k else ""
        return self.tokens[k].text == "." and len(before) == 1 and before.isupper()

    def _ages_end(self, k: int) -> int | None:
        """Past ages at ``k`` («31 и 45 лет», "aged 7"): a number of years, or numbers joined
        to one; None if no age starts there."""
        measure = self.starts.get(k)
        if measure is None:
            return None
        end = max(measure.last, measure.end_token) + 1
        if measure.non_count in {"age", "measure"}:
            return end
        joined = self.starts.get(end + 1)
        if joined is None or joined.non_count not in {"age", "measure"}:
            return None
        joins = end < self.end and self.tokens[end].lower in self.lex.conjunctions
        return max(joined.last, joined.end_token) + 1 if joins else None

    def _part_between_commas(self, j: int) -> int | None:
        """Past ", seven of them children," / «, семеро из них дети,»: a part in apposition
        between the whole and its verb."""
        quantity = self.starts.get(j + 1)
        if quantity is None:
            return None
        k = quantity.last + 1
        if k >= self.end or self.lex.nest_after_set.match(self.tokens, k) is None:
            return None
        while k < self.end and k - j <= 8:
            token = self.tokens[k]
            if token.text == ",":
                return k + 1
            if k in self.trigger_at or (self._is_boundary(token) and token.text != "-"):
                return None
            k += 1
        return None

    def _names_between_commas(self, j: int) -> int | None:
        """Past ", Ana (12), Tomas (14) and Lea," in "Three pupils, Ana (12), Tomas (14) and
        Lea, were killed": the persons counted, named one by one (each a capitalised word or
        two, an age in brackets after it), the last joined by "and" (English). Else None."""
        if self.language != "en":
            return None
        k, names, joined = j + 1, 0, False
        while k < self.end:
            words = 0
            while (
                k < self.end
                and self.tokens[k].kind == "word"
                and self.tokens[k].capitalised
                and k not in self.trigger_at
                and words < _WORDS_OF_A_NAME
            ):
                k, words = k + 1, words + 1
            if not words:
                return None
            names += 1
            k = self._past_a_bracketed_age(k)
            if k >= self.end:
                return None
            text = self.tokens[k].text
            if text == "," and joined:
                return k + 1 if names >= 2 else None
            if self.tokens[k].lower == "and":
                joined = True
            elif text != ",":
                return None
            k += 1
        return None

    def _past_a_bracketed_age(self, k: int) -> int:
        """Past "(12)" at ``k``, a number alone in brackets after a name; else ``k``."""
        tokens = self.tokens
        if (
            k + 2 < self.end
            and tokens[k].text == "("
            and tokens[k + 1].kind == "num"
            and tokens[k + 2].text == ")"
        ):
            return k + 3
        return k

    def _en_group_apposed(self, k: int) -> bool:
        """ "Three of our nationals, aid workers with a charity, were detained": a group's
        noun opening the aside names who the persons counted are (``Subgroups``)."""
        phrase = self.lex.noun_set.match(self.tokens, k)
        return phrase is not None and names_group(phrase.value)

    def _aside(self, j: int) -> int | None:
        """Past a short aside between commas (", как считается,", ", the group said,"), or an
        attribution whose words name the sources, whatever befell them (", по словам
        освобождённых и их адвокатов,", ", according to released detainees,")."""
        attribution = j + 1 < self.end and (
            self.lex.reporting_set.match(self.tokens, j + 1) is not None
        )
        describes = (
            self.language == "en"
            and j + 1 < self.end
            and (self.tokens[j + 1].lower in _DESCRIBING_EN or self._en_group_apposed(j + 1))
        ) or self._ru_description_opens(j + 1)
        # ", mostly men and boys of the Hadri community,": who the counted are
        k, ages = j + 1, 0
        reach = _DESCRIPTION_REACH if describes else 9 if attribution else 5
        while k < self.end and k - j - ages <= reach:
            token = self.tokens[k]
            if token.text == "," and self._between_listed_non_counts(k):
                ages += 1  # ", aged 19, 22 and 25,": the ages listed
                k += 1
                continue
            if token.text == ",":
                return k + 1 if k > j + 1 else None
            measure = self.starts.get(k)
            if measure is not None and measure.non_count in {"age", "measure"}:
                # ", aged 7 and 9,", «, 34 и 41 года,»: how old the persons counted are (the
                # numbers no words of the aside's length).
                end = self._past_an_age(measure)
                ages += end - k
                k = end
                continue
            past = self._past_initials_or_birth_year(k)
            if past > k:
                # «, Рябов К. С., 1968 года рождения,»: who the one counted is, by name and
                # year of birth (initials and year no words of the aside's length).
                ages += past - k - 1
                k = past
                continue
            joined = past_joined_names(self.tokens, k, self.end)
            if joined > k:
                # «ехавших автобусом Сарыбулак — Кара-Су»: a route is one name, one word.
                ages += joined - k - 1
                k = joined
                continue
            if (
                token.kind == "word"
                and k not in self.trigger_at
                and hyphened_to_a_word(self.tokens, k)
            ):
                # «по данным пресс-службы МВД»: a hyphened word is one word of the aside.
                ages += 2
                k += 2
                continue
            all_of_them = measure is not None and measure.non_count == "all of them"
            if token.kind != "word" or (k in self.starts and not all_of_them):
                return None  # (", оба дети,": both of the persons counted, no count)
            if k in self.trigger_at and not (attribution or describes):
                # (What most of them bore counts no one: ", many bearing signs of torture,".)
                return None
            k += 1
        return None

    def _between_listed_non_counts(self, joiner: int) -> bool:
        """Does the comma or conjunction at ``joiner`` join two numbers that are no counts,
        of one kind (ages "19, 22 and 25", «19, 22 и 25 лет»)? A list of them stands as one
        word between a count and its verb, as one of them does."""
        after = self.starts.get(joiner + 1)
        if after is None or not after.non_count:
            return False
        return any(
            _one_kind(q.non_count, after.non_count) and max(q.last, q.end_token) == joiner - 1
            for q in self.starts.values()
        )

    def _ru_description_opens(self, k: int) -> bool:
        """Does a Russian aside that says who the persons counted mostly are open at ``k``
        («Сорок человек, в основном женщины и дети, были эвакуированы»)?"""
        if self.language != "ru":
            return False
        words = [t.lower for t in self.tokens[k : min(k + 3, self.end)]]
        return any(" ".join(words[:n]) in _DESCRIBING_RU for n in (1, 2, 3))

    def _person_after_a_dash(self, j: int) -> int | None:
        """Past "— 28 yaşlı E. Məlikov" in "yaralılardan biri — 28 yaşlı E. Məlikov aldığı
        xəsarətlərdən ölüb": an Azerbaijani dash after a count opens who the one counted is,
        by age and name, and the clause goes on after the name without a closing dash (or
        with one). Else None."""
        if self.language != "az" or self.tokens[j].text not in {"—", "–"}:
            return None
        k, described = j + 1, False
        while k < self.end and k - j <= 10:
            measure = self.starts.get(k)
            if measure is not None and measure.non_count == "age":
                k, described = self._past_an_age(measure), True
                continue
            past = self._past_initials_or_birth_year(k)
            token = self.tokens[k]
            if past > k:
                k, described = past, True
            elif token.kind == "word" and token.capitalised and k not in self.trigger_at:
                k, described = k + 1, True
            elif described and self._joins_names(k):
                k += 1  # "— Əli Quliyev və Səbinə Mirzəyeva —": two persons named
            else:
                break
        if not described or k >= self.end:
            return None
        if self.tokens[k].text in {"—", "–"}:
            return k + 1
        return k if self.tokens[k].kind == "word" and k > j + 1 else None

    def _joins_names(self, k: int) -> bool:
        """Is the token at ``k`` "və" or a comma between two names?"""
        token = self.tokens[k]
        joins = token.text == "," or token.lower in self.lex.conjunctions
        return joins and k + 1 < self.end and self.tokens[k + 1].capitalised

    def _past_an_age(self, measure: Quantity) -> int:
        """Past an age said in apposition ("28 yaşlı"); an Azerbaijani age takes the noun
        after it as its own, and that noun may be the person's initial ("28 yaşlı E.
        Məlikov"), which ``_past_initials_or_birth_year`` steps over as a name."""
        end = max(measure.last, measure.end_token) + 1
        noun = measure.last + 1
        while noun < end and self.tokens[noun].kind == "word" and not self._initial(noun):
            noun += 1
        return noun if noun < end else end

    def _initial(self, k: int) -> bool:
        """Is the token at ``k`` an initial of a name («К.», "E.")?"""
        token = self.tokens[k]
        return (
            token.kind == "word"
            and len(token.text) == 1
            and token.text.isupper()
            and k + 1 < self.end
            and self.tokens[k + 1].text == "."
        )

    def _past_initials_or_birth_year(self, k: int) -> int:
        """Past an initial («К.») or a Russian or Azerbaijani year of birth («1968 года
        рождения», «1968 г. р.», "1958-ci il təvəllüdlü") at ``k``, else ``k``."""
        tokens, end = self.tokens, self.end
        token = tokens[k]
        if self._initial(k):
            return k + 2
        if self.language == "az" and token.text.isdigit() and len(token.text) == 4:
            # "1958-ci il təvəllüdlü": the year, its ordinal ending, "il", "born in".
            j = k + 1
            while j < min(k + 4, end) and tokens[j].lower in {"-", "ci", "cı", "cu", "cü", "il"}:
                j += 1
            born = j < end and tokens[j].lower.startswith("təvəllüd")
            return j + 1 if born else k
        if self.language != "ru" or not _a_year(token):
            return k
        last = k
        # Years joined to it: «1978 и 1983 годов рождения», «1990, 1992 и 1995 г. р.».
        while last + 2 < end and tokens[last + 1].lower in {"и", ","} and _a_year(tokens[last + 2]):
            last += 2
        words = [t.lower for t in tokens[last + 1 : min(last + 6, end)]]
        if words[:2] in (["года", "рождения"], ["годов", "рождения"]):
            return last + 3
        if words[:4] == ["г", ".", "р", "."]:
            return last + 5
        return k

    def _attribution_before(self, j: int) -> int | None:
        """The opening comma of a short aside that only says whose words or estimate these
        are («Под завалами, по нашим оценкам, находятся 12 человек», "In custody, according
        to the lawyers, are 40 men"), ending at the comma ``j``; else None."""
        k = j - 1
        while k >= self.begin and j - k <= 5:
            token = self.tokens[k]
            if token.text == ",":
                words = range(k + 1, j)
                if not words or not self._attributes(k + 1, j):
                    return None
                m = k - 1
                while m >= self.begin and not self._is_boundary(self.tokens[m]):
                    if m in self.starts and not self.starts[m].non_count:
                        # "Dozens wounded, they say, two dead": another count's (a number
                        # that counts no one, «в доме № 5», «в одном городе», is none).
                        return None
                    m -= 1
                return k if k > self.begin else None
            if token.kind != "word" or k in self.starts or k in self.trigger_at:
                return None
            k -= 1
        return None

    def _attributes(self, first: int, past: int) -> bool:
        opening, closing = self.tokens[first].lower, self.tokens[past - 1].lower
        aside = " ".join(self.tokens[k].lower for k in range(first, past))
        return (
            aside in _COMMENT_ASIDES
            or opening in {"по", "according"}
            or closing == "görə"
            or any(self.lex.reporting_set.match(self.tokens, k) for k in range(first, past))
        )

    def _list_ended(self, k: int) -> bool:
        return (
            k + 1 < self.end
            and k + 1 not in self.starts
            and (
                self.tokens[k + 1].lower not in self.lex.conjunctions
                or (k + 2 < self.end and k + 2 not in self.starts)
            )
        )
