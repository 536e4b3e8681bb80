"""Russian: acts said by a verb with what it names after it, the event persons fell victim to
or the place of custody persons were put in (found by probing the reader with texts of our
own). Kept apart from ``ru_acts``, which ``ru`` merges them into."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import each

# Events whose victims are the dead as statements count them: «стали жертвами обстрела». (Not
# every «жертвами …»: victims of torture are the tortured, of fraud or of discrimination no
# figure of ours, so the event is named.)
_DEADLY_EVENTS = (
    "обстрел*", "артобстрел*", "нападени*", "теракт*", "террористическ*", "авиаудар*",
    "авианалет*", "авианалёт*", "удар*", "ракетн*", "атак*", "бомбардировк*", "бомбежк*",
    "бомбёжк*", "взрыв*", "расстрел*", "стрельб*", "наводнени*", "землетрясени*", "пожар*",
    "катастроф*", "крушени*", "обрушени*", "паводк*",
)  # fmt: skip

# Places of custody persons are put in: «водворены в изолятор», «в изоляторы водворены 37».
_CUSTODY_PLACES = ("изолятор*", "спецприемник*", "спецприёмник*", "ивс", "сизо")

TRIGGERS = {
    # Became victims of a deadly event, the subject before the predicate («не менее 12 человек
    # стали жертвами нападения»; «жертвами нападения стали 12» is ``ru_acts``'s), an
    # adjective or two between («стали жертвами очередного ракетного удара»).
    **each(
        " ".join(
            f"{verb}_жертвами_{event} {verb}_жертвами_~_{event}"
            for verb in ("стал*", "оказал*")
            for event in _DEADLY_EVENTS
        ),
        "killed",
    ),
    # Put in a place of custody, by the verbs of placing that ``ru_acts`` reads with a remand
    # prison only: «водворены в изолятор временного содержания», «помещены в спецприёмник»,
    # and the place first, its name in between («в изоляторы временного содержания водворены»).
    **each(
        " ".join(
            f"{verb}_в_{place} в_{place}_~_{verb}"
            for verb in ("водворен*", "водворил*", "помещен*", "поместил*")
            for place in _CUSTODY_PLACES
        ),
        "detained",
    ),
    # Still without a home, in the present as ``ru_acts`` has the past («остались без крова»):
    # «около трёх тысяч человек остаются без крова», «без жилья остаются 40 семей».
    **each(
        " ".join(
            f"{verb}_без_{home}"
            for verb in ("остаются", "остается", "остаётся")
            for home in ("крова", "жилья", "крыши_над_головой")
        ),
        "displaced",
    ),
    # A fate still not known, every adverb of time before every predicate of it («судьба
    # примерно 6 400 человек до сих пор не выяснена»; ``ru_acts`` has some pairs only).
    **each(
        " ".join(
            f"судьба_~~_{adverb}_{said}"
            for adverb in (
                "до_сих_пор",
                "по-прежнему",
                "пока",
                "до_настоящего_времени",
                "всё_ещё",
                "все_еще",
            )
            for said in ("неизвестн*", "не_известн*", "не_установлен*", "не_выяснен*", "невыяснен*")
        ),
        "missing",
    ),
    # A fate not known, said before the persons («до сих пор не установлена судьба 26
    # человек») or as no news of it («о судьбе остальных 26 сведений нет»).
    **each(
        " ".join(
            f"{said}_{fate}"
            for said in ("не_установлен*", "неизвестн*", "не_известн*", "не_выяснен*")
            for fate in ("судьба", "~_судьба")
        )
        + " "
        + " ".join(
            f"о_судьбе_~_{none}"
            for none in (
                "сведений_нет",
                "нет_сведений",
                "нет_никаких_сведений",
                "никаких_сведений_нет",
                "ничего_не_известно",
                "информации_нет",
                "нет_информации",
            )
        ),
        "missing",
    ),
    # Pardoned, of prisoners, is how a head of state sets them free: «помилованы 18
    # политзаключённых».
    **each("помилован* помиловал*", "released"),
    # Settled into a shelter, as «размещены» (``ru_acts``, housed): «в пункты временного
    # размещения заселены 820 человек» are displaced; persons held moved elsewhere are not.
    **each("заселен* заселён* заселил*", "housed"),
}
