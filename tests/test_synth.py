"""The synthetic document generator: seeded, coherent, valid zones, and the bundled samples up to date."""

from __future__ import annotations

import io
import json
import random
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageOps

from docscheck.mrz import check_digit
from synth import SCENARIOS, build_dossier, make_context, make_identity, mrz_name, render
from synth.families import (
    DEVELOPMENT,
    FAMILIES,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_3,
    HELD_OUT_4,
    HELD_OUT_5,
    HELD_OUT_6,
    HELD_OUT_7,
    HELD_OUT_8,
    HELD_OUT_9,
    SPLITS,
    families_of,
    family,
)
from synth.formats import add_months, fmt_date

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ALL_TEXT = {k: "text_pdf" for k in ("passport", "visa", "birth_certificate", "volunteer_contract",
                                     "approval_decision", "departure_commitment", "acceptance_certificate",
                                     "nationality_certificate", "photo_id", "consular_card",
                                     "consular_attestation", "bill", "cv")}


def _digits_ok(lines: list[str]) -> bool:
    """Every check digit of a TD3, MRV-A/B or TD1 zone, recomputed independently of the generator."""
    if len(lines) == 3:  # TD1
        l1, l2, _ = lines
        return (check_digit(l1[5:14]) == l1[14] and check_digit(l2[0:6]) == l2[6]
                and check_digit(l2[8:14]) == l2[14]
                and check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29])
    l2 = lines[1]
    ok = (check_digit(l2[0:9]) == l2[9] and check_digit(l2[13:19]) == l2[19]
          and check_digit(l2[21:27]) == l2[27])
    if lines[0].startswith("P"):
        personal = l2[28:42]
        ok = ok and (l2[42] == check_digit(personal) or (personal == "<" * 14 and l2[42] == "<"))
        ok = ok and check_digit(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    return ok


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("kind", ["passport", "visa", "photo_id"])
def test_zones_have_valid_check_digits(kind: str, seed: int) -> None:
    rng = random.Random(seed)
    ctx = make_context(rng)
    (f,) = render(kind, ctx, "text_pdf", rng)
    lines = f.truth["zone"].split("\n")
    width = {"passport": 44, "visa": len(lines[0]), "photo_id": 30}[kind]
    assert all(len(line) == width for line in lines)
    assert _digits_ok(lines), lines
    assert lines[0].startswith({"passport": "P<", "visa": "V<FRA", "photo_id": "I<"}[kind])
    assert mrz_name(ctx.person.surname) in "".join(lines)


@pytest.mark.parametrize(("field", "digit"), [
    pytest.param("520727", "3", id="part3-date"),
    pytest.param("AB2134<<<", "5", id="part3-number"),
    pytest.param("L898902C3", "6", id="td3-number"),
    pytest.param("740812", "2", id="td3-birth"),
    pytest.param("120415", "9", id="td3-expiry"),
    pytest.param("ZE184226B<<<<<", "1", id="td3-personal"),
    pytest.param("L898902C36" "7408122" "1204159" "ZE184226B<<<<<1", "0", id="td3-composite"),
    pytest.param("D23145890", "7", id="td1-number"),
    pytest.param("D231458907<<<<<<<<<<<<<<<" "7408122" "1204159" "<<<<<<<<<<<", "6", id="td1-composite"),
    pytest.param("L8988901C", "4", id="mrva-number"),
    pytest.param("400907", "8", id="mrva-birth"),
    pytest.param("961210", "9", id="mrva-expiry"),
])
def test_generator_check_digit_matches_icao_examples(field: str, digit: str) -> None:
    """The generator's own check digit (not docscheck.mrz's) gives ICAO 9303's worked examples."""
    from synth.zones import check_digit as generator_check_digit

    assert generator_check_digit(field) == digit


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", max_size=40))
def test_generator_and_docscheck_check_digits_agree(field: str) -> None:
    from synth.zones import check_digit as generator_check_digit

    assert generator_check_digit(field) == check_digit(field)


def test_icao_specimen_zones() -> None:
    # ICAO 9303 specimens (Anna Maria Eriksson, Utopia): parts 4 (TD3), 5 (TD1) and 7 (MRV-A)
    from synth.zones import mrv, td1, td3

    l1, l2 = td3("UTO", "Eriksson", "Anna Maria", "L898902C3", "UTO", date(1974, 8, 12), "F",
                 date(2012, 4, 15), "ZE184226B")
    assert l1 == "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    assert l2 == "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert td1("UTO", "Eriksson", "Anna Maria", "D23145890", "UTO", date(1974, 8, 12), "F",
               date(2012, 4, 15)) == ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                                      "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    assert mrv("MRVA", "UTO", "Eriksson", "Anna Maria", "L8988901C", "XXX", date(1940, 9, 7), "F",
               date(1996, 12, 10), "6ZE184226B") == ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                                     "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")


