"""An answer may tell when it happened before it counts ("— Sizi necə əsir götürdülər? — 1995-ci
ilin payızı idi. Bizi, on iki nəfəri, …", "— How were you taken? — It was in May 1994. They
surrounded seventeen of us"): a first sentence with a date and no count and no act answers
nothing, and the first sentence that counts takes the fate the question asked about. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


def test_azerbaijani_a_scene_then_the_count():
    text = (
        "— Sizi necə girov götürdülər?\n\n"
        "— 1995-ci ilin payızı idi. Bizi, on iki nəfəri, yolda mühasirəyə aldılar. "
        "Bizdən beş nəfəri sonra dəyişdilər."
    )
    assert _read(text, "az") == [("captured", 12, None), ("released", 5, 0)]


def test_near_miss_a_count_before_answers_first():
    # The first sentence counts (a count of its own): it is the answer, not the later one.
    text = "— Sizi necə girov götürdülər?\n\n— Kənddə 300 ev var idi. Bizi, on iki nəfəri, yolda saxladılar."
    assert ("captured", 12, None) not in _read(text, "az")


def test_near_miss_an_act_before_is_no_scene():
    text = (
        "— Sizi necə girov götürdülər?\n\n"
        "— Əvvəl evləri yandırdılar. Bizi, on iki nəfəri, yolda mühasirəyə aldılar."
    )
    assert ("captured", 12, None) not in _read(text, "az")


def test_near_miss_a_sentence_with_no_date_may_answer_in_words():
    # It answers in words; the count after it says more of the answer, no fate of its own.
    text = "— А разрушения?\n\n— Мост стоит без перил. Из шести домов целым остался один."
    assert _read(text, "ru") == []
