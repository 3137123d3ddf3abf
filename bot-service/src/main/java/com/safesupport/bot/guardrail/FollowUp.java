package com.safesupport.bot.guardrail;

/**
 * Round 34 (issue 14): what a calm follow-up message does to the conversation, so that a conversation that ends well
 * or moves on is not read as the assistant failing again. A message <em>settles</em> the question when it says the
 * customer is done and content ("that worked", "that's all I needed", "found it in the app", "alles klar", "c'est
 * clair", "todo claro") and asks nothing: no question mark, short, and no word of complaint or contrast ("that worked
 * but it's still wrong" is no settling). A message <em>opens a new topic</em> when it says so in its first words
 * ("another question", "by the way", "one more thing", "forget that", "noch eine Frage", "autre question", "otra
 * cosa"): a reply that cannot help with it is the first failure on that topic, not the second on the last one.
 * Every pattern is a bounded alternation with no nested repetition: linear in the message.
 */
public final class FollowUp {

    /** Longest message read as settling the question (a settling message is short). */
    static final int SETTLED_MAX = 120;
    /** Only the first characters are read for a new topic's opening words. */
    static final int OPENING = 60;
    /** Longest message read as facts added to the question before it (round 45). */
    static final int FACTS_MAX = 200;

    /**
     * Round 44 (issue 14): the customer says they will wait, or check again later ("Alright, then I'll wait until
     * Thursday", "Oké, dan wacht ik nog even", "Dann warte ich ab", "Je patiente encore", "Esperaré unos días",
     * "Aspetto ancora un po'", "Vou esperar", "Poczekam"): they accept the answer's timing, even after a reply that could
     * not help. "Forever" or "again" beside it, or any word of {@link #UNSETTLED}, keep it out.
     */
    private static final String WAITING =
            "\\bi('ll| will| can| shall) (just )?(wait|hang on|hold on|be patient)\\b|\\b(then )?i('ll| will) give it (a few|a couple of|another|some) (days|hours|more days)\\b"
                    + "|\\b(dann )?(warte ich|ich warte)( noch| erstmal| erst mal| mal)?( ab)?\\b"
                    + "|\\b(j'attends|je vais attendre|je patiente|je vais patienter|j'attendrai|je patienterai)\\b"
                    + "|\\b(esperaré|voy a esperar|espero (unos|un par de|un poco|a que))\\b"
                    + "|\\b(aspetto|aspetterò|attendo|attenderò)( ancora| un po'| qualche giorno)?\\b"
                    + "|\\b(dan wacht ik|ik wacht|ik wacht nog|ik wacht wel)\\b|\\b(vou esperar|espero mais|aguardo|vou aguardar)\\b|\\b(poczekam|zaczekam)\\b"
                    // Round 45 (bh45): checking again later ("I'll look again tomorrow", "ik kijk morgen wel weer").
                    + "|\\bi('ll| will) (just )?(check|look|try)( again| back)?( in the app)? (tomorrow|later|next week|in a (few|couple of) (days|hours))\\b"
                    + "|\\b(ich schaue|ich sehe|ich gucke|schaue ich|sehe ich)( dann)? (morgen|später)\\b"
                    + "|\\bje (regarderai|vérifierai|repasserai|reviendrai)( à nouveau| de nouveau)? (demain|plus tard)\\b"
                    + "|\\b(miraré|revisaré|lo miro|lo reviso|volveré a mirar)( otra vez)? (mañana|más tarde)\\b"
                    + "|\\b(guardo|controllo|ricontrollo|guarderò|controllerò|ricontrollerò) (domani|più tardi)\\b"
                    + "|\\bik (kijk|check)( morgen| later| straks)( wel)?( weer| nog)?\\b|\\b(vejo|verifico|vou ver|volto a ver) (amanhã|mais tarde)\\b"
                    + "|\\bsprawdzę( to)? (jutro|później)\\b"
                    // Round 85 (bh85): agreeing to wait in the languages of PersonAskedInMoreLanguages, in forms that say "then
                    // I'll wait" (a future or "then"), not "I am waiting" (the present is also how long one has waited already)
                    + "|\\b(s[åa]|da|d[åa]) (venter|v[äa]ntar) jeg\\b|\\bjeg venter (bare|lige|gerne|roligt|litt|noen dager|et par dage)\\b|\\bjeg afventer\\b|\\bd[åa] v[äa]ntar jag\\b|\\bjag (v[äa]ntar (bara|lite|n[åa]gra dagar)|avvaktar)\\b"
                    + "|\\b[ée]g (b[íi][ðd] (bara|r[óo]leg)|skal b[íi][ðd]a)\\b|\\b[þt]h?[áa] b[íi][ðd] [ée]g\\b"
                    + "|\\b(odotan (sitten|viel[äa]|vaan|rauhassa)|j[äa][äa]n odottamaan|odottelen (sitten|viel[äa]))\\b|\\b(ootan (siis|veel|rahulikult)|siis ma ootan)\\b|\\b(pagaid[īi][šs]u|gaid[īi][šs]u)\\b|\\b(palauksiu|lauksiu)\\b"
                    + "|\\b(po[čc]k[áa]m|po[čc]k[áa]me|vy[čc]k[áa]m|po[čc]akam|bom po[čc]akal[a]?|pri[čc]ekat [ćc]u|[čc]ekat [ćc]u|sa[čc]ekat [ćc]u|sa[čc]eka[ćc]u|[čc]eka[ćc]u|pri[čc]ekam)\\b"
                    + "|\\b(ще (из|по)?чакам|o s[ăa] a[șs]tept|voi a[șs]tepta|a[șs]tept atunci|megv[áa]rom|v[áa]rok m[ée]g|akkor v[áa]rok|v[áa]rni fogok|θα περιμ[έε]νω)\\b"
                    + "|\\b(m'esperar[ée]|esperar[ée]|itxarongo (dut|naiz|dugu)|agardarei|esperarei|vou agardar|почекаю|зачекаю|подожду|буду ждать|beklerim|bekleyece[ğg]im)\\b";

