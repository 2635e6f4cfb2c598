builtins.getContext (builtins.filterSource (p: t: true) ./fixtures/nested-only)
