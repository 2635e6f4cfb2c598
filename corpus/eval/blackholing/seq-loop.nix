let x = builtins.seq x 1; in x
