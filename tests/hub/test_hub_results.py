"""The partners' results page: aggregates only, in French or English, without JavaScript."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.parse
import urllib.request
from html import unescape
from pathlib import Path

from madeinlocal_desktop import language
from tests.hub.hub_support import HubProcess, call, new_study
from tests.hub.scenario import interview
from tests.sync.sync_helpers import add_interview

SHOPS = ("Boulangerie Arnaud", "Boulangerie Besson", "Boulangerie Collin")


def _browser() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def test_a_viewer_enrols_a_browser_and_sees_aggregates_never_a_shop(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path)
    study.enrol(study.coord, "coordinator")
    alice = study.device("dev-alice", "Alice")
    for name in SHOPS:
        add_interview(alice, name)
    interview(alice, "shop/lonely", "Épicerie Unique", 9_000_000)  # alone in its sector
    alice.hub.sync()
    study.coord.hub.sync()
    expected = study.coord.analysis.run(bootstrap=50, seed=1).to_dict()

    browser = _browser()
    form = browser.open(f"{hub.url}/enrol").read().decode()
    assert "<form" in form and "<script" not in form
    code = study.code("viewer", "Partenaire")
    page = browser.open(f"{hub.url}/enrol?lang=fr",
                        urllib.parse.urlencode({"code": code}).encode())
    assert page.geturl().endswith(f"/studies/{study.id}/results?lang=fr")
    html = page.read().decode()
    assert "Multiplicateur local (LM3)" in html and "Centre-ville" in html
    lm3 = language.format_number(expected["lm3"]["ratio_of_totals"], ".2f", "fr")
    assert f">{lm3}<" in html  # the figure the coordinator's own app computes
    assert html.count("<svg") == 3  # by sector, by ownership, leakage: inline charts
    # Each chart's title is said once, as the section's heading, not drawn again in its chart
    # (matplotlib leaves each drawn text's words in a comment of the SVG).
    titles = ["LM3 par secteur d'activité", "LM3 par type de propriété",
              "Où part l'argent qui quitte le territoire"]
    assert [unescape(h) for h in re.findall(r"<h2>(.*?)</h2>", html)] == titles
    assert not [title for title in titles if f"<!-- {title} -->" in html]
    assert "<script" not in html and "javascript:" not in html.lower()
    for name in (*SHOPS, "Épicerie Unique", "Alice"):
        assert name not in html, name
    assert "1 groupe(s) de moins de 3 commerces ne sont pas montrés" in html
    assert "10.7 Fabrication" in html and "47.2 " not in html  # the lonely sector held back
    english = browser.open(f"{hub.url}/studies/{study.id}/results?lang=en").read().decode()
    assert "Local multiplier (LM3)" in english and "Shops surveyed" in english
    lm3_en = language.format_number(expected["lm3"]["ratio_of_totals"], ".2f", "en")
    assert f">{lm3_en}<" in english
    # The cookie opens this study only.
    other = new_study(hub, tmp_path / "other")
    try:
        browser.open(f"{hub.url}/studies/{other.id}/results")
        raise AssertionError("another study's page opened")
    except urllib.error.HTTPError as error:
        assert error.code == 403
    alice.close()


def test_a_public_link_turns_on_and_off_and_few_shops_show_no_figures(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path)
    boss = study.token("coordinator", "Chef")
    alice = study.device("dev-alice", "Alice")
    add_interview(alice, "Seule boutique")
    alice.hub.sync()
    path = call(hub.url, "PUT", f"/v1/studies/{study.id}/public-link", token=boss)[1]["path"]
    status, html = call(hub.url, "GET", path)
    assert status == 200
    text = html.decode()
    assert "Pas encore de chiffres à publier" in text and "Seule boutique" not in text
    assert not re.search(r"<svg", text)
    assert call(hub.url, "DELETE", f"/v1/studies/{study.id}/public-link", token=boss)[0] == 200
    assert call(hub.url, "GET", path)[0] == 404
    assert call(hub.url, "GET", f"/public/{'x' * 43}")[0] == 404
    alice.close()
