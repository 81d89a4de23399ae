"""Identifier context: is a number labelled as an order, part, tracking or other reference number?

A Luhn-valid 16-digit order number is indistinguishable from a card number by its digits (one random
number in ten passes Luhn), and a grouped part or tracking number can look like a national phone
number. What tells them apart in real text is the label in front: "order #", "part no.",
"Art.-Nr.", "réf.", ``order_id=``, ``"invoice":``. :func:`identifier_label` looks back from a number
over the same line, takes the *nearest* label word, and reports it when that word names an
identifier rather than the entity ("card", "phone", ...): "card 4111... for order 12" keeps the
card; "order 4111..., paid by card" does not.

Label words come in three kinds:

* *identifier words* (:data:`ID_WORDS`, ~300 words in 14 languages: order, part, item, SKU, article,
  serial, batch, ticket, invoice, tracking, shipment, ... ``Bestellung``, ``commande``, ``pedido``,
  ``zamówienie``, ``beställning``) count anywhere in the look-back window;
* *compounds* ending in a number word (``Artikelnummer``, ``Sendungsnr``, ``partno``,
  ``Art.-Nr.``) are identifiers unless their stem names the entity (``Telefonnummer``,
  ``Kartennummer``);
* *qualifier words* that are identifiers only when they directly label the number (customer,
  client, account, case, lot, ... "customer no. 0151...", "Lot: 4412 ..."), and not when an entity
  word heads the phrase ("Teléfono del cliente: 912 ...").

>>> text = "Order no. 4539 1488 0343 6467, paid with card ending 0019"
>>> identifier_label(text, 10, CARD_WORDS)
'order'
>>> identifier_label("charge card=4539148803436467 order_id=5", 12, CARD_WORDS) is None
True
>>> identifier_label('{"tracking_number": "4539148803436467"}', 22, CARD_WORDS)
'tracking'
>>> identifier_label("Art.-Nr. 011 8895 6739", 9, PHONE_WORDS)
'artnr'
>>> identifier_label("Tel.-Nr. 030 8895 6739", 9, PHONE_WORDS) is None
True
"""

from __future__ import annotations

import re

from detectors.pii.table import column_header

__all__ = [
    "CARD_WORDS",
    "ID_WORDS",
    "NATIONAL_ID_WORDS",
    "PHONE_WORDS",
    "QUALIFIER_WORDS",
    "SSN_WORDS",
    "any_label",
    "column_entity_word",
    "column_label",
    "identifier_label",
    "labelled_by",
]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


