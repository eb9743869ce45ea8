"""Lexicographically smallest topological order of a directed graph, or [] if it has a cycle."""

TAGS = ["graphs", "heaps"]
ENTRY_POINT = "topo_order"
PROMPT = """
Write a Python function `topo_order(n: int, edges: list[list[int]]) -> list[int]` for the
directed graph with vertices `0 .. n-1`, where each edge `[u, v]` means that `u` must come
before `v`. Return the lexicographically smallest ordering of all `n` vertices that respects
every edge (compare orderings element by element: the smaller first vertex wins, then the
second, and so on). If no valid ordering exists because the graph has a cycle (a self-loop
`[u, u]` counts as a cycle), return `[]`. For `n == 0` return `[]`.

`0 <= n <= 1500`, `edges` holds up to 2 * n pairs with `0 <= u, v < n`; edges may repeat.
Do not modify `edges`.
"""

EDGE_CASES = [
    ([0, []], []),
    ([1, []], [0]),
    ([1, [[0, 0]]], []),
    ([3, []], [0, 1, 2]),
    ([3, [[2, 0]]], [1, 2, 0]),
    ([3, [[0, 1], [1, 2], [2, 0]]], []),
    ([4, [[3, 1], [2, 1], [1, 0]]], [2, 3, 1, 0]),
    ([4, [[1, 0], [1, 0]]], [1, 0, 2, 3]),
    ([5, [[4, 3], [3, 2], [2, 1], [1, 0]]], [4, 3, 2, 1, 0]),
    ([6, [[5, 2], [5, 0], [4, 0], [4, 1], [2, 3], [3, 1]]], [4, 5, 0, 2, 3, 1]),
    ([4, [[0, 1], [2, 3], [3, 2]]], []),
]
VERSION = 2
MAX_N = 1500
SHAPES = ["random", "random-dag", "reversed-chain", "no-edges", "duplicate-edges", "self-loop", "late-cycle", "star"]
PERF_SHAPE = "random-dag"
"""About 2n random edges over a shuffled vertex order: many vertices are ready at once and the
smallest ready one is anywhere, so rescanning all vertices or taking the minimum of the ready
set each step is quadratic, while a heap stays O((n + m) log n)."""


def _dag(rng, n, m):
    """``m`` edges respecting a random order of the vertices (no cycle)."""
    perm = list(range(n))
    rng.shuffle(perm)
    edges = []
    for _ in range(m if n > 1 else 0):
        i, j = rng.randrange(n), rng.randrange(n)
        while i == j:
            j = rng.randrange(n)
        if i > j:
            i, j = j, i
        edges.append([perm[i], perm[j]])
    return perm, edges


def make_input(rng, n, shape):
    if n == 0:
        return [0, []]
    if shape == "random-dag":
        return [n, _dag(rng, n, 2 * n)[1]]
    if shape == "reversed-chain":                # n-1 before n-2 before ... before 0: the order is reversed
        edges = [[v + 1, v] for v in range(n - 1)]
        rng.shuffle(edges)
        return [n, edges]
    if shape == "no-edges":
        return [n, []]
    if shape == "duplicate-edges":
        _, edges = _dag(rng, n, max(1, n // 4))
        return [n, [list(rng.choice(edges)) for _ in range(2 * n)] if edges else []]
    if shape == "self-loop":                     # a DAG but for one self-loop: no order exists
        _, edges = _dag(rng, n, n)
        v = rng.randrange(n)
        edges.insert(rng.randrange(len(edges) + 1), [v, v])
        return [n, edges]
    if shape == "late-cycle":                    # a cycle through the two vertices that come last
        perm, edges = _dag(rng, n, n)
        if n > 1:
            edges.append([perm[-1], perm[-2]])
            edges.append([perm[-2], perm[-1]])
        return [n, edges]
    if shape == "star":                          # every vertex before one hub, the hub before nothing
        hub = rng.randrange(n)
        return [n, [[v, hub] for v in range(n) if v != hub]]
    perm, edges = _dag(rng, n, rng.randrange(0, 2 * n + 1))
    if n > 1 and rng.random() < 0.35:
        i, j = sorted(rng.sample(range(n), 2))
        edges.append([perm[j], perm[i]])          # likely closes a cycle
    return [n, edges]


REFERENCES = {
    "rescan-smallest": '''
def topo_order(n, edges):
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    done = [False] * n
    order = []
    for _ in range(n):
        pick = -1
        for v in range(n):
            if not done[v] and indegree[v] == 0:
                pick = v
                break
        if pick < 0:
            return []
        done[pick] = True
        order.append(pick)
        for w in succ[pick]:
            indegree[w] -= 1
    return order
''',
    "min-of-set": '''
def topo_order(n, edges):
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    ready = {v for v in range(n) if indegree[v] == 0}
    order = []
    while ready:
        v = min(ready)
        ready.remove(v)
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                ready.add(w)
    return order if len(order) == n else []
''',
    "heap": '''
import heapq

def topo_order(n, edges):
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    heap = [v for v in range(n) if indegree[v] == 0]
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                heapq.heappush(heap, w)
    return order if len(order) == n else []
''',
}

WRONG_SOLUTIONS = {
    "misses-one-vertex": '''
import heapq

def topo_order(n, edges):
    # Accepts an order that leaves one vertex out (as a self-loop on an isolated vertex does).
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    heap = [v for v in range(n) if indegree[v] == 0]
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                heapq.heappush(heap, w)
    return order if len(order) >= n - 1 else []
''',
    "sorts-edges-in-place": '''
import heapq

def topo_order(n, edges):
    edges.sort()
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    heap = [v for v in range(n) if indegree[v] == 0]
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                heapq.heappush(heap, w)
    return order if len(order) == n else []
''',
    "ignores-self-loops": '''
import heapq

def topo_order(n, edges):
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        if u != v:
            succ[u].append(v)
            indegree[v] += 1
    if n == 1 and edges:
        return []
    heap = [v for v in range(n) if indegree[v] == 0]
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                heapq.heappush(heap, w)
    return order if len(order) == n else []
''',
    "fifo-queue": '''
from collections import deque

def topo_order(n, edges):
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    queue = deque(v for v in range(n) if indegree[v] == 0)
    order = []
    while queue:
        v = queue.popleft()
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                queue.append(w)
    return order if len(order) == n else []
''',
    "partial-on-cycle": '''
import heapq

def topo_order(n, edges):
    indegree = [0] * n
    succ = [[] for _ in range(n)]
    for u, v in edges:
        succ[u].append(v)
        indegree[v] += 1
    heap = [v for v in range(n) if indegree[v] == 0]
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                heapq.heappush(heap, w)
    return order
''',
    "dedupes-edges-wrongly": '''
import heapq

def topo_order(n, edges):
    indegree = [0] * n
    succ = [set() for _ in range(n)]
    for u, v in edges:
        succ[u].add(v)
        indegree[v] += 1
    heap = [v for v in range(n) if indegree[v] == 0]
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in succ[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                heapq.heappush(heap, w)
    return order if len(order) == n else []
''',
}
