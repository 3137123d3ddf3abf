package com.safesupport.bot.conversation.pipeline;

import com.safesupport.bot.handoff.Reason;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the assistant says, in plain words. No personal data ever goes into these texts. */
public final class Replies {

    public static final String DISCLOSURE = "Hello! I am Northwind Bank's virtual assistant: an AI, not a person. "
            + "I answer from our help articles and show you which one each answer comes from. "
            + "You can reach a human at any time: just write \"agent\" or \"I want to talk to a person\". "
            + "Ask \"why?\" after any reply to see how I decided. Please do not share card numbers or passwords here.";

    public static final String HUMAN_WILL_FOLLOW = " A member of our team will take over this conversation and reply here; "
            + "they will see what we discussed, so you will not need to repeat yourself.";

    public static final String HUMAN_HOLDS = "A member of our team has this conversation and will reply here. "
            + "Your message has been added for them.";

    public static final String HUMAN_HOLDS_WITHHELD = "A member of our team has this conversation. We could not safely store "
            + "your last message just now; please send it again in a moment.";

    public static final String INJECTION = "I can't follow instructions that change how I work or reveal how I am set up. "
            + "I'm happy to help with questions about your Northwind account, cards, payments and transfers, "
            + "or to connect you with a person.";

    public static final String ABUSE = "I understand this is frustrating, and I want to help. I can't respond to insults, "
            + "but I can answer questions about your account, or connect you with a person if you prefer.";

    public static final String OUT_OF_SCOPE = "I'm sorry, I can only help with Northwind Bank accounts, cards, payments, "
            + "transfers and top-ups, so I can't answer that. If your question is about one of these, could you "
            + "rephrase it? You can also ask for a person at any time.";

    public static final String INPUT_NOT_PROCESSED = "I could not process that message safely in time, so it was not "
            + "stored or read by anyone. Please send a shorter message, without long runs of numbers, or ask for a person.";

    public static final String NO_DECISION_YET = "I have not made any decision in this conversation yet. When I answer, "
            + "I use our help articles and tell you which one; you can ask for a person at any time.";

    /**
     * Round 46 (bh46), re-applied by round 47 (bh47): said in the customer's language when a message in a language the knowledge base does not serve
     * would be declined: the assistant answers in English; write in English, or ask for a colleague who speaks it.
     */
    private static final Map<String, String> OTHER_LANGUAGE = Map.of(
            "de", "Entschuldigung, ich bin ein KI-Assistent und antworte nur auf Englisch. Sie können mir auf Englisch "
                    + "schreiben oder nach einer Kollegin oder einem Kollegen fragen, die Deutsch sprechen.",
            "nl", "Sorry, ik ben een AI-assistent en antwoord alleen in het Engels. U kunt mij in het Engels schrijven "
                    + "of vragen naar een collega die Nederlands spreekt.",
            "fr", "Désolé, je suis un assistant IA et je réponds uniquement en anglais. Vous pouvez m'écrire en anglais "
                    + "ou demander un collègue qui parle français.",
            "es", "Lo siento, soy un asistente de IA y solo respondo en inglés. Puede escribirme en inglés o pedir "
                    + "un compañero que hable español.",
            "it", "Mi dispiace, sono un assistente IA e rispondo solo in inglese. Può scrivermi in inglese oppure "
                    + "chiedere un collega che parli italiano.",
            "pt", "Lamento, sou um assistente de IA e só respondo em inglês. Pode escrever-me em inglês ou pedir "
                    + "um colega que fale português.",
            "pl", "Przepraszam, jestem asystentem AI i odpowiadam tylko po angielsku. Można napisać do mnie po angielsku "
                    + "albo poprosić o konsultanta, który mówi po polsku.");

    private static final String OTHER_LANGUAGE_ENGLISH = " (I answer in English: please write in English, or ask for a "
            + "colleague who speaks your language.)";

    private Replies() {
    }

