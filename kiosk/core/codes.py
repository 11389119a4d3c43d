"""The codes used by the command line, the counts and the packet for headquarters."""

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"  # "not said"


class AgeBand(StrEnum):
    AGE_0_4 = "0-4"
    AGE_5_11 = "5-11"
    AGE_12_17 = "12-17"
    AGE_18_25 = "18-25"
    AGE_26_59 = "26-59"
    AGE_60_PLUS = "60+"

    @property
    def is_child(self) -> bool:
        return self in CHILD_BANDS


CHILD_BANDS = frozenset({AgeBand.AGE_0_4, AgeBand.AGE_5_11, AgeBand.AGE_12_17})


class Flag(StrEnum):
    UNACCOMPANIED_MINOR = "unaccompanied-minor"
    PREGNANT = "pregnant"
    MEDICAL_NEED = "medical-need"
    NEEDS_SHELTER = "needs-shelter"


class Referral(StrEnum):
    MEDICAL_POINT = "medical-point"
    LEGAL_AID = "legal-aid"
    INFO_POINT = "info-point"
    SHELTER = "shelter"
    GUARDIANSHIP = "guardianship"
    HUMANITARIAN_HUB = "humanitarian-hub"
