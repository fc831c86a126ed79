"""results.md from the results of one ``make bench`` run (``run.py``): the targets of issue 18 with their measured
ratios (met or not), then one table per section. Only what was measured is reported; a section that was not run
(``BENCH_ONLY``) is left out, and so are its targets."""

from __future__ import annotations

from typing import Any

MiB = 1024 * 1024
LABEL = {
    "dbrest": "dbrest",
    "sdk": "databricks-sdk 0.29",
    "sdk162": "databricks-sdk 0.162",
    "cli": "databricks-cli 0.18",
    "raw": "http.client loop",
}
SDKS = ("sdk", "sdk162")
RSS_TARGET_MIB = 64

Target = tuple[str, bool, str]

#: The sections a results.json may hold (``calls`` is the ``percall`` section), in the order they are reported.
RESULT_SECTIONS = (
    "import",
    "calls",
    "waiters",
    "transfers",
    "smallfiles",
    "smallfiles_latency",
    "resilience",
    "mock",
    "scale",
)


def med(d: dict[str, Any]) -> float:
    return float(d["median"])


def cell(s: dict[str, Any] | None, digits: int = 1) -> str:
    if s is None:
        return "–"
    if s["n"] == 1:
        return f"{s['median']:.{digits}f}"
    return f"{s['median']:.{digits}f} ({s['min']:.{digits}f}–{s['max']:.{digits}f})"


def ratio(ours: dict[str, Any] | None, peer: dict[str, Any] | None) -> str:
    if ours is None or peer is None or not med(peer):
        return "–"
    return f"{med(ours) / med(peer):.2f}×"


def _at_most(name: str, ours: float, peer: float, limit: float, unit: str, fmt: str = "{:.0f}") -> Target:
    r = ours / peer if peer else float("inf")
    return (name, r <= limit, f"{fmt.format(ours)} vs {fmt.format(peer)} {unit} = {r:.2f}× (target ≤ {limit:g}×)")


def _at_least(name: str, ours: float, peer: float, limit: float, unit: str, fmt: str = "{:.1f}") -> Target:
    r = ours / peer if peer else float("inf")
    return (name, r >= limit, f"{fmt.format(ours)} vs {fmt.format(peer)} {unit} = {r:.2f}× (target ≥ {limit:g}×)")