#: Words that label a number as an identifier of a business object, not as PII (lower case).
ID_WORDS: frozenset[str] = _words(
    """
    order orders ordernumber orderno tracking trackingnumber track tracked invoice invoices inv reference ref
    refs booking bookings confirmation conf shipment shipments parcel package consignment waybill awb bol
    ticket tickets sku skus serial imei iccid imsi meid esn barcode ean upc gtin mpn isbn po receipt
    transaction txn trx reservation pnr claim policy membership loyalty voucher coupon batch build uid id ids
    guid uuid part parts partno pn item items itemno article articles model models product prod catalog
    catalogue rma warranty asset incident docket dossier folio quote quotation sn pn
    bestellung bestellungen bestellnummer auftrag auftrags auftragsnummer artikel artikelnummer teil teile
    teilenummer sachnummer rechnung rechnungsnummer sendung sendungen sendungsnummer lieferung lieferschein
    paket vorgang vorgangsnummer aktenzeichen buchung buchungsnummer referenz beleg quittung modell produkt
    seriennummer losnummer chargennummer
    bestelling bestellingen bestelnummer ordernummer onderdeel onderdeelnummer factuur factuurnummer zending
    pakket verzending referentie kenmerk boeking reservering serienummer partij volgnummer
    commande commandes réf référence facture colis suivi envoi expédition livraison série billet réservation
    contrat pièce produit modèle devis reçu quittance sinistre
    pedido pedidos artículo articulo referencia factura envío envio seguimiento paquete albarán albaran
    expediente serie lote billete reserva contrato pieza producto modelo recibo póliza poliza localizador
    encomenda encomendas artigo referência fatura rastreio rastreamento remessa processo bilhete peça
    produto protocolo apólice
    ordine ordini articolo riferimento rif fattura spedizione tracciamento pacco pratica lotto biglietto
    prenotazione contratto pezzo prodotto modello ricevuta codice polizza código codigo
    beställning beställningen beställningsnummer ordern artikelnumret faktura fakturan fakturanummer
    försändelse försändelsen leverans leveransen paketet ärende ärendet ärendenummer bokning bokningen
    biljett referens kvitto
    bestilling bestillingen ordre ordrenummer varenummer vare forsendelse pakke sak saksnummer billett
    referanse kvittering
    zamówienie zamówienia zamowienie zamowienia faktury przesyłka przesyłki przesylka paczka paczki
    zgłoszenie zgłoszenia zgloszenie rezerwacja umowa umowy część części czesc artykuł artykułu produktu
    referencja paragon
    objednávka objednávky zásilka zakázka sipariş siparis kargo takip tilaus tilausnumero lasku lähetys
    comanda comandă factură colet rendelés számla csomag cikkszám cikk kód kod koodi
    rewards bonuscard
    """
)
#: National identity / tax numbers: a number they label is that id, not a phone or card.
NATIONAL_ID_WORDS: frozenset[str] = _words(
    """
    cpf cnpj rg nif nie dni cif nss curp rfc rut cuit pesel nip regon bsn nino utr pps ppsn cnp egn jmbg
    oib amka afm steuernummer steuerid codice_fiscale personnummer fødselsnummer henkilötunnus hetu
    """
)
ID_WORDS = ID_WORDS | NATIONAL_ID_WORDS
#: Words that are identifier labels only right before the number ("customer no. 0151 ...", "Lot: 4412 ...").
QUALIFIER_WORDS: frozenset[str] = _words(
    """
    customer client account acct member employee emp staff student patient contract case cases lot matter
    file record job task request session trace event row entry doc document license licence registration
    vin tag unit device store branch container pallet shipping delivery dispatch
    kunde kunden konto mitarbeiter vertrag fall los charge klant klantnummer dossier zaak rekening
    compte cuenta conta conto cliente clienti kund kundnummer klient klienta sprawa sprawy caso
    """
)
#: Words that label a number as a payment card.
CARD_WORDS: frozenset[str] = frozenset(
    [
        "card", "cards", "cc", "ccn", "pan", "visa", "mastercard", "amex", "discover", "jcb", "diners", "maestro",
        "unionpay", "credit", "debit", "kreditkarte", "karte", "tarjeta", "carte", "carta", "cartão", "cardnumber",
        "card_number", "cc_number", "charge", "charged", "kort", "kaart", "karta", "karty", "kartu",
    ]
)  # fmt: skip
#: Words that label a number as a phone number.
PHONE_WORDS: frozenset[str] = frozenset(
    [
        "phone", "tel", "telephone", "mobile", "mob", "cell", "call", "fax", "whatsapp", "sms", "hotline",
        "contact", "telefon", "telefono", "teléfono", "téléphone", "portable", "handy", "ring", "dial",
        "telefone", "telemóvel", "celular", "cel", "móvil", "movil", "tlf", "tfn", "puh", "appelez", "appeler",
        "llame", "llamar", "llámanos", "chiama", "chiamare", "chiamaci", "bel", "bellen", "ligue", "ligar",
        "zadzwoń", "zadzwon", "tel", "mobil", "mobiel", "rufnummer", "durchwahl", "text", "texting", "signal",
        "viber", "telegram", "reach", "reachable", "callback", "callbacks", "switchboard", "hívjon", "hívja",
        "hívj", "puhelin", "zavolejte", "volejte", "ringen", "ringe", "ring", "soita", "soittakaa", "arayın",
        "telefonu", "telefonszám", "téléphonez", "llámenos", "chiamate", "contatto", "kontakt",
    ]
)  # fmt: skip
#: Words that label a number as a social security number.
SSN_WORDS: frozenset[str] = frozenset(["ssn", "ssns", "social", "security", "ss", "soc", "taxpayer", "tin", "itin"])

