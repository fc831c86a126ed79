"""Shell completion: `dbrest completion bash|zsh|fish` prints a script that asks `dbrest __complete SHELL LINE`
for the candidates of the word under the cursor: families and services, commands and operations, flags, and for
`fs` the DBFS paths of the directory being typed (one listing, only when the word looks like a DBFS path)."""

from __future__ import annotations

import argparse
import shlex
import sys

from .parser import Command, Group, arguments, command_words, subcommands

GROUP = Group(
    "completion",
    "shell completion scripts for bash, zsh and fish",
    (
        "dbrest completion bash > ~/.local/share/bash-completion/completions/dbrest   # or: source <(dbrest completion bash)",
        "dbrest completion zsh > ~/.zfunc/_dbrest       # with fpath+=~/.zfunc before compinit",
        "dbrest completion fish > ~/.config/fish/completions/dbrest.fish",
    ),
)

BASH = r"""# dbrest completion for bash: source <(dbrest completion bash)
_dbrest_complete() {
    local IFS=$'\n'
    COMPREPLY=($(dbrest __complete bash "${COMP_LINE:0:$COMP_POINT}" 2>/dev/null))
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == */ ]]; then
        compopt -o nospace 2>/dev/null
    fi
}
complete -o default -F _dbrest_complete dbrest
"""

ZSH = r"""#compdef dbrest
# dbrest completion for zsh: dbrest completion zsh > "${fpath[1]}/_dbrest"
_dbrest() {
    local -a candidates
    candidates=("${(@f)$(dbrest __complete zsh "${BUFFER[1,$CURSOR]}" 2>/dev/null)}")
    candidates=(${candidates:#})
    (( ${#candidates} )) && compadd -Q -- "${candidates[@]}"
}
if [[ "${zsh_eval_context[-1]}" == loadautofunc ]]; then
    _dbrest "$@"
else
    compdef _dbrest dbrest
fi
"""

FISH = r"""# dbrest completion for fish: dbrest completion fish > ~/.config/fish/completions/dbrest.fish
function __dbrest_complete
    dbrest __complete fish (commandline -cp) 2>/dev/null
end
complete -c dbrest -f -a '(__dbrest_complete)'
"""

SCRIPTS = {"bash": BASH, "zsh": ZSH, "fish": FISH}


def cmd_completion(args: argparse.Namespace) -> int:
    sys.stdout.write(SCRIPTS[args.command])
    return 0


def complete(shell: str, line: str) -> list[str]:
    """The candidates for the last word of ``line`` (the command line up to the cursor)."""
    try:
        words = shlex.split(line)
    except ValueError:  # an open quote: complete the words as typed
        words = line.split()
    if not line or line[-1].isspace():
        words.append("")
    words = words[1:]  # "dbrest"
    current = words[-1] if words else ""
    before = words[:-1]
    candidates = _candidates(command_words(before), current, before)
    shown = sorted({c for c in candidates if c.startswith(current)})
    if shell == "bash" and ":" in current:
        # bash splits words at ":" (COMP_WORDBREAKS): it replaces only what follows the last one
        cut = current.rindex(":") + 1
        shown = [c[cut:] for c in shown]
    return shown


def _candidates(positional: list[str], current: str, before: list[str]) -> list[str]:
    from .parser import build_parser

    if before and before[-1] in ("-o", "--output"):
        return ["json", "table"]
    if not positional:
        parser = build_parser(only="", with_mock_options=False)
        if current.startswith("-"):
            return [s for a in arguments(parser) for s in a.option_strings]
        return list(subcommands(parser))
    group = positional[0]
    parser = build_parser(only=group, with_mock_options=False)
    group_parser = subcommands(parser).get(group)
    if group_parser is None:
        return []
    commands = subcommands(group_parser)
    if commands and len(positional) == 1 and not current.startswith("-"):
        return list(commands)
    target = commands.get(positional[1]) if commands and len(positional) > 1 else group_parser
    if target is None:
        return []
    if current.startswith("-"):
        return [s for a in arguments(target) if a.help != argparse.SUPPRESS for s in a.option_strings]
    if group == "fs" and (current.startswith(("dbfs:", "/")) or (positional[1:2] != ["cp"] and len(positional) > 1)):
        return remote_paths(current)
    return []


def remote_paths(current: str) -> list[str]:
    """The DBFS entries of the directory ``current`` is in, written as ``current`` writes its prefix."""
    from .common import workspace

    scheme = "dbfs:" if current.startswith("dbfs:") or not current else ""
    bare = current[5:] if current.startswith("dbfs:") else current
    bare = bare or "/"
    directory = bare[: bare.rindex("/") + 1] if "/" in bare else "/"
    args = argparse.Namespace(host=None, profile=None, allow_insecure_http=False, quiet=True)
    try:
        with workspace(args) as ws:
            entries = ws.dbfs.ls(directory)
    except Exception:  # completion never shows an error: no candidates instead
        return []
    from .common import has_control_characters

    out = []
    for entry in entries:
        path = str(entry.path)
        if has_control_characters(path):  # no one types such a name, and the shell would show it raw
            continue
        out.append(scheme + path + ("/" if entry.is_dir else ""))
    return out


def main(argv: list[str]) -> int:
    """`dbrest __complete SHELL LINE`: one candidate per line."""
    shell, line = [*argv, "", ""][:2]
    for candidate in complete(shell, line):
        print(candidate)
    return 0


COMMANDS = [
    Command(
        "completion",
        shell,
        cmd_completion,
        f"print the {shell} completion script",
        (example,),
    )
    for shell, example in zip(SCRIPTS, GROUP.examples, strict=True)
]
