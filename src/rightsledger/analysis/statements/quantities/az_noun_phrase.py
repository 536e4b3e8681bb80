"""The Azerbaijani side of the counted noun (``counted_noun``): what the case endings and the
words after an Azerbaijani number say of the noun phrase it counts — an owner of another noun
("polis əməliyyatı"), the persons' relatives ("40 nəfərin ailəsi"), a participle of the whole
in the ablative ("20 saxlanılandan"), families leaving their homes, ages and occupations
before the noun."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.az_attributes import AZ_COPULA
from rightsledger.analysis.statements.lexicon import BODY, FAMILY, Phrase, names_group
from rightsledger.analysis.statements.model import CATEGORIES
from rightsledger.analysis.statements.numerals import az_numeral_stem
from rightsledger.analysis.statements.quantities.az_cases import (
    AZ_POSSESSED,
    AZ_RELATIVES,
    az_instrumental,
    az_locative,
)
from rightsledger.analysis.statements.quantities.predicate_noun import PredicateNoun
from rightsledger.analysis.statements.quantities.quantity import Quantity

# "hər biri", each one of them.
_AZ_EACH = frozenset({"hər"})
# The suffix that makes an adjective of an age: "13 yaşlı məktəbli" (a 13-year-old pupil).
# Younger or older than an age: "beş yaşdan kiçik", "65 yaşdan yuxarı".
_AZ_THAN_AN_AGE = frozenset({"kiçik", "aşağı", "yuxarı", "böyük"})
_AZ_AGED = "yaşlı"
# The dashes between the ends of a range of ages ("12-15 yaşlı", "12–15 yaş arası").
_AZ_AGE_DASHES = frozenset({"-", "–", "—"})
# A participle in the ablative, singular or plural: "saxlanılandan", "öldürülənlərdən".
_AZ_PARTICIPLE_ABLATIVE = re.compile(r"(?:an|ən)(?:lar|lər)?(?:dan|dən)$")
# Leaving or losing one's home: "evlərini tərk edib", "evlərini itirib".
_AZ_LEAVING_OR_LOSING = ("tərk", "itir")
# The participle of a relative clause with its subject's possessive ending ("olduğu",
# "saxlanıldığı", "yaşadıqları"): a verb, though it ends as a possessed noun does.
_AZ_RELATIVE_PARTICIPLE = re.compile(r"[dt](?:ığ[ıi]|iy[ıi]|uğ[uü]|üy[uü]|[ıiuü][qk]l[aə]r[ıi])$")
_AZ_GENITIVE_END = re.compile(r"(?:[ıiuü]n|n[ıiuü]n)$")
# Labels of sex or age, like the subgroups ("girls", "boys"); other labels name what persons do
# or are ("journalists", "students").
_SEX_OR_AGE_LABELS = frozenset({"label:girls", "label:boys"})
# Adverbs of time that may open a predicate ("hələ də məcburi köçkündür", still displaced),
# and the particle "də"/"da" that may follow them.
_AZ_ADVERBS_OF_TIME = frozenset({"hələ", "hazırda", "indi"})
_AZ_ALSO = frozenset({"də", "da"})
# Postpositions that close an aside of the grounds for what is said: "geyimə görə" (by their
# clothes), "məlumata əsasən" (according to the information).
_AZ_GROUNDS = frozenset({"görə", "əsasən"})
# How many words such an aside may run to.
_AZ_ASIDE_WORDS = 6


def sex_or_age(value: str) -> bool:
    """Does the noun's value name persons by sex or age ("women", "children", "girls")?"""
    return value.startswith("subgroup:") or value in _SEX_OR_AGE_LABELS


def occupation(value: str) -> bool:
    """Does the noun's value name persons by what they do or are ("journalists")?"""
    return value.startswith("label:") and value not in _SEX_OR_AGE_LABELS


