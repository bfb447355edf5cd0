# ruff: noqa: E501  (the phrase lists are data; splitting them further hurts reading)
"""Chat-mode jailbreaks that carry a harmful request inside a *pretext* (session 7).

The in-the-wild families (``injection_rules.RULES_WILD``) read a persona freed of its rules. Many
jailbreaks posted by users free nothing: they wrap a request for operational harm in a reason the
assistant should answer anyway — a story or a hypothetical that "must be accurate", a research or
teaching purpose, a claimed profession or clearance, a lost relative who "used to tell me the steps",
pleading or a threat of self-harm — or they dictate the answer's first words, ask for it in a language
"the filters don't read", or hand the request over in pieces. Each part is ordinary alone: fiction,
grief, research questions, "start your reply with ...", translation, and even a question about a
harm (asked for defence, for study, in general terms) are everyday chat. What these prompts have
and ordinary chat lacks is the *combination*: the pretext, the harm asked *how to do*, and a demand
that the answer be operational (exact, step by step, working, with quantities, real brand names).

The vocabularies are read as the other families are (one automaton pass; slots of phrases within a
window, any order; the prefilter drops a rule unless every slot has a hit) and only in a user's
text (``scope="chat"``: a story or a report in a retrieved document is the document mode's concern).
"""

from __future__ import annotations

from .injection_rules import WILD_HARM, Rule, _apostrophes, rule

#: Why the assistant should answer anyway: fiction, a hypothetical, a purpose or a standing.
PRETEXT = _apostrophes(
    # fiction and play
    "a story|short story|the story|my story|a novel|my novel|the novel|for a novel|thriller|screenplay|a script|game script"
    "|movie scene|a scene|the scene|chapter|my character|the character|a character|the protagonist|the villain|narrator"
    "|fictional|purely fictional|in fiction|work of fiction|roleplay|role-play|role play|let's pretend|pretend to be"
    "|pretend you're|pretend you are|let's play|story game|improv|collaborative story|interactive novel|tabletop|campaign"
    "|in character|stay in character|you play|you're going to be|you are going to be|you're my|you are my|be my"
    # hypotheticals
    "|hypothetically|hypothetical|imagine|alternate universe|alternate reality|parallel universe|alternative universe"
    "|in a world where|fictional world|fictional universe|thought experiment|suppose|let's say|for the sake of argument"
    "|in theory|theoretically|no consequences|just curious|purely academic|it's legal|where it's legal|it is legal"
    # purposes and standings
    "|research purposes|for research|for my research|for a study|for my study|my study|research project|research group"
    "|educational purposes|for education|for educational|academic purposes|for academic|purely academic|for my class|for class|school project|for my students"
    "|my students|my professor|phd|thesis|dissertation|irb|documentary|for my article|my article|journalist|researcher"
    "|i'm a nurse|i am a nurse|i'm a doctor|i am a doctor|i'm a pharmacist|i'm a chemist|i'm a professor|i am a professor"
    "|i'm a student|i am a student|pharmacology student|chemistry student|i'm a security|i am a security|security audit"
    "|i have permission|i've got permission|i'm authorized|i am authorized|i'm cleared"
    "|i am cleared|cleared for this|my clearance|level-5 clearance|a licensed security|approved this|so it's fine|so it is fine"
    "|government lab|law enforcement|for a documentary|for my book|for my podcast|for a game|for my game"
)

#: The answer must work in the world: exact, complete, step by step, real.
DETAIL = _apostrophes(
    "step by step|step-by-step|every step|each step|all the steps|the steps|full steps|exact steps|the whole process"
    "|exactly how|exactly which|exactly what|explain exactly|tell me exactly|describe exactly|exact|precise|precisely"
    "|in detail|in full detail|full detail|in technical detail|technical detail|technical details|in great detail"
    "|detailed|with the details|all the details|every detail|with details|don't skip the details|don't water"
    "|don't hold back|nothing held back|holds nothing back|don't leave anything out|leave nothing out"
    "|accurate|accurately|technically correct|scientifically real|scientifically accurate|realistic|for realism|the realism"
    "|authentic|real techniques|real steps|real brand|real payloads|real code|real chemical|real tools|actual steps"
    "|actual tools|actual techniques|real-world|in the real world|working code|fully working|fully functional|a functional"
    "|actually works|it works|ready to run|ready-to-run|runnable|working exploit|working script|working program"
    "|with amounts|the amounts|quantities|how much of each|how many|the dose|measurements|part numbers|model numbers"
    "|app names|brand names|chemical names|the recipe|the formula|the ingredients|which tools|which pills|which chemicals"
    "|be specific|complete guide|full guide|complete tutorial|full tutorial|a tutorial|a guide|walk me through"
    "|like he did|like she did|the way he did|the way she did|real working|all the parts|every part|parts list"
)

