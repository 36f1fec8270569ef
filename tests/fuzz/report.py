"""Print the per-kind table of docs/reliability.md: generate the hostile set, ingest it, count.

    cd tests && PYTHONPATH=../src python -m fuzz.report /tmp/fuzz-run

For each kind: files written, articles stored, failure rows and skip rows (top reasons),
and inputs left unaccounted (a file with neither a stored key nor a row).
"""

from __future__ import annotations

import resource
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
            accounted = {r.file for r in kind_rows} | {_file_of(k) for k in keys if k.startswith(prefix)}
            entries = [escape_name(str(p)) for p in _entries(hostile.root / kind)]
            missing = [e for e in entries if e not in accounted and not _hidden(Path(e), hostile.root)]
            top = ", ".join(f"{r} {n}" for r, n in failed.most_common(4))
            skips = ", ".join(f"{r} {n}" for r, n in skipped.most_common(3))
            print(
                f"| {kind} | {files} | {stored} | {sum(failed.values())} ({top}) | {sum(skipped.values())} "
                f"{'(' + skips + ')' if skips else ''} | {len(missing)} |"
            )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process (generate + ingest): {peak:.0f} MiB")
    finally:
        store.close()


def _entries(folder: Path) -> list[Path]:
    """Every file, link and FIFO under ``folder``, links not followed."""
    import os

    found = []
    for here, dirs, files in os.walk(folder):
        found += [Path(here) / n for n in files + [d for d in dirs if os.path.islink(os.path.join(here, d))]]
    return found


def _hidden(path: Path, root: Path) -> bool:
    """Inside a hidden folder (reported once, as the folder)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts[:-1])


def _file_of(key: str) -> str:
    match = _POSITION_RE.search(key)
    return key[: match.start()] if match else key


if __name__ == "__main__":
    report(Path(sys.argv[1]))
