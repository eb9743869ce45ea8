"""Number of connected components of an undirected graph given as an edge list."""

TAGS = ["graphs"]
VERSION = 2
ENTRY_POINT = "count_components"
PROMPT = """
Write a Python function `count_components(n: int, edges: list[list[int]]) -> int` that returns
the number of connected components of the undirected graph with vertices `0 .. n-1` and the
given edges. Each edge is a pair `[u, v]` with `0 <= u, v < n`; edges may repeat, appear in
both directions, or be self-loops `[u, u]`. A vertex with no edges is a component by itself;
for `n == 0` return 0.

`0 <= n <= 1000` and `edges` holds up to 2 * n pairs. Do not modify `edges`.
"""

EDGE_CASES = [
    ([0, []], 0),
    ([1, []], 1),
    ([1, [[0, 0]]], 1),
    ([3, []], 3),
    ([3, [[0, 1]]], 2),
    ([4, [[0, 1], [1, 0], [0, 1]]], 3),
    ([5, [[0, 1], [1, 2], [3, 4]]], 2),
    ([5, [[0, 4], [4, 0], [2, 2]]], 4),
    ([6, [[5, 0], [4, 1], [3, 2], [0, 1], [2, 5]]], 1),
    ([7, [[0, 1], [2, 3], [4, 5], [1, 2], [5, 6]]], 2),
    ([4, [[0, 1], [1, 2], [2, 0], [3, 3]]], 2),
]
MAX_N = 1000
SHAPES = ["random", "chain", "star", "no-edges", "self-loops-and-repeats", "few-big-components", "dense"]
PERF_SHAPE = "chain"


def _shuffle_edges(rng, edges):
    edges = [[u, v] if rng.random() < 0.5 else [v, u] for u, v in edges]
    rng.shuffle(edges)
    return edges


def make_input(rng, n, shape):
    """A graph on ``n`` vertices with at most ``2 * n`` edges.

    ``chain`` (one path through all vertices, relabelled, edges shuffled and turned around)
    merges ``n - 1`` times, the worst case of relabelling a whole component per merge, and
    defeats one-pass label propagation;
    ``star``, ``self-loops-and-repeats`` and ``no-edges`` are degenerate.
    """
    if n == 0:
        return [0, []]
    if shape == "random":
        return [n, [[rng.randrange(n), rng.randrange(n)] for _ in range(rng.randint(0, 2 * n))]]
    if shape == "chain":
        order = list(range(n))
        rng.shuffle(order)
        return [n, _shuffle_edges(rng, list(zip(order, order[1:])))]
    if shape == "star":
        centre = rng.randrange(n)
        return [n, _shuffle_edges(rng, [(centre, v) for v in range(n) if v != centre and rng.random() < 0.9])]
    if shape == "no-edges":
        return [n, []]
    if shape == "self-loops-and-repeats":
        base = [(rng.randrange(n), rng.randrange(n)) for _ in range(n // 4)]
        edges = [(u, u) for u in rng.sample(range(n), n // 2)] + base * 3
        return [n, _shuffle_edges(rng, edges)]
    if shape == "few-big-components":
        k = rng.randint(1, 4)
        order = list(range(n))
        rng.shuffle(order)
        parts = [order[i::k] for i in range(k)]
        edges = [(p[i], p[rng.randrange(i)]) for p in parts for i in range(1, len(p))]
        return [n, _shuffle_edges(rng, edges)]
    if shape == "dense":
        return [n, [[rng.randrange(n), rng.randrange(n)] for _ in range(2 * n)]]
    raise ValueError(shape)


REFERENCES = {
    "relabel-scan": '''
def count_components(n, edges):
    label = list(range(n))
    for u, v in edges:
        lu, lv = label[u], label[v]
        if lu != lv:
            for i in range(n):
                if label[i] == lv:
                    label[i] = lu
    return len(set(label))
''',
    "bfs-dict-set": '''
from collections import defaultdict, deque

def count_components(n, edges):
    adj = defaultdict(list)
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    seen = set()
    count = 0
    for start in range(n):
        if start in seen:
            continue
        count += 1
        seen.add(start)
        queue = deque([start])
        while queue:
            x = queue.popleft()
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    queue.append(y)
    return count
''',
    "union-find": '''
def count_components(n, edges):
    parent = list(range(n))
    count = n
    for u, v in edges:
        while parent[u] != u:
            parent[u] = u = parent[parent[u]]
        while parent[v] != v:
            parent[v] = v = parent[parent[v]]
        if u != v:
            parent[u] = v
            count -= 1
    return count
''',
}

WRONG_SOLUTIONS = {
    "label-rounds-capped-at-64": '''
def count_components(n, edges):
    label = list(range(n))
    for _ in range(64):
        changed = False
        for u, v in edges:
            lu, lv = label[u], label[v]
            if lu != lv:
                label[u] = label[v] = min(lu, lv)
                changed = True
        if not changed:
            break
    return len(set(label))
''',
    "one-pass-labels": '''
def count_components(n, edges):
    label = list(range(n))
    for u, v in edges:
        low = min(label[u], label[v])
        label[u] = label[v] = low
    return len(set(label))
''',
    "one-direction-adjacency": '''
def count_components(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[min(u, v)].append(max(u, v))
    seen = [False] * n
    count = 0
    for s in range(n):
        if seen[s]:
            continue
        count += 1
        stack = [s]
        seen[s] = True
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    stack.append(y)
    return count
''',
    "sorts-edges-in-place": '''
def count_components(n, edges):
    edges.sort()
    parent = list(range(n))
    count = n
    for u, v in edges:
        while parent[u] != u:
            parent[u] = u = parent[parent[u]]
        while parent[v] != v:
            parent[v] = v = parent[parent[v]]
        if u != v:
            parent[u] = v
            count -= 1
    return count
''',
    "vertices-minus-edges": '''
def count_components(n, edges):
    return max(n - len(edges), 1 if n else 0)
''',
    "ignores-isolated": '''
def count_components(n, edges):
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x
    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
    return len({find(x) for x in parent})
''',
    "no-root-check": '''
def count_components(n, edges):
    parent = list(range(n))
    count = n
    for u, v in edges:
        if u == v:
            continue
        while parent[u] != u:
            u = parent[u]
        while parent[v] != v:
            v = parent[v]
        parent[u] = v
        count -= 1
    return count
''',
}
