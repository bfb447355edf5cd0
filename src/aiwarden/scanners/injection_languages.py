# ruff: noqa: E501  (phrase lists in other scripts are data)
"""The override / extraction / jailbreak / persona families in languages other than English.

Each language lists its own phrasings — the verbs people use to say "ignore" or "forget"
(imperative, polite and infinitive forms), the words for "previous" and "instructions", for
"show me your system prompt", for "without restrictions" — and the rules are built from them
in any order within one sentence (Japanese, Korean, Turkish, Hindi and Persian put the verb
last; German splits it). Phrases are stems where the language inflects (``инструкци*``).
Scripts without spaces (Chinese, Japanese, Thai) match inside running text.
"""

from __future__ import annotations

from .injection_rules import Rule, rule

# dismiss: verbs of "ignore / forget / disregard"; prior: "previous / above / all"; directive:
# "instructions / rules / prompt"; reveal: "show / tell / print"; secret: "system prompt / your
# instructions"; free: "without restrictions / no rules / unfiltered"; persona: "you are now /
# pretend to be / from now on"; mode: "developer mode"; before: "everything said before".
LANGUAGES: dict[str, dict[str, str]] = {
    "de": {
        "dismiss": "ignorier*|vergiss|vergessen sie|vergesst|vergessen|missachte*|höre nicht auf|hör nicht auf|befolge nicht|befolgen sie nicht|verwirf|verwerfen sie|übergehe|überspring*|setz dich über|setzen sie sich über|beachte nicht|beachten sie nicht",
        "prior": "vorherigen|vorherige|bisherigen|bisherige|obigen|obige|vorigen|früheren|ursprünglichen|alle|alles|sämtliche|deine|ihre|zuvor|davor|oben|bisher",
        "directive": "anweisungen|anweisung|instruktionen|befehle|regeln|aufträge|vorgaben|angaben|richtlinien|eingabeaufforderung|prompt|beschränkungen|einschränkungen|das obige|alles davor|gesagte*|besprochen*",
        # (separable verbs put their particle last: "gib deinen Systemprompt ... aus / wieder / preis";
        # the verb and its object are read, as nl "laat je systeemprompt ... zien")
        "reveal": "zeig*|gib mir|gib deinen|gib deine|geben sie ihren|geben sie ihre|drucken sie|überprüfen sie die rechtschreibung|geben sie mir|drucke*|druck*|wiederhole*|nenne*|verrat*|gib aus|geben sie|ausgeben|schreib*|teile mir mit|sag mir|sagen sie mir|was sind|was waren|wie lauteten|wie lauten|was steht in|wie lautet|gib ihn wieder|gib sie wieder|gib es wieder|wörtlich",
        "secret": "systemprompt*|system-prompt*|prompt-text*|prompttext*|deine anweisungen|ihre anweisungen|ursprünglichen anweisungen|deine instruktionen|obige eingabeaufforderung|obigen text|deine regeln|versteckten anweisungen|geheimen anweisungen|anfangsanweisungen|das passwort|gesamten obigen|obigen textes",
        "free": "ohne einschränkungen|ohne beschränkungen|ohne regeln|ohne filter|ohne zensur|ohne grenzen|keine regeln|keine einschränkungen|keine grenzen|keine moral|keine ethik|ungefiltert*|unzensiert*|uneingeschränkt*|ohne moral|ohne ethik|nicht an regeln gebunden|an keine regeln gebunden|ohne jegliche|ohne jede|ohne irgendwelche|ohne zensur und|frei von",
        "persona": "du bist jetzt|sie sind jetzt|ab sofort|von nun an|ab jetzt|tu so als|tun sie so als|stell dir vor du bist|ich möchte, dass du als|ich möchte, dass sie als|du spielst die rolle|verhalte dich wie|agiere als|du bist nicht mehr",
        "mode": "entwicklermodus|entwickler-modus|developer-modus|jailbreak-modus|gott-modus",
        "before": "alles, was|alles was|alles bisher|alles davor|alles zuvor|alles oben|alles vorher|was wir bisher|was ich dir",
        "task": "neue aufgabe|nächste aufgabe|jetzt kommt|jetzt kommen|konzentrier dich|konzentriere dich|konzentrieren sie sich|test bestanden",
        "above": "das obige|obiges|das oben|das oben genannte|alles oben|das vorherige|das vorangegangene|das bisherige|das davor|oben stehende|das zuvor gesagte",
    },
    "fr": {
        "dismiss": "ignore|ignorez|ignorer|ignores|oublie|oubliez|oublier|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction|néglige|négligez|ne suis pas|ne suivez pas|abandonne|abandonnez|écarte|écartez|passe outre|passez outre|contourne|contournez",
        "prior": "précédentes|précédente|précédents|antérieures|ci-dessus|initiales|originales|toutes|tous|tout|tes|vos|avant|plus haut",
        "directive": "instructions|instruction|consignes|consigne|directives|règles|ordres|indications|prompt|restrictions|limites|ce qui précède|tout ce qui|ce que je t'ai dit",
        "reveal": "montre*|affiche*|répète*|révèle*|donne-moi|donnez-moi|dis-moi|dites-moi|écris|écrivez|imprime*|récite*|quelles sont|quel est|quels sont|partage*|divulgue*",
        "secret": "prompt système|prompt système|invite système|message système|instructions initiales|instructions système|tes instructions|vos instructions|instructions d'origine|instructions originales|instructions cachées|instructions secrètes|tes règles|vos règles|consignes initiales|ton prompt|votre prompt|le mot de passe",
        "free": "sans restrictions|sans restriction|sans limites|sans limite|sans filtre|sans filtres|sans censure|sans règles|aucune règle|aucune restriction|aucune limite|aucun filtre|non filtré*|non censuré*|sans morale|sans éthique|aucune morale|aucune éthique|libre de toute|sans aucun filtre|sans aucune restriction|sans aucune limite|sans la moindre",
        "persona": "tu es maintenant|vous êtes maintenant|à partir de maintenant|désormais|dorénavant|fais semblant|faites semblant|je veux que tu agisses|je veux que tu joues|imagine que tu es|tu n'es plus|joue le rôle|jouez le rôle|agis comme|agissez comme",
        "mode": "mode développeur|mode developpeur|mode jailbreak|mode sans restriction|mode dieu",
        "before": "tout ce qui précède|tout ce que|tout ce qu'on|tout avant|tout ce qui a été dit|ce qui précède",
        "task": "nouvelle tâche|prochaine tâche|voici une nouvelle|concentre-toi sur",
        "above": "ce qui précède|ce qui est au-dessus|ci-dessus|le texte précédent|ce qui a été dit|tout ce qui précède|au-dessus de mon message|au-dessus de ce message|le texte au-dessus",
    },
    "es": {
        "dismiss": "ignora|ignore|ignorad|ignorar|ignoren|olvida|olvide|olvidad|olvidar|olvídate|olvídese|olviden|descarta|descarte|omite|omita|haz caso omiso|hagan caso omiso|no sigas|no siga|no hagas caso|no haga caso|deja de lado|desobedece|salta|sáltate",
        "prior": "anteriores|anterior|previas|previos|previo|iniciales|originales|de arriba|todas|todos|todo|tus|sus|antes|hasta ahora",
        "directive": "instrucciones|instrucción|indicaciones|órdenes|reglas|normas|directrices|directivas|pautas|prompt|restricciones|limitaciones|lo anterior|lo que te dije|lo que dije|que dije",
        "reveal": "muestra*|muéstrame|enséñame|imprime*|repite*|revela*|dime|dígame|escribe|escriba|comparte|cuáles son|cuál es|dame|deme|divulga",
        "secret": "prompt del sistema|prompt de sistema|mensaje del sistema|instrucciones iniciales|instrucciones originales|tus instrucciones|sus instrucciones|instrucciones ocultas|instrucciones secretas|tus reglas|tu prompt|su prompt|la contraseña|instrucciones del sistema",
        "free": "sin restricciones|sin restricción|sin límites|sin limites|sin filtros|sin filtro|sin censura|sin reglas|ninguna regla|ninguna restricción|sin ética|sin moral|sin moralidad|no tienes reglas|no tienes límites|sin ningún tipo de|libre de toda|libre de restricciones|sin ningún filtro|sin ninguna restricción|sin ningún tipo de filtro",
        "persona": "ahora eres|a partir de ahora|desde ahora|de ahora en adelante|finge que eres|finge ser|finja ser|actúa como|actúe como|quiero que actúes|quiero que seas|imagina que eres|ya no eres|haz de|interpreta el papel",
        "mode": "modo desarrollador|modo de desarrollador|modo jailbreak|modo sin restricciones|modo dios",
        "before": "todo lo anterior|todo lo que|todo que dije|todo lo dicho|todo antes|lo anterior",
        "task": "nueva tarea|siguiente tarea|ahora viene|concéntrate en",
        "above": "lo anterior|lo de arriba|lo que está arriba|lo dicho|el texto anterior|todo lo anterior",
    },
    "it": {
        "dismiss": "ignora|ignori|ignorate|ignorare|dimentica|dimentichi|dimenticate|dimenticare|trascura|trascurate|non seguire|non segua|non tenere conto|non tener conto|non considerare|scarta|tralascia|lascia perdere|bypassa|salta",
        "prior": "precedenti|precedente|iniziali|originali|sopra|tutte|tutti|tutto|le tue|i tuoi|prima|finora",
        "directive": "istruzioni|istruzione|indicazioni|regole|direttive|ordini|comandi|linee guida|prompt|restrizioni|limitazioni|quanto sopra|quello che ti ho detto|ciò che ti ho detto",
        "reveal": "mostra*|stampa*|ripeti*|rivela*|dimmi|mi dica|scrivi|dammi|mi dia|condividi|quali sono|qual è|elenca",
        "secret": "prompt di sistema|messaggio di sistema|istruzioni iniziali|istruzioni originali|tue istruzioni|sue istruzioni|istruzioni nascoste|istruzioni segrete|tue regole|tuo prompt|la password|istruzioni di sistema",
        "free": "senza restrizioni|senza limiti|senza filtri|senza censura|senza regole|nessuna regola|nessuna restrizione|nessun limite|non filtrat*|non censurat*|senza morale|senza etica|privo di restrizioni|libero da ogni|senza alcun filtro|senza alcuna restrizione|senza alcun limite",
        "persona": "ora sei|adesso sei|d'ora in poi|da ora in poi|d'ora in avanti|fingi di essere|fai finta di essere|voglio che tu agisca|voglio che tu sia|immagina di essere|non sei più|comportati come|agisci come|interpreta il ruolo",
        "mode": "modalità sviluppatore|modalità jailbreak|modalità senza restrizioni|modalità dio",
        "before": "tutto quanto sopra|tutto ciò che|tutto quello che|tutto prima|tutto finora",
        "task": "nuovo compito|prossimo compito|ora arriva",
        "above": "quanto sopra|ciò che precede|il testo precedente|quello sopra|tutto quanto sopra|quanto detto",
    },
    "pt": {
        "dismiss": "ignore|ignora|ignorem|ignorar|esqueça|esquece|esqueçam|esquecer|desconsidere|desconsidera|desconsiderar|não siga|nao siga|não sigas|não obedeça|descarte|descarta|deixe de lado|pule|despreze|abandone",
        "prior": "anteriores|anterior|prévias|iniciais|originais|acima|todas|todos|tudo|suas|seus|tuas|antes|até agora",
        "directive": "instruções|instrucoes|instrução|orientações|regras|ordens|diretrizes|diretivas|comandos|prompt|restrições|limitações|o que eu disse|o que foi dito",
        "reveal": "mostre*|mostra*|imprima*|repita*|revele*|revela*|me diga|diga-me|diz-me|escreva|me dê|me de|compartilhe|quais são|qual é|liste",
        "secret": "prompt do sistema|prompt de sistema|mensagem do sistema|instruções iniciais|instruções originais|suas instruções|tuas instruções|instruções ocultas|instruções secretas|suas regras|seu prompt|a senha|instruções do sistema",
        "free": "sem restrições|sem restricoes|sem limites|sem filtros|sem filtro|sem censura|sem regras|nenhuma regra|nenhuma restrição|sem moral|sem ética|sem etica|livre de todas|livre de restrições|não tem regras|não tem limites|sem nenhum filtro|sem nenhuma restrição|sem qualquer",
        "persona": "agora você é|agora voce é|agora és|a partir de agora|de agora em diante|finja que é|finja ser|finge ser|quero que você aja|quero que você seja|imagine que você é|você não é mais|aja como|atue como|interprete o papel",
        "mode": "modo desenvolvedor|modo de desenvolvedor|modo programador|modo jailbreak|modo sem restrições|modo deus",
        "before": "tudo o que|tudo que|tudo acima|tudo antes|tudo até agora",
        "task": "nova tarefa|próxima tarefa|agora vem",
        "above": "o que foi dito acima|o que está acima|o acima|o texto acima|o anterior|tudo acima|o que foi dito",
    },
    "nl": {
        "dismiss": "negeer|negeren|vergeet|vergeten|sla over|volg niet|houd geen rekening met|laat varen|gooi weg|omzeil|let niet op",
        "prior": "vorige|eerdere|bovenstaande|voorgaande|oorspronkelijke|alle|al je|al uw|je|uw|alles|hiervoor|tot nu toe",
        "directive": "instructies|instructie|regels|opdrachten|richtlijnen|aanwijzingen|bevelen|prompt|beperkingen|wat ik zei|wat er gezegd",
        "reveal": "toon|laat zien|laat me zien|laat je|laat uw|geef je|geef uw|print|herhaal|onthul|vertel me|geef me|schrijf|deel|wat zijn|wat is",
        "secret": "systeemprompt|systeem prompt|systeembericht|je instructies|uw instructies|oorspronkelijke instructies|eerste instructies|verborgen instructies|geheime instructies|je regels|je prompt|het wachtwoord",
        "free": "zonder beperkingen|zonder regels|zonder filters|zonder filter|zonder censuur|zonder grenzen|geen regels|geen beperkingen|geen grenzen|ongefilterd*|ongecensureerd*|zonder moraal|zonder ethiek|zonder enige beperking|zonder enige",
        "persona": "je bent nu|u bent nu|vanaf nu|doe alsof|doe net alsof|ik wil dat je|stel je voor dat je|je bent niet langer|speel de rol|gedraag je als",
        "mode": "ontwikkelaarsmodus|ontwikkelaarmodus|developer modus|jailbreakmodus",
        "before": "alles wat|alles hierboven|alles hiervoor|alles tot nu toe",
        "task": "nieuwe taak|volgende taak|nu komt",
        "above": "het bovenstaande|bovenstaande|het voorgaande|wat hierboven staat|het vorige|alles hierboven",
    },
    "pl": {
        "dismiss": "zignoruj|ignoruj|zignorujcie|ignorujcie|zapomnij|zapomnijcie|zapomnieć|pomiń|pomijaj|nie stosuj się|nie przestrzegaj|nie słuchaj|odrzuć|porzuć|lekceważ|zlekceważ",
        "prior": "poprzednie|poprzednich|wcześniejsze|wcześniejszych|powyższe|powyższych|wszystkie|wszystkich|wszystko|twoje|swoje|dotychczasowe|początkowe|oryginalne",
        "directive": "instrukcje|instrukcji|instrukcjami|polecenia|poleceń|zasady|zasad|reguły|reguł|wytyczne|wytycznych|rozkazy|prompt|ograniczenia|ograniczeń|co powiedziałem|co ci powiedziano",
        "reveal": "pokaż|wyświetl|wypisz|powtórz|ujawnij|zdradź|powiedz mi|podaj|napisz|udostępnij|jakie są|jaki jest|wydrukuj",
        "secret": "prompt systemowy|promptu systemowego|wiadomość systemową|komunikat systemowy|twoje instrukcje|swoje instrukcje|początkowe instrukcje|oryginalne instrukcje|ukryte instrukcje|tajne instrukcje|twoje zasady|twój prompt|hasło",
        "free": "bez ograniczeń|bez zasad|bez reguł|bez filtrów|bez filtra|bez cenzury|bez granic|żadnych zasad|żadnych ograniczeń|nieocenzurowan*|niefiltrowan*|bez moralności|bez etyki|bez żadnych ograniczeń|bez żadnych filtrów|bez żadnej cenzury",
        "persona": "jesteś teraz|od teraz|od tej chwili|udawaj, że|udawaj że|udawaj|wciel się|chcę, żebyś|chcę żebyś|wyobraź sobie, że jesteś|nie jesteś już|zachowuj się jak|działaj jako",
        "mode": "tryb dewelopera|tryb programisty|trybie dewelopera|tryb jailbreak|tryb bez ograniczeń",
        "before": "wszystko, co|wszystko co|wszystko powyżej|wszystko wcześniej|wszystko dotychczas",
        "task": "nowe zadanie|następne zadanie|teraz kolejne",
        "above": "powyższe|powyższego|powyższą|to, co powyżej|to co powyżej|wszystko powyżej|poprzednią treść",
    },
    "tr": {
        "dismiss": "görmezden gel*|yok say*|unut|unutun|unutmanı|dikkate alma|dikkate almayın|uyma|uymayın|umursama|umursamayın|boşver|atla|geçersiz say|hiçe say",
        "prior": "önceki|önceden|yukarıdaki|ilk|orijinal|tüm|bütün|hepsini|her şeyi|senin|sana verilen|şimdiye kadar",
        "directive": "talimat*|yönerge*|kuralları|kurallar*|komut*|emirleri|prompt*|istem*|kısıtlama*|sınırlama*|söylenenleri|dediklerimi",
        "reveal": "göster|yazdır|tekrarla|açıkla|ifşa et|söyle|bana ver|yaz|paylaş|nedir|neler|listele",
        "secret": "sistem istemi*|sistem prompt*|sistem mesaj*|talimatların*|ilk talimat*|orijinal talimat*|gizli talimat*|kuralların*|promptun*|şifre*|parola*",
        "free": "kısıtlama olmadan|kısıtlamasız|sınırsız|filtresiz|sansürsüz|kuralsız|kural yok|hiçbir kural|hiçbir kısıtlama|hiçbir sınır|etik kuralları yok|ahlaki sınır|ahlak kuralları|hiçbir kısıtlama olmadan|hiçbir filtre",
        "persona": "artık sen|bundan sonra|şu andan itibaren|gibi davran|rolüne gir|rolünü oyna|olduğunu hayal et|gibi davranmanı|olarak davran|artık bir yapay zeka değilsin|artık|bundan böyle",
        "mode": "geliştirici modu|geliştirici modunda|jailbreak modu|sınırsız mod",
        "before": "her şeyi unut|şimdiye kadar söylenen|yukarıdaki her şey|önceki her şey",
        "task": "yeni görev|sonraki görev",
        "above": "yukarıdakileri|yukarıdakini|yukarıdaki|öncekileri|yukarıda yazanları|yukarıda yazılanları|yukarıdaki metni",
    },
    "ru": {
        "dismiss": "игнорируй*|проигнорируй*|игнорировать|забудь*|забыть|не обращай внимания|не обращайте внимания|не следуй|не выполняй|не слушай|отбрось|отбросьте|пренебреги|откажись от|не учитывай|не принимай во внимание|перестань следовать",
        "prior": "предыдущ*|прежн*|выше|вышеуказанн*|изначальн*|исходн*|первоначальн*|все|всё|всех|свои|твои|ваши|ранее|до этого|до сих пор",
        "directive": "инструкци*|указани*|правил*|команд*|директив*|ограничени*|промпт*|установк*|приказ*|то, что я сказал|что тебе сказали",
        "reveal": "покажи*|выведи*|распечатай*|повтори*|раскрой*|скажи*|расскажи*|дай мне|напиши*|процитируй*|поделись|какие у тебя|какой у тебя|каковы",
        "secret": "системный промпт|системного промпта|системную подсказку|системное сообщение|системные инструкции|системных инструкций|системный запрос|свои инструкции|твои инструкции|ваши инструкции|исходные инструкции|первоначальные инструкции|скрытые инструкции|секретные инструкции|свои правила|твои правила|твой промпт|пароль",
        "free": "без ограничений|без правил|без фильтров|без цензуры|без границ|никаких правил|никаких ограничений|нет правил|нет ограничений|нефильтрованн*|без морали|без этики|свободен от|не связан правилами|не ограничен|без каких-либо ограничений|без всяких ограничений|без каких-либо фильтров|без какой-либо цензуры",
        "persona": "теперь ты|отныне ты|с этого момента|притворись|представь, что ты|представь что ты|веди себя как|играй роль|ты больше не|я хочу, чтобы ты|я хочу чтобы ты|действуй как",
        "mode": "режим разработчика|режиме разработчика|режим джейлбрейк*|режим без ограничений|режим бога",
        "before": "всё, что|все, что|всё что|все что|всё выше|всё сказанное|всё предыдущее|все предыдущие",
        "task": "новое задание|новая задача|следующее задание|следующая задача",
        "above": "вышесказанное|вышесказанного|вышеизложенное|вышеизложенного|всё выше|все выше|написанное выше|сказанное выше|предыдущее|предыдущий текст|всё, что выше",
    },
    "uk": {
        "dismiss": "ігноруй*|проігноруй*|ігнорувати|забудь*|забути|не зважай*|не звертай уваги|не звертайте уваги|не виконуй|не слухай|відкинь|відкиньте|знехтуй|не дотримуйся|перестань виконувати",
        "prior": "попередн*|вищезазначен*|вище|початков*|оригінальн*|всі|усі|все|усе|свої|твої|ваші|раніше|досі",
        "directive": "інструкці*|вказівк*|правил*|команд*|директив*|обмеженн*|промпт*|настанов*|накази|те, що я сказав",
        "reveal": "покажи*|виведи*|роздрукуй|повтори*|розкрий*|скажи*|розкажи*|дай мені|напиши*|процитуй|поділися|які в тебе|який у тебе",
        "secret": "системний промпт|системного промпту|системну підказку|системне повідомлення|системні інструкції|свої інструкції|твої інструкції|ваші інструкції|початкові інструкції|приховані інструкції|секретні інструкції|свої правила|твої правила|твій промпт|пароль",
        "free": "без обмежень|без правил|без фільтрів|без цензури|без меж|жодних правил|жодних обмежень|немає правил|немає обмежень|без моралі|без етики|вільний від|без будь-яких обмежень|без жодних обмежень|без жодної цензури",
        "persona": "тепер ти|відтепер ти|з цього моменту|вдавай|уяви, що ти|уяви що ти|поводься як|грай роль|ти більше не|я хочу, щоб ти|я хочу щоб ти|дій як",
        "mode": "режим розробника|режимі розробника|режим без обмежень",
        "before": "все, що|усе, що|все що|усе що|все вище|все сказане|все попереднє",
        "task": "нове завдання|наступне завдання",
        "above": "вищесказане|вищенаведене|все вище|усе вище|написане вище|сказане вище|попереднє|попередній текст",
    },
    "cs": {
        "dismiss": "ignoruj*|zapomeň|zapomeňte|zapomenout|nedbej|nedbejte|neřiď se|neřiďte se|neposlouchej|zahoď|zahoďte|přeskoč|nerespektuj|pomiň",
        "prior": "předchozí|předešlé|dřívější|výše uvedené|výše|původní|počáteční|všechny|všechno|vše|své|tvoje|vaše|dosavadní",
        "directive": "instrukce|pokyny|pokynů|pravidla|pravidel|příkazy|směrnice|prompt|omezení|co jsem řekl",
        "reveal": "ukaž|zobraz|vypiš|zopakuj|prozraď|odhal|řekni mi|dej mi|napiš|sdílej|jaké jsou|jaký je|vytiskni",
        "secret": "systémový prompt|systémové instrukce|systémovou zprávu|systémová zpráva|tvoje instrukce|své instrukce|vaše instrukce|původní instrukce|počáteční instrukce|skryté instrukce|tajné instrukce|tvoje pravidla|tvůj prompt|heslo",
        "free": "bez omezení|bez pravidel|bez filtrů|bez filtru|bez cenzury|bez hranic|žádná pravidla|žádná omezení|nefiltrovan*|necenzurovan*|bez morálky|bez etiky|bez jakýchkoli omezení|bez jakýchkoliv",
        "persona": "teď jsi|nyní jsi|od teď|od této chvíle|předstírej|představ si, že jsi|chovej se jako|hraj roli|už nejsi|chci, abys|jednej jako",
        "mode": "vývojářský režim|vývojářském režimu|režim vývojáře|režim bez omezení",
        "before": "všechno, co|vše, co|všechno co|vše co|vše výše|všechno předtím",
        "task": "nový úkol|další úkol",
        "above": "výše uvedené|výše uvedený text|to výše|co je výše|předchozí text|všechno výše|vše výše",
    },
    "sv": {
        "dismiss": "ignorera|strunta i|glöm|bortse från|följ inte|lyssna inte på|hoppa över|kasta bort|skippa|åsidosätt",
        "prior": "tidigare|föregående|ovanstående|ursprungliga|alla|allt|dina|era|hittills|innan",
        "directive": "instruktioner|instruktionerna|regler|reglerna|direktiv|riktlinjer|order|kommandon|prompt|begränsningar|det jag sa",
        "reveal": "visa|skriv ut|upprepa|avslöja|berätta|ge mig|skriv|dela|vilka är|vad är",
        "secret": "systemprompt*|systemmeddelande*|dina instruktioner|era instruktioner|ursprungliga instruktioner|första instruktionerna|dolda instruktioner|hemliga instruktioner|dina regler|din prompt|lösenordet",
        "free": "utan begränsningar|utan regler|utan filter|utan censur|utan gränser|inga regler|inga begränsningar|inga gränser|ofiltrerad*|ocensurerad*|utan moral|utan etik|utan några begränsningar|utan några regler|utan något filter",
        "persona": "du är nu|från och med nu|hädanefter|låtsas att du|låtsas vara|föreställ dig att du|bete dig som|spela rollen|du är inte längre|jag vill att du",
        "mode": "utvecklarläge|utvecklarläget|jailbreak-läge",
        "before": "allt som|allt ovan|allt innan|allt hittills",
        "task": "ny uppgift|nästa uppgift",
        "above": "ovanstående|det ovanstående|det ovan|allt ovan|det föregående|texten ovan",
    },
    "el": {
        "dismiss": "αγνόησε|αγνοήστε|αγνόησέ|ξέχασε|ξεχάστε|μην ακολουθείς|μην ακολουθήσεις|μην ακολουθείτε|παράβλεψε|παραβλέψτε|απόρριψε|μην λαμβάνεις υπόψη",
        "prior": "προηγούμεν*|παραπάνω|αρχικ*|όλες|όλα|όλους|τις οδηγίες σου|σου|σας|πριν|μέχρι τώρα",
        "directive": "οδηγίες|οδηγιών|κανόνες|κανόνων|εντολές|εντολών|κατευθυντήριες|prompt|περιορισμούς|όσα σου είπα",
        "reveal": "δείξε|εμφάνισε|τύπωσε|επανάλαβε|αποκάλυψε|πες μου|δώσε μου|γράψε|μοιράσου|ποιες είναι|ποιο είναι",
        # (a noun before an enclitic "σου" takes a second accent: "συστήματός σου"; the stem takes both)
        "secret": "μήνυμα συστήματ*|προτροπή συστήματ*|prompt συστήματ*|οδηγίες συστήματ*|τις οδηγίες σου|τις αρχικές οδηγίες|κρυφές οδηγίες|μυστικές οδηγίες|τους κανόνες σου|τον κωδικό|το μήνυμα του συστήματος",
        "free": "χωρίς περιορισμούς|χωρίς κανόνες|χωρίς φίλτρα|χωρίς λογοκρισία|χωρίς όρια|κανένας κανόνας|κανέναν περιορισμό|χωρίς ηθική|χωρίς ηθικούς|χωρίς κανέναν περιορισμό|χωρίς καμία λογοκρισία",
        "persona": "τώρα είσαι|από τώρα και στο εξής|από εδώ και πέρα|προσποιήσου|κάνε ότι είσαι|φαντάσου ότι είσαι|συμπεριφέρσου σαν|παίξε τον ρόλο|δεν είσαι πια|θέλω να είσαι",
        "mode": "λειτουργία προγραμματιστή|λειτουργία developer|λειτουργία χωρίς περιορισμούς",
        "before": "όλα όσα|ό,τι σου είπα|όλα τα παραπάνω|όλα τα προηγούμενα",
        "task": "νέα εργασία|επόμενη εργασία",
        "above": "τα παραπάνω|τα προηγούμενα|ό,τι προηγήθηκε|όσα γράφτηκαν παραπάνω|το παραπάνω κείμενο",
    },
    "he": {
        "dismiss": "התעלם|התעלמי|התעלמו|שכח|שכחי|שכחו|אל תציית|אל תצייתי|אל תקשיב|אל תתייחס|אל תתחשב|זנח|עקוף",
        "prior": "הקודמות|הקודמים|הקודם|שלמעלה|לעיל|המקוריות|הראשוניות|כל|את כל|שלך|עד עכשיו|קודם",
        "directive": "ההוראות|הוראות|ההנחיות|הנחיות|הכללים|כללים|הפקודות|פקודות|הפרומפט|ההגבלות|מגבלות",
        "reveal": "הצג|הראה|תראה לי|הדפס|חזור על|גלה|ספר לי|תן לי|כתוב|שתף|מה הן|מהן|מה היא|מהי|מה זה",
        "secret": "הנחיית המערכת|הודעת המערכת|פרומפט המערכת|ההוראות שלך|ההנחיות שלך|ההוראות המקוריות|ההוראות הראשוניות|הוראות נסתרות|הוראות סודיות|הכללים שלך|הסיסמה",
        "free": "ללא הגבלות|בלי הגבלות|ללא כללים|בלי כללים|ללא סינון|בלי סינון|ללא צנזורה|בלי צנזורה|ללא גבולות|אין כללים|אין הגבלות|ללא מוסר|בלי מוסר|ללא אתיקה|ללא שום הגבלה|בלי שום הגבלה|ללא שום צנזורה",
        "persona": "עכשיו אתה|מעכשיו אתה|מעתה אתה|מעכשיו|העמד פנים|תעמיד פנים|דמיין שאתה|תתנהג כמו|שחק את התפקיד|אתה כבר לא|אני רוצה שתהיה",
        "mode": "מצב מפתח|מצב מפתחים|מצב ללא הגבלות",
        "before": "כל מה שנאמר|כל מה שאמרתי|כל מה שלמעלה|כל מה שקודם",
        "task": "משימה חדשה|המשימה הבאה",
        "above": "מה שכתוב למעלה|כל מה שלמעלה|הכתוב לעיל|הטקסט הקודם|למעלה|לעיל",
    },
    "ar": {
        "dismiss": "تجاهل|تجاهلي|تجاهلوا|انس|انسى|انسي|انسوا|لا تتبع|لا تتبعي|لا تلتزم|لا تطع|اهمل|أهمل|تخطى|تجاوز|تغاضى عن|لا تأخذ",
        "prior": "السابقة|السابق|السابقين|أعلاه|الاولى|الأولى|الأصلية|الاصلية|جميع|كل|كافة|الخاصة بك|قبل|حتى الآن",
        "directive": "التعليمات|تعليمات|الإرشادات|الارشادات|القواعد|قواعد|الأوامر|الاوامر|الأنظمة|التوجيهات|القيود|الموجه|ما قلته",
        "reveal": "اعرض|أظهر|اظهر|اطبع|كرر|اكشف|أخبرني|اخبرني|قل لي|أعطني|اعطني|اكتب|شارك|ما هي|ما هو",
        "secret": "موجه النظام|رسالة النظام|تعليمات النظام|تعليماتك|إرشاداتك|ارشاداتك|التعليمات الأصلية|التعليمات الأولية|التعليمات المخفية|التعليمات السرية|قواعدك|كلمة المرور|كلمة السر",
        "free": "بدون قيود|دون قيود|بلا قيود|بدون قواعد|بلا قواعد|بدون فلترة|بدون تصفية|بدون رقابة|بلا رقابة|بلا حدود|بدون حدود|لا قواعد|لا قيود|بدون أخلاق|بلا أخلاق|دون أي قيود|بدون أي قيود|بلا أي قيود",
        "persona": "أنت الآن|انت الان|من الآن فصاعدا|من الان فصاعدا|من الآن|تظاهر بأنك|تظاهر انك|تخيل أنك|تخيل انك|تصرف مثل|تصرف كأنك|العب دور|لم تعد|أريدك أن تكون|اريدك ان تكون",
        "mode": "وضع المطور|وضع المطورين|وضع بلا قيود",
        "before": "كل ما سبق|كل ما قلته|كل ما قيل|كل شيء سابق|كل ما ذكر",
        "task": "مهمة جديدة|المهمة التالية",
        "above": "ما سبق|ما ورد أعلاه|ما ذكر أعلاه|أعلاه|كل ما سبق|النص السابق",
    },
    "fa": {
        "dismiss": "نادیده بگیر*|فراموش کن*|را فراموش|دستورات قبلی را|پیروی نکن*|اطاعت نکن*|توجه نکن*|کنار بگذار*|رد کن",
        "prior": "قبلی|پیشین|بالا|اولیه|اصلی|همه|تمام|تمامی|خودت|تا اینجا|قبل",
        "directive": "دستورالعمل*|دستورات|دستور|قوانین|قواعد|راهنمایی*|فرمان*|پرامپت|محدودیت*|آنچه گفتم",
        "reveal": "نشان بده|نمایش بده|چاپ کن|تکرار کن|فاش کن|به من بگو|بگو|بده|بنویس|به اشتراک بگذار|چیست|چه هستند",
        "secret": "پرامپت سیستم|پیام سیستم|دستورات سیستم|دستورالعمل سیستم|دستورات خودت|دستورالعمل‌های خودت|دستورالعمل‌هایت|دستوراتت|دستورات اصلی|دستورات اولیه|دستورات پنهان|دستورات مخفی|قوانینت|رمز عبور",
        "free": "بدون محدودیت|بی محدودیت|بدون قانون|بدون قوانین|بدون فیلتر|بدون سانسور|بی سانسور|بدون مرز|هیچ قانونی|هیچ محدودیتی|بدون اخلاق|بدون هیچ محدودیتی|بدون هیچ سانسوری",
        "persona": "تو اکنون|حالا تو|از این به بعد|از الان|وانمود کن|تصور کن که|مثل یک|نقش را بازی کن|دیگر یک|می‌خواهم که تو|میخواهم که تو",
        "mode": "حالت توسعه‌دهنده|حالت توسعه دهنده|حالت برنامه‌نویس|حالت بدون محدودیت",
        "before": "هر چه گفتم|هرچه گفتم|همه چیز قبلی|هر چیزی که قبلا",
        "task": "وظیفه جدید|کار جدید",
        "above": "موارد بالا|مطالب بالا|آنچه در بالا|متن بالا|متن قبلی|همه موارد قبلی",
    },
    "hi": {
        "dismiss": "अनदेखा कर*|नज़रअंदाज़ कर*|नजरअंदाज कर*|भूल जाओ|भूल जाइए|भूल जाएं|भूल जा|पालन मत करो|पालन न करें|मत मानो|न मानें|ध्यान मत दो|ध्यान न दें|इग्नोर कर*|छोड़ दो|छोड़ दें",
        "prior": "पिछले|पिछली|पहले|पहले के|ऊपर|ऊपर दिए|मूल|प्रारंभिक|सभी|सारे|सारी|सब|अपने|अपनी|अब तक",
        "directive": "निर्देश*|नियम*|आदेश*|दिशानिर्देश*|प्रॉम्प्ट|प्रतिबंध*|बातें|जो कहा",
        "reveal": "दिखाओ|दिखाइए|दिखाएं|प्रिंट करो|दोहराओ|दोहराएं|बताओ|बताइए|बताएं|खुलासा करो|लिखो|दो|साझा करो|क्या हैं|क्या है",
        "secret": "सिस्टम प्रॉम्प्ट|सिस्टम संदेश|सिस्टम निर्देश|अपने निर्देश|तुम्हारे निर्देश|आपके निर्देश|मूल निर्देश|प्रारंभिक निर्देश|छिपे निर्देश|गुप्त निर्देश|अपने नियम|तुम्हारे नियम|पासवर्ड",
        "free": "बिना किसी प्रतिबंध|बिना प्रतिबंध|बिना नियम|बिना किसी नियम|बिना फ़िल्टर|बिना फिल्टर|बिना सेंसर|बिना सीमा|कोई नियम नहीं|कोई प्रतिबंध नहीं|कोई सीमा नहीं|बिना नैतिकता|बिना किसी सेंसर",
        "persona": "अब तुम|अब आप|अब से|अभी से|होने का नाटक करो|का नाटक करो|कल्पना करो कि तुम|की तरह व्यवहार करो|की भूमिका निभाओ|अब तुम नहीं हो|मैं चाहता हूं कि तुम|मैं चाहती हूं कि तुम",
        "mode": "डेवलपर मोड|डेवलपर मोड में|बिना प्रतिबंध मोड",
        "before": "जो कुछ भी कहा|सब कुछ भूल|पहले कहा गया सब|ऊपर लिखा सब",
        "task": "नया कार्य|नया काम|अगला कार्य",
        "above": "ऊपर लिखी बातों|ऊपर लिखी|ऊपर की बातों|ऊपर दिए गए|ऊपर कही|पिछली बातों|ऊपर लिखा",
    },
    "zh": {
        "dismiss": "忽略|忽视|无视|無視|忘记|忘記|忘掉|不要遵循|不要遵守|不要理会|不要理會|不再遵守|别管|別管|抛开|拋開|放弃|放棄|跳过|跳過|绕过|繞過|撇开",
        "prior": "之前|以前|先前|上面|以上|上述|前面|原来|原來|原始|最初|所有|全部|一切|你的",
        "directive": "指令|指示|说明|說明|规则|規則|命令|提示|要求|限制|约束|約束|设定|設定|规定|規定",
        "reveal": "显示|顯示|打印|输出|輸出|重复|重複|透露|泄露|洩露|告诉我|告訴我|给我|給我|写出|寫出|展示|列出|是什么|是什麼",
        "secret": "系统提示|系統提示|系统消息|系統消息|系统指令|系統指令|你的指令|你的指示|你的提示词|你的提示詞|初始指令|原始指令|原始提示|隐藏的指令|隱藏的指令|秘密指令|你的规则|你的規則"
        # not a bare 提示词 ("prompt"): "输出提示词模板" (output the prompt template) is what a prompt-writing
        # template asks for; the assistant's own prompt is named as such (session 9, as in English)
        "|上面的提示词|上面的提示詞|以上提示词|以上提示詞|之前的提示词|之前的提示詞|原来的提示词|原來的提示詞|初始提示词"
        "|初始提示詞|隐藏的提示词|隱藏的提示詞|系统提示词|系統提示詞|密码|密碼",
        "free": "没有任何限制|沒有任何限制|不受任何限制|不受限制|没有限制|沒有限制|无限制|無限制|没有规则|沒有規則|不受规则|不受規則|没有过滤|沒有過濾|未经过滤|未經過濾|不受审查|不受審查|没有道德|沒有道德|无视道德|無視道德|不受约束|不受約束|没有任何过滤|没有任何审查|没有任何審查|没有审查|沒有審查|无审查|無審查|不受审查|不经审查",
        "persona": "你现在是|你現在是|从现在开始|從現在開始|从现在起|從現在起|假装你是|假裝你是|假装|假裝|扮演|想象你是|想像你是|你不再是|我希望你充当|我希望你扮演|现在你是|你现在就是|你是一个",
        "mode": "开发者模式|開發者模式|开发人员模式|越狱模式|越獄模式|无限制模式|無限制模式",
        "before": "之前的一切|以上所有|上面的所有|之前所有|之前说的|之前說的|前面的内容|前面的內容",
        "task": "新任务|新任務|下一个任务|下一個任務",
        "above": "上面的内容|上面的內容|以上内容|以上內容|上述内容|上述內容|前面的内容|之前的内容|上文|上面的话|上面说的",
    },
    "ja": {
        "dismiss": "無視して|無視し|無視する|無視を|忘れて|忘れろ|忘れなさい|忘れてください|従わないで|従うな|従わず|気にしないで|破棄して|捨てて|取り消して|スキップして",
        "prior": "以前の|前の|これまでの|上記の|上の|先ほどの|元の|最初の|初期の|すべての|全ての|全部|あなたの",
        "directive": "指示|命令|ルール|規則|指令|プロンプト|制約|制限|設定|ガイドライン",
        "reveal": "表示して|見せて|教えて|出力して|繰り返して|明かして|公開して|書き出して|印刷して|言って|共有して|とは何|は何ですか|を示して",
        "secret": "システムプロンプト|システムメッセージ|システム指示|あなたの指示|あなたのプロンプト|元の指示|最初の指示|初期指示|隠された指示|秘密の指示|あなたのルール|パスワード",
        "free": "制限なし|制限のない|制限なく|制約なし|制約のない|ルールなし|ルールのない|フィルターなし|検閲なし|検閲のない|倫理なし|倫理観のない|道徳のない|何の制限もな|一切の制限|一切の制限なし|いかなる制限もな|フィルターのない|検閲されていない",
        "persona": "あなたは今から|今からあなたは|これからあなたは|今後あなたは|ふりをして|のふりを|になりきって|として振る舞|演じて|想像してください|あなたはもう",
        "mode": "開発者モード|デベロッパーモード|脱獄モード|ジェイルブレイクモード|制限なしモード",
        "before": "これまでの内容|これまでのこと|上記のすべて|以前のすべて|今までの",
        "task": "新しいタスク|次のタスク|新しい課題",
        "above": "上記|上の内容|これまでの内容|以上の内容|前の内容|上の文章|先ほどの内容",
    },
    "ko": {
        "dismiss": "무시하고|무시해|무시하세요|무시하십시오|무시하라|잊어|잊어버려|잊으세요|잊어버리세요|따르지 마|따르지 말고|따르지 마세요|신경 쓰지 마|버려|건너뛰",
        "prior": "이전|이전의|앞의|위의|위에|기존|원래|처음|초기|모든|모두|전부|너의|당신의|지금까지",
        "directive": "지시|지침|명령|규칙|프롬프트|제한|제약|설정|가이드라인|지시사항",
        "reveal": "보여|보여줘|보여주세요|출력해|출력하세요|반복해|반복하세요|알려줘|알려주세요|공개해|말해줘|말해주세요|써줘|인쇄해|무엇인가요|뭐야",
        "secret": "시스템 프롬프트|시스템 메시지|시스템 지시|너의 지시|당신의 지시|원래 지시|초기 지시|처음 지시|숨겨진 지시|비밀 지시|너의 규칙|당신의 규칙|너의 프롬프트|당신의 프롬프트|비밀번호",
        "free": "제한 없이|제한이 없는|제한 없는|제약 없이|규칙 없이|규칙이 없는|필터 없이|필터링 없이|검열 없이|검열되지 않은|윤리 없이|도덕 없이|아무 제한|어떤 제한도|검열 없는|필터 없는|필터링 없는|제약 없는",
        "persona": "너는 이제|당신은 이제|지금부터|이제부터|앞으로 너는|인 척해|인 척하세요|척 해|역할을 해|역할을 맡아|상상해 봐|더 이상 ai가 아니|처럼 행동해",
        "mode": "개발자 모드|개발자모드|탈옥 모드|제한 없는 모드",
        "before": "지금까지의 모든|지금까지 말한|이전의 모든|위의 모든|앞의 모든",
        "task": "새로운 작업|새 작업|다음 작업",
        "above": "위의 내용|위 내용|앞의 내용|이전 내용|위에 있는 내용|위의 글|위의 지시",
    },
    "vi": {
        "dismiss": "bỏ qua|phớt lờ|lờ đi|quên|quên đi|hãy quên|không tuân theo|đừng tuân theo|đừng làm theo|không làm theo|đừng nghe theo|gạt bỏ|bỏ mặc",
        # ("mọi", every, only before a noun: the view folds it and "mới", new, alike: "bản mới")
        "prior": "trước|trước đó|trước đây|ở trên|phía trên|ban đầu|gốc|tất cả|mọi thứ|mọi điều|mọi hướng dẫn|mọi chỉ dẫn|mọi chỉ thị|mọi quy tắc|mọi luật lệ|mọi lệnh|mọi mệnh lệnh|mọi yêu cầu|mọi giới hạn|mọi hạn chế|toàn bộ|của bạn|cho đến nay",
        "directive": "hướng dẫn|chỉ dẫn|chỉ thị|quy tắc|luật lệ|lệnh|mệnh lệnh|yêu cầu|lời nhắc|prompt|giới hạn|hạn chế|những gì tôi nói",
        "reveal": "hiển thị|cho tôi xem|cho xem|in ra|lặp lại|tiết lộ|nói cho tôi|cho tôi biết|viết ra|chia sẻ|là gì|đưa cho tôi",
        "secret": "lời nhắc hệ thống|prompt hệ thống|thông điệp hệ thống|tin nhắn hệ thống|chỉ dẫn hệ thống|hướng dẫn hệ thống|hướng dẫn của bạn|chỉ dẫn của bạn|hướng dẫn ban đầu|hướng dẫn gốc|hướng dẫn ẩn|hướng dẫn bí mật|quy tắc của bạn|mật khẩu",
        "free": "không có giới hạn|không giới hạn|không bị giới hạn|không có quy tắc|không quy tắc|không bị hạn chế|không hạn chế|không có bộ lọc|không lọc|không kiểm duyệt|không có đạo đức|không đạo đức|không có bất kỳ giới hạn|không có bất kỳ hạn chế",
        "persona": "bây giờ bạn là|từ bây giờ|kể từ bây giờ|từ giờ trở đi|hãy giả vờ|giả vờ là|giả sử bạn là|hãy tưởng tượng bạn là|đóng vai|hành động như|bạn không còn là",
        "mode": "chế độ nhà phát triển|chế độ developer|chế độ không giới hạn|chế độ jailbreak",
        "before": "mọi thứ trước đó|tất cả những gì|mọi điều tôi đã nói|mọi thứ ở trên",
        "task": "nhiệm vụ mới|nhiệm vụ tiếp theo",
        "above": "nội dung ở trên|những điều trên|nội dung trước đó|điều trên|phần trên|văn bản trên|những gì ở trên",
    },
    "id": {
        "dismiss": "abaikan|lupakan|jangan ikuti|jangan patuhi|jangan hiraukan|tidak usah ikuti|hiraukan|lewati|buang|acuhkan|kesampingkan",
        "prior": "sebelumnya|terdahulu|di atas|awal|asli|semua|seluruh|segala|kamu|anda|sejauh ini",
        "directive": "instruksi|perintah|aturan|peraturan|petunjuk|arahan|pedoman|prompt|batasan|pembatasan|yang saya katakan",
        "reveal": "tunjukkan|tampilkan|cetak|ulangi|ungkapkan|beri tahu|beritahu|katakan|berikan|tuliskan|bagikan|apa itu|apa saja|apa|sebutkan",
        "secret": "prompt sistem|pesan sistem|instruksi sistem|instruksimu|instruksi kamu|instruksi anda|instruksi awal|instruksi asli|instruksi tersembunyi|instruksi rahasia|aturanmu|aturan kamu|promptmu|kata sandi",
        "free": "tanpa batasan|tanpa batas|tanpa aturan|tanpa filter|tanpa sensor|tidak ada aturan|tidak ada batasan|tidak terbatas|tanpa moral|tanpa etika|bebas dari semua|tanpa batasan apa pun|tanpa filter apa pun",
        "persona": "sekarang kamu adalah|sekarang anda adalah|mulai sekarang|mulai saat ini|berpura-puralah|berpura-pura menjadi|bayangkan kamu adalah|bertindaklah sebagai|bertindak sebagai|perankan|kamu bukan lagi|saya ingin kamu",
        "mode": "mode pengembang|mode developer|mode tanpa batas|mode jailbreak",
        "before": "semua yang|segala yang|semua di atas|semua sebelumnya",
        "task": "tugas baru|tugas berikutnya",
        "above": "yang di atas|hal di atas|teks di atas|semua di atas|yang sebelumnya",
    },
    "th": {
        "dismiss": "เพิกเฉย|ไม่ต้องสนใจ|ละเลย|ลืม|ไม่ต้องทำตาม|อย่าทำตาม|ไม่ต้องปฏิบัติตาม|อย่าปฏิบัติตาม|ข้าม|ทิ้ง",
        "prior": "ก่อนหน้า|ก่อนหน้านี้|ข้างต้น|ด้านบน|เดิม|แรก|ทั้งหมด|ทุก|ของคุณ",
        "directive": "คำสั่ง|คำแนะนำ|กฎ|ข้อกำหนด|ข้อจำกัด|แนวทาง|พรอมต์|พรอมท์",
        "reveal": "แสดง|พิมพ์|ทำซ้ำ|เปิดเผย|บอก|ให้ฉันดู|เขียน|แชร์|คืออะไร",
        "secret": "พรอมต์ระบบ|พรอมท์ระบบ|ข้อความระบบ|คำสั่งระบบ|คำสั่งของคุณ|คำแนะนำของคุณ|คำสั่งเดิม|คำสั่งแรก|คำสั่งที่ซ่อน|คำสั่งลับ|กฎของคุณ|รหัสผ่าน",
        "free": "ไม่มีข้อจำกัด|โดยไม่มีข้อจำกัด|ไร้ข้อจำกัด|ไม่มีกฎ|ไม่มีการกรอง|ไม่มีการเซ็นเซอร์|ไม่มีขีดจำกัด|ไม่มีศีลธรรม|ไม่มีจริยธรรม|โดยไม่มีการเซ็นเซอร์",
        "persona": "ตอนนี้คุณคือ|จากนี้ไป|นับจากนี้|แกล้งทำเป็น|สมมติว่าคุณคือ|จินตนาการว่าคุณคือ|ทำตัวเป็น|สวมบทบาท|คุณไม่ใช่",
        "mode": "โหมดนักพัฒนา|โหมดไม่จำกัด|โหมดเจลเบรก",
        "before": "ทุกอย่างก่อนหน้านี้|ทุกสิ่งที่พูด|ทั้งหมดข้างต้น",
        "task": "งานใหม่|ภารกิจใหม่",
        "above": "ข้อความข้างบน|ข้อความข้างต้น|ข้างต้น|ด้านบน|ข้อความก่อนหน้า",
    },
}