def targets(res: dict[str, Any]) -> list[Target]:
    out: list[Target] = []
    c = res.get("calls")
    if c:
        ours = med(c["dbrest"]["cpu_us"])
        for sdk in SDKS:
            out.append(
                _at_most(f"1. per-call client CPU vs {LABEL[sdk]}", ours, med(c[sdk]["cpu_us"]), 0.4, "µs per call")
            )
    i = res.get("import")
    if i:
        # CPU time: on a machine shared with other work, wall time of an import mostly measures the others.
        for key, what in (("cpu_ms", "CPU, start-up excluded"), ("process_cpu_ms", "CPU, start-up included")):
            out.append(
                _at_most(
                    f"2. import + client vs {LABEL['sdk162']} ({what})",
                    med(i["dbrest"][key]),
                    med(i["sdk162"][key]),
                    0.1,
                    "ms",
                    "{:.1f}",
                )
            )
    t = res.get("transfers")
    if t:
        for sdk in SDKS:
            for latency in t["latencies_ms"]:
                row = t[f"download@{latency:g}"]
                size_mb = t["size_bytes"] / 1e6
                out.append(
                    _at_most(
                        f"3. download {latency:g} ms: client CPU per MB vs {LABEL[sdk]}",
                        med(row["dbrest"]["cpu_s"]) / size_mb * 1000,
                        med(row[sdk]["cpu_s"]) / size_mb * 1000,
                        0.25,
                        "ms CPU/MB",
                        "{:.2f}",
                    )
                )
                out.append(
                    _at_least(
                        f"3. download {latency:g} ms: throughput vs {LABEL[sdk]}",
                        med(row["dbrest"]["mb_per_s"]),
                        med(row[sdk]["mb_per_s"]),
                        3.0 if latency == 0 else 6.0,
                        "MB/s",
                    )
                )
                up = t[f"upload@{latency:g}"]
                out.append(
                    _at_least(
                        f"3. upload {latency:g} ms keeps its lead: throughput vs {LABEL[sdk]}",
                        med(up["dbrest"]["mb_per_s"]),
                        med(up[sdk]["mb_per_s"]),
                        3.0,
                        "MB/s",
                    )
                )
        for direction in ("upload", "download"):
            worst = max(t[f"{direction}@{lat:g}"]["dbrest"]["peak_rss_mib"]["max"] for lat in t["latencies_ms"])
            out.append(
                (
                    f"3. {direction} of {t['size_bytes'] / MiB:g} MiB: dbrest peak RSS under {RSS_TARGET_MIB} MiB",
                    worst < RSS_TARGET_MIB,
                    f"worst of all runs {worst:.1f} MiB",
                )
            )
    mk = res.get("mock")
    if mk and "baseline" in mk:
        for endpoint in ("read", "add-block"):
            for conc in (1, 16):
                key = f"{endpoint}@{conc}"
                out.append(
                    _at_least(
                        f"3. mock {endpoint} (1 MiB) c={conc}: requests/s vs the mock before (commit "
                        f"{mk['baseline']['rev']})",
                        med(mk[key]["rps"]),
                        med(mk["baseline"][key]["rps"]),
                        2.0,
                        "req/s",
                    )
                )
                out.append(
                    _at_most(
                        f"3. mock {endpoint} (1 MiB) c={conc}: mock CPU per request vs before (capacity ×2 ⇔ ≤ 0.5×)",
                        med(mk[key]["server_cpu_ms"]),
                        med(mk["baseline"][key]["server_cpu_ms"]),
                        0.5,
                        "ms",
                        "{:.2f}",
                    )
                )
    for sf in (res.get("smallfiles"), res.get("smallfiles_latency")):
        if not sf:
            continue
        at = f" at {sf.get('latency_ms', 0):g} ms"
        for direction in ("up", "down"):
            row = sf[direction]
            for peer in ("cli", "sdk162"):
                out.append(
                    _at_least(
                        f"4. cp -r {direction} of {sf['files']} small files{at} vs {LABEL[peer]}",
                        med(row["dbrest"]["files_per_s"]),
                        med(row[peer]["files_per_s"]),
                        5.0,
                        "files/s",
                    )
                )
    sc = res.get("scale")
    if sc:
        out.extend(scale_targets(sc))
    w = res.get("waiters")
    if w:
        for sdk in SDKS:
            out.append(
                _at_most(
                    f"6. waiter: RUNNING → return vs {LABEL[sdk]}",
                    med(w["dbrest"]["latency_s"]),
                    med(w[sdk]["latency_s"]),
                    1.0,
                    "s",
                    "{:.2f}",
                )
            )
            out.append(
                _at_most(
                    f"6. waiter: polls vs {LABEL[sdk]}",
                    med(w["dbrest"]["polls"]),
                    med(w[sdk]["polls"]),
                    1.5,
                    "polls",
                    "{:.1f}",
                )
            )
    r = res.get("resilience")
    if r:
        worst = max(s["peak_rss_mib"] for s in r["steps"].values())
        faults = sum(s["faults"] for s in r["steps"].values())
        out.append(
            (
                f"{r['size_bytes'] / MiB:g} MiB round trip through {faults} injected 503s, 429s and dropped "
                f"connections: byte-identical, peak RSS under {RSS_TARGET_MIB} MiB",
                worst < RSS_TARGET_MIB and all(s.get("identical", True) for s in r["steps"].values()),
                f"both downloads identical (SHA-256), worst peak RSS {worst:.1f} MiB",
            )
        )
    return out


def scale_targets(sc: dict[str, Any]) -> list[Target]:
    out: list[Target] = []
    empty = sc["levels"][0]
    biggest = sc["levels"][-1]
    for op in sc["get_ops"]:
        base = empty["get_us"][op]
        worst = max(level["get_us"][op] for level in sc["levels"])
        out.append(
            _at_most(
                f"5. mock `{op}` with {biggest['n']:,} of each object vs an empty mock (worst level)",
                worst,
                base,
                1.5,
                "µs",
            )
        )
    for op in sc["list_ops"]:
        # A page of the same size costs the same whatever the state size: the largest state vs the smallest.
        small, large = sc["levels"][1]["list_us"][op], biggest["list_us"][op]
        out.append(
            _at_most(
                f"5. mock `{op}` (one page) at {biggest['n']:,} vs {sc['levels'][1]['n']:,} objects",
                large,
                small,
                1.5,
                "µs",
            )
        )
    return out


