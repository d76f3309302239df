#!/usr/bin/env python3
"""NumPy peer of `crmroi simulate`: a vectorised Monte Carlo model of a driver scenario with ranged
inputs (the subset of the scenario format that bench/autoparts-ranges-60-months.json uses:
one-time and monthly recurring costs, time savings in minutes a day, a percent order uplift on
orders x average order x margin, other monthly benefits, adoption delay and ramp, an annual
discount rate; no risk). It computes the same figures as crmroi except IRR: total cost and
benefit, net, ROI, PV ROI, NPV and payback, with mean, standard deviation, standard error, min,
max and the percentiles p5, p10, p50, p90, p95 by NumPy's default ("linear") method, which is
spreadsheet PERCENTILE.INC; payback never reached ranks beyond the horizon (NaN percentile).

Draws come from NumPy's own generator (PCG64), so the figures agree with crmroi's statistically,
not bit for bit. Trials run in chunks so that memory stays bounded (chunk x months doubles).

usage: simulate_peer.py SCENARIO.json [--trials N] [--seed S] [--chunk C]
"""
import argparse
import json
import math
import sys

import numpy as np

PERCENTILES = (5, 10, 50, 90, 95)
FIGURES = ("total_cost", "total_benefit", "net", "roi_percent", "pv_roi_percent", "npv",
           "payback_months")
INTEGER_KEYS = {"implementation_months", "ramp_months", "month", "start_month", "end_month",
                "users", "horizon_months"}


def is_range(value):
    return isinstance(value, dict) and "low" in value and "high" in value


def draw(rng, spec, count, integer):
    """Draws of one ranged input: pert (Beta with lambda 4), triangular or uniform."""
    low, high = float(spec["low"]), float(spec["high"])
    kind = spec.get("distribution", "pert")
    likely = float(spec.get("likely", (low + high) / 2))
    if kind == "pert":
        alpha = 1 + 4 * (likely - low) / (high - low)
        beta = 1 + 4 * (high - likely) / (high - low)
        values = low + (high - low) * rng.beta(alpha, beta, count)
    elif kind == "triangular":
        values = rng.triangular(low, likely, high, count)
    elif kind == "uniform":
        values = rng.uniform(low, high, count)
    else:
        raise SystemExit(f"simulate_peer: unknown distribution {kind!r}")
    return np.floor(values + 0.5) if integer else values


def value_of(rng, value, count, key):
    """A number as a constant, a range as one draw per trial."""
    if is_range(value):
        return draw(rng, value, count, key in INTEGER_KEYS)
    return np.float64(value)


