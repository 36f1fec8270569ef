"""The query layer shared by the JSON API and the HTML pages.

Each method calls one store method (see ``warta.store.base.Store``) and
returns plain dicts in the shapes of the API's response models, so the
pages and the JSON always agree. Backends serialise their own connection
use, so nothing here locks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from warta.record import Record
from warta.store.base import SearchHit, SearchQuery
from warta.web.attention import AttentionChart, attention_chart

MAX_LIMIT = 100
NAME_OPTIONS = 200  # names offered in each filter's <datalist>
FACET_KEYS = ("outlet", "day", "entity", "type", "entity_PER", "entity_ORG", "entity_GPE", "entity_LOC")


class Queries:
    """Read (and admin write) access to one store, in the web layer's shapes."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def search(self, query: SearchQuery) -> dict[str, Any]:
        result = self.store.search(query)
        facets = {
            key: [(str(v), int(n)) for v, n in (result.facets or {}).get(key, [])] for key in FACET_KEYS
        }
        return {
            "total": int(result.total),
            "limit": query.limit,
            "offset": query.offset,
            "has_more": query.offset + len(result.hits) < int(result.total),
            "items": [hit_dict(h) for h in result.hits],
            "facets": facets,
        }

    def article(self, article_id: str) -> Record | None:
        return self.store.get(article_id)

    def article_meta(self, article_id: str) -> dict[str, Any]:
        return dict(self.store.get_meta(article_id) or {})

    def related(self, article_id: str) -> list[dict[str, Any]]:
        return [article_ref(r) for r in self.store.related(article_id)]

    def duplicates(self, article_id: str) -> list[dict[str, Any]]:
        return [article_ref(r) for r in self.store.duplicates(article_id)]

    def entity(self, key: str) -> dict[str, Any] | None:
        data = self.store.entity(key)
        return None if not data else entity_detail(data)

    def entities(self, *, type: str | None, limit: int, offset: int) -> dict[str, Any]:
        return _page(
            self.store.list_entities(type=type, limit=limit, offset=offset), limit, offset, entity_ref
        )

    def quotes(
        self,
        *,
        speaker: str | None,
        entity: str | None,
        date_from: str | None,
        date_to: str | None,
        limit: int,
        offset: int,
    ) -> dict[str, Any]:
        data = self.store.quotes(
            speaker=speaker, entity=entity, date_from=date_from, date_to=date_to, limit=limit, offset=offset
        )
        return _page(data, limit, offset, quote_item)

    def claims(self, *, status: str | None, limit: int, offset: int) -> dict[str, Any]:
        return _page(self.store.claims(status=status, limit=limit, offset=offset), limit, offset, claim_item)

    def stories(self, *, limit: int, offset: int, min_size: int = 1) -> dict[str, Any]:
        page = self.store.stories(limit=limit, offset=offset, min_size=min_size)
        return _page(page, limit, offset, story_item)

    def story(self, story_id: str) -> dict[str, Any] | None:
        data = self.store.story(story_id)
        return None if not data else story_item(data)

    def stats(self) -> dict[str, Any]:
        return dict(self.store.stats())

    def duplicate_groups(self, *, limit: int, offset: int) -> dict[str, Any]:
        return _page(self.store.duplicate_groups(limit=limit, offset=offset), limit, offset, dict)

    def attention(self, queries: list[str], base: SearchQuery, mode: str) -> AttentionChart | None:
        """The attention chart of each query text (with ``base``'s filters), counts or shares."""
        from warta.store.search import articles_per_day, attention

        counts = [
            (text or "*", attention(self.store, dataclasses.replace(base, text=text))) for text in queries
        ]
        return attention_chart(counts, articles_per_day(self.store), mode)

    def claim_status_counts(self) -> dict[str, int]:
        return dict(self.store.claim_status_counts())

    def suggest_entities(self, value: str) -> list[dict[str, Any]]:
        return list(self.store.suggest_entities(value))

    def complete(self, prefix: str, field: str, limit: int) -> list[dict[str, Any]]:
        return list(self.store.complete(prefix, field, limit))

    def name_options(self, top: int = NAME_OPTIONS) -> dict[str, list[str]]:
        """Names for the filter inputs' <datalist>s: the most-mentioned entities and every outlet."""
        entities = self.store.list_entities(limit=top)["items"]
        outlets = self.store.outlet_display_names()[:top]
        return {"entity": [str(e["canonical"]) for e in entities], "outlet": [str(o) for o in outlets]}

    def put(self, record: Record) -> int:
        return int(self.store.put_many([record]))

    def delete(self, article_id: str) -> bool:
        return bool(self.store.delete_article(article_id))


