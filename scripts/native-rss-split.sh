#!/usr/bin/env bash
# Where a running native executable's resident memory is: per ELF section of the executable (code, image heap, ...),
# resident pages still backed by the file and pages made private by a write (copy-on-write, counted as anonymous),
# from /proc/<pid>/pagemap; then the anonymous mappings (Java heap chunks, thread stacks, malloc) by size.
# Usage: scripts/native-rss-split.sh <pid> [--touch <seconds> | --pageout <seconds>]
#   --touch N: clears the pages' accessed bits (/proc/<pid>/clear_refs), waits N seconds and prints per mapping of the
#   executable how much of its resident memory was accessed again: what the idle process keeps using, against what
#   only start-up read (plus the kernel's fault-around neighbours). Needs root for clear_refs and pagemap.
#   --pageout N: a measurement, not a tuning: asks the kernel (process_madvise MADV_PAGEOUT, Linux >= 5.10) to reclaim
#   the executable's clean file-backed pages in the process (pages it wrote are private and stay), waits N seconds and
#   prints what came back: the executable's idle working set, each access mapping its 64 KB fault-around window again.
set -euo pipefail
pid="${1:?usage: scripts/native-rss-split.sh <pid> [--touch <seconds> | --pageout <seconds>]}"
touch_s=""
exe=$(readlink "/proc/$pid/exe")
case "${2:-}" in
  --touch)
    touch_s="${3:?--touch needs seconds}"
    echo 1 > "/proc/$pid/clear_refs"
    sleep "$touch_s" ;;
  --pageout)
    python3 - "$pid" "$exe" <<'PY'
import ctypes, sys
pid, exe = int(sys.argv[1]), sys.argv[2]
libc = ctypes.CDLL(None, use_errno=True)
pidfd = libc.syscall(434, pid, 0)  # pidfd_open
class iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
for line in open(f"/proc/{pid}/maps"):
    f = line.split()
    if len(f) > 5 and f[5] == exe:
        lo, hi = (int(x, 16) for x in f[0].split("-"))
        iov = iovec(lo, hi - lo)
        if libc.syscall(440, pidfd, ctypes.byref(iov), 1, 21, 0) < 0:  # process_madvise(MADV_PAGEOUT)
            sys.exit(f"process_madvise failed on {f[0]}: errno {ctypes.get_errno()}")
PY
    sleep "${3:?--pageout needs seconds}" ;;
esac
python3 - "$pid" "$exe" "$touch_s" <<'PY'
import re, struct, subprocess, sys
pid, exe, touched = sys.argv[1], sys.argv[2], sys.argv[3]
PAGE = 4096
# ELF sections with a file offset: (name, offset, size)
sections = []
for line in subprocess.run(["readelf", "-SW", exe], capture_output=True, text=True).stdout.splitlines():
    m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
    if m and m.group(1) not in (".bss", ".tbss"):
        sections.append((m.group(1), int(m.group(2), 16), int(m.group(3), 16)))
maps, cur = [], None
for line in open(f"/proc/{pid}/smaps"):
    f = line.split()
    if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
        lo, hi = (int(x, 16) for x in f[0].split("-"))
        cur = {"lo": lo, "hi": hi, "perm": f[1], "off": int(f[2], 16), "path": f[5] if len(f) > 5 else ""}
        maps.append(cur)
    elif f[0].endswith(":") and len(f) >= 2 and f[1].isdigit():
        cur[f[0][:-1]] = int(f[1])
per_section, other = {}, {"file": 0, "cow": 0}
with open(f"/proc/{pid}/pagemap", "rb") as pm:
    for m in maps:
        if m["path"] != exe:
            continue
        n = (m["hi"] - m["lo"]) // PAGE
        pm.seek(m["lo"] // PAGE * 8)
        entries = struct.unpack(f"{n}Q", pm.read(n * 8))
        for i, e in enumerate(entries):
            if not e >> 63 & 1:
                continue
            kind = "file" if e >> 61 & 1 else "cow"
            off = m["off"] + i * PAGE
            name = next((s[0] for s in sections if s[1] <= off < s[1] + s[2]), None)
            bucket = per_section.setdefault(name, {"file": 0, "cow": 0}) if name else other
            bucket[kind] += PAGE
mb = lambda b: b / 1048576
print(f"executable {exe}")
print(f"{'section':<28} {'size MB':>8} {'resident file MB':>17} {'resident private MB':>20}")
for name, off, size in sections:
    b = per_section.get(name)
    if b and (b["file"] or b["cow"]):
        print(f"{name:<28} {mb(size):8.1f} {mb(b['file']):17.1f} {mb(b['cow']):20.1f}")
if other["file"] or other["cow"]:
    print(f"{'(between sections)':<28} {'':>8} {mb(other['file']):17.1f} {mb(other['cow']):20.1f}")
print()
print(f"{'mapping of the executable':<40} {'perm':<5} {'size MB':>8} {'Rss MB':>7} {'Anon MB':>8}" + (f" {'accessed MB':>12}" if touched else ""))
for m in maps:
    if m["path"] == exe:
        line = f"{hex(m['lo']) + ' +' + hex(m['off']):<40} {m['perm']:<5} {mb(m['hi'] - m['lo']):8.1f} {m.get('Rss', 0) / 1024:7.1f} {m.get('Anonymous', 0) / 1024:8.1f}"
        if touched:
            line += f" {m.get('Referenced', 0) / 1024:12.1f}"
        print(line)
anon = sorted((m for m in maps if m["path"] != exe and m.get("Rss", 0) > 0), key=lambda m: -m.get("Rss", 0))
print()
print(f"other mappings by resident size (top 12 of {len(anon)}, {sum(m.get('Rss', 0) for m in anon) / 1024:.1f} MB)")
for m in anon[:12]:
    print(f"  {m['perm']:<5} {mb(m['hi'] - m['lo']):8.1f} MB mapped {m.get('Rss', 0) / 1024:7.1f} MB resident  {m['path'] or '[anonymous]'}")
PY
