"""Keys of pattern entities (phones, vehicles, postcodes, NI numbers, e-mail addresses, dates of
birth, crime references): validation and one normal form each.

Ingestion (``ingest.patterns``) finds candidates in text and keeps those that get a key here; the
API uses the same functions on what a user types, so "01632 960418" finds "+44 1632 960418".
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from dateutil import parser as date_parser

PATTERN_KINDS = ("email", "phone", "postcode", "vehicle", "nino", "dob", "reference")
# Ofcom's ranges for drama are unallocated, so libphonenumber calls them invalid; the sample
# corpus (and any training material) uses them, so they are accepted explicitly.
DRAMA_PREFIXES = ("+441632960", "+447700900")
FIRST_YEAR = 1880

_EMAIL = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$"
)
# The Royal Mail format (the government's published pattern), not a list of real postcodes.
_POSTCODE = re.compile(
    r"^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])"
    r" [0-9][ABD-HJLNP-UW-Z]{2})$"
)
_NINO = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
# Memory tags and year letters as the DVLA issues them. The random letters never use I; Q is
# allowed there because the fictional cast's plates carry one (so that none is a real car).
_VEHICLE_FORMATS = {
    "current": re.compile(r"^[A-HK-PRSVWY][A-HJ-PR-Y](0[2-9]|[12][0-9]|5[1-9]|[67][0-9])[A-HJ-Z]{3}$"),
    "prefix": re.compile(r"^[A-HJ-NPRSTV-Y][1-9][0-9]{0,2}[A-HJ-Z]{3}$"),
    "suffix": re.compile(r"^[A-HJ-Z]{3}[1-9][0-9]{0,2}[A-HJ-NPRSTV-Y]$"),
    "dateless": re.compile(r"^([A-HJ-Z]{1,3}[1-9][0-9]{0,3}|[1-9][0-9]{0,3}[A-HJ-Z]{1,3})$"),
}
_REFERENCE = re.compile(r"^([A-Z]{2,4})/(\d{2}|\d{4})/(\d{3,7})$")


def email_key(text: str) -> str | None:
    value = text.strip().strip(".").lower()
    if len(value) > 254 or ".." in value or not _EMAIL.match(value):
        return None
    return value if len(value.split("@")[0]) <= 64 else None


def phone_key(text: str) -> str | None:
    """E.164 of a UK number, or None when it is not one."""
    try:
        number = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 44:
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.is_valid_number(number):
        return e164
    drama = phonenumbers.is_possible_number(number) and e164.startswith(DRAMA_PREFIXES)
    return e164 if drama and len(e164) == 13 else None


def postcode_key(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text.upper())
    if not 5 <= len(compact) <= 7:
        return None
    value = f"{compact[:-3]} {compact[-3:]}"
    return value if _POSTCODE.match(value) else None


def nino_key(text: str) -> str | None:
    compact = re.sub(r"[\s-]+", "", text.upper())
    return compact if _NINO.match(compact) else None


def vehicle_format(text: str) -> str | None:
    compact = re.sub(r"[\s-]+", "", text.upper())
    return next((name for name, rx in _VEHICLE_FORMATS.items() if rx.match(compact)), None)


def vehicle_key(text: str) -> str | None:
    return re.sub(r"[\s-]+", "", text.upper()) if vehicle_format(text) else None


def reference_key(text: str) -> str | None:
    """"NP/97/4512" and "NP/1997/04512" share the key "NP/1997/04512"."""
    match = _REFERENCE.match(re.sub(r"\s*/\s*", "/", text.strip().upper()))
    if not match:
        return None
    prefix, year, serial = match.groups()
    full_year = int(year) if len(year) == 4 else _century(int(year), 1950)
    if not 1950 <= full_year <= date.today().year + 1:
        return None
    return f"{prefix}/{full_year}/{int(serial):05d}"


def _century(two_digits: int, pivot: int) -> int:
    return (1900 if 1900 + two_digits >= pivot else 2000) + two_digits


def dob_key(text: str) -> str | None:
    """ISO date of a date of birth (day first, as UK files write it), or the year alone."""
    value = text.strip().rstrip(".,")
    today = date.today()
    if re.fullmatch(r"\d{4}", value):
        return value if FIRST_YEAR <= int(value) <= today.year else None
    numeric = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})", value)
    try:
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            if year < 100:  # a two-digit year of birth is in the past
                year = 2000 + year if 2000 + year <= today.year else 1900 + year
            parsed = date(year, month, day)
        else:
            if not re.search(r"\d{4}", value) or not re.search(r"[A-Za-z]{3}", value):
                return None
            parsed = date_parser.parse(value, dayfirst=True, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
    return parsed.isoformat() if parsed.year >= FIRST_YEAR and parsed <= today else None


_KEYS = {"email": email_key, "phone": phone_key, "postcode": postcode_key, "nino": nino_key,
         "vehicle": vehicle_key, "reference": reference_key, "dob": dob_key}


def pattern_key(kind: str, text: str) -> str | None:
    return _KEYS[kind](text)


def pattern_display(kind: str, key: str) -> str:
    """How a key reads in the UI: national phone format, spaced plates and NI numbers."""
    if kind == "phone":
        try:
            number = phonenumbers.parse(key, "GB")
        except phonenumbers.NumberParseException:
            return key  # a key typed into a URL, not one Docket stored: show it as it came
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if kind == "vehicle" and vehicle_format(key) in ("current", "prefix"):
        return f"{key[:-3]} {key[-3:]}"
    if kind == "vehicle" and vehicle_format(key) == "suffix":
        return f"{key[:3]} {key[3:]}"
    if kind == "vehicle":  # dateless: letters and digits apart, as the plate shows them
        return re.sub(r"(?<=[A-Z])(?=\d)|(?<=\d)(?=[A-Z])", " ", key)
    if kind == "nino":
        return f"{key[:2]} {key[2:4]} {key[4:6]} {key[6:8]} {key[8:]}"
    return key
