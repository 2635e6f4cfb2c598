builtins.addErrorContext "ctx" (throw "")