def test_names_keep_accents_and_zone_transliterates() -> None:
    assert mrz_name("Nguyễn") == "NGUYEN"
    assert mrz_name("Müller") == "MUELLER"
    assert mrz_name("Đặng") == "DANG"
    assert mrz_name("José María") == "JOSE<MARIA"
    people = [make_identity(random.Random(s)) for s in range(60)]
    assert any(p.surname != p.surname.encode("ascii", "ignore").decode() for p in people)
    assert all(p.nationality not in ("DEU", "ITA", "ESP") for p in people)


@pytest.mark.parametrize(("d", "style", "text"), [
    pytest.param(date(2026, 4, 1), "fr_long", "1er avril 2026", id="premier"),
    pytest.param(date(2026, 3, 12), "fr_upper", "12 MARS 2026", id="upper"),
    pytest.param(date(2026, 3, 12), "en_long", "March 12, 2026", id="english"),
    pytest.param(date(2026, 3, 12), "dmy_slash", "12/03/2026", id="slash"),
    pytest.param(date(2026, 3, 12), "iso", "2026-03-12", id="iso"),
])
def test_date_styles(d: date, style: str, text: str) -> None:
    assert fmt_date(d, style) == text


def test_same_seed_same_dossier(tmp_path: Path) -> None:
    a = build_dossier("complete", 7, tmp_path / "a")
    b = build_dossier("complete", 7, tmp_path / "b")
    assert a.to_dict() == b.to_dict()
    for f in a.files:
        if f.rendering == "text_pdf":
            assert (tmp_path / "a" / f.relpath).read_bytes() == (tmp_path / "b" / f.relpath).read_bytes()
    c = build_dossier("complete", 8, tmp_path / "c")
    assert c.to_dict() != a.to_dict()


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_scenario_is_coherent(scenario: str, tmp_path: Path) -> None:
    t = build_dossier(scenario, 3, tmp_path / scenario, ALL_TEXT)
    meta = tomllib.loads((tmp_path / scenario / "dossier.toml").read_text(encoding="utf-8"))
    arrival, filing = meta["arrival"], meta["filing"]
    assert isinstance(arrival, date) and isinstance(filing, date) and meta["applicant"]
    files = {f.relpath for f in t.files}
    assert files == {p.name for p in (tmp_path / scenario).iterdir()} - {"dossier.toml"}
    by_type = {f.doc_type: f.truth for f in t.files}
    codes = {code for code, _ in t.expected_gaps}
    assert t.expected_status in ("complete", "incomplete", "to_verify", "not_required")
    # the one condition each scenario breaks, and every other one kept
    contract = by_type.get("volunteer_contract")
    if contract:
        signed = date.fromisoformat(contract["signature_date"])
        assert (signed > arrival) == ("contract_signed_after_entry" in codes)
        months = (date.fromisoformat(contract["end_date"]) - date.fromisoformat(contract["start_date"])).days / 30.4
        assert (6.1 <= months <= 23.9) != ("contract_duration" in codes)
    assert (filing > add_months(arrival, 1)) == ("filing_deadline_passed" in codes)
    if "visa" in by_type:
        visa = by_type["visa"]
        assert date.fromisoformat(visa["valid_from"]) <= arrival <= date.fromisoformat(visa["valid_until"])
        assert (filing > date.fromisoformat(visa["valid_until"])) == ("visa_not_valid" in codes)
        assert (visa["visa_category"] == "short_stay") == ("wrong_visa_type" in codes)
        if "passport" in by_type:
            same = visa["passport_number"] == by_type["passport"]["document_number"]
            assert same != ("document_number_mismatch" in codes)
    else:
        assert scenario in ("missing_visa", "european")
    if "passport" in by_type:
        expired = date.fromisoformat(by_type["passport"]["expiry_date"]) < filing
        assert expired == ("expired_document" in codes)
    if "nationality_certificate" in by_type:
        stale = date.fromisoformat(by_type["nationality_certificate"]["issue_date"]) < add_months(filing, -6)
        assert stale == ("stale_document" in codes)
    if "birth_certificate" in by_type:
        assert (by_type["birth_certificate"]["copy_kind"] == "extract") == ("birth_certificate_extract" in codes)
    if "approval_decision" in by_type and contract:
        same = by_type["approval_decision"]["association"] == contract["association"]
        assert same != ("association_mismatch" in codes)
    surnames = {f.truth["surname"] for f in t.files if "surname" in f.truth}
    assert (len(surnames) > 1) == ("identity_mismatch" in codes)
    for f in t.files:
        for k, v in f.truth.items():
            if k.endswith("_date") or k in ("valid_from", "valid_until", "date_of_birth"):
                assert date.fromisoformat(v) <= filing or k in ("expiry_date", "valid_until", "end_date", "start_date")
    assert (t.nationality in ("DEU", "ITA", "ESP")) == (t.expected_status == "not_required")
    if contract and "mission_not_social" in codes:
        assert not any(w in contract["mission"] for w in ("social", "solidar", "humanit", "isol", "exclu"))


