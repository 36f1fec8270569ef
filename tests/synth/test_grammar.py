"""Template compilation, and every template in every pool renders with the generator's slots."""

from __future__ import annotations

import random
from datetime import date

import pytest

from warta.synth import grammar as g
from warta.synth.generator import _Ctx, _new_story
from warta.synth.grammar import Slot, compile_template


def test_compile_literal_slot_and_alternatives() -> None:
    parts = compile_template("Banjir [rendam|landa {x}|] {district}.")
    assert parts == ("Banjir ", ("rendam", ("landa ", Slot("x")), ""), " ", Slot("district"), ".")


def test_compile_plain_text_is_one_literal() -> None:
    assert compile_template("Tanpa slot sama sekali.") == ("Tanpa slot sama sekali.",)


@pytest.mark.parametrize("event", g.EVENTS, ids=lambda e: e.name)
def test_every_template_renders(event: g.EventGrammar) -> None:
    rng = random.Random(7)
    story = _new_story(rng, "st-test", date(2023, 5, 9), event)
    vals = dict(story.vals) | {"evday": "Selasa (9/5/2023)", "evday_short": "Selasa", "year": "2022"}
    vals |= {"month_prev": "April 2023", "q": "Kami siap", "iq": "semua aman"}
    ctx = _Ctx(rng, story, vals, date(2023, 5, 9))
    pools = [event.titles, event.leads, event.followups, event.details, event.indirect]
    pools += [g.DIRECT_QUOTE_FRAMES, g.PLAIN_QUOTE_FRAMES, g.INDIRECT_FRAMES, g.ACCUSATIONS]
    pools += [g.GENERIC, g.CLOSINGS, g.BACKGROUND, g.ACCUSERS, (g.FOLLOW_ON,)]
    templates = [t for pool in pools for t in pool] + [t for _, t in event.quotes]
    for tpl in templates:
        for _ in range(3):
            text = ctx.sentence(tpl)
            assert text and "{" not in text and "[" not in text and "  " not in text


def test_quote_speakers_and_role_tables_cover_every_event() -> None:
    for event in g.EVENTS:
        assert event.titles and event.leads and event.followups and event.details and event.quotes
        assert all(speaker in (1, 2, 3) for speaker, _ in event.quotes)
        assert event.name in g.EVENT_ROLES and event.name in g.EVENT_ORGS
        assert all(len(roles) >= 1 for roles in g.EVENT_ROLES[event.name])
