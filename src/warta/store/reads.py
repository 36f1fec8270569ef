"""Read queries of the SQL store: entities, quotes, claims, stories, duplicates, stats.

A mixin for ``SqlStore``; it only uses ``_all``/``_one``/``_scalar``/``_in``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from warta.record import Record
from warta.store.migrations import TABLES
from warta.store.names import (
    entity_aliases,
    gazetteer_canonicals,
    matching_names,
    name_words,
    outlet_family,
)
from warta.store.rows import (
    ARTICLE_META_COLUMNS,
    clamp_limit,
    clamp_offset,
    day_param,
    meta_dict,
    name_key,
)


def _like(text: str) -> str:
    """Drop LIKE wildcards from typed text: a typed % or _ must not match everything."""
    return text.replace("\\", "").replace("%", "").replace("_", "")


class ReadQueries:
    """Query methods the web layer calls; results are plain dicts and lists."""

    dialect: str

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        raise NotImplementedError

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    # -- names as people type them -------------------------------------------

    def _directory(self, name: str, version_sql: str, build: Any) -> Any:
        """A name directory built by ``build()``, kept until ``version_sql`` answers differently.

        Directories (outlets, speakers) are read in full, which costs a scan: the version is a
        max() over an indexed key, so a store that only grows rebuilds them only after writes.
        """
        cache: dict[str, tuple[Any, Any]] = self.__dict__.setdefault("_name_directories", {})
        version = self._one(version_sql)
        held = cache.get(name)
        if held is None or held[0] != version:
            held = (version, build())
            cache[name] = held
        return held[1]

    def _outlet_directory(self) -> dict[str, dict[str, str]]:
        def build() -> dict[str, dict[str, str]]:
            families: dict[str, dict[str, str]] = {}
            for key, outlet in self._all(
                "SELECT outlet_key, min(outlet) FROM articles WHERE outlet_key IS NOT NULL "
                "GROUP BY outlet_key"
            ):
                families.setdefault(outlet_family(key), {})[key] = outlet
            return families

        # max(seq) is one index probe (count(*) would scan): a deletion leaves the directory a
        # little stale, which only keeps a spelling that now matches nothing.
        return self._directory("outlets", "SELECT max(seq) FROM articles", build)  # type: ignore[no-any-return]

    def outlet_keys(self, value: str) -> list[str]:
        """Return the stored outlet keys of the outlet ``value`` names ("Kompas" -> kompas.com, kompas)."""
        family = self._outlet_directory().get(outlet_family(value), {})
        exact = name_key(value)
        return sorted(family, key=lambda k: (k != exact, k))

    def outlet_display_names(self) -> list[str]:
        """One display name per outlet (its shortest stored spelling), in name order."""
        names = [min(held.values(), key=lambda n: (len(n), n)) for held in self._outlet_directory().values()]
        return sorted(names, key=str.casefold)

    def outlet_names(self, value: str) -> list[str]:
        """Display names stored for the outlet ``value`` names."""
        return sorted(self._outlet_directory().get(outlet_family(value), {}).values())

    def _speaker_directory(self) -> dict[str, set[str]]:
        def build() -> dict[str, set[str]]:
            held: dict[str, set[str]] = {}
            for key, title in self._all(
                "SELECT DISTINCT speaker_key, speaker_title FROM quotes WHERE speaker_key IS NOT NULL"
            ):
                held.setdefault(key, name_words(key)).update(name_words(title))
            for (key,) in self._all(
                "SELECT DISTINCT claimant_key FROM claims WHERE claimant_key IS NOT NULL"
            ):
                held.setdefault(key, name_words(key))
            return held

        version = "SELECT (SELECT max(id) FROM quotes), (SELECT max(id) FROM claims)"
        return self._directory("speakers", version, build)  # type: ignore[no-any-return]

    def speaker_keys(self, value: str) -> list[str]:
        """Speaker (or claimant) keys whose name or title holds every word of ``value``.

        "Yilmaz" matches "mehmet yilmaz"; "Menteri" every speaker titled "Menteri …".
        """
        return matching_names(value, self._speaker_directory())

    def _store_aliases(self, records: Sequence[Record]) -> None:
        """Record each entity's ``aliases`` (the names people type for it) for resolution."""
        from warta.store.rows import entity_id

        rows = {
            (key, entity_id(ent.type, ent.canonical), alias)
            for record in records
            for ent in record.entities
            if ent.canonical and ent.type
            for key, alias in entity_aliases([*ent.aliases, ent.text], ent.canonical)
        }
        if rows:
            self._executemany(
                "INSERT INTO entity_aliases (alias_key, entity_id, alias) VALUES (?, ?, ?) "
                "ON CONFLICT (alias_key, entity_id) DO NOTHING",
                sorted(rows),
            )

    # -- entities ----------------------------------------------------------

    def resolve_entities(self, value: str) -> list[tuple[str, str]]:
        """Return (id, canonical_key) of the entities ``value`` names, most mentioned first.

        ``value`` is an id, a canonical name, a stored alias ("Rusia", "KPK") or a name the
        gazetteer links ("Korea Selatan" -> South Korea), in any case.
        """
        key = name_key(value) or ""
        keys = sorted({key, *(name_key(c) or "" for c in gazetteer_canonicals(value))})
        key_sql, key_params = self._in("canonical_key", keys)
        # A UNION of three indexed lookups: ORed conditions made SQLite scan every entity.
        rows = self._all(
            "SELECT e.id, e.canonical_key, e.articles FROM entities e WHERE e.id IN ("
            f"SELECT id FROM entities WHERE id = ? UNION SELECT id FROM entities WHERE {key_sql} "
            "UNION SELECT entity_id FROM entity_aliases WHERE alias_key = ?) ORDER BY e.articles DESC, e.id",
            [value, *key_params, key],
        )
        return [(r[0], r[1]) for r in rows]

    def suggest_entities(self, value: str, limit: int = 5) -> list[dict[str, Any]]:
        """Entities whose name or an alias holds a word of ``value``: the nearest to a miss."""
        wanted = sorted(name_words(value), key=len, reverse=True)[:3]
        if not wanted:
            return []
        clauses = " OR ".join(["e.canonical_key LIKE ?", "al.alias_key LIKE ?"] * len(wanted))
        params: list[Any] = []
        for word in wanted:
            params += [f"%{_like(word)}%", f"%{_like(word)}%"]
        rows = self._all(
            "SELECT DISTINCT e.id, e.canonical, e.type, e.articles FROM entities e "
            f"LEFT JOIN entity_aliases al ON al.entity_id = e.id WHERE {clauses} "
            "ORDER BY e.articles DESC, e.id LIMIT ?",
            [*params, clamp_limit(limit)],
        )
        return [{"id": r[0], "canonical": r[1], "type": r[2], "articles": int(r[3])} for r in rows]

    def complete(self, prefix: str, field: str = "entity", limit: int = 10) -> list[dict[str, Any]]:
        """Names starting with ``prefix`` (any word of the name), for autocomplete.

        ``field`` is entity (canonical names and aliases), speaker or outlet.
        """
        key = name_key(prefix) or ""
        if not key:
            return []
        limit = clamp_limit(limit, 50)
        if field == "speaker":
            words = name_words(key)
            found = [
                k for k, held in self._speaker_directory().items()
                if all(any(h.startswith(w) for h in held) for w in words)
            ]  # fmt: skip
            found.sort(key=lambda k: (not k.startswith(key), k))
            return [{"value": k, "label": k.title(), "type": "speaker"} for k in found[:limit]]
        if field == "outlet":
            family = outlet_family(prefix)
            names = sorted(
                {name for fam, held in self._outlet_directory().items() if fam.startswith(family)
                 for name in held.values()}
            )  # fmt: skip
            return [{"value": n, "label": n, "type": "outlet"} for n in names[:limit]]
        pattern = _like(key)
        rows = self._all(
            "SELECT e.id, e.canonical, e.type, e.articles, min(al.alias) FROM entities e "
            "LEFT JOIN entity_aliases al ON al.entity_id = e.id "
            "AND (al.alias_key LIKE ? OR al.alias_key LIKE ?) "
            "WHERE e.canonical_key LIKE ? OR e.canonical_key LIKE ? OR al.alias_key IS NOT NULL "
            "GROUP BY e.id, e.canonical, e.type, e.articles ORDER BY e.articles DESC, e.id LIMIT ?",
            [f"{pattern}%", f"% {pattern}%", f"{pattern}%", f"% {pattern}%", limit],
        )
        return [
            {"value": r[1], "label": r[1] + (f" ({r[4]})" if r[4] else ""), "type": r[2], "id": r[0],
             "count": int(r[3])}
            for r in rows
        ]  # fmt: skip

    def entity(self, entity_id_or_canonical: str, *, top: int = 20) -> dict[str, Any] | None:
        """Return an entity with its daily mentions, co-occurring entities, quotes and claims.

        Co-occurrence counts the entity's latest 5000 articles, to bound the cost for frequent names.
        """
        row = self._one(
            "SELECT id, canonical, type, country, lat, lon, articles FROM entities WHERE id = ?",
            (entity_id_or_canonical,),
        )
        if row is None:
            found = self.resolve_entities(entity_id_or_canonical)
            if found:
                row = self._one(
                    "SELECT id, canonical, type, country, lat, lon, articles FROM entities WHERE id = ?",
                    (found[0][0],),
                )
        if row is None:
            return None
        eid, canonical, type_, country, lat, lon, articles = row
        key = name_key(canonical)
        per_day = self._all(
            "SELECT day, count(*), sum(count) FROM mentions WHERE entity_id = ? AND day IS NOT NULL "
            "GROUP BY day ORDER BY day",
            (eid,),
        )
        co = self._all(
            "SELECT e.id, e.canonical, e.type, count(*) AS n FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id "
            "WHERE m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ? "
            "ORDER BY day DESC LIMIT 5000) AND m.entity_id <> ? "
            "GROUP BY e.id, e.canonical, e.type ORDER BY n DESC, e.canonical LIMIT ?",
            (eid, eid, top),
        )
        quotes_by = self._quote_rows(
            "(x.speaker_entity_id = ? OR x.speaker_key = ?)", [eid, key], limit=top, offset=0
        )
        quotes_about = self._quote_rows(
            "(x.article_id, x.n) IN (SELECT qe.article_id, qe.n FROM quote_entities qe "
            "WHERE qe.entity_id = ?) AND (x.speaker_key IS NULL OR x.speaker_key <> ?) "
            "AND (x.speaker_entity_id IS NULL OR x.speaker_entity_id <> ?)",
            [eid, key, eid],
            limit=top,
            offset=0,
        )
        claims = self._claim_rows("(x.claimant_key = ? OR x.target_key = ?)", [key, key], limit=top, offset=0)
        return {
            "id": eid,
            "canonical": canonical,
            "type": type_,
            "country": country,
            "lat": lat,
            "lon": lon,
            "articles": int(articles),
            "first": per_day[0][0] if per_day else None,
            "last": per_day[-1][0] if per_day else None,
            "mentions_per_day": [{"day": d, "count": int(n), "mentions": int(m or 0)} for d, n, m in per_day],
            "cooccurring": [{"id": r[0], "canonical": r[1], "type": r[2], "count": int(r[3])} for r in co],
            "quotes_by": quotes_by,
            "quotes_about": quotes_about,
            "claims": claims,
        }

    def list_entities(self, type: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Return {"total", "items"}: entities, most-mentioned first, optionally of one type."""
        where, params = ("WHERE upper(type) = ?", [type.upper()]) if type else ("", [])
        total = self._scalar(f"SELECT count(*) FROM entities {where}", params)
        rows = self._all(
            f"SELECT id, canonical, type, country, lat, lon, articles FROM entities {where} "
            "ORDER BY articles DESC, canonical LIMIT ? OFFSET ?",
            [*params, clamp_limit(limit), clamp_offset(offset)],
        )
        items = [
            {"id": r[0], "canonical": r[1], "type": r[2], "country": r[3], "lat": r[4], "lon": r[5],
             "articles": int(r[6])}
            for r in rows
        ]  # fmt: skip
        return {"total": int(total or 0), "items": items}

    # -- quotes and claims -------------------------------------------------

    _QUOTE_COLUMNS = (
        "x.id, x.article_id, a.title, a.outlet, a.published, x.day, x.text, x.kind, x.speaker, "
        "x.speaker_entity_id, x.speaker_title, x.cue, x.start_char, x.end_char"
    )
    _CLAIM_COLUMNS = (
        "x.id, x.article_id, a.title, a.outlet, a.published, x.day, x.type, x.claimant, x.target, "
        "x.content, x.status, x.evidence"
    )

    def _quote_rows(self, where: str, params: list[Any], *, limit: int, offset: int) -> list[dict[str, Any]]:
        rows = self._all(
            f"SELECT {self._QUOTE_COLUMNS} FROM quotes x JOIN articles a ON a.id = x.article_id "
            f"WHERE {where} ORDER BY x.day_num DESC, x.id DESC LIMIT ? OFFSET ?",
            [*params, clamp_limit(limit), clamp_offset(offset)],
        )
        keys = ("id", "article_id", "title", "outlet", "published", "day", "text", "kind", "speaker",
                "speaker_entity_id", "speaker_title", "cue", "start", "end")  # fmt: skip
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def _claim_rows(self, where: str, params: list[Any], *, limit: int, offset: int) -> list[dict[str, Any]]:
        rows = self._all(
            f"SELECT {self._CLAIM_COLUMNS} FROM claims x JOIN articles a ON a.id = x.article_id "
            f"WHERE {where} ORDER BY x.day_num DESC, x.id DESC LIMIT ? OFFSET ?",
            [*params, clamp_limit(limit), clamp_offset(offset)],
        )
        keys = ("id", "article_id", "title", "outlet", "published", "day", "type", "claimant", "target",
                "content", "status", "evidence")  # fmt: skip
        out = []
        for r in rows:
            item = dict(zip(keys, r, strict=True))
            item["evidence"] = json.loads(item["evidence"] or "[]")
            out.append(item)
        return out

    def _quote_filter(
        self, speaker: str | None, entity: str | None, date_from: str | None, date_to: str | None
    ) -> tuple[list[str], list[Any]] | None:
        where: list[str] = []
        params: list[Any] = []
        if speaker:
            keys = self.speaker_keys(speaker)
            if not keys:
                return None
            sql, sp_params = self._in("x.speaker_key", keys)
            where.append(sql)
            params += sp_params
        if entity:
            found = self.resolve_entities(entity)
            if not found:
                return None
            ids_sql, ids = self._in("qe.entity_id", [f[0] for f in found])
            sp_sql, sp = self._in("x.speaker_entity_id", [f[0] for f in found])
            key_sql, keys = self._in("x.speaker_key", sorted({f[1] for f in found}))
            where.append(
                f"({sp_sql} OR {key_sql} OR (x.article_id, x.n) IN "
                f"(SELECT qe.article_id, qe.n FROM quote_entities qe WHERE {ids_sql}))"
            )
            params += sp + keys + ids
        for value, op, name in ((date_from, ">=", "date_from"), (date_to, "<=", "date_to")):
            num = day_param(value, name)
            if num is not None:
                where.append(f"x.day_num {op} ?")
                params.append(num)
        return where, params

    def quotes(
        self,
        speaker: str | None = None,
        entity: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        """Return {"total", "items"}: quotes, newest first, by speaker and/or about an entity."""
        built = self._quote_filter(speaker, entity, date_from, date_to)
        if built is None:
            return {"total": 0, "items": []}
        where, params = built
        clause = " AND ".join(where) or "1 = 1"
        total = self._scalar(f"SELECT count(*) FROM quotes x WHERE {clause}", params)
        items = self._quote_rows(clause, params, limit=limit, offset=offset)
        return {"total": int(total or 0), "items": items}

    def claims(self, status: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Return {"total", "items"}: claims, newest first; accusations list their denials."""
        clause, params = ("x.status = ?", [status]) if status else ("1 = 1", [])
        total = self._scalar(f"SELECT count(*) FROM claims x WHERE {clause}", params)
        items = self._claim_rows(clause, params, limit=limit, offset=offset)
        for item in items:
            item["denials"] = self._denials(item) if item["type"] == "accusation" else []
        return {"total": int(total or 0), "items": items}

    def claim_status_counts(self) -> dict[str, int]:
        """Claims per status, for the claims page's tabs."""
        return {str(s): int(n) for s, n in self._all("SELECT status, count(*) FROM claims GROUP BY status")}

    def _denials(self, accusation: dict[str, Any]) -> list[dict[str, Any]]:
        """Denials by the accused: in the same article, story or duplicate group."""
        target = name_key(accusation["target"])
        if not target:
            return []
        return self._claim_rows(
            "x.type = 'denial' AND x.claimant_key = ? AND (x.article_id = ? "
            "OR x.article_id IN (SELECT b.id FROM articles b WHERE b.story_id = "
            "(SELECT story_id FROM articles WHERE id = ?)) "
            "OR x.article_id IN (SELECT b.id FROM articles b WHERE b.dup_group = "
            "(SELECT dup_group FROM articles WHERE id = ?)))",
            [target, accusation["article_id"], accusation["article_id"], accusation["article_id"]],
            limit=20,
            offset=0,
        )

    # -- stories, duplicates, related --------------------------------------

    def stories(self, limit: int = 50, offset: int = 0, min_size: int = 1) -> dict[str, Any]:
        """Return {"total", "items"}: stories of at least ``min_size`` articles, most recent
        first, with size, outlets and dates."""
        grouped = "FROM articles a WHERE a.story_id IS NOT NULL GROUP BY a.story_id HAVING count(*) >= ?"
        total = self._scalar(f"SELECT count(*) FROM (SELECT a.story_id {grouped}) s", (min_size,))
        rows = self._all(
            f"SELECT a.story_id, count(*), min(a.day), max(a.day) {grouped} "
            "ORDER BY max(a.day_num) DESC, count(*) DESC, a.story_id LIMIT ? OFFSET ?",
            (min_size, clamp_limit(limit), clamp_offset(offset)),
        )
        if not rows:
            return {"total": int(total or 0), "items": []}
        clause, params = self._in("a.story_id", [r[0] for r in rows])
        members: dict[str, list[tuple[Any, ...]]] = {}
        for m in self._all(
            f"SELECT a.story_id, a.title, a.outlet, a.is_canonical, a.day_num, a.seq FROM articles a "
            f"WHERE {clause}",
            params,
        ):
            members.setdefault(m[0], []).append(m)
        label_clause, label_params = self._in("id", [r[0] for r in rows])
        labels = dict(self._all(f"SELECT id, label FROM stories WHERE {label_clause}", label_params))
        items = []
        for story_id, size, first, last in rows:
            group = members.get(story_id, [])
            lead = min(group, key=lambda m: (-m[3], m[4] if m[4] is not None else 1 << 30, m[5]))
            items.append(
                {
                    "id": story_id,
                    "title": labels.get(story_id) or lead[1],
                    "size": int(size),
                    "first": first,
                    "last": last,
                    "outlets": sorted({m[2] for m in group if m[2]}),
                }
            )
        return {"total": int(total or 0), "items": items}

    def story(self, story_id: str, *, top: int = 10) -> dict[str, Any] | None:
        """Return a story: its articles (oldest first), outlets, dates and top entities."""
        rows = self._all(
            f"SELECT {ARTICLE_META_COLUMNS} FROM articles WHERE story_id = ? ORDER BY day_num, seq",
            (story_id,),
        )
        if not rows:
            return None
        articles = [meta_dict(r) for r in rows]
        label = self._scalar("SELECT label FROM stories WHERE id = ?", (story_id,))
        lead = next((a for a in articles if a["is_canonical"]), articles[0])
        entities = self._all(
            "SELECT e.id, e.canonical, e.type, count(*) AS n FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
            "WHERE a.story_id = ? "
            "GROUP BY e.id, e.canonical, e.type ORDER BY n DESC, e.canonical LIMIT ?",
            (story_id, top),
        )
        days = [a["day"] for a in articles if a["day"]]
        return {
            "id": story_id,
            "title": label or lead["title"],
            "size": len(articles),
            "first": min(days) if days else None,
            "last": max(days) if days else None,
            "outlets": sorted({a["outlet"] for a in articles if a["outlet"]}),
            "entities": [e[1] for e in entities],
            "entity_details": [
                {"id": e[0], "canonical": e[1], "type": e[2], "count": int(e[3])} for e in entities
            ],
            "articles": articles,
        }

    def duplicates(self, article_id: str) -> list[dict[str, Any]]:
        """Return the other members of the article's duplicate group (canonical first)."""
        rows = self._all(
            f"SELECT {', '.join('b.' + c.strip() for c in ARTICLE_META_COLUMNS.split(','))} "
            "FROM articles a JOIN articles b ON b.dup_group = a.dup_group AND b.id <> a.id "
            "WHERE a.id = ? ORDER BY b.is_canonical DESC, b.day_num, b.seq",
            (article_id,),
        )
        return [meta_dict(r) | {"relation": "duplicate"} for r in rows]

    def duplicate_groups(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Return {"total", "items"}: duplicate groups of two or more articles, newest first.

        Each group lists its original (the canonical member) and its copies, each copy with its
        ``kind``: "exact" (the same text once case and spacing are ignored), "syndicated" (another
        outlet's near-identical copy) or "near" (the same outlet's edited copy).
        """
        grouped = "FROM articles a WHERE a.dup_group IS NOT NULL GROUP BY a.dup_group HAVING count(*) >= 2"
        total = self._scalar(f"SELECT count(*) FROM (SELECT a.dup_group {grouped}) g")
        rows = self._all(
            f"SELECT a.dup_group, count(*), min(a.day), max(a.day) {grouped} "
            "ORDER BY max(a.day_num) DESC, a.dup_group LIMIT ? OFFSET ?",
            (clamp_limit(limit), clamp_offset(offset)),
        )
        if not rows:
            return {"total": int(total or 0), "items": []}
        clause, params = self._in("a.dup_group", [r[0] for r in rows])
        members: dict[str, list[dict[str, Any]]] = {}
        for row in self._all(
            "SELECT a.dup_group, a.id, a.title, a.outlet, a.published, a.day, a.is_canonical, a.day_num, "
            f"a.seq, r.record FROM articles a JOIN article_records r ON r.article_id = a.id WHERE {clause}",
            params,
        ):
            body = " ".join(str(json.loads(row[9]).get("body") or "").casefold().split())
            members.setdefault(row[0], []).append(
                {"id": row[1], "title": row[2], "outlet": row[3], "published": row[4] or row[5],
                 "canonical": bool(row[6]),
                 "_order": (not row[6], row[7] if row[7] is not None else 1 << 30, row[8]),
                 "_body": body}
            )  # fmt: skip
        items = []
        for group_id, size, first, last in rows:
            group = sorted(members.get(group_id, []), key=lambda m: m["_order"])
            original, copies = group[0], group[1:]
            for copy in copies:
                if copy["_body"] == original["_body"]:
                    copy["kind"] = "exact"
                elif name_key(copy["outlet"]) != name_key(original["outlet"]):
                    copy["kind"] = "syndicated"
                else:
                    copy["kind"] = "near"
            for member in group:
                del member["_order"], member["_body"]
            items.append({"id": group_id, "size": int(size), "first": first, "last": last,
                          "original": original, "copies": copies,
                          "outlets": sorted({g["outlet"] for g in group if g["outlet"]})})  # fmt: skip
        return {"total": int(total or 0), "items": items}

    def related(self, article_id: str, limit: int = 20) -> list[dict[str, Any]]:
        """Return duplicates first, then other articles of the same story, oldest first."""
        out = self.duplicates(article_id)[:limit]
        seen = {m["id"] for m in out}
        if len(out) < limit:
            rows = self._all(
                f"SELECT {', '.join('b.' + c.strip() for c in ARTICLE_META_COLUMNS.split(','))} "
                "FROM articles a JOIN articles b ON b.story_id = a.story_id AND b.id <> a.id "
                "WHERE a.id = ? ORDER BY b.day_num, b.seq LIMIT ?",
                (article_id, limit + len(out)),
            )
            for r in rows:
                meta = meta_dict(r)
                if meta["id"] not in seen and len(out) < limit:
                    out.append(meta | {"relation": "story"})
        return out

    def stats(self) -> dict[str, Any]:
        """Return row counts per table, articles per outlet and the date range."""
        counts = {t: int(self._scalar(f"SELECT count(*) FROM {t}") or 0) for t in TABLES}
        outlets = self._all(
            "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet "
            "ORDER BY n DESC, outlet"
        )
        first, last = self._one("SELECT min(day), max(day) FROM articles") or (None, None)
        return {
            "counts": counts,
            "articles": counts["articles"],
            "outlets": [{"outlet": o, "count": int(n)} for o, n in outlets],
            "date_range": {"first": first, "last": last},
            "dup_groups": counts["dup_groups"],
            "stories": int(self._scalar("SELECT count(DISTINCT story_id) FROM articles") or 0),
            "schema_version": self.schema_version(),
            "backend": self.dialect,
        }