def test_renderings_open_and_orient(tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    rng = random.Random(5)
    ctx = make_context(rng)
    (photo,) = render("passport", ctx, "photo", rng, "sideways_exif")
    img = Image.open(io.BytesIO(photo.data))
    assert img.getexif().get(0x0112) in (6, 8)
    assert img.width < img.height  # stored sideways...
    upright = ImageOps.exif_transpose(img)
    assert upright.width > upright.height  # ...and upright once EXIF is applied (a passport page is landscape)
    (raw,) = render("passport", ctx, "photo", rng, "sideways")
    raw_img = Image.open(io.BytesIO(raw.data))
    assert raw_img.getexif().get(0x0112) is None and raw_img.width < raw_img.height
    (tif,) = render("volunteer_contract", ctx, "tiff", rng)
    assert getattr(Image.open(io.BytesIO(tif.data)), "n_frames", 1) == tif.pages >= 2
    for rendering, fmt in (("png", "PNG"), ("heic", "HEIF"), ("webp", "WEBP"), ("bmp", "BMP"), ("photo", "JPEG")):
        (f,) = render("visa", ctx, rendering, rng)
        assert Image.open(io.BytesIO(f.data)).format == fmt
    (scan,) = render("visa", ctx, "scan_pdf", rng)
    assert scan.data.startswith(b"%PDF") and b"/DCTDecode" in scan.data and b"/Font" not in scan.data
    (text,) = render("visa", ctx, "text_pdf", rng)
    assert b"/Font" in text.data


def test_visa_scan_is_readable_by_tesseract() -> None:
    from docscheck.tesseract import ocr

    rng = random.Random(11)
    ctx = make_context(rng)
    (f,) = render("visa", ctx, "png", rng)
    text = ocr(Image.open(io.BytesIO(f.data))).text
    assert "VISA" in text and "VLS-TS" in text
    assert mrz_name(ctx.person.surname) in text.replace(" ", "")


def test_samples_are_up_to_date(tmp_path: Path) -> None:
    """samples/ is what `python -m synth samples/` writes today (file lists and truth)."""
    from synth import write_samples

    write_samples(tmp_path)
    fresh = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    bundled = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    assert fresh == bundled
    for folder, exp in bundled.items():
        on_disk = {p.name for p in (SAMPLES / folder).iterdir()} - {"dossier.toml"}
        assert on_disk == set(exp["files"])
        assert (SAMPLES / folder / "dossier.toml").read_text() == (tmp_path / folder / "dossier.toml").read_text()
    assert (SAMPLES / "README.md").read_text() == (tmp_path / "README.md").read_text()
    size = sum(p.stat().st_size for p in SAMPLES.rglob("*") if p.is_file())
    assert size < 8_000_000


# ---------------------------------------------------------------- template families


def test_family_split_is_declared() -> None:

    for kind, fams in FAMILIES.items():
        assert [f.number for f in fams] == list(range(1, len(fams) + 1))
        assert fams[0].split == DEVELOPMENT  # the original template, which the reader was built on
        assert all(f.split in (DEVELOPMENT, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6,
                               HELD_OUT_7, HELD_OUT_8, HELD_OUT_9) for f in fams)
        if kind not in ("bill", "cv"):
            assert len(fams) >= 5, kind
            assert sum(f.split == DEVELOPMENT for f in fams) >= 3
            assert sum(f.split == HELD_OUT for f in fams) >= 2


FAMILY_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams]


