from enum import StrEnum


class JobsComputeSpecAcceleratorType(StrEnum):
    GPU_1XA10 = "GPU_1xA10"
    GPU_1XH100 = "GPU_1xH100"
    GPU_8XB300 = "GPU_8xB300"
    GPU_8XH100 = "GPU_8xH100"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobsComputeSpecAcceleratorType | None":
        # dbrest: open enum. A value the server added after this client was generated parses into a
        # pseudo-member that equals the string and round-trips through to_dict(); it is never an error.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
