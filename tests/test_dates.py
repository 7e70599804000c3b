"""Dates as documents print them, and as OCR reads them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docscheck.dates import DateMatch, find_dates, parse_date

D = date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Numeric, day first as in France
        pytest.param("12/03/2026", D(2026, 3, 12), id="slash"),
        pytest.param("12.03.2026", D(2026, 3, 12), id="dot"),
        pytest.param("12-03-2026", D(2026, 3, 12), id="hyphen"),
        pytest.param("1/3/2026", D(2026, 3, 1), id="slash-single-digits"),
        pytest.param("03/12/2026", D(2026, 12, 3), id="never-month-first"),
        pytest.param("25/12/2026", D(2026, 12, 25), id="day-above-12"),
        pytest.param("12 / 03 / 2026", D(2026, 3, 12), id="spaces-around-separators"),
        pytest.param("12 03 2026", D(2026, 3, 12), id="passport-spaces"),
        pytest.param("Date: 12/03/2026", D(2026, 3, 12), id="with-label"),
        # Two-digit years (POSIX pivot 69)
        pytest.param("12/03/26", D(2026, 3, 12), id="two-digit-year-20xx"),
        pytest.param("12/03/68", D(2068, 3, 12), id="two-digit-year-68"),
        pytest.param("12/03/69", D(1969, 3, 12), id="two-digit-year-69"),
        pytest.param("05.11.95", D(1995, 11, 5), id="two-digit-year-19xx"),
        # ISO, always year-month-day
        pytest.param("2026-03-12", D(2026, 3, 12), id="iso"),
        pytest.param("2026/03/12", D(2026, 3, 12), id="iso-slash"),
        pytest.param("2026-12-03", D(2026, 12, 3), id="iso-not-dayfirst"),
        # French month names
        pytest.param("12 mars 2026", D(2026, 3, 12), id="fr-mars"),
        pytest.param("12 MARS 2026", D(2026, 3, 12), id="fr-upper"),
        pytest.param("1er avril 2026", D(2026, 4, 1), id="fr-premier"),
        pytest.param("1ᵉʳ avril 2026", D(2026, 4, 1), id="fr-premier-superscript"),
        pytest.param("le 1 er mai 2026", D(2026, 5, 1), id="fr-premier-spaced"),
        pytest.param("3 janvier 2026", D(2026, 1, 3), id="fr-janvier"),
        pytest.param("3 janv. 2026", D(2026, 1, 3), id="fr-janv-abbr"),
        pytest.param("14 février 2026", D(2026, 2, 14), id="fr-fevrier-accent"),
        pytest.param("14 févr. 2026", D(2026, 2, 14), id="fr-fevr-abbr"),
        pytest.param("14 fév 2026", D(2026, 2, 14), id="fr-fev-abbr"),
        pytest.param("14 FÉVRIER 2026", D(2026, 2, 14), id="fr-fevrier-upper-accent"),
        pytest.param("9 avr. 2026", D(2026, 4, 9), id="fr-avr"),
        pytest.param("9 mai 2026", D(2026, 5, 9), id="fr-mai"),
        pytest.param("9 juin 2026", D(2026, 6, 9), id="fr-juin"),
        pytest.param("9 juillet 2026", D(2026, 7, 9), id="fr-juillet"),
        pytest.param("9 juil. 2026", D(2026, 7, 9), id="fr-juil"),
        pytest.param("15 août 2026", D(2026, 8, 15), id="fr-aout-circumflex"),
        pytest.param("30 septembre 2026", D(2026, 9, 30), id="fr-septembre"),
        pytest.param("30 sept. 2026", D(2026, 9, 30), id="fr-sept"),
        pytest.param("31 octobre 2026", D(2026, 10, 31), id="fr-octobre"),
        pytest.param("11 novembre 2026", D(2026, 11, 11), id="fr-novembre"),
        pytest.param("24 décembre 2026", D(2026, 12, 24), id="fr-decembre"),
        pytest.param("24 déc. 2026", D(2026, 12, 24), id="fr-dec-abbr"),
        pytest.param("jeudi 12 mars 2026", D(2026, 3, 12), id="fr-weekday"),
        # English
        pytest.param("March 12, 2026", D(2026, 3, 12), id="en-month-first"),
        pytest.param("March 12 2026", D(2026, 3, 12), id="en-month-first-no-comma"),
        pytest.param("March 12th, 2026", D(2026, 3, 12), id="en-ordinal-month-first"),
        pytest.param("12 March 2026", D(2026, 3, 12), id="en-day-first"),
        pytest.param("12th March 2026", D(2026, 3, 12), id="en-ordinal"),
        pytest.param("1st May 2026", D(2026, 5, 1), id="en-first"),
        pytest.param("Feb 3, 2026", D(2026, 2, 3), id="en-feb"),
        pytest.param("3 Feb 2026", D(2026, 2, 3), id="en-feb-day-first"),
        pytest.param("Sept. 3, 2026", D(2026, 9, 3), id="en-sept"),
        pytest.param("3 Aug. 2026", D(2026, 8, 3), id="en-aug"),
        pytest.param("12 March, 2026", D(2026, 3, 12), id="en-comma-before-year"),
        pytest.param("Thursday, the 12th of March 2026", D(2026, 3, 12), id="en-dateutil-wording"),
        # Passport and visa forms
        pytest.param("12 MAR/MARS 2026", D(2026, 3, 12), id="bilingual-mar-mars"),
        pytest.param("12 FEB/FÉV 2026", D(2026, 2, 12), id="bilingual-feb-fev"),
        pytest.param("12 JUN/JUIN 26", D(2026, 6, 12), id="bilingual-two-digit-year"),
        pytest.param("12-MAR-2026", D(2026, 3, 12), id="hyphen-month-abbr"),
        pytest.param("12MAR2026", D(2026, 3, 12), id="compact-month-abbr"),
        # OCR damage
        pytest.param("14 fevrier 2026", D(2026, 2, 14), id="ocr-fevrier-no-accent"),
        pytest.param("15 aoüt 2026", D(2026, 8, 15), id="ocr-aout-diaeresis"),
        pytest.param("15 aout 2026", D(2026, 8, 15), id="ocr-aout-no-accent"),
        pytest.param("24 decembre 2026", D(2026, 12, 24), id="ocr-decembre-no-accent"),
        pytest.param("5 0ctobre 2026", D(2026, 10, 5), id="ocr-zero-for-o"),
        pytest.param("5 novernbre 2026", D(2026, 11, 5), id="ocr-rn-for-m"),
        pytest.param("7 fevrler 2026", D(2026, 2, 7), id="ocr-one-letter-wrong"),
        pytest.param("ler mai 2026", D(2026, 5, 1), id="ocr-l-for-1-premier"),
        pytest.param("1O/03/2026", D(2026, 3, 10), id="ocr-O-for-0"),
        pytest.param("l2/03/2026", D(2026, 3, 12), id="ocr-l-for-1"),
        pytest.param("12/O3/2O26", D(2026, 3, 12), id="ocr-O-in-month-and-year"),
        pytest.param("I2.03.2026", D(2026, 3, 12), id="ocr-I-for-1"),
        pytest.param("12 mars 2O26", D(2026, 3, 12), id="ocr-O-in-year"),
        pytest.param("Né le12/03/1995", D(1995, 3, 12), id="ocr-glued-to-word-before"),
        pytest.param("12/03/2026à Paris", D(2026, 3, 12), id="ocr-glued-to-word-after"),
        pytest.param("13.081997", D(1997, 8, 13), id="ocr-dropped-second-separator"),
        pytest.param("29/02/2028", D(2028, 2, 29), id="leap-day"),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("31/02/2026", id="31-february"),
        pytest.param("29/02/2026", id="29-february-not-leap"),
        pytest.param("32/01/2026", id="day-32"),
        pytest.param("12/13/2026", id="month-13"),
        pytest.param("03/25/2026", id="month-first-never-guessed"),
        pytest.param("31 avril 2026", id="31-april"),
        pytest.param("12 truc 2026", id="not-a-month"),
        pytest.param("2 juln 2026", id="ambiguous-ocr-juin-juil"),
        pytest.param("mars 2026", id="month-and-year-only"),
        pytest.param("12 mars", id="no-year"),
        pytest.param("2026", id="year-only"),
        pytest.param("12/03/1850", id="year-too-old"),
        pytest.param("12/03/2150", id="year-too-late"),
        pytest.param("2026-13-01", id="iso-month-13"),
        pytest.param("12/03/2026 13/03/2026", id="two-dates"),
        pytest.param("06.12.34.56.78", id="phone-dots"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("Il mars 2026", id="word-il-not-a-day"),
        pytest.param("le 12 mais 2026", id="word-mais-not-mars"),
        pytest.param("Hello/03/2026", id="letters-read-as-digits-need-a-real-digit"),
    ],
)
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("03/12/2026", D(2026, 3, 12), id="slash"),
        pytest.param("03.12.26", D(2026, 3, 12), id="two-digit-year"),
        pytest.param("2026-03-12", D(2026, 3, 12), id="iso-unchanged"),
        pytest.param("12 mars 2026", D(2026, 3, 12), id="month-name-unchanged"),
        pytest.param("25/12/2026", None, id="invalid-month-first"),
    ],
)
def test_parse_date_month_first_only_when_asked(text: str, expected: date | None) -> None:
    assert parse_date(text, dayfirst=False) == expected


def test_parse_date_same_date_twice_is_one_date() -> None:
    assert parse_date("12/03/2026 (12 mars 2026)") == D(2026, 3, 12)


FRENCH_PAGE = """\
RÉPUBLIQUE FRANÇAISE
Contrat de volontariat n° 2026/0457-12
Entre l'association Solidarité Sans Frontières, tél. 01 45 67 89 10 ou 06.12.34.56.78,
et Mme Aminata DIALLO, née le 14/02/1999 à Dakar (Sénégal).
Date de début de la mission : 1er mars 2026
Date de fin : 28 février 2027
Passeport n° 12AB34567 délivré le 03.01.2024.
Fait à Paris, le 15 janvier 2026.
"""

ENGLISH_PAGE = """\
VOLUNTEER AGREEMENT — Ref. 123/04/2026-7
Volunteer: John SMITH, born March 5, 1998, phone +44 20 7946 0958.
Start date: 1st March 2026   End date: 2027-02-28
Signed on 15 Jan. 2026.
"""

PASSPORT_PAGE = """\
PASSEPORT / PASSPORT
Date de naissance / Date of birth
14 FEB/FÉV 1999
Date de délivrance / Date of issue    Date d'expiration / Date of expiry
03 JAN/JAN 2024                       02 JAN/JAN 2034
P<SENDIALLO<<AMINATA<<<<<<<<<<<<<<<<<<<<<<<<
A012345674SEN9902142F3401022<<<<<<<<<<<<<<04
"""


def _values(text: str) -> list[date]:
    return [m.value for m in find_dates(text)]


def test_find_dates_french_page() -> None:
    assert _values(FRENCH_PAGE) == [
        D(1999, 2, 14),
        D(2026, 3, 1),
        D(2027, 2, 28),
        D(2024, 1, 3),
        D(2026, 1, 15),
    ]


def test_find_dates_english_page() -> None:
    assert _values(ENGLISH_PAGE) == [D(1998, 3, 5), D(2026, 3, 1), D(2027, 2, 28), D(2026, 1, 15)]


def test_find_dates_passport_page_ignores_zone() -> None:
    assert _values(PASSPORT_PAGE) == [D(1999, 2, 14), D(2024, 1, 3), D(2034, 1, 2)]


def test_find_dates_spans_point_at_the_printed_words() -> None:
    for match in find_dates(FRENCH_PAGE + ENGLISH_PAGE + PASSPORT_PAGE):
        assert (FRENCH_PAGE + ENGLISH_PAGE + PASSPORT_PAGE)[match.start : match.end] == match.raw
        assert parse_date(match.raw) == match.value


def test_find_dates_label_precedes_its_date() -> None:
    text = "Date de début : 01/03/2026\nDate de fin : 28/02/2027"
    start_label, end_label = text.index("début"), text.index("fin")
    first, second = find_dates(text)
    assert start_label < first.start < end_label < second.start
    assert (first.value, second.value) == (D(2026, 3, 1), D(2027, 2, 28))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tél. 06.12.34.56.78", id="phone-dots"),
        pytest.param("Tél. 06-12-34-56-78", id="phone-hyphens"),
        pytest.param("Tél. 01 45 67 89 10", id="phone-spaces"),
        pytest.param("+33 6 12 34 56 78", id="phone-international"),
        pytest.param("Dossier n° 123/04/2026-7", id="reference-with-date-inside"),
        pytest.param("Réf. 2026/0457-12", id="reference-year-first"),
        pytest.param("N° 12AB34567", id="document-number"),
        pytest.param("P<FRADUPONT<<JEAN<PIERRE<<<<<<<<<<<<<<<<<<<<<", id="zone-line-1"),
        pytest.param("12AB345674FRA9503124M3002022<<<<<<<<<<<<<<02", id="zone-line-2"),
        pytest.param("IDFRAX4RTBPFW46<<<<<<<<<<<<<<<\n9007138F3002119FRA<<<<<<<<<<<6", id="zone-td1"),
        pytest.param("version 1.2.30", id="version-number"),
        pytest.param("Total 1.122026", id="decimal-one-digit-before-point"),
        pytest.param("Il mars 2026 est une phrase", id="word-il"),
        pytest.param("12 mars", id="no-year"),
    ],
)
def test_find_dates_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_find_dates_a_row_of_spaced_dates_is_not_a_phone_number() -> None:
    # a card's "Issued  Expires" values read on one line, one space apart
    assert _values("05 11 2021 04 11 2031") == [D(2021, 11, 5), D(2031, 11, 4)]
    assert find_dates("Tél. 05 11 2021 04 11") == []


def test_find_dates_range_with_dash() -> None:
    assert _values("Valable du 01.03.2026 - 28.02.2027") == [D(2026, 3, 1), D(2027, 2, 28)]


def test_find_dates_no_overlapping_duplicates() -> None:
    matches = find_dates("Le 12/03/2026, le 2026-03-12 et le 12 mars 2026.")
    assert [m.value for m in matches] == [D(2026, 3, 12)] * 3
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_find_dates_on_whole_pages() -> None:
    """Sixty pages at once give each page's dates, in order (a pattern that backtracked without end would
    hang here; the time itself is the benchmarks' business, not a test's)."""
    one = find_dates(FRENCH_PAGE + ENGLISH_PAGE + PASSPORT_PAGE)
    many = find_dates((FRENCH_PAGE + ENGLISH_PAGE + PASSPORT_PAGE) * 20)
    assert one and [m.value for m in many] == [m.value for m in one] * 20


def test_date_match_is_frozen() -> None:
    match = DateMatch(D(2026, 3, 12), 0, 10, "12/03/2026")
    with pytest.raises(AttributeError):
        match.start = 3  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_parse_date_never_raises(text: str) -> None:
    result = parse_date(text)
    assert result is None or 1900 <= result.year <= 2100


_DATEISH = st.text(alphabet="0123456789/.- OIlmarsévMARSfebJanuary<,er", max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _DATEISH))
def test_find_dates_never_raises_and_spans_are_ordered(text: str) -> None:
    matches = find_dates(text)
    assert all(text[m.start : m.end] == m.raw for m in matches)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))
    assert all(1900 <= m.value.year <= 2100 for m in matches)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_round_trip_numeric_and_iso(value: date) -> None:
    assert parse_date(value.strftime("%d/%m/%Y")) == value
    assert parse_date(value.strftime("%d.%m.%Y")) == value
    assert parse_date(value.isoformat()) == value
    assert parse_date(value.strftime("%m/%d/%Y"), dayfirst=False) == value


_FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_round_trip_month_names(value: date) -> None:
    french = f"{'1er' if value.day == 1 else value.day} {_FR_MONTHS[value.month - 1]} {value.year}"
    english = f"{value.strftime('%B')} {value.day}, {value.year}"
    assert parse_date(french) == value
    assert parse_date(french.upper()) == value
    assert parse_date(english) == value
    assert [m.value for m in find_dates(f"Fait le {french}, signed {english}.")] == [value, value]


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
OCR_LINES = [
    ("Date de naissance : 14 février 1999", D(1999, 2, 14)),
    ("Délivré le 1er août 2024 à Dakar", D(2024, 8, 1)),
    ("Date d'expiration / Date of expiry : 02 JAN/JANV 2034", D(2034, 1, 2)),
    ("Valable du 01.03.2026 - Tél. 06.12.34.56.78", D(2026, 3, 1)),
    ("Signed on March 5, 2026 - Ref. 2026/0457-12", D(2026, 3, 5)),
    ("Date de fin : 28/02/2027", D(2027, 2, 28)),
    ("Fait à Lyon le 15 DÉCEMBRE 2025", D(2025, 12, 15)),
]


@pytest.mark.skipif(not FONT.exists(), reason=f"font {FONT} not installed")
def test_find_dates_on_real_ocr_of_a_degraded_page() -> None:
    """Real Tesseract on a small, blurred, low-resolution rendering: accents and
    separators as OCR really returns them."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from docscheck.tesseract import ocr

    font = ImageFont.truetype(str(FONT), 28)
    image = Image.new("L", (1300, 44 * len(OCR_LINES) + 40), 255)
    draw = ImageDraw.Draw(image)
    for i, (line, _) in enumerate(OCR_LINES):
        draw.text((20, 20 + 44 * i), line, font=font, fill=0)
    small = image.resize((image.width * 2 // 5, image.height * 2 // 5))
    degraded = small.resize(image.size).filter(ImageFilter.GaussianBlur(1.2))
    text = ocr(degraded, lang="fra+eng", psm=6).text
    assert [m.value for m in find_dates(text)] == [expected for _, expected in OCR_LINES], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("du 12 mars au 15 avril 2026", [D(2026, 3, 12), D(2026, 4, 15)], id="fr-year-once"),
        pytest.param(
            "Mission du 1er décembre au 30 novembre 2027",
            [D(2026, 12, 1), D(2027, 11, 30)],
            id="fr-across-new-year",
        ),
        pytest.param("from March 12 to April 15, 2026", [D(2026, 3, 12), D(2026, 4, 15)], id="en-year-once"),
        pytest.param("du 12/03 au 15/04/2026", [D(2026, 3, 12), D(2026, 4, 15)], id="numeric-year-once"),
        pytest.param("DU 12 MARS AU 15 AVRIL 2026", [D(2026, 3, 12), D(2026, 4, 15)], id="upper-case"),
        pytest.param(
            "du 12 mars 2026 au 15 avril 2026", [D(2026, 3, 12), D(2026, 4, 15)], id="both-complete"
        ),
        pytest.param(
            "le 12 mars - 2026-04-01", [D(2026, 3, 12), D(2026, 4, 1)], id="dash-is-not-a-year-separator"
        ),
        pytest.param("Tél. 06 12 - 12/03/2026", [D(2026, 3, 12)], id="numbers-before-a-dash-are-not-a-date"),
    ],
)
def test_find_dates_ranges(text: str, expected: list[date]) -> None:
    matches = find_dates(text)
    assert [m.value for m in matches] == expected
    assert all(text[m.start : m.end] == m.raw for m in matches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("né le quatorze juillet mil neuf cent quatre-vingt-onze à Kayes", date(1991, 7, 14)),
        ("LE PREMIER FEVRIER DEUX MILLE TROIS, A SEPT HEURES", date(2003, 2, 1)),
        ("le vingt et un septembre deux mille dix-neuf", date(2019, 9, 21)),
        ("le trente avril mil neuf cent soixante-dix-sept", date(1977, 4, 30)),
        ("onze mai 2001", date(2001, 5, 11)),
    ],
)
def test_dates_in_french_words(text: str, expected: date) -> None:
    found = find_dates(text)
    assert [d.value for d in found] == [expected], found


