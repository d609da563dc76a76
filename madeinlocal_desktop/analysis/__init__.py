"""Pure numpy/pandas computations: LM3, statistics, scenarios, input-output, charts."""
