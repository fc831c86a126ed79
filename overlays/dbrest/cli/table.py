"""The table of hand-written commands (each family module's COMMANDS) and the families the top level lists: the
hand-written ones first, then every service of the spec."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from . import clusters, completion, execution, fs, jobs, tools, workspace_files
from .parser import Arg, Command, Group
from .spec_index import service_help, service_names

GROUPS: list[Group] = [
    fs.GROUP,
    clusters.GROUP,
    *jobs.GROUPS,
    execution.GROUPS[0],
    workspace_files.GROUP,
    *execution.GROUPS[1:],
    *tools.GROUPS,
    completion.GROUP,
]
COMMANDS: list[Command] = [
    *fs.COMMANDS,
    *clusters.COMMANDS,
    *jobs.COMMANDS,
    *execution.COMMANDS,
    *workspace_files.COMMANDS,
    *tools.COMMANDS,
    *completion.COMMANDS,
]


def families() -> dict[str, str]:
    """Family name -> one-line help, in the order of `dbrest --help`."""
    out = {g.name: g.help for g in GROUPS}
    for service in service_names():
        out.setdefault(service, service_help(service))
    return out


def group_examples(name: str) -> Sequence[str]:
    for g in GROUPS:
        if g.name == name:
            return g.examples
    from .generated import operation_names

    names = operation_names(name)  # cheap: the fields of an operation are read only when its parser is built
    return [f"dbrest {name} {names[0]} --help", f"dbrest -o json {name} {names[-1]} ..."] if names else []


def fill(p: argparse.ArgumentParser, command: Command, *, with_mock_options: bool) -> None:
    """Give ``p`` the arguments of a hand-written command (after those of its generated operation, if any)."""
    if command.operation is not None:
        from .generated import add_arguments, operation

        service, name = command.operation.split()
        op = operation(service, name)
        add_arguments(p, op, command.field_help, every_page=command.every_page)
        p.set_defaults(op=op, all=command.every_page)
    for item in command.args:
        if isinstance(item, Arg):
            p.add_argument(*item.flags, **item.options)
        else:
            exclusive = p.add_mutually_exclusive_group()
            for a in item:
                exclusive.add_argument(*a.flags, **a.options)
    if command.setup is not None:
        command.setup(p, with_mock_options)
    p.set_defaults(func=command.run)
