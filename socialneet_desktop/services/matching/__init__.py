"""Matching needs with unused resources (issue 23).

hard_rules: which resources may serve a need at all; score: the visible parts of the 0-100
score, each with its short reason; weights: the parts' points in the settings; proposals: a
need's ranked candidates (score, delegates' marks); marks: the delegates' marks 1-10;
optimise: the best one-to-one set of assignments, proposed only; assign: confirming a
proposal and recording its outcome. Pure rules work on the small `facts` records, so they are
tested on hand-made cases without a database.
"""
