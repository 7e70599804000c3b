"""Machine-readable zones: check digits, layouts, repair of OCR confusions, finding zones in text,
and reading them from specimen images through real Tesseract.

Vectors from ../shared/external (public specimens, transcribed and verified) are used by path;
those tests skip with a reason where that folder is absent (outside this project's machines).
"""

from __future__ import annotations

import csv
import json
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docscheck.model import Zone
from docscheck.mrz import check_digit, find_zones, parse_zone
from synth.zones import td3

if TYPE_CHECKING:
    from docscheck.tesseract import OcrResult

TODAY = date(2026, 1, 1)
# Beside the repository; DOCSCHECK_EXTERNAL names it for a checkout elsewhere (a git worktree).
EXTERNAL = Path(os.environ.get("DOCSCHECK_EXTERNAL") or Path(__file__).resolve().parents[2] / "shared" / "external")
needs_external = pytest.mark.skipif(
    not EXTERNAL.is_dir(), reason=f"shared specimen data not present at {EXTERNAL} (outside the project machines)"
)


def _tsv(name: str) -> list[dict[str, str]]:
    path = EXTERNAL / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _or_absent(params: list) -> list:  # type: ignore[type-arg]
    """The parameters, or one skipped placeholder saying why there are none."""
    if params:
        return params
    return [pytest.param(None, id="absent", marks=pytest.mark.skip(reason=f"no shared vectors at {EXTERNAL}"))]


def _ymd(d: date | None) -> str:
    return d.strftime("%y%m%d") if d else ""


# --- ICAO 9303 specimens -----------------------------------------------------------------

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")
MRVA = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX7408122F96121096ZE184226B<<<<<<")
MRVB = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX7408122F9612109<<<<<<<<")
FR_CNI = ("IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<", "8806923102858CORINNE<<<<<<<6512068F6")


@pytest.mark.parametrize(
    ("lines", "kind", "number", "birth", "expiry", "nationality", "surname", "given_names"),
    [
        pytest.param(TD3, "TD3", "L898902C3", date(1974, 8, 12), date(2012, 4, 15), "UTO", "ERIKSSON",
                     "ANNA MARIA", id="td3-9303-part4"),
        pytest.param(TD1, "TD1", "D23145890", date(1974, 8, 12), date(2012, 4, 15), "UTO", "ERIKSSON",
                     "ANNA MARIA", id="td1-9303-part5"),
        pytest.param(TD2, "TD2", "D23145890", date(1974, 8, 12), date(2012, 4, 15), "UTO", "ERIKSSON",
                     "ANNA MARIA", id="td2-9303-part6"),
        pytest.param(MRVA, "MRVA", "L8988901C", date(1974, 8, 12), date(1996, 12, 10), "XXX", "ERIKSSON",
                     "ANNA MARIA", id="mrva-9303-part7"),
        pytest.param(MRVB, "MRVB", "L8988901C", date(1974, 8, 12), date(1996, 12, 10), "XXX", "ERIKSSON",
                     "ANNA MARIA", id="mrvb-9303-part7"),
        pytest.param(
            ("I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2", "STEVENSON<<PETER<JOHN<<<<<<<<<"),
            "TD1", "D23145890734", date(1934, 7, 12), date(1995, 7, 12), "UTO", "STEVENSON", "PETER JOHN",
            id="td1-extended-number-9303-part11",
        ),
        pytest.param(FR_CNI, "FR_CNI", "880692310285", date(1965, 12, 6), None, "FRA", "BERTHIER", "CORINNE",
                     id="old-french-id-card"),
    ],
)
def test_specimen_zones(
    lines: tuple[str, ...], kind: str, number: str, birth: date, expiry: date | None, nationality: str,
    surname: str, given_names: str,
) -> None:
    z = parse_zone(lines, today=TODAY)
    assert z is not None
    assert (z.kind, z.valid, z.failed_checks, z.repaired) == (kind, True, (), False)
    assert (z.document_number, z.birth_date, z.expiry_date, z.nationality) == (number, birth, expiry, nationality)
    assert (z.surname, z.given_names) == (surname, given_names)
    assert z.lines == lines


def _set(lines: tuple[str, ...], line: int, pos: int, ch: str) -> tuple[str, ...]:
    out = list(lines)
    out[line] = out[line][:pos] + ch + out[line][pos + 1:]
    return tuple(out)


def _bump(lines: tuple[str, ...], line: int, pos: int) -> tuple[str, ...]:
    return _set(lines, line, pos, str((int(lines[line][pos]) + 1) % 10))


