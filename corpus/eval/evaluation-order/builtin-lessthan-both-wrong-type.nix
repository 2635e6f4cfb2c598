builtins.lessThan true null
