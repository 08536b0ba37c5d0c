"""The working-day calendar: Kazakhstan public holidays, transfers and the admin's overrides."""