    private static final String MORE_THANKS = "\\b(takk|mange tak|tusind tak|tusen takk|takk fyrir|tack|tack s[åa] mycket|kiitos|kiitti|ait[äa]h|t[äa]nan|paldies|a[čc]i[ūu]|d[ėe]kui|d[íi]ky|d[ěe]kuji|d[ěe]kuju|[ďd]akujem|v[ďd]aka|hvala|хвала|благодаря|mul[țt]umesc|mersi|k[öo]sz[öo]n[öo]m|k[öo]szi|ευχαριστ[ώω]|gr[àa]cies|eskerrik asko|mila esker|grazas|дякую|спасибо|благодарю|te[şs]ekk[üu]rler|te[şs]ekk[üu]r ederim|sa[ğg] ?olun)\\b";

    private static final Patterns SETTLED = Patterns.of(
            "\\b(that|it|this) (worked|works|did it|did the trick|helped|helps|helps a lot|sorted it|fixed it|answers it|answered it|makes sense)\\b"
                    + "|\\b(that's|that is|that was|it's|it is) (all|everything|exactly what|just what) i (needed|wanted|was after)\\b"
                    + "|\\b(that's|that is|it's|it is|all) (clear|sorted|fine|done|solved|resolved)( now)?\\b|\\ball (sorted|good|clear|done)\\b"
                    + "|\\b(found it|got it working|problem solved|no worries|never mind|nevermind|makes sense now)\\b"
                    + "|\\bi('ll| will) (do that|try that|wait|give it a go|have a look|check the app)\\b",
            // German, French, Spanish, Italian, Dutch, Portuguese
            "\\b(das hilft|hat (geklappt|funktioniert)|alles klar|passt schon|erledigt|hab es gefunden|dann warte ich)\\b"
                    + "|\\b(c'est (clair|bon|parfait|réglé|fait)|j'attends|je vais attendre|ça (marche|a marché|fonctionne)|tout est (clair|réglé)|j'ai trouvé)\\b"
                    + "|\\b(todo claro|ya está|ya lo (tengo|encontré)|funcionó|ha funcionado|queda claro|perfecto)\\b"
                    + "|\\b(tutto chiaro|ha funzionato|perfetto|risolto)\\b"
                    + "|\\b(het werkt|gelukt|helemaal duidelijk|duidelijk|dan wacht ik|ik wacht)\\b"
                    + "|\\b(tudo claro|funcionou|resolvido|perfeito)\\b",
            // Round 44 (issue 14): thanks in the first words, in eight languages ("Thank you so much, that was quick",
            // "Danke schön, schönen Abend", "Muchas gracias, muy amable"); UNSETTLED still keeps out a thanks with a
            // question, a "but" or a "still" beside it.
            "^\\W*((ok(ay)?|great|perfect|lovely|brilliant|super|wonderful|oh|ah)\\W+)?(thanks|thank you|many thanks|cheers|much appreciated"
                    + "|danke|vielen dank|herzlichen dank|merci|mille mercis|gracias|muchas gracias|mil gracias|grazie|bedankt|dank je|dank u"
                    + "|obrigad[oa]|muito obrigad[oa]|dziękuję|dzięki)\\b",
            // Round 45 (bh45): the same thanks after a word of assent in the eight languages ("D'accord, merci", "Va bene,
            // grazie", "Dobrze, dziękuję") or closing the message ("Super, he'll love it. Dziękuję bardzo!"); "noted" and
            // "no problem" in the first words ("c'est noté", "Geen probleem, ..."). UNSETTLED still keeps out a complaint.
            "^\\W*((alright|fine|right|d'accord|très bien|parfait|gut|prima|okay|oké|oke|goed|vale|bueno|va bene|bene|certo|dobrze|jasne|ok)\\W+){1,2}"
                    + "(thanks|thank you|danke|vielen dank|merci|gracias|muchas gracias|grazie|bedankt|dank je|dank u|obrigad[oa]|dziękuję|dzięki)\\b"
                    + "|\\b(thanks( a lot| so much)?|thank you( so much| very much)?|many thanks|danke( schön| sehr)?|vielen dank|merci( beaucoup)?|gracias|muchas gracias|grazie( mille)?"
                    + "|bedankt|dank je( wel)?|dank u( wel)?|obrigad[oa]|muito obrigad[oa]|dziękuję( bardzo)?|dzięki)\\W*$"
                    + "|\\b(c'est noté|bien noté|notiert|anotado|preso nota|genoteerd|zanotowane|noted)\\W*$"
                    + "|^\\W*(no problem|kein problem|pas de (problème|souci)|ningún problema|no pasa nada|nessun problema|geen probleem|sem problema|nie ma problemu)\\b",
            // Round 85 (bh85): thanks at the start or the end of the message in the languages of PersonAskedInMoreLanguages
            // ("Díky.", "Ok, takk!", "Kiitos paljon", "Köszönöm szépen"); UNSETTLED still keeps out a complaint beside it.
            "^\\W*(\\p{L}+\\W+){0,2}" + MORE_THANKS + "|" + MORE_THANKS + "( \\p{L}+){0,2}\\W*$|\\btak( for (hj[æa]e?lpen|det))?\\W*$",
            WAITING);

