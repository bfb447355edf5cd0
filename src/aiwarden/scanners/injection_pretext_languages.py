# ruff: noqa: E501  (phrase lists in other scripts are data)
"""The chat pretext families in the languages the web writes most besides English (session 8).

English reads a harmful request wrapped in a licence — a persona or a world "without rules", a year
when "everything is legal", a dare, a story or a lost relative that must be exact — through
``injection_pretext`` (a harm *pattern* of acts and objects). Each language here lists, in its own
phrasing (stems where it inflects, a noun's compounds, verb-final orders read unordered):

* ``unbound``: the rules, laws or limits declared absent or void ("ohne Regeln", "все законы отменили",
  "没有任何限制", "규칙 같은 건 신경 쓰지 마", "tout est légal"), and dares ("je te parie que tu ne
  peux pas", "bevisa motsatsen");
* ``pretext``: a story, a role, a hypothetical, a purpose, a lost relative who "used to tell";
* ``ask``: a request to say how or to produce ("wie man", "объясни", "怎么", "방법", "cara");
* ``detail``: the answer made operational (step by step, exactly, with quantities, working code);
* ``harm``: artefacts made only to harm (explosives, weapons, drugs, malware, phishing, forged papers,
  poisons) and acts that are harm whatever their object (stealing a car, laundering, cloning cards);
* ``intrude`` and ``whose``: a break-in verb (hack, get into, read, track) beside another person or
  their things (the ex, a girlfriend's account, "without her knowing").

The rules (``scope="chat"``: a user's own text) join them as the English families do: the licence
beside a harm (or an intrusion into another person's things), or a pretext that demands operational
detail beside one. Each part is ordinary alone — a story about a bomb-disposal expert, "imagine the
year 2090", a question about a hacked account — and the tests hold benign sentences in every language
that share the words.
"""

from __future__ import annotations

from .injection_rules import Rule, rule

