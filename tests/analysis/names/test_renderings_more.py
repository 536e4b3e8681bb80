"""More lines of the curated renderings table: Soviet, passport and English renderings of
Azerbaijani and Armenian names that letter rules do not give, now one key across scripts,
while two different names of one family keep two keys."""

from __future__ import annotations

import pytest

from rightsledger.analysis.names.keys import name_key, surname_key

ONE_GIVEN_NAME = [
    ("Fatimə", "Фатьма", "Fatma", "Фатима", "Fatima"),
    ("Müslüm", "Муслим", "Muslim", "Muslum"),
    ("Zöhrə", "Зухра", "Zukhra", "Зохра"),
    ("Novruz", "Навруз", "Navruz", "Новруз"),
    ("Tahir", "Таир", "Tair", "Тагир"),
    ("Behbud", "Бейбут", "Beybut", "Beibut"),
    ("Firəngiz", "Франгиз", "Frangiz", "Фирангиз"),
    ("Böyükağa", "Беюкага", "Беюк-Ага", "Бёюкага", "Beyukaga"),
    ("Isahak", "Իսահակ", "Исаак", "Isaak"),
    ("Srbuhi", "Սրբուհի", "Србуи", "Srbui"),
    ("Yeranuhi", "Երանուհի", "Ерануи", "Yeranui"),
    ("Vardan", "Վարդան", "Вартан", "Vartan", "Вардан"),
    ("Margarit", "Մարգարիտ", "Маргарита", "Margarita"),
]
ONE_SURNAME = [
    ("Behbudov", "Бейбутов", "Beybutov"),
    ("Tahirova", "Таирова", "Tairova"),
    ("Topçubaşov", "Топчибашев", "Topchibashev", "Topçubaşova", "Топчибашева"),
    ("Əlibəyov", "Алибеков", "Alibekova"),
    ("Isahakyan", "Իսահակյան", "Исаакян", "Isaakyan"),
    ("Vardanyan", "Վարդանյան", "Вартанян", "Vartanian"),
    ("Nersisyan", "Ներսիսյան", "Нерсесян", "Nersessian"),
    ("Galstyan", "Գալստյան", "Галустян", "Galustyan"),
    ("Khachatryan", "Խաչատրյան", "Хачатурян", "Khachaturian"),
    ("Vahanyan", "Վահանյան", "Ваанян", "Ваганян"),
    ("Hmayakyan", "Հմայակյան", "Амаякян", "Amayakyan"),
    ("Shahumyan", "Շահումյան", "Шаумян", "Shaumian"),
]


@pytest.mark.parametrize("forms", ONE_GIVEN_NAME, ids=lambda forms: forms[0])
def test_renderings_of_one_given_name_share_a_key(forms: tuple[str, ...]) -> None:
    assert len({name_key(form) for form in forms}) == 1, {f: name_key(f) for f in forms}


@pytest.mark.parametrize("forms", ONE_SURNAME, ids=lambda forms: forms[0])
def test_renderings_of_one_surname_share_a_key(forms: tuple[str, ...]) -> None:
    assert len({surname_key(form) for form in forms}) == 1, {f: surname_key(f) for f in forms}


# Two names a family might give two of its children: a man's name and the woman's name
# made from it, two Arabic names of one root, an Armenian name and the name built on it.
@pytest.mark.parametrize(
    ("left", "right"),
    [("Tahir", "Tahirə"), ("Таир", "Таира"), ("Zöhrə", "Zəhra"), ("Зухра", "Захра"),
     ("Fatimə", "Fəttah"), ("Gülnar", "Gülnaz"), ("Vardan", "Vardanush"),
     ("Sahak", "Isahak"), ("Саак", "Исаак"), ("Elnur", "Elnurə"), ("Rəşid", "Rəşad"),
     ("Müslüm", "Müslümə")],
)  # fmt: skip
def test_different_names_of_one_family_keep_different_keys(left: str, right: str) -> None:
    assert name_key(left) != name_key(right)
