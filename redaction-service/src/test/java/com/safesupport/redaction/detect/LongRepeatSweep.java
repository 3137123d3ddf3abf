package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Branch lq: the hostile-input sweep behind {@link LongRepeatLinearityTest} — not a test (it takes ~5 minutes), a tool.
 * Without arguments: {@link CpuLinearity#ratioOfRepeated} at x128 (2 kB against 256 kB) of each unit below, printed;
 * a ratio of 3 or more is a step to look at (a linear engine stays near 1, a quadratic step gives ~15-20 here).
 * With one argument (a unit): a thread analyses the unit repeated to 256 kB in a loop and this one samples its stack
 * 300 times, printing the most frequent top frames and the first frames of our own code (where the time goes).
 */
public final class LongRepeatSweep {

    /** What the recognisers look for, repeated without what would close it (sentence ends, values, separators). */
    static final List<String> UNITS = List.of(
                "my name is ", "name: ", "Name: Anna ", "call me ", "je m'appelle ", "ich heiße ", "me llamo ", "mi chiamo ",
                "meu nome é ", "nazywam się ", "ik heet ", "sou a Rita ", "a, ", "Anna, ", "12-34-", "1.2.3.", "1 2 3 4 ",
                "+44 ", "a@b.", "@", ". @x ", "\"a\" ", "(a) ", "[x] ", "\n", "a\n", "Street ", "12 Main Street, ",
                "Hauptstraße 5, ", "rue ", "Hello ", "Dear ", "Hi Anna, ", "I am ", "A-B-", "O-K-", "-", "holder ",
                "name ", "u/", "%40", "<", "-----BEGIN ", "R", "no ", "flat ", "plot ", ": ", "ID: 12 ", "spell ",
                "DE89 ", "1234 ", "Mr. ", "Mr ", "Dr. Smith ", "passport ", "born ", "on the 3rd of ", "Rita ", "RITA ",
                "rita. ", "Ana Silva ", "Jan Kowalski ", "user: ", "from: ", "To: a ", "( ", "\" ", "Mrs Smith ", "@a ",
                "a.b ", "www.", "http://a", "/", "# ", "12:30 ", "2024-", "tel ", "phone: ", "IBAN ", "card ", "0",
                "A1 ", "AB12 ", "1/", "'", "name is Anna, ", "Sr. ", "Sra. ", "Herr ", "Frau ", "Madame ", "Monsieur ",
                "1.1.1.1 ",
                "0.0.0.0 ",
                "10.0.0.1 ",
                "::1 ",
                "fe80::1 ",
                "a@b ",
                "a@localhost ",
                "a @ b ",
                "a @ b . c ",
                "x.com ",
                "example.com ",
                "a.b.c ",
                "192.168.1.1/24 ",
                "1.1.1.1:80 ",
                "00:11:22:33:44:55 ",
                "a-b@c ",
                "Box 12 ",
                "P.O. Box 1 ",
                "12 Main St ",
                "Apt 4 ",
                "flat 2, ",
                "no. 5 ",
                "DE89 3704 ",
                "4111 1111 1111 1111 ",
                "000-00-0000 ",
                "123-45-6789 ",
                "+1 555 ",
                "(555) 555-5555 ",
                "555-5555 ",
                "1 2 3 4 5 6 7 8 9 0 ",
                "O-K-A-F-O-R ",
                "spell O-K-A-F-O-R ",
                "user@ ",
                "@user ",
                "u/abc ",
                "holder: Anna ",
                "name: Anna Smith\n",
                "Name:\n",
                "A: B\n",
                "key=",
                "password: ",
                "token ",
                "-----BEGIN PRIVATE KEY-----\n",
                "https://a.b/c?d=",
                "a.b@c.d ",
                "a%40b.com ",
                "s.o.u.a ",
                "j o h n @ ",
                "r i t a ",
                "1 . 2 . 3 . 4 ",
                "Anna-Maria ",
                "Smith-Jones, ",
                "O'Brien ",
                "van der ",
                "de la ",
                "Mc",
                "AB 12 CD ",
                "plate AB12 ",
                "born 1 Jan 1990 ",
                "1/1/1990 ",
                "12.12.2012 ",
                "on Monday ",
                "Jan ",
                "St. ",
                "Rd, ",
                "via ",
                "Calle ",
                "rua ",
                "ul. ",
                "a", " ", "\t", "A", "1", "a1", "é", ".", ",", "-", "_", "ab ", "Ab", "\n\n", ". ", "x: y ", "x:", "=", "1-", "1.",
                "AAAA ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ", "<PERSON_1> ", "<A", "<A_1", "<PERSON_", "\r\n",
                "\u200b", "\uff21\uff11", "e\u0301 ", "\u00a0", "\ud83d\ude00", "\u202e", "A\u200bB ", "a\u00adb ",
                "\u0410\u043d\u043d\u0430 ", "\u5f20\u4f1f ", "\u674e", "\u0627\u062d\u0645\u062f ",
                "my name is Anna and ", "I am Anna, ", "This is Anna from ", "Regards, Anna\n", "-- \nAnna\n", "Thanks,\n",
                "From: Anna <", "wrote:\n", "> ", ">> ", "Sent from my ", "IBAN: DE", "Acct: 12", "SSN: ", "DOB: ", "Address: ",
                "Tel: ", "Email: ", "Mobile: +44 ");

    private LongRepeatSweep() {
    }

    public static void main(String[] args) {
        if (args.length == 1) {
            sample(args[0]);
            return;
        }
        for (String unit : UNITS) {
            double ratio = CpuLinearity.ratioOfRepeated(unit, 128, AnalyzerTest::found);
            System.out.printf("%6.2f %s%n", ratio, unit.replace("\n", "\\n"));
        }
    }

    private static void sample(String unit) {
        String large = unit.repeat(128 * Math.max(1, 2048 / unit.length()));
        Thread worker = new Thread(() -> {
            while (true) {
                AnalyzerTest.found(large);
            }
        });
        worker.setDaemon(true);
        worker.start();
        Map<String, Integer> top = new TreeMap<>();
        Map<String, Integer> own = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            LockSupport.parkNanos(20_000_000);
            StackTraceElement[] stack = worker.getStackTrace();
            if (stack.length == 0) {
                continue;
            }
            top.merge(stack[0].toString(), 1, Integer::sum);
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("com.safesupport")) {
                    own.merge(e.toString(), 1, Integer::sum);
                    break;
                }
            }
        }
        print("top", top);
        print("own", own);
    }

    private static void print(String label, Map<String, Integer> counts) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(5)
                .forEach(e -> System.out.println(label + " " + e.getValue() + " " + e.getKey()));
    }
}