# -- shapes -----------------------------------------------------------------------------


def _page(
    data: dict[str, Any], limit: int, offset: int, convert: Callable[[dict[str, Any]], dict[str, Any]]
) -> dict[str, Any]:
    """Turn a store's ``{"total", "items"}`` into an API page."""
    items = [convert(i) for i in data.get("items", [])]
    total = int(data.get("total") or 0)
    return {"total": total, "limit": limit, "offset": offset, "has_more": offset + len(items) < total,
            "items": items}  # fmt: skip


def hit_dict(hit: SearchHit) -> dict[str, Any]:
    return {
        "type": hit.type,
        "article_id": hit.article_id,
        "title": hit.title,
        "outlet": hit.outlet,
        "published": hit.published,
        "score": float(hit.score),
        "snippet": hit.snippet,
        "extra": dict(hit.extra or {}),
    }


def article_ref(meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(meta["id"]),
        "title": meta.get("title"),
        "outlet": meta.get("outlet"),
        "published": meta.get("published") or meta.get("day"),
        "url": meta.get("url"),
        "relation": meta.get("relation"),
    }


def entity_ref(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(data["id"]),
        "canonical": str(data["canonical"]),
        "type": data.get("type"),
        "count": int(data.get("articles", data.get("count", 0)) or 0),
    }


def entity_detail(data: dict[str, Any]) -> dict[str, Any]:
    return {
        **entity_ref(data),
        "country": data.get("country"),
        "lat": data.get("lat"),
        "lon": data.get("lon"),
        "first": data.get("first"),
        "last": data.get("last"),
        "timeline": [
            {"day": str(d["day"]), "count": int(d["count"])} for d in data.get("mentions_per_day", [])
        ],
        "cooccurring": [entity_ref(e) for e in data.get("cooccurring", [])],
        "quotes_by": [quote_item(q) for q in data.get("quotes_by", [])],
        "quotes_about": [quote_item(q) for q in data.get("quotes_about", [])],
        "claims": [claim_item(c) for c in data.get("claims", [])],
    }


def _source(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "article_id": str(data["article_id"]),
        "article_title": data.get("title"),
        "outlet": data.get("outlet"),
        "published": data.get("published") or data.get("day"),
    }


def quote_item(data: dict[str, Any]) -> dict[str, Any]:
    return {
        **_source(data),
        "text": str(data.get("text") or ""),
        "kind": data.get("kind"),
        "speaker": data.get("speaker"),
        "speaker_id": data.get("speaker_entity_id"),
        "speaker_title": data.get("speaker_title"),
        "cue": data.get("cue"),
        "start": data.get("start"),
    }


def claim_item(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": data.get("id"),
        **_source(data),
        "type": data.get("type"),
        "claimant": data.get("claimant"),
        "target": data.get("target"),
        "content": str(data.get("content") or ""),
        "status": data.get("status"),
        "evidence": [str(e) for e in data.get("evidence") or []],
        "denials": [claim_item(d) for d in data.get("denials") or []],
    }


def story_item(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(data["id"]),
        "title": data.get("title"),
        "size": int(data.get("size") or 0),
        "outlets": [str(o) for o in data.get("outlets") or []],
        "first": data.get("first"),
        "last": data.get("last"),
        "entities": [str(e) for e in data.get("entities") or []],
        "articles": [article_ref(a) for a in data.get("articles") or []],
    }
