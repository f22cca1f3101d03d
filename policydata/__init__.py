"""policydata: Chinese government work plans turned into validated open data packages."""

__version__ = "0.1.0"