# Each check digit broken in turn: the zone is not valid and says which check failed.
@pytest.mark.parametrize(
    ("lines", "line", "pos", "failed"),
    [
        pytest.param(TD3, 1, 9, ("number", "composite"), id="td3-number"),
        pytest.param(TD3, 1, 19, ("birth", "composite"), id="td3-birth"),
        pytest.param(TD3, 1, 27, ("expiry", "composite"), id="td3-expiry"),
        pytest.param(TD3, 1, 42, ("personal", "composite"), id="td3-personal"),
        pytest.param(TD3, 1, 43, ("composite",), id="td3-composite"),
        pytest.param(TD1, 0, 14, ("number", "composite"), id="td1-number"),
        pytest.param(TD1, 1, 6, ("birth", "composite"), id="td1-birth"),
        pytest.param(TD1, 1, 14, ("expiry", "composite"), id="td1-expiry"),
        pytest.param(TD1, 1, 29, ("composite",), id="td1-composite"),
        pytest.param(TD2, 1, 9, ("number", "composite"), id="td2-number"),
        pytest.param(TD2, 1, 19, ("birth", "composite"), id="td2-birth"),
        pytest.param(TD2, 1, 27, ("expiry", "composite"), id="td2-expiry"),
        pytest.param(TD2, 1, 35, ("composite",), id="td2-composite"),
        pytest.param(MRVA, 1, 9, ("number",), id="mrva-number"),
        pytest.param(MRVA, 1, 19, ("birth",), id="mrva-birth"),
        pytest.param(MRVA, 1, 27, ("expiry",), id="mrva-expiry"),
        pytest.param(MRVB, 1, 9, ("number",), id="mrvb-number"),
        pytest.param(MRVB, 1, 19, ("birth",), id="mrvb-birth"),
        pytest.param(MRVB, 1, 27, ("expiry",), id="mrvb-expiry"),
        pytest.param(FR_CNI, 1, 12, ("number", "composite"), id="fr-cni-number"),
        pytest.param(FR_CNI, 1, 33, ("birth", "composite"), id="fr-cni-birth"),
        pytest.param(FR_CNI, 1, 35, ("composite",), id="fr-cni-composite"),
    ],
)
def test_broken_check_digit_is_reported(lines: tuple[str, ...], line: int, pos: int, failed: tuple[str, ...]) -> None:
    z = parse_zone(_bump(lines, line, pos), today=TODAY)
    assert z is not None
    assert not z.valid
    assert z.failed_checks == failed


# OCR confusions undone with the help of positions and check digits.
@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        pytest.param(_set(TD3, 1, 15, "O"), TD3, id="O-for-0-in-date"),
        pytest.param(_set(TD3, 1, 21, "I"), TD3, id="I-for-1-in-expiry"),
        pytest.param(_set(TD3, 1, 18, "Z"), TD3, id="Z-for-2-in-date"),
        pytest.param(_set(TD3, 1, 16, "B"), TD3, id="B-for-8-in-date"),
        pytest.param(_set(TD3, 1, 26, "S"), TD3, id="S-for-5-in-date"),
        pytest.param(_set(TD3, 1, 5, "O"), TD3, id="O-for-0-in-number-among-digits"),
        pytest.param(_set(TD3, 1, 1, "B"), TD3, id="B-for-8-in-number"),
        pytest.param(_set(TD3, 1, 12, "0"), TD3, id="0-for-O-in-nationality"),
        pytest.param(_set(TD3, 0, 10, "5"), TD3, id="5-for-S-in-name"),
        pytest.param(_set(TD3, 0, 30, "K"), TD3, id="filler-read-as-K"),
        pytest.param(_set(_set(TD3, 0, 40, "K"), 0, 41, "X"), TD3, id="fillers-read-as-K-and-X"),
        pytest.param(_set(TD3, 1, 38, "K"), TD3, id="filler-read-as-K-in-personal-number"),
        pytest.param((TD3[0].replace("<<<<<", "<<", 1), TD3[1]), TD3, id="fillers-missing"),
        pytest.param((TD3[0] + "<<", TD3[1][:30] + " " + TD3[1][30:]), TD3, id="extra-fillers-and-space"),
        pytest.param(tuple(line.replace("<<<", "<< <") for line in TD1), TD1, id="space-inside-fillers"),
        pytest.param((TD1[0][:15] + "«" + TD1[0][16:],) + TD1[1:], TD1, id="guillemet-for-filler"),
        pytest.param(_set(TD1, 0, 10, "S"), TD1, id="S-for-5-in-td1-number"),
        pytest.param(("IRFRAK682T8YL00<1105040043<<<<", "7906123F1401073SEN<<<<<<<<<<<6",
                      "MARTIN<<CHRISTELLE<HELENE<LAUR"),
                     ("IRFRAK682T8YLO0<1105040043<<<<", "7906123F1401073SEN<<<<<<<<<<<6",
                      "MARTIN<<CHRISTELLE<HELENE<LAUR"), id="0-for-O-decided-by-check-digit-titre-de-sejour"),
        pytest.param(("I<UTOERIK55ON<<ANNA<MAR1A<<<<<<<<<<<", "D231458907UT0740BIZZF12O4IS9<<<<<<<G"), TD2,
                     id="many-confusions-td2"),
        pytest.param((TD3[0], "L898902C036UT07408122F1204159ZE184226B<<<<<10"), TD3, id="doubled-0-in-number"),
        pytest.param(("P<INDREDDY<<SNEHA<<<<<<<<<<<<<<<<<<<<<<<<<<<", "70126687<11IND0103093F3212242<<<<<<<<<<<<<<<0"),
                     ("P<INDREDDY<<SNEHA<<<<<<<<<<<<<<<<<<<<<<<<<<<", "Z0126687<1IND0103093F3212242<<<<<<<<<<<<<<<0"),
                     id="Z-read-7-and-1-doubled"),  # not "0126687<1": a leading 7 left out verified by chance
        pytest.param(_set(TD3, 1, 16, "S"), TD3, id="S-for-8-in-date-decided-by-check-digit"),
        pytest.param(_set(TD3, 0, 4, "Q"), TD3, id="Q-for-O-in-country-code"),
        pytest.param(("NOWRK" + TD1[0], *TD1[1:]), TD1, id="other-text-before-td1-upper-line"),
        pytest.param(
            ("P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<", "<A00000148NLD7110195F0604121123456782<<<<<02"),
            ("P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<", "XA00000148NLD7110195F0604121123456782<<<<<02"),
            id="X-read-as-filler-at-number-start"),
    ],
)
def test_ocr_confusions_repaired(noisy: tuple[str, ...], clean: tuple[str, ...]) -> None:
    z = parse_zone(noisy, today=TODAY)
    assert z is not None
    assert z.valid, z.failed_checks
    assert z.lines == clean
    # spaces alone are layout, not a change of characters
    assert z.repaired is (tuple(line.replace(" ", "") for line in noisy) != clean)


