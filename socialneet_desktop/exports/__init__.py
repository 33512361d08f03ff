"""Column specs and the Excel writers built on them."""
