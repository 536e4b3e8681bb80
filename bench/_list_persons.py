"""A benchmark case made as imported lists make it: persons of the record from list rows.

Most persons come from six imported lists (``registry.derive`` shapes: each list row is a
raw row, a source record, and the name, involvement and status it states, attributed to its
row and its list's source), already linked (about 3 in 10 persons have rows in two or three
lists; their rows may disagree — killed in one, injured in another — and a captive's later
row may say released).  A few thousand persons are entered by hand, as documenters enter
them (names, involvements, statuses without a row; a documented record each, as linkage
keeps it; household links).  A linkage run leaves pairs awaiting review; a statement's
claims sit beside the figures.

Rows are bulk-inserted directly for speed, as an import inserts them (``insert_rows``,
instances from ``row_maker``), and recorded as bulk writes record them
(``record_bulk_changes``: each row's id and state hash, in entries of 5,000 rows), so the
history a person page searches is as large as an import would leave it; the lists' row
counts, set at the end, are recorded too, so that ``verify`` passes on the case.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from statistics import median
from typing import Any

# (Latin, Cyrillic) spellings: a Cyrillic list writes the same persons in its own script.
GIVEN = [("Həsən", "Гасан"), ("Leyla", "Лейла"), ("Rauf", "Рауф"), ("Aygün", "Айгюн"),
         ("Elçin", "Эльчин"), ("Sevil", "Севиль"), ("Nicat", "Ниджат"), ("Gülnar", "Гюльнар"),
         ("Tural", "Турал"), ("Vüsal", "Вюсал"), ("Nərmin", "Нармин"), ("Kamran", "Камран"),
         ("Aysel", "Айсель"), ("Orxan", "Орхан"), ("Zəhra", "Захра"), ("Fuad", "Фуад"),
         ("Lalə", "Лала"), ("Samir", "Самир"), ("Rəşid", "Рашид"), ("Anuş", "Ануш"),
         ("Armen", "Армен"), ("Davit", "Давид")]  # fmt: skip
SURNAMES = [("Məmmədov", "Мамедов"), ("Əliyev", "Алиев"), ("Hüseynov", "Гусейнов"),
            ("Həsənov", "Гасанов"), ("Quliyev", "Кулиев"), ("İsmayılov", "Исмаилов"),
            ("Cəfərov", "Джафаров"), ("Rzayev", "Рзаев"), ("Səfərov", "Сафаров"),
            ("Qasımov", "Касымов"), ("Petrosyan", "Петросян"), ("Hakobyan", "Акопян"),
            ("Sargsyan", "Саргсян"), ("Abbasov", "Аббасов"), ("Babayev", "Бабаев"),
            ("Kərimov", "Керимов"), ("Nəsirov", "Насиров"), ("Vəliyev", "Велиев")]  # fmt: skip
# A person's status as the first list gives it.
STATUS_MIX = [("killed", 0.35), ("injured", 0.24), ("captured", 0.15), ("missing", 0.1),
              ("found_dead", 0.04), ("displaced", 0.08), ("identified", 0.02), ("", 0.02)]  # fmt: skip
AS_GIVEN = {"killed": "öldürülüb", "injured": "yaralanıb", "captured": "əsir götürülüb",
            "missing": "itkin düşüb", "found_dead": "meyiti tapılıb", "displaced": "köçkün",
            "identified": "şəxsiyyəti müəyyən edilib", "released": "azad edilib", "": ""}  # fmt: skip
# (title, share of the list-made persons it names, writes names in Cyrillic, gives families)
LISTS = [("Ombudsman list", 0.40, False, True), ("Hospital registers", 0.30, False, False),
         ("Committee list (ru)", 0.25, True, True), ("Municipality list", 0.20, False, False),
         ("Red Cross tracing list", 0.10, False, False), ("Press list", 0.06, False, False)]  # fmt: skip
HEADER = ["No", "Full name", "Sex", "Born", "Age", "Date", "Status", "Family"]
EVENT_DAY = dt.date(1992, 2, 26)
BATCH = 10_000
HAND_SHARE = 0.003  # persons entered by hand: a few thousand in a million


@dataclass
class Loaded:
    persons: int = 0
    list_persons: int = 0
    hand_persons: int = 0
    rows: int = 0
    rows_by_list: dict[str, int] = field(default_factory=dict)
    pending_pairs: int = 0
    history_entries: int = 0
    seconds: float = 0.0


@dataclass
class _Lists:
    sources: list[Any]
    imports: list[Any]
    acts: list[dict[str, Any]]  # per list: act type → act
    next_row: list[int]


def _make_lists(case: Any, user: Any, event: Any) -> _Lists:
    from rightsledger.records import models as rm
    from rightsledger.registry.models import ListImport

    sources, imports = [], []
    acts: list[dict[str, Any]] = []
    for index, (title, _share, _cyr, _fam) in enumerate(LISTS):
        source = rm.Source.objects.create(case=case, title=title, kind="list", reliability="F")
        sources.append(source)
        imports.append(ListImport.objects.create(
            case=case, source=source, event=event, file_name=f"list-{index + 1}.csv",
            file_sha256=f"{index + 1:064x}", file_size=0, file_format="csv", encoding="utf-8",
            delimiter=",", header=HEADER,
            mapping={"record_id": "No", "full_name": "Full name", "sex": "Sex",
                     "birth_year": "Born", "age": "Age", "event_date": "Date",
                     "status": "Status", "family_id": "Family"},
            imported_by=user,
        ))  # fmt: skip
        acts.append({})
    return _Lists(sources, imports, acts, [1] * len(LISTS))


def _lists_so_far(case: Any) -> _Lists:
    """The lists of a load that stopped part-way, with their acts and next row numbers."""
    from django.db.models import Max

    from rightsledger.records import models as rm
    from rightsledger.registry.models import ListImport

    imports = list(ListImport.objects.filter(case=case).select_related("source").order_by("pk"))
    acts: list[dict[str, Any]] = []
    for list_import in imports:
        found = rm.Act.objects.filter(case=case, notes__contains=f" {list_import.file_name} ")
        acts.append({act.act_type: act for act in found})
    next_row = [1 + (i.rows.aggregate(n=Max("row_number"))["n"] or 0) for i in imports]
    return _Lists([i.source for i in imports], imports, acts, next_row)


def _act(case: Any, lists: _Lists, index: int, status: str, event: Any, made: list[Any]) -> Any:
    """One act per list and act type, in the list's event (as ``derive.ActsOfList``)."""
    from rightsledger.records import models as rm
    from rightsledger.records import vocabulary as v

    act_type = v.act_type_of_status(status)
    if act_type not in lists.acts[index]:
        act = rm.Act.objects.create(
            case=case, event=event, act_type=act_type,
            notes=f"Victims as listed in {lists.imports[index].file_name} "
                  f"(source: {lists.sources[index].title}).",
        )  # fmt: skip
        lists.acts[index][act_type] = act
        made.append(act)
    return lists.acts[index][act_type]