@pytest.mark.parametrize(("kind", "number"), FAMILY_CASES)
def test_every_family_builds_and_renders(kind: str, number: int) -> None:

    rng = random.Random(f"family:{kind}:{number}")
    ctx = make_context(rng)
    (f,) = render(kind, ctx, "text_pdf", rng, family=number)
    assert f.family == number and f.data.startswith(b"%PDF") and b"/Font" in f.data
    sheets, again = family(kind, number).build(ctx, random.Random(1))
    assert set(again) == set(f.truth)  # the same fields whatever the rng draws
    from synth.documents.registry import caps  # registries in capitals drop accents

    flat = caps(" ".join(it.text for sh in sheets for it in sh.items if hasattr(it, "text")))
    truth = f.truth
    if "surname" in truth:
        assert caps(truth["surname"]) in flat
    if "association" in truth:
        assert caps(truth["association"]) in flat
    if "zone" in truth:
        lines = truth["zone"].split("\n")
        assert _digits_ok(lines)


def test_families_differ() -> None:
    from synth.output import sheets_to_pdf

    ctx = make_context(random.Random(3))
    for kind, fams in FAMILIES.items():
        firsts = set()
        for fam in fams:
            sheets, _ = fam.build(ctx, random.Random(1))
            words = [it.text for it in sheets[0].items if hasattr(it, "text")][:6]
            firsts.add(" ".join(words))
            assert sheets_to_pdf(sheets)
        assert len(firsts) == len(fams), kind  # each family opens differently


def test_departure_letters_mention_the_contract() -> None:

    ctx = make_context(random.Random(9))
    mentions = 0
    for fam in FAMILIES["departure_commitment"][1:]:
        sheets, truth = fam.build(ctx, random.Random(2))
        text = " ".join(it.text for sh in sheets for it in sh.items if hasattr(it, "text"))
        assert truth["commits_to_leave"] == "true"
        mentions += "contra" in text.lower() and ctx.association in text
    assert mentions >= 3


def test_default_families_leave_dossiers_unchanged(tmp_path: Path) -> None:
    a = build_dossier("complete", 21, tmp_path / "a", ALL_TEXT)
    b = build_dossier("complete", 21, tmp_path / "b", ALL_TEXT, families="default")
    assert a.to_dict() == b.to_dict() and "families" not in a.to_dict()
    assert all(f.family == 1 for f in a.files)


@pytest.mark.parametrize("split", ["development", "held_out", "held_out_2", "held_out_4", "held_out_5",
                                   "held_out_6", "held_out_7", "held_out_8", "held_out_9"])
def test_dossier_families_follow_the_split(split: str, tmp_path: Path) -> None:

    seen = set()
    for seed in range(4):
        t = build_dossier("complete", seed, tmp_path / f"{split}{seed}", ALL_TEXT, families=split)
        assert t.to_dict()["families"] == split
        for f in t.files:
            assert family(f.kind, f.family).split == split
            seen.add((f.kind, f.family))
    assert len(seen) > 7
    with pytest.raises(ValueError):
        build_dossier("complete", 1, tmp_path / "x", families="nope")


HELD_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out"]
HELD2_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out_2"]
HELD4_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out_4"]
HELD5_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out_5"]
HELD6_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out_6"]
HELD7_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out_7"]
HELD8_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out_8"]
HELD9_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams if fam.split == "held_out_9"]
# development families written after the held-out ones, in synth/documents/dev_*.py: held to the same checks
LATE_DEV_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams
                  if fam.split == "development" and fam.build.__module__.startswith("synth.documents.dev_")]
FLAG_SCENARIOS = ("complete", "birth_certificate_extract", "identity_proof_without_photo", "short_stay_visa",
                  "mission_not_social", "name_mismatch", "association_mismatch")


@pytest.mark.parametrize(("kind", "number"), HELD_CASES + HELD2_CASES + HELD4_CASES + HELD5_CASES + HELD6_CASES
                         + HELD7_CASES + HELD8_CASES + HELD9_CASES + LATE_DEV_CASES)
