"""What the generated iterators share (``x-dbrest-paging``; ARCHITECTURE.md, "Vendor extensions").

Databricks pages its lists four ways: an opaque page token (repos, clusters 2.1 list, policy families, jobs 2.2
lists), offset/limit with ``has_more`` (jobs and runs lists of 2.0 and 2.1), SCIM ``startIndex``/``count`` with
``totalResults``, and a ``next_page`` request body handed back in the response (``clusters/events``). The loops
are generated per list (``dbrest._generated``, e.g. ``ws.repos.iter_repos()``, ``ws.scim.iter_users()``), sync and
async from one template; each fetches a page only when the previous one has been consumed, so ``next(it)`` costs
one request and breaking out of a loop early costs nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from .errors import OperationFailed

#: More pages than any list has: a server that keeps answering new tokens beyond this is looping.
MAX_PAGES = 100_000


def opt(value: Any) -> Any:
    """A generated model's optional field as a plain value (UNSET → None)."""
    from dbrest_client.types import Unset

    return None if isinstance(value, Unset) else value


def check_page_size(size: int | None, low: int | None, high: int | None) -> None:
    """ValueError naming the API's bounds for a page size it does not accept (None: the server's default)."""
    if size is not None and ((low is not None and size < low) or (high is not None and size > high)):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ValueError(f"page_size must be {bounds} (the API's limits), got {size}")


class Seen:
    """Drops items already yielded: pages shift when items are added meanwhile (runs are listed newest first)."""

    def __init__(self, key: Callable[[Any], Hashable] | None = None) -> None:
        self._key = key
        self._seen: set[Hashable] = set()

    def fresh(self, item: Any) -> bool:
        if self._key is None:
            return True
        k = self._key(item)
        if k in self._seen:
            return False
        self._seen.add(k)
        return True


class Tokens:
    """The page tokens of one read (``what``): a token answered twice is a server paging in a loop, not data."""

    def __init__(self, what: str = "the list", limit: int = MAX_PAGES) -> None:
        self.what, self.limit = what, limit
        self.seen: set[str] = set()

    def next(self, token: str | None) -> str | None:
        if not token:
            return None
        if token in self.seen or len(self.seen) >= self.limit:
            raise OperationFailed(
                f"{self.what} kept answering next_page_token {token!r} after {len(self.seen)} pages: the server is "
                "paging in a loop; read one page with page_token=... and report it"
            )
        self.seen.add(token)
        return str(token)


def _parent(model: Any, path: str) -> tuple[Any, str]:
    """The object holding a dotted field and the field's name (the object None where a step is absent)."""
    *steps, name = path.split(".")
    for step in steps:
        model = opt(getattr(model, step, None))
        if model is None:
            break
    return model, name


class InnerPages:
    """One object answered in pages (Jobs 2.2 ``jobs/get`` and ``runs/get``: at most 100 items of each array per
    answer, ``next_page_token`` asks for the next, the other fields repeat): later pages' ``arrays`` appended to
    the first's, the way databricks-sdk 0.162.0's ``JobsExt`` concatenates them. Of ``either``, only the first
    array the first page has is merged (a for-each task run pages its iterations, not its one task)."""

    def __init__(self, what: str, first: Any, arrays: tuple[str, ...], either: tuple[str, ...], max_pages: int) -> None:
        self.whole = first
        picked = next((name for name in either if opt(getattr(first, name, None))), either[-1] if either else None)
        self.arrays = arrays + ((picked,) if picked else ())
        self.tokens = Tokens(what, max_pages)
        self.next = self.tokens.next(opt(first.next_page_token))

    def add(self, page: Any) -> None:
        for path in self.arrays:
            target, name = _parent(self.whole, path)
            source, _ = _parent(page, path)
            more = opt(getattr(source, name, None)) if source is not None else None
            if target is not None and more:
                setattr(target, name, [*(opt(getattr(target, name)) or []), *more])
        self.next = self.tokens.next(opt(page.next_page_token))

    def done(self) -> Any:
        """The merged object, its paging fields cleared: it is the whole, not a page."""
        from dbrest_client.types import UNSET

        self.whole.next_page_token = UNSET
        if hasattr(self.whole, "has_more"):
            self.whole.has_more = UNSET
        return self.whole