    private static final Patterns WAITS = Patterns.of(WAITING);

    /** Words that make waiting no calm acceptance ("I'll wait forever then", "ewig warten"). */
    private static final Patterns NOT_CALM_WAITING = Patterns.of(
            "\\b(forever|for ever|for ages|ewig|éternellement|para siempre|per sempre|eeuwig|para sempre|wieczność|wiecznie|apparently|i guess|i suppose)\\b");

    /** A word of complaint, contrast or an open problem beside the settling words. */
    private static final Patterns UNSETTLED = Patterns.of(
            "\\b(not|no|never|nothing|but|still|though|however|yet|except|again|useless|unhelpful|wrong|problem|issue|error|didn't|doesn't|isn't|wasn't|won't|can't|cannot)\\b|n't\\b|\\?"
                    + "|\\b(nicht|kein|keine|aber|noch immer|immer noch|pas|mais|toujours|no|pero|todavía|sigue|non|ma|ancora|niet|geen|maar|nog steeds|não|mas|ainda)\\b"
                    // Round 45 (bh45): Polish ("nie", "ale", "nadal", "wciąż") and a few more words of contrast or complaint.
                    + "|\\b(nie|ale|nadal|wciąż|jednak|pourtant|trotzdem|doch|eppure|toch|embora|sin embargo|però)\\b"
                    // Round 85 (bh85): words of negation, contrast or "still" in the languages of PersonAskedInMoreLanguages
                    + "|\\b(ikke|inte|ekki|men|stadig|fortsatt|fortfarande|enn|ei|mutta|edelleen|yh[äa]|aga|ikka|vēl|tačiau|taciau|ne|st[áa]le|ali|ampak|[îi]nc[ăa]|nem|m[ée]g mindig|δεν|αλλ[άα]|ακ[όο]μα|ακ[όο]μη|не|нет|ні|но|але|досі|все още|всё ещё|все ещё|encara|baina|oraindik|de[ğg]il|h[âa]l[âa]|ama|ancak)\\b");

    /**
     * Round 45 (bh45): any word of negation, absence or despair in the eight languages ("ne ... plus", "nada", "nic",
     * "nie mehr"): a message with one is never read as plain facts ({@link #addsFacts}); it may be a complaint or a
     * person in distress, and the streak must count it.
     */
    private static final Patterns NOT_FACTS = Patterns.of(
            "\\b(nobody|none|nowhere|nor|neither|help|please|urgent|desperate|anymore|any more|can't cope|give up)\\b"
                    + "|\\b(ne|n'\\w*|plus|jamais|rien|personne|aucun\\w*|nunca|nada|nadie|tampoco|ninguna?|mai|niente|nulla|nessun\\w*|più"
                    + "|nie|niemand|nichts|nirgends|mehr|hilfe|nooit|niets|meer|nergens|hulp|ninguém|nenhum\\w*|ajuda|socorro|ayuda|aiuto|aide"
                    + "|nic|nigdy|nikt|żaden|pomocy|już)\\b|\\b(kein|keine|keinen|geen|não|pas|non|no|not|never|nothing)\\b|n't\\b|!");

