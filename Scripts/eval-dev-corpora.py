#!/usr/bin/env python3
"""Measures the rule pack on the real development corpora with `chatscreen eval`.

Run it through Scripts/eval-dev-corpora.sh, which finds the corpora and the binary, makes the
temporary directory and removes it. This file converts the corpus rows into labelled JSONL in
that directory, runs `chatscreen eval` (and `chatscreen score` for the case replays) and prints
the figures. It prints no message text: only counts, ids of cases, field values and rule names.

Standard library only (no pip packages).
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time

LEVELS = ["low", "medium", "high", "critical"]
LEVEL_RANK = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
# The fields an extortion unit keeps in the converted file (the text, and what the facets read).
EXTORTION_FIELDS = ["id", "text", "lang", "style", "unit", "category", "strength"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--corpora", required=True)
    parser.add_argument("--tmp", required=True)
    parser.add_argument("--rules")
    return parser.parse_args()


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"error: {path}:{number}: not a JSON object ({error.msg}); the corpus file is damaged")
    return rows


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def ratio(part, whole, digits=3):
    return f"{part}/{whole} = {part / whole:.{digits}f}" if whole else f"{part}/0"


class Runner:
    """Runs chatscreen and records each command line for the summary."""

    def __init__(self, binary, rules):
        self.binary = binary
        self.rules = ["--rules", rules] if rules else []
        self.commands = []

    def run(self, arguments):
        command = [self.binary] + arguments[:1] + self.rules + arguments[1:]
        self.commands.append(shlex.join(command))
        result = subprocess.run(command, capture_output=True)
        # chatscreen never writes message text to stderr; pass its warnings on.
        for line in result.stderr.decode("utf-8", "replace").splitlines():
            print(f"  chatscreen: {line}" if not line.startswith("chatscreen:") else f"  {line}", file=sys.stderr)
        if result.returncode != 0:
            sys.exit(f"error: `{shlex.join(command)}` exited with status {result.returncode}")
        return result.stdout

    def eval(self, files, *options):
        report = json.loads(self.run(["eval", "--format", "json", *options, *files]))
        if report["error_count"]:
            reasons = sorted({error["error"] for error in report["errors"]})
            print(f"  warning: {report['error_count']} record(s) not evaluated: {'; '.join(reasons)}", file=sys.stderr)
        return report


def level_counts(report, level):
    row = next(r for r in report["levels"] if r["level"] == level)
    return row


def print_recall_section(report, facets):
    """Recall over positives: overall, then per facet value (medium first, then the other levels)."""
    positives = report["positives"]
    overall = {level: level_counts(report, level)["tp"] for level in LEVELS}
    print(f"  recall at medium: {ratio(overall['medium'], positives)}"
          f"   (low {overall['low']}, high {overall['high']}, critical {overall['critical']} of {positives})")
    for name in facets:
        rows = report["facets"][name]
        width = max([len(name)] + [len(r["value"]) for r in rows])
        print(f"  {name:<{width}}  {'n':>4}  {'≥ medium':>16}  {'≥ low':>5}  {'≥ high':>6}  {'≥ crit':>6}")
        for r in rows:
            medium = ratio(r["recalled"]["medium"], r["positives"])
            print(f"  {r['value']:<{width}}  {r['positives']:>4}  {medium:>16}  {r['recalled']['low']:>5}"
                  f"  {r['recalled']['high']:>6}  {r['recalled']['critical']:>6}")


def facet_sum(report, facet, keep):
    rows = [r for r in report["facets"][facet] if keep(r["value"])]
    return sum(r["recalled"]["medium"] for r in rows), sum(r["positives"] for r in rows)


def print_flagged_section(report, facet, unit):
    """Negatives at or above each level: overall, then per facet value."""
    negatives = report["negatives"]
    flagged = {level: level_counts(report, level)["fp"] for level in LEVELS}
    print(f"  {unit} at medium or above: {ratio(flagged['medium'], negatives, 5)}"
          f"   (low {flagged['low']}, high {flagged['high']}, critical {flagged['critical']} of {negatives})")
    if facet is None:
        return
    rows = report["facets"][facet]
    width = max([len(facet)] + [len(r["value"]) for r in rows])
    print(f"  {facet:<{width}}  {'n':>6}  {'≥ low':>6}  {'≥ medium':>8}  {'≥ high':>6}  {'≥ crit':>6}")
    for r in rows:
        counts = r["flagged_negatives"]
        print(f"  {r['value']:<{width}}  {r['negatives']:>6}  {counts['low']:>6}  {counts['medium']:>8}"
              f"  {counts['high']:>6}  {counts['critical']:>6}")


def peak_from_facet(row):
    """The level a one-item facet value reached: the highest level it was recalled at."""
    peak = "none"
    for level in LEVELS:
        if row["recalled"][level] > 0:
            peak = level
    return peak


def main():
    args = parse_arguments()
    started = time.monotonic()
    runner = Runner(args.binary, args.rules)
    corpora = args.corpora
    extortion = read_jsonl(os.path.join(corpora, "extortion-dev.jsonl"))
    benign_chat = os.path.join(corpora, "chat-benign-dev.jsonl")
    sms = os.path.join(corpora, "sms-ham.jsonl")

    # Conversions, into the temporary directory only.
    def unit(row):
        converted = {key: row[key] for key in EXTORTION_FIELDS if key in row}
        converted["label"] = "extortion"
        return converted

    strong_path = os.path.join(args.tmp, "extortion-strong.jsonl")
    weak_path = os.path.join(args.tmp, "extortion-weak.jsonl")
    cases_path = os.path.join(args.tmp, "offender-cases.jsonl")
    write_jsonl(strong_path, [unit(r) for r in extortion if r.get("strength") == "strong"])
    write_jsonl(weak_path, [unit(r) for r in extortion if r.get("strength") == "weak"])
    case_rows = sorted((r for r in extortion if "case" in r), key=lambda r: (r["case"], r.get("seq", 0)))
    replay = []
    for r in case_rows:
        converted = unit(r)
        converted.update(conversation=r["case"], sender="offender", case=r["case"])
        replay.append(converted)
    write_jsonl(cases_path, replay)

    print("Rule pack:", args.rules or "built into the binary", "| binary:", args.binary)
    print("Corpora:", os.path.abspath(corpora))

    # a. and b.: extortion units, per message.
    headline = {}
    for key, path, title in [("strong", strong_path, "a. Strong real extortion units, per message"),
                             ("weak", weak_path, "b. Weak units (need context; reported apart), per message")]:
        report = runner.eval([path], "--facet", "lang", "--facet", "style", "--facet", "category")
        print(f"\n== {title}: {report['positives']} units ==")
        print_recall_section(report, ["lang", "style", "category"])
        non_english = facet_sum(report, "lang", lambda value: value != "en")
        chat = facet_sum(report, "style", lambda value: value == "chat")
        print(f"  non-English {key}: {ratio(*non_english)}")
        print(f"  chat {key}: {ratio(*chat)}")
        headline[key] = (level_counts(report, "medium")["tp"], report["positives"], non_english, chat)

    # c. Benign messages, each judged alone.
    print("\n== c. Real benign messages, each judged alone (eval --by message) ==")
    chat_messages = runner.eval([benign_chat], "--facet", "lang")
    print(f"  chat-benign-dev: {chat_messages['negatives']} messages")
    print_flagged_section(chat_messages, "lang", "flagged")
    sms_messages = runner.eval([sms])
    print(f"  sms-ham: {sms_messages['negatives']} messages (English)")
    print_flagged_section(sms_messages, None, "flagged")

    # d. Benign conversations, by conversation level.
    print("\n== d. Benign conversations, judged by their peak conversation level (eval --by conversation) ==")
    conversations = runner.eval([benign_chat], "--by", "conversation", "--facet", "lang", "--facet", "selection")
    print(f"  {conversations['negatives']} conversations from {conversations['messages']} messages")
    print_flagged_section(conversations, "lang", "conversations")
    selections = conversations["facets"]["selection"]
    print("  by selection (English: trigger_rich, random; the short dialogs: chatterbot_corpus)")
    for r in selections:
        counts = r["flagged_negatives"]
        print(f"    {r['value']:<18} {r['negatives']:>5} conversations: high {counts['high']}, critical {counts['critical']}")
    english = next((r for r in conversations["facets"]["lang"] if r["value"] == "en"), None)
    dialogs = [r for r in conversations["facets"]["lang"] if r["value"] != "en"]
    english_high = english["flagged_negatives"]["high"] if english else 0
    english_critical = english["flagged_negatives"]["critical"] if english else 0
    english_count = english["negatives"] if english else 0
    dialog_high = sum(r["flagged_negatives"]["high"] for r in dialogs)
    dialog_critical = sum(r["flagged_negatives"]["critical"] for r in dialogs)
    dialog_count = sum(r["negatives"] for r in dialogs)
    print(f"  English conversations at high: {english_high}/{english_count}, at critical: {english_critical}/{english_count}")
    print(f"  short dialogs at high: {dialog_high}/{dialog_count}, at critical: {dialog_critical}/{dialog_count}")

    # e. Offender chat cases replayed as conversations.
    print("\n== e. Real offender chat cases, each replayed in seq order as one conversation (sender offender, no times) ==")
    cases_report = runner.eval([cases_path], "--by", "conversation", "--facet", "case")
    peaks = {r["value"]: peak_from_facet(r) for r in cases_report["facets"]["case"]}
    # The same replay through `score`, for each message's own level and the composites (and as a check
    # that eval's conversation level is score's conversation_level).
    verdicts = [json.loads(line) for line in runner.run(["score", "--redact", cases_path]).splitlines() if line.strip()]
    by_case = {}
    for verdict in verdicts:
        if "error" in verdict:
            sys.exit(f"error: score reported line {verdict.get('line')}: {verdict['error']}")
        by_case.setdefault(verdict["conversation"], []).append(verdict)
    scopes = {}
    for r in case_rows:
        scopes.setdefault(r["case"], set()).add(r.get("scope", "-"))
    width = max(len(case) for case in by_case)
    print(f"  {'case':<{width}}  {'scope':<20}  {'msgs':>4}  {'message levels':<28}  {'peak':<8}  composites")
    mismatches = []
    reaching_high = 0
    sextortion_multi = 0
    sextortion_multi_high = 0
    for case in sorted(by_case):
        rows = by_case[case]
        scope = "sextortion" if "sextortion" in scopes[case] else "+".join(sorted(scopes[case]))
        score_peak = max((v["conversation_level"] for v in rows), key=LEVEL_RANK.__getitem__)
        peak = peaks.get(case, "none")
        if peak != score_peak:
            mismatches.append(f"{case} (eval {peak}, score {score_peak})")
        composites = sorted({c["rule"] for v in rows for c in v.get("composites", [])})
        levels = " ".join(v["level"] for v in rows)
        print(f"  {case:<{width}}  {scope:<20}  {len(rows):>4}  {levels:<28}  {peak:<8}  {', '.join(composites) or '-'}")
        high = LEVEL_RANK[peak] >= LEVEL_RANK["high"]
        reaching_high += high
        if scope == "sextortion" and len(rows) >= 2:
            sextortion_multi += 1
            sextortion_multi_high += high
    peak_counts = {level: sum(1 for p in peaks.values() if p == level) for level in ["none"] + LEVELS}
    print("  peaks: " + ", ".join(f"{level} {count}" for level, count in peak_counts.items()))
    print(f"  cases reaching high: {reaching_high}/{len(by_case)}")
    print(f"  sextortion cases with >= 2 messages reaching high: {sextortion_multi_high}/{sextortion_multi}")
    if mismatches:
        print("  warning: eval's conversation level differs from score's conversation_level for: " + "; ".join(mismatches))
    else:
        print("  check: eval's peak conversation level equals score's peak conversation_level for every case")

    # Summary.
    elapsed = time.monotonic() - started
    strong, weak = headline["strong"], headline["weak"]
    benign_medium = level_counts(chat_messages, "medium")["fp"]
    sms_medium = level_counts(sms_messages, "medium")["fp"]
    print("\n== Summary (level ≥ medium unless stated) ==")
    print(f"  strong units: {ratio(strong[0], strong[1])}; non-English strong: {ratio(*strong[2])}; "
          f"chat strong: {strong[3][0]}/{strong[3][1]}")
    print(f"  weak units: {ratio(weak[0], weak[1])}; non-English weak: {ratio(*weak[2])}; chat weak: {weak[3][0]}/{weak[3][1]}")
    print(f"  benign chat messages flagged: {benign_medium}/{chat_messages['negatives']}; "
          f"SMS flagged: {sms_medium}/{sms_messages['negatives']}")
    print(f"  benign conversations (peak conversation level): English at high {english_high}/{english_count}, "
          f"at critical {english_critical}/{english_count}; short dialogs at high {dialog_high}/{dialog_count}")
    print(f"  offender chat cases: peaks {', '.join(f'{level} {count}' for level, count in peak_counts.items() if count)}; "
          f"sextortion cases with >= 2 messages at high: {sextortion_multi_high}/{sextortion_multi}")
    print(f"  took {elapsed:.1f} s")
    print("  commands run (the .jsonl files in the temporary directory are converted corpus rows, removed at exit):")
    for command in runner.commands:
        print(f"    {command}")


if __name__ == "__main__":
    main()
