"""Keys shared by merging and fusing: who a party is across articles, and how precise a date is."""
from __future__ import annotations

PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "season": 2, "quarter": 2, "year": 1, None: 0}
LEADER_TITLES = {"President", "Prime Minister", "Premier", "Chancellor", "Leader", "General Secretary", "King"}


def person_key(p: dict) -> str:
    """A named person by family name ("p:wang"); an unnamed party by country and title
    ("g:JPN:Foreign Minister", "g:CHN:Leader", "g:CHN:state")."""
    if p.get("kind") == "person" and p.get("name"):
        return f"p:{(p.get('family') or p['name'].split()[-1]).lower()}"
    title = p.get("title") or ""
    if title in LEADER_TITLES:
        title = "Leader"
    return f"g:{p.get('country')}:{title or p.get('kind')}"


def signature(c: dict) -> frozenset[str]:
    return frozenset(person_key(p) for p in c["actors"] + c["recipients"])
