"""Where a dossier's dates come from: its own dossier.toml, or a manifest.csv at the scan root.

dossier.toml (optional, in the dossier folder):

    arrival = 2026-09-01        # date of arrival in France (TOML date or "01/09/2026")
    filing = 2026-09-20         # date the application is filed (default: --as-of)
    applicant = "Amadou Diallo"

manifest.csv (optional, at the root given to `scan`): one row per dossier folder,
columns `dossier, arrival, filing, applicant`; dates ISO (2026-09-01) or French
(01/09/2026); `,` or `;` separated; empty cells mean unknown.
"""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from docscheck.errors import UsageError

DOSSIER_FILE = "dossier.toml"
MANIFEST_FILE = "manifest.csv"
_COLUMNS = ("dossier", "arrival", "filing", "applicant")


@dataclass(frozen=True)
class DossierConfig:
    """What the applicant or the association told us that the files cannot."""

    arrival: date | None = None
    filing: date | None = None
    applicant: str | None = None


def parse_date_cell(value: object, where: str) -> date | None:
    """A date as written in dossier.toml or the manifest: ISO `2026-09-01` or day first `01/09/2026`."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise UsageError(f"{where}: expected a date like 2026-09-01 or 01/09/2026, got {value!r}")
    text = value.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise UsageError(f"{where}: {text!r} is not a date; write it as 2026-09-01 or 01/09/2026")


def load_dossier_config(folder: Path) -> DossierConfig:
    """Read `folder/dossier.toml` if there is one; an empty config otherwise."""
    path = folder / DOSSIER_FILE
    if not path.is_file():
        return DossierConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: not a valid TOML file ({e}); see the README for its format") from None
    unknown = sorted(set(data) - {"arrival", "filing", "applicant"})
    if unknown:
        raise UsageError(f"{path}: unknown key(s) {', '.join(unknown)}; allowed: arrival, filing, applicant")
    applicant = data.get("applicant")
    if applicant is not None and not isinstance(applicant, str):
        raise UsageError(f"{path}: `applicant` must be a name in quotes")
    return DossierConfig(
        arrival=parse_date_cell(data.get("arrival"), f"{path}: arrival"),
        filing=parse_date_cell(data.get("filing"), f"{path}: filing"),
        applicant=(applicant or "").strip() or None,
    )


def load_manifest(root: Path) -> dict[str, DossierConfig]:
    """Read `root/manifest.csv` if there is one: dossier folder name -> its config."""
    path = root / MANIFEST_FILE
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text; save it as CSV UTF-8") from None
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "dossier" not in header:
        raise UsageError(f"{path}: needs a header row with the columns {', '.join(_COLUMNS)}")
    unknown = [h for h in header if h and h not in _COLUMNS]
    if unknown:
        raise UsageError(f"{path}: unknown column(s) {', '.join(unknown)}; allowed: {', '.join(_COLUMNS)}")
    out: dict[str, DossierConfig] = {}
    for n, row in enumerate(reader, start=2):
        cells = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        if None in row:
            raise UsageError(f"{path}, line {n}: more cells than columns")
        name = cells.get("dossier", "")
        if not name:
            if any(cells.values()):
                raise UsageError(f"{path}, line {n}: the `dossier` cell is empty")
            continue
        if name in out:
            raise UsageError(f"{path}, line {n}: dossier {name!r} is listed twice")
        out[name] = DossierConfig(
            arrival=parse_date_cell(cells.get("arrival"), f"{path}, line {n}, arrival"),
            filing=parse_date_cell(cells.get("filing"), f"{path}, line {n}, filing"),
            applicant=cells.get("applicant") or None,
        )
    return out


def find_dossiers(root: Path) -> list[Path]:
    """Every immediate, non-hidden sub-folder of `root` is one dossier, in a stable sorted order."""
    return sorted(
        (p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.name,
    )