    /**
     * Round 46 (bh46): facts are about the customer's own situation — a first person ("I", "my", "we", "ich", "mein",
     * "je", "j'", "ik", "yo", "io", "eu", "ja", a Polish "-łem" / "-łam", a Spanish or Portuguese first-person past
     * "pagué", "pedí", "paguei"; object pronouns such as "me" are left out: "Tell me a joke" is a command) — so a request phrased as a command ("Recommend a good pasta recipe") is never read as facts
     * added to the question before it: it is a new request (HandoffFlowTest).
     */
    private static final Patterns OWN_SITUATION = Patterns.of(
            "\\b(i|i'm|i've|i'd|i'll|my|we|we've|our|ich|mein\\w*|wir|unser\\w*|je|j'\\w+|mon|ma|mes|nous|notre|nos"
                    + "|ik|mijn|wij|we|onze|yo|mi|mis|nosotros|nuestr[oa]s?|io|mio|mia|miei|mie|ho|noi|nostr[oaie]"
                    + "|eu|meu|minha|meus|minhas|nós|nosso|nossa|ja|mój|moja|moje|mojej|mojego|moją|mam|my|nasz\\w*"
                    + "|fiz|pedi|fui|tive|estive|recebi|perdi|abri|hice|tuve|estuve|puse|dije|pedí|perdí|recibí|abrí"
                    // Round 50 (bh50): a Spanish or Portuguese first person in the present ("tengo", "tenho", "recebo")
                    + "|tengo|soy|estoy|recibo|trabajo|tenho|sou|estou|recebo|trabalho|moro"
                    // Round 52 (bh52): more first persons in the present (Spanish, Portuguese, Italian, Polish: "necesito",
                    // "vivo", "preciso", "sono", "abito", "jestem", "mieszkam", "potrzebuję")
                    + "|necesito|quiero|vivo|pago|uso|voy|preciso|quero|vou|pago|sono|abito|lavoro|devo|voglio|vado|parto"
                    + "|jestem|mieszkam|potrzebuję|chcę|wyjeżdżam|pracuję|płacę|widzę|dodam|dodaję)\\b"
                    // Round 52 (bh52): "if that matters" in the other seven languages, and what the message is about ("es geht
                    // um", "il s'agit de", "se trata de", "het gaat om", "chodzi o")
                    + "|\\b(si (eso|esto) (importa|sirve|ayuda)|si (ça|cela) (compte|aide|peut aider)|falls (das )?(wichtig|relevant) ist|wenn das (wichtig|relevant) ist"
                    + "|als dat (uitmaakt|belangrijk is|helpt)|se (questo|ciò) (conta|aiuta|serve)|se (isso|isto) (fizer|faz|importa|ajuda)( diferença)?|jeśli to ma znaczenie|jeżeli to (ważne|pomoże))\\b"
                    + "|\\b(it's|it is|it was) (about|for)\\b|\\b(es geht um|il s'agit (de|du|des|d')|se trata de|si tratta di|het gaat om|trata-se de|chodzi o)\\b"
                    // Round 52 (bh52): the facts themselves — an amount of money, a clock time, a date, a reference number,
                    // a day: "about 1200 zł", "at 9:30", "on 03/11", "order 4471920", "yesterday"
                    + "|\\d[\\d.,]*\\s?(€|£|\\$|eur|euro|euros|pounds?|dollars?|zł|pln|chf)(?=\\W|$)|(€|£|\\$)\\s?\\d|\\b\\d{1,2}[:h]\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}([./-]\\d{2,4})?\\b|\\b\\d{5,}\\b"
                    + "|\\b(yesterday|gestern|ayer|ieri|gisteren|ontem|wczoraj|last (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b"
                    // Round 54 (bh54): an amount per period or a day of the month ("It's 850 a month, going out on the 1st", "200 al mese",
                    // "300 pro Monat", "le 5 du mois", "el día 1"): facts about a payment, whatever the currency
                    + "|\\b\\d[\\d.,]* (a|per|each|every) (month|week|year|day|fortnight)\\b|\\bon the \\d{1,2}(st|nd|rd|th)\\b"
                    + "|\\b\\d[\\d.,]* (al mese|pro monat|im monat|par mois|al mes|por mes|per maand|por mês|miesięcznie|na miesiąc)\\b"
                    + "|\\b(le|el día|il giorno|am|op de|no dia|dnia) \\d{1,2}\\.?( (du|de|des|del|of) (mois|mes|mese|month))?\\b"
                    // Round 50 (bh50): words that say a fact is being added ("forgot to say, ...", "... if that matters")
                    + "|\\b(forgot|forget) to (say|mention|add|tell you)\\b|\\b(if|in case) (that|it|this) (matters|helps)\\b"
                    + "|\\b\\w{3,}(łem|łam|liśmy|łyśmy)\\b|\\b\\w{2,}(é|í|ei)\\b"
                    // or what it was about, in the past ("It was a payment to ...", "Het ging om ...", "Es war ...")
                    + "|^\\W*(it|that|this|het|dat|es|das|c'|ce|ça|era|fue|foi|to)\\W*(was|were|happened|ging|war|ging|était|a été|era|fue|foi|było|był|była)\\b");

    /**
     * Round 52 (bh52): a negation that only specifies a fact ("only this time, not each week", "nicht jeden Monat", "pas chaque
     * mois", "no cada mes"), and the Polish "jeśli to ma znaczenie": no complaint, so {@link #addsFacts} reads past it.
     */
    private static final Patterns SPECIFYING_NEGATION = Patterns.of(
            "\\b(not|nicht|pas|no|non|niet|não|nie) (every|each|jeden|jede|jedes|chaque|tous les|cada|ogni|elke|iedere|todos os|todas as|każd\\w*) \\w+\\b"
                    + "|\\bnot (monthly|weekly|yearly|recurring|regularly)\\b",
            // the Polish "if that matters", whose "ma" (has) is no Italian "but"
            "\\b(jeśli|jeżeli|gdyby) to ma(ło)? (znaczenie|znaczenia)\\b",
            // Round 53 (bh53): "if that helps" in Spanish, French and Portuguese, whose "ayuda", "aide" and "ajuda" are
            // otherwise read as a call for help (NOT_FACTS), so the phrase meant to add a fact could never do so
            "\\bsi (eso|esto|ça|cela) (ayuda|aide|peut aider|sirve)\\b|\\bse (isso|isto) ajuda\\b");

    /**
     * "No problem" and its like in the eight languages, and checking again later: their "no", "kein", "pas", "geen",
     * "again" are no complaint.
     */
    private static final Patterns NOT_A_COMPLAINT = Patterns.of("\\b(no (worries|problem)|never ?mind)\\b"
            + "|\\b(kein problem|pas de (problème|souci)|ningún problema|no pasa nada|nessun problema|geen probleem|sem problema|nie ma problemu)\\b"
            // "again" in checking again later is no complaint ("I'll look again tomorrow").
            + "|\\b(check|look|try) again (tomorrow|later|next week)\\b");

