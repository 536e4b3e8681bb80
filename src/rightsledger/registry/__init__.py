"""The victim registry: imported lists kept verbatim, record linkage into persons, figures."""
