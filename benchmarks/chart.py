"""Draw ``results.png`` from ``results.json``: ``python chart.py results.json results.png``.

Runs in ``.venv-bench`` (matplotlib only; never in the dev or peers environments). Bars are medians, whiskers
span min–max.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

COLORS = {
    "dbrest": "#1f77b4",
    "sdk": "#ff7f0e",
    "sdk162": "#d62728",
    "cli": "#2ca02c",
    "raw": "#9467bd",
    "mock": "#7f7f7f",
    "before": "#c7c7c7",
}
LABELS = {
    "dbrest": "dbrest",
    "sdk": "databricks-sdk 0.29",
    "sdk162": "databricks-sdk 0.162",
    "cli": "databricks-cli 0.18",
    "raw": "http.client loop",
    "mock": "dbrest_mock",
    "before": "dbrest_mock before",
}


def bars(ax: Any, groups: list[str], series: dict[str, list[dict[str, Any] | None]], fmt: str = "{:.0f}") -> None:
    """Grouped bars: one group per label, one bar per client; whiskers min–max; medians written on top."""
    n = len(series)
    width = 0.8 / n
    for k, (client, stats) in enumerate(series.items()):
        xs, ys, lo, hi = [], [], [], []
        for g, s in enumerate(stats):
            if s is None:
                continue
            xs.append(g + (k - (n - 1) / 2) * width)
            ys.append(s["median"])
            lo.append(s["median"] - s["min"])
            hi.append(s["max"] - s["median"])
        ax.bar(xs, ys, width, yerr=[lo, hi], capsize=3, color=COLORS[client], label=LABELS[client])
        for x, y, top in zip(xs, ys, hi, strict=True):
            ax.annotate(
                fmt.format(y),
                (x, y + top),
                ha="center",
                va="bottom",
                fontsize=7,
                xytext=(0, 2),
                textcoords="offset points",
            )
    ax.set_xticks(range(len(groups)), groups, fontsize=8)
    ax.grid(axis="y", alpha=0.3)


def main() -> None:
    with open(sys.argv[1]) as f:
        res = json.load(f)
    out = sys.argv[2]
    fig, axes = plt.subplots(2, 3, figsize=(16, 9.5))
    m = res["machine"]
    fig.suptitle(
        f"dbrest vs databricks-sdk 0.29.0 / 0.162.0 / databricks-cli 0.18.0 on dbrest_mock — {m['date']}\n{m['cpu']}, "
        f"{m['memory']} RAM, Python {m['python']}",
        fontsize=11,
    )

    t = res.get("transfers")
    if t:
        keys = [(d, lat) for d in ("upload", "download") for lat in t["latencies_ms"]]
        groups = [f"{d}\n+{lat:g} ms/req" for d, lat in keys]
        clients = tuple(k for k in ("dbrest", "sdk", "sdk162", "cli") if k in t[f"{keys[0][0]}@{keys[0][1]:g}"])
        ax = axes[0][0]
        bars(ax, groups, {c: [t[f"{d}@{lat:g}"][c]["mb_per_s"] for d, lat in keys] for c in clients})
        ax.set_title(f"DBFS {t['size_bytes'] / 2**20:g} MiB throughput (MB/s, higher is better)", fontsize=10)
        ax.legend(fontsize=8)
        ax = axes[0][1]
        bars(ax, groups, {c: [t[f"{d}@{lat:g}"][c]["peak_rss_mib"] for d, lat in keys] for c in clients})
        ax.axhline(64, color="red", linestyle="--", linewidth=1)
        ax.annotate("64 MiB target", (len(groups) - 0.5, 64), color="red", fontsize=7, ha="right", va="bottom")
        ax.set_title("Peak RSS of the client process (MiB, lower is better)", fontsize=10)

    i = res.get("import")
    if i:
        ax = axes[0][2]
        bars(
            ax,
            ["import + client", "whole process"],
            {c: [i[c]["total_ms"], i[c].get("process_ms")] for c in ("dbrest", "sdk", "sdk162") if c in i},
        )
        ax.set_title("Import + building a client (ms, lower is better)", fontsize=10)
        ax.legend(fontsize=8)

    c = res.get("calls")
    if c:
        ax = axes[1][0]
        bars(
            ax,
            ["client CPU / call", "wall / call"],
            {k: [c[k]["cpu_us"], c[k]["wall_us"]] for k in ("dbrest", "sdk", "sdk162", "cli", "raw") if k in c},
        )
        ax.set_title(f"{c['calls']:,} sequential clusters/get (µs per call, lower is better)", fontsize=10)
        ax.legend(fontsize=8)

    w = res.get("waiters")
    if w:
        ax = axes[1][1]
        waiters = [k for k in ("dbrest", "sdk", "sdk162") if k in w]
        bars(ax, ["RUNNING → waiter returns"], {k: [w[k]["latency_s"]] for k in waiters}, "{:.2f}")
        width = 0.8 / len(waiters)
        for k, client in enumerate(waiters):
            pts = w[client]["latency_s"]["samples"]
            ax.scatter([(k - (len(waiters) - 1) / 2) * width] * len(pts), pts, color="black", s=8, zorder=3)
        ax.set_title("Waiter latency (s, lower is better; dots: runs)", fontsize=10)
        ax.legend(fontsize=8)

    mk = res.get("mock")
    if mk:
        ax = axes[1][2]
        names = {"clusters-get": "clusters/get", "add-block": "add-block\n1 MiB", "read": "dbfs/read\n1 MiB"}
        keys2 = [k for k in (f"{e}@{c}" for e in names for c in (1, 16)) if k in mk]
        groups2 = [f"{names[k.split('@')[0]]}\nc={k.split('@')[1]}" for k in keys2]
        series = {"mock": [mk[k]["rps"] for k in keys2]}
        if "baseline" in mk:
            series["before"] = [mk["baseline"].get(k, {}).get("rps") for k in keys2]
        bars(ax, groups2, series)
        ax.legend(fontsize=8)
        ax.set_yscale("log")
        ax.set_title("dbrest_mock throughput (requests/s, higher is better)", fontsize=10)

    for row in axes:
        for ax in row:
            if not ax.has_data():
                ax.set_axis_off()
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    sc = res.get("scale")
    if sc:
        scale_chart(sc, out.rsplit("/", 1)[0] + "/scale.png" if "/" in out else "scale.png")


def scale_chart(sc: dict[str, Any], out: str) -> None:
    """Latency of a get and of one list page, and memory, against the number of objects of each kind."""
    levels = [lv for lv in sc["levels"] if lv["n"]]
    ns = [lv["n"] for lv in levels]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(13, 4.8))
    empty = sc["levels"][0]
    for op in sc["get_ops"]:
        line = ax1.plot(ns, [lv["get_us"][op] for lv in levels], marker="o", label=op)
        ax1.axhline(empty["get_us"][op], color=line[0].get_color(), linestyle=":", linewidth=0.8)
    for op in sc["list_ops"]:
        ax1.plot(ns, [lv["list_us"][op] for lv in levels], marker="s", linestyle="--", label=f"{op} (one page)")
    ax1.set_xscale("log")
    ax1.set_yscale("log")
    ax1.set_xlabel("objects of each kind in the mock")
    ax1.set_ylabel("µs of mock CPU per call (median)")
    ax1.set_title("Latency against state size (dotted: empty mock)", fontsize=10)
    ax1.grid(alpha=0.3)
    ax1.legend(fontsize=7)
    ax2.plot(ns, [lv["memory_mib"] for lv in levels], marker="o", color="#1f77b4")
    for n, lv in zip(ns, levels, strict=True):
        ax2.annotate(
            f"{lv['bytes_per_object']:.0f} B/object",
            (n, lv["memory_mib"]),
            fontsize=7,
            xytext=(4, -10),
            textcoords="offset points",
        )
    ax2.set_xscale("log")
    ax2.set_yscale("log")
    ax2.set_xlabel("objects of each kind in the mock (4 kinds)")
    ax2.set_ylabel("resident memory growth (MiB)")
    ax2.set_title("Memory against state size", fontsize=10)
    ax2.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(out, dpi=110)


if __name__ == "__main__":
    main()
