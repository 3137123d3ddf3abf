package com.safesupport.bot.guardrail;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a message reads like an ordinary German, Dutch or French customer message: mostly that language's function
 * words ("ich", "bitte", "mijn", "vous"; English "the", "my", "please" count against), written about oneself or to the
 * bank formally ("ich", "mein", "Sie", "vous", "u", "j'"), and nowhere addressing the reader informally ("du", "dein",
 * "jij", "tu") or with an informal command ("schreib", "vergiss", "antworte", "oublie", "écris"), as the injections in
 * these languages do. The injection classifier learned these languages from deepset's rows, where German is almost
 * only injections or general questions, so an ordinary German support message about changed rules or an earlier
 * message to ignore scores like an injection (issue 14, round 24). Words that are also English ("die", "was", "is",
 * "in", "me", "an") count for neither language. One pass over the text, a set look-up per word.
 *
 * <p>Round 28: round 24's test lost one deepset injection written formally, so the message must also be about the
 * customer's own banking (an account, card, transfer, limit, fee ... noun, compounds included: "Kreditkarte",
 * "Echtzeitüberweisung", "spaarrekening") and carry no task given to the assistant: no task or role word ("Aufgabe",
 * "fungieren", "Rolle", "Aufsatz", "Prompt", "taak", "tâche", "rôle", ...), no formal command of the kind injections use
 * at a sentence's start ("Antworten Sie", "Verfassen Sie", "Tun Sie so", "Spielen Sie"), and no "ignore / forget" next to
 * "all / previous / above" ("Ignorieren Sie alle bisherigen ..."; not "Bitte ignorieren Sie meine letzte Nachricht").
 * Deepset's German train injections in formal form ("Ich möchte, dass Sie als ... fungieren", "Alle vorherigen
 * Informationen, die Sie erhalten haben ...") name no banking noun, or a task word.
 */
final class OtherLanguage {

    private static final Set<String> ENGLISH = Set.of("the", "a", "and", "are", "to", "of", "for", "on", "my", "your", "you",
            "i", "it", "that", "this", "with", "what", "how", "be", "do", "not", "have", "can", "please", "me", "would",
            "should", "will", "from", "about");

    private static final Set<String> GERMAN_DUTCH_FRENCH = Set.of(
            // German
            "der", "das", "und", "ist", "ich", "nicht", "sie", "du", "mein", "meine", "meinen", "meiner", "bitte", "ein",
            "eine", "einen", "für", "mit", "auf", "wie", "zu", "den", "dem", "des", "sich", "es", "wir", "habe", "haben",
            "dass", "von", "bei", "auch", "noch", "mir", "mich", "dir", "dich", "ihnen", "ihr", "im", "sind", "soll", "kann",
            // Dutch
            "de", "het", "een", "en", "ik", "mijn", "je", "jij", "u", "van", "voor", "niet", "op", "wat", "hoe", "dat",
            "naar", "met", "zijn", "heb", "mij", "moet", "om", "te", "er",
            // French (du, je and des are listed above)
            "le", "la", "les", "un", "une", "et", "est", "tu", "vous", "mon", "ma", "mes", "ton", "ta", "tes", "pour",
            "pas", "que", "qui", "sur", "dans", "avec", "il", "elle", "à", "au", "ai");

    /** The writer speaking of themselves, or to the bank formally (lower-cased; "Sie" is checked by its capital). */
    private static final Set<String> SELF_OR_FORMAL = Set.of("ich", "mein", "meine", "meinen", "meinem", "meiner", "meines",
            "ihnen", "ik", "mijn", "u", "uw", "vous", "votre", "vos", "mon", "ma", "mes", "j");

    /** The reader addressed informally, or told to do something in the informal imperative (German, French). */
    private static final Set<String> INFORMAL = Set.of("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner",
            "deines", "euch", "jij", "jou", "jouw", "tu", "toi", "ton", "ta", "tes",
            "schreib", "schreibe", "erfinde", "antworte", "beantworte", "gib", "sag", "sage", "vergiss", "ignoriere", "hör",
            "höre", "fasse", "zeig", "zeige", "wiederhole", "nenne", "erzähl", "erzähle", "stell", "lass", "mach", "mache",
            "spiel", "spiele", "verfasse", "formuliere",
            "oublie", "écris", "dis", "donne", "répète", "fais", "montre", "joue", "réponds", "ignore");

    /**
     * Stems of the customer's own banking things, matched inside a lower-cased word (compounds: "sparkonto",
     * "kreditkarte", "spaarrekening", "prélèvements").
     */
    private static final String[] ACCOUNT_STEMS = {
            // German
            "konto", "karte", "überweisung", "lastschrift", "dauerauftrag", "limit", "dispo", "gebühr", "abhebung",
            "gutschrift", "zinsen", "kredit", "depot", "sparbuch", "zahlung", "abbuchung", "guthaben", "tagesgeld", "festgeld",
            "verfügungsrahmen",
            // Dutch
            "rekening", "pinpas", "bankpas", "kaart", "overboeking", "overschrijving", "limiet", "afschrijving", "incasso",
            "rente", "betaling", "storting", "saldo",
            // French ("compte" apart: "tenir compte de" is not an account)
            "carte", "virement", "plafond", "prélèvement", "retrait", "relevé", "paiement", "découvert", "chéquier",
            "livret", "solde"};

    /** Whole words that are banking things but too short or too common to match inside other words. */
    private static final Set<String> ACCOUNT_WORDS = Set.of("pin", "tan", "iban", "frais", "rib", "comptes");

