"""Number of connected components of an undirected graph given as an edge list."""

TAGS = ["graphs"]
ENTRY_POINT = "count_components"
PROMPT = """
Write a Python function `count_components(n: int, edges: list[list[int]]) -> int` that returns
the number of connected components of the undirected graph with vertices `0 .. n-1` and the
given edges. Each edge is a pair `[u, v]` with `0 <= u, v < n`; edges may repeat, appear in
both directions, or be self-loops `[u, u]`. A vertex with no edges is a component by itself;
for `n == 0` return 0.

`0 <= n <= 10^5` and `edges` holds up to 2*10^5 pairs. Do not modify `edges`.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 30)
    m = rng.randrange(0, 40) if n else 0
    return [n, [[rng.randrange(n), rng.randrange(n)] for _ in range(m)]]


def perf_input(rng):
    n = 1000
    return [n, [[rng.randrange(n), rng.randrange(n)] for _ in range(n)]]


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
