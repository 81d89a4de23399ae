"""driftline's leaf package: event and alert models, settings, migrations, errors.

Imports nothing else of driftline's.
"""
