"""Read queries for the web layer, on both backends: entities, quotes, claims, stories, stats."""

from __future__ import annotations


def test_entity_by_canonical_or_id(filled_store):
    by_name = filled_store.entity("sri mulyani indrawati")
    assert by_name["id"] == "per-sri-mulyani-indrawati"
    assert filled_store.entity(by_name["id"])["canonical"] == "Sri Mulyani Indrawati"
    assert filled_store.entity("Tidak Ada") is None


def test_entity_detail(filled_store):
    e = filled_store.entity("Sri Mulyani Indrawati")
    assert e["type"] == "PER" and e["articles"] == 3
    assert e["mentions_per_day"] == [
        {"day": "2024-05-05", "count": 1, "mentions": 1},
        {"day": "2024-05-06", "count": 2, "mentions": 4},
    ]
    co = {c["canonical"]: c["count"] for c in e["cooccurring"]}
    assert co == {"Jakarta": 2, "Indonesia Corruption Watch": 1, "Kementerian Keuangan": 1}
    assert [q["text"] for q in e["quotes_by"]] == ["Tuduhan itu tidak benar,"]
    assert [q["speaker"] for q in e["quotes_about"]] == ["Indonesia Corruption Watch"]
    assert {c["type"] for c in e["claims"]} == {"denial", "accusation"}


def test_entity_keeps_coordinates(filled_store):
    jakarta = filled_store.entity("Jakarta")
    assert (jakarta["lat"], jakarta["lon"], jakarta["country"]) == (-6.2146, 106.8451, "ID")


def test_list_entities_most_mentioned_first(filled_store):
    page = filled_store.list_entities(limit=2)
    assert page["total"] == 6
    assert [e["canonical"] for e in page["items"]] == ["Sri Mulyani Indrawati", "Jakarta"]
    orgs = filled_store.list_entities(type="org")
    assert {e["canonical"] for e in orgs["items"]} == {"Indonesia Corruption Watch", "Kementerian Keuangan"}
    assert filled_store.list_entities(limit=2, offset=5)["items"][0]["articles"] == 1


def test_quotes_filters(filled_store):
    assert filled_store.quotes()["total"] == 2
    by = filled_store.quotes(speaker="SRI MULYANI INDRAWATI")
    assert [q["article_id"] for q in by["items"]] == ["a1"]
    about = filled_store.quotes(entity="Sri Mulyani Indrawati")
    assert {q["article_id"] for q in about["items"]} == {"a1", "a3"}
    assert filled_store.quotes(date_from="2024-05-06")["total"] == 1
    assert filled_store.quotes(date_to="2024-05-05")["items"][0]["speaker"] == "Indonesia Corruption Watch"
    assert filled_store.quotes(entity="Tidak Ada") == {"total": 0, "items": []}
    item = by["items"][0]
    assert item["title"] == "Sri Mulyani membantah tuduhan korupsi" and item["outlet"] == "Kompas"


def test_claims_link_accusations_to_denials_of_the_same_story(filled_store):
    assert filled_store.claims()["total"] == 2
    accusation = filled_store.claims(status="denied")["items"][-1]
    assert accusation["type"] == "accusation" and accusation["denials"] == []
    filled_store.set_story("a1", "s1")
    filled_store.set_story("a3", "s1")
    items = {c["type"]: c for c in filled_store.claims()["items"]}
    assert [d["claimant"] for d in items["accusation"]["denials"]] == ["Sri Mulyani Indrawati"]
    assert items["denial"]["evidence"] == ["membantah"]
    assert filled_store.claims(status="open")["total"] == 0


def test_stories_and_story(filled_store):
    assert filled_store.stories() == {"total": 0, "items": []}
    for article_id in ("a1", "a2", "a3"):
        filled_store.set_story(article_id, "s1")
    filled_store.set_story("a4", "s2")
    page = filled_store.stories()
    assert page["total"] == 2
    first = page["items"][0]
    assert first["id"] == "s1" and first["size"] == 3
    assert (first["first"], first["last"]) == ("2024-05-05", "2024-05-06")
    assert first["outlets"] == ["Antara", "Kompas", "Tempo"]
    told_twice = filled_store.stories(min_size=2)
    assert told_twice["total"] == 1 and [s["id"] for s in told_twice["items"]] == ["s1"]
    assert filled_store.stories(min_size=4) == {"total": 0, "items": []}
    story = filled_store.story("s1")
    assert [a["id"] for a in story["articles"]] == ["a3", "a1", "a2"]
    assert story["entities"][0] == "Sri Mulyani Indrawati"
    filled_store.set_story_label("s1", "Tuduhan korupsi dana hibah")
    assert filled_store.story("s1")["title"] == "Tuduhan korupsi dana hibah"
    assert filled_store.story("nope") is None


def test_related_lists_duplicates_then_story(filled_store):
    filled_store.set_duplicate_group("a1", "g1", canonical=True)
    filled_store.set_duplicate_group("a2", "g1")
    for article_id in ("a1", "a2", "a3"):
        filled_store.set_story(article_id, "s1")
    related = filled_store.related("a2")
    assert [(r["id"], r["relation"]) for r in related] == [("a1", "duplicate"), ("a3", "story")]
    assert len(filled_store.related("a2", limit=1)) == 1
    assert filled_store.related("a5") == []


def test_stats(filled_store):
    stats = filled_store.stats()
    assert stats["articles"] == 6
    assert stats["counts"]["quotes"] == 2 and stats["counts"]["claims"] == 2
    assert stats["date_range"] == {"first": "2024-03-01", "last": "2024-05-07"}
    assert {o["outlet"]: o["count"] for o in stats["outlets"]}["Kompas"] == 2