def _row_status(rng: random.Random, first: str, position: int) -> str:
    """The status a person's ``position``-th row gives (the first row gives ``first``)."""
    if position == 0:
        return first
    if first == "captured" and rng.random() < 0.5:
        return "released"
    roll = rng.random()
    if roll < 0.85:
        return first
    if roll < 0.95:  # another list disagrees
        return {"killed": "injured", "injured": "killed", "missing": "killed",
                "captured": "missing", "found_dead": "missing"}.get(first, "displaced")  # fmt: skip
    return ""


def _list_choice(rng: random.Random, rows: int) -> list[int]:
    weights = [share for _, share, _, _ in LISTS]
    chosen: list[int] = []
    while len(chosen) < rows:
        pick = rng.choices(range(len(LISTS)), weights)[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


def _batch_of_list_persons(case: Any, lists: _Lists, event: Any, size: int,
                           rng: random.Random, family_seq: list[int]) -> list[Any]:  # fmt: skip
    """``size`` list-made persons with their rows and facts; returns every row written.

    Written as an import writes them (``insert_rows``: ids from the sequence, one COPY per
    table on PostgreSQL; instances built by ``row_maker``, relations set by id): through
    ``bulk_create``, a million persons took about 90 minutes."""
    from rightsledger.cases.bulk_writes import insert_rows, row_maker
    from rightsledger.records import models as rm
    from rightsledger.records.naming import search_key
    from rightsledger.registry.derive import script_code, status_date
    from rightsledger.registry.models import LinkedPerson, RawRow, SourceRecord

    made_acts: list[Any] = []
    # Who each person is, and which lists name them (and with what).
    plans = []
    family: tuple[int, int, str] | None = None  # (members left, family number, its status)
    for _ in range(size):
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        sex = "female" if given[0] in {"Leyla", "Aygün", "Sevil", "Gülnar", "Nərmin", "Aysel",
                                       "Zəhra", "Lalə", "Anuş"} else "male"  # fmt: skip
        birth_year = rng.randint(1915, 1991) if rng.random() < 0.75 else None
        status = rng.choices([s for s, _ in STATUS_MIX], [w for _, w in STATUS_MIX])[0]
        family_no = None
        if family is None and rng.random() < 0.03:  # families of 2–4 listed together
            family = (rng.randint(2, 4), family_seq[0], "killed" if rng.random() < 0.3 else "")
            family_seq[0] += 1
        if family is not None:
            left, family_no, family_status = family
            status = family_status or status
            family = (left - 1, family_no, family_status) if left > 1 else None
        rows = rng.choices([1, 2, 3], [0.7, 0.22, 0.08])[0]
        plans.append((surname, given, sex, birth_year, status, family_no, _list_choice(rng, rows)))
    new_raw, new_record = row_maker(RawRow), row_maker(SourceRecord)
    raws, records, list_of = [], [], []  # list_of: each record's list (its index in LISTS)
    for surname, given, sex, birth_year, status, family_no, chosen in plans:
        for position, index in enumerate(chosen):
            _title, _share, cyrillic, families = LISTS[index]
            script = 1 if cyrillic else 0
            name = f"{surname[script]} {given[script]}"
            row_status = _row_status(rng, status, position)
            year = birth_year if birth_year and rng.random() < 0.9 else None
            if year and rng.random() < 0.05:
                year += rng.choice([-1, 1])
            age = (EVENT_DAY.year - birth_year) if birth_year and rng.random() < 0.25 else None
            when = rng.random()
            event_date = "1992-02-26" if when < 0.55 else ("1992" if when < 0.7 else "")
            family_id = f"F{family_no}" if families and family_no is not None else ""
            row_sex = {"male": "M", "female": "F"}[sex] if rng.random() < 0.9 else ""
            number = lists.next_row[index]
            lists.next_row[index] += 1
            cells = [str(number), name, row_sex, str(year or ""), str(age or ""), event_date,
                     AS_GIVEN[row_status], family_id]  # fmt: skip
            list_import_id = lists.imports[index].pk
            raws.append(new_raw(case_id=case.pk, list_import_id=list_import_id,
                                row_number=number, cells=cells))  # fmt: skip
            records.append(new_record(
                case_id=case.pk, list_import_id=list_import_id, source_id=lists.sources[index].pk,
                record_id=str(number), full_name=name,
                sex={"M": "male", "F": "female"}.get(row_sex, ""), birth_year=year, age=age,
                event_date=event_date, status=row_status, status_as_given=AS_GIVEN[row_status],
                family_id=family_id,
            ))  # fmt: skip
            list_of.append(index)
    insert_rows(RawRow, raws)
    for raw, record in zip(raws, records, strict=True):
        record.raw_row_id = raw.pk
    # Persons as linkage leaves them: one per planned person, its fields from its rows
    # (``derive.person_fields``: majority sex and birth year, median age, first name).
    new_person, new_marker = row_maker(rm.Person), row_maker(LinkedPerson)
    persons, at = [], 0
    owners = []
    for plan in plans:
        own = records[at : at + len(plan[6])]
        at += len(plan[6])
        sexes = Counter(r.sex for r in own if r.sex)
        years = Counter(r.birth_year for r in own if r.birth_year)
        ages = [r.age for r in own if r.age is not None]
        persons.append(new_person(
            case_id=case.pk, display_name=own[0].full_name,
            sex=sexes.most_common(1)[0][0] if sexes else "unknown",
            birth_year=years.most_common(1)[0][0] if years else None,
            age_at_event=int(median(ages)) if ages else None,
        ))  # fmt: skip
        owners.append(own)
    insert_rows(rm.Person, persons)
    markers = [new_marker(case_id=case.pk, person_id=p.pk) for p in persons]
    insert_rows(LinkedPerson, markers)
    for person, own in zip(persons, owners, strict=True):
        for record in own:
            record.person_id = person.pk
    insert_rows(SourceRecord, records)
    new_name, new_involvement = row_maker(rm.PersonName), row_maker(rm.Involvement)
    new_status = row_maker(rm.StatusRecord)
    names, involvements = [], []
    for record, index in zip(records, list_of, strict=True):
        names.append(new_name(
            case_id=case.pk, person_id=record.person_id, kind="full", value=record.full_name,
            script=script_code(record.full_name), search_key=search_key(record.full_name),
            source_id=record.source_id, source_record_id=record.pk,
        ))  # fmt: skip
        involvements.append(new_involvement(
            case_id=case.pk, act_id=_act(case, lists, index, record.status, event, made_acts).pk,
            person_id=record.person_id, role="victim", source_id=record.source_id,
            source_record_id=record.pk,
        ))  # fmt: skip
    insert_rows(rm.PersonName, names)
    insert_rows(rm.Involvement, involvements)
    statuses = []
    for record, involvement in zip(records, involvements, strict=True):
        if record.status:
            date, precision = status_date(record.event_date)
            statuses.append(new_status(
                case_id=case.pk, involvement_id=involvement.pk, person_id=record.person_id,
                status=record.status, date=date, date_precision=precision,
                source_id=record.source_id, source_record_id=record.pk,
            ))  # fmt: skip
    insert_rows(rm.StatusRecord, statuses)
    return [*made_acts, *raws, *persons, *markers, *records, *names, *involvements, *statuses]


def _hand_entered(case: Any, event: Any, count: int, rng: random.Random) -> list[Any]:
    """Persons documenters entered: names, involvements, statuses (some attributed to a
    testimony), a documented record each (as linkage keeps it), household links."""
    from rightsledger.cases.bulk_writes import insert_rows, row_maker
    from rightsledger.records import models as rm
    from rightsledger.records.naming import search_key
    from rightsledger.registry.models import SourceRecord

    testimony = rm.Source.objects.create(case=case, title="Testimonies", kind="testimony",
                                         reliability="B")  # fmt: skip
    acts = {status: rm.Act.objects.create(case=case, event=event, act_type=act_type)
            for status, act_type in [("killed", "killing"), ("injured", "injury"),
                                     ("captured", "detention"), ("missing", "other")]}  # fmt: skip
    new_person, new_name = row_maker(rm.Person), row_maker(rm.PersonName)
    new_involvement, new_status = row_maker(rm.Involvement), row_maker(rm.StatusRecord)
    new_record = row_maker(SourceRecord)
    persons, names, involvements, records = [], [], [], []
    for _ in range(count):
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        persons.append(new_person(case_id=case.pk, display_name=f"{surname[0]} {given[0]}",
                                  sex=rng.choice(["male", "female"]),
                                  birth_year=rng.randint(1915, 1991)))  # fmt: skip
    insert_rows(rm.Person, persons)
    chosen = []  # (status, source id) of each person's involvement and status
    for person in persons:
        names.append(new_name(case_id=case.pk, person_id=person.pk, kind="full",
                              value=person.display_name,
                              search_key=search_key(person.display_name)))  # fmt: skip
        status = rng.choice(list(acts))
        source_id = testimony.pk if rng.random() < 0.5 else None
        chosen.append((status, source_id))
        involvements.append(new_involvement(case_id=case.pk, act_id=acts[status].pk,
                                            person_id=person.pk, role="victim",
                                            source_id=source_id))  # fmt: skip
        records.append(new_record(
            case_id=case.pk, documented=True, person_id=person.pk, record_id=f"P{person.pk}",
            full_name=person.display_name, sex=person.sex, birth_year=person.birth_year,
            status=status, event_date=EVENT_DAY.isoformat(),
        ))  # fmt: skip
    insert_rows(rm.PersonName, names)
    insert_rows(rm.Involvement, involvements)
    statuses = [
        new_status(case_id=case.pk, involvement_id=involvement.pk, person_id=person.pk,
                   status=status, date=EVENT_DAY, date_precision="day", source_id=source_id)
        for person, involvement, (status, source_id) in zip(persons, involvements, chosen,
                                                            strict=True)
    ]  # fmt: skip
    insert_rows(rm.StatusRecord, statuses)
    insert_rows(SourceRecord, records)
    links = []
    for a, b in zip(persons[0 : count // 5 : 2], persons[1 : count // 5 : 2], strict=False):
        links.append(rm.Relationship(case_id=case.pk, person_id=a.pk, relative_id=b.pk,
                                     kind="household"))  # fmt: skip
    rm.Relationship.objects.bulk_create(links)
    return [testimony, *acts.values(), *persons, *names, *involvements, *statuses, *records,
            *links]  # fmt: skip


def _linkage_leftovers(case: Any, user: Any, rng: random.Random, pairs: int) -> list[Any]:
    """A current linkage run with ``pairs`` pairs awaiting review (and a few decided)."""
    from rightsledger.registry.models import LinkageRun, MatchDecision, ReviewPair, SourceRecord

    run = LinkageRun.objects.create(case=case, started_by=user, records=0, persons=0)
    ids = list(SourceRecord.objects.filter(case=case, documented=False)
               .order_by("?").values_list("pk", "person_id")[: pairs * 2])  # fmt: skip
    made, seen = [], set()
    for (a, pa), (b, pb) in zip(ids[0::2], ids[1::2], strict=False):
        if pa == pb:
            continue
        low, high = sorted((a, b))
        if (low, high) in seen:
            continue
        seen.add((low, high))
        made.append(ReviewPair(
            case=case, run=run, record_a_id=low, record_b_id=high,
            match_probability=round(rng.uniform(0.3, 0.9), 3), match_weight=rng.uniform(-2, 4),
            evidence=[{"comparison": "name", "level": "similar", "match_weight": 2.1},
                      {"comparison": "birth_year", "level": "differs", "match_weight": -1.3}],
        ))  # fmt: skip
    ReviewPair.objects.bulk_create(made, batch_size=5000)
    decided = [
        MatchDecision(case=case, record_a_id=p.record_a_id, record_b_id=p.record_b_id,
                      verdict="non_match", decided_by=user)
        for p in made[: len(made) // 20]
    ]  # fmt: skip
    MatchDecision.objects.bulk_create(decided)
    run.records = SourceRecord.objects.filter(case=case).count()
    run.review_pairs = len(made)
    run.save(update_fields=["records", "review_pairs"])
    return [run, *made, *decided]


def _claims(case: Any, event: Any, user: Any) -> None:
    from rightsledger.cases.actions import create_object
    from rightsledger.records import models as rm

    statement = create_object(rm.Source, acting_user=user, case=case, title="Ombudsman statement",
                              kind="statement", reliability="C")  # fmt: skip
    for category, subgroup, count in [
        ("killed", "all", 613),
        ("killed", "women", 106),
        ("killed", "children", 63),
        ("missing", "all", 150),
    ]:
        create_object(rm.Claim, acting_user=user, case=case, source=statement, kind="aggregate",
                      statement=f"{count} {category} ({subgroup})", event=event,
                      category=category, subgroup=subgroup, count=count,
                      as_stated=f"{count} {category}")  # fmt: skip


def populate(case: Any, persons: int, *, seed: int = 1) -> Loaded:
    """Fill ``case`` with ``persons`` persons, most from imported lists (see the module)."""
    from django.db import transaction

    from rightsledger.cases.actions import record_bulk_changes
    from rightsledger.records import models as rm
    from rightsledger.registry.models import LinkedPerson, ListImport, SourceRecord

    user = case.memberships.first().user
    loaded = Loaded(persons=persons)
    started = time.perf_counter()
    hand = max(1, round(persons * HAND_SHARE))
    loaded.hand_persons, loaded.list_persons = hand, persons - hand
    event = rm.Event.objects.filter(case=case, title="Benchmark event").first()
    if event is None:
        with transaction.atomic():
            event = rm.Event.objects.create(case=case, title="Benchmark event",
                                            start_date=EVENT_DAY, start_precision="day")  # fmt: skip
            lists = _make_lists(case, user, event)
            record_bulk_changes(case=case, acting_user=user, message="benchmark lists",
                                summary={"lists": len(LISTS)},
                                created=[event, *lists.sources, *lists.imports])  # fmt: skip
    else:  # a load that stopped part-way: carry on after its last whole batch
        lists = _lists_so_far(case)
    done = LinkedPerson.objects.filter(case=case).count()
    rng = random.Random(seed + done)
    family_seq = [1 + max((int(f[1:]) for f in SourceRecord.objects.filter(case=case)
                           .exclude(family_id="").values_list("family_id", flat=True)),
                          default=0)]  # fmt: skip
    while done < loaded.list_persons:
        size = min(BATCH, loaded.list_persons - done)
        batch_started = time.perf_counter()
        with transaction.atomic():
            rows = _batch_of_list_persons(case, lists, event, size, rng, family_seq)
            entries = record_bulk_changes(
                case=case, acting_user=user, summary={"persons": [done, done + size]},
                message=f"benchmark list rows, persons {done + 1}–{done + size}", created=rows,
            )  # fmt: skip
            loaded.history_entries += len(entries)
        done += size
        rate = size / (time.perf_counter() - batch_started)
        print(f"\r  {done:,} list-made persons ({rate:,.0f}/s in the last batch)", end="",
              file=sys.stderr, flush=True)  # fmt: skip
    print(file=sys.stderr)
    with transaction.atomic():
        written = _hand_entered(case, event, hand, rng)
        written += _linkage_leftovers(case, user, rng, pairs=max(1, persons // 50))
        for index, list_import in enumerate(lists.imports):
            ListImport.objects.filter(pk=list_import.pk).update(
                rows_imported=lists.next_row[index] - 1
            )
            loaded.rows_by_list[LISTS[index][0]] = lists.next_row[index] - 1
        # The lists' row counts are recorded with the rest (read back, so that the history
        # holds what the database holds): ``verify`` finds a row changed unrecorded.
        counted = list(ListImport.objects.filter(pk__in=[i.pk for i in lists.imports]))
        entries = record_bulk_changes(case=case, acting_user=user, summary={"hand": hand},
                                      message="benchmark hand-entered persons and linkage",
                                      created=written, updated=counted)  # fmt: skip
        loaded.history_entries += len(entries)
        _claims(case, event, user)
    loaded.rows = sum(loaded.rows_by_list.values())
    from rightsledger.registry.review import pending_pairs

    loaded.pending_pairs = pending_pairs(case).count()
    loaded.seconds = time.perf_counter() - started
    return loaded


def status_changes(case: Any, user: Any, rng: random.Random) -> Callable[[], None]:
    """A change a documenter makes, through the actions, each call: a status record added to
    a random person (killed, injured or missing), then taken away again on the next call —
    so a benchmark can time what the first reader after a write waits for."""
    from rightsledger.cases.actions import create_object, delete_object
    from rightsledger.records import models as rm

    involvements = list(rm.Involvement.objects.filter(case=case).order_by("?")[:200])
    added: list[Any] = []

    def change() -> None:
        if added:
            delete_object(added.pop(), acting_user=user)
            return
        involvement = rng.choice(involvements)
        added.append(create_object(rm.StatusRecord, acting_user=user, case=case,
                                   involvement=involvement, person_id=involvement.person_id,
                                   status=rng.choice(["injured", "killed", "missing"])))  # fmt: skip

    return change
