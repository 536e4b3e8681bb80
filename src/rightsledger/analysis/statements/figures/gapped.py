"""A verb left out: "In Orsk, 19 died; in Lamm, 12", "in January, 12 were killed; in February,
19", «Трое получили тяжёлые ранения, восемь — лёгкие»: a bare number in its own part of the
clause has the verb of the figure before it."""

from __future__ import annotations

from collections.abc import Iterator

from rightsledger.analysis.statements.figures.core import Figure, resolve_category
from rightsledger.analysis.statements.figures.headcounts import HeadcountsAfterTheAct
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.places import az_place_before, place_opening
from rightsledger.analysis.statements.quantities import Quantity, az_locative
from rightsledger.analysis.statements.quantities.az_sources import az_source_opening

# What opens reported speech after a verb of saying: «рассказали, что их избивали».
_THAT_RU = "что"
# Prepositions that open a time at the head of a clause: "in February", «в феврале».
_TIME_PREPOSITIONS = frozenset({"in", "during", "в", "во"})
# What opens and ends an English part of a clause with its verb left out ("…, 150 in Nolt and
# 90 in Brisk"), and the prepositions of the place or time that alone follow its number.
_PART_OPENERS_EN = frozenset({",", "and", ";"})
_PART_ENDS_EN = frozenset({",", "and", ";", ".", "!", "?"})
_PLACE_OR_TIME_PREPOSITIONS_EN = frozenset({"in", "at", "on", "during"})
_VERBS_OF_A_CLAUSE_EN = frozenset({"were", "was", "are", "is", "have", "has", "had", "be", "been"})
# The prepositions after a verb that a part with the verb left out says again ("97 are
# attributed to the army and 31 to the police"), and how far after the count before the
# first must stand.
_GAPPED_PREPOSITIONS_EN = frozenset({"to", "by", "from", "into", "for", "with"})
_GAPPED_REACH = 4
# "daha" (more, another) between the place or time and the number: "Laçında isə daha 11".
_MORE_AZ = frozenset({"daha"})
# The auxiliary that alone stands for a verb phrase said before: "officials said 9 were".
_LEFT_OUT_AFTER_EN = frozenset({"were", "was", "had", "have", "has", "are"})


