"""Deterministic, realistic demo data for the reference server (``moderator-server --demo``)."""

from .builder import REFERENCE_TIME, build_demo_dataset
from .dataset import (
    DemoDataset,
    DemoImage,
    DemoListing,
    DemoQueue,
    DemoReasonCode,
    DemoSeller,
    DemoServerFlag,
    DemoUser,
)
from .policy_file import PolicyFileError, load_default_policy

__all__ = [
    "REFERENCE_TIME",
    "DemoDataset",
    "DemoImage",
    "DemoListing",
    "DemoQueue",
    "DemoReasonCode",
    "DemoSeller",
    "DemoServerFlag",
    "DemoUser",
    "PolicyFileError",
    "build_demo_dataset",
    "load_default_policy",
]
