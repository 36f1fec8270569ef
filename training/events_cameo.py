"""Write ``src/warta/lang/id/events_cameo.tsv``: each CAMEO code's PLOVER type, mode and Goldstein value.

Sources:
  * the CAMEO->PLOVER table, ``../shared/data/events/CAMEO2PLOVER-2021.txt`` (PLOVER, CC BY-SA 4.0);
  * GDELT's ``CAMEO.goldsteinscale.txt`` (the Goldstein 1992 conflict-cooperation scale as GDELT
    publishes it for CAMEO codes; two columns CAMEOEVENTCODE, GOLDSTEINSCALE).

Usage: python training/events_cameo.py ../shared/data/events/CAMEO2PLOVER-2021.txt CAMEO.goldsteinscale.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/warta/lang/id/events_cameo.tsv"
# Codes PLOVER's table leaves out that Warta codes, with the PLOVER type chosen for them.
# 016 "Deny responsibility" (CAMEO 01, public statement): a denial rejects the accusation.
EXTRA_CODES = {"016": ("REJECT", "", "Deny responsibility (Warta: REJECT)")}
_ROW_RE = re.compile(
    r"^(?P<code>\d{3,4}):\s*(?P<type>[A-Z]+)\s*,\s*(?P<mode>[^,#]*?)\s*,(?P<rest>[^#]*)#\s*(?P<what>.*)$"
)


def main(plover_path: str, goldstein_path: str) -> None:
    goldstein: dict[str, str] = {}
    for line in Path(goldstein_path).read_text(encoding="utf-8").splitlines()[1:]:
        code, _, value = line.partition("\t")
        if code.strip():
            goldstein[code.strip()] = value.strip()
    rows: dict[str, tuple[str, str, str, str]] = {}
    for line in Path(plover_path).read_text(encoding="utf-8").splitlines():
        match = _ROW_RE.match(line.strip())
        if match is None:
            continue
        code = match["code"]
        value = goldstein.get(code) or goldstein.get(code[:3]) or goldstein.get(code[:2])
        if value is None or code in rows:  # 175 is listed twice with the same type
            continue
        rows[code] = (match["type"], match["mode"].strip().lower(), value, match["what"].strip())
    for code, (type_, mode, what) in EXTRA_CODES.items():
        rows.setdefault(code, (type_, mode, goldstein[code], what))
    header = (
        "# CAMEO code -> PLOVER type and mode (CAMEO2PLOVER-2021.txt, github.com/openeventdata/PLOVER,\n"
        "# CC BY-SA 4.0) and the code's Goldstein value (GDELT CAMEO.goldsteinscale.txt); codes the table\n"
        "# leaves out are listed in EXTRA_CODES of the script, with the reason.\n"
        "# Written by training/events_cameo.py; do not edit by hand.\n"
        "cameo\ttype\tmode\tgoldstein\tdescription\n"
    )
    body = "".join(f"{code}\t{t}\t{m}\t{g}\t{w}\n" for code, (t, m, g, w) in sorted(rows.items()))
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
