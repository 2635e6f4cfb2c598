null - 1.5