class GappedVerbs(HeadcountsAfterTheAct):
    """The rules for numbers whose verb is left out, applied by ``SentenceBinder.bind``."""

    def _gapped_after_place(self, figures: list[Figure]) -> None:
        """ "In Orsk, 19 died; in Lamm, 12", «в Озёрном погибли 22, в Лесном — 11», "Göyçayda
        22 nəfər həlak olub, Laçında isə 11", "in January, 12 were killed; in February, 19":
        a bare number right after a place or a time, alone in its part of the clause, has the
        verb of the figure before it left out."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or (quantity.noun and quantity.noun != PERSON):
                continue
            after = quantity.end_token + 1
            if (
                after < self.end
                and not self._is_boundary(self.tokens[after])
                and not (self.language == "az" and self._finite_az_verb(after))
            ):
                continue  # the number goes on to a verb or a noun of its own
            number = quantity.first
            if number - 1 > self.begin and self.tokens[number - 1].lower in _MORE_AZ:
                number -= 1  # "Laçında isə daha 11": another 11, the place before "daha"
            opened = any(
                place_opening(self.tokens, start, self.end, self.language) == number
                or self._past_time_opening(start) == number
                for start in range(self.begin, number)
                if start == self.begin or self.tokens[start - 1].text in {",", ";"}
            ) or (
                # "…: birinci quyudan 28, ikincidən 9": a source in the ablative.
                self.language == "az"
                and any(
                    az_source_opening(self.tokens, start, self.end) == number
                    for start in range(self.begin + 1, number)
                    if self.tokens[start - 1].text in {",", ";", ":"}
                )
            )
            before = [f for f in figures[:k] if f.category]
            if opened and before:
                figure.category, figure.bound = before[-1].category, "coordinated"

    def _en_gapped_before_place(self, figures: list[Figure]) -> None:
        """ "200 were killed in Ajra, 150 in Nolt and 90 in Brisk", "… in 2014, 150 in 2015":
        an English bare number that opens its part of the clause (after a comma or "and")
        and has only a place or a time after it, up to the part's end, has the verb of the
        figure before it left out."""
        for k, figure in self._bare_en_counts(figures):
            quantity = figure.quantity
            opening = quantity.start_token - 1
            if opening <= self.begin or self.tokens[opening].lower not in _PART_OPENERS_EN:
                continue
            if not self._only_a_place_or_time_after(quantity.end_token + 1):
                continue
            before = _with_a_verb(figures[:k])
            if not before or any(
                self.tokens[j].text == ":"
                for j in range(before[-1].quantity.end_token, quantity.first)
            ):
                continue  # "killed 12 people: 7 in Osk and 5 in Tarn": a breakdown, no figure
            figure.category, figure.bound = before[-1].category, "coordinated"

    def _en_verb_phrase_left_out(self, figures: list[Figure]) -> None:
        """ "No civilian was killed, the army said; officials said 9 were": an English bare
        number with only an auxiliary after it, closing its clause, says again the act of
        the figure before it, whose verb it leaves out."""
        for k, figure in self._bare_en_counts(figures):
            quantity = figure.quantity
            after = quantity.end_token + 1
            if after >= self.end or self.tokens[after].lower not in _LEFT_OUT_AFTER_EN:
                continue
            after += 1
            if after < self.end and self.tokens[after].lower == "been":
                after += 1  # "organisers said 120 had been"
            if after < self.end and not self._is_boundary(self.tokens[after]):
                continue  # "9 were taken away": the verb is there
            before = _with_a_verb(figures[:k])
            if before:
                figure.category, figure.bound = before[-1].category, "coordinated"

    def _en_gapped_like_the_part_before(self, figures: list[Figure]) -> None:
        """ "In 187 of these cases the person was last seen in custody; in 41, in the hands of
        a militia": after a semicolon, a bare number under the preposition that put the part
        before it ("In 187 of …") says that part's structure again with its words left out;
        it is another part of the same whole, of the same fate (English)."""
        for k, figure in self._bare_en_counts(figures):
            first = figure.quantity.start_token
            if first - 2 < self.begin or self.tokens[first - 2].text != ";":
                continue
            preposition = self.tokens[first - 1].lower
            before = [f for f in figures[:k] if f.category and f.parent is not None]
            if not before:
                continue
            part = before[-1]
            whole = part.parent
            opening = part.quantity.start_token - 1
            if whole is None or opening < self.begin or self.tokens[opening].lower != preposition:
                continue
            count, most = figure.quantity.count, whole.quantity.most
            taken = sum(f.quantity.count or 0 for f in figures if f.parent is whole)
            if count is None or most is None or taken + count > most:
                continue
            figure.category, figure.bound = part.category, "coordinated"
            figure.parent = whole

    def _en_gapped_before_its_preposition(self, figures: list[Figure]) -> None:
        """ "143 cases, of which 97 are attributed to the army and 31 to the police": an
        English bare number after "and" or a comma, followed by the preposition that followed
        the verb of the count before it, says that verb again with it left out; it is of that
        count's fate, and of its whole if the two fit in it (English)."""
        for k, figure in self._bare_en_counts(figures):
            quantity = figure.quantity
            opening, after = quantity.start_token - 1, quantity.end_token + 1
            if opening <= self.begin or self.tokens[opening].lower not in _PART_OPENERS_EN:
                continue
            if after >= self.end or self.tokens[after].lower not in _GAPPED_PREPOSITIONS_EN:
                continue
            before = [f for f in figures[:k] if f.category]
            if not before:
                continue
            part = before[-1]
            if any(
                part.quantity.end_token < q.first < quantity.first and not q.non_count
                for q in self.quantities
            ):
                continue  # "41 were transferred to … and 12 to …": the count before is 41's
            said = [
                self.tokens[j].lower
                for j in range(part.quantity.end_token + 1, opening)
                if self.tokens[j].kind == "word"
            ]
            # The verb before its preposition: "are attributed to", "were sent to".
            if self.tokens[after].lower not in said[1:_GAPPED_REACH]:
                continue
            whole = part.parent
            if whole is not None:
                count, most = quantity.count, whole.quantity.most
                taken = sum(f.quantity.count or 0 for f in figures if f.parent is whole)
                if count is None or most is None or taken + count > most:
                    continue
            figure.category, figure.bound, figure.parent = part.category, "coordinated", whole

    def _bare_en_counts(self, figures: list[Figure]) -> Iterator[tuple[int, Figure]]:
        """English counts with no category and no noun but persons, by their index: the
        numbers whose verb may have been left out."""
        if self.language != "en":
            return
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if not figure.category and quantity.np_last < 0 and quantity.noun in {"", PERSON}:
                yield k, figure

    def _only_a_place_or_time_after(self, j: int) -> bool:
        """Do a preposition of place or time and its words, and nothing else, stand from
        ``j`` to the end of the clause's part ("in Nolt", "in 2015")?"""
        if j >= self.end or self.tokens[j].lower not in _PLACE_OR_TIME_PREPOSITIONS_EN:
            return False
        k = j + 1
        while k < self.end and self.tokens[k].lower not in _PART_ENDS_EN:
            if k in self.trigger_at or (k in self.starts and not self.starts[k].non_count):
                return False  # a verb or a count of its own
            if self.tokens[k].lower in _VERBS_OF_A_CLAUSE_EN:
                return False  # "and 12 in Nolt were fined": a clause with its own verb
            k += 1
        return k > j + 1

    def _ru_gapped_after_a_dash(self, figures: list[Figure]) -> None:
        """«В захоронении № 1 обнаружены останки 17 человек, в захоронении № 2 — 8 человек»,
        «во втором — 8»: in a Russian clause left incomplete, the dash after what opens it (a
        preposition and its words, no verb, no count) stands for the verb of the clause
        before; the count after it, closing its part, has the verb of the figure before.
        The preposition that governs the count before may be said again after the dash
        («утром сообщали о девяти погибших, к вечеру — о восемнадцати»)."""
        if self.language != "ru":
            return
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or k == 0:
                continue
            if quantity.noun not in {"", PERSON, figures[k - 1].quantity.noun}:
                continue  # «ещё 9» after «17 домов» counts homes too, as the figure before
            dash = quantity.first - 1
            if dash > self.begin and self.tokens[dash].lower in {"ещё", "еще"}:
                dash -= 1  # «в Центральном — ещё 3»: more, of the same act
            preposition = ""
            if dash > self.begin and self.tokens[dash].pos == "PREP":
                preposition, dash = self.tokens[dash].lower, dash - 1
            if dash <= self.begin or self.tokens[dash].text not in {"—", "–"}:
                continue
            after = quantity.end_token + 1
            if after < self.end and not self._is_boundary(self.tokens[after]):
                continue  # the number goes on to a verb or a noun of its own
            start = dash - 1
            while start > self.begin and self.tokens[start - 1].text not in {",", ";"}:
                start -= 1
            if start == self.begin or self.tokens[start].pos != "PREP":
                continue
            opening = range(start, dash)
            if any(j in self.trigger_at for j in opening) or any(
                start <= q.first < dash and not q.non_count for q in self.quantities
            ):
                continue
            before = figures[k - 1]
            if preposition and not self._governed_by(before.quantity, preposition):
                continue
            if before.category and before.quantity.end_token < start:
                figure.category, figure.bound = before.category, "coordinated"

    def _governed_by(self, quantity: Quantity, preposition: str) -> bool:
        """Does ``preposition`` stand right before the count («о девяти»)?"""
        k = quantity.first - 1
        return k >= self.begin and self.tokens[k].lower == preposition

    def _az_gapped_before_the_verb(self, figures: list[Figure]) -> None:
        """ "Şimal rayonundan 12 400 nəfər, Çaylı rayonundan 8 150 nəfər, Dağkənd rayonundan
        isə 3 600 nəfər didərgin düşüb", "Ağdərədə 12 nəfər, Laçında isə 3 nəfər həlak olub":
        Azerbaijani says the verb once, last; a bare count after a place (where, or where
        from), set off by a comma before the next such count, has that count's verb."""
        if self.language != "az":
            return
        for k in range(len(figures) - 2, -1, -1):  # from the last, so a chain takes the verb
            figure, after = figures[k], figures[k + 1]
            quantity, next_quantity = figure.quantity, after.quantity
            if figure.category or not after.category:
                continue
            if quantity.noun not in {"", PERSON, next_quantity.noun}:
                continue
            comma = quantity.end_token + 1
            if comma >= self.end or self.tokens[comma].text != ",":
                continue
            by_place = az_place_before(self.tokens, quantity.first, self.begin) and az_place_before(
                self.tokens, next_quantity.first, comma + 1
            )
            # "2021-ci ildə 25, 2022-ci ildə isə 31 … halını sənədləşdirib": counts by year.
            by_time = self._az_time_just_before(quantity.first) and self._az_time_just_before(
                next_quantity.first
            )
            # "Doqquz nəfər, daha dörd nəfər həlak olub": another four, of what befell the nine;
            # "Kənddə 9 nəfər, şəhərdə 4 nəfər": where, by a locative of any noun.
            by_more = self._az_more_just_before(next_quantity.first, comma + 1)
            by_locative = self._az_locative_just_before(
                quantity.first, self.begin
            ) and self._az_locative_just_before(next_quantity.first, comma + 1)
            if not (by_place or by_time or by_more or by_locative):
                continue
            figure.category, figure.bound = after.category, "coordinated"

    def _az_more_just_before(self, first: int, begin: int) -> bool:
        """Does "daha" (another, more) stand right before the count, within its part?"""
        k = first - 1
        return k >= begin and self.tokens[k].lower in _MORE_AZ

    def _az_locative_just_before(self, first: int, begin: int) -> bool:
        """Does a word in the locative ("kənddə", "şəhərdə") stand right before the count,
        within its part: where the persons counted were?"""
        k = self._az_past_as_for(first, begin)
        return k >= begin and az_locative(self.tokens[k], self.language)

    def _az_time_just_before(self, first: int) -> bool:
        """Does a time ("2022-ci ildə", "martda isə") stand right before the count?"""
        k = self._az_past_as_for(first, self.begin)
        if k > self.begin and self.tokens[k].lower == "ayında":
            k -= 1  # "aprel ayında isə 16": in the month of April
        return k >= self.begin and k in self.times

    def _az_past_as_for(self, first: int, begin: int) -> int:
        """The word before the count at ``first``, past "isə" (as for) after it."""
        k = first - 1
        return k - 1 if k > begin and self.tokens[k].lower == "isə" else k

    def _past_time_opening(self, start: int) -> int:
        """Past a time that opens a clause at ``start`` ("in February,", «в 2023 году —»,
        "fevralda", "2023-cü ildə isə"), with the comma or dash after it; -1 if none."""
        k = start
        if k < self.end and self.tokens[k].lower in _TIME_PREPOSITIONS:
            k += 1
        first = k
        while k < self.end and k in self.times:
            k += 1
        if k == first or self.tokens[k - 1].lower.endswith(("dəki", "daki")):
            return -1  # "2022-ci ildəki 61 nəfər": of that year, describing the count
        if k < self.end and self.tokens[k].lower == "ayında":
            k += 1  # "aprel ayında isə 12": in the month of April
        if k < self.end and self.tokens[k].lower == "isə":
            k += 1
        if k < self.end and self.tokens[k].text in {",", "—", "–"}:
            k += 1
        return k

    def _more_of_the_same_whole(self, quantity: Quantity) -> bool:
        """Does «ещё» («more») open the count, making it another part of the same kind?"""
        k = quantity.first - 1
        return k >= self.begin and self.tokens[k].lower in {"ещё", "еще"}

    def _bare_after_another(self, figures: list[Figure]) -> Iterator[tuple[int, Figure]]:
        """The figures with no act and no counted noun that follow another figure inside
        the sentence, with their index: the bare numbers whose verb a dash may stand for."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or quantity.noun or k == 0 or quantity.first <= self.begin:
                continue
            yield k, figure

    def _gapped_before_dash(self, figures: list[Figure]) -> None:
        """«Трое получили тяжёлые ранения, восемь — лёгкие»: a Russian bare number after a
        comma, with a dash for the verb left out and a word or two that are no group of
        persons, has the verb of the figure before it."""
        if self.language != "ru":
            return
        for k, figure in self._bare_after_another(figures):
            quantity = figure.quantity
            dash = quantity.end_token + 1
            opening = quantity.first - 1
            if self.tokens[opening].lower in {"ещё", "еще"} and opening - 1 > self.begin:
                opening -= 1  # «…, ещё 58 — погибшими»
            if self.tokens[opening].text != "," or dash >= self.end:
                continue
            if self.tokens[dash].text not in {"—", "–"}:
                continue
            words: list[int] = []
            j = dash + 1
            while j < self.end and self.tokens[j].kind == "word" and len(words) < 3:
                words.append(j)
                j += 1
            while j < self.end and j in self.times and self._more_of_the_same_whole(quantity):
                j += 1  # «ещё трое — в ходе спецоперации 19 ноября»: when, after the words
            ends = j >= self.end or self._is_boundary(self.tokens[j]) or self.tokens[j].text == ","
            if not words or not ends:
                continue
            gapped = self._gapped_verb_with(figures[k - 1], words[0])
            if gapped is not None:
                # «143 найдены живыми, ещё 58 — погибшими»: the verb left out, with the word
                # after the dash, is a verb of its own (found dead; found alive is none).
                if gapped:
                    figure.category, figure.bound = gapped, "coordinated"
                    figure.parent = figures[k - 1].parent
                continue
            if any(self.lex.noun_set.match(self.tokens, w) or w in self.trigger_at for w in words):
                continue  # «513 — гражданские лица»: a group; «восемь — ранены»: a verb
            before = figures[k - 1]
            if before.category and before.parent is None:
                figure.category, figure.bound = before.category, "coordinated"
            elif before.category and self._more_of_the_same_whole(quantity):
                # «Восемь из них освобождены за выкуп, ещё трое — в ходе спецоперации»: the
                # next part of the same whole, with the same verb left out.
                figure.category, figure.bound = before.category, "coordinated"
                figure.parent = before.parent

    def _ru_reported_after_a_dash(self, figures: list[Figure]) -> None:
        """«Одиннадцать задержанных рассказали, что к ним применяли электрошокер; ещё не
        менее 20 — что их избивали»: after a figure told by what its persons said, a bare
        number with a dash for the verb of saying left out reports an act of its own: the
        act of the clause after «что» is its category."""
        if self.language != "ru":
            return
        for k, figure in self._bare_after_another(figures):
            quantity = figure.quantity
            dash = quantity.end_token + 1
            if dash + 2 >= self.end or self.tokens[dash].text not in {"—", "–"}:
                continue
            if self.tokens[dash + 1].lower != _THAT_RU:
                continue
            before = figures[k - 1]
            said = range(before.quantity.end_token + 1, quantity.first)
            if not before.category or not any(self.tokens[j].lower == _THAT_RU for j in said):
                continue
            j = dash + 2
            while j < self.end and not self._is_boundary(self.tokens[j]):
                act = self.trigger_at.get(j)
                category = resolve_category(act.value, quantity.counted) if act else ""
                if category:
                    figure.category, figure.trigger, figure.bound = category, act, "coordinated"
                    break
                j += 1

    def _ru_told_of_after_a_dash(self, figures: list[Figure]) -> None:
        """«71 из них сообщили об избиениях, 23 – о пытках, 14 – об имитации расстрела»,
        «40 жалоб на побои, 12 – на угрозы», «из них 8 с травмами, 3 – с ранениями»: after a
        count told of an act (or said to come with it) by a preposition and its object, a
        bare count after a comma, with a dash for the verb or noun left out and the same
        preposition after it, is told of the act that preposition names: its own category,
        as a sibling of the count before (no part of it), and no figure of ours where that
        act is none of ours."""
        if self.language != "ru":
            return
        for k in range(1, len(figures)):
            figure, before = figures[k], figures[k - 1]
            quantity = figure.quantity
            if quantity.noun not in {"", PERSON} or quantity.np_last >= 0:
                continue
            comma = quantity.first - 1
            if comma > self.begin and self.tokens[comma].lower in {"ещё", "еще"}:
                comma -= 1
            dash = quantity.end_token + 1
            if comma <= self.begin or self.tokens[comma].text != ",":
                continue
            if dash + 2 >= self.end or self.tokens[dash].text not in {"—", "–"}:
                continue
            about = _PREPOSITIONS_OF_WHAT_IS_TOLD.get(self.tokens[dash + 1].lower)
            told = range(before.quantity.first, comma)
            if about is None or not any(
                _PREPOSITIONS_OF_WHAT_IS_TOLD.get(self.tokens[j].lower) == about for j in told
            ):
                continue
            figure.category, figure.trigger, figure.parent = "", None, before.parent
            j = dash + 2
            while j < self.end and not (self._is_boundary(self.tokens[j])):
                act = self.trigger_at.get(j)
                category = resolve_category(act.value, quantity.counted) if act else ""
                if category:
                    figure.category, figure.trigger, figure.bound = category, act, "coordinated"
                    break
                j += 1


# The prepositions that name what persons told or complained of, with their other spellings
# («о пытках», «об избиениях», «обо всём»; «на побои»), or what they came with («8 с травмами,
# 3 – с ранениями»).
_PREPOSITIONS_OF_WHAT_IS_TOLD = {"о": "о", "об": "о", "обо": "о", "на": "на", "с": "с", "со": "с"}


def _with_a_verb(figures: list[Figure]) -> list[Figure]:
    """The figures that have a category from a verb of their own."""
    return [f for f in figures if f.category and f.trigger is not None]
