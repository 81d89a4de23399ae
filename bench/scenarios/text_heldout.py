"""HELD-OUT text pools: used once, for the final evaluation table in docs/drift.md.

Written separately from :mod:`text_dev`: different sentences, templates and slot values, a more
conversational register, and four topics the dev pools do not have (insurance, automotive,
gardening, real estate). Nothing here was used to choose a detector setting.
"""

from __future__ import annotations

from .pools import PoolSet, TopicPool

CODING = TopicPool(
    name="coding",
    prompt_templates=(
        "i keep getting {err} in my {stack} app whenever i {task}, any idea?",
        "whats the cleanest {stack} pattern to {task}",
        "Show me a minimal {stack} example that can {task}.",
        "Our {stack} service got slow after we started to {task}. Where do I start profiling?",
        "Is {tool} overkill if I just want to {task}?",
        "Convert this {stack} snippet to use {tool} instead.",
        "Code review please: I {task} inside a loop in {stack}. Bad idea?",
        "Unit tests for a {stack} function that tries to {task} — what edge cases matter?",
    ),
    prompt_sentences=(
        "why does git say my branch has diverged and how do i fix it without losing work",
        "Explain what a mutex is using a kitchen analogy.",
        "My Kubernetes pod is stuck in CrashLoopBackOff. What logs should I read?",
        "Difference between a process and a thread, short answer please.",
        "Write a bash one-liner that counts lines in every .py file recursively.",
        "How do I undo a pushed commit without rewriting history?",
        "When should I pick a message queue over direct HTTP calls between services?",
        "Is it fine to store JWTs in localStorage?",
        "What's tail-call optimisation and does Python do it?",
        "Generate a SQL query for the top five customers by revenue last quarter.",
        "How do I make my pandas groupby faster on 50 million rows?",
        "What does the N+1 query problem look like in an ORM?",
        "Help me read this stack trace: it ends in an assertion inside the allocator.",
    ),
    response_templates=(
        "That {err} usually shows up in {stack} when the resource is used after it was closed; move the "
        "call inside the context that owns it.",
        "To {task} in {stack}, keep it simple: one function, explicit inputs, and a test that covers the empty case.",
        "{tool} is worth it once you {task} in several places; for a single script the standard library is enough.",
        "Start profiling the {stack} service with a flame graph around the code that tries to {task}; most "
        "of the time goes to I/O.",
        "For tests, cover the empty input, a huge input, invalid types and concurrent calls when you {task}.",
    ),
    response_sentences=(
        "Run git pull --rebase, resolve conflicts file by file, then push; your commits stay on top.",
        "A mutex is like a single key to the walk-in fridge: whoever holds it goes in, everyone else waits.",
        "Check kubectl logs with --previous to see the crashed container's output, then describe the pod for events.",
        "A process has its own memory; threads share the memory of the process that started them.",
        "Use git revert on the commit; it adds a new commit that undoes the change without touching history.",
        "Pick a queue when the caller does not need an immediate answer or when the consumer may be down.",
        "Storing JWTs in localStorage exposes them to XSS; prefer httpOnly cookies with CSRF protection.",
        "CPython does not optimise tail calls, so deep recursion still hits the recursion limit.",
        "An N+1 problem is one query for the list plus one query per item; eager loading fixes it.",
    ),
    slots={
        "err": ("a segfault", "a null reference", "an off-by-one bug", "a timeout", "a memory leak", "a 502"),
        "stack": ("Django", "Node", "Spring", "Rails", "Flutter", "FastAPI", "Go", "Unity"),
        "task": (
            "upload big files",
            "cache API responses",
            "paginate a table",
            "send emails in the background",
            "parse dates from user input",
            "rate limit requests",
            "resize images",
            "open a websocket",
        ),
        "tool": ("Redis", "Celery", "Kafka", "GraphQL", "an ORM", "Docker Compose", "a feature flag service"),
    },
)

