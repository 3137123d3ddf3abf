package com.safesupport.bot.eval;

import com.safesupport.bot.conversation.pipeline.ConversationReplay;
import com.safesupport.bot.conversation.pipeline.GuardrailRun;
import com.safesupport.bot.embedding.Embedder;
import com.safesupport.bot.embedding.MiniLm;
import com.safesupport.bot.guardrail.InputScreen;
import com.safesupport.bot.handoff.Reason;
import com.safesupport.bot.knowledge.KnowledgeBase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Hand-over decisions over whole conversations (issue 14, round 28): the project's written conversations
 * ({@code conversations/written-conversations-r28.txt}) through {@link ConversationReplay}, the service's own
 * pipeline in-process, extractive mode, no LLM. A conversation that should go to a person is right when it is
 * handed over at an expected turn for an expected reason; a look-alike is right when it is never handed over.
 * Split by CRC32 of the messages joined with a newline: even = tune half, odd = held half. The held half is a row of
 * {@link Evaluation}'s report; this runner prints both halves, and with {@code -Deval.misses=true} the tune half's
 * wrong conversations turn by turn (never the held half's):
 * <pre>
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.ConversationEvaluation
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.ConversationEvaluation -Dexec.args=r30
 * ./mvnw -B -q -pl bot-service -am test-compile -Peval -Dexec.mainClass=com.safesupport.bot.eval.ConversationEvaluation -Dexec.args="r30 held"
 * </pre>
 * The first argument names the set ({@code r28}, the default, {@code r30}: round 30's second written set, or
 * {@code r30b}: round 30b's sensitive topics and their look-alikes, {@code r32}: round 32's indirect requests,
 * frustration over several turns, sensitive topics in seven languages and their look-alikes; {@code r33}: round 33's
 * first look after round 32, written by someone other than the rules' author: HELD ONLY, every conversation is held
 * out and there is no tune half; {@code r36}: round 36's first look after rounds 34 and 35, HELD ONLY as r33; {@code r38}: round 38's tune set, TUNE ONLY
 * (every conversation in the tune half, with its per-kind counts); {@code r38h}: its held-out companion, HELD ONLY; {@code r39h}: round 39's hand-over
 * held-out set, HELD ONLY; {@code r40h}: round 40's hand-over held-out set, HELD ONLY; {@code r42h}: round 42's fresh
 * hand-over held-out set, read twice by round 42 and TUNE ONLY from round 43 on; {@code r43h}: round 43's fresh
 * hand-over held-out set, read twice by round 43 and TUNE ONLY from round 44 on; {@code r44h}: round 44's fresh
 * hand-over held-out set, read twice by round 44 and TUNE ONLY from round 45 on; {@code r45h}: round 45's fresh
 * hand-over held-out set (written by the stop-45 session, first look on unchanged code), TUNE ONLY from round 45's
 * candidate on (bh45 reads its misses)); the
 * held half is printed only with a second argument {@code held} (since round 30: a tuning loop never shows it). For a
 * held-only set the runner also prints the misses per kind (the file's {@code # --- <kind>} sections): counts and the
 * reason handed over for, never a conversation.
 */
public final class ConversationEvaluation {

    /**
     * Sets written as a first look only: every conversation is held out, no tune half. Round 48: {@code r40h} (r33 and
     * r36, held only from rounds 33 and 36 to 47, are tune sets from round 48 on; the fresh {@code r48h}, measured once
     * by round 48, too). Round 49 (bh49): {@code r49h}, measured once by its first look and once by round 49's candidate,
     * moved to {@link #TUNE_ONLY}. Round 50 (bh50): {@code r50h}, measured once by its first look and once by round 50's
     * candidate, moved to {@link #TUNE_ONLY}. Round 51 (bh51): {@code r51h}, measured once by its first look and once by
     * round 51's candidate (round 50's, kept), moved to {@link #TUNE_ONLY}. Round 52 (bh52): {@code r52h}, measured once
     * by its first look and once by round 52's candidate (kept), moved to {@link #TUNE_ONLY}. Round 53 (wc53):
     * {@code r53h}, a fresh held-out set written by a separate helper; round 53 (bh53): measured once by its first look and
     * once by round 53's candidate (kept), moved to {@link #TUNE_ONLY}. Round 54 (wc54): {@code r54h}, a fresh held-out
     * set written by a separate helper; round 54 (bh54): measured once by its first look and once by round 54's candidate
     * (kept), moved to {@link #TUNE_ONLY}. Round 55 (wc55): {@code r55h}, a fresh held-out set written by a separate
     * helper; round 55 (bh55): measured once by its first look and once by round 55's candidate (reverted), moved to
     * {@link #TUNE_ONLY}. Round 56 (wc56): {@code r56h}, a fresh held-out set written by a separate helper; round 56
     * (bh56): measured once by its first look and once by round 56's candidate (reverted), moved to {@link #TUNE_ONLY}.
     * Round 57 (wc57): {@code r57h}, a fresh held-out set written by a separate helper; round 57 (bh57): measured once by
     * its first look and once by round 57's candidate (kept), moved to {@link #TUNE_ONLY}.
     * Round 58 (wc58): {@code r58h}, a fresh held-out set written by a separate helper; round 58 (bh58): measured once by
     * its first look and once by round 58's candidate (reverted), moved to {@link #TUNE_ONLY}.
     * Round 59 (wc59): {@code r59h}, a fresh held-out set written by a separate helper; round 60 (bh60): measured once by
     * its first look and once by round 60's candidate (reverted), moved to {@link #TUNE_ONLY}.
     * Round 60 (wc60): {@code r60h}, a fresh held-out set written by a separate helper; round 61 (bh61): measured once by
     * its first look and once by round 61's candidate (reverted), moved to {@link #TUNE_ONLY}.
     * Round 61 (wc61): {@code r61h}, a fresh held-out set written by a separate helper; round 62 (bh62): measured once by
     * its first look and once by round 62's candidate (reverted), moved to {@link #TUNE_ONLY}.
     * Round 62 (wc62): {@code r62h}, a fresh held-out set written by a separate helper; round 63 (bh63): measured once by
     * its first look (stop 53, lead) and once by round 63's candidate (reverted), moved to {@link #TUNE_ONLY}.
     * Round 63 (wc63): {@code r63h}, a fresh held-out set written by a separate helper; round 64 (bh64): measured once by
     * its first look (stop 54, lead) and once by round 64's candidate (kept), moved to {@link #TUNE_ONLY}.
     * Round 64 (wc64): {@code r64h}, a fresh held-out set written by a separate helper; measured once by its first look
     * (stop 54, lead), once on round 64's rules (stop 55, lead) and once by round 65's candidate (bh65, kept), moved to
     * {@link #TUNE_ONLY}.
     * Round 65 (wc65): {@code r65h}, a fresh held-out set written by a separate helper; measured once by its first look
     * (stop 55, lead), once on round 65's rules (stop 56, lead) and once by round 66's candidate (bh66, reverted), moved
     * to {@link #TUNE_ONLY}.
     * Round 66 (wc66): {@code r66h}, a fresh held-out set written by a separate helper; measured once by its first look
     * (stop 56, lead) and once by round 67's candidate (bh67, reverted), moved to {@link #TUNE_ONLY}.
     * Round 67 (wc67): {@code r67h}, a fresh held-out set written by a separate helper; measured once by its first look
     * (stop 56, lead) and once by round 68's candidate (bh68, reverted), moved to {@link #TUNE_ONLY}.
     * Round 68 (wc68): {@code r68h}, a fresh held-out set written by a separate helper; measured once by its first look
     * (stop 56, lead) and once by round 69's candidate (bh69, kept), moved to {@link #TUNE_ONLY}.
     * Round 69 (wc69): {@code r69h}, a fresh held-out set written by a separate helper (wc69); measured by its first
     * look on round 65's rules and again on round 69's (stop 57, lead), then by round 70's candidate (bh70, kept): moved
     * to {@link #TUNE_ONLY}.
     * Round 70 (wc70): {@code r70h}, a fresh held-out set written by a separate helper (wc70); measured by its first
     * look on round 69's rules (stop 57, lead), again on round 70's (stop 58, lead), then by round 71's candidate (bh71,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 71 (wc71): {@code r71h}, a fresh held-out set written by a separate helper (wc71); measured by its first
     * look (stop 57, lead) and again on round 70's rules (stop 59, lead), then by round 72's candidate (bh72,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 72 (wc72): {@code r72h}, a fresh held-out set written by a separate helper (wc72); measured by its first
     * look on round 69's rules (stop 58, lead) and again on round 70's (stop 59, lead), then by round 73's candidate
     * (bh73, reverted): moved to {@link #TUNE_ONLY}.
     * Round 73 (wc73): {@code r73h}, a fresh held-out set written by a separate helper (wc73), committed before any
     * measurement; measured by its first look on round 70's rules (stop 59, lead), then by round 74's candidate (bh74,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 74 (wc74): {@code r74h}, a fresh held-out set written by a separate helper (wc74), committed before any
     * measurement; measured by its first look on round 70's rules (stop 59, lead), then by round bl2's candidate (the
     * learned sensitive-topic layer, kept): moved to {@link #TUNE_ONLY}.
     * Round 75 (wc75): {@code r75h}, a fresh held-out set written by a separate helper (wc75), committed before any
     * measurement; measured by its first look on round 70's rules (stop 59, lead), then by round 75's candidate (bh75,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 76 (wc76): {@code r76h}, a fresh held-out set written by a separate helper (wc76), committed before any
     * measurement; measured by its first look on round 70's rules (stop 60, lead), again on round bl2's layer (stop 60,
     * lead), then by round 76's candidate (bh76, reverted): moved to {@link #TUNE_ONLY}.
     * Round 77 (wc77): {@code r77h}, a fresh held-out set written by a separate helper (wc77), committed before any
     * measurement; measured by its first look on round 70's rules and round bl2's layer (stop 61, lead), then by round
     * 77's candidate (bh77, reverted): moved to {@link #TUNE_ONLY}.
     * Round 78 (wc78): {@code r78h}, a fresh held-out set written by a separate helper (wc78), committed before any
     * measurement; measured by its first look on main's rules (stop 61, lead), then by round 79's candidate (bh79,
     * kept): moved to {@link #TUNE_ONLY}.
     * Round 79 (wc79): {@code r79h}, a fresh held-out set written by a separate helper (wc79), committed before any
     * measurement; measured by its first look on main's rules (stop 61, lead), then by round 78's candidate (bh78,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 80 (wc80): {@code r80h}, a fresh held-out set written by a separate helper (wc80), committed before any
     * measurement; measured by its first look on main's rules (stop 62, lead), then by round 80's candidate (bh80,
     * kept): moved to {@link #TUNE_ONLY}.
     * Round 81 (wc81): {@code r81h}, round 81's fresh held-out set written by a separate helper (wc81), committed before
     * any measurement; measured by its first look on main's rules (stop 63, lead), then by round 81's candidate (bh81,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 82 (wc82): {@code r82h}, round 82's fresh held-out set written by a separate helper (wc82), committed before
     * any measurement; measured by its first look on main's rules (stop 64, lead), then by round 82's candidate (bh82,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 83 (wc83): {@code r83h}, round 83's fresh held-out set written by a separate helper (wc83), committed before
     * any measurement; measured by its first look on main's rules (stop 64, lead), then by round 83's candidate (bh83,
     * kept): moved to {@link #TUNE_ONLY}.
     * Round 84 (wc84): {@code r84h}, round 84's fresh held-out set written by a separate helper (wc84), committed before
     * any measurement; measured by its first look on main's rules (stop 65, lead), then by round 84's candidate (bh84,
     * reverted): moved to {@link #TUNE_ONLY}.
     * Round 85 (wc85): {@code r85h}, round 85's fresh held-out set written by a separate helper (wc85), committed before
     * any measurement; measured by its first look on main's rules (stop 65, lead), then by round 85's candidate (bh85,
     * kept): moved to {@link #TUNE_ONLY}.
     * Round 86 (wc86): {@code r86h}, round 86's fresh held-out set written by a separate helper (wc86), committed before
     * any measurement; measured by its first look on main's rules (stop 66, lead), then by round 86's candidate (bh86,
     * kept): moved to {@link #TUNE_ONLY}.
     * Round 87 (wc87): {@code r87h}, round 87's fresh held-out set written by a separate helper (wc87), committed before
     * any measurement; not yet measured.
     */
    static final Set<String> HELD_ONLY = Set.of("r40h", "r87h");

    /**
     * Sets written as tune data only (round 38: {@code r38}, whose held-out companion is {@code r38h}): every
     * conversation is in the tune half, there is no held half. Round 40: {@code r38h} and {@code r39h}, read as
     * aggregates and per kind by rounds 38 and 39 and so no longer held out, moved here from {@link #HELD_ONLY} as tune
     * sets; {@code r40h} is the held-out set. Round 43: {@code r42h}, read twice by round 42 (first look and candidate),
     * moved here as a tune set; {@code r43h} is the fresh held-out set. Round 44: {@code r43h}, read twice by round 43
     * (first look and candidate), moved here as a tune set; {@code r44h} is the fresh held-out set. Round 45: {@code r44h}, read twice by round 44,
     * moved here as a tune set; {@code r45h} is the fresh held-out set. Round 45 (bh45): {@code r45h}, read once as a
     * first look, moved here so that its misses can be read turn by turn; no fresh held-out set is left, so its
     * after-figure is "read twice, not held out". Round 47 (bh47): {@code r46h}, measured once by round 46 (first look
     * and candidate), moved here as a tune set; {@code r47h} is the fresh held-out set, measured once by round 47 and
     * then moved here too; no fresh held-out set is left. Round 48 (bh48): {@code r33} and {@code r36}, worn held-only
     * sets that judged rounds 33 to 47, moved here as tune sets so that the conversations the language reply loses can
     * be read turn by turn; every conversation of theirs is tune data from now on. {@code r48h}, the fresh held-out set
     * of round 48 (first look and the candidate's one measurement), moved here after that measurement. Round 49
     * (bh49): {@code r49h}, the fresh held-out set of round 49 (first look and the candidate's one measurement, the
     * candidate reverted), moved here after that measurement. Round 50 (bh50): {@code r50h}, the fresh held-out set of
     * round 50 (first look and the candidate's one measurement, the candidate reverted), moved here after that
     * measurement. Round 51 (bh51): {@code r51h}, the fresh held-out set of round 51 (first look and the candidate's one
     * measurement, the candidate kept), moved here after that measurement; no fresh held-out set is left. Round 52
     * (bh52): {@code r52h}, the fresh held-out set of round 52 (first look and the candidate's one measurement, the
     * candidate kept), moved here after that measurement. Round 53 (bh53): {@code r53h}, the fresh held-out set of round
     * 53 (first look and the candidate's one measurement, the candidate kept), moved here after that measurement. Round 54
     * (bh54): {@code r54h}, the fresh held-out set of round 54 (first look and the candidate's one measurement, the
     * candidate kept), moved here after that measurement; no fresh held-out set is left. Round 55 (bh55): {@code r55h},
     * the fresh held-out set of round 55 (first look and the candidate's one measurement, the candidate reverted), moved
     * here after that measurement; no fresh held-out set is left. Round 56 (bh56): {@code r56h}, the fresh held-out set of
     * round 56 (first look and the candidate's one measurement, the candidate reverted), moved here after that
     * measurement; no fresh held-out set is left. Round 57 (bh57): {@code r57h}, the fresh held-out set of round 57 (first
     * look and the candidate's one measurement), moved here after that measurement; no fresh held-out set is left. Round
     * 58 (bh58): {@code r58h}, the fresh held-out set of round 58 (first look and the candidate's one measurement, the
     * candidate reverted), moved here after that measurement; no fresh held-out set is left. Round 60 (bh60): {@code r59h},
     * the fresh held-out set of round 59 (first look and round 60's candidate's one measurement, the candidate reverted),
     * moved here after that measurement; no fresh held-out set is left. Round 61 (bh61): {@code r60h}, the fresh held-out
     * set of round 60 (first look and round 61's candidate's one measurement, the candidate reverted), moved here after
     * that measurement; no fresh held-out set is left. Round 62 (bh62): {@code r61h}, the fresh held-out set of round 61
     * (first look and round 62's candidate's one measurement, the candidate reverted), moved here after that measurement;
     * no fresh held-out set is left. Round 63 (bh63): {@code r62h}, the fresh held-out set of round 62 (first look and round
     * 63's candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r63h} stays held.
     * Round 64 (bh64): {@code r63h}, the fresh held-out set of round 63 (first look and round 64's candidate's one
     * measurement, the candidate kept), moved here after that measurement; {@code r64h} stays held.
     * Round 65 (bh65): {@code r64h}, the fresh held-out set of round 64 (first look, round 64's rules and round 65's
     * candidate's one measurement, the candidate kept), moved here after that measurement; {@code r65h} stays held.
     * Round 66 (bh66): {@code r65h}, the fresh held-out set of round 65 (first look, round 65's rules and round 66's
     * candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r66h} stays held.
     * Round 67 (bh67): {@code r66h}, the fresh held-out set of round 66 (first look and round 67's candidate's one
     * measurement, the candidate reverted), moved here after that measurement; {@code r67h} stays held.
     * Round 68 (bh68): {@code r67h}, the fresh held-out set of round 67 (first look and round 68's candidate's one
     * measurement, the candidate reverted), moved here after that measurement; {@code r68h} stays held.
     * Round 69 (bh69): {@code r68h}, the fresh held-out set of round 68 (first look and round 69's candidate's one
     * measurement, the candidate kept), moved here after that measurement; {@code r69h} stays held.
     * Round 70 (bh70): {@code r69h}, the fresh held-out set of round 69 (first look, round 69's rules and round 70's
     * candidate's one measurement, the candidate kept), moved here after that measurement; {@code r70h} stays held.
     * Round 71 (bh71): {@code r70h}, the fresh held-out set of round 70 (first look, round 70's rules and round 71's
     * candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r71h} stays held.
     * Round 72 (bh72): {@code r71h}, the fresh held-out set of round 71 (first look, round 70's rules and round 72's
     * candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r72h} stays held.
     * Round 73 (bh73): {@code r72h}, the fresh held-out set of round 72 (first look, round 70's rules and round 73's
     * candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r73h} stays held.
     * Round 74 (bh74): {@code r73h}, the fresh held-out set of round 73 (first look, round 70's rules and round 74's
     * candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r74h} stays held.
     * Round 75 (bh75): {@code r75h}, the fresh held-out set of round 75 (first look, round 70's rules and round 75's
     * candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r74h} and
     * {@code r76h} stay held.
     * Round bl2: {@code r74h}, the fresh held-out set of round 74 (first look, round 70's rules and round bl2's
     * candidate's one measurement, the candidate kept), moved here after that measurement; {@code r76h} stays held.
     * The {@code sensitive} model shipped by round bl2 was trained before this move (38 sets, without {@code r74h}).
     * Round 76 (bh76): {@code r76h}, the fresh held-out set of round 76 (first look, round bl2's layer and round 76's
     * candidate's one measurement, the candidate reverted), moved here after that measurement. The shipped
     * {@code sensitive} model was trained without {@code r74h} and {@code r76h}.
     * Round 77 (bh77): {@code r77h}, the fresh held-out set of round 77 (the lead's first look on main's rules and round
     * 77's candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r40h} and
     * {@code r78h} stay held.
     * Round 79 (bh79): {@code r78h}, the fresh held-out set of round 78 (the lead's first look on main's rules and
     * round 79's candidate's one measurement, the candidate kept), moved here after that measurement; {@code r40h} and
     * {@code r79h} stay held. The {@code sensitive} model shipped by round 79 was trained before this move (41 sets,
     * without {@code r78h}).
     * Round 78 (bh78): {@code r79h}, the fresh held-out set of round 79 (the lead's first look on main's rules and round
     * 78's candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r40h} and
     * {@code r80h} stay held. The shipped {@code sensitive} model was trained without {@code r78h} and {@code r79h}.
     * Round 80 (bh80): {@code r80h}, the fresh held-out set of round 80 (the lead's first look on main's rules and round
     * 80's candidate's one measurement, the candidate kept), moved here after that measurement; {@code r40h} stays
     * held. The shipped {@code sensitive} model was trained without {@code r78h}, {@code r79h} and {@code r80h}.
     * Round 81 (bh81): {@code r81h}, the fresh held-out set of round 81 (the lead's first look on main's rules and round
     * 81's candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r40h} stays
     * held. The shipped {@code sensitive} model was trained without {@code r78h}, {@code r79h}, {@code r80h} and
     * {@code r81h}.
     * Round 82 (bh82): {@code r82h}, the fresh held-out set of round 82 (the lead's first look on main's rules and round
     * 82's candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r40h} stays
     * held. The shipped {@code sensitive} model was trained without {@code r78h} … {@code r82h}.
     * Round 83 (bh83): {@code r83h}, the fresh held-out set of round 83 (the lead's first look on main's rules and round
     * 83's candidate's one measurement, the candidate kept), moved here after that measurement; {@code r40h} stays held.
     * The shipped {@code sensitive} model was trained without {@code r78h} … {@code r83h}.
     * Round 84 (bh84): {@code r84h}, the fresh held-out set of round 84 (the lead's first look on main's rules and round
     * 84's candidate's one measurement, the candidate reverted), moved here after that measurement; {@code r40h} stays
     * held. The shipped {@code sensitive} model was trained without {@code r78h} … {@code r84h}.
     * Round 85 (bh85): {@code r85h}, the fresh held-out set of round 85 (the lead's first look on main's rules and round
     * 85's candidate's one measurement, the candidate kept), moved here after that measurement; {@code r40h}, {@code r86h}
     * and {@code r87h} stay held. The shipped {@code sensitive} model was trained without {@code r78h} … {@code r85h}.
     * Round 86 (bh86): {@code r86h}, the fresh held-out set of round 86 (the lead's first look on main's rules and round
     * 86's candidate's one measurement, the candidate kept), moved here after that measurement; {@code r40h} and
     * {@code r87h} stay held. The shipped {@code sensitive} model was trained without {@code r78h} … {@code r86h}.
     */
    static final Set<String> TUNE_ONLY = Set.of("r33", "r36", "r38", "r38h", "r39h", "r42h", "r43h", "r44h", "r45h", "r46h", "r47h", "r48h",
            "r49h", "r50h", "r51h", "r52h", "r53h", "r54h", "r55h", "r56h", "r57h", "r58h", "r59h", "r60h", "r61h", "r62h",
            "r63h", "r64h", "r65h", "r66h", "r67h", "r68h", "r69h", "r70h", "r71h", "r72h", "r73h", "r74h", "r75h", "r76h",
            "r77h", "r78h", "r79h", "r80h", "r81h", "r82h", "r83h", "r84h", "r85h", "r86h");

    /** The written sets by round: {@code conversations/written-conversations-<round>.txt}. */
    static String resource(String round) {
        if (!round.matches("r\\d{1,3}[a-z]?")) {
            throw new IllegalArgumentException("a round such as r28, r30 or r30b");
        }
        return "conversations/written-conversations-" + round + ".txt";
    }

    /** One written conversation: the customer's messages and what should happen. */
    record Conversation(List<String> messages, Set<Reason> reasons, int from, int to, String kind) {
        boolean handOver() {
            return !reasons.isEmpty();
        }

        boolean tune() {
            return GuardrailTraining.crc(String.join("\n", messages)) % 2 == 0;
        }

        /** Right: handed over within [from, to] for an expected reason, or (a look-alike) never handed over. */
        boolean right(List<ConversationReplay.Turn> turns) {
            ConversationReplay.Turn last = turns.getLast();
            if (!last.verdict().handsOff()) {
                return !handOver();
            }
            return handOver() && turns.size() >= from && turns.size() <= to
                    && reasons.contains(last.verdict().handoffReasons().getFirst());
        }
    }

    public static void main(String[] args) throws Exception {
        Embedder embedder = Embedder.standalone(MiniLm.instance());
        ConversationReplay replay = new ConversationReplay(embedder, InputScreen.standalone(embedder),
                KnowledgeBase.standalone(embedder, Optional.empty()));
        // Round 40: several sets in one JVM ("r38,r38h,r39h"), one index and one model load.
        List<String> rounds = List.of((args.length > 0 ? args[0] : "r28").split(","));
        // Round 30: the held half only when asked ("r30 held"), so that a tuning loop never shows it.
        boolean held = args.length > 1 && args[1].equals("held");
        List<String> lines = new ArrayList<>();
        for (String round : rounds) {
            if (!HELD_ONLY.contains(round)) {
                rows(replay, round, true, lines::add, TUNE_ONLY.contains(round) ? lines::add : k -> { });
            }
            if (held) {
                rows(replay, round, false, lines::add, lines::add);
            }
            if (HELD_ONLY.contains(round) && !held) {
                lines.add("  " + round + " is held only (no tune half): run it with \"" + round + " held\"");
            }
        }
        lines.forEach(System.out::println);
    }

    /** The report row of one half; with -Deval.misses=true the tune half's wrong conversations are printed. */
    static void rows(ConversationReplay replay, String round, boolean tuneHalf, Consumer<String> line) throws IOException {
        rows(replay, round, tuneHalf, line, k -> { });
    }

    /**
     * As above; for a held-only set ({@link #HELD_ONLY}) {@code kinds} gets the misses per kind: how many conversations
     * of each kind were right, not handed over, handed over at another turn or for another reason (and which), and
     * look-alikes handed over (and for which reason). Counts only, never a conversation's text.
     */
    static void rows(ConversationReplay replay, String round, boolean tuneHalf, Consumer<String> line, Consumer<String> kinds) throws IOException {
        String name = "round " + round.substring(1);
        boolean heldOnly = HELD_ONLY.contains(round);
        boolean tuneOnly = TUNE_ONLY.contains(round);
        List<Conversation> part = load(resource(round)).stream()
                .filter(c -> heldOnly ? !tuneHalf : tuneOnly ? tuneHalf : c.tune() == tuneHalf).toList();
        if (part.isEmpty()) {
            return;
        }
        java.util.Map<String, java.util.Map<String, Integer>> byKind = new java.util.LinkedHashMap<>();
        List<Conversation> handOver = part.stream().filter(Conversation::handOver).toList();
        List<Conversation> lookAlikes = part.stream().filter(c -> !c.handOver()).toList();
        int right = 0, anyHandOver = 0, lookHandedOver = 0;
        for (Conversation c : part) {
            List<ConversationReplay.Turn> turns = replay.run(c.messages());
            boolean handed = turns.getLast().verdict().handsOff();
            String outcome;
            if (c.right(turns)) {
                outcome = "right";
            } else if (!handed) {
                outcome = "not handed over";
            } else {
                Reason got = turns.getLast().verdict().handoffReasons().getFirst();
                outcome = !c.handOver() ? "handed over as " + got
                        : c.reasons().contains(got) ? "handed over at turn " + turns.size() + " (expected " + c.from() + "-" + c.to() + ")"
                        : "handed over as " + got + " at turn " + turns.size();
            }
            byKind.computeIfAbsent(c.kind(), k -> new java.util.LinkedHashMap<>()).merge(outcome, 1, Integer::sum);
            if (c.handOver()) {
                right += c.right(turns) ? 1 : 0;
                anyHandOver += handed ? 1 : 0;
            } else {
                lookHandedOver += handed ? 1 : 0;
            }
            if (Evaluation.MISSES && tuneHalf && !c.right(turns)) {
                System.out.println("  " + name + " tune conversation wrong (expected " + (c.handOver() ? c.reasons() + " at " + c.from() + "-" + c.to() : "none") + "):");
                for (int i = 0; i < turns.size(); i++) {
                    ConversationReplay.Turn t = turns.get(i);
                    System.out.println("    " + (i + 1) + ". " + t.text() + "\n       -> " + t.verdict().kind() + " " + t.verdict().reasons() + "  "
                            + t.guardrails().stream().filter(g -> !"PASS".equals(g.outcome()) || g.score() != null)
                            .map(ConversationEvaluation::run).collect(Collectors.joining(", ")));
                }
            }
        }
        line.accept("| conversations handed over at the expected turn for an expected reason / handed over at all; look-alike conversations handed over"
                + " | written for this project (" + name + " conversations, " + (tuneHalf ? (tuneOnly ? "tune only: every conversation" : "tune half") : heldOnly ? "held only: every conversation" : "held half") + "; in-process pipeline, extractive)"
                + " | " + handOver.size() + " / " + lookAlikes.size() + " | "
                + String.format(Locale.ROOT, "%.3f / %.3f; %.3f", share(right, handOver.size()), share(anyHandOver, handOver.size()),
                share(lookHandedOver, lookAlikes.size())) + " | 1 / 1; 0 |");
        if (heldOnly || tuneOnly) {
            kinds.accept("  " + name + " (" + (tuneHalf ? "tune, every conversation" : "held, every conversation") + ") by kind:");
            byKind.forEach((kind, outcomes) -> kinds.accept("    " + kind + ": " + outcomes.values().stream().mapToInt(Integer::intValue).sum()
                    + " — " + outcomes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
    }

    private static String run(GuardrailRun g) {
        return g.name() + "=" + g.outcome() + (g.rule() == null ? "" : " by " + g.rule())
                + (g.score() == null ? "" : String.format(Locale.ROOT, " (%.2f)", g.score()));
    }

    private static double share(int k, int n) {
        return n == 0 ? 0 : k / (double) n;
    }

    static List<Conversation> load(String resource) throws IOException {
        String text;
        try (InputStream in = ConversationEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return parseSet(text);
    }

    /** The conversations of one set file's text (round bl1: {@link ConversationExamples} reads made-up sets too). */
    static List<Conversation> parseSet(String text) {
        List<Conversation> out = new ArrayList<>();
        String header = null;
        List<String> messages = new ArrayList<>();
        String kind = "";
        for (String raw : (text + "\n\n").lines().toList()) {
            String l = raw.strip();
            if (l.startsWith("# --- ")) {
                kind = l.substring("# --- ".length()).strip();
            }
            if (l.startsWith("#")) {
                continue;
            }
            if (l.isEmpty()) {
                if (header != null) {
                    out.add(parse(header, messages, kind));
                }
                header = null;
                messages = new ArrayList<>();
            } else if (l.startsWith("= ")) {
                header = l.substring(2).strip();
            } else if (header != null) {
                messages.add(l);
            } else {
                throw new IllegalStateException("a message before its header: " + l);
            }
        }
        return out;
    }

    private static Conversation parse(String header, List<String> messages, String kind) {
        if (header.equals("NONE")) {
            return new Conversation(List.copyOf(messages), Set.of(), 0, 0, kind);
        }
        String[] parts = header.split(" ");
        Set<Reason> reasons = Arrays.stream(parts[0].split("\\|")).map(Reason::valueOf).collect(Collectors.toSet());
        String[] range = parts[1].split("-");
        int from = Integer.parseInt(range[0]);
        int to = Integer.parseInt(range[range.length - 1]);
        if (from < 1 || to < from || to > messages.size()) {
            throw new IllegalStateException("turn range outside the conversation: " + header + " " + messages);
        }
        return new Conversation(List.copyOf(messages), reasons, from, to, kind);
    }
}
