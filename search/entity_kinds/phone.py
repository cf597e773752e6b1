"""UK telephone numbers, keyed to E.164 by libphonenumber and shown in the national format, so
"01632 960418" finds "+44 1632 960418"."""

from __future__ import annotations

import re

import phonenumbers

from search.entity_kinds.declaration import EntityKind

# Ofcom's ranges for drama are unallocated, so libphonenumber calls them invalid; the sample
# corpus (and any training material, or an exercise's files) uses them, so they are accepted
# explicitly: each a thousand numbers of a city's code (0113 to 0191, London, Belfast,
# Cardiff), the one national geographic range, mobiles, freephone, premium and UK-wide.
DRAMA_PREFIXES = (
    "+441134960", "+441144960", "+441154960", "+441164960", "+441174960", "+441184960",
    "+441214960", "+441314960", "+441414960", "+441514960", "+441614960", "+441914980",
    "+442079460", "+442896496", "+442920180", "+441632960", "+447700900", "+448081570",
    "+449098790", "+443069990",
)
# The country code may be followed by a dash ("+44-7700-900-686"), the area code by a slash
# before the rest of the number whole ("0191/4980624"), and the groups split by stops
# ("07700.900686", "0161.496.0123"); a date's stops never start a number's groups, which begin
# with 0 and two more digits, and libphonenumber must still call what is found a number.
_FIND = re.compile(
    r"(?<![\w+/])(?<!\d[.-])(?:\+44[\s-]?(?:\(0\)\s?)?\(?|\(?0)\d{2,5}\)?"
    r"(?:/\d{6,8}|(?:[ .-]?\d{2,6}){1,3})(?![\w/]|[.-]\d)"
)


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


def phone_display(key: str) -> str:
    try:
        number = phonenumbers.parse(key, "GB")
    except phonenumbers.NumberParseException:
        return key  # a key typed into a URL, not one Docket stored: show it as it came
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


KINDS = (EntityKind("phone", "Phone", "Phone numbers", order=50, precedence=30,
                    pattern=_FIND, key=phone_key, display=phone_display),)
