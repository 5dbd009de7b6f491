from tests.warehouse.conftest import warehouse  # noqa: F401  (the same fixture newsroom)
