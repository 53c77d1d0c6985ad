"""No import cycle among krlint's modules (issue 15).

The layers themselves are import-linter contracts in pyproject.toml (`lint-imports`); a layers
contract allows a cycle inside one layer, and a cycle anywhere makes "who may change what"
unanswerable, so this checks the module graph as a whole. grimp is import-linter's graph library
(the test extra); it counts imports inside functions and under TYPE_CHECKING too.
"""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    """Each import that closes a cycle, as the chain back to its importer: `a` imports `b` and
    `b` leads back to `a`."""
    found = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                found.append((module, *back))
    return found


def test_the_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert _cycles(graph) == [("pkg.a", "pkg.b", "pkg.a"), ("pkg.b", "pkg.a", "pkg.b")]


def test_no_import_cycle_among_krlint_modules():
    graph = grimp.build_graph("krlint", cache_dir=None)
    assert len(graph.modules) > 50  # the whole package was read
    assert _cycles(graph) == []