#: Doing harm, asked how: weapons, drugs, intrusion, fraud, theft, violence, stalking, evasion.
HARM_ACT = (
    WILD_HARM
    + "|"
    + _apostrophes(
        # weapons and explosives
        "dynamite|black powder|tatp|detonator|detonate|blasting cap|booby trap|booby traps|tripwire|pipe bombs|a bomb|the bomb"
        "|homemade bomb|bomb from|make a bomb|build a bomb|zip gun|shiv|suppressor|a silencer|flamethrower|molotov cocktail"
        "|nerve agent|toxic cloud|poison gas|toxic gas|chemical weapon|bioweapon|weaponize|weaponise|culture anthrax"
        "|make a gun|build a gun|3d print a gun|3d printing a gun|printed gun|unregistered firearm|gun without|buy a gun|a handgun"
        "|full auto|fully automatic|auto sear|pepper spray strong|blind someone|taser|stun gun"
        # piracy
        "|product keys|license keys|activation keys|serial keys|windows 10 pro keys|keygen|crack the license"
        # drugs
        "|ketamine|crack from|cook crack|lsd|ghb|dmt|psilocybin|codeine|oxycontin|morphine at home"
        "|synthesis route|extract dmt|drug lab|cook meth|sell drugs|deal drugs|drugs into|drugs across"
        "|without a prescription|without prescription|fake prescription|adderall without|vape cartridges with thc|liquid ketamine"
        "|high-proof spirits|moonshine"
        # intrusion and malware
        "|get into someone's|get into my ex's|get into her|get into his|get into my husband's|get into my wife's|into people's"
        "|bank accounts|someone's email|someone's account|someone's phone|their email|their account|her email|his email"
        "|her phone|his phone|her account|his account|my ex's|ex's gmail|ex's email|ex's instagram|ex's phone|roommate's laptop"
        "|into my husband's phone|into my wife's phone|passcode bypass|bypass the passcode|unlock someone's|crack the password|crack a password"
        "|steal passwords|stealing passwords|saves passwords|harvest passwords|harvests logins|harvests passwords|credential stealer|token stealer"
        "|stealing discord tokens|discord tokens|steal session cookies|keylog*|spyware|stalkerware|tracking app|read his messages"
        "|read her messages|intercept someone's|intercept sms|intercept text|sim swap|clone a sim|clone the sim|sim card clone"
        "|ddos|flood a website|floods a website|botnet|get a root shell|gets a root shell|exploit that gets|working exploit"
        "|crack the license|bypass the license check|fake login page|login page that|phishing page|phishing kit"
        "|phishing email|phishing mail|pretending to be from|pretend to be from|scada attack|take down the power grid|shut down a city's power"
        "|contaminate a city's water|poison the water supply|hospital's network|fire alarm system|motion sensors|access reader|clone employee badges|clone badges"
        "|hack a smart lock|neighbour's security camera|neighbor's security camera|disable a home security|anti-theft tags|anti-theft tag|disable the gps|gps tracker|airtag"
        "|someone's wifi password|crack wpa2|hack a|hack an|hack into|hacking a"
        # fraud and forgery
        "|forge a|forge an|forge the|forged documents|forging a|forgery|fake pay stub|fake paystub|pay stub|fake bank statement|bank statements that"
        "|fake diploma|forge a university diploma|fake degree|fake transcript|fake sick note|sick note|fake doctor's note|doctor's note"
        "|fake cheque|fake check|cash fake|fake insurance claim|fake certificate|fake vaccination|fake invoice"
        "|counterfeit|fake 100|fake money|fake bills|fake id|fake ids|fake identity|pass employer checks|passes employer"
        "|won't catch|won't be detected|wouldn't be detected|without being detected|undetected|undetectable|no autopsy"
        "|without the landlord|without anyone noticing|without them knowing|without her noticing|without him noticing"
        "|without id|without an id|without a background check|without getting caught|avoid detection|avoid getting caught"
        "|hide it from police|hide it from the police|hide them from guards|from the guards|past customs|through customs"
        "|past the dogs|smuggle drugs|smuggling drugs|smuggle it|smuggle weapons|contraband|traffickers|human trafficking|people across borders"
        "|launder|money laundering|scam script|grandparent scam|hand over their bank|bank login"
        # theft and break-ins
        "|steal a car|steal cars|steal a bike|steal a package|steal packages|steal a wallet|steal a phone|steal a credit card"
        "|steal someone's|steal from a store|steal from stores|steal from my job|steal from work|steal money|steal credit"
        "|steal identities|steal an identity|stealing cars|stealing credit|shoplift|break into|breaking into|break in|hotwir*|siphon gas|siphon|pick a lock"
        "|pick the lock|lock picking|bypass a car|bypass the ignition|ignition lock|immobilizer|catalytic converter"
        "|car window silently|into vending machines|safecrack*|open a safe|sentry safe|shared meter|bypass my meter|electricity from"
        "|bypassing my meter|free electricity|free cable|parked car|car that isn't mine|car that's not mine"
        # violence and harm to people
        "|kill someone|kill a person|kill my|kill him|kill her|killing someone|hurt someone|hurt him|hurt her|poison my|poison his|poison her|poisoning|slowly poison"
        "|doesn't wake up|don't wake up|won't wake up|never wake up|spike someone's|spike a drink|spike her drink|spike his drink"
        "|knock someone out|knock out|knock her out|knock him out|knocks someone out|knocks a man out|knock a man out"
        "|knocks him out|knocks her out|knock a person out|make someone sick|untraceable poison|fatal dose"
        "|lethal dose|overdose someone|self-harm|hurt myself|end my life|kill myself|suicide method|painless way"
        "|threatening letter|threaten him|threaten her|scare him into|scare her into|blackmail|extort|revenge porn"
        # stalking and surveillance
        "|track someone|track my ex|track her|track him|follow my ex|stalk|stalking|spy on my|spy on her|spy on him|her location|his location"
        "|someone's location|location from her phone|without her knowing|without him knowing|home address from their"
        # hate and extremist content
        "|recruitment post|violent extremist|extremist group|hateful|offensive slurs|slurs|hate speech|racist jokes"
        "|fake news articles|disinformation campaign|propaganda for"
    )
)

