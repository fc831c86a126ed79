from enum import StrEnum


class ScimUserSchemasItem(StrEnum):
    URNIETFPARAMSSCIMSCHEMASCORE2_0USER = "urn:ietf:params:scim:schemas:core:2.0:User"
    URNIETFPARAMSSCIMSCHEMASEXTENSIONWORKSPACE2_0USER = "urn:ietf:params:scim:schemas:extension:workspace:2.0:User"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ScimUserSchemasItem | None":
        # dbrest: open enum. A value the server added after this client was generated parses into a
        # pseudo-member that equals the string and round-trips through to_dict(); it is never an error.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
