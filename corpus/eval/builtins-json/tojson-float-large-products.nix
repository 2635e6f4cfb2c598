builtins.toJSON [ (1.0e300 * 1.0e10) (0.0 - 1.0e300 * 1.0e10) ]
