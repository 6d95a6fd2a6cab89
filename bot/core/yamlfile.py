"""YAML loading that remembers line numbers, so every problem can name `file:line`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the knowledge pack, located for the person who must fix it."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class LineMap(dict[str, Any]):
    """A YAML mapping that knows the line of itself and of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A YAML sequence that knows the line of itself and of each item (1-based)."""

    line: int
    item_lines: list[int]


def line_of(value: Any, default: int | None = None) -> int | None:
    """The line a loaded YAML value started on, or `default`."""
    return getattr(value, "line", default)


def _convert(node: yaml.Node, path: str, problems: list[Problem]) -> Any:
    if isinstance(node, yaml.MappingNode):
        mapping = LineMap()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path, problems)
            line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                problems.append(Problem(path, line, f"keys must be text, not {key!r}"))
                continue
            if key in mapping:
                problems.append(Problem(path, line, f"duplicate key {key!r}"))
                continue
            mapping[key] = _convert(value_node, path, problems)
            mapping.key_lines[key] = line
        return mapping
    if isinstance(node, yaml.SequenceNode):
        sequence = LineList(_convert(item, path, problems) for item in node.value)
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = [item.start_mark.line + 1 for item in node.value]
        return sequence
    # Scalars: let PyYAML's safe rules decide between text, numbers, booleans and dates.
    return yaml.SafeLoader.construct_object(_SCALAR_LOADER, node, deep=True)


_SCALAR_LOADER = yaml.SafeLoader("")


def load_yaml(path: Path, display: str | None = None) -> tuple[Any, list[Problem]]:
    """Parse `path`; return (data, problems). A syntax error is a problem with its line, not an exception."""
    shown = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(shown, None, "file not found")]
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(shown, None, f"cannot read the file ({error})")]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        reason = error.problem or error.context or "malformed YAML"
        return None, [Problem(shown, line, f"malformed YAML: {reason}")]
    except yaml.YAMLError as error:
        return None, [Problem(shown, None, f"malformed YAML: {error}")]
    if node is None:
        return None, []
    problems: list[Problem] = []
    try:
        return _convert(node, shown, problems), problems
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark
        return None, [Problem(shown, mark.line + 1 if mark else None, f"malformed YAML: {error.problem}")]
