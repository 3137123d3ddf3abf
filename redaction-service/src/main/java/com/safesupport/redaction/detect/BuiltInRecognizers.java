package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recognisers every deployment has. Shapes are written for the normalised text (see
 * {@link TextNormalizer}); separators inside numbers are allowed so "4111 1111-1111 1111" is still a card.
 */
public final class BuiltInRecognizers {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /** A plausible year: "7 May 4111 1111..." is a date followed by a card, not the year 4111. */
    private static final String YEAR = "(?:1[89]|20)\\d{2}(?![\\d])";
    private static final String STREET_SUFFIX = "(?:Street|St|Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Crescent|Cres|Close|Row|Gardens|Grove|Mews|Walk|Alley|Loop|Plaza|Ridge|Heights|Crossing|Pike|Turnpike|Causeway|Expressway|Freeway|Point|Green|Hill|Park|View|Vale|Rise|Wharf|Quay|Parade|Esplanade|Broadway|Strand|Gate|Yard|Junction|Landing|Manor|Meadows?|Mills?|Springs?|Shores?|Estates?|Station|Route|Path|Pass|Run|Track|Via)";
    private static final String COMPOUND_STREET = "(?:vænget|stræti|torget|gränd|backe|stigen|kaari|mäki|rinne|ranta|tér|u\\.|út|utca|sor|kapu|stra(?:ss|ß)e|str\\.|gasse|weg|allee|platz|ring|damm|ufer|vägen|gatan|gata|gränd|vej|veien|vei|gade|tie|katu|kuja|polku|laan|straat|gracht|plein|kade|dreef|singel|ulica|utca|cesta|ulice|iela|gatvė|tänav|caddesi|sokak|sokağı|odos)";
    private static final String STREET_PREFIX = "(?:Rue|Avenue|Av\\.?|Avda\\.?|Boulevard|Bd|Calle|C/|Carrer|Via|Viale|Piazza|Corso|Largo|Rua|Avenida|Praça|Paseo|Plaza|Ulica|ul\\.|Chemin|Allée|Quai|Impasse|Cours|Place)";
    private static final String CAP_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";

    private BuiltInRecognizers() {
    }

    public static List<Recognizer> all(Gazetteer gazetteer, List<String> phoneRegions) {
        List<Recognizer> all = new ArrayList<>();
        all.add(email(gazetteer));
        all.add(obfuscatedEmail(gazetteer));
        all.add(new PhoneRecognizer(phoneRegions));
        all.add(creditCard());
        all.add(new IbanRecognizer());
        all.add(ssn());
        all.add(nino());
        all.add(passport());
        all.add(driverLicense());
        all.add(ipv4());
        all.add(ipv6());
        all.add(url());
        all.add(domain(gazetteer));
        all.add(date());
        all.add(streetAddress());
        all.add(streetAddressInContext());
        all.add(zipCode());
        all.add(age());
        all.add(bankAccount());
        all.add(routingNumber());
        all.add(crypto());
        all.add(secretAfterKeyword());
        all.add(secretByShape());
        all.add(new NameRecognizer(gazetteer));
        all.add(new PlaceRecognizer(gazetteer));
        return all;
    }

