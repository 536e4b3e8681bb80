"""A small fictional demo case: every place, person and figure in it is invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from rightsledger.cases.actions import create_case, create_object
from rightsledger.cases.models import Case
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.actions import create_person, set_event_places

DEMO_SLUG = "demo-tamarisk"

# (names as recorded: (value, kind, script)), sex, birth year, statuses over time
_PEOPLE: list[tuple[list[tuple[str, str, str]], str, int | None, list[str]]] = [
    ([("Əliyev Həsən Əli oğlu", "full", "Latn"), ("Алиев Гасан Алиевич", "full", "Cyrl")],
     "male", 1950, ["killed"]),
    ([("Məmmədova Leyla Vaqif qızı", "full", "Latn")], "female", 1961, ["killed"]),
    ([("Hüseynov Rauf", "full", "Latn"), ("Гусейнов Рауф", "full", "Cyrl")],
     "male", 1984, ["killed"]),
    ([("Qasımova Aygün", "full", "Latn")], "female", 1979, ["injured"]),
    ([("Cəfərov Elçin Tofiq oğlu", "full", "Latn")], "male", 1970, ["captured", "released"]),
    ([("Джафарова Севиль", "full", "Cyrl")], "female", 1975, ["captured", "missing"]),
    ([("Səfərov Nicat", "full", "Latn")], "male", 2003, ["killed"]),
    ([("Rzayeva Gülnar", "full", "Latn")], "female", 1931, ["killed"]),
    ([("Petrosyan Armen", "full", "Latn"), ("Պետրոսյան Արմեն", "full", "Armn")],
     "male", 1966, ["injured"]),
    ([("Ismayilov Tural", "full", "Latn")], "male", 1990, ["captured", "found_dead"]),
]  # fmt: skip


@transaction.atomic
def load_demo(owner: Any) -> Case:
    """Create the demo case owned by ``owner``; if it exists already, return it unchanged."""
    existing = Case.objects.filter(slug=DEMO_SLUG).first()
    if existing is not None:
        return existing
    case = create_case(
        name="Demo: Tamarisk valley (fictional)",
        slug=DEMO_SLUG,
        description="An invented case to explore Rightsledger. No real person or place.",
        owner=owner,
    )

    def make(model: type[Any], **fields: Any) -> Any:
        return create_object(model, acting_user=owner, case=case, **fields)

    region = make(rm.Place, name="Tamarisk valley", latitude=40.10, longitude=46.70)
    town = make(rm.Place, name="Tamarisk", parent=region, latitude=40.12, longitude=46.74)
    make(rm.PlaceName, place=town, name="Tamarisk", language="en", script="Latn")
    make(rm.PlaceName, place=town, name="Тамариск", language="ru", script="Cyrl")
    attack = make(
        rm.Event,
        title="Attack on Tamarisk",
        event_type=v.EventType.ATTACK,
        start_date=dt.date(2001, 3, 4),
        start_precision=v.DatePrecision.DAY,
        end_date=dt.date(2001, 3, 5),
        end_precision=v.DatePrecision.DAY,
        date_as_stated="the night of 4 to 5 March 2001",
    )
    set_event_places(event=attack, places=[town], acting_user=owner)
    crossing = make(
        rm.Event,
        title="Capture of civilians at the river crossing",
        event_type=v.EventType.DETENTION,
        parent=attack,
        start_date=dt.date(2001, 3, 5),
        start_precision=v.DatePrecision.DAY,
    )
    acts = {
        "killed": make(rm.Act, event=attack, act_type=v.ActType.KILLING, place=town,
                       date=dt.date(2001, 3, 4), date_precision=v.DatePrecision.DAY),
        "injured": make(rm.Act, event=attack, act_type=v.ActType.INJURY, place=town),
        "captured": make(rm.Act, event=crossing, act_type=v.ActType.HOSTAGE_TAKING),
    }  # fmt: skip
    hospital = make(
        rm.Source,
        title="District hospital admissions list (fictional)",
        kind=v.SourceKind.LIST,
        reliability=v.Reliability.B,
    )
    statement = make(rm.Source, title="Statement of the regional ombudsman (fictional)",
                     kind=v.SourceKind.STATEMENT, reliability=v.Reliability.C,
                     date=dt.date(2002, 3, 4))  # fmt: skip
    person_type = ContentType.objects.get_for_model(rm.Person)
    for names, sex, birth_year, statuses in _PEOPLE:
        person = create_person(
            case=case,
            acting_user=owner,
            names=[{"value": n, "kind": k, "script": s} for n, k, s in names],
            sex=sex,
            birth_year=birth_year,
            place_of_origin=town,
        )
        first = statuses[0]
        act = acts["killed" if first == "killed" else first if first in acts else "captured"]
        involvement = make(rm.Involvement, act=act, person=person, role=v.InvolvementRole.VICTIM)
        for status in statuses:
            make(rm.StatusRecord, involvement=involvement, status=status)
        if first == "injured":
            make(rm.Claim, source=hospital, kind=v.ClaimKind.INDIVIDUAL, credibility=2,
                 statement=f"{person.display_name} was admitted with shrapnel wounds.",
                 subject_type=person_type, subject_id=person.pk)  # fmt: skip
    for category, subgroup, count in [
        ("killed", "all", 9),
        ("killed", "women", 3),
        ("captured", "all", 4),
        ("missing", "all", 2),
    ]:
        make(rm.Claim, source=statement, kind=v.ClaimKind.AGGREGATE, credibility=6,
             statement=f"The statement gives {count} ({subgroup}) as {category}.",
             event=attack, category=category, subgroup=subgroup, count=count)  # fmt: skip
    return case
