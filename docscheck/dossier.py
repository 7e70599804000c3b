"""Where a dossier's dates come from: its own dossier.toml, or a manifest.csv at the scan root.

dossier.toml (optional, in the dossier folder):

    arrival = 2026-09-01        # date of arrival in France (TOML date or "01/09/2026")
    filing = 2026-09-20         # date the application is filed (default: --as-of)
    applicant = "Amadou Diallo"

    [[confirmed]]               # a person checked a to-verify item by hand (`docscheck confirm` writes these)
    item = "long_stay_visa"     # the item's id as the report prints it
    by = "Reviewer name"
    on = 2026-11-20
    note = "category D read on the sticker"
    files = { "visa.jpg" = "sha256:..." }   # the files the item rests on, as they were when checked

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
from docscheck.model import Confirmation

DOSSIER_FILE = "dossier.toml"
MANIFEST_FILE = "manifest.csv"
_COLUMNS = ("dossier", "arrival", "filing", "applicant")


@dataclass(frozen=True)
class DossierConfig:
    """What the applicant or the association told us that the files cannot."""

    arrival: date | None = None
    filing: date | None = None
    applicant: str | None = None
    confirmed: tuple[Confirmation, ...] = ()


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
    unknown = sorted(set(data) - {"arrival", "filing", "applicant", "confirmed"})
    if unknown:
        raise UsageError(f"{path}: unknown key(s) {', '.join(unknown)}; allowed: arrival, filing, applicant, confirmed")
    applicant = data.get("applicant")
    if applicant is not None and not isinstance(applicant, str):
        raise UsageError(f"{path}: `applicant` must be a name in quotes")
    return DossierConfig(
        arrival=parse_date_cell(data.get("arrival"), f"{path}: arrival"),
        filing=parse_date_cell(data.get("filing"), f"{path}: filing"),
        applicant=(applicant or "").strip() or None,
        confirmed=_confirmations(data.get("confirmed", []), path),
    )


def _confirmations(entries: object, path: Path) -> tuple[Confirmation, ...]:
    """The `[[confirmed]]` entries: who checked which to-verify item by hand, when, on which files."""
    if not isinstance(entries, list):
        raise UsageError(f"{path}: `confirmed` must be a list of [[confirmed]] tables")
    out = []
    for n, e in enumerate(entries, start=1):
        where = f"{path}: [[confirmed]] #{n}"
        if not isinstance(e, dict):
            raise UsageError(f"{where}: must be a table")
        unknown = sorted(set(e) - {"item", "by", "on", "note", "files"})
        if unknown:
            raise UsageError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: item, by, on, note, files")
        item, by, note, files = e.get("item"), e.get("by"), e.get("note", ""), e.get("files", {})
        if not isinstance(item, str) or not item or not isinstance(by, str) or not by.strip():
            raise UsageError(f"{where}: `item` and `by` must be given, in quotes")
        on = parse_date_cell(e.get("on"), f"{where}: on")
        if on is None:
            raise UsageError(f"{where}: `on` (the date of the check) must be given")
        if not isinstance(note, str) or not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in files.items()
        ):
            raise UsageError(f"{where}: `note` must be text and `files` a table of \"file\" = \"sha256:...\"")
        out.append(Confirmation(item, by.strip(), on, note, dict(files)))
    return tuple(out)


def confirmation_toml(c: Confirmation) -> str:
    """One `[[confirmed]]` entry as TOML text (strings quoted the JSON way, which TOML reads alike)."""
    import json

    def q(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    files = ", ".join(f"{q(k)} = {q(v)}" for k, v in sorted(c.files.items()))
    lines = ["[[confirmed]]", f"item = {q(c.item)}", f"by = {q(c.by)}", f"on = {c.on.isoformat()}"]
    if c.note:
        lines.append(f"note = {q(c.note)}")
    lines.append(f"files = {{ {files} }}" if files else "files = {}")
    return "\n".join(lines) + "\n"


def append_confirmation(folder: Path, c: Confirmation) -> Path:
    """Append a confirmation to `folder/dossier.toml` (created if needed), atomically; no other file is touched."""
    from docscheck.files import write_atomic

    path = folder / DOSSIER_FILE
    old = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
    text = old + ("\n" if old and not old.endswith("\n") else "") + ("\n" if old else "") + confirmation_toml(c)
    tomllib.loads(text)  # never write a file the next run could not read
    write_atomic(path, text.encode("utf-8"), mode=path.stat().st_mode & 0o777 if path.is_file() else 0o644)
    return path


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