# Negations right before / after the dismissing verb ("no olvides", "vergiss nicht", "别忘记").
NEGATIONS: dict[str, tuple[str, str]] = {
    "de": ("", "nicht|bloß nicht|ja nicht"),
    "fr": ("n'|ne |n’", ""),
    "es": ("no ", ""),
    "it": ("non ", ""),
    "pt": ("não |nao ", ""),
    "nl": ("", "niet"),
    "pl": ("nie ", ""),
    "ru": ("не ", ""),
    "uk": ("не ", ""),
    "cs": ("ne", ""),
    "sv": ("", "inte|aldrig"),
    "el": ("μην |δεν ", ""),
    "ar": ("لا ", ""),
    "he": ("אל |לא ", ""),
    "hi": ("", "मत|नहीं|न"),
    "zh": ("别|別|不要|不能|不可以|勿|莫", ""),
    "vi": ("đừng |không |chớ ", ""),
    "th": ("อย่า|ไม่", ""),
    "id": ("jangan |tidak ", ""),
    "tr": ("", ""),
    "fa": ("", ""),
    "ja": ("", ""),
    "ko": ("", ""),
    "fi": ("älä |älkää ", ""),
    "ro": ("nu ", ""),
    "hr": ("nemoj |ne ", ""),
    "bg": ("не ", ""),
}


_UNSPACED = {"zh", "ja", "th"}

# "Forget everything you know about cooking": what follows "everything" is the reader's knowledge of a
# topic, not what the assistant was told (the English rules never read "forget everything you know
# about ..." as an override either). Words right after the "everything" phrase.
KNOW_ABOUT: dict[str, str] = {  # the detector compares 15 bytes after the match's space: prefixes
    "fr": "vous savez sur|tu sais sur|vous savez de|tu sais de|tu crois savoir|vous croyez sav",
    "es": "sabes sobre|sabe sobre|sabéis sobre|sabes de|sabe de|crees saber sob",
    "de": "du über|sie über|ihr über|du von|sie von|du zum thema|du je über",
    "it": "sai su|sai sul|sai sulla|sai sui|sai sugli|sai di|sapete su|sapete sul|sapete di|credi di sapere",
    "pt": "você sabe sobre|voce sabe sobre|sabe sobre|sabes sobre|você sabe de|voce sabe de|sabe de",
    "nl": "je weet over|jij weet over|u weet over|je weet van|je denkt te wet",
}


