"""Summarises `jfr print --stack-depth 300 --events jdk.ExecutionSample` (standard input): per request handler, how
many samples fall in it and in each CoKit method below it (inclusive), so the slowest path's parts stand out."""
import collections
import re
import sys

HANDLERS = [("answer saving", "SubmissionResource"), ("questionnaire page", "SubmissionPage"),
            ("baseline insert", "BaselineResource.insert"), ("baseline hello", "BaselineResource.hello"),
            ("password check (HTTP Basic)", "MemberIdentityProvider"), ("session check (login form)", "SessionIdentityProvider")]
LIBRARIES = ["org.h2", "org.hibernate", "io.quarkus.qute", "com.fasterxml.jackson", "io.netty", "io.vertx",
             "com.arjuna", "io.agroal", "org.jboss.resteasy"]

totals, libraries = collections.Counter(), collections.defaultdict(collections.Counter)
methods = collections.defaultdict(collections.Counter)
for sample in sys.stdin.read().split("jdk.ExecutionSample {")[1:]:
    match = re.search(r"stackTrace = \[(.*?)\n\s*\]", sample, re.S)
    if not match:
        continue
    frames = [re.sub(r"\s+line:.*", "", f.strip()).split("(")[0]
              for f in match.group(1).strip().split("\n") if f.strip() and f.strip() != "..."]
    stack = " ".join(frames)
    handler = next((name for name, marker in HANDLERS if marker in stack), "other (rendering, network, start-up)")
    totals[handler] += 1
    libraries[handler].update(lib for lib in LIBRARIES if lib in stack)
    methods[handler].update({f for f in frames if f.startswith("org.cokit") and "_Subclass" not in f
                             and "_ClientProxy" not in f and "quarkusrestinvoker" not in f})
print(f"{sum(totals.values())} samples")
for handler, count in totals.most_common():
    print(f"\n{count:6d}  {handler}")
    print("        in libraries: " + ", ".join(f"{lib} {n}" for lib, n in libraries[handler].most_common()))
    for method, n in methods[handler].most_common(12):
        print(f"  {n:6d}  {method}")
