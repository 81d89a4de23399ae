"""driftline I/O: the Faust app, agents, sink, broker, producer and CLI."""
