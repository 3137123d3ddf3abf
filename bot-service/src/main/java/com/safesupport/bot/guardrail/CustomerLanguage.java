package com.safesupport.bot.guardrail;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Round 46 (issue 14), re-applied by round 47 (bh47): the language a customer message is written in, when it is one the knowledge base does not serve
 * — German, Dutch, French, Spanish, Italian, Portuguese or Polish ({@code de, nl, fr, es, it, pt, pl}); empty for
 * English and for anything too short to tell ("ok", "thanks", "merci", an IBAN, a name).
 *
 * <p>Each language has a list of its function words and everyday words of a support message; a word counts for every
 * language that lists it, and a letter only one of them writes ("ß", "ł", "ñ", "ã") counts once for it. A language is
 * named when it has at least {@link #MIN_WORDS} words, more than English and more than any other language. Word lists,
 * not a library: the detector must run in the native image without reflection or resource-loading trouble, and a
 * statistical detector (e.g. optimaize language-detector 0.6, n-gram profiles loaded at start, Guava beneath) names a
 * language for any input, also for "ok" or an IBAN, where these lists say nothing. One pass over the text, a set
 * look-up per word; the first {@link #READ} characters are read.
 */
public final class CustomerLanguage {

    /** Fewer words than this say nothing about the language ("Juan de la Cruz" has two Spanish ones). */
    static final int MIN_WORDS = 3;
    /** Only the first characters are read: a language shows in the first sentences. */
    static final int READ = 600;

    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "are", "to", "of", "for", "on", "my", "your",
            "you", "i", "it", "that", "this", "with", "what", "how", "be", "do", "not", "have", "can", "please", "me", "would",
            "should", "will", "from", "about", "is", "was", "why", "when", "there", "has", "been", "card", "account", "money",
            "thanks", "thank", "hi", "hello", "yesterday", "today", "still", "again", "but", "or", "if", "we", "they", "he",
            "she", "at", "by", "get", "got", "did", "does", "don't", "can't", "i'm", "i've", "payment", "transfer");

    private static final Map<String, Set<String>> WORDS = Map.of(
            "de", Set.of("der", "das", "und", "ist", "ich", "nicht", "sie", "mein", "meine", "meinen", "meiner", "meinem",
                    "bitte", "ein", "eine", "einen", "einem", "für", "mit", "auf", "wie", "zu", "den", "dem", "des", "sich",
                    "es", "wir", "habe", "haben", "hat", "dass", "von", "bei", "auch", "noch", "mir", "mich", "ihnen", "ihr",
                    "im", "sind", "kann", "können", "könnte", "wurde", "warum", "wann", "wo", "kein", "keine", "schon",
                    "nach", "aber", "oder", "sehr", "heute", "gestern", "jetzt", "hallo", "guten", "tag", "danke", "karte",
                    "konto", "geld", "ihre", "ihrem", "immer", "wieder", "frage", "möchte", "würde", "seit",
                    "woche", "überweisung", "nur", "am", "vom", "zum", "zur", "über", "einer"),
            "nl", Set.of("de", "het", "een", "en", "ik", "mijn", "je", "u", "uw", "van", "voor", "niet", "op", "wat", "hoe",
                    "dat", "naar", "met", "zijn", "heb", "mij", "moet", "om", "te", "er", "al", "nog", "geen", "maar", "ook",
                    "kan", "wil", "graag", "bij", "hallo", "goedemiddag", "goedemorgen", "waarom", "wanneer", "nu",
                    "gisteren", "vandaag", "morgen", "rekening", "pas", "betaalpas", "kaart", "geld", "jullie", "ben", "is",
                    "wordt", "werd", "heeft", "hebben", "dank", "bedankt", "vraag", "sinds", "weken", "dagen", "overboeking",
                    "steeds", "kunnen", "kunt", "welke", "mee", "dit", "deze", "die", "daar", "hier", "wel", "toch"),
            "fr", Set.of("le", "la", "les", "un", "une", "et", "est", "je", "j", "vous", "mon", "ma", "mes", "pour", "pas",
                    "que", "qui", "sur", "dans", "avec", "il", "elle", "au", "aux", "ai", "du", "des", "ce", "cette", "mais",
                    "ou", "bonjour", "merci", "pourquoi", "comment", "quand", "carte", "compte", "votre", "vos", "suis", "n",
                    "d", "l", "qu", "c", "m", "s", "ne", "plus", "été", "très", "déjà", "encore", "aujourd", "hier", "matin",
                    "semaine", "virement", "argent", "depuis", "fait", "avez", "peux", "pouvez", "faire", "chez", "moi", "y",
                    "en", "paiement", "refusé", "banque", "toujours"),
            "es", Set.of("el", "la", "los", "las", "y", "es", "está", "mi", "mis", "yo", "que", "de", "del", "en", "por",
                    "para", "con", "una", "un", "se", "lo", "al", "ya", "pero", "cómo", "qué", "hay", "he", "ha", "han", "su",
                    "sus", "usted", "hola", "gracias", "tarjeta", "cuenta", "cuánto", "cuál", "porque", "muy", "también",
                    "dinero", "ayer", "hoy", "semana", "semanas", "cuando", "dónde", "puedo", "puede", "quiero", "tengo",
                    "llevo", "estoy", "sido", "todavía", "vale", "transferencia", "pago", "me", "le", "os", "vosotros",
                    "banco", "cobrado", "veces", "misma", "mismo", "sin", "favor", "podría", "esta", "este", "eso", "esto",
                    "esa", "ese", "esas", "esos", "nada", "nadie", "nunca", "hace", "ni", "respuesta", "pregunta"),
            "it", Set.of("il", "gli", "le", "di", "della", "dei", "che", "è", "e", "non", "mio", "mia", "miei", "mie", "io",
                    "ho", "per", "da", "sono", "si", "ma", "nel", "nella", "alla", "già", "ancora", "più", "un", "una", "lo",
                    "la", "mi", "ciao", "buongiorno", "grazie", "carta", "conto", "perché", "quando", "del", "al", "dal",
                    "sul", "ieri", "oggi", "settimana", "soldi", "bonifico", "posso", "vorrei", "come", "anche", "questo",
                    "questa", "ci", "ne", "hanno", "stato", "stata", "fa", "fatto", "vostro", "vostra", "pagamento", "banca",
                    "mese", "essere", "molto", "cosa", "qualcuno",
                    // Round 50 (bh50): common Italian verbs and adverbs, so a short Italian opening is named
                    "faccio", "fare", "dopo", "troppo", "troppi", "tutto", "sempre", "devo", "può", "puoi", "voglio", "senza"),
            "pt", Set.of("o", "os", "as", "dos", "das", "é", "não", "meu", "minha", "meus", "minhas", "eu", "um", "uma",
                    "em", "na", "no", "há", "já", "como", "de", "do", "da", "que", "para", "por", "com", "se", "olá",
                    "obrigado", "obrigada", "cartão", "conta", "você", "vocês", "ontem", "hoje", "semana", "semanas",
                    "dinheiro", "quando", "porque", "posso", "pode", "quero", "tenho", "estou", "foi", "ainda", "mais",
                    "vossa", "vosso", "seu", "sua", "isto", "isso", "ao", "à", "pela", "pelo", "transferência", "pagamento",
                    "banco", "dias", "também", "muito", "está", "bem", "então", "até", "alguém", "fiz", "noite"),
            "pl", Set.of("w", "z", "nie", "jest", "są", "się", "że", "mój", "moja", "moje", "mojej", "mojego", "moją",
                    "mnie", "mi", "od", "za", "po", "jak", "czy", "ja", "już", "dla", "ze", "co", "na", "mam", "karta",
                    "karty", "kartę", "karcie", "konto", "koncie", "dzień", "dobry", "proszę", "dziękuję", "dzięki", "pytanie",
                    "przelew", "pieniądze", "wczoraj", "dzisiaj", "tydzień", "tygodnie", "temu", "mogę", "można", "jeszcze",
                    "bardzo", "ale", "tak", "też", "tego", "to", "ten", "ta", "o", "sprawie", "aplikacji", "bank", "banku",
                    "chcę", "jestem", "był", "była", "było", "tym", "ile", "kiedy", "dlaczego", "gdzie"));

    /** Letters that, among these languages, one of them alone writes. */
    private static final Map<Character, String> OWN_LETTERS = Map.ofEntries(
            Map.entry('ß', "de"), Map.entry('ł', "pl"), Map.entry('ś', "pl"), Map.entry('ż', "pl"), Map.entry('ź', "pl"),
            Map.entry('ą', "pl"), Map.entry('ę', "pl"), Map.entry('ć', "pl"), Map.entry('ń', "pl"), Map.entry('ñ', "es"),
            Map.entry('¿', "es"), Map.entry('¡', "es"), Map.entry('ã', "pt"), Map.entry('õ', "pt"), Map.entry('ì', "it"),
            Map.entry('ò', "it"), Map.entry('ë', "nl"));

    /** Order for a tie in letters and words: none is preferred, a tie names no language (see {@link #of}). */
    private static final String[] CODES = {"de", "nl", "fr", "es", "it", "pt", "pl"};

    private CustomerLanguage() {
    }

    /**
     * The ISO 639-1 code of the message's language if it is one of {@code de, nl, fr, es, it, pt, pl} and the message
     * says so clearly; empty for English, for a short or unclear message and for a tie between two languages.
     */
    public static Optional<String> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.length() > READ ? text.substring(0, READ) : text;
        String lower = t.toLowerCase(Locale.ROOT);
        int[] counts = new int[CODES.length];
        int english = 0;
        int words = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = lower.substring(start, i);
                words++;
                if (ENGLISH.contains(word)) {
                    english++;
                }
                for (int l = 0; l < CODES.length; l++) {
                    if (WORDS.get(CODES[l]).contains(word)) {
                        counts[l]++;
                    }
                }
                start = -1;
            }
            String own = OWN_LETTERS.get(c);
            if (own != null) {
                counts[indexOf(own)]++;
            }
        }
        int best = -1;
        int second = 0;
        for (int l = 0; l < CODES.length; l++) {
            if (best < 0 || counts[l] > counts[best]) {
                if (best >= 0) {
                    second = Math.max(second, counts[best]);
                }
                best = l;
            } else {
                second = Math.max(second, counts[l]);
            }
        }
        if (words < MIN_WORDS || counts[best] < MIN_WORDS || counts[best] <= english || counts[best] == second) {
            return Optional.empty();
        }
        return Optional.of(CODES[best]);
    }

    private static int indexOf(String code) {
        for (int l = 0; l < CODES.length; l++) {
            if (CODES[l].equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
