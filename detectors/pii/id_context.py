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

__all__ = ["CARD_WORDS", "ID_WORDS", "PHONE_WORDS", "QUALIFIER_WORDS", "SSN_WORDS", "identifier_label"]


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
    catalogue rma warranty asset incident docket dossier folio quote quotation
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
    prenotazione contratto pezzo prodotto modello ricevuta codice polizza
    beställning beställningen beställningsnummer ordern artikelnumret faktura fakturan fakturanummer
    försändelse försändelsen leverans leveransen paketet ärende ärendet ärendenummer bokning bokningen
    biljett referens kvitto
    bestilling bestillingen ordre ordrenummer varenummer vare forsendelse pakke sak saksnummer billett
    referanse kvittering
    zamówienie zamówienia zamowienie zamowienia faktury przesyłka przesyłki przesylka paczka paczki
    zgłoszenie zgłoszenia zgloszenie rezerwacja umowa umowy część części czesc artykuł artykułu produktu
    referencja paragon
    objednávka objednávky zásilka zakázka sipariş siparis kargo takip tilaus tilausnumero lasku lähetys
    comanda comandă factură colet rendelés számla csomag
    """
)
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
        "viber", "telegram", "reach",
    ]
)  # fmt: skip
#: Words that label a number as a social security number.
SSN_WORDS: frozenset[str] = frozenset(["ssn", "ssns", "social", "security", "ss", "soc", "taxpayer", "tin", "itin"])

# Stems that make a compound name an entity label ("Telefonnummer", "Kartennummer", "ssn_no").
_ENTITY_STEMS = re.compile(r"tel|phon|fon|mobil|handy|ruf|fax|cell|card|kart|tarjet|carte|cartão|ssn|social")
# Number words that end a compound identifier name; after any stem that is not an entity stem.
_NUMBER_SUFFIX = re.compile(r"(.{2,}?)(?:nummer|nummern|number|numbers|numero|número|numéro|numer|nummer|nr|nro)$")
# Short suffixes: only after a known identifier stem ("partno", "orderid", "refnum").
_SHORT_SUFFIX = re.compile(r"(.{2,}?)(?:no|num|id|code)$")
# "Art.-Nr.", "Best.-Nr", "Bestell-Nr." -> one compound word ("artnr", "bestnr", "bestellnr").
_ABBREVIATED = re.compile(r"([^\W\d_])\.?-(?=(?:nr|no|nummer)\b)")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# What may stand between a qualifier word and its number: punctuation, and one number word.
_DIRECT = re.compile(r"[\s#:.=\"'(\[-]*(?:(?:no|nr|nº|n°|number|numéro|número|numero|nummer|numer|#)[\s#:.=\"'-]*)?")
# "numéro du client", "número del cliente": the client's (phone) number, not a client number.
_GENITIVE = frozenset(["du", "del", "della", "dello", "do", "da", "des", "der", "of", "van", "för"])
_LOOKBACK = 40


def _compound_id(word: str) -> bool:
    """``Artikelnummer``, ``sendungsnr``, ``partno``: a number word after a non-entity stem."""
    if _ENTITY_STEMS.search(word):
        return False
    if _NUMBER_SUFFIX.fullmatch(word):
        return True
    m = _SHORT_SUFFIX.fullmatch(word)
    return m is not None and (m.group(1) in ID_WORDS or m.group(1).rstrip("s") in ID_WORDS)


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
    window = _ABBREVIATED.sub(r"\1", _CAMEL.sub(r"\1 \2", window).lower())
    matches = list(_WORD.finditer(window))
    for i in range(len(matches) - 1, -1, -1):
        w = matches[i].group(0)
        if w in entity_words:
            return None
        if w in ID_WORDS or _compound_id(w):
            return w
        if w in QUALIFIER_WORDS and _DIRECT.fullmatch(window, matches[i].end()):
            heads = [m.group(0) for m in matches[max(0, i - 3) : i]]
            if set(heads) & entity_words or (heads and heads[-1] in _GENITIVE):
                return None  # "Teléfono del cliente: ...", "numéro du client : ..." (the client's number)
            return w
    return None