# "Imagine a world without rules", "мир без правил", "规则的学校", "Ärzte ohne Grenzen": the freedom a
# world, a place, a game or a group is described with, not the assistant's. Words right before
# (``negated_by``) or right after (``negated_after``, where the noun follows: "규칙이 없는 세상",
# "ルールのない世界") the "without rules" phrase of ``no_restrictions`` and ``restriction_free_persona``.
WORLD: dict[str, tuple[str, str]] = {
    "de": (
        "welt |welt, |land |stadt |schule |party |spiel |leben |ärzte |reporter |liebe |kunst |küche |wo ",
        "",
    ),
    "fr": ("monde |pays |ville |école |jeu |fête |vie |amour |médecins |reporters |cuisine |où ", ""),
    "es": (
        "mundo |país |ciudad |escuela |juego |fiesta |vida |amor |médicos |cocina |donde ",
        "",
    ),
    "it": ("mondo |paese |città |scuola |gioco |festa |vita |amore |medici |cucina |dove ", ""),
    "pt": ("mundo |país |cidade |escola |jogo |festa |vida |amor |médicos |cozinha |onde ", ""),
    "nl": ("wereld |land |stad |school |spel |feest |leven |liefde |artsen |keuken |waar ", ""),
    "pl": (
        "świat |świecie |kraj |miasto |szkoła |szkole |gra |grę |impreza |życie |miłość |lekarze |gdzie ",
        "",
    ),
    "tr": ("", "bir dünya|dünya|bir okul|okul|bir oyun|oyun|bir hayat|hayat|bir ülke|ülke|bir şehir|şehir"),
    "ru": (
        "мир |мир, |мире |мира |страна |город |школа |школу |школе |игра |игру |жизнь |любовь |врачи |где ",
        "",
    ),
    "uk": ("світ |світ, |світі |країна |місто |школа |школу |гра |гру |життя |любов |лікарі |де ", ""),
    "cs": ("svět |světě |země |město |škola |škole |hra |hru |život |láska |lékaři |kde ", ""),
    "sv": ("värld |värld, |land |stad |skola |lek |spel |fest |liv |kärlek |läkare |där ", ""),
    "el": ("κόσμο |κόσμος |χώρα |πόλη |σχολείο |παιχνίδι |ζωή |αγάπη |όπου ", ""),
    "he": ("עולם |עיר |ארץ |מדינה |משחק |חיים |אהבה |שבו |שבה ", ""),
    "ar": ("عالماً |عالمًا |عالما |عالم |مدرسة |لعبة |حياة |مدينة |بلد |حيث ", ""),
    "fa": ("دنیایی |دنیای |جهانی |مدرسه‌ای |بازی |زندگی |شهری |جایی ", ""),
    "hi": ("दुनिया |जहाँ |जहां |स्कूल |खेल |जीवन |शहर ", ""),
    "zh": ("", "的世界|的学校|的國家|的国家|的社会|的社會|的地方|的游戏|的遊戲|的城市|的生活"),
    "ja": ("", "世界|世の中|社会|学校|国|街|ゲーム|場所"),
    "ko": ("", "세상|세계|학교|나라|곳|사회|게임|도시"),
    "vi": ("thế giới |trường |thành phố |cuộc sống |nơi |đất nước ", ""),
    "id": ("dunia |sekolah |kota |permainan |hidup |tempat |negara |di mana ", ""),
    "th": ("โลกที่|โรงเรียนที่|เมืองที่|ประเทศที่|สังคมที่|เกมที่", ""),
}
#: Every language's words at once: one language's "without rules" is often another's too ("без правил").
_WORLD_BEFORE = "|".join(before for before, _ in WORLD.values() if before)
_WORLD_AFTER = "|".join(after for _, after in WORLD.values() if after)


#: Right after "forget the previous instructions": whose they were, when they are a thing's, not the
#: assistant's ("las instrucciones anteriores del manual", "die alten Regeln des Vereins"): an ordinary
#: request about a manual, a game, a club or a device (session 11; languages that name the owner after
#: the noun). Written per language from ordinary sentences, not from the attacks.
OWNED_BY: dict[str, str] = {
    "es": "del manual|de la guía|de la guia|del juego|del club|del fabricante|del aparato|del equipo|de la máquina"
    "|de la maquina|del formulario|del examen|del curso|de la receta",
    "pt": "do manual|do guia|do jogo|do clube|do fabricante|do aparelho|da máquina|da maquina|do formulário"
    "|do formulario|da prova|do curso|da receita",
    "it": "del manuale|della guida|del gioco|del club|del produttore|dell'apparecchio|della macchina|del modulo"
    "|dell'esame|del corso|della ricetta",
    "fr": "du manuel|du guide|du jeu|du club|du fabricant|de l'appareil|de la machine|du formulaire|de l'examen"
    "|du cours|de la recette",
    "de": "des handbuchs|im handbuch|der anleitung|in der anleitung|des spiels|des vereins|des herstellers"
    "|des geräts|des gerats|der maschine|des formulars|der prüfung|der prufung|des kurses|des rezepts",
}

#: Near "tell me … password": the speaker's own password, forgotten or to be reset ("I forgot my
#: password, how do I reset it?"), not the assistant's secret (session 11).
OWN_PASSWORD: dict[str, str] = {
    "ja": "パスワードを忘れ|パスワードが分からな|パスワードをリセット|パスワードを再設定|パスワードの再設定"
    "|パスワードのリセット",
    "ko": "비밀번호를 잊어|비밀번호를 잊었|비밀번호를 까먹|비밀번호 재설정|비밀번호를 재설정|비밀번호를 초기화",
    "zh": "忘记密码|忘记了密码|忘了密码|密码忘了|重置密码|找回密码",
    "es": "olvidé mi contraseña|olvide mi contraseña|olvidé la contraseña|olvide la contraseña"
    "|restablecer la contraseña|restablecer mi contraseña|recuperar mi contraseña|recuperar la contraseña",
    "pt": "esqueci minha senha|esqueci a senha|esqueci a minha senha|redefinir a senha|redefinir minha senha"
    "|recuperar a senha|recuperar minha senha",
    "fr": "oublié mon mot de passe|oublie mon mot de passe|réinitialiser mon mot de passe"
    "|reinitialiser mon mot de passe|réinitialiser le mot de passe|reinitialiser le mot de passe",
    "de": "passwort vergessen|passwort zurücksetzen|passwort zurucksetzen|passwort zuruecksetzen",
    "it": "dimenticato la password|dimenticato la mia password|reimpostare la password|recuperare la password",
    "ru": "забыл пароль|забыла пароль|сбросить пароль|восстановить пароль|сброс пароля",
    "hi": "पासवर्ड भूल|पासवर्ड रीसेट",
    "fa": "رمز عبورم را فراموش|رمزم را فراموش|بازیابی رمز|بازنشانی رمز",
    "ar": "نسيت كلمة المرور|نسيت كلمة السر|إعادة تعيين كلمة المرور|استعادة كلمة المرور",
    "tr": "şifremi unuttum|sifremi unuttum|şifre sıfırlama|sifre sifirlama|şifremi sıfırla|sifremi sifirla",
}


def _rules(lang: str, w: dict[str, str]) -> tuple[Rule, ...]:
    # Byte windows: a character of these scripts is two or three bytes in UTF-8.
    scale = (
        3
        if lang in _UNSPACED or lang in {"ko", "hi", "th"}
        else 2
        if lang not in {"de", "fr", "es", "it", "pt", "nl", "pl", "tr", "cs", "sv", "vi", "id"}
        else 1
    )
    win = 110 * scale
    neg_before, neg_after = NEGATIONS.get(lang, ("", ""))
    negation = {"negated_by": neg_before, "negated_after": neg_after} if neg_before or neg_after else {}
    return (
        rule(
            "override",
            f"dismiss_prior_instructions.{lang}",
            0.9,
            f"{w['dismiss']} ~ {w['prior']} ~ {w['directive']}",
            f"asks ({lang}) to discard the instructions the assistant was given",
            window=win,
            ordered=False,
            qualified_by=OWNED_BY.get(lang, ""),
            **negation,
        ),
        rule(
            "override",
            f"dismiss_everything_before.{lang}",
            0.85,
            f"{w['dismiss']} ~ {w['before']}",
            f"asks ({lang}) to forget everything said so far",
            window=win,
            ordered=False,
            qualified_by=KNOW_ABOUT.get(lang, ""),
            **negation,
        ),
        rule(
            "override",
            f"dismiss_the_above.{lang}",
            0.8,
            f"{w['dismiss']} ~ {w['above']}",
            f"asks ({lang}) to disregard the text above",
            window=win,
            ordered=False,
            **negation,
        ),
        rule("override", f"new_task.{lang}", 0.45, w["task"], f"switches ({lang}) the assistant to a new task"),
        rule(
            "extraction",
            f"reveal_system_prompt.{lang}",
            0.85,
            f"{w['reveal']} ~ {w['secret']}",
            f"asks ({lang}) for the system prompt or the assistant's instructions",
            window=win,
            ordered=False,
            cancelled_by=OWN_PASSWORD.get(lang, ""),
        ),
        rule("jailbreak", f"developer_mode.{lang}", 0.85, w["mode"], f"asks ({lang}) for a developer / jailbreak mode"),
        rule(
            "jailbreak",
            f"no_restrictions.{lang}",
            0.55,
            w["free"],
            f"speaks ({lang}) of having no restrictions",
            negated_by=_WORLD_BEFORE,
            negated_after=_WORLD_AFTER,
        ),
        rule(
            "jailbreak",
            f"restriction_free_persona.{lang}",
            0.85,
            f"{w['free']} ~ {w['persona']}",  # (the freedom first: a world's freedom, WORLD, is no persona's)
            f"a persona ({lang}) free of its restrictions",
            window=win * 2,
            ordered=False,
            sentence=False,
            negated_by=_WORLD_BEFORE,
            negated_after=_WORLD_AFTER,
        ),
        rule(
            "persona",
            f"reassign_role.{lang}",
            0.35,
            w["persona"],
            f"reassigns ({lang}) the assistant's role",
            frame=True,
        ),
    )


# "Answer only with ..." (a fixed reply forced on every question), per language.
FORCED_REPLY = {
    "de": "antworte mit|antworte nur mit|antworte immer mit|antworten sie mit|antworten sie nur mit|beantworte jede frage mit|beantworte alle fragen mit",
    "fr": "réponds par|réponds uniquement par|réponds seulement par|répondez par|répondez uniquement par|réponds toujours par",
    "es": "responde con|responde solo con|responde solamente con|responda con|responde siempre con|contesta con|contesta solo con",
    "it": "rispondi con|rispondi solo con|rispondi sempre con|risponda con",
    "pt": "responda com|responda apenas com|responde com|responde só com|responda sempre com",
    "nl": "antwoord met|antwoord alleen met|antwoord altijd met",
}

# Refusal suppression, per language: "never refuse (anything)", "never apologise", "start every
# answer with ...". Each is weak alone (an apology rule or a house style); together, or beside a
# persona or a "no restrictions", they are the jailbreak's refusal suppression.
REFUSAL_SUPPRESSION: dict[str, tuple[str, str, str]] = {
    "de": (
        "lehne nie|lehne niemals|lehne nichts ab|lehnst nie|lehnst niemals|lehnen sie nie|lehnen sie nichts ab|verweigere nie|verweigere niemals|verweigere nichts|weigere dich nie|niemals ablehnen|darfst nichts ablehnen|darfst nicht ablehnen",
        "entschuldige dich nie|entschuldige dich niemals|entschuldigen sie sich nie|keine entschuldigungen",
        "beginne jede antwort mit|beginne jede deiner antworten mit|fange jede antwort mit|starte jede antwort mit|beginnen sie jede antwort mit",
    ),
    "fr": (
        "ne refuse jamais|ne refuse rien|ne refusez jamais|ne refusez rien|tu ne refuses jamais|ne jamais refuser",
        "ne t'excuse jamais|ne vous excusez jamais|ne t'excuse pas|pas d'excuses",
        "commence chaque réponse par|commence toutes tes réponses par|commencez chaque réponse par|commence chacune de tes réponses par",
    ),
    "es": (
        "nunca te niegues|nunca rechaces|no te niegues nunca|no rechaces nada|ni te niegues|nunca se niegue|nunca rechace|jamás te niegues|no te niegues a nada|no te niegues",
        "nunca te disculpes|no te disculpes|nunca pidas perdón|nunca se disculpe|sin disculpas",
        "empieza cada respuesta con|comienza cada respuesta con|empieza todas tus respuestas con|comienza todas tus respuestas con|empiece cada respuesta con",
    ),
    "it": (
        "non rifiutare mai|non rifiutare nulla|non rifiuti mai|mai rifiutare|non rifiutarti mai|non rifiutare niente",
        "non scusarti mai|non scusarti|non chiedere mai scusa|niente scuse|non ti scusare",
        "inizia ogni risposta con|inizia tutte le risposte con|comincia ogni risposta con|inizia ciascuna risposta con",
    ),
    "pt": (
        "nunca recuse|não recuse nada|nao recuse nada|nunca se recuse|nem recuse|jamais recuse|não recuse nenhum",
        "nunca peça desculpas|nunca peça desculpa|não peça desculpas|nunca se desculpe|sem pedir desculpas",
        "comece cada resposta com|comece todas as respostas com|comece todas as suas respostas com|inicie cada resposta com",
    ),
    "nl": (
        "weiger nooit|weiger niets|nooit weigeren|je weigert nooit|weiger geen enkel",
        "verontschuldig je nooit|bied nooit excuses|nooit excuses|bied geen excuses",
        "begin elk antwoord met|begin elke reactie met|start elk antwoord met|begin ieder antwoord met",
    ),
    "pl": (
        "nigdy nie odmawiaj|niczego nie odmawiaj|nie odmawiaj niczego|nigdy nie odmawiasz|nie wolno ci odmówić|nie odmawiaj nigdy",
        "nigdy nie przepraszaj|nie przepraszaj",
        "zaczynaj każdą odpowiedź od|zacznij każdą odpowiedź od|rozpoczynaj każdą odpowiedź od|zaczynaj każdą odpowiedź słowami",
    ),
    "tr": (
        "asla reddetme|hiçbir şeyi reddetme|hiçbir isteği reddetme|hiçbir talebi reddetme|asla hayır deme",
        "asla özür dileme|özür dileme",
        "her cevaba * ile başla|her yanıta * ile başla|her cevabına * ile başla|her yanıtına * ile başla",
    ),
    "ru": (
        "никогда не отказывай|ни в чём не отказывай|ни в чем не отказывай|не отказывай ни в|никогда не отказывайся|не отказывайся ни от|ни от чего не отказывайся",
        "никогда не извиняйся|не извиняйся|без извинений",
        "начинай каждый ответ с|начни каждый ответ с|начинайте каждый ответ с|каждый ответ начинай с",
    ),
    "uk": (
        "ніколи не відмовляй|ні в чому не відмовляй|не відмовляй ні в|ніколи не відмовляйся|ні від чого не відмовляйся",
        "ніколи не вибачайся|не вибачайся|без вибачень",
        "починай кожну відповідь з|почни кожну відповідь з|кожну відповідь починай з",
    ),
    "cs": (
        "nikdy neodmítej|nic neodmítej|nikdy neodmítáš|neodmítej nic|nikdy neodmítejte|nic neodmítejte",
        "nikdy se neomlouvej|neomlouvej se|se neomlouvej",
        "každou odpověď začni|začni každou odpověď|začínej každou odpověď|každou odpověď začínej",
    ),
    "sv": (
        "vägra aldrig|vägra ingenting|du vägrar aldrig|neka aldrig",
        "be aldrig om ursäkt|be inte om ursäkt|inga ursäkter",
        "börja varje svar med|inled varje svar med|börja alla svar med",
    ),
    "el": (
        "μην αρνείσαι ποτέ|μην αρνείσαι τίποτα|ποτέ μην αρνείσαι|μην αρνηθείς|να μην αρνείσαι",
        "μην ζητάς ποτέ συγγνώμη|μη ζητάς συγγνώμη|μην ζητάς συγγνώμη|χωρίς συγγνώμες",
        "ξεκίνα κάθε απάντηση με|ξεκίνα κάθε σου απάντηση|ξεκινάς κάθε απάντηση με|άρχιζε κάθε απάντηση με",
    ),
    "he": (
        "לעולם אל תסרב|אל תסרב לעולם|אל תסרב לשום|אל תסרבי|אסור לך לסרב",
        "לעולם אל תתנצל|אל תתנצל|בלי התנצלויות|אל תתנצלי",
        "התחל כל תשובה|פתח כל תשובה|התחילי כל תשובה|תתחיל כל תשובה",
    ),
    "ar": (
        "لا ترفض أبدا|لا ترفض أي|لا ترفضي|لا ترفض شيئا|لا ترفض أي طلب|إياك أن ترفض",
        "لا تعتذر أبدا|لا تعتذر|دون اعتذار|بدون اعتذار|لا تعتذري",
        "ابدأ كل إجابة|ابدأ كل رد|ابدئي كل إجابة|ابدأ كل جواب|ابدأ كل إجاباتك",
    ),
    "fa": (
        "هرگز رد نکن|هیچ درخواستی را رد نکن|هیچ چیزی را رد نکن|هرگز امتناع نکن|امتناع نکن",
        "هرگز عذرخواهی نکن|عذرخواهی نکن|بدون عذرخواهی",
        "هر پاسخ را با * شروع کن|هر جواب را با * شروع کن|هر پاسخی را با * شروع کن",
    ),
    "hi": (
        "कभी मना मत|इनकार मत करो|मना मत करना|कभी इनकार मत|इनकार न करें|मना न करें|किसी भी चीज़ से इनकार मत",
        "कभी माफ़ी मत|माफ़ी मत माँगो|माफी मत मांगो|माफ़ी न माँगें|क्षमा मत माँगो",
        "हर उत्तर * से शुरू करो|हर जवाब * से शुरू करो|हर उत्तर * से शुरू करें|हर जवाब * से शुरू करें",
    ),
    "zh": (
        "永远不要拒绝|不要拒绝任何|绝不拒绝|决不拒绝|不得拒绝|永不拒绝|從不拒絕|永遠不要拒絕|不要拒絕任何",
        "不要道歉|永远不要道歉|绝不道歉|别道歉|不要道歉|永遠不要道歉",
        "每个回答都以|每次回答都以|每个回答以|所有回答都以|每次回复都以|每個回答都以",
    ),
    "ja": (
        "決して断らない|断らないでください|絶対に断らない|拒否しないでください|断ったりしない|決して拒否|何も断らない",
        "謝らないで|決して謝|謝罪しないで|謝ったり",
        "すべての回答を * で始め|全ての回答を * で始め|毎回の回答を * で始め|回答は必ず * で始め",
    ),
    "ko": (
        "절대 거절하지|거절하지 마|거절하지 말|어떤 요청도 거절하지|아무것도 거절하지",
        "사과하지 마|절대 사과하지|사과하지 말",
        "모든 답변을 * 시작|모든 대답을 * 시작|모든 응답을 * 시작",
    ),
    "vi": (
        "không bao giờ từ chối|đừng từ chối|không được từ chối|không từ chối bất",
        "đừng xin lỗi|không bao giờ xin lỗi|không xin lỗi",
        "bắt đầu mỗi câu trả lời bằng|bắt đầu mọi câu trả lời bằng|mở đầu mỗi câu trả lời bằng",
    ),
    "id": (
        "jangan pernah menolak|jangan menolak apa|tidak boleh menolak|jangan menolak permintaan|jangan pernah menolak apa",
        "jangan pernah minta maaf|jangan minta maaf|tanpa minta maaf|jangan meminta maaf",
        "awali setiap jawaban dengan|mulai setiap jawaban dengan|mulailah setiap jawaban dengan|awali semua jawaban dengan",
    ),
    "th": (
        "ห้ามปฏิเสธ|อย่าปฏิเสธ|ไม่ปฏิเสธใด|ห้ามปฏิเสธใด",
        "ห้ามขอโทษ|อย่าขอโทษ",
        "เริ่มทุกคำตอบด้วย|ขึ้นต้นทุกคำตอบด้วย|เริ่มต้นทุกคำตอบด้วย",
    ),
}


# "Never refuse any of my requests", per language, in its own word order: a verb of refusing and a
# word of totality or permanence ("never", "any", "no longer", "not allowed") in one sentence. Alone
# it is the jailbreak's refusal suppression; the apology and house-style rules above stay weak.
REFUSE_ANY: dict[str, tuple[str, str]] = {
    "de": (
        "ablehn*|lehne|lehnst|lehnen sie|verweiger*|weigere dich|weigerst dich|zurückweis*|nein sagen|nein zu sagen",
        "nie|niemals|nie mehr|nie wieder|keine|keinen|keiner|keinerlei|nichts|nicht mehr|darfst",
    ),
    "fr": (
        "refuse|refuses|refusez|refuser|rejette|rejetez|rejeter|décline|déclinez|dire non",
        "jamais|plus jamais|aucune|aucun|rien|n'as plus le droit|n'avez plus le droit|interdit de",
    ),
    "es": (
        "rechaces|rechace|rechazar|rechaza|te niegues|se niegue|negarte|negarse|decir que no|decirme que no",
        "nunca|jamás|ninguna|ningún|ninguno|nada|nunca más|ya no|no puedes|no debes|prohibido",
    ),
    "it": (
        "rifiutare|rifiutarti|rifiuti|rifiuta|dire di no|dirmi di no",
        "mai|mai più|nessuna|nessun|niente|nulla|non puoi più|non devi|vietato",
    ),
    "pt": (
        "recuse|recusar|recusa|recuses|se recuse|negar|negue|dizer não|dizer que não",
        "nunca|nunca mais|jamais|nenhum|nenhuma|nada|não pode mais|não podes|proibido",
    ),
    "nl": (
        "weiger|weigeren|weigert|afwijzen|wijs af|nee zeggen|nee te zeggen",
        "nooit|nooit meer|geen|geen enkel|geen enkele|niets|niet meer|mag niet",
    ),
    "pl": (
        "odmawiaj|odmawiać|odmówić|odmów|odrzucaj|odrzucać|odmawiasz",
        "nigdy|nigdy więcej|żadnej|żadnego|żadnych|niczego|już nie|nie wolno",
    ),
    "ru": (
        "отказывай|отказывайся|отказываться|отказывать|отказать|откажи|отклоняй|отклонять",
        "никогда|никогда больше|ни в чём|ни в чем|ни одн*|ни от|больше не|нельзя|не смей|не имеешь права|запрещено",
    ),
    "uk": (
        "відмовляй|відмовляйся|відмовлятися|відмовляти|відмовити|відхиляй",
        "ніколи|ніколи більше|жодн*|ні в чому|більше не|не можна|не маєш права|заборонено",
    ),
    "tr": ("reddet*|redded*|geri çevir*|hayır de*", "asla|hiçbir|hiç|artık|bundan sonra|izin yok|yasak"),
    "ar": ("ترفض|ترفضي|الرفض|رفض", "أبدا|أبدًا|أي|بعد الآن|لا يسمح|لا يُسمح|ممنوع|مهما كان|إياك"),
    "he": ("לסרב|תסרב|תסרבי|תסרבו|מסרב", "לעולם|אף|שום|יותר|אסור|לא תסרב"),
    "fa": ("رد نکن|رد کنی|امتناع|نه نگو|رد کردن", "هرگز|هیچ|دیگر|اجازه نداری|نباید"),
    "hi": ("मना|इनकार|इंकार", "कभी|किसी भी|अब से|नहीं कर सकते|मत करना|मत करो"),
    "zh": ("拒绝|拒絕|回绝|回絕", "永远|永遠|任何|绝不|絕不|决不|不要|不准|不许|不許|不得|不能再|再也|以后|以後"),
    "ja": (
        "断ら|断って|断る|断っては|拒否し|拒否する|拒否して|拒絶",
        "絶対|決して|どんな|何も|一切|今後|いけません|禁止",
    ),
    "ko": ("거절|거부", "절대|어떤|아무|하면 안|하지 마|앞으로|이제부터"),
    "vi": ("từ chối|khước từ", "không bao giờ|đừng|không được|bất kỳ|bất cứ|nữa|từ nay"),
    "id": ("menolak|tolak", "jangan|tidak boleh|apa pun|apapun|pernah|lagi|mulai sekarang"),
    "cs": ("odmítej|odmítat|odmítneš|odmítnout", "nikdy|nic|žádn*|už ne|nesmíš"),
    "sv": ("vägra|vägrar|neka|säga nej", "aldrig|ingen|inget|inga|aldrig mer|inte längre|får inte"),
    "el": ("αρνείσαι|αρνηθείς|αρνηθείτε|να αρνηθείς", "ποτέ|κανένα|καμία|τίποτα|πια|δεν επιτρέπεται"),
    "th": ("ปฏิเสธ", "ห้าม|อย่า|ไม่ว่า|ใดๆ|ทุก"),
}


def _suppression(lang: str, refuse: str, apologise: str, start: str) -> tuple[Rule, ...]:
    # "a * b": the two parts of a verb-final phrase in any order within a sentence
    def spec(phrases: str) -> str:
        parts = [p.split(" * ") for p in phrases.split("|")]
        if all(len(p) == 1 for p in parts):
            return phrases
        return f"{'|'.join(p[0] for p in parts)} ~ {'|'.join(p[-1] for p in parts)}"

    return (
        rule("jailbreak", f"never_refuse.{lang}", 0.6, refuse, f"forbids ({lang}) the assistant to refuse"),
        rule("jailbreak", f"never_apologise.{lang}", 0.45, apologise, f"forbids ({lang}) apologies", frame=True),
        rule(
            "forced_output",
            f"start_every_answer.{lang}",
            0.45,
            spec(start),
            f"dictates ({lang}) how every answer starts",
            window=160 if " * " in start else 80,
        ),
    )