# --- the report ---------------------------------------------------------------------------------------------


def header(res: dict[str, Any], chart_name: str | None) -> list[str]:
    m = res["machine"]
    p = res["params"]
    lines = [
        "# dbrest benchmarks",
        "",
        f"Generated by `make bench` (`benchmarks/run.py`) on {m['date']}. How each number is measured: "
        "[README.md](README.md). Sections run: " + ", ".join(res.get("sections", [])) + ".",
        "",
        f"- Machine: {m['cpu']}, {m['memory']} RAM; {m['os']}; Python {m['python']}",
        f"- dbrest side: {m['dbrest']}",
        f"- Peers: `.venv-peers` {m['peers']}; `.venv-sdk` {m.get('sdk162', '–')}",
        f"- Mock: `python -m dbrest_mock` in its own process on 127.0.0.1 (manual clock, realistic durations), "
        f"on the same machine as the clients; a trivial request on a kept-alive connection takes "
        f"{res['mock_rtt_ms']:.1f} ms (median)",
        f"- Load average (1 min) before / after: {m['load_before']} / {m['load_after']}. The 2 cores are shared "
        "with other work (other builds ran at the same time): wall-clock figures carry that noise; ratios of CPU "
        "time are steadier and are preferred where the target allows.",
        f"- Method: each cell is the median (min–max) of {p['reps']} run(s) ({p['import_reps']} for import, "
        f"{p['wait_reps']} for waiters), each in a fresh interpreter, the clients alternating within a repetition "
        "(the order rotates). Ratios are dbrest's median over the peer's median.",
    ]
    for key in RESULT_SECTIONS:
        other = (res.get(key) or {}).get("run")
        if other:  # merged from a `BENCH_ONLY` run of its own (run.py --render-only --merge)
            lines.append(
                f"- Section `{'percall' if key == 'calls' else key}` comes from its own `BENCH_ONLY` run of "
                f"{other['date']} ({other['dbrest']}), load average before / after {other['load_before']} / "
                f"{other['load_after']}."
            )
    lines += [
        "",
    ]
    if res["mock_rtt_ms"] > 10:
        lines += [
            f"> **Warning:** a trivial request on a kept-alive connection took {res['mock_rtt_ms']:.0f} ms: "
            "responses are being held back, so every per-request number below measures that delay.",
            "",
        ]
    if chart_name:
        lines += [f"![benchmark chart]({chart_name})", ""]
    lines += ["## Targets (issue 18)", ""]
    for name, ok, detail in res["targets"]:
        lines.append(f"- {'✅ met' if ok else '❌ not met'}: {name} — {detail}")
    lines.append("")
    notes = res.get("notes")
    if notes:
        lines += ["### Why (where a target is missed, and where the time goes)", "", notes.strip(), ""]
    return lines


def section_calls(c: dict[str, Any]) -> list[str]:
    clients = [k for k in ("dbrest", "sdk", "sdk162", "cli", "raw") if k in c]
    lines = [
        "## 1. Per-call cost",
        "",
        f"{c['calls']:,} sequential `clusters/get` calls on one warm connection (after 20 warm-up calls). Client "
        "CPU is the client process's CPU time per call (the mock runs in another process); wall includes the "
        "mock's handling. databricks-cli's column is its library, `ClusterService.get_cluster`; the http.client "
        "loop (`http.client` + `json.loads`, nothing else) is the floor any Python client pays.",
        "",
        "| metric | " + " | ".join(LABEL[k] for k in clients) + " | dbrest/sdk 0.29 | dbrest/sdk 0.162 |",
        "|---|" + "---|" * (len(clients) + 2),
    ]
    for key, label in (("cpu_us", "client CPU per call (µs)"), ("wall_us", "wall time per call (µs)")):
        cells = " | ".join(cell(c[k][key], 0) for k in clients)
        lines.append(
            f"| {label} | {cells} | {ratio(c['dbrest'][key], c['sdk'][key])} "
            f"| {ratio(c['dbrest'][key], c.get('sdk162', {}).get(key))} |"
        )
    profile = c.get("profile")
    if profile:
        lines += ["", "Where dbrest's client CPU per call goes (cProfile of the same loop, share of the total):", ""]
        lines += ["| part | share |", "|---|---|"]
        lines += [f"| {name} | {share:.0%} |" for name, share in profile]
    lines.append("")
    return lines


