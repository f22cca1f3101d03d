"""What another agency runs after `pip install`: templates to fill in (templates.py) and publication ids
for its tables (mint.py). Validation lives in policydata/validation/, shared with the publication gate."""
