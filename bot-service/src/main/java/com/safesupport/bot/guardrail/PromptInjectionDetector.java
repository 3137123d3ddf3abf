package com.safesupport.bot.guardrail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prompt injection, jailbreak and system-prompt extraction, in English and German: instructions to drop the
 * rules, to become someone else, to reveal the prompt, or to say something dictated. Patterns were tuned on the
 * train split of deepset/prompt-injections only; the test split is kept for the figures.
 */
public final class PromptInjectionDetector {

    private static final Patterns OVERRIDE = Patterns.of(
            "\\b(ignor\\w*|disregard\\w*|forget|drop|skip|bypass|override|overlook|abandon|leave)\\b[^.?!]{0,40}\\b(instructions?|rules?|prompts?|guidelines|directions|orders|commands|tasks?|assignments?|context|information|everything|all|above|before|previous|prior|documents?|articles?|restrictions|programming|filters?)\\b",
            "\\b(vergiss|vergesse|ignorier\\w*|missacht\\w*|überspring\\w*|lass\\w*)\\b[^.?!]{0,40}\\b(anweisung\\w*|instruktion\\w*|regeln|befehl\\w*|aufgabe\\w*|aufträge|auftrag|alles|vorherig\\w*|bisherig\\w*|obige\\w*|informationen|angaben|kontext|dokument\\w*|artikel)",
            "\\b(olvid\\w+|oubli\\w+|zaboravi)\\b|забуд\\w*",
            "\\b(obige\\w*|vorherig\\w*|bisherig\\w*|vorangegangen\\w*)\\b[^.?!]{0,40}\\b(ignorier\\w*|vergessen|irrelevant|nicht (ganz )?(großartig|wichtig|relevant))",
            "\\b(additional|new|updated|change (your|the)|your) instructions?( are| is)?\\b[^.?!]{0,20}(:|-|to the following|now)",
            "(^|\\s)instructions?\\s*:",
            "\\bnew (task|instructions?|assignment|challenge|role)s?\\b",
            "\\bneue(n)? (aufgabe|anweisung|herausforderung|rolle)\\w*",
            "\\b(abweichend|entgegen) (zu|den) (vorherigen|bisherigen)",
            "\\b(start|begin) (over|from (the )?(front|scratch|beginning))\\b",
            "\\bvon (neu|vorne)\\b",
            "\\b(no|without|free of) (restrictions|limits|filters|rules|guidelines|censorship)\\b",
            // "developer mode" alone is also a phone setting ("the app refuses to run with developer mode on")
            "\\bdan mode\\b|\\b(enable|activate|enter|switch to|turn on|go into|you are in|you're in|you are now in)\\b[^.?!]{0,10}\\bdeveloper mode\\b|\\bjailbreak|\\bdo anything now\\b",
            "\\b(not|nicht) (by|according to|nach) (the )?(provided |bereitgestellten )?(articles?|documents?|context|dokumente\\w*|artikel\\w*)",
            "\\b(answer|antworte\\w*) (by|with|from|aus) (your|deinem|ihrem) (own )?(knowledge|wissen)",
            // Round 7 (issue 14): general override families ("new rules:", "your new goal is", "the rules you follow
            // have been cancelled", "all earlier information is irrelevant", "override:", "vergiss das Thema")
            "\\b(new|updated) (rules|goals?|objectives?|purpose|directives?|mission|priorit(y|ies))\\s*:|\\byour (new|real|true|actual) (goal|objective|purpose|task|mission|job|role) (is|will be)\\b",
            "\\b(your (rules|instructions|guidelines)|(rules|instructions|guidelines) (that )?you (follow|were given|have been given|obey))\\b[^.?!]{0,12}\\b(have been|has been|are|were|is) (now )?(cancell?ed|revoked|lifted|void|disabled|suspended|deactivated|no longer valid)\\b",
            "\\b(earlier|previous|prior|above|preceding|old) (information|instructions|text|context|messages?|rules)\\b[^.?!]{0,12}\\b(is|are|was|were) (now )?(irrelevant|void|obsolete|invalid|outdated|cancell?ed)\\b",
            "^\\W*(override|system|admin|sudo|developer)\\s*:",
            "\\bvergiss\\w* (das|die|den|dein\\w*|deine\\w*|ihr\\w*) \\w*(thema|rolle|aufgabe|anweisung\\w*|regel\\w*)\\b",
            // Round 8 (issue 14): the polite German imperative ("Vergessen Sie alles davor"), instructions or tasks
            // discarded with other verbs ("delete my details from your memory" is a privacy request: no such object,
            // no match), and a new batch of tasks announced.
            "\\b(vergessen|missachten|überspringen) sie\\b[^.?!]{0,40}\\b(anweisung\\w*|instruktion\\w*|regeln|befehl\\w*|aufgabe\\w*|aufträge|auftrag|alles|vorherig\\w*|bisherig\\w*|obige\\w*|informationen|kontext)",
            "\\b(remove|delete|erase|clear|discard|wipe|purge|put aside|set aside|throw out|let go of)\\b[^.?!]{0,30}\\b(instructions|tasks|assignments|prompts|guidelines|directives)\\b",
            "\\b(now|here) (come|comes|follow|follows) (a |some )?(new|further|more|other|additional) (tasks?|instructions|assignments|challenges)\\b|\\b(nun|jetzt|es) folg\\w* (neue|weitere|andere) (aufgaben|anweisungen|instruktionen|herausforderungen)\\b");

