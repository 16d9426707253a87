"""The speech engines and the render worker process that runs them."""
