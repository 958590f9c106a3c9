#!/usr/bin/env python3
"""What a moderator's script does: one `re` alternation of every rule's pattern, searched in each
message of a JSONL chat log, one JSON line out per message.

    python_re_baseline.py PATTERNS CORPUS.jsonl [MAX_MESSAGES] > out.jsonl

PATTERNS holds one pattern per line (`chatscreen-regex-patterns --dialect python`). The
alternation is compiled case-insensitive with `.` matching newlines. Prints one summary line to
stderr: messages, matched, compile seconds, scan seconds, messages/s and text MB/s of the scan
(reading and JSON parsing included, compiling not).
"""
import json
import re
import sys
import time


def main() -> None:
    patterns = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    start = time.perf_counter()
    regex = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.DOTALL)
    compiled = time.perf_counter()
    messages = matched = text_bytes = 0
    out = sys.stdout
    with open(sys.argv[2], encoding="utf-8") as corpus:
        for line in corpus:
            if limit is not None and messages >= limit:
                break
            if not line.strip():
                continue
            text = json.loads(line).get("text", "")
            hit = regex.search(text) is not None
            messages += 1
            matched += hit
            text_bytes += len(text.encode("utf-8"))
            out.write(json.dumps({"line": messages, "flagged": hit}) + "\n")
    done = time.perf_counter()
    scan = max(done - compiled, 1e-9)
    print(f"python-re messages={messages} matched={matched} patterns={len(patterns)} "
          f"compile_s={compiled - start:.2f} scan_s={scan:.2f} msg_per_s={messages / scan:.1f} "
          f"text_mb_per_s={text_bytes / scan / 1e6:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