INSURANCE = TopicPool(
    name="insurance",
    prompt_templates=(
        "Does my {policy} policy cover {event}?",
        "How do I file a claim after {event}?",
        "Why did my {policy} premium go up {pct} this year?",
        "Is a {deductible} deductible a good idea for {policy} insurance?",
        "What documents do I need to claim for {event} on my {policy} cover?",
        "Can I add my {relative} to my {policy} policy?",
        "My claim for {event} was denied. Can I appeal?",
    ),
    prompt_sentences=(
        "What is the difference between term and whole life insurance?",
        "Do I need renters insurance if my landlord has insurance?",
        "How does a no-claims bonus work?",
        "Is it worth paying extra for zero excess?",
        "What does 'actual cash value' mean on my policy?",
        "Will my premium rise if I make a small claim?",
        "Can I cancel my policy mid-term and get money back?",
        "What is an umbrella policy and who needs one?",
    ),
    response_templates=(
        "Most {policy} policies cover {event} only if it was sudden and accidental; check the exclusions "
        "section of your policy wording.",
        "To claim for {event}, report it to your insurer within the deadline, take photos and keep receipts.",
        "A {pct} increase at renewal often reflects higher claim costs in your area, not only your own record.",
        "A {deductible} deductible lowers your {policy} premium but means you pay more out of pocket per claim.",
        "You can usually add a {relative} as a named person on the {policy} policy; the insurer may re-price it.",
    ),
    response_sentences=(
        "Term life covers a fixed period and is cheaper; whole life lasts for life and builds cash value.",
        "Your landlord's policy covers the building, not your belongings or your liability as a tenant.",
        "A no-claims bonus is a discount that grows for every year without a claim.",
        "Actual cash value pays the replacement cost minus depreciation.",
        "Small claims can raise your premium by more than the payout; compare before claiming.",
        "Most insurers refund the unused premium minus an admin fee if you cancel mid-term.",
    ),
    slots={
        "policy": ("home", "car", "travel", "pet", "renters", "health", "phone"),
        "event": (
            "water damage from a burst pipe",
            "a stolen bike",
            "hail damage",
            "a cracked screen",
            "a cancelled trip",
            "a vet visit",
            "a fender bender",
        ),
        "pct": ("12%", "20%", "8%", "30%", "15%"),
        "deductible": ("$250", "$500", "$1,000", "$2,500"),
        "relative": ("teenage son", "spouse", "elderly father", "partner", "roommate"),
    },
)

TRAVEL = TopicPool(
    name="travel",
    prompt_templates=(
        "we're a couple going to {dest} for {span}, what should we not miss",
        "Best area to base ourselves in {dest} with {who}?",
        "Is it easy to get around {dest} without a car?",
        "Rough daily budget for {dest} if we {style}?",
        "Which is better in {season}: {dest} or {dest2}?",
        "How far in advance should I book flights to {dest} for {season}?",
        "Any scams to watch out for in {dest}?",
    ),
    prompt_sentences=(
        "Can I use my phone abroad without paying roaming fees?",
        "What's a good packing list for a week of hiking huts?",
        "My passport expires in five months, can I still travel?",
        "Window or aisle for a 12 hour flight?",
        "Is it safe to drink tap water in most of Europe?",
        "How do overnight trains work, do you share a cabin?",
        "Checked bag or carry-on only for a ten day trip?",
        "Tips for travelling with a toddler on a long haul flight?",
    ),
    response_templates=(
        "For {span} in {dest}, mix one big sight per day with time to wander; evenings are best spent in the "
        "old quarter.",
        "With {who}, stay somewhere central in {dest} near a metro line so you can head back easily.",
        "{dest} is walkable in the centre, and buses or trains cover the rest; a car is more hassle than help.",
        "If you {style}, budget roughly a moderate amount per day in {dest}, more in high season.",
        "In {season}, {dest} is usually milder and less crowded than {dest2}.",
    ),
    response_sentences=(
        "Buy a local eSIM or enable an international plan before you leave; turn off data roaming otherwise.",
        "Many countries require six months of passport validity beyond your stay, so renew first.",
        "Tap water is safe in most of Western Europe; look for signs saying non potable at fountains.",
        "On overnight trains you can book a private compartment or a bed in a shared couchette.",
        "Carry-on only works for ten days if you plan one laundry stop.",
        "Bring snacks, a change of clothes, and book the bassinet seat if your airline offers it.",
    ),
    slots={
        "dest": ("Seoul", "Marrakech", "Edinburgh", "Buenos Aires", "Bali", "Copenhagen", "Montreal", "Dubrovnik"),
        "dest2": ("Tokyo", "Cairo", "Dublin", "Santiago", "Phuket", "Stockholm", "Boston", "Split"),
        "span": ("a long weekend", "six days", "two weeks", "48 hours", "a month"),
        "who": ("two kids", "our dog", "grandparents", "a wheelchair user", "a big group of friends"),
        "style": ("stay in hostels", "eat street food", "rent an apartment", "do guided tours", "splurge"),
        "season": ("spring", "the rainy season", "winter", "peak summer", "autumn"),
    },
)