def test_new_families_give_family_one_fields(kind: str, number: int) -> None:
    """Every held-out or late development family builds under the scenarios' context flags, with family 1's truth
    keys, honouring them."""
    from synth.documents.registry import caps
    from synth.layout import Ellipse, Picture
    from synth.scenarios import SCENARIO_FUNCS

    keys = set(family(kind, 1).build(make_context(random.Random(0)), random.Random(0))[1])
    for seed in range(3):
        for scenario in FLAG_SCENARIOS:
            ctx = SCENARIO_FUNCS[scenario](random.Random(f"{scenario}:{seed}")).ctx
            sheets, truth = family(kind, number).build(ctx, random.Random(seed))
            assert set(truth) == keys, (kind, number)
            items = [it for sh in sheets for it in sh.items]
            flat = caps(" ".join(it.text for it in items if hasattr(it, "text")))
            if "surname" in truth:
                assert truth["surname"] == ctx.shown(kind).surname and caps(truth["surname"]) in flat
            if "association" in truth:
                assert caps(truth["association"]) in flat
            if "has_photo" in truth:
                # a photo drawn (its silhouette's ellipses) or placed as a picture that is no handwriting
                assert (truth["has_photo"] == "true") == any(
                    isinstance(it, Ellipse) or isinstance(it, Picture) and not it.ink for it in items)
                assert (truth["has_photo"] == "true") == (kind not in ctx.without_photo)
            if "copy_kind" in truth:
                assert truth["copy_kind"] == ctx.birth_copy_kind
            if "visa_category" in truth:
                assert (truth["visa_category"] == "long_stay") == (ctx.visa_category == "D")
            if "zone" in truth:
                assert _digits_ok(truth["zone"].split("\n"))


# the fourth batch of development families: what their truth dates say is written on the page, in some form
FOURTH_BATCH = ("dev_penned", "dev_hosting", "dev_issuers", "dev_missions", "dev_acts", "dev_wordings", "dev_closings")
FOURTH_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams
                if fam.build.__module__.rsplit(".", 1)[1] in FOURTH_BATCH]
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _ordinal(d: date) -> str:
    """The day as English writes it in words' company: 1st, 2nd, 3rd, 11th."""
    return f"{d.day}{'th' if 10 <= d.day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}"


def _written(d: date) -> set[str]:
    """The ways the fourth batch writes a date (lower case)."""
    from synth.formats import MONTHS_EN, MONTHS_FR, MONTHS_FR_ABBR

    day_th = _ordinal(d)
    yy = f"{d.year % 100:02d}"
    en, fr = MONTHS_EN[d.month - 1], MONTHS_FR[d.month - 1]
    short = ("JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC")[d.month - 1]
    dotted = short + "." if len(short) < len(fr) else short
    out = {fmt_date(d, s) for s in ("dmy_slash", "dmy_dot", "dmy_dash", "iso", "fr_long", "en_long", "en_day_first",
                                    "abbr", "fr_words")}
    out |= {d.strftime("%d/%m/%y"), f"{d.day}/{d.month:02d}/{yy}", f"{d.day:02d}.{_ROMAN[d.month - 1]}.{d.year}",
            f"{day_th} {en} {d.year}", f"{day_th} day of {en}", f"{en} {day_th}, {d.year}",
            f"{d.day:02d} {en[:3].upper()}/{MONTHS_FR_ABBR[d.month - 1]} {yy}", f"{d.day:02d} {en[:3].upper()} {yy}"}
    for month in (fr, short, dotted, MONTHS_FR_ABBR[d.month - 1]):
        out |= {f"{d.day} {month} {d.year}", f"{d.day:02d} {month} {d.year}"}
    return {s.lower() for s in out}


@pytest.mark.parametrize(("kind", "number"), FOURTH_CASES)
def test_fourth_batch_writes_its_truth_dates(kind: str, number: int) -> None:
    """A truth date the page does not show would teach the reader to invent it (the batch's printed e-mail once
    declared a date of birth it did not show)."""

    for seed in range(3):
        ctx = make_context(random.Random(f"fourth:{seed}"))
        sheets, truth = family(kind, number).build(ctx, random.Random(seed))
        flat = " ".join(" ".join(it.text.split()) for sh in sheets for it in sh.items if hasattr(it, "text")).lower()
        for key in ("date_of_birth", "signature_date", "issue_date", "decision_date", "valid_from", "valid_until"):
            if key in truth and not (key == "date_of_birth" and "zone" in truth):  # a visa shows it in its zone
                assert any(s in flat for s in _written(date.fromisoformat(truth[key]))), (kind, number, key)


