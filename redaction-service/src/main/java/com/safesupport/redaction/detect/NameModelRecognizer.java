package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * People, places and NRP from the learned {@link NameModel}: one pass over the scan's word tokens. A span is a
 * run of tokens with the same type (B then I labels); its score is the model's mean probability over the run,
 * so the request's threshold trades recall for precision as for every other recogniser.
 */
public final class NameModelRecognizer implements Recognizer {

    private final NameModel model;
    /** Round rm3: the support model; its person runs where this model tags nothing, through {@link SupportNameGate}. */
    private final NameModel support;

    public NameModelRecognizer(NameModel model) {
        this(model, null);
    }

    public NameModelRecognizer(NameModel model, NameModel support) {
        this.model = model;
        this.support = support;
    }

    @Override
    public String name() {
        return "NameModelRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("PERSON", "LOCATION", "NRP");
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public String validator() {
        return "perceptron";
    }

    /** The model has already weighed the words around each span. */
    @Override
    public boolean scoresOwnContext() {
        return true;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        List<Tokens.Token> tokens = scan.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        // Our own tags ("<PERSON_1>") are not words of the text: the model reads around them.
        java.util.BitSet tags = scan.hasLessThan() ? Analyzer.tags(scan.text()) : null;
        if (tags != null) {
            tokens = tokens.stream().filter(t -> !tags.get(t.start())).toList();
        }
        // Words inside an e-mail address, a URL or a host name are that entity's, not a name or a place.
        // A chunk is a link only with '@', "//" or "www." in it: a text with none of them (most) is not walked.
        java.util.BitSet links = scan.hasAt() || scan.hasSlash() && scan.text().contains("//")
                || scan.hasDot() && scan.lower().contains("www.") ? links(scan.text()) : null;
        LanguagePack.ContextWords companies = scan.pack().words("@person.not-before");
        NameModel.Sentence sentence = model.sentence(scan, tokens);
        NameModel.Tagging tagging = model.tag(sentence);
        int[] labels = tagging.labels();
        float[] confidence = tagging.confidence();
        if (support != null) {
            // Round rm3: this model's labels stay as they are; the support model adds person runs only where the gate allows.
            SupportNameGate.merge(scan, sentence, labels, confidence, support.tag(sentence), model.lexicon());
        }
        java.util.BitSet coverage = scan.text().indexOf('?') >= 0 ? coverageQuestions(scan, sentence) : new java.util.BitSet();
        sitePlaces(scan, sentence, coverage);
        // Round 70: the places of rounds 57 and 68 (a service's reach, a journey's ends, a foreign site) drop place runs only,
        // never a run the model read as a person ("Jordan", "Austin", "Florence" are names as well as places).
        java.util.BitSet roles = new java.util.BitSet();
        servicePlaces(scan, sentence, roles);
        foreignSitePlaces(scan, sentence, roles);
        journeyPlaces(scan, sentence, roles);
        int i = 0;
        int lastUntagged = -1; // the last token no run took (round 71's given name before a run must be one)
        List<int[]> widen = null; // round 71: {index in out, start, end} of a given name to put in front of a person run
        while (i < labels.length) {
            int label = labels[i];
            if (label == 0) {
                lastUntagged = i;
                i++;
                continue;
            }
            int j = i + 1;
            double sum = confidence[i];
            while (j < labels.length && labels[j] == label + (label % 2 == 1 ? 1 : 0)
                    && (links == null || !links.get(sentence.token(j).start()))
                    && joined(scan.text(), sentence.token(j - 1).end(), sentence.token(j).start())) {
                sum += confidence[j];
                j++;
            }
            int named = j - i;
            String type = NameModel.TYPES[label];
            int start = sentence.token(i).start();
            if (links != null && links.get(start)) {
                i = j;
                continue;
            }
            if (type.equals("PERSON")) {
                // "Hyun-woo Kim": a hyphenated given name of short syllables right before the tagged family name.
                if (i > 0 && labels[i - 1] == 0 && hyphenatedGivenName(scan, sentence, i - 1, i)) {
                    i--;
                    start = sentence.token(i).start();
                    sum += confidence[j - 1];
                    named++;
                }
                // "Minh Anh Tran", "Wei Jie Lim" (round 34): the model tags the last two of three short syllables.
                if (i > 0 && j - i == 2 && labels[i - 1] == 0 && syllableBefore(scan, sentence, i - 1, i, links)) {
                    i--;
                    start = sentence.token(i).start();
                    sum += confidence[i + 1];
                    named++;
                }
                // "Tomasz Górecki" (round 46): the model tags the family name alone; an untagged capitalised word right
                // before it that the word lists know only as a given name (no English word, no place) joins the run.
                if (i > 0 && j - i == 1 && labels[i - 1] == 0 && givenNameOnlyBefore(scan, sentence, i - 1, i, links)) {
                    i--;
                    start = sentence.token(i).start();
                    sum += confidence[i + 1];
                    named++;
                }
                // "Tran, Minh Duc", "Singh, Harpreet Kaur" (round 39): a family name, its comma, then an untagged given name
                // right before the tagged one — the given name joins the run.
                if (i >= 2 && labels[i - 1] == 0 && surnameFirstGivenName(scan, sentence, labels, links, i)) {
                    i--;
                    start = sentence.token(i).start();
                    sum += confidence[i + 1];
                    named++;
                }
                // "S. Venkataraman", "J. R. Okafor": untagged initials (a capital and its dot) right before the run
                // belong to the name; at most three, so the look-back stays constant per run.
                // The model may have tagged the initial as a run of its own, a person or a place ("to K. Annan"): it joins all the same.
                for (int n = 0; n < 3 && i > 0 && initialBefore(scan.text(), sentence.token(i - 1), sentence.token(i)); n++) {
                    i--;
                    start = sentence.token(i).start();
                }
                // "Maria dos Santos", "Pieter van der Berg", "Ahmed bin Rashid": one name across its particles.
                int end = particleJoin(scan, sentence, labels, links, i, j);
                for (int k = j; k < end; k++) {
                    if (!particle(scan, sentence, k)) {
                        sum += confidence[k];
                        named++;
                    }
                }
                // "Khalid bin Saeed al-Mansouri": an untagged family name glued to its article ("al-", "el-") goes on the run.
                if (end < labels.length && labels[end] == 0 && gluedArticleName(scan, sentence, end)
                        && joined(scan.text(), sentence.token(end - 1).end(), sentence.token(end).start())
                        && (links == null || !links.get(sentence.token(end).start()))) {
                    sum += confidence[end - 1];
                    named++;
                    end++;
                }
                j = end;
                // Round 73: a name never ends on its particle ("Fleur de Wit", "Noor van Dijk-de Wit", "Lotte van der Berg"):
                // a run the model closed on one goes on, over at most two more particles, into the word after them.
                int after = afterEndingParticle(scan, sentence, labels, links, i, j);
                for (int k = j; k < after; k++) {
                    sum += confidence[j - 1];
                    named++;
                }
                j = after;
                // "Schmidt, Hans-Peter" (round 39): a family name, its comma and an untagged double given name of two
                // capitalised parts of three letters or more, at most one a common English word.
                if (j < labels.length && labels[j] == 0 && commaThenDoubleGivenName(scan, sentence, links, j)) {
                    sum += confidence[j - 1];
                    named++;
                    j++;
                }
                // "ELIF YILDIRIM REQUESTED …": in capitals the model often tags the given name alone; up to two untagged
                // words in capitals right after it, unknown to the English word lists or known as names at least as well,
                // with a vowel, continue the run.
                for (int n = 0; n < 2 && j < labels.length && labels[j] == 0 && sentence.token(j - 1).shape() == Tokens.Shape.UPPER
                        && sentence.token(j).shape() == Tokens.Shape.UPPER && sentence.token(j).end() - sentence.token(j).start() >= 3
                        && sentence.token(j).start() == sentence.token(j - 1).end() + 1
                        && (sentence.commonness(j) == 0 || sentence.nameEvidence(j) >= sentence.commonness(j))
                        && vowel(scan.lower(), sentence.token(j).start(), sentence.token(j).end())
                        && (links == null || !links.get(sentence.token(j).start())); n++) {
                    sum += confidence[j - 1];
                    named++;
                    j++;
                }
            }
            // "Drake PLC", "Mayo Road": a company or street word right after the run makes it no person; so does a
            // company or building word that closes a run of two words or more ("Victoria Plaza", "Mercedes Finance"
            // tagged whole; not "park", a family name as well as a place).
            // A company word on the next line is a form's next key ("Name: Efua Asante\nCompany: …", round 34), not the run's.
            if (type.equals("PERSON") && (j < sentence.size() && sentence.token(j).start() - sentence.token(j - 1).end() <= 2
                    && !lineBreak(scan.text(), sentence.token(j - 1).end(), sentence.token(j).start())
                    && companies.words().contains(scan.lower().substring(sentence.token(j).start(), sentence.token(j).end()))
                    || j - i > 1 && scan.pack().words("@person.not-ending").words()
                            .contains(scan.lower().substring(sentence.token(j - 1).start(), sentence.token(j - 1).end())))) {
                i = j;
                continue;
            }
            // Round 46: "PaymentService.java", "OrderController.handle(": a CamelCase identifier of ordinary English words,
            // written as code, names code, no person and no place.
            if ((type.equals("PERSON") || type.equals("LOCATION")) && codeIdentifierRun(scan, sentence, i, j)) {
                i = j;
                continue;
            }
            // Round 46: "Hoe lang duurt het …", "¿Hay tienda física …": lower-case words in mid-sentence, in a sentence its
            // writer opened with a capital, are no name unless a person context word stands before them.
            if (type.equals("PERSON") && lowerRunInCapitalisedSentence(scan, sentence, i, j)) {
                i = j;
                continue;
            }
            if (type.equals("PERSON") && !plausiblePerson(scan, sentence, labels, i, j)) {
                i = j;
                continue;
            }
            if ((type.equals("LOCATION") || type.equals("NRP")) && j < sentence.size()
                    && CURRENCY_WORDS.contains(scan.lower().substring(sentence.token(j).start(), sentence.token(j).end()))) {
                // "Russian rubles", "American dollars": money, not a place or a nationality.
                i = j;
                continue;
            }
            // "Canary Wharf Capital", "Mayfair Wealth": a place run closed by, or followed by, a company word is a company's name.
            if (type.equals("LOCATION") && (scan.pack().words("@place.not-ending").words()
                    .contains(scan.lower().substring(sentence.token(j - 1).start(), sentence.token(j - 1).end()))
                    || j < sentence.size() && sentence.token(j).start() - sentence.token(j - 1).end() <= 2
                            && scan.pack().words("@place.not-ending").words()
                                    .contains(scan.lower().substring(sentence.token(j).start(), sentence.token(j).end())))) {
                i = j;
                continue;
            }
            if (type.equals("LOCATION") && !plausiblePlace(scan, sentence, i, j)) {
                i = j;
                continue;
            }
            if (type.equals("PERSON") ? productOrLineNameOfPerson(scan, sentence, i, j) : productOrLineName(scan, sentence, i, j)) {
                i = j;
                continue;
            }
            // Round 56: "Quayle & Dunmore Ltd", "Pike & Rowe's GmbH": a name joined to another by an ampersand, the pair closed by
            // a company word, is a firm's name; "Ltd" alone is a legal form.
            if ((type.equals("PERSON") || type.equals("LOCATION")) && (ampersandFirm(scan, sentence, companies.words(), i, j)
                    || j - i == 1 && LEGAL_FORMS.contains(scan.lower().substring(start, sentence.token(i).end())))) {
                i = j;
                continue;
            }
            // Round 56: "Do you ship to Bergen, Norway?", "our shop in Tallinn": places the seller serves or has a site in,
            // no customer's address.
            if (coverage.get(i) && (type.equals("LOCATION") || type.equals("PERSON") && placeRun(sentence, i, j))) {
                i = j;
                continue;
            }
            if (roles.get(i) && type.equals("LOCATION")) {
                i = j;
                continue;
            }
            // Round 84: a greeting of another language opening the text, a line or a sentence, closed by its comma or '!'
            // ("Merhaba,", "Kia ora!"), greets; so does the Turkish "ben" ("I") right after it. Neither is a person or a place.
            boolean pronoun = type.equals("PERSON") && turkishPronounAfterGreeting(scan, sentence, i, j);
            if ((type.equals("PERSON") || type.equals("LOCATION")) && openingGreeting(scan, sentence, i, j) || pronoun && j - i == 1) {
                i = j;
                continue;
            }
            if (pronoun && start == sentence.token(i).start()) {
                start = sentence.token(i + 1).start(); // "ben Deniz Kocabaş" tagged whole: the name starts after "ben"
            }
            // Round 84: the label of an identifier right before its value ("PESEL 9…", "Natel 079 …", "T.C. kimlik no 3…",
            // "Slovenian IBAN SI…") names the value, no person and no place: a place run ending on one goes, and a person
            // run of label words only. A person run with other words before its label stays as the model read it.
            if ((type.equals("PERSON") || type.equals("LOCATION")) && j - i <= 4) {
                int last = beforeIdentifierLabel(scan, sentence, i, j);
                if (last < j && (last == i || type.equals("LOCATION"))) {
                    i = j;
                    continue;
                }
            }
            // Round 54: "ik ben Sanne Visser", "jestem Nowak": the lower-case verb of a self-introduction that the model
            // took into the run is not the name's.
            if (type.equals("PERSON") && j - i > 1 && introductionVerb(scan, sentence, i)
                    && sentence.token(i + 1).shape() == Tokens.Shape.CAPITALIZED) {
                start = sentence.token(i + 1).start();
            }
            // Round 71: "Gwénaëlle Kerbrat", "Tuulikki Saarinen", "torsten lindqvist" — the model tagged the family name of a
            // kept person run and left the given name before it untagged; a word right before the run that reads as a given
            // name joins it, once the other readings below have run (an introduction's own reading of the whole name goes first).
            if (type.equals("PERSON") && i > 0 && lastUntagged == i - 1 && start == sentence.token(i).start()
                    && givenNameBeforeRun(scan, sentence, i - 1, i, links)) {
                if (widen == null) {
                    widen = new java.util.ArrayList<>();
                }
                widen.add(new int[] {out.size(), sentence.token(i - 1).start(), sentence.token(i - 1).end()});
            }
            out.add(new Candidate(type, start, sentence.token(j - 1).end(), sum / named, this, "perceptron"));
            i = j;
        }
        introducedNames(scan, sentence, labels, links, out);
        foreignIntroductions(scan, sentence, labels, links, out);
        vietnameseNames(scan, sentence, labels, links, out);
        closingName(scan, sentence, labels, links, out);
        signatureAtEnd(scan, sentence, labels, links, out);
        honorifics(scan.text(), out);
        displayAndTitledNames(scan, sentence, labels, links, out);
        givenAndDoubleFamilyNames(scan, sentence, labels, links, out);
        possessors(scan, sentence, labels, links, out);
        askedNames(scan, sentence, labels, links, out);
        abbreviatedGivenNames(scan.text(), out);
        if (widen != null) {
            // A given name that no other reading took: the run starts at it (a finding that already covers the word stays
            // as it is, and the run with it).
            java.util.BitSet covered = covered(scan.text(), out);
            for (int[] w : widen) {
                int next = covered.nextSetBit(w[1]);
                if (next < 0 || next >= w[2]) {
                    Candidate c = out.get(w[0]);
                    out.set(w[0], new Candidate(c.type, w[1], c.end, c.baseScore, this, "perceptron"));
                }
            }
        }
    }

    /**
     * Round 84: greetings and thanks of other languages that open a message, a line or a sentence alone ("Merhaba, …",
     * "Habari, …", "Kia ora, …", "Grüezi, …"), lower case, one blank between two words. Words that are also a common family
     * name or a place in a name's position ("Asante", "Salem") are left out.
     */
    static final Set<String> OPENING_GREETINGS = Set.of("merhaba", "selam", "selamlar", "habari", "jambo", "hujambo",
            "sawubona", "molo", "dumela", "kia ora", "grüezi", "grüessech", "grüß gott", "salut", "ahoj", "szia",
            "sziasztok", "zdravo", "tere", "labas", "sveiki", "hei", "moi", "terve", "namaste", "namaskar", "vanakkam",
            "shalom", "marhaba", "aloha", "mabuhay", "kumusta", "yassou", "dobrý den", "goddag", "god dag", "goedendag",
            "goedemorgen", "goedemiddag", "bom dia", "boa tarde", "boa noite", "buenos días", "buenos dias", "bună ziua",
            "buna ziua", "dia duit", "shwmae", "saluton", "nandri", "danke", "merci", "gracias", "grazie", "obrigado",
            "obrigada", "bonjour", "bonsoir", "buongiorno", "buonasera", "hallo", "hola", "hej", "olá");

    /**
     * Round 84: whether tokens {@code i..j-1} are exactly one greeting of {@link #OPENING_GREETINGS} (one blank between its
     * words), with only blanks between it and the text's start, a line break or a sentence's end ('.', '!', '?', ';'),
     * and a comma or '!' right after it (one blank allowed before '!'). Reads the run, at most one character after it and
     * the blanks before it (blanks no other run reads): linear.
     */
    static boolean openingGreeting(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (j - i > 3) {
            return false;
        }
        String text = scan.text();
        int from = sentence.token(i).start();
        int to = sentence.token(j - 1).end();
        if (to - from > 24) {
            return false;
        }
        String run = scan.lower().substring(from, to);
        if (run.indexOf("  ") >= 0 || !OPENING_GREETINGS.contains(run)) {
            return false;
        }
        int after = to;
        if (after < text.length() && text.charAt(after) == ' ' && after + 1 < text.length() && text.charAt(after + 1) == '!') {
            after++;
        }
        if (after >= text.length() || text.charAt(after) != ',' && text.charAt(after) != '!') {
            return false;
        }
        int k = from - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
            k--;
        }
        return k < 0 || "\n\r.!?;".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * Round 84: "Merhaba, ben Deniz …": the Turkish "ben" ("I") in lower case, right after an opening greeting of
     * {@link #OPENING_GREETINGS} and its comma (blanks after it), before a capitalised word: alone it is no person, opening
     * a person run it is left out of the name. Reads at most 24 characters before the run and the next token: constant
     * per run.
     */
    static boolean turkishPronounAfterGreeting(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (i + 1 >= sentence.size() || !scan.text().startsWith("ben", sentence.token(i).start())
                || sentence.token(i).end() - sentence.token(i).start() != 3 || !sentence.token(i + 1).capitalized()) {
            return false;
        }
        String text = scan.text();
        int k = sentence.token(i).start() - 1;
        int floor = Math.max(0, k - 24);
        while (k >= floor && text.charAt(k) == ' ') {
            k--;
        }
        if (k < floor || text.charAt(k) != ',') {
            return false;
        }
        int end = k;
        while (k > floor && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String word = scan.lower().substring(k, end);
        return (word.equals("merhaba") || word.equals("selam") || word.equals("selamlar"))
                && (k == 0 || "\n\r.!?; \t".indexOf(text.charAt(k - 1)) >= 0);
    }

    /**
     * Round 84: labels of identifiers — national ids, accounts, phones — compared without their dots, lower case ("T.C."
     * reads "tc"): a run of the model's that ends on them, with a digit within {@link #LABEL_REACH} characters after the
     * run, ends on a label, no name or place.
     */
    static final Set<String> IDENTIFIER_LABELS = Set.of("pesel", "iban", "bic", "nas", "tc", "kimlik", "natel",
            "puhelin", "henkilötunnus", "personnummer", "fødselsnummer", "personnummeret", "bsn", "nie", "nif", "dni",
            "cpf", "curp", "rfc", "nir", "ahv", "avs", "ssn", "nino", "ppsn", "nric", "aadhaar", "gstin", "dl", "emšo",
            "egn", "oib", "jmbg", "amka", "cnp", "ird", "tfn", "iqama", "cf", "telefon", "telefoon", "handy", "celular", "cep",
            "tel", "mob", "sozialversicherungsnummer", "steuernummer", "codice", "fiscale", "kontonummer", "rekeningnummer");

    /** Round 84: how far after a label run its value's first digit may stand ("T.C. kimlik numaram 3…", "PESEL:\n9…"). */
    static final int LABEL_REACH = 24;

    /**
     * Round 84: the index after the last token of {@code i..j-1} that is no identifier label of {@link #IDENTIFIER_LABELS},
     * when the run ends on such a label and a digit stands within {@link #LABEL_REACH} characters after the run; {@code j}
     * otherwise. Reads the run and at most {@link #LABEL_REACH} characters after it: constant per run.
     */
    static int beforeIdentifierLabel(Scan scan, NameModel.Sentence sentence, int i, int j) {
        String text = scan.text();
        int to = sentence.token(j - 1).end();
        boolean digit = false;
        for (int k = to; k < Math.min(text.length(), to + LABEL_REACH); k++) {
            if (Character.isDigit(text.charAt(k))) {
                digit = true;
                break;
            }
        }
        if (!digit) {
            return j;
        }
        int k = j;
        while (k > i) {
            if (identifierLabel(scan, sentence.token(k - 1))) {
                k--;
                continue;
            }
            // "T.C.", "C.F.": a label written as initials, one letter a token, read together
            int m = k;
            StringBuilder letters = new StringBuilder();
            while (m > i && k - m < 3 && sentence.token(m - 1).end() - sentence.token(m - 1).start() == 1) {
                m--;
                letters.insert(0, scan.lower().charAt(sentence.token(m).start()));
            }
            if (k - m >= 2 && IDENTIFIER_LABELS.contains(letters.toString())) {
                k = m;
                continue;
            }
            break;
        }
        return k;
    }

    /** Whether token {@code t}, lower case without its dots, is a label of {@link #IDENTIFIER_LABELS}. */
    private static boolean identifierLabel(Scan scan, Tokens.Token t) {
        if (t.end() - t.start() > 28) {
            return false;
        }
        String w = scan.lower().substring(t.start(), t.end());
        if (w.indexOf('.') >= 0) {
            w = w.replace(".", "");
        }
        return IDENTIFIER_LABELS.contains(w);
    }

    /** Determiners that, before a capitalised run and a product noun, make the run a product's or a line's name. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "your", "their", "this", "that", "these", "those", "my");

    /**
     * A place's or a person's name used as the name of a product, a range, a shop or a transport line: a determiner
     * right before the run and a product noun ({@code @name.product-after}: "line", "sofa", "collection", "store" …) as
     * the first or — after one lower-case word — the second word after it ("the Victoria line", "the Berlin desk lamp",
     * "a UK plug adapter", "the Dublin standing desk"; since round 68 also the third: "the Kyoto ceramic dinner set").
     * Both conditions are needed: "Victoria called" and "the Victoria I know" still name someone. Round 68: a site noun
     * ({@link #SITE_NOUNS}) right after the run needs no determiner ("held at Doncaster depot"). Reads at most four
     * tokens around the run: constant per run.
     */
    static boolean productOrLineName(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (j >= sentence.size()) {
            return false;
        }
        String lower = scan.lower();
        Set<String> nouns = scan.pack().words("@name.product-after").words();
        Tokens.Token next = sentence.token(j);
        if (!quotedBlank(scan.text(), sentence.token(j - 1).end(), next.start()) || next.shape() != Tokens.Shape.LOWER) {
            return false;
        }
        String first = lower.substring(next.start(), next.end());
        if (SITE_NOUNS.contains(first)) {
            return true; // round 68: "held at Doncaster depot", "the Leeds store": a seller's site, with or without a determiner
        }
        if (i == 0) {
            return false;
        }
        Tokens.Token before = sentence.token(i - 1);
        if (!quotedBlank(scan.text(), before.end(), sentence.token(i).start())
                || !DETERMINERS.contains(lower.substring(before.start(), before.end()))) {
            return false;
        }
        if (nouns.contains(first)) {
            return true;
        }
        // round 68: the noun may also be the third lower-case word ("the Kyoto ceramic dinner set", "the Lagos print maxi dress")
        Tokens.Token previous = next;
        for (int k = j + 1; k < j + 3 && k < sentence.size(); k++) {
            Tokens.Token t = sentence.token(k);
            if (t.start() != previous.end() + 1 || t.shape() != Tokens.Shape.LOWER || t.sentenceStart()) {
                return false;
            }
            if (nouns.contains(lower.substring(t.start(), t.end()))) {
                return true;
            }
            previous = t;
        }
        return false;
    }

    /**
     * Round 70: {@link #productOrLineName} for a run the model read as a person, as it was before round 68 — a determiner
     * right before the run, one character apart, and a product noun first or second after it, one character apart, not one
     * of round 68's product nouns ({@link #ROUND68_PRODUCT_NOUNS}). Round 68's readings (a site noun with no determiner, the
     * noun as the third word, one quotation mark, its nouns) drop place and other runs only, and a person's run only when
     * quotation marks enclose it ("the \"Rosalind\" dinner set"): rounds 68 and 69 lost one WNUT-17 test person with them, and a
     * person's name before "set" or "store" stays a person ("the Adele tickets set"). Reads at most four tokens around the
     * run: constant per run.
     */
    static boolean productOrLineNameOfPerson(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (i == 0 || j >= sentence.size()) {
            return false;
        }
        if (quoted(scan.text(), sentence.token(i).start(), sentence.token(j - 1).end())) {
            return productOrLineName(scan, sentence, i, j); // round 68's reading: the "Rosalind" dinner set, the 'Beatrix' wall clock
        }
        String lower = scan.lower();
        Tokens.Token before = sentence.token(i - 1);
        if (before.end() + 1 != sentence.token(i).start()
                || !DETERMINERS.contains(lower.substring(before.start(), before.end()))) {
            return false;
        }
        Set<String> nouns = scan.pack().words("@name.product-after").words();
        Tokens.Token next = sentence.token(j);
        if (next.start() != sentence.token(j - 1).end() + 1 || next.shape() != Tokens.Shape.LOWER) {
            return false;
        }
        String first = lower.substring(next.start(), next.end());
        if (nouns.contains(first) && !ROUND68_PRODUCT_NOUNS.contains(first)) {
            return true;
        }
        if (j + 1 >= sentence.size()) {
            return false;
        }
        Tokens.Token second = sentence.token(j + 1);
        String word = lower.substring(second.start(), second.end());
        return second.start() == next.end() + 1 && second.shape() == Tokens.Shape.LOWER && nouns.contains(word)
                && !ROUND68_PRODUCT_NOUNS.contains(word);
    }

    /** Round 70: the run from {@code start} to {@code end} stands between two quotation marks, each with a blank outside. */
    private static boolean quoted(String text, int start, int end) {
        return start >= 2 && end + 2 <= text.length() && quote(text.charAt(start - 1)) && text.charAt(start - 2) == ' '
                && quote(text.charAt(end)) && text.charAt(end + 1) == ' ';
    }

    /** Round 70: the product nouns round 68 added to {@code @name.product-after}; they do not drop a person's run. */
    private static final Set<String> ROUND68_PRODUCT_NOUNS = Set.of("grinder", "grinders", "carry-on", "carry-ons", "suitcase",
            "suitcases", "set", "sets", "clock", "clocks", "lock", "locks", "three-seater", "two-seater", "four-seater");

    /** Round 68: one blank, or one blank and one quotation mark ("the 'Oslo' wall clock", "a \"Beatrix\" armchair"). */
    private static boolean quotedBlank(String text, int from, int to) {
        if (to - from == 1) {
            return text.charAt(from) == ' ';
        }
        if (to - from != 2) {
            return false;
        }
        char a = text.charAt(from);
        char b = text.charAt(from + 1);
        return a == ' ' && quote(b) || b == ' ' && quote(a);
    }

    private static boolean quote(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
    }

    /**
     * Round 68: a seller's or a carrier's sites; a place run right before one of them names the site ("Doncaster depot",
     * "the Stuttgart hub", "the Utrecht store"), not where the customer is.
     */
    private static final Set<String> SITE_NOUNS = Set.of("store", "stores", "shop", "shops", "branch", "branches", "outlet",
            "outlets", "showroom", "showrooms", "warehouse", "warehouses", "depot", "depots", "hub", "hubs");

    /**
     * Round 68: a site's noun in Italian, Spanish, French, Dutch, German and English, before an optional preposition and
     * the place's name ({@link #foreignSitePlaces}): "negozio di Verona", "almacén de Getafe", "centre de tri de Lille",
     * "magazijn in Tilburg", "Lager Hamburg", "warehouse Venlo".
     */
    private static final Set<String> FOREIGN_SITE_WORDS = Set.of(
            "negozio", "negozi", "magazzino", "magazzini", "filiale", "filiali", "deposito",
            "almacén", "almacen", "almacenes", "tienda", "tiendas", "sucursal", "sucursales",
            "magasin", "magasins", "entrepôt", "entrepot", "agence", "boutique", "tri",
            "winkel", "magazijn", "filiaal", "vestiging", "sorteercentrum",
            "lager", "zentrallager", "werk", "verteilzentrum", "paketzentrum", "depot", "standort",
            "warehouse", "hub");

    /** Round 68: prepositions between a site's noun and its place ("di", "de", "à", "in", "te"). */
    private static final Set<String> SITE_PREPOSITIONS = Set.of("di", "de", "del", "en", "à", "in", "te", "at");

    /**
     * Round 68: marks the places named right after a site's noun of {@link #FOREIGN_SITE_WORDS}, a blank apart, with or
     * without a preposition ("nel negozio di Verona", "el almacén de Zaragoza", "vom Lager Hamburg", "warehouse Venlo"),
     * and the places listed with them: where a shop, a warehouse or a sorting centre is, not where the customer lives.
     * The list is read as in {@link #sitePlaces}, at most eight words per site word: linear.
     */
    static void foreignSitePlaces(Scan scan, NameModel.Sentence sentence, java.util.BitSet marked) {
        String lower = scan.lower();
        int n = sentence.size();
        for (int k = 0; k + 1 < n; k++) {
            Tokens.Token site = sentence.token(k);
            if (site.length() < 3 || site.length() > 14 || !FOREIGN_SITE_WORDS.contains(lower.substring(site.start(), site.end()))) {
                continue;
            }
            Tokens.Token next = sentence.token(k + 1);
            if (next.sentenceStart() || next.start() != site.end() + 1) {
                continue;
            }
            int m0 = k + 1;
            if (next.length() <= 3 && SITE_PREPOSITIONS.contains(lower.substring(next.start(), next.end()))) {
                m0 = k + 2;
            }
            if (m0 < n && Character.isUpperCase(sentence.token(m0).first())) {
                markList(scan, sentence, m0, marked);
            }
        }
    }

    /** Round 56: verbs and nouns of a seller's reach that a coverage question asks about ({@link #coverageQuestions}). */
    private static final Set<String> COVERAGE_WORDS = Set.of("ship", "ships", "shipping", "deliver", "delivers", "delivery",
            "post", "dispatch", "branch", "branches", "store", "stores", "shop", "shops", "outlet", "outlets");

    /**
     * Round 56: the tokens of the text that stand in a question about where the seller ships, delivers or has a shop,
     * after the word that says so: a sentence opened by "do you" or "does", holding a word of {@link #COVERAGE_WORDS}
     * and closed by a question mark ("Do you ship to Bergen, Norway?", "Does the Genoa depot deliver to Pisa and
     * Lucca?", "Do you have a store in Tallinn?"). A place there is one the seller may serve, not where the customer
     * lives; a customer's own address comes with a street and a number, which other recognisers read. One pass over
     * the tokens: linear.
     */
    static java.util.BitSet coverageQuestions(Scan scan, NameModel.Sentence sentence) {
        java.util.BitSet marked = new java.util.BitSet(sentence.size());
        String lower = scan.lower();
        String text = scan.text();
        int n = sentence.size();
        int s = 0;
        while (s < n) {
            int e = s + 1;
            while (e < n && !sentence.token(e).sentenceStart()) {
                e++;
            }
            Tokens.Token first = sentence.token(s);
            String w0 = lower.substring(first.start(), first.end());
            boolean opens = w0.equals("does") || w0.equals("do") && s + 1 < e
                    && lower.startsWith("you", sentence.token(s + 1).start()) && sentence.token(s + 1).length() == 3;
            if (opens) {
                int to = e < n ? sentence.token(e).start() : text.length();
                boolean asked = false;
                for (int c = sentence.token(e - 1).end(); c < to && !asked; c++) {
                    asked = text.charAt(c) == '?';
                }
                if (asked) {
                    for (int k = s + 1; k < e; k++) {
                        Tokens.Token t = sentence.token(k);
                        if (COVERAGE_WORDS.contains(lower.substring(t.start(), t.end()))) {
                            marked.set(k + 1, e);
                            break;
                        }
                    }
                }
            }
            s = e;
        }
        return marked;
    }

    /** Round 56: a seller's sites, before "in" or "at" and a place ({@link #sitePlaces}). */
    private static final Set<String> SITE_WORDS = Set.of("store", "stores", "shop", "shops", "branch", "branches", "outlet",
            "outlets", "showroom", "showrooms", "warehouse", "warehouses", "depot", "depots", "hub", "hubs");

    /**
     * Round 56: marks the places named right after a seller's site and "in" or "at", and the places listed with them
     * ("the shop in Tallinn", "our branches in Genoa, Pisa and Lucca", "a depot at Bremen"): where a shop or a depot is, not
     * where the customer lives. A list is capitalised words, one blank or a comma and a blank apart, joined by "and" or
     * "or", in the same sentence, at most eight words read per site word: linear.
     */
    static void sitePlaces(Scan scan, NameModel.Sentence sentence, java.util.BitSet marked) {
        String lower = scan.lower();
        int n = sentence.size();
        for (int k = 0; k + 2 < n; k++) {
            Tokens.Token site = sentence.token(k);
            Tokens.Token prep = sentence.token(k + 1);
            if (site.length() < 3 || site.length() > 10 || !SITE_WORDS.contains(lower.substring(site.start(), site.end())) || prep.sentenceStart()
                    || prep.start() != site.end() + 1 || prep.length() != 2
                    || !(lower.startsWith("in", prep.start()) || lower.startsWith("at", prep.start()))) {
                continue;
            }
            markList(scan, sentence, k + 2, marked);
        }
    }

    /** Round 57: a service's reach or a parcel's way, before "in" or "to" and a place ({@link #servicePlaces}). */
    private static final Set<String> SERVICE_REACH_WORDS = Set.of("roaming", "delivery", "deliveries", "shipping", "postage",
            "transfer", "transfers", "stuck", "due");

    /**
     * Round 57: marks the places named right after a word of a service's reach or a parcel's way and "in" or "to"
     * ("roaming in Spain", "delivery to Cork", "a transfer to Norway", "stuck in Lyon", "due in Graz"): where a phone
     * roams, a parcel goes or waits or money is sent, not where the customer lives. The list is read as in
     * {@link #sitePlaces}: capitalised words joined by "and" or "or", at most eight words per trigger word: linear.
     */
    static void servicePlaces(Scan scan, NameModel.Sentence sentence, java.util.BitSet marked) {
        String lower = scan.lower();
        int n = sentence.size();
        for (int k = 0; k + 2 < n; k++) {
            Tokens.Token word = sentence.token(k);
            Tokens.Token prep = sentence.token(k + 1);
            if (word.length() < 3 || word.length() > 10 || !SERVICE_REACH_WORDS.contains(lower.substring(word.start(), word.end()))
                    || prep.sentenceStart() || prep.start() != word.end() + 1 || prep.length() != 2
                    || !(lower.startsWith("in", prep.start()) || lower.startsWith("to", prep.start()))) {
                continue;
            }
            markList(scan, sentence, k + 2, marked);
        }
    }

    /** Round 57: words of a journey by plane, train or ferry ({@link #journeyPlaces}). */
    private static final Set<String> JOURNEY_WORDS = Set.of("flight", "flights", "train", "trains", "sleeper", "ferry",
            "ferries");

    /**
     * Round 57: in a sentence about a flight, a train or a ferry, marks the places right after "from" or "to", and a
     * capitalised word right before " to " and another capitalised word ("Flight LH 1182 from Munich to Warsaw", "the flight
     * to Lisbon", "the London to Edinburgh sleeper"): where a plane or a train goes, not where the customer lives. "travelling
     * to", with no journey word, stays (the presidio tuning split labels a place there). One pass over the sentence's tokens
     * to find a journey word, then the lists as in {@link #sitePlaces}: linear.
     */
    static void journeyPlaces(Scan scan, NameModel.Sentence sentence, java.util.BitSet marked) {
        String lower = scan.lower();
        String text = scan.text();
        int n = sentence.size();
        int s = 0;
        while (s < n) {
            int e = s + 1;
            while (e < n && !sentence.token(e).sentenceStart()) {
                e++;
            }
            boolean journey = false;
            for (int k = s; k < e && !journey; k++) {
                Tokens.Token t = sentence.token(k);
                journey = t.length() >= 5 && t.length() <= 7 && JOURNEY_WORDS.contains(lower.substring(t.start(), t.end()));
            }
            if (journey) {
                for (int k = s; k + 1 < e; k++) {
                    Tokens.Token prep = sentence.token(k);
                    boolean to = prep.length() == 2 && lower.startsWith("to", prep.start());
                    boolean from = prep.length() == 4 && lower.startsWith("from", prep.start());
                    if (!to && !from) {
                        continue;
                    }
                    Tokens.Token next = sentence.token(k + 1);
                    if (next.start() != prep.end() + 1 || !Character.isUpperCase(next.first())) {
                        continue;
                    }
                    markList(scan, sentence, k + 1, marked);
                    if (to && k > s) {
                        Tokens.Token before = sentence.token(k - 1);
                        if (before.end() + 1 == prep.start() && text.charAt(before.end()) == ' '
                                && (before.shape() == Tokens.Shape.CAPITALIZED || before.shape() == Tokens.Shape.UPPER)) {
                            marked.set(k - 1);
                        }
                    }
                }
            }
            s = e;
        }
    }

    /**
     * Round 57: marks capitalised words from token {@code m0} on, one blank or a comma and a blank apart, joined by "and" or
     * "or", in the same sentence; the first must be capitalised; at most eight words.
     */
    private static void markList(Scan scan, NameModel.Sentence sentence, int m0, java.util.BitSet marked) {
        String lower = scan.lower();
        String text = scan.text();
        int n = sentence.size();
        for (int m = m0; m < n && m < m0 + 8; m++) {
            Tokens.Token t = sentence.token(m);
            Tokens.Token before = sentence.token(m - 1);
            int gap = t.start() - before.end();
            if (t.sentenceStart() || !(gap == 1 && text.charAt(before.end()) == ' '
                    || gap == 2 && text.charAt(before.end()) == ',' && text.charAt(before.end() + 1) == ' ')) {
                break;
            }
            if (t.shape() == Tokens.Shape.CAPITALIZED || t.shape() == Tokens.Shape.UPPER) {
                marked.set(m);
            } else if (m == m0 || !(t.length() == 3 && lower.startsWith("and", t.start())
                    || t.length() == 2 && lower.startsWith("or", t.start()))) {
                break;
            }
        }
    }

    /** Round 56: legal forms of firms, never a person's or a place's name on their own. */
    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "gmbh", "inc", "llc", "plc", "llp", "ag", "kg", "bv", "pty", "spa",
            "srl", "oy");

    /**
     * Round 56: the run is one side of two capitalised names joined by " & ", and the word right after the pair (a blank or
     * "'s " apart) is a company word of {@code @person.not-before} ("Quayle & Dunmore Ltd", "Pike & Rowe's GmbH"). "Anna &
     * Tom" alone, with no company word, stays two names. Reads four tokens.
     */
    private static boolean ampersandFirm(Scan scan, NameModel.Sentence sentence, Set<String> companies, int i, int j) {
        String text = scan.text();
        int last;
        if (j < sentence.size() && ampersand(text, sentence.token(j - 1).end(), sentence.token(j).start())
                && Character.isUpperCase(sentence.token(j).first())) {
            last = j; // the run is the pair's first name
        } else if (i > 0 && ampersand(text, sentence.token(i - 1).end(), sentence.token(i).start())
                && Character.isUpperCase(sentence.token(i - 1).first())) {
            last = j - 1; // the run is the pair's second name
        } else {
            return false;
        }
        if (last + 1 >= sentence.size()) {
            return false;
        }
        Tokens.Token name = sentence.token(last);
        Tokens.Token next = sentence.token(last + 1);
        String gap = text.substring(name.end(), next.start());
        if (!(gap.equals(" ") || gap.equals("'s ") || gap.equals("\u2019s "))) {
            return false;
        }
        return companies.contains(scan.lower().substring(next.start(), next.end()));
    }

    private static boolean ampersand(String text, int from, int to) {
        return to - from == 3 && text.charAt(from) == ' ' && text.charAt(from + 1) == '&' && text.charAt(from + 2) == ' ';
    }

    /** Round 56: every word of the run is known to the place gazetteer ("Lincoln", "Adelaide"). */
    private static boolean placeRun(NameModel.Sentence sentence, int i, int j) {
        for (int k = i; k < j; k++) {
            if (sentence.placeEvidence(k) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Titles written without their dot or in capitals ("Mr Percival Okoro", "MRS ADA BELL"); with a dot, too. */
    private static final Set<String> WRITTEN_TITLES = Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Miss", "MR", "MRS", "MS", "DR", "MISS");

    /** Whether the token is one of {@link #WRITTEN_TITLES}; all start with 'M' or 'D', so most tokens cost no substring. */
    private static boolean writtenTitle(String text, Tokens.Token t) {
        char c = Chars.at(text, t.start());
        return (c == 'M' || c == 'D') && WRITTEN_TITLES.contains(text.substring(t.start(), t.end()));
    }

    /**
     * Two places where capitalised words are a person's name by their position, whatever the model made of them:
     * <ul>
     * <li>a mail display name — one to four capitalised words right before " &lt;" and an e-mail address, after the start of
     * a line, a comma, a colon, a quote or '&gt;' ("&gt; On Tue, Ada Quist &lt;ada@example.org&gt; wrote:", "From: Ada
     * Quist &lt;…&gt;");</li>
     * <li>two or three capitalised words after a title without its dot ("Mr Percival Okoro") or with it (one word alone
     * may be a brand, "Dr Martens": the model decides);</li>
     * <li>two hyphenated capitalised words in a row ("Anne-Sophie Kraus-Weber": {@link #doubleBarrelled}).</li>
     * </ul>
     * Each word must be unknown to the English word lists or known as a name at least as well (so "Customer Service
     * &lt;help@…&gt;" and "Dr Pepper" name nobody); a span the recogniser already reported is not reported again. One pass
     * over the tokens; each look-back or look-ahead reads at most four tokens: linear.
     */
    private void displayAndTitledNames(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        String text = scan.text();
        java.util.BitSet covered = null;
        int n = sentence.size();
        for (int k = 0; k < n; k++) {
            Tokens.Token t = sentence.token(k);
            int from = -1;
            int to = -1;
            boolean titled = false;
            boolean display = false;
            if (links != null && links.get(t.start()) && k > 0 && (Chars.at(text, t.start() - 1) == '<' || text.charAt(t.start()) == '<')) {
                int lt = text.charAt(t.start()) == '<' ? t.start() : t.start() - 1;
                Tokens.Token prev = sentence.token(k - 1);
                if (prev.end() != lt - 1 || text.charAt(lt - 1) != ' ' || links.get(prev.start())) {
                    continue;
                }
                int m = k - 1;
                while (m > k - 4 && m > 0 && nameWord(scan, sentence, m - 1, false) && sentence.token(m - 1).end() + 1 == sentence.token(m).start()
                        && !links.get(sentence.token(m - 1).start())) {
                    m--;
                }
                if (!nameWord(scan, sentence, k - 1, false)) {
                    continue;
                }
                int before = sentence.token(m).start() - 1;
                while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
                    before--;
                }
                if (before >= 0 && "\n\r,:;\"'>".indexOf(text.charAt(before)) < 0) {
                    continue;
                }
                from = m;
                to = k - 1;
                display = true;
            } else if (t.end() - t.start() <= 4 && k + 1 < n && writtenTitle(text, t)) {
                int gap = t.end();
                if (Chars.at(text, gap) == '.') {
                    gap++;
                }
                if (Chars.at(text, gap) != ' ' || sentence.token(k + 1).start() != gap + 1) {
                    continue;
                }
                boolean upper = t.shape() == Tokens.Shape.UPPER;
                int m = k + 1;
                // "Ms Van der Merwe", "Dr Ana de la Cruz": particles may stand between the words, never last.
                while (m < n && m < k + 5 && (nameWord(scan, sentence, m, upper) || m + 1 < n && particle(scan, sentence, m))
                        && (m == k + 1 || sentence.token(m - 1).end() + 1 == sentence.token(m).start())
                        && (links == null || !links.get(sentence.token(m).start()))) {
                    m++;
                }
                while (m > k + 1 && !nameWord(scan, sentence, m - 1, upper)) {
                    m--;
                }
                if (m < k + 3) {
                    continue; // one word after a title may be a brand ("Dr Martens"): the model decides
                }
                from = k + 1;
                to = m - 1;
                titled = true;
            } else if (k + 1 < n && Chars.at(text, t.end()) == ' ' && sentence.token(k + 1).start() == t.end() + 1
                    && (links == null || !links.get(t.start()) && !links.get(sentence.token(k + 1).start()))) {
                int known = doubleBarrelled(scan, t);
                int second = known < 0 ? -1 : doubleBarrelled(scan, sentence.token(k + 1));
                if (second < 0 || known + second > 1) {
                    continue;
                }
                from = k;
                to = k + 1;
            }
            if (from < 0) {
                continue;
            }
            int start = sentence.token(from).start();
            int end = sentence.token(to).end();
            if (covered == null) {
                covered = covered(text, out);
            }
            int hit = covered.nextSetBit(start);
            // After a title, the model may have tagged the family name without its particles ("Ms van der [Merwe]"): the
            // longer span is reported and wins the overlap. So in a mail display name, when the model tagged only its family
            // name ("On Tue, Ada [Quist] <ada@…> wrote:").
            if (hit < 0 || hit >= end || titled && hit > start && particle(scan, sentence, from) || display && hit > start) {
                out.add(new Candidate("PERSON", start, end, 0.6, this, "positioned"));
                covered.set(start, end);
            }
        }
    }

    /**
     * A token of two capitalised parts joined by one hyphen ("Anne-Sophie", "Kraus-Weber"), each of two letters or more
     * with a vowel: how many of its parts are common English words (SCOWL size 50 or less), or -1 when it is no such
     * token. Two such tokens in a row with at most one common part between them are a given and a family name, both
     * double ("Marie-Claire Dubois-Lefèvre"); "Wi-Fi Set-Up" and "Coca-Cola Zero-Sugar" are not.
     */
    private static int doubleBarrelled(Scan scan, Tokens.Token t) {
        String text = scan.text();
        String lower = scan.lower();
        int hyphen = -1;
        for (int c = t.start(); c < t.end(); c++) {
            char ch = text.charAt(c);
            if (ch == '-') {
                if (hyphen >= 0 || c == t.start()) {
                    return -1;
                }
                hyphen = c;
            } else if (!Character.isLetter(ch) || Character.isUpperCase(ch) != (c == t.start() || c == hyphen + 1 && hyphen >= 0)) {
                return -1;
            }
        }
        if (hyphen < 0 || hyphen - t.start() < 2 || t.end() - hyphen - 1 < 2 || !vowel(lower, t.start(), hyphen)
                || !vowel(lower, hyphen + 1, t.end())) {
            return -1;
        }
        int known = scan.pack().commonness(lower.substring(t.start(), hyphen)) <= 50 ? 1 : 0;
        return known + (scan.pack().commonness(lower.substring(hyphen + 1, t.end())) <= 50 ? 1 : 0);
    }

    /** A capitalised word (in capitals when {@code upper}) with a vowel that the English word lists do not know better than as a name. */
    private static boolean nameWord(Scan scan, NameModel.Sentence sentence, int k, boolean upper) {
        Tokens.Token u = sentence.token(k);
        if (u.shape() != (upper ? Tokens.Shape.UPPER : Tokens.Shape.CAPITALIZED) && !(u.shape() == Tokens.Shape.UPPER && !upper && u.length() > 1)
                || u.length() < 2) {
            return false;
        }
        return vowel(scan.lower(), u.start(), u.end()) && (sentence.commonness(k) == 0 || sentence.nameEvidence(k) >= sentence.commonness(k))
                && !scan.pack().words("@person.never").words().contains(scan.lower().substring(u.start(), u.end()));
    }

    /**
     * Sign-offs that a name closes a message after, lower case: "thanks", "thx", "cheers", "regards", "best", "bye", and
     * the last word of "thank you", "thank u", "thanks again", "thank you so much", "appreciate it".
     */
    private static final Set<String> CLOSINGS = Set.of("thanks", "thx", "thnx", "ty", "cheers", "regards", "best", "bye", "you", "u",
            "much", "again", "it");
    /** Chat words that close a message after a sign-off and name nobody ("thanks bruh", "cheers, pls"). */
    private static final Set<String> NOT_NAMES = Set.of("bruh", "bro", "bros", "fam", "pls", "plz", "lol", "lmao", "xx", "xxx", "xoxo",
            "yall", "tysm", "thx", "asap", "brb", "ttyl", "idk", "btw", "fyi", "okay", "haha", "hehe", "tho", "mate", "guys", "dude",
            "buddy", "sir", "madam", "maam", "boss", "team", "folks", "everyone", "all", "again", "anyway", "bye", "byee");

    /**
     * One or two lower-case words that end the message right after a sign-off and a mark — a comma, a dash, a line break,
     * "!" or an emoji — are the writer's name ("thanks, ondrej", "thank u so much, giannis!!", "appreciate it - bongani",
     * "thank you 🙏 yaw darko"), when each is unknown to the English word lists or known as a name at least as well, has a
     * vowel and three letters or more, and is no chat word ({@link #NOT_NAMES}): "thanks, bye", "cheers, mate", "thanks bruh"
     * name nobody. A blank alone after the sign-off is no mark (the model reads "thanks anna" itself). Only the text's last
     * tokens are read: constant work after one look at the text's trailing characters.
     */
    private void closingName(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        int n = sentence.size();
        if (n < 2) {
            return;
        }
        String text = scan.text();
        String lower = scan.lower();
        int last = n - 1;
        for (int k = sentence.token(last).end(); k < text.length(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return; // something other than punctuation, blanks or emoji follows the last word
            }
        }
        int first = last;
        if (!closingWord(scan, sentence, labels, links, last)) {
            return;
        }
        if (last >= 2 && closingWord(scan, sentence, labels, links, last - 1) && joined(text, sentence.token(last - 1).end(), sentence.token(last).start())) {
            first = last - 1;
        }
        for (int tries = 0; tries < 2 && first <= last; tries++, first++) {
            int c = first - 1;
            if (c < 0) {
                return;
            }
            Tokens.Token closing = sentence.token(c);
            String cw = lower.substring(closing.start(), closing.end());
            String before = c > 0 ? lower.substring(sentence.token(c - 1).start(), sentence.token(c - 1).end()) : "";
            boolean signOff = switch (cw) {
                case "you", "u" -> before.equals("thank");
                case "much" -> before.equals("so") || before.equals("very");
                case "again" -> before.equals("thanks");
                case "it" -> before.equals("appreciate");
                default -> CLOSINGS.contains(cw);
            };
            if (!signOff || !closingMark(text, closing.end(), sentence.token(first).start())) {
                continue;
            }
            int start = sentence.token(first).start();
            int end = sentence.token(last).end();
            java.util.BitSet covered = covered(text, out);
            int hit = covered.nextSetBit(start);
            if (hit < 0 || hit >= end) {
                out.add(new Candidate("PERSON", start, end, first < last ? 0.6 : 0.45, this, "signed"));
            }
            return;
        }
    }

    /**
     * Round 73: a message is signed at its end. Two or three capitalised words that end the message (only punctuation,
     * blanks or emoji after them), right after a mark that closes what came before — a full stop, a comma, a semicolon,
     * "!", "?", ":", a dash or a line break — are the writer's name ("… the form rejects it every time. Jane Kowalczyk-Moss",
     * "Personnummer …, Ingrid Ålund"), when no finding of this recogniser covers them already, each is written capitalised
     * (letters, a hyphen or an apostrophe inside, a lower-case letter), untagged or tagged as a person by the model (not as a
     * place, a nationality or a firm), known to no English word list and no place list, and
     * is no greeting, closing, title, relation, weekday, month, legal form, company word, form or opening word of another
     * language, no wish, team or possessive word that round 49 keeps out after a closing ({@code NameNeighbours.NOT_AFTER_CLOSING}:
     * "Fijne Dag", "Service Client") or {@code @person.never} word; a particle may stand between them ("Marloes de Vos"). The gazetteers need not
     * know them: round 51's {@code NameNeighbours.signatureAtEnd} reads the names they know, this one the names of other
     * languages they miss. A fourth capitalised word before them (a title, a heading, a product) means they are not a name
     * on its own. Reads at most the text's last six tokens: constant work after one look at the trailing characters.
     */
    private void signatureAtEnd(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        int n = sentence.size();
        if (n < 3) {
            return;
        }
        String text = scan.text();
        int last = n - 1;
        for (int k = sentence.token(last).end(); k < text.length(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return;
            }
        }
        int first = -1;
        int words = 0;
        for (int k = last; k >= 0 && last - k < 6; k--) {
            boolean word = signatureWord(scan, sentence, labels, links, k);
            if (!word && !(k < last && particle(scan, sentence, k))) {
                break;
            }
            if (word) {
                words++;
                first = k;
            }
            if (k == 0 || !oneBlank(text, sentence.token(k - 1), sentence.token(k))) {
                break;
            }
        }
        if (words < 2 || words > 3 || first <= 0) {
            return;
        }
        if (!boundaryBefore(text, sentence.token(first - 1).end(), sentence.token(first).start())) {
            return;
        }
        int start = sentence.token(first).start();
        int end = sentence.token(last).end();
        java.util.BitSet covered = covered(text, out);
        int hit = covered.nextSetBit(start);
        if (hit < 0 || hit >= end) {
            out.add(new Candidate("PERSON", start, end, 0.6, this, "signed"));
        }
    }

    /**
     * Round 82: a given name right before a double-barrelled family name ("Séverine Marchetti-Dubois", "Oskar Lindqvist-Berg",
     * "Joost de Haan-Vermeer"): a capitalised word (letters only, no capital after its first letter) that is untagged or
     * tagged as a person, known to no place list and to no English word list better than as a given name, and no word of
     * {@link #wordOfForm}; one blank, at most two particles of a family name one blank apart, then a token of two
     * capitalised parts joined by a hyphen ({@link #doubleBarrelled}) neither of which is a common English word, untagged
     * or tagged as a person and known to no place list, and no capitalised word one blank after it (then the hyphenated word
     * is a double given name, "Anna-Liisa Korhonen"). Both words together are the person, when no finding of this
     * recogniser covers the given name already. Reads at most four tokens after each word: linear.
     */
    private void givenAndDoubleFamilyNames(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        String text = scan.text();
        if (text.indexOf('-') < 0) {
            return;
        }
        java.util.BitSet covered = null;
        int n = sentence.size();
        for (int k = 0; k + 1 < n; k++) {
            if (!givenWord(scan, sentence, labels, links, k)) {
                continue;
            }
            int m = k + 1;
            while (m < n && m < k + 3 && particle(scan, sentence, m) && oneBlank(text, sentence.token(m - 1), sentence.token(m))) {
                m++;
            }
            if (m >= n || !oneBlank(text, sentence.token(m - 1), sentence.token(m))) {
                continue;
            }
            Tokens.Token f = sentence.token(m);
            if (labels[m] != 0 && !isPerson(labels[m]) || links != null && links.get(f.start()) || sentence.placeEvidence(m) != 0
                    || doubleBarrelled(scan, f) != 0) {
                continue;
            }
            if (m + 1 < n && oneBlank(text, f, sentence.token(m + 1)) && Character.isUpperCase(text.charAt(sentence.token(m + 1).start()))) {
                continue; // a capitalised word after it: the hyphenated word is a given name ("Anna-Liisa Korhonen"), read elsewhere
            }
            int start = sentence.token(k).start();
            if (covered == null) {
                covered = covered(text, out);
            }
            int hit = covered.nextSetBit(start);
            if (hit < 0 || hit > start) {
                out.add(new Candidate("PERSON", start, f.end(), 0.6, this, "double-family"));
                covered.set(start, f.end());
            }
        }
    }

    /** Round 82: a capitalised word that may be a given name ({@link #givenAndDoubleFamilyNames}, {@link #possessors}). */
    private static boolean givenWord(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int k) {
        Tokens.Token u = sentence.token(k);
        String text = scan.text();
        if (u.shape() != Tokens.Shape.CAPITALIZED || u.length() < 2 || labels[k] != 0 && !isPerson(labels[k])
                || links != null && links.get(u.start()) || sentence.placeEvidence(k) != 0
                || sentence.commonness(k) != 0 && sentence.firstNameEvidence(k) < sentence.commonness(k)) {
            return false;
        }
        for (int c = u.start() + 1; c < u.end(); c++) {
            if (!Character.isLowerCase(text.charAt(c))) {
                return false;
            }
        }
        return vowel(scan.lower(), u.start(), u.end()) && !wordOfForm(scan, scan.lower().substring(u.start(), u.end()));
    }

    /** Round 82: the things of a person's own that "Name's …" names ({@link #possessors}). */
    private static final Set<String> OWN_THINGS = Set.of("laptop", "laptops", "notebook", "computer", "pc", "desktop", "machine",
            "workstation", "phone", "mobile", "tablet", "device", "account", "profile", "login", "inbox", "mailbox", "key", "keys",
            "token", "tokens", "password", "script", "scripts", "upload", "request", "team", "shop", "desk", "car");

    /**
     * Round 82: the owner of a thing of a person's own ("this only happens on Leontyne's laptop", "// Ambrose's test key",
     * "for Yevgenia's team"): a capitalised word as {@link #givenWord} reads it, glued to "'s" (straight or curly
     * apostrophe), then one blank, at most one lower-case word and one blank, and a noun of {@link #OWN_THINGS}. A
     * capitalised word one blank before it that reads the same way joins it (a family name's given name). Idioms and firms
     * ("Murphy's law", "Luigi's on Park") name no such thing; a word the English lists know better than as a given name
     * ("Apple's", "Stripe's") and a place stay out. Reads at most four tokens after each word: linear.
     */
    private void possessors(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        String text = scan.text();
        if (text.indexOf('\'') < 0 && text.indexOf('\u2019') < 0) {
            return;
        }
        String lower = scan.lower();
        java.util.BitSet covered = null;
        int n = sentence.size();
        for (int k = 0; k + 2 < n; k++) {
            Tokens.Token o = sentence.token(k);
            if (!possessiveS(text, o.end()) || sentence.token(k + 1).start() != o.end() + 1
                    || sentence.token(k + 1).end() != o.end() + 2) {
                continue;
            }
            int m = k + 2;
            if (!oneBlank(text, sentence.token(k + 1), sentence.token(m))) {
                continue;
            }
            Tokens.Token thing = sentence.token(m);
            if (!OWN_THINGS.contains(lower.substring(thing.start(), thing.end()))) {
                if (thing.shape() != Tokens.Shape.LOWER || m + 1 >= n || !oneBlank(text, thing, sentence.token(m + 1))) {
                    continue;
                }
                Tokens.Token next = sentence.token(m + 1);
                if (!OWN_THINGS.contains(lower.substring(next.start(), next.end()))) {
                    continue;
                }
            }
            if (!givenWord(scan, sentence, labels, links, k)) {
                continue;
            }
            int start = o.start();
            if (k > 0 && oneBlank(text, sentence.token(k - 1), o) && givenWord(scan, sentence, labels, links, k - 1)) {
                start = sentence.token(k - 1).start();
            }
            if (covered == null) {
                covered = covered(text, out);
            }
            int hit = covered.nextSetBit(start);
            if (hit < 0 || hit >= o.end()) {
                out.add(new Candidate("PERSON", start, o.end(), 0.6, this, "possessor"));
                covered.set(start, o.end());
            }
        }
    }

    /** A capitalised word, untagged or tagged as a person, that may be part of a name signing the message ({@link #signatureAtEnd}). */
    private static boolean signatureWord(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int k) {
        Tokens.Token u = sentence.token(k);
        String text = scan.text();
        if (labels[k] != 0 && !isPerson(labels[k]) || u.end() - u.start() < 2 || links != null && links.get(u.start())
                || sentence.commonness(k) != 0 || sentence.placeEvidence(k) != 0
                || !Character.isUpperCase(text.charAt(u.start())) || !Character.isLetter(text.charAt(u.end() - 1))) {
            return false;
        }
        boolean lowerLetter = false;
        for (int c = u.start() + 1; c < u.end(); c++) {
            char ch = text.charAt(c);
            if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '\u2019') {
                return false;
            }
            lowerLetter |= Character.isLowerCase(ch);
        }
        if (!lowerLetter) {
            return false;
        }
        return !wordOfForm(scan, scan.lower().substring(u.start(), u.end()));
    }

    /**
     * A greeting, closing, title, relation, holder, weekday or month, legal form, company word, form or opening word of
     * another language, a wish or team word of {@code NameNeighbours.NOT_AFTER_CLOSING} or an {@code @person.never} word:
     * a lower-case word that no name reading takes for a name ({@link #signatureWord}, round 82's readings).
     */
    private static boolean wordOfForm(Scan scan, String w) {
        return !(!TITLES.contains(w) && !GREETINGS.contains(w) && !INTRO_GREETINGS.contains(w) && !CLOSINGS.contains(w)
                && !CLOSING_WORDS.contains(w) && !RELATIONS.contains(w) && !HOLDER_WORDS.contains(w) && !NOT_NAMES.contains(w)
                && !FOREIGN_FORM_WORDS.contains(w) && !FOREIGN_OPENING_WORDS.contains(w) && !FOREIGN_GREETINGS.contains(w)
                && !CALENDAR_WORDS.contains(w) && !LEGAL_FORMS.contains(w) && !NameNeighbours.NOT_AFTER_CLOSING.contains(w)
                && !scan.pack().words("@person.never").words().contains(w)
                && !scan.pack().words("@person.title").words().contains(w) && !scan.pack().words("@person.not-before").words().contains(w)
                && !scan.pack().words("@person.not-ending").words().contains(w));
    }

    /** Between two tokens: blanks and one mark that closes a clause (full stop, comma, semicolon, "!", "?", ":", a dash, a line break). */
    private static boolean boundaryBefore(String text, int from, int to) {
        if (to - from > 6 || to <= from) {
            return false;
        }
        boolean mark = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            mark |= c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '-' || c == '\u2013'
                    || c == '\u2014';
        }
        return mark;
    }

    /** Whether token {@code k} may be a lower-case name closing the message (see {@link #closingName}). */
    private static boolean closingWord(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int k) {
        Tokens.Token u = sentence.token(k);
        if (u.shape() != Tokens.Shape.LOWER || u.end() - u.start() < 3 || labels[k] != 0 || links != null && links.get(u.start())) {
            return false;
        }
        String w = scan.lower().substring(u.start(), u.end());
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return vowel(scan.lower(), u.start(), u.end()) && !NOT_NAMES.contains(w) && !CLOSINGS.contains(w) && !contraction(w)
                && (sentence.commonness(k) == 0 || sentence.nameEvidence(k) >= sentence.commonness(k))
                && !scan.pack().words("@person.never").words().contains(w);
    }

    /** Between the sign-off and the name: at most six characters, no letter or digit, a mark among them (',', '-', '–', '!', ':', a line break or a symbol such as an emoji). */
    private static boolean closingMark(String text, int from, int to) {
        if (to - from > 6 || to <= from) {
            return false;
        }
        boolean mark = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '.') {
                return false;
            }
            mark |= c == ',' || c == '-' || c == '\u2013' || c == '!' || c == ':' || c == '\n' || c >= 0x2000;
        }
        return mark;
    }

