"""The `dbrest` parser, built from data: the spec's operations (:mod:`.generated`) and the table of hand-written
commands (:data:`Command` entries of each family module), with the global options, help layout and epilogs.

Only the command family named on the command line gets its subcommands built; the others appear in the top-level
help by name and summary. `build_parser()` without ``only`` builds everything (docs, completion, tests).

This module is the one place where dbrest reaches into argparse's internals (its undocumented names): the help
layout of :class:`Formatter`, and reading a built parser back (:func:`arguments`, :func:`subcommands`, :func:`walk`,
:func:`copy_option`), which argparse offers no public call for. Everything else, the tests too, goes through these.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

EXIT_CODES = "exit codes: 0 ok, 1 error, 2 usage error, 3 run or command failed, 130 interrupted"
GLOBAL_NOTE = (
    "global options (--host, --profile, -o, -q, --debug, --allow-insecure-http): see `dbrest --help`; they may "
    "also follow the command"
)
#: Destinations of the global options: a generated field with one of these names gets another dest.
GLOBAL_DESTS = {"host", "profile", "output", "quiet", "debug", "allow_insecure_http", "version"}
#: Global options that take a value: the word after one is not a command.
VALUED_GLOBAL_OPTIONS = frozenset({"--host", "--profile", "-o", "--output"})


def command_words(argv: Sequence[str]) -> list[str]:
    """The words of ``argv`` that are neither options nor a global option's value: the command and its
    positional arguments (what `main` builds the parser for, and what completion completes after)."""
    words: list[str] = []
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in VALUED_GLOBAL_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            words.append(word)
    return words


@dataclass(frozen=True)
class Arg:
    """One ``add_argument`` call; a tuple of them in :attr:`Command.args` is a mutually exclusive group."""

    flags: tuple[str, ...]
    options: dict[str, Any]


def arg(*flags: str, **options: Any) -> Arg:
    return Arg(flags, options)


@dataclass(frozen=True)
class Command:
    """A hand-written command: what needs more than one call, or local files, or no API at all.

    ``operation`` ("service operation") gives the command the arguments of that generated operation (required
    fields positional, scalar fields as flags, ``--json``) before its own ``args``; ``field_help`` rewords some.
    ``every_page``: the operation is a paged list and the command reads every page (its filters stay, ``--all``
    and the page-position flags do not). ``name`` None: the family is the command itself (`dbrest exec`)."""

    group: str
    name: str | None
    run: Callable[[argparse.Namespace], int]
    help: str
    examples: tuple[str, ...] = ()
    args: tuple[Arg | tuple[Arg, ...], ...] = ()
    description: str | None = None
    operation: str | None = None
    field_help: dict[str, str] = field(default_factory=dict)
    every_page: bool = False
    setup: Callable[[argparse.ArgumentParser, bool], None] | None = None


@dataclass(frozen=True)
class Group:
    """A family of hand-written commands (it may share its name with a service of the spec)."""

    name: str
    help: str
    examples: tuple[str, ...] = ()


class Formatter(argparse.HelpFormatter):
    """Wraps prose paragraphs to the terminal; keeps paragraphs with indented lines (examples) as written."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)
        # argparse sizes the help column without the indent of subcommand names, so `runs-wait` would wrap
        self._action_max_length = 16

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        blocks = []
        for block in text.split("\n\n"):
            lines = block.splitlines()
            if any(line.startswith(" ") for line in lines):
                blocks.append("\n".join(indent + line for line in lines))
            else:
                blocks.append(
                    textwrap.fill(
                        " ".join(block.split()),
                        width,
                        initial_indent=indent,
                        subsequent_indent=indent,
                        break_on_hyphens=False,
                    )
                )
        return "\n\n".join(blocks)


# --- reading a parser back ------------------------------------------------------------------------------------
# argparse keeps what a parser holds in ArgumentParser._actions and the subcommands in the choices of a
# _SubParsersAction; it has public calls to build a parser, none to list it. The completion, `mock serve` (which
# takes over the options of `python -m dbrest_mock`), the CLI reference page and the tests use the functions below,
# so that an argparse release that renames these touches this block only.


def arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The options and positionals of ``parser``, in the order they were added (its subcommands not among them:
    see :func:`subcommands`). ``--help`` is one of them; the hidden global options too (help ``SUPPRESS``)."""
    return [a for a in parser._actions if not isinstance(a, argparse._SubParsersAction)]


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommands of ``parser`` by name, in the order they were added; empty for a command without any."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def walk(parser: argparse.ArgumentParser, prefix: str = "dbrest") -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """(command line, parser) for ``parser`` (named ``prefix``) and every subcommand below it, depth first."""
    yield prefix, parser
    for name, sub in subcommands(parser).items():
        yield from walk(sub, f"{prefix} {name}")


def is_help(action: argparse.Action) -> bool:
    """Whether ``action`` is a ``-h/--help`` option (argparse's own or one added with ``action="help"``)."""
    return isinstance(action, argparse._HelpAction)


def appends(action: argparse.Action) -> bool:
    """Whether ``action`` collects every use of its option in a list (``action="append"``)."""
    return isinstance(action, argparse._AppendAction)


def copy_option(parser: argparse.ArgumentParser, action: argparse.Action) -> None:
    """Give ``parser`` ``action``, an option of another parser (a copy of it, changed as needed); raises
    argparse.ArgumentError when ``parser`` has an option of that name already."""
    parser._add_action(action)


def global_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    # Shown once, at the top level. Below it the same options are accepted (after the subcommand too) but hidden,
    # and their defaults are suppressed so that a subcommand's parser does not reset what was given before it.
    def d(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    def h(text: str) -> str:
        return text if top else argparse.SUPPRESS

    p.add_argument(
        "--host",
        metavar="URL",
        default=d(None),
        help=h("workspace URL (default: DATABRICKS_HOST, else the profile's host)"),
    )
    p.add_argument(
        "--profile",
        metavar="NAME",
        default=d(None),
        help=h("profile in ~/.databrickscfg (default: DATABRICKS_CONFIG_PROFILE, else DEFAULT)"),
    )
    p.add_argument(
        "-o",
        "--output",
        choices=["json", "table"],
        default=d(None),
        help=h(
            "output format (default: table; for the commands generated from the spec, json when stdout is not a "
            "terminal)"
        ),
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", default=d(False), help=h("no progress, retries or notes on stderr")
    )
    p.add_argument(
        "--debug", action="store_true", default=d(False), help=h("show the traceback of an error, and HTTP logs")
    )
    p.add_argument(
        "--allow-insecure-http",
        action="store_true",
        default=d(False),
        help=h("allow a token over plain http:// to a host that is not this machine (or DBREST_ALLOW_INSECURE_HTTP=1)"),
    )


def epilog(examples: Sequence[str]) -> str:
    shown = "examples:\n" + "\n".join(f"  {e}" for e in examples) + "\n\n" if examples else ""
    return f"{shown}{EXIT_CODES}\n\n{GLOBAL_NOTE}"


def sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "." if text else text


TOP_EPILOG = f"""\
configuration, as dbrest.Workspace.from_env: --host and --profile, then the environment (DATABRICKS_HOST,
DATABRICKS_TOKEN or DATABRICKS_USERNAME/DATABRICKS_PASSWORD, DATABRICKS_CONFIG_PROFILE), then the profile in
~/.databrickscfg, then ~/.netrc. DBFS paths are written dbfs:/path.

Every operation of the API is a command, `dbrest SERVICE OPERATION` (services and operations as the OpenAPI spec
names them: `dbrest clusters events ID`, `dbrest secrets scopes-list`); the hand-written commands add waiting,
transfers and local files.

examples:
  dbrest fs cp -r ./data dbfs:/tmp/data
  dbrest --profile dev clusters list
  dbrest -o json jobs run-now 123 --wait
  dbrest clusters events 0123-456789-abcdefgh --all
  dbrest mock serve --port 8080
  source <(dbrest completion bash)

{EXIT_CODES}; `dbrest COMMAND --help` for more"""


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("dbrest")
    except PackageNotFoundError:  # run from a source tree that is not installed
        return "unknown"


class _Version(argparse.Action):
    """--version, read from the installed distribution only when asked (importlib.metadata is not free)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=kwargs.get("help"))

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(f"dbrest {version()}")
        parser.exit()


class Parser(argparse.ArgumentParser):
    """Every `dbrest` parser (a subcommand's too: ``add_parser`` makes one of its parent's class): the help layout
    of :class:`Formatter`, and no option prefixes. argparse would otherwise take an unambiguous prefix for an
    option, so `--all` on a command without it would silently mean --allow-insecure-http."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


def build_parser(*, only: str | None = None, with_mock_options: bool = True) -> argparse.ArgumentParser:
    """The `dbrest` parser. ``only``: build the subcommands of that family only (what `main` does: the others
    are listed by name); None builds all. ``with_mock_options=False`` leaves out the options of `mock serve`,
    read from dbrest_mock (importing it costs a tenth of a second)."""
    from . import generated, table

    hidden = Parser(add_help=False)
    global_options(hidden, top=False)
    parser = Parser(
        prog="dbrest",
        description="Databricks from the shell: every REST API operation, and DBFS transfers, waits, 1.2 "
        "execution, workspace files, the mock.",
        epilog=TOP_EPILOG,
    )
    parser.add_argument("--version", action=_Version, help="print dbrest's version and exit")
    global_options(parser, top=True)
    sub = parser.add_subparsers(title="commands", dest="group", metavar="COMMAND", required=True)
    families = table.families()
    for name, help_text in families.items():
        own = [c for c in table.COMMANDS if c.group == name]
        single = own[0] if len(own) == 1 and own[0].name is None else None  # `dbrest exec`
        group_parser = sub.add_parser(
            name,
            help=help_text,
            description=(single.description if single and single.description else sentence(help_text)),
            epilog=epilog(single.examples if single else table.group_examples(name)),
            parents=[hidden],
        )
        if only is not None and only != name:
            continue
        if single is not None:
            table.fill(group_parser, single, with_mock_options=with_mock_options)
            continue
        commands = group_parser.add_subparsers(title="commands", dest="command", metavar="SUBCOMMAND", required=True)
        written = {c.name: c for c in own if c.name is not None}
        names: list[str] = list(written) + [n for n in generated.operation_names(name) if n not in written]
        for command_name in names:  # the hand-written ones first
            command = written.get(command_name)
            if command is not None:
                summary = command.help
                description = command.description or sentence(command.help)
                examples: Sequence[str] = command.examples
            else:
                summary, description, examples = generated.texts(name, command_name)
            p = commands.add_parser(
                command_name,
                help=summary,
                description=description,
                epilog=epilog(examples),
                parents=[hidden],
            )
            if command is not None:
                table.fill(p, command, with_mock_options=with_mock_options)
            else:
                generated.fill(p, name, command_name)
    return parser