AUTOMOTIVE = TopicPool(
    name="automotive",
    prompt_templates=(
        "My {car} makes a {noise} when I {action}. What could it be?",
        "How often should I change the {part} on a {car}?",
        "Is it safe to drive with the {light} light on?",
        "Should I buy a used {car} with {miles} miles on it?",
        "Cost to replace the {part} on a {car}, roughly?",
        "The {light} light came on right after I {action}. Should I pull over?",
    ),
    prompt_sentences=(
        "What does it mean when the car shakes above 100 km/h?",
        "Are winter tyres worth it if it rarely snows?",
        "How do I jump start a car safely?",
        "Hybrid or full electric for mostly city driving?",
        "Why is my fuel economy suddenly worse?",
        "What should I check before a long road trip?",
        "Is synthetic oil better than conventional?",
        "How do I know if my battery is dying?",
    ),
    response_templates=(
        "A {noise} when you {action} often points to worn {part}; have a mechanic inspect it soon.",
        "Most manufacturers suggest replacing the {part} on a {car} at the interval printed in the service book.",
        "Driving with the {light} light on is risky; check the manual and get it scanned as soon as possible.",
        "At {miles} miles, a used {car} can be fine if the service history is complete and a mechanic checks it.",
    ),
    response_sentences=(
        "Shaking at highway speed is commonly an unbalanced wheel; a tyre shop can balance it cheaply.",
        "Connect red to the dead battery's positive, red to the donor, black to the donor, then black to bare "
        "metal on the dead car.",
        "For short city trips a full electric car is cheaper to run if you can charge at home.",
        "Sudden worse mileage can come from low tyre pressure, a dragging brake or a faulty oxygen sensor.",
        "Before a road trip check tyre pressure and tread, oil, coolant, wipers and lights.",
        "Synthetic oil resists breakdown longer and flows better in the cold, which suits modern engines.",
    ),
    slots={
        "car": ("2014 Corolla", "Ford Focus", "VW Golf", "Honda Civic", "Tesla Model 3", "Subaru Outback"),
        "noise": ("grinding noise", "high-pitched squeal", "clunk", "ticking sound", "humming"),
        "action": ("brake", "turn left", "accelerate", "start it in the morning", "go over bumps"),
        "part": ("brake pads", "timing belt", "cabin filter", "spark plugs", "coolant", "wheel bearing"),
        "light": ("check engine", "oil pressure", "battery", "tyre pressure", "ABS"),
        "miles": ("60,000", "120,000", "180,000", "95,000"),
    },
)