# the sixth and seventh batches: the same check, with the sticker and registry styles they add ('05-09-26', month
# first, 'SEPT/SEP')
SIXTH_BATCH = ("dev_kiosk", "dev_acts6", "dev_assoc6", "dev_letters6", "dev_hosts7", "dev_stickers7", "dev_letters7")
SIXTH_CASES = [(kind, fam.number) for kind, fams in FAMILIES.items() for fam in fams
               if fam.build.__module__.rsplit(".", 1)[1] in SIXTH_BATCH]


@pytest.mark.parametrize(("kind", "number"), SIXTH_CASES)
def test_sixth_batch_writes_its_truth_dates(kind: str, number: int) -> None:
    """Every truth date is on the page in a form a reader could take it from (registries in capitals drop
    accents, so both sides are compared without them)."""
    from synth.documents.registry import caps
    from synth.formats import MONTHS_EN, MONTHS_FR_ABBR

    for seed in range(3):
        ctx = make_context(random.Random(f"sixth:{seed}"))
        sheets, truth = family(kind, number).build(ctx, random.Random(seed))
        flat = caps(" ".join(" ".join(it.text.split()) for sh in sheets for it in sh.items if hasattr(it, "text")))
        for key in ("date_of_birth", "issue_date", "expiry_date", "valid_from", "valid_until", "signature_date",
                    "decision_date"):
            if key in truth and not (key == "date_of_birth" and kind == "visa"):  # a visa shows it in its zone
                d = date.fromisoformat(truth[key])
                forms = _written(d) | {d.strftime("%d-%m-%y"), d.strftime("%m/%d/%Y"), f"{d.day}/{d.month}/{d.year}",
                                       f"{_ordinal(d)} of {MONTHS_EN[d.month - 1]} {d.year}",
                                       f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]}/{MONTHS_EN[d.month - 1][:3]} {d.year}"}
                assert any(caps(s) in flat for s in forms), (kind, number, key)


def test_second_held_out_batch_is_its_own_split(tmp_path: Path) -> None:
    """`held_out_2` is a split of its own: at the end of each kind's families, in modules nobody tunes on
    (synth/documents/held_*.py), apart from `held_out` (the first batch, kept as it was) and inside `all`."""

    assert HELD_OUT_2 in SPLITS and "all" in SPLITS
    counts = {kind: len(families_of(kind, HELD_OUT_2)) for kind in FAMILIES if kind not in ("bill", "cv")}
    assert all(n >= 1 for n in counts.values()) and sum(n >= 2 for n in counts.values()) >= 9, counts
    for kind, fams in FAMILIES.items():
        if kind in ("bill", "cv"):
            continue
        second = [f for f in fams if f.split == HELD_OUT_2]
        third = [f for f in fams if f.split == HELD_OUT_3]
        fourth = [f for f in fams if f.split == HELD_OUT_4]
        fifth = [f for f in fams if f.split == HELD_OUT_5]
        sixth = [f for f in fams if f.split == HELD_OUT_6]
        seventh = [f for f in fams if f.split == HELD_OUT_7]
        eighth = [f for f in fams if f.split == HELD_OUT_8]
        ninth = [f for f in fams if f.split == HELD_OUT_9]
        later = [f for f in fams if f.split in (HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7,
                                                HELD_OUT_8, HELD_OUT_9)]
        # the later batches after every family written before them (appending renumbers no family); development
        # families written after the fifth batch may stand between later batches
        start = fams.index(later[0])
        assert all(f in later or f.split == DEVELOPMENT for f in fams[start:])  # the later batches at the end...
        assert later == second + third + fourth + fifth + sixth + seventh + eighth + ninth  # ...in order: the ninth last
        assert all(f.build.__module__.startswith("synth.documents.held_") for f in second)
        assert all(f.build.__module__.startswith("synth.documents.held_") is False
                   for f in families_of(kind, HELD_OUT))
        assert set(second) <= set(families_of(kind, "all"))
        ctx = make_context(random.Random(f"held2:{kind}"))
        for fam in second:
            sheets, truth = fam.build(ctx, random.Random(0))
            assert sheets and truth.get("surname", ctx.person.surname) == ctx.person.surname
    t = build_dossier("complete", 5, tmp_path / "h2", ALL_TEXT, families=HELD_OUT_2)
    assert {family_split(f.kind, f.family) for f in t.files} == {HELD_OUT_2}


