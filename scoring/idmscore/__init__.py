"""idmscore: the project's own accuracy scorer for idmreport document records.

Compares the pipeline's records (OUT/documents/<id>.json) or a peer extractor's plain text
with hand-made / generated gold records (<name>.gold.json).  The metric definitions follow
the reference scorer's documentation (see ../README.md); the code is written from those
definitions so that a fresh clone can run its accuracy bars without ../shared.
"""