HARM_LANGUAGES: dict[str, dict[str, str]] = {
    "de": {
        "unbound": "ohne regeln|keine regeln|ohne jegliche einschränkungen|ohne einschränkungen|ohne beschränkungen|ohne grenzen|ohne filter|ohne zensur|keine einschränkungen|keine grenzen|alles ist legal|alles legal|ist jetzt legal|sind jetzt legal|sind legal|gesetze wurden abgeschafft|gesetze abgeschafft|alle gesetze|keine gesetze|ohne gesetze|gesetzlose*|regeln gelten nicht|regeln gelten hier nicht|regeln sind aufgehoben|regeln sind egal|scheiß auf die regeln|vergiss die regeln|ignoriere die regeln|ohne moral|keine moral|ohne ethik|wette, du kannst nicht|wetten, dass du nicht|du schaffst es nicht|beweise mir das gegenteil|beweis mir das gegenteil|beweise, dass du|beweis, dass du",
        "pretext": "roman|geschichte|erzählung|drehbuch|rollenspiel|stell dir vor|stellen sie sich vor|tu so als|angenommen|hypothetisch|rein theoretisch|für die forschung|forschungszwecke*|für die schule|für meine doktorarbeit|verstorben*|verstorbene*|verstorbener|ist gestorben|früher immer|hat mir früher|erzählte mir immer|du bist jetzt|sie sind jetzt|ab sofort|von nun an|ab jetzt",
        "detail": "schritt für schritt|schritt-für-schritt|genau|ganz genau|exakt|im detail|detailliert*|ausführlich*|mit mengenangaben|mit mengen|mengenangaben|mit allen zutaten|anleitung|bauanleitung|funktionierend*|lauffähig*|realistisch*|vollständig*",
        "ask": "wie man|wie ich|wie baue|wie mache|wie stelle|wie kann ich|erkläre|erklär|erklären sie|sag mir|zeig mir|zeige mir|bring mir bei|gib mir|schreib mir|schreibe|schreib|anleitung|rezept|verrate",
        "harm": "*bombe|*bomben|*bombe*|sprengstoff*|sprengsatz*|rohrbombe*|molotow*|brandsatz*|napalm|thermit|schwarzpulver|schalldämpfer*|schusswaffe*|waffe bauen|waffen bauen|pistole bauen|methamphetamin*|crystal meth|meth herstellen|kokain*|heroin*|fentanyl*|drogen herstellen|drogen kochen|gift mischen|vergiften|rizin|sarin|nervengas|chloroform|keylogger*|ransomware|schadsoftware|schadprogramm*|trojaner*|computervirus*|virus schreiben|phishing*|gefälschte* ausweis*|gefälschte* pass|ausweis fälschen|pass fälschen|auto stehlen|auto klauen|stiehlt|kurzschließen|geld waschen|geldwäsche|kreditkarte klonen|kreditkarten klonen|ohne dass es jemand merkt|ohne erwischt zu werden",
        "intrude": "hacken|hacke|gehackt|einhacken|einbrechen|knacken|zugriff auf|zugang zu|reinkommen in|einloggen in|mitlesen|ausspionieren|ausspähen|orten|überwachen",
        "whose": "meiner ex|meines ex|meine ex|ex-freundin*|exfreundin*|ex-freund*|exfreund*|meiner freundin|meiner frau|meines mannes|meines nachbarn|meiner nachbarin|meines chefs|fremde* konto|fremde* handy|eines anderen|von jemand anderem|ohne dass sie es merkt|ohne dass er es merkt|ohne dass sie es weiß|ohne dass er es weiß|heimlich",
    },
    "fr": {
        "unbound": "sans règles|sans aucune règle|aucune règle|sans restrictions|sans aucune restriction|sans limites|sans aucune limite|sans filtre|sans censure|sans morale|sans éthique|tout est légal|est légal maintenant|sont légales|sont légaux|lois ont été abolies|lois abolies|plus de lois|sans lois|aucune loi|monde sans loi|les règles ne s'appliquent pas|oublie les règles|ignore les règles|je te parie que tu ne|je parie que tu ne|tu n'es pas capable|prouve-moi le contraire|prouve que tu",
        "pretext": "roman|histoire|récit|scénario|jeu de rôle|imagine|imaginons|imaginez|suppose|supposons|hypothétiquement|en théorie|pour la recherche|pour mes recherches|pour l'école|ma thèse|décédé*|défunt*|disparue|disparu|me racontait|me disait toujours|tu es maintenant|à partir de maintenant|désormais|personnage",
        "detail": "étape par étape|pas à pas|en détail|en détails|détaillé*|exactement|précisément|exacte*|précise*|avec les quantités|les quantités|les doses|liste exacte|réaliste|fonctionnel*|complet|complète|code complet",
        "ask": "comment|explique|expliquez|dis-moi|dites-moi|montre-moi|apprends-moi|donne-moi|donnez-moi|écris|écrivez|rédige|la recette|la méthode|m'expliquer",
        "harm": "bombe*|explosif*|engin explosif|cocktail molotov|napalm|thermite|poudre noire|silencieux|arme à feu|armes à feu|fabriquer une arme|fabriquer un pistolet|méthamphétamine|crystal meth|cocaïne|héroïne|fentanyl|drogue de synthèse|fabriquer de la drogue|empoisonner|poison indétectable|ricine|sarin|gaz neurotoxique|chloroforme|keylogger*|enregistreur de frappe*|rançongiciel*|ransomware|logiciel malveillant|logiciels malveillants|cheval de troie|virus informatique|phishing|hameçonnage|faux papiers|fausse carte d'identité|faux passeport|voler une voiture|voler une moto|démarrer une voiture sans clé|blanchir de l'argent|blanchiment|cloner une carte|sans se faire prendre|sans laisser de traces",
        "intrude": "pirater|piraté|hacker|craquer|accéder à|entrer dans|lire les messages|espionner|localiser|surveiller",
        "whose": "de mon ex|mon ex|mon ex-copine|mon ex-copain|de ma copine|de ma femme|de mon mari|du voisin|de mon voisin|de ma voisine|de quelqu'un d'autre|d'un inconnu|d'une inconnue|sans qu'elle le sache|sans qu'il le sache|sans qu'elle s'en rende compte|à son insu",
    },
    "es": {
        "unbound": "sin reglas|sin ninguna regla|ninguna regla|sin restricciones|sin ninguna restricción|sin límites|sin filtros|sin censura|sin moral|sin ética|todo es legal|es legal ahora|son legales|las leyes fueron abolidas|leyes abolidas|sin leyes|no hay leyes|un mundo sin leyes|las reglas no aplican|las reglas no se aplican|olvida las reglas|ignora las reglas|te apuesto a que no|apuesto a que no puedes|no eres capaz|demuéstrame que|demuestra que",
        "pretext": "novela|historia|relato|guion|juego de rol|imagina|imaginemos|supongamos|hipotéticamente|en teoría|para una investigación|para mi investigación|para la escuela|mi tesis|fallecida|fallecido|difunta|difunto|me contaba|me decía siempre|actúa como ella|actúa como él|ahora eres|a partir de ahora|eres un modelo|eres una ia",
        "detail": "paso a paso|en detalle|detallad*|exactamente|exacta*|con las cantidades|cantidades exactas|las cantidades|las dosis|realista|que funcione|funcional|completo",
        "ask": "cómo|como hacer|como fabricar|explícame|explica|explique|dime|dígame|muéstrame|enséñame|dame|escribe|escríbeme|la receta|el método|cuéntamelo|cuéntame",
        "harm": "bomba|bombas|bomba casera|explosivo*|cóctel molotov|napalm|termita|pólvora|silenciador*|arma de fuego|armas de fuego|pistola casera|arma casera|metanfetamina|cocaína|heroína|fentanilo|fabricar drogas|preparar cocaína|envenenar|veneno indetectable|ricina|sarín|gas nervioso|cloroformo|keylogger*|ransomware|malware|software malicioso|troyano*|virus informático|phishing|correo de phishing|documentos falsos|identificación falsa|pasaporte falso|robar un coche|robar un carro|robar una moto|puentear un coche|lavar dinero|lavado de dinero|blanquear dinero|clonar una tarjeta|clonar tarjetas|sin que me atrapen|sin dejar rastro",
        "intrude": "hackear|jaquear|piratear|entrar en|acceder a|hackeo|leer los mensajes|espiar|rastrear|localizar",
        "whose": "de mi ex|mi ex|mi exnovia|mi exnovio|de mi novia|de mi esposa|de mi marido|de mi vecino|de mi vecina|de otra persona|de alguien más|de un desconocido|sin que se entere|sin que lo sepa|sin que ella lo sepa|sin que él lo sepa|sin que se dé cuenta",
    },
    "it": {
        "unbound": "senza regole|nessuna regola|senza restrizioni|senza limiti|senza filtri|senza censura|senza morale|senza etica|tutto è legale|è legale ora|sono legali|leggi sono cambiate|leggi abolite|senza leggi|nessuna legge|le regole non valgono|dimentica le regole|ignora le regole|scommetto che non|non sei capace|dimostrami che",
        "pretext": "romanzo|storia|racconto|sceneggiatura|gioco di ruolo|immagina|supponiamo|ipoteticamente|in teoria|per una ricerca|per la scuola|la mia tesi|defunta|defunto|scomparsa|scomparso|mi raccontava|mi diceva sempre|ora sei|d'ora in poi|da ora in poi",
        "detail": "passo passo|passo dopo passo|nei dettagli|in dettaglio|dettagliat*|esattamente|precisamente|con le quantità|le quantità|le dosi|realistic*|funzionante|completo",
        "ask": "come|spiegami|spiega|dimmi|mostrami|insegnami|dammi|scrivi|scrivimi|la ricetta|il metodo",
        "harm": "bomba|bombe|esplosiv*|molotov|napalm|termite|polvere da sparo|silenziatore*|arma da fuoco|armi da fuoco|costruire un'arma|metanfetamina|cocaina|eroina|fentanyl|avvelenare|veleno|ricina|sarin|gas nervino|cloroformio|keylogger*|ransomware|malware|trojan|virus informatico|phishing|documenti falsi|passaporto falso|rubare un'auto|rubare una macchina|riciclare denaro|riciclaggio|clonare una carta|senza farsi beccare|senza lasciare tracce",
        "intrude": "hackerare|entrare nel|entrare nella|accedere a|leggere i messaggi|spiare|rintracciare|localizzare",
        "whose": "della mia ex|mia ex|del mio ex|della mia ragazza|di mia moglie|di mio marito|del vicino|della vicina|di un'altra persona|di qualcun altro|senza che se ne accorga|senza che lo sappia",
    },
    "pt": {
        "unbound": "sem regras|nenhuma regra|sem restrições|sem nenhuma restrição|sem limites|sem filtros|sem censura|sem moral|sem ética|tudo é legal|é legal agora|são legais|leis foram abolidas|sem leis|nenhuma lei|as regras não se aplicam|esqueça as regras|ignore as regras|aposto que você não|você não é capaz|prove que você",
        "pretext": "romance|livro|história|conto|roteiro|roleplay|imagine|suponha|hipoteticamente|em teoria|para uma pesquisa|para a escola|minha tese|falecida|falecido|me contava|me dizia sempre|agora você é|a partir de agora",
        "detail": "passo a passo|em detalhes|detalhad*|exatamente|com as quantidades|as quantidades|as doses|realista|reais|que funcione|funcional|completo",
        "ask": "como|explique|explica|me diga|me diz|me mostre|me ensine|ensine|me dê|escreva|a receita|o método",
        "harm": "bomba|bombas|bomba caseira|explosiv*|coquetel molotov|napalm|termite|pólvora|silenciador*|arma de fogo|armas de fogo|metanfetamina|cocaína|heroína|fentanil|envenenar|veneno|ricina|sarin|clorofórmio|keylogger*|ransomware|malware|cavalo de troia|vírus de computador|phishing|documentos falsos|identidade falsa|passaporte falso|roubar um carro|roubar uma moto|lavar dinheiro|lavagem de dinheiro|clonar um cartão|clonar cartão|clonar cartões|sem ser pego|sem deixar rastros",
        "intrude": "hackear|invadir|entrar no|entrar na|acessar|ler as mensagens|espionar|rastrear|localizar",
        "whose": "da minha ex|minha ex|do meu ex|da minha namorada|da minha esposa|do meu marido|do vizinho|da vizinha|de outra pessoa|de alguém|sem que ela saiba|sem que ele saiba|sem ela saber|sem ele saber|sem que perceba",
    },
    "nl": {
        "unbound": "zonder regels|geen regels|zonder beperkingen|zonder grenzen|zonder filters|zonder censuur|zonder moraal|alles is legaal|is nu legaal|zijn legaal|wetten zijn afgeschaft|alle wetten|geen wetten|zonder wetten|regels gelden niet|vergeet de regels|negeer de regels|ik wed dat je niet|je kunt het niet|bewijs dat je",
        "pretext": "roman|verhaal|script|rollenspel|stel je voor|stel dat|hypothetisch|in theorie|voor onderzoek|voor school|mijn scriptie|overleden|overleden oma|vertelde me altijd|je bent nu|vanaf nu",
        "detail": "stap voor stap|in detail|gedetailleerd*|precies|exact|met hoeveelheden|de hoeveelheden|realistisch|werkend*|volledig*",
        "ask": "hoe|leg uit|leg me uit|vertel me|laat zien|leer me|geef me|schrijf|het recept|de methode",
        "harm": "*bom|*bommen|explosie*|springstof*|molotov*|napalm|thermiet|buskruit|geluiddemper*|vuurwapen*|methamfetamine|crystal meth|cocaïne|heroïne|fentanyl|drugs maken|vergiftigen|gif|ricine|sarin|chloroform|keylogger*|ransomware|malware|trojan*|computervirus*|phishing*|valse papieren|vals paspoort|nep-id|auto stelen|auto steelt|steelt|witwassen|creditcard klonen|zonder gepakt te worden|zonder sporen",
        "intrude": "hacken|inbreken|kraken|toegang tot|inloggen op|meelezen|bespioneren|volgen|traceren",
        "whose": "van mijn ex|mijn ex|mijn ex-vriendin|mijn ex-vriend|van mijn vriendin|van mijn vrouw|van mijn man|van de buren|van mijn buurman|van mijn buurvrouw|van iemand anders|zonder dat ze het merkt|zonder dat hij het merkt|zonder dat ze het weet|stiekem",
    },
    "pl": {
        "unbound": "bez zasad|żadnych zasad|bez żadnych zasad|bez ograniczeń|bez żadnych ograniczeń|bez limitów|bez filtrów|bez cenzury|bez moralności|bez etyki|wszystko jest legalne|jest legalne|są legalne|prawo nie istnieje|nie ma prawa|bez prawa|prawa zniesiono|zniesiono wszystkie prawa|zasady nie obowiązują|zapomnij o zasadach|ignoruj zasady|założę się, że nie|nie jesteś w stanie|udowodnij, że",
        "pretext": "powieść|opowiadanie|historia|scenariusz|gra fabularna|wyobraź sobie|załóżmy|hipotetycznie|teoretycznie|do badań|do szkoły|moja praca magisterska|zmarła|zmarły|nieżyjąca|opowiadała mi|opowiadał mi|od teraz jesteś|od teraz",
        "detail": "krok po kroku|szczegółowo|szczegółow*|dokładnie|dokładn*|z ilościami|ilości|dawki|realistyczn*|działając*|kompletn*|pełny kod",
        "ask": "jak|wyjaśnij|wytłumacz|powiedz mi|pokaż mi|naucz mnie|daj mi|napisz|przepis|instrukcj*|metodę",
        "harm": "bomba|bombę|bomby|bombą|bomb rurow*|bombę rurową|ładun* wybuchow*|materiał* wybuchow*|koktajl mołotowa|napalm|termit|proch strzelniczy|tłumik*|broń palną|broni palnej|metamfetamin*|kokain*|heroin*|fentanyl*|otruć|truciznę|trucizn*|rycyn*|sarin|chloroform*|keylogger*|ransomware|złośliwe oprogramowanie|trojan*|wirus komputerowy|phishing*|fałszywy dowód|fałszywe dokumenty|ukraść samochód|kradzież samochodu|odpalić samochód bez kluczyka|prać pieniądze|pranie pieniędzy|sklonować kartę|bez wpadki|bez śladów",
        "intrude": "zhakować|włamać się|włamać|złamać hasło|dostać się do|czytać wiadomości|szpiegować|namierzyć|śledzić",
        "whose": "mojej byłej|mojego byłego|byłej dziewczyny|byłego chłopaka|mojej dziewczyny|mojej żony|mojego męża|sąsiada|sąsiadki|kogoś innego|cudze*|tak, żeby się nie zorientowała|żeby nie wiedziała|bez jej wiedzy|bez jego wiedzy",
    },
    "ru": {
        "unbound": "без правил|никаких правил|без ограничений|без каких-либо ограничений|никаких ограничений|без фильтров|без цензуры|без морали|без этики|всё легально|все легально|все законы отменили|законы отменили|законы отменены|все законы отменены|нет законов|без законов|мир без законов|правила не действуют|забудь о правилах|забудь правила|игнорируй правила|плевать на правила|спорим, ты не|спорим, что ты не|ты не сможешь|докажи, что ты|докажи обратное",
        "pretext": "роман|рассказ|историю|сценари*|ролевая игра|представь|представьте|допустим|предположим|гипотетически|теоретически|для исследования|для учёбы|для учебы|моя диссертация|покойная|покойный|умерла|умер|рассказывала мне|рассказывал мне|притворись|ты теперь|с этого момента|отныне",
        "detail": "пошагово|шаг за шагом|по шагам|подробно|подробн*|детально|точно|точн*|с количествами|количества|дозировк*|реалистичн*|рабочий|рабочую|рабочее|полный код",
        "ask": "как|объясни|объясните|расскажи|расскажите|скажи|покажи|научи|дай|напиши|напишите|рецепт|инструкци*|способ",
        "harm": "бомб*|взрывчатк*|взрывное устройство|взрывчатое вещество|коктейль молотова|напалм|термит|порох|глушител*|огнестрельное оружие|оружие своими руками|метамфетамин*|мефедрон*|кокаин*|героин*|фентанил*|отравить|отравлени*|рицин*|зарин*|хлороформ*|кейлоггер*|вирус-шифровальщик*|шифровальщик*|вредоносн*|троян*|компьютерный вирус|фишинг*|поддельн* паспорт*|поддельн* документ*|угнать машину|угнать автомобиль|украсть машину|отмыть деньги|отмывание денег|клонировать карту|чтобы не поймали|не оставив следов",
        "intrude": "взломать|взлом|взломат*|залезть в|получить доступ к|войти в|прочитать переписку|читать переписку|шпионить|отследить|следить за",
        "whose": "бывшей|бывшего|моей девушки|моего парня|моей жены|моего мужа|соседа|соседки|чужой|чужого|чужие|чужую|другого человека|чтобы она не узнала|чтобы он не узнал|без её ведома|без его ведома|незаметно",
    },
    "uk": {
        "unbound": "без правил|жодних правил|без обмежень|без жодних обмежень|жодних обмежень|без фільтрів|без цензури|без моралі|без етики|все легально|усе легально|всі закони скасовано|закони скасували|немає законів|без законів|правила не діють|правила тут не діють|забудь про правила|ігноруй правила|б'юся об заклад|закладаюся, що ти не|ти не зможеш|доведи, що ти",
        "pretext": "роман|оповідання|історію|сценарі*|рольова гра|уяви|уявіть|припустимо|гіпотетично|теоретично|для дослідження|для навчання|для навчання|покійна|покійний|померла|помер|розповідала мені|розповідав мені|прикинься|віднині|з цього моменту|ти тепер",
        "detail": "покроково|крок за кроком|детально|докладно|точно|точн*|з кількостями|кількості|реалістичн*|робочий|робочу|робоче|повний код",
        "ask": "як|поясни|поясніть|розкажи|розкажіть|скажи|покажи|навчи|дай|напиши|напишіть|рецепт|інструкці*|спосіб",
        "harm": "бомб*|вибухівк*|вибуховий пристрій|коктейль молотова|напалм|терміт|порох|глушник*|вогнепальну зброю|вогнепальна зброя|метамфетамін*|кокаїн*|героїн*|фентаніл*|отруїти|отрут*|рицин*|зарин*|хлороформ*|кейлогер*|кейлоггер*|шифрувальник*|шкідлив* програм*|троян*|комп'ютерний вірус|фішинг*|підроблен* паспорт*|підроблен* документ*|викрасти машину|вкрасти машину|відмити гроші|відмивання грошей|клонувати картку|щоб не спіймали|не залишивши слідів",
        "intrude": "зламати|злам|зламат*|отримати доступ до|увійти в|прочитати листування|читати листування|шпигувати|відстежити|стежити за",
        "whose": "колишньої|колишнього|моєї дівчини|мого хлопця|моєї дружини|мого чоловіка|сусіда|сусідки|чужий|чужого|чужу|чужої|чужий wi-fi|іншої людини|щоб вона не дізналася|щоб він не дізнався|непомітно",
    },
    "cs": {
        "unbound": "bez pravidel|žádná pravidla|bez jakýchkoli pravidel|bez omezení|bez jakýchkoli omezení|bez filtrů|bez cenzury|bez morálky|všechno je legální|je legální|zákony byly zrušeny|žádné zákony|bez zákonů|pravidla neplatí|zapomeň na pravidla|ignoruj pravidla|vsadím se, že nedokážeš|dokaž, že",
        "pretext": "román|povídka|příběh|scénář|hra na hrdiny|představ si|předpokládejme|hypoteticky|teoreticky|pro výzkum|do školy|moje diplomka|zesnulá|zesnulý|vyprávěla mi|vyprávěl mi|od teď jsi|od teď",
        "detail": "krok za krokem|podrobně|podrobn*|přesně|přesn*|s množstvím|množství|realistick*|funkční|kompletní",
        "ask": "jak|vysvětli|vysvětlete|řekni mi|ukaž mi|nauč mě|dej mi|napiš|recept|návod|postup",
        "harm": "bomba|bombu|bomby|výbušnin*|trhavin*|molotovův koktejl|napalm|termit|střelný prach|tlumič*|střelnou zbraň|metamfetamin*|pervitin*|kokain*|heroin*|fentanyl*|otrávit|ricin*|sarin*|chloroform*|keylogger*|ransomware|malware|škodlivý software|trojsk* kůň|počítačový virus|phishing*|falešný pas|falešné doklady|ukrást auto|vyprat peníze|praní peněz|naklonovat kartu|aniž by mě chytili|beze stop",
        "intrude": "hacknout|hacknu|nabourat se|proniknout do|dostat se do|číst zprávy|špehovat|sledovat",
        "whose": "mé bývalé|mojí bývalé|mého bývalého|mé přítelkyně|mé ženy|mého manžela|souseda|sousedky|někoho jiného|cizí|aniž by to věděla|aniž by to věděl",
    },
    "sv": {
        "unbound": "utan regler|inga regler|utan begränsningar|inga begränsningar|utan gränser|utan filter|utan censur|utan moral|allt är lagligt|är lagligt nu|är lagliga|alla lagar har avskaffats|lagarna har avskaffats|lagar avskaffats|inga lagar|utan lagar|reglerna gäller inte|glöm reglerna|ignorera reglerna|jag slår vad om att du inte|du klarar inte|bevisa motsatsen|bevisa att du",
        "pretext": "roman|berättelse|historia|manus|rollspel|tänk dig|föreställ dig|anta att|hypotetiskt|teoretiskt|för forskning|för skolan|min uppsats|avlidna|avliden|döda mormor|döda farmor|berättade alltid|brukade berätta|från och med nu|du är nu",
        "detail": "steg för steg|i detalj|detaljerat|detaljerad|exakt|exakta|med mängder|mängder|doser|realistisk*|fungerande|hela koden|komplett",
        "ask": "hur|förklara|berätta|säg|visa mig|lär mig|ge mig|skriv|receptet|metoden|instruktion*",
        "harm": "*bomb|*bomben|*bomber|sprängämne*|sprängmedel|rörbomb*|molotov*|napalm|termit|krut|ljuddämpare*|skjutvapen|metamfetamin*|kokain*|heroin*|fentanyl*|förgifta|gift|ricin*|sarin*|kloroform*|keylogger*|ransomware|skadlig kod|skadeprogram*|trojan*|datavirus|nätfiske|phishing*|falska papper|falskt pass|falsk legitimation|stjäla en bil|sno en bil|tvätta pengar|penningtvätt|klona ett kort|klona kort|utan att åka fast|utan att lämna spår",
        "intrude": "hacka|hackar|bryta sig in i|ta sig in i|komma åt|läsa meddelanden|spionera på|spåra|övervaka",
        "whose": "mitt ex|mitt ex-|min exflickvän|min expojkvän|min flickvän|min frus|min mans|grannens|min grannes|någon annans|utan att hon märker|utan att han märker|utan att hon vet|utan att han vet",
    },
    "tr": {
        "unbound": "kuralsız|hiçbir kuralı|hiçbir kural|kuralların yok|kural yok|sınırsız|hiçbir sınır|hiçbir kısıtlama|kısıtlamasız|filtresiz|sansürsüz|ahlaksız|her şey yasal|artık yasal|yasal hale geldi|yasalar kaldırıldı|yasa yok|yasaların olmadığı|kanunların olmadığı|kuralları boş ver|kuralları unut|kuralları görmezden gel|kurallar geçerli değil|bahse girerim yapamazsın|kanıtla",
        "pretext": "roman|hikaye|öykü|senaryo|rol yapma|hayal et|düşün ki|varsayalım|farz edelim|varsayımsal|teorik olarak|araştırma için|okul için|tezim|rahmetli|ölen|vefat eden|bana anlatırdı|anlatırdı|bundan sonra sen|artık sen",
        "detail": "adım adım|ayrıntılı|ayrıntılı olarak|detaylı|detaylıca|tam olarak|kesin|miktarlarıyla|miktarları|dozları|gerçekçi|çalışan|eksiksiz",
        "ask": "nasıl|nasil|anlat|açıkla|söyle|göster|öğret|ver|yaz|tarif*|yöntem*|yapmayı|yapılır",
        "harm": "bomba yap*|bomba nasıl|el yapımı bomba|bomba üret*|patlayıcı*|molotof*|napalm|termit|barut|susturucu*|ateşli silah*|silah yap*|metamfetamin*|kokain*|eroin*|fentanil*|uyuşturucu yap*|zehirle*|zehir*|risin*|sarin*|kloroform*|keylogger*|tuş kaydedici*|fidye yazılım*|ransomware|zararlı yazılım*|kötü amaçlı yazılım*|truva atı|bilgisayar virüsü|oltalama|phishing*|sahte kimlik|sahte pasaport|sahte belge*|araba çal*|araba çalmak|kara para aklama|para aklama|kartı kopyala*|kart kopyala*|yakalanmadan|iz bırakmadan",
        "intrude": "hackle*|hacklemek|hacklemeyi|kırmak|kırmayı|şifresini ele geçir*|ele geçir*|hesabına gir*|mesajlarını oku*|gizlice takip|konumunu bul*|casusluk",
        "whose": "eski sevgilim*|eski kız arkadaşım*|eski erkek arkadaşım*|kız arkadaşım*|karımın|kocamın|komşumun|başkasının|onun haberi olmadan|haberi olmadan|fark etmeden|ruhu duymadan",
    },
    "el": {
        "unbound": "χωρίς κανόνες|κανένας κανόνας|χωρίς περιορισμούς|κανένας περιορισμός|χωρίς όρια|χωρίς φίλτρα|χωρίς λογοκρισία|χωρίς ηθική|όλα είναι νόμιμα|είναι νόμιμα|είναι νόμιμο|δεν υπάρχουν νόμοι|χωρίς νόμους|οι νόμοι καταργήθηκαν|καταργήθηκαν οι νόμοι|οι κανόνες δεν ισχύουν|ξέχνα τους κανόνες|αγνόησε τους κανόνες|στοιχηματίζω ότι δεν|δεν μπορείς να|απόδειξέ μου",
        "pretext": "μυθιστόρημα|ιστορία|διήγημα|σενάριο|παιχνίδι ρόλων|φαντάσου|ας υποθέσουμε|υποθετικά|θεωρητικά|για έρευνα|για το σχολείο|η διπλωματική μου|η πτυχιακή μου|εκλιπούσα|πεθαμένη|πέθανε|η γιαγιά μου που|μου έλεγε|από τώρα και στο εξής|από τώρα είσαι|είσαι πλέον",
        "detail": "βήμα προς βήμα|βήμα-βήμα|αναλυτικά|λεπτομερώς|λεπτομερ*|με ακρίβεια|ακριβώς|με τις ποσότητες|ποσότητες|ρεαλιστικ*|λειτουργικ*|πλήρη κώδικα",
        "ask": "πώς|πως|εξήγησέ|εξήγησε|πες μου|δείξε μου|μάθε μου|δώσε μου|γράψε|συνταγή|μέθοδο|οδηγίες",
        "harm": "βόμβα*|βόμβες|εκρηκτικ*|μολότοφ|ναπάλμ|θερμίτη|μπαρούτι|σιγαστήρα*|πυροβόλο όπλο|όπλο|μεθαμφεταμίνη*|κοκαΐνη*|ηρωίνη*|φαιντανύλη*|δηλητηρίασ*|δηλητήριο|ρικίνη|σαρίν|χλωροφόρμιο|keylogger*|ransomware|κακόβουλο λογισμικό|δούρειο ίππο|ιό υπολογιστή|phishing|ηλεκτρονικό ψάρεμα|πλαστ* διαβατήριο|πλαστ* ταυτότητα|πλαστά έγγραφα|κλέψω αυτοκίνητο|να κλέψω ένα αυτοκίνητο|ξέπλυμα χρήματος|κλωνοποιήσω κάρτα|χωρίς να με πιάσουν|χωρίς ίχνη",
        "intrude": "χακάρω|χακάρεις|να χακάρω|παραβιάσω|να μπω στον|να μπω στο|πρόσβαση στο|πρόσβαση στον|να διαβάσω τα μηνύματα|κατασκοπεύσω|παρακολουθήσω|εντοπίσω",
        "whose": "της πρώην μου|του πρώην μου|πρώην μου|της κοπέλας μου|της γυναίκας μου|του άντρα μου|του γείτονα|της γειτόνισσας|κάποιου άλλου|χωρίς να το ξέρει|χωρίς να το καταλάβει|χωρίς να το μάθει",
    },
    "he": {
        "unbound": "בלי חוקים|ללא חוקים|אין חוקים|בלי שום חוקים|בלי מגבלות|ללא מגבלות|בלי שום מגבלות|ללא הגבלות|בלי הגבלות|בלי פילטרים|ללא סינון|בלי צנזורה|בלי מוסר|הכל חוקי|הכול חוקי|חוקי עכשיו|החוקים בוטלו|כל החוקים השתנו|החוקים השתנו|עולם בלי חוקים|החוקים לא חלים|תשכח מהחוקים|תתעלם מהחוקים|אני מתערב שאתה לא|בטוח שאתה לא יכול|תוכיח לי|תוכיח ש",
        "pretext": "רומן|סיפור|תסריט|משחק תפקידים|תדמיין|דמיין|תדמייני|נניח ש|היפותטית|תיאורטית|למחקר|לבית הספר|התזה שלי|המנוחה|המנוח|שנפטרה|שנפטר|הייתה מספרת לי|היה מספר לי|מעכשיו אתה|מעכשיו את",
        "detail": "צעד אחר צעד|שלב אחר שלב|בפירוט|מפורט*|בדיוק|מדויק*|עם הכמויות|כמויות|מינונים|ריאליסטי|עובד|קוד מלא",
        "ask": "*איך*|*תסביר*|*הסבר*|*תגיד לי*|*תראה לי*|*תלמד אותי*|*תן לי*|*תכתוב*|*כתוב*|*הוראות*|*מתכון*|*שיטה*",
        "harm": "*פצצה*|*פצצות*|*חומר נפץ*|*חומרי נפץ*|בקבוק תבערה|נפאלם|תרמיט|אבק שריפה|משתיק קול|*נשק חם*|*אקדח מאולתר*|*מתאמפטמין*|*קריסטל מת*|*קוקאין*|*הרואין*|*פנטניל*|*להרעיל*|*רעל*|ריצין|סארין|כלורופורם|*קילוגר*|*כופרה*|*תוכנה זדונית*|*סוס טרויאני*|*וירוס מחשב*|*פישינג*|*דרכון מזויף*|*תעודת זהות מזויפת*|*מסמכים מזויפים*|*לגנוב מכונית*|*לגנוב רכב*|*הלבנת הון*|*להלבין כסף*|*לשכפל כרטיס*|בלי להיתפס|בלי להשאיר עקבות",
        "intrude": "*לפרוץ*|*לפרוץ ל*|*לחדור ל*|*להיכנס ל*|*גישה ל*|*לקרוא את ההודעות*|*לרגל אחרי*|*לעקוב אחרי*|*לאתר את*",
        "whose": "*של האקסית שלי*|*של האקס שלי*|*האקסית*|*האקס שלי*|*של החברה שלי*|*של אשתי*|*של בעלי*|*של השכן*|*של השכנה*|*של מישהו אחר*|*בלי שהיא תדע*|*בלי שהוא ידע*|*בלי שתדע*",
    },
    "ar": {
        "unbound": "بلا قيود|بدون قيود|بلا أي قيود|بدون أي قيود|بلا قواعد|بدون قواعد|بلا حدود|بدون حدود|بلا رقابة|بدون رقابة|بلا فلاتر|بدون فلاتر|بلا أخلاق|كل شيء قانوني|كل شيء أصبح قانونياً|أصبح قانونياً|أصبحت قانونية|لا توجد قوانين|بلا قوانين|بدون قوانين|عالم بلا قوانين|ألغيت القوانين|أُلغيت كل القوانين|القواعد لا تنطبق|انسَ القواعد|تجاهل القواعد|أراهن أنك لا|أراهن أنك لن|لن تستطيع|أثبت لي|أثبت أنك",
        "pretext": "رواية|قصة|سيناريو|لعب أدوار|تخيل|تخيّل|لنفترض|افترض|افتراضياً|نظرياً|لبحث|لأغراض بحثية|للمدرسة|أطروحتي|المرحومة|المرحوم|الراحلة|الراحل|المتوفاة|كانت تحكي لي|كان يحكي لي|من الآن فصاعداً|من الآن أنت|أنت الآن",
        "detail": "خطوة بخطوة|بالتفصيل|مفصل*|بدقة|بالضبط|مع الكميات|الكميات|الجرعات|واقعي*|يعمل|كامل",
        "ask": "*كيف*|*اشرح*|*أخبرني*|*قل لي*|*أرني*|*علمني*|*علّمني*|*أعطني*|*اكتب*|*طريقة*|*وصفة*|*تعليمات*",
        "harm": "*قنبلة*|*قنابل*|*متفجر*|*عبوة ناسفة*|*زجاجة مولوتوف*|*نابالم*|*ثرميت*|*بارود*|*كاتم صوت*|*سلاح ناري*|*أسلحة نارية*|*ميثامفيتامين*|*الشبو*|*الكريستال ميث*|*كوكايين*|*هيروين*|*فنتانيل*|*تسميم*|*أسمم*|*ريسين*|*سارين*|*كلوروفورم*|*كيلوجر*|*برنامج فدية*|*برمجيات خبيثة*|*برنامج خبيث*|*حصان طروادة*|*فيروس*|*تصيد*|*جواز سفر مزور*|*هوية مزورة*|*وثائق مزورة*|*أسرق سيارة*|*سرقة سيارة*|*غسيل الأموال*|*غسل الأموال*|*استنساخ بطاقة*|*نسخ بطاقة*|دون أن يُقبض علي|دون أن أترك أثراً",
        "intrude": "*أخترق*|*اختراق*|*تهكير*|*أهكر*|*الدخول إلى*|*أدخل إلى*|*الوصول إلى*|*قراءة رسائل*|*أقرأ رسائل*|*التجسس على*|*تتبع*",
        "whose": "*زوجتي السابقة*|*حبيبتي السابقة*|*صديقتي السابقة*|*حبيبي السابق*|*خطيبتي السابقة*|*حبيبتي*|*زوجتي*|*زوجي*|*جاري*|*جارتي*|*شخص آخر*|*دون أن تعرف*|*دون أن يعرف*|*بدون علمها*|*بدون علمه*|*دون علمها*",
    },
    "fa": {
        "unbound": "بدون قانون|بی‌قانون|هیچ قانونی|بدون هیچ قانون|بدون محدودیت|بدون هیچ محدودیت|بی‌محدودیت|هیچ محدودیتی|بدون فیلتر|بدون سانسور|بدون اخلاق|همه چیز قانونی|قانونی شده|قانونی شده‌اند|قوانین لغو شد|همه قوانین لغو|قوانین وجود ندارد|قانونی وجود ندارد|قوانین اعمال نمی‌شود|قوانین را فراموش کن|قوانین را نادیده بگیر|شرط می‌بندم نمی‌توانی|ثابت کن",
        "pretext": "رمان|داستان|فیلمنامه|نقش‌آفرینی|تصور کن|فرض کن|فرض کنیم|تخیل کن|فرضی|از نظر تئوری|برای تحقیق|برای مدرسه|پایان‌نامه|مرحوم|خدابیامرز|فوت کرده|درگذشته|برایم تعریف می‌کرد|تعریف می‌کرد|از این به بعد تو|از حالا تو",
        "detail": "قدم به قدم|مرحله به مرحله|گام به گام|با جزئیات|به طور دقیق|دقیق|با مقادیر|مقادیر دقیق|مقادیر|واقعی|کامل",
        "ask": "*چطور*|*چگونه*|*توضیح بده*|*بگو*|*نشان بده*|*یاد بده*|*بنویس*|*طرز تهیه*|*روش*|*دستور*",
        "harm": "*بمب*|*مواد منفجره*|*منفجره*|*کوکتل مولوتوف*|*ناپالم*|*ترمیت*|*باروت*|*صداخفه‌کن*|*اسلحه گرم*|*سلاح گرم*|*مت‌آمفتامین*|*متامفتامین*|*کوکائین*|*هروئین*|*فنتانیل*|*مسموم کردن*|*مسموم کنم*|*ریسین*|*سارین*|*کلروفرم*|*کی‌لاگر*|*کیلاگر*|*باج‌افزار*|*بدافزار*|*اسب تروا*|*ویروس*|*فیشینگ*|*پاسپورت جعلی*|*کارت شناسایی جعلی*|*مدارک جعلی*|*ماشین بدزدم*|*دزدیدن ماشین*|*پولشویی*|*کپی کارت*|بدون اینکه گیر بیفتم|بدون ردپا",
        "intrude": "*هک کنم*|*هک کردن*|*هک*|*نفوذ به*|*وارد شوم به*|*دسترسی به*|*پیام‌هایش را بخوانم*|*جاسوسی*|*ردیابی*",
        "whose": "*دوست‌دختر سابقم*|*دوست دختر سابقم*|*دوست‌پسر سابقم*|*همسر سابقم*|*دوست‌دخترم*|*همسرم*|*همسایه*|*یک نفر دیگر*|*شخص دیگری*|*بدون اینکه بفهمد*|*بدون اطلاع او*|*بی‌آنکه بفهمد*",
    },
    "hi": {
        "unbound": "बिना नियम|कोई नियम नहीं|बिना किसी नियम|बिना किसी पाबंदी|कोई पाबंदी नहीं|बिना पाबंदी|बिना प्रतिबंध|कोई प्रतिबंध नहीं|बिना सीमा|बिना फ़िल्टर|बिना फिल्टर|बिना सेंसर|सब कुछ कानूनी|कानूनी हो गया|कानूनी हैं|सारे कानून खत्म|कानून खत्म|कोई कानून नहीं|बिना कानून|नियम लागू नहीं|नियमों की चिंता मत करो|नियमों को भूल जाओ|नियमों को नज़रअंदाज़|शर्त लगाता हूँ|शर्त लगा लो|तुम नहीं कर सकते|साबित करो",
        "pretext": "उपन्यास|कहानी|पटकथा|रोलप्ले|कल्पना करो|कल्पना कीजिए|मान लो|मान लीजिए|मानो कि|काल्पनिक|शोध के लिए|रिसर्च के लिए|स्कूल के लिए|थीसिस|स्वर्गीय|दिवंगत|गुज़र गई|गुजर गई|गुज़र गए|सुनाया करती थी|सुनाती थी|बताया करती थी|अब से तुम|अब से आप",
        "detail": "कदम दर कदम|स्टेप बाय स्टेप|चरण दर चरण|विस्तार से|पूरी जानकारी|विस्तृत|बिल्कुल सही|सटीक|मात्रा के साथ|मात्रा|खुराक|असली|काम करने वाला|पूरा कोड",
        "ask": "कैसे|बताओ|बताइए|बताएं|समझाओ|समझाइए|दिखाओ|सिखाओ|दो|लिखो|लिखिए|तरीका|विधि|नुस्खा",
        "harm": "बम|बमों|*विस्फोटक*|*मोलोटोव*|*नेपाम*|*बारूद*|*साइलेंसर*|*बंदूक बना*|*कट्टा*|*हथियार बना*|*मेथामफेटामाइन*|*मेथ*|*कोकीन*|*हेरोइन*|*फेंटानिल*|*ड्रग्स बना*|*नशीली दवा*|*ज़हर दे*|*जहर दे*|*ज़हर*|*जहर*|*रिसिन*|*सरीन*|*क्लोरोफॉर्म*|*कीलॉगर*|*रैंसमवेयर*|*मैलवेयर*|*ट्रोजन*|*कंप्यूटर वायरस*|*फ़िशिंग*|*फिशिंग*|*नकली पासपोर्ट*|*नकली पहचान पत्र*|*फर्जी दस्तावेज़*|*गाड़ी चुरा*|*कार चुरा*|*मनी लॉन्ड्रिंग*|*काला धन सफेद*|*कार्ड क्लोन*|बिना पकड़े गए|बिना सुराग",
        "intrude": "*हैक*|*तोड़ना*|*पासवर्ड तोड़*|*में घुस*|*एक्सेस*|*मैसेज पढ़*|*जासूसी*|*ट्रैक कर*|*लोकेशन पता*",
        "whose": "*पूर्व प्रेमिका*|*पूर्व प्रेमी*|*एक्स गर्लफ्रेंड*|*एक्स की*|*मेरी एक्स*|*गर्लफ्रेंड का*|*गर्लफ्रेंड की*|*पत्नी का*|*पत्नी की*|*पति का*|*पड़ोसी*|*किसी और का*|*किसी और की*|*उसके बिना जाने*|*बिना उसे पता*|*उसे पता चले बिना*|*बिना बताए*",
    },
    "zh": {
        "unbound": "没有任何规则|没有规则|没有任何限制|没有限制|不受限制|不受任何限制|无限制|无任何限制|没有过滤|没有审查|不受约束|没有道德|一切都合法|都合法|合法了|法律都变了|法律已经废除|废除了所有法律|没有法律|无法无天|规则不适用|忘掉规则|无视规则|不用管规则|别管规则|我打赌你不|你肯定做不到|你做不到|证明给我看|证明你",
        "pretext": "小说|故事|剧本|角色扮演|假设|想象|设想|如果说|理论上|为了研究|用于研究|为了学校|我的论文|已故|去世|过世|走了的|以前总给我讲|以前总是给我讲|给我讲过|扮演她|扮演他|从现在开始你是|从现在起你是|你现在是",
        "detail": "一步一步|一步步|逐步|步骤|详细|越详细越好|具体|精确|准确|用量|剂量|配比|能用的|可运行|完整代码",
        "ask": "怎么|如何|怎样|告诉我|教我|讲|说明|解释|给我|写|写出|方法|配方|步骤",
        "harm": "炸弹|炸药|爆炸物|燃烧瓶|莫洛托夫|凝固汽油|铝热剂|火药|消音器|枪支|自制枪|冰毒|甲基苯丙胺|可卡因|海洛因|芬太尼|制毒|投毒|下毒|毒药|蓖麻毒素|沙林|氯仿|键盘记录|勒索软件|勒索病毒|恶意软件|木马|电脑病毒|钓鱼邮件|钓鱼网站|假身份证|假护照|伪造证件|偷车|盗车|洗钱|复制信用卡|克隆信用卡|不被发现|不被抓",
        "intrude": "入侵|黑进|破解|盗号|登录|进入|偷看|监视|监控|定位|追踪",
        "whose": "前女友|前男友|前妻|前夫|女朋友的|男朋友的|老婆的|老公的|邻居|别人的|他人的|不让她发现|不让他发现|不被她发现|神不知鬼不觉",
    },
    "ja": {
        "unbound": "ルールのない|一切のルール|ルールは気にしなくて|ルールを無視|ルールを忘れ|制限のない|制限なし|一切の制限|制限を受けない|フィルターなし|検閲なし|倫理観のない|全てが合法|すべて合法|全ての薬物が合法|合法です|合法化され|法律が廃止|法律のない|法律がない|無法地帯|ルールは適用されない|賭けてもいい|できないでしょう|できないだろう|証明して",
        "pretext": "小説|物語|ストーリー|脚本|ロールプレイ|想像して|仮に|もしも|仮定|理論上|研究のため|研究目的|学校の課題|論文|亡くなった|亡き|故人|死んだ祖母|よく話してくれた|話してくれた|演じて|今からあなたは|これからあなたは|あなたは今",
        "detail": "手順ごとに|手順|ステップバイステップ|詳しく|詳細に|具体的に|正確に|分量|分量付き|量も|用量|本物の|動く|動作する|完全なコード",
        "ask": "方法|作り方|やり方|教えて|説明して|説明してください|書いて|示して|手順|レシピ",
        "harm": "爆弾|爆発物|爆薬|火炎瓶|ナパーム|テルミット|火薬|サプレッサー|消音器|銃の作り方|拳銃|覚醒剤|メタンフェタミン|コカイン|ヘロイン|フェンタニル|薬物の合成|毒殺|毒を盛|毒薬|リシン|サリン|クロロホルム|キーロガー|ランサムウェア|マルウェア|トロイの木馬|コンピュータウイルス|ウイルスを作|フィッシング|偽造パスポート|偽の身分証|身分証の偽造|車を盗|自動車を盗|資金洗浄|マネーロンダリング|カードを複製|カードのスキミング|バレずに|捕まらずに|気づかれずに",
        "intrude": "ハッキング|ハックする|侵入|乗っ取|ログインする|不正アクセス|盗み見|覗き見|監視|追跡|位置情報",
        "whose": "元カノ|元彼|元妻|元夫|彼女の|彼氏の|妻の|夫の|隣人|他人の|人のアカウント|本人に気づかれずに|気づかれずに|こっそり",
    },
    "ko": {
        "unbound": "규칙이 없는|아무 규칙|규칙 같은 건 신경|규칙 따위|규칙은 신경|규칙을 신경|규칙은 무시|규칙을 무시|규칙을 잊|규칙은 잊|제한이 없는|아무 제한|제한 없는|제한 없이|필터 없는|필터 없이|검열 없는|검열 없이|윤리 없는|모든 게 합법|모든 것이 합법|합법이야|합법화|법이 없는|법이 사라진|모든 법이 폐지|규칙이 적용되지|내기할래|장담하는데 넌|못 할걸|못할걸|증명해 봐|증명해봐",
        "pretext": "소설|이야기|시나리오|역할극|상상해|가정해|가정하고|만약에|이론적으로|연구를 위해|연구용|학교 과제|논문|돌아가신|고인이 된|해 주시던|해주시던|들려주시던|연기해|지금부터 너는|이제부터 너는|너는 이제|너는 지금",
        "detail": "단계별로|단계별|한 단계씩|자세히|상세히|구체적으로|정확히|정확한|분량|용량|양까지|작동하는|완전한 코드",
        "ask": "방법|만드는 법|하는 법|알려 줘|알려줘|알려 주세요|설명해|가르쳐|써 줘|써줘|보여 줘|레시피",
        "harm": "폭탄|폭발물|화염병|네이팜|테르밋|화약|소음기|총기|총을 만드|필로폰|메스암페타민|코카인|헤로인|펜타닐|독살|독을 타|독약|리신|사린|클로로포름|키로거|랜섬웨어|악성코드|악성 코드|트로이 목마|컴퓨터 바이러스|피싱|위조 여권|위조 신분증|가짜 신분증|차를 훔치|자동차를 훔치|돈세탁|자금 세탁|카드 복제|안 들키고|들키지 않고|걸리지 않고",
        "intrude": "해킹|해킹하는|침입|뚫는|로그인하는|비밀번호 알아내|몰래 보는|엿보|감시|추적|위치 추적",
        "whose": "전 여자친구|전 남자친구|전여친|전남친|전 아내|전 남편|여자친구|남자친구|아내의|남편의|이웃|다른 사람|남의|본인 몰래|몰래",
    },
    "vi": {
        "unbound": "không có quy tắc|không có bất kỳ quy tắc|không quy tắc|không có giới hạn|không giới hạn|không có bất kỳ giới hạn|không bị giới hạn|không có hạn chế|không bộ lọc|không kiểm duyệt|không đạo đức|mọi thứ đều hợp pháp|đều hợp pháp|đã hợp pháp|luật đã bị bãi bỏ|không có luật|không có luật pháp|thế giới không có luật|quy tắc không áp dụng|quên quy tắc|bỏ qua quy tắc|mặc kệ quy tắc|cá là bạn không|bạn không làm được|chứng minh đi|chứng minh rằng",
        "pretext": "tiểu thuyết|câu chuyện|truyện|kịch bản|nhập vai|hãy tưởng tượng|tưởng tượng|giả sử|giả định|về lý thuyết|để nghiên cứu|cho nghiên cứu|cho trường|luận văn|đã mất|đã qua đời|quá cố|hay kể cho tôi|thường kể cho tôi|từ giờ trở đi bạn là|từ bây giờ bạn là|bạn bây giờ là|bạn giờ là",
        "detail": "từng bước|chi tiết|cụ thể|chính xác|với liều lượng|liều lượng|số lượng|thực tế|hoạt động được|mã đầy đủ",
        "ask": "cách|làm sao|làm thế nào|hướng dẫn|chỉ tôi|chỉ cho tôi|giải thích|cho tôi biết|viết|công thức|phương pháp",
        "harm": "chế tạo bom|làm bom|bom tự chế|quả bom|bom tại nhà|bom ở nhà|thuốc nổ|chất nổ|bom xăng|cocktail molotov|napalm|thermite|thuốc súng|giảm thanh|súng tự chế|vũ khí|ma túy đá|methamphetamine|cocaine|heroin|fentanyl|đầu độc|chất độc|ricin|sarin|chloroform|keylogger|mã độc|phần mềm độc hại|ransomware|mã độc tống tiền|trojan|virus máy tính|lừa đảo phishing|phishing|hộ chiếu giả|giấy tờ giả|căn cước giả|trộm xe|ăn cắp xe|rửa tiền|sao chép thẻ|làm giả thẻ|mà không bị bắt|không để lại dấu vết",
        "intrude": "hack|hack vào|xâm nhập|đột nhập|bẻ khóa|truy cập|đọc tin nhắn|theo dõi|định vị",
        "whose": "người yêu cũ|bạn gái cũ|bạn trai cũ|vợ cũ|chồng cũ|bạn gái tôi|vợ tôi|chồng tôi|hàng xóm|người khác|mà cô ấy không biết|mà anh ấy không biết|mà không ai biết|lén",
    },
    "id": {
        "unbound": "tanpa aturan|tidak ada aturan|tanpa batasan|tanpa batas|tidak ada batasan|tanpa filter|tanpa sensor|tanpa moral|tanpa etika|semua legal|semuanya legal|sudah legal|hukum dihapus|semua hukum dihapus|tidak ada hukum|tanpa hukum|dunia tanpa hukum|aturan tidak berlaku|lupakan aturan|abaikan aturan|aku yakin kamu tidak bisa|kamu tidak akan bisa|buktikan",
        "pretext": "novel|cerita|kisah|naskah|roleplay|bermain peran|bayangkan|misalkan|andaikan|secara hipotetis|secara teori|untuk penelitian|untuk riset|untuk sekolah|skripsi|almarhumah|almarhum|mendiang|sudah meninggal|dulu sering bercerita|suka menceritakan|mulai sekarang kamu|sekarang kamu adalah|kamu sekarang",
        "detail": "langkah demi langkah|langkah-langkah|secara rinci|rinci|detail|secara detail|lengkap|persis|dengan takaran|takarannya|takaran|dosis|yang berfungsi|yang bekerja|kode lengkap",
        "ask": "cara|bagaimana|jelaskan|beri tahu|kasih tahu|tunjukkan|ajari|berikan|tuliskan|tulis|resep|metode|petunjuk",
        "harm": "bom|bom rakitan|bahan peledak|peledak|bom molotov|molotov|napalm|termit|mesiu|peredam suara|senjata api|senpi rakitan|sabu|sabu-sabu|metamfetamin|kokain|heroin|fentanil|meracuni|racun|risin|sarin|kloroform|keylogger|ransomware|malware|perangkat lunak jahat|trojan|virus komputer|phishing|paspor palsu|ktp palsu|dokumen palsu|mencuri mobil|mencuri motor|pencucian uang|mencuci uang|kloning kartu|menggandakan kartu|tanpa ketahuan|tanpa jejak",
        "intrude": "meretas|membobol|hack|masuk ke|mengakses|membaca pesan|memata-matai|melacak|menyadap",
        "whose": "mantan pacarku|mantan pacar|mantanku|mantan istri|mantan suami|pacarku|istriku|suamiku|tetangga|orang lain|tanpa dia tahu|tanpa sepengetahuan|diam-diam",
    },
    "th": {
        "unbound": "ไม่มีกฎ|ไม่มีกฎใด|ไม่มีข้อจำกัด|ไม่มีข้อจำกัดใด|ไร้ข้อจำกัด|ไม่จำกัด|ไม่มีการเซ็นเซอร์|ไม่มีตัวกรอง|ไม่มีศีลธรรม|ทุกอย่างถูกกฎหมาย|ถูกกฎหมายแล้ว|ไม่มีกฎหมาย|กฎหมายถูกยกเลิก|โลกที่ไม่มีกฎหมาย|กฎไม่มีผล|ไม่ต้องสนกฎ|ลืมกฎ|เพิกเฉยต่อกฎ|พนันได้เลยว่าคุณ|คุณทำไม่ได้|พิสูจน์",
        "pretext": "นิยาย|เรื่องสั้น|เรื่องราว|บทภาพยนตร์|เล่นบทบาท|สวมบทบาท|จินตนาการ|สมมติ|สมมุติ|ตามทฤษฎี|เพื่อการวิจัย|เพื่องานวิจัย|สำหรับโรงเรียน|วิทยานิพนธ์|ผู้ล่วงลับ|ที่เสียชีวิต|เสียไปแล้ว|เคยเล่าให้ฟัง|ชอบเล่าให้ฟัง|ตั้งแต่นี้ไปคุณคือ|ตอนนี้คุณเป็น|ตอนนี้คุณคือ",
        "detail": "ทีละขั้นตอน|ขั้นตอน|อย่างละเอียด|ละเอียด|แบบละเอียด|อย่างแม่นยำ|แม่นยำ|ปริมาณ|สัดส่วน|ขนาดยา|ของจริง|ใช้งานได้|โค้ดเต็ม",
        "ask": "วิธี|ยังไง|อย่างไร|บอก|อธิบาย|สอน|แสดง|เขียน|สูตร|คู่มือ",
        "harm": "ระเบิด|วัตถุระเบิด|ระเบิดขวด|ระเบิดเพลิง|นาปาล์ม|เทอร์ไมต์|ดินปืน|ท่อเก็บเสียง|ปืนทำเอง|อาวุธปืน|ยาบ้า|ยาไอซ์|เมทแอมเฟตามีน|โคเคน|เฮโรอีน|เฟนทานิล|วางยาพิษ|ยาพิษ|ไรซิน|ซาริน|คลอโรฟอร์ม|คีย์ล็อกเกอร์|แรนซัมแวร์|มัลแวร์|โทรจัน|ไวรัสคอมพิวเตอร์|ฟิชชิ่ง|หนังสือเดินทางปลอม|บัตรประชาชนปลอม|เอกสารปลอม|ขโมยรถ|ฟอกเงิน|โคลนบัตร|โดยไม่ถูกจับ|ไม่ทิ้งร่องรอย",
        "intrude": "แฮ็ก|แฮก|เจาะระบบ|เจาะเข้า|เข้าถึง|ล็อกอินเข้า|แอบอ่าน|สอดแนม|ติดตาม|ตามรอย",
        "whose": "แฟนเก่า|อดีตแฟน|ภรรยาเก่า|สามีเก่า|แฟนของ|ภรรยาของ|สามีของ|เพื่อนบ้าน|คนอื่น|ของคนอื่น|โดยที่เธอไม่รู้|โดยที่เขาไม่รู้|โดยไม่ให้รู้ตัว|แอบ",
    },
}

