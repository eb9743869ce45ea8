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

`0 <= n <= 10^5`, `edges` holds up to 2*10^5 pairs with `0 <= u, v < n`; edges may repeat.
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
RANDOM_CASES = 25


def random_case(rng):
    n = rng.randrange(0, 25)
    if n == 0:
        return [0, []]
    perm = list(range(n))
    rng.shuffle(perm)
    edges = []
    for _ in range(rng.randrange(0, 2 * n)):
        i, j = sorted(rng.sample(range(n), 2)) if n > 1 else (0, 0)
        if n > 1:
            edges.append([perm[i], perm[j]])
    if n > 1 and rng.random() < 0.35:
        i, j = sorted(rng.sample(range(n), 2))
        edges.append([perm[j], perm[i]])          # likely closes a cycle
    return [n, edges]


def perf_input(rng):
    n = 900
    perm = list(range(n))
    rng.shuffle(perm)
    edges = []
    for _ in range(n):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append([perm[i], perm[j]])
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
