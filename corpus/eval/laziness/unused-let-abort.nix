let x = abort "never"; in 42
