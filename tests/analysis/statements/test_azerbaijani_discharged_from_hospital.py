"""Azerbaijani "xəstəxanadan evə buraxılıb" (discharged from hospital home) is said of the
hurt, not of the held: "buraxıl-" (let go) alone is a release, but from hospital it is no
release. And after a count with its possessive ending, a place in the ablative or dative
("xəstəxanadan", "evə") is where from or to, not the group counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_part_of_the_injured_discharged():
    text = (
        "Avtobusa atəş açılması nəticəsində 15 nəfər yaralanıb. Onlardan 9-u tibbi yardım "
        "göstərildikdən sonra xəstəxanadan evə buraxılıb."
    )
    assert _read(text) == [("injured", "all", 15, None), ("injured", "all", 9, 0)]


def test_near_miss_detainees_let_go_home():
    text = "Aksiya zamanı 18 nəfər saxlanılıb, onlardan 11-i axşam evə buraxılıb."
    assert _read(text) == [("detained", "all", 18, None), ("released", "all", 11, 0)]


def test_near_miss_a_building_counted_in_the_nominative():
    text = "Zərbələr nəticəsində 14 bina dağılıb, onlardan 2-si məktəbdir."
    claims = _read(text)
    assert claims[1][1:] == ("schools", 2, 0)


def test_sent_home_once_aid_was_given_in_a_list_item():
    # The act in the label before the colon, the hospital unsaid: aid given, then sent home.
    text = (
        "Partlayışdan sonra həkimlərə müraciət edən yaralıların sayı 30 nəfərə çatıb. Onlardan:\n"
        "- xəstəxanaya yerləşdirilib: 18 nəfər;\n"
        "- ilk tibbi yardım göstərilərək evə buraxılıb: 12 nəfər."
    )
    assert _read(text) == [
        ("injured", "all", 30, None),
        ("injured", "all", 18, 0),
        ("injured", "all", 12, 0),
    ]


def test_near_miss_detainees_sent_home_in_a_list_item():
    # No aid given: sent home after questioning is a release.
    text = (
        "Aksiya zamanı 25 nəfər saxlanılıb. Onlardan:\n"
        "- həbs edilib: 6 nəfər;\n"
        "- izahat alınaraq evə buraxılıb: 19 nəfər."
    )
    read = [claim[:3] for claim in _read(text)]
    assert ("released", "all", 19) in read
    assert ("injured", "all", 19) not in read


def test_sent_home_after_aid_named_in_the_ablative():
    text = (
        "Yanğından sonra xəstəxanaya 22 yaralı gətirilib. Axşam yaralılardan 8-i "
        "ambulator yardımdan sonra evə buraxılıb."
    )
    assert _read(text) == [("injured", "all", 22, None), ("injured", "all", 8, 0)]


def test_part_of_the_hurt_sent_home_with_no_aid_named():
    # The whole in the ablative names them hurt: sent home from care, not set free.
    text = "Qəzada 17 nəfər yaralanıb. Yaralananlardan altısı artıq evə buraxılıb."
    assert _read(text) == [("injured", "all", 17, None), ("injured", "all", 6, 0)]


def test_near_miss_part_of_the_held_sent_home():
    text = "Mitinqdə 30 nəfər saxlanılıb. Saxlanılanlardan 14-ü gecə evə buraxılıb."
    assert _read(text) == [("detained", "all", 30, None), ("released", "all", 14, 0)]