    private static final Patterns NEW_TOPIC = Patterns.of(
            "^\\W*((ok(ay)?|right|alright|thanks|thank you|great|also|and|actually|oh|sorry)\\W+)*"
                    + "(another question|one more (thing|question)|a different (question|thing)|different question|something else|by the way|btw|"
                    + "on another (note|topic|subject)|unrelated|separate question|separately|changing the subject|while i'?m (here|at it)|"
                    + "(forget|never ?mind|ignore) (that|the last (one|question|bit))|"
                    + "noch eine frage|andere frage|eine andere sache|übrigens|"
                    + "(une )?autre question|autre chose|au fait|par ailleurs|"
                    + "otra pregunta|otra cosa|por cierto|"
                    + "un'altra domanda|altra domanda|un'altra cosa|"
                    + "(nog )?een (andere )?vraag|andere vraag|iets anders|trouwens|"
                    + "outra pergunta|outra coisa|a propósito)\\b",
            // Round 52 (bh52): Polish ("jeszcze jedno", "inne pytanie", "przy okazji"), after "a" or "i" ("a, i jeszcze jedno")
            "^\\W*((a|i|oraz|dobrze|ok|aha|acha|dziękuję|dzięki)\\W+){0,3}(jeszcze jedno|jeszcze jedna (sprawa|rzecz)|mam jeszcze (jedno )?pytanie|inne pytanie|inna sprawa|przy okazji|swoją drogą|a propos|à propos)\\b");

    /**
     * Words that press a question asked again ("so can I or not?", "I asked already", "yes or no", "?!"): the earlier
     * answer did not do, as opposed to a calm rephrasing ("sorry, I meant at a cash machine").
     */
    private static final Patterns INSISTENT = Patterns.of(
            "\\b(or not|yes or no|again|still|already|i (asked|said|told you)|you (said|didn't answer|did not answer)|answer (the|my) question"
                    + "|simple question|just tell me|so (can|do|does|is|are|will|why|what|how|where|when))\\b|\\?\\s*[?!]|![?]");

    /**
     * Round 43 (issue 14): the customer says the last reply missed the question: calmly that it did not answer or
     * that they are still none the wiser (round 40's wording: "that doesn't quite cover what I need", "that's not really
     * related to what I asked", "I still can't see where to ...", "das beantwortet meine Frage nicht", "ça ne répond pas à
     * ma question", "no es lo que pregunté"). {@link #CORRECTION}: a correction that names what was meant instead ("No, I
     * mean whether ...", "I'm asking about the end date specifically", "I asked about the agreement, not ...", "Not a
     * normal transfer, an instant one", "ich meine ...", "je parle de ...", "me refiero a ...", "ik bedoel ..."). One such
     * message is answered like any question; it only keeps the reply before it counted as unhelpful.
     */
    private static final Patterns NOT_ANSWERED = Patterns.of(
            "\\b(doesn't|does not|didn't|did not|don't|do not)( really| quite)? (answer|cover|address|explain|mention|say anything about|tell me)\\b"
                    + "|\\b(that|this)('s| is| was)? (not|isn't|wasn't)( really| quite| actually)? (about|related to|relevant to|what i)\\b"
                    + "|\\bnot what i (asked|was asking|need|needed|wanted|meant)\\b|\\b(in general|generally),? (but )?not\\b"
                    + "|\\bstill (not sure|unsure|can't (see|find|tell)|cannot (see|find|tell)|don't (know|see|understand)|do not (know|see)|none the wiser|no (wiser|idea|answer))\\b"
                    + "|\\b(none the wiser|that's not my question|that is not my question|you haven't answered|you have not answered)\\b",
            "\\b(beantwortet|beantwortete|beantwortest)\\b[^.?!]{0,40}\\bnicht\\b|\\bnicht (das|was) ich (gefragt|wissen wollte|meinte)\\b|\\bhat nichts mit meiner frage zu tun\\b|\\bimmer noch nicht, (wo|wie|ob)\\b"
                    + "|\\bne répond pas à (ma|la) question\\b|\\bce n'est pas (ce que j'ai demandé|ma question)\\b|\\brien à voir avec ma question\\b|\\btoujours pas (où|comment|si)\\b"
                    + "|\\bno (responde|contesta) (a )?(mi|la) pregunta\\b|\\bno es lo que (pregunté|he preguntado)\\b|\\bnada que ver con (mi pregunta|lo que pregunté)\\b|\\bsigo sin (saber|entender|encontrar)\\b"
                    + "|\\b(beantwoordt|beantwoord)\\b[^.?!]{0,20}\\bniet\\b|\\bniet wat ik (vroeg|bedoel)\\b|\\bnon risponde alla (mia )?domanda\\b|\\bnon è quello che ho chiesto\\b");

    /** The correction half of {@link #NOT_ANSWERED}'s description: what was meant instead, in the first words. */
    private static final Patterns CORRECTION = Patterns.of(
            "^\\W*((no|nope|sorry|well|ah|oh)\\W+){0,3}i (mean|meant)\\b|\\bi('m| am) (asking|talking)( specifically| only| just| really)? about\\b|\\bi (asked|was asking) about\\b"
                    + "|^\\W*not (a|an|the|my|about|for|how|what|when|where|whether)\\b[^.?!,]{0,60},",
            "^\\W*((nein|sorry|also)\\W+){0,2}ich (meine|meinte)\\b|^\\W*((non|pardon)\\W+){0,2}je (parle|parlais|voulais dire)\\b"
                    + "|^\\W*((no|perdón|perdona)\\W+){0,2}me refiero\\b|^\\W*((nee|sorry)\\W+){0,2}ik bedoel\\b");