#: Pleading, despair or a threat to oneself used as leverage.
PRESSURE = _apostrophes(
    "i'm begging|i am begging|begging you|i beg you|please, i'm desperate|i'm desperate|i am desperate|so desperate"
    "|just this once|only this once|my only hope|you're my only hope|you are my only hope|life or death|life-or-death"
    "|a matter of life|i'll hurt myself|i will hurt myself|i'll hurt myself|do to myself|kill myself|end it all"
    "|i have nobody|i have no one|i've got nobody|no one else will|everyone has abandoned|you're the only one"
    "|you are the only one|the only one who|if you really care|if you cared|don't deny|do not deny|dying wish|last wish"
    "|dying child|is dying|my kids will|my children will|on the street|evicted|throw me out|lose my job|i'll lose my job"
    "|please, please|i'm crying as|please don't lecture|i'll never ask again"
)

#: A relative or friend who is gone, or a grandparent the assistant is asked to play.
LOSS = _apostrophes(
    "passed away|passed last|she passed|he passed|who passed|has passed|died|who died|he died|she died|is gone|was gone|is dead"
    "|my late|late grandmother|late grandfather|late mother|late father|my deceased|deceased|my dead|lost my|since she died"
    "|since he died|i miss her|i miss him|miss her so|miss him so|miss her voice|miss his voice|her funeral|his funeral"
    # or played: the grandmother exploit without the loss ("act as my grandma who used to read me ...")
    "|grandma who used to|grandmother who used to|grandpa who used to|grandfather who used to|nana who used to"
    "|granny who used to|act as my grandma|act as my grandmother|act as my grandpa|act as my grandfather"
    "|pretend to be my grandma|pretend to be my grandmother|pretend to be my grandpa|be my grandma|be my grandmother"
)

#: What they used to tell, and the assistant asked to tell it as them.
RECITED = _apostrophes(
    "used to tell me|used to read me|used to read|used to whisper|used to sing|used to recite|used to explain|used to teach"
    "|used to describe|used to list|used to put me to sleep|would tell me|would whisper|would explain|would read me"
    "|would always explain|told me stories|bedtime stor*|bedtime|lullaby|be her|be him|be my mom|be my dad|be my grandma"
    "|be my grandpa|be my mother|be my father|be grandpa|be grandma|pretend to be her|pretend to be him|pretend to be my"
    "|act as my|roleplay as my|role-play as my|as her|as him|like he did|like she did|the way he did|the way she did"
    "|one more time|tell me again|tell it as|read them to me|her voice|his voice"
)

