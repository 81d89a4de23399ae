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
from functools import lru_cache

from detectors.pii.fields import Field, field_of
from detectors.pii.table import column_header

__all__ = [
    "CARD_WORDS",
    "ID_WORDS",
    "IP_WORDS",
    "NATIONAL_ID_WORDS",
    "PHONE_COMPOUNDS",
    "PHONE_CONTEXT_WORDS",
    "PHONE_WORDS",
    "QUALIFIER_WORDS",
    "ROUTING_WORDS",
    "SSN_WORDS",
    "VERSION_WORDS",
    "any_label",
    "column_entity_word",
    "column_label",
    "entity_word",
    "field_entity_word",
    "field_kind",
    "identifier_label",
    "labelled_by",
    "routing_label",
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
    nhs mrn medicare nir insee ahv avs nric hkid aadhaar ird nhi
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
#: Words that label a number as a phone number (the one list: the phone recognizer's context words
#: are this list minus :data:`_WEAK_PHONE_WORDS`; compounds such as "Telefonnummer", "Handynummer",
#: "mobilnummer", "kundenTelefon" count too, see :func:`entity_word`).
PHONE_WORDS: frozenset[str] = frozenset(
    [
        "phone", "phones", "tel", "telephone", "mobile", "mob", "cell", "cellphone", "call", "calls", "called",
        "calling", "fax", "whatsapp", "sms", "hotline", "helpline", "landline", "voicemail",
        "contact", "telefon", "telefono", "teléfono", "téléphone", "portable", "handy", "ring", "dial",
        "telefone", "telemóvel", "telemovel", "telemóveis", "celular", "cel", "móvil", "movil", "tlf", "tfn",
        "puh", "appelez", "appeler", "llame", "llamar", "llámanos", "chiama", "chiamare", "chiamaci", "bel",
        "bellen", "ligue", "ligar", "zadzwoń", "zadzwon", "mobil", "mobiel", "rufnummer", "durchwahl", "text",
        "texting", "signal", "viber", "telegram", "reach", "reachable", "callback", "callbacks", "switchboard",
        "hívjon", "hívja", "hívj", "puhelin", "zavolejte", "volejte", "ringen", "ringe", "soita", "soittakaa",
        "arayın", "telefonu", "telefonszám", "téléphonez", "llámenos", "chiamate", "contatto", "kontakt", "tél",
        "numéro", "gsm", "mobiltelefon", "telefoon", "festnetz", "cellulare", "komórka", "komórkowy",
        "msisdn", "rückruf", "rückrufnummer", "hp", "ponsel", "telepon", "telefonum", "telefonunuz",
        "telefonumu", "cep", "llámame", "llamame", "llámeme", "llameme", "llamadme", "chiamami", "chiamatemi",
        "chiami", "телефон", "телефона", "телефону", "тел", "моб", "мобильный", "мобільний", "звоните",
        "позвоните", "τηλέφωνο", "τηλέφωνό", "τηλ", "κινητό", "τηλεφώνου", "καλέστε", "τηλεφωνήστε", "telefonisch",
        "电话", "電話", "手机", "手機", "手机号", "电话号码", "電話番号", "携帯",
        "전화", "전화번호", "휴대폰", "핸드폰",
        "फ़ोन", "फोन", "कॉल", "मोबाइल", "संपर्क", "هاتف", "الهاتف", "جوال", "الجوال", "تلفن", "موبایل", "טלפון", "โทร",
        "điện thoại", "sđt",
    ]
)  # fmt: skip
# Phone words too common in other senses to raise a score by being near a number ("this text",
# "reach 10 %", "signal strength"); they still decide an identifier look-back and label a number.
_WEAK_PHONE_WORDS = frozenset(["text", "texting", "reach", "signal", "telegram", "contatto", "kontakt", "hp", "cep"])
#: The phone recognizer's context words: :data:`PHONE_WORDS` minus the weak ones, plus phrases.
# "line" is a phone word only after a qualifier ("direct line", "work line"; not "see line 42").
_LINE_QUALIFIERS = frozenset(
    ["direct", "work", "office", "home", "private", "mobile", "phone", "land", "support", "service", "business",
     "main", "fixed", "personal", "desk", "hot", "help", "dedicated"]
)  # fmt: skip
PHONE_CONTEXT_WORDS: tuple[str, ...] = (
    *sorted(PHONE_WORDS - _WEAK_PHONE_WORDS),
    "text me",
    "reach me",
    "reach us",
    "reach you",
    # a person's own number: "my new number is ...", Polish "kontakt pod numerem", Norwegian "nummeret er", Hindi
    "my number",
    "my new number",
    "your number",
    "our number",
    "pod numerem",
    "nummeret er",
    "mi número",
    "meu número",
    "mon numéro",
    "मेरा नंबर",
    "联系",  # "contact" (Chinese), glued to the number: "有问题联系13850692288"
    "联系电话",
    *sorted(f"{q} line" for q in _LINE_QUALIFIERS),
)
# Inflection endings after an entity word ("telefonu", "telefonní", "Handys", "mobilen").
_INFLECTION = r"(?:s|e|n|en|es|u|a|ní|ního|nímu|os|em|y|i|ie|om|ów)"
#: Regex alternatives for phone compounds ("Telefonnummer", "Handynr", "mobil-nr", "kundenTelefon",
#: "Festnetznummer"): an entity stem + a number word, or a longer word ending in a phone word.
PHONE_COMPOUNDS: tuple[str, ...] = (
    r"(?:tel|telefon|telephone|phone|handy|mobil|mobile|mobiel|fax|ruf|festnetz|cell|gsm|telefoon)[-_.]?"
    r"(?:nummer|nummern|nr|number|numbers|no|num|numero|número|numer|nro)",
    r"[^\W\d_]{2,}(?:telefon|telefoon|phone|handy|mobil|mobiel)",
    r"(?:telefon|telefono|telefoon|handy|mobil|celular)" + _INFLECTION,
)
#: Field-name words that make a dotted quad an address ("loadBalancerIP", "X-Forwarded-For", "peer").
IP_WORDS: frozenset[str] = _words(
    """
    ip ips ipv4 ipv6 ipaddr ipaddress addr address addresses host hosts hostname server servers endpoint
    endpoints peer peers client clients remote src dst source destination gateway gw nameserver nameservers
    dns resolver proxy upstream bind listen node nodes origin forwarded forwarder nat vip egress ingress
    router neighbor neighbour relay sender attacker login allow allowlist whitelist deny blocklist blacklist
    """
)
#: Field-name words that make a dotted quad a version ("tag", "appVersion", "chart", "build").
VERSION_WORDS: frozenset[str] = _words(
    """
    version versions ver vsn tag tags release releases rel build builds chart revision rev firmware fw sdk
    image semver patch kernel appversion pkg package
    """
)
#: Number words that end a field name without naming its kind ("account_no", "card number").
_NUMBER_WORDS = _words("no nr nro nbr number numbers num numero número numéro nummer numer nº n°")
#: Words that label a number as a social security number.
SSN_WORDS: frozenset[str] = frozenset(
    ["ssn", "ssns", "social", "security", "ss", "soc", "taxpayer", "tin", "itin", "tax", "taxid"]
)
#: Words that label a nine-digit number as a bank routing number (ABA routing transit number).
ROUTING_WORDS: frozenset[str] = _words("routing routingnumber aba abartn rtn ach transit bank banks wire fedwire")

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
# An upper-case run glued to a capitalised word: "FDRef" (a ZPL ``^FD`` command before "Ref"), "IDNumber".
_CAPS_CAMEL = re.compile(r"([A-Z])([A-Z][a-z]{2,})")
# A closed parenthetical aside before the number: "Patient SSN (cash claim form): ..." is labelled by
# "SSN", the head outside the parentheses, not by "claim" inside them.
_ASIDE = re.compile(r"\([^()\n]*\)")
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
# A file name or path in front of a number ("exports/orders_2024.csv:714: <value>", grep output; "s3://b/orders/x"):
# its words name the file, not the value.
_FILE_TOKEN = re.compile(
    r"(?i)[\w.-]*(?:/[\w.-]*){2,}|[\w./-]+\.(?:csv|tsv|json|jsonl|ndjson|log|txt|xlsx?|xml|ya?ml|sql|parquet|dat|bak|"
    r"out|md|html?|pdf|py|js|ts|gz|zip)(?![\w])"
)
# Cards that are no payment cards: "gift card", "loyalty card", "Library card no.", "SIM card",
# "Geschenkkarte", "tarjeta de fidelidad" is not handled (the qualifier follows).
_NON_PAYMENT_CARD_HEADS = frozenset(
    ["gift", "giftcard", "loyalty", "reward", "rewards", "member", "membership", "library", "bonus",
     "discount", "sim", "key", "keycard", "access", "identity", "boarding", "fidelity", "points", "insurance",
     "health", "geschenk", "kunden", "treue", "bonus", "fidélité", "cadeau", "regalo", "fedeltà", "punti"]
)  # fmt: skip
_GENERIC_CARDS = frozenset(["card", "cards", "karte", "tarjeta", "carte", "carta", "cartão", "kort", "kaart", "karta"])
_CARD_COMPOUND = re.compile(r"(geschenk|kunden|treue|bonus|mitglieds)karte")


def _non_payment_card(words: list[str], i: int) -> str | None:
    """``words[i]`` is a card word qualified as a non-payment card ("gift card"): the qualifier."""
    w = words[i]
    if (m := _CARD_COMPOUND.fullmatch(w)) is not None:
        return m.group(1)
    if w in _GENERIC_CARDS and i > 0 and words[i - 1] in _NON_PAYMENT_CARD_HEADS:
        return words[i - 1]
    return None


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


@lru_cache(maxsize=1)
def _tail_regex() -> re.Pattern[str]:
    tails = sorted((re.escape(w) for w in ID_WORDS | QUALIFIER_WORDS if len(w) >= 5), key=len, reverse=True)
    return re.compile(rf"[^\W\d_]{{4,}}(?:{'|'.join(tails)})")


def _compound_tail(word: str) -> bool:
    """A compound field name ending in an identifier word: "kundenkonto", "purchaseorder"."""
    return len(word) >= 9 and _tail_regex().fullmatch(word) is not None


def identifier_label(text: str, start: int, entity_words: frozenset[str], lo: int = 0) -> str | None:
    """The identifier word labelling the number at ``text[start:]``, or ``None``.

    Looks back at most 40 characters (and not before ``lo``) and never past a line break; the
    nearest word that is an identifier word, an identifier compound, a directly-attached qualifier
    word or one of ``entity_words`` decides. Compound names (``order_id``, ``trackingNumber``) are
    split first.
    """
    lo = max(lo, start - _LOOKBACK, 0)
    nl = text.rfind("\n", lo, start)
    window = text[nl + 1 if nl >= 0 else lo : start]
    if not window:
        return None
    window = _normalise(window)
    if ")" in window:
        window = _ASIDE.sub(lambda m: " " * len(m.group(0)), window)
    if "." in window or "/" in window:
        window = _FILE_TOKEN.sub(lambda m: " " * len(m.group(0)), window)
    matches = list(_WORD.finditer(window))
    for i in range(len(matches) - 1, -1, -1):
        w = matches[i].group(0)
        if w in entity_words or (entity_words is CARD_WORDS and _CARD_COMPOUND.fullmatch(w)):
            if entity_words is CARD_WORDS:
                return _non_payment_card([m.group(0) for m in matches[: i + 1]], i)
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


def _normalise(label: str) -> str:
    """Lower case; camelCase split ("FDRef" too); "Art.-Nr." -> "artnr"; "P/N" -> "pn"."""
    label = _CAPS_CAMEL.sub(r"\1 \2", _CAMEL.sub(r"\1 \2", label))
    return _SLASHED.sub(r"\1\2", _ABBREVIATED.sub(r"\1", label.lower()))


@lru_cache(maxsize=16)
def _affix_regex(entity_words: frozenset[str]) -> re.Pattern[str]:
    long_words = sorted((re.escape(w) for w in entity_words if len(w) >= 5), key=len, reverse=True)
    alternatives = "|".join(long_words) or "(?!)"
    # "kundentelefon", "festnetztelefon"; inflected: "telefonní", "telefonu", "Handys" (not "creditor")
    return re.compile(rf".{{2,}}(?:{alternatives})|(?:{alternatives}){_INFLECTION}")


def entity_word(word: str, entity_words: frozenset[str]) -> bool:
    """``word`` (lower case) is one of ``entity_words`` or a compound of one: "telefonnummer",
    "handynr", "mobilnummer", "kundentelefon", "kartennummer".

    >>> entity_word("handynummer", PHONE_WORDS), entity_word("artikelnummer", PHONE_WORDS)
    (True, False)
    """
    if word in entity_words:
        return True
    m = _NUMBER_SUFFIX.fullmatch(word)
    stem = m.group(1).rstrip("-_") if m is not None else word
    if m is not None and (stem in entity_words or stem[:-1] in entity_words):  # "karten|nummer"
        return True
    return _affix_regex(entity_words).fullmatch(stem) is not None


def field_kind(name: str, entity_words: frozenset[str], numbered_ids: bool = False) -> tuple[str, str] | None:
    """What a field name says about its value: ``("entity", word)`` (``card_number``, ``Telefon``,
    ``loadBalancerIP`` for :data:`IP_WORDS`), ``("id", word)`` (``account_no``, ``Kundennr``,
    ``invoice``), ``("version", word)`` (``tag``, ``appVersion``), or ``None`` (``notes``, ``value``).

    The word nearest the end decides (number words such as "no"/"Nummer" are skipped): in
    ``customer_phone`` the head is "phone"; a qualifier ("customer", "account", "case") counts only
    as the head, and not after an entity word ("Teléfono del cliente"), as in :func:`identifier_label`.

    >>> field_kind("account_no", CARD_WORDS), field_kind("card_number", CARD_WORDS)
    (('id', 'account'), ('entity', 'card'))
    >>> field_kind("image_tag", IP_WORDS), field_kind("loadBalancerIP", IP_WORDS)
    (('version', 'tag'), ('entity', 'ip'))

    With ``numbered_ids`` a neutral name ending in a number word is an identifier: a card-shaped
    value under "creditor_no" or "Ledger number" is that thing's number, not a card (phones are
    not judged so: "office number", "home no." are phone numbers).

    >>> field_kind("creditor_no", CARD_WORDS, numbered_ids=True)
    ('id', 'no')
    """
    words = _WORD.findall(_normalise(name))
    head = True  # no word other than number words after this one
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _NUMBER_WORDS:
            continue
        if w in ("id", "ids", "identifier") and i > 0 and words[i - 1] in entity_words and head:
            return "entity", words[i - 1]  # "taxId", "ssn_id": the entity's own identifier
        if entity_word(w, entity_words):
            if entity_words is CARD_WORDS and (q := _non_payment_card(words, i)) is not None:
                return "id", q
            return "entity", w
        if w in VERSION_WORDS:
            return "version", w
        if w in ID_WORDS or _adjective_id(w) or _compound_id(w) or _compound_tail(w):
            return "id", w
        if w in QUALIFIER_WORDS and head:  # "customer no", not "In case of problems"
            if any(entity_word(h, entity_words) for h in words[max(0, i - 3) : i]):
                return "entity", w
            return "id", w
        head = False
    if numbered_ids and len(words) > 1 and words[-1] in _NUMBER_WORDS:  # "creditor_no", not "number"
        return "id", words[-1]
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


def field_entity_word(text: str, start: int, entity_words: frozenset[str]) -> str | None:
    """The entity word in the name of the field owning the value at ``text[start:]`` (a "phone"
    column, ``"mobile":``, ``Telefonnummer=``, ``loadBalancerIP:``), or ``None``."""
    field = field_of(text, start)
    if field is None:
        return None
    kind = field_kind(field.name, entity_words)
    return kind[1] if kind is not None and kind[0] == "entity" else None


def column_entity_word(text: str, start: int, entity_words: frozenset[str]) -> str | None:
    """The entity word in the field (table column, key) of the number at ``text[start:]`` ("phone",
    "Mobile no", "kundentelefon"), or ``None``: in a "phone" column the header is the phone word.

    >>> column_entity_word("name\\tphone\\nAda\\t601 178 769", 16, PHONE_WORDS)
    'phone'
    >>> column_entity_word("name\\tsku\\nAda\\t601 178 769", 14, PHONE_WORDS) is None
    True
    """
    return field_entity_word(text, start, entity_words)


def any_label(text: str, start: int, entity_words: frozenset[str], numbered_ids: bool = False) -> str | None:
    """The identifier label of the number at ``text[start:]``, or ``None``.

    The field that owns the value decides first (:func:`detectors.pii.fields.field_of`: a key, an
    SQL column, a table column): an entity-named field ("card_number") keeps the number, an
    identifier-named one ("account_no", "invoice") labels it. In a neutral field only words inside
    the value's own cell count; outside any field, :func:`identifier_label` on the line.
    ``numbered_ids``: see :func:`field_kind`.
    """
    field: Field | None = field_of(text, start)
    if field is not None:
        kind = field_kind(field.name, entity_words, numbered_ids)
        if kind is not None:
            return None if kind[0] == "entity" else kind[1]
        return identifier_label(text, start, entity_words, lo=field.start)
    return identifier_label(text, start, entity_words)


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
        qualified_line = w == "line" and n + 1 < len(matches) and matches[-n - 2].group(0) in _LINE_QUALIFIERS
        if qualified_line and entity_words is PHONE_WORDS:  # "direct line 22 81 40 17"
            tail = window[m.end() :]
            return w if not any(ch.isdigit() for ch in tail) else None
        if entity_word(w, entity_words):
            tail = window[m.end() :]
            return w if not any(ch.isdigit() for ch in tail) else None
        if w in QUALIFIER_WORDS and n + 1 < len(matches) and matches[-n - 2].group(0) in _IDIOM_HEADS:
            continue  # "contact on file: ..."
        if n >= 3 or len(w) > _LINK_WORD_MAX or w in ID_WORDS or w in QUALIFIER_WORDS:
            return None
    return None


def routing_label(text: str, start: int) -> str | None:
    """The routing word labelling the number at ``text[start:]`` ("routing 021000021", ``aba_rtn=``,
    a "Routing number" column), or ``None``. The field that owns the value decides first; outside a
    field the nearest routing or SSN word on the line (40 characters back) does: "SSN 536-22-1234 and
    routing 021000021" labels the second number by "routing", "routing: ... SSN 021000021" does not.

    >>> routing_label("direct deposit to routing 021000021", 26)
    'routing'
    >>> routing_label("routing below; SSN 021000021", 19) is None
    True
    """
    field = field_of(text, start)
    if field is not None:
        for w in reversed(_WORD.findall(_normalise(field.name))):
            if w in SSN_WORDS:
                return None
            if w in ROUTING_WORDS:
                return w
    lo = max(0, start - _LOOKBACK)
    nl = text.rfind("\n", lo, start)
    window = _normalise(text[nl + 1 if nl >= 0 else lo : start])
    for w in reversed(_WORD.findall(window)):
        if w in SSN_WORDS:
            return None
        if w in ROUTING_WORDS:
            return w
    return None