def test_french_number_words() -> None:
    from docscheck.dates import french_number

    assert french_number("quatre-vingt-dix-neuf") == 99
    assert french_number("mil neuf cent soixante-douze") == 1972
    assert french_number("deux mille vingt-six") == 2026
    assert french_number("trente et un") == 31
    assert french_number("douze pommes") is None


def test_a_spaced_date_after_a_reference_and_year_first_in_cells() -> None:
    from docscheck.dates import find_dates

    assert [d.value for d in find_dates("GS312507 28 12 2024")] == [date(2024, 12, 28)]
    assert [d.value for d in find_dates("Y / M / D 2007 03 17")] == [date(2007, 3, 17)]
    assert find_dates("06 12 34 56 78") == []


@pytest.mark.parametrize(("text", "value"), [
    ("9 de abril de 2026", date(2026, 4, 9)),
    ("14 de julho de 2026", date(2026, 7, 14)),
    ("3. März 2026", date(2026, 3, 3)),
    ("21 settembre 2025", date(2025, 9, 21)),
])
def test_month_names_in_other_languages(text: str, value: date) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("0 1 / 0 9 / 2 0 2 6", date(2026, 9, 1)),  # a form's digit boxes
    ("|1|7|0|3|2|0|0|7|", date(2007, 3, 17)),
    ("this 3rd day of March, 2026", date(2026, 3, 3)),
    ("ON THE 21ST DAY OF JULY 1999 AT 06:10 WAS BORN", date(1999, 7, 21)),  # a register typed in capitals
    ("LE 1ER AOÛT 1999", date(1999, 8, 1)),
])
def test_dates_in_digit_boxes_and_formal_words(text: str, value: date) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize("text", ["01 02 20 25 33", "tél. 0 1 0 2 2 0 2 5 3 3"])
def test_a_phone_number_is_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("La mission débutera le lundi 20 avril 2026.", date(2026, 4, 20)),
    ("prend fin le lundi, 12 avril 2027", date(2027, 4, 12)),
])
def test_a_day_name_before_a_date_is_no_day_number(text: str, want: date) -> None:
    # the "l" of "lundi" reads like a 1: taken for the day, it would swallow the date after it
    assert [m.value for m in find_dates(text)] == [want]


@pytest.mark.parametrize(("text", "expected"), [
    ("Date de naissance 13.VII.1990", date(1990, 7, 13)),
    ("délivré le 3 XI 2026.", date(2026, 11, 3)),
    ("Date de naissance 15.II.2007", date(2007, 2, 15)),  # February, not OCR's "11"
    ("Article 12. V. 2020", None),  # an article's number and a roman part are no date
])
def test_a_month_in_roman_numerals(text: str, expected: date | None) -> None:
    found = find_dates(text)
    assert (found[0].value if found else None) == expected
