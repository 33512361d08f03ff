"""Pure rules of SocialNEET: vocabularies, validation, codice fiscale, municipalities, age bands.

Nothing here imports Qt, the database or any other part of the app, so every rule can be used
from the UI, the `socialneet` command, importers and tests alike.
"""