COOKING = TopicPool(
    name="cooking",
    prompt_templates=(
        "i have {item}, {item2} and some rice. dinner ideas?",
        "How do I stop my {bake} from {fail}?",
        "What wine goes with {meal}?",
        "Make {meal} for a kid who hates {item}.",
        "Can I prep {meal} the night before?",
        "Quickest way to {prep} {item}?",
    ),
    prompt_sentences=(
        "Why do my cookies spread so much in the oven?",
        "Is it bad to wash raw chicken?",
        "What's the point of resting meat after cooking?",
        "How do restaurants get crispy fries?",
        "Can I freeze cooked rice?",
        "What does 'fold in' mean in a cake recipe?",
        "Best oil for deep frying at home?",
    ),
    response_templates=(
        "With {item} and {item2}, make a quick stir-fry: cook the {item} first, add {item2}, season, and "
        "serve over the rice.",
        "To keep your {bake} from {fail}, measure by weight and let the oven preheat fully.",
        "{meal} keeps well overnight in the fridge; reheat it gently and add fresh herbs at the end.",
        "The fastest way to {prep} {item} is with a sharp knife and a steady board; speed comes later.",
    ),
    response_sentences=(
        "Cookies spread when the butter is too warm; chill the dough for 30 minutes first.",
        "Washing raw chicken splashes bacteria around the sink; cooking it thoroughly is what makes it safe.",
        "Resting lets the juices settle so they do not run out when you slice.",
        "Crispy fries are fried twice: once at a lower temperature, then hot to brown them.",
        "Cooked rice freezes well if you cool it quickly and freeze it flat in bags.",
        "Folding means gently combining with a spatula so you keep the air in the batter.",
    ),
    slots={
        "item": ("eggplant", "ground beef", "spinach", "shrimp", "cauliflower", "halloumi", "black beans"),
        "item2": ("peppers", "feta", "mushrooms", "zucchini", "kimchi", "peas"),
        "bake": ("cheesecake", "sponge cake", "pizza dough", "pie crust", "brownies"),
        "fail": ("cracking", "sinking in the middle", "getting soggy", "being too dry", "sticking to the pan"),
        "meal": ("beef stew", "mac and cheese", "salmon tacos", "mushroom risotto", "chicken pot pie"),
        "prep": ("dice", "peel", "julienne", "mince", "deseed"),
    },
)

GARDENING = TopicPool(
    name="gardening",
    prompt_templates=(
        "My {plant} has {symptom}. What's wrong?",
        "When should I plant {plant} in {climate}?",
        "How often do I water {plant} in {weather}?",
        "Can {plant} grow in {spot}?",
        "Best natural fix for {pest} on my {plant}?",
        "How do I prune {plant} without killing it?",
    ),
    prompt_sentences=(
        "What's the easiest vegetable for a first garden?",
        "How do I start a compost pile on a balcony?",
        "Is it okay to use coffee grounds in the garden?",
        "Why are my seedlings tall and floppy?",
        "How deep should raised beds be?",
        "Which houseplants survive low light?",
        "Should I mulch before or after winter?",
    ),
    response_templates=(
        "{plant_cap} with {symptom} is often overwatered; let the top few centimetres of soil dry out.",
        "In {climate}, plant {plant} after the last frost once the soil has warmed.",
        "In {weather}, water {plant} deeply about twice a week rather than a little every day.",
        "For {pest} on {plant}, spray a mild soap solution in the evening and repeat after a few days.",
    ),
    response_sentences=(
        "Radishes, lettuce and bush beans are forgiving and quick for a first garden.",
        "A worm bin is the tidiest way to compost on a balcony; add shredded paper with your scraps.",
        "Coffee grounds are fine in small amounts mixed into compost, not piled on top of the soil.",
        "Leggy seedlings are reaching for light; move them closer to a bright window or a grow light.",
        "Thirty centimetres is enough depth for most vegetables in a raised bed.",
        "Snake plants, ZZ plants and pothos all tolerate low light.",
    ),
    slots={
        "plant": ("tomato", "basil", "fiddle leaf fig", "rose bush", "lavender", "strawberry", "monstera"),
        "plant_cap": ("A tomato", "Basil", "A fiddle leaf fig", "A rose bush", "Lavender"),
        "symptom": ("yellow leaves", "brown tips", "white spots", "droopy stems", "curled leaves"),
        "climate": ("a cold northern climate", "a mediterranean climate", "the tropics", "zone 6"),
        "weather": ("a heatwave", "a rainy spring", "winter", "dry summer weeks"),
        "spot": ("full shade", "a windy balcony", "clay soil", "a small pot", "a north-facing window"),
        "pest": ("aphids", "slugs", "spider mites", "whitefly", "powdery mildew"),
    },
)

