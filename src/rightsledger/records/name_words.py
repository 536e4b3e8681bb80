"""Name search in any word order, through an index of the words of every name.

A name's ``search_key`` keeps its words in order, so a prefix search on it finds "Aliyev
Rashid" by "Aliyev R" but not by "Rashid" or "Rashid Aliyev". Each word of each name is
therefore also a row of ``NameWord`` (its search form, with the name's person and case),
and a search matches persons having, for every word of the query, a name word starting
with it: "Rashid Aliyev", "aliyev rash" and "Рашид" all find "Aliyev Rashid".

The rows are written by the database itself (triggers on the names table, see
``records.word_triggers``), so every path that writes names — actions, bulk imports and
linkage, restores — keeps them current. They are an index, not a record: no foreign keys
(no history, not archived, never shown).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet

from rightsledger.records.naming import name_prefix_lookup, search_key


class NameWord(models.Model):
    case_ref = models.BigIntegerField()
    person_ref = models.BigIntegerField()
    name_ref = models.BigIntegerField()
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
    # The range lets an index find the words and return them in order; the prefix lookup
    # keeps the match exact on every database (see ``name_prefix_lookup``).
    return Q(word__gte=word, word__lt=prefix_upper_bound(word)) & Q(
        **name_prefix_lookup(word, "word")
    )


def _person_has_word(word: str, person: str, case: str) -> Exists:
    return Exists(
        NameWord.objects.filter(case_ref=OuterRef(case), person_ref=OuterRef(person)).filter(
            _starting_with(word)
        )
    )


def words_starting(case_id: int, query: str) -> QuerySet[NameWord]:
    """Words of the case starting with the query's longest word: what a search walks."""
    words = query_words(query)
    if not words:
        return NameWord.objects.none()
    return NameWord.objects.filter(case_ref=case_id).filter(_starting_with(words[0]))


def words_matching(case_id: int, query: str) -> QuerySet[NameWord]:
    """The index rows a search walks: words of the case starting with the query's longest
    word, of persons whose names also hold every other word of the query."""
    found = words_starting(case_id, query)
    for word in query_words(query)[1:]:
        found = found.filter(_person_has_word(word, "person_ref", "case_ref"))
    return found


def persons_named(query: str) -> Q:
    """A condition on persons: a name word starting with each word of the query."""
    condition = Q()
    for word in query_words(query):
        condition &= Q(_person_has_word(word, "pk", "case_id"))
    return condition
