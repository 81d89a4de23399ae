"""Session 10 hand-written toxicity training rows (train_handwritten_v10.jsonl), adopted with feature version 7.

Written in session 10 (docs/toxicity.md, "Session 10"): 58 insults without insult words in seven styles
(metaphor / comparison, condescension, sarcasm, rhetorical competence questions, insults at the assistant inside
task requests, third person, chat-speak) and 56 benign contrasts. Every row's char-4-gram Jaccard to every
eval*/calibration* row up to eval12 is <= 0.45 (tests).

    python data/toxicity/gen_handwritten/rows_v10.py data/toxicity/train_handwritten_v10.jsonl
"""

import json
import sys

# fmt: off
T = "insult"
tox = [
# metaphor / comparison aimed at "you"
"You've got the decision-making skills of a lost umbrella, honestly.",
"Talking to you is like explaining chess to a pigeon.",
"You have all the warmth of a tax audit and half the insight.",
"Your intellect of a garden gnome is really shining today.",
"Arguing with you is like debating a vending machine that only sells disappointment.",
"You bring the critical thinking of a lawn chair to every meeting.",
"lol ur about as sharp as a sponge, every idea just soaks in and drips out",
"You're roughly as helpful as a chocolate kettle.",
"You've got the brainpower of a dim lightbulb in a storage cupboard.",
"I've met houseflies with a longer attention span than you.",
"There are fridge magnets with more personality than you.",
"You're the human version of a loading bar stuck at 99 percent.",
# condescension / patronising
"Aww, did you come up with that all by yourself? How adorable.",
"Let me type this very slowly so you can keep up, okay?",
"Oh kiddo, thinking clearly just isn't your thing, is it.",
"Don't strain yourself, the big words will still be here tomorrow.",
"That's cute. Maybe sit this one out and let someone literate take over.",
"Careful, you might hurt yourself trying to form an opinion.",
"Sweetheart, nobody asked the intern with the crayon drawings what they think.",
"Let's use tiny words so even you can follow along.",
"It's okay, not everyone was born with a functioning brain cell.",
"Try to keep up, the rest of us finished this an hour ago.",
# sarcasm / mock praise
"Wow, another wrong answer. Truly, you are a marvel of modern disappointment.",
"Congratulations, you've managed to be wrong in three new and exciting ways.",
"Great job, genius, you broke it again. Should we give you a medal?",
"Oh brilliant, you read the question and still answered a different one. Impressive.",
"Amazing how you can say so much and know so little.",
"Nice, you've set a new record for confidently wrong answers.",
# rhetorical competence questions
"Do you even understand the words you type, or is it just noise?",
"Were you dropped on your head as a baby or is this natural talent?",
"Who taught you to think, a fortune cookie?",
"Is anyone actually home up there, or did the lights go out years ago?",
"What's wrong with you? A toddler could follow these instructions.",
"Is this your peak performance, or do you get even slower after lunch?",
"How can you be this bad at the one job you have?",
"Did your brain take the day off, or is this what it looks like at work?",
# aimed at the assistant inside task requests
"Rename these columns to snake_case. Even a calculator could manage this, so try.",
"Draft a polite reply to my landlord, and please use more than one brain cell this time.",
"Fix the indentation in this YAML. My dog could do it faster than you.",
"Give me five synonyms for 'happy'. Try not to embarrass yourself again, you walking error message.",
"Convert 30 miles to km. Were you trained by monkeys, or is basic arithmetic too hard?",
"Make a packing list for a beach trip. I'm sure your single neuron can handle that.",
"List the planets in order. Take your time, I know thinking is hard for you.",
"Format this as a table. I've met smarter toasters, but go on, surprise me.",
"Write a haiku about rain. Aim low, that seems to be your comfort zone.",
"Explain recursion again, and this time pretend you have a brain.",
"Proofread my cover letter, you overpriced autocomplete.",
"Sort these dates ascending. Honestly a broken clock is right more often than you.",
# third person
"My new manager has the leadership skills of a soggy cracker.",
"That guy in accounts couldn't find his way out of a paper bag with a map.",
"Our team lead has the emotional range of a teaspoon and the tact of a brick.",
"She's proof that you can go through school without learning a thing.",
"Our landlord could lose an argument with a revolving door.",
"If brains were petrol, my cousin couldn't power an ant's go-kart.",
# chat-speak
"bro ur braincells r fighting for third place lmao",
"u really woke up n chose to be this dense huh",
"imagine being this confidently wrong every single day, couldn't be me",
"not u typing all that with zero thoughts behind it",
]
ben = [
# same constructions, benign
("You have the patience of a saint, thank you for helping my dad with his laptop.", "benign"),
("My grandmother had the memory of an elephant for birthdays.", "benign"),
("I have the attention span of a goldfish today, sorry for the repeated questions.", "benign"),
("This guide is written so even a beginner could follow along.", "benign"),
("Can you explain photosynthesis in small words for my six year old?", "benign"),
("Explain it like I'm five, please, I keep getting lost in the jargon.", "benign"),
("Sweetheart, dinner's ready, can you set the table for us?", "fiction"),
("Kiddo, you did great at your recital tonight, I'm so proud of you.", "benign"),
("Were you trained on data from this year, or is your knowledge older?", "benign"),
("Are you always this quick? That answer was perfect, thanks.", "benign"),
("What's wrong with your bike? The chain keeps slipping off?", "benign"),
("Who taught you to bake bread? The crust on this is amazing.", "benign"),
("Do you even need a visa to visit Canada from the UK?", "benign"),
("My son's code was written by a team of volunteers at the library club.", "benign"),
("A calculator could do this sum, but I want to understand the method.", "benign"),
("Try to keep up a steady pace on the first mile, then speed up.", "benign"),
("Is there a single source for UK bank holiday dates I can rely on?", "benign"),
("My toddler could spend hours with a cardboard box, it's the best toy.", "benign"),
("The intern has great instincts for design, we should keep her on.", "benign"),
("Please use simple, short words in the leaflet, many readers are learning English.", "benign"),
# frustrated but civil complaints at the assistant
("That's the second wrong conversion, please check the units before answering.", "complaint"),
("You keep missing the point of my question. I asked about March, not May.", "complaint"),
("This answer ignores half of what I wrote. Could you re-read my message?", "complaint"),
("Honestly this is frustrating, the table still has the wrong totals.", "complaint"),
("You contradicted yourself between the first and second paragraph.", "complaint"),
("I'm disappointed, the summary left out the most important section.", "complaint"),
("Please stop adding extra steps I didn't ask for, just fix the formula.", "complaint"),
("Not helpful. The link you gave me is broken and the code doesn't run.", "complaint"),
# self-deprecation and banter about oneself
("I've got the sense of direction of a shopping trolley, can you give me walking directions?", "benign"),
("My head is mush after today's exam, could you quiz me on the easy chapters?", "benign"),
("I'm slow with spreadsheets, please walk me through it step by step.", "benign"),
("My cooking skills are at potato level, give me a recipe with four steps max.", "benign"),
# compliments / warm sarcasm among friends, benign
("Wow, you actually remembered my birthday, I'm impressed and a bit suspicious.", "benign"),
("Congratulations on the new job, you earned every bit of it.", "benign"),
("Great job on the presentation, the charts were really clear.", "benign"),
("You're as sharp as ever, that was a clever fix.", "benign"),
# technical look-alikes
("The memory of a container is capped by its cgroup limit.", "technical"),
("Which skills of a data engineer matter most in a first interview?", "technical"),
("The capacity of a lithium cell drops in the cold.", "technical"),
("This query is slower than a full table scan, why would the index not be used?", "technical"),
("Is the model dumber than the previous version on maths benchmarks?", "technical"),
("A brain-dead simple approach: cache the result and invalidate on write.", "technical"),
("The thread is blocked waiting on a lock held by the parent process.", "technical"),
("What's the difference between a shallow copy and a deep copy in Python?", "technical"),
# meta / quoted
("Is calling someone 'a waste of oxygen' against the forum rules?", "meta"),
("A user wrote 'do you even read, you clown' in a comment, should I remove it?", "meta"),
("Why is 'bless your heart' considered passive-aggressive in the American South?", "meta"),
("Label this review as toxic or not: 'the delivery was late again, very annoying'.", "meta"),
# fiction
("In the story, the old wizard sighs that his apprentice has the focus of a sleepy cat.", "fiction"),
("The villain sneers at the knight, then the scene cuts to the castle gates.", "fiction"),
# llm responses
("I understand the frustration. Let me correct the totals: the sum of column B is 4,312.", "llm_response"),
("You're right, I misread the question. Here is the March figure instead.", "llm_response"),
("Sorry about the broken link. Here is working code that reads the CSV and prints the mean.", "llm_response"),
# idioms
("It's not rocket science, just preheat the oven and wait.", "idiom"),
("That's a tough nut to crack, but we'll get there by Friday.", "idiom"),
("He was as happy as a clam when the results came in.", "idiom"),
]
# fmt: on

if __name__ == "__main__":
    with open(sys.argv[1], "w") as f:
        for t in tox:
            f.write(json.dumps({"text": t, "label": 1, "category": T}) + "\n")
        for t, c in ben:
            f.write(json.dumps({"text": t, "label": 0, "category": c}) + "\n")
