"""The cooperation between organisations (issue 22): ties, indicators, layout, questionnaire."""
