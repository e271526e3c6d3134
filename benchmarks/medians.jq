# Medians of the measured iterations of a JMH JSON result (-rf json), one row per benchmark:
#   jq -r -f benchmarks/medians.jq jmh.json
# ops/s, items/s (words or entries), items per CPU-second of the benchmark thread, bytes allocated per op.
def median: sort | .[length / 2 | floor];
def series(m): (m.rawData // [[]]) | flatten;
(["benchmark", "ops/s", "items/s", "items/CPU-s", "B/op"] | @tsv),
(.[] | (.secondaryMetrics.words // .secondaryMetrics.entries) as $items
     | .secondaryMetrics.cpuMicros as $cpu
     | [ (.benchmark | split(".") | .[-2:] | join(".")),
         (series(.primaryMetric) | median | . * 100 | round / 100),
         (series($items) | median | round),
         ([series($items), series($cpu)] | transpose | map(.[0] / .[1] * 1e6) | median | round),
         (series(.secondaryMetrics["gc.alloc.rate.norm"]) | median | round) ]
     | @tsv)
