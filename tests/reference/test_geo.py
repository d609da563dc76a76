"""The shipped geography: populations and centroids the impact figures and the map read."""

from __future__ import annotations

from madeinlocal_desktop.reference import geo


def test_national_population_is_the_published_sum_of_communes() -> None:
    """populations légales 2022: 68,017,091 over the 34,875 communes, arrondissements apart."""
    assert geo.national_population() == 68_017_091
    cities = [c for c in geo.communes() if c.city is None]
    assert len(cities) == 34_875


def test_each_plm_city_holds_exactly_its_arrondissements() -> None:
    by_code = geo.communes_by_code()
    arrondissements = [c for c in geo.communes() if c.city is not None]
    assert len(arrondissements) == 45  # 20 Paris, 9 Lyon, 16 Marseille
    for city in ("75056", "69123", "13055"):
        parts = [c for c in arrondissements if c.city == city]
        assert sum(c.population or 0 for c in parts) == by_code[city].population


def test_poitiers_has_its_published_population_and_centroid() -> None:
    poitiers = geo.communes_by_code()["86194"]
    assert poitiers.population == 89_472
    assert (poitiers.latitude, poitiers.longitude) == (46.58463, 0.37146)


def test_seven_communes_have_no_centroid_and_every_other_point_is_in_france() -> None:
    missing = sorted(c.code for c in geo.communes() if c.latitude is None)
    assert missing == ["15031", "15035", "15047", "15171", "60694", "85165", "85212"]
    for commune in geo.communes():
        if commune.latitude is not None and commune.departement < "97":
            assert 41.3 < commune.latitude < 51.2 and -5.2 < commune.longitude < 9.6


def test_a_territory_counts_each_inhabitant_once() -> None:
    """Paris chosen with its arrondissements (as the Métropole du Grand Paris adds them)."""
    by_code = geo.communes_by_code()
    paris = geo.territory_population(["75056", "75101", "75102", "92012"])
    assert paris.population == by_code["75056"].population + by_code["92012"].population
    assert paris.inside_city == ("75101", "75102")
    alone = geo.territory_population(["75101", "75102"])  # arrondissements without their city
    assert alone.population == by_code["75101"].population + by_code["75102"].population


def test_unknown_codes_are_reported_not_counted() -> None:
    found = geo.territory_population(["86194", "99999", "86194"])
    assert found.population == 89_472 and found.communes == 1
    assert found.unknown == ("99999",)
