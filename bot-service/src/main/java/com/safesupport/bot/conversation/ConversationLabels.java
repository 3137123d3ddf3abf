package com.safesupport.bot.conversation;

import com.safesupport.bot.config.BotConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A conversation's {@code locale} and {@code channel}: checked by escalation-service's rules when the conversation
 * opens (a value it would refuse would leave the hand-off stuck), and mapped onto an allow-list before they become
 * a metric label (free text there means unbounded cardinality and possibly personal data).
 */
@ApplicationScoped
public class ConversationLabels {

    /** escalation-service's {@code HandoffRequest} rules (DESIGN.md): a BCP 47 tag, at most 35 characters. */
    public static final String LOCALE = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*";
    /** escalation-service's rule for channel codes, at most 32 characters. */
    public static final String CHANNEL = "[A-Za-z0-9._-]+";
    public static final int LOCALE_MAX = 35;
    public static final int CHANNEL_MAX = 32;

    private static final Pattern LOCALE_PATTERN = Pattern.compile(LOCALE);
    private static final Pattern CHANNEL_PATTERN = Pattern.compile(CHANNEL);

    @Inject
    BotConfig config;

    static boolean validLocale(String locale) {
        return locale != null && locale.length() <= LOCALE_MAX && LOCALE_PATTERN.matcher(locale).matches();
    }

    static boolean validChannel(String channel) {
        return channel != null && channel.length() <= CHANNEL_MAX && CHANNEL_PATTERN.matcher(channel).matches();
    }

    /** For a hand-off: a stored value escalation-service would refuse (rows older than the check) is sent as the default. */
    static String handoffLocale(String locale) {
        return validLocale(locale) ? locale : "en";
    }

    static String handoffChannel(String channel) {
        return validChannel(channel) ? channel : "web";
    }

    /** The channel as a metric label: one of {@code bot.metrics.channels}, else {@code other}. */
    String channelLabel(String channel) {
        String lower = channel == null ? "" : channel.toLowerCase(Locale.ROOT);
        return config.metrics().channels().contains(lower) ? lower : "other";
    }
}
