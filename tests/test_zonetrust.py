"""The one zone-trust policy: a verified zone replaces print when reading; when checking, an unverified
zone's value is shown with its source but never decides."""

from __future__ import annotations

from datetime import date

from docscheck import zonetrust
from docscheck.model import Classification, DocType, Document, Field, FileText, Zone


def _zone(valid: bool = True, **kw: object) -> Zone:
    return Zone(kind="TD3", lines=(), valid=valid, **kw)  # type: ignore[arg-type]


def _doc(doc_type: DocType, zone: Zone | None, **fields: object) -> Document:
    ft = FileText(path="/d/x.pdf", relpath="x.pdf", kind="pdf", sha256="0", size=1)
    flds = {k: Field(v, str(v), 1, "label") for k, v in fields.items()}  # type: ignore[arg-type]
    return Document(ft, Classification(doc_type, 1.0), flds, zone)


def test_zone_overrides_print_only_when_verified_on_a_zone_document() -> None:
    assert zonetrust.zone_overrides_print(_zone(), DocType.PASSPORT)
    assert not zonetrust.zone_overrides_print(_zone(valid=False), DocType.PASSPORT)
    assert not zonetrust.zone_overrides_print(_zone(), DocType.CONSULAR_CARD)
    assert not zonetrust.zone_overrides_print(None, DocType.VISA)


def test_zone_values_visa_expiry_is_valid_until_and_odd_sex_is_left_out() -> None:
    z = _zone(surname="DIALLO", sex="<", expiry_date=date(2027, 1, 1), nationality="SEN")
    got = zonetrust.zone_values(z, DocType.VISA, None, {"SEN"})
    assert got == {"surname": "DIALLO", "nationality": "SEN", "valid_until": date(2027, 1, 1)}


def test_a_garbled_zone_nationality_loses_to_the_printed_one() -> None:
    z = _zone(nationality="NMO", issuer="SEN")
    assert "nationality" not in zonetrust.zone_values(z, DocType.PASSPORT, "SEN", {"SEN"})
    assert zonetrust.zone_values(z, DocType.PASSPORT, None, {"SEN"})["nationality"] == "NMO"
    assert zonetrust.zone_nationality_trusted(_zone(nationality="SEN", issuer="SEN"), "VNM", set())


def test_checking_says_where_a_value_came_from_and_trusts_only_verified_zones() -> None:
    unverified = _zone(valid=False, surname="DIALLO", sex="F", document_code="VD")
    doc = _doc(DocType.VISA, unverified, given_names="Awa")
    assert zonetrust.reading(doc, "given_names") == zonetrust.Reading("Awa", zonetrust.PRINTED)
    assert zonetrust.reading(doc, "surname") == zonetrust.Reading("DIALLO", zonetrust.ZONE_UNVERIFIED)
    assert zonetrust.reading(doc, "sex") == zonetrust.Reading(None, None)
    assert zonetrust.reading(doc, "visa_category") == zonetrust.Reading("long_stay", zonetrust.ZONE_UNVERIFIED)
    assert zonetrust.trusted_value(doc, "surname") is None
    assert zonetrust.trusted_value(doc, "visa_category") is None
    assert zonetrust.untrusted_only(doc, "visa_category") is not None
    verified = _doc(DocType.VISA, _zone(surname="DIALLO", document_code="VD"))
    assert zonetrust.trusted_value(verified, "surname") == "DIALLO"
    assert zonetrust.trusted_value(verified, "visa_category") == "long_stay"
    assert zonetrust.reading(_doc(DocType.VISA, None), "surname") == zonetrust.Reading(None, None)
