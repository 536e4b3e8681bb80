"""The record's browser forms: editing records, list filters, reading statements."""
