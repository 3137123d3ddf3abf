package com.safesupport.redaction.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.List;
import java.util.Set;

/**
 * Round 38: a user name after its word. Round 35's recogniser of the same name read bare '@' handles too and was reverted
 * after its report run (one maison-dlp negative flagged); this one reads only a login tied to its word in the same
 * clause — "Username: dkowalczyk77", "my handle is @jess_w_1991", "Benutzername ist bergfex_tom82", "mon pseudo sur le
 * forum est lulu_b2003", "gamer tag on your platform is NightOwl_Rhys": the word ("username", "login", "handle", "gamer
 * tag", "nickname", "Benutzername", "gebruikersnaam", "pseudo", "identifiant", "nombre de usuario", "nome utente" …), at
 * most 24 characters of the same clause, then a colon, '=' or a linking verb ("is", "ist", "lautet", "est", "es", "è"),
 * then the name, an '@' before it allowed. The name must look like one: an underscore or an inner dot between letters
 * and digits, or lower-case letters ending in two or more digits ("the login is broken", "Username must be 6-20
 * characters", "login: portal.example.com" stay), nor after words that hold a link of their own ("Please handle my refund
 * is urgent: …"). One RE2/J pattern: linear time.
 */
final class HandleRecognizer implements Recognizer {

    private static final String TOKEN = "([A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+|[A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]|[a-z]+[0-9]{2,})";

    private static final Pattern AFTER_WORD = Pattern.compile("(?i:\\b(?:username|user name|user id|userid|login|log-in|handle"
            + "|gamertag|gamer tag|nickname|screen name|benutzername|nutzername|gebruikersnaam|nom d'utilisateur|identifiant"
            + "|pseudo|nombre de usuario|nome utente)\\b)"
            + "([^\\n.;!?:=]{0,24}?)(?:\\s*[:=]\\s*|\\s+(?i:is|was|ist|lautet|war|est|es|era|è)\\s+)@?" + TOKEN);

    /** The last part of a dotted name that makes it a host ("portal.example.com"), not a login. */
    private static final Set<String> HOST_ENDINGS = Set.of("com", "net", "org", "io", "co", "uk", "de", "fr", "es", "it", "nl",
            "eu", "be", "at", "ch", "ie", "pl", "pt", "se", "app", "dev");

    private static final Set<String> LINKS = Set.of("is", "was", "ist", "lautet", "war", "est", "es", "era", "è");

    /**
     * Whether the words between the user-name word and the link hold a link of their own: the word then began another
     * clause ("Please handle my refund is urgent: order_4471", the verb "handle"), so what follows is not its value.
     */
    private static boolean linked(String between) {
        for (String w : between.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (LINKS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "HandleRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("USERNAME");
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String t = scan.text();
        Matcher m = AFTER_WORD.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            int s = m.start(2);
            int e = m.end(2);
            from = m.end();
            char after = Chars.at(t, e);
            int dot = e - 1;
            while (dot > s && t.charAt(dot) != '.') {
                dot--; // within the name only: a search back through the text would cost its length per match
            }
            boolean host = dot > s && HOST_ENDINGS.contains(t.substring(dot + 1, e).toLowerCase(java.util.Locale.ROOT));
            if (e - s >= 3 && e - s <= 30 && !host && !linked(t.substring(m.start(1), m.end(1))) && !Chars.word(after)
                    && after != '@' && after != '/'
                    && !(after == '.' && Chars.word(Chars.at(t, e + 1)))) {
                out.add(new Candidate("USERNAME", s, e, 0.6, this, null));
            }
        }
    }
}