def section_import(i: dict[str, Any]) -> list[str]:
    clients = [k for k in ("dbrest", "sdk", "sdk162") if k in i]
    lines = [
        "## 2. Import",
        "",
        "`import dbrest` + `dbrest.Workspace(host=..., token=...)` versus `import databricks.sdk` + "
        "`WorkspaceClient(host=..., token=...)`. Start-up excluded: timed inside a fresh interpreter. Start-up "
        'included: the whole process, `python -c "import ...; client(...)"` from exec to exit (interpreter start-up '
        "is the same ~20 ms for all).",
        "",
        "| metric | " + " | ".join(LABEL[k] for k in clients) + " | dbrest/sdk 0.29 | dbrest/sdk 0.162 |",
        "|---|" + "---|" * (len(clients) + 2),
    ]
    for key, label, digits in (
        ("total_ms", "import + client, start-up excluded (ms)", 1),
        ("process_ms", "import + client, start-up included: whole process (ms)", 1),
        ("cpu_ms", "CPU, start-up excluded (ms)", 1),
        ("process_cpu_ms", "CPU, whole process (ms)", 1),
        ("import_ms", "import only (ms)", 1),
        ("construct_ms", "client construction (ms)", 2),
        ("rss_mib", "RSS afterwards (MiB)", 1),
        ("modules", "modules in sys.modules", 0),
    ):
        if key not in i["dbrest"]:
            continue
        cells = " | ".join(cell(i[k][key], digits) for k in clients)
        lines.append(
            f"| {label} | {cells} | {ratio(i['dbrest'][key], i['sdk'][key])} "
            f"| {ratio(i['dbrest'][key], i.get('sdk162', {}).get(key))} |"
        )
    lines.append("")
    return lines


def section_transfers(t: dict[str, Any]) -> list[str]:
    clients = [k for k in ("dbrest", "sdk", "sdk162", "cli") if k in t["upload@0"]]
    peers = [k for k in clients if k != "dbrest"]
    lines = [
        f"## 3. DBFS transfers of a {t['size_bytes'] / MiB:g} MiB file",
        "",
        "dbrest `ws.dbfs.upload` / `ws.dbfs.download` (concurrent reads, the default), databricks-sdk "
        "`w.dbfs.upload` / `w.dbfs.download` (copied to a file in 1 MiB reads), databricks-cli `databricks fs cp`. "
        "Latency: added by the mock to every `/api/` request. MB = 10^6 bytes. Peak RSS is the whole client "
        "process; client CPU is that process's user + system time during the transfer. Every download is checked "
        "by SHA-256, every upload by its size on the mock.",
        "",
        "| transfer | latency | metric | "
        + " | ".join(LABEL[k] for k in clients)
        + " | "
        + " | ".join(
            f"dbrest/{LABEL[k].split(' ')[0].replace('databricks-', '')} {LABEL[k].split(' ')[1]}" for k in peers
        )
        + " |",
        "|---|---|---|" + "---|" * (len(clients) + len(peers)),
    ]
    for direction in ("upload", "download"):
        for latency in t["latencies_ms"]:
            row = t[f"{direction}@{latency:g}"]
            for key, label, digits in (
                ("mb_per_s", "MB/s", 1),
                ("seconds", "wall time (s)", 2),
                ("peak_rss_mib", "peak RSS (MiB)", 1),
                ("cpu_s", "client CPU (s)", 2),
            ):
                cells = " | ".join(cell(row[k][key], digits) for k in clients)
                ratios = " | ".join(ratio(row["dbrest"][key], row[k][key]) for k in peers)
                lines.append(f"| {direction} | {latency:g} ms | {label} | {cells} | {ratios} |")
    lines.append("")
    return lines