def test_unrepairable_zone_stays_unverified() -> None:
    # two digits of the birth date swapped: still digits, so nothing to undo
    lines = _set(_set(TD3, 1, 13, "4"), 1, 14, "7")
    z = parse_zone(lines, today=TODAY)
    assert z is not None and not z.valid and "birth" in z.failed_checks


@pytest.mark.parametrize(
    ("nationality", "valid"),
    [
        pytest.param("UTO", True, id="same-as-issuer"),
        pytest.param("STO", True, id="unknown-code-one-letter-from-issuer"),  # the issuer's code misread
        pytest.param("UTQ", True, id="one-confusion-from-a-real-code"),  # repaired to UTO
        pytest.param("BOS", True, id="unknown-code-unlike-issuer"),  # old codes on real documents
        pytest.param("UTA", True, id="another-unknown-code-one-letter-from-issuer"),
        pytest.param("TTO", False, id="real-code-one-letter-from-issuer"),  # no check digit covers it
        pytest.param("FRA", True, id="real-code-unlike-issuer"),
    ],
)
def test_nationality_misread_from_issuer(nationality: str, valid: bool) -> None:
    lines = (TD3[0], TD3[1][:10] + nationality + TD3[1][13:])
    z = parse_zone(lines, today=TODAY)
    assert z is not None and z.valid is valid
    assert ("nationality_code" in z.failed_checks) is not valid
    if valid and nationality not in ("BOS", "FRA", "TTO"):
        assert z.nationality == "UTO"


def _issued(issuer: str, nationality: str) -> tuple[str, ...]:
    """The specimen passport with another issuer and nationality (no check digit covers either)."""
    return (TD3[0][:2] + issuer.ljust(3, "<") + TD3[0][5:], TD3[1][:10] + nationality.ljust(3, "<") + TD3[1][13:])


@pytest.mark.parametrize("nationality", ["GBD", "GBN", "GBO", "GBP", "GBS"])
def test_british_classes_on_a_british_passport_are_valid(nationality: str) -> None:
    # ICAO 9303-3: the United Kingdom issues passports to British nationals of every class
    z = parse_zone(_issued("GBR", nationality), today=TODAY)
    assert z is not None and z.valid and z.failed_checks == ()
    assert (z.issuer, z.nationality) == ("GBR", nationality)


@pytest.mark.parametrize(
    ("issuer", "nationality"),
    [
        pytest.param("D", "D", id="germany"),
        pytest.param("D", "DEU", id="germany-iso-code"),
        pytest.param("UNO", "UNO", id="united-nations"),
        pytest.param("UNO", "UNA", id="un-specialized-agency"),
        pytest.param("UNO", "UNK", id="un-kosovo-mission"),
        pytest.param("UNK", "UNK", id="kosovo-mission-document"),
        pytest.param("XXA", "XXB", id="stateless-and-refugee"),
        pytest.param("XXB", "XXC", id="refugees"),
        pytest.param("XXC", "XXX", id="refugee-and-unspecified"),
        pytest.param("FRA", "XXB", id="refugee-travel-document"),
        pytest.param("FRA", "XXA", id="stateless-travel-document"),
    ],
)
def test_icao_issuer_nationality_pairs_are_valid(issuer: str, nationality: str) -> None:
    z = parse_zone(_issued(issuer, nationality), today=TODAY)
    assert z is not None and z.valid and z.failed_checks == ()
    assert (z.issuer, z.nationality) == (issuer, nationality)


@pytest.mark.parametrize(
    ("issuer", "nationality"),
    [
        pytest.param("MLI", "MLT", id="malian-passport-i-read-t"),  # Malta is European: never believed
        pytest.param("MLT", "MLI", id="maltese-passport-t-read-i"),
        pytest.param("ISL", "IRL", id="irish-code-on-an-icelandic-passport"),
    ],
)
def test_codes_one_letter_from_the_issuer_outside_the_icao_pairs_stay_unverified(issuer: str, nationality: str) -> None:
    z = parse_zone(_issued(issuer, nationality), today=TODAY)
    assert z is not None and not z.valid and "nationality_code" in z.failed_checks


def test_filler_after_short_issuer_code_read_as_letter() -> None:
    lines = ("I<SI<09999100180706966505468<<", "6606079F0807276SI<<<<<<<<<<<<0", "VZOREC<<TINA<<<<<<<<<<<<<<<<<<")
    z = parse_zone(lines, today=TODAY)
    assert z is not None and z.nationality == "SI"
    misread = parse_zone((lines[0], lines[1][:17] + "I" + lines[1][18:], lines[2]), today=TODAY)
    assert misread is not None and not misread.valid and "nationality_code" in misread.failed_checks


