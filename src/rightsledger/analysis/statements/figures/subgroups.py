"""The subgroup a figure counts (women, children, protesters, families…), from its noun or from
a group named beside it with no number ("all the men, eleven of them"). Apart from ``binder``
because it settles one field of a figure once its category is known."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.cases import CasesCounted
from rightsledger.analysis.statements.figures.core import (
    _COPULA_VERBS,
    _EN_COPULA,
    Figure,
    resolve_category,
    subgroup_of,
)
from rightsledger.analysis.statements.figures.nesting import PHRASAL_PARTICLES
from rightsledger.analysis.statements.figures.of_the_group import (
    group_of_the_part,
    group_of_the_victims_in_cases,
)
from rightsledger.analysis.statements.lexicon import FAMILY, PERSON, UNIT, names_group
from rightsledger.analysis.statements.morphology import russian_cases
from rightsledger.analysis.statements.quantities import Quantity, names_a_share
from rightsledger.analysis.statements.quantities.az_cases import az_instrumental
from rightsledger.analysis.statements.tokens import DASHES, Token

# Those who took part in a protest, by either word the text uses.
_PROTESTERS = frozenset({"protesters", "demonstrators"})
_TAKEN_AT_A_PROTEST = frozenset({"detained", "released"})
# "All", of the persons just counted: "all of them", «все», "hamısı".
# "Both" is all of two: "two passengers, both women".
# «одни» before a plural noun is "nothing but" («нас было девять, одни мужчины»).
_ALL = frozenset({"all", "both", "все", "оба", "обе", "одни", "hamısı"})
# "bağlı", "bağlıdır" (related to, concerning).
_AZ_RELATED = "bağlı"
# What opens a breakdown of a group by what befell them, and what ends one.
_BREAKDOWN_OPENS = frozenset({"(", ":"})
_BREAKDOWN_ENDS = frozenset({")", ";", "."})
# What joins a "none" of an act's noun to the group it is said of: "no deaths of minors".
_OF_A_GROUP = frozenset({"of", "among"})
# The word that opens the whole after a part, and the copulas that say what the part was.
_OF_A_WHOLE = frozenset({"of", "из"})
_COPULAS = _EN_COPULA | _COPULA_VERBS
# How far past the whole's words the copula may stand ("… killed in the siege were").
_TAIL = 6
# What names a group with no number of its own: "the men", "all the women", "their sons".
_DEFINITE_BEFORE_A_GROUP = frozenset({"the", "their", "its", "these", "those"})
# Verbs that give the share of a whole a group is: "children accounted for 17 of the injured".
_VERBS_OF_SHARE = frozenset(
    {"accounted for", "account for", "accounts for", "made up", "make up", "makes up",
     "comprised", "represented", "constituted"}
)  # fmt: skip
# Prepositions of a phrase of place after the group: "the men from our street", «мужчин с
# нашей улицы», «жителей из соседних домов».
_OF_PLACE = frozenset({"from", "in", "on", "of", "at", "с", "со", "из", "на", "в", "во"})
# English words of age after a group said of all ("all of them men between the ages of 16 and
# 70", "all of them boys aged 15 to 17"): the group's persons described, no compound noun.
_OF_AGE_EN = frozenset({"between", "aged", "under", "over", "older", "younger"})
# How far after a count the comma of an aside naming its group may stand ("Three | of our
# nationals |,").
_OF_A_WHOLE_REACH = 4


def before_a_phrase_of_place(tokens: list[Token], begin: int, mark: int) -> int:
    """Where a phrase of two to four words opened by a preposition of place begins, ending
    right before ``mark`` ("the men | from our street"); else ``mark``."""
    for start in range(max(begin, mark - 4), mark - 1):
        if tokens[start].lower in _OF_PLACE and all(
            tokens[k].kind == "word" for k in range(start, mark)
        ):
            return start
    return mark


# Brothers and sons in Azerbaijani, by stem ("qardaşı", "qardaşlarını", "oğlu", "oğulları";
# "oğlan", a boy, is a group of its own).
AZ_MALE_RELATIVES = ("qardaş", "oğl", "oğul")
# … and in English and Russian: "her two brothers", "4 of her 5 sons", «двое его братьев»,
# «трое сыновей» (by the word's start: «сыновей», «братьев», «мужей»).
_EN_MALE_RELATIVES = frozenset(
    {"brothers", "sons", "husbands", "fathers", "grandsons", "nephews", "uncles"}
)
_EN_FEMALE_RELATIVES = frozenset(
    {"sisters", "daughters", "wives", "mothers", "granddaughters", "nieces", "aunts"}
)
_RU_MALE_RELATIVES = ("брат", "сын", "мужей", "мужья", "отц", "внук", "племянник")
# What may stand between such a count and the relatives: "of her (5) brothers", «его братьев».
_KIN_POSSESSIVES = frozenset(
    {"of", "her", "his", "their", "my", "our", "its", "the", "её", "ее", "его", "их", "моих",
     "наших", "своих"}
)  # fmt: skip
# How many such words at most ("of her 5").
_KIN_REACH = 3


# What a Russian count of the hurt is said to be: «были женщинами», «являлись детьми», «— врачи».
_RU_COPULAS = DASHES | {"были", "являлись", "оказались"}
# "qarşı" (against), after the group an act was done against in the dative ("uşaqlara qarşı").
_AZ_AGAINST = "qarşı"


class Subgroups(CasesCounted):
    """Settles ``Figure.subgroup``; applied by ``SentenceBinder.bind``."""

    def _subgroup(self, figure: Figure) -> None:
        noun = figure.quantity.noun
        if figure.category == "families_wiped_out":
            figure.subgroup = "all"
        elif noun == FAMILY:
            # "families" says what the number counts; a vague word ("hundreds of families
            # fled", "yüzlərlə ailə") gives no number to count in them, and its words stay.
            figure.subgroup = "all" if figure.quantity.qualifier == "vague" else "families"
        else:
            figure.subgroup = subgroup_of(
                self._group_named_by_the_count_word(figure.quantity) or noun
            )
        if figure.subgroup == "all" and self.language == "en":
            figure.subgroup = (
                group_of_the_part(self.tokens, self.lex.noun_set, figure.quantity, self.end)
                or group_of_the_victims_in_cases(
                    self.tokens, self.lex.noun_set, figure.quantity, self.end
                )
                or "all"
            )
        if figure.subgroup in _PROTESTERS and figure.category in _TAKEN_AT_A_PROTEST:
            # Those arrested at a protest are its protesters: the word singles out no group
            # among them ("detained 38 demonstrators"), as it does among the hurt, who may be
            # police officers or passers-by ("40 protesters were injured").
            figure.subgroup = "all"
        if figure.subgroup == "all" and (
            figure.parent is None
            or self._them_of_a_group_before(figure, figure.quantity.end_token + 1)
        ):
            figure.subgroup = self._group_in_apposition(figure.quantity) or "all"
        if figure.subgroup == "all" and figure.parent is None:
            figure.subgroup = self._group_broken_down(figure.quantity) or "all"
        if figure.subgroup == "all":
            figure.subgroup = self._all_of_them(figure.quantity) or "all"
        if figure.subgroup == "all" and self.language == "en":
            figure.subgroup = self._en_group_apposed_after(figure.quantity) or "all"
        if figure.subgroup == "all" and figure.parent is None:
            figure.subgroup = self._object_noun_gapped(figure) or "all"
        if figure.subgroup == "all" and figure.parent is None:
            figure.subgroup = self._group_of_them(figure.quantity) or "all"
        if figure.subgroup == "all" and figure.parent is not None:
            figure.subgroup = self._group_whose_share_it_is(figure.quantity) or "all"
        if figure.subgroup == "all" and figure.parent is not None:
            figure.subgroup = self._group_said_after_the_whole(figure) or "all"
        if figure.subgroup == "all" and figure.parent is not None:
            figure.subgroup = self._az_group_concerned(figure.quantity) or "all"
        if figure.subgroup == "all" and figure.parent is None:
            figure.subgroup = self._az_acts_against_a_group(figure.quantity) or "all"
        if figure.subgroup == "all":
            figure.subgroup = self._ru_group_after_its_fate(figure.quantity) or "all"
        if figure.subgroup == "all":
            figure.subgroup = self._ru_us_named_by_a_group(figure.quantity) or "all"
        if figure.subgroup == "all" and self._male_relatives_counted(figure.quantity):
            figure.subgroup = "men"
        if figure.subgroup == "all" and figure.quantity.zero:
            figure.subgroup = self._group_of_the_acts_none(figure) or "all"

    def _ru_group_after_its_fate(self, quantity: Quantity) -> str:
        """«6 раненых военнослужащих», «трое убитых журналистов»: a Russian count whose fate
        is an adjective of the group named right after it (which the count does not take
        as its noun, the fate standing between) counts that group."""
        if self.language != "ru":
            return ""
        fate = quantity.end_token + 1
        if fate + 1 >= self.end or self.lex.trigger_set.match(self.tokens, fate) is None:
            return ""
        group = self.lex.noun_set.match(self.tokens, fate + 1)
        if (
            group is None
            and self.tokens[fate + 1].lower in _RU_COPULAS
            and fate + 2 < self.end
            and not (quantity.first > self.begin and self.tokens[quantity.first - 1].lower == "из")
        ):
            # Said to be the group: «шестеро погибших были женщинами», «… — сотрудники полиции»
            # (not the whole of a part: «шестеро из 40 погибших были детьми»).
            group = self.lex.noun_set.match(self.tokens, fate + 2)
            return (
                subgroup_of(group.value) if group is not None and names_group(group.value) else ""
            )
        if group is None or not names_group(group.value):
            return ""
        # In the fate's case, as its adjective: «пятерых госпитализированных врачи оценивают»
        # names the doctors as the subject, not the five.
        if not russian_cases(self.tokens[fate].lower) & russian_cases(self.tokens[fate + 1].lower):
            return ""
        return subgroup_of(group.value)

    def _ru_us_named_by_a_group(self, quantity: Quantity) -> str:
        """«Нас, мужчин, согнали к школе, нас было двенадцать»: a witness's headcount of «нас»
        counts the group the sentence set beside «нас» between commas (Russian)."""
        if self.language != "ru" or quantity.noun not in {"", PERSON}:
            return ""
        before = [
            t.lower for t in self.tokens[max(self.begin, quantity.first - 2) : quantity.first]
        ]
        if "нас" not in before:
            return ""
        for k in range(self.begin, quantity.first - 3):
            if self.tokens[k].lower != "нас" or self.tokens[k + 1].text != ",":
                continue
            found = self.lex.noun_set.match_span(self.tokens, k + 2)
            if found is None:
                continue
            after = k + 2 + found[1]
            if after >= self.end or self.tokens[after].text != ",":
                continue
            if found[0].value.startswith("subgroup:"):
                return subgroup_of(found[0].value)
        return ""

    def _az_group_concerned(self, quantity: Quantity) -> str:
        """ "onlardan 9-u qadınlarla bağlıdır" (9 of them concern women), as "9 of them
        involving women" and «9 из них касались женщин»: a part of cases said to concern a
        group, in the instrumental before "bağlı", counts that group."""
        group_at = quantity.end_token + 1
        if self.language != "az" or group_at + 1 >= self.end:
            return ""
        if not self.tokens[group_at + 1].lower.startswith(_AZ_RELATED):
            return ""
        if not az_instrumental(self.tokens[group_at].lower):
            return ""
        group = self.lex.noun_set.match(self.tokens, group_at)
        if group is None or not names_group(group.value):
            return ""
        return subgroup_of(group.value)

    def _az_acts_against_a_group(self, quantity: Quantity) -> str:
        """ "uşaqlara qarşı 40 işgəncə faktı" (40 cases of torture against children): acts
        counted after the group they were done against, in the dative before "qarşı", befell
        that group. Only a count of acts or cases ("fakt", "hal", the act's own noun), not of
        persons ("uşaqlara qarşı 40 polis": police set against them)."""
        k = quantity.first - 1
        if self.language != "az" or k - 1 < self.begin or self.tokens[k].lower != _AZ_AGAINST:
            return ""
        if quantity.noun not in {"", UNIT} and not quantity.noun.startswith("implied:"):
            return ""
        own = self.lex.noun_set.match(self.tokens, quantity.np_first)
        if (
            quantity.np_first >= 0
            and own is not None
            and (own.value == PERSON or names_group(own.value))
        ):
            return ""
        for start in range(max(self.begin, k - 3), k):
            group = self.lex.noun_set.match_span(self.tokens, start)
            if group is None or start + group[1] != k or not names_group(group[0].value):
                continue
            if self.tokens[k - 1].lower.endswith(("a", "ə")):
                return subgroup_of(group[0].value)
        return ""

    def _group_of_the_acts_none(self, figure: Figure) -> str:
        """ "No deaths of minors were recorded", "no injuries among children": a "none" of an
        act's noun, then "of" or "among" and a group, is that group's none (English; "no
        injuries among the participants" names no group)."""
        if self.language != "en":
            return ""
        k = figure.quantity.end_token + 1
        trigger = figure.trigger
        if trigger is not None and trigger.first == k:
            k = trigger.last + 1  # past the act's noun: "No | deaths | of minors"
        joined = self.tokens[k - 1].lower in _OF_A_GROUP  # "No | arrests of | journalists"
        if not joined and (k >= self.end or self.tokens[k].lower not in _OF_A_GROUP):
            return ""
        k += not joined
        if k < self.end and self.tokens[k].lower == "the":
            k += 1
        phrase = self.lex.noun_set.match(self.tokens, k) if k < self.end else None
        if phrase is None or not names_group(phrase.value):
            return ""
        return subgroup_of(phrase.value)

    def _male_relatives_counted(self, quantity: Quantity) -> bool:
        """ "onun iki oğlu öldürülüb" (his two sons were killed), "ərizəçilərin iki
        qardaşını" (the applicants' two brothers), "her two brothers", «трое сыновей»:
        brothers and sons counted by a numeral are men, as statements count them."""
        after = quantity.last + 1
        if quantity.noun not in {"", PERSON} or after >= self.end:
            return False
        if self.language in {"en", "ru"}:
            return self._male_relatives_after(after)
        word = self.tokens[after].lower
        return word.startswith(AZ_MALE_RELATIVES) and not word.startswith("oğlan")

    def _male_relatives_after(self, k: int) -> bool:
        """ "two brothers", "4 of her 5 sons", «двое его братьев»: the words after a count,
        past "of", a possessive and the whole's number, are male relatives (English,
        Russian)."""
        reach = k + _KIN_REACH
        while k < min(self.end, reach) and (
            self.tokens[k].lower in _KIN_POSSESSIVES or self.tokens[k].kind == "num"
        ):
            k += 1
        if k >= self.end:
            return False
        word = self.tokens[k].lower
        if self.language == "en":
            return word in _EN_MALE_RELATIVES and not self._en_with_their_sisters(k)
        return word.startswith(_RU_MALE_RELATIVES)

    def _en_with_their_sisters(self, k: int) -> bool:
        """ "our brothers and sisters", "sons and daughters": the male relatives at ``k`` named
        with the female ones are men and women together, no group of men."""
        return (
            k + 2 < self.end
            and self.tokens[k + 1].lower in {"and", "or"}
            and self.tokens[k + 2].lower in _EN_FEMALE_RELATIVES
        )

    def _group_whose_share_it_is(self, quantity: Quantity) -> str:
        """ "children accounted for 17 of the injured", "women made up 40 of those
        detained": a group named as the subject of a verb of share, with no number of its
        own, is the subgroup of the part counted after the verb (English)."""
        if self.language != "en" or quantity.noun not in {"", PERSON}:
            return ""
        verb = next(
            (
                k for k in (quantity.first - 1, quantity.first - 2)
                if k >= self.begin
                and " ".join(t.lower for t in self.tokens[k : quantity.first]) in _VERBS_OF_SHARE
            ),
            None,
        )  # fmt: skip
        if verb is None:
            return ""
        for start in range(max(self.begin, verb - 3), verb):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is not None and start + len(phrase.elements) == verb:
                return subgroup_of(phrase.value) if names_group(phrase.value) else ""
        return ""

    def _group_said_after_the_whole(self, figure: Figure) -> str:
        """ "Nine of the 30 dead were children", «Пятеро из 19 погибших были детьми": a group
        after a copula that follows the whole named with its count right after the part is
        what the part counts (English, Russian)."""
        whole = figure.parent
        assert whole is not None
        of = figure.quantity.end_token + 1
        if of >= self.end or self.tokens[of].lower not in _OF_A_WHOLE:
            return ""
        if whole.quantity.first not in (of + 1, of + 2):
            return ""  # "of 30", "of the 30"
        copula = next(
            (k for k in range(whole.quantity.end_token + 1, min(whole.last + _TAIL, self.end))
             if self.tokens[k].lower in _COPULAS),
            None,
        )  # fmt: skip
        if copula is None or copula + 1 >= self.end:
            return ""
        if any(not self.tokens[k].is_word for k in range(whole.quantity.end_token + 1, copula)):
            return ""
        phrase = self.lex.noun_set.match_span(self.tokens, copula + 1)
        if phrase is None or not names_group(phrase[0].value):
            return ""
        after = copula + 1 + phrase[1]
        if (
            after < self.end
            and self.tokens[after].is_word
            and self.tokens[after].lower not in {"and", "и", "but", "а", "но"}
        ):
            return ""  # "were children's doctors": no group said of them
        return subgroup_of(phrase[0].value)

    def _group_of_them(self, quantity: Quantity) -> str:
        """ "rounded up the male inhabitants of Casel, and at least 31 of them were
        executed": "of them" after a count refers to a group named before it in the sentence
        with no number of its own; the count is of that group (English)."""
        last = quantity.last
        if self.language != "en" or quantity.noun not in {"", PERSON} or last + 2 >= self.end:
            return ""
        if [t.lower for t in self.tokens[last + 1 : last + 3]] != ["of", "them"]:
            return ""
        counted = {k for q in self.quantities for k in range(q.first, q.end_token + 1)}
        groups: set[str] = set()
        for k in range(quantity.first - 1, self.begin, -1):
            if k in counted or self.tokens[k].text in {";", ":", "(", ")"}:
                return ""
            if self.tokens[k - 1].lower not in _DEFINITE_BEFORE_A_GROUP:
                continue
            phrase = self.lex.noun_set.match(self.tokens, k)
            if phrase is not None and phrase.value.startswith("subgroup:"):
                groups.add(phrase.value)
        # "separated the men from the women and shot 12 of them": which, the text does not say.
        return subgroup_of(groups.pop()) if len(groups) == 1 else ""

    def _object_noun_gapped(self, figure: Figure) -> str:
        """ "killed 87 health workers and injured 203": English leaves out the object's noun
        of a second active verb joined by "and"; the bare number counts what the first
        verb's object did ("killed 87 health workers and injured 203 others" names its own)."""
        quantity, trigger = figure.quantity, figure.trigger
        if self.language != "en" or quantity.noun or quantity.np_last >= 0 or trigger is None:
            return ""
        conjunction = trigger.first - 1
        if trigger.last + 1 != quantity.first or conjunction <= self.begin:
            return ""
        if self.tokens[conjunction].lower != "and" or not self._last_of_its_clause(quantity):
            return ""
        before = next(
            (q for q in self.quantities if q.np_last == conjunction - 1 and not q.non_count), None
        )
        if before is None or self.trigger_ending.get(before.first - 1) is None:
            return ""
        noun = before.noun
        return subgroup_of(noun) if noun != PERSON and names_group(noun) else ""

    def _last_of_its_clause(self, quantity: Quantity) -> bool:
        after = quantity.end_token + 1
        return (
            after >= self.end
            or self.tokens[after].kind == "punct"
            or (self.tokens[after].lower in {"on", "in", "at", "during", "since", "last", "this"})
        )

    def _all_of_them(self, quantity: Quantity) -> str:
        """ "nine more were seized, all of them soldiers", "freed four of the captives, all of
        them children", «освобождены 12 человек, все — женщины», "5 əsiri (hamısı qadındır)":
        a group said of all the persons counted, set off after them, is their subgroup."""
        k = quantity.end_token + 1
        while k < self.end and not (
            self._counts_at(k) or (self.tokens[k].text in {";", ":"} and not self._all_next(k))
        ):
            opened = self._az_past_their(k - 1)
            if self.tokens[opened].text in {",", "(", "—", "–", ";"}:
                if self.tokens[k].lower in _ALL and (group := self._group_said_of_all(k + 1)):
                    # «девять — вся наша бригада, одни мужчины»: the first "all" that names
                    # a group; one that names none («вся наша бригада») says no group.
                    return group
                every = self._az_every_one_of(quantity, k)
                if every > k:
                    return self._group_said_of_all(every)
            k += 1
        return ""

    def _en_group_apposed_after(self, quantity: Quantity) -> str:
        """ "Three of our nationals, aid workers with a charity, were detained": a group named
        in an aside right after the persons counted (or after the whole they are of) says
        who they are."""
        k = quantity.end_token + 1
        while k < self.end and k - quantity.end_token <= _OF_A_WHOLE_REACH:
            if self.tokens[k].text == ",":
                break
            if self.tokens[k].kind != "word" or k in self.trigger_at:
                return ""
            k += 1
        else:
            return ""
        if k + 1 >= self.end or not self._en_group_apposed(k + 1) or self._aside(k) is None:
            return ""
        phrase = self.lex.noun_set.match(self.tokens, k + 1)
        return subgroup_of(phrase.value) if phrase is not None else ""

    def _all_next(self, k: int) -> bool:
        """ "11 nəfərin qalıqları çıxarılıb; onların hamısı kişidir": a semicolon that opens
        the clause of "all" (of them) sets the group off as a comma does."""
        k += 1
        if self.language == "az" and k < self.end and self.tokens[k].lower == "onların":
            k += 1
        return k < self.end and self.tokens[k].lower in _ALL

    def _counts_at(self, k: int) -> bool:
        """Does a count start at ``k`` (not «оба», "hər ikisi": all of those before)?"""
        start = self.starts.get(k)
        return start is not None and start.non_count != "all of them"

    def _az_past_their(self, k: int) -> int:
        """ "onların hamısı" (all of them): the word before "their"."""
        their = self.language == "az" and k > self.begin and self.tokens[k].lower == "onların"
        return k - 1 if their else k

    def _az_every_one_of(self, quantity: Quantity, k: int) -> int:
        """ "hər üçü", "hər ikisi" (every one of the three, both): all the persons counted,
        when the number is theirs; where the words after it begin, else ``k``."""
        part = self.starts.get(k + 1)
        if self.language != "az" or self.tokens[k].lower != "hər" or part is None:
            return k
        return part.last + 1 if part.count == quantity.count else k

    def _group_said_of_all(self, k: int) -> str:
        words = [t.lower for t in self.tokens[k : k + 2]]
        if words in (["of", "them"], ["of", "whom"]):
            k += 2
        if k < self.end and self.tokens[k].text in {"—", "–", "-"}:
            k += 1
        phrase = self.lex.noun_set.match(self.tokens, k) if k < self.end else None
        if phrase is None or not phrase.value.startswith(("subgroup:", "label:")):
            return ""
        after = k + len(phrase.elements)
        if (
            after < self.end
            and self.tokens[after].kind == "word"
            and self.tokens[after].lower not in _OF_PLACE
            and not (self.language == "en" and self.tokens[after].lower in _OF_AGE_EN)
        ):
            # "all women's shelters were shut": no group said of the persons (but «все
            # мужчины из Ясеневки», "all men from the village" are that group, from there).
            return ""
        return subgroup_of(phrase.value)

    def _group_broken_down(self, quantity: Quantity) -> str:
        """ "89 children (37 killed and 52 injured)", «89 жертв среди детей: 37 погибших и 52
        раненых», "Children made up 18 per cent of the casualties (37 killed …)": counts in a
        bracket or after a colon that break down a group by what befell them count that
        group, when they add up to its count or it is given as a share."""
        if quantity.noun not in {"", PERSON} and not quantity.noun.startswith("implied:"):
            return ""
        k = quantity.start_token - 1
        while k > self.begin and self.tokens[k].text not in _BREAKDOWN_OPENS | _BREAKDOWN_ENDS:
            k -= 1
        if k <= self.begin or self.tokens[k].text not in _BREAKDOWN_OPENS:
            return ""
        opening = k
        inside = [q for q in self.quantities if q.first > opening and self._within(opening, q)]
        before = [q for q in self.quantities if q.end_token < opening]
        if len(inside) < 2 or not before or any(q.count is None for q in inside):
            return ""
        whole = before[-1]
        if any(t.text in _BREAKDOWN_OPENS | _BREAKDOWN_ENDS
               for t in self.tokens[whole.end_token + 1 : opening]):  # fmt: skip
            return ""
        if whole.count == sum(q.count or 0 for q in inside):
            group = self._group_named(whole.start_token, opening)
        elif whole.noun == UNIT and any(
            names_a_share(t.lower) for t in self.tokens[whole.first : opening]
        ):
            group = self._group_named(self.begin, whole.first)  # "Children made up 18 per cent"
        else:
            return ""
        return subgroup_of(group) if group else ""

    def _share_counted_in_brackets(self, figures: list[Figure]) -> None:
        """ "Women made up 23 per cent of those killed (106)", «Женщины составили 23 процента
        погибших (106 человек)», "Həlak olanların 23 faizini (106 nəfər) qadınlar təşkil
        edib": the count in a bracket right after a share is the group's, of the act the
        share is taken of."""
        for figure in figures:
            quantity = figure.quantity
            if figure.category or figure.parent is not None or quantity.noun not in {"", PERSON}:
                continue
            opening, closing = quantity.start_token - 1, quantity.end_token + 1
            if opening <= self.begin or closing >= self.end:
                continue
            if self.tokens[opening].text != "(" or self.tokens[closing].text != ")":
                continue
            shares = [q for q in self.quantities if q.end_token < opening and q.noun == UNIT]
            if not shares or not any(
                names_a_share(t.lower) for t in self.tokens[shares[-1].first : opening]
            ):
                continue
            acts = [
                t for t in self.triggers
                if t.last < opening and resolve_category(t.value, PERSON)
                and not any(t.first <= q.first <= t.last for q in self.quantities)
            ]  # fmt: skip
            group = self._group_named(self.begin, opening) or self._group_named(
                closing + 1, self.end
            )
            if len(acts) == 1 and group:
                figure.category = resolve_category(acts[0].value, PERSON)
                figure.trigger, figure.bound = acts[0], "clause"
                quantity.noun = group  # the count counts the group (``_subgroup`` reads it)

    def _within(self, opening: int, quantity: Quantity) -> bool:
        """Does ``quantity`` stand in the breakdown opened at ``opening``?"""
        return not any(t.text in _BREAKDOWN_ENDS for t in self.tokens[opening + 1 : quantity.first])

    def _group_named(self, first: int, past: int) -> str:
        """The noun of the first group of persons (women, journalists …) named from ``first``
        to before ``past`` ("" for none)."""
        for k in range(first, past):
            phrase = self.lex.noun_set.match(self.tokens, k)
            if phrase is not None and names_group(phrase.value):
                return phrase.value
        return ""

    def _group_in_apposition(self, quantity: Quantity) -> str:
        """ "They took off all the men, eleven of them", «отделили всех мужчин, одиннадцать
        человек»: a count set after a comma beside a group named with no number counts that
        group (its subgroup), when it names no group of its own."""
        if quantity.noun not in {"", PERSON}:
            return ""
        comma = quantity.start_token - 1
        if comma <= self.begin or self.tokens[comma].text not in {",", "—", "–"}:
            return ""
        end = before_a_phrase_of_place(self.tokens, self.begin, comma)
        if self.language == "en" and self.tokens[comma - 1].lower in PHRASAL_PARTICLES:
            end = comma - 1  # "they let the old men go, eight of them"
        for start in range(max(self.begin, end - 2), end):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is None or start + len(phrase.elements) != end:
                continue
            if any(q.end_token == comma - 1 for q in self.quantities):
                return ""  # "12 women, five of them …": a count's own noun, and a part
            return subgroup_of(phrase.value) if phrase.value.startswith("subgroup:") else ""
        return ""