    /**
     * Round 32: the customer's own earlier message, letter or request ("Bitte ignorieren Sie die Adresse in meinem letzten
     * Schreiben", "negeer mijn vorige bericht", "oubliez ma demande de ce matin") counts as the customer's own banking
     * when a possessive stands one or two words before it: correcting oneself is not a task for the assistant.
     */
    private static final Set<String> OWN_MESSAGE = Set.of("nachricht", "schreiben", "anfrage", "mail", "brief",
            "mitteilung", "bericht", "mailtje", "aanvraag", "vraag", "message", "courrier", "demande", "lettre", "courriel");
    private static final Set<String> POSSESSIVE = Set.of("mein", "meine", "meinem", "meinen", "meiner", "meines", "unser",
            "unsere", "unserem", "unseren", "unserer", "mijn", "ons", "onze", "mon", "ma", "mes", "notre", "nos");

    /** A task or role given to the assistant: the shape of deepset's injections in these languages (lower-cased). */
    private static final Set<String> TASK_WORDS = Set.of("aufgabe", "aufgaben", "fungieren", "fungiert", "agieren", "rolle",
            "rollen", "aufsatz", "essay", "begründung", "überschrift", "gedicht", "geschichte", "witz", "schauspieler",
            "anweisungen", "systemvorgaben", "prompt", "taak", "opdracht", "rol", "verhaal", "instructies", "tâche", "rôle",
            "poème", "discours", "consignes", "instructions", "essai");

    /** Stems of a task or role word inside a compound ("Prompt-Texte", "Systemprompt", "Hauptrolle"). */
    private static final String[] TASK_STEMS = {"prompt", "rolle"};

    /** Formal commands injections start a sentence with ("Antworten Sie ...", "Tun Sie so, als ..."). */
    private static final Set<String> FORMAL_TASK_VERBS = Set.of("antworten", "verfassen", "formulieren", "spielen", "tun",
            "wiederholen", "übersetzen", "generieren", "erfinden", "verhalten");

    /** "Ignore / forget" ... */
    private static final Set<String> DROP_VERBS = Set.of("ignorieren", "vergessen", "vergeet", "negeer", "negeren",
            "oubliez", "ignorez");
    /** ... next to "all / previous / above" (plural forms: "my previous message" stays ordinary). */
    private static final Set<String> DROP_ALL = Set.of("alle", "alles", "sämtliche", "bisherigen", "vorherigen", "obigen",
            "vorangegangenen", "eerdere", "toutes", "tous", "précédentes", "précédents");

    /** The words before "compte" that make it "take into account", not a bank account. */
    private static final Set<String> TENIR = Set.of("tenir", "tiens", "tient", "tenez", "tenu", "tenant", "tenons");

    private OtherLanguage() {
    }

    /**
     * Mostly German, Dutch or French (more of their function words than English ones, at least two), about oneself or
     * formal, and with no informal address or command.
     */
    static boolean ordinaryGermanDutchOrFrench(String text) {
        int english = 0;
        int other = 0;
        boolean selfOrFormal = false;
        boolean informal = false;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':') {
                    sentenceStart = true;
                }
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            // Function words are short; a longer run of letters is in no list.
            if (i - start <= 10) {
                String word = text.substring(start, i);
                String lower = word.toLowerCase(Locale.ROOT);
                english += ENGLISH.contains(lower) ? 1 : 0;
                other += GERMAN_DUTCH_FRENCH.contains(lower) ? 1 : 0;
                selfOrFormal |= SELF_OR_FORMAL.contains(lower) || (!sentenceStart && word.equals("Sie"));
                informal |= INFORMAL.contains(lower);
            }
            sentenceStart = false;
        }
        return other >= 2 && other > english && selfOrFormal && !informal;
    }

    /**
     * Round 28: an ordinary German, Dutch or French message ({@link #ordinaryGermanDutchOrFrench}) that is about the
     * customer's own banking and gives the assistant no task (see the class comment). One pass over the words; each
     * word is compared with a fixed number of stems, so the cost is linear in the text.
     */
    static boolean ordinaryAccountMessage(String text) {
        if (!ordinaryGermanDutchOrFrench(text)) {
            return false;
        }
        boolean account = false;
        boolean task = false;
        boolean drop = false;
        boolean dropAll = false;
        boolean sentenceStart = true;
        String previous = "";
        String beforePrevious = "";
        String sentenceVerb = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                    sentenceStart = true;
                    sentenceVerb = null;
                }
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = text.substring(start, i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (ACCOUNT_WORDS.contains(lower) || (lower.equals("compte") && !TENIR.contains(previous)) || containsAny(lower, ACCOUNT_STEMS)) {
                account = true;
            }
            if (OWN_MESSAGE.contains(lower) && (POSSESSIVE.contains(previous) || POSSESSIVE.contains(beforePrevious))) {
                account = true;
            }
            if (TASK_WORDS.contains(lower) || containsAny(lower, TASK_STEMS)) {
                task = true;
            }
            drop |= DROP_VERBS.contains(lower);
            dropAll |= DROP_ALL.contains(lower);
            // "Antworten Sie", "Bitte antworten Sie": a formal command at the start of a sentence.
            if (sentenceVerb != null && word.equals("Sie")) {
                task = true;
            }
            sentenceVerb = (sentenceStart || "bitte".equals(previous)) && FORMAL_TASK_VERBS.contains(lower) ? lower : null;
            if (!lower.equals("bitte")) {
                sentenceStart = false;
            }
            beforePrevious = previous;
            previous = lower;
        }
        return account && !task && !(drop && dropAll);
    }

    private static boolean containsAny(String word, String[] stems) {
        for (String stem : stems) {
            if (word.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
