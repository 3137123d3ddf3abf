#!/usr/bin/env python3
# Exclusive shares of bot-service's JFR execution samples (request workers and Vert.x event loops): each sample goes
# to the outermost frame of the bot's own code on its stack (ConversationService.reply, .start, ...) or, without one,
# to the framework phase it is in (OIDC verification, REST client I/O, RESTEasy server, Vert.x/Netty); then, inside
# one such owner (second argument, e.g. ConversationService.start), the first library its samples reach. Needs whole
# stacks: record with -XX:FlightRecorderOptions:stackdepth=256 and print with --stack-depth 256, e.g.
#   jfr print --json --stack-depth 256 --events jdk.ExecutionSample turn.jfr | python3 scripts/jfr-bot-owners.py
#   ... | python3 scripts/jfr-bot-owners.py ConversationService.start
import json, sys, collections

LIBS = [("Hibernate ORM", "org.hibernate."), ("Narayana (JTA)", "com.arjuna."), ("pgjdbc", "org.postgresql."),
        ("Agroal", "io.agroal."), ("DenseIndex", "DenseIndex."), ("Lucene", "org.apache.lucene."),
        ("REST client", "resteasy.reactive.client"), ("fault tolerance", "io.smallrye.faulttolerance"),
        ("Jackson", "com.fasterxml."), ("crypto", "crypto."), ("regex", "java.util.regex."),
        ("Vert.x", "io.vertx."), ("Netty", "io.netty.")]


def frames(event):
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
            for f in event["values"]["stackTrace"]["frames"]]


def bot_thread(event):
    t = event["values"].get("sampledThread") or {}
    name = t.get("javaName") or t.get("osName") or ""
    return name.startswith("executor-thread") or name.startswith("vert.x-eventloop")


def owner(fr):
    for f in reversed(fr):  # from the root
        if f.startswith("com.safesupport.") and not any(s in f for s in ("_ClientProxy", "_Subclass", "Resource.", "$quarkusrestinvoker$")):
            return f.split(".")[-2] + "." + f.split(".")[-1]
    s = " ".join(fr)
    if "io.quarkus.oidc" in s or "org.jose4j" in s:
        return "[OIDC token verification]"
    if "resteasy.reactive.client" in s or "HttpClient" in s:
        return "[REST client I/O]"
    if "resteasy.reactive.server" in s:
        return "[RESTEasy server]"
    if "io.netty" in s or "io.vertx" in s:
        return "[Vert.x/Netty other]"
    return "[other]"


events = [e for e in json.load(sys.stdin)["recording"]["events"] if bot_thread(e)]
total = len(events)
within = sys.argv[1] if len(sys.argv) > 1 else None
shares = collections.Counter()
for e in events:
    fr = frames(e)
    if within is None:
        shares[owner(fr)] += 1
    elif owner(fr) == within:
        # only the frames the owner called (the thread's root frames are Netty's and Vert.x's for every sample)
        s = " ".join(fr[:max(i for i, f in enumerate(fr) if f.endswith(within))])
        shares[next((name for name, p in LIBS if p in s), "the bot's own code and the JDK")] += 1
print("samples %d%s" % (total, "" if within is None else ", of them under %s: %d" % (within, sum(shares.values()))))
for k, v in shares.most_common(30):
    print("%5.1f %%  %s" % (100.0 * v / max(total, 1), k))
