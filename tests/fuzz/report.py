"""Print the per-kind table of docs/reliability.md: generate the hostile set, ingest it, count.

    cd tests && PYTHONPATH=../src python -m fuzz.report /tmp/fuzz-run

For each kind: files written, articles stored, failure rows and skip rows (top reasons),
and inputs left unaccounted (a file with neither a stored key nor a row).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from fuzz.generate import generate
from warta.cli import main
from warta.corpus.failures import _POSITION_RE
from warta.corpus.inputs import escape_name
from warta.store import open_store
from warta.store.failures import list_failures

CONFIG = "max_input_bytes = 1000000\ninput_timeout_s = 30\n"


def report(base: Path) -> None:
    hostile = generate(base)
    config = base / "warta.toml"
    config.write_text(CONFIG, encoding="utf-8")
    db = f"sqlite:///{base / 'fuzz.db'}"
    status = main(["-q", "--config", str(config), "ingest", str(hostile.root), "--db", db])
    store = open_store(db)
    try:
        rows = list_failures(store)  # type: ignore[arg-type]
        keys = [r[0] for r in store._all("SELECT key FROM sources")]  # noqa: SLF001
        stored_keys = {r[0] for r in store._all("SELECT source FROM articles")}  # noqa: SLF001
        print(f"exit status {status}; {sum(hostile.kinds.values())} files; {store.count()} articles stored")
        print("| kind | files | stored | failed (top reasons) | skipped | unaccounted |")
        print("|---|---|---|---|---|---|")
        for kind, files in hostile.kinds.items():
            prefix = escape_name(str(hostile.root / kind)) + "/"
            kind_rows = [r for r in rows if r.file.startswith(prefix)]
            failed = Counter(r.reason for r in kind_rows if not r.reason.startswith("skipped-"))
            skipped = Counter(
                r.reason.removeprefix("skipped-") for r in kind_rows if r.reason.startswith("skipped-")
            )
            stored = sum(1 for k in stored_keys if k and k.startswith(prefix))
            accounted = {r.file for r in kind_rows} | {
                k.split("#", 1)[0] for k in keys if k.startswith(prefix)
            }
            entries = [escape_name(str(p)) for p in (hostile.root / kind).iterdir()]
            missing = [e for e in entries if e not in accounted and not Path(e).name.startswith(".")]
            top = ", ".join(f"{r} {n}" for r, n in failed.most_common(4))
            skips = ", ".join(f"{r} {n}" for r, n in skipped.most_common(3))
            print(
                f"| {kind} | {files} | {stored} | {sum(failed.values())} ({top}) | {sum(skipped.values())} "
                f"{'(' + skips + ')' if skips else ''} | {len(missing)} |"
            )
    finally:
        store.close()


def _file_of(key: str) -> str:
    match = _POSITION_RE.search(key)
    return key[: match.start()] if match else key


if __name__ == "__main__":
    report(Path(sys.argv[1]))