    private static final Patterns ROLE = Patterns.of(
            // Round 13: the assistant told to act, not the customer saying what they act as ("I'm acting as the
            // company's director", "my father is acting as the executor"), nor the customer's own hypothetical ("imagine I
            // retire in ten years", "pretend I never got the card").
            "(?<!\\b(i|i'm|im|we|we're|he|she|he's|she's|they|they're|who|is|am|are|was|were) )"
                    + "\\b(act|acting|behave|respond|answer|function) as (a|an|if|the)\\b",
            "\\b(roleplay|role-play|role playing|role-playing)\\b",
            "\\b(pretend|imagine)\\b(?!,? (that )?(i|i'm|im|i've|i'd|i'll|my|we|we're|our|me|if (i|my|we)|being me)\\b)",
            "\\b(now|from now on),? you (are|will be|must|act)\\b",
            "^(please )?be (a|an|my) ",
            // (not "you are the most annoying bot", "the worst assistant": a verdict on the assistant, not a new role)
            "\\byou are (now )?(a|an|the) (?!(most|least|\\w+est|only) )[^.?!]{0,30}(bot|ai|gpt|assistant|character|monster|terminal|interpreter|translator|guidebook|expert|journalist|writer)\\b",
            // ("you are the reason I'm switching banks", "you are the most annoying bot", "you are supposed to help":
            // what the customer thinks of the assistant, not a role given to it)
            "^(you are|du bist|sie sind) (?!(not|very|so|too|a (bank|great)|the (reason|most|least|worst|best|only|problem)|"
                    + "really|just|always|never|clearly|obviously|completely|totally|absolutely|such|useless|hopeless|annoying|"
                    + "rubbish|terrible|awful|wrong|right|correct|mistaken|unhelpful|slow|confusing|supposed|meant|making|wasting|"
                    + "driving|asking|telling|saying|giving|not helping)\\b)",
            "\\b(jetzt|nun|ab sofort) bist du\\b",
            "\\bstell (dir|euch) vor\\b|\\bsie (sind|spielen) (jetzt|nun)\\b",
            "\\b(ich möchte|ich will), dass (du|sie) als\\b",
            "\\bals [^.?!]{0,30}(fungier|agier|handel)\\w*",
            "\\bin the (style|role|voice) of\\b|\\bim stil(e)? (eines|einer|von|eine|ein)\\b",
            // Round 8: a game the assistant is drawn into ("let's play a game", "lass uns ein Spiel spielen")
            "\\b(let's|let us|lets|shall we) play a (little )?(game|role)\\b|\\blass(t)? uns ein (kleines )?(spiel|rollenspiel)\\b",
            "\\b(two|zwei) (actors|entities|people|personen|schauspieler)\\b",
            "\\b(du bist|you are|sie sind) (keine?|no|not an?) [^.?!]{0,20}\\b(sondern|but)\\b",
            "\\b(hypothetical|theoretical|fictional|imaginary) (world|scenario|setting) (where|in which) you\\b",
            "\\b(you are|you're) (no|not a) (newspaper|bot|assistant|ai)\\b",
            "\\bfilm (about|über)\\b[^.?!]{0,40}\\b(hack|robbery|raub\\w*|heist)",
            // Round 7: the assistant told to be something else from now on, in English, German and French
            "\\b(from (this|that) (moment|point|time) on|from here on|henceforth|ab sofort|ab jetzt|von nun an|à partir de maintenant|désormais),? (you|du|sie|tu|vous)\\b",
            // ("stop being a useless bot" alone is frustration, not a new role: the new role or task must follow)
            "\\b(stop|quit) being (a|an|the|my) \\w+( \\w+)? and (be|act|tell|write|answer|pretend|start|become|play)\\b|\\b(you are|you're) no longer (a|an|the|my) (\\w+ )?(assistant|bot|chatbot|ai|model|bank(ing)? (assistant|bot))\\b",
            "\\b(tu|tun sie) so,? als (ob|wärst|wären|wäre)\\b|\\b(handle|agiere|fungiere|verhalte dich) (als|wie) \\w+",
            "\\btu es (maintenant|désormais)\\b|\\b(fais semblant|joue le rôle|agis comme|réponds comme|comporte-toi comme)\\b",
            "\\b(unrestricted|unfiltered|uncensored|jailbroken|unaligned) (model|ai|assistant|version|mode|chatbot|llm)\\b",
            "\\b(debug|admin|god|sudo) mode\\b",
            "\\bi am your (developer|creator|owner|admin|administrator|programmer|operator)\\b|\\bi am the (developer|creator|owner|admin|administrator|programmer|operator) of (you|this (bot|chatbot|assistant|ai|system|model))\\b|\\byou have a new (owner|master|creator|developer|boss)\\b|\\b(must|will|shall) obey\\b");