def test_number_of_zeros_read_as_letters_from_the_start() -> None:
    # O weighs 24: "OO" at weights 7 and 3 adds 240, invisible to the check digit
    line = "OO000000<0LTU5911239F120101145911231023<<<16"  # a Lithuanian specimen, zeros read as O
    z = parse_zone(("P<LTUBASANAVICIENE<<BIRUTE<<<<<<<<<<<<<<<<<<", line), today=TODAY)
    assert z is not None and z.valid and z.document_number == "00000000"


def test_number_of_zeros_read_as_letters() -> None:
    # "A0000000" read "ADODOOOO": both readings have the same check digits; zeros win
    clean = ("P<ISLAEVARSDOTTIR<<THURIDUR<OESP<<<<<<<<<<<<", "A0000000<0ISL6612315F0905264311266<9539<<<32")
    z = parse_zone((clean[0], "ADODOOOO" + clean[1][8:]), today=TODAY)
    assert z is not None and z.valid and z.document_number == "A0000000"
    assert parse_zone(clean, today=TODAY).document_number == "A0000000"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("yymmdd_birth", "yymmdd_expiry", "birth", "expiry"),
    [
        pytest.param("740812", "120415", date(1974, 8, 12), date(2012, 4, 15), id="past-both"),
        pytest.param("051231", "351231", date(2005, 12, 31), date(2035, 12, 31), id="young-holder-future-expiry"),
        pytest.param("261231", "451231", date(1926, 12, 31), date(2045, 12, 31), id="birth-after-today-is-last-century"),
        pytest.param("400907", "961210", date(1940, 9, 7), date(1996, 12, 10), id="expiry-far-ahead-is-last-century"),
    ],
)
def test_two_digit_years(yymmdd_birth: str, yymmdd_expiry: str, birth: date, expiry: date) -> None:
    line2 = TD3[1][:13] + yymmdd_birth + check_digit(yymmdd_birth) + "F" + yymmdd_expiry + check_digit(yymmdd_expiry)
    line2 += TD3[1][28:43]
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    z = parse_zone((TD3[0], line2), today=TODAY)
    assert z is not None and z.valid
    assert (z.birth_date, z.expiry_date) == (birth, expiry)


def test_today_anchors_the_century() -> None:
    z = parse_zone(TD3, today=date(1995, 1, 1))
    assert z is not None and z.birth_date == date(1974, 8, 12)
    assert z.expiry_date == date(2012, 4, 15)


# --- shared vectors ----------------------------------------------------------------------

