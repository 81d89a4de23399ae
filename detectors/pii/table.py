"""Table context: the header cell of the column a position falls in (Markdown, delimited or aligned).

In a table the label of a number is its column header, not a word on the same line:

>>> text = "sku;part_no;qty\\n1;011 8895 6739;2\\n"
>>> column_header(text, text.index("011"))
'part_no'
>>> md = "| Model | Part no. | Price |\\n|---|---|---|\\n| X200 | 556.665.4316 | 9 |"
>>> column_header(md, md.index("556"))
'Part no.'
>>> aligned = "  id   serial_no     qty\\n0  17   4417 280 115   3\\n1  18   4417 280 116   5"
>>> column_header(aligned, aligned.index("4417 280 116"))
'serial_no'
>>> psql = " id | account_no\\n----+-----------------\\n  7 | 4929 0172 0361 5503"
>>> column_header(psql, psql.index("4929"))
'account_no'
>>> column_header("Call 020 7946 0958, or later.", 5) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["column_header"]

_DELIMITERS = ("\t", ";", "|", ",")
# A rule between a header and its rows: psql ``----+----``, MySQL ``+----+----+``, ``---|---``.
_RULE = re.compile(r"[\s|+:=-]*-{3,}[\s|+:=-]*")
_MD_SEPARATOR = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")
_MAX_ROWS = 200  # how far up a header is searched
_MAX_CELL = 40  # a longer "header cell" is prose
_GAP = re.compile(r"\S+(?: \S+)*")  # the cells of a whitespace-aligned row: runs split by 2+ spaces


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _lines_above(text: str, ls: int) -> Iterator[str]:
    """The lines above the line starting at ``ls``, nearest first (at most ``_MAX_ROWS``)."""
    end = ls - 1
    for _ in range(_MAX_ROWS):
        if end < 0:
            return
        start = text.rfind("\n", 0, end) + 1
        yield text[start:end]
        end = start - 1


def _markdown_header(above: Iterator[str], col: int) -> str | None:
    """The header is the row above the ``|---|`` separator."""
    for line in above:
        if not line.lstrip().startswith("|"):
            return None
        if _MD_SEPARATOR.fullmatch(line):
            header = next(above, "")
            if not header.lstrip().startswith("|"):
                return None
            cells = header.strip().strip("|").split("|")
            return cells[col] if col < len(cells) else None
    return None


def _cells(line: str, delim: str) -> list[str]:
    """The cells of a delimited row; a delimiter inside double quotes does not split (CSV quoting)."""
    if '"' not in line:
        return line.split(delim)
    out: list[str] = []
    cell: list[str] = []
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delim and not quoted:
            out.append("".join(cell))
            cell = []
            continue
        cell.append(ch)
    out.append("".join(cell))
    return out


def _delimited_header(above: Iterator[str], delim: str, count: int, col: int) -> str | None:
    """The top row of the block of rows with the same number of cells; rules (``----+----``) are skipped."""
    top = None
    for line in above:
        if _RULE.fullmatch(line):
            continue  # a psql / MySQL / Markdown rule between header and rows (or between rows)
        if len(_cells(line, delim)) != count:
            break
        top = line
    if top is None:
        return None
    if delim == "," and (". " in top or top.rstrip().endswith(".")):
        return None  # prose with commas, not a CSV header
    cells = _cells(top, delim)
    return cells[col] if col < len(cells) else None


def _aligned_cells(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _GAP.finditer(line)]


def _aligned_header(text: str, ls: int, row: str, pos: int) -> str | None:
    """Whitespace-aligned tables (pandas prints, fixed-width reports): cells are split by 2+ spaces.

    The header is the nearest row above with no digits and as many cells as the row, or one fewer
    (an unlabelled index column); every row in between has the row's cell count. Cells are matched
    from the right, so an index column on the left does not shift them.
    """
    cells = _aligned_cells(row)
    n = len(cells)
    if n < 3:
        return None
    col = next((i for i, (a, b) in enumerate(cells) if a <= pos - ls < b), None)
    if col is None:
        return None
    for line in _lines_above(text, ls):
        above = _aligned_cells(line)
        if any(ch.isdigit() for ch in line):
            if len(above) != n:
                return None
            continue
        if len(above) not in (n, n - 1):
            return None
        k = col - (n - len(above))
        return line[above[k][0] : above[k][1]] if k >= 0 else None
    return None


def column_header(text: str, pos: int) -> str | None:
    """The header cell of the table column holding ``text[pos]``, or ``None`` outside a table."""
    ls, le = _line_bounds(text, pos)
    if ls == 0:
        return None  # the first line has no header above it
    row = text[ls:le]
    before = text[ls:pos]
    cell: str | None
    cell = None
    if row.lstrip().startswith("|"):
        col = before.count("|") - 1
        cell = _markdown_header(_lines_above(text, ls), col) if col >= 0 else None
    if cell is None:
        delim = next((d for d in _DELIMITERS if d in row), None)
        if delim is None:
            cell = _aligned_header(text, ls, row, pos) if "  " in row else None
        else:
            cells = _cells(row, delim)
            if delim == "|" and row.lstrip().startswith("|") and len(cells) < 4:
                return None  # "| a |": one bordered column, no table
            col = len(_cells(before, delim)) - 1
            cell = _delimited_header(_lines_above(text, ls), delim, len(cells), col)
    if cell is None:
        return None
    cell = cell.strip().strip("\"'")
    if not cell or len(cell) > _MAX_CELL or any(ch.isdigit() for ch in cell):
        return None
    return cell
