builtins.addErrorContext "context" (throw "x")
