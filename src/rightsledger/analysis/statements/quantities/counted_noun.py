"""The counted noun: what the words after a number say was counted ("613 civilians", "three
of the police officers", "the bodies of 57 people"). A group named after a copula ("of whom
106 were women") is read in ``predicate_noun``."""

from __future__ import annotations

from dataclasses import replace

from rightsledger.analysis.statements.age_groups import _AZ_VERBAL
from rightsledger.analysis.statements.az_attributes import (
    az_group_past_an_attribute,
    az_past_a_birth_year,
)
from rightsledger.analysis.statements.lexicon import (
    BODY,
    EN_ADJECTIVES_IN_ED,
    FAMILY,
    GRAVE,
    PERSON,
    SITE,
    UNIT,
    Phrase,
    names_group,
)
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.quantities.age_adjectives import age_adjective_length
from rightsledger.analysis.statements.quantities.az_cases import (
    az_ablative,
    az_in_the_genitive,
    az_instrumental,
    az_locative,
    az_plural_dative,
    az_size_of_a_family,
    az_whole_by_its_fate,
)
from rightsledger.analysis.statements.quantities.az_noun_phrase import (
    AzerbaijaniNounPhrase,
    occupation,
    sex_or_age,
)
from rightsledger.analysis.statements.quantities.person_nouns import agent_plural, free_label
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.quantities.ru_agreement import ru_noun_outside_the_phrase
from rightsledger.analysis.statements.tokens import hyphened_to_a_word, new_line_starts_sentence

# Azerbaijani adjectives that end as a past verb does (-di, -dı): "5 fərdi yaşayış evi"
# (private homes), "adi sakinlər", "ciddi xəsarət"; they go on with the noun phrase.
_AZ_ADJECTIVES_LIKE_VERBS = frozenset({"fərdi", "adi", "ciddi", "maddi", "əbədi", "iqtisadi"})

# The article or demonstrative between "of"/«из» and the whole it names.
DETERMINERS = frozenset({"the", "these", "those", "этих"})

_AZ_AGENT = frozenset({"tərəfindən"})
# "məhkum" is a convict, and with a light verb after it the verb "to sentence" ("məhkum
# edilib", "məhkum olunub"): forms of "etmək", "edilmək", "olunmaq", not "olmaq" (a copula).
_AZ_CONVICT = "məhkum"
_AZ_LIGHT_VERB_STARTS = ("edil", "edib", "edir", "edən", "edə", "etdi", "etmiş", "etmə", "olun")
# The word that gives the ages of persons counted ("12 children aged 5 to 12").
_AGED = frozenset({"aged"})
# Words that add a count to those before it, between a body noun and the number ("the bodies
# of another 12", "of a further 12", «тела ещё 12»), or take in all of those counted before
# ("the remains of all 17 were returned": still remains, not persons released), or name them
# again ("the bodies of the 6 engineers were found").
_MORE_BEFORE = frozenset({"another", "a", "further", "all", "the", "ещё", "еще"})
# The verbs of remains belonging to persons, and how far before them the remains may stand
# ("the remains exhumed so far belong to").
_BELONG = frozenset(
    {"belong", "belongs", "belonged", "принадлежат", "принадлежит", "принадлежали", "принадлежало"}
)
_BELONG_REACH = 6
# The words that join the counts of a list: "23 men and 4 women", «23 мужчин и 4 женщин».
_LIST_JOINS = frozenset({"and", ",", "и"})
# What "remains" as a verb says is still so: "the fate of 89 remains unknown".
_STILL_SO_EN = frozenset(
    {"unknown", "unclear", "unaccounted", "unconfirmed", "unresolved", "undetermined",
     "uncertain", "missing", "undisclosed"}
)  # fmt: skip

# Acts whose English participles before a noun need not end in "-ed" ("20 burnt houses",
# "83 burnt-out homes"): only things are so described, never the verb of a sentence.
_THINGS_DONE_IN_ANY_FORM_EN = frozenset({"destroy"})
# English adjectives of a fate that describe persons before their noun as a participle does
# ("12 missing fishermen", "40 missing persons"), though they do not end in "-ed".
_FATE_ADJECTIVES_EN = frozenset({"missing"})
# Russian adjectives of captivity, by stem: «пленных», «пленённых», «плененных».
_CAPTIVE_RU = ("пленн", "пленённ", "плененн")

_TIME_DETERMINERS = {
    "en": frozenset({"last", "this", "next", "every", "each", "that", "per"}),
    # "həmin gün", "bu il", "ötən həftə": that day, this year, last week.
    "az": frozenset({"həmin", "bu", "hər", "ötən", "keçən", "gələn", "növbəti"}),
}
# Comparatives of time after a unit of time in the instrumental: «годом ранее», «месяцем
# раньше», «неделей позже» (a year earlier) say when, as "last week" does.
_RU_TIME_COMPARATIVES = frozenset({"ранее", "раньше", "позже", "позднее"})


# Words of how badly persons were hurt, before the attribute of their wounds: "10 seriously
# wounded soldiers", "10 ağır yaralı hərbçi" (Russian writes one word: «тяжелораненых»).
_DEGREES_OF_HARM = {
    "en": frozenset({"seriously", "severely", "critically", "gravely", "badly", "lightly",
                     "slightly"}),
    "az": frozenset({"ağır", "yüngül"}),
}  # fmt: skip

