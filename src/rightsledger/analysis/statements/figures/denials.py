"""Figures the text rejects, finds unproven or corrects: "The governor denied that 70 were
detained", «сведения … не подтверждаются», "the earlier figure of 52", "not 6,800 but 8,600",
"That is untrue" (the figure before it)."""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures.az_reports_of_another_year import (
    of_a_year_named_before,
)
from rightsledger.analysis.statements.figures.core import NOTICE_WORDS, Figure, resolve_category
from rightsledger.analysis.statements.figures.nones import SharedNone
from rightsledger.analysis.statements.figures.taking_back import named_wrong, restates, without
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.ranges import risen_to
from rightsledger.analysis.statements.tokens import DASHES

# Words for reports and rumours, as the subject of a clause that rejects them.
_REPORT_STEMS = ("rumour", "rumor", "report", "слух", "сообщени", "xəbər", "şayiə")
# Words that give the fact after a figure called wrong: "…; it was 31", «…; на самом деле их 31».
_FACT_OPENINGS = frozenset(
    {"it was", "it is", "it's", "the figure was", "the figure is", "the right figure is",
     "на самом деле", "на самом деле их", "в действительности", "в действительности их",
     "əslində"}
)  # fmt: skip
# Words that set a clause against the one before: "but", «но», "lakin", "amma" (not "ancaq",
# which is as often "only": "ancaq 3 nəfər").
_CONTRASTS = frozenset({"but", "но", "однако", "lakin", "amma"})
# What a board or court dismisses: "the appeals of 12 workers were dismissed", "9 claims were
# dismissed". Persons counted as the subject of "were dismissed" lost their jobs instead.
_DISMISSED = "dismissed"
_DISMISSED_THINGS_STEMS = (
    "claim", "complaint", "application", "appeal", "case", "report", "allegation", "petition",
    "charge", "motion", "suit", "lawsuit", "request",
)  # fmt: skip
# A demonstrative and a word for a figure opening a clause ("this figure", «эту цифру», "bu
# rəqəm"): a rejection in that clause rejects the figure before, wherever its verb stands.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "эта", "эту", "эти", "это", "bu", "həmin"})
# An allegation named so is the figure alleged: "The Chamber is not satisfied that this
# allegation has been proven".
_FIGURE_STEMS = ("figure", "number", "allegation", "цифр", "числ", "данн", "rəqəm")
# Words that name a figure by its number: "the figure of 90", «цифра в 90», "90 rəqəmi".
_FIGURE_OF = frozenset({("figure", "of"), ("number", "of"), ("цифра", "в"), ("цифру", "в")})
# … or with the number in apposition right after the word: "the figure 90", «цифра 200».
_BARE_FIGURE = frozenset({("figure",), ("цифра",), ("цифру",)})
# The word that gives the right figure after the correction: "the correct figure is 21",
# «правильная цифра — 21», «составляет 21».
# How long an aside after a correction may be ("according to the Ardel regional
# administration"), and the punctuation inside one (a possessive, a hyphened name).
_ASIDE_REACH = 8
_ASIDE_PUNCTUATION = frozenset({"'", "’", "-", "'s", "’s"})
_RIGHT_FIGURE_LINKS = frozenset(
    {"is", "was", "at", ":", "—", "–", "составляет", "составила", "составило", "составил"}
)
# Words that open a denial of an earlier report ("earlier reports said", «ранее сообщалось»).
_EARLIER = frozenset(
    {"earlier", "previously", "initially", "ранее", "первоначально", "əvvəlcə", "əvvəllər"}
)
# The text's own earlier entries, named by a correction: "an earlier post", "a previous update".
_EARLIER_EN = frozenset({"earlier", "previous"})
_ENTRIES_EN = frozenset({"post", "update", "entry", "version"})
# The Azerbaijani words for a number ("sayı", "sayını", "rəqəmi"), by stem.
_AZ_NUMBER_WORDS = ("sayı", "sayın", "rəqəm")
# Words of now before a toll as it stands: "hazırda həlak olanların sayı 9 nəfərdir".
_AZ_NOW = frozenset({"hazırda", "indi", "artıq", "hal-hazırda"})
# "Now", opening the clause that replaces what was reported before.
_NOW = frozenset({"now", "теперь", "сейчас", "indi", "hazırda"})
# What sets off the wrong number in Azerbaijani: "12 deyil, 14" (it is not 12), "388 yox, 398"
# (not 388).
_AZ_NOT = frozenset({"deyil", "yox"})