# Stems that make a compound name an entity label ("Telefonnummer", "Kartennummer", "ssn_no"): at the
# start of the compound ("telnr", "Kartennummer"), or a whole entity word at its end ("kundentelefon").
# Searched anywhere, "tel" would also match "bes-tel-lnr" (an order number).
_ENTITY_STEMS = re.compile(r"tel|phon|fon|mobil|handy|ruf|fax|cell|card|kart|tarjet|carte|cartão|ssn|social")
_ENTITY_TAILS = re.compile(
    r"(?:telefon|telefoon|phone|fon|handy|mobil|mobile|mobiel|festnetz|fax|card|karte|karten|kort|ssn)$"
)
# Number words that end a compound identifier name; after any stem that is not an entity stem.
_NUMBER_SUFFIX = re.compile(
    r"(.{2,}?)(?:nummer|nummern|number|numbers|numero|número|numéro|numer|nr|nro|szám|számú|numarası|numara|číslo)$"
)
# Short suffixes: only after a known identifier stem ("partno", "orderid", "refnum").
_SHORT_SUFFIX = re.compile(r"(.{2,}?)(?:no|num|id|code)$")
# "Art.-Nr.", "Best.-Nr", "Bestell-Nr." -> one compound word ("artnr", "bestnr", "bestellnr").
_ABBREVIATED = re.compile(r"([^\W\d_])\.?-(?=(?:nr|no|nummer)\b)")
# "P/N", "S/N", "p/no": one-letter abbreviations joined by a slash -> "pn", "sn".
_SLASHED = re.compile(r"(?<![^\W\d_])([^\W\d_])/([^\W\d_])(?![^\W\d_])")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# What may stand between a qualifier word and its number: punctuation, and one number word.
_DIRECT = re.compile(r"[\s#:.=\"'(\[-]*(?:(?:no|nr|nº|n°|number|numéro|número|numero|nummer|numer|#)[\s#:.=\"'-]*)?")
# "numéro du client", "número del cliente": the client's (phone) number, not a client number.
_GENITIVE = frozenset(["du", "del", "della", "dello", "do", "da", "des", "der", "of", "van", "för"])
# Two-word identifier names whose words alone are not labels ("the flyer", "frequent callers").
_ID_BIGRAMS = frozenset([("frequent", "flyer"), ("frequent", "flier"), ("frequent", "traveller")])
# "Contact on file: ...", "phone on record": "on" + qualifier is an idiom, not an identifier label.
_IDIOM_HEADS = frozenset(["on"])
_LOOKBACK = 40


def _compound_id(word: str) -> bool:
    """``Artikelnummer``, ``sendungsnr``, ``partno``: a number word after a non-entity stem."""
    m = _NUMBER_SUFFIX.fullmatch(word)
    stem = m.group(1) if m is not None else word
    if _ENTITY_STEMS.match(word) or _ENTITY_TAILS.search(stem):
        return False
    if m is not None:
        return True
    m = _SHORT_SUFFIX.fullmatch(word)
    return m is not None and (m.group(1) in ID_WORDS or m.group(1).rstrip("s") in ID_WORDS)


def _adjective_id(word: str) -> bool:
    """Hungarian adjectival ``-i`` of an identifier noun: ``rendelési`` (szám), ``számlai``."""
    return len(word) > 4 and word.endswith("i") and word[:-1] in ID_WORDS


def identifier_label(text: str, start: int, entity_words: frozenset[str]) -> str | None:
    """The identifier word labelling the number at ``text[start:]``, or ``None``.

    Looks back at most 40 characters and never past a line break; the nearest word that is an
    identifier word, an identifier compound, a directly-attached qualifier word or one of
    ``entity_words`` decides. Compound names (``order_id``, ``trackingNumber``) are split first.
    """
    lo = max(0, start - _LOOKBACK)
    nl = text.rfind("\n", lo, start)
    window = text[nl + 1 if nl >= 0 else lo : start]
    if not window:
        return None
    window = _SLASHED.sub(r"\1\2", _ABBREVIATED.sub(r"\1", _CAMEL.sub(r"\1 \2", window).lower()))
    matches = list(_WORD.finditer(window))
    for i in range(len(matches) - 1, -1, -1):
        w = matches[i].group(0)
        if w in entity_words:
            return None
        if w in ID_WORDS or _adjective_id(w) or _compound_id(w):
            return w
        if i > 0 and (matches[i - 1].group(0), w) in _ID_BIGRAMS:
            return w
        if w in QUALIFIER_WORDS and _DIRECT.fullmatch(window, matches[i].end()):
            heads = [m.group(0) for m in matches[max(0, i - 3) : i]]
            if set(heads) & entity_words or (heads and (heads[-1] in _GENITIVE or heads[-1] in _IDIOM_HEADS)):
                return None  # "Teléfono del cliente: ...", "numéro du client : ..." (the client's number)
            return w
    return None


