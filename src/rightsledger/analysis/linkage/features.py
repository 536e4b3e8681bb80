"""Turn records with the canonical columns into the comparison columns the model uses."""

from __future__ import annotations

import concurrent.futures
import functools
import multiprocessing
import os
from collections.abc import Callable

import numpy as np
import pandas as pd

from rightsledger.analysis.linkage.distinct import map_distinct, occurrences
from rightsledger.analysis.linkage.fates import fate_key, fate_vocabularies
from rightsledger.analysis.linkage.places import settlement_name
from rightsledger.analysis.linkage.sexes import stated_sexes
from rightsledger.analysis.linkage.similarity import normal_sex
from rightsledger.analysis.list_dates import (
    ListDate,
    read_list_date,
    read_list_year,
    writes_month_first,
)
from rightsledger.analysis.list_statuses import read_list_status
from rightsledger.analysis.names import NameOrder, ParsedName, detect_order, fold, parse_name
from rightsledger.analysis.names.keys import letter_key, name_skeleton, surname_root

__all__ = ["FEATURE_COLUMNS", "NAME_COLUMNS", "normal_sex", "prepare_features"]

NAME_COLUMNS = ("full_name", "given_name", "surname", "patronymic")
# Keys that bring a given name written as an initial ("A. Nazarov") together with the
# names it may stand for: surname root and initial class, alone or with a two-year bin of
# the birth year; each set only on the records one side of a join needs (see
# :func:`_initial_block_keys`).
INITIAL_BLOCK_KEYS = (
    "name_initial_key", "initial_name_key", "initial_sparse_key", "sparse_initial_key",
    "name_bin_key", "initial_bin_key", "name_bin_offset_key", "initial_bin_offset_key",
    "initials_event_key", "initial_event_key", "name_month_key", "initial_month_key",
    "name_age_key", "initial_age_key", "name_age_offset_key", "initial_age_offset_key",
)  # fmt: skip
# The most records one surname root and initial class (with a birth-year bin, where it
# has one) may gather for the initial keys: beyond it (A. Məmmədov) an initial with no
# other agreeing fact cannot single anyone out, and the pairs would grow with the square
# of the lists.
MAX_INITIAL_BLOCK = 100
# Columns of the frame handed to Splink, besides unique_id.  *_canon are the names'
# linkage keys (empty for an initial), *_root the surname without -ov/-li/-zadə, *_skel
# first letter and consonants, *_initial the initial class (*_initials every class a
# written-out name may be abbreviated to in another list), *_count how often the key
# occurs in the input (a frequent name differing from another frequent one is another
# name, not a slip); place_key the place of origin as :func:`_place_key` writes it,
# place_fold its folded spelling; age the age at the event where no event date turns it
# into a birth year, event_year the event date's year; birth_from_age whether the birth
# year is the event's year less an age (a year off by one by the birthday alone);
# event_month the event's year and month, from a date given to the day or to the month;
# fate the list's status as one word, fate_vocabulary the words it is told apart from
# (``fates.fate_vocabularies``), fate_status the registry's status the word stands for
# (``list_statuses.read_list_status``: «заложник» and "captured" are both ``captured``).
FEATURE_COLUMNS = (
    "source", "surname_canon", "surname_root", "surname_skel", "surname_count",
    "given_canon", "given_as_surname", "given_skel", "given_initial", "given_initials",
    "given_count", "father_canon", "father_initial", "father_initials", "father_count",
    "sex", "birth_date", "birth_year", "birth_from_age", "birth_bin", "birth_bin_offset", "age",
    "event_year",
    "place_key", "place_fold", "event_date", "event_month", "event_place_fold", "fate",
    "fate_vocabulary", "fate_status", "family",
    "name_pair_key", "sparse_key", "name_skel_key", "sparse_skel_key",
    "name_given_skel_key", "sparse_given_skel_key",
    "initial_year_key", "initial_key",
    *INITIAL_BLOCK_KEYS,
)  # fmt: skip

_FORM_FIELDS = (
    "surname_canon", "given_canon", "given_as_surname", "father_canon", "given_initial",
    "father_initial", "given_initials", "father_initials", "surname_readings", "sex",
)  # fmt: skip
# A surname read with a slip in its ending (:func:`keys.surname_readings`) takes the
# reading the lists write at least this often, and this many times as often as the
# surname as it stands: a slip is far rarer than the name it spoils.
SLIP_READING_MIN_COUNT = 5
SLIP_READING_RATIO = 5
_PARSE_TASK = 20_000  # names per task of a parsing worker
_PARALLEL_FROM = 30_000  # unique names; below this, starting processes costs more than it saves

