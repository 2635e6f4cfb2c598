[ 1 builtins.map ]
