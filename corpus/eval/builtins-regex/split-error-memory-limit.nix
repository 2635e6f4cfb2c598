builtins.split "(ab){50000}" "a"
