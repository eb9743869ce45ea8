"""Shortest path through a grid with walls."""

TAGS = ["graphs", "bfs", "grids"]
ENTRY_POINT = "grid_shortest_path"
PROMPT = """
Write a Python function `grid_shortest_path(grid: list[str]) -> int`. `grid` is a rectangular map:
every string is one row, all rows have the same length, `'.'` is an open cell and `'#'` a wall.
Starting at the top-left cell (row 0, column 0), you may move one step at a time up, down, left or
right onto an open cell inside the grid. Return the minimum number of steps needed to reach the
bottom-right cell, `0` if the grid is a single open cell, and `-1` if the bottom-right cell cannot
be reached (including when the start or the target is a wall, and when `grid` is empty or its
rows are empty). The grid has at most 1000 rows and 1000 columns.
"""

EDGE_CASES = [
    ([[]], -1),
    ([[""]], -1),
    ([["."]], 0),
    ([["#"]], -1),
    ([[".."]], 1),
    ([[".#", "#."]], -1),
    ([["#.", ".."]], -1),
    ([["..", ".#"]], -1),
    ([["...", "...", "..."]], 4),
    ([["..#", "#..", "#.."]], 4),
    ([["....", "###.", "....", ".###", "...."]], 13),
    ([[".", ".", "."]], 2),
    ([["...#....", ".#.#.##.", ".#...#..", ".####.#.", "......#."]], 15),
]
RANDOM_CASES = 25


def random_case(rng):
    rows = rng.randrange(1, 9)
    cols = rng.randrange(1, 9)
    density = rng.choice([0.1, 0.25, 0.4])
    grid = ["".join("#" if rng.random() < density else "." for _ in range(cols)) for _ in range(rows)]
    if rng.random() < 0.8:
        grid[0] = "." + grid[0][1:]
        grid[-1] = grid[-1][:-1] + "."
    return [grid]


def perf_input(rng):
    rows, cols = 70, 70
    cells = [["#" if rng.random() < 0.3 else "." for _ in range(cols)] for _ in range(rows)]
    # a winding corridor guarantees that the target is reachable
    for r in range(rows):
        cells[r][0 if (r // 10) % 2 == 0 else cols - 1] = "."
    for r in range(0, rows, 10):
        for c in range(cols):
            cells[r][c] = "."
    cells[rows - 1][cols - 1] = "."
    return [["".join(row) for row in cells]]


REFERENCES = {
    "relax-until-stable": '''
def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] != "." or grid[rows - 1][cols - 1] != ".":
        return -1
    inf = float("inf")
    dist = [[inf] * cols for _ in range(rows)]
    dist[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != ".":
                    continue
                best = dist[r][c]
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and dist[nr][nc] + 1 < best:
                        best = dist[nr][nc] + 1
                if best < dist[r][c]:
                    dist[r][c] = best
                    changed = True
    d = dist[rows - 1][cols - 1]
    return -1 if d == inf else d
''',
    "bfs-tuple-set": '''
from collections import deque


def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] != "." or grid[rows - 1][cols - 1] != ".":
        return -1
    target = (rows - 1, cols - 1)
    seen = {(0, 0)}
    queue = deque([((0, 0), 0)])
    while queue:
        (r, c), d = queue.popleft()
        if (r, c) == target:
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), d + 1))
    return -1
''',
    "bfs-flat-frontier": '''
def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    width = cols + 1
    # one wall column on the right and wall rows above and below avoid bounds checks
    table = bytes.maketrans(b".#", b"\\1\\0")
    open_ = bytearray(width * (rows + 2))
    for r, row in enumerate(grid):
        base = (r + 1) * width
        open_[base:base + cols] = row.encode().translate(table)
    start = width
    target = rows * width + cols - 1
    if not open_[start] or not open_[target]:
        return -1
    if start == target:
        return 0
    open_[start] = 0
    frontier = [start]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        for p in frontier:
            for q in (p - 1, p + 1, p - width, p + width):
                if open_[q]:
                    if q == target:
                        return steps
                    open_[q] = 0
                    nxt.append(q)
        frontier = nxt
    return -1
''',
}

WRONG_SOLUTIONS = {
    "dfs-first-found": '''
def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] != "." or grid[rows - 1][cols - 1] != ".":
        return -1
    seen = {(0, 0)}
    stack = [((0, 0), 0)]
    while stack:
        (r, c), d = stack.pop()
        if (r, c) == (rows - 1, cols - 1):
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append(((nr, nc), d + 1))
    return -1
''',
    "ignores-target-wall": '''
from collections import deque


def grid_shortest_path(grid):
    if not grid or not grid[0] or grid[0][0] != ".":
        return -1
    rows, cols = len(grid), len(grid[0])
    seen = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                if grid[nr][nc] == "." or (nr, nc) == (rows - 1, cols - 1):
                    seen[(nr, nc)] = seen[(r, c)] + 1
                    queue.append((nr, nc))
    return seen.get((rows - 1, cols - 1), -1)
''',
}