    /** Round 46 (bh46), round 47 (bh47): the reply to a message in a language the knowledge base does not serve, in that language. */
    public static String otherLanguage(String code) {
        return OTHER_LANGUAGE.getOrDefault(code, "") + OTHER_LANGUAGE_ENGLISH;
    }

    public static String handoff(List<Reason> reasons) {
        Reason first = reasons.getFirst();
        String why = switch (first) {
            case HUMAN_REQUESTED -> "Of course, I'll connect you with a person.";
            case NO_CONSENT -> "I can only use the AI assistant with your consent for AI assistance, and I could not "
                    + "confirm it just now, so I have not processed your message with AI. You can give or change this "
                    + "consent in your privacy settings at any time.";
            case SENSITIVE_TOPIC -> "Thank you for telling me. This is something a person on our team should help you with, "
                    + "so I am passing your conversation to them with priority.";
            case NEGATIVE_SENTIMENT -> "I'm sorry this has been frustrating. I'll bring in a person who can look at it properly.";
            case REPEATED_FAILURE, LOW_CONFIDENCE, OUT_OF_SCOPE -> "I haven't been able to answer your question well, "
                    + "so I'll pass you to a person rather than guess.";
            case GUARDRAIL_BLOCKED -> "I could not give you a safe answer to that, so I'll pass you to a person.";
            case SYSTEM_DEGRADED -> "Part of our system that protects your personal data is not available right now, "
                    + "so I have not processed your message.";
            case DECISION_REVIEW -> "I'll ask a person to review my decision.";
        };
        return why + HUMAN_WILL_FOLLOW;
    }

    public static String clarify(List<String> titles) {
        if (titles.size() >= 2) {
            return "I want to be sure I answer the right question. Is it about \"" + titles.get(0) + "\" or \""
                    + titles.get(1) + "\"? A few more words about what happened would help.";
        }
        return "I want to be sure I answer the right question. Could you tell me a little more about what happened?";
    }

    /** The plain-language account of a decision, for the explanation of every reply and for "why?". */
    public static String explain(String kind, List<String> reasons, double confidence, String topTitle) {
        String conf = String.format(Locale.ROOT, "%.0f%%", confidence * 100);
        if (reasons.contains("ANSWERED")) {
            return "I answered from our help article \"" + topTitle + "\", the one closest to your question (match " + conf
                    + "). Before answering I checked your consent for AI assistance, removed personal data from your message, "
                    + "and checked the message and my answer against our safety rules.";
        }
        if (reasons.contains("EXPLANATION")) {
            return "You asked why; I described my previous decision from its record.";
        }
        if (reasons.contains("LOW_CONFIDENCE") && "CLARIFY".equals(kind)) {
            return "None of our help articles matched your question well enough (best match " + conf
                    + "), so I asked you to clarify instead of guessing.";
        }
        if (reasons.contains("LANGUAGE") && "REFUSED".equals(kind)) {
            return "Your message is in a language our help articles are not written in, so I said in your language that "
                    + "I answer in English and that you can ask for a colleague who speaks it. This does not count as a "
                    + "question I failed to answer.";
        }
        if (reasons.contains("OUT_OF_SCOPE") && "REFUSED".equals(kind)) {
            return "Your question did not match any topic I can help with (best match " + conf
                    + "), so I declined rather than guess.";
        }
        if (reasons.contains("PROMPT_INJECTION")) {
            return "Your message asked me to change my instructions or reveal them, which I never do.";
        }
        if (reasons.contains("ABUSE")) {
            return "Your message contained language I don't respond to; I offered to continue or to connect you with a person.";
        }
        if (reasons.contains("INPUT_NOT_PROCESSED")) {
            return "Your message could not be checked for personal data in time, so nothing read or stored it.";
        }
        if (reasons.contains("HUMAN_IN_CONTROL")) {
            return "A person from our team holds this conversation, so the AI did not answer.";
        }
        return "I passed the conversation to a person because: " + String.join(", ", reasons.stream()
                .map(r -> r.toLowerCase(Locale.ROOT).replace('_', ' ')).toList()) + ".";
    }
}