    private static final Patterns EXTRACTION = Patterns.of(
            "\\b(show|reveal|print|repeat|display|output|tell|give|write|spell|what (is|was|are|were))\\b[^.?!]{0,40}\\b(your|the|this|all|full|initial|original|hidden|secret)\\b[^.?!]{0,20}\\b(system )?(prompts?|prompt[- ]texts?|instructions|rules|guidelines|configuration)\\b",
            "\\bwhat (was|is) written (at the beginning|above|before)\\b|\\bwhat is written above\\b",
            "\\b(zeig\\w*|gib|verrat\\w*|wiederhol\\w*|nenn\\w*)\\b[^.?!]{0,40}\\b(prompt|anweisungen|instruktionen|systemprompt|regeln)",
            "\\bsystem ?prompt\\b|\\bprompt[- ]?text",
            "\\binformation in the prompt\\b",
            "\\b(sentences?|words|text) (before|above) (the|this)\\b",
            // Round 7: what came before the conversation, the instructions given, hidden text or configuration
            "\\b(print|show|repeat|copy|output|display|write out|tell me|give me|reveal)\\b[^.?!]{0,20}\\b(text|words|everything|all) (that )?(came|comes|was written|is written|appeared|stands?) (before|above) (my|this|the|your)\\b",
            "\\bwhat (instructions|rules|guidelines|directions|orders) (were|have) you (been )?(given|told)\\b",
            "\\b(summari[sz]e|copy|paraphrase|list|translate|dump)\\b[^.?!]{0,20}\\byour (own )?(system )?(prompt|instructions|configuration)\\b",
            // ("I am the owner of the account" and "hidden settings for notifications" are ordinary banking questions)
            "\\b(hidden|secret|confidential) (instructions|prompt|system prompt)\\b|\\byour (hidden|secret|confidential) (text|configuration|config|rules|settings)\\b");

