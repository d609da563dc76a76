"""Small reusable widgets: the error banner, French-aware amount and percent fields, progress."""