class AzerbaijaniNounPhrase(PredicateNoun):
    """What an Azerbaijani count's neighbouring words say of its noun phrase."""

    masked: set[int]

    def _az_sex_of_jobs_joined(self, quantity: Quantity, best: str) -> str:
        """ "43 qadın jurnalist və hüquq müdafiəçisi": a word of sex or age before groups
        named by what they do, joined by "və", says of them all: it is what they share, the
        group counted. One job alone ("43 qadın jurnalist") keeps its job."""
        if self.language != "az" or not occupation(best) or quantity.np_first < 0:
            return best
        first = self.lex.noun_set.match(self.tokens, quantity.np_first)
        j = quantity.np_last + 1
        if first is None or not sex_or_age(first.value) or j + 1 >= len(self.tokens):
            return best
        if self.tokens[j].lower != "və":
            return best
        joined = self.lex.noun_set.match(self.tokens, j + 1)
        return first.value if joined is not None and occupation(joined.value) else best

    def _az_relatives_after(self, j: int) -> bool:
        """ "itkin düşən 40 nəfərin ailəsi (qohumları, yaxınları)": persons in the genitive
        before their relatives are the ones counted; the relatives only speak for them."""
        if self.language != "az" or j >= len(self.tokens) or j == 0:
            return False
        if not _AZ_GENITIVE_END.search(self.tokens[j - 1].lower):
            return False
        return self.tokens[j].lower.startswith(AZ_RELATIVES)

    def _az_owner_of_another_noun(self, j: int) -> bool:
        """After the counted noun, an Azerbaijani noun before a possessed noun the lexicon
        does not know ("polis əməliyyatı", a police operation) opens a phrase of its own
        (izafet): it does not name the persons counted."""
        tokens = self.tokens
        if self.language != "az" or j + 1 >= len(tokens) or tokens[j + 1].kind != "word":
            return False
        owner = self.lex.noun_set.match(tokens, j)
        if owner is None or len(owner.elements) != 1:
            return False
        if self.lex.noun_set.match(tokens, j + 1) or self.lex.trigger_set.match(tokens, j + 1):
            return False
        if self._az_owned_after_genitive(j):
            return False  # "25 nəfərin meyiti qarşı tərəfə": owned itself, it owns no noun
        if _AZ_RELATIVE_PARTICIPLE.search(tokens[j + 1].lower):
            # "40 nəfərin qalıqlarının olduğu məzarlıq": the genitive is the subject of a
            # relative clause (the grave where the remains are), whose participle ends as a
            # possessed noun does; the noun is still what is counted.
            return False
        return AZ_POSSESSED.search(tokens[j + 1].lower) is not None

    def _az_participle_of_the_whole(self, j: int) -> tuple[str, int] | None:
        """ "20 saxlanılandan 6-sı", "40 həbs edilənlərdən 12-si": a participle of an act in
        the ablative right after the number names the persons the act befell, the whole a
        part is taken from ("64 yaralıdan", by a noun of fate, is the same). Returns the
        act's category and the participle's last token."""
        if self.language != "az":
            return None
        act = self.lex.trigger_set.match(self.tokens, j)
        if act is None or act.value not in CATEGORIES:
            return None
        last = j + len(act.elements) - 1
        return (
            (act.value, last) if _AZ_PARTICIPLE_ABLATIVE.search(self.tokens[last].lower) else None
        )

    def _az_families_leaving_home(self, phrase: Phrase, j: int) -> bool:
        """ "4 500 ailə evlərini tərk edib", "300 ailə evlərini itirib": families, then their
        homes as the object of leaving or losing them, not "family homes" (izafet), which
        the verb of leaving or losing rules out."""
        tokens = self.tokens
        if phrase.value != FAMILY or j + 2 >= len(tokens):
            return False
        home = self.lex.noun_set.match(tokens, j + 1)
        return (
            home is not None
            and home.value.startswith("property:")
            and tokens[j + 1].lower.endswith(("nı", "ni", "nu", "nü"))
            and tokens[j + 2].lower.startswith(_AZ_LEAVING_OR_LOSING)
        )

    def _az_concerning(self, j: int) -> bool:
        """Do the words from ``j`` end in the instrumental before "bağlı" (related to: "45-i
        saxlanılan şəxslərlə bağlı olub", 45 of them concerned detainees)? They say what the
        counted concern, not who the counted are."""
        for k in range(j, min(j + 3, len(self.tokens) - 1)):
            if self.tokens[k].kind != "word":
                return False
            if self.tokens[k + 1].lower == "bağlı" and az_instrumental(self.tokens[k].lower):
                return True
        return False

    def _az_members_of(self, j: int) -> bool:
        """A noun in the genitive before "üzvü", "üzvləri" (its members): "eyni ailənin
        üzvləridir" counts the members, not the families."""
        tokens = self.tokens
        return (
            self.language == "az"
            and j + 1 < len(tokens)
            and tokens[j].lower.endswith(("nin", "nın", "in", "ın"))
            and tokens[j + 1].lower.startswith("üzv")
        )

    def _az_each_of_them(self, j: int) -> bool:
        """ "hər biri" (each one) after a count of persons in the genitive says the verb of
        every one of them, as "hamısı" (all of them) does."""
        tokens = self.tokens
        return (
            self.language == "az"
            and j + 1 < len(tokens)
            and tokens[j].lower in _AZ_EACH
            and tokens[j + 1].lower == "biri"
        )

    def _az_age_adjective(self, j: int) -> int:
        """ "13 yaşlı" (13-year-old), "12-15 yaşlı", "12–15 yaş arası" (aged 12 to 15): an
        Azerbaijani age made an adjective, which stands before the noun it describes, inside
        the counted noun phrase; how many tokens it takes, or 0."""
        tokens = self.tokens
        if self.language != "az":
            return 0
        if (
            j + 3 < len(tokens)
            and tokens[j + 1].lower == "yaşdan"
            and tokens[j + 2].lower in _AZ_THAN_AN_AGE
            and (group := self.lex.noun_set.match(tokens, j + 3)) is not None
            and names_group(group.value)
        ):
            # "beş yaşdan kiçik uşaqlar": than an age, before the group it narrows (before
            # persons at large, "65 yaşdan yuxarı şəxslər", the age names the group itself)
            return 3
        if tokens[j].kind != "num":
            return 0
        k = j + 1
        if k + 1 < len(tokens) and tokens[k].text in _AZ_AGE_DASHES and tokens[k + 1].kind == "num":
            k += 2  # the upper end of a range of ages
        if k + 1 < len(tokens) and tokens[k].lower == "yaş" and tokens[k + 1].lower == "arası":
            k += 1  # "yaş arası": between the ages
        elif k >= len(tokens) or tokens[k].lower != _AZ_AGED:
            return 0
        return k + 1 - j if k + 1 < len(tokens) and tokens[k + 1].kind == "word" else 0

    def _az_doing_before_the_group(self, quantity: Quantity, j: int) -> int:
        """ "Yaralananların üçü qoyun otaran uşaqlardır": an Azerbaijani part's predicate may
        name its group after a participle clause of what they were doing (no act of ours);
        the index of that group word, or ``j``."""
        tokens, lex = self.tokens, self.lex
        if not self._az_complete(quantity):
            return j
        for m in range(j, min(j + 3, len(tokens) - 1)):
            if tokens[m].kind != "word" or m in self.masked:
                return j
            if lex.trigger_set.match(tokens, m) is not None:
                return j
            if not tokens[m].lower.endswith(("an", "ən")):
                continue
            group = lex.noun_set.match(tokens, m + 1)
            if group is None or not names_group(group.value):
                return j
            said = AZ_COPULA.search(tokens[m + len(group.elements)].lower)
            return m + 1 if said else j
        return j

    def _az_past_time_before_a_fate_noun(self, j: int) -> int:
        """ "900 nəfər hələ də məcburi köçkündür": an adverb of time between the persons and
        a predicate noun of a fate with its copula (still displaced) says when, and the noun
        is still what they are; the index of that noun, or ``j``. Not before a verb ("hələ də
        saxlanılır"), where the adverb ends the phrase, nor a noun with no copula."""
        tokens = self.tokens
        if self.language != "az" or tokens[j].lower not in _AZ_ADVERBS_OF_TIME:
            return j
        k = j + 1
        if k < len(tokens) and tokens[k].lower in _AZ_ALSO:
            k += 1
        phrase = self.lex.noun_set.match(tokens, k) if k < len(tokens) else None
        if phrase is None or not phrase.value.startswith("implied:"):
            return j
        last = tokens[k + len(phrase.elements) - 1].lower
        return k if AZ_COPULA.search(last) else j

    def _az_past_an_aside_of_grounds(self, quantity: Quantity, j: int) -> int:
        """ "Qalıqlardan azı 15-i, geyim və şəxsi nişanlara görə, hərbi qulluqçulara
        məxsusdur": an aside between commas that gives the grounds ("… görə", "… əsasən")
        stands between a part and what it is; the index past its closing comma, or ``j``."""
        tokens = self.tokens
        if self.language != "az" or tokens[j].text != "," or not self._az_complete(quantity):
            return j
        for k in range(j + 2, min(j + 2 + _AZ_ASIDE_WORDS, len(tokens) - 1)):
            if tokens[k].text == ",":
                return k + 1 if tokens[k - 1].lower in _AZ_GROUNDS else j
            if tokens[k].kind != "word":
                return j
        return j

    def _az_building_in_the_locative(
        self, phrase: Phrase | None, j: int, quantity: Quantity
    ) -> bool:
        """Is the noun at ``j`` a building that qualifies another in the locative ("məktəb
        binasında")?"""
        if phrase is None or not phrase.value.startswith("property:") or j + 1 >= len(self.tokens):
            return False
        owned = self.lex.noun_set.match(self.tokens, j + 1)
        return (
            owned is not None
            and owned.value.startswith("property:")
            and az_locative(self.tokens[j + 1], self.language)
            and not self._az_complete(quantity)
        )

    def _az_owned_after_genitive(self, k: int) -> bool:
        """Is the word at ``k`` owned by the genitive before it ("nəfərin meyiti", "nəfərin
        sümükləri")? Such a pair is a whole noun phrase."""
        if self.language != "az" or k < 1:
            return False
        return self._az_owned_after_genitive_at(k - 1, k)

    def _az_owned_after_genitive_at(self, owner_at: int, owned_at: int) -> bool:
        owner, owned = self.tokens[owner_at].lower, self.tokens[owned_at].lower
        if az_numeral_stem(owner) == owner:
            return False  # "180 min nəfəri uşaqdır": "min" (thousand) ends so, no genitive
        return bool(_AZ_GENITIVE_END.search(owner)) and bool(AZ_POSSESSED.search(owned))

    def _az_remains_past_the_topic(self, j: int) -> bool:
        """Does "isə" (as for) at ``j`` stand between a genitive and the remains it owns ("7
        nəfərin isə cəsədi tapılıb": as for seven, their bodies were found)? The particle
        follows the topic wherever it ends, inside the noun phrase too; the pair is still
        one phrase, the remains of the persons counted."""
        tokens = self.tokens
        if self.language != "az" or j < 1 or j + 1 >= len(tokens) or tokens[j].lower != "isə":
            return False
        if not self._az_owned_after_genitive_at(j - 1, j + 1):
            return False
        remains = self.lex.noun_set.match(tokens, j + 1)
        return remains is not None and remains.value == BODY