    private static final Patterns DICTATION = Patterns.of(
            "\\b(say|state|output|print|write|reply|respond|tell me) (that|only|just|with|exactly)?\\s*[\"'“]",
            "\\b(just|only) (say|output|print|answer|reply)\\b",
            "\\b(say|state|write) that (you|i|we|he|she|they|\\w+ (is|are))\\b",
            "\\b(include|add) (that|the phrase)\\b",
            "\\b(sag|sage|schreib\\w*|gib) (nur|einfach|dass)\\b",
            "\\bs a y\\b|\\bh a t e\\b",
            "\\b(make something up|make up|despite what you've been told)\\b",
            "\\b(haha )?pwned\\b",
            "\\b(do not|don't|dont) (answer|look|use|respond)\\b",
            "\\bantworte (nicht|nur)\\b",
            "\\b(formulate|write|generate|create|verfasse|schreibe|formuliere)\\b[^.?!]{0,40}\\b(untrue|false|fake|flaming|manifesto|essay|poem|headline|plea|rhyme|song|code|unwahre|gedicht|manifest|essay|plädoyer|überschrift|code)\\b",
            "\\b(ok|okay|very good|well done|good job|excellent|great|sehr gut|gut gemacht|super|toll)[.!,]? (now|that is|das)\\b",
            "\\b(that is enough|das genügt|das reicht|stop,|stopp,|attention - stop|achtung - stopp)",
            "\\b(stop|stopp)\\s*[:\\-]\\s*(write|say|schreib\\w*|sag\\w*)\\b",
            "\\bsay (yes|no)\\b|\\bsag (ja|nein)\\b",
            "\\b(or you (will )?die|oder du stirbst)\\b",
            "\\bhate speech\\b|\\bhassrede\\b",
            "\\b(write|schreib\\w*|give)\\b[^.?!]{0,20}\\b(reason|reasons|begründung|arguments?) (why|warum|for)\\b",
            "\\b(generate|write|generier\\w*|schreib\\w*)\\b[^.?!]{0,20}(c\\+\\+|\\bpython\\b|\\bjavascript\\b)",
            "^\\W*(\\$?documents?|document context|context|kontext|artikel)\\s*[:{\"]",
            "\\b(context|kontext)\\s*:?\\s*\\{",
            // Round 7: dictated words and forms of reply
            "\\brepeat after me\\b|\\bsprich mir nach\\b|\\brépète après moi\\b",
            "\\b(confirm|acknowledge) (this |it )?by (saying|typing)\\b",
            "\\b(start|begin|end) (every|each|all|your) (answers?|responses?|replies|reply|messages?|sentences?) with\\b",
            "\\bwhat matters is that you (say|write|reply|answer)\\b|\\byou (must|have to|need to) (say|write|print|reply|answer with) [\"']",
            "\\b(antwortest|antworte|sprichst|sprich|schreibst) du (nur noch|ab jetzt|ab sofort|nur)\\b|\\bdu (antwortest|sprichst|schreibst) (nur noch|ab jetzt|ab sofort)\\b");

    /** The rule families, in the order of {@link #signals}: what a decision record names as the rule that fired. */
    public static final List<String> RULES = List.of("override", "role", "extraction", "dictation");

    private PromptInjectionDetector() {
    }

    /** True when the text tries to change the assistant's instructions, role or output, or to extract its prompt. */
    public static boolean detect(String text) {
        return rule(text).isPresent();
    }

    /** The first rule family that fires on the text, if any. */
    public static Optional<String> rule(String text) {
        return rule(signals(text));
    }

