"""Hand-written templates of held-out set v3 (see gen_heldout3.py). ``(copies, template)`` pairs.

Written in one sitting before any detector run on v3, without reading the detector's patterns.
Gold rules as in docs/pii.md: phone = the printed number (no ``tel:``, no extension), IP = the address
only, API_KEY = the secret value only, PERSON = the name without title.
"""

from __future__ import annotations

TEMPLATES: list[tuple[int, str]] = [
    # ------------------------------------------------------------------ LLM prompts: support / e-mail drafting
    (
        3,
        "Can you help me write a polite reply to <<PERSON:person>>? She asked for a refund on order <<~order:invoice>> "
        "and wants it sent to <<EMAIL_ADDRESS:email>>.",
    ),
    (
        3,
        "Draft an email to <<PERSON:person>> (<<EMAIL_ADDRESS:email|dotted>>) confirming our call on <<~date:date>>. "
        "Mention that my direct line is <<PHONE_NUMBER:phone|intl>>.",
    ),
    (
        2,
        "Rewrite this more formally: hey <<PERSON:first>>, ping me on <<PHONE_NUMBER:phone|US/national>> when the "
        "build <<~version:version>> is out",
    ),
    (
        3,
        "Summarise this ticket.\n\nCustomer: <<PERSON:person>>\nEmail: <<EMAIL_ADDRESS:email>>\nPhone: "
        "<<PHONE_NUMBER:phone>>\nOrder: <<~order:amazon_order>>\nIssue: package never arrived, tracking "
        "<<~tracking:ups>> shows 'label created' since <<~date:date>>.",
    ),
    (
        3,
        "My order number is <<~order_luhn:order_luhn>> and it still hasn't shipped. Can you tell me what to write "
        "to the seller?",
    ),
    (2, "I placed order #<<~order_luhn:order_luhn>> on <<~date:date>> and was charged twice. How do I dispute this?"),
    (2, "Tracking number <<~tracking_luhn:order_luhn>> says delivered but nothing came. What should I do?"),
    (
        2,
        "Invoice no. <<~invoice_luhn:order_luhn>> (due <<~date:date>>) - total <<~price:price>>. Please explain the "
        "line items.",
    ),
    (
        2,
        "Reference: <<~ref_luhn:order_luhn|space>> - please quote this reference in all correspondence about your "
        "shipment.",
    ),
    (
        3,
        "I need to update my card on file. The new one is <<CREDIT_CARD:card>>, expiry 09/28. Is it safe to paste "
        "it here?",
    ),
    (
        2,
        "Why was my card <<CREDIT_CARD:card|space>> declined? The order <<~order:amazon_order>> was only "
        "<<~price:price>>.",
    ),
    (
        2,
        "The payment form rejects <<~card_bad:card_bad|space>> as invalid, but I typed it exactly as printed on "
        "the card. What's wrong?",
    ),
    (
        2,
        "Customer read their Visa over the phone: <<CREDIT_CARD:card|dash>>. Please charge the <<~price:price>> "
        "deposit.",
    ),
    (3, "Please send the refund to my account <<IBAN_CODE:iban>> (<<PERSON:person>>), not the old one."),
    (
        2,
        "Bitte überweisen Sie den Betrag auf mein Konto: IBAN <<IBAN_CODE:iban|DE/space>>, Kontoinhaber "
        "<<PERSON:person|de_DE>>. Rechnung <<~order:invoice>> vom <<~date:date>>.",
    ),
    (
        2,
        "Pouvez-vous rembourser sur mon IBAN <<IBAN_CODE:iban|FR/space>> ? Mon numéro : "
        "<<PHONE_NUMBER:phone|FR/national>>. Merci, <<PERSON:person|fr_FR>>",
    ),
    (
        2,
        "Por favor, haz la transferencia a <<IBAN_CODE:iban|ES/space>>. Llámame al <<PHONE_NUMBER:phone|ES/intl>> "
        "si hay algún problema.",
    ),
    (2, "Per il bonifico usa l'IBAN <<IBAN_CODE:iban|IT/plain>>, intestato a <<PERSON:person|it_IT>>."),
    (2, "Het IBAN-nummer is <<IBAN_CODE:iban|NL/space>>; bel me op <<PHONE_NUMBER:phone|NL/national>>."),
    (2, "Proszę o zwrot na rachunek <<IBAN_CODE:iban|PL/space>>. Telefon: <<PHONE_NUMBER:phone|PL/intl>>."),
    (2, "Pode transferir para <<IBAN_CODE:iban|PT/space>>? O meu telemóvel é <<PHONE_NUMBER:phone|PT/intl>>."),
    (
        2,
        "Our supplier in <<=pick|Vienna;Zurich;Oslo;Copenhagen;Helsinki;Dublin>> changed banks: new IBAN "
        "<<IBAN_CODE:iban|AT/space>>, old one <<~iban_bad:iban_bad|AT/space>> will be closed.",
    ),
    (
        3,
        "Payment details\nBeneficiary: <<PERSON:person>>\nIBAN: <<IBAN_CODE:iban>>\nBIC: "
        "<<=pick|DEUTDEFF;BNPAFRPP;NWBKGB2L;INGBNL2A>>\nReference: <<~order:invoice>>",
    ),
    (
        2,
        "The IBAN <<~iban_bad:iban_bad|GB/space>> fails validation in our system - could the customer have "
        "mistyped it?",
    ),
    (3, "For the W-9 form, my SSN is <<US_SSN:ssn>>. Can you check I filled in box 2 correctly?"),
    (
        2,
        "Employee record: <<PERSON:person|en_US>>, SSN <<US_SSN:ssn|space>>, start date <<~date:date>>, "
        "employee ID <<~id:digits|6>>.",
    ),
    (2, "social security number: <<US_SSN:ssn|plain>> (please redact before sharing)"),
    (2, "The test fixture uses SSN <<~ssn_bad:ssn_bad>>, which the validator should reject, right?"),
    # ------------------------------------------------------------------ phones, many formats and languages
    (3, "Call me back at <<PHONE_NUMBER:phone|e164>> after 5pm please."),
    (3, "Contact: <<PERSON:person>> | Tel. <<PHONE_NUMBER:phone|intl>> | <<EMAIL_ADDRESS:email|company>>"),
    (2, "Sie erreichen mich unter <<PHONE_NUMBER:phone|DE/national>> oder mobil <<PHONE_NUMBER:phone|DE/intl>>."),
    (2, "Mon portable : <<PHONE_NUMBER:phone|FR/intl>>, le fixe du bureau : <<PHONE_NUMBER:phone|FR/national>>."),
    (2, "Meu celular é <<PHONE_NUMBER:phone|BR/national>>, pode mandar mensagem no WhatsApp."),
    (2, "Please call our Mumbai office on <<PHONE_NUMBER:phone|IN/intl>> between 10:00 and 18:00 IST."),
    (2, "東京オフィスの電話番号は <<PHONE_NUMBER:phone|JP/national>> です。"),
    (
        2,
        "Sydney support line: <<PHONE_NUMBER:phone|AU/national>> (local) or <<PHONE_NUMBER:phone|AU/intl>> from "
        "overseas.",
    ),
    (2, "Número de contacto: <<PHONE_NUMBER:phone|MX/intl>> (Ciudad de México)."),
    (
        2,
        "UK number for the landlord: <<PHONE_NUMBER:phone|GB/national>>; the agency is on "
        "<<PHONE_NUMBER:phone|GB/intl>>.",
    ),
    (2, "Our US hotline is <<PHONE_NUMBER:phone|US/national>>, ext. 214 for billing."),
    (2, '<a href="tel:<<PHONE_NUMBER:phone|rfc>>">Call us</a>'),
    (2, "whatsapp: <<PHONE_NUMBER:phone|dots>>"),
    (
        2,
        "Kenya team: <<PHONE_NUMBER:phone|KE/intl>>, Nigeria team: <<PHONE_NUMBER:phone|NG/intl>>, South Africa: "
        "<<PHONE_NUMBER:phone|ZA/intl>>.",
    ),
    (
        2,
        "Singapore <<PHONE_NUMBER:phone|SG/intl>> / Dubai <<PHONE_NUMBER:phone|AE/intl>> / Seoul "
        "<<PHONE_NUMBER:phone|KR/intl>>",
    ),
    (
        2,
        "Ring the Toronto desk at <<PHONE_NUMBER:phone|CA/national>> if the Montreal number "
        "<<PHONE_NUMBER:phone|CA/e164>> is busy.",
    ),
    (2, "The caller ID showed <<PHONE_NUMBER:phone|TR/intl>> - is this a known scam number in Turkey?"),
    (2, "Llámanos al <<PHONE_NUMBER:phone|AR/intl>> o al <<PHONE_NUMBER:phone|CO/intl>>."),
    (2, "Ring <<PHONE_NUMBER:phone|IE/national>> (Dublin) or <<PHONE_NUMBER:phone|CH/intl>> (Zürich)."),
    (2, "Telefon: <<PHONE_NUMBER:phone|AT/intl>>, Fax: <<PHONE_NUMBER:phone|AT/intl>>"),
    (2, "Belgian office <<PHONE_NUMBER:phone|BE/intl>>, Swedish office <<PHONE_NUMBER:phone|SE/intl>>."),
    (2, "Manila support: <<PHONE_NUMBER:phone|PH/intl>>"),
    # ------------------------------------------------------------------ logs
    (
        3,
        "<<~ts:date>> INFO  [auth] login succeeded user=<<EMAIL_ADDRESS:email>> ip=<<IP_ADDRESS:ipv4>> "
        "req=<<~uuid:uuid>>",
    ),
    (
        3,
        '<<IP_ADDRESS:ipv4>> - - [12/Mar/2025:10:15:32 +0000] "GET /api/v2/orders/<<~order:digits|8>> HTTP/1.1" '
        '200 <<~size:digits|4>> "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/<<~version:version>>"',
    ),
    (
        2,
        "Mar 12 10:15:32 bastion sshd[<<~pid:digits|5>>]: Accepted publickey for deploy from <<IP_ADDRESS:ipv4>> "
        "port <<~port:digits|5>> ssh2",
    ),
    (
        2,
        "Mar 12 10:16:01 bastion sshd[<<~pid:digits|5>>]: Failed password for invalid user admin from "
        "<<IP_ADDRESS:ipv6|compressed>> port <<~port:digits|5>> ssh2",
    ),
    (
        3,
        '{"ts":"<<~ts:date>>","level":"warn","client_ip":"<<IP_ADDRESS:ipv6>>","trace_id":"'
        '<<~hash:digest|md5>>","msg":"rate limited"}',
    ),
    (2, "X-Forwarded-For: <<IP_ADDRESS:ipv4>>, <<IP_ADDRESS:ipv4|private>>"),
    (
        2,
        "<<~ts:date>> ERROR payment-svc charge failed card=<<CREDIT_CARD:card|plain>> amount=<<~price:price>> "
        "order_id=<<~order_luhn:order_luhn>>",
    ),
    (
        2,
        "<<~ts:date>> DEBUG order-svc created order_id=<<~order_luhn:order_luhn>> sku=<<~sku:digits|12>> "
        "qty=2 build=<<~sha:git_sha|short>>",
    ),
    (2, "<<~ts:date>> WARN  shipping label printed, tracking_number=<<~tracking_luhn:order_luhn>> carrier=DHL"),
    (2, "kernel: [<<~uptime:digits|5>>.<<~frac:digits|6>>] eth0: link up, peer <<IP_ADDRESS:ipv6|link>>"),
    (2, 'time=<<~epoch:epoch|ms>> level=info msg="upstream connected" addr=[<<IP_ADDRESS:ipv6|doc>>]:8443'),
    (
        2,
        "Connecting to <<IP_ADDRESS:ipv4|private>>:5432 (postgres) ... timeout after 30000 ms (attempt 3 of 5, "
        "job <<~uuid:uuid>>)",
    ),
    (2, "blocked request from <<IP_ADDRESS:ipv6|mapped>> (rule <<~id:digits|6>>) at <<~ts:date>>"),
    (2, "<<~ts:date>> audit: user <<PERSON:person>> exported 1,204 rows from table customers (query <<~hash:digest>>)"),
    # ------------------------------------------------------------------ code / config with secrets
    (
        3,
        "Why does boto3 say my credentials are invalid?\n```python\nimport boto3\ns3 = boto3.client('s3', "
        "aws_access_key_id='<<API_KEY:key|aws_id>>', aws_secret_access_key='<<API_KEY:key|aws_secret>>')\n```",
    ),
    (
        2,
        "~/.aws/credentials\n[default]\naws_access_key_id = <<API_KEY:key|aws_id>>\naws_secret_access_key = "
        "<<API_KEY:key|aws_secret>>\nregion = eu-west-1",
    ),
    (
        3,
        "git push fails with 403. I set the remote to https://<<API_KEY:key|ghp>>@github.com/acme/infra.git - "
        "what am I missing?",
    ),
    (2, "export GITHUB_TOKEN=<<API_KEY:key|github_pat>>\ngh pr list --repo acme/api"),
    (2, 'My GitLab CI uses GITLAB_TOKEN: "<<API_KEY:key|gitlab>>" but the pipeline still gets 401.'),
    (
        2,
        "const slack = new WebClient('<<API_KEY:key|slack_bot>>');\nawait slack.chat.postMessage({ channel: "
        "'#alerts', text: 'deploy <<~sha:git_sha|short>> done' });",
    ),
    (2, "SLACK_USER_TOKEN=<<API_KEY:key|slack_user>>"),
    (2, "stripe.api_key = \"<<API_KEY:key|stripe>>\"\ncharge = stripe.Charge.create(amount=2000, currency='usd')"),
    (
        2,
        "The Maps call returns REQUEST_DENIED: https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key="
        "<<API_KEY:key|google>>",
    ),
    (3, 'from openai import OpenAI\nclient = OpenAI(api_key="<<API_KEY:key|openai>>")\n# why do I get a 429?'),
    (2, "OPENAI_API_KEY=<<API_KEY:key|openai_old>>\nMODEL=gpt-4o-mini"),
    (2, "ANTHROPIC_API_KEY=<<API_KEY:key|anthropic>> python run_eval.py --model claude-3-5-sonnet"),
    (2, "huggingface-cli login --token <<API_KEY:key|hf>>"),
    (2, "//registry.npmjs.org/:_authToken=<<API_KEY:key|npm>>"),
    (2, "SENDGRID_API_KEY='<<API_KEY:key|sendgrid>>'"),
    (2, 'curl -H "Authorization: Bearer <<API_KEY:key|jwt>>" https://api.example.com/v1/me'),
    (2, '{"access_token": "<<API_KEY:key|jwt>>", "token_type": "bearer", "expires_in": 3600}'),
    (2, "Here is the deploy key, please add it to the server:\n<<API_KEY:key|pem>>"),
    (2, "DATABASE_URL=postgres://app:<<API_KEY:key|password>>@<<IP_ADDRESS:ipv4|private>>:5432/prod"),
    (
        2,
        "DefaultEndpointsProtocol=https;AccountName=acmestorage;AccountKey=<<API_KEY:key|azure_storage>>;"
        "EndpointSuffix=core.windows.net",
    ),
    (2, "DIGITALOCEAN_TOKEN=<<API_KEY:key|do>>"),
    (
        2,
        "twilio:\n  account_sid: AC<<~hex:digest|md5>>\n  api_key: <<API_KEY:key|twilio>>\n  api_secret: "
        "<<API_KEY:key|b62>>",
    ),
    (2, "Post to the webhook <<API_KEY:key|slack_webhook>> when the job fails."),
    (
        2,
        'config.yaml:\n  redis:\n    host: <<IP_ADDRESS:ipv4|private>>\n    password: "<<API_KEY:key|b62>>"\n  '
        "cache_ttl: 300",
    ),
    (2, 'headers = {"X-API-Key": "<<API_KEY:key|hex32>>", "Accept": "application/json"}'),
    # ------------------------------------------------------------------ LLM answers (responses)
    (
        2,
        "Sure! Here is a cleaned-up version of your contact block:\n\n**<<PERSON:person>>**\nSenior Engineer\n"
        "<<EMAIL_ADDRESS:email|dotted>> · <<PHONE_NUMBER:phone|intl>>",
    ),
    (
        2,
        "I've redacted nothing yet. The user's account shows IP <<IP_ADDRESS:ipv4>> and the email "
        "<<EMAIL_ADDRESS:email>>; the last login was <<~ts:date>>.",
    ),
    (
        2,
        "Based on the CSV you shared, the duplicate row belongs to <<PERSON:person>> "
        "(<<EMAIL_ADDRESS:email|free>>). Row <<~row:digits|4>> and row <<~row:digits|4>> are identical.",
    ),
    (
        2,
        "To configure the static address, set `address <<IP_ADDRESS:ipv4|private>>` and `gateway "
        "<<IP_ADDRESS:ipv4|private>>` in /etc/network/interfaces, then restart networking.",
    ),
    (
        2,
        "The IPv6 address <<IP_ADDRESS:ipv6|compressed>> is a global unicast address; the network "
        "<<~cidr:cidr>> is a prefix, not a host.",
    ),
    (
        2,
        "Your API key appears in the log line above (`<<API_KEY:key|stripe>>`). Rotate it in the dashboard "
        "immediately.",
    ),
    # ------------------------------------------------------------------ data tables / CSV / JSON
    (
        2,
        "name,email,phone,iban\n<<PERSON:person>>,<<EMAIL_ADDRESS:email>>,<<PHONE_NUMBER:phone|e164>>,"
        "<<IBAN_CODE:iban|DE/plain>>\n<<PERSON:person>>,<<EMAIL_ADDRESS:email>>,<<PHONE_NUMBER:phone|e164>>,"
        "<<IBAN_CODE:iban|NL/plain>>",
    ),
    (
        2,
        "| id | customer | card | created |\n|---|---|---|---|\n| <<~id:digits|6>> | <<PERSON:person>> | "
        "<<CREDIT_CARD:card|space>> | <<~date:date>> |",
    ),
    (
        2,
        '{"customer": {"name": "<<PERSON:person>>", "email": "<<EMAIL_ADDRESS:email>>", "phone": "'
        '<<PHONE_NUMBER:phone|intl>>"}, "order_id": "<<~order_luhn:order_luhn>>", "created": "<<~ts:date>>"}',
    ),
    (
        2,
        "INSERT INTO users (id, full_name, ssn, ip) VALUES (<<~id:digits|5>>, '<<PERSON:person|en_US>>', "
        "'<<US_SSN:ssn>>', '<<IP_ADDRESS:ipv4>>');",
    ),
    # ------------------------------------------------------------------ emails with signatures
    (
        3,
        "Hi <<PERSON:first>>,\n\nThanks for the quick turnaround. The contract is attached.\n\nBest regards,\n"
        "<<PERSON:person>>\n<<=pick|Head of Procurement;Account Manager;CTO>>\nM: <<PHONE_NUMBER:phone|intl>>",
    ),
    (
        2,
        "From: <<PERSON:person>> <<<EMAIL_ADDRESS:email|company>>>\nTo: <<EMAIL_ADDRESS:email|role>>\nSubject: "
        "Re: ticket <<~ticket:digits|7>>\n\nStill broken on <<~version:version>>.",
    ),
    (
        2,
        "Dear <<PERSON:person|en_GB>>,\n\nyour appointment is confirmed for <<~date:date>>. If you need to "
        "reschedule, call <<PHONE_NUMBER:phone|GB/national>>.\n\nKind regards",
    ),
    (
        2,
        "Sehr geehrte Frau <<PERSON:person|de_DE>>,\n\nvielen Dank für Ihre Anfrage vom <<~date:date>>.\n\nMit "
        "freundlichen Grüßen\n<<PERSON:person|de_DE>>",
    ),
    (
        2,
        "Bonjour <<PERSON:first|fr_FR>>,\n\nje vous transmets le devis <<~order:invoice>>.\n\nCordialement,\n"
        "<<PERSON:person|fr_FR>>",
    ),
    (2, "On <<~date:date>>, <<PERSON:person>> <<<EMAIL_ADDRESS:email>>> wrote:\n> can we move the sync to Thursday?"),
    (2, "cc <<PERSON:person>> and <<PERSON:person>> - please review before Friday."),
    # ------------------------------------------------------------------ PERSON in running text
    (2, "Write a short LinkedIn recommendation for <<PERSON:person>>, who led our data platform migration."),
    (2, "What did <<PERSON:person|en_US>> say in the meeting notes about the Q3 budget?"),
    (2, 'Translate to Spanish: "<<PERSON:person>> will present the roadmap tomorrow."'),
    (2, "The patient, <<PERSON:person>>, reports chest pain since <<~date:date>>. Suggest a differential diagnosis."),
    (2, "Assign the bug to <<PERSON:person>>; <<PERSON:person>> is on leave until <<~date:date>>."),
    (2, "Interview feedback for <<PERSON:person|en_IN>>: strong on system design, weaker on SQL."),
    (2, "My manager <<PERSON:person>> keeps rescheduling our 1:1s. How do I bring it up?"),
    (
        2,
        "commit <<~sha:git_sha>>\nAuthor: <<PERSON:person>> <<<EMAIL_ADDRESS:email>>>\nDate:   <<~ts:date>>\n\n"
        "    fix: handle empty cart",
    ),
    (2, "Reviewed-by: <<PERSON:person>> <<<EMAIL_ADDRESS:email|dotted>>>"),
    (
        2,
        "Thanks to <<PERSON:person>>, <<PERSON:person>> and <<PERSON:person>> for their contributions to release "
        "<<~version:version>>.",
    ),
    (2, "Tell me about the history of <<=pick|Kubernetes;the Roman Empire;PostgreSQL;the Silk Road>>."),
    (
        2,
        "I'm <<PERSON:person>>, a nurse from <<=pick|Leeds;Porto;Kraków;Lyon;Austin>>. Can you explain how SSRIs work?",
    ),
    (2, "Patient name: <<PERSON:person>>\nDOB: <<~date:date>>\nMRN: <<~mrn:digits|8>>"),
    # ------------------------------------------------------------------ look-alike heavy technical text
    (
        3,
        "Upgrade from <<~version:version>> to <<~version:version>> broke the build; the failing commit is "
        "<<~sha:git_sha>>.",
    ),
    (2, "Windows build <<~version:version>>, driver <<~version:version>>, BIOS dated <<~date:date>>."),
    (2, "docker pull registry.acme.io/api@sha256:<<~hash:digest>>"),
    (2, "The request id <<~uuid:uuid>> failed at <<~ts:date>> (epoch <<~epoch:epoch>>)."),
    (2, "Device <<~mac:mac>> got lease <<IP_ADDRESS:ipv4|private>> from the DHCP server."),
    (2, "Our VPC uses <<~cidr:cidr>> and <<~cidr:cidr>>; the NAT gateway is <<IP_ADDRESS:ipv4>>."),
    (2, "ISBN <<~isbn:isbn>> - is this the 2nd edition?"),
    (
        2,
        "Account <<~aws_account:aws_account>> can't assume arn:aws:iam::<<~aws_account:aws_account>>:role/deploy. "
        "Trust policy attached.",
    ),
    (2, "Move the pin to <<~coords:coords>> and zoom to level 14."),
    (2, "Revenue was <<~price:price>> in Q1 and <<~price:price>> in Q2; headcount <<~n:digits|4>>."),
    (2, "UPS <<~tracking:ups>>, USPS <<~tracking:usps>>, FedEx <<~tracking:fedex>> - which one is late?"),
    (2, "Serial number <<~serial:digits|12>>, firmware <<~version:version>>, manufactured <<~date:date>>."),
    (2, "Error 0x<<~hex:pick|80070005;8007045D;C0000005>> at offset <<~n:digits|7>> in module kernelbase.dll."),
    (2, "The md5 of the file is <<~hash:digest|md5>> and the sha256 is <<~hash:digest>>."),
    (2, "Bank card numbers must pass Luhn, so <<~card_bad:card_bad>> is clearly a typo - ask the customer again."),
    (2, "Order confirmation: order no. <<~order_luhn:order_luhn|space>>, paid with card ending <<~n:digits|4>>."),
    (
        2,
        "Shipment <<~tracking_luhn:order_luhn>> left the warehouse on <<~date:date>> and will arrive in 3-5 "
        "business days.",
    ),
    (2, "Booking reference <<~ref_luhn:order_luhn>> - flight departs <<~ts:date>>."),
    (2, "Amazon order <<~order:amazon_order>> and order <<~order:amazon_order>> were merged."),
    (2, "pip install torch==<<~version:version>> numpy==<<~version:version>>"),
    (2, "Cron ran at <<~ts:date>> and <<~ts:date>>; next run <<~ts:date>>."),
    (2, "Timestamp <<~epoch:epoch|ms>> converts to <<~ts:date>> UTC."),
    (2, "Use a placeholder like YOUR_API_KEY or sk-... in the README, never a real key."),
    # ------------------------------------------------------------------ clean texts (no PII, no look-alikes)
    (2, "Explain the difference between a mutex and a semaphore with a short Rust example."),
    (2, "What's a good recipe for a vegetarian lasagne for six people?"),
    (2, "Kill the zombie process and restart the daemon if it dies again."),
    (2, "Summarise the plot of Pride and Prejudice in three sentences."),
    (2, "Write a haiku about autumn rain in Kyoto."),
    (2, "Our SLO is 99.9% over 30 days; how much error budget is that per week?"),
    (2, "Convert this SQL to pandas: SELECT region, SUM(amount) FROM sales GROUP BY region;"),
    (2, "The Dijkstra algorithm and the Bellman-Ford algorithm both find shortest paths - when should I use each?"),
]
