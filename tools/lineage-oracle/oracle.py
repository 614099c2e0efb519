#!/usr/bin/env python3
"""An independent, brute-force reading of DESIGN.md §3, for working out expected answers by hand-checkable means.

    python3 tools/lineage-oracle/oracle.py data '{"from": {"ministries": ["MEXT"]}, "to": {"ministries": ["METI"]}, "maxHops": 1}'
    python3 tools/lineage-oracle/oracle.py --write data tests/Fixtures/dataset-answers.json    (refills every `expect`)

It shares no code with Lineage.Core's engine: it enumerates every chain of every seed, keeps the candidates of §3 and
drops every candidate that is a contiguous part of another of the same seed, then orders them. Prints one line per path.
"""
import glob, json, os, sys

RANK = {"SEED": 0, "JOINT_RESEARCH": 1, "PROTOTYPE": 2, "PRACTICAL": 3, "COMMERCIALIZED": 4}

def load(folder):
    nodes = {}
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.json"), recursive=True)):
        if path.endswith("lineage.schema.json"):
            continue
        doc = json.load(open(path, encoding="utf-8"))
        for kind, items in doc.items():
            if isinstance(items, list):
                for item in items:
                    nodes[item["id"]] = dict(item, _kind=kind)
    return nodes

def ancestors(nodes, program):
    seen = []
    while program and program not in seen:
        seen.append(program)
        program = nodes[program].get("parent")
    return seen

def region_subtree(nodes, regions):
    out = set(regions)
    changed = True
    while changed:
        changed = False
        for n in nodes.values():
            if n["_kind"] == "regions" and n.get("within") in out and n["id"] not in out:
                out.add(n["id"]); changed = True
    return out

def matches(nodes, selector, program, project):
    if not selector:
        return True
    chain = ancestors(nodes, program)
    runners = [r for p in chain for r in [nodes[p]["runBy"], *nodes[p].get("alsoRunBy", [])]]
    def ministry_of(r):
        return nodes[r]["code"] if r.startswith("ministry:") else nodes[nodes[r]["ministry"]]["code"]
    ok = True
    if selector.get("ministries"):
        ok &= any(ministry_of(r) in selector["ministries"] for r in runners)
    if selector.get("agencies"):
        ok &= any(r in selector["agencies"] for r in runners)
    if selector.get("programs"):
        ok &= any(p in selector["programs"] for p in chain)
    if selector.get("regions"):
        inside = region_subtree(nodes, selector["regions"])
        confined = any(r in inside for p in chain for r in nodes[p].get("regions", []))
        located = project is not None and any(r in inside for r in nodes[project].get("regions", []))
        ok &= confined or located
    return ok

def answers(nodes, q):
    transfers = [n for n in nodes.values() if n["_kind"] == "transfers"]
    lo, hi = q.get("fiscalYearFrom"), q.get("fiscalYearTo")
    def in_window(t):
        return (lo is None or (t.get("fromFiscalYear") is not None and t["fromFiscalYear"] >= lo)) and \
               (hi is None or (t.get("toFiscalYear") is not None and t["toFiscalYear"] <= hi))
    max_hops, min_rank = q.get("maxHops", 4), RANK[q.get("minStage", "SEED")]
    chains = []  # every chain of every seed, within the window and maxHops
    def extend(chain):
        chains.append(chain)
        last = chain[-1]
        if last.get("project") is None or len(chain) == max_hops:
            return
        passed = {chain[0]["from"]} | {t["to"] for t in chain}
        for t in transfers:
            if t.get("project") == last["project"] and t["from"] == last["to"] and in_window(t) and t["to"] not in passed:
                extend(chain + [t])
    for t in transfers:
        if in_window(t):
            extend([t])
    cands = [c for c in chains
             if matches(nodes, q.get("from"), c[0]["from"], c[0].get("project"))
             and matches(nodes, q.get("to"), c[-1]["to"], c[-1].get("project"))
             and RANK[c[-1]["stage"]] >= min_rank]
    ids = [tuple(t["id"] for t in c) for c in cands]
    def inside(a, b):
        return len(a) < len(b) and any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))
    seed = lambda c: c[0].get("project") or c[0]["id"]
    kept = [c for c, i in zip(cands, ids) if not any(inside(i, j) and seed(c) == seed(d) for d, j in zip(cands, ids))]
    key = lambda c: (c[0].get("fromFiscalYear") or 10 ** 6, seed(c), [t["id"] for t in c])
    return sorted(kept, key=key)

def write_cases(folder, case_file):
    """Fills in `expect` of every case of a questions file from the dataset in `folder` (the file's answers are the oracle's)."""
    nodes = load(folder)
    doc = json.load(open(case_file, encoding="utf-8"))
    for case in doc["cases"]:
        case["expect"] = [{"key": c[0].get("project") or c[0]["id"], "steps": [t["id"] for t in c]} for c in answers(nodes, case["query"])]
    with open(case_file, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")

if __name__ == "__main__":
    if sys.argv[1] == "--write":
        write_cases(sys.argv[2], sys.argv[3])
        sys.exit(0)
    nodes = load(sys.argv[1])
    result = answers(nodes, json.loads(sys.argv[2]))
    print(f"totalCount {len(result)}")
    for c in result:
        print((c[0].get("project") or c[0]["id"]) + ": " + " ".join(t["id"] for t in c))
