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

    /**
     * Round 41: a gaming or chat platform's name for a login may hold capitals and end in digits ("SilentOtter42"): after a
     * user-name word, letters of any case then two or more digits are a name too (the shapes of {@link #TOKEN} first).
     */
    private static final String NAMED_TOKEN = "([A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+|[A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]"
            + "|[A-Za-z]+[0-9]{2,})";

    static final Pattern AFTER_WORD = Pattern.compile("(?i:\\b(?:username|user name|user id|userid|login|log-in|handle"
            + "|gamertag|gamer tag|nickname|screen name|benutzername|nutzername|gebruikersnaam|nom d'utilisateur|identifiant"
            + "|pseudo|nombre de usuario|nome utente"
            // round 41: platform words for a user name — in-game name, Discord, PlayStation, Xbox, Steam, Battle.net, Riot,
            // Epic, Twitch
            + "|ign|in-game name|discord(?: tag| name| handle| id| username)?|psn(?: id| name)?|xbox(?: live)? (?:id|name)"
            + "|steam (?:name|id)|battle ?tag|riot id|epic (?:id|name)|twitch(?: name| handle)?)\\b)"
            + "([^\\n.;!?:=]{0,24}?)(?:\\s*[:=]\\s*|\\s+(?i:is|was|ist|lautet|war|est|es|era|è)\\s+)@?" + NAMED_TOKEN);

    /**
     * Round 41: a user name after the writer's own verb of posting or playing under it — "I post as kettle_and_crumb",
     * "I'm posting under the name grey_heron77", "we play as Team_Nova", "I stream as NightOwl_Rhys": "I" / "I'm" / "I am" /
     * "we", a verb of posting, commenting, playing, streaming or gaming, "as" or "under" (optionally "the name"), then a name
     * of {@link #TOKEN}'s shapes (a plain word, "I post as a guest", "I play as Mercy", is none). Never a bare '@' handle.
     */
    static final Pattern POSTS_AS = Pattern.compile("(?i:\\b(?:i|i'm|i’m|im|i am|we|we're|we are)\\s+(?:usually\\s+|always\\s+|now\\s+)?"
            + "(?:post|posting|posted|comment|commenting|play|playing|stream|streaming|game|gaming|write|writing)\\s+"
            + "(?:as|under)\\s+(?:the\\s+(?:name|handle|username)\\s+)?)@?" + TOKEN);

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

    /**
     * Every user-name word of {@link #AFTER_WORD} contains one of these, in ASCII lower case ("user name", "userid" "user";
     * "benutzername" "nutzername"; "gebruikersnaam" "gebruik"; "nom d'utilisateur" "utilisateur"; "nombre de usuario"
     * "usuario"; "nome utente" "utente"; "gamer tag" "gamer"; "screen name" "screen"; "nickname" "nick").
     */
    static final String[] HANDLE_WORDS = {"user", "login", "log-in", "handle", "gamer", "nick", "screen", "nutzername", "gebruik",
        "utilisateur", "identifiant", "pseudo", "usuario", "utente", "ign", "in-game", "discord", "psn", "xbox", "steam", "battle",
        "riot", "epic", "twitch"};

    /** Every verb of {@link #POSTS_AS} contains one of these (round 41), as {@link #HANDLE_WORDS} for its pattern. */
    static final String[] POSTING_VERBS = {"post", "comment", "play", "stream", "gam", "writ"};

    /**
     * False only when {@link #AFTER_WORD} cannot find a user-name word in the text whose lower case ({@link Scan#lower}) is
     * {@code lower}: RE2/J's case-insensitive match of an ASCII letter accepts that letter in either case, 'k' also as the
     * Kelvin sign U+212A (which the lower case maps to 'k') and 's' also as the long s U+017F (which it keeps, so a text
     * holding one is always searched), as for {@link PlateWordRecognizer#mayHoldPlateWord}.
     */
    static boolean mayHoldHandleWord(String lower) {
        for (String w : HANDLE_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return lower.indexOf('\u017F') >= 0;
    }

    /** False only when {@link #POSTS_AS} cannot match the text whose lower case is {@code lower} (see {@link #mayHoldHandleWord}). */
    static boolean mayHoldPostingVerb(String lower) {
        for (String w : POSTING_VERBS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return lower.indexOf('\u017F') >= 0;
    }

    /** Round 41: the names of {@link #POSTS_AS}, with the same ends as after a user-name word. */
    private void postsAs(String t, List<Candidate> out) {
        Matcher m = POSTS_AS.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            int s = m.start(1);
            int e = m.end(1);
            from = m.end();
            char after = Chars.at(t, e);
            if (e - s >= 3 && e - s <= 30 && !Chars.word(after) && after != '@' && after != '/'
                    && !(after == '.' && Chars.word(Chars.at(t, e + 1)))) {
                out.add(new Candidate("USERNAME", s, e, 0.6, this, null));
            }
        }
    }

    /**
     * Round 76: names of a profile folder or a database login that belong to no one person: the shared and default
     * profiles of Windows and macOS, the accounts that images, CI runners, hosting and databases come with, and
     * placeholder words.
     */
    private static final Set<String> SHARED_ACCOUNTS = Set.of("public", "default", "defaultuser0", "defaultapppool", "shared",
            "administrator", "admin", "root", "guest", "user", "users", "username", "yourname", "yourusername",
            "your_username", "your.name", "name", "me", "you", "someone", "somebody", "example", "test", "tester", "demo",
            "runner", "runneradmin", "ubuntu", "debian", "centos", "fedora", "ec2-user", "vagrant", "jenkins", "gitlab-runner",
            "docker", "node", "app", "apps", "www", "www-data", "web", "site", "data", "backup", "share", "common", "dev",
            "deploy", "build", "builder", "ci", "pi", "git", "postgres", "mysql", "oracle", "sa", "nobody", "daemon",
            "system", "service", "services", "linuxbrew", "vscode", "codespace", "coder", "gitpod", "jovyan", "logfiles",
            "ftp", "anonymous", "unknown", "null", "none", "undefined", "replication", "readonly", "reader", "writer",
            "api", "bot", "local", "localhost");

    /** Round 76: whether {@code c} may stand right before a path that opens with its separator (a blank, a quote, a bracket …). */
    private static boolean pathOpens(char c) {
        return Character.isWhitespace(c) || "\"'`([{<=:,;|".indexOf(c) >= 0;
    }

    /** Round 76: a path's folder separator, a backslash or '/'. */
    private static boolean separator(char c) {
        return c == '\\' || c == '/';
    }

    /**
     * Round 76: the end of a login name that starts at {@code s}: letters, digits, '.', '_' and '-' after a first letter
     * (Latin scripts), at most 32 characters, a sentence's closing full stops and dashes taken off; -1 when it does not
     * start with a letter or is longer.
     */
    private static int loginEnd(String t, int s) {
        if (s >= t.length() || !(Character.isLetter(t.charAt(s)) && t.charAt(s) < 0x250)) {
            return -1;
        }
        int e = s + 1;
        while (e < t.length() && e - s <= 32) {
            char c = t.charAt(e);
            if (!(c < 0x250 && Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
                break;
            }
            e++;
        }
        if (e - s > 32) {
            return -1;
        }
        while (e > s && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == '-')) {
            e--;
        }
        return e;
    }

    /**
     * Round 76: the login that names a user's own profile folder in a path — Windows {@code C:\Users\name\…} (any drive,
     * either separator, the backslash doubled as in a string literal or JSON), macOS {@code /Users/name/…}, Linux and
     * Unix {@code /home/name/…} — is that user's name on the machine, as after a user-name word. The folder word must open
     * the path (after a drive, or after a blank, a quote, a bracket, '=' or ':', or after "file://"): "example.com/home/news"
     * and "/api/users/42" are no profile; macOS's "Users" is written with its capital unless a drive stands before it, and
     * "home" in lower case without one. The name is 2–32 characters of {@link #loginEnd}, followed by the next separator or
     * by the path's end (then without a dot: a file), and is no shared, default or service account
     * ({@link #SHARED_ACCOUNTS}). Each occurrence of the folder word reads at most 40 characters: linear.
     */
    private void profileFolders(String t, String l, List<Candidate> out) {
        for (String folder : new String[] {"users", "home"}) {
            int p = l.indexOf(folder);
            while (p >= 0) {
                int next = l.indexOf(folder, p + folder.length());
                profileFolder(t, l, p, folder, out);
                p = next;
            }
        }
    }

    private void profileFolder(String t, String l, int p, String folder, List<Candidate> out) {
        if (p == 0 || !separator(t.charAt(p - 1))) {
            return;
        }
        char sep = t.charAt(p - 1);
        int open = p - 1; // where the separator before the folder word starts
        boolean doubled = sep == '\\' && open > 0 && t.charAt(open - 1) == '\\';
        if (doubled) {
            open--; // "C:\\Users\\name": a backslash doubled in a string literal
        }
        boolean drive = open >= 2 && t.charAt(open - 1) == ':' && t.charAt(open - 2) < 0x80 && Character.isLetter(t.charAt(open - 2))
                && (open == 2 || !Character.isLetterOrDigit(t.charAt(open - 3)));
        if (folder.equals("users") ? !drive && !t.startsWith("Users", p) : drive || !t.startsWith("home", p)) {
            return;
        }
        if (!drive && !(open == 0 || pathOpens(t.charAt(open - 1)) || open >= 7 && l.startsWith("file://", open - 7))) {
            return;
        }
        int s = p + folder.length();
        if (s >= t.length() || t.charAt(s) != sep) {
            return;
        }
        s++;
        if (doubled) {
            if (s >= t.length() || t.charAt(s) != '\\') {
                return;
            }
            s++;
        }
        int e = loginEnd(t, s);
        if (e < 0 || e - s < 2) {
            return;
        }
        char after = Chars.at(t, e);
        boolean goesOn = separator(after);
        boolean pathEnds = e >= t.length() || Character.isWhitespace(after) || "\"'`)]}>,;".indexOf(after) >= 0
                || after == '.' && (e + 1 >= t.length() || Character.isWhitespace(t.charAt(e + 1)));
        if (!goesOn && !(pathEnds && t.substring(s, e).indexOf('.') < 0)) {
            return;
        }
        if (!SHARED_ACCOUNTS.contains(l.substring(s, e))) {
            out.add(new Candidate("USERNAME", s, e, 0.6, this, null));
        }
    }

    /**
     * Round 76: a database's or a server's error that quotes the login it refused or could not find — PostgreSQL's
     * {@code password authentication failed for user "name"}, MySQL's {@code Access denied for user 'name'@'localhost'}:
     * the word "user" (no letter right before it), one blank, a quote (double, single or back quote), the name of
     * {@link #loginEnd} and the same quote closing it. Shared and service accounts stay out ({@link #SHARED_ACCOUNTS}),
     * and so does a name of letters only that is a common English word ({@code for user "reports"}: a service's role),
     * which a person's login rarely is. Each "user " reads at most 36 characters: linear.
     */
    private void quotedLogins(Scan scan, List<Candidate> out) {
        String t = scan.text();
        String l = scan.lower();
        int p = l.indexOf("user ");
        while (p >= 0) {
            int next = l.indexOf("user ", p + 5);
            int q = p + 5;
            if ((p == 0 || !Character.isLetter(t.charAt(p - 1))) && q < t.length() && "\"'`".indexOf(t.charAt(q)) >= 0) {
                char quote = t.charAt(q);
                int s = q + 1;
                int e = loginEnd(t, s);
                if (e >= s + 2 && Chars.at(t, e) == quote && !SHARED_ACCOUNTS.contains(l.substring(s, e))
                        && !(lettersOnly(t, s, e) && scan.pack().commonness(l.substring(s, e)) < 50)) {
                    out.add(new Candidate("USERNAME", s, e, 0.6, this, null));
                }
            }
            p = next;
        }
    }

    private static boolean lettersOnly(String t, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!Character.isLetter(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String lower = scan.lower();
        if (lower.contains("users") || lower.contains("home")) {
            profileFolders(scan.text(), lower, out); // round 76
        }
        if (lower.contains("user ")) {
            quotedLogins(scan, out); // round 76
        }
        // Exact gate in front of the pattern (round 39): RE2/J's machine otherwise steps through every text looking for a
        // user-name word that almost no text holds (~9 µs per text, the engine's second-largest step).
        String t = scan.text();
        if (mayHoldPostingVerb(scan.lower())) {
            postsAs(t, out);
        }
        if (!mayHoldHandleWord(scan.lower())) {
            return;
        }
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
