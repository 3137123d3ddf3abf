package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Map;

/**
 * Dates and times; a date right after "born", "date of birth" or "DOB" is a {@code DATE_OF_BIRTH}.
 *
 * <p>Numeric forms are read from the scan's digit runs: ISO 8601 dates and timestamps (one span, with time,
 * fraction and offset), day/month/year in any order with one separator, month/year ("05/2021", low score) and
 * month/short year ("5/21", lower still: as likely a fraction), times, bare years (context needed). Written
 * months are found from word tokens: "5-May-2021", "5 May 2021", "May 5th, 2021", "May-2021", "21-May". A date
 * glued to letters ("is5/21") is not a date.
 */
final class DateRecognizer extends ScannerRecognizer {

    /**
     * German, French, Spanish, Italian, Portuguese, Polish (genitive), Turkish, Dutch, Nordic and Finnish (partitive) month names (full, and the usual German
     * abbreviations that differ from the English ones): read only with their year ("7. März 1979", "3 mars 1985",
     * "Oktober 1982", "12 de mayo de 1990" with its Spanish and Portuguese "de"), never alone or with a day only, as
     * "mayo 5" or "12 mars" is more often something else.
     */
    private static final Map<String, Integer> FOREIGN_MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3), Map.entry("mär", 3),
            Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("okt", 10), Map.entry("oktober", 10),
            Map.entry("dez", 12), Map.entry("dezember", 12),
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("juin", 6),
            Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5),
            Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("septiembre", 9),
            Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11), Map.entry("diciembre", 12),
            Map.entry("gennaio", 1), Map.entry("febbraio", 2), Map.entry("aprile", 4), Map.entry("maggio", 5),
            Map.entry("giugno", 6), Map.entry("luglio", 7), Map.entry("settembre", 9), Map.entry("ottobre", 10),
            Map.entry("dicembre", 12),
            Map.entry("janeiro", 1), Map.entry("fevereiro", 2), Map.entry("março", 3), Map.entry("maio", 5),
            Map.entry("junho", 6), Map.entry("julho", 7), Map.entry("setembro", 9), Map.entry("outubro", 10),
            Map.entry("dezembro", 12),
            // Polish in the genitive ("5 października 1990") and Turkish ("14 Şubat 1993", dotless i or not)
            Map.entry("stycznia", 1), Map.entry("lutego", 2), Map.entry("marca", 3), Map.entry("kwietnia", 4), Map.entry("maja", 5),
            Map.entry("czerwca", 6), Map.entry("lipca", 7), Map.entry("sierpnia", 8), Map.entry("września", 9),
            Map.entry("października", 10), Map.entry("listopada", 11), Map.entry("grudnia", 12),
            Map.entry("ocak", 1), Map.entry("şubat", 2), Map.entry("subat", 2), Map.entry("mart", 3), Map.entry("nisan", 4),
            Map.entry("mayıs", 5), Map.entry("mayis", 5), Map.entry("haziran", 6), Map.entry("temmuz", 7), Map.entry("ağustos", 8),
            Map.entry("agustos", 8), Map.entry("eylül", 9), Map.entry("eylul", 9), Map.entry("ekim", 10), Map.entry("kasım", 11),
            Map.entry("kasim", 11), Map.entry("aralık", 12), Map.entry("aralik", 12),
            // Round 32: Dutch, Swedish, Norwegian / Danish (the rest are German's or English's) and Finnish in the partitive
            // ("7 februari 1982", "30 augusti 1974", "3. desember 1988", "4. maaliskuuta 1990")
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("mei", 5), Map.entry("augustus", 8),
            Map.entry("maj", 5), Map.entry("augusti", 8), Map.entry("desember", 12),
            Map.entry("tammikuuta", 1), Map.entry("helmikuuta", 2), Map.entry("maaliskuuta", 3), Map.entry("huhtikuuta", 4),
            Map.entry("toukokuuta", 5), Map.entry("kesäkuuta", 6), Map.entry("heinäkuuta", 7), Map.entry("elokuuta", 8),
            Map.entry("syyskuuta", 9), Map.entry("lokakuuta", 10), Map.entry("marraskuuta", 11), Map.entry("joulukuuta", 12));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3),
            Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    DateRecognizer() {
        super("DateRecognizer", null, "DATE_TIME", "DATE_OF_BIRTH");
    }

    /**
     * Whether {@code c} is a clock time and nothing else ("09:30", "14:05:59", "10pm", "4 p.m.", "9:30 pm"): one of this
     * recogniser's DATE_TIME candidates of one or two digits, then minutes (and seconds) after a colon, an am / pm, or
     * both. Since round 80 no word of time lifts it: a time of day names no day and no one ("since 09:30", "after 5pm").
     * Reads at most the candidate's twelve characters.
     */
    static boolean clockTime(String text, Candidate c) {
        if (!(c.recognizer instanceof DateRecognizer) || !c.type.equals("DATE_TIME") || c.end - c.start > 12) {
            return false;
        }
        int k = c.start;
        int digits = 0;
        while (k < c.end && Chars.digit(text.charAt(k))) {
            k++;
            digits++;
        }
        if (digits < 1 || digits > 2) {
            return false;
        }
        boolean minutes = false;
        while (k + 2 < c.end && text.charAt(k) == ':' && Chars.digit(text.charAt(k + 1)) && Chars.digit(text.charAt(k + 2))) {
            k += 3;
            minutes = true;
        }
        if (k == c.end) {
            return minutes;
        }
        if (text.charAt(k) == ' ') {
            k++;
        }
        if (k < c.end && (Character.toLowerCase(text.charAt(k)) == 'a' || Character.toLowerCase(text.charAt(k)) == 'p')) {
            k++;
            if (k < c.end && text.charAt(k) == '.') {
                k++;
            }
            if (k < c.end && Character.toLowerCase(text.charAt(k)) == 'm') {
                k++;
                if (k < c.end && text.charAt(k) == '.') {
                    k++;
                }
                return k == c.end;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is a clock time alone ("3pm", "07:45", "9:30 pm"): one of this recogniser's candidates that starts
     * with a digit and holds a colon or a letter (a bare year holds neither). The prepositions "in", "at", "from" do not
     * lift it ("moved to 3pm in Room 12", "from 07:45 to 11:10"); other words of time do, except for a
     * {@link #clockTime}, which no word lifts since round 80.
     */
    static boolean timeOfDay(String text, Candidate c) {
        if (!(c.recognizer instanceof DateRecognizer) || !c.type.equals("DATE_TIME") || c.end - c.start > 12
                || !Chars.digit(text.charAt(c.start))) {
            return false;
        }
        for (int k = c.start; k < c.end; k++) {
            char ch = text.charAt(k);
            if (ch == ':' || Chars.asciiLetter(ch)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        int before = out.size();
        if (scan.hasDigit()) {
            numeric(scan, out);
        }
        written(scan, out);
        shelfLife(scan.lower(), out, before);
        int dob = scan.pack().index().id("@dob.intro");
        LanguagePack.ContextHits hits = dob < 0 || out.size() == before ? null : scan.context();
        if (dob >= 0 && scan.hasDigit()) {
            compactBirthDates(scan, dob, out);
        }
        if (scan.hasDigit() && scan.hasNonAscii()) {
            eastAsianBirthDates(scan, dob, out);
        }
        for (int k = before; k < out.size() && hits != null; k++) {
            Candidate c = out.get(k);
            int hit = hits.lastBefore(dob, c.start - 32, c.start);
            if (hit >= 0) {
                out.set(k, new Candidate("DATE_OF_BIRTH", c.start, c.end, 0.9, this, null)
                        .withContext(scan.lower().substring(hits.start(hit), hits.end(hit))));
            }
        }
        transactionDates(scan, dob, out, before);
    }

    /**
     * Words of a payment, an order, a delivery or an invoice (round 51), lower case, English and the desk's other languages:
     * a date next to one of them is when money moved or a parcel did, nobody's personal data on its own.
     */
    private static final java.util.Set<String> TRANSACTION_WORDS = java.util.Set.of(
            "payment", "payments", "pay", "paid", "bill", "bills", "bought", "tracking", "parcel", "shipment", "shipping", "charge", "charged", "charges", "debit", "debited", "order", "orders", "ordered",
            "deliver", "delivered", "delivery", "deliveries", "ship", "invoice", "invoices", "invoiced", "billed", "transaction", "transactions", "transfer",
            "transferred", "refund", "refunded", "purchase", "purchased", "shipped", "dispatched", "receipt", "withdrawal",
            "rechnung", "zahlung", "abgebucht", "abbuchung", "überweisung", "lastschrift", "bestellung", "bestellt", "lieferung",
            "geliefert", "fattura", "pagamento", "pagato", "addebito", "addebitato", "bonifico", "ordine", "consegna",
            "consegnato", "factura", "pago", "pagado", "cobro", "transferencia", "pedido", "entregado", "fatura", "cobrança",
            "cobrado", "transferência", "encomenda", "facture", "paiement", "payé", "prélèvement", "virement", "commande",
            "livraison", "livré", "factuur", "betaling", "betaald", "afschrijving", "overschrijving", "bestelling", "levering",
            "geleverd", "faktura", "płatność", "przelew", "zamówienie", "dostawa", "betalning", "beställning", "leverans");

    /**
     * Words of a shop's or a service's own calendar (round 55), lower case, English only: opening hours ("open", "opens",
     * "closed", "closes", "hours"), a store or a branch, a parcel's way ("depot", "hub", "courier", "pickup", "collect",
     * "arrive", "restock"), a release ("build", "release", "version", "patch", "firmware", "update", "changelog"), a support
     * ticket ("ticket", "escalated"), an offer or a contract's term ("promo", "deal", "offer", "sale", "warranty", "renewal",
     * "subscription", "contract"). A date next to one is the shop's, the parcel's or the software's, nobody's personal data on
     * its own; read like {@link #TRANSACTION_WORDS}. Travel, appointments and visits are not here: when a person flies or sees
     * someone can be theirs; nor an expiry, since a card's expiry date is reported (CoverageTest).
     */
    private static final java.util.Set<String> SERVICE_WORDS = java.util.Set.of(
            "open", "opens", "opening", "closed", "closes", "closing", "hours", "store", "stores", "shop", "shops", "branch",
            "branches", "depot", "hub", "courier", "pickup", "collect", "collection", "arrive", "arrives", "arrival",
            "restock", "restocked", "build", "release", "released", "version", "patch", "firmware", "update", "changelog",
            "ticket", "escalated", "promo", "promotion", "deal", "offer", "sale", "warranty",
            "renewal", "subscription", "contract");

    /** Currency codes read as words next to a transaction's date (symbols: {@link #currencySymbol}). */
    private static final java.util.Set<String> CURRENCY_CODES = java.util.Set.of("usd", "eur", "gbp", "chf", "pln", "sek", "nok",
            "dkk", "inr", "aud", "cad", "zł");

    private static final int TRANSACTION_BEFORE = 48;
    private static final int TRANSACTION_AFTER = 32;

    /**
     * Drops the DATE_TIME candidates from {@code from} on that sit next to a transaction (round 51): a word of
     * {@link #TRANSACTION_WORDS} or an amount's currency (a symbol, or a code of {@link #CURRENCY_CODES}) within
     * {@value #TRANSACTION_BEFORE} characters before the date or {@value #TRANSACTION_AFTER} after it, in the same sentence
     * ("Payment of 1,250.00 USD on 03/11/2026", "invoice dated 4 March 2026", "delivered on Thursday"). Dates of birth are
     * never dropped, nor a date with a birth word of {@code @dob.intro} within 80 characters before it or 40 after.
     * Each candidate reads at most 80 characters around it: linear.
     */
    private static void transactionDates(Scan scan, int dob, List<Candidate> out, int from) {
        String l = scan.lower();
        LanguagePack.ContextHits hits = null;
        int w = from;
        for (int k = from; k < out.size(); k++) {
            Candidate c = out.get(k);
            boolean drop = false;
            if (c.type.equals("DATE_TIME") && nextToTransaction(l, c.start, c.end)) {
                if (hits == null && dob >= 0) {
                    hits = scan.context();
                }
                drop = hits == null || hits.lastBefore(dob, Math.max(0, c.start - 80), Math.min(l.length(), c.end + 40)) < 0;
            }
            if (!drop) {
                out.set(w++, c);
            }
        }
        while (out.size() > w) {
            out.remove(out.size() - 1);
        }
    }

    /** Whether a word or currency of a transaction is in the sentence within the bounds around [start, end). */
    private static boolean nextToTransaction(String l, int start, int end) {
        int a = start;
        while (a > 0 && start - a < TRANSACTION_BEFORE && !sentenceEnd(l, a - 1)) {
            a--;
        }
        int b = end;
        while (b < l.length() && b - end < TRANSACTION_AFTER && !sentenceEnd(l, b)) {
            b++;
        }
        return transactionIn(l, a, start) || transactionIn(l, end, b);
    }

    /** A line break, '?', '!', ';' or a full stop before a blank or the end ends a sentence ("01.12.2026" does not). */
    private static boolean sentenceEnd(String l, int i) {
        char ch = l.charAt(i);
        return ch == '\n' || ch == '?' || ch == '!' || ch == ';'
                || ch == '.' && (i + 1 == l.length() || Character.isWhitespace(l.charAt(i + 1)));
    }

    private static boolean transactionIn(String l, int from, int to) {
        int i = from;
        while (i < to) {
            char ch = l.charAt(i);
            if (currencySymbol(ch)) {
                return true;
            }
            if (!Character.isLetter(ch)) {
                i++;
                continue;
            }
            int e = i;
            while (e < l.length() && Character.isLetter(l.charAt(e))) {
                e++;
            }
            // a word cut by the window's start is not read (its tail alone could be another word)
            if ((i > from || i == 0 || !Character.isLetter(l.charAt(i - 1))) && e <= to) {
                String word = l.substring(i, e);
                if (TRANSACTION_WORDS.contains(word) || SERVICE_WORDS.contains(word) || CURRENCY_CODES.contains(word)) {
                    return true;
                }
            }
            i = e;
        }
        return false;
    }

    private static boolean currencySymbol(char ch) {
        return ch == '€' || ch == '$' || ch == '£' || ch == '¥' || ch == '₹' || ch == '₺' || ch == '₽';
    }

    /** Log levels that follow a log line's timestamp, as loggers print them. */
    private static final java.util.Set<String> LOG_LEVELS = java.util.Set.of("TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING",
            "ERROR", "FATAL", "CRITICAL");

    /**
     * Whether one blank (or "[" after it) and a log level of {@link #LOG_LEVELS} follow {@code k}, after the milliseconds
     * a comma may set off. Reads at most 21 characters.
     */
    private static boolean logLevelAfter(String t, int k) {
        if ((Chars.at(t, k) == ',' || Chars.at(t, k) == '.') && Chars.digit(Chars.at(t, k + 1))) {
            int f = k + 1;
            while (f < t.length() && f - k <= 9 && Chars.digit(t.charAt(f))) {
                f++;
            }
            k = f; // "11:05:44,120 WARN": the milliseconds after a comma
        }
        if (Chars.at(t, k) != ' ') {
            return false;
        }
        int a = k + 1 + (Chars.at(t, k + 1) == '[' ? 1 : 0);
        int e = a;
        while (e < t.length() && e - a < 9 && Chars.upper(t.charAt(e))) {
            e++;
        }
        char n = Chars.at(t, e);
        return e > a && !Character.isLetterOrDigit(n) && LOG_LEVELS.contains(t.substring(a, e));
    }

    /**
     * Words that print a product's shelf life before its date, lower case ("best before 09/2028", "use by 22.03.2027").
     * "Expiry", "expires" and "exp." are not among them: a card's expiry date stays a date ({@code CoverageTest}).
     */
    private static final String[] SHELF_WORDS = {"best before", "best-before", "best before end", "bbe", "use by", "use-by",
            "mindestens haltbar bis", "mhd", "houdbaar tot", "à consommer avant", "consumir antes de", "da consumarsi entro"};

    /**
     * Drops the DATE_TIME candidates from {@code from} on that follow a shelf-life word of {@link #SHELF_WORDS} (only blanks
     * and a colon between): a product's best-before or expiry date is nobody's
     * data (round 32). Each candidate reads at most 28 characters back: linear.
     */
    private static void shelfLife(String l, List<Candidate> out, int from) {
        int w = from;
        for (int k = from; k < out.size(); k++) {
            Candidate c = out.get(k);
            if (!(c.type.equals("DATE_TIME") && afterShelfWord(l, c.start))) {
                out.set(w++, c);
            }
        }
        while (out.size() > w) {
            out.remove(out.size() - 1);
        }
    }

    private static boolean afterShelfWord(String l, int start) {
        int b = start;
        while (b > 0 && start - b < 4 && (l.charAt(b - 1) == ' ' || l.charAt(b - 1) == ':')) {
            b--;
        }
        if (b == start) {
            return false;
        }
        for (String w : SHELF_WORDS) {
            if (b >= w.length() && l.startsWith(w, b - w.length()) && (b == w.length() || !Character.isLetter(l.charAt(b - w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A birth date written as eight digits, year first ("DOB: 19910322", "geboren 19790328"): a run of exactly eight
     * digits, nothing glued to it, reading as a real date of 1900–2099, with a birth word of {@code @dob.intro} within
     * the 32 characters before it. Without the word nothing (an order or a build number of eight digits reads as a date
     * as often). One pass over the text: linear.
     */
    private void compactBirthDates(Scan scan, int dob, List<Candidate> out) {
        String t = scan.text();
        LanguagePack.ContextHits hits = null;
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Chars.digit(t.charAt(i))) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && Chars.digit(t.charAt(e))) {
                e++;
            }
            if (e - i == 8 && !Chars.letter(Chars.at(t, i - 1)) && !Chars.letter(Chars.at(t, e)) && Chars.at(t, i - 1) != '-'
                    && Chars.at(t, e) != '-' && !(Chars.at(t, e) == '.' && Chars.digit(Chars.at(t, e + 1)))) {
                int year = Integer.parseInt(t, i, i + 4, 10);
                int month = Integer.parseInt(t, i + 4, i + 6, 10);
                int day = Integer.parseInt(t, i + 6, i + 8, 10);
                if (year >= 1900 && year <= 2099 && plausible(month, day) && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                    if (hits == null) {
                        hits = scan.context();
                    }
                    int hit = hits.lastBefore(dob, i - 32, i);
                    if (hit >= 0) {
                        out.add(new Candidate("DATE_OF_BIRTH", i, e, 0.9, this, null)
                                .withContext(scan.lower().substring(hits.start(hit), hits.end(hit))));
                    }
                }
            }
            i = e;
        }
    }

    /** Birth words of Japanese, Chinese and Korean (round 64): "date of birth", "birthday", "born". */
    private static final String[] EAST_ASIAN_BIRTH_BEFORE = {"生年月日", "誕生日", "生日", "出生", "生まれ", "생년월일", "생일",
        "출생"};
    /** The same words as they follow the date ("1990年5月3日生まれ", "1990年5月3日出生", "1990년 5월 3일 출생", "…에 태어났다"). */
    private static final String[] EAST_ASIAN_BIRTH_AFTER = {"生まれ", "出生", "출생", "태어"};

    /**
     * Round 64: a date of birth written the East Asian way, year first with its unit characters — Japanese and Chinese
     * "2003年7月9日" (Chinese also "…9号" / "…9號"), Korean "2003년 7월 9일" (one blank allowed after each unit) —
     * four digits of a year 1900–2099 (no digit glued before), month 1–12, a day that exists in that month; a
     * {@code DATE_OF_BIRTH} only with a birth word: one of {@link #EAST_ASIAN_BIRTH_BEFORE} (these scripts write no
     * blanks, so the word is looked for as a substring) or of {@code @dob.intro} within the 32 characters before the
     * year, or one of {@link #EAST_ASIAN_BIRTH_AFTER} glued to the date or one or two characters after it
     * ("…日に生まれ", "…일에 태어났"). Without a birth word
     * nothing (an order's or a delivery's date is written the same way). One pass over the text, a bounded look around
     * each date: linear.
     */
    private void eastAsianBirthDates(Scan scan, int dob, List<Candidate> out) {
        String t = scan.text();
        int n = t.length();
        LanguagePack.ContextHits hits = null;
        for (int i = 4; i < n; i++) {
            char unit = t.charAt(i);
            if (unit != '年' && unit != '년') {
                continue;
            }
            int ys = i - 4;
            if (!Chars.allDigits(t, ys, i) || Chars.digit(Chars.at(t, ys - 1))) {
                continue;
            }
            int year = Integer.parseInt(t, ys, i, 10);
            int k = blankAfter(t, i + 1, unit == '년');
            int ms = k;
            while (k < n && k - ms < 3 && Chars.digit(t.charAt(k))) {
                k++;
            }
            if (k == ms || k - ms > 2 || Chars.at(t, k) != (unit == '年' ? '月' : '월')) {
                continue;
            }
            int month = Integer.parseInt(t, ms, k, 10);
            k = blankAfter(t, k + 1, unit == '년');
            int ds = k;
            while (k < n && k - ds < 3 && Chars.digit(t.charAt(k))) {
                k++;
            }
            char dayUnit = Chars.at(t, k);
            boolean dayOk = unit == '年' ? dayUnit == '日' || dayUnit == '号' || dayUnit == '號' : dayUnit == '일';
            if (k == ds || k - ds > 2 || !dayOk) {
                continue;
            }
            int day = Integer.parseInt(t, ds, k, 10);
            int end = k + 1;
            if (year < 1900 || year > 2099 || !plausible(month, day) || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                i = end - 1;
                continue;
            }
            String cue = eastAsianCue(t, ys, end);
            if (cue == null && dob >= 0) {
                if (hits == null) {
                    hits = scan.context();
                }
                int hit = hits.lastBefore(dob, ys - 32, ys);
                cue = hit < 0 ? null : scan.lower().substring(hits.start(hit), hits.end(hit));
            }
            if (cue != null) {
                out.add(new Candidate("DATE_OF_BIRTH", ys, end, 0.9, this, null).withContext(cue));
            }
            i = end - 1;
        }
    }

    /** Past one blank after a Korean unit ("2003년 7월"); the Japanese and Chinese forms take none. */
    private static int blankAfter(String t, int k, boolean korean) {
        return korean && Chars.at(t, k) == ' ' ? k + 1 : k;
    }

    /** The East Asian birth word before ({@code start} - 32 .. {@code start}) or up to two characters after the date, or null. */
    private static String eastAsianCue(String t, int start, int end) {
        int from = Math.max(0, start - 32);
        for (String w : EAST_ASIAN_BIRTH_BEFORE) {
            for (int at = from; at + w.length() <= start; at++) {
                if (t.startsWith(w, at)) {
                    return w;
                }
            }
        }
        for (String w : EAST_ASIAN_BIRTH_AFTER) {
            if (t.startsWith(w, end) || t.startsWith(w, end + 1) || t.startsWith(w, end + 2)) {
                return w;
            }
        }
        return null;
    }

    private static boolean plausible(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static int value(String t, int[] runs, int k) {
        int len = runs[2 * k + 1] - runs[2 * k];
        return len > 4 ? -1 : Integer.parseInt(t, runs[2 * k], runs[2 * k + 1], 10);
    }

    private static int len(int[] runs, int k) {
        return runs[2 * k + 1] - runs[2 * k];
    }

    /** The separator between run k and k + 1 when it is one of "/.-" alone, else 0. */
    private static char sep(String t, int[] runs, int k) {
        int from = runs[2 * k + 1];
        if (runs[2 * k + 2] - from != 1) {
            return 0;
        }
        char c = t.charAt(from);
        return c == '/' || c == '.' || c == '-' ? c : 0;
    }

    private static boolean cleanBefore(String t, int start) {
        char p = Chars.at(t, start - 1);
        return !(Chars.letterOrDigit(p) || p == '-' || p == '/' || p == '.' && Chars.digit(Chars.at(t, start - 2)));
    }

    private static boolean cleanAfter(String t, int end) {
        char n = Chars.at(t, end);
        if (Chars.letterOrDigit(n)) {
            return false;
        }
        return !((n == '/' || n == '.' || n == '-' || n == ':') && Chars.digit(Chars.at(t, end + 1)));
    }

    private void numeric(Scan scan, List<Candidate> out) {
        String t = scan.text();
        int[] runs = scan.digitRuns();
        int count = runs.length / 2;
        for (int r = 0; r < count; r++) {
            int start = runs[2 * r];
            if (!cleanBefore(t, start)) {
                continue;
            }
            char s1 = r + 1 < count ? sep(t, runs, r) : 0;
            char s2 = r + 2 < count && s1 != 0 ? sep(t, runs, r + 1) : 0;
            int a = value(t, runs, r);
            // yyyy-mm-dd, with an optional time: one DATE_TIME for the whole timestamp.
            if (s2 == s1 && s1 != 0 && len(runs, r) == 4 && len(runs, r + 1) <= 2 && len(runs, r + 2) <= 2
                    && plausible(value(t, runs, r + 1), value(t, runs, r + 2)) && a >= 1000) {
                int end = runs[2 * r + 5];
                int withTime = s1 == '-' ? isoTime(t, end) : end;
                if (cleanAfter(t, withTime)) {
                    if (withTime > end && logLevelAfter(t, withTime)) {
                        // "2026-10-02T11:05:44Z ERROR …": a log line's own timestamp, when the system wrote, no one's data
                        // (round 32); a date and time a customer writes is followed by no log level.
                        r = lastRunBefore(runs, r + 2, withTime);
                        continue;
                    }
                    add(out, "DATE_TIME", start, withTime, 0.85, null);
                    r = lastRunBefore(runs, r + 2, withTime);
                    continue;
                }
            }
            // d/m/y, m/d/y, d.m.yy, ...
            if (s2 == s1 && s1 != 0 && len(runs, r) <= 2 && len(runs, r + 1) <= 2 && (len(runs, r + 2) == 4 || len(runs, r + 2) == 2)) {
                int b = value(t, runs, r + 1);
                int end = runs[2 * r + 5];
                int year = value(t, runs, r + 2);
                boolean yearOk = len(runs, r + 2) == 2 || year >= 1800 && year <= 2199;
                // "version 10.4.12", "firmware 1.2.24": a release number after its word, not a date.
                boolean release = s1 == '.' && NumberRecognizers.versionBefore(scan.lower(), start);
                if ((plausible(a, b) || plausible(b, a)) && yearOk && cleanAfter(t, end) && !release) {
                    add(out, "DATE_TIME", start, end, 0.6, null);
                    r += 2;
                    continue;
                }
            }
            // mm/yyyy (low), m/yy (lower: as likely a fraction or a score).
            if (s1 == '/' && s2 == 0 && len(runs, r) <= 2 && a >= 1 && a <= 12 && (len(runs, r + 1) == 4 || len(runs, r + 1) == 2)) {
                int end = runs[2 * r + 3];
                if (cleanAfter(t, end) && (len(runs, r + 1) == 2 || value(t, runs, r + 1) >= 1900 && value(t, runs, r + 1) <= 2100)) {
                    add(out, "DATE_TIME", start, end, len(runs, r + 1) == 4 ? 0.2 : 0.1, null);
                    r += 1;
                    continue;
                }
            }
            // Times: 9:30, 14:05:59, 9:30 pm, 9am. A time of day alone ("open 9am to 5pm") is no one's data: 0.35, below
            // the default threshold; since round 80 no word of time lifts it (Analyzer.enhance, clockTime).
            int time = time(t, runs, r, count);
            if (time > 0) {
                add(out, "DATE_TIME", start, time, 0.35, null);
                r = lastRunBefore(runs, r, time);
                continue;
            }
            // A bare year: context ("since", "in") decides.
            if (len(runs, r) == 4 && (a / 100 == 19 || a / 100 == 20)) {
                char p = Chars.at(t, start - 1);
                char n = Chars.at(t, runs[2 * r + 1]);
                if (p != '$' && p != '€' && p != '£' && p != ',' && n != '%' && !((n == '.' || n == ',') && Chars.digit(Chars.at(t, runs[2 * r + 1] + 1)))
                        && !Chars.letterOrDigit(n) && !codeAfterYear(t, runs[2 * r + 1])) {
                    add(out, "DATE_TIME", start, runs[2 * r + 1], 0.35, null);
                }
            }
        }
    }

    /**
     * Whether a year ending at {@code end} opens a code of three or more parts ("2026/118/0457", "2026-11-A"): a '-' or
     * '/', up to eight letters or digits, and another '-' or '/' before a letter or digit. A year range ("2024-2025")
     * stays a year. Reads at most eleven characters on.
     */
    static boolean codeAfterYear(String t, int end) {
        char n = Chars.at(t, end);
        if (n != '-' && n != '/' || !Chars.letterOrDigit(Chars.at(t, end + 1))) {
            return false;
        }
        int j = end + 1;
        while (j - end <= 8 && Chars.letterOrDigit(Chars.at(t, j))) {
            j++;
        }
        char m = Chars.at(t, j);
        return (m == '-' || m == '/') && Chars.letterOrDigit(Chars.at(t, j + 1));
    }

    private static int lastRunBefore(int[] runs, int r, int end) {
        int k = r;
        while (2 * (k + 1) < runs.length && runs[2 * (k + 1) + 1] <= end) {
            k++;
        }
        return k;
    }

    /** After an ISO date: [T or blank]hh:mm[:ss[.fraction]][Z | ±hh[:mm]]; returns the end (the date's end when absent). */
    private static int isoTime(String t, int end) {
        char c = Chars.at(t, end);
        if (!(c == 'T' || c == 't' || c == ' ') || !twoDigits(t, end + 1) || Chars.at(t, end + 3) != ':' || !twoDigits(t, end + 4)) {
            return end;
        }
        int k = end + 6;
        if (Chars.at(t, k) == ':' && twoDigits(t, k + 1)) {
            k += 3;
            if (Chars.at(t, k) == '.' && Chars.digit(Chars.at(t, k + 1))) {
                k++;
                while (Chars.digit(Chars.at(t, k)) && k < end + 40) {
                    k++;
                }
            }
        }
        char z = Chars.at(t, k);
        if (z == 'Z' || z == 'z') {
            k++;
        } else if ((z == '+' || z == '-') && twoDigits(t, k + 1)) {
            k += 3;
            if (Chars.at(t, k) == ':' && twoDigits(t, k + 1)) {
                k += 3;
            } else if (twoDigits(t, k)) {
                k += 2;
            }
        }
        return k;
    }

    private static boolean twoDigits(String t, int i) {
        return Chars.digit(Chars.at(t, i)) && Chars.digit(Chars.at(t, i + 1));
    }

    /** "9:30", "14:05:59", "9:30 pm", "9am", "10 p.m."; the end, or -1. */
    private static int time(String t, int[] runs, int r, int count) {
        int start = runs[2 * r];
        int end = runs[2 * r + 1];
        char before = Chars.at(t, start - 1);
        // "00:00:00:00:00:00" is a MAC address, "1.5:3" no time.
        if (end - start > 2 || before == ':' || before == '.' || Chars.letterOrDigit(before)) {
            return -1;
        }
        int hour = Integer.parseInt(t, start, end, 10);
        int k = end;
        boolean minutes = false;
        if (Chars.at(t, k) == ':' && twoDigits(t, k + 1) && !Chars.digit(Chars.at(t, k + 3))) {
            minutes = true;
            k += 3;
            if (Chars.at(t, k) == ':' && twoDigits(t, k + 1) && !Chars.digit(Chars.at(t, k + 3))) {
                k += 3;
            }
            if (hour > 24 || Integer.parseInt(t, end + 1, end + 3, 10) > 59) {
                return -1;
            }
        }
        int m = Chars.at(t, k) == ' ' ? k + 1 : k;
        char a = Character.toLowerCase(Chars.at(t, m));
        if ((a == 'a' || a == 'p') && hour <= 12) {
            int e = m + 1;
            if (Chars.at(t, e) == '.') {
                e++;
            }
            if (Character.toLowerCase(Chars.at(t, e)) == 'm' && !Chars.letterOrDigit(Chars.at(t, e + 1))) {
                e++;
                if (Chars.at(t, e) == '.' && !Chars.letterOrDigit(Chars.at(t, e + 1))) {
                    e++;
                }
                return e;
            }
        }
        if (!minutes) {
            return -1;
        }
        char n = Chars.at(t, k);
        return Chars.letterOrDigit(n) || n == ':' ? -1 : k;
    }

    private static final RegionMap<Integer> MONTH_TABLE = new RegionMap<>(allMonths());

    private static Map<String, Integer> allMonths() {
        Map<String, Integer> all = new java.util.HashMap<>(FOREIGN_MONTHS);
        all.putAll(MONTHS);
        return all;
    }
    private static final RegionMap<Boolean> WEEKDAY_TABLE = new RegionMap<>(
            WEEKDAYS.stream().collect(java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE)));

    private void written(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        List<Tokens.Token> tokens = scan.tokens();
        for (int ti = 0; ti < tokens.size(); ti++) {
            Tokens.Token tok = tokens.get(ti);
            int length = tok.end() - tok.start();
            if (length < 3 || length > 12) {
                continue;
            }
            Integer month = MONTH_TABLE.get(l, tok.start(), tok.end());
            if (month == null) {
                if (length >= 6 && WEEKDAY_TABLE.contains(l, tok.start(), tok.end())) {
                    // "Monday to Friday": opening hours, no one's data; "on Monday", "since Friday" are lifted by their word.
                    add(out, "DATE_TIME", tok.start(), tok.end(), 0.35, null);
                }
                continue;
            }
            String w = l.substring(tok.start(), tok.end());
            boolean foreign = !MONTHS.containsKey(w);
            boolean year = false;
            int ms = tok.start();
            int me = tok.end();
            // "May" the verb and "march" the walk: only a capitalised or dated month counts.
            boolean ambiguous = w.equals("may") || w.equals("march");
            int afterDot = Chars.at(t, me) == '.' && w.length() <= 4 ? me + 1 : me;
            if (foreign && l.startsWith(" de ", me) && Chars.digit(Chars.at(t, me + 4))) {
                afterDot = me + 3; // "3 de marzo de 1988": the Spanish and Portuguese "de" before the year
            }
            if (!foreign && Character.isUpperCase(t.charAt(ms)) && l.startsWith(" the ", me) && Chars.digit(Chars.at(t, me + 5))) {
                afterDot = me + 4; // "March the 9th, 1984" (round 33): "the" between the month and its day
            }
            if (!foreign && Character.isUpperCase(t.charAt(ms))) {
                int spelled = monthFirstSpelled(scan, me, ms);
                if (spelled > 0) {
                    add(out, "DATE_TIME", ms, spelled, 0.7, null); // lifted to DATE_OF_BIRTH by its birth word below
                    continue;
                }
            }
            // Day before: "5 May", "5th of May", "05-May", "21 May".
            int dayStart = -1;
            boolean spokenDay = false;
            int k = ms - 1;
            char sepBefore = Chars.at(t, k);
            if (sepBefore == ' ' || sepBefore == '-') {
                int e = k;
                if (sepBefore == ' ' && l.startsWith(" of", k - 3) && k - 3 >= 0) {
                    e = k - 3;
                } else if (foreign && sepBefore == ' ' && k - 3 >= 0 && l.startsWith(" de", k - 3)) {
                    e = k - 3; // "3 de marzo"
                } else if ((foreign || Character.isLowerCase(t.charAt(ms))) && sepBefore == ' ' && Chars.at(t, k - 1) == '.'
                        && Chars.digit(Chars.at(t, k - 2))) {
                    // "7. März": the German ordinal dot after the day; the Danish and Norwegian write it before a month
                    // spelt as the English one, in lower case ("11. december 1969"; round 32)
                    e = k - 1;
                }
                int d = e;
                if (d >= 2 && (l.startsWith("st", d - 2) || l.startsWith("nd", d - 2) || l.startsWith("rd", d - 2) || l.startsWith("th", d - 2))
                        && Chars.digit(Chars.at(t, d - 3))) {
                    d -= 2;
                }
                int s = d;
                while (s > 0 && Chars.digit(t.charAt(s - 1)) && d - s < 2) {
                    s--;
                }
                if (s < d && !Chars.letterOrDigit(Chars.at(t, s - 1)) && Chars.at(t, s - 1) != '-' && Chars.at(t, s - 1) != '/'
                        && Integer.parseInt(t, s, d, 10) >= 1 && Integer.parseInt(t, s, d, 10) <= 31) {
                    dayStart = s;
                } else if (s == d && sepBefore == ' ') {
                    dayStart = foreign ? -1 : SpokenDates.ordinalBefore(l, e); // "the ninth of February", "twenty-second June"
                    if (dayStart < 0) {
                        // round 38: "am zwölften März 1987", "el quince de junio de 1988", "tre marzo 1982" (with its year only)
                        dayStart = SpokenDates.foreignDayBefore(l, e, !foreign);
                    }
                    spokenDay = dayStart >= 0;
                }
            }
            // After the month: a day ("May 5", "May 5th"), a year ("May 2021", "May-2021", "May-21"), or both.
            int end = -1;
            double score = 0;
            char sepAfter = Chars.at(t, afterDot);
            if (sepAfter == ' ' || sepAfter == '-' || sepAfter == ',') {
                int d = afterDot + 1;
                if (sepAfter == ',' && Chars.at(t, d) == ' ') {
                    d++;
                }
                // "1 Feb '94": an apostrophe stands for the century (a day before the month is then required below).
                boolean apostrophe = sepAfter != ',' && (Chars.at(t, d) == '\'' || Chars.at(t, d) == '\u2019') && Chars.digit(Chars.at(t, d + 1));
                if (apostrophe) {
                    d++;
                }
                int e = d;
                while (Chars.digit(Chars.at(t, e)) && e - d < 5) {
                    e++;
                }
                int digits = e - d;
                int spokenYear = digits == 0 && dayStart >= 0 ? SpokenDates.yearAt(l, d) : -1;
                if (spokenYear < 0 && spokenDay && digits == 0 && sepAfter == ',') {
                    spokenYear = SpokenDates.shortYearAt(l, d); // "the ninth of May, eighty-seven" (round 34)
                }
                if (spokenYear > 0) {
                    end = spokenYear; // "ninth of February, nineteen seventy-one"
                    score = 0.7;
                    year = true;
                } else if (digits == 4 && dayStart < 0 && !Chars.letterOrDigit(Chars.at(t, e)) && yearLike(t, d)) {
                    end = e;
                    score = 0.6;
                    year = true;
                } else if (digits == 4 && dayStart >= 0 && !Chars.letterOrDigit(Chars.at(t, e)) && yearLike(t, d)) {
                    end = e;
                    score = 0.7;
                    year = true;
                } else if (digits == 2 && dayStart >= 0 && (sepAfter == '-' || sepAfter == ' ' && shortYearEnds(t, e))
                        && !Chars.letterOrDigit(Chars.at(t, e))) {
                    // "21-May-21", "12 Jan 92", "1 Feb '94": day, month and a two-digit year.
                    end = e;
                    score = 0.7;
                    year = true;
                } else if (apostrophe) {
                    end = -1; // "May '21" without a day stays the month alone
                } else if (digits >= 1 && digits <= 2 && dayStart < 0 && sepAfter != ',') {
                    int day = Integer.parseInt(t, d, e, 10);
                    int f = e;
                    if (l.startsWith("st", f) || l.startsWith("nd", f) || l.startsWith("rd", f) || l.startsWith("th", f)) {
                        f += 2;
                    }
                    if (day >= 1 && day <= 31 && !Chars.letterOrDigit(Chars.at(t, f))) {
                        end = f;
                        score = sepAfter == '-' && digits == 2 ? 0.6 : 0.7;
                        // ", 2021" after the day.
                        int y = Chars.at(t, f) == ',' ? f + 1 : f;
                        if (Chars.at(t, y) == ' ' && Chars.allDigits(t, y + 1, Math.min(t.length(), y + 5)) && y + 5 <= t.length()
                                && !Chars.letterOrDigit(Chars.at(t, y + 5)) && yearLike(t, y + 1)) {
                            end = y + 5;
                            year = true;
                        }
                    }
                }
            }
            if (foreign && !year) {
                continue; // a foreign month name counts only with its year
            }
            if (spokenDay && !year) {
                // "the first may be wrong", "the tenth of August" (a leave request): a day in words counts with its year
                dayStart = -1;
            }
            if (dayStart >= 0) {
                add(out, "DATE_TIME", dayStart, end > 0 ? end : afterDot > me && end < 0 ? afterDot : me, Math.max(score, 0.7), null);
            } else if (end > 0) {
                add(out, "DATE_TIME", ms, end, score, null);
            } else if (!ambiguous && w.length() >= 6 && !w.equals("august") || w.equals("august") && Character.isUpperCase(t.charAt(ms))) {
                add(out, "DATE_TIME", ms, me, 0.45, null);
            } else if (FULL_MONTHS.contains(w) && Character.isUpperCase(t.charAt(ms)) && !Character.isUpperCase(Chars.at(t, ms + 1))
                    && ti > 0 && timePreposition(l, tokens.get(ti - 1), ms)) {
                // "in May", "since June", "until April": a capitalised month named after a preposition of time is the
                // month, not the verb nor a first name ("May" the person is not "in" anything).
                add(out, "DATE_TIME", ms, me, 0.45, null);
            }
        }
    }

    /**
     * Round 41: a month-first date of birth with its day in words — a capitalised English month at {@code ms}..{@code me},
     * an optional "the", an ordinal day in words ({@link SpokenDates#ordinalAt}), an optional comma and a year in words
     * or four digits ("October the twenty-third, nineteen eighty-two", "March ninth, 1975", "June the thirty-first 2001")
     * — with a birth word of {@code @dob.intro} within 32 characters before the month (as the lift below reads it). The
     * date's end, or -1. Reads a constant window after the month.
     */
    private static int monthFirstSpelled(Scan scan, int me, int ms) {
        String t = scan.text();
        String l = scan.lower();
        int a = l.startsWith(" the ", me) ? me + 5 : Chars.at(t, me) == ' ' ? me + 1 : -1;
        int o = a < 0 ? -1 : SpokenDates.ordinalAt(l, a);
        if (o < 0) {
            return -1;
        }
        int d = Chars.at(t, o) == ',' ? o + 1 : o;
        if (Chars.at(t, d) != ' ') {
            return -1;
        }
        d++;
        int end = SpokenDates.yearAt(l, d);
        if (end < 0 && d + 4 <= t.length() && Chars.allDigits(t, d, d + 4) && !Chars.letterOrDigit(Chars.at(t, d + 4)) && yearLike(t, d)) {
            end = d + 4;
        }
        int dob = end < 0 ? -1 : scan.pack().index().id("@dob.intro");
        return dob >= 0 && scan.context().lastBefore(dob, ms - 32, ms) >= 0 ? end : -1;
    }

    private static final java.util.Set<String> FULL_MONTHS = java.util.Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final RegionMap<Boolean> TIME_PREPOSITIONS = new RegionMap<>(java.util.stream.Stream.of("in", "since", "until",
            "till", "during", "before", "after", "by", "from", "through", "early", "late", "mid", "last", "next", "this")
            .collect(java.util.stream.Collectors.toMap(w -> w, w -> Boolean.TRUE)));

    /** The word before the month (one blank between, same line) is a preposition or qualifier of time. */
    private static boolean timePreposition(String lower, Tokens.Token previous, int monthStart) {
        return previous.end() == monthStart - 1 && lower.charAt(previous.end()) == ' '
                && TIME_PREPOSITIONS.contains(lower, previous.start(), previous.end());
    }

    /**
     * After "12 Jan 92" with a blank before the two digits: the text ends or goes on with a blank, a comma, a full stop,
     * a closing mark or a line break, and no time or count follows ("12 Jan 10:30", "5 May 12 people" are no years).
     */
    private static boolean shortYearEnds(String t, int e) {
        char c = Chars.at(t, e);
        if (e >= t.length() || c == '\n' || c == ',' || c == ')' || c == ';' || c == '!' || c == '?') {
            return true;
        }
        if (c == '.') {
            return !Chars.digit(Chars.at(t, e + 1));
        }
        if (c != ' ') {
            return false;
        }
        // a blank: the next word must not be a count noun or a time ("12 people", "12 pm")
        int k = e + 1;
        char n = Chars.at(t, k);
        return !(Character.isLetter(n) && COUNTED.contains(Chars.at(t, k), t, k)) && !Chars.digit(n);
    }

    /** Words after "5 May 12" that make the number a count or a time, not a year (first letters checked by prefix). */
    private static final Counted COUNTED = new Counted(java.util.List.of("am", "pm", "a.m", "p.m", "people", "persons", "times",
            "items", "customers", "days", "hours", "minutes", "mins", "hrs", "euros", "dollars", "pounds", "gb", "mb", "o'clock"));

    /** A small prefix set read at an offset without making a substring. */
    private record Counted(java.util.List<String> words) {
        boolean contains(char first, String t, int at) {
            char f = Character.toLowerCase(first);
            for (String w : words) {
                if (w.charAt(0) == f && t.regionMatches(true, at, w, 0, w.length()) && !Character.isLetter(Chars.at(t, at + w.length()))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean yearLike(String t, int d) {
        int y = Integer.parseInt(t, d, d + 4, 10);
        return y >= 1800 && y <= 2199;
    }
}