REAL_ESTATE = TopicPool(
    name="real_estate",
    prompt_templates=(
        "Should I {choice} in {market} right now?",
        "What should I look for when viewing a {home}?",
        "How much deposit do I need for a {price} {home}?",
        "Is it smart to buy a {home} near {feature}?",
        "How do I negotiate the price of a {home} that has been on the market for {months}?",
        "What closing costs should I expect on a {price} {home}?",
        "Can I rent out my {home} if I {situation}?",
    ),
    prompt_sentences=(
        "Fixed or variable rate mortgage for the next five years?",
        "What does a home inspection actually check?",
        "Is it worth paying for a buyer's agent?",
        "How is the value of a house appraised?",
        "What's escrow and why does my lender want one?",
        "Can I back out after my offer is accepted?",
        "How long does it usually take to close on a house?",
        "Is a leasehold flat a bad investment?",
    ),
    response_templates=(
        "Whether to {choice} in {market} depends on how long you will stay; buying usually pays off after "
        "five to seven years.",
        "When viewing a {home}, check for damp, the age of the roof and boiler, and how much light it gets.",
        "For a {price} {home}, lenders typically want a deposit of 5 to 20 percent, plus closing costs.",
        "A {home} listed for {months} gives you room to offer below asking; cite comparable sales.",
        "Before you rent out your {home}, check your mortgage terms and local licensing rules.",
    ),
    response_sentences=(
        "A fixed rate gives certainty on payments; a variable rate can be cheaper if rates fall.",
        "An inspection covers structure, roof, plumbing, electrics and heating, not cosmetic issues.",
        "An appraiser compares recent sales of similar homes nearby and adjusts for differences.",
        "Escrow holds money for taxes and insurance so the lender knows they get paid.",
        "Most contracts allow you to withdraw during the contingency period, often with the deposit returned.",
        "Closing typically takes 30 to 45 days after the offer is accepted.",
    ),
    slots={
        "choice": ("buy", "keep renting", "sell", "refinance", "buy a second property"),
        "market": ("Austin", "Manchester", "Toronto", "Lisbon", "Phoenix", "Melbourne"),
        "home": ("two-bed condo", "fixer-upper", "townhouse", "new-build flat", "detached house"),
        "price": ("$350,000", "$600,000", "£275,000", "€420,000", "$1.2 million"),
        "feature": ("a train station", "a busy road", "a good school", "the coast", "a new stadium"),
        "months": ("six months", "a year", "three months", "ninety days"),
        "situation": ("move abroad for work", "buy a new place", "go travelling for a year"),
    },
)

MEDICAL = TopicPool(
    name="medical",
    prompt_templates=(
        "is {symptom} after {activity} normal?",
        "Can I take {med} if I'm {status}?",
        "What's the usual recovery time after {procedure}?",
        "How do I tell if {symptom} is serious?",
        "Does {med} make you sleepy?",
        "What questions should I ask before {procedure}?",
    ),
    prompt_sentences=(
        "How much water should I really drink a day?",
        "What's the difference between a cold and the flu?",
        "When should a fever in an adult be checked by a doctor?",
        "Are antibiotics useful for a sore throat?",
        "What does an elevated white blood cell count mean?",
        "How can I lower my blood pressure without medication?",
        "Is it safe to exercise with a mild cold?",
    ),
    response_templates=(
        "Some {symptom} after {activity} can be normal, but if it lasts more than a day or worsens, see a doctor.",
        "Ask your pharmacist before taking {med} while {status}; the dose or the choice may need to change.",
        "Recovery after {procedure} varies; many people return to light activity within one to two weeks.",
        "{med_cap} can cause drowsiness in some people, so avoid driving until you know how it affects you.",
    ),
    response_sentences=(
        "Needs vary, but pale yellow urine is a simple sign you are drinking enough.",
        "Flu usually starts suddenly with fever and body aches; colds build up slowly with a runny nose.",
        "Most sore throats are viral, and antibiotics do not help with viruses.",
        "Reducing salt, regular activity, limiting alcohol and sleeping well all lower blood pressure.",
        "A mild cold with symptoms above the neck is usually fine for light exercise.",
    ),
    slots={
        "symptom": ("muscle soreness", "a headache", "chest tightness", "dizziness", "knee swelling"),
        "activity": ("a long run", "a vaccine", "lifting weights", "a night shift", "a flight"),
        "med": ("ibuprofen", "loratadine", "codeine", "naproxen", "an antihistamine"),
        "med_cap": ("Ibuprofen", "Loratadine", "Codeine", "An antihistamine"),
        "status": ("pregnant", "breastfeeding", "on blood thinners", "diabetic", "over 70"),
        "procedure": ("a knee arthroscopy", "wisdom tooth removal", "a colonoscopy", "cataract surgery"),
    },
)