def family_split(kind: str, number: int) -> str:

    return family(kind, number).split


@pytest.mark.parametrize(("split", "prefix"), [("held_out_4", "held4_"), ("held_out_5", "held5_"),
                                               ("held_out_6", "held6_"), ("held_out_7", "held7_"),
                                               ("held_out_8", "held8_"), ("held_out_9", "held9_")])
def test_fourth_and_fifth_held_out_batches_are_their_own_splits(split: str, prefix: str, tmp_path: Path) -> None:
    """`held_out_4` (session 13, modules synth/documents/held4_*.py), `held_out_5` (modules held5_*.py, by a hand
    that never read the reader), `held_out_6`, `held_out_7`, `held_out_8` and `held_out_9` (modules held6_*.py,
    held7_*.py, held8_*.py, held9_*.py, likewise), which nobody opens or tunes on: at least two families of every kind
    but the unrelated ones, each building with the applicant's surname, and a dossier drawn from that split draws only
    from it."""

    assert split in SPLITS and SPLITS.index(split) < SPLITS.index("all")
    for kind in FAMILIES:
        if kind in ("bill", "cv"):
            continue
        batch = [f for f in FAMILIES[kind] if f.split == split]
        assert len(batch) >= 2, kind
        assert tuple(batch) == families_of(kind, split)
        assert all(f.build.__module__.startswith("synth.documents." + prefix) for f in batch)
        ctx = make_context(random.Random(f"{prefix}:{kind}"))
        for fam in batch:
            sheets, truth = fam.build(ctx, random.Random(0))
            assert sheets and truth.get("surname", ctx.person.surname) == ctx.person.surname
    t = build_dossier("complete", 5, tmp_path / prefix, ALL_TEXT, families=split)
    assert {family_split(f.kind, f.family) for f in t.files} == {split}


@pytest.mark.parametrize(("kind", "number"), HELD4_CASES + HELD5_CASES + HELD6_CASES + HELD7_CASES + HELD8_CASES
                         + HELD9_CASES)
def test_fourth_and_fifth_held_out_batches_write_their_truth_dates(kind: str, number: int) -> None:
    """Every truth date of the fourth to ninth held-out batches is on its page in some form a person reads as that
    date."""
    from synth.documents.registry import caps
    from synth.formats import MONTHS_EN, MONTHS_FR_ABBR

    for seed in range(3):
        ctx = make_context(random.Random(f"held4dates:{seed}"))
        sheets, truth = family(kind, number).build(ctx, random.Random(seed))
        flat = caps(" ".join(" ".join(it.text.split()) for sh in sheets for it in sh.items if hasattr(it, "text")))
        for key, value in truth.items():
            if not (key.endswith("_date") or key in ("valid_from", "valid_until")):
                continue
            if key == "date_of_birth" and kind == "visa":  # a visa shows it in its zone only
                continue
            d = date.fromisoformat(value)
            forms = _written(d) | {d.strftime("%d %m %Y"), d.strftime("%d-%m-%y"), d.strftime("%d/%m/%y"),
                                   f"{_ordinal(d)} {MONTHS_EN[d.month - 1]} {d.year}",
                                   f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]} {d.year}"}
            assert any(caps(s) in flat for s in forms), (kind, number, key)


def test_a_whole_a4_page_copied_on_a_landscape_sheet_is_not_cut() -> None:
    """`merged_pdf` photocopies the passport on a sheet laid across: a booklet drawn on a whole A4 page is laid
    sideways on it, never cut at the sheet's edge (its zone, at the page's foot, would be lost)."""
    import random

    import numpy
    from PIL import Image, ImageDraw

    from synth.render import SCAN_DPI
    from synth.shapes_filed import _landscape_copy

    page = Image.new("L", (int(8.27 * SCAN_DPI), int(11.69 * SCAN_DPI)), 255)
    ImageDraw.Draw(page).rectangle((100, page.height - 200, page.width - 100, page.height - 100), fill=0)  # its foot
    copy = _landscape_copy(page, random.Random(1)).convert("L")
    dark = int((numpy.asarray(copy) < 80).sum())
    assert dark >= 0.8 * (page.width - 200) * 100, dark  # the foot's band is on the sheet, whole
