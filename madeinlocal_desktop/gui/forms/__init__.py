"""The Qt Designer forms of ui/, compiled by build_scripts/build_forms.py (do not edit them)."""
