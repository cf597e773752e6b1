"""A flat named by its floor is an address of its own: the ground floor flat and the first
floor flat of one house are two homes, never a shared address. Invented streets."""

from __future__ import annotations

from search.cases.items import addresses


def _keys(text: str) -> list[str]:
    return [key for _s, _e, key, _w in addresses(text)]


def test_two_floors_of_one_house_are_two_addresses() -> None:
    ground = _keys("He lives at Ground floor flat, 12 Quillet Row, Tarnby QX4 2LT.")
    first = _keys("She lives at First floor flat, 12 Quillet Row, Tarnby QX4 2LT.")
    assert ground and first and set(ground).isdisjoint(first)


def test_a_floor_written_as_a_number_is_kept() -> None:
    assert _keys("at 2nd floor, 12 Quillet Row, Tarnby QX4 2LT") == ["2nd floor 12 quillet row qx4 2lt"]


def test_the_house_without_a_floor_is_unchanged() -> None:
    assert _keys("at 12 Quillet Row, Tarnby QX4 2LT") == ["12 quillet row qx4 2lt"]


def test_a_postcode_on_the_next_line_is_the_address_s() -> None:
    """A PDF's line may break between the town and the postcode: the same address."""
    one = _keys("He lives at 9 Quillet Staithe, Tarnby\nQX4 2LT.")
    other = _keys("He is seen at 9, Quillet Staithe, Tarnby, QX4 2LT.")
    assert one == other == ["9 quillet staithe qx4 2lt"]


def test_the_family_of_a_homes_place_in_a_house_keeps_two_homes_apart() -> None:
    """Whatever word names the home inside the house (a basement or garden flat, a floor by
    its number, a bedsit, a studio), two of them in one house are two addresses."""
    homes = ["Basement flat", "Garden flat", "Top maisonette", "Floor 2", "Floor 3", "Bedsit 3",
             "Studio B", "Suite 4"]
    keys = [_keys(f"seen at {home}, 12 Quillet Row, Tarnby QX4 2LT.") for home in homes]
    assert all(len(found) == 1 for found in keys)
    assert len({found[0] for found in keys}) == len(homes)
    assert "12 quillet row qx4 2lt" not in {found[0] for found in keys}
