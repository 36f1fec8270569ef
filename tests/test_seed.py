"""Score the seed article and variants of it with the shared gold checker (skips without ../shared)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT.parent / "shared" / "tools" / "seed_check.py"


@pytest.mark.skipif(not CHECKER.is_file(), reason="../shared/tools/seed_check.py is not beside the checkout")
def test_seed_and_variants_score_fully() -> None:
    warta = Path(sys.executable).with_name("warta")
    result = subprocess.run(
        [
            sys.executable,
            str(CHECKER),
            "--cmd",
            f"{warta} analyze --format jsonl",
            "--verbose",
            "--relative",
            "--variants",
            str(ROOT / "eval" / "seed_variants.json"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