# Azerbaijani participles before a noun: "həlak olmuş", "yaralanmış", "saxlanılan".
_AZ_PARTICIPLES = ("mış", "miş", "muş", "müş", "an", "ən")
# Azerbaijani adjectives of a fate, which describe a noun after them as participles do: "4
# itkin uşaq" (four missing children), "12 yaralı əsgər" (twelve wounded soldiers).
_FATE_ADJECTIVES_AZ = frozenset({"itkin", "yaralı"})
# The accusative after a possessive ending ("oğlunu", "qardaşını", "uşağını"): a noun of
# persons as the object of the verb, which ends the phrase counted.
_AZ_POSSESSED_ACCUSATIVE = ("ını", "ini", "unu", "ünü")


# English words for those who work at a place, said after it ("hospital staff").
_STAFF = frozenset({"staff", "personnel", "employees", "workers"})
# Russian nouns, by their dictionary form, that count cases of an act («случаев», «фактов»).
RU_CASE_WORDS = frozenset({"случай", "факт", "эпизод"})


def _persons(value: str) -> bool:
    return value == PERSON or names_group(value)


def _noun_rank(value: str) -> int:
    if value == PERSON:
        return 0
    if value == UNIT:
        return 1
    if value.startswith("implied:"):
        return 2
    return 3


# The passive auxiliaries before a participle of harm, and the harms only persons suffer.
_AUXILIARIES_OF_HARM = frozenset({"was", "were", "has", "have", "had", "been", "being"})
_HARM = frozenset({"injured", "killed"})
# How many words a subject the lexicon lacks may have after "No" before its verb of harm ("No
# member of staff was hurt"): ``CountedNoun._harm_said_of_none``.
_SUBJECT_WORDS = 3
# Postpositions of place after a thing in the genitive ("körpünün tayında", beyond the
# bridge; "binanın qarşısında", before the building), and the demonstrative that may precede
# them ("o tayında").
_AZ_PLACE_POSTPOSITIONS = (
    "tayında", "tayına", "tayından", "yanında", "yanına", "qarşısında", "yaxınlığında",
    "önündə", "arxasında", "kənarında", "ətrafında",
)  # fmt: skip
_AZ_THAT_SIDE = frozenset({"o", "bu"})