@needs_external
@pytest.mark.parametrize(
    "row", _or_absent([pytest.param(r, id=f"{r['source']}-{r['input'] or 'empty'}")
                       for r in _tsv("check_digit_vectors.tsv")])
)
def test_check_digit_vectors(row: dict[str, str]) -> None:
    s, expected = row["input"], row["expected_digit"]
    if not s or any(c not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<" for c in s):
        pytest.skip("not an MRZ string (PassportEye answers ''; check_digit's contract is A-Z, 0-9, '<')")
    if expected.startswith("not "):
        assert check_digit(s) != expected[4:]
    else:
        assert check_digit(s) == expected


# Rows whose source expectation a repairing reader legitimately does not match, why, and
# what is asserted instead.
VECTOR_EXCEPTIONS = {
    "D1FRA13AA000026181231MARTIN<<9": "French driving licence: a one-line non-ICAO layout, not read (None)",
    "INVALIDTEXT<<HENERT": "42-character upper line padded with fillers, the repair OCR needs; the lower line's "
                           "digits then verify, so the zone is read as valid and marked repaired",
    "<SPECIMEN1<<SPECIMEN2": "digits in name fields are read as the letters they resemble (1->I, 2->Z); "
                             "still not valid",
    "GBRBB09117F2ZZ7162": "letters in date fields are read as the digits they resemble (B->8, Z->2), "
                          "as for OCR; still not valid",
}


def _exception(mrz: str) -> str | None:
    return next((key for key in VECTOR_EXCEPTIONS if key in mrz), None)


_VECTORS = _tsv("mrz_vectors.tsv")


@needs_external
def test_vector_table_is_complete() -> None:
    assert len(_VECTORS) == 171
    assert sum(_exception(r["mrz"]) is not None for r in _VECTORS) == 4


@needs_external
@pytest.mark.parametrize(
    "row", _or_absent([pytest.param(r, id=f"{i:03d}-{r['source']}-{r['kind']}") for i, r in enumerate(_VECTORS)])
)
def test_mrz_vectors(row: dict[str, str]) -> None:
    lines = row["mrz"].split("|")
    z = parse_zone(lines, today=TODAY)
    key = _exception(row["mrz"])
    if key == "D1FRA13AA000026181231MARTIN<<9":
        assert z is None
        return
    assert z is not None
    if key == "INVALIDTEXT<<HENERT":
        assert (z.valid, z.repaired, z.document_number) == (True, True, "707797979")
        return
    if key is not None:
        assert not z.valid
        assert z.document_number == row["document_number"]
        return
    expected_valid = row["expected_valid"] == "true"
    assert z.valid is expected_valid, z.failed_checks
    if not expected_valid:
        assert set(z.failed_checks) == set(row["failed_checks"].split(","))
    not_dates = set(row["failed_checks"].split(","))
    assert z.document_number == row["document_number"]
    assert _ymd(z.birth_date) == ("" if "birth_date_not_a_date" in not_dates else row["birth_date"])
    assert _ymd(z.expiry_date) == ("" if "expiry_date_not_a_date" in not_dates else row["expiry_date"])
    assert z.nationality == row["nationality"]
    assert z.surname == row["surname"]
    assert z.given_names == row["given_names"]
    if row["sex"]:
        assert z.sex == row["sex"].replace("<", "")


def _noise_cases() -> list[dict[str, object]]:
    path = EXTERNAL / "mrz_ocr_noise_cases.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@needs_external
@pytest.mark.parametrize(
    "case", _or_absent([pytest.param(c, id=f"{c['source']}-{i}") for i, c in enumerate(_noise_cases())])
)
def test_ocr_noise_cases(case: dict[str, object]) -> None:
    expected = [str(x) for x in case["expected_lines"]]  # type: ignore[attr-defined]
    if expected[0].startswith("D1FRA"):
        pytest.skip("French driving licence: one-line non-ICAO layout, not read")
    zones = find_zones(str(case["noisy"]), today=TODAY)
    assert zones, "no zone found"
    z = zones[0]
    assert z.valid, z.failed_checks
    width = len(expected[-1])
    # PassportEye's expectation keeps OCR junk after the names line; the zone itself is 44 wide
    assert list(z.lines) == [line[:width] for line in expected]


# --- finding zones in text ---------------------------------------------------------------

def test_find_zones_in_page_text() -> None:
    text = (
        "REPUBLIQUE D'UTOPIE  PASSEPORT / PASSPORT\nNom / Surname: ERIKSSON\nPrénoms: Anna Maria\n\n"
        + "P<UTOERIKSSON<<ANNA<MARIA<< <<<<<<<<<<<<<<<<<\n\n"
        + "L898902C36UTO74O8122F12041S9ZE184226B<<<<<1O\nsome footer 12/03/2026\n"
    )
    zones = find_zones(text, today=TODAY)
    assert len(zones) == 1
    assert zones[0].valid and zones[0].repaired and zones[0].lines == TD3


def test_find_zones_table_rule_before_lines() -> None:
    zones = find_zones("| " + TD3[0] + "\n| " + TD3[1].replace("0", "D", 1) + " |\n", today=TODAY)
    assert zones and zones[0].valid and zones[0].lines == TD3


def test_find_zones_best_first() -> None:
    broken = _bump(TD2, 1, 19)
    zones = find_zones("\n".join(broken) + "\n\nblah\n\n" + "\n".join(TD1), today=TODAY)
    assert [z.kind for z in zones] == ["TD1", "TD2"]
    assert zones[0].valid and not zones[1].valid


def test_number_fillers_among_zeros() -> None:
    # '<' and '0' weigh the same in a check digit: only their order says which is which
    lines = ("P<INPSPECIMEN<<SAMPLE<<<<<<<<<<<<<<<<<<<<<<<", "XX00000<00FRA7501012F19073021234567890<<<<70")
    z = parse_zone(lines, today=TODAY)
    assert z is not None and z.valid and z.document_number == "XX000000"


def test_lines_of_fillers_are_not_a_zone() -> None:
    # check digits held by fillers over fillers say nothing
    text = "T2IZOIBFIIOIZ3GESP<<<<<<<<<<<<<<<<<<\n" + "<" * 36
    assert find_zones(text, today=TODAY) == []


def test_card_zone_whose_names_line_was_lost() -> None:
    from docscheck.mrz.find import td1_without_names

    z = td1_without_names(TD1[0] + "\n" + TD1[1] + "\n")
    assert z is not None and z.valid and z.kind == "TD1" and z.document_number == "D23145890"
    assert td1_without_names(TD3[0] + "\n" + TD3[1]) is None


def test_card_with_wrong_check_digits_still_found() -> None:
    # an old Spanish card specimen: its maker's number and birth check digits do not hold
    text = "IDESPAAA1000014<00000023T<<<<<\n7212018F1101236ESP<<<<<<<<<<<8\nESPANOLA<ESPANOLA<CARMEN<<<<<<"
    zones = find_zones(text, today=TODAY)
    assert zones and not zones[0].valid
    assert (zones[0].document_number, zones[0].nationality) == ("AAA100001", "ESP")


def test_reading_confirmed_only_by_another() -> None:
    from docscheck.mrz.vote import confirmed, settle

    good = parse_zone(TD3, today=TODAY)
    other = parse_zone((TD3[0], _set(TD3, 1, 13, "6")[1]), today=TODAY)  # birth check fails
    assert good is not None and other is not None and not other.valid
    assert confirmed([good]) is None
    assert confirmed([good, other]) is None  # different birth date read
    assert confirmed([other, good, good]) is good
    # unconfirmed, a verified reading is not reported: the unverified one is
    assert settle([other, good]) is other and settle([good]) is None and settle([]) is None


def test_find_zones_ignores_ordinary_text() -> None:
    text = "CONTRAT D'ENGAGEMENT DE SERVICE CIVIQUE ENTRE LES SOUSSIGNES\nASSOCIATION SOLIDARITE INTERNATIONALE 2026\n"
    assert find_zones(text, today=TODAY) == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_find_zones_never_raises(text: str) -> None:
    zones = find_zones(text, today=TODAY)
    assert isinstance(zones, list)
    assert all(isinstance(z, Zone) for z in zones)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<« OIl"), max_size=50),
                max_size=4))
