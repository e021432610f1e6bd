"""One-to-one matching of predictions to gold with the largest total weight (the Hungarian method).

scipy is not a dependency, so the assignment is written out here. Candidate pairs are sparse (an entity
overlaps one or two others; an event shares participants with a few), so the pairs are first split into
connected groups and each group is solved on its own: the cubic step only ever sees a handful of items.
"""
from __future__ import annotations

from collections import defaultdict


def max_weight_matching(weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """(row, col) pairs, each row and col used at most once, maximising the summed weight of the pairs.

    `weights` lists the allowed pairs; a pair not listed (or with weight <= 0) is never returned."""
    pairs = []
    for rows, cols in connected_groups(weights):
        pairs.extend(_solve(rows, cols, weights))
    return sorted(pairs)


def connected_groups(weights: dict[tuple[int, int], float]) -> list[tuple[list[int], list[int]]]:
    """(rows, cols) of each group of rows and columns joined, directly or not, by positive-weight pairs."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for (row, col), weight in weights.items():
        if weight > 0:
            parent[root(("r", row))] = root(("c", col))
    members = defaultdict(lambda: ([], []))
    for node in list(parent):
        side, index = node
        members[root(node)][0 if side == "r" else 1].append(index)
    return [(sorted(rows), sorted(cols)) for rows, cols in members.values()]


def _solve(rows: list[int], cols: list[int], weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    transposed = len(rows) > len(cols)  # the method below needs no more rows than columns
    if transposed:
        rows, cols = cols, rows
    weight = (lambda r, c: weights.get((c, r), 0.0)) if transposed else (lambda r, c: weights.get((r, c), 0.0))
    cost = [[-max(weight(r, c), 0.0) for c in cols] for r in rows]
    pairs = []
    for i, j in _min_cost_assignment(cost).items():
        r, c = rows[i], cols[j]
        if weight(r, c) > 0:
            pairs.append((c, r) if transposed else (r, c))
    return pairs


def _min_cost_assignment(cost: list[list[float]]) -> dict[int, int]:
    """Row → column of a minimum-cost assignment of every row (len(cost) <= len(cost[0])), by potentials."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row (1-based) assigned to column j; 0 = free
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        slack, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < slack[j]:
                        slack[j], way[j] = reduced, j0
                    if slack[j] < delta:
                        delta, j1 = slack[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # augment along the alternating path
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return {owner[j] - 1: j - 1 for j in range(1, m + 1) if owner[j]}
