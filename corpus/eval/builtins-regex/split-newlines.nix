builtins.split "\n" "l1\nl2\n"
