"""Everything that shows a widget."""
