"""Reads a JMH JSON result and prints the ratios that the README quotes: per network of TrainingBenchmark, and the
cost of one tanh call from TanhBenchmark (whichever of the two the run contains). Exits 1 when a target is missed."""
import json
import sys

results = json.load(open(sys.argv[1]))
score, tanh = {}, {}
for r in results:
    cls, name = r["benchmark"].rsplit(".", 2)[-2:]
    if cls == "TrainingBenchmark":
        score[(r["params"]["network"], name)] = r["primaryMetric"]["score"]
    elif cls == "TanhBenchmark":
        tanh[name] = r["primaryMetric"]["score"] / 4096  # ns per operation -> ns per call
missed = []
for net in sorted({n for n, _ in score}):
    lib, smile = score[(net, "trainLibrary")], score[(net, "trainSmile")]
    fused, rec = score[(net, "trainFused")], score[(net, "trainLibraryRecorded")]
    overhead = 100 * (lib / rec - 1)
    missed += [f"{net} {what}" for what, ok in
               (("library/Smile", lib / smile >= 3), ("library/fused", lib / fused >= 0.7), ("recording", overhead <= 30)) if not ok]
    print(f"{net:>10}: library/Smile {lib / smile:5.2f}x (target >= 3)   library/fused {lib / fused:5.2f}x (target >= 0.7)"
          f"   recording overhead {overhead:5.1f}% (target <= 30%)   [epochs/s: library {lib:.1f}, Smile {smile:.1f},"
          f" fused {fused:.1f}, recorded {rec:.1f}]")
if tanh:
    print(f"      tanh: Activation.tanh {tanh['libraryTanh']:.2f} ns a call, Math.tanh {tanh['mathTanh']:.2f} ns"
          f" ({tanh['mathTanh'] / tanh['libraryTanh']:.1f}x)")
if score:
    print("targets missed: " + ", ".join(missed) if missed else "all targets met")
sys.exit(1 if missed else 0)
