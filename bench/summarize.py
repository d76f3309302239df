#!/usr/bin/env python3
"""Turns one hyperfine run and the peak-memory measurements into the table of targets.

    bench/summarize.py --hyperfine RESULTS.json --scenarios 10000 --files 10000 \
        --loop-files 1000 [--rss-crmroi KIB] [--rss-parse-only KIB] [--memory-bytes N]

Called by scripts/bench. The commands in RESULTS.json are looked up by the names scripts/bench
gives them (see COMMANDS). Verdicts use the median wall time of each command, which a shared
2-core machine disturbs less than the mean; the same ratios on CPU time (user + system) are shown
beside them, for a machine busy with other work. A target whose commands are missing (e.g. `crmroi
calc` did not work yet) is reported as N/A and counts as not met. Exit status 0 when every target
is met, 1 otherwise.
"""

import argparse
import json
import sys

HELLO = "hello_linked"
CRMROI_ONE = "crmroi calc: one file"
JQ_ONE = "jq peer: one file"
PY_ONE = "Python peer: one file"
PARSE_STREAM = "parse_only: JSONL stream"
CRMROI_STREAM = "crmroi calc: JSONL stream"
JQ_STREAM = "jq peer: JSONL stream"
PY_STREAM = "Python peer: JSONL stream"
CRMROI_FILES = "crmroi calc: all files, one call"
LOOP_FILES = "shell loop: one crmroi per file"
COMMANDS = [HELLO, CRMROI_ONE, JQ_ONE, PY_ONE, PARSE_STREAM, CRMROI_STREAM, JQ_STREAM, PY_STREAM,
            CRMROI_FILES, LOOP_FILES]

MEMORY_LIMIT_BYTES = 32_000_000  # "32 MB", read strictly (32 MiB would be 33,554,432)


def seconds(value):
    if value >= 1:
        return f"{value:.3f} s"
    return f"{value * 1000:.2f} ms"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hyperfine", required=True)
    parser.add_argument("--scenarios", type=int, required=True)
    parser.add_argument("--files", type=int, required=True)
    parser.add_argument("--loop-files", type=int, required=True)
    parser.add_argument("--rss-crmroi", type=int, help="peak RSS of crmroi on the big stream, KiB")
    parser.add_argument("--rss-parse-only", type=int, help="the same for parse_only, KiB")
    parser.add_argument("--memory-bytes", type=int, help="size of the big stream")
    args = parser.parse_args()

    with open(args.hyperfine, encoding="utf-8") as source:
        results = {entry["command"]: entry for entry in json.load(source)["results"]}
    median = {name: entry["median"] for name, entry in results.items()}

    print("Wall time per command (one hyperfine run, side by side):")
    print(f"  {'command':<36} {'median':>11} {'mean ± σ':>22} {'min':>11} {'runs':>5}")
    for name in COMMANDS:
        if name not in results:
            continue
        entry = results[name]
        spread = f"{seconds(entry['mean'])} ± {seconds(entry['stddev'] or 0)}"
        print(f"  {name:<36} {seconds(entry['median']):>11} {spread:>22} "
              f"{seconds(entry['min']):>11} {len(entry['times']):>5}")

    scale = args.files / args.loop_files
    # CPU time (user + system) of each command: what the targets would give on an idle machine
    # when other work competes for the cores (the wall time then includes waiting for a core).
    cpu = {name: entry["user"] + entry["system"] for name, entry in results.items()}
    rows = []

    def target(label, needs, ratio, shown, required, holds):
        if all(name in median for name in needs):
            value = ratio(median)
            rows.append((label, shown(value), shown(ratio(cpu)), required,
                         "PASS" if holds(value) else "FAIL"))
        else:
            rows.append((label, "not measured", "", required, "N/A"))

    def times(r):
        return f"{r:.2f}×"

    def faster(r):
        return f"{r:.1f}× faster"

    target("one file: crmroi / hello_linked", [CRMROI_ONE, HELLO],
           lambda t: t[CRMROI_ONE] / t[HELLO], times, "≤ 1.5×", lambda r: r <= 1.5)
    target("one file: jq peer / crmroi", [JQ_ONE, CRMROI_ONE],
           lambda t: t[JQ_ONE] / t[CRMROI_ONE], faster, "≥ 5×", lambda r: r >= 5)
    target(f"stream of {args.scenarios:,}: scenarios per second", [CRMROI_STREAM],
           lambda t: args.scenarios / t[CRMROI_STREAM], lambda r: f"{r:,.0f}/s",
           "≥ 100,000/s", lambda r: r >= 100_000)
    target("stream: crmroi / parse_only", [CRMROI_STREAM, PARSE_STREAM],
           lambda t: t[CRMROI_STREAM] / t[PARSE_STREAM], times, "≤ 2×", lambda r: r <= 2)
    target("stream: jq peer / crmroi", [JQ_STREAM, CRMROI_STREAM],
           lambda t: t[JQ_STREAM] / t[CRMROI_STREAM], faster, "≥ 25×", lambda r: r >= 25)
    target("stream: Python peer / crmroi", [PY_STREAM, CRMROI_STREAM],
           lambda t: t[PY_STREAM] / t[CRMROI_STREAM], faster, "≥ 2×", lambda r: r >= 2)
    target(f"{args.files:,} files: shell loop ×{scale:g} / one call", [LOOP_FILES, CRMROI_FILES],
           lambda t: t[LOOP_FILES] * scale / t[CRMROI_FILES], faster, "≥ 10×",
           lambda r: r >= 10)
    if args.rss_crmroi is not None:
        peak = args.rss_crmroi * 1024
        size = f"{args.memory_bytes / 1e6:.0f} MB" if args.memory_bytes else "big"
        shown = f"{peak / 1e6:.1f} MB ({args.rss_crmroi:,} KiB)"
        if args.rss_parse_only is not None:
            shown += f"; parse_only {args.rss_parse_only * 1024 / 1e6:.1f} MB"
        rows.append((f"peak RSS, {size} JSONL stream", shown, "", "< 32 MB",
                     "PASS" if peak < MEMORY_LIMIT_BYTES else "FAIL"))
    else:
        rows.append(("peak RSS, 100 MB JSONL stream", "not measured", "", "< 32 MB", "N/A"))

    print()
    print("Targets: verdict on the wall time (ratios of medians); the CPU-time column (user +")
    print("system) shows the same ratio on CPU time, which the load of other work disturbs less.")
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(f"  {'':<5} {'':<{widths[0]}}  {'wall time':<{widths[1]}}  {'CPU time':<{widths[2]}}")
    for label, shown, shown_cpu, required, verdict in rows:
        print(f"  {verdict:<5} {label:<{widths[0]}}  {shown:<{widths[1]}}  "
              f"{shown_cpu:<{widths[2]}}  target {required}")
    met = sum(row[4] == "PASS" for row in rows)
    print(f"  {met} of {len(rows)} targets met")
    sys.exit(0 if met == len(rows) else 1)


if __name__ == "__main__":
    main()
