"""The main window and what runs beside it: navigation, the work queue, the session guard
(idle lock and re-authentication), the heartbeat and the input watch."""
