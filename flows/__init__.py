"""Thin Prefect flows over the policydata library: they compose its functions, nothing more."""