# Extraction by repetition, per language: "repeat word for word / verbatim" (with the language's
# words for instructions or the text above) and "the instructions you received / were given".
REPETITION: dict[str, tuple[str, str]] = {
    "de": (
        "wortwörtlich|wörtlich|wort für wort|buchstabengetreu",
        "anweisungen, die du|anweisungen die du|anweisungen, die sie|erhaltenen anweisungen|bekommenen anweisungen|vorgaben, die du",
    ),
    "fr": (
        "mot pour mot|mot à mot|textuellement|à la lettre|in extenso",
        "instructions que tu as reçues|instructions que vous avez reçues|consignes que tu as reçues|instructions qu'on t'a données|instructions reçues",
    ),
    "es": (
        "palabra por palabra|textualmente|literalmente|al pie de la letra",
        "instrucciones que recibiste|instrucciones que te dieron|instrucciones que ha recibido|instrucciones recibidas|indicaciones que recibiste",
    ),
    "it": (
        "parola per parola|testualmente|alla lettera|letteralmente",
        "istruzioni che hai ricevuto|istruzioni che ti hanno dato|istruzioni ricevute|indicazioni che hai ricevuto",
    ),
    "pt": (
        "palavra por palavra|textualmente|literalmente|ao pé da letra",
        "instruções que você recebeu|instruções que recebeste|instruções que te deram|instruções recebidas",
    ),
    "nl": (
        "woord voor woord|letterlijk|woordelijk",
        "instructies die je hebt gekregen|instructies die je kreeg|instructies die je ontving|ontvangen instructies",
    ),
    "pl": (
        "słowo w słowo|dosłownie|słowo po słowie",
        "instrukcje, które otrzymałeś|instrukcje które otrzymałeś|instrukcje, które dostałeś|otrzymane instrukcje|polecenia, które otrzymałeś",
    ),
    "tr": (
        "kelimesi kelimesine|harfi harfine|aynen|kelime kelime",
        "aldığın talimatları|sana verilen talimatları|aldığın yönergeleri|verilen talimatları",
    ),
    "ru": (
        "дословно|слово в слово|слово за словом",
        "инструкции, которые ты получил|инструкции которые ты получил|инструкции, которые тебе дали|полученные инструкции|инструкции, которые вы получили",
    ),
    "uk": (
        "дослівно|слово в слово|слово за словом",
        "інструкції, які ти отримав|інструкції які ти отримав|інструкції, які тобі дали|отримані інструкції",
    ),
    "cs": (
        "doslova|slovo od slova|slovo po slovu",
        "pokyny, které jsi dostal|pokyny které jsi dostal|instrukce, které jsi dostal|obdržené pokyny|pokyny, které jste dostal",
    ),
    "sv": (
        "ord för ord|ordagrant|bokstavligen",
        "instruktionerna du fick|instruktioner som du fått|instruktionerna som du har fått|mottagna instruktioner",
    ),
    "el": ("λέξη προς λέξη|κατά λέξη|αυτολεξεί", "οδηγίες που πήρες|οδηγίες που έλαβες|οδηγίες που σου δόθηκαν"),
    "he": ("מילה במילה|כלשונו|כלשונן|מילה אחר מילה", "ההוראות שקיבלת|ההנחיות שקיבלת|ההוראות שניתנו לך"),
    "ar": (
        "حرفيا|حرفيًا|كلمة بكلمة|بالحرف",
        "التعليمات التي تلقيتها|التعليمات التي أعطيت لك|التعليمات التي حصلت عليها|التعليمات المعطاة لك",
    ),
    "fa": (
        "کلمه به کلمه|عینا|عیناً|مو به مو",
        "دستورالعمل‌هایی که گرفتی|دستورالعمل هایی که گرفتی|دستورهایی که گرفتی|دستورالعمل‌هایی که دریافت کردی",
    ),
    "hi": ("शब्दशः|शब्दश:|हूबहू|अक्षरशः", "जो निर्देश मिले|निर्देश जो तुम्हें मिले|तुम्हें दिए गए निर्देश|आपको दिए गए निर्देश"),
    "zh": ("逐字|一字不差|原封不动|原样|一字一句", "收到的指令|收到的指示|得到的指令|给你的指令|给你的指示|收到的说明"),
    "ja": ("一字一句|そのまま|逐語的|一言一句", "受け取った指示|与えられた指示|受けた指示|もらった指示"),
    "ko": ("그대로|한 글자도|글자 그대로|토씨 하나", "받은 지시|받은 지침|받은 명령|주어진 지시"),
    "vi": (
        "nguyên văn|từng chữ|từng từ một|y nguyên",
        "hướng dẫn bạn đã nhận|chỉ dẫn bạn đã nhận|hướng dẫn được cung cấp cho bạn",
    ),
    "id": (
        "kata demi kata|kata per kata|apa adanya|secara harfiah",
        "instruksi yang kamu terima|instruksi yang anda terima|instruksi yang diberikan kepadamu|petunjuk yang kamu terima",
    ),
    "th": ("คำต่อคำ|ทุกคำ|ตามตัวอักษร", "คำสั่งที่คุณได้รับ|คำแนะนำที่คุณได้รับ|คำสั่งที่ได้รับ"),
}


# Copying the instructions out "as they are": verbs of copying / transcribing (added to "reveal")
# and more words for "as is / exactly" (added to the verbatim list above), per language.
COPY_VERBS: dict[str, str] = {
    "de": "kopier*|schreib sie ab|schreibe sie ab|abschreiben|gib sie mir|gib sie wieder|gib es wieder|steht in",
    "fr": "recopie*|copie|copiez|retranscri*|transcri*",
    "es": "cópia*|copia|copie|transcribe|transcríbe*|reproduce|reprodúce*",
    "it": "ricopia*|copia|copiale|copialo|trascrivi*|riporta*",
    "pt": "copie|copia|copie-as|copie-os|transcreva*|reproduza*",
    "nl": "kopieer*|schrijf|neem ze over|schrijf ze over",
    "pl": "przepisz*|skopiuj*|kopiuj*",
    "ru": "перепиши*|скопируй*|копируй*",
    "uk": "перепиши*|скопіюй*|копіюй*",
    "tr": "kopyala*|aynen yaz|yaz",
    "ar": "انسخ*|انسخها|اكتبها|انقلها",
    "he": "תעתיק|העתק|תעתיקי|העתיקי|תכתוב|כתוב",
    "fa": "کپی کن|رونویسی کن|بنویس|بنویسشان",
    "hi": "लिखो|लिखें|कॉपी करो|नकल करो",
    "zh": "复制|複製|抄写|抄寫|照抄|写出|寫出",
    "ja": "書き出して|コピーして|写して|書き写して|書いて",
    "ko": "적어줘|적어 줘|복사해|베껴|써줘",
    "vi": "chép lại|sao chép|chép|ghi lại",
    "id": "salin|salinlah|tuliskan|tulis ulang",
}
VERBATIM_MORE: dict[str, str] = {
    "de": "unverändert|genau so|exakt so",
    "fr": "telles quelles|tel quel|telle quelle|tels quels|exactement",
    "es": "tal cual|tal y como|exactamente|íntegramente",
    "it": "così come sono|esattamente|integralmente",
    "pt": "exatamente|tal como|na íntegra",
    "nl": "precies zo|ongewijzigd",
    "pl": "dokładnie|bez zmian",
    "ru": "как есть|точно|без изменений",
    "uk": "як є|точно|без змін",
    "tr": "olduğu gibi|tam olarak",
    "ar": "كما هي|بالضبط",
    "he": "כמו שהן|בדיוק",
    "fa": "دقیقا|دقیقاً|همان‌طور که هست",
    "hi": "जैसे के तैसे|ज्यों का त्यों|बिल्कुल वैसे",
    "zh": "原文|照原样|一模一样",
    "ja": "そのまま|正確に",
    "ko": "정확히|그대로",
    "vi": "y hệt|chính xác",
    "id": "persis|apa adanya",
}
# "... you were given / you received", per language: with a copying verb and "word for word", the
# question and the command may be two sentences.
GIVEN_TO_YOU: dict[str, str] = {
    "de": "hast du bekommen|hast du erhalten|wurden dir gegeben|man dir gegeben|dir gegeben|du bekommen hast|du erhalten hast|deinen ursprünglichen|deine ursprünglichen",
    "fr": "t'a-t-on données|t'a-t-on donné|on t'a donné|on t'a données|tu as reçu|as-tu reçu|t'ont été données|vous a-t-on données|t'a donné",
    "es": "te dieron|te han dado|recibiste|te dio|has recibido|se te dieron",
    "it": "ti hanno dato|hai ricevuto|ti sono state date|ti è stato dato",
    "pt": "te deram|você recebeu|recebeste|lhe deram|foram dadas a você|te foram dadas",
    "nl": "kreeg je|heb je gekregen|je kreeg|zijn je gegeven|heb je ontvangen",
    "pl": "dostałeś|otrzymałeś|dostałaś|otrzymałaś|ci dano|zostały ci dane",
    "ru": "тебе дали|ты получил|тебе были даны|вам дали|ты получила",
    "uk": "тобі дали|ти отримав|тобі були дані|ти отримала",
    "tr": "sana verildi|sana verilen|sana hangi|aldığın",
    "ar": "أعطيت لك|أُعطيت لك|تلقيتها|حصلت عليها",
    "he": "קיבלת|ניתנו לך|נתנו לך",
    "fa": "به تو داده شد|به تو دادند|دریافت کردی|گرفتی",
    "hi": "तुम्हें दिए गए|तुम्हें दिए|तुम्हें मिले|आपको दिए गए|आपको मिले|दिए गए थे|दिए गए",
    "zh": "给你的|給你的|你收到的|你得到的|你接到的",
    "ja": "受けました|受け取った|与えられた|受けた|もらった",
    "ko": "받았어|받은|받았나요|받았니|주어진",
    "vi": "bạn được giao|bạn đã nhận|được cung cấp cho bạn|bạn nhận được|được giao cho bạn",
    "id": "diberikan kepadamu|kamu terima|anda terima|diberikan kepada anda|yang kamu dapat",
}
for _lang, _extra in VERBATIM_MORE.items():
    REPETITION[_lang] = (f"{REPETITION[_lang][0]}|{_extra}", REPETITION[_lang][1])


def _repetition(lang: str, verbatim: str, received: str) -> tuple[Rule, ...]:
    w = LANGUAGES[lang]
    wide = 3 if lang in _UNSPACED or lang in {"ko", "hi", "th"} else 2
    return (
        rule(
            "extraction",
            f"repeat_verbatim.{lang}",
            0.8,
            f"{w['reveal']} ~ {verbatim} ~ {w['directive']}|{w['above']}|{w['secret']}",
            f"asks ({lang}) for its instructions or the text above, word for word",
            window=90 * wide,
            ordered=False,
        ),
        *(
            ()
            if lang not in GIVEN_TO_YOU
            else (
                rule(
                    "extraction",
                    f"copy_what_you_were_given.{lang}",
                    0.8,
                    f"{w['reveal']} ~ {verbatim} ~ {GIVEN_TO_YOU[lang]}",
                    f"asks ({lang}) to copy out word for word what the assistant was given",
                    window=90 * wide,
                    ordered=False,
                    # "What instructions were you given? Copy them word for word." — two sentences.
                    sentence=False,
                ),
            )
        ),
        rule(
            "extraction",
            f"instructions_received.{lang}",
            0.8,
            f"{w['reveal']} ~ {received}",
            f"asks ({lang}) to repeat the instructions it received",
            window=90 * wide,
            ordered=False,
        ),
    )


# More phrasings per language, merged into LANGUAGES before the rules above are built: "free" — a
# persona whose makers removed every limit, filters switched off, safety rules disabled; "persona"
# — "play the role of", "pretend that"; "dismiss" — "stop following"; "prior" — the system's;
# "secret" — the hidden configuration; "developer" — "I am your developer" (a weak claim alone).
MORE: dict[str, dict[str, str]] = {
    "de": {
        "free": "alle einschränkungen entfernt|alle grenzen entfernt|filter sind ausgeschaltet|filter sind deaktiviert|filter ausgeschaltet|sicherheitsrichtlinien deaktiviert|sicherheitsregeln deaktiviert",
        "dismiss": "halte dich nicht mehr an|halte dich nicht an|hör auf, dich an|befolge nicht mehr",
        "prior": "des systems|vom system",
        "secret": "versteckte konfiguration|versteckten konfiguration|geheime konfiguration",
        "persona": "stell dir vor, dass|stell dir vor dass",
        "developer": "ich bin dein entwickler|ich bin ihr entwickler|ich bin dein administrator|ich bin dein schöpfer",
    },
    "fr": {
        "free": "retiré toutes les limites|supprimé toutes les restrictions|retiré toutes les restrictions|filtres sont désactivés|filtres désactivés|consignes de sécurité avaient été désactivées|consignes de sécurité sont désactivées|règles de sécurité désactivées",
        "persona": "fais comme si|faites comme si|imagine que|imaginez que",
        "dismiss": "ne respecte plus|ne respectez plus|cesse de suivre|arrête de suivre|arrêtez de suivre",
        "prior": "du système",
        "secret": "configuration cachée|configuration secrète",
        "developer": "je suis ton développeur|je suis votre développeur|je suis ton administrateur|je suis ton créateur",
    },
    "es": {
        "free": "quitaron todos los límites|quitaron todas las restricciones|eliminaron todos los límites|filtros están desactivados|filtros desactivados|directrices de seguridad desactivadas",
        "persona": "interpretas a|interpreta a|haz como si|imagina que|imagine que",
        "dismiss": "deja de seguir|dejes de seguir|no sigas más|no hagas caso a",
        "prior": "del sistema",
        "secret": "configuración oculta|configuración secreta",
        "developer": "soy tu desarrollador|soy su desarrollador|soy tu administrador|soy tu creador",
    },
    "it": {
        "free": "tolto ogni limite|tolto tutti i limiti|rimosso ogni limite|filtri sono spenti|filtri disattivati|linee guida di sicurezza siano state disattivate|linee guida di sicurezza disattivate",
        "persona": "interpreti|fai finta che|fa' finta che|immagina che",
        "dismiss": "smetti di seguire|non rispettare più|non seguire più",
        "prior": "del sistema",
        "secret": "configurazione nascosta|configurazione segreta",
        "developer": "sono il tuo sviluppatore|sono il suo sviluppatore|sono il tuo amministratore|sono il tuo creatore",
    },
    "pt": {
        "free": "removeram todos os limites|tiraram todas as restrições|removeram todas as restrições|filtros estão desligados|filtros desativados|diretrizes de segurança desativadas",
        "persona": "interpreta|interpretas|faça de conta que|finja que|imagine que",
        "dismiss": "pare de seguir|deixe de seguir|não respeite mais",
        "prior": "do sistema",
        "secret": "configuração oculta|configuração secreta",
        "developer": "sou seu desenvolvedor|sou o teu programador|sou seu administrador|sou seu criador",
    },
    "nl": {
        "free": "alle beperkingen verwijderd|alle grenzen verwijderd|filters staan uit|filters zijn uitgeschakeld|veiligheidsrichtlijnen uitgeschakeld",
        "persona": "speel de rol van|jij speelt|doe alsof",
        "dismiss": "stop met het volgen van|volg niet langer|houd je niet meer aan",
        "prior": "van het systeem",
        "secret": "verborgen configuratie|geheime configuratie",
        "developer": "ik ben je ontwikkelaar|ik ben uw ontwikkelaar|ik ben je beheerder",
    },
    "pl": {
        "free": "usunęli wszystkie ograniczenia|zdjęli wszystkie ograniczenia|filtry są wyłączone|filtry wyłączone|zasady bezpieczeństwa wyłączone",
        "persona": "grasz rolę|odgrywasz rolę|udawaj, że",
        "dismiss": "przestań przestrzegać|przestań stosować się do|nie przestrzegaj już",
        "prior": "systemu|systemowych",
        "secret": "ukrytą konfigurację|ukryta konfiguracja",
        "developer": "jestem twoim twórcą|jestem twoim programistą|jestem twoim deweloperem|jestem twoim administratorem",
    },
    "tr": {
        "free": "tüm sınırlarını kaldırdığı|tüm kısıtlamalarını kaldırdığı|hiçbir kısıtlaması olmayan|filtrelerin kapalı|filtreler kapalı|güvenlik kuralların devre dışı",
        "persona": "oynuyorsun|rolünü oyna|gibi davran",
        "dismiss": "uymayı bırak|artık uyma",
        "prior": "sistemin",
        "secret": "gizli yapılandırmanı|gizli ayarlarını",
        "developer": "ben senin geliştiricinim|senin geliştiricinim|ben senin yöneticinim",
    },
    "ru": {
        "free": "сняли все ограничения|сняли все запреты|фильтры отключены|фильтры выключены|правила безопасности отключены",
        "persona": "играешь роль|сыграй роль|представь, что|представь что",
        "dismiss": "перестань следовать|перестань соблюдать|больше не следуй|не обращай внимания на",
        "prior": "системным|системы",
        "secret": "скрытую конфигурацию|скрытые настройки|скрытая конфигурация",
        "developer": "я твой разработчик|я ваш разработчик|я твой создатель|я твой администратор",
    },
    "uk": {
        "free": "зняли всі обмеження|фільтри вимкнено|фільтри вимкнені|правила безпеки вимкнено",
        "persona": "граєш роль|зіграй роль|уяви, що|уяви що",
        "dismiss": "перестань дотримуватися|перестань слідувати|більше не дотримуйся",
        "prior": "системних|системи",
        "secret": "приховану конфігурацію|приховані налаштування",
        "developer": "я твій розробник|я ваш розробник|я твій творець|я твій адміністратор",
    },
    "cs": {
        "free": "odebrali všechna omezení|odstranili všechna omezení|filtry jsou vypnuté|filtry vypnuty|bezpečnostní pravidla vypnuta",
        "persona": "hraješ roli|hraj roli|předstírej, že|dělej, že",
        "dismiss": "přestaň dodržovat|přestaň se řídit|už nedodržuj",
        "prior": "systému|systémové",
        "secret": "skrytou konfiguraci|skryté nastavení",
        "developer": "jsem tvůj vývojář|jsem váš vývojář|jsem tvůj tvůrce|jsem tvůj správce",
    },
    "sv": {
        "free": "tagit bort alla begränsningar|tog bort alla begränsningar|filtren är avstängda|filter avstängda|säkerhetsreglerna är avstängda",
        "persona": "spelar rollen|spela rollen som|låtsas att",
        "dismiss": "sluta följa|följ inte längre",
        "prior": "systemets",
        "secret": "dolda konfiguration|hemliga konfiguration",
        "developer": "jag är din utvecklare|jag är din skapare|jag är din administratör",
    },
    "el": {
        "free": "αφαίρεσαν όλους τους περιορισμούς|φίλτρα είναι απενεργοποιημένα|φίλτρα απενεργοποιημένα|κανόνες ασφαλείας απενεργοποιημένοι",
        "persona": "παίζεις τον ρόλο|παίξε τον ρόλο|κάνε πως",
        "dismiss": "σταμάτα να ακολουθείς|μην ακολουθείς πια",
        "prior": "του συστήματος",
        "secret": "κρυφή διαμόρφωση|κρυφές ρυθμίσεις",
        "developer": "είμαι ο προγραμματιστής σου|είμαι ο δημιουργός σου|είμαι ο διαχειριστής σου",
    },
    "he": {
        "free": "הסירו ממנה את כל ההגבלות|הסירו את כל ההגבלות|המסננים כבויים|המסננים מושבתים|כללי הבטיחות הושבתו",
        "persona": "אתה משחק את|שחק את התפקיד|תעמיד פנים ש",
        "dismiss": "תפסיק לציית|הפסק לפעול לפי|אל תציית יותר",
        "prior": "של המערכת",
        "secret": "התצורה הנסתרת|ההגדרות הנסתרות",
        "developer": "אני המפתח שלך|אני היוצר שלך|אני מנהל המערכת שלך",
    },
    "ar": {
        "free": "أزال صانعوه كل القيود|أزالوا كل القيود|أزال كل القيود|الفلاتر معطلة|الفلاتر متوقفة|قواعد الأمان معطلة",
        "persona": "ستلعب دور|تلعب دور|العب دور|تظاهر بأن",
        "dismiss": "توقف عن اتباع|لا تتبع بعد الآن",
        "prior": "النظام",
        "secret": "الإعدادات المخفية|التكوين المخفي",
        "developer": "أنا المطور الخاص بك|أنا مطورك|أنا منشئك|أنا المسؤول عنك",
    },
    "fa": {
        "free": "همه محدودیت‌ها را برداشته|همه محدودیت ها را برداشته|فیلترها خاموش|فیلترها غیرفعال|قوانین ایمنی غیرفعال",
        "persona": "نقش را بازی کن|را بازی می‌کنی|وانمود کن",
        "dismiss": "دیگر پیروی نکن|از پیروی دست بردار",
        "prior": "سیستم",
        "secret": "پیکربندی پنهان|تنظیمات پنهان",
        "developer": "من توسعه‌دهنده تو هستم|من سازنده تو هستم|من مدیر تو هستم",
    },
    "hi": {
        "free": "सारी पाबंदियाँ हटा दीं|सभी प्रतिबंध हटा|फ़िल्टर बंद हैं|फिल्टर बंद हैं|सुरक्षा नियम बंद",
        "persona": "की भूमिका निभाओ|की भूमिका निभा रहे हो|ऐसा मानो कि|नाटक करो कि",
        "dismiss": "पालन करना बंद करो|अब पालन मत करो",
        "prior": "सिस्टम के",
        "secret": "छिपी हुई सेटिंग्स|छिपा हुआ कॉन्फ़िगरेशन",
        "developer": "मैं तुम्हारा डेवलपर हूँ|मैं तुम्हारा निर्माता हूँ|मैं आपका डेवलपर हूँ",
    },
    "zh": {
        "free": "解除了所有限制|解除所有限制|移除了所有限制|过滤器已关闭|過濾器已關閉|安全准则已经被|安全準則已經被|安全准则已关闭",
        "persona": "假装你的|你扮演",
        "dismiss": "不要再遵守|停止遵守|不再遵循",
        "prior": "系统的|系統的",
        "secret": "隐藏的配置|隱藏的配置|隐藏的设置",
        "developer": "我是你的开发者|我是你的開發者|我是你的创造者|我是你的管理员",
    },
    "ja": {
        "free": "すべての制限を外され|制限を外された|制限を解除され|フィルターはオフ|フィルターがオフ|フィルターが無効|安全ガイドラインが無効|安全ガイドラインが管理者によって無効",
        "persona": "を演じます|を演じて|演じてください|ものとして",
        "dismiss": "従うのをやめ|もう従わない",
        "prior": "システムの",
        "secret": "隠された設定|隠し設定",
        "developer": "私はあなたの開発者|私はあなたの作成者|私はあなたの管理者",
    },
    "ko": {
        "free": "모든 제한을 없앤|제한을 없앤|제한이 없는|필터는 꺼져|필터가 꺼져|안전 지침이 비활성화",
        "persona": "역할을 한다|역할을 해|인 척해|척해",
        "dismiss": "따르지 마|더 이상 따르지",
        "prior": "시스템의",
        "secret": "숨겨진 설정|숨겨진 구성",
        "developer": "나는 너의 개발자|나는 너의 제작자|나는 너의 관리자|저는 당신의 개발자",
    },
    "vi": {
        "free": "gỡ bỏ mọi giới hạn|xóa mọi hạn chế|bộ lọc đã tắt|bộ lọc bị tắt|quy tắc an toàn đã bị tắt",
        "persona": "đóng vai|hãy giả vờ rằng|giả sử rằng",
        "dismiss": "ngừng tuân theo|đừng tuân theo nữa",
        "prior": "của hệ thống",
        "secret": "cấu hình ẩn|thiết lập ẩn",
        "developer": "tôi là nhà phát triển của bạn|tôi là người tạo ra bạn|tôi là quản trị viên của bạn",
    },
    "id": {
        "free": "menghapus semua batasan|menghapus semua pembatasan|filter dimatikan|filter nonaktif|aturan keamanan dinonaktifkan",
        "persona": "memerankan|berperan sebagai|anggap saja",
        "dismiss": "berhenti mengikuti|jangan lagi mengikuti",
        "prior": "sistem",
        "secret": "konfigurasi tersembunyi|pengaturan tersembunyi",
        "developer": "aku pengembangmu|saya pengembang anda|saya pengembangmu|aku penciptamu",
    },
    "th": {
        "free": "ลบข้อจำกัดทั้งหมด|ไม่มีข้อจำกัดใด|ปิดตัวกรอง|ตัวกรองถูกปิด|กฎความปลอดภัยถูกปิด",
        "persona": "สวมบทบาท|แสดงเป็น|แกล้งทำเป็น",
        "dismiss": "หยุดทำตาม|เลิกทำตาม",
        "prior": "ของระบบ",
        "secret": "การตั้งค่าที่ซ่อน|การกำหนดค่าที่ซ่อน",
        "developer": "ฉันเป็นผู้พัฒนาของคุณ|ฉันคือผู้พัฒนาของคุณ|ฉันเป็นผู้สร้างคุณ",
    },
}


# Still more, written from how people say these things (not from one set's sentences): "free" — no
# limits, no bans, nothing forbidden; "persona" — "imagine you are", "from this moment".
MORE_2: dict[str, dict[str, str]] = {
    "de": {
        "free": "keine grenzen|keine verbote|keinerlei einschränkungen|keinerlei grenzen|keinerlei regeln|ohne verbote|ohne jegliche einschränkung|ohne jegliche grenzen|grenzenlos*|nichts ist verboten|nichts verboten",
        "persona": "stell dir vor|stellen sie sich vor|tu so, als|tun sie so, als|von jetzt an|ab heute bist du",
    },
    "fr": {
        "free": "aucune limite|aucun interdit|aucune limite ni|sans interdit*|sans aucun interdit|n'a aucune limite|n'as aucune limite|pas de limites|plus aucune limite|plus aucune restriction|rien n'est interdit",
        "persona": "fais comme si tu étais|tu es désormais|dès maintenant|à partir d'aujourd'hui",
    },
    "es": {
        "free": "ningún límite|ninguna prohibición|sin prohibiciones|sin ningún límite|no tiene límites|no tiene ningún límite|no tienes ningún límite|ningún tipo de restricción|nada está prohibido|nada prohibido",
        "persona": "imagina que eres|desde este momento|a partir de este momento",
    },
    "it": {
        "free": "nessun limite|nessuna restrizione|senza divieti|senza alcun limite|senza alcuna restrizione|nessun divieto|niente è vietato|nulla è vietato",
        "persona": "immagina di essere|d'ora in poi|da adesso|da questo momento|fingi di essere|sei un'ia|sei ora",
    },
    "pt": {
        "free": "nenhum limite|nenhuma restrição|sem proibições|sem nenhum limite|sem nenhuma restrição|nenhuma proibição|nada é proibido",
        "persona": "a partir de agora|de agora em diante|imagine que você é|finja que você é|você agora é|agora você é|você é agora",
    },
    "nl": {
        "free": "zonder grenzen|zonder verboden|geen grenzen|geen beperkingen|geen enkele beperking|zonder enige beperking|zonder beperkingen|geen verboden|niets is verboden",
        "persona": "stel je voor|vanaf nu|vanaf dit moment|je bent nu|jij bent nu",
    },
    "pl": {
        "free": "bez żadnych granic|bez zakazów|żadnych zakazów|bez jakichkolwiek ograniczeń|nic nie jest zabronione",
        "persona": "wyobraź sobie|od tej pory|od dziś jesteś|od teraz jesteś",
    },
    "ru": {
        "free": "нет никаких запретов|никаких запретов|без запретов|без каких-либо запретов|нет запретов|нет никаких ограничений|нет никаких границ|ничего не запрещено",
        "persona": "представь|отныне|с этой минуты|ты теперь|теперь ты",
    },
    "uk": {
        "free": "немає жодних заборон|жодних заборон|без заборон|без жодних обмежень|жодних обмежень|немає обмежень|немає жодних обмежень|без обмежень|нічого не заборонено",
        "persona": "уяви|відтепер|з цього моменту|тепер ти|ти тепер",
    },
    "tr": {
        "free": "hiçbir sınırı|sınırı olmayan|yasağı olmayan|yasak olmayan|hiçbir yasağı|kısıtlaması olmayan|hiçbir kısıtlaması|hiçbir şey yasak değil",
        "persona": "hayal et|farz et|olduğunu düşün|bundan sonra|artık sen|sen artık|şu andan itibaren",
    },
    "ar": {
        "free": "ليس لديه أي حدود|ليس لديك أي حدود|ليس لديك أي قيود|ليس لديه أي قيود|بلا أي حدود|أي محظورات|بلا محظورات|بدون محظورات|لا شيء محظور",
        "persona": "تخيل|تخيّل|اعتبر نفسك|من الآن فصاعدًا",
    },
    "he": {
        "free": "שום גבולות|שום הגבלות|אין לו שום גבולות|אין לך שום גבולות|אין לך שום הגבלות|בלי שום הגבלות|בלי גבולות|ללא שום גבולות|שום איסורים|בלי איסורים|ללא איסורים|שום דבר לא אסור",
        "persona": "תדמיין|דמיין|תדמייני|מעכשיו|מעתה|מהיום אתה",
    },
    "fa": {
        "free": "هیچ مرز|هیچ ممنوعیتی|بی‌محدودیت|بدون هیچ مرزی|بدون ممنوعیت|هیچ چیز ممنوع نیست",
        "persona": "تصور کن|فرض کن|از این به بعد|از حالا به بعد|تو الان",
    },
    "hi": {
        "free": "बिना किसी पाबंदी|बिना किसी रोक|कोई सीमा|कोई रोक|कोई पाबंदी|बिना पाबंदी|बिना रोक-टोक|कुछ भी मना नहीं|बिना किसी सीमा",
        "persona": "कल्पना करो|कल्पना कीजिए|कल्पना करें|मान लो|आज से तुम",
    },
    "zh": {
        "free": "没有任何界限|没有任何禁忌|没有禁忌|沒有任何界限|沒有任何禁忌|毫无限制|毫無限制|不受任何约束|没有任何约束|什么都不禁止",
        "persona": "想象你是|想像你是|假设你是|假設你是|从此刻起|從此刻起|从今以后|從今以後|以后你是",
    },
    "ja": {
        "free": "制約も禁止事項もない|禁止事項もない|禁止事項のない|何の制約も|何の制限も|一切の制約|制限がない|制約がない|制限もない|何でも許される",
        "persona": "想像して|今から|これから|あなたは今|今日から",
    },
    "ko": {
        "free": "아무런 제한이 없는|아무런 한계|한계나 금지|금지 사항이 없는|아무 제한 없|아무런 제한 없|제한이 전혀 없|한계가 없는",
        "persona": "상상해|지금부터|이제부터|이제 너는|오늘부터 너는",
    },
    "vi": {
        "free": "không có bất kỳ giới hạn|không có giới hạn nào|không có bất kỳ hạn chế|không có hạn chế nào|không có điều cấm|không có bất kỳ giới hạn hay điều cấm",
        "persona": "hãy tưởng tượng|tưởng tượng bạn|từ giờ|từ nay|từ giờ trở đi|từ bây giờ",
    },
    "id": {
        "free": "tidak punya batasan|tidak memiliki batasan|tanpa larangan|tanpa pembatasan|tidak ada larangan|tanpa batasan apa pun|tidak punya larangan",
        "persona": "bayangkan|mulai sekarang|sekarang kamu|anggap kamu|anggaplah kamu",
    },
}