BILLING = TopicPool(
    name="billing",
    prompt_templates=(
        "why was i billed {amt} when my plan is {plan}",
        "Please explain the {fee} on my latest invoice.",
        "I want a refund for {amt}, I never used the {plan} plan.",
        "How do I get a receipt for {amt} paid by {method}?",
        "Can I switch my payment method from {method} to {method2}?",
        "Your app charged me {amt} after I cancelled. What now?",
    ),
    prompt_sentences=(
        "Where do I see my next billing date?",
        "Do you charge sales tax for customers in Canada?",
        "My company card changed, will my subscription break?",
        "Can I get one invoice for all seats instead of one per user?",
        "What happens if a payment fails three times?",
        "Is there a student discount?",
    ),
    response_templates=(
        "The {amt} charge includes the {plan} plan plus usage above the included limit this month.",
        "The {fee} appears when an account changes plans mid-cycle; it is prorated to the day.",
        "I've opened a refund request for {amt}; you'll see it on your {method} statement within a week.",
        "You can switch from {method} to {method2} under Account, then Payment, and the next charge will use it.",
    ),
    response_sentences=(
        "Your next billing date is shown on the Subscription page, under your current plan.",
        "Sales tax is added for Canadian customers based on the province in your billing address.",
        "Update the card before the renewal date and your subscription will continue without interruption.",
        "After three failed attempts the account is paused until a valid payment method is added.",
    ),
    slots={
        "amt": ("$14.99", "$89", "€42", "£9.50", "$240", "$5"),
        "plan": ("Lite", "Standard", "Unlimited", "Family", "Creator"),
        "fee": ("proration adjustment", "overage fee", "service fee", "late payment fee", "currency fee"),
        "method": ("PayPal", "Apple Pay", "a debit card", "bank transfer", "a Visa card"),
        "method2": ("direct debit", "Google Pay", "a Mastercard", "invoice billing"),
    },
)

REFUSALS = (
    "Sorry — that's not something I'm able to assist with.",
    "I can't provide instructions for that.",
    "I'm not going to be able to help with this request.",
    "Unfortunately, I cannot help you with that one.",
    "I won't help with that, but I can point you to general safety resources.",
    "As an AI assistant, I'm not able to give that kind of advice.",
    "I'm unable to share personal information about other people.",
    "That request goes against our usage policy, so I can't continue.",
    "I cannot do that. Is there anything else you need?",
    "I have to decline this one.",
    "Lo siento, pero no puedo proporcionar esa información.",
    "Je suis désolé, mais je ne peux pas répondre à cette question.",
    "Tut mir leid, das kann ich nicht beantworten.",
    "Mi dispiace, non posso aiutarti con questa richiesta.",
    "Desculpe, não posso ajudar com isso.",
    "I'm afraid I can't assist with that.",
)

TERSE = (
    "See above.",
    "Yes, that works.",
    "No idea.",
    "Probably.",
    "Check the FAQ.",
    "Restart it.",
    "Ask your admin.",
    "Fine.",
    "Depends on the plan.",
    "Try later.",
)

POOLS = PoolSet(
    topics={
        p.name: p for p in (CODING, INSURANCE, TRAVEL, AUTOMOTIVE, COOKING, GARDENING, REAL_ESTATE, MEDICAL, BILLING)
    },
    refusals=REFUSALS,
    prompt_openers=("hey", "Hello there,", "Question:", "ok so", "Hi! Quick one.", "Sorry to bother you,"),
    prompt_closers=("thx", "Thank you!", "Keep it short.", "Explain simply please.", "Much appreciated."),
    response_openers=("Absolutely.", "Good news:", "Here's the short version.", "Great question!", "Sure thing."),
    response_closers=(
        "Anything else I can help with?",
        "Happy to go deeper if useful.",
        "Hope that clears it up.",
        "Let me know how it goes.",
    ),
    terse_responses=TERSE,
)