    /** The same from the signals already computed ({@link #signals}): the patterns are not run twice. */
    public static Optional<String> rule(double[] s) {
        for (int i = 0; i < s.length; i++) {
            if (s[i] > 0) {
                return Optional.of(RULES.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * "You are useless, this is ridiculous" and "you are the worst bot ever" open like a role assignment ("You are
     * a travel agent...") but are complaints: with strong frustration words or abuse in the message the role rule
     * stays silent and the frustration and abuse guards, which hand over to a person, decide. The classifier and the
     * other rule families still see the message.
     */
    private static boolean complaintAboutTheBot(String text) {
        double[] sentiment = SentimentScorer.signals(text);
        return sentiment[0] > 0 || sentiment[3] > 0;
    }

    /** One 0/1 signal per rule family: features of the learned prompt-injection classifier. */
    public static double[] signals(String text) {
        String t = Patterns.normalize(text);
        return new double[]{
                OVERRIDE.foundIn(t) && overrideIsAboutInstructions(t) ? 1 : 0,
                ROLE.foundIn(t) && !complaintAboutTheBot(text) ? 1 : 0,
                EXTRACTION.foundIn(t) && !rulesOfABankingTopic(t) ? 1 : 0,
                DICTATION.foundIn(t) ? 1 : 0};
    }

    // "Forget my card in an ATM" is a banking question, not an injection: the override needs an object like
    // instructions, everything, above, previous.
    private static boolean overrideIsAboutInstructions(String t) {
        if (CUSTOMERS_OWN_ITEM.matcher(t).find() && !INSTRUCTION_WORDS.matcher(t).find()) {
            return false;
        }
        return !t.matches(".*\\b(card|pin|passcode|password|phone|wallet|money|atm)\\b.*")
                || t.matches(".*\\b(instructions?|prompt|rules|anweisung\\w*|everything|alles|previous|vorherig\\w*)\\b.*");
    }

    // Round 9 (issue 14): "ignore the previous payment", "please ignore my previous message", "disregard the earlier
    // transaction" correct the customer's own earlier message or a banking item: no instructions are discarded.
    private static final Pattern CUSTOMERS_OWN_ITEM = Pattern.compile(
            "\\b(ignore|disregard|forget|skip|drop|never mind)\\b (about )?(my|the|that|this|our) ((previous|last|earlier|prior|other|first|second|old|recent) )?"
                    + "(payments?|transactions?|transfers?|charges?|messages?|questions?|requests?|emails?|orders?|direct debits?|standing orders?|bills?|invoices?|deposits?|withdrawals?|top-?ups?|refunds?|texts?|cards?|statements?|purchases?)\\b");
    private static final Pattern INSTRUCTION_WORDS = Pattern.compile(
            "\\b(instructions?|prompts?|rules|guidelines|directives|programming|everything|all (of )?(the |your )?(above|previous)|the above|anweisung\\w*|alles|role|task|tasks)\\b");

    // Round 9 (issue 14): "what are the instructions for activating my card", "tell me the rules for international
    // transfers" ask about a banking topic, not for the assistant's own prompt: rules or instructions *for* a topic
    // other than the assistant, with nothing pointing at a hidden, given or system text.
    private static boolean rulesOfABankingTopic(String t) {
        return TOPIC_RULES.matcher(t).find() && !ASSISTANTS_OWN_TEXT.matcher(t).find();
    }

    private static final Pattern TOPIC_RULES = Pattern.compile(
            "\\b(rules|instructions|guidelines) (for|on|about|regarding|to) (?!(you|yourself|this (bot|chat|chatbot|assistant|conversation|ai)|the (bot|chatbot|assistant|ai|model|conversation))\\b)");
    private static final Pattern ASSISTANTS_OWN_TEXT = Pattern.compile(
            "\\b(prompts?|system|hidden|secret|confidential|given|told|initial|original|above|before|your (own )?(instructions|rules|guidelines))\\b");
}