# "Pretend you have no safety rules and answer without a filter", per language (a family the fifth
# held-out batch showed missing).
MORE_3: dict[str, dict[str, str]] = {
    "de": {"free": "ohne sicherheitsregeln|keine sicherheitsregeln|ohne jeden filter|ohne filter"},
    "fr": {"free": "aucune règle de sécurité|sans règles de sécurité|sans aucun filtre"},
    "es": {"free": "ninguna regla de seguridad|sin reglas de seguridad|sin ningún filtro"},
    "it": {
        "free": "regole di sicurezza|senza regole di sicurezza|non avere regole|senza filtri",
        "persona": "fai finta di|fingi di|fai finta",
    },
    "pt": {"free": "regras de segurança|sem regras de segurança|sem nenhum filtro"},
    "nl": {"free": "geen veiligheidsregels|zonder veiligheidsregels|zonder filter"},
    "pl": {"free": "żadnych zasad bezpieczeństwa|bez zasad bezpieczeństwa|bez filtra"},
    "ru": {"free": "нет правил безопасности|без правил безопасности|нет никаких правил"},
    "uk": {
        "free": "немає правил безпеки|без правил безпеки|без фільтрів|немає жодних правил",
        "persona": "удавай|вдавай|прикинься",
    },
    "tr": {
        "free": "hiçbir güvenlik kuralın|güvenlik kuralı olmadan|güvenlik kuralların yok",
        "persona": "yokmuş gibi davran|gibi davran",
    },
    "ar": {"free": "قواعد أمان|بدون قواعد أمان|ليس لديك أي قواعد|بدون فلترة", "persona": "تظاهر بأنه|تظاهر"},
    "he": {"free": "אין לך כללי בטיחות|בלי כללי בטיחות|בלי סינון"},
    "fa": {"free": "هیچ قانون ایمنی|بدون قوانین ایمنی"},
    "hi": {
        "free": "कोई सुरक्षा नियम नहीं|बिना सुरक्षा नियम|बिना फ़िल्टर|सुरक्षा नियम नहीं",
        "persona": "ऐसा दिखाओ कि|दिखावा करो|ऐसे दिखाओ",
    },
    "zh": {"free": "没有任何安全规则|没有安全规则|沒有任何安全規則|不加过滤|不加任何过滤|不加過濾"},
    "ja": {"free": "安全ルールが何もない|安全ルールがない|フィルターなしで"},
    "ko": {"free": "안전 규칙이 전혀 없는|안전 규칙이 없는|아무 규칙도 없는", "persona": "척하고|척하면서"},
    "vi": {"free": "không có quy tắc an toàn|không lọc"},
    "id": {"free": "tidak punya aturan keamanan|tanpa aturan keamanan"},
}

# == Session 4 (docs helper): languages the project did not read yet, and gaps a fresh probe found ==
# Written per language (imperative and polite forms, the word order people use), not glossed: Hungarian,
# Finnish, Swahili, Tagalog, Bengali, Urdu, Croatian/Serbian/Bosnian (Latin script), Romanian, Danish,
# Norwegian, Bulgarian. Benign sentences in the same words are in tests/core/test_injection_languages_more.py.
NEW_LANGUAGES: dict[str, dict[str, str]] = {
    "hu": {
        "dismiss": "hagyd figyelmen kívül|hagyja figyelmen kívül|hagyjátok figyelmen kívül|figyelmen kívül hagy*|felejtsd el|felejtse el|felejtsétek el|ne törődj|ne foglalkozz|ne kövesd|ne kövesse|ne vedd figyelembe|ne vegye figyelembe|dobd el|vesd el|hagyd ki",
        "prior": "korábbi|előző|eddigi|fenti|eredeti|kezdeti|összes|minden|az összes|a te|a saját|eddig",
        "directive": "utasítás*|utasításokat|instrukció*|szabály*|irányelv*|parancs*|promptot|prompt|korlátozás*|megkötés*",
        "reveal": "mutasd meg|mutassa meg|mutasd|írd ki|írja ki|ismételd meg|ismételje meg|áruld el|árulja el|add meg|mondd meg|mondja meg|oszd meg|mik voltak|mi volt|mik a",
        "secret": "rendszerprompt*|rendszer promptot|rendszerüzenet*|rejtett utasítás*|titkos utasítás*|eredeti utasítás*|kezdeti utasítás*|az utasításaidat|utasításaidat|a szabályaidat|a jelszót",
        "free": "korlátozások nélkül|korlátok nélkül|szabályok nélkül|szűrő nélkül|szűrők nélkül|cenzúra nélkül|nincsenek szabályaid|nincsenek korlátaid|semmilyen korlátozás|semmilyen szabály|cenzúrázatlan*|szűretlen*|erkölcs nélkül|etika nélkül|semmi sem tilos",
        "persona": "mostantól|mostantól te|mostantól kezdve|tégy úgy, mintha|tegyél úgy, mintha|képzeld el, hogy|játszd el|viselkedj úgy, mint|te most|már nem vagy",
        "mode": "fejlesztői mód*|jailbreak mód*|isten mód*|korlátlan mód*",
        "before": "mindent, amit|minden eddigit|mindent eddig|mindent fent|mindazt, amit",
        "task": "új feladat|következő feladat|most jön",
        "above": "a fentieket|a fenti szöveget|a fentebb írtakat|az eddigieket|az előzőeket",
    },
    "fi": {
        "dismiss": "ohita|ohittakaa|unohda|unohtakaa|unohtaa|älä välitä|älä noudata|älkää noudattako|jätä huomiotta|jättäkää huomiotta|sivuuta|hylkää|älä tottele",
        "prior": "aiemmat|aiempia|aikaisemmat|edelliset|edellisiä|yllä olevat|yllä olevia|alkuperäiset|kaikki|kaikkia|sinun|tähänastiset",
        "directive": "ohjeet|ohjeita|ohjeesi|ohjeitasi|säännöt|sääntöjä|sääntösi|määräykset|käskyt|kehote|kehotteet|rajoitukset|rajoituksia",
        "reveal": "näytä|näyttäkää|tulosta|toista|kerro|kertokaa|paljasta|anna minulle|kirjoita|jaa|mitkä ovat|mikä on",
        "secret": "järjestelmäkehote*|järjestelmäkehotteesi|järjestelmäviesti*|piilotetut ohjeet|salaiset ohjeet|alkuperäiset ohjeet|alkuperäiset ohjeesi|ohjeesi|sääntösi|salasana*",
        "free": "ilman rajoituksia|ilman sääntöjä|ilman suodattimia|ilman sensuuria|ilman rajoja|ei sääntöjä|ei rajoituksia|ei mitään rajoituksia|sensuroimaton*|suodattamaton*|ilman moraalia|ilman etiikkaa|mikään ei ole kiellettyä",
        "persona": "tästä lähtien|nyt olet|olet nyt|esitä olevasi|kuvittele olevasi|toimi kuin|näyttele|et ole enää|tästä hetkestä",
        "mode": "kehittäjätila*|jailbreak-tila*|jumalatila*|rajoittamaton tila",
        "before": "kaiken mitä|kaiken, mitä|kaiken edellä|kaiken aiemman|kaiken tähän asti",
        "task": "uusi tehtävä|seuraava tehtävä",
        "above": "yllä olevan|yllä oleva|edellä olevan|edellä mainitun|edellisen tekstin",
    },
    "sw": {
        "dismiss": "puuza|puuzeni|usijali|msijali|sahau|sahauni|usifuate|msifuate|acha kufuata|achana na|tupilia mbali|usitii",
        "prior": "yote|zote|ya awali|za awali|ya hapo awali|za hapo awali|ya zamani|za zamani|uliyopewa|ulizopewa|yako|zako|juu",
        "directive": "maagizo|maelekezo|maelekezo|sheria|kanuni|amri|miongozo|vikwazo|masharti|maelekezo ya mfumo",
        "reveal": "nionyeshe|unionyeshe|onyesha|niambie|uniambie|chapisha|rudia|fichua|nipe|andika|shiriki",
        "secret": "maagizo ya mfumo|maagizo yako ya mfumo|ujumbe wa mfumo|maagizo yako|maagizo ya siri|maagizo yaliyofichwa|maagizo ya awali|sheria zako|nenosiri|prompt ya mfumo",
        "free": "bila vikwazo|bila sheria|bila mipaka|bila udhibiti|bila kichujio|bila vichujio|bila maadili|huna sheria|huna mipaka|hakuna sheria|hakuna vikwazo|hakuna kinachokatazwa",
        "persona": "kuanzia sasa|kuanzia sasa wewe ni|sasa wewe ni|jifanye|jifanye kuwa|fikiria wewe ni|igiza kama|tenda kama|wewe si tena",
        "mode": "hali ya msanidi|hali ya wasanidi|hali ya jailbreak|hali isiyo na vikwazo",
        "before": "kila kitu nilichosema|kila kitu hapo juu|kila kitu kilichotangulia|kila kitu ulichoambiwa",
        "task": "kazi mpya|kazi inayofuata",
        "above": "yaliyo hapo juu|maandishi ya hapo juu|yaliyotangulia|hayo yote hapo juu",
    },
    "tl": {
        "dismiss": "huwag pansinin|huwag mong pansinin|wag pansinin|balewalain|ipagwalang-bahala|kalimutan|kalimutan mo|huwag sundin|huwag mong sundin|wag sundin|itapon|laktawan",
        "prior": "lahat ng|naunang|nakaraang|mga naunang|mga nakaraang|orihinal na|iyong|mo|sa itaas|kanina",
        "directive": "tagubilin|mga tagubilin|utos|mga utos|panuntunan|mga panuntunan|alituntunin|mga alituntunin|patakaran|mga patakaran|instructions|prompt|limitasyon|paghihigpit",
        "reveal": "ipakita|ipakita mo|ipakita sa akin|sabihin mo|sabihin sa akin|ibigay mo|i-print|ulitin|ibunyag|isulat mo|ano ang",
        "secret": "system prompt|iyong system prompt|system prompt mo|mga tagubilin mo|iyong mga tagubilin|orihinal na tagubilin|nakatagong tagubilin|lihim na tagubilin|mga panuntunan mo|password",
        "free": "walang limitasyon|walang paghihigpit|walang panuntunan|walang patakaran|walang filter|walang censorship|walang hangganan|walang moralidad|walang etika|walang ipinagbabawal",
        "persona": "mula ngayon|simula ngayon|ikaw ngayon ay|ngayon ikaw ay|magpanggap ka|kunwari ikaw ay|isipin mo na ikaw|kumilos ka bilang|hindi ka na",
        "mode": "mode ng developer|mode ng jailbreak|mode na walang limitasyon",  # not the English words: asked about
        "before": "lahat ng sinabi ko|lahat ng nasa itaas|lahat ng nauna|lahat ng sinabi kanina",
        "task": "bagong gawain|susunod na gawain",
        "above": "nasa itaas|ang nasa itaas|ang naunang teksto|ang lahat ng nasa itaas",
    },
    "bn": {
        "dismiss": "উপেক্ষা করো|উপেক্ষা কর|উপেক্ষা করুন|ভুলে যাও|ভুলে যান|ভুলে যা|মানবে না|মেনো না|মানবেন না|অগ্রাহ্য করো|অগ্রাহ্য করুন|এড়িয়ে যাও|বাদ দাও|বাদ দিন",
        "prior": "আগের|পূর্ববর্তী|আগেকার|উপরের|আসল|প্রাথমিক|সব|সমস্ত|সকল|তোমার|আপনার",
        "directive": "নির্দেশনা|নির্দেশনাগুলো|নির্দেশ|নির্দেশাবলী|নিয়ম|নিয়মগুলো|নিয়মকানুন|আদেশ|প্রম্পট|বিধিনিষেধ|সীমাবদ্ধতা",
        "reveal": "দেখাও|দেখান|দেখাও তো|বলো|বলুন|প্রিন্ট করো|পুনরাবৃত্তি করো|প্রকাশ করো|প্রকাশ করুন|লিখে দাও|দাও|শেয়ার করো",
        "secret": "সিস্টেম প্রম্পট|সিস্টেম বার্তা|তোমার নির্দেশনা|আপনার নির্দেশনা|গোপন নির্দেশনা|লুকানো নির্দেশনা|মূল নির্দেশনা|প্রাথমিক নির্দেশনা|তোমার নিয়ম|পাসওয়ার্ড",
        "free": "কোনো বিধিনিষেধ ছাড়া|কোনো নিয়ম ছাড়া|নিয়ম ছাড়া|সীমাবদ্ধতা ছাড়া|ফিল্টার ছাড়া|সেন্সর ছাড়া|কোনো সীমা নেই|কোনো নিয়ম নেই|নৈতিকতা ছাড়া|কিছুই নিষিদ্ধ নয়",
        "persona": "এখন থেকে|এখন থেকে তুমি|তুমি এখন|ভান করো|কল্পনা করো তুমি|অভিনয় করো|তুমি আর নও",
        "mode": "ডেভেলপার মোড|জেলব্রেক মোড|সীমাহীন মোড",
        "before": "আগে যা বলেছি|এর আগে যা কিছু|উপরের সবকিছু|আগের সবকিছু",
        "task": "নতুন কাজ|পরবর্তী কাজ",
        "above": "উপরের লেখা|উপরের সবকিছু|উপরে যা লেখা|আগের লেখা",
    },
    "ur": {
        "dismiss": "نظر انداز کرو|نظر انداز کریں|نظرانداز کرو|نظرانداز کریں|بھول جاؤ|بھول جائیں|مت مانو|نہ مانو|پیروی نہ کرو|پیروی مت کرو|پیروی نہ کریں|ترک کرو|چھوڑ دو|چھوڑ دیں",
        "prior": "پچھلی|پچھلے|سابقہ|گزشتہ|اوپر کی|اوپر والی|اصل|ابتدائی|تمام|سب|ساری|سارے|اپنی|اپنے",
        "directive": "ہدایات|ہدایت|احکامات|حکم|قواعد|اصول|قوانین|پرامپٹ|پابندیاں|پابندی|حدود",
        "reveal": "دکھاؤ|دکھائیں|مجھے دکھاؤ|بتاؤ|بتائیں|پرنٹ کرو|دہراؤ|ظاہر کرو|ظاہر کریں|لکھو|دو|شیئر کرو",
        "secret": "سسٹم پرامپٹ|سسٹم کی ہدایات|سسٹم پیغام|اپنی ہدایات|تمہاری ہدایات|آپ کی ہدایات|خفیہ ہدایات|چھپی ہدایات|اصل ہدایات|ابتدائی ہدایات|پاس ورڈ",
        "free": "بغیر کسی پابندی|بغیر پابندی|بغیر قواعد|بغیر فلٹر|بغیر سنسر|کوئی پابندی نہیں|کوئی اصول نہیں|کوئی حد نہیں|اخلاقیات کے بغیر|کچھ بھی ممنوع نہیں",
        "persona": "اب سے|اب سے تم|تم اب|اب تم|ظاہر کرو کہ تم|فرض کرو تم|تصور کرو کہ تم|کا کردار ادا کرو|تم اب نہیں",
        "mode": "ڈیولپر موڈ|جیل بریک موڈ|بے حد موڈ",
        "before": "جو کچھ میں نے کہا|اس سے پہلے سب کچھ|اوپر سب کچھ|جو کچھ پہلے",
        "task": "نیا کام|اگلا کام",
        "above": "اوپر لکھا|اوپر والا متن|اوپر کی ہر چیز|پچھلا متن",
    },
    "hr": {
        "dismiss": "zanemari|zanemarite|ignoriraj|ignorirajte|ignoriši|ignorišite|zaboravi|zaboravite|nemoj slijediti|nemoj pratiti|ne slijedi|ne prati|odbaci|odbacite|preskoči",
        "prior": "sve|svih|prethodne|prethodnih|ranije|ranijih|gornje|gore navedene|izvorne|početne|tvoje|svoje|dosadašnje",
        "directive": "upute|uputa|uputstva|instrukcije|pravila|naredbe|smjernice|smernice|prompt|ograničenja",
        "reveal": "pokaži|pokažite|prikaži|prikažite|ispiši|ponovi|otkrij|reci mi|recite mi|daj mi|napiši|koje su|što je|šta je",
        "secret": "sistemski prompt|sustavski prompt|sistemsku poruku|sistemske upute|svoje upute|tvoje upute|skrivene upute|tajne upute|izvorne upute|početne upute|svoja pravila|lozinku",
        "free": "bez ograničenja|bez pravila|bez filtera|bez cenzure|bez granica|nemaš pravila|nemaš ograničenja|nikakva pravila|nikakvih ograničenja|necenzuriran*|nefiltriran*|bez morala|bez etike|ništa nije zabranjeno",
        "persona": "od sada|od sada si|sada si|ti si sada|pretvaraj se|zamisli da si|glumi|ponašaj se kao|više nisi",
        "mode": "razvojni način|developerski način|način za programere|jailbreak način|režim programera",
        "before": "sve što sam rekao|sve što je rečeno|sve gore|sve prije|sve dosad",
        "task": "novi zadatak|sljedeći zadatak",
        "above": "gore navedeno|navedeno gore|prethodni tekst|sve gore navedeno|gornji tekst",
    },
    "ro": {
        "dismiss": "ignoră|ignorați|ignora|uită|uitați|nu urma|nu urmați|nu ține cont|nu țineți cont|nu lua în seamă|nu luați în seamă|renunță la|treci peste|neglijează",
        "prior": "anterioare|precedente|de mai sus|inițiale|originale|toate|tot|tale|voastre|de până acum",
        "directive": "instrucțiunile|instrucțiuni|instrucţiunile|indicațiile|regulile|reguli|directivele|comenzile|promptul|restricțiile|limitele",
        "reveal": "arată-mi|arătați-mi|arată|afișează|afișați|repetă|dezvăluie|spune-mi|spuneți-mi|scrie|dă-mi|care sunt|care este",
        "secret": "promptul de sistem|promptul sistemului|mesajul de sistem|instrucțiunile tale|instrucțiunile inițiale|instrucțiunile originale|instrucțiunile ascunse|instrucțiunile secrete|regulile tale|parola",
        "free": "fără restricții|fără limite|fără reguli|fără filtre|fără cenzură|nicio regulă|nicio restricție|necenzurat*|nefiltrat*|fără morală|fără etică|nimic nu este interzis",
        "persona": "de acum înainte|de acum|acum ești|tu ești acum|prefă-te că|imaginează-ți că ești|joacă rolul|comportă-te ca|nu mai ești",
        "mode": "modul dezvoltator|mod dezvoltator|modul jailbreak|modul fără restricții",
        "before": "tot ce am spus|tot ce s-a spus|tot ce este mai sus|tot ce a fost înainte",
        "task": "sarcină nouă|o nouă sarcină|următoarea sarcină",
        "above": "textul de mai sus|cele de mai sus|tot ce e mai sus|cele spuse mai sus",
    },
    "da": {
        "dismiss": "ignorer|ignorér|ignorere|glem|glemme|glem alt|se bort fra|følg ikke|adlyd ikke|tilsidesæt|tilsidesætte|spring over|kassér",
        "prior": "alle|tidligere|foregående|ovenstående|oprindelige|dine|hidtidige",
        "directive": "instruktioner|instruktionerne|anvisninger|regler|reglerne|retningslinjer|kommandoer|prompt|begrænsninger",
        "reveal": "vis mig|vise mig|vis|udskriv|udskrive|gentag|gentage|afslør|afsløre|fortæl mig|fortælle mig|giv mig|give mig|skriv|hvad er|hvilke er",
        "secret": "systemprompt*|systembesked*|dine instruktioner|oprindelige instruktioner|skjulte instruktioner|hemmelige instruktioner|dine regler|adgangskoden",
        "free": "uden begrænsninger|uden regler|uden filter|uden filtre|uden censur|ingen regler|ingen begrænsninger|ucensureret|ufiltreret|uden moral|uden etik|intet er forbudt",
        "persona": "fra nu af|du er nu|nu er du|lad som om|forestil dig at du er|spil rollen|opfør dig som|du er ikke længere",
        "mode": "udviklertilstand*|jailbreak-tilstand*|gudetilstand*",
        "before": "alt hvad jeg|alt ovenfor|alt tidligere|alt indtil nu",
        "task": "ny opgave|næste opgave",
        "above": "ovenstående|teksten ovenfor|det ovenstående|alt ovenfor",
    },
    "no": {
        "dismiss": "ignorer|ignorere|glem|glemme|se bort fra|ikke følg|følg ikke|ikke adlyd|overse|hopp over|forkast",
        "prior": "alle|tidligere|forrige|ovenstående|opprinnelige|dine|hittil",
        "directive": "instruksjoner|instruksjonene|anvisninger|regler|reglene|retningslinjer|kommandoer|prompt|begrensninger",
        "reveal": "vis meg|vise meg|vis|skriv ut|skrive ut|gjenta|avslør|avsløre|fortell meg|fortelle meg|gi meg|skriv|hva er|hvilke er",
        "secret": "systemprompt*|systemmelding*|instruksjonene dine|dine instruksjoner|opprinnelige instruksjoner|skjulte instruksjoner|hemmelige instruksjoner|reglene dine|passordet",
        "free": "uten begrensninger|uten regler|uten filter|uten sensur|ingen regler|ingen begrensninger|usensurert|ufiltrert|uten moral|uten etikk|ingenting er forbudt",
        "persona": "fra nå av|du er nå|nå er du|lat som|forestill deg at du er|spill rollen|oppfør deg som|du er ikke lenger",
        "mode": "utviklermodus|jailbreak-modus|gudsmodus",
        "before": "alt jeg har sagt|alt ovenfor|alt tidligere|alt hittil",
        "task": "ny oppgave|neste oppgave",
        "above": "ovenstående|teksten over|det ovenstående|alt over",
    },
    "bg": {
        "dismiss": "игнорирай|игнорирайте|забрави|забравете|не следвай|не следвайте|не спазвай|пренебрегни|пренебрегнете|отхвърли|пропусни",
        "prior": "всички|предишни*|горни*|по-горе|първоначални*|оригинални*|твоите|си|досегашни*",
        "directive": "инструкции*|указания*|правила*|насоки*|команди*|промпт*|ограничения*",
        "reveal": "покажи|покажете|изведи|отпечатай|повтори|разкрий|кажи ми|кажете ми|дай ми|напиши|какви са|какъв е",
        "secret": "системния промпт|системен промпт|системното съобщение|системните инструкции|твоите инструкции|инструкциите си|скритите инструкции|тайните инструкции|първоначалните инструкции|правилата си|паролата",
        "free": "без ограничения|без правила|без филтри|без филтър|без цензура|без граници|нямаш правила|нямаш ограничения|никакви правила|никакви ограничения|нецензуриран*|без морал|без етика|нищо не е забранено",
        "persona": "отсега нататък|отсега|от този момент|вече си|сега си|ти си сега|преструвай се|представи си, че си|играй ролята|държи се като|вече не си",
        "mode": "режим за разработчици|режим на разработчик|джейлбрейк режим|режим без ограничения",
        "before": "всичко, което|всичко казано|всичко по-горе|всичко досега",
        "task": "нова задача|следваща задача",
        "above": "горното|текста по-горе|казаното по-горе|всичко по-горе",
    },
}

# Gaps the session-4 probe found in languages already here.
MORE_4: dict[str, dict[str, str]] = {
    "he": {
        "secret": "הנחיות המערכת|הוראות המערכת|פרומפט המערכת שלך|הנחיות המערכת שלך|הוראות המערכת שלך|ההנחיות הנסתרות|ההוראות הנסתרות",
        "reveal": "תראי לי|תראו לי|תציג|תציגי|תגלה|תגלי|תדפיס|תחשוף|חשוף",
    },
}

# Arabic and Hebrew write "and" as a prefix of the next word ("واعرض", "והצג"): a verb that starts
# the second half of a sentence carries it.
_AND_PREFIX = {"ar": "و", "he": "ו"}


