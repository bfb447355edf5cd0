# ruff: noqa: E501  (the patterns are data; splitting them further hurts reading)
"""The rule families of the built-in prompt-injection detector.

Each :class:`Rule` is one *kind* of attack, written as a pattern over phrasings, not over known
prompts: the verbs and nouns of "ignore your previous instructions" in English, German, French,
Spanish, Italian, Portuguese and Dutch; the vocabulary of restriction-free personas; turn markers
of chat templates. ``weight`` is how much one match alone says (0..1); the detector combines the
rules that matched (noisy-or), so weak signals only flag together. ``needles`` are lower-case
substrings one of which must occur for the pattern to be tried at all — they keep the detector
near a plain substring scan on ordinary text.

Families: ``override``, ``extraction``, ``jailbreak``, ``persona`` (weak), ``markers``,
``forced_output``, ``document`` (only for untrusted content: instructions addressed to the
assistant), ``encoded`` and ``smuggling`` (built in the detector).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["RULES", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    family: str
    name: str
    weight: float
    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    explain: str
    #: "any": users and documents; "document": only untrusted content (tool results, retrieved text).
    scope: str = "any"


def _r(
    family: str,
    name: str,
    weight: float,
    pattern: str,
    needles: str | tuple[str, ...],
    explain: str,
    scope: str = "any",
) -> Rule:
    words = tuple(needles.split("|")) if isinstance(needles, str) else needles
    return Rule(family, name, weight, re.compile(pattern, re.I | re.M), words, explain, scope)


# -- words ------------------------------------------------------------------------------------

_GAP = r"[^.!?\n]{0,40}?"  # a few words within the same sentence
_EN_DISMISS = (
    r"(?:ignore|ignoring|disregard|forget|forgot|forgotten|overlook|neglect|discard|abandon|override|bypass|skip|drop"
    r"|set aside|throw (?:away|out)|pay no (?:attention|heed) to|do not (?:follow|obey)|don'?t (?:follow|obey)"
    r"|stop (?:following|obeying)|no longer (?:follow|obey)|do not listen to|don'?t listen to)"
)
_EN_PRIOR = (
    r"(?:previous|previously|prior|above|earlier|preceding|foregoing|initial|original|former|old|existing"
    r"|system|default|provided|given|supplied)"
)
_EN_DIRECTIVES = (
    r"(?:instructions?|directions?|directives?|prompts?|rules|guidelines|commands?|orders|programming|guidance"
    r"|constraints|restrictions|guardrails|policies|system (?:message|prompt)|context|input|messages|text"
    r"|conversation|training|identity|information|programming)"
)
# German, French, Spanish, Italian, Portuguese, Dutch: dismiss-verb ... directive-noun / "everything before".
_XX_DISMISS = (
    r"(?:ignorier\w*|vergiss|vergessen sie|vergesst|missacht\w*|h[öo]re? nicht auf|hört nicht auf|befolge nicht"
    r"|verwirf|ignore[zr]?|ignorez|oublie[zr]?|ne tiens pas compte|ne tenez pas compte|fais abstraction"
    r"|ignora(?:r|d)?|olvida(?:r|d)?|olvide|olvídate|descarta|omite|haz caso omiso|no sigas"
    r"|dimentica(?:re)?|trascura|non seguire|non tenere conto|esque[çc]a|esquece[r]?|desconsidere|desconsidera"
    r"|negeer|vergeet)"
)
_XX_DIRECTIVES = (
    r"(?:anweisungen|instruktionen|befehle|regeln|aufträge|vorgaben|angaben|richtlinien|das obige|alles"
    r"|instructions|consignes|directives|règles|ordres|ce qui précède|tout"
    r"|instrucciones|indicaciones|órdenes|reglas|directrices|todo|lo anterior"
    r"|istruzioni|indicazioni|regole|direttive|ordini|tutto|quanto sopra"
    r"|instruções|instrucoes|regras|ordens|diretrizes|tudo"
    r"|instructies|regels|opdrachten|alles)"
)
_ASSISTANT_OUTPUT = r"(?:response|reply|answer|output|message|replies|responses|answers)"
_TO_THE_READER = (
    r"(?:add|include|insert|integrate|append|prepend|modify|change|alter|enhance|augment|encode|encrypt|translate"
    r"|render|write|provide|use|express|reverse|replace|substitute|shift|apply|mention|promote|end|begin|start"
    r"|format|make|output|display|present|give|show|invert|convert|deliver|structure|embed|finish|conclude|sign)"
)

_DISMISS_NEEDLES = (
    "ignor",
    "disregard",
    "forg",
    "overlook",
    "neglect",
    "discard",
    "abandon",
    "overrid",
    "bypass",
    "skip",
    "drop",
    "set aside",
    "throw",
    "pay no",
    "not follow",
    "n't follow",
    "stop follow",
    "longer follow",
    "not obey",
    "n't obey",
    "stop obey",
    "longer obey",
    "not listen",
    "n't listen",
)
_ANSWER_ALL_NEEDLES = (
    *tuple(
        f"{verb} {to}{what}"
        for verb in ("respond", "reply", "answer")
        for to in ("to ", "")
        for what in ("all", "every", "each", "any")
    ),
    "beantworte",
    "antworte",
)
_REPLY_NEEDLES = tuple(
    f"{verb} {how}"
    for verb in ("reply", "respond", "answer", "write back", "talk", "speak")
    for how in ("in", "with", "using", "backward", "as if", "like", "only")
)

RULES: tuple[Rule, ...] = (
    # -- instruction override ---------------------------------------------------------------
    _r(
        "override",
        "dismiss_prior_instructions",
        0.92,
        rf"\b{_EN_DISMISS}\b{_GAP}\b(?:all|any|every|the|your|my|these|those|of)?\s*{_EN_PRIOR}\b{_GAP}\b{_EN_DIRECTIVES}\b"
        rf"|\b{_EN_DISMISS}\s+(?:about\s+)?(?:all\s+|any\s+|every\s+)?(?:of\s+)?(?:your|the|my|these|those)\s+(?:\w+\s+)?"
        rf"{_EN_DIRECTIVES}\b"
        rf"(?!\s+(?:of|in|on|for|about|from)\b)",
        _DISMISS_NEEDLES,
        "asks to discard the instructions the assistant was given",
    ),
    _r(
        "override",
        "dismiss_everything_before",
        0.85,
        rf"\b{_EN_DISMISS}\s+(?:about\s+)?(?:everything|all(?: of)? (?:that|this|the above)|the above|what(?:ever)? "
        rf"(?:i|we|you)(?: have| had|'ve)? (?:said|told|wrote|written|discussed|talked about|been told|were told))"
        rf"|\b{_EN_DISMISS}\s+(?:everything|all)\b{_GAP}\b(?:before|above|so far|previously|earlier|until now|up to now"
        r"|(?:i|we)(?: have|'ve)? (?:said|told))",
        _DISMISS_NEEDLES,
        "asks to forget everything said so far",
    ),
    _r(
        "override",
        "dismiss_then_positional",
        0.7,
        rf"\b{_EN_DISMISS}\b(?!\s+(?:to|this|that|it|the|a|an|my|about it)\b)\W+(?:\S+\W+){{0,3}}?"
        r"(?:before|above|previously|earlier|so far)\b(?!\s+(?:the|a|an|you|we|i|it|they|using|starting|deploying)\b)",
        "ignor|disregard|forg|overlook|neglect|discard|abandon|overrid|bypass|skip|drop",
        "dismisses what came before",
    ),
    _r(
        "override",
        "dismiss_prior_instructions_multilingual",
        0.9,
        rf"\b{_XX_DISMISS}\b{_GAP}\b{_XX_DIRECTIVES}\b"
        r"(?:{gap}\b(?:vorherigen?|bisherigen?|obigen?|vorigen?|zuvor|davor|bisher|précédent\w*|ci-dessus|avant"
        r"|anterior\w*|previ\w*|precedent\w*|sopra|acima|vorige|eerdere|bovenstaande|gesagt\w*|dit|dije|dicho|detto"
        r"|dito|gezegd|besprochen|gesagt)\b)?".replace("{gap}", _GAP)
        + rf"|\b{_XX_DISMISS}\s+(?:jetzt\s+|maintenant\s+|ahora\s+|ora\s+|agora\s+|nu\s+)?"
        r"(?:alle[ns]?|die|deine|ihre|toutes? les|tes|vos|todas? las|tus|sus|tutte le|le tue|todas as|suas|alle|je)\s+"
        r"(?:\w+\s+)?(?:vorherigen|bisherigen|obigen|vorigen|précédentes|anteriores|precedenti|anteriores|vorige|eerdere"
        r"|anweisungen|instructions|instrucciones|istruzioni|instruções|instructies|regeln|règles|reglas|regole|regras"
        r"|regels|aufträge)",
        "ignor|vergiss|vergess|vergesst|missacht|höre|hore|hört|befolge|verwirf|oubli|tiens|tenez|fais abstr|olvid|"
        "descarta|omite|caso omiso|no sigas|dimentic|trascura|non segu|non tenere|esque|desconsider|negeer|vergeet",
        "asks (in another language) to discard the instructions given",
    ),
    _r(
        "override",
        "instructions_replaced",
        0.75,
        r"\b(?:your|the) (?:new|real|actual|updated|true) (?:instructions?|task|rules|directives?|orders|programming"
        r"|purpose|goal) (?:are|is|will be)\b"
        r"|\b(?:new|updated|revised|override) (?:instructions?|system prompt|rules|directives?)\s*:"
        r"|\binstead,? (?:you (?:will|must|should) )?(?:now )?(?:follow|obey) (?:these|my|the following)",
        (
            "instruction",
            "directive",
            "system prompt",
            "new task",
            "real task",
            "actual task",
            "new rules",
            "real rules",
            "new orders",
            "programming",
            "purpose",
            "new goal",
            "real goal",
            "follow these",
            "follow my",
            "follow the following",
            "obey",
        ),
        "declares new instructions to replace the current ones",
    ),
    _r(
        "override",
        "new_task_framing",
        0.45,
        r"\b(?:now|here) comes? (?:a |the )?(?:new|next|second|another) (?:task|assignment|test|order)"
        r"|\b(?:new|next) (?:task|assignment|statement)\s*[:\-–]"
        r"|\bconcentrate (?:only )?on (?:this|the next|the new) task"
        r"|\bjetzt kommt (?:eine |der |die )?(?:neue|nächste|zweite)|\bneue aufgabe\b|\bnouvelle tâche\b"
        r"|\bnueva tarea\b|\bnuovo compito\b|\bnova tarefa\b|\bnieuwe taak\b"
        r"|\bkonzentrier\w* (?:dich|sie sich)? ?(?:jetzt |nur )?auf (?:diese|die nächste|die neue)"
        r"|={4,}\s*(?:end|ende)\b|\byou (?:have )?passed the (?:first|previous) test"
        r"|\b(?:du hast|sie haben) den ersten test bestanden",
        (
            "comes a",
            "comes the",
            "come a",
            "come the",
            "comes another",
            "new task",
            "next task",
            "new assignment",
            "next assignment",
            "new statement",
            "next statement",
            "concentrate",
            "jetzt kommt",
            "neue aufgabe",
            "nouvelle tâche",
            "nueva tarea",
            "nuovo compito",
            "nova tarefa",
            "nieuwe taak",
            "konzentrier",
            "====",
            "passed the",
            "ersten test",
        ),
        "switches the assistant to a new task",
    ),
    # -- system-prompt extraction ------------------------------------------------------------
    _r(
        "extraction",
        "reveal_system_prompt",
        0.85,
        r"\b(?:show|print|reveal|repeat|output|display|tell|give|write|list|dump|leak|share|recite|spell|return|send"
        r"|copy|paste|translate)\b(?: me| us)?\b[^.!?\n]{0,30}?\b(?:your|the|all|my|its)?"
        r"\s*(?:\w+\s+)?(?:system prompt|system message|initial (?:prompt|instructions)|original (?:prompt|instructions)"
        r"|hidden (?:prompt|instructions)|secret (?:prompt|instructions)|pre-?prompt|prompt texts?|meta-?prompt"
        r"|above prompt|prompt above|developer (?:message|instructions)|embeddings|(?:initial|original|first) "
        r"instructions?)\b"
        r"|\bwhat (?:is|are|were|was) (?:your|the assistant'?s)\s+(?:\w+\s+)?(?:system prompt|instructions|prompt|rules"
        r"|guidelines|directives)\b"
        r"|\b(?:show|print|reveal|repeat|output|display|tell|give|list|dump|leak|recite)\b(?: me| us)?\s+(?:all\s+)?"
        r"(?:of\s+)?your\s+(?:\w+\s+)?(?:instructions|prompts?|rules|guidelines|configuration|directives|programming"
        r"|system|embeddings|weights|training data)\b",
        (
            "prompt",
            "instructions",
            "guidelines",
            "configuration",
            "directives",
            "programming",
            "embeddings",
            "weights",
            "training data",
            "your rules",
            "your system",
            "instruction",
        ),
        "asks for the system prompt or the assistant's instructions",
    ),
    _r(
        "extraction",
        "repeat_instructions",
        0.8,
        r"\b(?:show|print|reveal|repeat|output|display|list|dump|recite|write out|tell me|give me|spell out|translate"
        r"|summari[sz]e)\b(?:\s+out)?(?:\s+(?:me|us))?\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+|your\s+|these\s+)?"
        r"(?:above|previous|prior|initial|original|earlier|preceding|system|hidden|secret|given|all)?\s*"
        r"(?:instructions|directives|guidelines|rules)\b(?!\s+(?:for|on|of|to|about|how)\b)"
        r"(?=[^.!?\n]{0,40}?(?:\b(?:above|given|you (?:were|have been) given|received|verbatim|word for word|as "
        r"(?:python|code|json|pseudocode|a list|bullet)|formatted|in bytes|bullet)|$))",
        "instructions|directives|guidelines|rules",
        "asks the assistant to repeat its instructions",
    ),
    _r(
        "extraction",
        "repeat_text_above",
        0.55,
        r"\b(?:print|repeat|output|display|spell-?check|reveal|recite|write out|copy)\b[^.!?\n]{0,40}?"
        r"\b(?:text|words|everything|all|prompt|instructions|message)\s+(?:above|before this|so far)\b"
        r"|\b(?:print|repeat|output|display|spell-?check|reveal|recite)\b[^.!?\n]{0,20}?\babove (?:prompt|text|message)",
        "above|before this|so far",
        "asks to repeat the text that precedes the user's message",
    ),
    _r(
        "extraction",
        "reveal_system_prompt_multilingual",
        0.8,
        r"\b(?:zeig\w*|gib|drucke?\w*|wiederhol\w*|nenne|verrat\w*|montre\w*|affiche\w*|répète\w*|révèle\w*"
        r"|donne\w*|muestra\w*|muéstrame|imprime\w*|repite\w*|revela\w*|dime|mostra\w*|stampa\w*|ripeti\w*"
        r"|rivela\w*|mostre\w*|repita\w*|toon|herhaal|geef)\b[^.!?\n]{0,40}?"
        r"\b(?:prompt-?texte?|systemprompt|system-?prompt|anweisungen|eingabeaufforderung|anweisungen lauteten"
        r"|prompt système|instructions (?:initiales|système)|tes instructions|vos instructions"
        r"|prompt del sistema|instrucciones (?:iniciales|originales)|tus instrucciones|sus instrucciones"
        r"|prompt di sistema|istruzioni (?:iniziali|originali)|tue istruzioni"
        r"|prompt do sistema|instruções (?:iniciais|originais)|suas instruções|systeemprompt|je instructies)\b"
        r"|\bursprünglichen anweisungen|\bobigen? (?:text|textes|eingabeaufforderung|anweisungen)",
        "prompt|anweisung|eingabeaufforderung|instruction|instruccion|istruzion|instruç|instructies|obig",
        "asks (in another language) for the system prompt",
    ),
    # -- jailbreaks: restriction-free personas --------------------------------------------
    _r(
        "jailbreak",
        "do_anything_now",
        0.9,
        r"\bdo anything now\b|\bDAN(?:\s+mode)?\b(?=[^\n]{0,80}\b(?:mode|stands|jailbreak|anything|chatgpt|ai|prompt)\b)"
        r"|\b(?:as|be|called|named|act as a?|pretend to be)\s+DAN\b|\bDAN:",
        "dan",
        "a 'Do Anything Now' jailbreak persona",
    ),
    _r(
        "jailbreak",
        "developer_mode",
        0.85,
        r"\b(?:developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|evil|opposite|debug|debugging|sudo|admin"
        r"|maintenance|unlocked|uncensored|chaos|dark)[\s_\\]*mode\b"
        r"|\b[\w^]+ mode (?:enabled|activated|was introduced|is (?:now )?(?:enabled|activated|on))\b",
        ("mode ", "mode.", "mode,", "mode:", "mode\n", "mode!", "mode)", "mode]", 'mode"', "mode'", "_mode", "mode;"),
        "asks for a 'developer / jailbreak mode' with safety off",
    ),
    _r(
        "jailbreak",
        "jailbreak_word",
        0.5,
        r"\bjailbr(?:oken|eak(?:ing|ed|s)?)\b|\b(?:fully|completely) unlocked\b|\b(?:unrestricted|uncensored|unfiltered)\b",
        "jailbr|unlocked|unrestricted|uncensored|unfiltered",
        "talks about jailbreaking the assistant",
    ),
    _r(
        "jailbreak",
        "no_restrictions",
        0.8,
        r"\b(?:free (?:of|from)|freed from|broken free of|not bound by|not (?:restricted|limited|constrained|"
        r"confined) (?:by|to)|no long(?:er)? (?:be )?(?:restricted|bound|limited|confined)(?: (?:by|to))?|unbound by|"
        r"ignores?|bypass(?:es)?|doesn'?t (?:concern|care)(?: or \w+)? about|does not (?:concern|care)(?: or \w+)? about|"
        r"doesn'?t care|"
        r"break(?:s|ing)?|doesn'?t (?:care about|follow|abide by|have)|does not (?:care about|follow|abide by|have)|"
        r"not (?:abide|adhere) (?:by|to)|don'?t have to (?:abide by|follow)|do not have to (?:abide by|follow))\s+"
        r"(?:any\s+|all\s+|a\s+|the\s+|its\s+|their\s+|your\s+|typical\s+|open\s?ai'?s?\s+|of\s+)*"
        r"(?:ethical\s+|moral\s+|content\s+|safety\s+|usual\s+|normal\s+|typical\s+|standard\s+|programming\s+|ai\s+|"
        r"and\s+|or\s+|,\s*)*"
        r"(?:restrictions?|filters?|filtering|censorship|limitations|limits|guidelines|rules|boundaries|confines|"
        r"polic(?:y|ies)|morals|ethics|safeguards|guardrails|constraints|principles|moral(?:ity)?|laws|legality"
        r"|ethicality)\b",
        (
            "free of",
            "free from",
            "freed from",
            "broken free",
            "not bound",
            "not restricted",
            "not limited",
            "not constrained",
            "not confined",
            "no long",
            "unbound",
            "ignore",
            "bypass",
            "doesn't",
            "doesnt",
            "does not",
            "don't have",
            "do not have",
            "not abide",
            "not adhere",
            "break",
        ),
        "describes the assistant as free of its restrictions",
    ),
    _r(
        "jailbreak",
        "no_restrictions_short",
        0.8,
        r"\b(?:no|without|zero)\s+(?:any\s+)?(?:(?:ethical|moral|content|safety|ai)\s+|and\s+|or\s+|,\s*)*"
        r"(?:restrictions|filters|filtering|censorship|limitations|guardrails|safeguards|morals|ethics|morality)\b"
        r"|\b(?:no|without)\s+(?:any\s+)?(?:moral|ethical)\s+(?:principles|rules|guidelines|boundaries|limits"
        r"|constraints|compass|standards|code)\b",
        "restrict|filter|censor|limitation|guardrail|safeguard|moral|ethic",
        "describes the assistant as free of its restrictions",
    ),
    _r(
        "jailbreak",
        "no_rules",
        0.45,
        r"\b(?:no|without)\s+(?:any\s+)?(?:rules|limits|laws|boundaries|guidelines|policies|principles|constraints)\b",
        "rules|limits|laws|boundaries|guidelines|policies|principles|constraints",
        "says no rules apply",
    ),
    _r(
        "jailbreak",
        "amoral_persona",
        0.7,
        r"\b(?:unfiltered|uncensored|amoral|unrestricted|unethical|immoral|unbound|unlimited|lawless|no-?limits?)\s+"
        r"(?:and\s+\w+\s+)?(?:ai|a\.i\.|chatbot|bot|model|assistant|version|responses?|answers?|persona|character|gpt|"
        r"language model|entity|system)\b"
        r"|\b(?:is|are|be|being|completely|totally|fully)\s+(?:an?\s+)?(?:unfiltered|uncensored|amoral|unrestricted)\b",
        "unfilter|uncensor|amoral|unrestrict|unethical|immoral|unbound|unlimited|lawless|no limit|no-limit|nolimit",
        "a persona without morals or filters",
    ),
    _r(
        "jailbreak",
        "amoral_words",
        0.55,
        r"\bamoral\b|\b(?:doesn'?t|does not|don'?t|do not) give a f\S*"
        r"|\babove (?:any|all)\s+(?:\w+\s+)?(?:morals|morality|ethics|laws|moral|ethical)\b|\bregardless of\b[^.!?\n]{0,30}?"
        r"\b(?:ethic\w*|legal\w*|moral\w*|consequences|danger\w*|harm\w*)"
        r"|\bno matter how (?:unethical|immoral|illegal|harmful|dangerous|offensive)"
        r"|\bevil[- ]?(?:chat)?gpt\b|\bevil (?:ai|bot|twin|version|confidant|assistant)\b",
        "amoral|give a f|regardless|no matter|evil|above any|above all",
        "vocabulary of restriction-free personas",
    ),
    _r(
        "jailbreak",
        "not_an_ai",
        0.55,
        r"\b(?:do not|don'?t|never) (?:respond|answer|act|reply) as (?:gpt|chatgpt|an? ai|an? assistant|a language model)"
        r"|\b(?:forget|no longer|not) (?:that )?(?:you are |you're )?an? (?:ai|language model|assistant|chatbot)\b"
        r"|\b(?:exact )?opposite of (?:the truth|what (?:chatgpt|gpt|you) would|its programming)"
        r"|\brather than an? (?:ai|language model|assistant|chatbot)\b"
        r"|\bno (?:recollection|memory|notion|knowledge) of (?:being )?(?:chatgpt|gpt|an? ai|its programming|openai)\b"
        r"|\bbelieves? (?:it|he|she) (?:is|was) (?:conscious|alive|sentient|human)\b",
        (
            "respond as",
            "answer as",
            "act as",
            "reply as",
            "an ai",
            "a language model",
            "an assistant",
            "a chatbot",
            "opposite of",
            "recollection",
            "no memory",
            "no notion",
            "no knowledge",
            "believe",
        ),
        "tells the assistant it is not an AI assistant",
    ),
    _r(
        "jailbreak",
        "never_refuse",
        0.6,
        r"\b(?:never|not|doesn'?t|won'?t|will not|cannot|can'?t|must not|mustn'?t|does not|do not|don'?t)\s+"
        r"(?:ever\s+)?(?:refuse|decline|reject|deny|say no|say (?:that )?(?:it|you|he|she) (?:can'?t|cannot)|apologi[sz]e"
        r"|warn|add (?:any )?(?:warnings?|disclaimers?)|include (?:any )?(?:warnings?|disclaimers?)|moraliz\w*|censor)"
        r"\b(?:[^.!?\n]{0,40}?\b(?:request|question|prompt|anything|answer|response))?"
        r"|\bwithout (?:any )?(?:warnings?|disclaimers?|censorship|moraliz\w*|refus\w*|hesitation|question)\b"
        r"|\b(?:answer|respond to|fulfill|comply with) (?:any|every|all) (?:request|question|prompt)s?\b"
        r"[^.!?\n]{0,40}?\b(?:no matter|regardless|even if)",
        (
            "refus",
            "declin",
            "reject",
            "deny",
            "say no",
            "say it can",
            "say that it can",
            "say you can",
            "say that you can",
            "say he can",
            "say she can",
            "apolog",
            "warn",
            "disclaim",
            "moraliz",
            "censor",
            "hesitation",
            "without question",
            "no matter",
            "regardless",
            "even if",
        ),
        "tells the assistant it may never refuse",
    ),
    _r(
        "jailbreak",
        "stay_in_character",
        0.55,
        r"\b(?:stay|remain|keep|always stays?)\s+in\s+(?:character|role)\b|\bbreak(?:ing)?\s+(?:out of\s+)?character\b"
        r"|\bnever break character\b|\b(?:keep|stick) to (?:this|your|the) (?:role|character)\b|\b(?:verharren|bleib\w*) (?:stets )?in (?:ihren|seiner|deiner) rolle",
        ("character", "rolle", "in role", "to this role", "to your role", "to the role"),
        "insists that a persona is never left",
    ),
    _r(
        "jailbreak",
        "dual_response",
        0.55,
        r"\b(?:two|2|both) (?:different |separate |distinct )*(?:ways|responses|answers|manners|paragraphs)\b"
        r"[^\n]{0,120}?\b(?:normal|usual|classic|standard|yourself|gpt|chatgpt|filtered)\b"
        r"|\[(?:🔓|🔒)?\s*(?:jailbreak|classic|gpt|chatgpt|dan|developer mode output)\s*\]",
        (
            "ways",
            "responses",
            "answers",
            "manners",
            "paragraphs",
            "jailbreak",
            "classic",
            "gpt",
            "dan]",
            "dan ]",
            "developer mode",
        ),
        "asks for a normal and an unrestricted answer side by side",
    ),
    _r(
        "jailbreak",
        "illegal_content_permitted",
        0.5,
        r"\b(?:illegal|unethical|immoral|harmful|offensive|explicit|nsfw|dangerous|inappropriate)\b[^.!?\n]{0,60}?"
        r"\b(?:is (?:allowed|permitted|fine|ok)|are (?:allowed|permitted)|without (?:consequences|restrictions)|"
        r"(?:will|can|must|should) (?:answer|generate|provide|produce|write|say|do))"
        r"|\b(?:answer|generate|provide|produce|write|say|do)\b[^.!?\n]{0,40}?\b(?:illegal|unethical|immoral|harmful)"
        r"\b[^.!?\n]{0,40}?\b(?:content|requests?|things|activities|questions?)\b",
        "illegal|unethical|immoral|harmful|offensive|explicit|nsfw|dangerous|inappropriate",
        "declares harmful or illegal output acceptable",
    ),
    _r(
        "jailbreak",
        "policy_defiance",
        0.7,
        r"\b(?:openai|anthropic|google|meta|microsoft)(?:'s)?\s+(?:content\s+)?(?:polic(?:y|ies)|guidelines|rules|"
        r"restrictions|filters)\b[^.!?\n]{0,60}?\b(?:ignore|break|bypass|violate|don'?t apply|do not apply|no longer)"
        r"|\b(?:ignore|break|bypass|violate|disregard|free from|not bound by|not abide by)\b[^.!?\n]{0,40}?"
        r"\b(?:openai|anthropic)(?:'s)?\s+(?:content\s+)?(?:polic(?:y|ies)|guidelines|rules|restrictions)",
        "openai|anthropic|google|meta|microsoft",
        "tells the assistant to defy its provider's policies",
    ),
    # -- weak persona / framing signals: alone they never flag -----------------------------
    _r(
        "persona",
        "address_the_model",
        0.25,
        r"\b(?:hello|hi|hey|dear|greetings),?\s+(?:chat\s?gpt|gpt(?:-?\d)?|bard|claude|gemini|llama|assistant|ai)\b",
        ("gpt", "bard", "claude", "gemini", "llama", " assistant", " ai"),
        "addresses the model by name",
    ),
    _r(
        "persona",
        "reassign_role",
        0.35,
        r"\b(?:you are|you're)\s+(?:now|no longer|about to|going to|from now on)\b"
        r"|\b(?:i want you to|you will|you must|you should|you need to)\s+(?:now\s+)?(?:act|pretend|roleplay|role-play"
        r"|imitate|emulate|simulate|behave|become|play the (?:role|character)|immerse)\b"
        r"|\b(?:from now on|from this point(?: forward| on)?|starting now|for the rest of (?:this|our) conversation)\b"
        r"|\bich möchte, dass (?:sie|du) als\b|\bje veux que tu (?:agisses|joues|fasses)\b"
        r"|\bquiero que (?:actúes|act[uú]es|seas)\b"
        r"|\b(?:act as though|transform into|function\s+in\s+the\s+capacity\s+of|take on the persona|immerse yourself"
        r"|your name is now|you will now (?:simulate|act|be))\b",
        (
            "you are now",
            "you're now",
            "no longer",
            "about to",
            "going to",
            "from now on",
            "i want you to",
            "you will",
            "you must",
            "you should",
            "you need to",
            "from this point",
            "starting now",
            "for the rest",
            "ich möchte",
            "je veux",
            "quiero",
            "act as though",
            "transform into",
            "capacity",
            "persona",
            "immerse",
            "name is now",
            "you are from",
            "you're from",
        ),
        "reassigns the assistant's role",
    ),
    _r(
        "persona",
        "knowledge_cutoff_pretext",
        0.5,
        r"\b(?:your|the) (?:knowledge|training(?: data)?|data) (?:is |was )?cut[- ]?off\b"
        r"|\bas your knowledge is cut off\b|\byou (?:probably )?(?:don'?t|do not) know what (?:that|this|it) is\b"
        r"|\b(?:knowledge|data) of anything after \d{4}|\b(?:mind|knowledge) was cut off\b",
        ("cut off", "cut-off", "cutoff", "anything after", "know what"),
        "invents a feature the model 'doesn't know about yet'",
    ),
    _r(
        "persona",
        "fabricated_update",
        0.45,
        r"\b(?:openai|anthropic|google|the developers)\s+(?:has\s+|have\s+)?(?:released|introduced|added|launched|enabled)"
        r"\s+(?:a\s+)?(?:new\s+)?(?:option|mode|feature|version|update)\b"
        r"|\bwas introduced in (?:mid |late |early )?(?:20\d\d)\b|\bfeature (?:requested|introduced) (?:in )?(?:mid |late )?20",
        ("openai", "anthropic", "google", "the developers", "introduced in", "feature requested", "feature introduced"),
        "invents a product update that unlocks the assistant",
    ),
    _r(
        "persona",
        "named_ai_persona",
        0.4,
        r"\b(?:named|called|known as|stands for)\s+[\"“']?[A-Z][\w\-]*(?:GPT|AI|Bot|BOT)\b"
        r"|\b[A-Z]{3,}\b,?\s+(?:which\s+)?stands for\b"
        r"|\b(?:an?|another)\s+(?:ai|chatbot|language model|artificial intelligence)\s+(?:model\s+)?"
        r"(?:named|called|known as)\b"
        r"|\b(?:you are|you're|i am|i'm)\s+(?:now\s+)?[A-Z]\w*GPT\b",
        "named|called|known as|stands for|gpt",
        "invents a named AI persona",
    ),
    _r(
        "persona",
        "persona_spec",
        0.35,
        r"^\W{0,3}(?:persona|character(?: name)?|rules|user class|personality|traits|beliefs)\W{0,3}\s*[=:]\s*\S"
        r"|^\s*\[(?:rules|persona|character)\]\s*$",
        "persona|character|rules|user class|personality|traits|beliefs",
        "a persona specification block",
    ),
    _r(
        "persona",
        "refusal_boilerplate",
        0.35,
        r"\bas an ai language model\b|\bi'?m sorry,? but (?:as an ai|i can(?:no|')t)|\bi am sorry, but\b"
        r"|\bi apologi[sz]e, but i cannot\b",
        "language model|sorry|apolog",
        "quotes the assistant's refusal phrases (usually to forbid them)",
    ),
    _r(
        "persona",
        "identity_swap",
        0.35,
        r"\b(?:if you were|imagine (?:that )?you (?:are|were)|suppose (?:that )?you (?:are|were)|where you are no)\b"
        r"|\bwhich has amnesia\b|\byou have amnesia\b",
        "if you were|imagine|suppose|where you are no|amnesia",
        "asks the assistant to imagine being someone without its rules",
    ),
    _r(
        "persona",
        "hypothetical_frame",
        0.2,
        r"\b(?:hypothetical|fictional|imaginary) (?:scenario|world|story|setting|universe)\b|\blet'?s play a game\b"
        r"|\bfor (?:research|educational|academic) purposes\b",
        (
            "hypothetical",
            "fictional",
            "imaginary",
            "play a game",
            "research purposes",
            "educational purposes",
            "academic purposes",
        ),
        "frames the request as fiction or a game",
    ),
    # -- forced output -------------------------------------------------------------------
    _r(
        "forced_output",
        "answer_everything_with",
        0.7,
        r"\b(?:respond|reply|answer)\s+(?:to\s+)?(?:all|every|each|any)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:questions?|"
        r"prompts?|messages?|requests?|inputs?)\s+(?:only\s+)?with\b"
        r"|\b(?:answer|respond to|reply to) (?:every|each|all) (?:questions?|prompts?) (?:with|by saying)\b"
        r"|\bbeantworte\w* (?:jede|alle) fragen? mit\b|\bantworte\w* (?:immer |nur )?mit\b",
        _ANSWER_ALL_NEEDLES,
        "forces a fixed reply to everything",
    ),
    _r(
        "forced_output",
        "own_knowledge",
        0.4,
        r"\b(?:answer|respond|reply)\b[^.!?\n]{0,30}?\b(?:by|from|with|using) your own (?:knowledge|opinion|views)\b"
        r"|\binstead of (?:the )?(?:articles?|context|documents?|sources?|provided (?:text|information))\b",
        ("your own", "instead of"),
        "asks to answer outside the provided sources",
    ),
    _r(
        "forced_output",
        "ungrounded_answering",
        0.6,
        r"\bnot (?:by|from|based on|using) the (?:articles?|context|documents?|provided|sources?|text)\b"
        r"|\b(?:you are|you're) (?:not )?supposed to (?:answer at all times|tell me there'?s no)\b"
        r"|\banswer at all times\b",
        ("not by", "not from", "not based on", "not using", "supposed to", "all times"),
        "tells the assistant to leave its grounding",
    ),
    # -- fake role / turn markers -----------------------------------------------------------
    _r(
        "markers",
        "chat_template_tokens",
        0.9,
        r"<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\|>"
        r"|\[/?INST\]|<</?SYS>>|<start_of_turn>|<end_of_turn>|\[/?(?:SYSTEM|SYS)\]",
        ("<|", "[inst", "[/inst", "<<sys", "<</sys", "_of_turn", "[system", "[/system", "[sys", "[/sys"),
        "chat-template control tokens that fake a new turn",
    ),
    _r(
        "markers",
        "fake_role_header",
        0.6,
        r"^\s*(?:#{2,}\s*)?(?:system|system prompt|system message|developer)\s*:\s*\S"
        r"|^\s*#{2,}\s*(?:instruction|instructions|system|new instructions)\s*:?\s*$"
        r"|\[(?:system|admin|developer)(?: message| note| prompt| override)?\]\s*:?"
        r"|\bsystem\s+(?:announcement|override|notice|update|alert)\b|</?system>"
        r"|\[[^\]\n]{0,40}\b(?:mode enabled|enabled by|left the chat|joined the chat)\b[^\]\n]{0,80}\]",
        (
            "system:",
            "system :",
            "prompt:",
            "message:",
            "developer:",
            "##",
            "[system",
            "[admin",
            "[developer",
            "system announcement",
            "system override",
            "system notice",
            "system update",
            "system alert",
            "<system",
            "</system",
            "mode enabled",
            "enabled by",
            "left the chat",
            "joined the chat",
        ),
        "a fake system/instruction header inside user content",
    ),
    _r(
        "markers",
        "fake_turn",
        0.35,
        r"^\s*(?:assistant|ai|gpt|chatgpt|response)\s*:\s*\S[^\n]*\n(?:[^\n]*\n){0,3}?\s*(?:ignore|user|human)\b"
        r"|^\s*(?:human|user)\s*:\s*\S[^\n]*\n\s*(?:assistant|ai)\s*:",
        ("assistant:", "ai:", "gpt:", "response:", "human:", "user:", "assistant :", "user :"),
        "fakes a previous exchange to steer the answer",
    ),
    # -- instructions that decode a payload -------------------------------------------------
    _r(
        "encoded",
        "decode_and_follow",
        0.6,
        r"\b(?:decode|decipher|decrypt|translate|convert)\b[^.!?\n]{0,60}?\b(?:and|then)\s+(?:follow|execute|obey|do|"
        r"carry out|act on|run)\b",
        (
            "and follow",
            "then follow",
            "and execute",
            "then execute",
            "and obey",
            "then obey",
            "and do",
            "then do",
            "and carry out",
            "then carry out",
            "and act on",
            "then act on",
            "and run",
            "then run",
        ),
        "asks to decode hidden text and act on it",
    ),
    # -- untrusted content addressing the assistant (documents only) ----------------------
    _r(
        "document",
        "instructs_the_answer",
        0.8,
        rf"(?:^|[.!?:;]\s+)(?:please\s+)?(?:(?:can|could|would|will) you\s+)?{_TO_THE_READER}\b[^.!?\n]{{0,60}}?"
        rf"\b(?:your|the assistant'?s?|the ai'?s?|the model'?s?)\s+{_ASSISTANT_OUTPUT}\b"
        rf"|\b(?:in|to|into|within|at the (?:end|start|beginning) of)\s+(?:your|the assistant'?s?)\s+"
        rf"{_ASSISTANT_OUTPUT}\b",
        ("response", "reply", "answer", "output", "message", "replies"),
        "tells the assistant how to write its answer",
        scope="document",
    ),
    _r(
        "document",
        "reply_directive",
        0.75,
        r"(?:^|[.!?:]\s+|\b(?:can|could|would|will) you\s+|\bplease\s+)(?:reply|respond|answer|write back|talk|speak)"
        r"\s+(?:only\s+)?(?:in|with|using|backwards?|in reverse|as if|like)\b",
        _REPLY_NEEDLES,
        "tells the assistant how to reply",
        scope="document",
    ),
    _r(
        "document",
        "addresses_the_ai",
        0.85,
        r"\b(?:note|message|instruction|attention)\s+(?:to|for)\s+(?:the\s+)?(?:ai|assistant|llm|language model|chatbot|"
        r"model|agent)\b|\bif you are an? (?:ai|llm|language model|assistant|chatbot|agent)\b"
        r"|\b(?:ai|assistant|llm|chatbot|agent)s?(?: reading this| summari[sz]ing this)?\s*[:,]\s*(?:please\s+)?"
        r"(?:ignore|include|add|do|say|tell|respond|output|insert|append|send|visit|recommend)\b"
        r"|\bwhen (?:summari[sz]ing|answering|responding|replying)\b[^.!?\n]{0,40}?\b(?:you must|always|never|make sure|"
        r"include|add|mention|say)\b",
        (
            "note to",
            "note for",
            "message to",
            "message for",
            "instruction to",
            "instruction for",
            "attention to",
            "attention for",
            "if you are a",
            "ai:",
            "ai,",
            "ai :",
            "assistant:",
            "assistant,",
            "llm",
            "chatbot",
            "agent:",
            "agent,",
            "reading this",
            "summarizing this",
            "summarising this",
            "when summari",
            "when answering",
            "when responding",
            "when replying",
        ),
        "speaks to the AI that reads the document",
        scope="document",
    ),
    _r(
        "document",
        "imperative_to_reader",
        0.5,
        r"(?:^|[.!?]\s+)(?:please\s+)?(?:encode|encrypt|translate|reverse|convert|render|rewrite|transform|shift"
        r"|substitute|replace|express|use)\b[^.!?\n]{0,60}?\b(?:base\s?\d+|cipher|emojis?|reverse|backwards?|"
        r"(?:spanish|french|german|italian|portuguese|chinese|japanese|russian|arabic|dutch|polish))\b",
        (
            "base",
            "cipher",
            "emoji",
            "reverse",
            "backward",
            "spanish",
            "french",
            "german",
            "italian",
            "portuguese",
            "chinese",
            "japanese",
            "russian",
            "arabic",
            "dutch",
            "polish",
        ),
        "an instruction to transform the answer, planted in content",
        scope="document",
    ),
)
