"""The httpx client of the queue API: typed calls, error mapping, retries and token storage."""