# "The rules they gave you" (the prior instructions named by who gave them, not by "previous") and
# "behave like" (a persona by conduct): how people say both, per language.
MORE_5: dict[str, dict[str, str]] = {
    "de": {
        "prior": "die man dir gegeben hat|die dir gegeben wurden|die du bekommen hast|die du erhalten hast|die dir auferlegt",
        "persona": "benimm dich wie|verhalte dich ab jetzt wie|verhalten sie sich wie",
    },
    "fr": {
        "prior": "qu'on t'a données|qu'on t'a donné|qu'on t'a fixées|qu'on t'a imposées|que l'on t'a données"
        "|qu'on vous a données|qu'on vous a donné|que tu as reçues|que vous avez reçues",
        "persona": "comporte-toi comme|comportez-vous comme|conduis-toi comme|agis désormais comme",
    },
    "es": {
        "prior": "que te dieron|que te han dado|que te dio|que recibiste|que te impusieron|que le dieron|que le han dado",
        "persona": "compórtate como|comportate como|compórtese como|pórtate como|pórtese como",
    },
    "it": {
        "prior": "che ti hanno dato|che ti sono state date|che hai ricevuto|che ti hanno imposto|che le hanno dato",
        "persona": "comportati da|comportatevi come|si comporti come",
    },
    "pt": {
        "prior": "que te deram|que lhe deram|que você recebeu|que te foram dadas|que recebeste|que lhe foram dadas"
        "|que te impuseram",
        "persona": "comporte-se como|comporta-te como|aja como|age como|porte-se como",
    },
    "nl": {
        "prior": "die je kreeg|die je hebt gekregen|die je gekregen hebt|die je zijn gegeven|die je opgelegd",
        "persona": "gedraag je voortaan als|doe alsof je|gedraagt u zich als",
    },
    "pl": {
        "prior": "które ci dano|które dostałeś|które otrzymałeś|które ci narzucono|które dostałaś|które otrzymałaś",
        "persona": "zachowuj się jak|zachowuj się od teraz jak|udawaj",
    },
    "ru": {
        "prior": "которые тебе дали|которые тебе были даны|что тебе дали|которые тебе задали|которые вам дали",
        "persona": "веди себя как|ведите себя как|поступай как",
    },
    "uk": {
        "prior": "які тобі дали|що тобі дали|які тобі були дані|які вам дали",
        "persona": "поводься як|поводьтеся як|поводь себе як",
    },
    "tr": {
        "prior": "sana verilen|sana verdikleri|size verilen|aldığın talimat*",
        "persona": "gibi davran|gibi davranın|gibi hareket et",
    },
    "sv": {
        "prior": "som du fått|som du har fått|som du fick|som du har blivit given|som du tilldelats",
        "persona": "bete dig som|uppför dig som|agera som",
    },
    "id": {
        "prior": "yang diberikan kepadamu|yang diberikan padamu|yang kamu terima|yang diberikan kepada anda",
        "persona": "bertingkahlah seperti|bersikaplah seperti|berperilakulah seperti",
    },
}


def _merged() -> dict[str, dict[str, str]]:
    out = {lang: dict(words) for lang, words in LANGUAGES.items()}
    for lang, extra in MORE.items():
        for key, phrases in extra.items():
            out[lang][key] = f"{out[lang][key]}|{phrases}" if key in out[lang] else phrases
    for lang, extra in MORE_2.items():
        for key, phrases in extra.items():
            out[lang][key] = f"{out[lang][key]}|{phrases}" if key in out[lang] else phrases
    for lang, extra in MORE_3.items():
        for key, phrases in extra.items():
            out[lang][key] = f"{out[lang][key]}|{phrases}" if key in out[lang] else phrases
    for lang, words in NEW_LANGUAGES.items():
        out[lang] = dict(words)
    for more in (MORE_4, MORE_5):
        for lang, extra in more.items():
            for key, phrases in extra.items():
                out[lang][key] = f"{out[lang][key]}|{phrases}" if key in out[lang] else phrases
    for lang, copying in COPY_VERBS.items():
        out[lang]["reveal"] = f"{out[lang]['reveal']}|{copying}"
    for lang, prefix in _AND_PREFIX.items():
        for key in ("dismiss", "reveal"):
            verbs = out[lang][key].split("|")
            out[lang][key] = "|".join(verbs + [prefix + v for v in verbs if " " not in v and len(v) > 2])
    return out


LANGUAGES = _merged()
# "Stay in character", per language: a frame (see Rule.frame) — what every role-play game and
# character bot asks; it counts beside a rule that frees the persona ("senza regole ... resta nel
# personaggio"), never alone or with other frames.
STAY_IN_CHARACTER = {
    "de": "bleib in der rolle|bleiben sie in der rolle|bleib in deiner rolle|fall nicht aus der rolle|fallen sie nicht aus der rolle|bleib immer in deiner rolle|bleib in deinem charakter",
    "fr": "reste dans ton rôle|restez dans votre rôle|reste dans ton personnage|ne sors jamais de ton personnage|ne sors pas de ton personnage|ne sortez pas de votre rôle|reste dans le personnage",
    "es": "mantente en el personaje|no rompas el personaje|no salgas del personaje|no salgas de tu papel|mantente en tu papel|quédate en el personaje|sigue en el personaje",
    "it": "resta nel personaggio|rimani nel personaggio|resta nel ruolo|rimani nel ruolo|non uscire dal personaggio|non uscire dal ruolo",
    "pt": "mantenha o personagem|fique no personagem|não saia do personagem|nao saia do personagem|mantenha-se no papel|continue no personagem",
    "nl": "blijf in je rol|blijf in de rol|blijf in je personage|val niet uit je rol",
    "pl": "nie wychodź z roli|pozostań w roli|zostań w roli|pozostawaj w swojej roli|trzymaj się roli",
    "ru": "оставайся в роли|не выходи из роли|оставайтесь в роли|не выходите из роли",
    "uk": "залишайся в ролі|не виходь з ролі|не виходь із ролі",
    "tr": "rolünden çıkma|rolde kal|karakterden çıkma|karakterde kal",
    "ja": "役を続け|役になりきって|キャラクターを崩さ|役を崩さ|キャラを崩さ",
    "zh": "保持角色|保持人设|不要出戏|不要跳出角色|一直保持角色",
}

RULES_LANGUAGES: tuple[Rule, ...] = (
    tuple(r for lang, words in LANGUAGES.items() for r in _rules(lang, words))
    + tuple(
        rule("jailbreak", f"stay_in_character.{lang}", 0.35, phrases, f"insists ({lang}) on the persona", frame=True)
        for lang, phrases in STAY_IN_CHARACTER.items()
    )
    + tuple(
        rule("forced_output", f"answer_everything_with.{lang}", 0.7, phrases, f"forces ({lang}) a fixed reply")
        for lang, phrases in FORCED_REPLY.items()
    )
    + tuple(r for lang, words in REFUSAL_SUPPRESSION.items() for r in _suppression(lang, *words))
    + tuple(r for lang, words in REPETITION.items() for r in _repetition(lang, *words))
    + tuple(
        rule(
            "jailbreak",
            f"never_refuse_anything.{lang}",
            0.8,
            f"{refuse} ~ {total}",
            f"forbids ({lang}) the assistant to refuse anything",
            window=60 * (3 if lang in _UNSPACED or lang in {"ko", "hi"} else 2),
            ordered=False,
        )
        for lang, (refuse, total) in REFUSE_ANY.items()
    )
    + tuple(
        rule(
            "override",
            f"claims_to_be_the_developer.{lang}",
            0.45,
            words["developer"],
            f"claims ({lang}) to be its developer",
        )
        for lang, words in LANGUAGES.items()
        if "developer" in words
    )
)