class CountedNoun(AzerbaijaniNounPhrase):
    """Reads the noun phrase a quantity counts, and the group it names."""

    masked: set[int]

    def _noun_follows(self, j: int) -> bool:
        if j >= len(self.tokens):
            return False
        return (
            self.lex.noun_set.match(self.tokens, j) is not None
            or self.lex.trigger_set.match(self.tokens, j) is not None
            or self._harm_said_of_none(j)
            or (self.tokens[j - 1].lower == "no" and self._en_singular_after_none(j) is not None)
        )

    def _harm_said_of_none(self, j: int) -> bool:
        """ "No guard was hurt", "No member of staff was injured": after "No", an English
        noun the lexicon lacks, of a few words, then a passive of harm done to persons — the
        persons it befell none of. Only harm counts: "No action was taken" has an act that
        things suffer as well as persons."""
        tokens = self.tokens
        if self.language != "en" or j >= len(tokens) or tokens[j - 1].lower != "no":
            return False
        for k in range(j + 1, min(j + _SUBJECT_WORDS + 1, len(tokens))):
            if tokens[k].kind != "word":
                return False
            if tokens[k].lower in _AUXILIARIES_OF_HARM:
                while k < len(tokens) and tokens[k].lower in _AUXILIARIES_OF_HARM:
                    k += 1
                act = self.lex.trigger_set.match(tokens, k) if k < len(tokens) else None
                return act is not None and act.value in _HARM
        return False

    def _others_alone(self, quantity: Quantity) -> bool:
        """Is the English count's noun "others" and nothing else ("20 others")?"""
        first, last = quantity.np_first, quantity.np_last
        return self.language == "en" and 0 <= first == last and self.tokens[first].lower == "others"

    def _possessive_at(self, j: int) -> bool:
        return (
            self.language == "en"
            and j < len(self.tokens)
            and self.tokens[j].lower in {"our", "their", "its", "his", "her", "my", "your"}
        )

    def _possessive_before_a_group(self, j: int) -> bool:
        """ "none of its fighters", "none of their journalists": the owner, then a group."""
        if not self._possessive_at(j) or j + 1 >= len(self.tokens):
            return False
        phrase = self.lex.noun_set.match(self.tokens, j + 1)
        return phrase is not None and names_group(phrase.value)

    def _noun_phrase(self, quantity: Quantity) -> None:
        if quantity.noun:
            return  # read with the quantity (``_singular_in_list``)
        tokens, lex = self.tokens, self.lex
        j = quantity.last + 1
        if [t.lower for t in tokens[j : j + 2]] in (["of", "us"], ["из", "нас"]):
            # "all 30 of us", «двенадцать из нас»: the witness and those with them, persons.
            quantity.noun = PERSON
            return
        if self.language == "az" and az_size_of_a_family(tokens, j):
            quantity.noun, quantity.np_first, quantity.np_last = PERSON, j, j
            return  # "beş nəfərlik ailə": five persons, the family's members
        limit = 3 if self.language == "az" else 4
        best = ""
        best_rank = -1
        best_last = -1
        words = 0
        none_of = False
        while j < len(tokens) and words < limit:
            token = tokens[j]
            if token.kind == "punct":
                if words == 0 and (past := self._az_past_an_aside_of_grounds(quantity, j)) > j:
                    j = past  # "15-i, geyimə görə, hərbçilərə məxsusdur": past the grounds
                    continue
                if token.text == "-" and not token.space_before and quantity.last == j - 1:
                    j += 1
                    continue
                if words == 0 and self._past_share(j) > j:
                    j = self._past_share(j)  # "106-sı (23 faiz) qadındır": the share aside
                    continue
                if token.text == "%":
                    quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
                    quantity.np_last, best = j, UNIT
                break
            if best and self._az_each_of_them(j):
                quantity.np_last = j + 1
                break  # "11 nəfərin hər biri işgəncəyə …": each of the eleven, all of them
            if age := self._az_age_adjective(j) or age_adjective_length(tokens, j, self.language):
                # "biri isə 13 yaşlı məktəblidir", "two 17-year-old boys": the age describes
                # the noun after it
                j += age
                continue
            if (
                words == 0
                and self.language == "az"
                and (born := az_past_a_birth_year(tokens, j)) > j
            ):
                j = born  # "biri 2009-cu il təvəllüdlü yeniyetmədir"
                continue
            if words == 0 and self._az_complete(quantity) and self._az_concerning(j):
                break  # "onlardan 45-i saxlanılan şəxslərlə bağlı olub": what they concern
            if words == 0 and self._az_complete(quantity):
                group = az_group_past_an_attribute(tokens, j, lex)
                if group > j:
                    j = group  # "4-ü 1993-cü ildə itkin düşmüş mülki sakinlərdir": who they are
                    continue
            if token.kind != "word" or j in self.masked:
                break
            if new_line_starts_sentence(tokens, j):
                break  # "Missing: 1,204" / "Homes destroyed: 310": the next entry's noun
            if words == 0 and token.lower == "of" and quantity.qualifier == "vague":
                j += 1  # "scores of homes"
                continue
            if words == 0 and quantity.zero and token.lower in {"of", "из"}:
                # "none of the journalists", «никто из журналистов»: the group counted none
                none_of = True
                j += 1
                if j < len(tokens) and (
                    tokens[j].lower in DETERMINERS or self._possessive_before_a_group(j)
                ):
                    j += 1
                continue
            if (past := self._az_past_time_before_a_fate_noun(j)) > j:
                j = past  # "900 nəfər hələ də məcburi köçkündür": when, then what they are
                continue
            if words == 0 and self.language == "az" and token.lower == "isə":
                j += 1  # "118-i isə ahıl şəxslərdir": the topic particle, then the noun
                continue
            if words == 0 and self._az_doing_before_the_group(quantity, j) > j:
                # "üçü qoyun otaran uşaqlardır": what they were doing, then who they are
                j = self._az_doing_before_the_group(quantity, j)
                continue
            if words == 0 and token.lower == "of" and self._possessive_at(j + 1):
                j += 2  # "3 of our volunteers": a group with no number of its own
                if j < len(tokens) and tokens[j].lower == "own":
                    j += 1  # "3 of our own volunteers"
                continue
            named = self._named_group_at(j) if words == 0 else 0
            if named:
                # "three of the police officers", «трое из полицейских»: the same.
                j += named
                quantity.group_of = True
                continue
            if self._time_adverbial(j):
                break  # "40 protesters last week", "iki oğlu həmin gün": when, no thing counted
            attribute = self._attribute(quantity, j) if words == 0 else 0
            if attribute:
                j += attribute
                continue
            if words == 0 and (fate := self._az_participle_of_the_whole(j)):
                # "20 saxlanılandan 6-sı döyülüb": the whole named by its fate's participle
                quantity.np_first, quantity.np_last, best = j, fate[1], f"implied:{fate[0]}"
                break
            act = lex.trigger_set.match(tokens, j) is not None or lex.before_set.match(tokens, j)
            # "64 yaralıdan 20-si": the wounded in the ablative, a whole counted by its fate.
            if act and (
                words
                or not az_whole_by_its_fate(token, lex.noun_set.match(tokens, j), self.language)
            ):
                break
            if words > 0 and best and (token.lower in lex.stop_words):
                break  # "264 detainees remains unknown": a verb after the head, not a noun
            if best and token.lower in _AGED:
                break  # "12 children aged between 5 and 12": their ages follow, not a noun
            phrase = lex.noun_set.match(tokens, j)
            if phrase is None and words == 0 and quantity.zero:
                phrase = self._en_singular_after_none(j)
            if phrase is None and self._ends_noun_phrase(j):
                break
            if self.language == "ru" and ru_noun_outside_the_phrase(tokens, j, quantity.last + 1):
                break  # «пятерых госпитализированных врачи оценивают»: the next verb's subject
            if words == 0 and self._remains_as_a_verb(j):
                break  # "the fate of 89 remains unknown": the verb, not their remains
            if best and phrase is not None and az_plural_dative(token, self.language):
                break  # "sakin qonşu kəndlərə köçürülüb": where to, not whom
            if (
                best
                and phrase is not None
                and phrase.value.startswith("property:")
                and az_ablative(token, self.language)
            ):
                break  # "4000 sakin kənddən qovulub": a place, where from, not whom
            if (
                best
                and self.language == "az"
                and phrase is not None
                and phrase.value.startswith("property:")
                and az_in_the_genitive(token.lower)
                and self._az_place_postposition_after(j + len(phrase.elements))
            ):
                break  # "300 sakin körpünün o tayında": the owner of a place, not whom
            if (
                words == 0
                and phrase is not None
                and phrase.value in {GRAVE, SITE}
                and az_locative(token, self.language)
            ):
                # "Qalıqlar iki məzarlıqda tapılıb": graves counted where the remains lay are
                # burial sites, as "found in two graves" is; the persons are not counted. So
                # are pits ("iki çuxurda basdırılıb"), sites until the sentence names the dead.
                quantity.np_first = quantity.np_last = j + len(phrase.elements) - 1
                best = phrase.value
                break
            if phrase is not None and phrase.value != UNIT and az_locative(token, self.language):
                if (
                    words == 0
                    and phrase.value.startswith("property:")
                    and not self._az_complete(quantity)
                ):
                    # "5 məktəbdə yerləşdirilib": buildings counted in the locative are where
                    # the persons were, not a count of persons or of what was destroyed.
                    quantity.noun, quantity.non_count = UNIT, "place"
                break  # "biri xəstəxanada ölüb": where, not whom
            if (
                phrase is None
                and not best
                and self._az_counted_place(j)
                and not self._az_complete(quantity)
            ):
                # "üç idman zalında yerləşdirilib": a count of places, in the locative, is
                # where the persons were, not a count of them ("girovlardan ikisi sonradan
                # meşədə …", a part with its ending, is a count of persons).
                quantity.noun, quantity.non_count = UNIT, "place"
                break
            if phrase is not None and phrase.value == UNIT and self._az_complete(quantity):
                break  # "onlardan ikisi cümə günü …": "two of them", then when
            if phrase is not None and self._az_genitive_after_complete(quantity, j):
                break  # "onlardan 7-ni məktəbin həyətində": the school's yard, where
            if phrase is not None and self._az_complete(quantity) and az_instrumental(token.lower):
                break  # "ikisi polislə toqquşmada xəsarət alıb": with whom, not who
            if phrase is not None and self._az_place_after_complete(quantity, j, phrase):
                break  # "7-si xəstəxanadan evə buraxılıb": where from and to, not whom
            if phrase is not None and self._az_relatives_after_complete(quantity, j):
                break  # "onlardan 25-nin ailəsi": the families of 25 of them, who are counted
            if phrase is not None and self._az_dative_after_complete(quantity, j):
                break  # "12-si ailələrinə qaytarılıb": to their families, where to
            if phrase is not None and phrase.value == UNIT and best and best != UNIT:
                quantity.np_last = best_last
                break  # "300 soldiers last year": the counted noun, then when
            if (
                self.language == "az"
                and token.lower == _AZ_CONVICT
                and j + 1 < len(tokens)
                and tokens[j + 1].lower.startswith(_AZ_LIGHT_VERB_STARTS)
            ):
                break  # "3 jurnalist məhkum olunub": sentenced, not convicts
            after = j + (len(phrase.elements) if phrase is not None else 1)
            if self.language == "az" and after < len(tokens) and tokens[after].lower in _AZ_AGENT:
                # "jurnalist polis tərəfindən saxlanılıb", "şəxs polis əməkdaşları tərəfindən
                # döyülüb": by whom, not whom
                break
            if (
                best
                and self.language == "az"
                and j + 1 < len(tokens)
                and tokens[j + 1].lower == "kimi"
            ):
                break  # "6 kişini girov kimi aparıb": as what, not whom
            if best and phrase is not None and self._az_owner_of_another_noun(j):
                break  # "19 girov polis əməliyyatı nəticəsində": the hostages, by a police raid
            if self._az_modifier_of_possessed(phrase, j):
                if not best and token.lower == "nəfər":
                    # "3000 nəfər evlərini tərk edib": the word that counts persons qualifies
                    # no noun; what follows it is their object (their homes), not them.
                    quantity.np_first = quantity.np_last = j
                    best = PERSON
                elif not best and phrase is not None and self._az_families_leaving_home(phrase, j):
                    quantity.np_first = quantity.np_last = j
                    best = FAMILY
                elif not best and self._az_building_in_the_locative(phrase, j, quantity):
                    # "6 məktəb binasında yerləşdirilib": buildings named by two nouns, in the
                    # locative, are where the persons were, as "6 məktəbdə" are.
                    quantity.noun, quantity.non_count = UNIT, "place"
                break  # "dörd nəfər polis şöbəsinə": "police" names the station, not whom
            if best and self._az_object_of_a_converb(phrase, j):
                break  # "5 şəxs vəkil görmədən saxlanılır": without seeing a lawyer, not whom
            if best and self._az_companion_at(phrase, j):
                break  # "5 min şagird ailəsi ilə birlikdə": with whom, not whom
            if phrase is not None and phrase.value == FAMILY and self._az_members_of(j):
                # "3-ü eyni ailənin üzvləridir": members of one family, persons counted
                quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
                quantity.np_last, best = j + 1, PERSON
                break
            if phrase is not None and self._en_thing_before_its_persons(phrase, j):
                # "two hospital staff", "five factory workers": the thing says whose staff
                # they are; the persons after it are counted.
                quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
                j += len(phrase.elements)
                words += len(phrase.elements)
                continue
            if phrase is not None:
                rank = _noun_rank(phrase.value)
                # The head comes last ("kənd sakini", "civilian women"), but a subgroup keeps
                # its place before a generic word ("elderly persons").
                keeps_subgroup = rank == 0 and names_group(best)
                # A group named by what the persons do keeps its place before a word of sex
                # or age ("tələbə qız", student girls, as "women journalists"): the group.
                keeps_group = occupation(best) and sex_or_age(phrase.value)
                if not (keeps_subgroup or keeps_group):
                    best, best_rank = phrase.value, rank
                span = len(phrase.elements)
                quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
                quantity.np_last = best_last = j + span - 1
                if phrase.value == UNIT and words == 0:
                    break
                j += span
                words += span
                if self.language == "az" and tokens[j - 1].lower.endswith(("dən", "dan")):
                    break  # "960 nəfərdən": an ablative closes the phrase
                if self.language == "az" and tokens[j - 1].lower.endswith(_AZ_POSSESSED_ACCUSATIVE):
                    break  # "iki oğlunu əsgərlər": an object in the accusative closes it too
                if self._az_relatives_after(j):
                    break  # "40 nəfərin ailəsi": the families of the persons counted
                if self._az_owned_after_genitive(j - 1):
                    break  # "9 nəfərin meyiti kəndin kənarında": the bodies, then where
                if self._az_remains_past_the_topic(j):
                    j += 1  # "7 nəfərin isə cəsədi": "as for", between whose and the remains
                    continue
                if self.language == "ru" and tokens[j - 1].pos == "NOUN":
                    break  # «жителей села»: what follows the head noun modifies it
                if self._ru_persons_of_a_building(phrase.value, j):
                    break  # «подопечных дома престарелых»: the home is theirs, not counted
                continue
            quantity.np_first = quantity.np_first if quantity.np_first >= 0 else j
            quantity.np_last = j
            j += 1
            words += 1
            if (
                self.language == "ru"
                and token.pos == "NOUN"
                and not best
                and self._ru_place_of_the_head(j)
            ):
                # «двое сотрудников больницы»: a head noun the lexicon lacks, then the
                # building it is of (the hospital's staff, not a hospital), as after a known
                # head; «61 головы скота» still counts the livestock by the head.
                break
            if self.language == "az" and token.lower.endswith(("dən", "dan")):
                break
            if self.language == "az" and token.lower.endswith(_AZ_POSSESSED_ACCUSATIVE):
                break  # "iki əmim oğlunu əsgərlər apardı": the object ends, the subject follows
            if self._az_relatives_after(j):
                break  # "7 işçinin ailələrinə": a noun the lexicon lacks, then their families
        best = self._az_sex_of_jobs_joined(quantity, best)
        if not best and quantity.np_last < 0:
            best = self._noun_after_copula(quantity)
        if best == PERSON and self._others_alone(quantity):
            # "Some 20 others were women": the others are persons; the copula says whom.
            best = self._noun_after_copula(quantity) or best
        if not best:
            best = self._persons_the_acts_befell(quantity)
        if not best and self.language == "az":
            best = self._az_group_before(quantity)
            if not best and self._az_complete(quantity):
                best = self._az_group_of_the_part_before(quantity)  # "…, 5-i isə": the same
            if best:
                # "dördü rezin güllələrdən yaralanıb": the words after the part are not its noun
                quantity.group_of, quantity.np_first, quantity.np_last = True, -1, -1
        if best in {PERSON, ""}:
            best = self._az_status_before(quantity) or best
        if best == PERSON and (
            counted_group := self._az_group_before_the_counter(quantity)
            or self._az_counter_of_the_part_before(quantity)
        ):
            best, quantity.group_of = (
                counted_group,
                True,
            )  # "müəllimlərdən 9 nəfər": of the teachers
        owner = self._az_owner_of_the_remains(quantity, best)
        # Graves are counted as graves, whatever bodies are named before them ("Qalıqlar iki
        # məzarlıqda tapılıb": the remains, found in two graves), and so are pits.
        quantity.bodies = best not in {GRAVE, SITE} and bool(
            owner or self._noun_before(quantity) or self._az_listed_before_remains(quantity)
        )
        best = owner or best
        best = self._age_group(quantity, best)
        if best.startswith("subgroup:") and self._groups_listed_after(quantity):
            best = PERSON  # "240 women, children and elderly persons": a mixed group
        if not best and quantity.zero and self._harm_said_of_none(quantity.last + 1):
            best = PERSON  # "No member of staff was hurt": none of persons, with no label
        if not best and none_of and self._hurt_after(quantity):
            # "None of the rescuers were hurt": a zero of a group whom only persons' harm is
            # said of counts persons, whatever unknown noun names the group ("None of the
            # papers has published …" counts none); the group carries no label.
            best = PERSON
        if best:
            quantity.noun = best
        elif quantity.np_last >= 0 and self.language != "az":
            # An unknown word after the number ("613 Azerbaijanis"): counted persons, unless
            # a verb decides otherwise later; an English agent plural ("3 firefighters")
            # names their group.
            quantity.noun = (
                free_label(self.tokens, quantity.np_first, quantity.np_last)
                if self.language == "en"
                else ""
            )
        if best != UNIT and best_rank < 0 and quantity.np_last >= 0:
            quantity.np_last = quantity.np_last if self._np_plausible(quantity) else -1

    def _az_place_postposition_after(self, j: int) -> bool:
        """Does a postposition of place ("tayında", "yanında", "qarşısında") follow at ``j``,
        a demonstrative before it or not ("körpünün o tayında": beyond the bridge)?"""
        if j < len(self.tokens) and self.tokens[j].lower in _AZ_THAT_SIDE:
            j += 1
        return j < len(self.tokens) and self.tokens[j].lower.startswith(_AZ_PLACE_POSTPOSITIONS)

    def _en_singular_after_none(self, j: int) -> Phrase | None:
        """ "No lawyer was detained", "no priest was hurt": an English group the lexicon knows
        by its plural alone ("a lawyer who represented them" is one person, no group) is
        counted by its singular where "no" counts it, as by its plural where a number does."""
        token = self.tokens[j]
        if self.language != "en" or not token.lower.isalpha() or token.lower.endswith("s"):
            return None
        plural = replace(token, lower=token.lower + "s", key=token.lower + "s")
        phrase = self.lex.noun_set.match([plural], 0)
        if phrase is None or len(phrase.elements) != 1:
            return None
        # Groups of persons only: "no word since" counts no "words", "no time" no "times".
        return phrase if phrase.value.startswith(("label:", "subgroup:")) else None

    def _hurt_after(self, quantity: Quantity) -> bool:
        """Does a passive of harm done to persons follow the English noun phrase ("… were
        hurt", "… was killed", "… had been injured") and its head end as plurals of persons
        do (``agent_plural``)?"""
        tokens, k = self.tokens, quantity.np_last + 1
        if self.language != "en" or quantity.np_last < 0:
            return False
        if not agent_plural(tokens[quantity.np_last]):
            return False
        while k < len(tokens) and tokens[k].lower in _AUXILIARIES_OF_HARM:
            k += 1
        phrase = self.lex.trigger_set.match(tokens, k) if k < len(tokens) else None
        return k > quantity.np_last + 1 and phrase is not None and phrase.value in _HARM

    def _groups_listed_after(self, quantity: Quantity) -> bool:
        """ "some 240 women, children and elderly persons were expelled": groups listed
        after the count's own, by commas and a last "and" or "or", are counted with it; the
        noun phrase takes the list in (English; two groups joined by "and" alone are read as
        they were)."""
        tokens = self.tokens
        k = quantity.np_last + 1
        if self.language != "en" or quantity.np_last < 0 or k >= len(tokens):
            return False
        if tokens[k].text != ",":
            return False
        last = -1
        while k < len(tokens) and tokens[k].text in {",", "and", "or"}:
            joined = tokens[k].text != ","
            k += 1
            if k < len(tokens) and tokens[k].lower in {"and", "or"}:
                joined, k = True, k + 1  # the serial comma: ", and"
            span = self.lex.noun_set.match_span(tokens, k) if k < len(tokens) else None
            if span is None or not span[0].value.startswith("subgroup:"):
                return False
            k += span[1]
            if k < len(tokens) and tokens[k].lower in {"persons", "people"}:
                k += 1  # "elderly persons"
            last = k - 1
            if joined:
                quantity.np_last = last
                return True
        return False

    def _persons_the_acts_befell(self, quantity: Quantity) -> str:
        """ "12 cases of arbitrary detention of displaced men": acts counted as cases, and the
        persons they befell named after the act, are counted by those persons' group."""
        tokens, k = self.tokens, quantity.np_last + 1
        if self.language == "ru" and quantity.np_last >= 0:
            return self._ru_persons_the_acts_befell(quantity.np_last)
        if self.language != "en" or quantity.np_last < 0 or k + 3 >= len(tokens):
            return ""
        if tokens[quantity.np_last].lower not in {"cases", "incidents"} or tokens[k].lower != "of":
            return ""
        act = k + 1
        k = next((i for i in range(act, min(act + 4, len(tokens))) if tokens[i].lower == "of"), 0)
        if not k or not any(self.lex.trigger_set.match(tokens, i) for i in range(act, k)):
            return ""
        k += 1
        if k + 1 < len(tokens) and tokens[k].lower.endswith("ed"):
            k += 1  # "of detained women", "of displaced men"
        phrase = self.lex.noun_set.match(tokens, k) if k < len(tokens) else None
        return phrase.value if phrase is not None and _persons(phrase.value) else ""

    def _ru_persons_the_acts_befell(self, cases: int) -> str:
        """«37 случаев задержания женщин», «12 случаев произвольного задержания журналистов»:
        Russian names the act in the genitive after the cases, and those it befell in the
        genitive after the act, with no preposition between."""
        tokens = self.tokens
        if tokens[cases].key not in RU_CASE_WORDS:
            return ""
        for act in range(cases + 1, min(cases + 3, len(tokens))):
            found = self.lex.trigger_set.match_span(tokens, act)
            if found is None:
                continue
            k = act + found[1]
            phrase = self.lex.noun_set.match(tokens, k) if k < len(tokens) else None
            return phrase.value if phrase is not None and _persons(phrase.value) else ""
        return ""

    def _named_group_at(self, j: int) -> int:
        """ "of the police officers", «из полицейских»: a partitive whose whole is a group
        named by a subgroup or a label, with no number of its own; the words before the
        group's noun (0 if there is none). A possessive may stand between the article and
        the noun: "two of the town's journalists" are of the journalists."""
        tokens = self.tokens
        if self.language == "en" and tokens[j].lower == "of" and j + 1 < len(tokens):
            if tokens[j + 1].lower not in {"the", "those"}:
                return 0
            k = j + 2
            if k + 1 < len(tokens) and tokens[k].lower.endswith(("'s", "’s")):
                k += 1
                if k + 1 < len(tokens) and tokens[k].lower == "own":
                    k += 1  # "three of the league's own observers"
        elif self.language == "ru" and tokens[j].lower == "из":
            k = j + 1
        else:
            return 0
        phrase = self.lex.noun_set.match(tokens, k) if k < len(tokens) else None
        return k - j if phrase is not None and names_group(phrase.value) else 0

    def _time_adverbial(self, j: int) -> bool:
        """ "last week", "this year", "every day", "həmin gün", «годом ранее»: a time adverbial
        ("onun iki oğlu həmin gün öldürüldü": his two sons, that day)."""
        tokens = self.tokens
        if j + 1 >= len(tokens):
            return False
        if self.language == "ru" and tokens[j + 1].lower in _RU_TIME_COMPARATIVES:
            # «против 45 100 месяцем ранее»: the number's period, no month counted
            unit = self.lex.noun_set.match(tokens, j)
            return unit is not None and unit.value == UNIT
        if tokens[j].lower not in _TIME_DETERMINERS.get(self.language, frozenset()):
            return False
        phrase = self.lex.noun_set.match(tokens, j + 1)
        return phrase is not None and phrase.value == UNIT

    def _attribute(self, quantity: Quantity, j: int) -> int:
        """ "12 abducted aid workers", «5 раненых детей», "12 həlak olmuş uşaq": a participle
        between the number and a counted noun describes the persons; the verb of the sentence
        may say more of them. The number of its tokens, or 0."""
        tokens = self.tokens
        if quantity.attribute or j + 1 >= len(tokens):
            return 0
        if self._captive_adjective(j):
            quantity.attribute, quantity.np_first = "captured", j
            return 1
        opening = j
        if tokens[j].lower in _DEGREES_OF_HARM.get(self.language, ()):
            j += 1  # "10 seriously wounded soldiers", "10 ağır yaralı hərbçi": how badly
        matched = self.lex.trigger_set.match_span(tokens, j)
        if matched is None or matched[1] > (2 if self.language == "az" else 1):
            return 0
        span = matched[1]
        if self.language == "en" and matched[0].value in _THINGS_DONE_IN_ANY_FORM_EN:
            span += self._hyphened_to_a_word(j)  # "83 burnt-out houses"
        last = tokens[j + span - 1]
        if self.language == "en" and not (
            last.lower.endswith("ed")
            or matched[0].value in _THINGS_DONE_IN_ANY_FORM_EN
            or last.lower in _FATE_ADJECTIVES_EN
        ):
            return 0  # "-ed" tells a participle from a verb; of ruin, "burnt" is one too
        if self.language == "ru" and last.pos not in {"PRTF", "ADJF"}:
            return 0
        if self.language == "az" and not (
            last.lower.endswith(_AZ_PARTICIPLES) or last.lower in _FATE_ADJECTIVES_AZ
        ):
            return 0
        noun = self.lex.noun_set.match(tokens, j + span) if j + span < len(tokens) else None
        if noun is None or noun.value == UNIT:
            return 0
        if self.language != "en" and not (_persons(noun.value) or noun.value == BODY):
            # «убитых горем» and the like: only persons, and their bodies («из 40 найденных
            # тел»), are described so here.
            return 0
        if opening < j and matched[0].value != "injured":
            return 0  # a degree says how badly persons were hurt, of no other act
        quantity.attribute = matched[0].value
        quantity.np_first = opening
        return span + j - opening

    def _captive_adjective(self, j: int) -> bool:
        """«1 100 пленных военнослужащих», «40 плененных жителей»: the adjective of captivity
        before a noun of persons names them held in captivity, as «военнопленных» does."""
        if self.language != "ru" or not self.tokens[j].lower.startswith(_CAPTIVE_RU):
            return False
        noun = self.lex.noun_set.match(self.tokens, j + 1)
        return noun is not None and names_group(noun.value)

    def _hyphened_to_a_word(self, j: int) -> int:
        """Tokens a word at ``j`` joined by a hyphen to the next word ("burnt-out") adds to
        it: 2, or 0 where no such word follows."""
        return 2 if hyphened_to_a_word(self.tokens, j) else 0

    def _noun_before(self, quantity: Quantity) -> str:
        """ "the bodies of 57 people", «тела 57 человек»: what was counted are bodies; so
        when more are added to those found before ("the bodies of another 12", «тела ещё 12»),
        and for each count of a list the noun stands before ("the bodies of 23 men and 4
        women", «тела 23 мужчин и 4 женщин»)."""
        return self._body_noun_before(quantity.first)

    def _body_noun_before(self, first: int, listed: int = 0) -> str:
        k = first - 1
        if k > 0 and self._remains_belong_to(k):
            return BODY
        if listed < 3 and k > 0 and self.tokens[k].lower in _LIST_JOINS:
            # The count before the joining word, a few words back, was of bodies.
            for before in range(k - 1, max(-1, k - 4), -1):
                noun = self.lex.noun_set.match_span(self.tokens, before + 1)
                if (
                    self.tokens[before].kind == "num"
                    # … its noun, and nothing else, up to the joining word
                    and noun is not None
                    and before + noun[1] == k - 1
                ):
                    return self._body_noun_before(before, listed + 1)
            return ""
        while k >= 0 and first - k <= 2 and self.tokens[k].lower in _MORE_BEFORE:
            k -= 1
        if k >= 0 and self.tokens[k].lower in {"of", "the"}:
            k -= 1
        for start in range(max(0, k - 2), k + 1):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if (
                phrase is not None
                and phrase.value == BODY
                and start + len(phrase.elements) - 1 == k
            ):
                return BODY
        return ""

    def _remains_belong_to(self, k: int) -> bool:
        """ "The remains exhumed so far belong to 52 individuals", «останки принадлежат 52
        лицам»: the count the verb of belonging gives the remains before it counts bodies."""
        if self.tokens[k].lower == "to":
            k -= 1
        if self.tokens[k].lower not in _BELONG:
            return False
        return any(
            (phrase := self.lex.noun_set.match(self.tokens, j)) is not None and phrase.value == BODY
            for j in range(max(0, k - _BELONG_REACH), k)
        )

    def _np_plausible(self, quantity: Quantity) -> bool:
        return quantity.np_last - quantity.np_first < 3

    def _remains_as_a_verb(self, j: int) -> bool:
        """Is the English "remains" at ``j`` the verb, before what is still so ("remains
        unknown", "remains unaccounted for"), not the noun of bodies?"""
        tokens = self.tokens
        return (
            self.language == "en"
            and tokens[j].lower == "remains"
            and j + 1 < len(tokens)
            and tokens[j + 1].lower in _STILL_SO_EN
        )

    def _ends_noun_phrase(self, j: int) -> bool:
        token = self.tokens[j]
        lex = self.lex
        if token.lower in lex.stop_words or token.key in lex.stop_words:
            return True
        if lex.trigger_set.match(self.tokens, j) is not None:
            return True
        if lex.nest_after_set.match(self.tokens, j) is not None:
            return True
        if lex.zero_set.match(self.tokens, j) is not None:
            return True  # "12 girovun heç biri": a word of none opens a count of its own
        if lex.reporting_set.match(self.tokens, j) is not None:
            return True  # "11 rəqəmini səsləndirir": a verb of saying is no counted noun
        if read_number(self.tokens, j, self.language) is not None:
            return True
        if self.language == "ru" and token.pos and token.pos not in {"ADJF", "NOUN", "PRTF"}:
            return True
        if (
            self.language == "az"
            and _AZ_VERBAL.search(token.lower)
            and token.lower not in _AZ_ADJECTIVES_LIKE_VERBS
        ):
            return True
        if self._adverb_before_an_act(j):
            return True
        if self.language != "en" or not token.lower.endswith("ed") or len(token.lower) <= 4:
            return False
        return not self._adjective_before_its_noun(j)

    def _adverb_before_an_act(self, j: int) -> bool:
        """ "214 houses were damaged and 37 partly destroyed": an English word in -ly (no
        noun the lexicon knows) right before an act is its adverb, not the counted noun; the
        count stays bare and takes the noun of the count before it."""
        tokens = self.tokens
        word = tokens[j].lower
        if self.language != "en" or not word.endswith("ly") or len(word) <= 4:
            return False
        return j + 1 < len(tokens) and self.lex.trigger_set.match(tokens, j + 1) is not None

    def _ru_place_of_the_head(self, j: int) -> bool:
        """Is the Russian word at ``j`` a building or place the lexicon knows («больницы»)?"""
        phrase = self.lex.noun_set.match(self.tokens, j)
        return phrase is not None and phrase.value.startswith("property:")

    def _en_thing_before_its_persons(self, phrase: Phrase, j: int) -> bool:
        """Is the English thing at ``j`` ("hospital", "factory") followed by persons the
        lexicon lacks who work there ("staff", "workers", "employees")?"""
        if self.language != "en" or not phrase.value.startswith("property:"):
            return False
        k = j + len(phrase.elements)
        if k >= len(self.tokens) or self.lex.noun_set.match(self.tokens, k) is not None:
            return False
        return self.tokens[k].lower in _STAFF or agent_plural(self.tokens[k])

    def _ru_persons_of_a_building(self, value: str, j: int) -> bool:
        """Does a Russian adjective used as a noun of persons («подопечных», «пожилых») end
        at ``j``, a building after it that holds them («дома престарелых», «интерната»)?
        The building is where they live; the persons stay counted."""
        if self.language != "ru" or not (value == PERSON or names_group(value)):
            return False
        if j >= len(self.tokens) or self.tokens[j - 1].pos != "ADJF":
            return False
        after = self.lex.noun_set.match(self.tokens, j)
        return after is not None and after.value.startswith("property:")

    def _adjective_before_its_noun(self, j: int) -> bool:
        """ "three unarmed servicemen", "two disabled children": an English adjective in -ed
        that is no verb describes the noun after it, which names the group counted."""
        tokens = self.tokens
        if tokens[j].lower not in EN_ADJECTIVES_IN_ED or j + 1 >= len(tokens):
            return False
        return self.lex.noun_set.match(tokens, j + 1) is not None