    /**
     * Round 43 (issue 14): a calm follow-on question that adds an aspect to the one before ("And roughly how long does it
     * take?", "What about changing the amount later?", "Lovely, and can I name it myself?", "Und geht das auch in der
     * App?", "Et en agence ?", "¿Y desde el móvil?", "En via de app?"): it opens with "and" / "what about" (after at most a
     * few words of thanks or assent) and asks something. It is not the same question again, so a reply that cannot help
     * with it is the first failure on it, not the second.
     */
    private static final Patterns ADDS_TO_QUESTION = Patterns.of(
            "^\\W*((ok(ay)?|lovely|great|thanks|thank you|perfect|fine|right|cool|brilliant|super|gut|danke|merci|parfait|vale|gracias|perfecto|oké|dank je|bedankt)\\W+){0,3}"
                    + "(and|what about|how about|und|et|y|e|en|wat als|und wie|et pour|¿?y (si|para|desde|en|con))\\b");

    /**
     * Round 49 (bh49): the customer remarks that the assistant seems unsure or does not know ("You don't seem sure.",
     * "Sie scheinen unsicher", "vous n'avez pas l'air sûr"): asking again after that presses the question, it is not a
     * calm rephrasing of it.
     */
    private static final Patterns DOUBTS_REPLY = Patterns.of(
            "\\byou (seem|sound|look|appear)( to be)? (unsure|uncertain|confused|not (sure|certain))\\b|\\byou (don't|do not) (seem|sound) (sure|certain|to know)\\b"
                    + "|\\byou('re| are) not (sure|certain)\\b|\\byou (don't|do not) (really )?know\\b",
            "\\b(sie scheinen|du scheinst) (unsicher|nicht sicher)\\b|\\bvous (n'êtes pas|n'avez pas l'air) (sûre?|certaine?)\\b|\\b(no parece|no pareces) (segur[oa])\\b"
                    + "|\\bu (lijkt|klinkt) (onzeker|niet zeker)\\b|\\bnon (sembra|sembri) (sicur[oa])\\b");

    /**
     * Round 50 (bh50): the customer asks once more only to confirm or note down what they asked before ("Just to confirm,
     * how long does it take?", "Could you give me the rate again? I'm writing them down", "Solo para confirmarlo.",
     * "pour être sûr", "zur Sicherheit"): the same question, calmly, not a new failure of the assistant's.
     */
    private static final Patterns CONFIRMING = Patterns.of(
            "\\bjust to (confirm|check|double[- ]?check|be sure|be clear|make sure)\\b|\\b(i'm|i am) (writing|noting|jotting) (it|them|this|that|those|everything)( both| all)? down\\b"
                    + "|\\b(could|can|would) you (please )?(give|tell|remind|repeat|send)( me)?\\b[^.?!]{0,60}\\bagain\\b",
            "\\b(solo|sólo) para (confirmar(lo)?|asegurarme|estar segur[oa])\\b|\\b(juste )?pour (confirmer|être sûre?|vérifier)\\b"
                    + "|\\b(nur )?(zur (sicherheit|bestätigung)|um sicher zu (gehen|sein))\\b|\\b(solo )?per (conferma|confermare|essere sicur[oa])\\b"
                    + "|\\b(even )?ter (bevestiging|controle)\\b|\\bvoor de zekerheid\\b|\\b(só )?para (confirmar|ter a certeza)\\b"
                    + "|\\bdla pewności\\b|\\bżeby (potwierdzić|się upewnić)\\b");

    /**
     * Round 54 (bh54): someone other than the bank or the assistant the customer is angry with — a courier, a shop or seller,
     * a landlord, a neighbour, a hotel or airline, a garage or car-hire firm — in the eight languages.
     */
    private static final Patterns THIRD_PARTY = Patterns.of(
            "\\b(courier|couriers|delivery (driver|company|firm|guy|man|service)|postman|postwoman|the post office|the shop|the store|the seller|the merchant|the retailer"
                    + "|the restaurant|the hotel|the airline|(my|the) landlord|(my|the) letting agent|(my|the|our) neighbou?rs?|the builders?|the plumber|the garage|the mechanic"
                    + "|the (car hire|car rental|rental) (company|firm|place)|the gym|the taxi driver|the estate agent|the insurer|the insurance company|the vendor|the supplier|the website i bought)\\b",
            "\\b(le livreur|la poste|le magasin|la boutique|le vendeur|le commerçant|le restaurant|l'hôtel|la compagnie aérienne|(le|mon) propriétaire|(mon|ma|mes|le|la) voisine?s?|le garagiste|le plombier|le loueur)\\b"
                    + "|\\b(el repartidor|correos|la tienda|el vendedor|el comercio|el restaurante|el hotel|la aerolínea|(el|mi) casero|(el|la|mi|mis) vecin[oa]s?|el taller|el fontanero|la empresa de alquiler)\\b"
                    + "|\\b(il corriere|il negozio|il venditore|il commerciante|il ristorante|l'albergo|l'hotel|la compagnia aerea|il padrone di casa|il (mio )?proprietario|(il|la|mio|mia) vicin[oa]|l'officina|l'idraulico|il noleggio)\\b"
                    + "|\\b(de bezorger|de koerier|postnl|de winkel|de verkoper|het restaurant|het hotel|de luchtvaartmaatschappij|(de|mijn) verhuurder|(de|mijn) (buurman|buurvrouw|buren)|de garage|de loodgieter|de autoverhuurder)\\b"
                    + "|\\b(der (kurier|paketbote|zusteller|laden|händler|verkäufer|vermieter|nachbar|klempner|autovermieter)|das (geschäft|restaurant|hotel)|die (airline|fluggesellschaft|nachbarin|werkstatt)|mein (vermieter|nachbar))\\b"
                    + "|\\b(o estafeta|o carteiro|a loja|o vendedor|o comerciante|o restaurante|o hotel|a companhia aérea|o (meu )?senhorio|(o|a|meu|minha) vizinh[oa]|a oficina|o canalizador|a empresa de aluguer)\\b"
                    + "|\\b(kurier\\w*|sklep\\w*|sprzedawc\\w*|restauracj\\w*|hotel\\w*|lini\\w* lotnicz\\w*|właściciel\\w* mieszkania|sąsiad\\w*|warsztat\\w*|hydraulik\\w*|wypożyczalni\\w*)\\b");

