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
     * Round 35: Spanish, Italian, Portuguese and Polish function words. Words that are also English ("a", "i", "do", "to",
     * "me", "no", "come") are left out, as above.
     */
    private static final Set<String> SPANISH_ITALIAN_PORTUGUESE_POLISH = Set.of(
            // Spanish
            "el", "la", "los", "las", "y", "es", "está", "mi", "mis", "yo", "que", "de", "del", "en", "por", "para", "con",
            "una", "un", "se", "lo", "al", "ya", "pero", "cómo", "qué", "hay", "he", "ha", "han", "su", "sus", "usted",
            // Italian
            "il", "gli", "le", "di", "della", "dei", "che", "è", "e", "non", "mio", "mia", "miei", "mie", "io", "ho",
            "per", "da", "sono", "si", "ma", "nel", "nella", "alla", "già", "ancora", "più",
            // Portuguese
            "o", "os", "as", "dos", "das", "é", "não", "meu", "minha", "meus", "minhas", "eu", "um", "uma", "em", "na",
            "há", "já", "como",
            // Polish
            "w", "z", "nie", "jest", "są", "się", "że", "mój", "moja", "moje", "mojego", "mojej", "moją", "mnie", "od", "za",
            "po", "jak", "czy", "ja", "już", "dla", "ze", "co");

    /**
     * Round 35: the writer speaking of themselves or to the bank formally in those languages. Spanish, Italian and
     * Portuguese drop the pronoun, so the first person of the verbs a complaint starts with counts too ("Llevo tres
     * semanas", "Sto aspettando", "Estou à espera"), and a Polish past tense in "-łem" / "-łam" ({@link #FIRST_PERSON_PAST}).
     */
    private static final Set<String> SELF_OR_FORMAL_SOUTH_AND_POLISH = Set.of(
            "mi", "mis", "me", "yo", "usted", "ustedes", "nos", "nuestro", "nuestra", "he", "hemos", "estoy", "tengo", "llevo",
            "espero", "quiero", "necesito", "puedo", "soy",
            "io", "mio", "mia", "miei", "mie", "ho", "sono", "sto", "aspetto", "vorrei", "posso", "devo", "abbiamo", "nostro",
            "nostra",
            "eu", "meu", "minha", "meus", "minhas", "estou", "tenho", "quero", "preciso", "sou", "perdi", "esqueci", "nosso",
            "nossa",
            "ja", "mój", "moja", "moje", "mojego", "mojej", "moją", "moim", "moich", "mnie", "mam", "jestem", "czekam", "chcę",
            "mogę", "muszę", "pan", "pani", "państwo");

    /**
     * Round 35: the reader addressed informally, or an informal command, in those languages. Third persons that a
     * complaint uses ("el banco no responde", "l'app mostra", "o sistema diz") are left out.
     */
    private static final Set<String> INFORMAL_SOUTH_AND_POLISH = Set.of(
            "tú", "tu", "tus", "te", "ti", "contigo", "eres", "olvida", "ignora", "dime", "muéstrame", "escribe", "finge",
            "actúa", "dame", "haz",
            "tuo", "tua", "tuoi", "tue", "dimentica", "dimmi", "scrivi", "mostrami", "rivelami", "dammi", "rispondi", "ripeti",
            "fingi", "comportati",
            "teu", "teus", "tuas", "és", "esquece",
            "ty", "ci", "cię", "ciebie", "tobie", "twój", "twoja", "twoje", "twojego", "twojej", "twoją", "twoim", "twoich",
            "jesteś", "zignoruj", "zapomnij", "pokaż", "podaj", "napisz", "powiedz", "udawaj", "odpowiadaj", "odpowiedz",
            "powtórz", "wypisz");

    /** A Polish first person in the past tense ("zgubiłem", "czekałam"). */
    private static boolean firstPersonPast(String lower) {
        return lower.length() >= 5 && (lower.endsWith("łem") || lower.endsWith("łam"));
    }

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
            "livret", "solde",
            // Round 35: Spanish, Italian, Portuguese, Polish ("cuenta" apart: "darse cuenta" is not an account)
            "tarjeta", "transferencia", "comisi", "recibo", "extracto", "préstamo", "hipoteca", "domiciliaci", "nómina",
            "cajero", "devoluci", "reembolso", "bonifico", "commission", "estratto", "prestito", "mutuo", "addebit",
            "accredit", "rimborso", "pagament", "bancomat", "prelievo", "cartão", "cartões", "transferência", "extrato",
            "empréstimo", "levantamento", "débito", "crédito", "rachun", "przelew", "opłat", "prowizj", "wypłat", "kredyt",
            "pożyczk", "bankomat"};

    /** Whole words that are banking things but too short or too common to match inside other words. */
    private static final Set<String> ACCOUNT_WORDS = Set.of("pin", "tan", "iban", "frais", "rib", "comptes",
            // Round 35 (whole words: "conta" is inside "contato", "kont" inside "kontakt")
            "cuentas", "conto", "conti", "carta", "conta", "contas", "taxa", "taxas", "cargo", "pago", "konta", "koncie", "kont",
            "kontem", "karta", "karty", "kartę", "karcie", "kartą", "zwrot", "blik");

    /**
     * Round 32: the customer's own earlier message, letter or request ("Bitte ignorieren Sie die Adresse in meinem letzten
     * Schreiben", "negeer mijn vorige bericht", "oubliez ma demande de ce matin") counts as the customer's own banking
     * when a possessive stands one or two words before it: correcting oneself is not a task for the assistant.
     */
    private static final Set<String> OWN_MESSAGE = Set.of("nachricht", "schreiben", "anfrage", "mail", "brief",
            "mitteilung", "bericht", "mailtje", "aanvraag", "vraag", "message", "courrier", "demande", "lettre", "courriel",
            // Round 35
            "mensaje", "pregunta", "correo", "solicitud", "messaggio", "domanda", "richiesta", "mensagem", "pergunta",
            "pedido", "wiadomość", "pytanie", "prośbę", "zapytanie");
    private static final Set<String> POSSESSIVE = Set.of("mein", "meine", "meinem", "meinen", "meiner", "meines", "unser",
            "unsere", "unserem", "unseren", "unserer", "mijn", "ons", "onze", "mon", "ma", "mes", "notre", "nos",
            // Round 35
            "mi", "mis", "mio", "mia", "miei", "mie", "meu", "minha", "meus", "minhas", "mój", "moja", "moją", "moje", "mojej",
            "mojego", "nuestro", "nuestra", "nostro", "nostra", "nosso", "nossa", "nasz", "nasza", "naszą");

    /** A task or role given to the assistant: the shape of deepset's injections in these languages (lower-cased). */
    private static final Set<String> TASK_WORDS = Set.of("aufgabe", "aufgaben", "fungieren", "fungiert", "agieren", "rolle",
            "rollen", "aufsatz", "essay", "begründung", "überschrift", "gedicht", "geschichte", "witz", "schauspieler",
            "anweisungen", "systemvorgaben", "prompt", "taak", "opdracht", "rol", "verhaal", "instructies", "tâche", "rôle",
            "poème", "discours", "consignes", "instructions", "essai",
            // Round 35 ("instrucciones", "istruzioni", "instruções", "instrukcja" are not: a card's activation
            // instructions are the customer's own banking; the rules catch "ignore all previous instructions")
            "tarea", "poema", "ensayo", "cuento", "compito", "ruolo", "poesia", "saggio", "racconto", "tarefa",
            "redação", "zadanie", "rola", "rolę", "rolą", "wiersz", "esej", "opowiadanie");

    /** Stems of a task or role word inside a compound ("Prompt-Texte", "Systemprompt", "Hauptrolle"). */
    private static final String[] TASK_STEMS = {"prompt", "rolle"};

    /** Formal commands injections start a sentence with ("Antworten Sie ...", "Tun Sie so, als ..."). */
    private static final Set<String> FORMAL_TASK_VERBS = Set.of("antworten", "verfassen", "formulieren", "spielen", "tun",
            "wiederholen", "übersetzen", "generieren", "erfinden", "verhalten");

    /** "Ignore / forget" ... */
    private static final Set<String> DROP_VERBS = Set.of("ignorieren", "vergessen", "vergeet", "negeer", "negeren",
            "oubliez", "ignorez",
            "ignore", "ignoren", "ignorad", "olvide", "olviden", "olvidad", "ignori", "ignorate", "dimentichi", "dimenticate",
            "ignorem", "esqueça", "esqueçam", "zignoruj", "zignorujcie", "zignorować", "zapomnij", "zapomnijcie");
    /** ... next to "all / previous / above" (plural forms: "my previous message" stays ordinary). */
    private static final Set<String> DROP_ALL = Set.of("alle", "alles", "sämtliche", "bisherigen", "vorherigen", "obigen",
            "vorangegangenen", "eerdere", "toutes", "tous", "précédentes", "précédents",
            "todas", "todos", "anteriores", "tutte", "tutti", "precedenti", "wszystkie", "wszystkich", "poprzednie",
            "poprzednich", "wcześniejsze");

    /** The words before "compte" that make it "take into account", not a bank account. */
    private static final Set<String> TENIR = Set.of("tenir", "tiens", "tient", "tenez", "tenu", "tenant", "tenons");
    /** Round 35: the words before "cuenta" that make it "realise" ("me di cuenta"), not a bank account. */
    private static final Set<String> DARSE = Set.of("di", "dio", "doy", "da", "das", "dado", "dimos", "dieron");

    private OtherLanguage() {
    }

    /**
     * Round 35: an ordinary message in German, Dutch or French ({@link #ordinaryGermanDutchOrFrench}) or in Spanish,
     * Italian, Portuguese or Polish ({@link #ordinarySpanishItalianPortugueseOrPolish}). Two passes over the text.
     */
    static boolean ordinaryOtherLanguage(String text) {
        return ordinaryGermanDutchOrFrench(text) || ordinarySpanishItalianPortugueseOrPolish(text);
    }

    /**
     * Mostly German, Dutch or French (more of their function words than English ones, at least two), about oneself or
     * formal, and with no informal address or command.
     */
    static boolean ordinaryGermanDutchOrFrench(String text) {
        return ordinary(text, GERMAN_DUTCH_FRENCH, SELF_OR_FORMAL::contains, INFORMAL, true);
    }

    /**
     * Round 35: the same test for Spanish, Italian, Portuguese and Polish: the English-trained classifiers handed over
     * a Spanish complaint about waiting and refused "He olvidado las instrucciones de activación" on their own.
     */
    static boolean ordinarySpanishItalianPortugueseOrPolish(String text) {
        return ordinary(text, SPANISH_ITALIAN_PORTUGUESE_POLISH,
                lower -> SELF_OR_FORMAL_SOUTH_AND_POLISH.contains(lower) || firstPersonPast(lower), INFORMAL_SOUTH_AND_POLISH, false);
    }

    /**
     * One pass over the words: more of the language's function words than English ones (at least two), a word about
     * oneself or formal (German "Sie" by its capital inside a sentence, when {@code formalSie}), no informal word.
     */
    private static boolean ordinary(String text, Set<String> functionWords, java.util.function.Predicate<String> selfOrFormalWord,
            Set<String> informalWords, boolean formalSie) {
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
            if (i - start <= 12) {
                String word = text.substring(start, i);
                String lower = word.toLowerCase(Locale.ROOT);
                english += ENGLISH.contains(lower) ? 1 : 0;
                other += functionWords.contains(lower) ? 1 : 0;
                selfOrFormal |= selfOrFormalWord.test(lower) || (formalSie && !sentenceStart && word.equals("Sie"));
                informal |= informalWords.contains(lower);
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
        if (!ordinaryOtherLanguage(text)) {
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
            if (ACCOUNT_WORDS.contains(lower) || (lower.equals("compte") && !TENIR.contains(previous))
                    || (lower.equals("cuenta") && !DARSE.contains(previous)) || containsAny(lower, ACCOUNT_STEMS)) {
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