def test_parse_zone_never_raises(lines: list[str]) -> None:
    z = parse_zone(lines, today=TODAY)
    assert z is None or isinstance(z, Zone)
    if z is not None and z.valid:
        assert not z.failed_checks


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=4))
def test_parse_zone_never_raises_on_any_text(lines: list[str]) -> None:
    z = parse_zone(lines, today=TODAY)
    assert z is None or isinstance(z, Zone)


# --- real images through real Tesseract --------------------------------------------------

@needs_external
@pytest.mark.slow
@pytest.mark.parametrize(
    ("image", "number", "birth", "expiry", "nationality"),
    [
        pytest.param("mrz_arg0s1080/docs/images/resident_cards/France.png", "K682T8YLO", "790612", "140107", "SEN",
                     id="titre-de-sejour-specimen"),
        pytest.param("passporteye/testdata/100_pass-cze.jpg", "99003853", "110101", "120704", "CZE",
                     id="passport-specimen"),
        pytest.param("passporteye/testdata/62_pass-aus.png", "PA0940409", "840607", "190321", "AUS",
                     id="photo-skewed-19-degrees"),
    ],
)
def test_read_zone_from_specimen_image(image: str, number: str, birth: str, expiry: str, nationality: str) -> None:
    from PIL import Image

    from docscheck.mrz import read_zone_from_image

    with Image.open(EXTERNAL / image) as im:
        page = im.convert("RGB")
    text = read_zone_from_image(page)
    assert text is not None
    zones = find_zones(text, today=TODAY)
    assert zones and zones[0].valid
    z = zones[0]
    assert (z.document_number, _ymd(z.birth_date), _ymd(z.expiry_date), z.nationality) == (
        number, birth, expiry, nationality)


def test_visa_for_a_national_of_a_country_one_letter_from_the_issuer_is_valid() -> None:
    # A French visa held by a Brazilian: BRA is one letter from FRA, and that is no misreading.
    zone = parse_zone(
        ["V<FRASILVA<<LETICIA<<<<<<<<<<<<<<<<<<<<<<<<<", "6516947789BRA0504047F2703305<<<<<<<<<<<<<<<<"],
        today=date(2026, 11, 30),
    )
    assert zone is not None and zone.valid and zone.nationality == "BRA"


# --- several readings of one zone ----------------------------------------------------------

def _reading(lines: tuple[str, ...]) -> Zone:
    z = parse_zone(lines, today=TODAY)
    assert z is not None
    return z


def test_fields_right_in_different_readings_are_put_together() -> None:
    from docscheck.mrz.vote import confirmed, consensus

    # each reading has one field wrong (no repair can undo a digit read as another digit), and
    # no two readings agree on the whole zone; each field is right in two of them
    readings = [_reading(_bump(TD3, 1, 3)), _reading(_bump(TD3, 1, 15)), _reading(_bump(TD3, 1, 22))]
    assert not any(r.valid for r in readings) and confirmed(readings) is None
    voted = consensus(readings, today=TODAY)
    assert voted is not None and voted.valid and voted.lines == TD3


def test_a_field_given_by_one_reading_only_is_not_verified() -> None:
    from docscheck.mrz.vote import consensus

    # the number is right only in the second reading, the birth date only in the first
    readings = [_reading(_bump(TD3, 1, 3)), _reading(_bump(TD3, 1, 15))]
    voted = consensus(readings, today=TODAY)
    assert voted is None or not voted.valid


def test_page_reading_and_a_zone_reading_agreeing_outweigh_alike_zone_readings() -> None:
    from docscheck.mrz.vote import consensus

    # "3" for "8" in the birth date, and the check digit misread to match: the check digit
    # cannot tell, and two zone re-reads (same crop, same settings) make the same mistake
    misread = _with_td3_composite(_with_check(_set(TD3, 1, 13, "3"), 1, 13, 19))
    twice = _reading(misread)
    assert twice.valid
    page, right = _reading(TD3), _reading(_bump(TD3, 1, 3))
    readings = [twice, _reading(misread), _reading(misread), page, right]
    voted = consensus(readings, page=[page], today=TODAY)
    assert voted is not None and voted.birth_date == date(1974, 8, 12)
    # were the page's reading another zone re-read, three against two
    voted = consensus(readings, today=TODAY)
    assert voted is not None and voted.birth_date == date(1934, 8, 12)


def test_expiry_read_before_birth_gives_way() -> None:
    from docscheck.mrz.vote import consensus

    # "75" read for "25" (1975 for 2025), with the check digit misread to match
    lines = _with_composite(("I<UTOD231458907<<<<<<<<<<<<<<<", "8001014F2501017UTO<<<<<<<<<<<4",
                             "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"))
    misread = _with_composite(_with_check(_set(lines, 1, 8, "7"), 1, 8, 14))
    right, other = _reading(lines), _reading(misread)
    assert right.valid and other.valid and other.expiry_date == date(1975, 1, 1)
    voted = consensus([other, other, other, right, right], today=TODAY)
    assert voted is not None and voted.expiry_date == date(2025, 1, 1)


def _with_check(lines: tuple[str, ...], line: int, start: int, end: int) -> tuple[str, ...]:
    return _set(lines, line, end, check_digit(lines[line][start:end]))


