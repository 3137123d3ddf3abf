#!/usr/bin/env python3
# CPU samples of a native executable by component, from `perf script` output. SubstrateVM names a method's symbol
# <simple class name>_<method>_<hash> (no package), so the script first maps simple class names to packages from the
# jars the image was built from (arguments: jars or folders of jars, e.g. the build's native-image source jar and
# its lib folder, and the builder's svm jar for the collector). Each sample goes to the first frame, from the leaf
# towards the root, that belongs to a known component (JSON, HTTP server, OIDC, REST client, JDBC, ONNX, Lucene, the
# service's own code, ...); frames of the JDK, of SubstrateVM's run-time, of libc and of the kernel are skipped, so their
# work counts for the component that called them (a regular expression or a memcpy run by the bot's guardrails is
# the bot's; the RSA arithmetic of token verification is OIDC's). A sample with a collector frame anywhere on its
# stack is GC. Needs the executable's symbols and walkable stacks: build with
#   -Dquarkus.native.additional-build-args-append=-H:-DeleteLocalSymbols,-H:+PreserveFramePointer
# then record and print, e.g.
#   perf record -F 499 -g -p <pid> -o perf.data -- sleep 30
#   perf script -i perf.data -F comm,ip,sym,dso | python3 scripts/perf-native-components.py \
#     bot-service/target/*-native-image-source-jar "$GRAALVM_HOME/lib/svm/builder"
# Further tables: by thread name (perf's first 15 characters) and the hottest leaf methods.
import collections, os, re, sys, zipfile

GC = ("com.oracle.svm.core.genscavenge.", "com.oracle.svm.core.gc.", "com.oracle.svm.core.heap.",
      "com.oracle.svm.core.thread.VMOperation", "com.oracle.svm.core.allocationprofile")
# (component, substrings of a frame's symbol or library): the first rule a frame matches names its component
RULES = [
    ("ONNX Runtime / tokenizer (embedding)", ("libonnxruntime", "libtokenizers", "ai.onnxruntime", "ai.djl",
                                               "dev.langchain4j.model.embedding", "onnxruntime")),
    ("Lucene", ("org.apache.lucene",)),
    ("Hibernate Validator", ("org.hibernate.validator",)),
    ("OIDC client (tokens for outgoing calls)", ("io.quarkus.oidc.client",)),
    ("OIDC / JWT verification", ("io.quarkus.oidc", "org.jose4j", "io.smallrye.jwt", "io.quarkus.security",
                                 "io.quarkus.vertx.http.runtime.security")),
    ("JSON (Jackson)", ("com.fasterxml.jackson", "io.vertx.core.json", "io.quarkus.jackson")),
    ("JDBC (pgjdbc)", ("org.postgresql",)),
    ("Agroal (connection pool)", ("io.agroal",)),
    ("Hibernate ORM / Narayana", ("org.hibernate", "com.arjuna", "io.quarkus.hibernate", "io.quarkus.narayana",
                                  "jakarta.persistence")),
    ("REST client", ("org.jboss.resteasy.reactive.client", "io.quarkus.restclient", "io.quarkus.rest.client")),
    ("HTTP server (RESTEasy Reactive)", ("org.jboss.resteasy.reactive.server", "org.jboss.resteasy.reactive.common",
                                         "io.quarkus.resteasy.reactive", "io.quarkus.rest.", "jakarta.ws.rs")),
    ("fault tolerance", ("io.smallrye.faulttolerance",)),
    ("metrics / tracing", ("io.micrometer", "io.opentelemetry", "io.quarkus.micrometer", "io.quarkus.opentelemetry")),
    ("logging", ("org.jboss.logmanager", "org.jboss.logging", "io.quarkus.bootstrap.logging")),
    ("ArC / Mutiny / context propagation", ("io.quarkus.arc", "io.smallrye.mutiny", "io.smallrye.context",
                                            "io.quarkus.vertx.core", "io.smallrye.common")),
    ("Vert.x (HTTP, event loop)", ("io.vertx", "io.quarkus.vertx")),
    ("Netty", ("io.netty",)),
    ("the service's own code (com.safesupport)", ("com.safesupport",)),
]


def jars(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                yield from (os.path.join(root, f) for f in files if f.endswith(".jar"))
        elif p.endswith(".jar"):
            yield p


PACKAGES = collections.defaultdict(set)  # simple (outer) class name -> packages
for jar in jars(sys.argv[1:]):
    with zipfile.ZipFile(jar) as z:
        for n in z.namelist():
            if n.endswith(".class") and not n.startswith("META-INF/"):
                pkg, _, name = n[:-6].rpartition("/")
                PACKAGES[name.split("$")[0]].add(pkg.replace("/", "."))


# The JDK's classes (from $JAVA_HOME's run-time image): a simple name that is also a JDK class is taken as the
# JDK's (String, Pattern, HashMap are far more often in hot paths than a library's class of the same name).
JDK = set()
jimage = os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "jimage")
if os.path.exists(jimage):
    import subprocess
    for line in subprocess.run([jimage, "list", os.path.join(os.environ["JAVA_HOME"], "lib", "modules")],
                               capture_output=True, text=True).stdout.splitlines():
        line = line.strip()
        if line.endswith(".class") and "/" in line:
            JDK.add(line[:-6].rpartition("/")[2].split("$")[0])


def qualified(symbol):
    """'ConversationService$$L2f_apply_2H6T0y' -> 'com.safesupport.bot.conversation.ConversationService...'"""
    name = symbol.split(" ")[0]
    outer = re.split(r"[$_]", name)[0]
    pkgs = PACKAGES.get(outer)
    if not pkgs or outer in JDK:
        return symbol
    return "|".join(sorted(p + "." for p in pkgs)) + symbol


def component(frames):
    if any(any(g in f for g in GC) for f in frames):
        return "GC (SubstrateVM serial collector, allocation slow path)"
    for f in frames:
        for name, subs in RULES:
            if any(s in f for s in subs):
                return name
    leaf = frames[0] if frames else ""
    if "kernel" in leaf or leaf.startswith("[k]"):
        return "unattributed: kernel (stack not walkable)"
    return "unattributed: JDK / SubstrateVM / libc only"


def samples(lines):
    comm, frames = None, []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if comm is not None:
                yield comm, frames
            comm, frames = None, []
        elif not line.startswith((" ", "\t")):
            comm, frames = line.split()[0] if line.split() else "?", []
        else:
            m = re.match(r"\s+[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$", line)
            frames.append(((qualified(m.group(1)) + " " + m.group(2)) if m else line.strip()))
    if comm is not None:
        yield comm, frames


by_component, by_thread, by_leaf = collections.Counter(), collections.Counter(), collections.Counter()
total = 0
for comm, frames in samples(sys.stdin):
    total += 1
    by_component[component(frames)] += 1
    by_thread[comm] += 1
    by_leaf[re.sub(r"_[0-9A-Za-z]{20,}\b", "", frames[0].split("|")[-1]) if frames else "?"] += 1
print("samples %d" % total)
for k, v in by_component.most_common():
    print("%5.1f %%  %s" % (100.0 * v / max(total, 1), k))
print("\nby thread")
for k, v in by_thread.most_common(12):
    print("%5.1f %%  %s" % (100.0 * v / max(total, 1), k))
print("\nhottest leaf symbols")
for k, v in by_leaf.most_common(25):
    print("%5.1f %%  %s" % (100.0 * v / max(total, 1), k))