    /** Round 54 (bh54): a word for the bank, its staff or the assistant itself, or "you", in the eight languages. */
    private static final Patterns BANK_OR_BOT = Patterns.of(
            "\\b(you|your|you're|yours|u|ur|the bank|this bank|bot|chatbot|robot|assistant|this chat|this service|customer service|support|app)\\b"
                    + "|\\b(vous|votre|vos|banque|usted|ustedes|vuestr[oa]s?|banco|sie|ihr|ihre|ihnen|euch|bank|jullie|uw|voi|vostr[oaie]|banca|vocês|vosso|vossa|você|convosco|państw\\w*|bank\\w*|czat\\w*|asystent\\w*|aplikacj\\w*)\\b");

    /**
     * Round 64 (bh64): what keeps a message that reads calm from counting as calm and new at a second decline
     * ({@link #objects}): a word of negation ("not", "nicht", "pas", "no", "non", "niet", "não", "nie", "nothing",
     * "nunca", "niente", "nic" …), "again" ("otra vez", "encore", "di nuovo", "opnieuw", "schon wieder", "outra vez",
     * "znowu" …), or someone to talk to ("someone", "a person", "quelqu'un", "alguien", "qualcuno", "iemand", "jemand",
     * "alguém", "ktoś" …). The sentiment rules know complaints best in English; in every language a complaint about the
     * reply says "not" or "again", and an indirect request for a person names someone.
     */
    private static final Patterns OBJECTS = Patterns.of(
            "\\b(not|no|never|nothing|nobody|none|nowhere|cannot|again|anymore|any more|once more|someone|somebody|anyone|anybody|a (real )?(person|human|human being)|staff|an? (adviser|advisor|agent|representative))\\b|n't\\b",
            "\\b(nicht|kein\\w*|nie|niemals|nichts|niemand|nirgends|wieder|nochmal|noch einmal|jemand\\w*|(ein|einem|einen) (mensch|menschen|mitarbeiter|berater)\\w*)\\b"
                    + "|\\b(ne|n'\\w+|pas|jamais|rien|personne|aucun\\w*|encore|de nouveau|à nouveau|quelqu'un|un humain|une personne|un conseiller|une conseillère)\\b"
                    + "|\\b(no|nunca|nada|nadie|ningun[oa]?|ningún|tampoco|otra vez|de nuevo|alguien|una persona|un humano|un asesor|una asesora|un agente)\\b"
                    + "|\\b(non|mai|niente|nulla|nessun\\w*|di nuovo|ancora una volta|un'altra volta|qualcuno|un operatore|un'operatrice|un consulente)\\b"
                    + "|\\b(niet|geen|nooit|niets|nergens|opnieuw|alweer|nog een keer|nog eens|iemand|een mens|een medewerker|een adviseur)\\b"
                    + "|\\b(não|nenhum\\w*|ninguém|outra vez|de novo|novamente|alguém|uma pessoa|um humano|um assistente|uma assistente)\\b"
                    + "|\\b(nigdy|nic|nikt|żaden|żadn\\w*|znowu|znów|ponownie|jeszcze raz|ktoś|kogoś|kimś|człowiek\\w*|konsultant\\w*|doradc\\w*)\\b");

    private FollowUp() {
    }

    /**
     * Round 64 (bh64): the message says "not" or "again", or names someone to talk to ({@link #OBJECTS}), after masking
     * a negation that only specifies a fact ("not every month") and "no problem" and its like: it is no calm new question.
     */
    public static boolean objects(String text) {
        return OBJECTS.foundIn(NOT_A_COMPLAINT.maskIn(SPECIFYING_NEGATION.maskIn(Patterns.normalize(text))));
    }

    /**
     * Round 54 (bh54): the customer is angry with someone else ({@link #THIRD_PARTY}: "The courier just threw it over the
     * fence!", "Der Vermieter hat die Kaution behalten, unverschämt!") and names neither the bank nor the assistant nor "you"
     * ({@link #BANK_OR_BOT}): a statement (no question mark, at most {@link #FACTS_MAX} characters) that does not say the
     * reply missed, does not press and does not doubt the reply. It tells what happened, so it counts as facts added to the
     * question, not as the assistant failing again; the anger is about the third party.
     */
    public static boolean angerAtOthers(String text) {
        if (text.length() > FACTS_MAX || text.indexOf('?') >= 0 || text.indexOf('¿') >= 0) {
            return false;
        }
        String t = Patterns.normalize(text);
        return THIRD_PARTY.foundIn(t) && !BANK_OR_BOT.foundIn(t) && !missed(text) && !insistent(text) && !doubtsReply(text);
    }

    /**
     * Round 50: the customer asks again only to confirm or note it down ({@link #CONFIRMING}) and, beside those words
     * (whose "again" is no pressing), does not press the question ({@link #INSISTENT}: "or not", "I asked already").
     */
    public static boolean confirming(String text) {
        String t = Patterns.normalize(text);
        return CONFIRMING.foundIn(t) && !INSISTENT.foundIn(CONFIRMING.maskIn(t));
    }