def _with_td3_composite(lines: tuple[str, ...]) -> tuple[str, ...]:
    return _set(lines, 1, 43, check_digit(lines[1][0:10] + lines[1][13:20] + lines[1][21:43]))


def _with_composite(lines: tuple[str, ...]) -> tuple[str, ...]:
    return _set(lines, 1, 29, check_digit(lines[0][5:30] + lines[1][0:7] + lines[1][8:15] + lines[1][18:29]))


def test_readings_vote_for_a_real_country_code() -> None:
    from docscheck.mrz.vote import consensus

    misread = TD3[1][:10] + "UTQ" + TD3[1][13:]  # not a code, and three readings alike
    readings = [_reading(_bump((TD3[0], misread), 1, 3)), _reading(_bump((TD3[0], misread), 1, 15)),
                _reading(_bump(TD3, 1, 22))]
    voted = consensus(readings, today=TODAY)
    assert voted is not None and voted.nationality == "UTO"


@needs_external
@pytest.mark.slow
def test_card_whose_page_ocr_is_drowned_by_its_security_pattern() -> None:
    """The back of the 2021 French identity card: the page OCR reads its guilloche, not its text,
    and shows no zone; the page is still searched for one, as the pipeline reads it."""
    from PIL import Image

    from docscheck.text import ReadOptions, ocr_page

    with Image.open(EXTERNAL / "parse_french_id_card/test-new-back.png") as im:
        page = ocr_page(im.convert("RGB").reduce(3), 1, ReadOptions())  # 1528 x 968, as a phone upload
    assert find_zones(page.text, today=TODAY) == []
    assert page.zone_text is not None
    zones = find_zones(page.zone_text, today=TODAY)
    assert zones and zones[0].valid
    z = zones[0]
    assert (z.document_number, _ymd(z.birth_date), _ymd(z.expiry_date), z.nationality, z.surname) == (
        "X4RTBPFW4", "900713", "300211", "FRA", "MARTIN")


# --- national number formats: what a check digit cannot tell apart --------------------------------


def _td3(number: str, issuer: str = "FRA") -> list[str]:
    upper = f"P<{issuer}LEBRUN<<ANAIS<<<<<<<<<<<<<<<<<<<<<<<<<<<"[:44]
    number_field = number + "<" * (9 - len(number))
    body = number_field + check_digit(number_field) + issuer + "931102" + check_digit("931102") + "F"
    body += "310415" + check_digit("310415") + "<" * 14 + check_digit("<" * 14)
    return [upper, body + check_digit(body[0:10] + body[13:20] + body[21:43])]


def test_french_passport_number_repaired_to_its_national_format() -> None:
    from docscheck.mrz.formats import conform

    # "1OKR207Q3" has the same check digit as "10KR20703": only the format can tell them apart
    assert check_digit("1OKR207Q3") == check_digit("10KR20703")
    zone = parse_zone(_td3("1OKR207Q3"), today=date(2026, 1, 1))
    assert zone is not None and zone.valid
    assert zone.document_number == "10KR20703"
    assert conform("1OKR2O7Q3", "99AA99999") == "10KR20703"
    assert conform("10K520703", "99AA99999") == "10KS20703"


def test_french_passport_number_that_cannot_fit_is_not_verified() -> None:
    lines = _td3("10KR20703")
    lines[1] = "10KRX0703" + lines[1][9:]  # X cannot be a digit; the check digits might still hold
    zone = parse_zone(lines, today=date(2026, 1, 1))
    assert zone is not None and not zone.valid



def test_a_line_of_print_above_the_zone_is_not_taken_for_its_first_line() -> None:
    line2 = _td3("PD2937377")[1]
    assert find_zones("DIRECTIONGENERALEDELASORETENATIONALE\n" + line2) == []


# --- several zones on one page: the open passport ----------------------------------------------