def column_label(text: str, start: int, entity_words: frozenset[str]) -> str | None:
    """The identifier word in the table header of the number at ``text[start:]``, or ``None``.

    In a CSV or Markdown table the label is the column header ("part_no", "Part no.", "EAN");
    the same word rules as :func:`identifier_label` apply to the header cell.

    >>> column_label("sku;part_no\\n1;011 8895 6739", 14, PHONE_WORDS)
    'part'
    >>> column_label("name;supplier_phone\\nA;011 8895 6739", 21, PHONE_WORDS) is None
    True
    """
    cell = column_header(text, start)
    if cell is None:
        return None
    return identifier_label(cell + " ", len(cell) + 1, entity_words)


def column_entity_word(text: str, start: int, entity_words: frozenset[str]) -> str | None:
    """The entity word in the table header of the number at ``text[start:]`` ("phone", "Mobile no",
    "kundentelefon"), or ``None``: in a "phone" column the header is the phone word.

    >>> column_entity_word("name\\tphone\\nAda\\t601 178 769", 16, PHONE_WORDS)
    'phone'
    >>> column_entity_word("name\\tsku\\nAda\\t601 178 769", 14, PHONE_WORDS) is None
    True
    """
    cell = column_header(text, start)
    if cell is None:
        return None
    for m in _WORD.finditer(_CAMEL.sub(r"\1 \2", cell).lower()):
        w = m.group(0)
        if w in entity_words:
            return w
        if any(len(e) >= 5 and (w.startswith(e) or w.endswith(e)) for e in entity_words):
            return w
    return None


def any_label(text: str, start: int, entity_words: frozenset[str]) -> str | None:
    """:func:`identifier_label` on the line, else :func:`column_label` when no word on the line decides."""
    label = identifier_label(text, start, entity_words)
    if label is not None:
        return label
    if _decided_by_entity_word(text, start, entity_words):
        return None
    return column_label(text, start, entity_words)


# Short words that may stand between a phone word and its number: "call me back on", "Ring oss på".
_LINK_WORD_MAX = 6


def labelled_by(text: str, start: int, entity_words: frozenset[str], lookback: int = 30) -> str | None:
    """The entity word that directly labels the number at ``text[start:]``: "Tel: ", "Ring oss på ",
    "call me back on " -- at most three short words and no digits in between, same line.

    >>> labelled_by("Spørsmål? Ring 97459499", 15, PHONE_WORDS)
    'ring'
    >>> labelled_by("call us about order 55 12 33 44", 20, PHONE_WORDS) is None
    True
    """
    lo = max(0, start - lookback)
    nl = text.rfind("\n", lo, start)
    window = text[nl + 1 if nl >= 0 else lo : start].lower()
    matches = list(_WORD.finditer(window))
    for n, m in enumerate(reversed(matches)):
        w = m.group(0)
        if w in entity_words:
            tail = window[m.end() :]
            return w if not any(ch.isdigit() for ch in tail) else None
        if w in QUALIFIER_WORDS and n + 1 < len(matches) and matches[-n - 2].group(0) in _IDIOM_HEADS:
            continue  # "contact on file: ..."
        if n >= 3 or len(w) > _LINK_WORD_MAX or w in ID_WORDS or w in QUALIFIER_WORDS:
            return None
    return None


def _decided_by_entity_word(text: str, start: int, entity_words: frozenset[str]) -> bool:
    """An entity word on the line, within the look-back window ("Tel: 0412 ...", "card 4111 ...")."""
    lo = max(0, start - _LOOKBACK)
    nl = text.rfind("\n", lo, start)
    window = text[nl + 1 if nl >= 0 else lo : start].lower()
    return any(m.group(0) in entity_words for m in _WORD.finditer(window))