def simulate_chunk(scenario, rng, count):
    """The figures of `count` trials as arrays, one element per trial."""
    horizon = scenario["horizon_months"]
    months = np.arange(horizon + 1, dtype=np.float64)

    def get(block, key, default=None):
        if key not in block and default is None:
            raise SystemExit(f"simulate_peer: {key} is missing")
        return value_of(rng, block.get(key, default), count, key)

    costs = scenario.get("costs", {})
    benefits = scenario.get("benefits", {})
    business = scenario.get("business", {})
    adoption = scenario.get("adoption", {})

    # Costs: one-time lines in their month, recurring lines every month of their window.
    month_zero_cost = np.zeros(count)
    for line in costs.get("one_time", []):
        if line.get("month", 0) != 0:
            raise SystemExit("simulate_peer: one-time costs after month 0 are not modelled")
        month_zero_cost = month_zero_cost + get(line, "amount")
    monthly_cost = np.zeros(count)
    for line in costs.get("recurring", []):
        if set(line) - {"name", "monthly"}:
            raise SystemExit("simulate_peer: only {name, monthly} recurring lines are modelled")
        monthly_cost = monthly_cost + get(line, "monthly")

    # Benefits at full adoption, a month.
    full_benefit = np.zeros(count)
    for line in benefits.get("time_savings", []):
        hours = get(line, "minutes_per_day") / 60 * get(line, "days_per_month", 21)
        full_benefit = full_benefit + (get(line, "people", 1) * hours * get(line, "hourly_cost")
                                       * get(line, "realization_percent", 100) / 100)
    if "order_uplift" in benefits:
        profit = get(business, "average_order_value") * get(business, "gross_margin_percent") / 100
        extra_orders = get(benefits["order_uplift"], "percent") / 100 * get(business,
                                                                            "orders_per_month")
        full_benefit = full_benefit + extra_orders * profit
    for line in benefits.get("monthly", []):
        full_benefit = full_benefit + get(line, "amount")

    # Adoption factor of month m: 0 until implementation, then min(1, months live / ramp).
    implementation = np.broadcast_to(get(adoption, "implementation_months", 0), (count,))
    ramp = np.broadcast_to(get(adoption, "ramp_months", 0), (count,))
    live = months[None, :] - implementation[:, None]
    factor = np.where(ramp[:, None] > 0, np.clip(live / np.maximum(ramp, 1)[:, None], 0, 1),
                      (live > 0).astype(np.float64))
    factor[:, 0] = 0

    cost = np.broadcast_to(monthly_cost[:, None], (count, horizon + 1)).copy()
    cost[:, 0] = month_zero_cost
    benefit = full_benefit[:, None] * factor
    net = benefit - cost

    rate = (1 + scenario.get("discount_rate_percent", 0) / 100) ** (1 / 12) - 1
    discount = (1 + rate) ** -months
    total_cost = cost.sum(axis=1)
    total_benefit = benefit.sum(axis=1)
    pv_cost = cost @ discount
    pv_benefit = benefit @ discount

    # Payback: the last time the cumulative net turns from negative to >= 0, interpolated.
    cumulative = np.cumsum(net, axis=1)
    negative = cumulative < 0
    last_negative = horizon - np.argmax(negative[:, ::-1], axis=1)
    any_negative = negative.any(axis=1)
    paid_back = cumulative[:, -1] >= 0
    rows = np.arange(count)
    after = np.minimum(last_negative + 1, horizon)
    payback = np.where(
        any_negative,
        last_negative - cumulative[rows, last_negative] / np.where(paid_back, net[rows, after], 1),
        0.0)
    payback = np.where(paid_back, payback, np.nan)

    with np.errstate(divide="ignore", invalid="ignore"):
        return {
            "total_cost": total_cost,
            "total_benefit": total_benefit,
            "net": total_benefit - total_cost,
            "roi_percent": np.where(total_cost > 0, (total_benefit - total_cost) / total_cost * 100,
                                    np.nan),
            "pv_roi_percent": np.where(pv_cost > 0, (pv_benefit - pv_cost) / pv_cost * 100, np.nan),
            "npv": pv_benefit - pv_cost,
            "payback_months": payback,
        }


def summarize(values, beyond_horizon):
    defined = values[~np.isnan(values)]
    summary = {"defined": int(defined.size)}
    if defined.size:
        summary.update(mean=float(defined.mean()), min=float(defined.min()),
                       max=float(defined.max()))
    if defined.size > 1:
        std_dev = float(defined.std(ddof=1))
        summary.update(std_dev=std_dev, standard_error=std_dev / math.sqrt(defined.size))
    ranked = np.where(np.isnan(values), np.inf, values) if beyond_horizon else defined
    if ranked.size:
        for level, value in zip(PERCENTILES, np.percentile(ranked, PERCENTILES)):
            summary[f"p{level}"] = float(value) if np.isfinite(value) else None
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario")
    parser.add_argument("--trials", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chunk", type=int, default=16384)
    arguments = parser.parse_args()
    with open(arguments.scenario, encoding="utf-8") as file:
        scenario = json.load(file)

    rng = np.random.default_rng(arguments.seed)
    # 8 bytes per figure and trial, as crmroi keeps them.
    figures = {name: np.empty(arguments.trials) for name in FIGURES}
    for first in range(0, arguments.trials, arguments.chunk):
        count = min(arguments.chunk, arguments.trials - first)
        for name, values in simulate_chunk(scenario, rng, count).items():
            figures[name][first:first + count] = values

    npv = figures["npv"]
    record = {
        "scenario": scenario["name"],
        "trials": arguments.trials,
        "seed": arguments.seed,
        "metrics": {name: summarize(values, name == "payback_months")
                    for name, values in figures.items()},
        "probabilities": {
            "npv_negative": float(np.mean(npv < 0)),
            "roi_negative": float(np.mean(figures["roi_percent"] < 0)),
            "not_paid_back": float(np.mean(np.isnan(figures["payback_months"]))),
        },
    }
    json.dump(record, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
