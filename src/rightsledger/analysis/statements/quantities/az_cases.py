"""Azerbaijani case endings around a count: a count complete with its ending ("ikisi",
"106-sı"), places in the locative ("üç idman zalında"), a group named in the ablative before its
part ("jurnalistlərdən ikisi"), and a noun that only qualifies a possessed one ("polis
şöbəsinə")."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.lexicon import BODY, UNIT, Lexicon, Phrase, names_group
from rightsledger.analysis.statements.numerals import az_numeral_stem, number_words
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

_AZ_CASE_WORDS = ("hal", "hadisə", "fakt", "epizod")
# Relatives named after the persons counted: "40 nəfərin ailəsi", "cəsəd qohumlarına".
AZ_RELATIVES = ("ailə", "qohum", "yaxınlar", "valideyn", "övlad", "həyat yoldaş")

# Qualifiers after a number, with no ending of their own ("600-dən çox", "600-ə yaxın"; but
# "600-ə yaxını", about 600 of them, is a part).
_AZ_BARE_QUALIFIERS = frozenset({"çox", "artıq", "yaxın", "qədər"})

# Postpositions built on a noun in the locative ("üzərində" on, "arasında" among).
_AZ_POSTPOSITIONS = (
    "üzərin", "üstün", "altın", "içərisin", "için", "arasın", "yanın", "qarşısın", "önün",
    "arxasın", "ətrafın", "barəsin", "haqqın", "daxilin", "xaricin", "sırasın",
)  # fmt: skip

# The third-person possessive (-sı, -si, -su, -sü) followed by a case ending: dative,
# locative, ablative, accusative ("şöbəsinə", "binasında", "məntəqəsindən", "idarəsini").
# The negative converb, "without doing" ("görmədən", "almadan", "görüşmədən").
_AZ_WITHOUT_DOING = ("madan", "mədən")
_AZ_GENITIVE = re.compile(r"(?:[ıiuü]n|n[ıiuü]n)$")


def az_in_the_genitive(word: str) -> bool:
    """ "9 000-nin", "beşinin", "üzvlərinin": a word that owns the noun after it."""
    return _AZ_GENITIVE.search(word) is not None


# A possessed noun in the nominative: "meyiti", "ailəsi", "sümükləri".
AZ_POSSESSED = re.compile(r"(?:s?[ıiuü]|l[aə]r[ıi])$")

# Singular after a vowel ("şöbəsinə", "binasında") or plural ("şöbələrində", "binalarına");
# after a consonant, the locative only ("polis nəzarətində", in police custody; "məktəb
# həyətində"): persons are counted in the dative or ablative ("5 polis əməkdaşına"), hardly
# ever in the locative.
_AZ_POSSESSED_WITH_CASE = re.compile(
    r"(?:(?:s[ıiuü]|l[aə]r[ıi])n(?:[aə]|[ıiuü]|d[aə]n?)|[^aıoueəiöü\W\d][ıiuü]nd[aə])$"
)

# An adverb of manner built with -casına/-cəsinə ("vəhşicəsinə", savagely; "amansızcasına",
# mercilessly): it ends as a possessed noun in the dative does, but owns nothing.
_AZ_MANNER_ADVERB = re.compile(r"c[aə]s[ıi]n[aə]$")

# The verbal noun of "ol-" (to be) with its possessive and a case ending ("9-nun azyaşlı
# olmasından", of nine being minors), or its participle ("ikisinin qadın olduğunu", that two
# were women): the word before it is what the persons are, not a qualifier of a thing they own.
_AZ_BEING = ("olmasın", "olmaların", "olduğ", "olduq")

# The ablative and the dative of a noun ("xəstəxanadan", "evə", "xəstəxanaya"); after a
# count with its possessive ending no nominative ends so ("7-si xəstəxanadır" has a copula).
_AZ_FROM_OR_TO = ("dan", "dən", "a", "ə")

# The dative of a plural noun in the possessive: "ailələrinə", "evlərinə", "yaxınlarına".
_AZ_DATIVE_OF_OWNED = re.compile(r"l[aə]r[ıi]n[aə]$")

# A noun in the possessive with a case ending, after a consonant or a vowel ("həyətində",
# "mərkəzinə", "qarşısında", "zalını"): the owned noun of an izafet whose owner is in the
# genitive.
_AZ_OWNED = re.compile(r"(?:s?[ıiuü]|l[aə]r[ıi])n(?:[aə]|[ıiuü]|d[aə]n?)$")


# "məcburi köçkün statusu olan 634 min şəxs": persons who hold the status a noun names (the
# participle of having, getting or being given it, or "-lu" with it).
_AZ_STATUS = "statusu"
_AZ_HOLDING = frozenset({"olan", "almış", "alan", "verilmiş", "verilən"})
_AZ_WITH_STATUS = ("statuslu",)


# "nəfər" (person, the counter) owned by a whole in the genitive before the count, with or
# without a case after it: "köçkünlərin 3 100 nəfəri" (3,100 of the displaced), "nəfərinin",
# "nəfərini". Not the bare counter, nor "nəfərlik" (for so many persons).
_AZ_COUNTER = "nəfər"
# How far back a part's sentence may hold the part before it, and what ends the search.
_AZ_PART_BEFORE_REACH = 16
_AZ_OUTSIDE_THE_SENTENCE = frozenset({".", "!", "?", ";", ":", "\n"})
_AZ_OWNED_COUNTER = re.compile(r"^nəfəri(?:n|nin|ni|nə|ndə|ndən)?$")


def az_size_of_a_family(tokens: list[Token], counter: int) -> bool:
    """ "beş nəfərlik ailə" (a family of five): what befalls the family befalls its members,
    so its size counts persons, as "nəfərdən ibarət ailə" does; "450 nəfərlik təcridxana"
    is a capacity."""
    if counter < 0 or counter + 1 >= len(tokens) or tokens[counter].lower != "nəfərlik":
        return False
    return tokens[counter + 1].lower.startswith("ailə")


def az_persons_owned_by_the_genitive(tokens: list[Token], quantity: Quantity) -> bool:
    """Is the count's noun the counter "nəfər" in the possessive ("Köçkünlərin 3 100
    nəfəri")? After a whole in the genitive it takes that many of the whole, as "3 100-ü"
    does; "nəfəri" after anything else may be the accusative ("150 nəfəri saxlayıb")."""
    j = quantity.last + 1
    return j < len(tokens) and _AZ_OWNED_COUNTER.match(tokens[j].lower) is not None


def az_locative(token: Token, language: str) -> bool:
    return language == "az" and token.lower.endswith(("da", "də", "ta", "tə"))


def az_ablative(token: Token, language: str) -> bool:
    return language == "az" and token.lower.endswith(("dan", "dən"))


def az_whole_by_its_fate(token: Token, noun: Phrase | None, language: str) -> bool:
    """ "64 yaralıdan 20-si ölüb": a noun that names persons by their fate ("yaralı", the
    wounded) in the ablative after a number counts the whole a part is taken from, as
    "30 girovdan" does; the fate is the noun's, not the clause's act."""
    return noun is not None and noun.value.startswith("implied:") and az_ablative(token, language)


# The instrumental, written on ("polislə", "şəxslərlə"; "-yla/-ylə" after a vowel): with
# whom. Not a noun that only ends so after a vowel ("ailə", "qala").
_AZ_INSTRUMENTAL = re.compile(r"(?:[^aıoueəiöü\W\d]l[aə]|yl[aə])$")


def az_instrumental(word: str) -> bool:
    return _AZ_INSTRUMENTAL.search(word) is not None


def az_dative(word: str) -> bool:
    """ "rayona", "yanına", "Gəncəbasara", "kəndə": the dative, where someone went (after a
    vowel "-ya/-yə", after a possessive "-na/-nə"; every form ends in "-a" or "-ə"). Some
    nouns end so in the nominative too ("ailə"): a caller asks for a second sign."""
    return len(word) > 3 and word.endswith(("a", "ə"))


def az_plural_dative(token: Token, language: str) -> bool:
    return language == "az" and token.lower.endswith(("lara", "lərə", "larına", "lərinə"))


class AzerbaijaniCases:
    """What the case ending of an Azerbaijani count or of the words beside it says."""

    tokens: list[Token]
    lex: Lexicon
    language: str

    def _az_counted_place(self, j: int) -> bool:
        """Is the unknown noun at ``j`` (or the one after it, the head of "idman zalında")
        in the Azerbaijani locative, ending the count's noun phrase?"""
        if self.language != "az":
            return False
        for k in (j, j + 1):
            if k >= len(self.tokens) or self.tokens[k].kind != "word":
                return False
            token = self.tokens[k]
            if k > j and self.lex.noun_set.match(self.tokens, k) is not None:
                return False
            if token.lower.startswith(_AZ_CASE_WORDS):
                return False  # "25 halda": in 25 cases, a count of cases
            if token.lower.startswith(_AZ_POSTPOSITIONS):
                return False  # "üçünün üzərində": a postposition after a genitive, no place
            if len(token.lower) >= 5 and az_locative(token, self.language):
                return True
        return False

    def _az_modifier_of_possessed(self, phrase: Phrase | None, j: int) -> bool:
        """An Azerbaijani noun before a noun in the possessive with a case ending ("polis
        şöbəsinə", "məktəb binasında") only qualifies it (izafet): it is not the counted
        noun."""
        if self.language != "az" or phrase is None or len(phrase.elements) != 1:
            return False
        if phrase.value == UNIT:
            return False  # "3 dəfə yerlərini dəyişdilər": a measure, what it counts is no one
        if j + 1 >= len(self.tokens) or self.tokens[j + 1].kind != "word":
            return False
        if az_in_the_genitive(self.tokens[j].lower):
            return False  # "64 nəfərin qalıqlarından": the persons whose remains, counted
        possessed = self.tokens[j + 1].lower
        if self._az_owned_by_the_genitive(j):
            return False  # "4 nəfərin nəşi ailələrinə": the remains, given to the families
        if _AZ_MANNER_ADVERB.search(possessed):
            return False  # "11 uşaq vəhşicəsinə öldürülüb": how they were killed, not whose
        if possessed.startswith(_AZ_BEING):
            return False  # "9-nun isə azyaşlı olmasından": that nine were minors
        if possessed.startswith(AZ_RELATIVES) and possessed.endswith(("na", "nə")):
            # "67 cəsəd qohumlarına təhvil verilib": given to their relatives; the bodies are
            # what is counted.
            return False
        return _AZ_POSSESSED_WITH_CASE.search(possessed) is not None

    def _az_owned_by_the_genitive(self, j: int) -> bool:
        """Is the noun at ``j`` owned by a genitive before it ("nəfərin nəşi")? An owned noun
        heads its own phrase; it never only qualifies the next one."""
        if j < 1 or not AZ_POSSESSED.search(self.tokens[j].lower):
            return False
        owner = self.tokens[j - 1].lower
        return az_numeral_stem(owner) != owner and az_in_the_genitive(owner)

    def _az_owner_of_the_remains(self, quantity: Quantity, noun: str) -> str:
        """The group whose remains were counted ("12 şəhid hərbçinin nəşi", the bodies of 12
        fallen servicemen): the owner in the genitive before the remains, '' for persons at
        large ("5 nəfərin nəşi") or anything else."""
        if self.language != "az" or noun != BODY or quantity.np_last < 1:
            return ""
        if not self._az_owned_by_the_genitive(quantity.np_last):
            return ""
        if quantity.np_last - 1 == quantity.last:
            # "Kişilərdən üçünün meyitini tapdılar": the number owns the remains, and the
            # group it is taken from, in the ablative before it, is whose they are.
            return self._az_group_before(quantity)
        return self._az_group_ending_at(quantity.np_last - 1)

    def _az_listed_before_remains(self, quantity: Quantity) -> bool:
        """ "23 kişinin və 4 qadının cəsədi": the first owner of a list is owner of the remains
        named after the last one too."""
        k = quantity.np_last
        tokens = self.tokens
        if self.language != "az" or k < 0 or not az_in_the_genitive(tokens[k].lower):
            return False
        if k + 4 >= len(tokens) or tokens[k + 1].lower not in {"və", ","}:
            return False
        if tokens[k + 2].kind != "num" or not az_in_the_genitive(tokens[k + 3].lower):
            return False
        remains = self.lex.noun_set.match(tokens, k + 4)
        return remains is not None and remains.value == BODY

    def _az_group_ending_at(self, k: int) -> str:
        """The group named by the words that end at ``k``, of one word or two ("hərbçinin",
        "hərbi qulluqçunun": of the servicemen), or ''."""
        for start in range(max(0, k - 1), k + 1):
            found = self.lex.noun_set.match_span(self.tokens, start)
            if found is not None and start + found[1] - 1 == k and names_group(found[0].value):
                return found[0].value
        return ""

    def _az_companion_at(self, phrase: Phrase | None, j: int) -> bool:
        """ "ailəsi ilə", "valideynləri ilə": a possessed noun before "ilə" (with) names
        those who went along with the persons counted ("5 min şagird ailəsi ilə birlikdə
        köçüb"), not the persons counted."""
        tokens = self.tokens
        if self.language != "az" or phrase is None or j + 1 >= len(tokens):
            return False
        return tokens[j + 1].lower == "ilə" and AZ_POSSESSED.search(tokens[j].lower) is not None

    def _az_object_of_a_converb(self, phrase: Phrase | None, j: int) -> bool:
        """A noun, bare or in the instrumental, before a negative converb in "-madan"/"-mədən"
        (without doing): "5 şəxs vəkil görmədən saxlanılır" (held without seeing a lawyer),
        "vəkillə görüşmədən". It is what the converb's act concerns, not the persons counted."""
        tokens = self.tokens
        if self.language != "az" or phrase is None:
            return False
        k = j + len(phrase.elements)
        if k >= len(tokens) or tokens[k].kind != "word":
            return False
        word = tokens[k].lower
        return word.endswith(_AZ_WITHOUT_DOING) and word != "mədən"  # "mədən": a mine

    def _az_group_before(self, quantity: Quantity) -> str:
        """ "polis əməkdaşlarından 3-ü", "jurnalistlərdən ikisi": a count with a possessive
        ending after a group named in the ablative counts some of that group."""
        if self.language != "az" or not self._az_complete(quantity):
            return ""
        return self._az_group_in_the_ablative(quantity.first - 1)

    def _az_group_before_the_counter(self, quantity: Quantity) -> str:
        """ "müəllimlərdən 9 nəfər", "mitinq iştirakçılarından 146 nəfəri": a count of
        "nəfər" (persons, the counter) after a group named in the ablative counts some of
        that group, as the count with a possessive ending does ("müəllimlərdən 9-u"). The
        counter names no one; a noun of its own after the count ("kənddən 5 qadın") does."""
        if self.language != "az" or quantity.np_first < 0:
            return ""
        if not self.tokens[quantity.np_first].lower.startswith(_AZ_COUNTER):
            return ""
        return self._az_group_in_the_ablative(quantity.first - 1)

    def _az_group_of_the_part_before(self, quantity: Quantity) -> str:
        """ "Hərbi qulluqçulardan 18-i əsirlikdə idi, 5-i isə ağır yaralıdır", "Müəllimlərdən
        9 nəfər həlak olmuş, 16 nəfər yaralanmışdır": a part after a comma with no group of
        its own is taken of the group the part before it in its sentence was taken of, named
        once in the ablative. Only a part of one of the two forms that take such a group
        (a possessive ending, or the counter "nəfər") asks."""
        if self.language != "az":
            return ""
        k = quantity.first - 1
        if k < 1 or self.tokens[k].text != ",":
            return ""
        for j in range(k - 1, max(-1, k - _AZ_PART_BEFORE_REACH), -1):
            token = self.tokens[j]
            if token.text in _AZ_OUTSIDE_THE_SENTENCE:
                return ""
            after = self.tokens[j + 1]
            if token.lower.endswith(("dən", "dan")) and (
                after.kind == "num" or az_numeral_stem(after.lower)
            ):
                return self._az_group_in_the_ablative(j)
        return ""

    def _az_counter_of_the_part_before(self, quantity: Quantity) -> str:
        """ "…, 16 nəfər yaralanmışdır": a count of the counter "nəfər" takes the group of
        the part before it (``_az_group_of_the_part_before``)."""
        if quantity.np_first < 0 or not self.tokens[quantity.np_first].lower.startswith(
            _AZ_COUNTER
        ):
            return ""
        return self._az_group_of_the_part_before(quantity)

    def _az_group_in_the_ablative(self, k: int) -> str:
        """The group named by the words ending at ``k`` in the ablative, or ''."""
        if k < 0 or not self.tokens[k].lower.endswith(("dən", "dan")):
            return ""
        for start in range(max(0, k - 2), k + 1):
            phrase = self.lex.noun_set.match_span(self.tokens, start)
            if phrase is not None and start + phrase[1] - 1 == k and names_group(phrase[0].value):
                return phrase[0].value
        return ""

    def _az_genitive_after_complete(self, quantity: Quantity, j: int) -> bool:
        """After a count complete with its ending ("7-ni", "ikisi"), a noun in the genitive
        that owns the possessed noun after it ("məktəbin həyətində", "kəndin mərkəzində")
        says where; it is not what was counted ("9-u qadın" is)."""
        if self.language != "az" or j != quantity.last + 1 or j + 1 >= len(self.tokens):
            return False
        if not self._az_complete(quantity):
            return False
        if not az_in_the_genitive(self.tokens[j].lower):
            return False
        # The owned noun next, or after a noun of its own compound ("məktəbin idman zalını").
        owned = [t for t in self.tokens[j + 1 : j + 3] if t.kind == "word"]
        if owned and owned[0].lower.startswith(_AZ_BEING):
            return False  # "12-nin qadın olmasından": "qadın" ends as a genitive, owns nothing
        return any(_AZ_OWNED.search(t.lower) is not None for t in owned)

    def _az_dative_after_complete(self, quantity: Quantity, j: int) -> bool:
        """After a count complete with its ending ("12-si", "beşi"), a plural noun in the
        possessive dative ("ailələrinə", "evlərinə") says where to ("12-si ailələrinə
        qaytarılıb", returned to their families); it is not what was counted."""
        if self.language != "az" or j != quantity.last + 1 or not self._az_complete(quantity):
            return False
        return _AZ_DATIVE_OF_OWNED.search(self.tokens[j].lower) is not None

    def _az_relatives_after_complete(self, quantity: Quantity, j: int) -> bool:
        """After a count complete with the genitive ending ("25-nin", "beşinin"), a noun of
        relatives ("ailəsi", "qohumları") names whose relatives they are: the persons counted
        are the owners ("onlardan 25-nin ailəsi …", the families of 25 of them), not families."""
        if self.language != "az" or j != quantity.last + 1 or not self._az_complete(quantity):
            return False
        token = self.tokens[quantity.last]
        ending = token.suffix if token.kind == "num" else token.lower
        if not ending or not az_in_the_genitive(ending):
            return False
        return self.tokens[j].lower.startswith(AZ_RELATIVES)

    def _az_place_after_complete(self, quantity: Quantity, j: int, phrase: Phrase) -> bool:
        """After a count complete with its ending ("7-si", "dördü"), a building or place in
        the ablative or the dative says where from or where to ("7-si xəstəxanadan evə
        buraxılıb", discharged from hospital home): not a group of persons counted."""
        if self.language != "az" or not phrase.value.startswith("property:"):
            return False
        if not self._az_complete(quantity):
            return False
        return self.tokens[j].lower.endswith(_AZ_FROM_OR_TO)

    def _az_complete(self, quantity: Quantity) -> bool:
        """An Azerbaijani count with a possessive or case ending ("ikisi", "106-sı") is a
        noun phrase by itself: a measure word after it does not measure it."""
        if self.language != "az":
            return False
        token = self.tokens[quantity.last]
        if token.lower in _AZ_BARE_QUALIFIERS:
            return False  # "9.400-dən çox": the ablative governed by "more than", no possessive
        if any(t.kind == "num" for t in self.tokens[quantity.first : quantity.last + 1]):
            # The ending is read onto the digits ("106-sı" ends the quantity at "sı"), a
            # qualifier before them or not ("ən azı 73-ü": the qualifier's words come first).
            # A bare scale after the digits is the numeral's, no ending: "5 min manat", "2
            # milyon dollar" are money, measured by the word after them ("5 mini", with the
            # possessive, is complete).
            if token.kind == "word" and token.lower in number_words("az"):
                return False
            return token.kind == "word" or bool(token.suffix)
        stem = az_numeral_stem(token.lower)
        return bool(stem) and stem != token.lower

    def _az_status_before(self, quantity: Quantity) -> str:
        """ "məcburi köçkün statusu olan 634 mindən çox şəxs", "qaçqın statuslu 900 nəfər":
        persons with the status of those a fate befell are counted as such persons; the
        noun of the status gives its act ("implied:displaced")."""
        if self.language != "az":
            return ""
        k = quantity.first - 1
        if (
            k >= 1
            and self.tokens[k].lower in _AZ_HOLDING
            and self.tokens[k - 1].lower == _AZ_STATUS
        ):
            k -= 2
        elif k >= 0 and self.tokens[k].lower.startswith(_AZ_WITH_STATUS):
            k -= 1
        else:
            return ""
        for start in range(max(0, k - 2), k + 1):
            found = self.lex.noun_set.match_span(self.tokens, start)
            if found is not None and start + found[1] - 1 == k:
                value = str(found[0].value)
                return value if value.startswith("implied:") else ""
        return ""


# The question particle after "var" (there is) or "yox" (there is not), joined or apart:
# "varmı", "var mı", "yoxdurmu".
_AZ_QUESTION_PARTICLES = ("mı", "mi", "mu", "mü")


def az_asked_whether_there_is(tokens: list[Token], k: int) -> bool:
    """Does the word at ``k`` ask whether there is one ("varmı?", "var mı?", "yoxdurmu?")?"""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    if not word.startswith(("var", "yox")):
        return False
    if word.endswith(_AZ_QUESTION_PARTICLES):
        return True
    return k + 1 < len(tokens) and tokens[k + 1].lower in _AZ_QUESTION_PARTICLES
