# Reference peer for the benchmarks: ROI, NPV and payback of driver scenarios, in jq.
#
#   jq -c -f bench/peer.jq scenarios.jsonl      one line per scenario:
#   {"name":...,"roi_percent":...,"npv":...,"payback_months":...}   (null when undefined)
#
# Same model and subset as bench/peer.py (see its docstring): months 0..H, one-time costs in their
# month, recurring costs from start_month (1) to end_month (H), benefits in months 1..H scaled by
# the adoption factor (0 for the first implementation_months, then min(1, k / ramp_months)), NPV at
# (1 + annual)^(1/12) - 1 with month 0 undiscounted, payback interpolated inside the month in which
# the cumulative net flow last turns from negative to >= 0. No risk adjustment.

def hours_saved_per_month:
  if has("minutes_per_day") then .minutes_per_day / 60 * (.days_per_month // 21)
  elif has("hours_per_day") then .hours_per_day * (.days_per_month // 21)
  elif has("hours_per_week") then .hours_per_week * 52 / 12
  else .hours_per_month
  end;

def adoption_factor($month; $implementation; $ramp):
  if $month <= $implementation then 0
  elif $ramp <= 0 then 1
  else [1, ($month - $implementation) / $ramp] | min
  end;

# Input: the net flows of months 0..H.
def payback_months:
  . as $net
  | [foreach $net[] as $flow (0; . + $flow)] as $cumulative
  | if all($cumulative[]; . >= 0) then 0
    elif $cumulative[-1] < 0 then null
    else [range(1; $net | length) | select($cumulative[. - 1] < 0 and $cumulative[.] >= 0)]
         | last
         | (. - 1) + (-$cumulative[. - 1]) / $net[.]
    end;

def evaluate:
  . as $scenario
  | .horizon_months as $horizon
  | (.business // {}) as $business
  | ($business.orders_per_month // 0) as $baseline_orders
  | (if $business | has("profit_per_order") then $business.profit_per_order
     elif $business | has("average_order_value")
     then $business.average_order_value * $business.gross_margin_percent / 100
     else 0 end) as $profit_per_order
  | (.benefits // {}) as $benefits
  | ([$benefits.time_savings[]?
      | (.people // 1) * hours_saved_per_month * .hourly_cost * (.realization_percent // 100) / 100]
     | add // 0) as $time_value
  | ($benefits.order_uplift as $uplift
     | if $uplift == null then 0
       elif $uplift | has("percent") then $baseline_orders * $uplift.percent / 100
       else $uplift.orders_per_month end) as $extra_orders
  | ([$benefits.monthly[]?.amount] | add // 0) as $other_value
  | ($time_value + $extra_orders * $profit_per_order + $other_value) as $full_benefit
  | (.adoption.implementation_months // 0) as $implementation
  | (.adoption.ramp_months // 0) as $ramp
  | [range(0; $horizon + 1) as $month
     | adoption_factor($month; $implementation; $ramp) as $factor
     | (([$scenario.costs.one_time[]? | select((.month // 0) == $month) | .amount] | add // 0)
        + ([$scenario.costs.recurring[]?
            | select($month >= (.start_month // 1) and $month <= (.end_month // $horizon))
            | if has("monthly") then .monthly
              elif has("per_user") then .per_user * .users
              else .per_order * ($baseline_orders + $factor * $extra_orders) end]
           | add // 0)) as $cost
     | (if $month == 0 then 0 else $full_benefit * $factor end) as $benefit
     | {cost: $cost, benefit: $benefit}] as $months
  | ([$months[].cost] | add) as $total_cost
  | ([$months[].benefit] | add) as $total_benefit
  | [$months[] | .benefit - .cost] as $net
  | (pow(1 + (.discount_rate_percent // 0) / 100; 1 / 12) - 1) as $monthly_rate
  | {
      name: .name,
      roi_percent: (if $total_cost == 0 then null
                    else ($total_benefit - $total_cost) / $total_cost * 100 end),
      npv: ([range(0; $net | length) as $month | $net[$month] / pow(1 + $monthly_rate; $month)]
            | add),
      payback_months: ($net | payback_months)
    };

evaluate
