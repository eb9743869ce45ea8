"""Shortest path through a grid with walls."""

TAGS = ["graphs", "bfs", "grids"]
VERSION = 2
ENTRY_POINT = "grid_shortest_path"
PROMPT = """
Write a Python function `grid_shortest_path(grid: list[str]) -> int`. `grid` is a rectangular map:
every string is one row, all rows have the same length, `'.'` is an open cell and `'#'` a wall.
Starting at the top-left cell (row 0, column 0), you may move one step at a time up, down, left or
right onto an open cell inside the grid. Return the minimum number of steps needed to reach the
bottom-right cell, `0` if the grid is a single open cell, and `-1` if the bottom-right cell cannot
be reached (including when the start or the target is a wall, and when `grid` is empty or its
rows are empty). The grid has at most 70 rows and 70 columns. Do not modify `grid`.
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
MAX_N = 70
SHAPES = ["random", "corridor", "open", "u-turns", "unreachable", "end-walled", "thin"]
PERF_SHAPE = "corridor"


def make_input(rng, n, shape):
    """A grid of at most ``n`` rows and ``n`` columns.

    ``corridor`` (30% walls and a winding corridor that guarantees a path) needs several
    relaxation sweeps; ``u-turns`` forces the path through a gap a quarter of the way across,
    back left to a gap an eighth of the way across, then right again (moving only right and
    down fails; the gaps sit left so that relaxing row by row needs few sweeps here); ``unreachable``
    walls the target off; ``end-walled`` has a wall on the start or the target; ``thin`` is one
    row or one column.
    """
    n = max(n, 1)
    if shape == "random":
        rows, cols = rng.randint(1, n), rng.randint(1, n)
        density = rng.choice([0.1, 0.25, 0.4])
        cells = [["#" if rng.random() < density else "." for _ in range(cols)] for _ in range(rows)]
        if rng.random() < 0.8:
            cells[0][0] = cells[-1][-1] = "."
        return [["".join(row) for row in cells]]
    if shape == "corridor":
        cells = [["#" if rng.random() < 0.3 else "." for _ in range(n)] for _ in range(n)]
        for r in range(n):
            cells[r][0 if (r // 10) % 2 == 0 else n - 1] = "."
        for r in range(0, n, 10):
            cells[r] = ["."] * n
        cells[0][0] = cells[n - 1][n - 1] = "."
        return [["".join(row) for row in cells]]
    if shape == "open":
        return [["." * n] * n]
    if shape == "u-turns":
        rows = ["." * n for _ in range(n)]
        if n >= 8:                     # through a gap a quarter across, back left to one an eighth across
            right, left = n // 4, n // 8
            rows[n // 3] = "#" * right + "." + "#" * (n - right - 1)
            rows[2 * n // 3] = "#" * left + "." + "#" * (n - left - 1)
        return [rows]
    if shape == "unreachable":
        cells = [["#" if rng.random() < 0.1 else "." for _ in range(n)] for _ in range(n)]
        wall = rng.randrange(n)
        for r in range(n):
            cells[r][wall] = "#"
        cells[0][0] = "."
        return [["".join(row) for row in cells]]
    if shape == "end-walled":
        cells = [["." for _ in range(n)] for _ in range(n)]
        if rng.random() < 0.5:
            cells[n - 1][n - 1] = "#"
        else:
            cells[0][0] = "#"
        return [["".join(row) for row in cells]]
    if shape == "thin":
        line = "".join("#" if rng.random() < 0.05 else "." for _ in range(n))
        line = "." + line[1:-1] + "." if n > 1 else "."
        return [[line]] if rng.random() < 0.5 else [list(line)]
    raise ValueError(shape)


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
    "bitset-bfs": '''
def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    width = cols + 1
    # one bit per cell, row after row, with a closed separator bit after each row: shifting a
    # set of cells by 1 or by width moves it one step without wrapping across rows
    bits = "0".join(row.translate(str.maketrans(".#", "10")) for row in grid)
    open_ = int(bits[::-1], 2)
    target = 1 << ((rows - 1) * width + cols - 1)
    if not open_ & 1 or not open_ & target:
        return -1
    if target == 1:
        return 0
    seen = frontier = 1
    steps = 0
    while frontier:
        steps += 1
        frontier = ((frontier << 1) | (frontier >> 1) | (frontier << width) | (frontier >> width)) & open_ & ~seen
        if frontier & target:
            return steps
        seen |= frontier
    return -1
''',
}

WRONG_SOLUTIONS = {
    "gives-up-after-128-steps": '''
def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] != "." or grid[rows - 1][cols - 1] != ".":
        return -1
    if rows == cols == 1:
        return 0
    seen = {(0, 0)}
    frontier = [(0, 0)]
    for steps in range(1, 129):
        nxt = []
        for r, c in frontier:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                    if (nr, nc) == (rows - 1, cols - 1):
                        return steps
                    seen.add((nr, nc))
                    nxt.append((nr, nc))
        frontier = nxt
    return -1
''',
    "moves-right-and-down-only": '''
def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    ok = [[False] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "." and ((r, c) == (0, 0) or (r and ok[r - 1][c]) or (c and ok[r][c - 1])):
                ok[r][c] = True
    return rows + cols - 2 if ok[rows - 1][cols - 1] else -1
''',
    "greedy-best-first": '''
import heapq


def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] != "." or grid[rows - 1][cols - 1] != ".":
        return -1
    dist = {(0, 0): 0}
    heap = [(rows + cols - 2, 0, 0)]
    while heap:
        _, r, c = heapq.heappop(heap)
        if (r, c) == (rows - 1, cols - 1):
            return dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                heapq.heappush(heap, (rows - 1 - nr + cols - 1 - nc, nr, nc))
    return -1
''',
    "marks-visited-in-grid": '''
def grid_shortest_path(grid):
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] != "." or grid[rows - 1][cols - 1] != ".":
        return -1
    if rows == cols == 1:
        return 0
    frontier = [(0, 0)]
    grid[0] = "#" + grid[0][1:]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        for r, c in frontier:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == ".":
                    if (nr, nc) == (rows - 1, cols - 1):
                        return steps
                    grid[nr] = grid[nr][:nc] + "#" + grid[nr][nc + 1:]
                    nxt.append((nr, nc))
        frontier = nxt
    return -1
''',
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