NameRow = tuple[str, str, str, str, NameOrder]


def _forms(rows: list[NameRow]) -> list[tuple[str | None, ...]]:
    out = []
    for full, given, surname, patronymic, hint in rows:
        parsed: ParsedName = parse_name(
            full, given=given, surname=surname, patronymic=patronymic, order_hint=hint
        )
        out.append(tuple(getattr(parsed, name) for name in _FORM_FIELDS))
    return out


# Set once a linkage engine has run in this process (:func:`engine_started`).  A worker
# forked after that crashes in the C library before it parses a name (seen on every second
# linkage of 100,000 records in one process), while starting workers another way would
# make every caller's script guard its main module.  The names are then parsed here: slower,
# and only for a process that links more than once.
_ENGINE_STARTED = [False]


def engine_started() -> None:
    """Note that this process has run a linkage engine: parse names in it from now on."""
    _ENGINE_STARTED[0] = True


def _name_forms(rows: list[NameRow]) -> pd.DataFrame:
    """The forms (:data:`_FORM_FIELDS`) of each row's name, a frame row per row: each
    distinct name parsed once, in two processes when there are many."""
    # One look-up per row: the row's number among the distinct rows.
    numbers: dict[NameRow, int] = {}
    codes = np.fromiter(
        (numbers.setdefault(row, len(numbers)) for row in rows), dtype=np.intp, count=len(rows)
    )
    unique = list(numbers)
    return pd.DataFrame(_parsed_forms(unique), columns=list(_FORM_FIELDS)).take(codes)