    static Recognizer email(Gazetteer gazetteer) {
        return PatternRecognizer.builder("EmailRecognizer", "EMAIL_ADDRESS")
                .when(s -> s.text().indexOf('@') >= 0)
                .shape("(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,24}(?![\\p{L}\\p{N}\\-])", 0.9)
                .validator(new Validator() {
                    @Override
                    public String name() {
                        return "tld";
                    }

                    @Override
                    public double check(String value, double score) {
                        String tld = value.substring(value.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
                        return gazetteer.isTld(tld) ? 1.0 : score - 0.2;
                    }
                })
                .build();
    }

    /** "jane dot doe at example dot com", "jane(at)example(dot)com": spelled-out e-mail addresses. */
    static Recognizer obfuscatedEmail(Gazetteer gazetteer) {
        String at = "(?:\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*|\\s+at\\s+|\\s*@\\s+|\\s+@\\s*)";
        String dot = "(?:\\s*[(\\[{<]\\s*dot\\s*[)\\]}>]\\s*|\\s+dot\\s+|\\.)";
        return PatternRecognizer.builder("ObfuscatedEmailRecognizer", "EMAIL_ADDRESS")
                .onLowerCase()
                .when(s -> s.lowerContainsAny(" at ", "(at)", "[at]", "{at}", "<at>", "@"))
                .shape("(?<![\\w.])([a-z0-9][a-z0-9_%+\\-]*(?:" + dot + "[a-z0-9_%+\\-]+)*)" + at + "([a-z0-9\\-]+(?:" + dot + "[a-z0-9\\-]+)*" + dot + "[a-z]{2,12})(?![\\w\\-])", 0.75)
                .validator(new Validator() {
                    @Override
                    public String name() {
                        return "tld";
                    }

                    @Override
                    public double check(String value, double score) {
                        String v = value.toLowerCase(java.util.Locale.ROOT);
                        boolean spelled = v.contains(" dot ") || v.contains("(dot)") || v.contains("[dot]") || v.contains("{dot}")
                                || v.contains("(at)") || v.contains("[at]") || v.contains("{at}") || v.contains("<at>") || v.contains("<dot>");
                        String[] parts = v.split("\\s*(?:[(\\[{<]\\s*)?(?:dot|\\.)(?:\\s*[)\\]}>])?\\s*");
                        String tld = parts[parts.length - 1].trim();
                        if (!gazetteer.isTld(tld)) {
                            return -1;
                        }
                        String local = v.split("\\s*(?:[(\\[{<]\\s*at\\s*[)\\]}>]|\\sat\\s|@)\\s*")[0].trim();
                        boolean plainLocal = local.matches("[a-z]+");
                        // "look at google.com" is not an address; "jsmith at example.com" and anything spelled out is.
                        return spelled || !plainLocal || local.length() > 3 && !COMMON_LOCAL.contains(local) ? score : -1;
                    }
                })
                .build();
    }

    private static final Set<String> COMMON_LOCAL = Set.of("look", "looking", "here", "there", "work", "home", "visit", "found",
            "find", "check", "login", "log", "sign", "signed", "available", "posted", "online", "shop", "order", "ordered", "bought",
            "this", "that", "them", "stay", "staying", "live", "lives", "based", "email", "emails", "mail", "reach", "contact");

    static Recognizer creditCard() {
        return PatternRecognizer.builder("CreditCardRecognizer", "CREDIT_CARD")
                .when(Scan::hasDigit)
                .shape("(?<![\\d\\-.])(?:\\d[ \\-]?){12,18}\\d(?![\\d]|[\\-.]\\d)", 0.3)
                // Four groups of four, even when more digits follow ("4111 1111 1111 1111 221B Baker Street").
                .shape("(?<![\\d\\-.])\\d{4}([ \\-]?)\\d{4}\\1\\d{4}\\1\\d{4}(?!\\d)", 0.3)
                .validator(new Validator() {
                    @Override
                    public String name() {
                        return "luhn";
                    }

                    @Override
                    public double check(String value, double score) {
                        String d = Checksums.digits(value);
                        if (d.length() < 13 || d.length() > 19 || !Checksums.luhn(d)) {
                            return -1;
                        }
                        // Luhn alone passes one random number in ten: an unknown brand needs context ("card").
                        return Checksums.knownCardBrand(d) ? 1.0 : 0.35;
                    }
                })
                .build();
    }

    static Recognizer ssn() {
        return PatternRecognizer.builder("UsSsnRecognizer", "US_SSN")
                .when(Scan::hasDigit)
                .shape("(?<![\\d\\-])\\d{3}-\\d{2}-\\d{4}(?![\\d]|-\\d)", 0.6)
                .shape("(?<![\\d.])\\d{3}[ .]\\d{2}[ .]\\d{4}(?![\\d]|[ .]\\d)", 0.4)
                .shape("(?<![\\d])\\d{9}(?![\\d])", 0.2)
                .validator(Validator.of("ssn-ranges", v -> Checksums.ssn(Checksums.digits(v)), 0))
                .build();
    }

    static Recognizer nino() {
        return PatternRecognizer.builder("UkNinoRecognizer", "UK_NINO")
                .when(Scan::hasDigit)
                .shape("\\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b", 0.6)
                .build();
    }

    static Recognizer passport() {
        return PatternRecognizer.builder("PassportRecognizer", "PASSPORT")
                .when(Scan::hasDigit)
                .requiresContext()
                .shape("\\b[A-Z]{1,2}\\d{6,8}\\b", 0.4)
                .shape("\\b\\d{9}\\b", 0.3)
                .build();
    }

    static Recognizer driverLicense() {
        return PatternRecognizer.builder("UsDriverLicenseRecognizer", "US_DRIVER_LICENSE")
                .when(Scan::hasDigit)
                .requiresContext()
                .shape("\\b(?:[A-Z]\\d{3,14}|[A-Z]{2}\\d{3,8}|\\d{2}[A-Z]{3}\\d{5,6}|[A-Z]\\d{2}-?\\d{3}-?\\d{3,4}|\\d{3}[A-Z]{2}\\d{4}|\\d{7,9}[A-Z]?|\\d{4}-\\d{2}-\\d{4}|\\d{3}-\\d{3}-\\d{3})\\b", 0.4)
                .build();
    }

    static Recognizer ipv4() {
        String octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
        return PatternRecognizer.builder("Ipv4Recognizer", "IP_ADDRESS")
                .when(Scan::hasDigit)
                .shape("(?<![\\d.])(?:" + octet + "\\.){3}" + octet + "(?:/\\d{1,2})?(?![\\d]|\\.\\d)", 0.8)
                .build();
    }

    static Recognizer ipv6() {
        return PatternRecognizer.builder("Ipv6Recognizer", "IP_ADDRESS")
                .onLowerCase()
                .when(s -> s.text().indexOf(':') >= 0)
                .shape("(?<![\\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\\w:])", 0.85)
                .validator(Validator.of("ipv6", Checksums::ipv6, 0))
                .build();
    }

    static Recognizer url() {
        return PatternRecognizer.builder("UrlRecognizer", "URL")
                .when(s -> s.lower().contains("://") || s.lower().contains("www."))
                .shape("(?i)\\b(?:https?|ftp)://[^\\s<>\"'`]*[^\\s<>\"'`.,;:!?)\\]]", 0.85)
                .shape("(?i)(?<![\\w./])www\\.[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)+(?:/[^\\s<>\"'`]*[^\\s<>\"'`.,;:!?)\\]])?", 0.7)
                .build();
    }

    private static final Set<String> FILE_LIKE = Set.of("py", "sh", "md", "rs", "so", "ps", "js", "cs", "pl", "pm", "ai", "io", "ts", "gz", "zip", "exe", "txt", "pdf", "png", "jpg", "doc", "docx");

    static Recognizer domain(Gazetteer gazetteer) {
        return PatternRecognizer.builder("DomainRecognizer", "DOMAIN_NAME")
                .onLowerCase()
                .when(s -> s.text().indexOf('.') >= 0)
                .shape("(?<![\\w@.\\-/])(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z]{2,12}(?![\\w\\-@]|\\.[a-z0-9])", 0.6)
                .validator(new Validator() {
                    @Override
                    public String name() {
                        return "tld";
                    }

                    @Override
                    public double check(String value, double score) {
                        String v = value.toLowerCase(java.util.Locale.ROOT);
                        String tld = v.substring(v.lastIndexOf('.') + 1);
                        if (!gazetteer.isTld(tld)) {
                            return -1;
                        }
                        // "readme.md", "setup.py": file names, unless the name is plainly a web host.
                        if (FILE_LIKE.contains(tld) && !v.startsWith("www.") && v.indexOf('.') == v.lastIndexOf('.')) {
                            return 0.3;
                        }
                        return v.startsWith("www.") ? 0.8 : score;
                    }
                })
                .build();
    }

    static Recognizer date() {
        return new DateRecognizer(PatternRecognizer.builder("DateRecognizer", "DATE_TIME")
                .onLowerCase()
                .shape("\\b\\d{4}-\\d{2}-\\d{2}(?:[ t]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+\\-]\\d{2}:?\\d{2})?)?\\b", 0.85)
                .shape("(?<![\\d\\-./])\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})(?![\\d]|[/.\\-]\\d)", 0.6)
                .shape("\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? " + MONTH + "\\.?,?(?: " + YEAR + ")?\\b", 0.7, BuiltInRecognizers::monthDay)
                .shape("\\b" + MONTH + "\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? " + YEAR + ")?\\b", 0.7, BuiltInRecognizers::monthDay)
                .shape("\\b" + MONTH + ",? " + YEAR + "\\b", 0.6, BuiltInRecognizers::monthDay)
                .shape("\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", 0.5, s -> s.lower().contains("day"))
                .shape("\\b(?:january|february|april|june|july|august|september|october|november|december)\\b", 0.45, BuiltInRecognizers::hasMonth)
                .shape("(?<![\\d.,$€£])(?:19|20)\\d{2}(?![\\d%]|[.,]\\d)", 0.35)
                .shape("\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\b\\.?)?", 0.5)
                .shape("\\b\\d{1,2} ?[ap]\\.?m\\b\\.?", 0.5)
                .build());
    }

    private static final String[] MONTH_STEMS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final String[] STREET_PREFIX_STEMS = {"rue", "av", "calle", "c/", "carrer", "via", "piazza", "corso", "largo",
            "rua", "praça", "paseo", "plaza", "ulica", "ul.", "chemin", "allée", "quai", "impasse", "cours", "place", "bd", "boulevard"};

    private static boolean hasStreetPrefix(Scan s) {
        return s.lowerContainsAny(STREET_PREFIX_STEMS);
    }

    private static boolean hasMonth(Scan s) {
        return s.lowerContainsAny(MONTH_STEMS);
    }

    private static boolean monthDay(Scan s) {
        return s.hasDigit() && hasMonth(s);
    }

    static Recognizer streetAddress() {
        String unit = "(?:,?\\s*(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Floor|Fl\\.?|#)\\s*#?[\\w\\-]{1,6})?";
        return PatternRecognizer.builder("StreetAddressRecognizer", "STREET_ADDRESS")
                .when(Scan::hasDigit)
                // 221B Baker Street, 1600 Pennsylvania Ave NW, Apt 4
                .shape("\\b\\d{1,6}[A-Za-z]?(?:[\\-/]\\d{1,4})?,?\\s(?:[NSEW]\\.?\\s|North\\s|South\\s|East\\s|West\\s)?(?:" + CAP_WORD + "\\s){0,3}" + STREET_SUFFIX + "\\b\\.?(?:\\s(?:NW|NE|SW|SE|N|S|E|W)\\b)?" + unit, 0.75)
                // Hammarvägen 15, Friedhofstrasse 33, Puruntie 82
                // The look-ahead rejects most words after one scan, before the suffix alternation is tried.
                .shape("\\b(?:\\d{1,6}\\s)?(?=\\p{L}[\\p{L}\\-]*\\s\\d)\\p{L}[\\p{L}\\-]*" + COMPOUND_STREET + "\\s\\d{1,5}[A-Za-z]?\\b\\.?" + unit, 0.7)
                .shape("\\b(?:\\d{1,6}\\s)?(?=\\p{Lu}[\\p{L}\\-]*\\s[\\p{L}.]+\\s\\d)\\p{Lu}[\\p{L}\\-]*\\s(?:" + COMPOUND_STREET.substring(3) + "\\s\\d{1,5}[A-Za-z]?\\b\\.?" + unit, 0.6)
                // Rue de Virton 38, Via Roma 12, Calle Mayor 5
                .shape("\\b" + STREET_PREFIX + "\\s(?:(?:de|du|des|la|le|di|del|della|da|do|dos|das|von|van)\\s)*(?:" + CAP_WORD + "\\s){0,3}\\d{1,5}[A-Za-z]?\\b" + unit, 0.7, BuiltInRecognizers::hasStreetPrefix)
                // 12 rue de la Paix, 5 Calle Mayor
                .shape("\\b\\d{1,5},?\\s" + STREET_PREFIX + "\\s(?:(?:de|du|des|la|le|di|del|della|da|do|dos|das)\\s)*" + CAP_WORD + "(?:\\s" + CAP_WORD + "){0,2}", 0.7, BuiltInRecognizers::hasStreetPrefix)
                .shape("\\b(?:P\\.?\\s?O\\.?\\s?Box|Post Office Box)\\s\\d{1,6}\\b", 0.7)
                .shape("\\b(?:PSC|Unit|USNS|USS|USCGC)\\s\\d{3,5},?\\s+Box\\s\\d{3,5}(?:\\s+(?:APO|FPO|DPO)\\sA[AEP]\\s\\d{5})?", 0.8)
                .shape("\\b(?:Apt\\.?|Apartment|Suite|Ste\\.)\\s#?\\d{1,5}[A-Za-z]?\\b", 0.5, sc -> sc.lowerContainsAny("apt", "suite", "ste."))
                .build();
    }

    /** "Allika 46", "20789 Edeby 55": a word and a house number count as an address only near "address", "lives at"... */
    static Recognizer streetAddressInContext() {
        String unit = "(?:,?\\s*(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat)\\s*#?[\\w\\-]{1,6})?";
        return PatternRecognizer.builder("StreetAddressContextRecognizer", "STREET_ADDRESS")
                .when(Scan::hasDigit)
                .requiresContext()
                .shape("(?<![\\p{L}\\d])(?:\\d{1,6} )?\\p{L}[\\p{L}'’\\-]{2,}(?: \\p{L}[\\p{L}'’.\\-]*){0,2} \\d{1,5}[A-Za-z]?(?![\\w:]|[.,/\\-]\\d)\\.?" + unit, 0.3)
                .build();
    }

    static Recognizer zipCode() {
        return new ZipCodeRecognizer();
    }

    static Recognizer age() {
        return PatternRecognizer.builder("AgeRecognizer", "AGE")
                .onLowerCase()
                .when(Scan::hasDigit)
                .shape("\\b(\\d{1,3}) ?(?:years?|yrs?)[ \\-]?old\\b", 0.85, 1)
                .shape("\\b(\\d{1,3})[ \\-]years?[ \\-]old\\b", 0.85, 1)
                .shape("\\b(?:aged?|age of|age:)\\s*(\\d{1,3})\\b", 0.8, 1)
                .shape("\\b(?:i'm|i am|turn(?:ed|ing|s)?|he's|she's|he is|she is)\\s+(\\d{1,3})(?![\\d%$€£]|[.,:]\\d| ?(?:am|pm|min|minutes|hours?|days?|weeks?|months?|dollars?|euros?|usd|eur|gbp|kg|lbs?|cm|km|miles?|items?|orders?|times|percent|th|st|nd|rd)\\b)", 0.45, 1)
                .validator(Validator.of("age-range", v -> {
                    int age = Integer.parseInt(v);
                    return age > 0 && age <= 120;
                }, 0))
                .build();
    }

    static Recognizer bankAccount() {
        return PatternRecognizer.builder("BankAccountRecognizer", "BANK_ACCOUNT")
                .when(Scan::hasDigit)
                .requiresContext()
                .shape("(?<![\\d\\-])\\d{8,17}(?![\\d]|-\\d)", 0.3)
                .shape("(?<![\\d\\-])\\d{2}-\\d{2}-\\d{2}(?![\\d]|-\\d)", 0.2)
                .build();
    }

    static Recognizer routingNumber() {
        return PatternRecognizer.builder("AbaRoutingRecognizer", "ROUTING_NUMBER")
                .when(Scan::hasDigit)
                .requiresContext()
                .shape("(?<!\\d)[0-3]\\d{8}(?!\\d)", 0.4)
                .validator(Validator.of("aba-checksum", Checksums::aba, 0))
                .build();
    }

    static Recognizer crypto() {
        return new Recognizer() {
            private final PatternRecognizer bech32 = PatternRecognizer.builder("CryptoWalletRecognizer", "CRYPTO")
                    .shape("\\b(?:bc1|tb1)[a-zA-HJ-NP-Z0-9]{8,87}\\b", 0.9)
                    .validator(Validator.of("bech32", Checksums::bech32, 0)).build();
            private final PatternRecognizer base58 = PatternRecognizer.builder("CryptoWalletRecognizer", "CRYPTO")
                    .shape("\\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\\b", 0.9)
                    .validator(Validator.of("base58check", Checksums::base58Check, 0)).build();
            private final PatternRecognizer ethereum = PatternRecognizer.builder("CryptoWalletRecognizer", "CRYPTO")
                    .shape("\\b0x[a-fA-F0-9]{40}\\b", 0.8).build();

            @Override
            public String name() {
                return "CryptoWalletRecognizer";
            }

            @Override
            public Set<String> types() {
                return Set.of("CRYPTO");
            }

            @Override
            public String validator() {
                return "bech32|base58check";
            }

            @Override
            public void recognize(Scan scan, List<Candidate> out) {
                if (!scan.hasDigit()) {
                    return;
                }
                bech32.recognize(scan, out);
                base58.recognize(scan, out);
                ethereum.recognize(scan, out);
            }
        };
    }

    static Recognizer secretAfterKeyword() {
        return PatternRecognizer.builder("SecretAfterKeywordRecognizer", "SECRET")
                .onLowerCase()
                .when(s -> s.lower().contains("pass") || s.lower().contains("pin") || s.lower().contains("pwd")
                        || s.lower().contains("secret") || s.lower().contains("key") || s.lower().contains("token"))
                .shape("\\b(?:password|passwd|pwd|passcode|pass code|pin(?: code| number)?|secret|api[ _\\-]?key|access token|auth token|token)(?:\\s+(?:is|was|=|:|-))?\\s*[:=]?\\s*[\"'“]?([^\\s\"'“”,;]{3,64})", 0.7, 1)
                .validator(new Validator() {
                    @Override
                    public String name() {
                        return "not-a-word";
                    }

                    @Override
                    public double check(String value, double score) {
                        String v = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[.!?]+$", "");
                        if (v.length() < 3 || NOT_SECRETS.contains(v)) {
                            return -1;
                        }
                        boolean letters = v.chars().allMatch(Character::isLetter);
                        // "my password expired": an ordinary word after the keyword is not the secret.
                        return letters && v.length() < 12 && !v.matches(".*[aeiou].*[aeiou].*[aeiou].*") ? score - 0.2 : letters ? -1 : score;
                    }
                })
                .build();
    }

    private static final Set<String> NOT_SECRETS = Set.of("reset", "expired", "change", "changed", "forgot", "forgotten", "and",
            "the", "for", "with", "has", "was", "not", "doesn't", "isn't", "please", "again", "field", "manager", "required", "number",
            "code", "that", "this", "but", "you", "your", "mine", "here", "there", "is", "are", "been", "update", "updated");

    static Recognizer secretByShape() {
        return PatternRecognizer.builder("SecretShapeRecognizer", "SECRET")
                .shape("-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\\s\\S]{0,10000}?-----END (?:[A-Z]+ )*PRIVATE KEY-----", 1.0, s -> s.text().contains("-----BEGIN"))
                .shape("\\beyJ[A-Za-z0-9_\\-]{5,}\\.eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{5,}", 0.95, s -> s.text().contains("eyJ"))
                .shape("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", 0.9, s -> s.text().contains("AKIA") || s.text().contains("ASIA"))
                .shape("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b", 0.95, s -> s.text().contains("_"))
                .shape("\\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\\b", 0.95, s -> s.text().contains("_"))
                .shape("\\bxox[abposr]-[A-Za-z0-9\\-]{10,}\\b", 0.95, s -> s.text().contains("xox"))
                .shape("\\bAIza[0-9A-Za-z_\\-]{35}\\b", 0.9, s -> s.text().contains("AIza"))
                .shape("\\bsk-[A-Za-z0-9_\\-]{20,}\\b", 0.85, s -> s.text().contains("sk-"))
                .shape("(?<![\\w+/=\\-])[A-Za-z0-9_+/=\\-]{28,}(?![\\w+/=\\-])", 0.0, s -> s.hasDigit() && s.text().length() >= 28)
                .validator(new Validator() {
                    @Override
                    public String name() {
                        return "entropy";
                    }

                    @Override
                    public double check(String value, double score) {
                        if (score > 0) {
                            return score;
                        }
                        boolean upper = false;
                        boolean lower = false;
                        boolean digit = false;
                        for (int i = 0; i < value.length(); i++) {
                            char c = value.charAt(i);
                            upper |= Character.isUpperCase(c);
                            lower |= Character.isLowerCase(c);
                            digit |= Character.isDigit(c);
                        }
                        return upper && lower && digit && Checksums.entropy(value) >= 4.0 ? 0.6 : -1;
                    }
                })
                .build();
    }
}