    /** Japanese honorifics glued to a name by a hyphen, as written in English messages. */
    private static final String[] HONORIFICS = {"san", "sama", "sensei", "kun", "chan"};

    /**
     * "Kobayashi-san", "Tanaka-sama": a capitalised word of lower-case letters glued by a hyphen to a Japanese
     * honorific (the honorific ending the word) is a person's name; the name is reported without the honorific. One
     * pass over the hyphens; the look-back is bounded by 24 letters.
     */
    void honorifics(String text, List<Candidate> out) {
        for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
            String honorific = null;
            for (String o : HONORIFICS) {
                if (text.regionMatches(true, h + 1, o, 0, o.length()) && !Character.isLetterOrDigit(Chars.at(text, h + 1 + o.length()))
                        && Chars.at(text, h + 1 + o.length()) != '-') {
                    honorific = o;
                    break;
                }
            }
            if (honorific == null) {
                continue;
            }
            int s = h;
            while (s > 0 && h - s < 24 && Character.isLowerCase(text.charAt(s - 1))) {
                s--;
            }
            if (s == 0 || h - s < 2 || h - s >= 24 || !Character.isUpperCase(text.charAt(s - 1))) {
                continue;
            }
            s--;
            if (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-' || text.charAt(s - 1) == '@')) {
                continue;
            }
            out.add(new Candidate("PERSON", s, h, 0.6, this, "honorific"));
        }
    }

    /**
     * The small words inside family names ("van der", "dos", "bin", "ibn", "de la", Vietnamese "Van" and "Thi"): the
     * model often leaves them untagged and cuts one name in two, or reads what follows as a place ("da Silva").
     */
    static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "dei", "degli", "di",
            "da", "das", "dos", "do", "du", "la", "le", "bin", "binti", "bint", "ibn", "ben", "al", "el", "ter", "ten", "zu",
            "af", "av", "y", "thi");
    /** {@link #PARTICLES} read in place, so that most short words cost no substring. */
    private static final RegionMap<Boolean> PARTICLE_TABLE = new RegionMap<>(
            PARTICLES.stream().collect(java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE)));

    /**
     * Whether token {@code k} is one of the {@link #PARTICLES}, read without its accents (Vietnamese "Văn", "Thị"). Only a
     * token of at most five characters is folded: linear.
     */
    private static boolean particle(Scan scan, NameModel.Sentence sentence, int k) {
        Tokens.Token t = sentence.token(k);
        if (t.end() - t.start() > 5) {
            return false;
        }
        String l = scan.lower();
        if (PARTICLE_TABLE.contains(l, t.start(), t.end())) {
            return true;
        }
        for (int c = t.start(); c < t.end(); c++) {
            if (l.charAt(c) > 0x7f) {
                return PARTICLES.contains(Chars.foldAccents(l.substring(t.start(), t.end())));
            }
        }
        return false;
    }

    /**
     * Token {@code k}, untagged after a person run's particles, as its family name: written in the run's shape (both
     * capitalised, or both in capitals), no English word, and in the name or place gazetteers ("da Conceição", a place
     * name too).
     */
    private static boolean untaggedFamilyName(Scan scan, NameModel.Sentence sentence, int i, int k) {
        Tokens.Token t = sentence.token(k);
        Tokens.Shape shape = sentence.token(i).shape();
        return t.shape() == shape && (shape == Tokens.Shape.CAPITALIZED || shape == Tokens.Shape.UPPER) && t.length() >= 3
                && sentence.commonness(k) == 0 && (sentence.nameEvidence(k) > 0 || sentence.placeEvidence(k) > 0);
    }

    /**
     * "al-Mansouri", "el-Amin", "Al-Farsi": a family name glued to its Arabic article by a hyphen (one token), with at
     * least three letters after it.
     */
    private static boolean gluedArticleName(Scan scan, NameModel.Sentence sentence, int k) {
        Tokens.Token t = sentence.token(k);
        String lower = scan.lower();
        return t.end() - t.start() >= 6 && (lower.startsWith("al-", t.start()) || lower.startsWith("el-", t.start()))
                && Character.isLetter(scan.text().charAt(t.start() + 3));
    }

    /**
     * "Hyun-woo", "Seo-yeon", "ji-ho" before a tagged family name: one token of two parts of two to five letters joined by
     * a hyphen, written in the same case as the name that follows ("Co-founder Lee", "e-mail Kim": no).
     */
    private static boolean hyphenatedGivenName(Scan scan, NameModel.Sentence sentence, int g, int name) {
        Tokens.Token t = sentence.token(g);
        String text = scan.text();
        if (t.shape() == Tokens.Shape.OTHER || t.shape() == Tokens.Shape.INITIAL
                || !joined(text, t.end(), sentence.token(name).start()) || sentence.token(name).start() == t.end()
                || Character.isUpperCase(text.charAt(t.start())) != Character.isUpperCase(text.charAt(sentence.token(name).start()))) {
            return false;
        }
        int hyphen = -1;
        for (int c = t.start(); c < t.end(); c++) {
            char ch = text.charAt(c);
            if (ch == '-') {
                if (hyphen >= 0) {
                    return false;
                }
                hyphen = c;
            } else if (!Character.isLetter(ch)) {
                return false;
            }
        }
        int first = hyphen - t.start();
        int second = t.end() - hyphen - 1;
        return hyphen > 0 && first >= 2 && first <= 5 && second >= 2 && second <= 5
                && vowel(scan.lower(), t.start(), hyphen) && vowel(scan.lower(), hyphen + 1, t.end())
                // "Jean-Baptiste Nkurunziza", "Anna-Lena Berg": two capitalised parts of three letters or more, at most one
                // an English word ("Wi-Fi Ahmed", "Follow-Up Johnson" stay apart).
                || hyphen > 0 && first >= 3 && second >= 3 && Character.isUpperCase(text.charAt(t.start()))
                        && doubleBarrelled(scan, t) >= 0 && doubleBarrelled(scan, t) <= 1;
    }

    /**
     * Where the person run of tokens {@code i} to {@code j} goes on: over at most three particles, each one blank
     * apart, into the next tagged run (of any type: the model tags some surnames as places) written in the same case
     * as the run ("Maria dos Santos", "nurul binti abdullah"; not "Maria de acuerdo"). {@code j} when it does not.
     */
    private static int particleJoin(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int i, int j) {
        int n = labels.length;
        int k = j;
        int linked = nameLinkJoin(scan, sentence, labels, links, i, j);
        if (linked > j) {
            return linked;
        }
        while (k < n && k - j < 3 && particle(scan, sentence, k)
                && joined(scan.text(), sentence.token(k - 1).end(), sentence.token(k).start())) {
            k++;
        }
        if (k > j && k < n && labels[k] == 0 && untaggedFamilyName(scan, sentence, i, k)
                && joined(scan.text(), sentence.token(k - 1).end(), sentence.token(k).start())
                && (links == null || !links.get(sentence.token(k).start()))) {
            return k + 1; // "MARIA DA CONCEIÇÃO": the model left the family name after the particle untagged
        }
        if (k == j || k >= n || labels[k] == 0 || !joined(scan.text(), sentence.token(k - 1).end(), sentence.token(k).start())
                || links != null && links.get(sentence.token(k).start())
                || Character.isUpperCase(scan.text().charAt(sentence.token(k).start()))
                        != Character.isUpperCase(scan.text().charAt(sentence.token(i).start()))
                        && Character.isUpperCase(scan.text().charAt(sentence.token(k).start()))
                                != Character.isUpperCase(scan.text().charAt(sentence.token(j - 1).start()))) {
            return j; // round 39: the case of the run's first or last word ("ik ben Thijs van der Berg")
        }
        int label = labels[k];
        int end = k + 1;
        while (end < n && labels[end] == label + (label % 2 == 1 ? 1 : 0)
                && (links == null || !links.get(sentence.token(end).start()))
                && joined(scan.text(), sentence.token(end - 1).end(), sentence.token(end).start())) {
            end++;
        }
        return end;
    }

    /**
     * Round 73: where the person run of tokens {@code i} to {@code j} goes on when its last token is a particle of a family
     * name ("Fleur de", "Ana Luisa da") or ends on one after a hyphen (Dutch "Dijk-de"): a particle is never the last
     * word of a name, the family name follows it. Over at most two more particles ("de la"), each one blank apart, the
     * next word joins: a run the model tagged there (of any type: it tags some family names as places) whole, or an
     * untagged word written in the case of the run's first word, letters only (a hyphen or an apostrophe inside), with a
     * vowel, no English word when in lower case ("costa"; a capitalised "Wit" is a family name after its particle), no
     * weekday or month, greeting, closing, title or {@code @person.never} word, not a link's. {@code j} when the run does
     * not end on a particle, has no word before its particle, or nothing that reads as a name follows. Reads at most four
     * tokens after the run, plus the tagged run it joins: linear.
     */
    static int afterEndingParticle(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int i, int j) {
        int n = sentence.size();
        if (j - i < 2 || j >= n || !endsOnParticle(scan, sentence, j - 1) || particle(scan, sentence, i)) {
            return j;
        }
        String text = scan.text();
        int k = j;
        while (k < n && k - j < 2 && particle(scan, sentence, k) && oneBlank(text, sentence.token(k - 1), sentence.token(k))) {
            k++;
        }
        if (k >= n || !oneBlank(text, sentence.token(k - 1), sentence.token(k)) || links != null && links.get(sentence.token(k).start())) {
            return j;
        }
        if (labels[k] != 0) {
            int label = labels[k];
            int end = k + 1;
            while (end < n && end - k < 4 && labels[end] == label + (label % 2 == 1 ? 1 : 0)
                    && (links == null || !links.get(sentence.token(end).start()))
                    && joined(text, sentence.token(end - 1).end(), sentence.token(end).start())) {
                end++;
            }
            return end;
        }
        Tokens.Token t = sentence.token(k);
        Tokens.Shape shape = sentence.token(i).shape();
        if (t.shape() != shape || shape != Tokens.Shape.CAPITALIZED && shape != Tokens.Shape.LOWER && shape != Tokens.Shape.UPPER
                || t.end() - t.start() < 2 || shape == Tokens.Shape.LOWER && sentence.commonness(k) != 0) {
            return j;
        }
        String lower = scan.lower();
        if (!vowel(lower, t.start(), t.end()) || !Character.isLetter(lower.charAt(t.start())) || !Character.isLetter(lower.charAt(t.end() - 1))) {
            return j;
        }
        for (int c = t.start(); c < t.end(); c++) {
            char ch = lower.charAt(c);
            if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '\u2019') {
                return j;
            }
        }
        String w = lower.substring(t.start(), t.end());
        return TITLES.contains(w) || GREETINGS.contains(w) || CLOSINGS.contains(w) || CLOSING_WORDS.contains(w)
                || CALENDAR_WORDS.contains(w) || FOREIGN_GREETINGS.contains(w) || INTRO_GREETINGS.contains(w)
                || scan.pack().words("@person.never").words().contains(w) ? j : k + 1;
    }

    /** Token {@code k} is a particle, or ends on one after a hyphen ("Dijk-de", "Visser-van"). */
    private static boolean endsOnParticle(Scan scan, NameModel.Sentence sentence, int k) {
        if (particle(scan, sentence, k)) {
            return true;
        }
        Tokens.Token t = sentence.token(k);
        String lower = scan.lower();
        for (int c = t.end() - 2; c > t.start() && c >= t.end() - 6; c--) {
            if (lower.charAt(c) == '-') {
                return c - t.start() >= 2 && PARTICLES.contains(lower.substring(c + 1, t.end()));
            }
        }
        return false;
    }

    /**
     * Round 83: the small words that join a given name to a family name in Welsh ("ap", "son of") and Italian ("Lo"),
     * which {@link #PARTICLES} leaves out because they are words of other kinds as well (Italian and Spanish "lo"). Read
     * only between two runs the model tagged as persons. (Irish "Ní" and "Ó" were tried: the name readings take them
     * already, and joining there only rewrote findings.)
     */
    private static final Set<String> NAME_LINKS = Set.of("ap", "lo");

    /**
     * Round 83: where the person run of tokens {@code i} to {@code j} goes on over one untagged word of {@link #NAME_LINKS},
     * one blank on either side, into the next run when the model tagged it as a person too, its first letter in the case
     * of the run's first letter ("Rhodri ap Hywel", "Antonella Lo Sardo"); {@code j} when it does not. Reads one word and the
     * run it joins (at most four words): linear.
     */
    private static int nameLinkJoin(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int i, int j) {
        int n = labels.length;
        if (j + 1 >= n || labels[j] != 0 || !isPerson(labels[j + 1])) {
            return j;
        }
        String text = scan.text();
        Tokens.Token link = sentence.token(j);
        Tokens.Token next = sentence.token(j + 1);
        if (link.end() - link.start() > 3 || !oneBlank(text, sentence.token(j - 1), link) || !oneBlank(text, link, next)
                || !NAME_LINKS.contains(scan.lower().substring(link.start(), link.end()))
                || links != null && (links.get(link.start()) || links.get(next.start()))
                || Character.isUpperCase(text.charAt(next.start())) != Character.isUpperCase(text.charAt(sentence.token(i).start()))) {
            return j;
        }
        int label = labels[j + 1];
        int end = j + 2;
        while (end < n && end - j < 4 && labels[end] == label + (label % 2 == 1 ? 1 : 0)
                && (links == null || !links.get(sentence.token(end).start()))
                && joined(text, sentence.token(end - 1).end(), sentence.token(end).start())) {
            end++;
        }
        return end;
    }

    /** Round 83: the labels of a name that a form read aloud asks with a question mark ("Surname? …"). */
    private static final List<String> ASKED_LABELS = List.of("surname", "last name", "family name", "first name", "given name",
            "full name", "maiden name", "middle name");

    /**
     * Round 83: a name given after its label asked as a question, on the same line ("First name: Ana. Surname? Adewunmi-Coker.",
     * "Last name? Ó Briosáin, with a fada"): a label of {@link #ASKED_LABELS} (a word boundary before it), '?', one or two
     * blanks, then one to four capitalised words one blank apart (letters, a hyphen or an apostrophe inside, a lower-case
     * letter in each but a one-letter word), none known to the English lists better than as a name, no greeting, closing,
     * title or other word of {@link #wordOfForm}, not a link's, the clause closing after the last. The person, when no
     * finding of this recogniser covers its first word already. Reads at most four words after each '?': linear.
     */
    private void askedNames(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        String text = scan.text();
        if (text.indexOf('?') < 0) {
            return;
        }
        String lower = scan.lower();
        java.util.BitSet covered = null;
        int n = sentence.size();
        for (int k = 0; k < n; k++) {
            Tokens.Token t = sentence.token(k);
            int q = t.start() - 1;
            while (q >= 0 && q > t.start() - 3 && text.charAt(q) == ' ') {
                q--;
            }
            if (q < 0 || q == t.start() - 1 || text.charAt(q) != '?' || !askedLabelBefore(lower, q)) {
                continue;
            }
            int m = k;
            while (m < n && m < k + 4 && (m == k || oneBlank(text, sentence.token(m - 1), sentence.token(m)))
                    && askedNameWord(scan, sentence, links, m)) {
                m++;
            }
            if (m == k || !closesClause(text, sentence.token(m - 1).end())
                    || m < n && sentence.token(m).start() == sentence.token(m - 1).end()) {
                continue;
            }
            int start = t.start();
            int end = sentence.token(m - 1).end();
            if (covered == null) {
                covered = covered(text, out);
            }
            int hit = covered.nextSetBit(start);
            if (hit < 0 || hit >= t.end()) {
                out.add(new Candidate("PERSON", start, end, 0.6, this, "asked-name"));
                covered.set(start, end);
            }
            k = m - 1;
        }
    }

    /** Whether a label of {@link #ASKED_LABELS} ends right before {@code q} (the '?'), a word boundary before it. */
    private static boolean askedLabelBefore(String lower, int q) {
        for (String label : ASKED_LABELS) {
            int s = q - label.length();
            if (s >= 0 && lower.startsWith(label, s) && !Chars.word(Chars.at(lower, s - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A word of an asked name ({@link #askedNames}). */
    private static boolean askedNameWord(Scan scan, NameModel.Sentence sentence, java.util.BitSet links, int m) {
        Tokens.Token u = sentence.token(m);
        String text = scan.text();
        if (!Character.isUpperCase(text.charAt(u.start())) || u.end() - u.start() > 40 || links != null && links.get(u.start())
                || sentence.commonness(m) != 0 && sentence.nameEvidence(m) < sentence.commonness(m)) {
            return false;
        }
        boolean lowerLetter = u.end() - u.start() == 1;
        for (int c = u.start() + 1; c < u.end(); c++) {
            char ch = text.charAt(c);
            if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '\u2019') {
                return false;
            }
            lowerLetter |= Character.isLowerCase(ch);
        }
        return lowerLetter && Character.isLetter(text.charAt(u.end() - 1))
                && !wordOfForm(scan, scan.lower().substring(u.start(), u.end()));
    }

    /** Round 83: given names written short with their dot ("Ma." for Maria, "Wm." for William). */
    private static final Set<String> ABBREVIATED_GIVEN_NAMES = Set.of("Ma", "Wm", "Chas", "Jas", "Thos", "Robt");

    /**
     * Round 83: "Ma. Teodora Bagasbas", "Wm. Adewunmi": a given name of {@link #ABBREVIATED_GIVEN_NAMES} with its dot and
     * one blank right before a person this recogniser found, a word boundary before it, belongs to the person (a finding
     * that already takes the word stays as it is). Reads five characters before each finding: linear.
     */
    private void abbreviatedGivenNames(String text, List<Candidate> out) {
        if (text.indexOf(". ") < 0) {
            return;
        }
        java.util.BitSet covered = null;
        for (int c = 0, size = out.size(); c < size; c++) {
            Candidate p = out.get(c);
            int s = p.start;
            if (!p.type.equals("PERSON") || p.recognizer != this || s < 4 || text.charAt(s - 1) != ' ' || text.charAt(s - 2) != '.') {
                continue;
            }
            int w = s - 2;
            int b = w;
            while (b > 0 && b > w - 4 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b == w || Chars.word(Chars.at(text, b - 1)) || Chars.at(text, b - 1) == '.'
                    || !ABBREVIATED_GIVEN_NAMES.contains(text.substring(b, w))) {
                continue;
            }
            if (covered == null) {
                covered = covered(text, out);
            }
            int hit = covered.nextSetBit(b);
            if (hit < 0 || hit >= w) {
                out.set(c, new Candidate(p.type, b, p.end, p.baseScore, this, p.validator));
            }
        }
    }

    /** Exactly one blank between tokens {@code a} and {@code b}. */
    private static boolean oneBlank(String text, Tokens.Token a, Tokens.Token b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }

    /**
     * Titles written in lower case with their dot ("mr. adebola fashola", "mrs. okoro"): the words after one are read as
     * after "my name is" (a capitalised title is the model's own evidence).
     */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "dr", "prof");

    /** "ok, vu hoang long here", "sorry, its rafa again": a word and its comma at the start that leave the opening open. */
    private static final Set<String> OPENERS = Set.of("ok", "okay", "yes", "yeah", "sorry", "so", "well", "right");

    /** "my son kwame", "my wife …": a relation word after "my" introduces a person. */
    private static final Set<String> RELATIONS = Set.of("son", "daughter", "wife", "husband", "partner", "mother", "mom", "mum",
            "father", "dad", "brother", "sister", "friend", "colleague", "boss", "manager", "grandson", "granddaughter",
            "grandmother", "grandfather", "aunt", "uncle", "cousin", "nephew", "niece", "fiance", "fiancee", "girlfriend", "boyfriend",
            "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "stepson",
            "stepdaughter", "stepmother", "stepfather", "grandma", "grandpa", "granny", "carer", "neighbour", "neighbor",
            "flatmate", "roommate", "landlord", "landlady", "fiancé", "fiancée");

    /**
     * Greetings and sign-offs that a name follows: "hi anna", "thanks, Oyelaran", "Regards,\nIngrid Solberg", "dear
     * mr", "bye kwame" (and "thank you …", handled with "you"); and "cc:" opening a line of the people copied in.
     */
    private static final Set<String> GREETINGS = Set.of("hi", "hii", "hello", "hey", "heya", "hiya", "dear", "thanks", "thx", "thnx",
            "ty", "bye", "cheers", "regards", "greetings", "salut", "hola", "ciao", "hallo", "merci", "gracias", "danke", "sincerely",
            "best", "welcome", "signed", "cc", "wishes");

    /**
     * Whether {@code hi}, {@code thanks} … at token {@code k} greets someone: at the start of the text, a sentence or a line,
     * or after "and", "oh", "ok" ("ok thanks anna"); "best" and "welcome" only at a line's start or before a line break
     * ("Best,\nMarta"). "say hi to…", "said thanks": no greeting.
     */
    private static boolean greetingAt(Scan scan, NameModel.Sentence sentence, int k) {
        Tokens.Token t = sentence.token(k);
        String text = scan.text();
        String w = scan.lower().substring(t.start(), t.end());
        boolean lineStart = k == 0 || lineBreak(text, sentence.token(k - 1).end(), t.start());
        if (w.equals("wishes")) {
            // "Best wishes\nImogen …", "Warm wishes, Tomás" (round 33): the closing opens its line or sentence, a comma
            // or a line break follows it.
            if (k == 0) {
                return false;
            }
            Tokens.Token b = sentence.token(k - 1);
            String bw = scan.lower().substring(b.start(), b.end());
            boolean opens = k == 1 || b.sentenceStart() || lineBreak(text, sentence.token(k - 2).end(), b.start());
            int after = Chars.skipBlanks(text, t.end());
            return (bw.equals("best") || bw.equals("warm") || bw.equals("warmest") || bw.equals("kind") || bw.equals("good"))
                    && opens && b.end() + 1 == t.start() && (Chars.at(text, after) == ',' || Chars.at(text, after) == '\n');
        }
        if (w.equals("best") || w.equals("welcome") || w.equals("sincerely") || w.equals("regards")) {
            // Sign-offs: alone on their line before the name ("Best,\nMarta", "Kind regards,\nLi Wei", "Regards, Tomás").
            int after = Chars.skipBlanks(text, t.end());
            boolean comma = Chars.at(text, after) == ',';
            return (lineStart || w.equals("regards") || w.equals("sincerely")) && (comma || Chars.at(text, after) == '\n');
        }
        if (lineStart || t.sentenceStart()) {
            return true;
        }
        if (w.equals("cheers") || w.equals("thanks") || w.equals("thx") || w.equals("bye")) {
            // A sign-off that closes the message after a comma: "ok sorted now, cheers, tomasz".
            int c = sentence.token(k - 1).end();
            while (c < t.start() && text.charAt(c) == ' ') {
                c++;
            }
            if (c < t.start() && text.charAt(c) == ',') {
                return true;
            }
        }
        String before = scan.lower().substring(sentence.token(k - 1).start(), sentence.token(k - 1).end());
        return before.equals("and") || before.equals("oh") || before.equals("ok") || before.equals("okay") || before.equals("many")
                || before.equals("kind") || before.equals("warm") || before.equals("best") || before.equals("well");
    }

    /**
     * After a greeting or sign-off, a capitalised given name that is also a common word ("Will", "Hope", "Grant") is the
     * name when a capitalised name word follows it on the same line: one the English word lists do not know, or know as a
     * name at least as well ("Thanks, Will Pemberton-Shaw", round 34; "Thanks, Will Do" and "Hi, Hope This Helps" stay).
     * Reads two tokens.
     */
    private static boolean givenNameBeforeName(Scan scan, NameModel.Sentence sentence, int m) {
        if (m + 1 >= sentence.size() || !sentence.token(m).capitalized() || sentence.firstNameEvidence(m) == 0) {
            return false;
        }
        Tokens.Token next = sentence.token(m + 1);
        return next.start() == sentence.token(m).end() + 1 && next.capitalized() && next.end() - next.start() >= 3
                && (sentence.commonness(m + 1) == 0 || sentence.nameEvidence(m + 1) >= sentence.commonness(m + 1))
                && !scan.pack().words("@person.never").words().contains(scan.lower().substring(next.start(), next.end()));
    }

    /**
     * A short capitalised syllable right before a tagged two-word name whose first word is a short syllable too — a
     * Vietnamese or Chinese given name of two syllables written apart ("Minh Anh Tran", "Wei Jie Lim"): two to five letters,
     * one blank before the name, no title, unknown to the English word lists (or known as a name at least as well), no
     * place, no product word ("Order Anh Tran", "Dublin Jie Lim", "Mr Anh Tran" stay as they were). Reads two tokens.
     */
    private static boolean syllableBefore(Scan scan, NameModel.Sentence sentence, int g, int name, java.util.BitSet links) {
        Tokens.Token t = sentence.token(g);
        Tokens.Token n = sentence.token(name);
        int len = t.end() - t.start();
        if (t.shape() != Tokens.Shape.CAPITALIZED || len < 2 || len > 5 || n.end() - n.start() > 4 || n.start() != t.end() + 1
                || writtenTitle(scan.text(), t) || links != null && links.get(t.start())) {
            return false;
        }
        String w = scan.lower().substring(t.start(), t.end());
        return (sentence.commonness(g) == 0 || sentence.nameEvidence(g) >= sentence.commonness(g)) && sentence.placeEvidence(g) == 0
                && !TITLES.contains(w) && !scan.pack().words("@person.never").words().contains(w) && vowel(scan.lower(), t.start(), t.end());
    }

    /** "hasn't", "I'm", "we've", "you'll", "I'd", "they're": a verb form, never a name ("O'Brien" is none of these). */
    private static boolean contraction(String lowerWord) {
        String w = lowerWord.replace('’', '\'');
        return w.endsWith("n't") || w.endsWith("'m") || w.endsWith("'ve") || w.endsWith("'ll") || w.endsWith("'d") || w.endsWith("'re");
    }

    /** Whether a line break lies in {@code text[from, to)} (the gap between two neighbouring tokens: linear overall). */
    private static boolean lineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Between a greeting and the name: blanks, at most one comma or colon, a line break after a sign-off's comma. */
    private static boolean greetingGap(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        int marks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ':' || c == '!' || c == '\n' || c == '\r' || c == '-') {
                marks++;
            } else if (c != ' ') {
                return false;
            }
        }
        return marks <= 2;
    }

    /**
     * {@code String.hashCode()} of every word that can introduce a name (the cases of {@link #introducedNames}'s switch,
     * the relation words and the greetings), sorted: a token whose hash is not among them is skipped without a substring (equal words
     * have equal hashes, so none is missed). Most tokens of most texts are skipped here.
     */
    private static final int[] INTRO_HASHES = java.util.stream.Stream.concat(Stream.of("is", "am", "i'm", "im", "me", "name", "you",
                    "it", "its", "it's", "it\u2019s", "here", "for", "to", "with", "from"),
            Stream.concat(Stream.concat(RELATIONS.stream(), GREETINGS.stream()), TITLES.stream())).mapToInt(String::hashCode).sorted().distinct().toArray();

    /**
     * Names the model left untagged right after an explicit introduction — "my name is", "name:", "this is", "i am",
     * "i'm", "call me", "my son" — typically international names written in lower case ("hi, this is wei zhang"). Up to
     * three joined words of letters follow, each unknown to the English word lists or known at least as well as a name
     * as it is as a word ("this is urgent", "i am hungry", "my name is on the card" name nobody); words the model gave
     * another label, brand words, words without a vowel, "-n't" and "-ing" forms stop the run. After the weaker "i am"
     * and "this is", one word alone must be known as a name. Score 0.6 with name evidence or two words, else 0.45.
     * One look at the two tokens before each token: linear.
     */
    private void introducedNames(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        String lower = scan.lower();
        String text = scan.text();
        int n = sentence.size();
        Set<String> never = null;
        java.util.BitSet covered = null;
        for (int k = 0; k < n; k++) {
            if (java.util.Arrays.binarySearch(INTRO_HASHES, sentence.hash(k)) < 0) {
                continue;
            }
            Tokens.Token t = sentence.token(k);
            String w = lower.substring(t.start(), t.end());
            if (k + 1 == n && !w.equals("here")) {
                continue; // only "here" looks back: every other introduction needs a word after it
            }
            String before = k > 0 ? lower.substring(sentence.token(k - 1).start(), sentence.token(k - 1).end()) : "";
            boolean adjacentBefore = k > 0 && joined(text, sentence.token(k - 1).end(), t.start());
            boolean intro = switch (w) {
                case "is" -> adjacentBefore && (before.equals("name") || before.equals("this"));
                case "am" -> adjacentBefore && before.equals("i");
                case "i'm", "im" -> true;
                case "me" -> adjacentBefore && before.equals("call");
                case "name" -> Chars.at(text, Chars.skipBlanks(text, t.end())) == ':'
                        || possessiveS(text, t.end()) && (adjacentBefore && (before.equals("my") || before.equals("the"))
                                || opening(scan, sentence, k)); // "my name's ji-ho", "name's ji-ho", "ok the name's ji-ho"
                case "you" -> adjacentBefore && before.equals("thank");
                // a mail header opening its line, in any case: "From: Ana Lima", "FROM: ANDREEA POPESCU"
                case "from" -> Chars.at(text, t.end()) == ':' && (k == 0 || lineBreak(text, sentence.token(k - 1).end(), t.start()));
                // "ask for chukwudi", "spoke to dimitra": one who is asked for or spoken to is named after it.
                case "for" -> adjacentBefore && (before.equals("ask") || before.equals("asked"));
                case "to", "with" -> adjacentBefore && (before.equals("speak") || before.equals("spoke") || before.equals("talk")
                        || before.equals("talked"));
                // Inside a sentence "its" is mostly a possessive ("its battery"): there only two name words closed by the
                // clause's end or "here" / "btw" count ("my card got declined its sipho ndlovu btw"; checked below).
                case "its", "it's", "it\u2019s" -> true;
                case "it" -> possessiveS(text, t.end()); // "it's": "it", then "s"
                case "here" -> {
                    if (covered == null) {
                        covered = covered(text, out);
                    }
                    nameBeforeHere(scan, sentence, labels, links, k, out, covered);
                    yield false;
                }
                default -> adjacentBefore && before.equals("my") && RELATIONS.contains(w) || GREETINGS.contains(w) && greetingAt(scan, sentence, k)
                        || TITLES.contains(w) && t.shape() == Tokens.Shape.LOWER
                                && (Chars.at(text, t.end()) == '.' || (w.equals("mrs") || w.equals("mr")) && Chars.at(text, t.end()) == ' ')
                                && (k == 0 || !Chars.word(Chars.at(text, t.start() - 1)) && Chars.at(text, t.start() - 1) != '.');
            };
            if (!intro) {
                continue;
            }
            boolean inside = w.startsWith("it") && !opening(scan, sentence, k);
            boolean greeting = w.equals("you") || GREETINGS.contains(w) && !RELATIONS.contains(w);
            int m = k + 1;
            if (w.equals("it") || w.equals("name") && possessiveS(text, t.end())) {
                if (k + 2 >= n || sentence.token(m).start() != t.end() + 1) {
                    continue;
                }
                m++; // the "s" of "it's", "name's" is a token of its own
            }
            if (greeting && SELF_INTROS.contains(lower.substring(sentence.token(m).start(), sentence.token(m).end()))) {
                continue; // "hi im kemal", "hey its rafa": the introduction that follows names the writer, not "im"
            }
            boolean afterComma = false;
            if (w.startsWith("it") && lower.startsWith("me", sentence.token(m).start()) && sentence.token(m).end() - sentence.token(m).start() == 2
                    && m + 1 < n && Chars.at(text, Chars.skipBlanks(text, sentence.token(m).end())) == ','
                    && greetingGap(text, sentence.token(m).end(), sentence.token(m + 1).start())) {
                m++; // "it's me, rafa": the name comes after the comma
                afterComma = true;
            }
            if ((w.equals("name") || w.equals("from")) && !(sentence.token(m).start() - sentence.token(m - 1).end() <= 3)) {
                continue;
            }
            if (greeting && !greetingGap(text, t.end(), sentence.token(m).start())) {
                continue;
            }
            // Round 46: "Hallo, hier ist …", "Bonjour, je suis …": a lead-in of another language after the greeting is no
            // name; the capitalised words after it are read instead ("Hallo, hier ist Friederike."), not a noun before a
            // preposition ("Hallo, hier ist Platz für …").
            boolean leadIn = false;
            if (greeting) {
                int words = foreignLeadInWords(lower, sentence, m);
                if (words < 0) {
                    // not a lead-in
                } else if (words == 0 || m + words >= n || sentence.token(m + words).shape() != Tokens.Shape.CAPITALIZED
                        || nounAfterGermanLeadIn(scan, sentence, m + words)) {
                    continue;
                } else {
                    m += words;
                    leadIn = true;
                    afterComma = true;
                }
            }
            int first = m;
            boolean evidence = false;
            // The model may have tagged the first words itself ("this is Kemal" + an untagged "yilmaz"): a tagged person
            // prefix is taken over, and the run is reported only when it adds an untagged word.
            int tagged = first;
            // Round 73: at most three name words; the particles between them ("ana luisa da costa", "tran thi ngoc anh")
            // are no words of their own (at most two of them, so the look-ahead stays constant) — not after a first word that
            // is a particle itself ("salut, la facture de …": an article opens a phrase, not a name).
            int particlesIn = 0;
            while (m < n && m - first - particlesIn < 3 && (labels[m] == 0 || m == tagged && isPerson(labels[m]))) {
                Tokens.Token u = sentence.token(m);
                if (m > first && !joined(text, sentence.token(m - 1).end(), u.start())
                        || m == first && !w.equals("name") && !w.equals("from") && !greeting && !afterComma
                                && !joined(text, sentence.token(m - 1).end(), u.start())) {
                    break;
                }
                if (u.shape() == Tokens.Shape.OTHER || u.shape() == Tokens.Shape.INITIAL || u.end() - u.start() < 2
                        || links != null && links.get(u.start()) || leadIn && u.shape() != Tokens.Shape.CAPITALIZED) {
                    break;
                }
                String word = lower.substring(u.start(), u.end());
                if (!vowel(lower, u.start(), u.end()) || contraction(word)
                        || word.endsWith("ing") && u.shape() == Tokens.Shape.LOWER && !closesClause(text, u.end())) {
                    break; // "tbd": no name is written without a vowel; "hasn't", "i'm topping up": verbs ("hi im xiaoming," is a name)
                }
                if (m == first && possessiveOpening(text, u)) {
                    break; // "Hallo, meine Bestellung …", "hi, my order …": a thing of the writer's follows, no name (round 36)
                }
                int common = sentence.commonness(m);
                int name = sentence.nameEvidence(m);
                if (common > 0 && name < common && !(greeting && m == first && givenNameBeforeName(scan, sentence, m))) {
                    break;
                }
                if (common > 0 && (w.equals("for") || w.equals("to") || w.equals("with")) && sentence.firstNameEvidence(m) <= common) {
                    break; // "asked for cash": after these, an English word must be known better as a given name than as a word
                }
                if (never == null) {
                    never = scan.pack().words("@person.never").words();
                }
                if (never.contains(lower.substring(u.start(), u.end()))) {
                    break;
                }
                evidence |= name > 0 || labels[m] != 0;
                if (labels[m] != 0) {
                    tagged++;
                }
                if (m > first && particlesIn < 2 && particle(scan, sentence, m) && !particle(scan, sentence, first)) {
                    particlesIn++;
                }
                m++;
            }
            if (tagged > first && (m == tagged || m - first == 1)) {
                k = m - 1;
                continue; // the model found the whole run
            }
            // "i am …", "this is …" also introduce states and things ("i'm intereted", "this is xyzcorp"): one word
            // alone must be known as a name there.
            boolean weak = w.equals("am") || w.equals("i'm") || w.equals("im") || w.equals("is") && before.equals("this") || w.startsWith("it")
                    || w.equals("for") || w.equals("to") || w.equals("with");
            if (inside && (m - first < 2 || !closesName(text, lower, sentence, m))) {
                continue;
            }
            if (m == first || weak && m - first == 1 && !evidence && !closesName(text, lower, sentence, m)) {
                // ... unless the word ends the clause or is followed by "here"/"again" ("this is farida, …", "its rafa here").
                continue;
            }
            if (greeting && m - first == 1 && !evidence && sentence.token(first).shape() != Tokens.Shape.CAPITALIZED) {
                // "thanks bruh", "hey fam": after a greeting one lower-case word must be known as a name ("thanks anna");
                // a capitalised one the word lists do not know is taken as written ("Hi Oyelaran").
                continue;
            }
            if (greeting && (m - first >= 3 && unknownWord(text, sentence, labels, first + 3)
                    || particlesIn > 0 && m - first - particlesIn == 3 && unknownWord(text, sentence, labels, m))) {
                continue; // four unknown words in a row after "hi" (round 73: also three name words and their particles, then one): a phrase of another language, not a name
            }
            int start = sentence.token(first).start();
            int end = sentence.token(m - 1).end();
            int fresh = sentence.token(tagged).start();
            if (covered == null) {
                covered = covered(text, out);
            }
            int hit = covered.nextSetBit(fresh);
            if (hit < 0 || hit >= end) {
                out.add(new Candidate("PERSON", start, end, evidence || m - first > 1 ? 0.6 : 0.45, this, "introduced"));
                covered.set(start, end);
            }
            k = m - 1;
        }
    }

    /** Token {@code k} exists, is untagged, joined to the one before it, and known to no word or name list. */
    private static boolean unknownWord(String text, NameModel.Sentence sentence, int[] labels, int k) {
        return k < sentence.size() && labels[k] == 0 && joined(text, sentence.token(k - 1).end(), sentence.token(k).start())
                && sentence.commonness(k) == 0 && sentence.nameEvidence(k) == 0;
    }

    /**
     * What other findings already cover, built once per text (a check per name against every finding was quadratic in a
     * text of many greetings).
     */
    private static java.util.BitSet covered(String text, List<Candidate> out) {
        java.util.BitSet covered = new java.util.BitSet(text.length());
        for (Candidate c : out) {
            covered.set(c.start, c.end);
        }
        return covered;
    }

    /** Words that open a self-introduction: after "hi" they are not the name ("hi im kemal", "hey its rafa"). */
    private static final Set<String> SELF_INTROS = Set.of("im", "its", "it's", "it\u2019s", "this");

    /** Words after a name that close a self-introduction: "rafa here", "its rafa again", "this is rafa speaking", "its rafa btw". */
    private static final Set<String> AFTER_NAME = Set.of("here", "again", "speaking", "btw");

    /** Whether "'s" (straight or curly apostrophe) stands at {@code at}: the tokens leave it out of "it's". */
    private static boolean possessiveS(String text, int at) {
        char c = Chars.at(text, at);
        return (c == '\'' || c == '\u2019') && Character.toLowerCase(Chars.at(text, at + 1)) == 's';
    }

    private static boolean isPerson(int label) {
        return label == 1 || label == 2;
    }

    /** Whether the clause ends after {@code end}: end of text, a line break or a punctuation mark after blanks. */
    private static boolean closesClause(String text, int end) {
        int k = Chars.skipBlanks(text, end);
        if (k >= text.length()) {
            return true;
        }
        char c = text.charAt(k);
        return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\r' || c == '-' || c == '(';
    }

    /** Whether the name run ending before token {@code m} is closed: the clause ends, or "here"/"again"/"speaking" follows. */
    private static boolean closesName(String text, String lower, NameModel.Sentence sentence, int m) {
        int end = sentence.token(m - 1).end();
        if (closesClause(text, end)) {
            return true;
        }
        if (m >= sentence.size() || !joined(text, end, sentence.token(m).start())) {
            return false;
        }
        Tokens.Token next = sentence.token(m);
        return AFTER_NAME.contains(lower.substring(next.start(), next.end())) && closesClause(text, next.end());
    }

    /**
     * Where a self-introduction may stand: at the start of the text, a sentence or a line, or right after a greeting
     * ("hey, its rafa", "hi there, kemal here"). "its" inside a sentence is a possessive ("its battery").
     */
    private static boolean opening(Scan scan, NameModel.Sentence sentence, int k) {
        Tokens.Token t = sentence.token(k);
        if (k == 0 || t.sentenceStart() || lineBreak(scan.text(), sentence.token(k - 1).end(), t.start())) {
            return true;
        }
        int g = k - 1;
        String before = scan.lower().substring(sentence.token(g).start(), sentence.token(g).end());
        if (before.equals("there") || before.equals("team") || before.equals("all")) {
            if (g == 0) {
                return false;
            }
            g--; // "hi there,", "hello team,"
            before = scan.lower().substring(sentence.token(g).start(), sentence.token(g).end());
        }
        if (OPENERS.contains(before) && g == k - 1 && (g == 0 || sentence.token(g).sentenceStart()
                || lineBreak(scan.text(), sentence.token(g - 1).end(), sentence.token(g).start()))) {
            // "ok, vu hoang long here": an opening word and its comma, then the introduction
            int c = Chars.skipBlanks(scan.text(), sentence.token(g).end());
            return Chars.at(scan.text(), c) == ',' && Chars.skipBlanks(scan.text(), c + 1) == t.start();
        }
        return GREETINGS.contains(before) && !before.equals("best") && !before.equals("regards") && !before.equals("sincerely")
                && !before.equals("wishes")
                && greetingAt(scan, sentence, g) && greetingGap(scan.text(), sentence.token(k - 1).end(), t.start());
    }

    /**
     * "chidi okonkwo here", "hi there, rafa here :)": one to three name-like words (as after "my name is") that open the
     * text, a sentence, a line or follow a greeting, then "here" closing the clause. Reads at most three tokens back.
     */
    private void nameBeforeHere(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int k, List<Candidate> out,
                                java.util.BitSet covered) {
        String text = scan.text();
        String lower = scan.lower();
        Tokens.Token here = sentence.token(k);
        // "here" closes the clause, or "here again" does ("ok, vu hoang long here again, …")
        boolean closed = closesClause(text, here.end()) || k + 1 < sentence.size() && sentence.token(k + 1).end() - sentence.token(k + 1).start() == 5
                && lower.startsWith("again", sentence.token(k + 1).start()) && sentence.token(k + 1).start() == here.end() + 1
                && closesClause(text, sentence.token(k + 1).end());
        if (k == 0 || !closed || !joined(text, sentence.token(k - 1).end(), here.start())) {
            return;
        }
        Set<String> never = scan.pack().words("@person.never").words();
        int best = -1;
        boolean evidence = false;
        boolean seen = false;
        // Round 73: at most three name words before "here"; the particles between them do not count (at most two).
        int particlesIn = 0;
        for (int r = k - 1; r >= 0 && r >= k - 3 - particlesIn; r--) {
            Tokens.Token u = sentence.token(r);
            if (r < k - 1 && !joined(text, u.end(), sentence.token(r + 1).start())) {
                break;
            }
            String word = lower.substring(u.start(), u.end());
            if (labels[r] != 0 && !isPerson(labels[r]) || u.shape() == Tokens.Shape.OTHER || u.shape() == Tokens.Shape.INITIAL
                    || u.end() - u.start() < 2 || links != null && links.get(u.start()) || !vowel(lower, u.start(), u.end())
                    || contraction(word) || never.contains(word) || SELF_INTROS.contains(word) || GREETINGS.contains(word)) {
                break;
            }
            int common = sentence.commonness(r);
            int name = sentence.nameEvidence(r);
            if (common > 0 && name < common) {
                break;
            }
            if (r < k - 1 && particlesIn < 2 && particle(scan, sentence, r)) {
                particlesIn++;
            }
            seen |= labels[r] == 0;
            evidence |= name > 0 || labels[r] != 0;
            if (opening(scan, sentence, r) || r > 0 && SELF_INTROS.contains(lower.substring(sentence.token(r - 1).start(), sentence.token(r - 1).end()))) {
                best = r;
            }
        }
        if (best < 0 || !seen) {
            return;
        }
        for (int r = best; r < k; r++) {
            // Words the model left untagged must be free: another finding there (an e-mail's, a place's) wins.
            for (int c = sentence.token(r).start(); labels[r] == 0 && c < sentence.token(r).end(); c++) {
                if (covered.get(c)) {
                    return;
                }
            }
        }
        int start = sentence.token(best).start();
        int end = sentence.token(k - 1).end();
        out.add(new Candidate("PERSON", start, end, evidence || k - best > 1 ? 0.6 : 0.45, this, "introduced"));
        covered.set(start, end);
    }

    /**
     * Vetoes on what the model calls a person, for shapes a name never has (tuned on synth_dataset_v2, WNUT-17 train
     * and dev and banking77 train only):
     * <ul>
     * <li>a spelled-out acronym: two single capitals in a row without the dot of an initial ("D N A", "G P S"); a word
     *     spelled out in mixed case ("J o h n s o n", an evasion) stays;</li>
     * <li>one token alone that is a product, brand or service word ({@code @person.never}: "Mastercard", "App");</li>
     * <li>a lower-case abbreviation with dots ("e.g", "i.e");</li>
     * <li>one letter alone ("A"), or two letters or an all-capitals acronym of at most four letters, optionally plural
     *     ("GT", "EIN", "ID", "ATMs"), that no gazetteer knows as a name ("Jo", "Ty" stay);</li>
     * <li>one capitalised token at the start of a sentence whose lower-case form is a more common English word than it
     *     is a name ("Please", "Will", "May"; "Bill" and "Grant" stay), with no person context word before it.</li>
     * </ul>
     * Names no gazetteer knows stay: international names ("Halldór", "Vehbija") are exactly what the lists miss.
     * Each check reads only the span's own tokens and the three before it: linear in the text.
     */
    private static boolean plausiblePerson(Scan scan, NameModel.Sentence sentence, int[] labels, int i, int j) {
        String text = scan.text();
        if (foreignFormRun(scan, sentence, i, j) || productNounBefore(scan, sentence, i, j)) {
            return false; // round 39: "Guten Tag", "Sie das", "Der Tarif München", "modello Milano"
        }
        if (foreignOpeningRun(scan, sentence, i, j)) {
            return false; // round 43: "Wann", "Freitag", "Pourquoi", "Kan", "Quanto" opening a sentence
        }
        if (spelledOutCapitals(text, sentence, i, j) || productName(scan, sentence, i, j) || closingRun(scan, sentence, i, j)
                || colourProduct(scan, sentence, i, j) || billVerb(scan, sentence, i, j)
                || codeName(scan.lower(), sentence.token(i).start(), sentence.token(j - 1).end())) {
            return false;
        }
        if (possessiveOpening(text, sentence.token(i))) {
            return false;
        }
        if (j - i == 1 && nounAfterGermanLeadIn(scan, sentence, i)) {
            return false; // round 46: "hier ist Platz für …", "ich bin Kunde bei …"
        }
        if (j - i > 1) {
            return true;
        }
        Tokens.Token t = sentence.token(i);
        int len = t.end() - t.start();
        int evidence = sentence.nameEvidence(i);
        if (len == 1 || len == 2 && evidence == 0) {
            return false;
        }
        String lower = scan.lower().substring(t.start(), t.end());
        if (scan.pack().words("@person.never").words().contains(lower) || FOREIGN_GREETINGS.contains(lower)) {
            return false;
        }
        if (lower.indexOf('.') > 0 && text.substring(t.start(), t.end()).equals(lower)) {
            // "e.g", "i.e", "a.m": a lower-case abbreviation with dots, not a name.
            return false;
        }
        if (evidence == 0 && acronym(text, t.start(), t.end())) {
            return false;
        }
        // The context words before it are read only for the one case they decide (most spans end above). A lone
        // lower-case word at a sentence's start is weighed as a given name (people name others there by their first
        // name: "mark is my brother", "grace called"): a common word known far better as a word than as a given name is
        // no person, even when it is a frequent family name ("price is too high"), unless a verb of saying follows it
        // ("price said"). Capitalised, a family name alone stays a name ("Green is not a better player").
        // Since round 28b the same holds for a capitalised word opening a sentence ("Price went up again"): a family name
        // that is a more common word alone at a sentence's start names nobody unless it is said to speak, a capitalised
        // word follows it, or the model tags another person within eight words ("Green is not a better player than Jordan").
        int given = sentence.firstNameEvidence(i);
        return !(t.sentenceStart() && (t.capitalized() || t.shape() == Tokens.Shape.LOWER) && sentence.commonness(i) >= 5
                && (evidence < sentence.commonness(i)
                        || given < sentence.commonness(i) && !saidAfter(scan, sentence, i)
                                && (t.shape() == Tokens.Shape.LOWER || !capitalisedAfter(sentence, i) && !personNear(labels, i, j)))
                && !personContextBefore(scan, sentence, i));
    }

    /**
     * Greetings and thanks of other languages that open a message alone ("Buongiorno, il prodotto …", round 34; German and
     * Dutch "Hallo", "Hoi", "Moin", "Servus", "Danke", "Bedankt", French "Merci", round 36), lower case.
     */
    private static final Set<String> FOREIGN_GREETINGS = Set.of("buongiorno", "buonasera", "buonanotte", "bonjour", "bonsoir",
            "salve", "olá", "oi", "witam", "hej", "hejsan", "hallå", "grazie", "obrigado", "obrigada", "gracias", "dziękuję",
            "tack", "pozdrawiam", "saludos", "atentamente", "cordialmente", "hallo", "hoi", "moin", "servus", "danke", "bedankt",
            "merci");

    /**
     * Possessive determiners written in lower case ("Hallo, meine Bestellung …", "Hallo, mijn pakket …", round 36): a run
     * they open names a thing of the writer's, no person. "ma" (a family name) and "mi", "mia", "min" (given names) are
     * left out.
     */
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "mijn", "onze", "mein", "meine", "meinen", "meinem",
            "meiner", "unser", "unsere", "mon", "mes", "notre", "nos", "mis", "nuestro", "nuestra", "mio", "nostro", "nostra");

    /** Whether {@code t} is a possessive determiner of {@link #POSSESSIVES}, written in lower case. */
    private static boolean possessiveOpening(String text, Tokens.Token t) {
        int len = t.end() - t.start();
        return len >= 2 && len <= 7 && Character.isLowerCase(text.charAt(t.start()))
                && POSSESSIVES.contains(text.substring(t.start(), t.end()));
    }

    /** File extensions of source code and logs: "CartService.java" in a stack trace names a file, not a person. */
    private static final Set<String> CODE_EXTENSIONS = Set.of("java", "kt", "kts", "scala", "groovy", "py", "js", "mjs", "ts",
            "tsx", "jsx", "rb", "go", "cs", "cpp", "hpp", "php", "swift", "class", "jar", "dll", "exe", "so", "log", "xml", "json",
            "yml", "yaml", "properties", "sql", "sh");
    /** The first segments of Java, Kotlin and Android package names: "java.lang", "org.hibernate" name packages. */
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "kotlin", "kotlinx", "android", "androidx",
            "org", "com", "io", "sun", "jdk");

    /**
     * One dotted token that reads as code (round 34): it ends in a source or log file's extension ("CartService.java",
     * "sync.py") or opens with a package root ("java.lang", "org.hibernate"); "nguyen.van.thanh" and "J.R" stay.
     */
    private static boolean codeName(String lower, int from, int to) {
        if (to - from > 80) {
            return false;
        }
        int first = -1;
        int last = -1;
        for (int k = from; k < to; k++) {
            char c = lower.charAt(k);
            if (c == '.') {
                first = first < 0 ? k : first;
                last = k;
            } else if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                return false; // a blank, a hyphen, an apostrophe: words, not one dotted token
            }
        }
        return first > from && last + 1 < to && (CODE_EXTENSIONS.contains(lower.substring(last + 1, to))
                || PACKAGE_ROOTS.contains(lower.substring(from, first)) && Character.isLetter(lower.charAt(first + 1)));
    }

    /** The words of other languages' closings ("Mit freundlichen Grüßen", "Bien à vous", "Venlig hilsen"), lower case. */
    private static final Set<String> CLOSING_WORDS = Set.of("freundlichen", "freundliche", "grüßen", "grüssen", "grüße", "grüsse",
            "bien", "cordialement", "saludos", "vriendelijke", "groet", "groeten", "groetjes", "cordiali", "distinti", "saluti",
            "venlig", "vennlig", "hilsen", "vänliga", "hälsningar", "atenciosamente", "pozdrawiam");

    /** A run made only of closing words ({@link #CLOSING_WORDS}) names nobody (round 32). Reads the run's tokens only. */
    private static boolean closingRun(Scan scan, NameModel.Sentence sentence, int i, int j) {
        for (int k = i; k < j; k++) {
            Tokens.Token t = sentence.token(k);
            if (!CLOSING_WORDS.contains(scan.lower().substring(t.start(), t.end()))) {
                return false;
            }
        }
        return true;
    }

    /** Colour names that shops give a product's finish ("the Rose Gold model", "the Forest Green"), lower case. */
    private static final Set<String> COLOUR_NAMES = Set.of("rose gold", "sage green", "midnight blue", "space grey", "space gray",
            "charcoal grey", "charcoal gray", "arctic white", "ocean teal", "sahara beige", "forest green", "navy blue", "sky blue",
            "jet black", "pearl white", "graphite grey", "alpine green", "sierra blue", "starlight silver", "coral pink");

    /** Words before a colour name that make it a product's ("the", "a", "this" …). */
    private static final Set<String> COLOUR_DETERMINERS = Set.of("the", "a", "an", "this", "that", "my", "your", "our", "in");

    /**
     * A run that is, or is the second word of, a colour name of {@link #COLOUR_NAMES} right after a determiner ("I'd like
     * the Rose Gold model", "swap it for the Forest Green"): a product's finish, not a person ("Rose Gold called" has no
     * determiner and stays). Reads the run and the two tokens before it (round 32).
     */
    private static boolean colourProduct(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (j - i > 2) {
            return false;
        }
        int first = j - i == 2 ? i : i - 1;
        if (first < 1 || j - first != 2) {
            return false;
        }
        String l = scan.lower();
        Tokens.Token a = sentence.token(first);
        Tokens.Token b = sentence.token(first + 1);
        Tokens.Token d = sentence.token(first - 1);
        return b.start() == a.end() + 1 && COLOUR_NAMES.contains(l.substring(a.start(), b.end()))
                && COLOUR_DETERMINERS.contains(l.substring(d.start(), d.end()));
    }

    /** "Bill me later", "Bill Pay": "bill" alone before "me" or "pay" is the verb or the product, no person (round 32). */
    private static boolean billVerb(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (j - i != 1 || j >= sentence.size()) {
            return false;
        }
        String l = scan.lower();
        Tokens.Token t = sentence.token(i);
        Tokens.Token n = sentence.token(j);
        String next = l.substring(n.start(), n.end());
        return l.startsWith("bill", t.start()) && t.end() - t.start() == 4 && n.start() == t.end() + 1
                && (next.equals("me") || next.equals("pay"));
    }

    /** Whether the model tags a person among the eight tokens on either side of the run {@code i..j}. */
    private static boolean personNear(int[] labels, int i, int j) {
        for (int k = Math.max(0, i - 8); k < Math.min(labels.length, j + 8); k++) {
            if ((k < i || k >= j) && isPerson(labels[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word follows token {@code i} after one blank. */
    private static boolean capitalisedAfter(NameModel.Sentence sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return false;
        }
        Tokens.Token n = sentence.token(i + 1);
        return n.start() == sentence.token(i).end() + 1 && n.capitalized();
    }

    /** Whether the token after {@code i} is a verb of saying from {@code @person.after} ("said", "wrote", "told"). */
    private static boolean saidAfter(Scan scan, NameModel.Sentence sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return false;
        }
        Tokens.Token n = sentence.token(i + 1);
        return scan.pack().words("@person.after").words().contains(scan.lower().substring(n.start(), n.end()));
    }

    /** Words that name a product's edition after its model number: "iPhone 15 Pro Max", "Galaxy S24 Ultra". */
    private static final Set<String> EDITIONS = Set.of("pro", "plus", "ultra", "mini", "lite", "max", "air", "edge", "neo", "note");

    /**
     * A product's name, not a person's: the run is followed by a model code that mixes letters and digits ("Archer AX55",
     * "Galaxy S24"; an ordinal such as "2nd" is none), or is one word after an edition word that follows a number
     * ("15 Pro Max"). Reads at most twelve characters on each side.
     */
    private static boolean productName(Scan scan, NameModel.Sentence sentence, int i, int j) {
        String text = scan.text();
        int e = sentence.token(j - 1).end();
        if (Chars.at(text, e) == ' ' && (modelCode(text, e + 1) || numberedModel(scan, e + 1))) {
            return true;
        }
        if (j - i != 1 || i == 0) {
            return false;
        }
        Tokens.Token edition = sentence.token(i - 1);
        if (sentence.token(i).start() - edition.end() != 1 || Chars.at(text, edition.end()) != ' '
                || !EDITIONS.contains(scan.lower().substring(edition.start(), edition.end()))) {
            return false;
        }
        int k = edition.start() - 1;
        if (Chars.at(text, k) != ' ') {
            return false;
        }
        for (int c = k - 1; c >= 0 && c >= k - 12 && Character.isLetterOrDigit(text.charAt(c)); c--) {
            if (Character.isDigit(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a shoe's or a product's version after its number: "Jordan 4 Retro", "Dunk 1 Low". */
    private static final Set<String> VERSIONS = Set.of("retro", "low", "mid", "high", "og", "se");

    /**
     * A model number of one or two digits at {@code from}, then a product noun ({@code @name.product-after}), an edition
     * or a version word: "Jordan 1 sneakers", "Jordan 4 Retro", "Pixel 8 pro". A person's name is not followed by a
     * bare number and a product word. Reads at most two words after the run.
     */
    private static boolean numberedModel(Scan scan, int from) {
        String text = scan.text();
        int k = from;
        while (k < text.length() && k - from < 3 && Chars.digit(text.charAt(k))) {
            k++;
        }
        if (k == from || k - from > 2 || Chars.at(text, k) != ' ' || !Chars.asciiLetter(Chars.at(text, k + 1))) {
            return false;
        }
        int s = k + 1;
        int e = s;
        while (e < text.length() && e - s <= 12 && Chars.asciiLetter(text.charAt(e))) {
            e++;
        }
        String word = scan.lower().substring(s, e);
        return VERSIONS.contains(word) || EDITIONS.contains(word) || scan.pack().words("@name.product-after").words().contains(word);
    }

    /** Whether a chunk of letters and digits mixed starts at {@code from} ("AX55", "S24", "X1"; not "2nd", "21st"). */
    private static boolean modelCode(String text, int from) {
        int letters = 0;
        int digits = 0;
        int k = from;
        while (k < text.length() && k - from <= 12 && Character.isLetterOrDigit(text.charAt(k))) {
            if (Character.isDigit(text.charAt(k))) {
                digits++;
            } else {
                letters++;
            }
            k++;
        }
        if (letters == 0 || digits == 0 || k - from > 12) {
            return false;
        }
        String chunk = text.substring(from, k).toLowerCase(java.util.Locale.ROOT);
        return !chunk.matches("\\d+(st|nd|rd|th)");
    }

    /** ISO 4217 codes of the currencies customers most often name: "exchange GBP to EUR" names no place. */
    private static final Set<String> CURRENCY_CODES = Set.of("USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY", "HKD", "NZD",
            "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RUB", "INR", "BRL", "MXN", "ZAR", "SGD", "TRY", "KRW", "THB", "IDR", "MYR",
            "PHP", "AED", "SAR", "ILS", "ARS", "CLP", "COP", "PEN", "NGN", "EGP", "KES", "UAH", "RON", "BGN", "ISK", "VND", "PKR",
            "BDT", "TWD", "QAR", "KWD", "MAD", "BTC", "ETH");
    /** Currency names: "Russian ruble", "Turkish lira", "Mexican pesos" are money, not places. */
    private static final Set<String> CURRENCY_WORDS = Set.of("dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling",
            "yen", "yuan", "renminbi", "peso", "pesos", "ruble", "rubles", "rouble", "roubles", "rupee", "rupees", "lira", "liras",
            "franc", "francs", "krona", "kronor", "krone", "kroner", "zloty", "zlotys", "forint", "koruna", "real", "reais", "rand",
            "dirham", "dirhams", "shekel", "shekels", "ringgit", "baht", "dong", "won", "hryvnia", "leu", "lei", "dinar", "dinars",
            "riyal", "riyals", "bitcoin");

    /**
     * Vetoes on what the model calls a place: a currency ("GBP", "Russian ruble", "lira"), a product or brand word
     * ({@code @person.never}: "ATMs", "MasterCard"), or one letter alone (the "s" of a possessive).
     */
    private static boolean plausiblePlace(Scan scan, NameModel.Sentence sentence, int i, int j) {
        Tokens.Token last = sentence.token(j - 1);
        String lastLower = scan.lower().substring(last.start(), last.end());
        if (CURRENCY_WORDS.contains(lastLower) || spelledOutCapitals(scan.text(), sentence, i, j)) {
            return false;
        }
        if (foreignFormRun(scan, sentence, i, j) || productNounBefore(scan, sentence, i, j)
                || j - i >= 2 && COLOUR_WORDS.contains(lastLower)) {
            return false; // round 39: "Konto", "nacimiento", "tarifa Sevilla", "Oxford Blue"
        }
        if (j - i <= 3 && (PRODUCT_NOUNS.contains(lastLower) || productAfter(scan, sentence, j))) {
            // "the Milano Sofa", "the Kyoto Tea Set", "the larger Oslo frame": a place naming a product (round 33)
            return false;
        }
        if (j - i == 1 && CALENDAR_WORDS.contains(lastLower)) {
            return false; // "on Sundays", "in October": a day or month, no place (round 33)
        }
        if (j - i > 1) {
            // "Kontoinhaberin Roswitha": a holder word opening the run makes it the holder's name, no place (round 32)
            Tokens.Token first = sentence.token(i);
            return !HOLDER_WORDS.contains(scan.lower().substring(first.start(), first.end()));
        }
        String word = scan.text().substring(last.start(), last.end());
        if (last.end() - last.start() == 1 || CURRENCY_CODES.contains(word)) {
            return false;
        }
        if (acronym(scan.text(), last.start(), last.end()) && !word.endsWith("s") && !PLACE_ACRONYMS.contains(word)
                && sentence.placeEvidence(i) == 0) {
            // "IP", "VPN", "SSO": an acronym is a place only when it is a known abbreviation of one ("US", "UAE", "NYC").
            return false;
        }
        return !scan.pack().words("@person.never").words().contains(lastLower);
    }

    /**
     * Whether a product noun follows token {@code j - 1}, right after it or after one capitalised word ("Oslo frame",
     * "Kyoto Tea Set"), each a blank apart. Reads two tokens.
     */
    private static boolean productAfter(Scan scan, NameModel.Sentence sentence, int j) {
        int gapFrom = sentence.token(j - 1).end();
        for (int k = j; k < j + 2 && k < sentence.size(); k++) {
            Tokens.Token u = sentence.token(k);
            if ((u.start() != gapFrom + 1 || scan.text().charAt(gapFrom) != ' ') && !numberGap(scan.text(), gapFrom, u.start())) {
                return false;
            }
            if (PRODUCT_NOUNS.contains(scan.lower().substring(u.start(), u.end()))) {
                return true;
            }
            if (!Character.isUpperCase(scan.text().charAt(u.start())) && !Chars.allDigits(scan.text(), u.start(), u.end())) {
                return false;
            }
            gapFrom = u.end();
        }
        return false;
    }

    /** Round 39: a blank, one to four digits and a blank ("Hamburg 100 plan"): a tariff's number between its place and noun. */
    private static boolean numberGap(String text, int from, int to) {
        int digits = to - from - 2;
        return digits >= 1 && digits <= 4 && text.charAt(from) == ' ' && text.charAt(to - 1) == ' ' && Chars.allDigits(text, from + 1, to - 1);
    }

    /** Nouns of furniture, bags, kitchenware and clothes that a place names in a product's name ({@link #plausiblePlace}). */
    private static final Set<String> PRODUCT_NOUNS = Set.of("sofa", "sofas", "couch", "armchair", "chair", "chairs", "table", "desk",
            "bookcase", "bookshelf", "shelf", "wardrobe", "dresser", "sideboard", "bed", "mattress", "lamp", "rug", "cushion", "frame",
            "backpack", "rucksack", "handbag", "tote", "holdall", "suitcase", "maker", "kettle", "toaster", "grinder", "teapot",
            "mug", "mugs", "set", "jacket", "parka", "coat", "boots", "trainers", "sneakers", "sandals", "blazer", "chinos",
            // round 39: tariffs and plans named after a place ("the Hamburg 100 plan", "the Vienna Unlimited package")
            "plan", "plans", "tariff", "tariffs", "bundle", "package", "subscription",
            // round 68: luggage, grinders and clocks named after a place ("the Oslo carry-on", "the Verona Grinder")
            "carry-on", "carry-ons", "suitcases", "grinders", "clock", "clocks");

    /**
     * Round 39: colours a place names ("Oxford Blue", "Lisbon Grey", "Forest Green"): closing a place run of two words or
     * more they make it a colour, no place.
     */
    private static final Set<String> COLOUR_WORDS = Set.of("blue", "grey", "gray", "green", "white", "black", "red", "navy",
            "pink", "beige", "cream", "ivory", "charcoal", "silver", "yellow", "orange", "purple", "brown", "teal", "taupe");

    /**
     * Round 39: German, French, Spanish, Italian, Dutch, Portuguese and Polish greetings, pronouns, form labels and support
     * nouns that the English name model takes for names or places ("Guten Tag", "Sie", "Vorname", "Konto", "Buchung",
     * "Buenas", "Merci de …", "geboortedatum", "nacimiento"). None is a given or family name; "Frau", "Madame" alone are
     * titles without their name.
     */
    static final Set<String> FOREIGN_FORM_WORDS = Set.of(
            // German
            "guten", "tag", "morgen", "abend", "damen", "herren", "sehr", "geehrte", "geehrter", "liebe", "lieber", "viele",
            "grüße", "grüsse", "grüßen", "grüssen", "freundlichen", "freundliche", "sie", "ich", "wir", "ihnen", "ihr", "bitte",
            "vorname", "nachname", "geburtsdatum", "geburtstag", "konto", "kundenkonto", "kontonummer", "kundennummer", "buchung",
            "rechnung", "bestellung", "lieferung", "vertrag", "karte", "hilfe", "hause", "frau", "herr", "ehefrau", "ehemann",
            "durchwahl", "kennzeichen", "reisepassnummer", "telefonnummer", "anschrift", "adresse", "betrag", "überweisung",
            // French
            "merci", "madame", "monsieur", "cordialement", "prénom", "naissance", "colis", "commande", "facture", "rappeler",
            // Spanish
            "buenas", "buenos", "tardes", "noches", "días", "hola", "necesito", "quiero", "llámeme", "llámenme", "nacimiento",
            "fecha", "reserva", "cuenta", "pedido", "factura", "saludos", "gracias",
            // Italian
            "prego", "buongiorno", "buonasera", "grazie", "saluti", "cordiali", "gentile", "gentili", "potete", "citofono",
            "ordine", "fattura",
            // Dutch
            "goedemiddag", "goedendag", "goedemorgen", "goedenavond", "geboortedatum", "groeten", "vriendelijke", "gisteren",
            "kenteken", "rekening", "bestelling",
            // Portuguese, Polish
            "olá", "obrigado", "obrigada", "encomenda", "dzień", "dobry", "proszę", "pozdrawiam", "zamówienie",
            // round 68: German "hereby" and "cancellation", Polish "parcel" and "parcel locker", Portuguese "statement",
            // Italian "discount"
            "hiermit", "kündigung", "paczka", "paczkę", "paczki", "paczkomat", "paczkomacie", "extrato", "sconto",
            // English words of forms and logins
            "login", "logon", "tel", "d.o.b", "dob");

    /**
     * Whether the run of tokens {@code i} to {@code j} holds a word of {@link #FOREIGN_FORM_WORDS} and nothing else but
     * such words and words written in lower case ("Guten Tag", "schicken Sie", "Merci de rembourser"; "Frau Schmidt" and
     * "Viele Grüße aus Köln" hold a capitalised other word and stay). Reads the run's tokens.
     */
    private static boolean foreignFormRun(Scan scan, NameModel.Sentence sentence, int i, int j) {
        boolean any = false;
        for (int k = i; k < j; k++) {
            Tokens.Token t = sentence.token(k);
            if (FOREIGN_FORM_WORDS.contains(scan.lower().substring(t.start(), t.end()))) {
                any = true;
            } else if (t.shape() != Tokens.Shape.LOWER) {
                return false;
            }
        }
        return any;
    }

    /**
     * Round 43: function words, question words, modal verbs, weekdays and months of German, French, Dutch, Spanish,
     * Italian, Portuguese and Polish that the English name model takes for a name when they open a sentence, capitalised
     * ("Wann", "Freitag", "Pourquoi", "Kan", "Quanto"). Words that are also given names or family names ("Julio", "Mai",
     * "Domingo", "Domenica", "Augustus", "Le", "Ma", "Ho") are left out. They count only at the start of a text, a
     * sentence or a line ({@link #foreignOpeningRun}).
     */
    static final Set<String> FOREIGN_OPENING_WORDS = Set.of(
            // German
            "wann", "warum", "wieso", "weshalb", "wo", "wohin", "woher", "wer", "wie", "was", "welche", "welcher", "welches",
            "wieviel", "wieviele", "kann", "könnt", "können", "könnten", "könnte", "darf", "dürfen", "muss", "müssen", "soll",
            "sollte", "ist", "sind", "habe", "haben", "hat", "hatte", "gibt", "leider", "seit", "nach", "bis", "auch", "aber",
            "und", "oder", "noch", "schon", "heute", "gestern", "mein", "meine", "meinen", "unser", "unsere", "ihre", "der",
            "die", "das", "ein", "eine", "es", "er", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
            "sonntag", "sonnabend", "januar", "februar", "märz", "juli", "oktober", "dezember",
            // French
            "pourquoi", "quand", "comment", "combien", "où", "quel", "quelle", "quels", "quelles", "qui", "pouvez", "puis",
            "je", "nous", "vous", "mon", "mes", "les", "une", "depuis", "aujourd'hui", "demain", "mais", "elle", "votre",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "avril", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre",
            // Dutch
            "wanneer", "waarom", "hoe", "wat", "waar", "welke", "hoeveel", "kan", "kunt", "kunnen", "mag", "moet", "zijn",
            "heb", "hebben", "ik", "wij", "mijn", "onze", "het", "een", "sinds", "vandaag", "maar", "graag", "maandag",
            "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
            // Spanish
            "cuándo", "cuando", "porque", "cómo", "cuánto", "cuánta", "cuántos", "dónde", "donde", "qué", "quién", "puede",
            "pueden", "podría", "podrían", "tengo", "hay", "mis", "nuestro", "nuestra", "los", "las", "desde", "ayer", "hoy",
            "mañana", "pero", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "enero", "febrero", "marzo",
            "abril", "junio", "septiembre", "octubre", "noviembre", "diciembre",
            // Italian
            "quando", "perché", "perchè", "come", "quanto", "quanti", "quanta", "dove", "cosa", "quale", "posso", "può",
            "potreste", "abbiamo", "mio", "mia", "ieri", "oggi", "domani", "lunedì", "martedì", "mercoledì", "giovedì",
            "venerdì", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            // Portuguese
            "onde", "quem", "qual", "pode", "podem", "poderia", "tenho", "meu", "minha", "ontem", "hoje", "amanhã", "mas",
            "segunda", "terça", "quarta", "sexta", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
            "outubro", "dezembro",
            // Polish
            "kiedy", "dlaczego", "jak", "ile", "gdzie", "kto", "czy", "mogę", "może", "można", "mam", "jest", "mój", "moja",
            "moje", "nasz", "wczoraj", "dzisiaj", "dziś", "jutro", "poniedziałek", "wtorek", "środa", "czwartek", "piątek",
            "sobota", "niedziela", "styczeń", "stycznia", "luty", "lutego", "marzec", "kwiecień", "czerwiec", "lipiec",
            "sierpień", "wrzesień", "październik", "listopad", "grudzień");

    /**
     * Round 43: a person run whose first word is one of {@link #FOREIGN_OPENING_WORDS} at the start of the text, a sentence
     * or a line, and whose other words are words of {@link #FOREIGN_FORM_WORDS} or lower case ("Wann", "Freitag",
     * "Pourquoi kein"); a run holding another capitalised word stays ("Sono Marco" is no run of this kind). Round 39's
     * rule 3 read at a sentence's start. Reads the run's tokens and the one before it.
     */
    private static boolean foreignOpeningRun(Scan scan, NameModel.Sentence sentence, int i, int j) {
        Tokens.Token t = sentence.token(i);
        if (t.shape() != Tokens.Shape.CAPITALIZED || !FOREIGN_OPENING_WORDS.contains(scan.lower().substring(t.start(), t.end()))) {
            return false;
        }
        if (!(i == 0 || t.sentenceStart() || lineBreak(scan.text(), sentence.token(i - 1).end(), t.start()))) {
            return false;
        }
        for (int k = i + 1; k < j; k++) {
            Tokens.Token u = sentence.token(k);
            if (u.shape() != Tokens.Shape.LOWER && !FOREIGN_FORM_WORDS.contains(scan.lower().substring(u.start(), u.end()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Round 43: self-introductions of German, French, Dutch, Spanish, Italian, Portuguese and Polish, lower case, each
     * followed by one blank and the name. The weak ones ("met", "ici", "tu", "c'est", "sono", "soy", "ik ben", "sou" …)
     * count only at the start of a text, a sentence or a line, or after a greeting ({@link #opening}).
     */
    private static final String[] FOREIGN_INTROS = {"hier schreibt", "hier spricht", "hier ist", "mein name ist", "ich bin",
            "je m'appelle", "je m\u2019appelle", "je suis", "mon nom est", "ici", "c'est", "c\u2019est", "u spreekt met",
            "je spreekt met", "mijn naam is", "met", "ik ben", "me llamo", "mi nombre es", "soy", "mi chiamo", "il mio nome è",
            "sono", "chamo-me", "o meu nome é", "meu nome é", "sou o", "sou a", "sou", "nazywam się", "mam na imię", "tu",
            "jestem",
            // Round 44: attention lines of letters and parcels ("attn. …", "Attn: …", "z. Hd. …", "à l'attention de …",
            // "t.a.v. …", "FAO …"): strong lead-ins, the same name checks.
            "attn.", "attn:", "attn", "att.", "fao", "for the attention of", "z. hd.", "z.hd.", "zu händen", "zu händen von",
            "à l'attention de", "à l\u2019attention de", "a l'attention de", "t.a.v.", "ter attentie van",
            // Round 47: the Dutch and German short self-introduction "hier …" after a greeting ("Goedemiddag, hier …"):
            // weak, an opening position needed.
            "hier",
            // Round 50: the Yoruba, Igbo and Hausa "my name is" (with and without their tone marks): strong lead-ins.
            "orúkọ mi ni", "oruko mi ni", "orukọ mi ni", "aha m bụ", "aha m bu", "sunana"};

    /** The lead-ins of {@link #FOREIGN_INTROS} that need an opening position. */
    private static final Set<String> WEAK_FOREIGN_INTROS = Set.of("ich bin", "je suis", "ici", "c'est", "c\u2019est", "met",
            "ik ben", "soy", "sono", "sou o", "sou a", "sou", "tu", "jestem", "hier");

    /**
     * Round 43: a name after a self-introduction of another language ("Guten Tag, hier schreibt Friederike Hallmann", "je
     * m'appelle …", "u spreekt met …", "me llamo …", "nazywam się …") or before "aqui" ("Inês Carvalhal aqui"): one to
     * three capitalised name-shaped words of letters, joined by one blank, none another label's, a title, a product word,
     * a form or opening word of round 39 / 43, nor an English word known better than as a name; a lower-case word ends
     * the run. One word alone must be known as a name and close the clause ("hier ist Anna."; "ich bin Kunde seit …" names
     * nobody). Per capitalised token a fixed number of suffix comparisons of at most 16 characters: linear.
     */
    private void foreignIntroductions(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        String text = scan.text();
        String lower = scan.lower();
        int n = sentence.size();
        java.util.BitSet covered = null;
        for (int k = 0; k < n; k++) {
            Tokens.Token t = sentence.token(k);
            if (k > 0 && t.shape() == Tokens.Shape.LOWER && t.end() - t.start() == 4 && lower.startsWith("aqui", t.start())
                    && (closesClause(text, t.end()) || dash(Chars.at(text, Chars.skipBlanks(text, t.end()))))) {
                int best = -1;
                for (int r = k - 1; r >= 0 && r >= k - 3; r--) {
                    if (!foreignNameWord(scan, sentence, labels, links, r)
                            || sentence.token(r + 1).start() - sentence.token(r).end() != 1 || text.charAt(sentence.token(r).end()) != ' ') {
                        break;
                    }
                    if (foreignOpening(scan, sentence, r)) {
                        best = r;
                    }
                }
                if (best >= 0 && (k - best > 1 || sentence.nameEvidence(best) > 0)) {
                    covered = addForeign(text, out, covered, sentence.token(best).start(), sentence.token(k - 1).end(), k - best);
                }
                continue;
            }
            if (t.shape() != Tokens.Shape.CAPITALIZED || k == 0 || t.start() < 3 || text.charAt(t.start() - 1) != ' '
                    || !foreignNameWord(scan, sentence, labels, links, k)) {
                continue;
            }
            String intro = foreignIntroBefore(lower, t.start() - 1);
            if (intro == null) {
                continue;
            }
            int words = intro.length() - intro.replace(" ", "").length() + 1;
            int first = k - words; // the lead-in's first token, when the tokens split it on blanks only
            if (WEAK_FOREIGN_INTROS.contains(intro) && !(first >= 0 && sentence.token(first).start() == t.start() - 1 - intro.length()
                    && foreignOpening(scan, sentence, first))) {
                continue;
            }
            int m = k + 1;
            while (m < n && m - k < 3 && sentence.token(m).start() - sentence.token(m - 1).end() == 1
                    && text.charAt(sentence.token(m - 1).end()) == ' ' && sentence.token(m).shape() == Tokens.Shape.CAPITALIZED
                    && foreignNameWord(scan, sentence, labels, links, m)) {
                m++;
            }
            if (m - k == 1 && (sentence.nameEvidence(k) == 0 || !closesName(text, lower, sentence, m))) {
                continue;
            }
            covered = addForeign(text, out, covered, t.start(), sentence.token(m - 1).end(), m - k);
            k = m - 1;
        }
    }

    /**
     * Round 54: the verbs of the short self-introductions, lower case ("ik ben", "ich bin", "je suis", "jestem", "soy",
     * "sono", "sou"); "ben", "bin" and "suis" only after their pronoun, as "ben" and "bin" are also name particles.
     */
    private static boolean introductionVerb(Scan scan, NameModel.Sentence sentence, int i) {
        Tokens.Token t = sentence.token(i);
        if (t.shape() != Tokens.Shape.LOWER) {
            return false;
        }
        String w = scan.lower().substring(t.start(), t.end());
        if (w.equals("jestem") || w.equals("soy") || w.equals("sono") || w.equals("sou")) {
            return true;
        }
        String pronoun = switch (w) {
            case "ben" -> "ik";
            case "bin" -> "ich";
            case "suis" -> "je";
            default -> null;
        };
        if (pronoun == null || i == 0) {
            return false;
        }
        Tokens.Token p = sentence.token(i - 1);
        return p.end() + 1 == t.start() && scan.lower().startsWith(pronoun, p.start()) && p.end() - p.start() == pronoun.length();
    }

    /**
     * Round 44: common Vietnamese family names (lower case, with their diacritics) that open a full name written family
     * name first ("Nguyễn Văn Bình", "Trương Thị …").
     */
    private static final Set<String> VIETNAMESE_FAMILY_NAMES = Set.of("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan",
            "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "trương", "đinh", "lâm", "mai", "trịnh", "đoàn", "cao",
            "lương", "tạ", "hà", "tô", "quách", "chu", "châu", "kiều", "lưu", "thái", "tăng", "từ", "mạc", "tôn", "triệu",
            "quan", "la", "diệp", "giang", "phùng", "vương", "thân", "hứa", "doãn", "lại", "nông", "tống", "khúc");

    /**
     * Round 44: a full Vietnamese name — a family name of {@link #VIETNAMESE_FAMILY_NAMES}, then one to three capitalised
     * words of one syllable each (letters only, at most seven), joined by one blank, with at least one letter of
     * Vietnamese's own alphabet (ơ, ư, đ, or a vowel of Unicode's Latin Extended Additional block: "ạ", "ọ", "ễ" …)
     * somewhere in the run; none of its words another label's, a link or a word of {@code @person.never}. Names written
     * without diacritics are left to the model. Longer than a one-word finding inside it, the full name wins the overlap.
     * Reads at most four tokens from each capitalised token: linear.
     */
    private void vietnameseNames(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, List<Candidate> out) {
        String lower = scan.lower();
        String text = scan.text();
        int n = sentence.size();
        for (int k = 0; k + 1 < n; k++) {
            Tokens.Token t = sentence.token(k);
            if (t.shape() != Tokens.Shape.CAPITALIZED || t.end() - t.start() > 7
                    || !VIETNAMESE_FAMILY_NAMES.contains(lower.substring(t.start(), t.end())) || !vietnameseWord(scan, sentence, labels, links, k)) {
                continue;
            }
            boolean own = vietnameseLetter(lower, t.start(), t.end());
            int m = k + 1;
            while (m < n && m - k <= 3 && sentence.token(m).start() - sentence.token(m - 1).end() == 1
                    && text.charAt(sentence.token(m - 1).end()) == ' ' && vietnameseWord(scan, sentence, labels, links, m)) {
                own |= vietnameseLetter(lower, sentence.token(m).start(), sentence.token(m).end());
                m++;
            }
            if (m - k >= 2 && own) {
                out.add(new Candidate("PERSON", t.start(), sentence.token(m - 1).end(), m - k > 2 ? 0.85 : 0.7, this, "vietnamese-name"));
                k = m - 1;
            }
        }
    }

    /** A capitalised word of one syllable, letters only, at most seven, no other label, link or never-a-person word. */
    private static boolean vietnameseWord(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int k) {
        Tokens.Token u = sentence.token(k);
        if (u.shape() != Tokens.Shape.CAPITALIZED || u.end() - u.start() > 7 || labels[k] != 0 && !isPerson(labels[k])
                || links != null && links.get(u.start())) {
            return false;
        }
        String lower = scan.lower();
        for (int c = u.start(); c < u.end(); c++) {
            if (!Character.isLetter(lower.charAt(c))) {
                return false;
            }
        }
        return !scan.pack().words("@person.never").words().contains(lower.substring(u.start(), u.end()));
    }

    /** Whether a letter of Vietnamese's own alphabet stands between {@code from} and {@code to} (lower case). */
    static boolean vietnameseLetter(String lower, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = lower.charAt(c);
            if (ch == '\u01a1' || ch == '\u01b0' || ch == '\u0111' || ch >= '\u1ea0' && ch <= '\u1ef9') {
                return true;
            }
        }
        return false;
    }

    /** Greetings of the seven languages that may stand, with their comma, before a self-introduction ("Bonjour, ici …"). */
    private static final Set<String> INTRO_GREETINGS = Set.of("bonjour", "bonsoir", "salut", "hallo", "tag", "morgen", "abend",
            "goedemiddag", "goedemorgen", "goedenavond", "goedendag", "hoi", "hola", "días", "tardes", "noches", "buongiorno",
            "buonasera", "ciao", "salve", "dia", "tarde", "noite", "olá", "oi", "dobry", "cześć");

    /** {@link #opening}, or right after a greeting of {@link #INTRO_GREETINGS} and its comma. */
    private static boolean foreignOpening(Scan scan, NameModel.Sentence sentence, int k) {
        if (opening(scan, sentence, k)) {
            return true;
        }
        if (k == 0) {
            return false;
        }
        Tokens.Token g = sentence.token(k - 1);
        int c = Chars.skipBlanks(scan.text(), g.end());
        return Chars.at(scan.text(), c) == ',' && Chars.skipBlanks(scan.text(), c + 1) == sentence.token(k).start()
                && INTRO_GREETINGS.contains(scan.lower().substring(g.start(), g.end()));
    }

    private static boolean dash(char c) {
        return c == '\u2014' || c == '\u2013';
    }

    /** Reports a name of {@link #foreignIntroductions} unless another finding already covers part of it. */
    private java.util.BitSet addForeign(String text, List<Candidate> out, java.util.BitSet covered, int start, int end, int words) {
        java.util.BitSet c = covered == null ? covered(text, out) : covered;
        boolean free = true;
        for (int i = start; i < end && free; i++) {
            free = !c.get(i); // only the name's own characters: nextSetBit could run to the text's end for every name
        }
        if (free) {
            out.add(new Candidate("PERSON", start, end, words > 1 ? 0.6 : 0.45, this, "introduced"));
            c.set(start, end);
        }
        return c;
    }

    /** The lead-in of {@link #FOREIGN_INTROS} ending at {@code end} (exclusive) after a non-letter, or null. */
    private static String foreignIntroBefore(String lower, int end) {
        for (String intro : FOREIGN_INTROS) {
            int from = end - intro.length();
            if (from >= 0 && lower.startsWith(intro, from) && (from == 0 || !Character.isLetter(lower.charAt(from - 1)))) {
                return intro;
            }
        }
        return null;
    }

    /** Whether token {@code k} may be a word of a name after a foreign self-introduction (see {@link #foreignIntroductions}). */
    private static boolean foreignNameWord(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int k) {
        Tokens.Token u = sentence.token(k);
        if (u.shape() != Tokens.Shape.CAPITALIZED || u.end() - u.start() < 2 || labels[k] != 0 && !isPerson(labels[k])
                || links != null && links.get(u.start())) {
            return false;
        }
        String lower = scan.lower();
        for (int c = u.start(); c < u.end(); c++) {
            if (!Character.isLetter(lower.charAt(c)) && lower.charAt(c) != '-') {
                return false;
            }
        }
        String w = lower.substring(u.start(), u.end());
        int common = sentence.commonness(k);
        return vowel(lower, u.start(), u.end()) && !(common > 0 && sentence.nameEvidence(k) < common) && !TITLES.contains(w)
                && !FOREIGN_FORM_WORDS.contains(w) && !FOREIGN_OPENING_WORDS.contains(w)
                && !scan.pack().words("@person.never").words().contains(w);
    }

    /**
     * Round 39: nouns of tariffs, plans, bundles and furniture in seven languages that name a product after them ("Der
     * Tarif München", "forfait Marseille", "tarifa Sevilla", "abonnement Amsterdam", "modello Milano", "kanapę Kraków",
     * "plano Porto").
     */
    private static final Set<String> PRODUCT_BEFORE = Set.of("tarif", "tariff", "tarifa", "taryfa", "taryfę", "forfait",
            "abonnement", "abonament", "abbonamento", "offre", "oferta", "offerta", "paket", "pakket", "pacchetto", "pacote", "paquete",
            "plano", "modello", "modelo", "kanapa", "kanapę", "divano", "canapé", "sofá", "sessel", "fauteuil", "poltrona", "sillón",
            "sofa", "armchair");

    /**
     * Whether a product noun of {@link #PRODUCT_BEFORE} stands right before the run (one blank apart) or inside a run of two
     * words or more ("Der Tarif München", "Der Tarif" tagged whole). Reads the run's tokens and the one before.
     */
    private static boolean productNounBefore(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (i > 0) {
            Tokens.Token b = sentence.token(i - 1);
            if (b.end() + 1 == sentence.token(i).start() && scan.text().charAt(b.end()) == ' '
                    && PRODUCT_BEFORE.contains(scan.lower().substring(b.start(), b.end()))) {
                return true;
            }
        }
        for (int k = i; j - i > 1 && k < j; k++) {
            Tokens.Token t = sentence.token(k);
            String w = scan.lower().substring(t.start(), t.end());
            if (PRODUCT_BEFORE.contains(w) && !w.equals("plano")) { // "Plano" is a place too
                return true;
            }
        }
        return false;
    }

    /** Round 39: token {@code k} is "Hans-Peter" right after "Schmidt, " (see the main loop). Reads one token. */
    private static boolean commaThenDoubleGivenName(Scan scan, NameModel.Sentence sentence, java.util.BitSet links, int k) {
        Tokens.Token t = sentence.token(k);
        Tokens.Token prev = sentence.token(k - 1);
        String text = scan.text();
        if (t.start() != prev.end() + 2 || text.charAt(prev.end()) != ',' || text.charAt(prev.end() + 1) != ' '
                || links != null && links.get(t.start())) {
            return false;
        }
        int hyphen = text.indexOf('-', t.start(), t.end());
        int parts = doubleBarrelled(scan, t);
        return parts >= 0 && parts <= 1 && hyphen > 0 && hyphen - t.start() >= 3 && t.end() - hyphen - 1 >= 3;
    }

    /**
     * Round 39: token {@code name - 1} is an untagged given name between a tagged family name (tagged as a person, or as a
     * place as the model tags some family names: "Pham") and its comma and the tagged name at {@code name} ("Tran, Minh Duc", "Le, Thi Hoa", "Singh, Harpreet Kaur"): the family name's run ends right
     * before ", ", the given name is capitalised, two to ten letters, one blank before the tagged name, no title, no
     * product or form word, and no more common as an English word than as a name. Reads three tokens.
     */
    private static boolean surnameFirstGivenName(Scan scan, NameModel.Sentence sentence, int[] labels, java.util.BitSet links, int name) {
        Tokens.Token g = sentence.token(name - 1);
        Tokens.Token family = sentence.token(name - 2);
        String text = scan.text();
        int len = g.end() - g.start();
        if (!isPerson(labels[name - 2]) && !"LOCATION".equals(NameModel.TYPES[labels[name - 2]]) || g.shape() != Tokens.Shape.CAPITALIZED || len < 2 || len > 10
                || sentence.token(name).start() != g.end() + 1 || text.charAt(g.end()) != ' '
                || g.start() != family.end() + 2 || text.charAt(family.end()) != ',' || text.charAt(family.end() + 1) != ' '
                || writtenTitle(text, g) || links != null && (links.get(g.start()) || links.get(family.start()))) {
            return false;
        }
        String w = scan.lower().substring(g.start(), g.end());
        return (sentence.commonness(name - 1) == 0 || sentence.nameEvidence(name - 1) >= sentence.commonness(name - 1))
                && !TITLES.contains(w) && !scan.pack().words("@person.never").words().contains(w) && !FOREIGN_FORM_WORDS.contains(w)
                && sentence.placeEvidence(name - 1) == 0;
    }

    /**
     * Round 46: the number of tokens of a self-introduction of another language of two words or more ({@link
     * #FOREIGN_INTROS}: "hier ist", "ich bin", "je suis", "ik ben", "me llamo" …; one-word lead-ins such as "tu", "met",
     * "sou" are names or words of English too) followed by a blank that starts at token {@code m}, 0 when one
     * starts there but the tokens split it otherwise (an apostrophe: "je m'appelle"), -1 when none starts there.
     */
    private static int foreignLeadInWords(String lower, NameModel.Sentence sentence, int m) {
        int at = sentence.token(m).start();
        for (String intro : FOREIGN_INTROS) {
            if (intro.indexOf(' ') > 0 && lower.startsWith(intro, at) && Chars.at(lower, at + intro.length()) == ' ') {
                int words = intro.length() - intro.replace(" ", "").length() + 1;
                return m + words <= sentence.size() && sentence.token(m + words - 1).end() == at + intro.length() ? words : 0;
            }
        }
        return -1;
    }

    /** German self-introductions after which a name stands ("hier ist Anna", "ich bin Jonas Weber"). */
    private static final String[] GERMAN_LEAD_INS = {"hier ist", "hier spricht", "hier schreibt", "ich bin", "mein name ist"};

    /** German prepositions and words that follow a noun, never a name: "Platz für", "Kunde bei", "Schluss mit". */
    private static final Set<String> GERMAN_AFTER_NOUN = Set.of("für", "fuer", "im", "in", "am", "an", "auf", "zum", "zur",
            "bei", "beim", "mit", "ohne", "gegen", "genug", "seit", "über", "unter");

    /**
     * Round 46: one capitalised word right after a German self-introduction ({@link #GERMAN_LEAD_INS}, one blank) and
     * followed by one of {@link #GERMAN_AFTER_NOUN} is a noun ("hier ist Raum für …", "ich bin Kunde seit …"), no name;
     * "hier ist Anna.", "ich bin Jonas aus Köln" stay. Reads the next token and at most five suffix comparisons.
     */
    private static boolean nounAfterGermanLeadIn(Scan scan, NameModel.Sentence sentence, int i) {
        Tokens.Token t = sentence.token(i);
        if (t.shape() != Tokens.Shape.CAPITALIZED || i + 1 >= sentence.size() || t.start() < 3) {
            return false;
        }
        Tokens.Token next = sentence.token(i + 1);
        String lower = scan.lower();
        if (next.shape() != Tokens.Shape.LOWER || next.start() != t.end() + 1 || next.end() - next.start() > 6
                || !GERMAN_AFTER_NOUN.contains(lower.substring(next.start(), next.end()))) {
            return false;
        }
        int end = t.start() - 1;
        if (lower.charAt(end) != ' ') {
            return false;
        }
        for (String intro : GERMAN_LEAD_INS) {
            int from = end - intro.length();
            if (from >= 0 && lower.startsWith(intro, from) && (from == 0 || !Character.isLetter(lower.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** First humps of double family names that are English words too ("VanDyke", "MacLeod", "FitzGerald"). */
    private static final Set<String> NAME_PREFIXES = Set.of("mac", "van", "von", "fitz", "del", "della", "den", "der", "san",
            "ten", "ter", "st");

    /**
     * Round 46: one token of the run {@code i..j} is a CamelCase identifier — letters only, two humps or more (a lower-case
     * letter then a capital), each of three letters or more and an ordinary English word (SCOWL bucket 3 or more: size
     * 50 or less), the first no name prefix ({@link #NAME_PREFIXES}), written as code ({@link #codeContext}):
     * "PaymentService.java", "OrderController.handle(". "McDonald",
     * "LeeAnn", "MacLeod", "DeShawn" stay names. Reads each token of the run once, no substring but for its humps.
     */
    private boolean codeIdentifierRun(Scan scan, NameModel.Sentence sentence, int i, int j) {
        String text = scan.text();
        String lower = scan.lower();
        NameModel.Lexicon lexicon = model.lexicon();
        for (int k = i; k < j; k++) {
            Tokens.Token t = sentence.token(k);
            if (t.end() - t.start() < 6 || t.end() - t.start() > 64 || t.shape() == Tokens.Shape.LOWER || t.shape() == Tokens.Shape.UPPER) {
                continue;
            }
            int humps = 0;
            int from = t.start();
            boolean code = true;
            for (int c = t.start() + 1; c <= t.end() && code; c++) {
                boolean boundary = c == t.end() || Character.isUpperCase(text.charAt(c)) && Character.isLowerCase(text.charAt(c - 1));
                if (c < t.end() && !Character.isLetter(text.charAt(c))) {
                    code = false;
                } else if (boundary) {
                    int common = c - from >= 3 ? (lexicon.of(lower, from, c, 0) >> 9) & 7 : 0;
                    code = common >= 3 && !(humps == 0 && NAME_PREFIXES.contains(lower.substring(from, c)));
                    humps++;
                    from = c;
                }
            }
            if (code && humps >= 2 && codeContext(text, t.start(), t.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 46: what makes a CamelCase word code: glued to it, a dot and a letter after it ("PaymentService.java",
     * "OrderController.handle"), an opening parenthesis or bracket, a colon and no blank ("Service:214", "Foo::bar"), '#'
     * or '$'; or a dot and a letter before it ("com.acme.PaymentService"). "the AirPods", "MysteryGuitarMan" in prose stay.
     */
    private static boolean codeContext(String text, int start, int end) {
        char after = Chars.at(text, end);
        char next = Chars.at(text, end + 1);
        if (after == '.' && Character.isLetter(next) || after == '(' || after == '[' || after == '<' || after == '#' || after == '$'
                || after == ':' && next != ' ' && next != 0 && next != '\n') {
            return true;
        }
        return start >= 2 && text.charAt(start - 1) == '.' && Character.isLetter(text.charAt(start - 2));
    }

    /**
     * Round 46: the run {@code i..j} is two or more lower-case words in mid-sentence, one of them unknown to every word
     * list (no name, no place, no English word: "lang duurt", "tienda física"), and the token that opens its sentence (on
     * the same line) is capitalised: a writer who capitalises writes names with a capital. A person context word among
     * the three tokens before the run ("my son", "mr", "hi") keeps it. Walks back to the sentence's opener at most 12
     * tokens; a longer way keeps the run. (One word alone, or two known words, stay: tweets name people in lower case.)
     */
    private static boolean lowerRunInCapitalisedSentence(Scan scan, NameModel.Sentence sentence, int i, int j) {
        if (j - i < 2) {
            return false; // one lower-case word in mid-sentence is often a name in chat ("reached spider-man status")
        }
        boolean unknown = false;
        for (int k = i; k < j; k++) {
            if (sentence.token(k).shape() != Tokens.Shape.LOWER) {
                return false;
            }
            unknown |= sentence.nameEvidence(k) == 0 && sentence.commonness(k) == 0 && sentence.placeEvidence(k) == 0;
        }
        if (!unknown) {
            return false;
        }
        if (i == 0 || sentence.token(i).sentenceStart()) {
            return false;
        }
        String text = scan.text();
        for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
            Tokens.Token t = sentence.token(k);
            if (lineBreak(text, t.end(), sentence.token(k + 1).start())) {
                return false;
            }
            if (t.sentenceStart() || k == 0) {
                return t.shape() == Tokens.Shape.CAPITALIZED && !personContextBefore(scan, sentence, i);
            }
        }
        return false;
    }

    /**
     * Round 46: token {@code g}, untagged, right before the one-word name {@code name} (one blank): capitalised, letters
     * only, three letters or more, a given name of the gazetteer (bucket 2 or more) that is no English word, no place,
     * no title, no product word, no form or opening word of another language ("Tomasz Górecki"). Reads two tokens.
     */
    private static boolean givenNameOnlyBefore(Scan scan, NameModel.Sentence sentence, int g, int name, java.util.BitSet links) {
        Tokens.Token t = sentence.token(g);
        Tokens.Token n = sentence.token(name);
        if (t.shape() != Tokens.Shape.CAPITALIZED || n.shape() != Tokens.Shape.CAPITALIZED || t.end() - t.start() < 3
                || n.start() != t.end() + 1 || scan.text().charAt(t.end()) != ' ' || links != null && links.get(t.start())
                || writtenTitle(scan.text(), t)) {
            return false;
        }
        if (sentence.firstNameEvidence(g) < 2 || sentence.commonness(g) != 0 || sentence.placeEvidence(g) != 0) {
            return false;
        }
        String lower = scan.lower();
        for (int c = t.start(); c < t.end(); c++) {
            if (!Character.isLetter(lower.charAt(c))) {
                return false;
            }
        }
        String w = lower.substring(t.start(), t.end());
        return !TITLES.contains(w) && !FOREIGN_FORM_WORDS.contains(w) && !FOREIGN_OPENING_WORDS.contains(w)
                && !FOREIGN_GREETINGS.contains(w) && !scan.pack().words("@person.never").words().contains(w);
    }

    /**
     * Round 71: token {@code g}, untagged and taken by no run, right before the kept person run that starts at token
     * {@code name}, one blank between them. Names put the given name before the family name ("Gwénaëlle Kerbrat",
     * "Ailbhe Murphy"), or, written surname first, the family name before the given one; the word lists know few given
     * names of other languages, so the word is read by its form: capitalised before a capitalised run — any word of three
     * letters or more, letters only, that no English word list and no place list knows, and that is no title, greeting,
     * closing, relation, holder word, form or opening word of another language; or lower-case before a lower-case run
     * ("torsten lindqvist") — then also a given name of the gazetteer (bucket 2 or more). Widens a kept run by one word;
     * never makes a run. Reads two tokens.
     */
    private static boolean givenNameBeforeRun(Scan scan, NameModel.Sentence sentence, int g, int name, java.util.BitSet links) {
        Tokens.Token t = sentence.token(g);
        Tokens.Token n = sentence.token(name);
        if (n.start() != t.end() + 1 || scan.text().charAt(t.end()) != ' ' || t.end() - t.start() < 3
                || links != null && links.get(t.start()) || writtenTitle(scan.text(), t)
                || sentence.commonness(g) != 0 || sentence.placeEvidence(g) != 0) {
            return false;
        }
        boolean capitalised = t.shape() == Tokens.Shape.CAPITALIZED && n.shape() == Tokens.Shape.CAPITALIZED;
        boolean lowerCase = t.shape() == Tokens.Shape.LOWER && n.shape() == Tokens.Shape.LOWER && sentence.firstNameEvidence(g) >= 2;
        if (!capitalised && !lowerCase) {
            return false;
        }
        String lower = scan.lower();
        for (int c = t.start(); c < t.end(); c++) {
            if (!Character.isLetter(lower.charAt(c))) {
                return false;
            }
        }
        String w = lower.substring(t.start(), t.end());
        return !TITLES.contains(w) && !GREETINGS.contains(w) && !INTRO_GREETINGS.contains(w) && !CLOSINGS.contains(w)
                && !CLOSING_WORDS.contains(w) && !RELATIONS.contains(w) && !HOLDER_WORDS.contains(w) && !PARTICLES.contains(w)
                && !FOREIGN_FORM_WORDS.contains(w) && !FOREIGN_OPENING_WORDS.contains(w) && !FOREIGN_GREETINGS.contains(w)
                && !CALENDAR_WORDS.contains(w) && !scan.pack().words("@person.never").words().contains(w)
                && !scan.pack().words("@person.title").words().contains(w);
    }

    /** Weekdays and months, also plural ("Sundays"): one of them alone is no place ({@link #plausiblePlace}). */
    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "january", "february",
            "april", "june", "july", "august", "september", "october", "november", "december");

    /** German, Dutch, Italian, Spanish and French holder words: a run they open is no place ({@link #plausiblePlace}). */
    private static final Set<String> HOLDER_WORDS = Set.of("kontoinhaberin", "kontoinhaber", "inhaberin", "inhaber", "karteninhaber",
            "karteninhaberin", "rekeninghouder", "intestatario", "intestataria", "titular", "titulaire");

    /** Abbreviations customers write for countries, unions and cities: the acronyms that may be places. */
    private static final Set<String> PLACE_ACRONYMS = Set.of("US", "USA", "UK", "GB", "EU", "UAE", "NZ", "SA", "HK", "PRC", "ROC", "ROK",
            "DRC", "DPRK", "KSA", "NYC", "LA", "SF", "DC", "NY", "NJ", "CA", "TX", "FL", "BC", "NSW", "QLD", "USSR", "EEA", "APAC", "EMEA");

    /** Two single capitals in a row without the dot of an initial ("D N A", "I M E I"): spelled out, not a name. */
    private static boolean spelledOutCapitals(String text, NameModel.Sentence sentence, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            Tokens.Token a = sentence.token(k - 1);
            Tokens.Token b = sentence.token(k);
            if (a.end() - a.start() == 1 && b.end() - b.start() == 1 && Chars.at(text, a.end()) != '.'
                    && Character.isUpperCase(text.charAt(a.start())) && Character.isUpperCase(text.charAt(b.start()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case word has a vowel (a non-ASCII letter counts: "ł", "ø" may carry it). */
    private static boolean vowel(String lower, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = lower.charAt(k);
            if ("aeiouy".indexOf(c) >= 0 || c >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** "EIN", "ID", "ATMs": two to four capitals, perhaps a plural s. */
    private static boolean acronym(String text, int start, int end) {
        int e = end - start > 2 && text.charAt(end - 1) == 's' ? end - 1 : end;
        if (e - start < 2 || e - start > 4) {
            return false;
        }
        for (int k = start; k < e; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A person context word ("name", "mr", "hi", "my son", "spoke to") among the three tokens before token {@code i}. */
    private static boolean personContextBefore(Scan scan, NameModel.Sentence sentence, int i) {
        LanguagePack pack = scan.pack();
        Set<String> context = pack.words("PERSON").words();
        Set<String> intro = pack.words("@person.intro").words();
        Set<String> titles = pack.words("@person.title").words();
        String lower = scan.lower();
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Tokens.Token t = sentence.token(k);
            String w = lower.substring(t.start(), t.end());
            if (context.contains(w) || intro.contains(w) || titles.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code a} is an initial written with its dot ("S.") and only that dot and one blank lie before {@code b}. */
    private static boolean initialBefore(String text, Tokens.Token a, Tokens.Token b) {
        return a.shape() == Tokens.Shape.INITIAL && a.end() - a.start() == 1 && Character.isUpperCase(text.charAt(a.start()))
                && Chars.at(text, a.end()) == '.' && (b.start() == a.end() + 1 || b.start() == a.end() + 2 && text.charAt(a.end() + 1) == ' ')
                && !Chars.word(Chars.at(text, a.start() - 1)) && Chars.at(text, a.start() - 1) != '.';
    }

    /** A name or place spans blanks and the dot of an initial ("J. R. Smith"), never a line, a digit or a comma. */
    private static boolean joined(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * A chat mention, "@Folasade" or "@Zsófia,": '@' opens the chunk, then a capital and lower-case letters only
     * (perhaps one closing punctuation mark). It is no address or link: the model reads the word as if the '@' were a
     * blank and decides as for any word ("@support_team", "@jane.doe", "@AmazonHelp" are none of this).
     */
    private static boolean mention(String text, int start, int end) {
        if (text.charAt(start) != '@' || end - start < 3 || !Character.isUpperCase(text.charAt(start + 1))) {
            return false;
        }
        int last = ",:;!?".indexOf(text.charAt(end - 1)) >= 0 ? end - 1 : end;
        for (int k = start + 2; k < last; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return last > start + 2;
    }

    /**
     * Whether the token {@code [start, end)} is the name of a chat mention: '@' right before it at a chunk's start, and
     * the token a capital then lower-case letters ("@Folasade", not "@AmazonHelp", "@jane", "@j.doe").
     */
    static boolean mentionAt(String text, int start, int end) {
        if (start < 1 || text.charAt(start - 1) != '@' || start >= 2 && !Character.isWhitespace(text.charAt(start - 2))
                || end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The blank-separated chunks of the text that hold '@', "//" or "www.", in one pass. */
    static java.util.BitSet links(String text) {
        java.util.BitSet bits = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean link = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '@' || c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || c == '.' && i >= start + 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                    link = true;
                }
                i++;
            }
            if (link && !mention(text, start, i)) {
                if (bits == null) {
                    bits = new java.util.BitSet(n);
                }
                bits.set(start, i);
            }
        }
        return bits;
    }
}