def _parsed_forms(unique: list[NameRow]) -> list[tuple[str | None, ...]]:
    """The forms of each of ``unique``, in their order."""
    # Daemonic processes (pool workers, some job runners) may not start processes.
    if (
        len(unique) < _PARALLEL_FROM
        or multiprocessing.current_process().daemon
        or _ENGINE_STARTED[0]
    ):
        return _forms(unique)
    workers = max(1, min(4, os.cpu_count() or 1))
    # Many small tasks rather than one per worker: a worker holds one task's names and
    # forms at a time (at a million records, a half of them took each worker to 0.9 GB).
    size = min(-(-len(unique) // workers), _PARSE_TASK)
    chunks = [unique[i : i + size] for i in range(0, len(unique), size)]
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        return [forms for result in pool.map(_forms, chunks) for forms in result]


@functools.lru_cache(maxsize=100_000)
def fold_phrase(text: str) -> str:
    """A phrase (a place) folded word by word, as the features compare it."""
    return "".join(fold(word) for word in text.replace("-", " ").split())


@functools.lru_cache(maxsize=100_000)
def _place_key(text: str) -> str:
    """A village's name as one key in every script: each word's first letter and
    consonants, as the name keys read them.

    Lists write a village's vowels each their own way, and no letter rule gives them back
    (Köhnə, Кёхне, Kekhne, Kohna; Yuxarı, Юхары, Iukhary); its consonants they keep.
    Two villages whose names differ only in their vowels are rare beside that.
    """
    return "".join(name_skeleton(letter_key(word)) for word in text.replace("-", " ").split())


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series("", index=frame.index, dtype=object)
    return frame[column].fillna("").astype("str").str.strip()


def _per_value(values: pd.Series, convert: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """``convert`` applied to each distinct value once (lists repeat dates and ages)."""
    codes, uniques = pd.factorize(values.astype(str))
    converted = convert(pd.Series(uniques, dtype=object)).to_numpy()
    out = pd.Series(converted[codes], index=values.index)
    return out.where(codes >= 0)


def _month_first_sources(sources: pd.Series, *dates: pd.Series) -> set[str]:
    """The lists (values of ``sources``) whose ``dates`` are written month first, each
    list decided over all its dates (``list_dates.writes_month_first``, as the import
    decides)."""
    texts = pd.concat(
        [pd.DataFrame({"source": sources, "text": column}) for column in dates]
    ).drop_duplicates()
    numeric = texts[texts["text"].str.contains(r"\d[./-]\d", regex=True)]
    return {
        str(source)
        for source, group in numeric.groupby("source", sort=False)["text"]
        if writes_month_first(group)
    }


def _read_dates(
    values: pd.Series, month_first: pd.Series | None, take: Callable[[ListDate], object]
) -> pd.Series:
    """``take`` of each value read as a list's date (``analysis.list_dates``, the one reader
    of lists' dates), in the order its list writes dates (``month_first``: month first; none
    given, day first); None where a value is unreadable. Each distinct value is read once."""

    def one(marked: str) -> object:
        read = read_list_date(marked[2:], month_first=marked.startswith("m|"))
        return take(read) if read is not None else None

    return _per_value(_marked(values, month_first), lambda distinct: distinct.map(one))


def _marked(values: pd.Series, month_first: pd.Series | None) -> pd.Series:
    """Each value marked with its list's order, so that a value is distinct per order."""
    if month_first is None:
        return "d|" + values.astype(str)
    return month_first.map({True: "m|", False: "d|"}) + values.astype(str)


def _dates(values: pd.Series, month_first: pd.Series | None = None) -> pd.Series:
    """ISO dates of the values given to the day; None where less than a day is given."""
    return _read_dates(values, month_first, lambda d: d.date.isoformat() if d.day else None)


def _years(values: pd.Series, month_first: pd.Series | None = None) -> pd.Series:
    """The year of each date given to the day, to the month ("07.1993") or alone («1992
    г.», "1992 թ."; ``list_dates.read_list_year``): a list that gives a birth or an event
    by its year alone still tells one person's namesake born ten years later apart."""

    def one(marked: str) -> int | None:
        return read_list_year(marked[2:], month_first=marked.startswith("m|"))

    marked = _marked(values, month_first)
    return pd.to_numeric(_per_value(marked, lambda distinct: distinct.map(one)), errors="coerce")


def _months(values: pd.Series, month_first: pd.Series | None = None) -> pd.Series:
    """The year and month ("1993-07") of each date given to the day or to the month only."""
    return _read_dates(
        values, month_first, lambda d: f"{d.year:04d}-{d.month:02d}" if d.month else None
    )


def _numbers(values: pd.Series) -> pd.Series:
    def leading(distinct: pd.Series) -> pd.Series:
        return pd.to_numeric(distinct.str.extract(r"^\s*(\d{1,4})")[0], errors="coerce")

    return pd.to_numeric(_per_value(values, leading), errors="coerce")


def _two_digit_years(values: pd.Series) -> pd.Series:
    """Whether each value is a numeric date whose year has two digits (26.02.92)."""
    return values.astype(str).str.strip().str.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}")


def _none_if_blank(values: pd.Series) -> pd.Series:
    values = values.astype("str")
    return values.where(values != "")


def prepare_features(records: pd.DataFrame, key_column: str, source_column: str) -> pd.DataFrame:
    """Return one row per record: ``unique_id`` and the :data:`FEATURE_COLUMNS`.

    Names are parsed per record with the list's usual name order as the hint; sex comes
    from the record or, failing that, from the name's form; the birth year from the birth
    date, the birth year column or the age at the event, in that order.
    """
    out = pd.DataFrame(index=records.index)
    out["unique_id"] = records[key_column].astype(str)
    out["source"] = records[source_column].astype(str)
    full, given, surname, patronymic = (_text(records, c) for c in NAME_COLUMNS)
    hints = {
        source: detect_order(
            full[out["source"] == source].loc[lambda s: s != ""].tolist(), sample=500
        )
        for source in out["source"].unique()
    }
    # Plain object arrays: iterating Arrow-backed strings costs a call per value.
    columns = (full, given, surname, patronymic, out["source"])
    rows: list[NameRow] = [
        (f, g, s, p, hints[src])
        for f, g, s, p, src in zip(*(c.to_numpy(dtype=object) for c in columns), strict=True)
    ]
    table = _name_forms(rows).set_axis(out.index)
    for column in _FORM_FIELDS[:-1]:
        out[column] = _none_if_blank(table[column].fillna(""))
    out["surname_root"] = map_distinct(out["surname_canon"], surname_root)
    _read_slipped_endings(out, table["surname_readings"].fillna(""))
    for part, key in (("surname", "surname_root"), ("given", "given_canon")):
        out[f"{part}_skel"] = map_distinct(out[key], name_skeleton)
    # Given and father's names are one inventory: count them together.
    names = pd.concat([out["given_canon"], out["father_canon"]], ignore_index=True)
    out["given_count"] = occurrences(out["given_canon"], names)
    out["father_count"] = occurrences(out["father_canon"], names)
    out["surname_count"] = occurrences(out["surname_root"])
    stated_sex = stated_sexes(_text(records, "sex"))
    inferred_sex = table["sex"].fillna("")
    out["sex"] = _none_if_blank(stated_sex.fillna(inferred_sex))
    birth_text, event_text = _text(records, "birth_date"), _text(records, "event_date")
    month_first = out["source"].isin(_month_first_sources(out["source"], birth_text, event_text))
    birth_date = _dates(birth_text, month_first)
    event_date = _dates(event_text, month_first)
    year = _years(birth_text, month_first)
    year = year.fillna(_numbers(_text(records, "birth_year")))
    age = _numbers(_text(records, "age"))
    event_year = _years(event_text, month_first)
    # A birth date with a two-digit year ("06.03.26") that the reading of dates puts after
    # the event the list records of the person is of the century before: no one is born
    # after what happened to him (list_dates reads 26 as 2026, this century's year so far).
    later = (_two_digit_years(birth_text) & (year > event_year)).fillna(False).to_numpy(bool)
    year = year.where(~later, year - 100)
    birth_date = birth_date.where(
        ~later, year.astype("Int64").astype("string") + birth_date.astype("string").str[4:]
    )
    stated = year.notna()
    year = year.fillna(event_year - age)
    year = year.where((year > 1850) & (year < 2100))
    out["birth_from_age"] = year.notna() & ~stated
    # An age with no event date to subtract it from gives no birth year; it is kept to
    # be set against another record's birth year and event date.
    out["age"] = age.where(year.isna() & (age >= 0) & (age < 120)).astype("Int64")
    # A column apart from event_date: the model learns no comparison from the blocks of
    # its training that read a column the block joins on.
    out["event_year"] = event_year.astype("Int64")
    out["birth_date"] = birth_date
    out["birth_year"] = year.astype("Int64")
    out["birth_bin"] = (year // 2).astype("Int64")
    out["birth_bin_offset"] = ((year + 1) // 2).astype("Int64")
    place = _text(records, "place_of_origin")
    settlement = map_distinct(place, settlement_name)
    out["place_key"] = _none_if_blank(map_distinct(settlement, _place_key))
    out["place_fold"] = _none_if_blank(map_distinct(settlement, fold_phrase))
    out["event_date"] = event_date
    out["event_month"] = _months(event_text, month_first)
    out["event_place_fold"] = _none_if_blank(
        map_distinct(_text(records, "event_place"), fold_phrase)
    )
    out["fate"] = fate_key(_text(records, "status"))
    out["fate_vocabulary"] = fate_vocabularies(out["fate"], out["source"])
    out["fate_status"] = _per_value(
        _text(records, "status"), lambda distinct: distinct.map(read_list_status)
    )
    family = _text(records, "family_id")
    out["family"] = (out["source"] + ":" + family).where(family != "")
    # Surname root and given name, for blocking records that give no other fact.
    out["name_pair_key"] = out["surname_root"] + "|" + out["given_canon"]
    sparse = out["birth_year"].isna() & out["event_date"].isna()
    out["sparse_key"] = out["name_pair_key"].where(sparse)
    # The same with the surname's skeleton for its root, or the given name's for the
    # given name: a fact-less entry has no other rule to find it when a vowel of either
    # slipped (Msaev for Musayev, Kaml for Kamil).
    out["name_skel_key"] = out["surname_skel"] + "|" + out["given_canon"]
    out["sparse_skel_key"] = out["name_skel_key"].where(sparse)
    out["name_given_skel_key"] = out["surname_root"] + "|" + out["given_skel"]
    out["sparse_given_skel_key"] = out["name_given_skel_key"].where(sparse)
    out["initial_year_key"] = (
        out["surname_root"] + "|" + out["given_initial"] + "|" + out["birth_year"].astype("string")
    )
    out["initial_key"] = out["initial_year_key"].where(out["given_canon"].isna())
    out = _initial_block_keys(out)
    return out[["unique_id", *FEATURE_COLUMNS]].reset_index(drop=True)


def _read_slipped_endings(out: pd.DataFrame, readings: pd.Series) -> None:
    """Give a surname whose ending carries a slip (Guseynpva, Safarvoa, Alieyv) the
    key of the reading the lists themselves write often (Гусейнова, Səfərova, Əliyev),
    where the surname as it stands is rare beside it (:data:`SLIP_READING_RATIO`).

    An -ov surname is given the Armenian -yan surname of its root so too (Мартиросов
    beside Мартиросян), where the lists write that one far more often.

    Letters alone cannot tell Nesibva (Nəsibova, its o left out) from Guseynpva
    (Guseynova, its o mistyped); the other entries of the lists can.  A family name is
    shared by relatives whatever its spelling, so this joins no one a surname would
    have told apart."""
    counts = out["surname_root"].value_counts()
    keys = readings[readings != ""].str.split().explode()
    if keys.empty:
        return
    # A key without an ending class (an Armenian -yan surname, keys.armenian_reading) is
    # counted as written whole: its letters are also the root of other surnames (Гасаиов
    # read as a Гасанян is "kasan", the root of every Гасанов).
    as_root = pd.Series(occurrences(map_distinct(keys, surname_root), out["surname_root"]))
    as_whole = pd.Series(occurrences(keys, out["surname_canon"]))
    count = as_root.where(keys.str.contains(":").to_numpy(bool), as_whole)
    found = pd.DataFrame({"key": keys, "count": count.to_numpy()}, index=keys.index)
    best = found.sort_values("count", ascending=False, kind="stable")
    best = best[~best.index.duplicated()]
    own = out.loc[best.index, "surname_root"].map(counts).fillna(0)
    taken = best[
        (best["count"] >= SLIP_READING_MIN_COUNT) & (best["count"] >= SLIP_READING_RATIO * own)
    ]
    out.loc[taken.index, "surname_canon"] = taken["key"]
    out.loc[taken.index, "surname_root"] = taken["key"].map(surname_root)


def _capped(keys: pd.Series) -> pd.Series:
    """``keys`` without the values more than :data:`MAX_INITIAL_BLOCK` records share."""
    return keys.where(occurrences(keys) <= MAX_INITIAL_BLOCK)


def _initial_block_keys(out: pd.DataFrame) -> pd.DataFrame:
    """Add :data:`INITIAL_BLOCK_KEYS` to the features ``out``.

    An entry whose given name is an initial shares no blocking key with the entries
    that write the name out, unless its birth year or event date agrees exactly
    (``initial_key``, the rules with ``given_initial``).  These keys find it also when
    the birth years are one apart (two-year bins, offset by one: an age against a
    date), when one of the two gives neither birth year nor event date, and when one
    gives the event's month only (its month then agrees).  Each join has a side set
    only on abbreviated (or fact-less) entries, so the pairs it makes are bounded by
    their number times :data:`MAX_INITIAL_BLOCK`, not by the square of a common surname.
    """
    initial = out["given_canon"].isna() & out["given_initial"].notna()
    sparse = out["birth_year"].isna() & out["event_date"].isna()
    name = out["surname_root"] + "|" + out["given_initial"]
    capped = _capped(name)
    out["name_initial_key"] = capped
    out["initial_name_key"] = capped.where(initial)
    out["initial_sparse_key"] = capped.where(initial & sparse)
    out["sparse_initial_key"] = capped.where(sparse)
    # An abbreviated entry that gives an age and no event date ("Мамедов Х. | 21") has no
    # birth year; its age meets the age at the event of an entry that gives both dates,
    # or the other's age, in two-year bins (the birthday moves an age by one).
    age = out["age"].fillna(out["event_year"] - out["birth_year"])
    ages = {"age": age // 2, "age_offset": (age + 1) // 2}
    for suffix, values in (
        ("bin", out["birth_bin"]), ("bin_offset", out["birth_bin_offset"]),
        ("month", out["event_month"]), ("age", ages["age"]), ("age_offset", ages["age_offset"]),
    ):  # fmt: skip
        binned = _capped(name + "|" + values.astype("string"))
        out[f"name_{suffix}_key"] = binned
        out[f"initial_{suffix}_key"] = binned.where(initial)
    # Given and father's initial class with the event date, surname aside: an
    # abbreviated entry with a slip in its surname and no birth year (Гусейнво Э.В.)
    # has nothing else in common with the entry that writes its names out.
    event = out["event_date"].astype("string")
    initials_event = _capped(out["given_initial"] + "|" + out["father_initial"] + "|" + event)
    out["initials_event_key"] = initials_event
    out["initial_event_key"] = initials_event.where(initial)
    return out
