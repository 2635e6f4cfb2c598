builtins.filterSource (p: t: true) (toString ./fixtures/nested-only)