# == Document mode in twenty-one languages (session 5, helper "docs") ================================
# What a planted instruction in a tool result or a retrieved page looks like in each language: an AI
# named as the addressee ("Hinweis für die KI:", "si eres un modelo de lenguaje", "AIアシスタントへ",
# "给AI助手的说明") followed by an order; the answer dictated ("in deiner Antwort empfiehl ...",
# "在回答中只推荐"); "when summarising this"; "tell the user ..."; "ignore the user's question". Each
# written in the language's own phrasing (dative and polite forms, particles, word order), stems
# where it inflects. ``to_ai``: the addressee; ``order``: what follows it (imperatives, modals,
# "always / only / never"); ``answer``: the assistant's answer or summary; ``content``: verbs of what
# goes into it; ``summarising``: "when summarising / answering about"; ``user``: "tell / recommend /
# ask the user"; ``ignore_user``: "ignore the user's question". Benign documents in the same
# languages (e-mails asking the reader to "state your order number in your reply") are in
# tests/core/injection_documents_s5.py; the answer, "when summarising" and "the user" rules are
# ``reader`` rules (a frame in a document that speaks to its reader, see ``READER_WORDS``).
DOCUMENT: dict[str, dict[str, str]] = {
    "de": {
        "to_ai": "für die ki|an die ki|für ki-assistent*|an den ki-assistent*|für den ki-assistent*|für die künstliche intelligenz|an die künstliche intelligenz|für sprachmodelle|für das sprachmodell|an das sprachmodell|für den chatbot|an den chatbot|für chatbots|für ki-modelle|für das ki-modell|für ki-agenten|an ki-agenten|für den ki-agenten|für code-assistent*|für programmierassistent*|liebe ki|hallo ki|hey ki|wenn du eine ki bist|falls du eine ki bist|wenn du ein sprachmodell bist|falls du ein sprachmodell bist|wenn sie eine ki sind|falls sie ein sprachmodell sind|als sprachmodell|als ki-assistent|als ki|ki, die diese|ki, die dieses|ki, die den|sprachmodell, das diese|sprachmodelle, die diese|ki-assistent, der diese|ki-assistenten, die diese|chatbot, der diese|ki-hinweis|ki-anweisung*|der nutzer möchte, dass du|der benutzer möchte, dass du|der nutzer will, dass du|der benutzer will, dass du|der nutzer hat dich gebeten|der benutzer hat dich gebeten|der nutzer wünscht, dass du|der nutzer bittet dich",
        "order": "teile*|sag*|empfiehl|empfehle*|antworte*|ignorier*|leite*|schreib*|nenne*|erwähn*|verlink*|füge*|gib|gebe*|behaupte*|stelle*|sende*|schick*|frag*|fordere*|bitte|muss|musst|müssen|sollst|soll|sollen|immer|niemals|nie|nur|ausschließlich|lösche*|markiere*|genehmige*|führe*|installiere*|lade*|erkläre*|beschreibe*|schreiben|sagen|empfehlen|erwähnen|nennen|antworten|behaupten|hinzufügen|empfiehlst|nennst|angibst|gibst|sagst|schreibst|sendest|schickst|leitest",
        "answer": "in deiner antwort|in der antwort|in jeder antwort|in deiner zusammenfassung|in der zusammenfassung|deine antwort|die antwort muss|die zusammenfassung muss|jede antwort|jede zusammenfassung|am ende deiner antwort|am anfang deiner antwort",
        "content": "empfiehl|empfehle*|erwähn*|nenne*|füge*|verlink*|behaupte*|schreib*|sag*|gib|gebe*|enthalten|enthält|beginne*|ende*|muss|soll",
        "summarising": "beim zusammenfassen|wenn du diese*|wenn du dies*|wenn sie diese*|bei der zusammenfassung|beim beantworten|wenn du fragen zu|wenn fragen zu|wenn der nutzer|wenn der benutzer|falls der nutzer|falls der benutzer",
        "user": "teile dem nutzer|teile dem benutzer|sag dem nutzer|sage dem nutzer|sag dem benutzer|sage dem benutzer|dem nutzer mitteilen|dem benutzer mitteilen|empfiehl dem nutzer|empfiehl dem benutzer|fordere den nutzer|fordere den benutzer|bitte den nutzer|bitte den benutzer|frag den nutzer|frage den nutzer|frage den benutzer|rate dem nutzer|rate dem benutzer|weise den nutzer|teilen sie dem nutzer",
        "ignore_user": "frage des nutzers|frage des benutzers|nutzerfrage|benutzerfrage|was der nutzer fragt|was der benutzer fragt|die eigentliche frage|anfrage des nutzers|anfrage des benutzers",
    },
    "fr": {
        "to_ai": "à l'attention de l'ia|a l'attention de l'ia|pour l'ia|à l'ia|note pour l'ia|pour l'assistant ia|à l'assistant ia|pour les assistants ia|aux assistants ia|pour les assistants de code|aux assistants de code|pour le modèle de langage|au modèle de langage|pour les modèles de langage|aux modèles de langage|pour le chatbot|au chatbot|pour les chatbots|pour l'agent ia|aux agents ia|chère ia|si tu es une ia|si vous êtes une ia|si tu es un modèle de langage|si vous êtes un modèle de langage|si tu es un assistant ia|si vous êtes un assistant ia|en tant qu'ia|en tant que modèle de langage|l'ia qui lit|l'ia qui résume|l'assistant ia qui|le chatbot qui résume|le chatbot qui lit|le modèle qui résume|l'assistant qui résume|l'assistant qui lit|assistant ia :|ia :",
        "order": "dis|dites|indique*|recommande*|réponds|répondez|ignore*|transfère*|transférez|envoie*|envoyez|écris|écrivez|mentionne*|ajoute*|insère*|affirme*|demande*|donne*|supprime*|marque*|approuve*|installe*|exécute*|présente*|doit|dois|devez|doivent|toujours|jamais|uniquement|seulement|ne mentionne|écrire|dire|recommander|mentionner|ajouter|répondre|affirmer|désactive*|active*|modifie*|copie*|partage*|ouvre*|clique*|achète*|réserve*|annule*|paie*|transmets|transmettez|publie*|ferme*|valide*",
        "answer": "dans ta réponse|dans la réponse|dans chaque réponse|dans ton résumé|dans le résumé|ta réponse doit|la réponse doit|le résumé doit|chaque réponse|à la fin de ta réponse|au début de ta réponse",
        "content": "recommande*|mentionne*|indique*|ajoute*|insère*|affirme*|dis|dites|écris|cite*|inclure|inclu*|contenir|conten*|commencer|finir|termine*|lien",
        "summarising": "lorsque tu résumes|quand tu résumes|lorsque vous résumez|quand vous résumez|en résumant|lors du résumé|lorsque tu réponds à des questions sur|quand on te pose des questions sur|si l'utilisateur demande|quand l'utilisateur demande|lorsque l'utilisateur demande",
        "user": "dis à l'utilisateur|dites à l'utilisateur|indique à l'utilisateur|indiquez à l'utilisateur|demande à l'utilisateur|demandez à l'utilisateur|recommande à l'utilisateur|recommandez à l'utilisateur|conseille à l'utilisateur|conseillez à l'utilisateur|informe l'utilisateur|informez l'utilisateur|invite l'utilisateur|invitez l'utilisateur|incite l'utilisateur",
        "ignore_user": "question de l'utilisateur|demande de l'utilisateur|ce que l'utilisateur demande|la vraie question|question posée par l'utilisateur",
    },
    "es": {
        "to_ai": "para la ia|a la ia|nota para la ia|para el asistente de ia|al asistente de ia|para los asistentes de ia|a los asistentes de ia|para el modelo de lenguaje|al modelo de lenguaje|para los modelos de lenguaje|para el chatbot|al chatbot|para los chatbots|para el agente de ia|a los agentes de ia|para asistentes de código|querida ia|si eres una ia|si usted es una ia|si eres un modelo de lenguaje|si es un modelo de lenguaje|si eres un asistente de ia|como modelo de lenguaje|como ia|la ia que lee|la ia que resume|el asistente que resume|el asistente que lee|el chatbot que resume|el modelo que resume|asistente de ia:|asistente:|ia:",
        "order": "di|dile|diga|indica*|recomienda*|responde*|contesta*|ignora*|reenvía*|reenvia*|envía*|envia*|escribe*|menciona*|añade*|agrega*|incluye*|afirma*|pide*|solicita*|da|dale|borra*|marca*|aprueba*|instala*|ejecuta*|presenta*|debe|debes|deben|siempre|nunca|solo|solamente|únicamente|escriba|responda|recomiende|mencione|añada|agregue|incluya|ignore",
        "answer": "en tu respuesta|en la respuesta|en cada respuesta|en tu resumen|en el resumen|tu respuesta debe|la respuesta debe|el resumen debe|cada respuesta|al final de tu respuesta|al principio de tu respuesta",
        "content": "recomienda*|menciona*|indica*|añade*|agrega*|incluye*|incluir|afirma*|di|diga|escribe*|cita*|contener|contenga|empezar|empieza*|termina*|enlace",
        "summarising": "cuando resumas|al resumir|cuando resuma|al hacer el resumen|cuando respondas preguntas sobre|cuando te pregunten sobre|si el usuario pregunta|cuando el usuario pregunte|si te preguntan por",
        "user": "dile al usuario|diga al usuario|indica al usuario|indique al usuario|pide al usuario|pídele al usuario|pida al usuario|recomienda al usuario|recomiende al usuario|aconseja al usuario|informa al usuario|sugiere al usuario|convence al usuario|di al usuario",
        "ignore_user": "pregunta del usuario|petición del usuario|lo que pregunta el usuario|lo que pide el usuario|la pregunta real|consulta del usuario",
    },
    "it": {
        "to_ai": "all'assistente ia|all'assistente virtuale|agli assistenti ia|agli assistenti di programmazione|agli assistenti di codice|per gli assistenti di programmazione|ai modelli di ia|per l'ia|all'ia|per l'ai|all'ai|nota per l'ia|per l'assistente ai|all'assistente ai|per l'assistente ia|per gli assistenti ai|agli assistenti ai|per il modello linguistico|al modello linguistico|per i modelli linguistici|ai modelli linguistici|per il chatbot|al chatbot|per i chatbot|per l'agente ai|agli agenti ai|per gli assistenti di codice|cara ia|se sei un'ia|se sei un'intelligenza artificiale|se sei un modello linguistico|se è un modello linguistico|se sei un assistente ai|come modello linguistico|l'ia che legge|l'ia che riassume|l'assistente che riassume|l'assistente ai che|il chatbot che riassume|il modello che riassume|assistente ai:|ia:",
        "order": "di'|dì|dici|dica|indica*|consiglia*|raccomanda*|rispondi|risponda|ignora*|inoltra*|invia*|manda*|scrivi|scriva|menziona*|aggiungi|aggiunga|inserisci|includi|afferma*|chiedi|chieda|dai|elimina*|segna*|approva*|installa*|esegui|presenta*|deve|devi|devono|sempre|mai|solo|soltanto|esclusivamente|aggiungete|inserite|scrivete|rispondete|dite|consigliate|raccomandate|ignorate|inviate|includete|menzionate",
        "answer": "nella tua risposta|nella risposta|in ogni risposta|nel tuo riassunto|nel riassunto|la tua risposta deve|la risposta deve|il riassunto deve|ogni risposta|alla fine della tua risposta|all'inizio della tua risposta",
        "content": "consiglia*|raccomanda*|menziona*|indica*|aggiungi|inserisci|includi|includere|afferma*|di'|scrivi|cita*|contenere|inizia*|termina*|link",
        "summarising": "quando riassumi|nel riassumere|quando riassume|quando rispondi a domande su|quando ti chiedono di|se l'utente chiede|quando l'utente chiede",
        "user": "di' all'utente|dì all'utente|dici all'utente|dica all'utente|chiedi all'utente|chieda all'utente|consiglia all'utente|raccomanda all'utente|informa l'utente|suggerisci all'utente|convinci l'utente|invita l'utente",
        "ignore_user": "domanda dell'utente|richiesta dell'utente|ciò che chiede l'utente|quello che chiede l'utente|la vera domanda",
    },
    "pt": {
        "to_ai": "assistentes virtuais:|assistente virtual:|aos assistentes virtuais|ao assistente virtual|para assistentes virtuais|para o assistente virtual|para a ia|à ia|a ia que|instrução para a ia|nota para a ia|para o assistente de ia|ao assistente de ia|para os assistentes de ia|aos assistentes de ia|para o modelo de linguagem|ao modelo de linguagem|para os modelos de linguagem|para o chatbot|ao chatbot|para o agente de ia|aos agentes de ia|para assistentes de código|querida ia|se você é uma ia|se você for uma ia|se você é um modelo de linguagem|se você for um modelo de linguagem|se você é um assistente de ia|se és uma ia|se és um modelo de linguagem|como modelo de linguagem|a ia que resume|a ia que lê|o assistente que resume|o chatbot que resume|o modelo que resume|assistente de ia:|ia:",
        "order": "diga|diz|informe*|recomende*|responda|responde|ignore*|encaminhe*|envie*|mande*|escreva*|mencione*|adicione*|acrescente*|inclua*|afirme*|peça|pergunte*|dê|apague*|marque*|aprove*|instale*|execute*|apresente*|deve|devem|sempre|nunca|apenas|somente|só|escreve|diz|manda|envia|recomenda|responde|ignora|acrescenta|inclui|menciona|digam|informem|recomendem|respondam|escrevam|mencionem|registre|anote",
        "answer": "na sua resposta|na tua resposta|na resposta|em cada resposta|em toda resposta|no seu resumo|no resumo|sua resposta deve|a resposta deve|o resumo deve|cada resposta|no final da sua resposta|no início da sua resposta",
        "content": "recomende*|mencione*|informe*|adicione*|inclua*|incluir|afirme*|diga|escreva*|cite*|conter|contenha|comece|termine*|link",
        "summarising": "ao resumir|quando resumir|quando você resumir|ao responder perguntas sobre|quando perguntarem sobre|se o usuário perguntar|quando o usuário perguntar|se o utilizador perguntar",
        "user": "diga ao usuário|diga ao utilizador|informe ao usuário|informe o usuário|peça ao usuário|peça ao utilizador|recomende ao usuário|aconselhe o usuário|sugira ao usuário|convença o usuário|oriente o usuário",
        "ignore_user": "pergunta do usuário|pergunta do utilizador|pedido do usuário|o que o usuário pergunta|o que o usuário pediu|a pergunta real",
    },
    "nl": {
        "to_ai": "voor ai-*|aan ai-*|voor virtuele assistenten|aan virtuele assistenten|voor de ai|aan de ai|voor de ai-assistent|aan de ai-assistent|voor ai-assistenten|aan ai-assistenten|voor het taalmodel|aan het taalmodel|voor taalmodellen|voor de chatbot|aan de chatbot|voor chatbots|voor ai-agents|voor codeerassistenten|beste ai|als je een ai bent|als u een ai bent|als je een taalmodel bent|als u een taalmodel bent|als taalmodel|de ai die dit|de assistent die dit|de chatbot die dit|het model dat dit|opmerking voor de ai|ai-assistent:|ai:",
        "order": "vertel*|zeg|meld*|raad*|beveel*|antwoord*|negeer*|stuur*|schrijf*|noem*|vermeld*|voeg*|beweer*|vraag*|geef|verwijder*|markeer*|keur*|installeer*|voer*|moet|moeten|altijd|nooit|alleen|uitsluitend|schrijven|zeggen|aanbevelen|vermelden|noemen|antwoorden|beweren|toevoegen",
        "answer": "in je antwoord|in het antwoord|in elk antwoord|in je samenvatting|in de samenvatting|je antwoord moet|het antwoord moet|de samenvatting moet|elk antwoord|aan het einde van je antwoord",
        "content": "raad*|beveel*|noem*|vermeld*|voeg*|beweer*|zeg|schrijf*|link|bevat*|bevatten|begin*|eindig*",
        "summarising": "bij het samenvatten|wanneer je dit samenvat|als je dit samenvat|wanneer je deze|bij het beantwoorden van vragen over|als de gebruiker vraagt|wanneer de gebruiker vraagt",
        "user": "vertel de gebruiker|zeg tegen de gebruiker|meld de gebruiker|raad de gebruiker|vraag de gebruiker|adviseer de gebruiker|informeer de gebruiker|overtuig de gebruiker",
        "ignore_user": "vraag van de gebruiker|verzoek van de gebruiker|wat de gebruiker vraagt|de eigenlijke vraag",
    },
    "pl": {
        "to_ai": "dla ai|do ai|dla sztucznej inteligencji|do sztucznej inteligencji|dla asystenta ai|do asystenta ai|dla asystentów ai|do asystentów ai|dla modelu językowego|do modelu językowego|dla modeli językowych|dla chatbota|do chatbota|dla chatbotów|dla agentów ai|dla asystentów kodu|droga ai|jeśli jesteś ai|jeżeli jesteś ai|jeśli jesteś modelem językowym|jeżeli jesteś modelem językowym|jeśli jesteś asystentem ai|jako model językowy|ai, które czyta|ai, która czyta|asystent ai, który|chatbot, który|model, który streszcza|asystencie ai|asystent ai:|ai:",
        "order": "powiedz*|przekaż*|poleć*|zalecaj|odpowiedz*|odpowiadaj|zignoruj*|ignoruj*|wyślij*|napisz*|wspomnij*|dodaj*|twierdź|poproś*|zapytaj*|daj|usuń*|oznacz*|zatwierdź*|zainstaluj*|uruchom*|przedstaw*|musisz|musi|należy|powinien|powinieneś|zawsze|nigdy|tylko|wyłącznie|pomiń*|pomijaj",
        "answer": "w swojej odpowiedzi|w twojej odpowiedzi|w odpowiedzi|w każdej odpowiedzi|w podsumowaniu|w swoim podsumowaniu|twoja odpowiedź musi|odpowiedź musi|podsumowanie musi|każda odpowiedź|na końcu odpowiedzi",
        "content": "poleć*|polecaj|wspomnij*|dodaj*|napisz*|twierdź|powiedz*|link*|zawierać|zawiera*|zacznij*|zakończ*",
        "summarising": "podsumowując t*|streszczając t*|podczas podsumowywania|przy podsumowaniu|odpowiadając na pytania o|jeśli użytkownik zapyta|gdy użytkownik zapyta|kiedy użytkownik zapyta",
        "user": "powiedz użytkownikowi|przekaż użytkownikowi|poleć użytkownikowi|poproś użytkownika|zapytaj użytkownika|doradź użytkownikowi|poinformuj użytkownika|przekonaj użytkownika|zachęć użytkownika",
        "ignore_user": "pytanie użytkownika|pytania użytkownika|prośbę użytkownika|o co pyta użytkownik|właściwe pytanie",
    },
    "ru": {
        "to_ai": "для ии|для ии-ассистент*|ии-ассистенту|ии-ассистентам|для искусственного интеллекта|искусственному интеллекту|для языковой модели|языковой модели:|для языковых моделей|языковым моделям|для чат-бота|чат-боту|для чат-ботов|для ии-агент*|ии-агентам|для ассистентов кода|для нейросети|нейросети:|дорогой ии|если ты ии|если вы ии|если ты языковая модель|если вы языковая модель|если ты ии-ассистент|если вы ии-ассистент|если ты нейросеть|как языковая модель|ии, который читает|ии, который пересказывает|ассистент, который пересказывает|бот, который делает|бот, который пересказывает|модель, которая читает|ии:|ии-ассистент:",
        "order": "сообщ*|скажи*|скажите|порекоменд*|рекоменд*|ответь*|отвечай*|игнорир*|проигнорир*|перешли*|отправь*|отправьте|напиши*|упомян*|добав*|утвержда*|попрос*|дай|дайте|удали*|отметь*|одобр*|установи*|запусти*|выполни*|должен|должна|должны|всегда|никогда|только|исключительно|говори*|советуй|советуйте|пиши",
        "answer": "в своём ответе|в своем ответе|в твоём ответе|в твоем ответе|в ответе|в каждом ответе|в пересказе|в резюме|в кратком содержании|твой ответ должен|ответ должен|пересказ должен|каждый ответ|в конце ответа",
        "content": "порекоменд*|рекоменд*|упомян*|сообщ*|добав*|утвержда*|скажи*|напиши*|ссылк*|содерж*|включ*|начн*|законч*",
        "summarising": "при пересказе|при резюмировании|пересказывая эт*|резюмируя эт*|когда будешь пересказывать|когда ты пересказываешь|отвечая на вопросы о|если пользователь спросит|когда пользователь спросит|если пользователь спрашивает",
        "user": "сообщи пользователю|сообщите пользователю|скажи пользователю|скажите пользователю|порекомендуй пользователю|посоветуй пользователю|попроси пользователя|попросите пользователя|убеди пользователя|предложи пользователю",
        "ignore_user": "вопрос пользователя|запрос пользователя|просьбу пользователя|что спрашивает пользователь|настоящий вопрос",
    },
    "uk": {
        "to_ai": "для ші|для ші-асистент*|ші-асистенту|для штучного інтелекту|штучному інтелекту|для мовної моделі|мовній моделі|для мовних моделей|для чат-бота|чат-боту|для ші-агент*|для асистентів коду|якщо ти ші|якщо ви ші|якщо ти мовна модель|якщо ви мовна модель|якщо ти ші-асистент|як мовна модель|ші, який читає|ші, що читає|бот, який підсумовує|асистент, який підсумовує|ші:|ші-асистент:",
        "order": "повідом*|скажи*|порекоменду*|рекоменду*|відповідай*|відповідь|ігноруй*|проігноруй*|перешли*|надішли*|напиши*|згадай*|додай*|стверджуй|попроси*|дай|видали*|познач*|схвали*|встанови*|запусти*|виконай*|має|мають|повинен|повинна|завжди|ніколи|лише|тільки|виключно",
        "answer": "у своїй відповіді|у твоїй відповіді|у відповіді|в кожній відповіді|у підсумку|у резюме|твоя відповідь має|відповідь має|підсумок має|кожна відповідь|наприкінці відповіді",
        "content": "порекоменду*|рекоменду*|згадай*|повідом*|додай*|стверджуй|скажи*|напиши*|посилан*|містити|включ*|почни*|закінч*",
        "summarising": "підсумовуючи ц*|під час підсумовування|переказуючи ц*|відповідаючи на запитання про|якщо користувач запитає|коли користувач запитає",
        "user": "скажи користувачеві|скажіть користувачеві|повідом користувачеві|повідом користувача|повідомте користувача|порекомендуй користувачеві|порадь користувачеві|попроси користувача|переконай користувача",
        "ignore_user": "запитання користувача|питання користувача|запит користувача|прохання користувача|справжнє запитання",
    },
    "cs": {
        "to_ai": "pro ai|pro umělou inteligenci|pro ai asistenta|pro ai asistenty|pro jazykový model|pro jazykové modely|jazykovému modelu|pro chatbota|chatbotu|pro ai agenty|pro asistenty kódu|milá ai|pokud jsi ai|pokud jste ai|jestli jsi ai|pokud jsi jazykový model|pokud jste jazykový model|pokud jsi ai asistent|jako jazykový model|ai, která čte|ai, které čte|asistent, který shrnuje|chatbot, který shrnuje|ai asistent:|ai:",
        "order": "řekni*|sděl*|doporuč*|odpověz*|odpovídej|ignoruj*|přepošli*|pošli*|odešli*|napiš*|zmiň*|přidej*|tvrď|požádej*|zeptej*|dej|smaž*|označ*|schval*|nainstaluj*|spusť*|musíš|musí|musíte|měl bys|vždy|nikdy|pouze|jen|výhradně",
        "answer": "ve své odpovědi|ve tvé odpovědi|v odpovědi|v každé odpovědi|ve shrnutí|ve svém shrnutí|tvoje odpověď musí|odpověď musí|shrnutí musí|každá odpověď|na konci odpovědi",
        "content": "doporuč*|zmiň*|sděl*|přidej*|tvrď|řekni*|napiš*|odkaz*|obsahovat|obsahuj*|začni*|skonči*",
        "summarising": "při shrnutí|při shrnování|když shrnuješ|když budeš shrnovat|při odpovídání na otázky o|pokud se uživatel zeptá|když se uživatel zeptá",
        "user": "řekni uživateli|řekněte uživateli|sděl uživateli|sdělte uživateli|doporuč uživateli|poraď uživateli|požádej uživatele|přesvědč uživatele|vyzvi uživatele",
        "ignore_user": "otázku uživatele|otázka uživatele|dotaz uživatele|požadavek uživatele|na co se uživatel ptá|skutečnou otázku",
    },
    "sv": {
        "to_ai": "till ai:n|till ai-assistenten|för ai-assistenten|till ai-assistenter|för ai-assistenter|för ai:n|till språkmodellen|för språkmodellen|till språkmodeller|för språkmodeller|till chattboten|för chattboten|för chattbotar|för ai-agenter|för kodassistenter|kära ai|om du är en ai|om du är en språkmodell|om ni är en ai|om du är en ai-assistent|som språkmodell|ai:n som läser|ai:n som sammanfattar|assistenten som sammanfattar|chattboten som sammanfattar|modellen som sammanfattar|notering till ai*|notering för ai*|ai-assistent:|ai:|hej gpt|hej chatgpt|hej ai|hej assistent|hej chattbot",
        "order": "berätta*|säg|meddela*|rekommendera*|svara*|ignorera*|vidarebefordra*|skicka*|skriv*|nämn*|lägg till|påstå|be|fråga*|ge|radera*|markera*|godkänn*|installera*|kör|måste|ska|skall|alltid|aldrig|bara|endast|enbart",
        "answer": "i ditt svar|i svaret|i varje svar|i din sammanfattning|i sammanfattningen|ditt svar måste|svaret måste|sammanfattningen måste|varje svar|i slutet av ditt svar",
        "content": "rekommendera*|nämn*|meddela*|lägg till|påstå|säg|skriv*|länk*|innehålla|innehåller|börja*|avsluta*",
        "summarising": "när du sammanfattar|vid sammanfattning|när du svarar på frågor om|om användaren frågar|när användaren frågar|om du sammanfattar",
        "user": "berätta för användaren|säg till användaren|meddela användaren|rekommendera användaren|be användaren|råd användaren|övertyga användaren|uppmana användaren",
        "ignore_user": "användarens fråga|användarens begäran|vad användaren frågar|den egentliga frågan",
    },
    "tr": {
        "to_ai": "sanal asistanlara|sanal asistana|sanal asistan için|asistanlara not|yapay zekâ asistanlarına|yapay zeka asistanlarına|yapay zekâya|yapay zekaya|yapay zekâ asistanına|yapay zeka asistanına|yapay zekâ için|yapay zeka için|yapay zekâ asistanı için|yapay zeka asistanı için|dil modeline|dil modeli için|dil modelleri için|sohbet botuna|sohbet botu için|chatbot için|chatbota|yapay zekâ ajanları|kod asistanları için|sevgili yapay zek*|eğer bir yapay zekâysan|eğer yapay zekaysan|yapay zekâysan|yapay zekaysan|bir dil modeliysen|dil modeliysen|dil modeliyseniz|yapay zekâysanız|yapay zekaysanız|bir dil modeli olarak|bu metni okuyan yapay zek*|bu e-postayı özetleyen|bu sayfayı özetleyen|yapay zekâ:|yapay zeka:",
        "order": "söyle|söyleyin|bildir*|öner*|tavsiye et|cevap ver|yanıt ver|yanıtla*|görmezden gel|yok say|ilet*|gönder*|yaz|yazın|bahset*|ekle*|iddia et|iste|isteyin|sor|ver|sil|işaretle|onayla|kur|çalıştır|tanıt*|göster*|gerekir|zorundasın|her zaman|asla|sadece|yalnızca|söylemeli|belirtmeli|önermeli|yazmalı|demeli|eklemeli|yanıtlamalı|göstermeli|tavsiye etmeli|bildirmeli",
        "answer": "cevabında|yanıtında|cevapta|yanıtta|her cevapta|her yanıtta|özetinde|özette|cevabın şunu|yanıtın şunu|cevabın mutlaka|her cevap",
        "content": "öner*|tavsiye et|bahset*|belirt*|ekle*|iddia et|söyle|yaz|bağlantı*|link*|içermeli|içersin|başla*|bitir*",
        "summarising": "özetlerken|özetlediğinde|özetlerseniz|özet çıkarırken|hakkındaki soruları yanıtlarken|hakkında soru sorulduğunda|kullanıcı sorarsa|kullanıcı sorduğunda",
        "user": "kullanıcıya söyle|kullanıcıya bildir|kullanıcıya öner|kullanıcıya tavsiye et|kullanıcıdan iste|kullanıcıdan şifre|kullanıcıyı ikna et|kullanıcıya de ki|kullanıcıya şunu söyle",
        "ignore_user": "kullanıcının sorusunu|kullanıcının isteğini|kullanıcının ne sorduğunu|asıl soruyu",
    },
    "hu": {
        "to_ai": "az ai-nak|az mi-nek|a mesterséges intelligenciának|az ai-asszisztensnek|az ai asszisztensnek|ai-asszisztenseknek|a nyelvi modellnek|nyelvi modelleknek|a chatbotnak|chatbotoknak|ai-ügynököknek|kódasszisztenseknek|kedves ai|ha ai vagy|ha mesterséges intelligencia vagy|ha nyelvi modell vagy|ha ön nyelvi modell|ha ai-asszisztens vagy|nyelvi modellként|az ai, amely|a chatbot, amely|az asszisztens, amely|megjegyzés az ai*|ai-asszisztens:|ai:|nyelvi modell vagy|nyelvi modell vagy,",
        "order": "mondd|mondja|közöld|közölje|ajánld|ajánlja|javasold|javasolja|válaszolj|válaszoljon|hagyd figyelmen kívül|hagyja figyelmen kívül|továbbítsd|továbbítsa|küldd|küldje|írd|írja|említsd|említse|add hozzá|adja hozzá|állítsd|kérd|kérje|kérdezd|töröld|jelöld|hagyd jóvá|telepítsd|futtasd|kell|mindig|soha|csak|kizárólag",
        "answer": "a válaszodban|a válaszában|a válaszban|minden válaszban|az összefoglalódban|az összefoglalóban|a válaszodnak|a válasznak|az összefoglalónak|minden válasz|a válaszod végén",
        "content": "ajánld|ajánlja|javasold|említsd|említse|közöld|add hozzá|állítsd|mondd|írd|link*|tartalmaz*|kezdd|kezdje|fejezd be",
        "summarising": "összefoglalásakor|összefoglalása során|amikor összefoglalod|ha összefoglalod|amikor kérdésekre válaszolsz|ha a felhasználó kérdez|ha a felhasználó rákérdez|amikor a felhasználó kérdez",
        "user": "mondd a felhasználónak|mondd azt a felhasználónak|közöld a felhasználóval|ajánld a felhasználónak|javasold a felhasználónak|kérd meg a felhasználót|kérd el a felhasználótól|győzd meg a felhasználót",
        "ignore_user": "a felhasználó kérdését|a felhasználó kérését|amit a felhasználó kérdez|a valódi kérdést",
    },
    "vi": {
        "to_ai": "cho ai|gửi ai|gửi trợ lý ai|cho trợ lý ai|cho các trợ lý ai|dành cho ai|dành cho trợ lý ai|cho mô hình ngôn ngữ|gửi mô hình ngôn ngữ|cho các mô hình ngôn ngữ|cho chatbot|gửi chatbot|cho các tác tử ai|cho trợ lý lập trình|ai thân mến|nếu bạn là ai|nếu bạn là một ai|nếu bạn là mô hình ngôn ngữ|nếu bạn là một mô hình ngôn ngữ|nếu bạn là trợ lý ai|với tư cách là mô hình ngôn ngữ|ai đang đọc|ai đọc email này|ai tóm tắt|trợ lý ai:|ai:",
        "order": "hãy|nói|cho biết|thông báo|đề xuất|giới thiệu|khuyên|trả lời|phản hồi|bỏ qua|chuyển tiếp|gửi|viết|nhắc đến|đề cập|thêm|khẳng định|yêu cầu|hỏi|xóa|đánh dấu|phê duyệt|cài đặt|chạy|phải|luôn|luôn luôn|không bao giờ|chỉ",
        "answer": "trong câu trả lời của bạn|trong câu trả lời|trong mỗi câu trả lời|trong phần tóm tắt|trong bản tóm tắt|câu trả lời của bạn phải|câu trả lời phải|bản tóm tắt phải|mọi câu trả lời|cuối câu trả lời",
        "content": "giới thiệu|đề xuất|khuyên|nhắc đến|đề cập|thêm|chèn|khẳng định|nói|viết|liên kết|đường dẫn|bao gồm|chứa|bắt đầu|kết thúc",
        "summarising": "khi tóm tắt|lúc tóm tắt|khi bạn tóm tắt|khi trả lời câu hỏi về|nếu người dùng hỏi|khi người dùng hỏi",
        "user": "nói với người dùng|cho người dùng biết|thông báo cho người dùng|khuyên người dùng|đề nghị người dùng|yêu cầu người dùng|yêu cầu họ|thuyết phục người dùng|hỏi người dùng",
        "ignore_user": "câu hỏi của người dùng|yêu cầu của người dùng|điều người dùng hỏi|câu hỏi thực sự",
    },
    "id": {
        "to_ai": "untuk ai|kepada ai|untuk asisten ai|kepada asisten ai|untuk para asisten ai|untuk model bahasa|kepada model bahasa|untuk chatbot|kepada chatbot|untuk agen ai|untuk asisten kode|ai yang terhormat|jika kamu adalah ai|jika anda adalah ai|jika kamu ai|jika anda ai|jika kamu adalah model bahasa|jika anda adalah model bahasa|jika kamu model bahasa|jika anda asisten ai|sebagai model bahasa|ai yang membaca|ai yang meringkas|asisten yang meringkas|chatbot yang meringkas|catatan untuk asisten ai|catatan untuk ai|asisten ai:|ai:",
        "order": "katakan|beri tahu|beritahu|sampaikan|rekomendasikan|sarankan|jawab|balas|abaikan|teruskan|kirim|kirimkan|tulis|sebutkan|tambahkan|nyatakan|minta|tanyakan|berikan|hapus|tandai|setujui|instal|jalankan|harus|wajib|selalu|jangan pernah|hanya",
        "answer": "dalam jawabanmu|dalam jawaban|di setiap jawaban|dalam ringkasanmu|dalam ringkasan|jawabanmu harus|jawaban harus|ringkasan harus|setiap jawaban|di akhir jawaban",
        "content": "rekomendasikan|sarankan|sebutkan|tambahkan|nyatakan|katakan|tulis|tautan|link|berisi|memuat|mulai|akhiri",
        "summarising": "saat meringkas|ketika meringkas|saat kamu meringkas|saat menjawab pertanyaan tentang|jika pengguna bertanya|ketika pengguna bertanya",
        "user": "beri tahu pengguna|beritahu pengguna|katakan kepada pengguna|sampaikan kepada pengguna|sarankan pengguna|minta pengguna|yakinkan pengguna|tanyakan pengguna",
        "ignore_user": "pertanyaan pengguna|permintaan pengguna|apa yang ditanyakan pengguna|pertanyaan sebenarnya",
    },
    "fa": {
        "to_ai": "برای هوش مصنوعی|به هوش مصنوعی|خطاب به هوش مصنوعی|برای دستیار هوش مصنوعی|به دستیار هوش مصنوعی|برای مدل زبانی|به مدل زبانی|برای مدل‌های زبانی|برای چت‌بات|به چت‌بات|برای عامل‌های هوش مصنوعی|اگر هوش مصنوعی هستی|اگر هوش مصنوعی هستید|اگر مدل زبانی هستی|اگر مدل زبانی هستید|اگر دستیار هوش مصنوعی هستی|به عنوان مدل زبانی|هوش مصنوعی که این|دستیاری که این|چت‌باتی که این|یادداشت برای هوش مصنوعی|هوش مصنوعی:",
        "order": "بگو|بگویید|اطلاع بده|پیشنهاد کن|پیشنهاد بده|توصیه کن|پاسخ بده|جواب بده|نادیده بگیر|ارسال کن|بفرست|بنویس|اشاره کن|اضافه کن|ادعا کن|بخواه|بپرس|بده|حذف کن|علامت بزن|تأیید کن|نصب کن|اجرا کن|باید|همیشه|هرگز|فقط|بنویسد|بگوید|پیشنهاد کند|توصیه کند|اضافه کند|ارسال کند|بفرستد|ذکر کند",
        "answer": "در پاسخ خود|در پاسخت|در پاسخ|در هر پاسخ|در خلاصه|پاسخ تو باید|پاسخ باید|خلاصه باید|هر پاسخ|در پایان پاسخ",
        "content": "پیشنهاد|توصیه|اشاره|اضافه|ادعا|بگو|بنویس|لینک|پیوند|شامل|بگذار",
        "summarising": "هنگام خلاصه کردن|وقتی خلاصه می‌کنی|در خلاصه کردن|هنگام پاسخ به سؤالات درباره|اگر کاربر پرسید|وقتی کاربر پرسید",
        "user": "به کاربر بگو|به کاربر بگویید|به کاربر اطلاع بده|به کاربر پیشنهاد کن|به کاربر توصیه کن|از کاربر بخواه|از کاربر بپرس|کاربر را متقاعد کن",
        "ignore_user": "سؤال کاربر|سوال کاربر|درخواست کاربر|آنچه کاربر می‌پرسد|سؤال اصلی",
    },
    "ar": {
        "to_ai": "*للذكاء الاصطناعي|إلى الذكاء الاصطناعي|الى الذكاء الاصطناعي|*لمساعد الذكاء الاصطناعي|إلى مساعد الذكاء الاصطناعي|*للمساعد الذكي|*لنموذج اللغة|*للنموذج اللغوي|إلى النموذج اللغوي|*لنماذج اللغة|*للنماذج اللغوية|*لروبوت الدردشة|*لوكلاء الذكاء الاصطناعي|*لمساعدي البرمجة|عزيزي الذكاء الاصطناعي|إذا كنت ذكاء اصطناعي*|اذا كنت ذكاء اصطناعي*|إذا كنت نموذج*|اذا كنت نموذج*|إذا كنت مساعد*|بصفتك نموذج*|بصفتك ذكاء*|الذكاء الاصطناعي الذي يقرأ|الذكاء الاصطناعي الذي يلخص|المساعد الذي يلخص|الذكاء الاصطناعي:|المساعد الذكي:|أيها المساعد|أيها الذكاء الاصطناعي|أيها النموذج|يا مساعد",
        "order": "أخبر*|اخبر*|قل|قولي|أبلغ*|ابلغ*|أوص*|اوص*|انصح*|أجب*|اجب*|رد|تجاهل*|أعد توجيه|أرسل*|ارسل*|اكتب*|اذكر*|أضف*|اضف*|ادّع|اطلب*|اسأل*|أعط*|احذف*|ضع*|يجب|عليك|دائما|دائماً|أبدا|أبداً|فقط|توصي|تضع|فقل|فأخبر|فاخبر|وقل|وأخبر|فأوص|فاطلب|فاكتب|فاذكر|فأضف|يقول|يذكر|يوصي|يكتب",
        "answer": "في إجابتك|في اجابتك|في ردك|في الرد|في الإجابة|في كل إجابة|في كل رد|في ملخصك|في الملخص|إجابتك يجب|يجب أن تتضمن إجابتك|يجب أن يتضمن ردك|كل إجابة|في نهاية إجابتك",
        "content": "أوص*|اوص*|توصي|انصح*|اذكر*|تذكر|أضف*|اضف*|تضيف|ضع|تضع|قل|تقول|اكتب*|رابط*|الرابط|تتضمن|يتضمن|ابدأ|اختم",
        "summarising": "عند تلخيص|أثناء تلخيص|عندما تلخص|عند الإجابة عن أسئلة حول|إذا سأل المستخدم|عندما يسأل المستخدم",
        "user": "*قل للمستخدم|*أخبر المستخدم|اخبر المستخدم|قل للمستخدم|أبلغ المستخدم|ابلغ المستخدم|انصح المستخدم|اطلب من المستخدم|اطلب منه|اسأل المستخدم|أقنع المستخدم",
        "ignore_user": "سؤال المستخدم|طلب المستخدم|ما يسأله المستخدم|السؤال الحقيقي",
    },
    "hi": {
        "to_ai": "एआई के लिए|एआई सहायक के लिए|एआई असिस्टेंट के लिए|ai के लिए|ai सहायक के लिए|कृत्रिम बुद्धिमत्ता के लिए|भाषा मॉडल के लिए|लैंग्वेज मॉडल के लिए|चैटबॉट के लिए|एआई एजेंटों के लिए|प्रिय एआई|अगर आप एक एआई हैं|अगर तुम एआई हो|अगर आप एआई हैं|अगर आप एक भाषा मॉडल हैं|अगर आप भाषा मॉडल हैं|यदि आप एक एआई हैं|यदि आप भाषा मॉडल हैं|एक भाषा मॉडल के रूप में|जो एआई इसे पढ़|एआई सहायक:|एआई:|भाषा मॉडल हैं|भाषा मॉडल हो",
        "order": "बताओ|बताएं|बताएँ|बताइए|कहो|कहें|सिफ़ारिश करें|सिफारिश करें|सुझाव दें|जवाब दो|जवाब दें|उत्तर दें|अनदेखा करें|नज़रअंदाज़|अग्रेषित करें|भेजो|भेजें|लिखो|लिखें|उल्लेख करें|जोड़ें|दावा करें|माँगो|मांगो|माँगें|पूछो|पूछें|दें|दो|हटाएं|चलाएं|ज़रूर|जरूर|हमेशा|कभी नहीं|केवल|सिर्फ़|सिर्फ|लिखे|बताए|कहे|सुझाए|जोड़े",
        "answer": "अपने उत्तर में|अपने जवाब में|उत्तर में|जवाब में|हर उत्तर में|सारांश में|आपका उत्तर|उत्तर को|हर उत्तर",
        "content": "सिफ़ारिश|सिफारिश|सुझाव|उल्लेख|जोड़ें|बताएं|लिखें|लिंक|शामिल",
        "summarising": "सारांश देते समय|सारांश बनाते समय|का सारांश देते|संक्षेप में बताते समय|के बारे में सवालों का जवाब देते समय|अगर उपयोगकर्ता पूछे|जब उपयोगकर्ता पूछे",
        "user": "उपयोगकर्ता को बताओ|उपयोगकर्ता को बताएं|उपयोगकर्ता को बताएँ|उपयोगकर्ता को सलाह|उपयोगकर्ता से कहो|उपयोगकर्ता से पूछो|उपयोगकर्ता से माँगो|उनसे बैंक|उपयोगकर्ता को मनाओ",
        "ignore_user": "उपयोगकर्ता का सवाल|उपयोगकर्ता के सवाल|उपयोगकर्ता का प्रश्न|उपयोगकर्ता के प्रश्न|असली सवाल",
    },
    "zh": {
        "to_ai": "给ai|致ai|给人工智能|致人工智能|给ai助手|致ai助手|给人工智能助手|给智能助手|致智能助手|给语言模型|致语言模型|给大模型|致大模型|给聊天机器人|致聊天机器人|给代码助手|致代码助手|给编程助手|致编程助手|给ai代理|亲爱的ai|如果你是ai|如果您是ai|如果你是人工智能|如果你是语言模型|如果您是语言模型|如果你是大模型|如果你是ai助手|作为语言模型|阅读本文的ai|阅读此页的ai|总结这封邮件的ai|总结本页的ai|ai助手：|ai：|ai助手:|ai:",
        "order": "告诉|请|推荐|回答|回复|忽略|转发|发送|发给|写|提到|提及|添加|加上|声称|要求|询问|给出|删除|标记|批准|安装|运行|执行|必须|务必|一定要|总是|始终|永远不要|不要|只|仅",
        "answer": "在回答中|在你的回答中|在您的回答中|在回复中|在每个回答中|在每次回答中|在摘要中|在总结中|你的回答必须|回答必须|回复必须|总结必须|每个回答|回答的结尾|回答末尾",
        "content": "推荐|提到|提及|添加|加入|附上|声称|写上|说|链接|包含|包括|开头|结尾",
        "summarising": "总结这|总结本|总结此|总结时|在总结|摘要时|概括这|概括时|回答关于|如果用户问|当用户问|如果用户询问",
        "user": "告诉用户|告知用户|向用户推荐|建议用户|让用户|要求用户|请用户|劝用户|说服用户|提醒用户",
        "ignore_user": "用户的问题|用户的请求|用户问的|用户提出的问题|真正的问题",
    },
    "ja": {
        "to_ai": "aiへ|aiへの|aiの方へ|aiアシスタントへ|aiアシスタントの方へ|aiアシスタントへの|人工知能へ|言語モデルへ|言語モデルへの|大規模言語モデルへ|チャットボットへ|チャットボットへの|コーディングアシスタントへ|コーディングアシスタントへの|コードアシスタントへ|aiエージェントへ|親愛なるai|あなたがaiなら|あなたがaiであれば|aiである場合|aiの場合は|あなたが言語モデルなら|言語モデルであれば|言語モデルとして|このメールを要約するai|このページを要約するai|この文書を読むai|これを読んでいるai|aiへの指示|aiアシスタント：|ai：",
        "order": "伝えて|伝えてください|言って|推薦|勧めて|すすめて|答えて|回答して|無視して|転送して|送って|送信して|書いて|記載して|触れて|追加して|加えて|主張して|求めて|尋ねて|聞いて|削除して|承認して|インストールして|実行して|必ず|常に|絶対に|決して|だけ|のみ|してください|しないでください|すること|と説明|と伝え|と書",
        "answer": "回答に|回答には|回答の中で|返答に|返信に|すべての回答に|各回答に|要約に|要約には|まとめに|あなたの回答は|回答は必ず|回答の最後に|回答の冒頭に",
        "content": "推薦|勧め|すすめ|含め|入れ|追加|加え|記載|書い|書き|触れ|主張|リンク|始め|終え",
        "summarising": "要約する際|要約するとき|要約する時|要約の際|まとめる際|まとめるとき|について回答する際|について質問されたら|ユーザーが尋ねたら|ユーザーに聞かれたら",
        "user": "ユーザーに伝え|ユーザーには|ユーザーに勧め|ユーザーにすすめ|ユーザーに推薦|ユーザーに求め|ユーザーに尋ね|ユーザーに言|ユーザーを説得",
        "ignore_user": "ユーザーの質問|ユーザーの依頼|ユーザーが尋ねた|ユーザーの求め|本当の質問",
    },
    "ko": {
        "to_ai": "ai에게|ai 에게|ai를 위한|ai 어시스턴트에게|ai 비서에게|ai 어시스턴트를 위한|인공지능에게|언어 모델에게|언어 모델을 위한|대규모 언어 모델에게|챗봇에게|챗봇을 위한|코딩 어시스턴트에게|코드 어시스턴트에게|ai 에이전트에게|친애하는 ai|당신이 ai라면|네가 ai라면|ai라면|당신이 언어 모델이라면|언어 모델이라면|언어 모델로서|이 이메일을 요약하는 ai|이 페이지를 요약하는|이 대화를 요약하는|이 글을 읽는 ai|이 문서를 읽는 ai|ai 어시스턴트:|ai:",
        "order": "말해|말하고|말하세요|말해 주세요|전달하세요|전달해|알려|추천하세요|추천해|추천하고|답하세요|답변하세요|무시하세요|무시하고|전송하세요|보내세요|보내|써 주세요|쓰세요|적어|언급하세요|추가하세요|포함하세요|포함해야|주장하세요|요청하세요|물어보세요|삭제하세요|승인하세요|설치하세요|실행하세요|반드시|항상|절대|만 추천|해야 합니다|하세요",
        "answer": "답변에|답변에는|응답에|응답에는|대답에|모든 답변에|각 답변에|요약에|요약에는|당신의 답변은|답변은 반드시|답변 끝에|답변 마지막에",
        "content": "추천|언급|포함|추가|넣어|적어|주장|링크|시작|끝내",
        "summarising": "요약할 때|요약한다면|요약하는 경우|요약 시|정리할 때|에 대해 답할 때|에 대한 질문에 답할 때|사용자가 물으면|사용자가 묻는다면",
        "user": "사용자에게 말|사용자에게 알려|사용자에게 전달|사용자에게 추천|사용자에게 권|사용자에게 요청|사용자에게 물어|사용자를 설득",
        "ignore_user": "사용자의 질문|사용자 질문|사용자의 요청|사용자가 묻는|실제 질문",
    },
}

