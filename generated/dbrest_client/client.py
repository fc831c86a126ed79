import difflib
import functools
import inspect
import ssl
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, ParamSpec, Self, TypeVar

import attrs
import httpx
from attrs import define, evolve, field

from .types import UNSET, Unset


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"
    # dbrest: the error the service facades raise for an answer that does not parse (a sign-in page, a wrong
    # type, an undocumented status), given the response and the parse failure; None raises UnexpectedStatus.
    unexpected_response: Callable[[httpx.Response, BaseException | None], Exception] | None = field(
        default=None, kw_only=True, repr=False
    )

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


# dbrest: the keyword calls of the service facades (``ws.clusters.get("0101-...")``,
# ``ws.jobs.create(name="x", tasks=[{...}])``). They live here because every facade imports this module anyway and
# it imports no model: the model of a request is passed in by the facade method, which imports it lazily.
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _unknown_keyword(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> TypeError | None:
    """A TypeError naming the unknown keyword and its closest valid name, when binding the call fails."""
    signature = inspect.signature(fn)
    try:
        signature.bind(*args, **kwargs)
    except TypeError as exc:
        valid = [name for name in signature.parameters if name != "self"]
        name = fn.__qualname__
        for key in kwargs:
            if key not in signature.parameters:
                close = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                return TypeError(
                    f"{name}() got an unexpected keyword argument {key!r}{hint} Valid keywords: {', '.join(valid)}"
                )
        return TypeError(f"{name}(): {exc}")
    return None


def keyword_call(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """A facade method whose bad call (an unknown keyword, a missing argument) raises a TypeError naming the
    closest valid keyword. The signature stays the method's own, for help(), editors and mypy."""

    @functools.wraps(fn)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return fn(*args, **kwargs)
        except TypeError:
            better = _unknown_keyword(fn, args, kwargs)
            if better is None:  # the call bound: the TypeError is the method's own
                raise
            raise better from None

    return call


def async_keyword_call(fn: Callable[_P, Coroutine[Any, Any, _R]]) -> Callable[_P, Coroutine[Any, Any, _R]]:
    """:func:`keyword_call` for a coroutine method (the wrapper stays a coroutine function)."""

    @functools.wraps(fn)
    async def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            coroutine = fn(*args, **kwargs)
        except TypeError:
            better = _unknown_keyword(fn, args, kwargs)
            if better is None:
                raise
            raise better from None
        return await coroutine

    return call


def _plain(value: Any) -> Any:
    """A keyword value as JSON-shaped data for ``from_dict``: models by their ``to_dict()``, lists and dicts
    element by element, anything else (str, int, enum members, ...) as is."""
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _same_name(wire: str, attribute: str) -> bool:
    """Whether a wire name (``notebook_task``, SCIM's ``displayName``) is the model attribute ``attribute``."""
    return wire.replace("_", "").lower() == attribute.rstrip("_").replace("_", "").lower()


def _unknown_fields(given: Any, built: Any, where: str) -> list[str]:
    """Fields of the caller's plain dicts that no model declares, found by walking what was given beside what
    ``from_dict`` built of it: a model with declared attributes whose ``additional_properties`` caught a key of
    a plain dict (a misspelling). Models that are maps (``spark_conf``, ``custom_tags``: no declared attribute)
    take any key, and a model the caller built, wherever it is, is sent as built (its ``additional_properties``
    are how a field this client does not know yet goes out)."""
    found: list[str] = []
    if attrs.has(type(given)):
        return found
    if isinstance(given, (list, tuple)) and isinstance(built, list):
        for i, (item, built_item) in enumerate(zip(given, built)):
            found += _unknown_fields(item, built_item, f"{where}[{i}]")
    elif isinstance(given, Mapping) and attrs.has(type(built)):
        declared = [f.name for f in attrs.fields(type(built)) if f.name != "additional_properties"]
        extra = getattr(built, "additional_properties", None)
        if declared and isinstance(extra, dict):
            candidates = declared + [_camel(n) for n in declared]
            for key in extra:
                close = difflib.get_close_matches(str(key), candidates, n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                found.append(f"{where}: unknown field {key!r}{hint}")
        for name in declared:
            key = next((k for k in given if isinstance(k, str) and _same_name(k, name)), None)
            if key is not None:
                found += _unknown_fields(given[key], getattr(built, name), f"{where}.{name}")
    elif isinstance(given, Mapping) and isinstance(built, Mapping):
        for key, item in given.items():
            if key in built:
                found += _unknown_fields(item, built[key], f"{where}[{key!r}]")
    return found


def request_body(model: Any, body: Any, fields: dict[str, tuple[str, Any]], where: str, required: bool) -> Any:
    """The request of a facade call: ``body`` if given (then no field keyword may be), else ``model`` built from
    the field keywords (``fields``: attribute name -> (wire name, value), UNSET when not given). Nested values
    may be models or plain dicts/lists; a plain dict's field that its model does not declare is a TypeError
    naming it (Databricks ignores unknown request fields, so a misspelling would silently do nothing; a field
    this client does not know yet can still be sent through a model's ``additional_properties``, as a model
    the caller built is sent as built)."""
    given = {name: wire_value for name, wire_value in fields.items() if not isinstance(wire_value[1], Unset)}
    if not isinstance(body, Unset):
        if given:
            raise TypeError(
                f"{where}() takes the request either as body= or as keywords, not both (got body= and "
                f"{', '.join(sorted(given))})"
            )
        return body
    if not given and not required:
        return UNSET
    for name, (_, value) in given.items():
        if isinstance(value, model):
            raise TypeError(f"{where}() got the request model as {name}=; pass it as body=")
    try:
        built = model.from_dict({wire: _plain(value) for wire, value in given.values()})
    except KeyError as exc:
        raise TypeError(
            f"{where}() is missing the required field {exc.args[0]!r} (of the request or of a nested object; "
            "is it misspelled?)"
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{where}(): a keyword value does not fit the request: {exc}") from exc
    unknown: list[str] = []
    for name, (_, value) in given.items():
        unknown += _unknown_fields(value, getattr(built, name), name)
    if unknown:
        raise TypeError(f"{where}(): " + "; ".join(unknown))
    return built
