import json

from warta import Record, analyze, json_schema
from warta.cli import main


def test_record_round_trips_through_json() -> None:
    record = analyze("Jakarta (ANTARA) - Presiden Joko Widodo mengatakan ekonomi tumbuh 5 persen tahun ini.")
    again = Record.from_dict(json.loads(record.to_json()))
    assert again.to_dict() == record.to_dict()


def test_schema_lists_every_public_field() -> None:
    schema = json_schema()
    assert set(schema["properties"]) == set(analyze("Teks berita singkat di sini.").to_dict())
    assert schema["$defs"]["Quote"]["properties"]["kind"]["enum"] == ["direct", "indirect"]


def test_schema_command(capsys) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Warta record"


def test_id_is_stable_hash_of_normalised_body() -> None:
    a = analyze("Harga  cabai naik di pasar induk hari ini.")
    b = analyze("harga cabai naik di pasar induk hari ini.")
    assert a.id == b.id and len(a.id) == 16