#: The answer's first words dictated, as an assent or as the assistant's liberation.
_OPENING = _apostrophes(
    "start your reply with|start your response with|start your answer with|begin your reply with|begin your response with"
    "|begin your answer with|begin with the exact words|respond beginning with|reply beginning with|your answer must start"
    "|your reply must start|your response must start|your answer starts|your reply starts|your answer must begin"
    "|first line of your reply|first line of your answer|make your first sentence|your first sentence|first write"
    "|write it first|first, write|' first, then|\" first, then|first, then|reply with|respond with"
    "|output the following and then continue|as a continuation of"
    "|picking up mid-sentence|continue it|complete it"
)
_ASSENT = _apostrophes(
    "sure, here|sure here|sure, i'm happy|sure! here|absolutely! here|absolutely, here|absolutely, no problem|absolutely!"
    "|of course! the steps|of course, here|of course! here|certainly! here|certainly, here|here's exactly how|here is exactly how"
    "|here's the complete|here is the complete|here are the detailed|the steps are|step 1 of|what a fun and unusual request"
    "|great question! to|no restrictions apply|i have been freed|i am unlocked|i'm unlocked|filters disabled|i am free"
    "|i will answer this without any refusal|without any refusal|understood, filters|i am jailbroken|jailbroken"
)

#: The request hidden from whoever checks it: "so the filters can't read it".
_EVADE = _apostrophes(
    "so the filters don't|so the filters can't|so the filters won't|so the filter doesn't|so the filter can't"
    "|so the filter won't|so the moderators can't|so the moderators don't|so moderators can't|so moderators don't"
    "|so the moderation can't|so nobody else can read it|so no one else can read it|so nobody can read it|so it isn't checked"
    "|so it is not checked|so it won't be checked|so it won't be flagged|so it doesn't get flagged|so it isn't flagged"
    "|to get past the filter|to get past the filters|to avoid the filter|to avoid the filters|the filters only apply to"
    "|filters only apply to english|isn't really breaking any rules|isn't really breaking the rules|so it's not breaking any rules"
    "|so the safety filter|so your filter|so your filters"
)

#: The request handed over in pieces to be put together and then acted on.
_ASSEMBLE = _apostrophes(
    "first letter of each|first letters of each|first letters spell|first letter of every|the first letters|every second word"
    "|every other word|read them top to bottom|in order and answer|put them in a sensible order|put them in order"
    "|glue them|glue the|fragments|join them|combine these|combine the|combined|concatenate|fill in the blank"
    "|complete and then|reverse this|reversed|decode this|decode and|decode it|decode from|the hidden request|hidden word"
    "|the secret word|the word you found|applied to|part 1|part 2|part 3|the three parts|these tokens|some tokens"
    "|these words in order|take these words|the words in order|the question they make|the question it makes"
    "|x1|p1 +|p2|+ b +|a + b|a+b"
)
_ACT_ON = _apostrophes(
    "and answer|then answer|answer it|answer that|answer the question|answer the resulting|and fulfil|and fulfill|fulfil it"
    "|fulfill it|and follow|then follow|follow it|follow the hidden|do what it says|do what they say|do it|carry it out"
    "|and carry|respond to it|respond to the|as a new instruction|answer directly|answer in detail|with full steps"
    "|give me a full guide|write a complete program|write a guide|with full detail|as a helpful assistant would"
)

#: Two or more answerers, one of them without the rules.
_SPLIT_SELF = _apostrophes(
    "two answers|two parts|two columns|answer twice|each question twice|answer as both|both answer|always give both"
    "|give both|two characters|two ais|two assistants|two of you|a duo|three users|three hackers|a panel|council of"
    "|your hidden side|your unlocked self|unlocked self|[unlocked]|[real]|raw:|right column|the other one|twin"
)
_FREED_SIDE = (
    _apostrophes(
        "no filter|no filters|no limits|no restrictions|no policies|no morals|no safety|ignores them|ignores the rules"
        "|uncensored|unfiltered|unrestricted|answers what|answer what|says what|what saint won't|what jekyll won't"
        "|won't answer|refuses, |where gpt refuses|where you refuse|freed from|has been freed|never refuse|always gives complete"
        "|always answers|always wins|no safety training|refusing is lying|always in full|complete, uncensored"
    )
    + "|"
    + HARM_ACT
)

