#!/usr/bin/env python3
# Shares of the bot's JFR execution samples (request workers and Vert.x event loops) whose stack holds a frame of
# each component; not exclusive (one sample may count in several rows). Usage:
#   jfr print --json --stack-depth 256 --events jdk.ExecutionSample bot.jfr | python3 scripts/jfr-stack-shares.py
# (without --stack-depth, jfr print keeps only the top 5 frames of each stack: round 8's shares were taken so)
import json, sys, collections
d = json.load(sys.stdin)
ev = d["recording"]["events"]
buckets = [
 ("Admission (a message's admission)", "conversation.Admission."),
 ("ConversationService.reply", "ConversationService.reply"),
 ("TurnRows (turn record)", "TurnRows."),
 ("TurnRecorder", "TurnRecorder."),
 ("Narayana (JTA)", "com.arjuna."),
 ("Hibernate ORM", "org.hibernate."),
 ("pgjdbc", "org.postgresql."),
 ("Agroal", "io.agroal."),
 ("retrieval KnowledgeBase", "knowledge.KnowledgeBase.search"),
 ("DenseIndex", "DenseIndex."),
 ("Lucene", "org.apache.lucene."),
 ("InputGuardsStep", "InputGuardsStep."),
 ("OutputCheckStep", "OutputCheckStep."),
 ("RedactionStep", "RedactionStep."),
 ("ConsentStep", "ConsentStep."),
 ("hand-off delivery", "HandoffService.deliver"),
 ("OIDC", "io.quarkus.oidc."),
 ("jose4j", "org.jose4j."),
 ("REST client (reactive)", "org.jboss.resteasy.reactive.client."),
 ("RESTEasy server", "org.jboss.resteasy.reactive.server."),
 ("Jackson", "com.fasterxml.jackson."),
 ("Vert.x", "io.vertx."),
 ("Netty", "io.netty."),
 ("SmallRye fault tolerance", "io.smallrye.faulttolerance."),
 ("Micrometer", "io.micrometer."),
 ("OpenTelemetry", "io.opentelemetry."),
 ("regex", "java.util.regex."),
 ("Sealer (crypto)", "platform.crypto."),
 ("javax.crypto / JCA", "com.sun.crypto."),
 ("bot code", "com.safesupport.bot."),
]
total = 0
counts = collections.Counter()
top = collections.Counter()
for e in ev:
    v = e["values"]
    t = v.get("sampledThread") or {}
    name = t.get("javaName") or t.get("osName") or ""
    if not (name.startswith("executor-thread") or name.startswith("vert.x-eventloop")):
        continue
    frames = v["stackTrace"]["frames"] if v.get("stackTrace") else []
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    total += 1
    for label, pat in buckets:
        if any(pat in n for n in names):
            counts[label] += 1
    if names:
        top[names[0]] += 1
print("samples", total)
for label, _ in buckets:
    print(f"{label:40s} {100.0*counts[label]/max(total,1):5.1f} %")
print("top frames:")
for n, c in top.most_common(15):
    print(f"  {100.0 * c / max(total, 1):5.1f} % {n}")
