#!/usr/bin/env python3
"""Writes CRM investment scenarios (docs/scenario-format.md, driver form) for the benchmarks.

The same seed always gives the same scenarios, byte for byte, so figures measured on different
days run on the same input. Scenario i is the same whichever outputs are asked for: line i of
the JSON Lines file and file scenario-<i>.json of the folder hold the same scenario.

    bench/generate.py --count 10000 --jsonl scenarios.jsonl --dir files/
    bench/generate.py --jsonl - --bytes 100000000 | crmroi calc --format jsonl -

Each scenario has a horizon of 12-60 months, three one-time costs, a monthly subscription and a
per-user line, two time_savings lines (in any of the four time units), an order_uplift on the
business's orders and profit, zero to two other monthly benefits, an adoption delay and ramp, and
an annual discount rate. No risk adjustment and no per-order fees: the reference peers
(bench/peer.py, bench/peer.jq) compute exactly this subset.
"""

import argparse
import json
import os
import random
import sys

VENDORS = [
    "amoCRM", "Bitrix24 cloud", "Bitrix24 on-premise", "retailCRM", "Megaplan", "Salesforce",
    "HubSpot", "Pipedrive", "Zoho CRM", "Terrasoft",
]
BUSINESSES = [
    "dress e-shop", "auto parts store", "furniture maker", "dental clinic", "B2B distributor",
    "travel agency", "real estate agency", "flower delivery", "IT services firm", "fitness club",
]
ROLES = [
    "order operator", "sales manager", "account manager", "support agent", "dispatcher",
    "accountant", "marketer", "head of sales",
]
OTHER_BENEFITS = [
    "retired legacy system", "cut ad spend", "fewer lost leads", "less paper and printing",
    "telephony bundled",
]
DISCOUNT_RATES = [0, 0, 5, 8, 10, 10, 12.5, 15, 20]


def time_saving(rng, role, max_people):
    """One time_savings line in one of the four units docs/scenario-format.md allows."""
    line = {"name": role, "people": rng.randint(1, max_people)}
    unit = rng.randrange(4)
    if unit == 0:
        line["minutes_per_day"] = rng.randrange(10, 65, 5)
        if rng.random() < 0.5:
            line["days_per_month"] = rng.randint(20, 30)
    elif unit == 1:
        line["hours_per_day"] = rng.randrange(2, 13) / 4  # 0.5 to 3 hours in quarter hours
        if rng.random() < 0.5:
            line["days_per_month"] = rng.randint(20, 30)
    elif unit == 2:
        line["hours_per_week"] = rng.randint(1, 10)
    else:
        line["hours_per_month"] = rng.randint(4, 60)
    line["hourly_cost"] = rng.randrange(150, 605, 5)
    if rng.random() < 0.5:
        line["realization_percent"] = rng.choice([50, 60, 70, 80, 90])
    return line


def scenario(rng, index):
    """Scenario number `index` (0-based), drawn from `rng`."""
    vendor = rng.choice(VENDORS)
    business_kind = rng.choice(BUSINESSES)
    horizon = rng.randint(12, 60)
    users = rng.randint(2, 25)

    business = {"orders_per_month": rng.randint(20, 1500)}
    if rng.random() < 0.8:
        business["profit_per_order"] = rng.randrange(50, 800, 10)
    else:
        business["average_order_value"] = rng.randrange(500, 8000, 100)
        business["gross_margin_percent"] = rng.randrange(10, 61)

    roles = rng.sample(ROLES, 2)
    benefits = {
        "time_savings": [time_saving(rng, role, min(users, 5)) for role in roles],
        "order_uplift": {"percent": rng.randrange(5, 81) / 10},  # 0.5 % to 8 %
    }
    others = rng.sample(OTHER_BENEFITS, rng.randint(0, 2))
    if others:
        benefits["monthly"] = [
            {"name": name, "amount": rng.randrange(1000, 30000, 100)} for name in others
        ]

    return {
        "name": f"Scenario {index:06d}: {vendor} for a {business_kind}",
        "currency": "RUB",
        "horizon_months": horizon,
        "discount_rate_percent": rng.choice(DISCOUNT_RATES),
        "business": business,
        "costs": {
            "one_time": [
                {"name": "licence", "amount": rng.randrange(0, 200000, 1000)},
                {"name": "customisation and integration",
                 "amount": rng.randrange(20000, 600000, 1000)},
                {"name": "training", "amount": rng.randrange(5000, 60000, 500),
                 "month": rng.randint(0, 2)},
            ],
            "recurring": [
                {"name": "subscription", "monthly": rng.randrange(1000, 30000, 10)},
                {"name": "seats", "per_user": rng.randrange(200, 1500, 10), "users": users},
            ],
        },
        "benefits": benefits,
        "adoption": {
            "implementation_months": rng.randint(0, 4),
            "ramp_months": rng.randint(0, 6),
        },
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=20240501,
                        help="random seed (default %(default)s)")
    parser.add_argument("--count", type=int, default=10000, help="scenarios (default %(default)s)")
    parser.add_argument("--jsonl", help="write JSON Lines here ('-' for standard output)")
    parser.add_argument("--dir", help="write one pretty-printed file per scenario into this folder")
    parser.add_argument("--bytes", type=int,
                        help="with --jsonl: ignore --count, stop once this many bytes are written")
    args = parser.parse_args()
    if not args.jsonl and not args.dir:
        parser.error("give --jsonl and/or --dir")
    if args.bytes is not None and (args.dir or not args.jsonl):
        parser.error("--bytes goes with --jsonl only")

    rng = random.Random(args.seed)
    if args.dir:
        os.makedirs(args.dir, exist_ok=True)
    jsonl = None
    if args.jsonl == "-":
        jsonl = sys.stdout
    elif args.jsonl:
        jsonl = open(args.jsonl, "w", encoding="utf-8", newline="\n")

    written = 0
    index = 0
    try:
        while (written < args.bytes) if args.bytes is not None else (index < args.count):
            item = scenario(rng, index)
            if jsonl:
                line = json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"
                jsonl.write(line)
                written += len(line.encode("utf-8"))
            if args.dir:
                path = os.path.join(args.dir, f"scenario-{index:05d}.json")
                with open(path, "w", encoding="utf-8", newline="\n") as out:
                    json.dump(item, out, ensure_ascii=False, indent=2)
                    out.write("\n")
            index += 1
        if jsonl:
            jsonl.flush()
    except BrokenPipeError:
        # The reader stopped early (e.g. `| head`): end quietly like other filters.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    finally:
        if jsonl and jsonl is not sys.stdout:
            jsonl.close()
    print(f"generate.py: {index} scenarios"
          + (f", {written} bytes of JSON Lines" if jsonl else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