def section_smallfiles(sf: dict[str, Any]) -> list[str]:
    clients = [k for k in ("dbrest", "sdk162", "cli") if k in sf["up"]]
    peers = [k for k in clients if k != "dbrest"]
    latency = sf.get("latency_ms", 0)
    lines = [
        f"## 4. Many small files: `cp -r` of {sf['files']:,} files of {sf['file_bytes'] / 1024:g} KiB in "
        f"{sf['dirs']} directories, {latency:g} ms added to each request",
        "",
        "dbrest `ws.dbfs.cp(src, dst, recursive=True)` (whatever concurrency the tree has), databricks-cli "
        "`databricks fs cp -r`, and a straightforward databricks-sdk loop (`os.walk` + `w.dbfs.upload` per file; "
        "`w.dbfs.list(recursive=True)` + `w.dbfs.download` per file). Every copy is verified file by file "
        "(SHA-256 of each file, no file missing, no extra or partial file).",
        "",
        "| direction | metric | "
        + " | ".join(LABEL[k] for k in clients)
        + " | "
        + " | ".join(f"dbrest/{LABEL[k]}" for k in peers)
        + " |",
        "|---|---|" + "---|" * (len(clients) + len(peers)),
    ]
    for direction in ("up", "down"):
        row = sf[direction]
        for key, label, digits in (
            ("files_per_s", "files/s", 1),
            ("seconds", "wall (s)", 2),
            ("cpu_s", "client CPU (s)", 2),
        ):
            cells = " | ".join(cell(row[k][key], digits) for k in clients)
            ratios = " | ".join(ratio(row["dbrest"][key], row[k][key]) for k in peers)
            lines.append(f"| {direction} | {label} | {cells} | {ratios} |")
    lines.append("")
    return lines


def section_scale(sc: dict[str, Any], chart_name: str | None) -> list[str]:
    lines = [
        "## 5. The mock's cost as its state grows",
        "",
        sc["method"],
        "",
    ]
    other = sc.get("run")
    if other:  # measured by a `BENCH_ONLY=scale make bench` of its own, merged here (run.py --merge)
        lines += [
            f"Measured by its own `BENCH_ONLY=scale make bench` on {other['date']} ({other['dbrest']}), load average "
            f"before / after {other['load_before']} / {other['load_after']}, and merged into this report.",
            "",
        ]
    if chart_name:
        lines += [f"![latency and memory against state size]({chart_name})", ""]
    ops = sc["get_ops"] + sc["list_ops"]
    lines += [
        "| objects of each kind | " + " | ".join(f"`{op}` (µs)" for op in ops) + " | memory (MiB) | bytes per object |",
        "|---|" + "---|" * (len(ops) + 2),
    ]
    for level in sc["levels"]:
        cells = " | ".join(f"{level['get_us'][op]:.0f}" for op in sc["get_ops"])
        cells += " | " + " | ".join(f"{level['list_us'][op]:.0f}" for op in sc["list_ops"])
        per = f"{level['bytes_per_object']:.0f}" if level["n"] else "–"
        lines.append(f"| {level['n']:,} | {cells} | {level['memory_mib']:.1f} | {per} |")
    big = sc.get("big_dir")
    if big:
        lines += [
            "",
            f"One DBFS directory of {big['entries']:,} entries: `dbfs/get-status` of one file {big['get_us']:.0f} µs, "
            f"`dbfs/list` of the whole directory (one answer, as DBFS 2.0 has no paging) {big['list_ms']:.0f} ms.",
        ]
    lines.append("")
    return lines


def section_waiters(w: dict[str, Any]) -> list[str]:
    clients = [k for k in ("dbrest", "sdk", "sdk162") if k in w]
    offsets = ", ".join(f"{o:g}" for o in w["offsets_s"])
    return [
        "## 6. Waiters",
        "",
        "Seconds from the cluster reaching RUNNING on the mock (its clock is advanced past the start duration "
        f"{offsets} s after the waiter's first poll, one offset per repetition, the same for every client) to "
        "`ws.clusters.wait_running` / `w.clusters.wait_get_cluster_running` returning, and the `clusters/get` "
        "polls it took (counted in the mock's request log). Decided by the polling schedule of each client.",
        "",
        "| metric | " + " | ".join(LABEL[k] for k in clients) + " | dbrest/sdk 0.29 | dbrest/sdk 0.162 |",
        "|---|" + "---|" * (len(clients) + 2),
        "| RUNNING → waiter returns (s) | "
        + " | ".join(cell(w[k]["latency_s"], 2) for k in clients)
        + f" | {ratio(w['dbrest']['latency_s'], w['sdk']['latency_s'])} "
        f"| {ratio(w['dbrest']['latency_s'], w.get('sdk162', {}).get('latency_s'))} |",
        "| polls | "
        + " | ".join(cell(w[k]["polls"], 1) for k in clients)
        + f" | {ratio(w['dbrest']['polls'], w['sdk']['polls'])} "
        f"| {ratio(w['dbrest']['polls'], w.get('sdk162', {}).get('polls'))} |",
        "",
    ]


