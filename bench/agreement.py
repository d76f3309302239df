#!/usr/bin/env python3
"""Checks that the reference peers compute the same figures as crmroi, scenario by scenario.

    bench/agreement.py CRMROI.jsonl PEER.jsonl [PEER.jsonl ...]

CRMROI.jsonl is `crmroi calc --format jsonl` output (key `scenario` for the name; a peer's output
with key `name` works too, to compare the peers with each other); each PEER.jsonl is the output
of bench/peer.py or bench/peer.jq (key `name`) on the same scenarios in the same order.
For roi_percent, npv and payback_months it counts the scenarios that agree, within what
crmroi's rounding allows (money to the minor unit: 0.005; percentages and months to 10 decimals)
plus 1e-9 relative, the spreadsheet tolerance of the README's "Rounding" section. null must meet null.
Prints one row per peer and figure, and up to three disagreements each. Exit status 0 when
everything agrees, 1 otherwise.
"""

import json
import os
import sys

FIGURES = {  # key: absolute tolerance from crmroi's rounding
    "roi_percent": 5e-11,
    "npv": 0.005,
    "payback_months": 5e-11,
}


def read_jsonl(path):
    with open(path, encoding="utf-8") as source:
        return [json.loads(line) for line in source if line.strip()]


def agrees(ours, theirs, absolute):
    if ours is None or theirs is None:
        return ours is None and theirs is None
    return abs(ours - theirs) <= absolute + 1e-9 * abs(theirs)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    crmroi = read_jsonl(sys.argv[1])
    all_agree = True
    print(f"{'peer':<14} {'figure':<16} {'agree':>13}  largest difference")
    for path in sys.argv[2:]:
        peer_name = os.path.basename(path)
        peer = read_jsonl(path)
        if len(peer) != len(crmroi):
            print(f"{peer_name}: {len(peer)} records, crmroi gave {len(crmroi)}")
            all_agree = False
            continue
        misnamed = [i for i, (a, b) in enumerate(zip(crmroi, peer))
                    if a.get("scenario", a.get("name")) != b.get("name")]
        if misnamed:
            i = misnamed[0]
            print(f"{peer_name}: record {i + 1} is {peer[i].get('name')!r}, "
                  f"expected {crmroi[i].get('scenario', crmroi[i].get('name'))!r}")
            all_agree = False
            continue
        for key, absolute in FIGURES.items():
            bad = []
            largest = 0.0
            for i, (a, b) in enumerate(zip(crmroi, peer)):
                ours, theirs = a.get(key), b.get(key)
                if ours is not None and theirs is not None:
                    largest = max(largest, abs(ours - theirs))
                if not agrees(ours, theirs, absolute):
                    bad.append((i, ours, theirs))
            all_agree = all_agree and not bad
            agreed = f"{len(crmroi) - len(bad)}/{len(crmroi)}"
            print(f"{peer_name:<14} {key:<16} {agreed:>13}  {largest:.3g}")
            for i, ours, theirs in bad[:3]:
                print(f"    record {i + 1} ({peer[i].get('name')}): "
                      f"{ours!r} against {theirs!r}")
    sys.exit(0 if all_agree else 1)


if __name__ == "__main__":
    main()