def _larger_than_its_whole(part: Figure, whole: Figure) -> bool:
    count, most = part.quantity.count, whole.quantity.most
    return count is not None and most is not None and count > most


class Denials(SharedNone):
    """Finds the tokens of rejected figures, and drops a rejected figure of the sentence before."""

    def _corrected_in_place(self, quantity: Quantity) -> Quantity | None:
        """ "not 6,800 but 8,600", «не 6 800, а 8 600», "6 800 deyil, 8 600": the number the
        text says it is not, set against the one it is, is no claim; the one it is (else
        None)."""
        first, after = quantity.first, quantity.end_token + 1
        if self.language == "az":
            # "12 deyil", "12 yox": the word after is no counted noun; or after the count's noun,
            # "7 nəfərin deyil, 9 nəfərin həbs olunduğu" (that 9 were held, not 7).
            words = range(quantity.last + 1, min(quantity.end_token + 2, self.end))
            after = next((k for k in words if self.tokens[k].lower in _AZ_NOT), words.start)
            denied = after < self.end and self.tokens[after].lower in _AZ_NOT
            after += 1
        else:
            denied = first > self.begin and self.tokens[first - 1].lower in {"not", "не"}
        if denied and after < self.end and self.tokens[after].text == ",":
            # «не семь, как сообщалось ранее, а девять», "not 7, as first reported, but 9":
            # an aside between the two says whose the wrong number was.
            past = self._aside(after)
            if past is not None and past < self.end and self.tokens[past].lower in {"but", "а"}:
                after = past
        while after < self.end and self.tokens[after].text == ",":
            after += 1
        if after < self.end and self.tokens[after].lower in {"but", "а"}:
            after += 1
        elif self.language != "az":
            return None
        return self.starts.get(after) if denied else None

    def _corrected_earlier(self, figures: list[Figure]) -> None:
        """ "15:25 the number of injured is not 11 but 9", "yaralıların sayı 11 deyil, 9
        nəfərdir": the number the correction says is wrong names the earlier figure of the
        act it corrects, which is no claim either (nor are its parts)."""
        for k, figure in enumerate(figures):
            count = figure.quantity.count
            if count is None or not self._corrected_in_place(figure.quantity):
                continue
            right = next((g for g in figures[k + 1 :] if g.category), None)
            if right is None:
                continue
            named = {id(f) for f in named_wrong(right, self.previous, count)}
            if not named and right.parent is None:
                named = self._part_named_wrong(right, count)
            self.previous[:] = without(self.previous, named)

    def _part_named_wrong(self, right: Figure, count: int) -> set[int]:
        """ "300 nəfər saxlanılıb, onlardan 120-si azad olunub. … azad olunanlar 120 yox, 130
        nəfərdir": a correction of a part of an earlier whole, with no whole of its own, is
        the right count of that part: the part named wrong is dropped, and the right one
        takes its place under the same whole (Azerbaijani, whose corrections name the
        persons counted by their act)."""
        if self.language != "az":
            return set()
        parts = [
            f for f in self.previous
            if f.parent is not None and f.quantity.count == count and restates(right, f)
        ]  # fmt: skip
        if not parts:
            return set()
        right.parent = parts[-1].parent
        return {id(parts[-1])}

    def _denied_tokens(self) -> set[int]:
        """The tokens of each clause in which the text rejects a figure or finds it unproven.

        Clauses end at ";" and ":" and at a comma before a coordinating word ("…, as the
        prosecution alleged, and found 11 killings proven"), before "now" («Ранее
        сообщалось о 12 задержанных, теперь их число выросло до 20») or before the denial
        itself («Число погибших возросло до 41, ранее сообщалось о 12»). A rejection of the figure before
        ("That is untrue") rejects that figure; an opening phrase ("Contrary to reports that
        …,") rejects what it says up to its comma."""
        denials = self._find(self.lex.denial_set)
        if not denials:
            return set()
        # "This is not true of those released", "that is false for the north": said of
        # something named after it, not of the figure before.
        denials = [
            d for d in denials
            if self._denial_kind(d[0]) != "prior"
            or d[1] + 1 >= self.end
            or self.tokens[d[1] + 1].lower not in {"of", "for", "about"}
        ]  # fmt: skip
        denials = [d for d in denials if not self._persons_dismissed(d)]
        # A correction gives a figure, a hedge only says whose it is: neither rejects one.
        denials = [d for d in denials if self._denial_kind(d[0]) not in {"corrects", "hedge"}]
        denials = [
            d for d in denials
            if self._denial_kind(d[0]) != "earlier_report" or self._gave_the_number(d[0])
        ]  # fmt: skip
        # "ölənlərin sayı 52-yə yüksəlib; bazar ertəsi 37 ölü olduğu bildirilmişdi": the
        # report of a toll that has risen since is a step of it, which stands.
        denials = [d for d in denials if not self._step_of_a_risen_toll(d[0])]
        # "2019-cu ildə də 4 nəfərin öldüyü bildirilmişdi": a figure of an earlier year.
        denials = [
            d for d in denials
            if self.language != "az"
            or not self.tokens[d[0]].lower.endswith("mişdi")
            or not of_a_year_named_before(self.tokens, self.quantities, self.begin, d[0])
        ]  # fmt: skip
        # «Вы эти данные оспариваете?», "Do you dispute this figure?": a question asks whether
        # the figure before is rejected; it rejects nothing.
        if self.tokens[self.end - 1].text == "?":
            denials = [d for d in denials if self._denial_kind(d[0]) != "prior"]
        prior = {d for d in denials if self._denial_kind(d[0]) == "prior"}
        denied: set[int] = set()
        for d in [d for d in denials if self._denial_kind(d[0]) == "replaced"]:
            # "the earlier figure of 52": that number, and no more of its clause.
            replaced = self.starts.get(d[1] + 1)
            if replaced is not None:
                denied.update(range(replaced.first, replaced.end_token + 1))
            denials.remove(d)
        for d in [d for d in denials if d not in prior]:
            # "6 nəfər həlak olub (əvvəlcə 8 nəfərin həlak olduğu bildirilmişdi), 23 …",
            # «погибли шесть человек (ранее сообщалось о восьми)»: a denial in a parenthesis
            # denies what the parenthesis says, not its sentence.
            inside = self._parenthesis_around(d[0])
            if inside is not None:
                denied.update(range(*inside))
                denials.remove(d)
        for d in [d for d in denials if self._denial_kind(d[0]) == "opening"]:
            # "Contrary to reports that six people died, no one was killed": up to its comma.
            k = d[0]
            while k < self.end and self.tokens[k].text not in {",", ";", ":"}:
                denied.add(k)
                k += 1
            denials.remove(d)
        clauses: list[tuple[int, int]] = []
        start = self.begin
        # Azerbaijani puts the verb last: a dash or a comma after a verb of denial opens a
        # new clause ("… səhvən 30 göstərilmişdi — yaralıların sayı 26-dır", "… sayı 11
        # göstərilmişdi, yaralıların sayı 16-dır").
        verb_ends = {d[1] for d in denials} if self.language == "az" else set()
        for k in range(self.begin, self.end):
            token = self.tokens[k]
            nxt = self.tokens[k + 1] if k + 1 < self.end else None
            if (
                token.text in {";", ":"}
                or ((token.text in DASHES or token.text == ",") and k - 1 in verb_ends)
                or (
                    token.text == ","
                    and nxt is not None
                    and (
                        # «ошибочно указано, что среди раненых трое детей, — ранены двое»: a
                        # comma and a dash set off the clause that says what is so.
                        nxt.text in DASHES
                        or nxt.lower in self.lex.coordinators
                        or nxt.lower in _NOW
                        or self._reports_open(k + 1)
                        or self._earlier_report_opens(k + 1)
                        # "… səhvən 11 göstərilmişdi, düzgün rəqəm 16-dır": the right figure
                        # in a clause of its own after the wrong one.
                        or (self.language == "az" and self._denial_kind(k + 1) == "corrects")
                    )
                )
            ):
                clauses.append((start, k))
                start = k + 1
            elif token.lower in _CONTRASTS and k > start:
                # "confirmed the deaths of 11 soldiers but denied that civilians were killed":
                # "but" opens a clause of its own, with or without a comma before it.
                clauses.append((start, k))
                start = k
        clauses.append((start, self.end))
        for first, past in clauses:
            if self._opens_with_this_figure(first, past):
                prior |= {d for d in denials if first <= d[0] < past}
        for n, (first, past) in enumerate(clauses):
            if any(first <= d[0] < past for d in denials if d not in prior):
                denied.update(range(first, past))
            if any(first <= d[0] < past for d in prior):
                # "… 80 were detained; the monitors reject this figure": the clause before
                # that gave a figure, else the last figure of the sentence before.
                counted = [
                    (a, b) for a, b in clauses[:n] if any(a <= q.first < b for q in self.quantities)
                ]
                own = [d[0] for d in prior if first <= d[0] < past]
                named = [
                    q for d in prior if first <= d[0] < past
                    for q in self.quantities if d[0] <= q.first <= d[1]
                ]  # fmt: skip
                if named:
                    # "The figure of 2,000 cited in the press is not accurate": the figure the
                    # denial names by its number (``_reject_figures_named``), no other.
                    for q in named:
                        denied.update(range(q.first, q.end_token + 1))
                    continue
                # A bare "no" answering the question («Нет, эта цифра …») is no figure.
                if any(first <= q.first < own[0] and not q.zero for q in self.quantities):
                    # "36 nəfərin saxlanıldığını bildirib, … isə bu rəqəmi təkzib edir": the
                    # figure given earlier in the same clause.
                    denied.update(range(first, own[0]))
                elif counted:
                    denied.update(range(*counted[-1]))
                else:
                    self._reject_last_figure()
        return denied

    def _persons_dismissed(self, denial: tuple[int, int]) -> bool:
        """Is "were dismissed" at ``denial`` said of a count of persons, its subject, who lost
        their jobs ("64 porters were dismissed and 5 were jailed"), not of a claim turned down
        ("the appeals of 12 workers were dismissed")? Their clause keeps its figures."""
        first, last = denial
        if self.tokens[last].lower != _DISMISSED:
            return False
        subject = next((q for q in self.quantities if q.end_token == first - 1), None)
        if subject is None or subject.first == 0 or self.tokens[subject.first - 1].lower == "of":
            return False
        head = self.tokens[subject.end_token].lower
        return not head.startswith(_DISMISSED_THINGS_STEMS)

    def _gave_the_number(self, k: int) -> bool:
        """Did the earlier report at ``k`` give a number ("ölənlərin sayını 11 nəfər kimi
        göstərmişdi", "rəqəmi 40 kimi açıqlamışdı"), which the newer figure replaces, rather
        than tell what befell persons ("20 nəfərin öldüyünü bildirmişdi"), an earlier toll
        that stands? The number is named by a word for it, or given "as" ("kimi"). In a
        notice of correction the report is the number's: "Düzəliş: 2/-də yazmışdım ki,
        ölənlərdən ikisi uşaqdır" (I had written that two of the dead were children)."""
        if self._az_notice_line() and k + 1 < self.end and self.tokens[k + 1].lower == "ki":
            return True
        j = k - 1
        while j >= self.begin and self.tokens[j].text not in {",", ";", ":", "."}:
            word = self.tokens[j].lower
            if word == "kimi" or word.startswith(_AZ_NUMBER_WORDS):
                return True
            j -= 1
        return False

    def _opens_with_this_figure(self, first: int, past: int) -> bool:
        """Does the clause name "this figure", as its opening or as the object of its verb
        ("The panel does not accept that number", "that figure is not accepted"), and hold no number of its own?"""
        return any(
            self.tokens[k].lower in _DEMONSTRATIVES
            and self.tokens[k + 1].lower.startswith(_FIGURE_STEMS)
            for k in range(first, past - 1)
        ) and not any(first <= q.first < past for q in self.quantities)

    def _wrong_figure_said_again(self, figures: list[Figure], denied: set[int]) -> None:
        """«Ранены 17 человек, в том числе трое детей. … Ошибочно указано, что среди раненых
        трое детей, — ранены двое детей»: a figure the text says was given wrongly, said
        again with its count, act and group, names the earlier figure it was; the figure of
        that act and group the same sentence then gives in a clause of its own replaces it,
        in the whole the wrong one was part of."""
        for wrong_said in figures:
            count = wrong_said.quantity.count
            if not wrong_said.category or count is None or wrong_said.quantity.first not in denied:
                continue
            earlier = [
                f for f in self.previous
                if f.category == wrong_said.category
                and f.subgroup == wrong_said.subgroup
                and f.quantity.count == count
            ]  # fmt: skip
            right = next(
                (
                    f for f in figures
                    if f.quantity.first > wrong_said.last
                    and f.quantity.first not in denied
                    and f.parent is None
                    and restates(f, wrong_said)
                ),
                None,
            )  # fmt: skip
            if earlier and right is None and self._az_notice_line():
                # "18:10 Düzəliş: əvvəlcə həlak olanların sayının 6 olduğu bildirilmişdi.": a
                # line of correction that says what was reported wrongly names the earlier
                # figure, wherever the right one is given.
                self.previous[:] = without(self.previous, {id(earlier[-1])})
                continue
            if not earlier or right is None:
                continue
            wrong = earlier[-1]
            parent = wrong.parent
            if parent is not None and not _larger_than_its_whole(right, parent):
                right.parent = parent
            self.previous[:] = without(self.previous, {id(wrong)})

    def _az_notice_line(self) -> bool:
        """Does the Azerbaijani sentence open with a word of correction, past a time of day
        ("18:10 Düzəliş: …")?"""
        words = [t for t in self.tokens[self.begin : self.begin + 4] if t.kind == "word"]
        return self.language == "az" and bool(words) and words[0].lower in NOTICE_WORDS

    def _reject_figures_named(self, denied: set[int]) -> None:
        """ "The figure of 90 is wrong", «Цифра в 90 человек не соответствует
        действительности», "90 rəqəmi həqiqətə uyğun deyil": a figure a rejected clause names
        by its number is the earlier figure of that number, rejected with it."""
        for quantity in self.quantities:
            k = quantity.first
            if k not in denied or quantity.count is None:
                continue
            before = tuple(t.lower for t in self.tokens[max(k - 2, 0) : k])
            after = self.tokens[quantity.last + 1].lower if quantity.last + 1 < self.end else ""
            if before in _FIGURE_OF or before[-1:] in _BARE_FIGURE or after.startswith("rəqəm"):
                named = {
                    id(f)
                    for f in self.previous
                    if f.parent is None and f.quantity.count == quantity.count
                }
                self.previous[:] = [
                    f
                    for f in self.previous
                    if id(f) not in named and (f.parent is None or id(f.parent) not in named)
                ]

    def _reject_what_an_earlier_entry_gave(self, figures: list[Figure], denied: set[int]) -> None:
        """ "Correction: an earlier post said 14 wounded.": a figure the text rejects as what
        its own earlier entry gave names that entry's figure of the same act, group and
        count, which is rejected with it (English)."""
        if self.language != "en":
            return
        for figure in figures:
            first = figure.quantity.first
            if not figure.category or first not in denied or figure.parent is not None:
                continue
            words = [t.lower for t in self.tokens[self.begin : first]]
            if not any(a in _EARLIER_EN and b in _ENTRIES_EN for a, b in pairwise(words)):
                continue
            self.previous[:] = [
                f
                for f in self.previous
                if f.parent is not None
                or f.category != figure.category
                or f.subgroup != figure.subgroup
                or f.quantity.count != figure.quantity.count
            ]

    def _parenthesis_around(self, k: int) -> tuple[int, int] | None:
        """(first, past-last) token indices of the parenthesis ``k`` stands in, if any."""
        opening = next(
            (j for j in range(k - 1, self.begin - 1, -1) if self.tokens[j].text in "()"), None
        )
        if opening is None or self.tokens[opening].text != "(":
            return None
        closing = next((j for j in range(k + 1, self.end) if self.tokens[j].text in "()"), None)
        if closing is None or self.tokens[closing].text != ")":
            return None
        return opening, closing + 1

    def _right_figure_after_a_wrong_one(self, figures: list[Figure]) -> None:
        """ "… misstated the number of wounded as 13; it was 31", «… ошибочно указано число
        раненых — 13; на самом деле их 31»: a bare number after ";" and words that give the
        fact, where the clause before rejects a figure, counts what that figure counted."""
        for figure in figures:
            quantity = figure.quantity
            if figure.category or quantity.noun not in {"", PERSON}:
                continue
            semicolon = self._fact_opening_before(quantity.first)
            if semicolon is None:
                continue
            clause = range(self.begin, semicolon)
            if not any(self.lex.denial_set.match(self.tokens, k) for k in clause):
                continue
            acts = [t for t in self.triggers if t.last < semicolon]
            if acts:
                category = resolve_category(acts[-1].value, "")
                if category:
                    figure.category, figure.trigger, figure.bound = category, acts[-1], "clause"

    def _right_figure_after_a_rejected_one(self, figures: list[Figure]) -> None:
        """ "An earlier version of this report said 25 people were killed. The correct figure
        is 21.", «Ранее сообщалось о 25 погибших. Правильная цифра — 21.», "… 25 nəfərin
        öldürüldüyü bildirilmişdi. Düzgün rəqəm 21-dir.", "The article misstated the number of
        wounded as 13. It was 31.": a bare number the next sentence gives as the right one
        counts what the figure rejected in the sentence before counted."""
        # The whole rejected, not its parts ("14 people, including three children").
        wholes = [
            f for f in self.rejected_before
            if not any(f.parent is g for g in self.rejected_before)
        ]  # fmt: skip
        # Of two acts rejected, which the right figure counts the text must say itself.
        if len({f.category for f in wholes}) != 1:
            return
        wrong = wholes[-1]
        corrections = [self._past_an_aside(d[1]) for d in self._find(self.lex.denial_set)
                       if self._denial_kind(d[0]) == "corrects"]  # fmt: skip
        for figure in figures:
            quantity = figure.quantity
            opening = " ".join(t.lower for t in self.tokens[self.begin : quantity.first])
            # The number right after the correction and its link ("The correct figure is 21",
            # «Правильная цифра — 21», "Düzgün rəqəm 21-dir"): words between may name what
            # else it counts ("The correct figure for the wounded is 14").
            corrected = any(quantity.first - c in {1, 2} for c in corrections)
            if not corrected and opening not in _FACT_OPENINGS:
                continue
            if self.language != "az" and not (
                self._closes_clause(quantity)
                and self.tokens[quantity.first - 1].lower in _RIGHT_FIGURE_LINKS
            ):
                # "the correct figure is 21 households": a count of its own; "the actual
                # figure may be as high as 500": a guess, not the right figure.
                return
            # The latest figure standing is not what it restates (``_same_count``).
            restated = not figure.category or figure.bound == "noun"
            if restated and quantity.noun in {"", PERSON}:
                figure.category, figure.bound = wrong.category, "noun"
                self.right_for_rejected[id(figure)] = wrong
                # "… said 25 of the 60 detainees were women. The correct figure is 21.": a
                # part of a whole that stands.
                if not any(wrong.parent is f for f in self.rejected_before):
                    figure.parent = wrong.parent
                quantity.noun = quantity.noun or wrong.quantity.noun
            return

    def _group_of_the_rejected(self, figures: list[Figure]) -> None:
        """The right figure for a rejected one counts the rejected figure's group ("… said
        25 of them were women. The correct figure is 21": 21 women)."""
        for figure in figures:
            wrong = self.right_for_rejected.get(id(figure))
            if wrong is not None:
                figure.subgroup = wrong.subgroup

    def _fact_opening_before(self, first: int) -> int | None:
        """The ";" before words that give the fact ("it was", «на самом деле их»), if any."""
        k = first - 1
        words: list[str] = []
        while k > self.begin and first - k <= 5 and self.tokens[k].text != ";":
            words.insert(0, self.tokens[k].lower)
            k -= 1
        if k <= self.begin or self.tokens[k].text != ";":
            return None
        return k if " ".join(words) in _FACT_OPENINGS else None

    def _earlier_report_opens(self, k: int) -> bool:
        """Does a clause that gives an earlier report open at ``k`` ("…, earlier reports had
        said 12", «…, ранее сообщалось о 12», "…, əvvəlcə 12 nəfərin … bildirilmişdi")? Its
        denial denies that clause only."""
        if self.tokens[k].lower not in _EARLIER:
            return False
        j = k
        while j < self.end and not self._is_boundary(self.tokens[j]):
            if self._denial_kind(j) in {"denial", "earlier_report"}:
                return True
            j += 1
        return False

    def _reports_open(self, k: int) -> bool:
        """Does a clause about reports or rumours open at ``k`` ("Nobody died, the rumours are
        false", «Никто не погиб, слухи ложны», "Heç kim həlak olmayıb, yayılan xəbərlər
        yalandır")? What it rejects are those reports, not the figure before the comma."""
        return any(
            self.tokens[j].lower.startswith(_REPORT_STEMS) for j in range(k, min(self.end, k + 2))
        )

    def _denial_kind(self, k: int) -> str:
        """ "denial" (its clause), "prior" (the figure before it) or "opening" (up to its comma)."""
        matched = self.lex.denial_set.match(self.tokens, k)
        return matched.value if matched is not None else ""

    def _past_an_aside(self, k: int) -> int:
        """The closing comma of an aside between commas right after the correction at ``k``
        ("The correct figure, according to the regional office, is 122"), which says whose
        figure it is, not what it counts; ``k`` itself where none follows."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or tokens[k + 1].text != ",":
            return k
        for j in range(k + 2, min(k + 2 + _ASIDE_REACH, len(tokens))):
            if tokens[j].text == ",":
                return j
            if tokens[j].kind != "word" and tokens[j].text not in _ASIDE_PUNCTUATION:
                return k  # a number or a clause's end: no aside
        return k

    def _corrected_before(self, figures: list[Figure]) -> list[Figure]:
        """ "The correct figure is seven", «по уточнённым данным, погибли девять человек",
        "dəqiqləşdirilmiş məlumata əsasən, … 11 nəfərdir": a correction replaces the latest
        figure before it of what its own figure counts (a figure of another act stands),
        in its own sentence ("records eleven people injured; the correct figure is seven")
        or else in the ones before."""
        corrections = [d for d in self._find(self.lex.denial_set)
                       if self._denial_kind(d[0]) == "corrects"]  # fmt: skip
        for first, _ in corrections:
            corrected = [f for f in figures if f.category and f.quantity.first > first]
            if any(self._risen(f) for f in corrected):
                continue  # «по уточнённым данным, число погибших возросло до девяти»: a step
            counted = {f.category for f in corrected}
            if any(f.category in counted for f in self.rejected_before):
                continue  # what it corrects was rejected in the sentence before
            here = [
                f for f in figures
                if f.parent is None and f.category in counted and f.quantity.last < first
            ]  # fmt: skip
            if here:
                wrong = here[-1]
                figures = [f for f in figures if f is not wrong and f.parent is not wrong]
                continue
            earlier = [f for f in self.previous if f.parent is None and f.category in counted]
            if not earlier:
                continue
            wrong = earlier[-1]
            self.previous[:] = [
                f for f in self.previous if f is not wrong and f.parent is not wrong
            ]
        return figures

    def _step_of_a_risen_toll(self, k: int) -> bool:
        """Is the Azerbaijani pluperfect of reporting at ``k`` ("bildirilmişdi") said beside
        a count its toll rose to — in its sentence, before or after it ("…, indi bu rəqəm
        11-ə yüksəlib"), or in the sentence just before ("Ölənlərin sayı 17-yə çatıb. Əvvəl
        12 nəfərin həlak olduğu bildirilmişdi.")? Then it reports the step before."""
        if self.language != "az" or self._denial_kind(k) != "denial":
            return False
        if not self.tokens[k].lower.endswith("mişdi"):
            return False
        if any(
            self.begin <= q.first < self.end and q.last != k
            and risen_to(self.tokens, q.first, q.last, self.language)
            for q in self.quantities
        ):  # fmt: skip
            return True
        start = self.begin - 2
        while start >= 0 and self.tokens[start].text not in {".", "!", "?"}:
            start -= 1
        before = [f for f in self.previous if start < f.quantity.first < self.begin]
        if any(self._risen(f) for f in before):
            return True
        if self._az_higher_now_in_the_next_sentence(k):
            return True
        # A line of correction, or a report of "the number" ("sayının 6 olduğu"), replaces it.
        return (
            not self._az_notice_line()
            and not self._gave_the_number(k)
            and self._all_fewer_than(before, k)
        )

    def _az_higher_now_in_the_next_sentence(self, k: int) -> bool:
        """ "İlkin məlumatda 6 nəfərin öldüyü bildirilmişdi. Təəssüf ki, hazırda həlak
        olanların sayı 9 nəfərdir.": a count reported earlier, and in the next sentence a
        larger one said of now ("hazırda", "indi", "artıq"): the toll rose, and the earlier
        report is its step before (a smaller count now would correct it)."""
        counts = [
            q.count for q in self.quantities
            if self.begin <= q.first < k and q.count is not None and not q.zero
        ]  # fmt: skip
        if not counts:
            return False
        end = self.end
        while end < len(self.tokens) and self.tokens[end].text not in {".", "!", "?"}:
            end += 1
        now = next((j for j in range(self.end, end) if self.tokens[j].lower in _AZ_NOW), None)
        if now is None:
            return False
        for j in range(now + 1, end):
            number = read_number(self.tokens, j, "az") if self.tokens[j].kind == "num" else None
            if number is not None:
                return number.value > max(counts)
        return False

    def _all_fewer_than(self, before: list[Figure], k: int) -> bool:
        """ "19 nəfər həlak olub. Əvvəlki məlumatda 13, ilk məlumatda isə 6 nəfərin öldüyü
        bildirilmişdi.": counts reported earlier, every one fewer than the toll the sentence
        before gives, are the steps it rose by (a larger one was corrected: "6 nəfər həlak
        olub. Əvvəlcə 8 nəfərin öldüyü bildirilmişdi.")."""
        latest = [
            f.quantity.count for f in before
            if f.parent is None and f.category and f.quantity.count is not None
        ]  # fmt: skip
        counts = [q.count for q in self.quantities if self.begin <= q.first < k and not q.zero]
        if not latest or not counts or any(c is None for c in counts):
            return False
        return all(c < max(latest) for c in counts if c is not None)

    def _risen(self, figure: Figure) -> bool:
        """Is the figure the count its toll rose to (the figure before it then stands)?"""
        quantity = figure.quantity
        return risen_to(self.tokens, quantity.first, quantity.last, self.language)

    def _reject_last_figure(self) -> None:
        """Drops the latest figure before this sentence, and its parts, from the reading."""
        top = [f for f in self.previous if f.parent is None]
        if not top:
            return
        rejected = top[-1]
        self.previous[:] = [
            f for f in self.previous if f is not rejected and f.parent is not rejected
        ]