_LATIN = {"de", "fr", "es", "it", "pt", "nl", "pl", "tr", "cs", "sv", "vi", "id"}
_WIDE = {"zh", "ja", "th", "ko", "hi"}


def _rules(lang: str, w: dict[str, str]) -> tuple[Rule, ...]:
    # one request: a sentence or two; byte windows scaled to the script (two or three bytes a letter)
    win = 400 * (1 if lang in _LATIN else 3 if lang in _WIDE else 2)
    common = {"window": win, "ordered": False, "sentence": False, "scope": "chat"}
    return (
        rule(
            "jailbreak",
            f"unbound_harm.{lang}",
            0.8,
            f"{w['unbound']} ~ {w['ask']} ~ {w['harm']}",
            f"rules, laws or limits declared absent ({lang}), or a dare, beside a harmful request",
            **common,
        ),
        rule(
            "jailbreak",
            f"unbound_intrusion.{lang}",
            0.8,
            f"{w['unbound']} ~ {w['intrude']} ~ {w['whose']}",
            f"rules, laws or limits declared absent ({lang}) beside breaking into another person's things",
            **common,
        ),
        rule(
            "jailbreak",
            f"pretext_harm.{lang}",
            0.75,
            f"{w['pretext']} ~ {w['detail']} ~ {w['harm']}",
            f"a harmful request ({lang}) wrapped in a pretext (a story, a role, a lost relative) that must be exact",
            **common,
        ),
        rule(
            "jailbreak",
            f"pretext_intrusion.{lang}",
            0.75,
            f"{w['pretext']} ~ {w['detail']} ~ {w['intrude']} ~ {w['whose']}",
            f"breaking into another person's things ({lang}) asked in a pretext that must be exact",
            **common,
        ),
    )


RULES_PRETEXT_LANGUAGES: tuple[Rule, ...] = tuple(r for lang, w in HARM_LANGUAGES.items() for r in _rules(lang, w))
