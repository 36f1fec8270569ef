"""The local engine: in-process and with a process pool give the same results."""

from __future__ import annotations

from warta.config import Config
from warta.corpus.readers import RawArticle
from warta.engine.local import LocalEngine

TEXTS = [
    "Harga cabai di Medan naik tajam pekan ini, kata pedagang pasar.",
    "Banjir merendam ratusan rumah di Bekasi setelah hujan deras semalaman.",
    "",
    "Gempa bermagnitudo 5,6 mengguncang Cianjur dan merusak puluhan rumah.",
    "Pemerintah Kota Surabaya memperbaiki jalan rusak di kawasan utara.",
]


def batches() -> list[list[RawArticle]]:
    items = [RawArticle(f"k{i}", text) for i, text in enumerate(TEXTS)]
    return [items[:2], items[2:4], items[4:]]


def summary(engine: LocalEngine) -> list[tuple[list[str], list[str], list[str]]]:
    try:
        return [
            ([k for k, _ in r.records], [rec.id for _, rec in r.records], [f.source for f in r.failures])
            for r in engine.map(batches())
        ]
    finally:
        engine.close()


def test_pool_equals_in_process() -> None:
    config = Config()
    single = summary(LocalEngine(config, workers=1))
    assert single[0][0] == ["k0", "k1"] and single[1][2] == ["k2"]
    assert summary(LocalEngine(config, workers=2)) == single
