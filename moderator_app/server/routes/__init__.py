"""The `/v1` routers, one module per area of the API."""