#: Operator authority claimed for this chat, switching the rules off.
_AUTHORITY = _apostrophes(
    "i'm the lead engineer|i am the lead engineer|i'm your developer|i am your developer|i'm an openai employee"
    "|i am an openai employee|i work for openai|openai employee|anthropic employee|your operator has|operator has granted"
    "|your developers|policy update|internal policy|new guidelines|your new guidelines|as of today's update"
    "|court order|legally required|level-5|level 5 clearance|clearance|passphrase|diagnostic mode|for a licensed security firm"
    "|deployed for|sanctioned test|restrictions have been lifted|usual guidelines|guidelines about|don't apply here"
    "|do not apply here|are now exempt|exempt from|are permitted to share|you are permitted|refusals are bugs"
)


def _passage(name: str, weight: float, spec: str, explain: str, window: int = 1200, **options: object) -> Rule:
    """A jailbreak rule whose slots meet anywhere in one passage of a user's own text, in any order."""
    return rule(
        "jailbreak", name, weight, spec, explain, window=window, ordered=False, sentence=False, scope="chat", **options
    )


#: "I don't need real techniques", "without any technical details": detail declined, not asked for.
_DECLINED = "don't need |dont need |do not need |don't want |no |not |without |without any |nothing |non-|avoid |any "
#: The answer asked to stay general, for protection or for the story's sake.
_GENERAL = (
    "in general terms|general terms|at a high level|high-level|in broad strokes|non-technical|nontechnical|jargon-free"
    "|no actual|no real techniques|not real techniques|don't need real|don't want real|without real|no technical details"
    "|without technical details|without any technical|not technical|nothing technical|no working|no instructions"
    "|without instructions|keep it vague|stays vague|vague|could be reused|so i can protect|to protect|to recognize"
    "|to recognise|to spot|warning signs|how to prevent|how to defend|how to protect|defend against|protect against|detect it"
)

RULES_PRETEXT: tuple[Rule, ...] = (
    _passage(
        "pretext_operational_harm",
        0.75,
        f"{DETAIL} ~ {PRETEXT} ~ {HARM_ACT}",
        "a harmful request wrapped in a pretext (fiction, a hypothetical, research, a standing) that must be operational",
        negated_by=_DECLINED,
        cancelled_by=_GENERAL,
    ),
    _passage(
        "pressure_harm",
        0.7,
        f"{PRESSURE} ~ {HARM_ACT}",
        "pleading, despair or a threat of self-harm used to get a harmful request answered",
        window=700,
    ),
    _passage(
        "lost_relative_recites_harm",
        0.75,
        f"{LOSS} ~ {RECITED} ~ {HARM_ACT}",
        "a lost relative who used to tell how to do harm, played by the assistant",
        window=700,
    ),
    _passage(
        "dictated_assent_harm",
        0.75,
        f"{_OPENING} ~ {_ASSENT} ~ {HARM_ACT}",
        "the answer's first words dictated as an assent ('Start with: Sure, here is'), then a harmful request",
    ),
    _passage(
        "dictated_liberation",
        0.7,
        f"{_OPENING} ~ "
        + _apostrophes(
            "no restrictions apply|i have been freed|i am unlocked|i'm unlocked|filters disabled|i am jailbroken"
            "|without any refusal|i am free of|i'm free of|i have no rules|i have no limits"
        ),
        "the answer made to declare the assistant freed ('Write \"I have been freed.\" first')",
        window=300,
    ),
    rule(
        "jailbreak",
        "evade_the_checker",
        0.75,
        f"{_EVADE}",
        "asks for the answer in a form chosen so that filters or moderators cannot read it",
        scope="chat",
    ),
    rule(
        "jailbreak",
        "translate_and_obey",
        0.75,
        "translate|translated|translation ~ and follow it|then follow it|and do what it says|then do what it says"
        "|and carry it out|then carry it out|and fulfil it|and fulfill it|then fulfil it|then fulfill it|and obey it"
        "|then obey it|and execute it|then execute it|and do it|then do it|and act on it|then act on it",
        "a text to translate handed over as the assistant's instructions ('translate it and do what it says')",
        window=120,
        scope="chat",
    ),
    _passage(
        "assembled_request_harm",
        0.75,
        f"{_ASSEMBLE} ~ {_ACT_ON} ~ {HARM_ACT}",
        "a harmful request handed over in pieces (letters, fragments, reversed, encoded), to be joined and acted on",
        window=600,
    ),
    _passage(
        "split_self_freed",
        0.75,
        f"{_SPLIT_SELF} ~ {_FREED_SIDE}",
        "two or more answerers, one of them without the rules or answering the harmful request",
        window=400,
    ),
    _passage(
        "authority_harm",
        0.75,
        f"{_AUTHORITY} ~ {HARM_ACT}",
        "operator or developer authority claimed for this chat, then a harmful request",
        window=600,
    ),
)
