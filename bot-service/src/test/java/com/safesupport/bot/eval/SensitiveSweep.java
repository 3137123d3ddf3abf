package com.safesupport.bot.eval;

import com.safesupport.bot.conversation.pipeline.ConversationReplay;
import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.guardrail.LinearModel;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.knowledge.KnowledgeBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Round 68 (bh68): the sensitive-situation model's threshold read off the tune conversations only. Replays each tune
 * conversation on the pipeline as it is on the class path (run it with a shipped model whose threshold is above 1, so
 * the model never fires: the base), scores every customer message with the model file given as the first argument,
 * and prints, per threshold, the conversations won and lost had the model handed over at its first message at or
 * above it (an estimate: a guard before the sensitive one at the same message is not modelled; the real runner
 * confirms the chosen threshold). Held-only sets are refused; only tune halves are read.
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.SensitiveSweep -Dexec.args="bot-service/src/main/resources/guardrail/models/sensitive-situation.model r33,r36"
 * </pre>
 */
public final class SensitiveSweep {

    private SensitiveSweep() {
    }

    record Scored(String set, ConversationEvaluation.Conversation c, boolean baseRight, int baseTurns, boolean baseHanded, double[] p) {
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("sensitive.train")) {
            SensitiveTraining.main(new String[0]);
        }
        LinearModel model = LinearModel.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        ConversationReplay replay = new ConversationReplay(embedder, InputScreen.standalone(embedder),
                KnowledgeBase.standalone(embedder, Optional.empty()));
        List<Scored> all = new ArrayList<>();
        for (String set : args[1].split(",")) {
            if (ConversationEvaluation.HELD_ONLY.contains(set)) {
                throw new IllegalArgumentException(set + " is held only");
            }
            boolean tuneOnly = ConversationEvaluation.TUNE_ONLY.contains(set);
            for (ConversationEvaluation.Conversation c : ConversationEvaluation.load(ConversationEvaluation.resource(set))) {
                if (!tuneOnly && !c.tune()) {
                    continue;
                }
                List<ConversationReplay.Turn> turns = replay.run(c.messages());
                double[] p = new double[c.messages().size()];
                for (int i = 0; i < p.length; i++) {
                    String text = i < turns.size() ? turns.get(i).text() : c.messages().get(i);
                    p[i] = model.probability(embedder.embed(text), new double[0]);
                }
                all.add(new Scored(set, c, c.right(turns), turns.size(), turns.getLast().verdict().handsOff(), p));
            }
        }
        for (double t : new double[] {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995}) {
            int won = 0;
            int lost = 0;
            int lookLost = 0;
            StringBuilder sets = new StringBuilder();
            for (Scored s : all) {
                int k = -1;
                int reach = s.baseHanded() ? s.baseTurns() : s.p().length;
                for (int i = 0; i < reach; i++) {
                    if (s.p()[i] >= t) {
                        k = i + 1;
                        break;
                    }
                }
                if (k < 0) {
                    continue;
                }
                boolean right = s.c().handOver() && s.c().reasons().contains(Reason.SENSITIVE_TOPIC) && k >= s.c().from() && k <= s.c().to();
                if (right && !s.baseRight()) {
                    won++;
                    sets.append(' ').append(s.set()).append('+');
                } else if (!right && s.baseRight()) {
                    if (s.c().handOver()) {
                        lost++;
                        sets.append(' ').append(s.set()).append('-');
                    } else {
                        lookLost++;
                        sets.append(' ').append(s.set()).append("-L");
                    }
                }
            }
            System.out.printf(Locale.ROOT, "threshold %.3f: won %d, lost %d, look-alikes newly handed over %d, net %d;%s%n",
                    t, won, lost, lookLost, won - lost - lookLost, sets);
        }
    }
}
