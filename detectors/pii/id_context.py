"""Identifier context: is a number labelled as an order, tracking, invoice or other reference number?

A Luhn-valid 16-digit order number is indistinguishable from a card number by its digits (one random
number in ten passes Luhn), and a grouped tracking number can look like a national phone number. What
tells them apart in real text is the label in front: "order #", "tracking number", ``order_id=``,
``"invoice":``. :func:`identifier_label` looks back from a number over the same line, takes the
*nearest* label word, and reports it when that word names an identifier rather than the entity
("card", "phone", ...): "card 4111... for order 12" keeps the card; "order 4111..., paid by card"
does not.

>>> text = "Order no. 4539 1488 0343 6467, paid with card ending 0019"
>>> identifier_label(text, 10, CARD_WORDS)
'order'
>>> identifier_label("charge card=4539148803436467 order_id=5", 12, CARD_WORDS) is None
True
>>> identifier_label('{"tracking_number": "4539148803436467"}', 22, CARD_WORDS)
'tracking'
"""

from __future__ import annotations

import re

__all__ = ["CARD_WORDS", "ID_WORDS", "PHONE_WORDS", "SSN_WORDS", "identifier_label"]

#: Words that label a number as an identifier of a business object, not as PII.
ID_WORDS: frozenset[str] = frozenset(
    [
        "order", "orders", "ordernumber", "orderno", "tracking", "trackingnumber", "track", "invoice", "invoices",
        "inv", "reference", "ref", "booking", "confirmation", "shipment", "parcel", "package", "consignment",
        "waybill", "awb", "ticket", "case", "sku", "serial", "imei", "iccid", "barcode", "ean", "upc", "gtin",
        "isbn", "po", "receipt", "transaction", "txn", "reservation", "pnr", "claim", "policy", "membership",
        "loyalty", "voucher", "coupon", "batch", "lot", "build", "acct", "uid", "id", "guid", "uuid",
        "bestellnummer", "bestellung", "rechnung", "sendung", "pedido", "factura", "commande", "facture",
        "ordine", "fattura",
    ]
)  # fmt: skip
#: Words that label a number as a payment card.
CARD_WORDS: frozenset[str] = frozenset(
    [
        "card", "cards", "cc", "ccn", "pan", "visa", "mastercard", "amex", "discover", "jcb", "diners", "maestro",
        "unionpay", "credit", "debit", "kreditkarte", "karte", "tarjeta", "carte", "carta", "cartão", "cardnumber",
        "card_number", "cc_number", "charge", "charged",
    ]
)  # fmt: skip
#: Words that label a number as a phone number.
PHONE_WORDS: frozenset[str] = frozenset(
    [
        "phone", "tel", "telephone", "mobile", "mob", "cell", "call", "fax", "whatsapp", "sms", "hotline",
        "contact", "telefon", "telefono", "teléfono", "téléphone", "portable", "handy", "ring", "dial",
    ]
)  # fmt: skip
#: Words that label a number as a social security number.
SSN_WORDS: frozenset[str] = frozenset(["ssn", "ssns", "social", "security", "ss", "soc", "taxpayer", "tin", "itin"])

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LOOKBACK = 40


def identifier_label(text: str, start: int, entity_words: frozenset[str]) -> str | None:
    """The identifier word labelling the number at ``text[start:]``, or ``None``.

    Looks back at most 40 characters and never past a line break; the nearest word that is in
    :data:`ID_WORDS` or in ``entity_words`` decides. Compound names (``order_id``, ``trackingNumber``)
    are split into their words first.
    """
    lo = max(0, start - _LOOKBACK)
    nl = text.rfind("\n", lo, start)
    window = text[nl + 1 if nl >= 0 else lo : start]
    if not window:
        return None
    words = _WORD.findall(re.sub(r"([a-z])([A-Z])", r"\1 \2", window))
    for word in reversed(words):
        w = word.lower()
        if w in entity_words:
            return None
        if w in ID_WORDS:
            return w
    return None
