"""Token Management API 2.0 (api-inventory §1.11): workspace admins list, read and revoke every token and create
tokens on behalf of service principals.

Rules: admin only (PERMISSION_DENIED); works on the Token service's store (token.py), so the same quota (600
per owner), expiry and workspace settings apply; unknown, expired or revoked ids give RESOURCE_DOES_NOT_EXIST.
An on-behalf-of token is owned by (authenticates as) the service principal's application id, and its creator is
the calling admin. PATCH changes a token's comment and scopes by field mask (token.py) and answers its
TokenInfo. Whether the application id names a service principal is asked of the SCIM service
(``service_principal_exists``) when it offers that; an unknown one gives INVALID_PARAMETER_VALUE.
"""

from __future__ import annotations

from typing import Any, cast

from ..errors import ApiError
from ..service import Request, Service, operation
from .groups import GroupsService, principal_id
from .token import Token, TokenService


class TokenManagementService(Service):
    name = "token-management"

    @property
    def _store(self) -> TokenService:
        return cast(TokenService, self.env.service("token"))

    def _check_admin(self, req: Request) -> None:
        groups = cast(GroupsService, self.env.service("groups"))
        if not groups.is_admin(req.user):
            raise ApiError.permission_denied("Only workspace admins can manage the tokens of other users.")

    @operation("tokenManagementList")
    def list_tokens(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        by_id = req.params.get("created_by_id")
        by_name = req.params.get("created_by_username")
        infos = [
            t.admin_info()
            for t in self._store.valid_tokens()
            if (by_id is None or principal_id(t.created_by) == by_id) and (by_name is None or t.created_by == by_name)
        ]
        return {"token_infos": infos} if infos else {}

    def _admin_get(self, req: Request) -> Token:
        """The token named by ``token_id``, for an admin (any owner's)."""
        self._check_admin(req)
        token_id = req.params["token_id"]
        token = self._store.get_token(token_id)
        if token is None:
            raise ApiError.not_found(f"Token with id {token_id} does not exist.")
        return token

    @operation("tokenManagementGet")
    def get(self, req: Request) -> dict[str, Any]:
        token = self._admin_get(req)
        return {"token_info": token.admin_info()}

    @operation("tokenManagementUpdate")
    def update(self, req: Request) -> dict[str, Any]:
        token = self._admin_get(req)
        self._store.update_token(token, req.params["token"], req.params["update_mask"])
        return token.admin_info()

    @operation("tokenManagementDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        self._store.revoke(req.params["token_id"])
        return {}

    @operation("tokenManagementCreateOboToken")
    def create_obo(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        app_id = req.params["application_id"]
        scim = self.env.services.get("scim")
        exists = getattr(scim, "service_principal_exists", None)
        if exists is not None and not exists(app_id):
            raise ApiError.invalid(f"Service principal with application id {app_id} does not exist.")
        token = self._store.create_token(
            owner=app_id,
            created_by=req.user,
            lifetime_seconds=req.params["lifetime_seconds"],
            comment=req.params.get("comment"),
            scopes=req.params.get("scopes"),
            autoscope_enabled=bool(req.params.get("autoscope_enabled", False)),
        )
        return {"token_value": token.value, "token_info": token.admin_info()}
