"""Count 4-connected islands of land cells in a grid."""

TAGS = ["graphs", "grids"]
VERSION = 2
ENTRY_POINT = "count_islands"
PROMPT = """
Write a Python function `count_islands(grid: list[str]) -> int`. Each string of `grid` is one
row, and all rows have the same length; the character '1' is land and '0' is water. An island
is a maximal group of land cells connected through their up, down, left and right neighbours
(diagonal neighbours are not connected). Return the number of islands. An empty grid (no rows,
or rows of length 0) has 0 islands.

The grid has at most 50 rows and 50 columns. Do not modify `grid`.
"""

EDGE_CASES = [
    ([[]], 0),
    ([[""]], 0),
    ([["0"]], 0),
    ([["1"]], 1),
    ([["11", "11"]], 1),
    ([["101", "010", "101"]], 5),
    ([["11000", "11000", "00100", "00011"]], 3),
    ([["11110", "11010", "11000", "00000"]], 1),
    ([["1", "0", "1"]], 2),
    ([["111", "101", "111"]], 1),
    ([["10101"]], 3),
    ([["101", "101", "111"]], 1),
    ([["1001", "1001", "1111"]], 1),
    ([["111", "000", "111"]], 2),
    ([["0110", "1001", "0110"]], 4),
]
MAX_N = 50
SHAPES = ["random", "percolating", "all-land", "all-water", "checkerboard", "snake", "comb", "thin"]
PERF_SHAPE = "percolating"


def make_input(rng, n, shape):
    """A grid of at most ``n`` rows and ``n`` columns.

    ``percolating`` (land with probability 0.58, near the percolation threshold) has long
    winding islands, so propagating labels takes many sweeps; ``snake`` is one serpentine
    island (labels need a sweep per cell of its two leftward rows; a capped number of sweeps
    stops short); ``checkerboard`` touches only diagonally; ``comb`` has teeth joined only at the
    bottom (a top-down pass that never merges runs counts each tooth); ``thin`` is one row or
    one column.
    """
    if shape == "random":
        rows, cols = rng.randint(0, n), rng.randint(0, n)
        density = rng.choice([0.2, 0.45, 0.6, 0.8])
        return [["".join("1" if rng.random() < density else "0" for _ in range(cols)) for _ in range(rows)]]
    if shape == "percolating":
        return [["".join("1" if rng.random() < 0.58 else "0" for _ in range(n)) for _ in range(n)]]
    if shape == "all-land":
        return [["1" * n] * n]
    if shape == "all-water":
        return [["0" * n] * n]
    if shape == "checkerboard":
        return [["".join("1" if (r + c) % 2 == 0 else "0" for c in range(n)) for r in range(n)]]
    if shape == "snake":
        rows = ["0" * n for _ in range(n)]
        for r in range(min(n, 7)):     # four land rows joined at alternate ends: two run leftwards
            if r % 2 == 0:
                rows[r] = "1" * n
            elif r % 4 == 1:
                rows[r] = "0" * (n - 1) + "1"
            else:
                rows[r] = "1" + "0" * (n - 1)
        return [rows]
    if shape == "comb":
        if n == 0:
            return [[]]
        height = max(1, n // 3)        # teeth a third of the grid tall, over water
        return [(["10" * (n // 2) + "1" * (n % 2)] * height + ["1" * n] + ["0" * n] * n)[:n]]
    if shape == "thin":
        line = "".join("1" if rng.random() < 0.7 else "0" for _ in range(n))
        return [[line]] if rng.random() < 0.5 else [list(line)]
    raise ValueError(shape)


REFERENCES = {
    "label-propagation": '''
def count_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    label = [[r * cols + c if grid[r][c] == "1" else -1 for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                best = label[r][c]
                if best < 0:
                    continue
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and 0 <= label[nr][nc] < best:
                        best = label[nr][nc]
                if best != label[r][c]:
                    label[r][c] = best
                    changed = True
    return len({x for row in label for x in row if x >= 0})
''',
    "bfs-visited-set": '''
from collections import deque

def count_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            count += 1
            seen.add((r, c))
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and (ny, nx) not in seen:
                        seen.add((ny, nx))
                        queue.append((ny, nx))
    return count
''',
    "row-runs-union-find": '''
def count_islands(grid):
    parent = []
    count = 0
    prev = []                       # runs of the previous row: (start, end, id)
    for row in grid:
        runs = []
        start = row.find("1")
        while start != -1:
            end = row.find("0", start)
            if end == -1:
                end = len(row)
            runs.append((start, end, len(parent)))
            parent.append(len(parent))
            count += 1
            start = row.find("1", end)
        i = j = 0
        while i < len(runs) and j < len(prev):
            s1, e1, a = runs[i]
            s2, e2, b = prev[j]
            if s1 < e2 and s2 < e1:
                while parent[a] != a:
                    parent[a] = a = parent[parent[a]]
                while parent[b] != b:
                    parent[b] = b = parent[parent[b]]
                if a != b:
                    parent[a] = b
                    count -= 1
            if e1 < e2:
                i += 1
            else:
                j += 1
        prev = runs
    return count
''',
}

WRONG_SOLUTIONS = {
    "sinks-islands-in-place": '''
def count_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            count += 1
            stack = [(r, c)]
            grid[r] = grid[r][:c] + "0" + grid[r][c + 1:]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1":
                        grid[ny] = grid[ny][:nx] + "0" + grid[ny][nx + 1:]
                        stack.append((ny, nx))
    return count
''',
    "ten-sweeps-at-most": '''
def count_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    label = [[r * cols + c if grid[r][c] == "1" else -1 for c in range(cols)] for r in range(rows)]
    for _ in range(10):
        changed = False
        for r in range(rows):
            for c in range(cols):
                best = label[r][c]
                if best < 0:
                    continue
                if r and 0 <= label[r - 1][c] < best:
                    best = label[r - 1][c]
                if c and 0 <= label[r][c - 1] < best:
                    best = label[r][c - 1]
                if r + 1 < rows and 0 <= label[r + 1][c] < best:
                    best = label[r + 1][c]
                if c + 1 < cols and 0 <= label[r][c + 1] < best:
                    best = label[r][c + 1]
                if best != label[r][c]:
                    label[r][c] = best
                    changed = True
        if not changed:
            break
    return len({x for row in label for x in row if x >= 0})
''',
    "eight-connected": '''
def count_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            count += 1
            stack = [(r, c)]
            seen.add((r, c))
            while stack:
                y, x = stack.pop()
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return count
''',
    "no-merging-of-runs": '''
def count_islands(grid):
    count = 0
    prev = ""
    for row in grid:
        for c, ch in enumerate(row):
            if ch == "1" and (c == 0 or row[c - 1] != "1") :
                end = c
                while end < len(row) and row[end] == "1":
                    end += 1
                if "1" not in prev[c:end]:
                    count += 1
        prev = row
    return count
''',
    "empty-grid-crash": '''
def count_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and not seen[r][c]:
                count += 1
                stack = [(r, c)]
                seen[r][c] = True
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and not seen[ny][nx]:
                            seen[ny][nx] = True
                            stack.append((ny, nx))
    return count
''',
}
