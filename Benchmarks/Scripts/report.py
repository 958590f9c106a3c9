#!/usr/bin/env python3
"""Turns the text output of a benchmark run into the results tables of Benchmarks/README.md,
with ChatScreen's throughput as a ratio of each in-run baseline's.

    swift package --package-path Benchmarks benchmark --no-progress 2>&1 | tee /tmp/run.log
    python3 Benchmarks/Scripts/report.py /tmp/run.log

Reads package-benchmark's default text tables (one per benchmark, p0 … p100 per metric) and
uses the medians (p50): messages/s and text kB/s are the suites' own custom metrics (one
iteration is a pass over a corpus), mallocs per message is `Malloc (total)` over `messages`,
and the latency benchmarks' `ns per message` gives p50 and p99.
"""
import re
import sys

SCALE = {"": 1, "#": 1, "K": 1e3, "M": 1e6, "G": 1e9, "ns": 1e-9, "μs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1}
COLUMNS = ["p0", "p25", "p50", "p75", "p90", "p99", "p100", "samples"]

# (ChatScreen benchmark, baseline benchmark) pairs for the ratio table.
RATIOS = [
    ("ScoringBenchmarks", "Score.mixed", "BaselineBenchmarks", "RE2Set.mixed"),
    ("ScoringBenchmarks", "Score.mixed", "BaselineBenchmarks", "NSRegularExpression.mixed.slice"),
    ("ScoringBenchmarks", "Score.mixed", "BaselineBenchmarks", "SwiftRegex.mixed.slice"),
    ("ScoringBenchmarks", "Score.positives", "BaselineBenchmarks", "RE2Set.positives"),
    ("ScoringBenchmarks", "Score.positives", "BaselineBenchmarks", "NSRegularExpression.positives.slice"),
    ("ScoringBenchmarks", "Score.positives", "BaselineBenchmarks", "SwiftRegex.positives.slice"),
    ("ConversationBenchmarks", "Conversation.scoreAndTrack.mixed", "BaselineBenchmarks", "RE2Set.mixed"),
    ("TokenizationBenchmarks", "Tokenise.mixed", "BaselineBenchmarks", "RE2Set.mixed"),
]
# Latency benchmarks and the throughput benchmark whose row they complete.
LATENCY = {"Tokenise.mixed.latency": "Tokenise.mixed", "Score.mixed.latency": "Score.mixed",
           "RE2Set.mixed.latency": "RE2Set.mixed"}


def parse(path):
    """{(target, benchmark): {metric label: {column: value in base units}}}"""
    text = re.sub(r"\x1b\[[0-9;]*m", "", open(path, encoding="utf-8").read())
    lines = text.splitlines()
    results, target, name = {}, None, None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i + 1 < len(lines) and re.fullmatch(r"=+", lines[i + 1].strip() or "x") and i > 0 \
                and re.fullmatch(r"=+", lines[i - 1].strip() or "x"):
            target = stripped
            continue
        if stripped.startswith("╒") and i > 0:
            name = lines[i - 1].strip()
            results[(target, name)] = {}
            continue
        if stripped.startswith("│") and name is not None and not stripped.startswith("│ Metric"):
            cells = [c.strip() for c in stripped.strip("│").split("│")]
            label = cells[0].rstrip(" *")
            unit = ""
            m = re.fullmatch(r"(.*?) \(([^()]*)\)", label)
            if m and m.group(2) in SCALE:
                label, unit = m.group(1), m.group(2)
            values = {}
            for column, cell in zip(COLUMNS, cells[1:]):
                try:
                    values[column] = float(cell.replace(",", "")) * (1 if column == "samples" else SCALE[unit])
                except ValueError:
                    pass
            results[(target, name)][label] = values
    return results


def p50(metrics, label, column="p50"):
    return metrics.get(label, {}).get(column)


def fmt(value, digits=0):
    if value is None:
        return "—"
    if digits == 0:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def main():
    results = parse(sys.argv[1])
    latency = {}
    for (target, name), metrics in results.items():
        if name in LATENCY and "ns per message" in metrics:
            latency[(target, LATENCY[name])] = (p50(metrics, "ns per message"), p50(metrics, "ns per message", "p99"))

    print("| suite | benchmark | messages | messages/s | text MB/s | mallocs/message | peak RSS MB | latency p50 / p99 µs |")
    print("|---|---|---|---|---|---|---|---|")
    for (target, name), metrics in results.items():
        if name in LATENCY:
            continue
        messages = p50(metrics, "messages")
        mallocs = p50(metrics, "Malloc (total)")
        per_message = mallocs / messages if mallocs is not None and messages else None
        rss = p50(metrics, "Memory (resident peak)")
        lat = latency.get((target, name))
        lat_text = f"{lat[0] / 1e3:.1f} / {lat[1] / 1e3:.1f}" if lat and lat[0] is not None else "—"
        kbps = p50(metrics, "text kB/s")
        if messages is None:  # compilation, malloc counter check: one iteration is one operation
            wall = p50(metrics, "Time (wall clock)")
            print(f"| {target} | {name} | — | — | — | {fmt(mallocs)} per iteration | {fmt(rss / 1e6 if rss else None)} |"
                  f" {'wall ' + fmt(wall * 1e3, 0) + ' ms' if wall else '—'} |")
            continue
        print(f"| {target} | {name} | {fmt(messages)} | {fmt(p50(metrics, 'messages/s'))} |"
              f" {fmt(kbps / 1e3 if kbps is not None else None, 1 if kbps is None or kbps >= 1e3 else 3)} | {fmt(per_message, 2)} |"
              f" {fmt(rss / 1e6 if rss else None)} | {lat_text} |")

    print()
    print("| ChatScreen | baseline | ChatScreen messages/s | baseline messages/s | ratio |")
    print("|---|---|---|---|---|")
    for cs_target, cs_name, base_target, base_name in RATIOS:
        cs, base = results.get((cs_target, cs_name)), results.get((base_target, base_name))
        if not cs or not base:
            continue
        a, b = p50(cs, "messages/s"), p50(base, "messages/s")
        if not a or not b:
            continue
        ratio = a / b
        print(f"| {cs_name} | {base_name} | {fmt(a)} | {fmt(b)} | {ratio:,.0f}× |" if ratio >= 100
              else f"| {cs_name} | {base_name} | {fmt(a)} | {fmt(b)} | {ratio:.2f}× |")


if __name__ == "__main__":
    main()
