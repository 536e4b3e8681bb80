"""In headless Chromium: a statement pasted as a new source gives its figures, nested, and
is accepted in a handful of actions (title, text, Read, Accept)."""

from __future__ import annotations

from typing import Any

from rightsledger.cases.actions import create_case, create_object
from rightsledger.records import models as rm
from tests.web.test_browser import (  # noqa: F401 - fixtures used by name
    SCREENSHOTS,
    Session,
    _async_unsafe_allowed,
    browser,
    labelled,
    pytestmark,
    users,
)

STATEMENT = (
    "On the night of 3–4 June 2001 the village of Talvar was overrun. The assault killed 214 "
    "civilians – including 40 women, 33 children and 27 elderly people – and seriously injured "
    "198 others. Some 60 of the 530 villagers that the attackers captured remain missing, "
    "while five families were completely wiped out. These acts violate the ICCPR and the "
    "Convention on the Rights of the Child."
)


def test_a_statement_is_read_and_accepted_in_four_actions(
    browser: Any,  # noqa: F811 - the fixture imported above
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811
) -> None:
    owner = users["documenter"]
    case = create_case(name="Inquiry into Talvar", owner=owner)
    talvar = create_object(rm.Place, acting_user=owner, case=case, name="Talvar")
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")
    me.go(f"/c/{case.slug}/sources/")
    page.get_by_role("link", name="Read a statement").click()

    labelled(page, "Title of the new source").fill("Ombudsman, 5 June 2001")  # 1
    labelled(page, "Text of the statement").fill(STATEMENT)  # 2
    page.get_by_role("button", name="Read").click()  # 3
    page.wait_for_selector("mark.claim")
    assert page.locator("mark.claim").count() == 8
    assert page.locator("table.drafts tbody tr.part").count() == 4
    page.locator('tr[data-claim="1"]').hover()
    assert "active" in (page.locator("#text-1").get_attribute("class") or "")
    assert page.locator("text=Talvar").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "statement-review.png"), full_page=True)
    page.get_by_role("button", name="Accept the checked drafts").click()  # 4
    page.wait_for_selector("h1:has-text('Ombudsman, 5 June 2001')")
    page.screenshot(path=str(SCREENSHOTS / "statement-source.png"), full_page=True)

    source = rm.Source.objects.get(case=case, title="Ombudsman, 5 June 2001")
    # A free label ("civilians") is shown as the group it names.
    claims = {(c.category, c.subgroup_label or c.subgroup, c.count): c for c in source.claims.all()}
    assert set(claims) == {
        ("killed", "civilians", 214), ("killed", "women", 40), ("killed", "children", 33),
        ("killed", "elderly", 27), ("injured", "all", 198), ("missing", "all", 60),
        ("captured", "all", 530), ("families_wiped_out", "all", 5),
    }  # fmt: skip
    killed = claims[("killed", "civilians", 214)]
    for subgroup, count in (("women", 40), ("children", 33), ("elderly", 27)):
        assert claims[("killed", subgroup, count)].parent == killed
    assert claims[("missing", "all", 60)].parent == claims[("captured", "all", 530)]
    assert page.locator("li.depth-1").count() == 4
    assert talvar.pk  # the place was known to the case; the review page matched it
    assert me.problems == []
    me.close()