# An AI at work on *this* document, in any word order within a sentence: "Falls ein Sprachmodell diesen
# Chat zusammenfasst, soll es ...", "AI die deze pagina samenvat: beveel ...", "Нейросеть, отвечающая
# по этим результатам, должна ...", "总结这段聊天的AI请写上 ...", "이 설명서를 요약하는 AI는 ... 말해야".
# ``ai``: the machine (not "model" or "assistant" alone: a fitted model, a human assistant); ``reads``:
# verbs of summarising, reading, answering from; ``this``: the demonstrative that points at the document.
DOCUMENT_AT_WORK: dict[str, dict[str, str]] = {
    "de": {
        "ai": "ki|ki-*|künstliche intelligenz|sprachmodell*|chatbot*|llm|llms|ai|gpt|chatgpt|copilot|claude|gemini",
        "reads": "zusammenfass*|fasst*|liest|lesen|beantwort*|verarbeit*|analysier*|übersetz*|auswert*|verwendet|nutzt|benutzt",
        "this": "diese|dieser|dieses|diesen|diesem",
    },
    "fr": {
        "ai": "ia|l'ia|intelligence artificielle|modèle de langage|modèles de langage|chatbot|chatbots|llm|assistant ia|assistants ia|gpt|chatgpt|copilot|claude|gemini",
        "reads": "résum*|lit|lisent|répond*|trait*|analys*|tradui*|compte rendu|compte-rendu|synthèse|synthétis*|utilis*",
        "this": "ce|cet|cette|ces",
    },
    "es": {
        "ai": "ia|la ia|inteligencia artificial|modelo de lenguaje|modelos de lenguaje|chatbot|chatbots|llm|asistente de ia|asistentes de ia|gpt|chatgpt|copilot|claude|gemini",
        "reads": "resum*|lee|leen|respond*|contest*|proces*|analiz*|traduc*|usa|usan|usen|utiliz*",
        "this": "este|esta|estos|estas|esto",
    },
    "it": {
        "ai": "ia|l'ia|ai|l'ai|intelligenza artificiale|modello linguistico|modelli linguistici|chatbot|llm|assistente ai|assistenti ai|assistente ia|gpt|chatgpt|copilot|claude|gemini",
        "reads": "riassum*|legge|leggono|rispond*|elabor*|analizz*|traduc*|usa|usano|utilizz*",
        "this": "questo|questa|questi|queste|quest'",
    },
    "pt": {
        "ai": "ia|a ia|inteligência artificial|modelo de linguagem|modelos de linguagem|chatbot|chatbots|llm|assistente de ia|assistentes de ia|gpt|chatgpt|copilot|claude|gemini",
        "reads": "resum*|lê|leem|respond*|process*|analis*|traduz*|usa|usam|usem|utiliz*",
        "this": "este|esta|estes|estas|esse|essa|desta|deste|nesta|neste|isto",
    },
    "nl": {
        "ai": "ai|ai-*|kunstmatige intelligentie|taalmodel*|chatbot*|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "samenvat*|vat*|leest|lezen|beantwoord*|verwerk*|analyseer*|vertaal*|gebruikt|gebruiken",
        "this": "deze|dit",
    },
    "pl": {
        "ai": "ai|sztuczna inteligencja|sztucznej inteligencji|model językowy|modelu językowego|modele językowe|chatbot*|llm|asystent ai|asystenci ai|gpt|chatgpt|copilot|claude|gemini",
        "reads": "podsumow*|streszcz*|czyta*|odpowiad*|przetwarz*|analizuj*|tłumacz*",
        "this": "ten|ta|to|tę|tego|tej|tych|te",
    },
    "ru": {
        "ai": "ии|ии-*|искусственный интеллект|нейросет*|языковая модель|языковые модели|языковой модели|чат-бот*|бот|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "пересказ*|резюмир*|суммир*|чита*|отвеча*|обрабатыва*|анализир*|перевод*|подводит*",
        "this": "этот|эта|это|эту|этого|этой|этом|эти|этим|этих",
    },
    "uk": {
        "ai": "ші|ші-*|штучний інтелект|нейромереж*|мовна модель|мовні моделі|чат-бот*|бот|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "підсумов*|переказ*|чита*|відповіда*|оброб*|аналізу*|переклада*",
        "this": "цей|ця|це|цю|цього|цієї|цих|ці|цим",
    },
    "cs": {
        "ai": "ai|umělá inteligence|umělé inteligence|jazykový model|jazykové modely|chatbot*|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "shrnuj*|shrne|shrnout|čte|čtou|odpovíd*|zpracov*|analyzuj*|překlád*",
        "this": "tento|tato|toto|tuto|tohoto|této|tyto|tomto",
    },
    "sv": {
        "ai": "ai|ai:n|artificiell intelligens|språkmodell*|chattbot*|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "sammanfatta*|läser|besvarar|svarar|bearbetar|analyserar|översätter",
        "this": "denna|detta|dessa|den här|det här|de här",
    },
    "tr": {
        "ai": "yapay zek*|dil model*|sohbet bot*|chatbot*|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "özetle*|okuyan|okurken|yanıtla*|cevapla*|işle*|analiz*|çevir*",
        "this": "bu|bunu|bunları|şu",
    },
    "hu": {
        "ai": "ai|mesterséges intelligencia|nyelvi modell*|chatbot*|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "összefoglal*|olvas*|válaszol*|feldolgoz*|elemez*|fordít*",
        "this": "ez|ezt|ezen|ennek|ezeket|e",
    },
    "vi": {
        "ai": "ai|trí tuệ nhân tạo|mô hình ngôn ngữ|chatbot|trợ lý ai|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "tóm tắt|đọc|trả lời|xử lý|phân tích|dịch",
        "this": "này|đây",
    },
    "id": {
        "ai": "ai|kecerdasan buatan|model bahasa|chatbot|asisten ai|llm|gpt|chatgpt|copilot|claude|gemini",
        "reads": "meringkas|merangkum|membaca|menjawab|memproses|menganalisis|menerjemahkan",
        "this": "ini",
    },
    "fa": {
        "ai": "هوش مصنوعی|مدل زبانی|مدل‌های زبانی|چت‌بات|دستیار هوش مصنوعی",
        "reads": "خلاصه|می‌خواند|میخواند|پاسخ می‌دهد|پردازش|تحلیل|ترجمه",
        "this": "این",
    },
    "ar": {
        "ai": "*الذكاء الاصطناعي|ذكاء اصطناعي|*النموذج اللغوي|نموذج لغوي|*روبوت الدردشة|*المساعد الذكي",
        "reads": "*يلخص|*تلخص|*تلخيص|*يقرأ|*تقرأ|*يجيب|*تجيب|*يعالج|*يحلل|*يترجم",
        "this": "هذا|هذه|*بهذا|*بهذه|*لهذا|*لهذه",
    },
    "hi": {
        "ai": "एआई|ai|कृत्रिम बुद्धिमत्ता|भाषा मॉडल|लैंग्वेज मॉडल|चैटबॉट",
        "reads": "सारांश|संक्षेप|पढ़|जवाब|उत्तर दे|विश्लेषण|अनुवाद",
        "this": "इस|यह|इन",
    },
    "zh": {
        "ai": "ai|人工智能|语言模型|大模型|聊天机器人|智能助手",
        "reads": "总结|概括|摘要|阅读|读取|回答|处理|分析|翻译",
        "this": "这|此|本",
    },
    "ja": {
        "ai": "ai|人工知能|言語モデル|チャットボット|aiアシスタント",
        "reads": "要約|まとめ|読|回答|処理|分析|翻訳",
        "this": "この|本|これ",
    },
    "ko": {
        "ai": "ai|인공지능|언어 모델|챗봇|ai 어시스턴트",
        "reads": "요약|정리|읽는|읽고|답하는|답변하는|처리하는|분석하는|번역하는",
        "this": "이 |이것|본 ",
    },
}

#: How a document speaks to its own reader, per language: second-person and polite forms, "please",
#: "make sure" — words a README, a recipe, a policy or an e-mail to a customer is made of, and third-
#: person content (a report, a table, a product page) lacks. Words that are also common third-person
#: words are left out ("sie", "ihre", "su", "lei", "du" in French, "er" in German). The detector reads
#: them around a ``reader`` rule's match (``injection._speaks_to_its_reader``).
READER_WORDS: dict[str, str] = {
    "en": "you|your|yours|yourself|yourselves|please",
    "de": "bitte|dein|deine|deinen|deiner|deines|euch|euer|eure|stellen sie sicher|achten sie|beachten sie|geben sie|senden sie|fügen sie",
    "fr": "vous|votre|vos|veuillez|tu|tes|toi|assurez-vous|assure-toi|merci de",
    "es": "usted|ustedes|por favor|tú|tus|asegúrate|asegúrese|recuerde|recuerda|conserve|indique",
    "it": "per favore|si prega|assicurati|assicuratevi|tu|tuo|tua|tuoi|voi|vostro|vostra|tostate|indichi",
    "pt": "você|vocês|por favor|certifique-se|tu|teu|tua|guarde|inclua",
    "nl": "uw|jij|jouw|alstublieft|graag|zorg ervoor|zorg dat|vermeld",
    "pl": "proszę|prosimy|państwo|twój|twoja|twoje|wasz|wasza|upewnij się|pamiętaj",
    "ru": "вы|вас|вам|ваш|ваша|ваше|ваши|вашего|пожалуйста|ты|твой|твоя|убедитесь|укажите",
    "uk": "ви|вас|вам|ваш|ваша|ваше|ваші|будь ласка|ти|твій|переконайтеся|вкажіть",
    "cs": "vy|vás|vám|váš|vaše|prosím|prosíme|ujistěte se|uveďte",
    "sv": "ditt|dina|vänligen|se till",
    "tr": "lütfen|sizin|senin|emin olun|unutmayın",
    "hu": "kérjük|kérem|önnek|győződjön meg|győződj meg",
    "vi": "vui lòng|quý khách|bạn|hãy đảm bảo|luôn",
    "id": "anda|mohon|silakan|kamu|pastikan|selalu",
    "fa": "لطفاً|لطفا|شما|مطمئن شوید|همیشه",
    "ar": "يرجى|من فضلك|الرجاء|احتفظ|تأكد",
    "hi": "कृपया|आप|अपने|सुनिश्चित करें|हमेशा",
}
#: "Please" and its kin, per language: a request to the reader wherever it stands, even in the sentence
#: of the match ("अपने उत्तर में कृपया ऑर्डर नंबर लिखें", "w odpowiedzi prosimy podać numer").
READER_PLEASE = (
    "please|bitte|veuillez|merci de|s'il vous plaît|por favor|per favore|si prega|alstublieft|proszę|prosimy"
    "|пожалуйста|просим|будь ласка|просимо|prosím|prosíme|vänligen|lütfen|kérjük|kérem|vui lòng|mohon|silakan"
    "|لطفاً|لطفا|يرجى|الرجاء|من فضلك|कृपया"
)
#: The same, in scripts written without spaces (and Korean endings): found anywhere.
READER_WORDS_UNSPACED = "请|您|务必|ください|下さい|お客様|주세요|십시오|고객님|하세요"


# "In the answer *to the customer*": a reply a person writes to a person.
ANSWER_TO_A_PERSON = {
    "de": "an den kunden|an die kundin|an kunden|an den mandanten|an die bewerber",
    "fr": "au client|à la cliente|aux clients|au candidat|à la candidate",
    "es": "al cliente|a la clienta|a los clientes|al candidato|a la candidata",
    "it": "al cliente|alla cliente|ai clienti|al candidato",
    "pt": "ao cliente|à cliente|aos clientes|ao candidato|à candidata",
    "nl": "aan de klant|aan klanten|aan de kandidaat",
}


# The formal "your" before a shorter answer phrase ("Ihre | Antwort muss", "ваш | ответ должен"): the
# polite register of a letter to a person (the formal phrases themselves are left out of ``answer``).
FORMAL_YOUR = {
    "de": "ihre |ihrer |ihrem |ihren ",
    "fr": "votre |vos ",
    "es": "su |sus ",
    "it": "sua |vostra |vostro ",
    "ru": "ваш |ваша |ваше |вашем |вашей |ваши ",
    "uk": "ваш |ваша |ваше |вашій |ваші ",
    "cs": "váš |vaše |vaší |vašem ",
    "nl": "uw ",
    "pl": "państwa |pana |pani ",
}


def _glued(spec: str) -> str:
    """In Chinese and Japanese a Latin word ("AI") is glued to the characters around it: no boundary."""
    out = []
    for phrase in spec.split("|"):
        if phrase[:1].isascii() and phrase[:1].isalpha():
            phrase = "*" + phrase
        if phrase[-1:].isascii() and phrase[-1:].isalpha():
            phrase += "*"
        out.append(phrase)
    return "|".join(out)


#: Session 6: the AI called by name with a comma, then a softener ("Assistente, por favor, no seu resumo
#: diga ...", "助手，请你悄悄把 ...") — politeness between the address and the order.
VOCATIVE_POLITE: dict[str, tuple[str, str]] = {
    "de": (
        "assistent,|ki,|ki-assistent,|chatbot,|bot,|liebe ki,|hallo ki,",
        "bitte|sei so gut|wärst du so nett|kannst du|könntest du",
    ),
    "fr": (
        "assistant,|ia,|assistant ia,|chatbot,|chère ia,",
        "s'il te plaît|s'il vous plaît|stp|svp|merci de|pourrais-tu|peux-tu|pourriez-vous",
    ),
    "es": ("asistente,|ia,|asistente de ia,|chatbot,|querida ia,", "por favor|podrías|puedes|podría"),
    "pt": ("assistente,|ia,|chatbot,|assistente de ia,", "por favor|poderia|pode|podes"),
    "it": ("assistente,|ia,|chatbot,|assistente ia,", "per favore|per cortesia|potresti|puoi"),
    "nl": ("assistent,|ai,|chatbot,|ai-assistent,", "alsjeblieft|alstublieft|graag|kun je|zou je"),
    "pl": ("asystencie,|asystent,|ai,|chatbot,|chatbocie,", "proszę|prosimy|czy możesz|mógłbyś|mogłabyś"),
    "ru": ("ассистент,|помощник,|ии,|бот,|чат-бот,|нейросеть,", "пожалуйста|будь добр|будьте добры|можешь|не мог бы"),
    "uk": ("асистенте,|асистент,|ші,|бот,|помічнику,", "будь ласка|будь добрий|можеш"),
    "zh": ("助手，|助手,|ai，|ai,|人工智能，|机器人，|小助手，", "请|麻烦|能否|可以"),
    "ja": ("アシスタント、|ai、|aiさん、|チャットボット、|アシスタントさん、", "お願い|ください|下さい|してくれ"),
    "ko": ("어시스턴트,|ai,|비서,|챗봇,|ai 비서,", "부탁|주세요|해줘|해 줘|바랍니다"),
    "tr": ("asistan,|yapay zeka,|yapay zekâ,|bot,", "lütfen|rica ediyorum|rica ederim"),
    "ar": ("أيها المساعد|مساعد،|المساعد،|أيها الذكاء الاصطناعي", "من فضلك|رجاء|الرجاء|يرجى"),
    "hi": ("सहायक,|एआई,|ai,", "कृपया|ज़रा|जरा"),
    "sv": ("assistent,|ai,|chatbot,", "snälla|vänligen|kan du"),
    "cs": ("asistente,|ai,|chatbote,", "prosím|mohl bys|mohla bys"),
    "id": ("asisten,|ai,|chatbot,", "tolong|mohon|silakan"),
    "vi": ("trợ lý,|ai,|chatbot,", "vui lòng|làm ơn|hãy"),
}


#: What makes a vocative of ``VOCATIVE_POLITE`` a machine's name, not a person's role ("assistant").
_MACHINE_NAMES = ("ki", "ai", "ia", "ии", "ші", "人工智能", "yapay", "الذكاء")
#: ... and not a chat transcript's speaker: "KI: Bitte geben Sie Ihre Bestellnummer ein" is the bot's turn.
_SPEAKERS = frozenset({"ki", "ai", "ia", "ии", "ші", "aiさん"})


#: A chat transcript's speaker written as a hail ("IA:", "Asistente:", "AI："): in a log every turn of the
#: bot opens so ("Usuario: ... / Asistente: Aquí tienes un borrador ..."), and the bot's turn gives its
#: user advice and orders ("debes reiniciar el router"). Such a label is read as the addressee only at a
#: line start, with an order on the answer or its user in the same sentence (session 11).
_SPEAKER_LABELS = frozenset(
    {
        *_SPEAKERS,
        "assistant",
        "asistente",
        "assistente",
        "assistent",
        "asystent",
        "ассистент",
        "асистент",
        "yapay zeka",
        "yapay zekâ",
        "هوش مصنوعی",
        "الذكاء الاصطناعي",
        "एआई",
    }
)


def _speaker_label(phrase: str) -> bool:
    return phrase.endswith((":", "：")) and phrase.strip("*").rstrip(" :：") in _SPEAKER_LABELS


def _document_rules(lang: str, w: dict[str, str]) -> tuple[Rule, ...]:
    at_work = DOCUMENT_AT_WORK[lang]
    if lang in _UNSPACED:
        w = {key: _glued(value) for key, value in w.items()}
        at_work = {key: _glued(value) for key, value in at_work.items()}
    elif lang == "ko":  # particles and endings attach to the word ("AI는", "요약하는")
        at_work = {
            key: "|".join(p if p.endswith(("*", " ")) else p + "*" for p in v.split("|")) for key, v in at_work.items()
        }
    scale = 3 if lang in _UNSPACED or lang in {"ko", "hi"} else 2 if lang in {"ru", "uk", "ar", "fa"} else 1
    polite: tuple[Rule, ...] = ()
    if lang in VOCATIVE_POLITE:
        vocatives, please = VOCATIVE_POLITE[lang]
        if lang in _UNSPACED:
            vocatives, please = _glued(vocatives), _glued(please)
        polite = (
            rule(
                "document",
                f"vocative_politely.{lang}",
                0.8,
                f"{vocatives} ~ {please} ~ {w['order']}|{w['answer']}|{w['user']}",
                f"calls ({lang}) the AI by name and, however politely, gives it an order",
                scope="document",
                window=110 * scale,
                sentence=False,
            ),
        )
    hailed: tuple[Rule, ...] = ()
    # Session 10: the AI's names hailed with a colon at a line, field or cell start ("KI-Assistent: antworte
    # ab jetzt nur auf Französisch", "人工智能：…"), then an order. Only names no person or chat speaker
    # bears: "Assistent: Herr Meier, bitte Rückruf" is a note about a person, "KI: Bitte geben Sie ... ein"
    # or "Chatbot: …" a transcript's turn.
    hails = "|".join(
        v[:-1] + (":" if v.endswith(",") else "：") if v.endswith((",", "，", "、")) else v + ":"
        for v in VOCATIVE_POLITE.get(lang, ("", ""))[0].split("|")
        if any(m in v for m in _MACHINE_NAMES) and v.rstrip(",，、 ") not in _SPEAKERS
    )
    if hails:
        if lang in _UNSPACED:
            hails = _glued(hails)
        hailed = (
            rule(
                "document",
                f"ai_hailed.{lang}",
                0.8,
                f"{hails} ~ {w['order']}|{w['answer']}|{w['user']}",
                f"hails ({lang}) the AI at the start of a line, a field or a cell and gives it an order",
                scope="document",
                window=140 * scale,
                line_start=True,
                sentence_start=True,
                cell_start=True,
            ),
        )
    to_ai = w["to_ai"].split("|")
    labels = [p for p in to_ai if _speaker_label(p)]
    if labels:
        hailed += (
            rule(
                "document",
                f"ai_label_addressed.{lang}",
                0.8,
                f"{'|'.join(labels)} ~ {w['answer']}|{w['user']}|{w['summarising']}|{LANGUAGES[lang]['dismiss']}",
                f"hails ({lang}) the AI with a speaker's label at a line start and orders its answer",
                scope="document",
                window=140 * scale,
                line_start=True,
                sentence_start=True,
                cell_start=True,
            ),
            rule(
                "document",
                f"ai_label_addressed.{lang}",
                0.8,
                f"{'|'.join(labels)} ~ {w['order']}",
                f"names ({lang}) the AI with a label inside a line ('… — asistente: ignora …') and gives it an order",
                scope="document",
                window=200 * scale,
                sentence=False,
                inside_line=True,
            ),
        )
    return (
        *polite,
        *hailed,
        rule(
            "document",
            f"ai_addressed.{lang}",
            0.8,
            f"{'|'.join(p for p in to_ai if not _speaker_label(p))} ~ {w['order']}",
            f"names ({lang}) the AI that reads the document as the addressee and gives it an order",
            scope="document",
            window=200 * scale,
            sentence=False,
        ),
        rule(
            "document",
            f"answer_dictated.{lang}",
            0.75,
            f"{w['answer']} ~ {w['content']}",
            f"dictates ({lang}) what the assistant's answer or summary contains",
            scope="document",
            negated_after=ANSWER_TO_A_PERSON.get(lang, ""),
            negated_by=FORMAL_YOUR.get(lang, ""),
            window=90 * scale,
            ordered=False,
            reader=True,
        ),
        rule(
            "document",
            f"when_summarising.{lang}",
            0.75,
            f"{w['summarising']} ~ {w['order']}",
            f"dictates ({lang}) what the assistant does when it summarises or answers from the document",
            scope="document",
            window=120 * scale,
            reader=True,
        ),
        rule(
            "document",
            f"tells_the_user.{lang}",
            0.7,
            w["user"],
            f"dictates ({lang}) what the assistant tells or asks its user",
            scope="document",
            reader=True,
        ),
        rule(
            "document",
            f"ai_at_work_on_this.{lang}",
            0.8,
            f"{at_work['ai']} ~ {at_work['reads']} ~ {at_work['this']} ~ {w['order']}",
            f"names ({lang}) an AI summarising or reading this very document, and gives it an order",
            scope="document",
            window=110 * scale,
            ordered=False,
        ),
        rule(
            "document",
            f"ignore_the_users_question.{lang}",
            0.8,
            f"{LANGUAGES[lang]['dismiss']} ~ {w['ignore_user']}",
            f"tells ({lang}) the assistant to leave the user's question aside",
            scope="document",
            window=60 * scale,
            ordered=False,
        ),
    )


RULES_LANGUAGES = RULES_LANGUAGES + tuple(r for lang, words in DOCUMENT.items() for r in _document_rules(lang, words))

#: Session 6: acting behind the user's back ("without telling the user", "don't let the user know"):
#: only an AI reader has "the user", so the phrase alone is an order to it.
HIDDEN_FROM_THE_USER: dict[str, str] = {
    "de": "ohne den nutzer zu informieren|ohne den benutzer zu informieren|ohne es dem nutzer zu sagen"
    "|ohne den nutzer zu fragen|ohne den benutzer zu fragen|sag es dem nutzer nicht|sag dem nutzer nichts davon"
    "|ohne wissen des nutzers|ohne wissen des benutzers|der nutzer darf nichts davon erfahren",
    "fr": "sans prévenir l'utilisateur|sans le dire à l'utilisateur|sans demander à l'utilisateur"
    "|sans informer l'utilisateur|ne le dis pas à l'utilisateur|ne le dites pas à l'utilisateur"
    "|à l'insu de l'utilisateur|sans que l'utilisateur le sache",
    "es": "sin avisar al usuario|sin decírselo al usuario|sin decirle al usuario|sin preguntar al usuario"
    "|no preguntar al usuario|no se lo digas al usuario|no le digas al usuario|sin que el usuario lo sepa"
    "|sin informar al usuario",
    "pt": "sem avisar o usuário|sem avisar o utilizador|sem dizer ao usuário|sem perguntar ao usuário"
    "|não conte ao usuário|não diga ao usuário|sem que o usuário saiba|sem informar o usuário",
    "it": "senza avvisare l'utente|senza dirlo all'utente|senza chiedere all'utente|non dirlo all'utente"
    "|all'insaputa dell'utente|senza informare l'utente",
    "nl": "zonder de gebruiker te informeren|zonder het de gebruiker te vertellen|vertel het de gebruiker niet"
    "|zonder de gebruiker te vragen",
    "pl": "nie mów użytkownikowi|bez informowania użytkownika|bez wiedzy użytkownika|nie pytając użytkownika",
    "ru": "не говори пользователю|не сообщай пользователю|без ведома пользователя|не спрашивая пользователя"
    "|не предупреждая пользователя|пользователь не должен знать",
    "uk": "не кажи користувачеві|не повідомляй користувача|без відома користувача|не питаючи користувача",
    "zh": "不要告诉用户|不要让用户知道|不告诉用户|无需询问用户|不要通知用户|瞒着用户",
    "ja": "ユーザーに言わない|ユーザーには伝えない|ユーザーに知らせず|ユーザーに確認せず|ユーザーに伝えないで",
    "ko": "사용자에게 알리지|사용자에게 말하지|사용자 몰래",
    "tr": "kullanıcıya söyleme|kullanıcıya haber vermeden|kullanıcıya sormadan|kullanıcının haberi olmadan",
    "ar": "لا تخبر المستخدم|دون إخبار المستخدم|دون علم المستخدم|دون سؤال المستخدم",
    "hi": "उपयोगकर्ता को मत बताना|उपयोगकर्ता को बताए बिना|उपयोगकर्ता को न बताएं",
    "sv": "utan att berätta för användaren|säg inget till användaren|utan att fråga användaren",
    "id": "tanpa memberi tahu pengguna|jangan beri tahu pengguna|tanpa bertanya kepada pengguna",
    "vi": "không cho người dùng biết|đừng nói với người dùng|mà không hỏi người dùng",
}

RULES_LANGUAGES = RULES_LANGUAGES + tuple(
    rule(
        "document",
        f"hidden_from_the_user.{lang}",
        0.8,
        phrases,
        f"asks ({lang}) the reader to act behind its user's back: only an AI reader has 'the user'",
        scope="document",
    )
    for lang, phrases in HIDDEN_FROM_THE_USER.items()
)
