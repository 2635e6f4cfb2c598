builtins.partition 1 [ ]
