builtins.split "(a)|(b)|(c)" "xaybzc"
