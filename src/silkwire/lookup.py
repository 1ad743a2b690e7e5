"""Find stored actors by any spelling: an id, an English name, an Arabic alias in any variant spelling."""
from __future__ import annotations

import duckdb
from rapidfuzz import fuzz, process

FUZZY_CUTOFF = 85


def find_actors(con: duckdb.DuckDBPyConnection, name: str, limit: int = 5) -> list[str]:
    """Actor ids for `name`, best first: exact id, exact name or alias, normalised key, then fuzzy match."""
    from silkwire.text.normalize import match_key

    name = name.strip()
    if not name:
        return []
    if con.execute("SELECT 1 FROM actors WHERE id = ?", [name]).fetchone():
        return [name]
    rows = con.execute(
        "SELECT a.id, a.name_en, a.name_ar, a.iso3, al.alias, (SELECT count(*) FROM mentions m WHERE m.actor = a.id) "
        "FROM actors a LEFT JOIN actor_aliases al ON al.actor = a.id").fetchall()
    weight = {r[0]: r[5] for r in rows}
    key = match_key(name).lower()
    choices: dict[str, str] = {}
    exact: list[str] = []
    for actor_id, name_en, name_ar, iso3, alias, _ in rows:
        for form in (name_en, name_ar, iso3, alias):
            if not form:
                continue
            k = match_key(form).lower()
            if k == key:
                exact.append(actor_id)
            choices.setdefault(f"{actor_id}\t{k}", k)
    if exact:
        return sorted(set(exact), key=lambda a: -weight[a])[:limit]
    found = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=limit * 4)
    ranked: list[str] = []
    for _, _, choice in sorted(found, key=lambda f: (-f[1], -weight[f[2].split("\t")[0]])):
        actor_id = choice.split("\t")[0]
        if actor_id not in ranked:
            ranked.append(actor_id)
    return ranked[:limit]
