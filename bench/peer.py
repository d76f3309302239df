#!/usr/bin/env python3
"""Reference peer for the benchmarks: ROI, NPV and payback of driver scenarios, in plain Python.

Reads scenarios (one JSON document per file argument, or JSON Lines on standard input when no
argument or `-` is given) and prints one JSON line per scenario:
    {"name": ..., "roi_percent": ..., "npv": ..., "payback_months": ...}
with null where a figure is undefined. It is what a careful analyst would write in an afternoon,
to compare crmroi's speed with, and to cross-check crmroi's figures (scripts/bench does both).

The model is crmroi's (the README's formulas and docs/scenario-format.md) for the subset bench/generate.py writes: months
0..H; one-time costs in their month (default 0); recurring costs from start_month (default 1) to
end_month (default H), billed monthly, per user or per order (baseline plus ramped uplift orders);
benefits in months 1..H scaled by the adoption factor: 0 for the first implementation_months
months, then min(1, k / ramp_months) in month k after go-live; time savings as people x hours a
month x hourly cost x realization; order uplift as extra orders x profit per order; NPV at the
monthly rate (1 + annual)^(1/12) - 1 with month 0 undiscounted; payback interpolated inside the
month in which the cumulative net flow last turns from negative to >= 0. No risk adjustment.
"""

import json
import sys


def hours_saved_per_month(line):
    if "minutes_per_day" in line:
        return line["minutes_per_day"] / 60 * line.get("days_per_month", 21)
    if "hours_per_day" in line:
        return line["hours_per_day"] * line.get("days_per_month", 21)
    if "hours_per_week" in line:
        return line["hours_per_week"] * 52 / 12
    return line["hours_per_month"]


def adoption_factor(month, implementation_months, ramp_months):
    if month <= implementation_months:
        return 0.0
    if ramp_months <= 0:
        return 1.0
    return min(1.0, (month - implementation_months) / ramp_months)


def payback_months(net):
    cumulative = []
    total = 0.0
    for flow in net:
        total += flow
        cumulative.append(total)
    if all(value >= 0 for value in cumulative):
        return 0.0
    if cumulative[-1] < 0:
        return None  # not paid back within the horizon
    for month in range(len(cumulative) - 1, 0, -1):
        if cumulative[month - 1] < 0 <= cumulative[month]:
            return month - 1 + -cumulative[month - 1] / net[month]
    return None


def evaluate(scenario):
    horizon = scenario["horizon_months"]
    business = scenario.get("business", {})
    baseline_orders = business.get("orders_per_month", 0)
    if "profit_per_order" in business:
        profit_per_order = business["profit_per_order"]
    elif "average_order_value" in business:
        profit_per_order = business["average_order_value"] * business["gross_margin_percent"] / 100
    else:
        profit_per_order = 0

    benefits = scenario.get("benefits", {})
    time_value = sum(
        line.get("people", 1) * hours_saved_per_month(line) * line["hourly_cost"]
        * line.get("realization_percent", 100) / 100
        for line in benefits.get("time_savings", []))
    uplift = benefits.get("order_uplift")
    extra_orders = 0
    if uplift is not None:
        if "percent" in uplift:
            extra_orders = baseline_orders * uplift["percent"] / 100
        else:
            extra_orders = uplift["orders_per_month"]
    other_value = sum(line["amount"] for line in benefits.get("monthly", []))
    full_benefit = time_value + extra_orders * profit_per_order + other_value

    adoption = scenario.get("adoption", {})
    implementation = adoption.get("implementation_months", 0)
    ramp = adoption.get("ramp_months", 0)

    costs = [0.0] * (horizon + 1)
    benefit = [0.0] * (horizon + 1)
    for month in range(1, horizon + 1):
        benefit[month] = full_benefit * adoption_factor(month, implementation, ramp)
    cost_lines = scenario.get("costs", {})
    for line in cost_lines.get("one_time", []):
        month = line.get("month", 0)
        if month <= horizon:
            costs[month] += line["amount"]
    for line in cost_lines.get("recurring", []):
        start = line.get("start_month", 1)
        end = min(line.get("end_month", horizon), horizon)
        for month in range(start, end + 1):
            if "monthly" in line:
                costs[month] += line["monthly"]
            elif "per_user" in line:
                costs[month] += line["per_user"] * line["users"]
            else:
                factor = adoption_factor(month, implementation, ramp)
                costs[month] += line["per_order"] * (baseline_orders + factor * extra_orders)

    net = [b - c for b, c in zip(benefit, costs)]
    total_cost = sum(costs)
    total_benefit = sum(benefit)
    monthly_rate = (1 + scenario.get("discount_rate_percent", 0) / 100) ** (1 / 12) - 1
    npv = sum(flow / (1 + monthly_rate) ** month for month, flow in enumerate(net))
    roi = (total_benefit - total_cost) / total_cost * 100 if total_cost else None
    return {
        "name": scenario["name"],
        "roi_percent": roi,
        "npv": npv,
        "payback_months": payback_months(net),
    }


def main():
    paths = sys.argv[1:] or ["-"]
    out = sys.stdout
    for path in paths:
        if path == "-":
            for line in sys.stdin:
                if line.strip():
                    out.write(json.dumps(evaluate(json.loads(line)), separators=(",", ":")))
                    out.write("\n")
        else:
            with open(path, encoding="utf-8") as source:
                out.write(json.dumps(evaluate(json.load(source)), separators=(",", ":")))
                out.write("\n")


if __name__ == "__main__":
    main()