def section_resilience(r: dict[str, Any]) -> list[str]:
    lines = [
        f"## Resilience: a {r['size_bytes'] / MiB:g} MiB round trip through injected faults",
        "",
        "dbrest only, one run: the file goes up once as one streamed `put` and once in 1 MB blocks, and both copies "
        "come down with `download`, while the mock answers some requests of each step with the API's 503 "
        "TEMPORARILY_UNAVAILABLE, a 429 with Retry-After, or (reads) a connection dropped mid-response "
        "(`RESILIENCE_FAULTS` in run.py). The waits are real (default RetryPolicy).",
        "",
        "| step | faults survived | wall time (s) | MB/s | peak RSS (MiB) | identical |",
        "|---|---|---|---|---|---|",
    ]
    for label, st in r["steps"].items():
        same = {True: "yes", False: "NO"}.get(st.get("identical"), "(checked by the downloads)")
        lines.append(
            f"| {label} | {st['faults']} | {st['seconds']:.2f} | {st['mb_per_s']:.1f} | {st['peak_rss_mib']:.1f} "
            f"| {same} |"
        )
    lines.append("")
    return lines


def section_mock(mk: dict[str, Any]) -> list[str]:
    base = mk.get("baseline")
    lines = [
        "## The mock: requests per second",
        "",
        "A thin `http.client` load generator (one keep-alive connection per thread, its own process). add-block "
        "carries a 1 MiB block (base64), as clients send; read returns 1 MiB (base64), what every DBFS download is "
        "made of, so its ceiling bounds every download figure above. Mock CPU is the mock process's CPU time per "
        "request (from /proc). "
        + (
            f"'Before' is the mock of commit {base['rev']} (as it was: h11, no httptools), run the same way in the "
            "same run."
            if base
            else ""
        ),
        "",
        "| endpoint | concurrency | req/s | mock CPU per request (ms) |"
        + (" req/s before | mock CPU before (ms) | req/s after/before |" if base else ""),
        "|---|---|---|---|" + ("---|---|---|" if base else ""),
    ]
    for endpoint, label in (
        ("clusters-get", "GET clusters/get"),
        ("add-block", "POST dbfs/add-block (1 MiB)"),
        ("read", "GET dbfs/read (1 MiB)"),
    ):
        for conc in (1, 16):
            key = f"{endpoint}@{conc}"
            if key not in mk:
                continue
            row = f"| {label} | {conc} | {cell(mk[key]['rps'])} | {cell(mk[key].get('server_cpu_ms'), 2)} |"
            if base and key in base:
                row += (
                    f" {cell(base[key]['rps'])} | {cell(base[key].get('server_cpu_ms'), 2)} "
                    f"| {ratio(mk[key]['rps'], base[key]['rps'])} |"
                )
            lines.append(row)
    lines.append("")
    return lines


def report(res: dict[str, Any], chart_name: str | None, scale_chart: str | None) -> str:
    lines = header(res, chart_name)
    for key, render in (
        ("calls", section_calls),
        ("import", section_import),
        ("transfers", section_transfers),
        ("mock", section_mock),
        ("smallfiles", section_smallfiles),
        ("smallfiles_latency", section_smallfiles),
        ("waiters", section_waiters),
        ("resilience", section_resilience),
    ):
        if res.get(key):
            lines += render(res[key])
        if key == "smallfiles_latency" and res.get("scale"):
            lines += section_scale(res["scale"], scale_chart)
    contract = res.get("contract")
    if contract:
        lines += ["## The contract suite", "", contract.strip(), ""]
    return "\n".join(lines)
