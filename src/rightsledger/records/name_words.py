"""Name search in any word order, through an index of the words of every name.

A name's ``search_key`` keeps its words in order, so a prefix search on it finds "Aliyev
Rashid" by "Aliyev R" but not by "Rashid" or "Rashid Aliyev". Each word of each name is
therefore also a row of ``NameWord`` (its search form, with the name's person and case),
and a search matches persons having, for every word of the query, a name word starting
with it: "Rashid Aliyev", "aliyev rash" and "Рашид" all find "Aliyev Rashid".

Within a case a search takes one of two ways, as its matches are common or rare where its
walk starts (``matches_are_common``: a test of a few hundred persons, the newest for a list
newest first, the first by name for a list by name). When common, persons are tested in
the list's order, one probe of their own few words per query word, and a page fills after
a few thousand tests; when rare, each word's persons are read from its range of the index
and the ranges are joined (``persons_with_words``), so the search costs what its words'
ranges hold, however few persons hold them all. Either way gives the same persons. Testing
in order alone reads the whole list when nobody matches; joining the ranges alone reads two
common words' ranges whole (a common surname and an initial: tens of thousands of rows)
where a page of matches lies among the first few hundred persons.

The rows are written by the database itself (triggers on the names table, see
``records.word_triggers``), so every path that writes names — actions, bulk imports and
linkage, restores — keeps them current. They are an index, not a record: no foreign keys
(no history, not archived, never shown).
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet

from rightsledger.records.naming import search_key


class NameWord(models.Model):
    case_ref = models.BigIntegerField()
    person_ref = models.BigIntegerField()
    name_ref = models.BigIntegerField()
    # In code-point order on every database (PostgreSQL: the "C" collation, migration 0010).
    word = models.CharField(max_length=300)

    class Meta:
        app_label = "records"
        indexes = [
            # A search walks the words starting with its longest word, in word order (a
            # person's rows of one word together: a page never splits them).
            models.Index(fields=["case_ref", "word", "person_ref"], name="records_nameword_walk"),
            # The other words are looked up among the few words of each person found
            # (and the triggers find a name's words through its person).
            models.Index(fields=["person_ref"], name="records_nameword_of_person"),
        ]

    def __str__(self) -> str:
        return self.word


def prefix_upper_bound(key: str) -> str:
    """The smallest string after every string that starts with ``key``, in code-point order."""
    return key[:-1] + chr(min(ord(key[-1]) + 1, 0x10FFFF))


def query_words(query: str) -> list[str]:
    """The query's words in search form, longest (likely the rarest) first."""
    words = dict.fromkeys(search_key(query).split())
    return sorted(words, key=len, reverse=True)


def _starting_with(word: str) -> Q:
    # A range, which an index finds and returns in order, and which is exact because words
    # compare by code point on every database (SQLite's binary collation; the "C" collation
    # of the column on PostgreSQL). A second, redundant condition (LIKE) would make the
    # planner guess a word's rows thirty times too few and walk where it should hash.
    return Q(word__gte=word, word__lt=prefix_upper_bound(word))


def _person_has_word(word: str, person: Any, case: Any) -> Exists:
    """A probe of one person's own words (``person``, ``case``: expressions or values)."""
    return Exists(
        NameWord.objects.filter(case_ref=case, person_ref=person).filter(_starting_with(word))
    )


def _has_every_word(words: list[str], person: Any, case: Any) -> Q:
    condition = Q()
    for word in words:
        condition &= Q(_person_has_word(word, person, case))
    return condition


# How many persons where its walk starts a search of several words tests first, and how many
# of them must match for testing persons in order to be the cheaper way: at this share (2%) a
# page of 50 fills after about 2,500 tests (a probe of a person's words is a few
# microseconds); below it the ranges of the index are read and joined.
DENSITY_SAMPLE = 500
COMMON_MATCHES = 10


