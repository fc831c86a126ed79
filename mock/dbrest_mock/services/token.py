"""Token API 2.0 (api-inventory §1.10) and the mock's store of personal access tokens.

Rules: a token is created for the caller (or, through Token Management, for a service principal) and its value
(``dapi`` + 32 hex digits, derived from a counter) is returned once; from then on it is a valid credential of
the mock for its owner until it expires (``lifetime_seconds``; absent or ≤ 0 = never) or is revoked. Expired
tokens disappear (list, get and delete no longer see them). At most 600 unexpired tokens per owner
(QUOTA_EXCEEDED). Workspace settings (workspace-conf): ``enableTokensConfig`` "false" refuses new tokens
(PERMISSION_DENIED) and stops API-created tokens from authenticating (the configured MockConfig tokens keep
working); ``maxTokenLifetimeDays`` refuses tokens without a lifetime or with a longer one
(INVALID_PARAMETER_VALUE). Token Management (token_management.py) works on the same store.

Later (databricks-sdk 0.162.0): ``scopes`` on a token, and PATCH by field mask (``update_mask``, comma-separated,
``*`` for all) of its updatable fields ``comment`` and ``scopes``; a field named by the mask but left out of
``token`` is cleared, any other field name gives INVALID_PARAMETER_VALUE; the output-only fields of the token
info that the SDK sends back in ``token`` are ignored. ``autoscope_enabled`` on create: the SDK's docs say such a
token "will automatically collect inferred API path scopes as it is used", so the mock reports it in
``autoscope_state`` AUTOSCOPE_STATE_RUNNING (iam.AutoscopeState); the mock does not collect the scopes themselves,
so ``inferred_scopes`` stays absent, and a token created without it has no ``autoscope_state``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation
from .groups import principal_id

MAX_TOKENS_PER_OWNER = 600
#: The fields of a token that PATCH may change.
UPDATABLE = ("comment", "scopes")
INT64_MAX = 2**63 - 1


@dataclass
class Token:
    token_id: str
    value: str
    #: The principal the token authenticates as: a user name or a service principal's application id.
    owner: str
    #: The user who created it (the owner, or the admin who created it on behalf of a service principal).
    created_by: str
    creation_time: int
    #: Epoch ms; -1 = never expires.
    expiry_time: int
    comment: str | None
    scopes: list[str] | None = None
    #: Created with ``autoscope_enabled`` true.
    autoscope: bool = False

    def public_info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "token_id": self.token_id,
            "creation_time": self.creation_time,
            "expiry_time": self.expiry_time,
        }
        if self.comment is not None:
            info["comment"] = self.comment
        if self.scopes is not None:
            info["scopes"] = list(self.scopes)
        if self.autoscope:
            info["autoscope_state"] = "AUTOSCOPE_STATE_RUNNING"
        return info

    def admin_info(self) -> dict[str, Any]:
        return {
            **self.public_info(),
            "created_by_id": principal_id(self.created_by),
            "created_by_username": self.created_by,
            "owner_id": principal_id(self.owner),
        }


class TokenService(Service):
    name = "token"

    def reset(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._by_value: dict[str, str] = {}

    # --- Python API for the app (authentication) and Token Management ---------------------------------

    def user_for_token(self, value: str) -> str | None:
        """The owner of a valid API-created token with this value; None if unknown, expired, revoked or disabled."""
        token_id = self._by_value.get(value)
        if token_id is None or not self.tokens_enabled():
            return None
        token = self.get_token(token_id)
        return token.owner if token is not None else None

    def tokens_enabled(self) -> bool:
        return self._conf("enableTokensConfig", "true").lower() != "false"

    def valid_tokens(self) -> list[Token]:
        """Every unexpired, unrevoked token, oldest first (expired ones are dropped)."""
        self._purge_expired()
        return list(self._tokens.values())

    def get_token(self, token_id: str) -> Token | None:
        self._purge_expired()
        return self._tokens.get(token_id)

    def revoke(self, token_id: str) -> None:
        """Revoke a valid token (RESOURCE_DOES_NOT_EXIST if there is none with this id)."""
        token = self.get_token(token_id)
        if token is None:
            raise ApiError.not_found(f"Token with id {token_id} does not exist.")
        del self._tokens[token_id]
        del self._by_value[token.value]

    def update_token(self, token: Token, values: dict[str, Any], mask: str) -> None:
        """Apply a PATCH: set the fields named by ``mask`` to their ``values`` (absent = cleared)."""
        fields = list(UPDATABLE) if mask.strip() == "*" else [f for f in mask.split(",") if f]
        if not fields:
            raise ApiError.invalid("update_mask must name at least one field: comment, scopes or *.")
        unknown = [f for f in fields if f not in UPDATABLE]
        if unknown:
            raise ApiError.invalid(
                f"Field {unknown[0]!r} in update_mask cannot be updated; updatable fields are comment and scopes."
            )
        if "comment" in fields:
            token.comment = values.get("comment")
        if "scopes" in fields:
            scopes = values.get("scopes")
            token.scopes = list(scopes) if scopes is not None else None

    def create_token(
        self,
        *,
        owner: str,
        created_by: str,
        lifetime_seconds: int | None,
        comment: str | None,
        scopes: list[str] | None = None,
        autoscope_enabled: bool = False,
    ) -> Token:
        """Check the workspace rules and the quota, then store and return a new token."""
        if not self.tokens_enabled():
            raise ApiError.permission_denied("Personal access tokens are disabled for this workspace.")
        now = self.clock.now_ms()
        lifetime = lifetime_seconds if lifetime_seconds is not None and lifetime_seconds > 0 else None
        max_days = self._conf("maxTokenLifetimeDays", "")
        if max_days:
            max_seconds = int(max_days) * 86400
            if lifetime is None or lifetime > max_seconds:
                raise ApiError.invalid(
                    f"Token lifetime must be set and at most {max_days} days ({max_seconds} seconds) "
                    "by the workspace's maxTokenLifetimeDays setting."
                )
        if lifetime is not None and lifetime > (INT64_MAX - now) // 1000:
            raise ApiError.invalid(f"Invalid lifetime_seconds: {lifetime_seconds}")
        owned = sum(1 for t in self.valid_tokens() if t.owner == owner)
        if owned >= MAX_TOKENS_PER_OWNER:
            raise ApiError(400, "QUOTA_EXCEEDED", f"Cannot create more than {MAX_TOKENS_PER_OWNER} tokens for {owner}.")
        n = self.env.next_id("token")
        token = Token(
            token_id=hashlib.sha256(f"dbrest-mock-token-id-{n}".encode()).hexdigest(),
            value="dapi" + hashlib.sha256(f"dbrest-mock-token-value-{n}".encode()).hexdigest()[:32],
            owner=owner,
            created_by=created_by,
            creation_time=now,
            expiry_time=now + lifetime * 1000 if lifetime is not None else -1,
            comment=comment,
            scopes=list(scopes) if scopes is not None else None,
            autoscope=autoscope_enabled,
        )
        self._tokens[token.token_id] = token
        self._by_value[token.value] = token.token_id
        return token

    # --- helpers ------------------------------------------------------------------------------------------

    def _purge_expired(self) -> None:
        now = self.clock.now_ms()
        for token in [t for t in self._tokens.values() if t.expiry_time != -1 and t.expiry_time <= now]:
            del self._tokens[token.token_id]
            del self._by_value[token.value]

    def _conf(self, key: str, default: str) -> str:
        conf = self.env.services.get("workspace-conf")
        get = getattr(conf, "get", None)
        if get is None:
            return default
        try:
            value = get(key)
        except KeyError:
            return default
        return value if isinstance(value, str) else default

    # --- operations ---------------------------------------------------------------------------------------

    @operation("tokenCreate")
    def create_op(self, req: Request) -> dict[str, Any]:
        token = self.create_token(
            owner=req.user,
            created_by=req.user,
            lifetime_seconds=req.params.get("lifetime_seconds"),
            comment=req.params.get("comment"),
            scopes=req.params.get("scopes"),
            autoscope_enabled=bool(req.params.get("autoscope_enabled", False)),
        )
        return {"token_value": token.value, "token_info": token.public_info()}

    def _own_token(self, req: Request) -> Token:
        """The caller's own token named by ``token_id``; another user's is as unknown as a missing one."""
        token_id = req.params["token_id"]
        token = self.get_token(token_id)
        if token is None or token.owner != req.user:
            raise ApiError.not_found(f"Token with id {token_id} does not exist.")
        return token

    @operation("tokenUpdate")
    def update_op(self, req: Request) -> dict[str, Any]:
        token = self._own_token(req)
        self.update_token(token, req.params["token"], req.params["update_mask"])
        return {}

    @operation("tokenList")
    def list_tokens(self, req: Request) -> dict[str, Any]:
        infos = [t.public_info() for t in self.valid_tokens() if t.owner == req.user]
        return {"token_infos": infos} if infos else {}

    @operation("tokenDelete")
    def delete_op(self, req: Request) -> dict[str, Any]:
        self.revoke(self._own_token(req).token_id)
        return {}