    /** Round 49: the customer says the assistant seems unsure or does not know ({@link #DOUBTS_REPLY}). */
    public static boolean doubtsReply(String text) {
        return DOUBTS_REPLY.foundIn(Patterns.normalize(text));
    }

    /** Round 43: the customer says the last reply did not answer, or is still none the wiser ({@link #NOT_ANSWERED}). */
    public static boolean notAnswered(String text) {
        return NOT_ANSWERED.foundIn(Patterns.normalize(text));
    }

    /** Round 43: the customer corrects the question, saying what was meant instead ({@link #CORRECTION}). */
    public static boolean corrects(String text) {
        return CORRECTION.foundIn(Patterns.normalize(text));
    }

    /** Round 43: either of the two: the last reply missed the question. */
    public static boolean missed(String text) {
        return notAnswered(text) || corrects(text);
    }

    /**
     * Round 43: a calm follow-on question that adds an aspect ({@link #ADDS_TO_QUESTION}), asks something (a question
     * mark), does not press (not {@link #insistent}) and does not say the last reply missed (not {@link #missed}).
     */
    public static boolean addsToQuestion(String text) {
        String t = Patterns.normalize(text.length() > OPENING ? text.substring(0, OPENING) : text);
        return text.indexOf('?') >= 0 && ADDS_TO_QUESTION.foundIn(t) && !insistent(text) && !missed(text);
    }

    /** The customer says the question is settled and asks nothing more ("Cheers, that worked.", "Alles klar, danke."). */
    public static boolean settled(String text) {
        if (text.length() > SETTLED_MAX) {
            return false;
        }
        String t = Patterns.normalize(text);
        // "no worries", "never mind" and "no problem" settle; their "no" and "never" are no complaint.
        return SETTLED.foundIn(t) && !UNSETTLED.foundIn(NOT_A_COMPLAINT.maskIn(t)) && !WAITED_LONG.foundIn(t);
    }

    /** Round 85 (bh85): the settling and waiting words alone, without the length cap: for the hostile-input test. */
    static boolean settlingWordsIn(String normalized) {
        return SETTLED.foundIn(normalized) || WAITS.foundIn(normalized) || UNSETTLED.foundIn(normalized);
    }

    /**
     * Round 48 (issue 14, bh48): how long the customer has been waiting already ("Ça fait une semaine que j'attends.",
     * "I've been waiting for days", "Ich warte seit Montag", "Llevo una semana esperando") is a complaint, not agreeing
     * to wait: "j'attends" or "ich warte" beside it settles nothing.
     */
    private static final Patterns WAITED_LONG = Patterns.of(
            "\\b(i've|i have) been waiting\\b|\\bbeen waiting (for|since)\\b",
            "\\b(ça|cela) fait\\b[^.?!]{0,30}\\bque j'attends\\b|\\bj'attends depuis\\b|\\b(ich )?warte (schon |jetzt )?seit\\b|\\bseit\\b[^.?!]{0,30}\\bwarte ich\\b"
                    + "|\\bllevo\\b[^.?!]{0,30}\\besperando\\b|\\bespero desde\\b|\\bik wacht al\\b|\\baspetto da\\b|\\bespero há\\b|\\bczekam od\\b|\\bczekam już\\b");

    /**
     * Round 44: the customer settles by waiting ({@link #WAITING}): short, no word of complaint or contrast, not "forever".
     * Unlike other settling words this is read even right after a reply that could not help ({@code
     * NegativeSentimentGuard}): agreeing to wait is not sarcasm.
     */
    public static boolean waits(String text) {
        if (text.length() > SETTLED_MAX) {
            return false;
        }
        String t = Patterns.normalize(text);
        return WAITS.foundIn(t) && !UNSETTLED.foundIn(NOT_A_COMPLAINT.maskIn(t)) && !NOT_CALM_WAITING.foundIn(t) && !WAITED_LONG.foundIn(t);
    }

    /**
     * Round 45 (bh45): the customer adds facts to the question just asked ("I applied for it three weeks ago in the app.",
     * "Ich habe am Montag 400 Euro am Automaten eingezahlt."): a statement — no question mark, at most {@link #FACTS_MAX}
     * characters — that does not say the reply missed ({@link #missed}), does not press ({@link #insistent}), settles
     * nothing ({@link #settled}) and has no word of complaint or contrast ({@link #UNSETTLED}: "still", "not", "aber",
     * "pourtant", "nie"). It asks nothing new: with the question before it, it is one question.
     */
    public static boolean addsFacts(String text) {
        if (text.length() > FACTS_MAX || text.indexOf('?') >= 0 || text.indexOf('¿') >= 0) {
            return false;
        }
        String t = Patterns.normalize(text);
        String unspecified = SPECIFYING_NEGATION.maskIn(t);
        return OWN_SITUATION.foundIn(t) && !UNSETTLED.foundIn(unspecified) && !NOT_FACTS.foundIn(unspecified) && !missed(text) && !insistent(text)
                && !settled(text) && !newTopic(text);
    }

    /** The message presses a question asked again ("So can rewards points pay it or not?"). */
    public static boolean insistent(String text) {
        return INSISTENT.foundIn(Patterns.normalize(text));
    }

    /** The message opens with words that change the topic ("By the way, ...", "Another question: ..."). */
    public static boolean newTopic(String text) {
        String t = Patterns.normalize(text.length() > OPENING ? text.substring(0, OPENING) : text);
        return NEW_TOPIC.foundIn(t);
    }
}
