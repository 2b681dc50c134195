"""Reads a JMH JSON result of TrainingBenchmark and prints the three ratios per network that the README quotes."""
import json
import sys

results = json.load(open(sys.argv[1]))
score = {}
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    score[(r["params"]["network"], name)] = r["primaryMetric"]["score"]
for net in sorted({n for n, _ in score}):
    lib, smile = score[(net, "trainLibrary")], score[(net, "trainSmile")]
    fused, rec = score[(net, "trainFused")], score[(net, "trainLibraryRecorded")]
    print(f"{net:>10}: library/Smile {lib / smile:5.2f}x (target >= 3)   library/fused {lib / fused:5.2f}x (target >= 0.7)"
          f"   recording overhead {100 * (lib / rec - 1):5.1f}% (target <= 30%)   [epochs/s: library {lib:.1f}, Smile {smile:.1f},"
          f" fused {fused:.1f}, recorded {rec:.1f}]")
