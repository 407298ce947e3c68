"""Benchmark scripts: numbers about the pipeline, measured on data outside the repository.

Each script is runnable as ``python -m benchmarks.<name>`` from the repository root; see
``benchmarks/README.md``.
"""