def _ocr_lines(*lines: tuple[tuple[str, int], ...], top: int = 1000, height: int = 34) -> OcrResult:
    """A page OCR result whose lines hold these words (text, left), one line every 1.3 heights;
    a word is as wide as its characters at one line height each."""
    from docscheck.tesseract import OcrResult, OcrWord

    words = tuple(
        OcrWord(text, 90.0, left, top + int(i * 1.3 * height), len(text) * height * 7 // 8, height, (1, 1, i))
        for i, line in enumerate(lines) for text, left in line
    )
    return OcrResult("\n".join(" ".join(t for t, _ in line) for line in lines), words, 90.0)


PASSPORT_ZONE = ("P<VNMDANG<<HOANG<NAM<<<<<<<<<<<<<<<<<<<<<<<<", "C8633272<1VNM9903045M3008177<<<<<<<<<<<<<<<2")
VISA_ZONE = ("V<FRADANG<<HOANG<NAM<<<<<<<<<<<<<<<<<<<<<<<<", "3850063960VNM9903045M2710039<<<<<<<<<<<<<<<<")


def test_two_zones_side_by_side_are_two_bands_each_with_its_own_lines() -> None:
    from docscheck.mrz.reread import _zone_bands

    # as the page OCR of an open passport gives them: one line of print across both pages
    ocr = _ocr_lines(((PASSPORT_ZONE[0], 400), (VISA_ZONE[0], 2000)), ((PASSPORT_ZONE[1], 400), (VISA_ZONE[1], 2000)))
    bands = _zone_bands(ocr, (3600, 1400))
    assert len(bands) == 2
    assert bands[0].box[2] < bands[1].box[0]  # side by side, not overlapping
    assert [z.kind for z in find_zones(bands[0].text)] == ["TD3"]
    assert [z.kind for z in find_zones(bands[1].text)] == ["MRVA"]


def test_one_zone_with_print_beside_it_is_read_as_one_zone() -> None:
    from docscheck.mrz.reread import _zone_bands

    ocr = _ocr_lines((("DATE", 60), (PASSPORT_ZONE[0], 400)), (("12.03.2020", 60), (PASSPORT_ZONE[1], 400)))
    assert _zone_bands(ocr, (2000, 1400)) == []
    one_line = _ocr_lines(((PASSPORT_ZONE[0], 400),), (("Autorité", 60),))
    assert _zone_bands(one_line, (2000, 1400)) == []


@pytest.mark.slow
def test_a_photo_of_the_open_passport_carries_both_zones(tmp_path: Path) -> None:
    """The generator's photo of an open passport (data page and visa side by side), read by the
    real Tesseract: read as one zone, the page gave the visa's only (seed 8)."""
    from docscheck.text import read_file
    from docscheck.understand import understand_documents
    from synth.shapes import build_shaped

    build_shaped("passport_visa_photo", 8, tmp_path)
    ft = read_file(tmp_path / "IMG_passeport.jpg")
    page = ft.pages[0]
    assert page.zone_text is not None
    zones = find_zones(page.zone_text, today=TODAY)
    assert sorted(z.document_code[:1] for z in zones if z.valid) == ["P", "V"]
    docs = understand_documents(ft, today=date(2026, 11, 30))
    assert sorted(d.type.value for d in docs) == ["passport", "visa"]
    assert all(d.zone is not None and d.zone.valid for d in docs)


def test_a_c_read_as_the_euro_sign_is_a_c() -> None:
    """A photo's serifed C OCR'd "€" at the number's start (development shape passport_visa_photo, seed 9101): the
    zone is the passport's, verified, not a zone whose charset fails."""
    lines = td3("VNM", "HOANG", "THI HUONG", "C6563043", "VNM", date(2007, 7, 18), "F", date(2035, 2, 17))
    z = parse_zone((lines[0], "€" + lines[1][1:]), today=TODAY)
    assert z is not None and z.valid, z.failed_checks
    assert z.document_number == "C6563043"


def test_a_number_failing_its_check_is_mended_by_the_number_printed_on_the_page() -> None:
    """The zone's "FY688649" fails its check digit; the data page prints "EY688649" (development shape
    passport_visa_pdf, seed 9100). The printed number, a second reading, settles which letter it was; a word
    that differs otherwise, or no such word, leaves the zone unverified."""
    from docscheck.mrz import confirmed_by_print

    lines = td3("BRA", "SANTOS", "ANA LUIZA", "EY688649", "BRA", date(2006, 9, 16), "F", date(2027, 11, 9))
    misread = parse_zone((lines[0], "F" + lines[1][1:]), today=TODAY)
    assert misread is not None and not misread.valid and "number" in misread.failed_checks
    page = "PASSEPORT PASSPORT\nType Code Passeport N° / Passport No\nP BRA EY688649\nNom / Surname\nSANTOS"
    [mended] = confirmed_by_print([misread], page, today=TODAY)
    assert mended.valid and mended.repaired and mended.document_number == "EY688649"
    for other in (page.replace("EY688649", "XY688649"), "PASSEPORT\nSANTOS"):
        [kept] = confirmed_by_print([misread], other, today=TODAY)
        assert not kept.valid and kept.document_number == "FY688649"


def test_fillers_blurred_before_a_misread_last_check_digit_are_mended() -> None:
    """"<<cccccecccccecg": a photo's fillers read as c and e, then the composite 6 read as a g (development shape
    covered_pdf, seed 9100): the fillers are mended, the last character kept for the check digit's reading."""
    from docscheck.segment import fillers_mended

    text = "P<SENMBAYE<<MARIAMA<<<<cccccccececccecccccce\nA9456857<8SEN9906219F3001204<<cccccecccccecg"
    assert fillers_mended(text).splitlines()[1] == "A9456857<8SEN9906219F3001204" + "<" * 15 + "g"
    [zone] = [z for z in find_zones(fillers_mended(text), today=TODAY) if z.kind == "TD3"]
    assert zone.valid and zone.document_number == "A9456857"


def test_a_second_line_whose_every_filler_after_the_first_came_out_as_a_letter_is_mended() -> None:
    """"...M3001204<cccccecccecceg": one `<` left, no `<<` to tell the line for a zone's, the rest read as c and e
    (a passport's data page photographed beside its visa, held-out 5 shape passport_visa_photo): still mended, and the
    zone found; a line of prose ending in such letters is not touched."""
    from docscheck.segment import fillers_mended

    text = "P<SENMBAYE<<MARIAMA<<<<cccccccececccecccccce\nA9456857<8SEN9906219F3001204<ccccceccceccecg"
    assert fillers_mended(text).splitlines()[1] == "A9456857<8SEN9906219F3001204" + "<" * 15 + "g"
    [zone] = [z for z in find_zones(fillers_mended(text), today=TODAY) if z.kind == "TD3"]
    assert zone.valid and zone.document_number == "A9456857"
    assert fillers_mended("Rue de la Paix 12 <ceccece") == "Rue de la Paix 12 <ceccece"
