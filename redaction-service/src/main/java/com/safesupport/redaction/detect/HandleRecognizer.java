package com.safesupport.redaction.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.List;
import java.util.Set;

/**
 * Round 35: user names and handles. Two shapes, both bounded and matched by RE2/J in linear time:
 * <ul>
 * <li>an "@" handle that stands alone ("Discord DM from @kasia_w92", "@ana.beatriz.costa"): not after a letter or digit
 * (an e-mail's '@'), not before a '/' (a scoped package "@types/node"), three to thirty characters holding a digit, an
 * underscore or an inner dot beside its letters (a plain "@support" or "@Override" is a word or code, left alone);</li>
 * <li>a login after its word in the same clause ("my username on the forum is dragonfly_elin", "login: r.vanbeek1977",
 * "gebruikersnaam jdevries_84"): the same characters, again with a digit, an underscore or an inner dot.</li>
 * </ul>
 */
final class HandleRecognizer implements Recognizer {

    private static final String TOKEN = "([A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+|[A-Za-z]+[0-9][A-Za-z0-9]*|[A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9])";

    private static final Pattern AT = Pattern.compile("@" + TOKEN);

    private static final Pattern AFTER_WORD = Pattern.compile("(?i:\\b(?:username|user name|user id|userid|login|log-in|handle|gamertag|nickname"
            + "|screen name|benutzername|gebruikersnaam|nom d'utilisateur|identifiant|nombre de usuario|nome utente))\\b"
            + "[^\\n.;!?]{0,20}?[\\s:]" + TOKEN);

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
        if (t.indexOf('@') >= 0) {
            find(AT, t, out, true);
        }
        find(AFTER_WORD, t, out, false);
    }

    private void find(Pattern p, String t, List<Candidate> out, boolean at) {
        Matcher m = p.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            int s = at ? m.start() : m.start(1);
            int e = m.end(1);
            from = m.end();
            int length = m.end(1) - m.start(1);
            char before = Chars.at(t, s - 1);
            char after = Chars.at(t, e);
            if (length >= 3 && length <= 30 && !Chars.word(before) && before != '@' && before != '.' && !Chars.word(after)
                    && after != '@' && after != '/' && !(after == '.' && Chars.word(Chars.at(t, e + 1)))) {
                out.add(new Candidate("USERNAME", s, e, 0.6, this, null));
            }
        }
    }
}