def matches_are_common(case_id: int, words: list[str]) -> bool:
    """Whether at least ``COMMON_MATCHES`` of the case's ``DENSITY_SAMPLE`` newest persons
    (where a list newest first starts) have a name word starting with each of ``words``."""
    from rightsledger.records.models import Person  # the models import this module

    newest = Person.objects.filter(case_id=case_id).order_by("-pk")
    return _common_among(newest, "pk", words, case_id)


def _common_among(rows: QuerySet[Any], person: str, words: list[str], case_id: int) -> bool:
    """Whether at least ``COMMON_MATCHES`` of the first ``DENSITY_SAMPLE`` of ``rows`` (in
    their order: where a walk starts) are of persons (field ``person``) having each of
    ``words``."""
    first = rows.values("pk")[:DENSITY_SAMPLE]
    matching = (
        rows.model.objects.filter(pk__in=first)
        .filter(_has_every_word(words, OuterRef(person), case_id))
        .order_by()
    )
    return matching[:COMMON_MATCHES].count() >= COMMON_MATCHES


def words_starting(case_id: int, query: str) -> QuerySet[NameWord]:
    """What a search walks, in word order: the words of the case starting with the query's
    longest word, of persons whose names also hold every other word of the query (tested
    person by person as the walk goes when such persons are common where it starts; else
    found through the index first)."""
    words = query_words(query)
    if not words:
        return NameWord.objects.none()
    walk = _words_of_case_starting(case_id, words[0])
    if others := words[1:]:
        in_order = walk.order_by("word", "person_ref")
        if _common_among(in_order, "person_ref", others, case_id):
            return walk.filter(_has_every_word(others, OuterRef("person_ref"), case_id))
        walk = walk.filter(person_ref__in=persons_with_words(case_id, others))
    return walk


def _words_of_case_starting(case_id: int, word: str) -> QuerySet[NameWord]:
    return NameWord.objects.filter(case_ref=case_id).filter(_starting_with(word))


def persons_with_words(case_id: int, words: list[str]) -> QuerySet[NameWord, Any]:
    """The persons (``person_ref`` values, a person possibly more than once) of the case
    having, for each of ``words`` (in search form), a name word starting with it: each
    word's range of the index read and joined to the others' on the person by the database
    (semi-joins, cheaper than a set intersection, which hashes every range whole)."""
    if not words:
        return NameWord.objects.none().values("person_ref")
    first, *others = words
    found = _words_of_case_starting(case_id, first)
    for word in others:
        found = found.filter(
            person_ref__in=_words_of_case_starting(case_id, word).values("person_ref")
        )
    return found.values("person_ref")


def first_of_person(query: str, *, descending: bool = False) -> Q:
    """A condition keeping, of the rows a search walks (``words_starting``), one per person:
    the first of the person's rows in the walk's order (by word, ``descending`` or not, then
    by row), so a person with two words, or two names, starting like the query is listed
    once."""
    words = query_words(query)
    if not words:
        return Q(pk__in=[])
    earlier = Q(**{"word__gt" if descending else "word__lt": OuterRef("word")}) | Q(
        word=OuterRef("word"), pk__lt=OuterRef("pk")
    )
    before = (
        NameWord.objects.filter(case_ref=OuterRef("case_ref"), person_ref=OuterRef("person_ref"))
        .filter(earlier)
        .filter(_starting_with(words[0]))
    )
    return ~Q(Exists(before))


def persons_named(query: str, case_id: int | None) -> Q:
    """A condition on persons: a name word starting with each word of the query.

    Within a case (``case_id``) the persons of a query whose matches are common are tested
    in turn, the others found through the index (``persons_with_words``); across cases
    (``None``) each person is tested in turn, which is correct but reads as many persons as
    it must to fill a page.
    """
    words = query_words(query)
    if case_id is None:
        return _has_every_word(words, OuterRef("pk"), OuterRef("case_id"))
    if not words:
        return Q()
    if len(words) > 1 and matches_are_common(case_id, words):
        return _has_every_word(words, OuterRef("pk"), case_id)
    return Q(pk__in=persons_with_words(case_id, words))
