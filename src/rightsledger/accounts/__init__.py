"""Accounts: login throttling, two-factor authentication and the password rules."""
