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
