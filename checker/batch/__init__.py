"""A batch of files checked: chunk by chunk (chunk.py), across worker processes (pool.py), then the
peer checks (peers.py)."""
