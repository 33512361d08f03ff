"""Output of pyside6-uic for the forms in forms/ — do not edit; run tools/build_forms.py."""
